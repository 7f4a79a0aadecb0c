#include "carelookups.h"

#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"

CareLookups::CareLookups(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<std::pair<qint64, QString>> CareLookups::households(const QString &text, int limit) const
{
    QList<std::pair<qint64, QString>> list;
    const QString name = text.trimmed();
    if (!m_scope.isSignedIn() || name.isEmpty())
        return list;
    bool isId = false;
    const qint64 id = name.toLongLong(&isId);
    // resident_status (status, name_pinyin) does not serve a name prefix; the name's own order does.
    SqlQuery q(m_db, QStringLiteral("SELECT h.id, c.name, b.name, h.unit, h.room, r.name FROM resident r JOIN "
                                    "household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id "
                                    "JOIN compound c ON c.id = b.compound_id WHERE r.status = 'living' AND h.status = "
                                    "'active' AND (lower(r.name) LIKE lower(CAST(? AS TEXT)) OR h.id = ?)") +
                         RegisterRows::households(m_scope, QStringLiteral("h.id")) +
                         QStringLiteral(" ORDER BY r.name, h.id LIMIT ?"));
    if (q.exec(name + u'%', isId ? id : qint64(-1), limit))
        while (q.next())
            list.append({q.value(0).toLongLong(), Address::format(q.value(1).toString(), q.value(2).toString(),
                                                                  q.value(3).toString(), q.value(4).toString()) +
                                                      QStringLiteral(" · ") + q.value(5).toString()});
    return list;
}

QList<std::pair<qint64, QString>> CareLookups::members(qint64 householdId) const
{
    QList<std::pair<qint64, QString>> list;
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.name FROM resident r WHERE r.household_id = ? AND r.status = "
                                    "'living'") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                         QStringLiteral(" ORDER BY CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, r.id"));
    if (m_scope.isSignedIn() && q.exec(householdId))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

QString CareLookups::householdLabel(qint64 householdId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.name, b.name, h.unit, h.room, (SELECT r.name FROM resident r WHERE "
                                    "r.household_id = h.id AND r.status = 'living' ORDER BY CASE WHEN r.relation = "
                                    "'head' THEN 0 ELSE 1 END, r.id LIMIT 1) FROM household h JOIN building b ON b.id "
                                    "= h.building_id JOIN compound c ON c.id = b.compound_id WHERE h.id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("h.id")));
    if (!m_scope.isSignedIn() || !q.exec(householdId) || !q.next())
        return QString();
    const QString address =
        Address::format(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return q.value(4).toString().isEmpty() ? address : address + QStringLiteral(" · ") + q.value(4).toString();
}
