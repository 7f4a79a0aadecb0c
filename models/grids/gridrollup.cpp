#include "gridrollup.h"

#include "models/core/sqlquery.h"
#include "models/register/registerrows.h"

#include <algorithm>

GridRollup::GridRollup(QSqlDatabase db)
{
    read(db, QString());
}

GridRollup::GridRollup(QSqlDatabase db, const AccessScope &scope, Rows rows)
{
    const QString filter = RegisterRows::communities(scope, QStringLiteral("community_id"));
    const QString idFilter = RegisterRows::communities(scope, QStringLiteral("id"));
    SqlQuery count(db, QStringLiteral("SELECT count(*) FROM community WHERE 1 = 1") + idFilter);
    if (rows == Rows::CommunitiesOnStreet && count.exec() && count.scalar().toInt() > 1)
        readCommunities(db, idFilter);
    else
        read(db, filter);
}

void GridRollup::readCommunities(QSqlDatabase db, const QString &communityFilter)
{
    m_byCommunity = true;
    SqlQuery communities(db, QStringLiteral("SELECT id, name FROM community WHERE 1 = 1") + communityFilter +
                                 QStringLiteral(" ORDER BY coalesce(code, ''), id"));
    if (communities.exec())
        while (communities.next()) {
            m_areaNames.insert(communities.value(0).toLongLong(), communities.value(1).toString());
            m_areaIds.append(communities.value(0).toLongLong());
        }
    SqlQuery grids(db, QStringLiteral("SELECT id, community_id FROM grid"));
    if (grids.exec())
        while (grids.next())
            m_areaOfGrid.insert(grids.value(0).toLongLong(), grids.value(1).toLongLong());
}

void GridRollup::read(QSqlDatabase db, const QString &communityFilter)
{
    SqlQuery areas(db, QStringLiteral("SELECT id, code, name, archived FROM area WHERE 1 = 1") + communityFilter +
                           QStringLiteral(" ORDER BY code, id"));
    if (areas.exec())
        while (areas.next()) {
            const qint64 id = areas.value(0).toLongLong();
            m_areaNames.insert(id, areas.value(2).toString());
            if (areas.value(3).toInt() == 0)
                m_areaIds.append(id);
        }
    bool someWithout = false;
    SqlQuery grids(db, QStringLiteral("SELECT id, area_id, archived FROM grid WHERE 1 = 1") + communityFilter);
    if (grids.exec())
        while (grids.next()) {
            const qint64 area = grids.value(1).toLongLong();
            m_areaOfGrid.insert(grids.value(0).toLongLong(), area > 0 ? area : kNoArea);
            someWithout = someWithout || (area <= 0 && grids.value(2).toInt() == 0);
        }
    if (someWithout)
        m_areaIds.append(kNoArea);
}

bool GridRollup::hasAreas() const
{
    return std::any_of(m_areaIds.cbegin(), m_areaIds.cend(), [](qint64 id) { return id > 0; });
}

qint64 GridRollup::areaOf(qint64 gridId) const
{
    if (gridId <= 0)
        return kCommunityWide;
    return m_areaOfGrid.value(gridId, kNoArea);
}

QString GridRollup::areaName(qint64 areaId) const
{
    if (areaId == kCommunityWide)
        return tr("Community-wide");
    if (areaId == kNoArea)
        return tr("No area");
    return m_areaNames.value(areaId);
}

QList<qint64> GridRollup::gridsOf(qint64 areaId) const
{
    QList<qint64> list;
    for (auto it = m_areaOfGrid.cbegin(); it != m_areaOfGrid.cend(); ++it)
        if (it.value() == areaId)
            list.append(it.key());
    std::sort(list.begin(), list.end());
    return list;
}
