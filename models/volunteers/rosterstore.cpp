#include "rosterstore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cnrules/readingorder.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "rosterconflicts.h"
#include "volunteerrows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString postJson(const RosterStore::Post &p)
{
    return json({{QStringLiteral("name"), p.name},
                 {QStringLiteral("location"), p.location},
                 {QStringLiteral("grid"), p.gridId},
                 {QStringLiteral("team"), p.teamId},
                 {QStringLiteral("needed"), p.needed},
                 {QStringLiteral("archived"), p.archived}});
}

QString assignmentJson(qint64 shiftId, qint64 volunteerId, const QString &status, qint64 substituteFor = 0)
{
    return json({{QStringLiteral("shift"), shiftId},
                 {QStringLiteral("volunteer"), volunteerId},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("substituteFor"), substituteFor}});
}

} // namespace

RosterStore::RosterStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult RosterStore::failed(const QString &message, const QString &field) const
{
    SaveResult result;
    result.errors.append({field, message, 0});
    return result;
}

SaveResult RosterStore::savePost(Post &p)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (p.name.trimmed().isEmpty())
        return failed(tr("Name: please enter the post's name."), QStringLiteral("name"));
    if (p.needed < 1 || p.needed > 99)
        return failed(tr("Needed: a post needs 1 to 99 volunteers."), QStringLiteral("needed"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = p.id == 0;
    QString before;
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_post (name, location, grid_id, team_id, needed, notes, "
                                        "archived, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.exec(p.name.trimmed(), textOrNull(p.location), idOrNull(p.gridId), idOrNull(p.teamId), p.needed,
                    textOrNull(p.notes), p.archived ? 1 : 0, SqlValues::now()))
            return failed(tr("The post could not be saved."));
        p.id = q.lastInsertId();
    } else {
        for (const Post &old : posts(true))
            if (old.id == p.id)
                before = postJson(old);
        if (before.isEmpty())
            return failed(tr("This post no longer exists."));
        SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_post SET name = ?, location = ?, grid_id = ?, team_id = ?, "
                                        "needed = ?, notes = ?, archived = ? WHERE id = ?"));
        if (!q.exec(p.name.trimmed(), textOrNull(p.location), idOrNull(p.gridId), idOrNull(p.teamId), p.needed,
                    textOrNull(p.notes), p.archived ? 1 : 0, p.id))
            return failed(tr("The post could not be saved."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_post"), p.id,
                     isNew ? QStringLiteral("insert") : QStringLiteral("update"), before, postJson(p)) ||
        !tx.commit())
        return failed(tr("The post could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = p.id;
    return r;
}

QList<RosterStore::Post> RosterStore::posts(bool includeArchived) const
{
    QList<Post> list;
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, p.name, p.location, p.grid_id, p.team_id, p.needed, p.notes, "
                                    "p.archived FROM volunteer_post p WHERE (p.archived = 0 OR ? = 1)") +
                         VolunteerRows::placed(m_scope, QStringLiteral("p")) + QStringLiteral(" ORDER BY p.id"));
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next()) {
            Post p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            p.location = q.value(2).toString();
            p.gridId = q.value(3).toLongLong();
            p.teamId = q.value(4).toLongLong();
            p.needed = q.value(5).toInt();
            p.notes = q.value(6).toString();
            p.archived = q.value(7).toBool();
            list.append(p);
        }
    sortByReading(
        list, [](const Post &p) { return p.name; },
        [](const Post &a, const Post &b) { return !a.archived && b.archived; });
    return list;
}

SaveResult RosterStore::generateShifts(qint64 postId, const ShiftRecurrence::Pattern &pattern, int needed, int *created)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (created)
        *created = 0;
    const QString invalid = ShiftRecurrence::validate(pattern);
    if (!invalid.isEmpty())
        return failed(invalid, QStringLiteral("pattern"));
    if (needed < 1 || needed > 99)
        return failed(tr("Needed: a shift needs 1 to 99 volunteers."), QStringLiteral("needed"));
    const QList<ShiftRecurrence::Slot> made = ShiftRecurrence::generate(pattern);
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery post(m_db, QStringLiteral("SELECT count(*) FROM volunteer_post WHERE id = ? AND archived = 0"));
    if (!post.exec(postId) || post.scalar().toInt() != 1)
        return failed(tr("Post: please choose a post."), QStringLiteral("post"));
    const QString stamp = SqlValues::now();
    QStringList days;
    for (const int d : pattern.weekdays)
        days.append(QString::number(d));
    SqlQuery p(m_db, QStringLiteral("INSERT INTO volunteer_shift_pattern (post_id, weekdays, start_time, end_time, "
                                    "from_date, weeks, until_date, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?, ?)"));
    if (!p.exec(postId, days.join(QLatin1Char(',')), pattern.start.toString(QStringLiteral("HH:mm")),
                pattern.end.toString(QStringLiteral("HH:mm")), pattern.from.toString(Qt::ISODate),
                pattern.weeks > 0 ? QVariant(pattern.weeks) : QVariant(QMetaType(QMetaType::Int)),
                SqlValues::dateOrNull(pattern.weeks > 0 ? QDate() : pattern.until), textOrNull(m_scope.userName()),
                stamp))
        return failed(tr("The shifts could not be made."));
    const qint64 patternId = p.lastInsertId();
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO volunteer_shift (post_id, starts_at, ends_at, minutes, needed, "
                                         "pattern_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ShiftRecurrence::Slot &s : made)
        if (!insert.exec(postId, ShiftRecurrence::toText(s.start), ShiftRecurrence::toText(s.end),
                         int(s.start.secsTo(s.end) / 60), needed, patternId, stamp))
            return failed(tr("The shifts could not be made."));
    const QString after = json({{QStringLiteral("post"), postId},
                                {QStringLiteral("weekdays"), days.join(QLatin1Char(','))},
                                {QStringLiteral("start"), pattern.start.toString(QStringLiteral("HH:mm"))},
                                {QStringLiteral("end"), pattern.end.toString(QStringLiteral("HH:mm"))},
                                {QStringLiteral("from"), pattern.from.toString(Qt::ISODate)},
                                {QStringLiteral("weeks"), pattern.weeks},
                                {QStringLiteral("until"), pattern.until.toString(Qt::ISODate)},
                                {QStringLiteral("shifts"), int(made.size())}});
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_shift_pattern"), patternId, QStringLiteral("insert"), QString(),
                     after) ||
        !tx.commit())
        return failed(tr("The shifts could not be made."));
    if (created)
        *created = int(made.size());
    SaveResult r;
    r.ok = true;
    r.id = patternId;
    return r;
}

SaveResult RosterStore::addShift(qint64 postId, const QDateTime &start, const QDateTime &end, int needed)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (!start.isValid() || !end.isValid() || end <= start)
        return failed(tr("Time: the shift must end after it starts."), QStringLiteral("time"));
    if (needed < 1 || needed > 99)
        return failed(tr("Needed: a shift needs 1 to 99 volunteers."), QStringLiteral("needed"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO volunteer_shift (post_id, starts_at, ends_at, minutes, needed, "
                                         "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert.exec(postId, ShiftRecurrence::toText(start), ShiftRecurrence::toText(end), int(start.secsTo(end) / 60),
                     needed, SqlValues::now()))
        return failed(tr("The shift could not be saved."));
    const qint64 id = insert.lastInsertId();
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_shift"), id, QStringLiteral("insert"), QString(),
                     json({{QStringLiteral("post"), postId},
                           {QStringLiteral("start"), ShiftRecurrence::toText(start)},
                           {QStringLiteral("end"), ShiftRecurrence::toText(end)},
                           {QStringLiteral("needed"), needed}})) ||
        !tx.commit())
        return failed(tr("The shift could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = id;
    return r;
}

SaveResult RosterStore::cancelShift(qint64 shiftId)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_shift SET cancelled = 1 WHERE id = ? AND cancelled = 0"));
    if (!q.exec(shiftId) || q.numRowsAffected() != 1)
        return failed(tr("This shift no longer exists or is already cancelled."));
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_shift"), shiftId, QStringLiteral("cancel"),
                     json({{QStringLiteral("cancelled"), false}}), json({{QStringLiteral("cancelled"), true}})) ||
        !tx.commit())
        return failed(tr("The shift could not be cancelled."));
    SaveResult r;
    r.ok = true;
    r.id = shiftId;
    return r;
}

QList<qint64> RosterStore::patternShifts(qint64 patternId) const
{
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM volunteer_shift WHERE pattern_id = ? ORDER BY starts_at, id"));
    if (q.exec(patternId))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

SaveResult RosterStore::setShiftsCancelled(const QList<qint64> &shiftIds, bool cancelled)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery assigned(m_db, QStringLiteral("SELECT count(*) FROM volunteer_assignment WHERE shift_id = ? AND status = "
                                           "'assigned'"));
    SqlQuery update(m_db, QStringLiteral("UPDATE volunteer_shift SET cancelled = ? WHERE id = ? AND cancelled = ?"));
    for (const qint64 id : shiftIds) {
        // A volunteer put on a shift since: the shift is in use and stays.
        if (cancelled && (!assigned.exec(id) || assigned.scalar().toInt() != 0))
            return failed(tr("Shifts: a volunteer was put on one of these shifts since; they were left as they are."));
        if (!update.exec(cancelled ? 1 : 0, id, cancelled ? 0 : 1) || update.numRowsAffected() != 1)
            return failed(tr("Shifts: one of these shifts was changed since; they were left as they are."));
        if (!AuditLog(m_db, m_scope)
                 .record(QStringLiteral("volunteer_shift"), id,
                         cancelled ? QStringLiteral("cancel") : QStringLiteral("reinstate"),
                         json({{QStringLiteral("cancelled"), !cancelled}}),
                         json({{QStringLiteral("cancelled"), cancelled}})))
            return failed(tr("The shifts could not be saved."));
    }
    if (!tx.commit())
        return failed(tr("The shifts could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = shiftIds.size();
    return r;
}

QList<RosterStore::Assignment> RosterStore::assignmentsOf(qint64 shiftId, qreal shiftHours) const
{
    QList<Assignment> list;
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.volunteer_id, v.name, a.attendance, a.hours, a.hours_reason, "
                                    "a.substitute_for FROM volunteer_assignment a JOIN volunteer v ON v.id = "
                                    "a.volunteer_id WHERE a.shift_id = ? AND a.status = 'assigned' ORDER BY a.id"));
    if (q.exec(shiftId))
        while (q.next()) {
            Assignment a;
            a.id = q.value(0).toLongLong();
            a.shiftId = shiftId;
            a.volunteerId = q.value(1).toLongLong();
            a.name = q.value(2).toString();
            a.attendance = q.value(3).toString();
            a.hoursEdited = !q.value(4).isNull();
            a.hours = a.hoursEdited ? q.value(4).toDouble() : shiftHours;
            a.hoursReason = q.value(5).toString();
            a.substituteFor = q.value(6).toLongLong();
            list.append(a);
        }
    return list;
}

std::optional<RosterStore::Shift> RosterStore::shift(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.post_id, p.name, s.starts_at, s.ends_at, s.needed, s.cancelled FROM "
                                    "volunteer_shift s JOIN volunteer_post p ON p.id = s.post_id WHERE s.id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Shift s;
    s.id = id;
    s.postId = q.value(0).toLongLong();
    s.postName = q.value(1).toString();
    s.start = ShiftRecurrence::fromText(q.value(2).toString());
    s.end = ShiftRecurrence::fromText(q.value(3).toString());
    s.needed = q.value(4).toInt();
    s.cancelled = q.value(5).toBool();
    s.assignments = assignmentsOf(id, s.hours());
    return s;
}

QList<RosterStore::Shift> RosterStore::shifts(const QDate &from, const QDate &to, bool includeCancelled) const
{
    QList<Shift> list;
    SqlQuery q(m_db, QStringLiteral("SELECT s.id, s.post_id, p.name, s.starts_at, s.ends_at, s.needed, s.cancelled "
                                    "FROM volunteer_shift s JOIN volunteer_post p ON p.id = s.post_id WHERE "
                                    "s.starts_at >= ? AND s.starts_at < ? AND (s.cancelled = 0 OR ? = 1)") +
                         VolunteerRows::placed(m_scope, QStringLiteral("p")) +
                         QStringLiteral(" ORDER BY s.starts_at, p.name, s.id"));
    if (!q.exec(from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate), includeCancelled ? 1 : 0))
        return list;
    while (q.next()) {
        Shift s;
        s.id = q.value(0).toLongLong();
        s.postId = q.value(1).toLongLong();
        s.postName = q.value(2).toString();
        s.start = ShiftRecurrence::fromText(q.value(3).toString());
        s.end = ShiftRecurrence::fromText(q.value(4).toString());
        s.needed = q.value(5).toInt();
        s.cancelled = q.value(6).toBool();
        list.append(s);
    }
    // A week holds a few hundred shifts at most; one small query each keeps the SQL simple.
    for (Shift &s : list)
        s.assignments = assignmentsOf(s.id, s.hours());
    return list;
}

std::optional<RosterStore::Assignment> RosterStore::assignment(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.shift_id, a.volunteer_id, v.name, a.attendance, a.hours, "
                                    "a.hours_reason, a.substitute_for, s.minutes, a.status FROM volunteer_assignment a "
                                    "JOIN volunteer v ON v.id = a.volunteer_id JOIN volunteer_shift s ON s.id = "
                                    "a.shift_id WHERE a.id = ?"));
    if (!q.exec(id) || !q.next() || q.value(8).toString() != QLatin1String("assigned"))
        return std::nullopt;
    Assignment a;
    a.id = id;
    a.shiftId = q.value(0).toLongLong();
    a.volunteerId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    a.attendance = q.value(3).toString();
    a.hoursEdited = !q.value(4).isNull();
    a.hours = a.hoursEdited ? q.value(4).toDouble() : q.value(7).toDouble() / 60.0;
    a.hoursReason = q.value(5).toString();
    a.substituteFor = q.value(6).toLongLong();
    return a;
}

SaveResult RosterStore::insertAssignment(qint64 shiftId, qint64 volunteerId, qint64 substituteFor,
                                         const QList<qint64> &ignoring)
{
    const std::optional<Shift> s = shift(shiftId);
    if (!s || s->cancelled)
        return failed(tr("Shift: this shift no longer exists or was cancelled."), QStringLiteral("shift"));
    for (const Assignment &a : s->assignments)
        if (a.volunteerId == volunteerId && !ignoring.contains(a.id))
            return failed(tr("Volunteer: %1 is already on this shift.").arg(a.name), QStringLiteral("volunteer"));
    SaveResult r;
    for (const RosterConflicts::Conflict &c : RosterConflicts(m_db, m_scope).check(volunteerId, shiftId, ignoring)) {
        if (c.kind == RosterConflicts::Kind::Unavailable)
            r.warnings.append({QStringLiteral("volunteer"), c.text, 0});
        else
            r.errors.append({QStringLiteral("volunteer"), tr("Volunteer: %1").arg(c.text), 0});
    }
    if (!r.errors.isEmpty())
        return r;
    const QString stamp = SqlValues::now();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_assignment (shift_id, volunteer_id, substitute_for, "
                                    "user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q.exec(shiftId, volunteerId, idOrNull(substituteFor), textOrNull(m_scope.userName()), stamp, stamp))
        return failed(tr("The assignment could not be saved."));
    r.id = q.lastInsertId();
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_assignment"), r.id, QStringLiteral("insert"), QString(),
                     assignmentJson(shiftId, volunteerId, QStringLiteral("assigned"), substituteFor)))
        return failed(tr("The assignment could not be saved."));
    r.ok = true;
    return r;
}

bool RosterStore::markRemoved(qint64 assignmentId)
{
    const std::optional<Assignment> a = assignment(assignmentId);
    if (!a)
        return false;
    SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_assignment SET status = 'removed', user_name = ?, updated_at = "
                                    "? WHERE id = ? AND status = 'assigned'"));
    if (!q.exec(textOrNull(m_scope.userName()), SqlValues::now(), assignmentId) || q.numRowsAffected() != 1)
        return false;
    return AuditLog(m_db, m_scope)
        .record(QStringLiteral("volunteer_assignment"), assignmentId, QStringLiteral("remove"),
                assignmentJson(a->shiftId, a->volunteerId, QStringLiteral("assigned")),
                assignmentJson(a->shiftId, a->volunteerId, QStringLiteral("removed")));
}

SaveResult RosterStore::assign(qint64 shiftId, qint64 volunteerId)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SaveResult r = insertAssignment(shiftId, volunteerId, 0, {});
    if (!r.ok)
        return r;
    if (!tx.commit())
        return failed(tr("The assignment could not be saved; nothing was changed."));
    return r;
}

SaveResult RosterStore::unassign(qint64 assignmentId)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    if (!markRemoved(assignmentId) || !tx.commit())
        return failed(tr("This assignment no longer exists."));
    SaveResult r;
    r.ok = true;
    r.id = assignmentId;
    return r;
}

SaveResult RosterStore::swap(qint64 assignmentA, qint64 assignmentB)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    const std::optional<Assignment> a = assignment(assignmentA);
    const std::optional<Assignment> b = assignment(assignmentB);
    if (!a || !b)
        return failed(tr("This assignment no longer exists."));
    if (a->shiftId == b->shiftId || a->volunteerId == b->volunteerId)
        return failed(tr("Swap: please choose two different volunteers on two different shifts."));
    if (!a->attendance.isEmpty() || !b->attendance.isEmpty())
        return failed(tr("Swap: attendance is already recorded for one of these shifts."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    if (!markRemoved(a->id) || !markRemoved(b->id))
        return failed(tr("The swap could not be saved."));
    SaveResult first = insertAssignment(b->shiftId, a->volunteerId, b->volunteerId, {a->id, b->id});
    if (!first.ok)
        return first;
    SaveResult second = insertAssignment(a->shiftId, b->volunteerId, a->volunteerId, {a->id, b->id});
    if (!second.ok)
        return second;
    if (!tx.commit())
        return failed(tr("The swap could not be saved; nothing was changed."));
    first.warnings += second.warnings;
    return first;
}

SaveResult RosterStore::substitute(qint64 assignmentId, qint64 volunteerId)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    const std::optional<Assignment> a = assignment(assignmentId);
    if (!a)
        return failed(tr("This assignment no longer exists."));
    if (!a->attendance.isEmpty())
        return failed(tr("Substitute: attendance is already recorded for this shift."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    if (!markRemoved(a->id))
        return failed(tr("The substitute could not be saved."));
    SaveResult r = insertAssignment(a->shiftId, volunteerId, a->volunteerId, {a->id});
    if (!r.ok)
        return r;
    if (!tx.commit())
        return failed(tr("The substitute could not be saved; nothing was changed."));
    return r;
}
