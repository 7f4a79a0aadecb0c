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

QString AccessScope::gridFilter(const QString &column) const
{
    if (seesAllGrids())
        return QString();
    if (m_gridIds.isEmpty())
        return QStringLiteral(" AND 0 = 1");
    QStringList ids;
    for (qint64 id : m_gridIds)
        ids << QString::number(id);
    return QStringLiteral(" AND %1 IN (%2)").arg(column, ids.join(QLatin1Char(',')));
}

QString AccessScope::buildingFilter(const QString &buildingColumn) const
{
    if (seesAllGrids())
        return QString();
    return QStringLiteral(" AND %1 IN (SELECT bs.id FROM building bs WHERE 1 = 1%2)")
        .arg(buildingColumn, gridFilter(QStringLiteral("bs.grid_id")));
}

QString AccessScope::householdFilter(const QString &householdColumn) const
{
    if (seesAllGrids())
        return QString();
    return QStringLiteral(" AND %1 IN (SELECT hs.id FROM household hs JOIN building bs ON bs.id = hs.building_id "
                          "WHERE 1 = 1%2)")
        .arg(householdColumn, gridFilter(QStringLiteral("bs.grid_id")));
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

QString AccessScope::buildingRefusal(const QSqlDatabase &db, qint64 buildingId) const
{
    if (seesAllGrids() || buildingId <= 0)
        return editRefusal();
    SqlQuery q(db, QStringLiteral("SELECT grid_id FROM building WHERE id = ?"));
    return gridRefusal(q.exec(buildingId) ? q.scalar().toLongLong() : 0);
}

QString AccessScope::householdRefusal(const QSqlDatabase &db, qint64 householdId) const
{
    if (seesAllGrids() || householdId <= 0)
        return editRefusal();
    SqlQuery q(db, QStringLiteral("SELECT b.grid_id FROM household h JOIN building b ON b.id = h.building_id "
                                  "WHERE h.id = ?"));
    return gridRefusal(q.exec(householdId) ? q.scalar().toLongLong() : 0);
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
