#include "deathrecord.h"

#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/registerstore.h"
#include "models/register/statuswithdrawal.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/volunteerstore.h"

DeathRecord::DeathRecord(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult DeathRecord::record(qint64 residentId, const QDate &date, const QString &note, int *removed,
                               Effects *effects)
{
    Effects done;
    auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message}}, {}}; };
    if (removed)
        *removed = 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const SaveResult changed =
        RegisterStore(m_db, m_scope).changeStatus(residentId, QStringLiteral("deceased"), date, note);
    if (!changed.ok)
        return changed;

    // Shifts from the day of death on that nobody has recorded attendance for.
    SqlQuery shifts(
        m_db,
        QStringLiteral("SELECT a.id, a.shift_id, a.volunteer_id FROM volunteer_assignment a JOIN volunteer_shift s ON "
                       "s.id = a.shift_id JOIN volunteer v ON v.id = a.volunteer_id WHERE "
                       "v.resident_id = ? AND a.status = 'assigned' AND s.starts_at >= ? AND "
                       "coalesce(a.attendance, '') = ''"));
    if (!shifts.exec(residentId, date.toString(Qt::ISODate)))
        return failed(tr("The death could not be recorded; nothing was changed."));
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
    if (removed)
        *removed = int(assignments.size());

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
    if (!tx.commit())
        return failed(tr("The death could not be recorded; nothing was changed."));
    if (effects)
        *effects = done;
    return {true, residentId, {}, changed.warnings};
}

SaveResult DeathRecord::withdraw(qint64 residentId, int rowVersion, const QString &status, const QDate &statusDate,
                                 const Effects &effects, const QString &note)
{
    auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message}}, {}}; };
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SaveResult result = StatusWithdrawal(m_db, m_scope).withdraw(residentId, rowVersion, status, statusDate, note);
    if (!result.ok)
        return result;
    // The volunteer records the death closed, unless someone changed them since.
    VolunteerStore volunteers(m_db, m_scope);
    for (const auto &[id, before] : effects.volunteers) {
        const std::optional<Volunteer> v = volunteers.volunteer(id);
        if (!v || v->status != QLatin1String("left"))
            continue;
        const SaveResult back = volunteers.setStatus(id, before);
        if (!back.ok)
            return failed(tr("The volunteer record could not be opened again: %1").arg(back.firstMessage()));
    }
    RosterStore roster(m_db, m_scope);
    int notBack = 0;
    for (const auto &[shift, volunteer] : effects.shifts)
        if (!roster.assign(shift, volunteer).ok)
            ++notBack; // filled or cancelled since: the clerk is told, the rest goes ahead
    if (notBack > 0)
        result.warnings.append(
            {QString(),
             tr("%n shift(s) could not be put back on the rota (filled or cancelled since).", nullptr, notBack), 0});
    if (!tx.commit())
        return failed(tr("The death could not be withdrawn; nothing was changed."));
    result.ok = true;
    result.id = residentId;
    return result;
}
