#include "partycontactstore.h"

#include "gridrows.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/address.h"

#include <QHash>

PartyContactStore::PartyContactStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult PartyContactStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QList<PartyContact> PartyContactStore::contacts(qint64 gridId, bool includeArchived) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT pc.id, pc.grid_id, pc.household_id, pc.resident_id, pc.since, "
                              "pc.archived, r.name, r.phone, c.name, b.name, h.unit, h.room FROM party_contact "
                              "pc JOIN household h ON h.id = pc.household_id LEFT JOIN building b ON b.id = "
                              "h.building_id LEFT JOIN compound c ON c.id = b.compound_id LEFT JOIN resident r ON "
                              "r.id = pc.resident_id WHERE (pc.grid_id = ? OR ? = 0) AND (pc.archived = 0 OR ? = "
                              "1)") +
                   GridRows::partyContacts(m_scope, QStringLiteral("pc")) +
                   QStringLiteral(" ORDER BY pc.archived, c.name, b.name, h.unit, h.room, pc.id"));
    QList<PartyContact> list;
    if (!q.exec(gridId, gridId, includeArchived ? 1 : 0))
        return list;
    while (q.next()) {
        PartyContact p;
        p.id = q.value(0).toLongLong();
        p.gridId = q.value(1).toLongLong();
        p.householdId = q.value(2).toLongLong();
        p.residentId = q.value(3).toLongLong();
        p.since = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        p.archived = q.value(5).toInt() != 0;
        p.residentName = q.value(6).toString();
        p.phone = q.value(7).toString();
        p.address = Address::format(q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
                                    q.value(11).toString());
        list.append(p);
    }
    return list;
}

SaveResult PartyContactStore::add(qint64 gridId, qint64 residentId, const QDate &since)
{
    if (const QString why = m_scope.gridRefusal(m_db, gridId); !why.isEmpty())
        return failed(QString(), why);
    SqlQuery grid(m_db, QStringLiteral("SELECT archived FROM grid WHERE id = ?"));
    if (!grid.exec(gridId) || !grid.next() || grid.value(0).toInt() != 0)
        return failed(QStringLiteral("grid"), tr("Grid: choose an active grid."));
    SqlQuery resident(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id = ? AND status = 'living'"));
    if (residentId <= 0 || !resident.exec(residentId) || !resident.next() || resident.value(0).toLongLong() <= 0)
        return failed(QStringLiteral("resident"), tr("Resident: choose a living resident with a household."));
    const qint64 householdId = resident.value(0).toLongLong();
    SqlQuery dup(m_db, QStringLiteral("SELECT count(*) FROM party_contact WHERE household_id = ? AND archived = 0"));
    if (dup.exec(householdId) && dup.scalar().toInt() > 0)
        return failed(QStringLiteral("resident"), tr("Resident: this household is already a party-member household."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const QString stamp = SqlValues::now();
    const QDate from = since.isValid() ? since : QDate::currentDate();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO party_contact (grid_id, household_id, resident_id, since, archived, "
                                    "user_name, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?)"));
    if (!q.exec(gridId, householdId, residentId, from.toString(Qt::ISODate), SqlValues::textOrNull(m_scope.userName()),
                stamp, stamp))
        return failed(QString(), tr("The party-member household could not be saved."));
    const qint64 id = q.lastInsertId();
    const QString after =
        QStringLiteral("{\"grid\":%1,\"household\":%2,\"resident\":%3}").arg(gridId).arg(householdId).arg(residentId);
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("party_contact"), id, QStringLiteral("insert"), QString(), after) ||
        !tx.commit())
        return failed(QString(), tr("The party-member household could not be saved."));
    return {true, id, {}, {}};
}

SaveResult PartyContactStore::archive(qint64 contactId)
{
    SqlQuery grid(m_db, QStringLiteral("SELECT grid_id FROM party_contact WHERE id = ?"));
    if (!grid.exec(contactId) || !grid.next())
        return failed(QString(), tr("This party-member household no longer exists."));
    if (const QString why = m_scope.gridRefusal(m_db, grid.value(0).toLongLong()); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE party_contact SET archived = 1, updated_at = ?, user_name = ? WHERE id = ? "
                                    "AND archived = 0"));
    if (!q.exec(SqlValues::now(), SqlValues::textOrNull(m_scope.userName()), contactId) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("party_contact"), contactId, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The party-member household could not be ended."));
    return {true, contactId, {}, {}};
}

QHash<qint64, int> PartyContactStore::countsPerGrid() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT pc.grid_id, count(*) FROM party_contact pc WHERE pc.archived = 0") +
                         GridRows::partyContacts(m_scope, QStringLiteral("pc")) +
                         QStringLiteral(" GROUP BY pc.grid_id"));
    QHash<qint64, int> counts;
    if (q.exec())
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}
