#include "accessscope.h"

#include "models/core/sqlquery.h"

#include <QStringList>

AccessScope::AccessScope(Role role, qint64 userId, const QString &userName, const QList<qint64> &gridIds)
    : m_role(role)
    , m_userId(userId)
    , m_userName(userName)
    , m_gridIds(gridIds)
{}

AccessScope AccessScope::system(const QString &name)
{
    return AccessScope(Role::Administrator, 0, name);
}

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}
} // namespace

bool AccessScope::setViewCommunity(qint64 communityId)
{
    if (communityId > 0 && !m_communityIds.isEmpty() && !m_communityIds.contains(communityId))
        return false;
    if (communityId <= 0 && m_communityIds.size() > 1)
        communityId = 0; // an account of several communities may look at all of them
    m_viewCommunityId = communityId > 0 ? communityId : 0;
    return true;
}

qint64 AccessScope::viewCommunityId() const
{
    if (m_viewCommunityId > 0)
        return m_viewCommunityId;
    return m_communityIds.size() == 1 ? m_communityIds.constFirst() : 0;
}

QList<qint64> AccessScope::visibleCommunityIds() const
{
    if (m_viewCommunityId > 0)
        return {m_viewCommunityId};
    return m_communityIds;
}

bool AccessScope::seesCommunity(qint64 communityId) const
{
    const QList<qint64> visible = visibleCommunityIds();
    return isSignedIn() && (visible.isEmpty() || visible.contains(communityId));
}

QString AccessScope::communityFilter(const QString &communityColumn) const
{
    if (!isSignedIn())
        return QStringLiteral(" AND 0 = 1");
    const QList<qint64> visible = visibleCommunityIds();
    if (visible.isEmpty())
        return QString();
    return QStringLiteral(" AND %1 IN (%2)").arg(communityColumn, idList(visible));
}

QString AccessScope::gridFilter(const QString &column) const
{
    if (seesEverything())
        return QString();
    QString filter;
    if (!seesAllGrids()) {
        if (m_gridIds.isEmpty())
            return QStringLiteral(" AND 0 = 1");
        filter = QStringLiteral(" AND %1 IN (%2)").arg(column, idList(m_gridIds));
    }
    // The grids of the communities in view (a worker's grids lie in their community anyway).
    if (const QString community = communityFilter(QStringLiteral("gs.community_id")); !community.isEmpty())
        filter += QStringLiteral(" AND %1 IN (SELECT gs.id FROM grid gs WHERE 1 = 1%2)").arg(column, community);
    return filter;
}

QString AccessScope::buildingFilter(const QString &buildingColumn) const
{
    if (seesEverything())
        return QString();
    // A building's community is its compound's (a building need not have a grid yet).
    return QStringLiteral(" AND %1 IN (SELECT bs.id FROM building bs JOIN compound cs ON cs.id = bs.compound_id "
                          "WHERE 1 = 1%2%3)")
        .arg(buildingColumn, seesAllGrids() ? QString() : gridFilter(QStringLiteral("bs.grid_id")),
             communityFilter(QStringLiteral("cs.community_id")));
}

QString AccessScope::householdFilter(const QString &householdColumn) const
{
    if (seesEverything())
        return QString();
    return QStringLiteral(" AND %1 IN (SELECT hs.id FROM household hs JOIN building bs ON bs.id = hs.building_id "
                          "JOIN compound cs ON cs.id = bs.compound_id WHERE 1 = 1%2%3)")
        .arg(householdColumn, seesAllGrids() ? QString() : gridFilter(QStringLiteral("bs.grid_id")),
             communityFilter(QStringLiteral("cs.community_id")));
}

QString AccessScope::editRefusal() const
{
    if (!isSignedIn())
        return tr("Nobody is signed in; please sign in first.");
    if (!canEdit())
        return tr("Your account may only view records; ask an administrator to change this.");
    return QString();
}

QString AccessScope::officeRefusal() const
{
    if (const QString why = editRefusal(); !why.isEmpty())
        return why;
    if (!seesAllGrids())
        return tr("Only the office staff may change this; a grid worker may not.");
    return QString();
}

QString AccessScope::gridRefusal(qint64 gridId) const
{
    if (const QString why = editRefusal(); !why.isEmpty())
        return why;
    if (!seesGrid(gridId))
        return tr("Grid: you may only change records of your own grids.");
    return QString();
}

QString AccessScope::gridRefusal(const QSqlDatabase &db, qint64 gridId) const
{
    if (const QString why = gridRefusal(gridId); !why.isEmpty() || gridId <= 0 || visibleCommunityIds().isEmpty())
        return why;
    SqlQuery q(db, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"));
    return communityRefusal(q.exec(gridId) ? q.scalar().toLongLong() : 0);
}

QString AccessScope::communityRefusal(qint64 communityId) const
{
    if (const QString why = editRefusal(); !why.isEmpty())
        return why;
    if (!seesCommunity(communityId))
        return tr("Community: you may only change records of the community in view.");
    return QString();
}

QString AccessScope::buildingRefusal(const QSqlDatabase &db, qint64 buildingId) const
{
    if (seesEverything() || buildingId <= 0)
        return editRefusal();
    SqlQuery q(db, QStringLiteral("SELECT b.grid_id, c.community_id FROM building b JOIN compound c ON c.id = "
                                  "b.compound_id WHERE b.id = ?"));
    const bool found = q.exec(buildingId) && q.next();
    if (const QString why = communityRefusal(found ? q.value(1).toLongLong() : 0); !why.isEmpty())
        return why;
    return seesAllGrids() ? QString() : gridRefusal(found ? q.value(0).toLongLong() : 0);
}

QString AccessScope::householdRefusal(const QSqlDatabase &db, qint64 householdId) const
{
    if (seesEverything() || householdId <= 0)
        return editRefusal();
    SqlQuery q(db, QStringLiteral("SELECT b.grid_id, c.community_id FROM household h JOIN building b ON b.id = "
                                  "h.building_id JOIN compound c ON c.id = b.compound_id WHERE h.id = ?"));
    const bool found = q.exec(householdId) && q.next();
    if (const QString why = communityRefusal(found ? q.value(1).toLongLong() : 0); !why.isEmpty())
        return why;
    return seesAllGrids() ? QString() : gridRefusal(found ? q.value(0).toLongLong() : 0);
}

QString AccessScope::roleName(Role role)
{
    switch (role) {
    case Role::Nobody:
        return tr("Nobody signed in");
    case Role::Administrator:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Clerk");
    case Role::GridWorker:
        return tr("Grid worker");
    case Role::Viewer:
        return tr("Viewer");
    }
    return QString();
}

QString AccessScope::roleCode(Role role)
{
    switch (role) {
    case Role::Nobody:
        return QStringLiteral("viewer"); // never stored: an account always has a real role
    case Role::Administrator:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::GridWorker:
        return QStringLiteral("grid_worker");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return QStringLiteral("viewer");
}

AccessScope::Role AccessScope::roleFromCode(const QString &code)
{
    for (Role r : {Role::Administrator, Role::Clerk, Role::GridWorker})
        if (roleCode(r) == code)
            return r;
    return Role::Viewer;
}
