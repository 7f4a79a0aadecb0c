#include "servicerecords.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "shiftrecurrence.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime eventTime(const QString &text)
{
    // Events store ISO text, perhaps with seconds or an offset; the wall clock is what counts.
    const QDateTime t = ShiftRecurrence::fromText(text);
    if (t.isValid())
        return t;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? ShiftRecurrence::wallClock(parsed.date(), parsed.time()) : QDateTime();
}

} // namespace

ServiceRecords::ServiceRecords(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult ServiceRecords::failed(const QString &message, const QString &field) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

SaveResult ServiceRecords::setAttendance(qint64 assignmentId, const QString &attendance)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (!attendance.isEmpty() && attendance != QLatin1String("attended") && attendance != QLatin1String("absent"))
        return failed(tr("Attendance: please choose attended or absent."), QStringLiteral("attendance"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery old(m_db, QStringLiteral("SELECT attendance FROM volunteer_assignment WHERE id = ? AND status = "
                                      "'assigned'"));
    if (!old.exec(assignmentId) || !old.next())
        return failed(tr("This assignment no longer exists."));
    const QString before = old.value(0).toString();
    SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_assignment SET attendance = ?, user_name = ?, updated_at = ? "
                                    "WHERE id = ?"));
    if (!q.exec(SqlValues::textOrNull(attendance), SqlValues::textOrNull(m_scope.userName()), SqlValues::now(),
                assignmentId) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_assignment"), assignmentId, QStringLiteral("attendance"),
                     json({{QStringLiteral("attendance"), before}}),
                     json({{QStringLiteral("attendance"), attendance}})) ||
        !tx.commit())
        return failed(tr("The attendance could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = assignmentId;
    return r;
}

SaveResult ServiceRecords::editHours(qint64 assignmentId, qreal hours, const QString &reason)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (reason.trimmed().isEmpty())
        return failed(tr("Reason: please say why the hours differ from the shift."), QStringLiteral("reason"));
    if (!(hours >= 0) || hours > 24)
        return failed(tr("Hours: please enter 0 to 24 hours."), QStringLiteral("hours"));
    hours = roundHours(hours);
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery old(m_db, QStringLiteral("SELECT a.hours, s.minutes, a.attendance FROM volunteer_assignment a JOIN "
                                      "volunteer_shift s ON s.id = a.shift_id WHERE a.id = ? AND a.status = "
                                      "'assigned'"));
    if (!old.exec(assignmentId) || !old.next())
        return failed(tr("This assignment no longer exists."));
    if (old.value(2).toString() != QLatin1String("attended"))
        return failed(tr("Hours: please record the volunteer as attended first."), QStringLiteral("hours"));
    const qreal before = old.value(0).isNull() ? old.value(1).toDouble() / 60.0 : old.value(0).toDouble();
    const QString stamp = SqlValues::now();
    SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_assignment SET hours = ?, hours_reason = ?, user_name = ?, "
                                    "updated_at = ? WHERE id = ?"));
    if (!q.exec(hours, reason.trimmed(), SqlValues::textOrNull(m_scope.userName()), stamp, assignmentId))
        return failed(tr("The hours could not be saved."));
    SqlQuery adj(m_db, QStringLiteral("INSERT INTO volunteer_hour_adjustment (assignment_id, old_hours, new_hours, "
                                      "reason, user_name, at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!adj.exec(assignmentId, before, hours, reason.trimmed(), SqlValues::textOrNull(m_scope.userName()), stamp) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_assignment"), assignmentId, QStringLiteral("hours"),
                     json({{QStringLiteral("hours"), before}}),
                     json({{QStringLiteral("hours"), hours}, {QStringLiteral("reason"), reason.trimmed()}})) ||
        !tx.commit())
        return failed(tr("The hours could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = assignmentId;
    return r;
}

qreal ServiceRecords::hoursOf(qint64 assignmentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT CASE WHEN a.attendance = 'attended' AND a.status = 'assigned' AND "
                                    "s.cancelled = 0 THEN COALESCE(a.hours, s.minutes / 60.0) ELSE 0 END FROM "
                                    "volunteer_assignment a JOIN volunteer_shift s ON s.id = a.shift_id WHERE a.id = "
                                    "?"));
    return q.exec(assignmentId) ? roundHours(q.scalar().toDouble()) : 0;
}

QString ServiceRecords::recordsSql(bool byVolunteer)
{
    const QString volunteerShift = byVolunteer ? QStringLiteral(" AND a.volunteer_id = ?") : QString();
    const QString volunteerEvent = byVolunteer ? QStringLiteral(" AND ev.volunteer_id = ?") : QString();
    return QStringLiteral("SELECT a.volunteer_id AS volunteer_id, 'shift' AS kind, a.id AS source_id, s.starts_at AS "
                          "starts_at, s.ends_at AS ends_at, COALESCE(a.hours, s.minutes / 60.0) AS hours, p.name AS "
                          "title, p.grid_id AS grid_id, p.team_id AS team_id FROM volunteer_assignment a JOIN "
                          "volunteer_shift s ON s.id = a.shift_id JOIN volunteer_post p ON p.id = s.post_id WHERE "
                          "a.status = 'assigned' AND a.attendance = 'attended' AND s.cancelled = 0 AND s.starts_at "
                          ">= ? AND s.starts_at < ?") +
           volunteerShift +
           QStringLiteral(" UNION ALL SELECT ev.volunteer_id, 'event', e.id, e.starts_at, e.ends_at, ev.hours, "
                          "e.title, e.grid_id, NULL FROM event_volunteer ev JOIN event e ON e.id = ev.event_id WHERE "
                          "e.cancelled = 0 AND e.starts_at >= ? AND e.starts_at < ?") +
           volunteerEvent;
}

QVariantList ServiceRecords::bindings(const QDate &from, const QDate &to, qint64 volunteerId)
{
    QVariantList arm{from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)};
    if (volunteerId > 0)
        arm.append(volunteerId);
    return arm + arm;
}

QList<ServiceRecords::Record> ServiceRecords::history(qint64 volunteerId, const QDate &from, const QDate &to) const
{
    QList<Record> list;
    SqlQuery q(m_db, QStringLiteral("SELECT volunteer_id, kind, source_id, starts_at, ends_at, hours, title, grid_id, "
                                    "team_id FROM (") +
                         recordsSql(true) + QStringLiteral(") x ORDER BY starts_at, kind, source_id"));
    for (const QVariant &v : bindings(from, to, volunteerId))
        q.bind(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        Record r;
        r.volunteerId = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.sourceId = q.value(2).toLongLong();
        r.start = eventTime(q.value(3).toString());
        r.end = eventTime(q.value(4).toString());
        r.hours = roundHours(q.value(5).toDouble());
        r.title = q.value(6).toString();
        r.gridId = q.value(7).toLongLong();
        r.teamId = q.value(8).toLongLong();
        list.append(r);
    }
    return list;
}

qreal ServiceRecords::totalHours(qint64 volunteerId, const QDate &from, const QDate &to) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT COALESCE(sum(hours), 0) FROM (") + recordsSql(true) + QStringLiteral(") x"));
    for (const QVariant &v : bindings(from, to, volunteerId))
        q.bind(v);
    return q.exec() ? roundHours(q.scalar().toDouble()) : 0;
}
