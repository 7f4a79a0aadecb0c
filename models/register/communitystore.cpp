#include "communitystore.h"

#include "models/core/sqlquery.h"
#include "registerrows.h"

CommunityStore::CommunityStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<CommunityStore::Community> CommunityStore::read(const QString &filter) const
{
    QList<Community> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, coalesce(code, ''), name, coalesce(street, '') FROM community WHERE "
                                    "1 = 1") +
                         filter + QStringLiteral(" ORDER BY coalesce(code, ''), id"));
    if (q.exec())
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QList<CommunityStore::Community> CommunityStore::communities() const
{
    // The communities the account may see, whichever one is in view; an archived one is offered
    // nowhere (CommunityEditor).
    AccessScope all = m_scope;
    all.setViewCommunity(0);
    return read(RegisterRows::communities(all, QStringLiteral("id")) + QStringLiteral(" AND archived = 0"));
}

QList<CommunityStore::Community> CommunityStore::allCommunities() const
{
    return read(QString());
}

CommunityStore::Community CommunityStore::community(qint64 id) const
{
    for (const Community &c : allCommunities())
        if (c.id == id)
            return c;
    return {};
}

qint64 CommunityStore::idByCode(const QString &code) const
{
    const QString wanted = code.trimmed();
    for (const Community &c : allCommunities())
        if (!wanted.isEmpty() && (c.code.compare(wanted, Qt::CaseInsensitive) == 0 || c.name == wanted))
            return c.id;
    return 0;
}

qint64 CommunityStore::homeCommunityId() const
{
    if (const qint64 id = m_scope.viewCommunityId())
        return id;
    const QList<qint64> visible = m_scope.visibleCommunityIds();
    if (!visible.isEmpty())
        return visible.size() == 1 ? visible.constFirst() : 0;
    const QList<Community> all = allCommunities();
    return all.size() == 1 ? all.constFirst().id : 0;
}

QString CommunityStore::viewName() const
{
    if (const qint64 id = homeCommunityId())
        return community(id).name;
    // A new office's empty database has no community to name yet.
    return allCommunities().isEmpty() ? QString() : streetName();
}

QString CommunityStore::streetName() const
{
    for (const Community &c : allCommunities())
        if (!c.street.isEmpty())
            return c.street;
    return tr("Whole street");
}
