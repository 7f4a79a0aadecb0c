#include "registerlookups.h"

#include "communitystore.h"
#include "models/access/accessscope.h"
#include "models/cnrules/readingorder.h"
#include "models/core/sqlquery.h"
#include "registerrows.h"

RegisterLookups::RegisterLookups(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<RegisterLookups::Item> RegisterLookups::items(const QString &sql, const QVariantList &bindings) const
{
    QList<Item> list;
    SqlQuery q(m_db, sql);
    for (const QVariant &v : bindings)
        q.bind(v);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<RegisterLookups::Item> RegisterLookups::grids() const
{
    // A grid worker picks among their own grids only (report, filters, forms).
    return items(QStringLiteral("SELECT id, name, code FROM grid WHERE archived = 0") +
                 RegisterRows::grids(m_scope, QStringLiteral("id")) + QStringLiteral(" ORDER BY code"));
}

QList<RegisterLookups::Item> RegisterLookups::tags() const
{
    return items(QStringLiteral("SELECT id, name, color FROM tag WHERE archived = 0 ORDER BY sort_order, id"));
}

QList<RegisterLookups::Item> RegisterLookups::compounds() const
{
    // A grid worker's address tree starts at the compounds that have a building in their grids.
    const QString scope = m_scope.seesAllGrids()
                              ? QString()
                              : QStringLiteral(" AND id IN (SELECT compound_id FROM building WHERE 1 = 1") +
                                    RegisterRows::grids(m_scope, QStringLiteral("grid_id")) + QLatin1Char(')');
    QList<Item> list =
        items(QStringLiteral("SELECT id, name, address FROM compound WHERE archived = 0") + scope +
              RegisterRows::communities(m_scope, QStringLiteral("community_id")) + QStringLiteral(" ORDER BY id"));
    sortByReading(list, [](const Item &i) { return i.name; });
    return list;
}

QList<RegisterLookups::Item> RegisterLookups::buildings(qint64 compoundId) const
{
    // Natural order: "2号楼" before "10号楼".
    return items(QStringLiteral("SELECT id, name, '' FROM building WHERE compound_id = ? AND archived = 0") +
                     RegisterRows::grids(m_scope, QStringLiteral("grid_id")) +
                     QStringLiteral(" ORDER BY length(name), name, id"),
                 {compoundId});
}

QStringList RegisterLookups::units(qint64 buildingId) const
{
    QStringList list;
    // GROUP BY rather than DISTINCT: PostgreSQL sorts a DISTINCT list only by what it selects.
    SqlQuery q(m_db, QStringLiteral("SELECT unit FROM household WHERE building_id = ?") +
                         RegisterRows::buildings(m_scope, QStringLiteral("building_id")) +
                         QStringLiteral(" GROUP BY unit ORDER BY length(unit), unit"));
    if (q.exec(buildingId))
        while (q.next())
            list << q.value(0).toString();
    return list;
}

QList<RegisterLookups::Item> RegisterLookups::households(qint64 buildingId, const QString &unit) const
{
    // The head's name makes a household recognisable at a glance.
    return items(QStringLiteral("SELECT h.id, h.room || ' ' || coalesce((SELECT name FROM resident WHERE "
                                "household_id = h.id AND relation = 'head' AND status = 'living' LIMIT 1), ''), h.unit "
                                "FROM household h WHERE h.building_id = ? AND h.unit = ?") +
                     RegisterRows::buildings(m_scope, QStringLiteral("h.building_id")) +
                     QStringLiteral(" ORDER BY length(h.room), h.room"),
                 {buildingId, unit});
}

qint64 RegisterLookups::compoundOfBuilding(qint64 buildingId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT compound_id FROM building WHERE id = ?"));
    return q.exec(buildingId) ? q.scalar().toLongLong() : 0;
}

QList<std::pair<qint64, QString>> RegisterLookups::residentNames(const QList<qint64> &ids) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM resident WHERE id = ?"));
    QList<std::pair<qint64, QString>> list;
    for (const qint64 id : ids)
        if (q.exec(id) && q.next())
            list.append({id, q.value(0).toString()});
    return list;
}

QString RegisterLookups::communityName() const
{
    // The community in view, or the street when several are.
    return CommunityStore(m_db, m_scope).viewName();
}
