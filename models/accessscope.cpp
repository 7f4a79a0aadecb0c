#include "accessscope.h"

#include <QStringList>

namespace {
AccessScope &currentScope()
{
    static AccessScope scope;
    return scope;
}
} // namespace

AccessScope::AccessScope(Role role, qint64 userId, const QString &userName, const QList<qint64> &gridIds)
    : m_role(role)
    , m_userId(userId)
    , m_userName(userName)
    , m_gridIds(gridIds)
{}

const AccessScope &AccessScope::current()
{
    return currentScope();
}

void AccessScope::setCurrent(const AccessScope &scope)
{
    currentScope() = scope;
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

QString AccessScope::roleName(Role role)
{
    switch (role) {
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
