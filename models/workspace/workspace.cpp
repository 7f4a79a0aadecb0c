#include "workspace.h"

#include "migrations.h"
#include "serversecurity.h"

#include "models/core/database.h"

#include <QCoreApplication>
#include <QDir>

bool Workspace::open(Database &database, const QString &location)
{
    if (!database.open(location))
        return false;
    return prepare(database);
}

bool Workspace::prepare(Database &database)
{
    const QSqlDatabase db = database.connection();
    const QString shown = database.isServer() ? database.path() : QDir::toNativeSeparators(database.path());

    const int version = Migrations::currentVersion(db);
    if (version > Migrations::latestVersion()) {
        const QString text =
            database.isServer()
                ? QCoreApplication::translate("Database",
                                              "The database %1 was written by a newer version of CommunityDesk "
                                              "(data version %2, this program knows up to %3). Please update the "
                                              "program; the database has not been changed.")
                : QCoreApplication::translate("Database",
                                              "The database %1 was written by a newer version of CommunityDesk "
                                              "(data version %2, this program knows up to %3). Please update the "
                                              "program; the file has not been changed.");
        return database.refuse(Database::Status::NewerSchema,
                               text.arg(shown).arg(version).arg(Migrations::latestVersion()));
    }

    QString detail;
    if (!Migrations::upgrade(db, &detail))
        return database.refuse(Database::Status::MigrationFailed,
                               QCoreApplication::translate(
                                   "Database", "The database %1 could not be upgraded; it has been left as it was.")
                                   .arg(shown),
                               detail);
    // On a server opened by the schema's owner: the desks' roles, row-level security and audit
    // triggers, brought up to date after the schema. A failure is logged and the office works
    // on as before (the owner may lack CREATEROLE); it never stops the owner's own work.
    if (database.isServer())
        ServerSecurity::install(db);
    return database.enableWriteAheadLog();
}

int Workspace::schemaVersion(const Database &database)
{
    return Migrations::currentVersion(database.connection());
}
