#include "databasecheck.h"

#include "models/core/sqlquery.h"

QStringList DatabaseCheck::run(const QSqlDatabase &db)
{
    QStringList problems;
    SqlQuery integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity.exec()) {
        problems << integrity.errorDetail();
        return problems;
    }
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    SqlQuery keys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (keys.exec())
        while (keys.next())
            problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                            .arg(keys.value(0).toString(), keys.value(1).toString(), keys.value(2).toString());
    return problems;
}
