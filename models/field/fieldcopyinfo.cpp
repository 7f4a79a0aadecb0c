#include "fieldcopyinfo.h"

#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"

FieldCopyInfo FieldCopyInfo::read(const QSqlDatabase &db)
{
    FieldCopyInfo info;
    // A field copy is always SQLite; an office server is never one.
    if (!db.isOpen() || SqlDialect::isPostgres(db))
        return info;
    SqlQuery exists(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                       "'field_checkout'"));
    if (exists.scalar().toInt() == 0)
        return info;
    SqlQuery q(db, QStringLiteral("SELECT key, value FROM field_checkout"));
    if (!q.exec())
        return info;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("checkout_id"))
            info.checkoutId = value;
        else if (key == QLatin1String("office"))
            info.office = value;
        else if (key == QLatin1String("worker_login"))
            info.workerLogin = value;
        else if (key == QLatin1String("worker_name"))
            info.workerName = value;
        else if (key == QLatin1String("grids"))
            info.gridCodes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("checked_out_at"))
            info.checkedOutAt = QDateTime::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("checked_out_by"))
            info.checkedOutBy = value;
    }
    SqlQuery name(db, QStringLiteral("SELECT name FROM grid WHERE code = ? ORDER BY id LIMIT 1"));
    for (const QString &code : std::as_const(info.gridCodes)) {
        const QString found = name.exec(code) && name.next() ? name.value(0).toString() : QString();
        name.query().finish();
        info.gridNames.append(found.isEmpty() ? code : found);
    }
    return info;
}

bool FieldCopyInfo::write(const QSqlDatabase &db, const FieldCopyInfo &info)
{
    if (!SqlQuery(db, QStringLiteral("CREATE TABLE IF NOT EXISTS field_checkout (key TEXT PRIMARY KEY, value TEXT)"))
             .exec())
        return false;
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("checkout_id"), info.checkoutId},
        {QStringLiteral("office"), info.office},
        {QStringLiteral("worker_login"), info.workerLogin},
        {QStringLiteral("worker_name"), info.workerName},
        {QStringLiteral("grids"), info.gridCodes.join(QLatin1Char(','))},
        {QStringLiteral("checked_out_at"), info.checkedOutAt.toString(Qt::ISODate)},
        {QStringLiteral("checked_out_by"), info.checkedOutBy},
    };
    SqlQuery insert(db, QStringLiteral("INSERT OR REPLACE INTO field_checkout (key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : rows)
        if (!insert.exec(key, value))
            return false;
    return true;
}

QString FieldCopyInfo::banner() const
{
    return tr("Field copy · %1 · %2 · checked out %3")
        .arg(gridNames.join(tr(", ", "between grid names in the field copy banner")),
             workerName.isEmpty() ? workerLogin : workerName,
             checkedOutAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
