#include "deatheffects.h"

#include "models/care/carepairstore.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/volunteerstore.h"

#include <algorithm>
#include <QDate>

namespace {

SaveResult failed(const QString &message)
{
    return SaveResult{false, 0, {{QString(), message}}, {}};
}

// Pairs still running where the deceased was the helper, or in a household with no one living left.
const QString kOpenPairs = QStringLiteral(
    "SELECT p.id FROM care_pair p WHERE p.archived = 0 AND p.ended_on IS NULL AND (p.resident_id = ? OR "
    "(p.household_id = ? AND NOT EXISTS (SELECT 1 FROM resident l WHERE l.household_id = p.household_id AND "
    "l.status = 'living')))");

} // namespace

DeathEffects::DeathEffects(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult DeathEffects::apply(qint64 residentId, int *removed, Changes *changes)
{
    Changes done;
    if (removed)
        *removed = 0;
    SqlQuery who(m_db, QStringLiteral("SELECT status, status_date, household_id FROM resident WHERE id = ?"));
    if (!who.exec(residentId) || !who.next())
        return failed(tr("This resident no longer exists."));
    if (who.value(0).toString() != QLatin1String("deceased"))
        return {true, residentId, {}, {}};
    QDate date = QDate::fromString(who.value(1).toString(), Qt::ISODate);
    if (!date.isValid())
        date = QDate::currentDate();
    const qint64 householdId = who.value(2).toLongLong();

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    // Shifts from the day of death on that nobody has recorded attendance for.
    SqlQuery shifts(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.shift_id, a.volunteer_id FROM volunteer_assignment a JOIN volunteer_shift s ON s.id = "
            "a.shift_id JOIN volunteer v ON v.id = a.volunteer_id WHERE v.resident_id = "
            "? AND a.status = 'assigned' AND s.starts_at >= ? AND "
            "coalesce(a.attendance, '') = ''"));
    if (!shifts.exec(residentId, date.toString(Qt::ISODate)))
        return failed(tr("What follows the death could not be recorded; nothing was changed."));
    QList<qint64> assignments;
    while (shifts.next()) {
        assignments << shifts.value(0).toLongLong();
        done.shifts.append({shifts.value(1).toLongLong(), shifts.value(2).toLongLong()});
    }
    RosterStore roster(m_db, m_scope);
    for (const qint64 id : std::as_const(assignments)) {
        const SaveResult off = roster.unassign(id);
        if (!off.ok)
            return failed(
                tr("The shifts of this volunteer could not be taken off the rota: %1").arg(off.firstMessage()));
    }

    SqlQuery volunteers(m_db,
                        QStringLiteral("SELECT id, status FROM volunteer WHERE resident_id = ? AND status <> 'left'"));
    QList<qint64> ids;
    if (volunteers.exec(residentId))
        while (volunteers.next()) {
            ids << volunteers.value(0).toLongLong();
            done.volunteers.append({volunteers.value(0).toLongLong(), volunteers.value(1).toString()});
        }
    VolunteerStore store(m_db, m_scope);
    for (const qint64 id : std::as_const(ids)) {
        const SaveResult left = store.setStatus(id, QStringLiteral("left"));
        if (!left.ok)
            return failed(tr("The volunteer record could not be closed: %1").arg(left.firstMessage()));
    }

    SqlQuery pairs(m_db, kOpenPairs);
    QList<qint64> pairIds;
    if (pairs.exec(residentId, householdId))
        while (pairs.next())
            pairIds << pairs.value(0).toLongLong();
    CarePairStore care(m_db, m_scope);
    for (const qint64 id : std::as_const(pairIds)) {
        CarePair p = care.pair(id);
        if (!p.id)
            continue; // a pair the scope does not see stays the office's to end
        p.endedOn = std::max(date, p.startedOn);
        const SaveResult ended = care.save(p);
        if (!ended.ok)
            return failed(tr("The 结对帮扶 pairing could not be ended: %1").arg(ended.firstMessage()));
        done.pairs << id;
    }
    if (!tx.commit())
        return failed(tr("What follows the death could not be recorded; nothing was changed."));
    if (removed)
        *removed = int(assignments.size());
    if (changes)
        *changes = done;
    return {true, residentId, {}, {}};
}

SaveResult DeathEffects::withdraw(const Changes &changes)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SaveResult result{true, 0, {}, {}};
    // The volunteer records the death closed, unless someone changed them since.
    VolunteerStore volunteers(m_db, m_scope);
    for (const auto &[id, before] : changes.volunteers) {
        const std::optional<Volunteer> v = volunteers.volunteer(id);
        if (!v || v->status != QLatin1String("left"))
            continue;
        const SaveResult back = volunteers.setStatus(id, before);
        if (!back.ok)
            return failed(tr("The volunteer record could not be opened again: %1").arg(back.firstMessage()));
    }
    RosterStore roster(m_db, m_scope);
    int notBack = 0;
    for (const auto &[shift, volunteer] : changes.shifts)
        if (!roster.assign(shift, volunteer).ok)
            ++notBack; // filled or cancelled since: the clerk is told, the rest goes ahead
    if (notBack > 0)
        result.warnings.append(
            {QString(),
             tr("%n shift(s) could not be put back on the rota (filled or cancelled since).", nullptr, notBack), 0});
    // Pairs the death ended run on, unless they were archived or edited since.
    CarePairStore care(m_db, m_scope);
    for (const qint64 id : changes.pairs) {
        CarePair p = care.pair(id);
        if (!p.id || !p.endedOn.isValid())
            continue;
        p.endedOn = QDate();
        if (const SaveResult reopened = care.save(p); !reopened.ok)
            return failed(tr("The 结对帮扶 pairing could not be opened again: %1").arg(reopened.firstMessage()));
    }
    if (!tx.commit())
        return failed(tr("The death could not be withdrawn; nothing was changed."));
    return result;
}

SaveResult DeathEffects::applyPending()
{
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT r.id FROM resident r WHERE r.status = 'deceased' AND (EXISTS (SELECT 1 FROM volunteer v "
                   "WHERE v.resident_id = r.id AND v.status <> 'left') OR EXISTS (SELECT 1 FROM volunteer_assignment "
                   "a JOIN volunteer_shift s ON s.id = a.shift_id JOIN volunteer v ON v.id = a.volunteer_id WHERE "
                   "v.resident_id = r.id AND a.status = 'assigned' AND s.starts_at >= coalesce(r.status_date, '') "
                   "AND coalesce(a.attendance, '') = '') OR EXISTS (SELECT 1 FROM care_pair p WHERE p.archived = 0 "
                   "AND p.ended_on IS NULL AND (p.resident_id = r.id OR (p.household_id = r.household_id AND NOT "
                   "EXISTS (SELECT 1 FROM resident l WHERE l.household_id = p.household_id AND l.status = "
                   "'living'))))) ORDER BY r.id"));
    if (!q.exec())
        return failed(tr("What follows the deaths could not be recorded; nothing was changed."));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    for (const qint64 id : std::as_const(ids))
        if (const SaveResult r = apply(id); !r.ok)
            return r;
    if (!tx.commit())
        return failed(tr("What follows the deaths could not be recorded; nothing was changed."));
    return {true, qint64(ids.size()), {}, {}};
}
