#include "databasecheck.h"

#include "models/core/sqliteworker.h"
#include "models/core/sqlquery.h"

QStringList DatabaseCheck::run(const QSqlDatabase &db, const std::function<bool()> &keepGoing, bool *cancelled)
{
    QStringList problems;
    bool stopped = false;
    SqliteWorker::run(
        db,
        [&problems](const QSqlDatabase &on) {
            SqlQuery integrity(on, QStringLiteral("PRAGMA integrity_check"));
            if (!integrity.exec()) {
                problems << integrity.errorDetail();
                return false;
            }
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << line;
            }
            SqlQuery keys(on, QStringLiteral("PRAGMA foreign_key_check"));
            if (keys.exec())
                while (keys.next())
                    problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                                    .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString());
            return true;
        },
        keepGoing, &stopped);
    if (cancelled)
        *cancelled = stopped;
    return stopped ? QStringList() : problems;
}
