#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Rows into a PostgreSQL table by COPY … FROM STDIN, through the QPSQL driver's own libpq
// connection (Qt's SQL API has no COPY), for the bulk writers (import, demo): one stream instead
// of a statement per few hundred rows. Runs in the caller's transaction, fires the table's
// triggers as an INSERT does, and leaves the sequences alone (callers take ids from them first).
class ServerCopy final
{
public:
    ServerCopy() = delete;

    // False when this build has no libpq or `db` is not a server connection: use INSERTs then.
    static bool available(const QSqlDatabase &db);
    // `values` holds the rows one after another, columns.size() values each; a null QVariant
    // (or a null string or invalid date, as QSqlQuery binds them) is NULL. A failure aborts the
    // server's transaction, as a failed INSERT does.
    static bool copy(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                     const QVariantList &values, QString *error = nullptr);
};
