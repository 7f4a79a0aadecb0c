#include "bulkindexes.h"

#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"

BulkIndexes::BulkIndexes(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool BulkIndexes::suspend(const QString &table, const QStringList &keep)
{
    if (SqlDialect::isPostgres(m_db) || !m_create.isEmpty())
        return false;
    // sql IS NULL: the automatic indexes of a PRIMARY KEY or UNIQUE column, which stay.
    SqlQuery list(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND "
                                       "sql IS NOT NULL ORDER BY name"));
    if (!list.exec(table))
        return false;
    QStringList names;
    QStringList create;
    while (list.next())
        if (!keep.contains(list.value(0).toString())) {
            names << list.value(0).toString();
            create << list.value(1).toString();
        }
    list.query().finish();
    for (int i = 0; i < names.size(); ++i) {
        SqlQuery drop(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i)));
        if (!drop.exec()) {
            // Put back what was dropped so far; the load goes on with the indexes in place.
            m_create = create.mid(0, i);
            restore();
            return false;
        }
    }
    m_create = create;
    return true;
}

bool BulkIndexes::suspendTrigger(const QString &name)
{
    if (SqlDialect::isPostgres(m_db))
        return false;
    SqlQuery find(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
    if (!find.exec(name) || !find.next())
        return false;
    const QString sql = find.value(0).toString();
    find.query().finish();
    if (!SqlQuery(m_db, QStringLiteral("DROP TRIGGER \"%1\"").arg(name)).exec())
        return false;
    m_triggers << sql;
    return true;
}

bool BulkIndexes::restore()
{
    const QStringList triggers = std::exchange(m_triggers, {});
    for (const QString &sql : triggers)
        if (!SqlQuery(m_db, sql).exec())
            return false;
    const QStringList create = std::exchange(m_create, {});
    for (const QString &sql : create)
        if (!SqlQuery(m_db, sql).exec())
            return false;
    return true;
}
