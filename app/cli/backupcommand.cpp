#include "backupcommand.h"

#include "models/access/auditlog.h"
#include "models/access/exportaudit.h"
#include "models/core/database.h"
#include "models/core/transaction.h"
#include "models/workspace/backupservice.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

struct BackupCli
{
    Q_DECLARE_TR_FUNCTIONS(BackupCli)
};

} // namespace

int refuseServerBackup(const QString &command, QTextStream &err)
{
    err << BackupCli::tr("%1: this database is on a PostgreSQL server; it is backed up and restored with the "
                         "server's own tools (pg_dump and pg_restore), by its administrator, not by CommunityDesk.")
               .arg(command)
        << Qt::endl;
    return 2;
}

int runBackupCommand(Database &db, const AccessScope &scope, const QString &path, QTextStream &out, QTextStream &err)
{
    if (db.isServer())
        return refuseServerBackup(QStringLiteral("backup"), err);
    // A backup is the whole register with every number in full: what only these roles may see.
    if (!scope.canRevealNumbers() || !scope.seesAllGrids()) {
        err << BackupCli::tr("backup: a backup holds the whole register with full ID and phone numbers; only an "
                             "administrator or a clerk may make one.")
            << Qt::endl;
        return 1;
    }
    // The file is the whole database: every community of the street, so a street account's.
    if (!scope.isStreetLevel()) {
        err << BackupCli::tr("backup: a backup holds every community of the street; only a street-level account "
                             "may make one.")
            << Qt::endl;
        return 1;
    }
    BackupService service(db.connection(), db.path());
    QString error;
    if (!service.backupTo(path, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const int residents = service.residentCount();
    if (!ExportAudit::record(db.connection(), scope, QStringLiteral("database"), residents, path,
                             QStringLiteral("backup"), {ExportAudit::idNumbers(), ExportAudit::phoneNumbers()})) {
        // Personal data leaves the program only with its audit row.
        QFile::remove(path);
        err << BackupCli::tr("backup: the backup could not be written to the audit log, so no file was kept.")
            << Qt::endl;
        return 1;
    }
    out << BackupCli::tr("Backup of %n resident(s) written to %1.", nullptr, residents)
               .arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return 0;
}

int runRestoreCommand(Database &db, const AccessScope &scope, const QString &path, QTextStream &out, QTextStream &err)
{
    if (db.isServer())
        return refuseServerBackup(QStringLiteral("restore"), err);
    if (!scope.canAdminister()) {
        err << BackupCli::tr("restore: only an administrator may replace the database with a backup.") << Qt::endl;
        return 1;
    }
    if (const QString problem = BackupService::checkCandidate(path); !problem.isEmpty()) {
        err << BackupCli::tr("restore: %1 Nothing was changed.").arg(problem) << Qt::endl;
        return 1;
    }
    const QString databasePath = db.path();
    const QString folder = BackupService(db.connection(), databasePath).folder();
    db.close();
    QString kept;
    QString error;
    if (!BackupService::restore(path, databasePath, folder, &kept, &error)) {
        err << QStringLiteral("restore: ") << error << Qt::endl;
        return 1;
    }
    // Opening upgrades an older backup; the restored file's audit then says who restored it from what.
    Database restored(QUuid::createUuid().toString());
    if (!Workspace::open(restored, databasePath)) {
        err << restored.errorText() << Qt::endl;
        return 1;
    }
    const QJsonObject after{{QStringLiteral("file"), QFileInfo(path).fileName()},
                            {QStringLiteral("kept"), QFileInfo(kept).fileName()}};
    Transaction tx(restored.connection());
    if (!tx.isActive() ||
        !AuditLog(restored.connection(), scope)
             .record(QStringLiteral("database"), 0, QStringLiteral("restore"), QString(),
                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))) ||
        !tx.commit())
        err << BackupCli::tr("restore: the restore could not be written to the audit log.") << Qt::endl;
    out << BackupCli::tr("Database restored from %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    if (!kept.isEmpty())
        out << BackupCli::tr("The previous database was kept as %1.").arg(QDir::toNativeSeparators(kept)) << Qt::endl;
    return 0;
}
