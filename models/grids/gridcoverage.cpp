#include "gridcoverage.h"

#include "models/core/sqlquery.h"
#include "models/register/registerrows.h"

GridCoverage::GridCoverage(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<GridCoverage::Building> GridCoverage::buildingsWithoutGrid() const
{
    // A building whose grid was archived is as uncovered as one that never had a grid.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT b.id, c.name, b.name, (SELECT count(*) FROM household h WHERE h.building_id = b.id "
                         "AND h.status = 'active') FROM building b JOIN compound c ON c.id = b.compound_id "
                         "LEFT JOIN grid g ON g.id = b.grid_id WHERE b.archived = 0 AND (g.id IS NULL OR g.archived "
                         "<> 0)") +
                         RegisterRows::communities(m_scope, QStringLiteral("c.community_id")) +
                         QStringLiteral(" ORDER BY c.name, b.id"));
    QList<Building> list;
    if (q.exec())
        while (q.next())
            list << Building{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    return list;
}

QList<GridCoverage::Household> GridCoverage::householdsWithoutBuilding() const
{
    if (!m_scope.visibleCommunityIds().isEmpty())
        return {};
    SqlQuery q(m_db,
               QStringLiteral("SELECT h.id, h.unit, h.room, (SELECT r.name FROM resident r WHERE r.household_id = h.id "
                              "ORDER BY r.relation <> 'head', r.id LIMIT 1), (SELECT count(*) FROM resident r WHERE "
                              "r.household_id = h.id AND r.status = 'living') FROM household h LEFT JOIN building b ON "
                              "b.id = h.building_id WHERE h.status = 'active' AND (b.id IS NULL OR b.archived <> 0) "
                              "ORDER BY h.id"));
    QList<Household> list;
    if (q.exec())
        while (q.next())
            list << Household{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toInt()};
    return list;
}
