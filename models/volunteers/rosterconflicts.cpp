#include "rosterconflicts.h"

#include "models/core/sqlquery.h"
#include "shiftrecurrence.h"
#include "volunteerrows.h"
#include "volunteerstore.h"

RosterConflicts::RosterConflicts(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

bool RosterConflicts::overlaps(const QDateTime &startA, const QDateTime &endA, const QDateTime &startB,
                               const QDateTime &endB)
{
    return startA < endB && startB < endA;
}

bool RosterConflicts::isAvailable(const Volunteer &v, const QDateTime &start, const QDateTime &end)
{
    if (!v.availableDays.isEmpty() && !v.availableDays.contains(start.date().dayOfWeek()))
        return false;
    if (!v.availableFrom.isValid())
        return true;
    // A shift over midnight never fits a same-day window.
    if (end.date() != start.date() && end.time() != QTime(0, 0))
        return false;
    const QTime endTime = end.date() != start.date() ? QTime(23, 59, 59) : end.time();
    return start.time() >= v.availableFrom && endTime <= v.availableTo;
}

QList<RosterConflicts::Conflict> RosterConflicts::check(qint64 volunteerId, qint64 shiftId,
                                                        const QList<qint64> &ignoring) const
{
    QList<Conflict> conflicts;
    SqlQuery s(m_db, QStringLiteral("SELECT starts_at, ends_at FROM volunteer_shift WHERE id = ?"));
    if (!s.exec(shiftId) || !s.next())
        return conflicts;
    const QString startText = s.value(0).toString();
    const QString endText = s.value(1).toString();
    const QDateTime start = ShiftRecurrence::fromText(startText);
    const QDateTime end = ShiftRecurrence::fromText(endText);
    const std::optional<Volunteer> v = VolunteerStore(m_db, m_scope).volunteer(volunteerId);
    if (!v)
        return conflicts;
    if (v->status != QLatin1String("active"))
        conflicts.append(
            {Kind::Inactive, 0, tr("%1 is not active (%2).").arg(v->name, Volunteer::statusLabel(v->status))});
    // Text comparison is exact for the fixed "yyyy-MM-ddTHH:mm:ss" form; strict < and > keep
    // back-to-back shifts apart.
    SqlQuery o(m_db, QStringLiteral("SELECT a.id, s.id, p.name, s.starts_at, s.ends_at FROM volunteer_assignment a "
                                    "JOIN volunteer_shift s ON s.id = a.shift_id JOIN volunteer_post p ON p.id = "
                                    "s.post_id WHERE a.volunteer_id = ? AND a.status = 'assigned' AND s.cancelled = 0 "
                                    "AND s.id <> ? AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at"));
    if (o.exec(volunteerId, shiftId, endText, startText))
        while (o.next()) {
            if (ignoring.contains(o.value(0).toLongLong()))
                continue;
            const QDateTime os = ShiftRecurrence::fromText(o.value(3).toString());
            const QDateTime oe = ShiftRecurrence::fromText(o.value(4).toString());
            conflicts.append({Kind::DoubleBooked, o.value(1).toLongLong(),
                              tr("%1 is already on %2 %3–%4.")
                                  .arg(v->name, o.value(2).toString(), os.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                       oe.toString(QStringLiteral("HH:mm")))});
        }
    if (!isAvailable(*v, start, end))
        conflicts.append({Kind::Unavailable, 0, tr("%1 is not available at this time.").arg(v->name)});
    return conflicts;
}

QList<RosterConflicts::Gap> RosterConflicts::gaps(const QDate &from, const QDate &to) const
{
    QList<Gap> list;
    SqlQuery q(m_db, QStringLiteral("SELECT s.id, p.name, s.starts_at, s.ends_at, s.needed, (SELECT count(*) FROM "
                                    "volunteer_assignment a WHERE a.shift_id = s.id AND a.status = 'assigned') FROM "
                                    "volunteer_shift s JOIN volunteer_post p ON p.id = s.post_id WHERE s.starts_at >= "
                                    "? AND s.starts_at < ? AND s.cancelled = 0") +
                         VolunteerRows::placed(m_scope, QStringLiteral("p")) +
                         QStringLiteral(" ORDER BY s.starts_at, p.name, s.id"));
    if (q.exec(from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)))
        while (q.next()) {
            Gap g;
            g.shiftId = q.value(0).toLongLong();
            g.postName = q.value(1).toString();
            g.start = ShiftRecurrence::fromText(q.value(2).toString());
            g.end = ShiftRecurrence::fromText(q.value(3).toString());
            g.needed = q.value(4).toInt();
            g.assigned = q.value(5).toInt();
            if (g.assigned < g.needed)
                list.append(g);
        }
    return list;
}
