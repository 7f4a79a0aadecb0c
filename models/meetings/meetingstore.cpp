#include "meetingstore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/dialectsql.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/attendeelist.h"
#include "models/register/registerrows.h"
#include "motionvote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

QString meetingJson(const Meeting &m)
{
    QJsonArray motions;
    for (const Meeting::Motion &x : m.motions)
        motions.append(QJsonObject{{QStringLiteral("text"), x.text},
                                   {QStringLiteral("for"), x.votesFor},
                                   {QStringLiteral("against"), x.votesAgainst},
                                   {QStringLiteral("abstain"), x.votesAbstain},
                                   {QStringLiteral("decision"), x.decision}});
    QJsonArray tasks;
    for (const Meeting::Task &t : m.tasks)
        tasks.append(QJsonObject{{QStringLiteral("task"), t.description},
                                 {QStringLiteral("owner"), t.owner},
                                 {QStringLiteral("due"), t.dueOn.toString(Qt::ISODate)},
                                 {QStringLiteral("done"), t.doneOn.toString(Qt::ISODate)}});
    const QJsonObject o{{QStringLiteral("held"), m.heldOn.toString(Qt::ISODate)},
                        {QStringLiteral("grid"), m.gridId},
                        {QStringLiteral("compound"), m.compoundId},
                        {QStringLiteral("kind"), m.kindId},
                        {QStringLiteral("topic"), m.topic},
                        {QStringLiteral("place"), m.place},
                        {QStringLiteral("attendees"), idArray(m.attendeeIds)},
                        {QStringLiteral("headCount"), m.headCount},
                        {QStringLiteral("cases"), idArray(m.caseIds)},
                        {QStringLiteral("motions"), motions},
                        {QStringLiteral("tasks"), tasks},
                        {QStringLiteral("archived"), m.archived}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

MeetingStore::MeetingStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult MeetingStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QList<FieldError> MeetingStore::validate(const Meeting &m) const
{
    QList<FieldError> errors;
    if (!m.heldOn.isValid())
        errors.append({QStringLiteral("heldOn"), tr("Date: enter the day the meeting was held."), 0});
    if (m.topic.trimmed().isEmpty())
        errors.append({QStringLiteral("topic"), tr("Topic: enter what the meeting discussed."), 0});
    SqlQuery kind(m_db, QStringLiteral("SELECT count(*) FROM meeting_kind WHERE id = ?"));
    if (m.kindId <= 0 || !kind.exec(m.kindId) || kind.scalar().toInt() != 1)
        errors.append({QStringLiteral("kind"), tr("Kind: choose the kind of meeting."), 0});
    if (m.gridId > 0 && m.compoundId > 0)
        errors.append({QStringLiteral("grid"), tr("Grid: a meeting is held for a grid or a compound, not both."), 0});
    if (m.gridId > 0) {
        SqlQuery grid(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE id = ?"));
        if (!grid.exec(m.gridId) || grid.scalar().toInt() != 1)
            errors.append({QStringLiteral("grid"), tr("Grid: the chosen grid no longer exists."), 0});
    }
    if (m.compoundId > 0) {
        SqlQuery compound(m_db, QStringLiteral("SELECT count(*) FROM compound WHERE id = ?"));
        if (!compound.exec(m.compoundId) || compound.scalar().toInt() != 1)
            errors.append({QStringLiteral("compound"), tr("Compound: the chosen compound no longer exists."), 0});
    }
    if (m.headCount < 0)
        errors.append({QStringLiteral("headCount"), tr("Others present: the head count cannot be negative."), 0});
    if (!AttendeeList::isValid(m.attendeeIds))
        errors.append({QStringLiteral("attendees"), tr("Attendees: each resident can be listed only once."), 0});
    if (QSet<qint64>(m.caseIds.cbegin(), m.caseIds.cend()).size() != m.caseIds.size())
        errors.append({QStringLiteral("cases"), tr("Cases: each case can be linked only once."), 0});
    for (int i = 0; i < m.motions.size(); ++i) {
        const Meeting::Motion &x = m.motions.at(i);
        const QString field = QStringLiteral("motions/%1").arg(i);
        if (x.text.trimmed().isEmpty())
            errors.append({field, tr("Motion %1: enter what was proposed.").arg(i + 1), 0});
        const MotionVote vote(x.votesFor, x.votesAgainst, x.votesAbstain);
        if (const std::optional<FieldError> e = vote.check(m.attendeeTotal(), field))
            errors.append({field, tr("Motion %1: %2").arg(i + 1).arg(e->message), 0});
    }
    for (int i = 0; i < m.tasks.size(); ++i) {
        const Meeting::Task &t = m.tasks.at(i);
        const QString field = QStringLiteral("tasks/%1").arg(i);
        if (t.description.trimmed().isEmpty())
            errors.append({field, tr("Task %1: enter what is to be done.").arg(i + 1), 0});
        if (t.owner.trimmed().isEmpty())
            errors.append({field, tr("Task %1: enter who is responsible.").arg(i + 1), 0});
        if (!t.dueOn.isValid())
            errors.append({field, tr("Task %1: enter the due date.").arg(i + 1), 0});
        if (t.motionIndex >= m.motions.size())
            errors.append({field, tr("Task %1: the motion it follows no longer exists.").arg(i + 1), 0});
        if (t.doneOn.isValid() && m.heldOn.isValid() && t.doneOn < m.heldOn)
            errors.append({field, tr("Task %1: it cannot be done before the meeting.").arg(i + 1), 0});
    }
    return errors;
}

SaveResult MeetingStore::save(Meeting &m)
{
    const AccessScope &scope = m_scope;
    // A grid worker records the meetings of their own grids only (not community-wide ones).
    if (const QString why = scope.gridRefusal(m_db, m.gridId); !why.isEmpty())
        return failed(QString(), why);
    m.topic = m.topic.trimmed();
    m.place = m.place.trimmed();
    SaveResult result;
    result.errors = validate(m);
    if (!result.errors.isEmpty())
        return result;
    for (Meeting::Motion &x : m.motions) {
        x.text = x.text.trimmed();
        x.decision = MotionVote::code(MotionVote(x.votesFor, x.votesAgainst, x.votesAbstain).outcome());
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const bool isNew = m.id == 0;
    const std::optional<Meeting> before = isNew ? std::nullopt : meeting(m.id);
    if (!isNew && !before)
        return failed(QString(), tr("This meeting no longer exists."));
    if (before)
        if (const QString why = scope.gridRefusal(m_db, before->gridId); !why.isEmpty())
            return failed(QString(), why);
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO meeting (held_on, starts_at, place, grid_id, compound_id, kind_id, "
                                  "topic, head_count, notes, archived, user_name, created_at, updated_at) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        if (!q.exec(m.heldOn.toString(Qt::ISODate), timeOrNull(m.startsAt), textOrNull(m.place), idOrNull(m.gridId),
                    idOrNull(m.compoundId), m.kindId, m.topic, m.headCount, textOrNull(m.notes),
                    textOrNull(m_scope.userName()), stamp, stamp))
            return failed(QString(), tr("The meeting could not be saved."));
        m.id = q.lastInsertId();
        m.archived = false;
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE meeting SET held_on = ?, starts_at = ?, place = ?, grid_id = ?, "
                                        "compound_id = ?, kind_id = ?, topic = ?, head_count = ?, notes = ?, user_name "
                                        "= ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
        if (!q.exec(m.heldOn.toString(Qt::ISODate), timeOrNull(m.startsAt), textOrNull(m.place), idOrNull(m.gridId),
                    idOrNull(m.compoundId), m.kindId, m.topic, m.headCount, textOrNull(m.notes),
                    textOrNull(m_scope.userName()), stamp, m.id) ||
            q.numRowsAffected() != 1)
            return failed(QString(), tr("The meeting could not be saved."));
        m.archived = before->archived;
    }
    if (!writeLists(m)) {
        if (isNew)
            m.id = 0;
        return failed(QString(), tr("The meeting's lists could not be saved; nothing was changed."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("meeting"), m.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? meetingJson(*before) : QString(), meetingJson(m)) ||
        !tx.commit()) {
        if (isNew)
            m.id = 0;
        return failed(QString(), tr("The meeting could not be saved; nothing was changed."));
    }
    result.ok = true;
    result.id = m.id;
    return result;
}

bool MeetingStore::writeLists(Meeting &m)
{
    // Attendees and linked cases are the meeting's record, replaced whole like an event's lists.
    SqlQuery clearC(m_db, QStringLiteral("DELETE FROM meeting_case WHERE meeting_id = ?"));
    if (!attendeeList().write(m.id, m.attendeeIds) || !clearC.exec(m.id))
        return false;
    SqlQuery c(m_db, QStringLiteral("INSERT INTO meeting_case (meeting_id, case_id) VALUES (?, ?)"));
    for (const qint64 id : std::as_const(m.caseIds))
        if (!c.exec(m.id, id))
            return false;

    // Motions and tasks keep their rows (tasks are followed up later); dropped ones are archived.
    QList<qint64> keptMotions;
    SqlQuery insM(m_db, QStringLiteral("INSERT INTO motion (meeting_id, sort_order, text, votes_for, votes_against, "
                                       "votes_abstain, decision, archived) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    SqlQuery updM(m_db,
                  QStringLiteral("UPDATE motion SET sort_order = ?, text = ?, votes_for = ?, votes_against = ?, "
                                 "votes_abstain = ?, decision = ?, archived = 0 WHERE id = ? AND meeting_id = ?"));
    for (int i = 0; i < m.motions.size(); ++i) {
        Meeting::Motion &x = m.motions[i];
        if (x.id > 0) {
            if (!updM.exec(i, x.text, x.votesFor, x.votesAgainst, x.votesAbstain, x.decision, x.id, m.id) ||
                updM.numRowsAffected() != 1)
                return false;
        } else {
            if (!insM.exec(m.id, i, x.text, x.votesFor, x.votesAgainst, x.votesAbstain, x.decision))
                return false;
            x.id = insM.lastInsertId();
        }
        keptMotions.append(x.id);
    }
    SqlQuery oldM(m_db, QStringLiteral("SELECT id FROM motion WHERE meeting_id = ? AND archived = 0"));
    SqlQuery archM(m_db, QStringLiteral("UPDATE motion SET archived = 1 WHERE id = ?"));
    QList<qint64> dropped;
    if (!oldM.exec(m.id))
        return false;
    while (oldM.next())
        if (!keptMotions.contains(oldM.value(0).toLongLong()))
            dropped.append(oldM.value(0).toLongLong());
    for (const qint64 id : std::as_const(dropped))
        if (!archM.exec(id))
            return false;

    QList<qint64> keptTasks;
    SqlQuery insT(m_db, QStringLiteral("INSERT INTO meeting_task (meeting_id, motion_id, description, owner, due_on, "
                                       "done_on, archived) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    SqlQuery updT(m_db, QStringLiteral("UPDATE meeting_task SET motion_id = ?, description = ?, owner = ?, due_on = ?, "
                                       "done_on = ?, archived = 0 WHERE id = ? AND meeting_id = ?"));
    for (Meeting::Task &t : m.tasks) {
        t.description = t.description.trimmed();
        t.owner = t.owner.trimmed();
        const qint64 motionId = t.motionIndex >= 0 ? m.motions.at(t.motionIndex).id : 0;
        if (t.id > 0) {
            if (!updT.exec(idOrNull(motionId), t.description, t.owner, t.dueOn.toString(Qt::ISODate),
                           dateOrNull(t.doneOn), t.id, m.id) ||
                updT.numRowsAffected() != 1)
                return false;
        } else {
            if (!insT.exec(m.id, idOrNull(motionId), t.description, t.owner, t.dueOn.toString(Qt::ISODate),
                           dateOrNull(t.doneOn)))
                return false;
            t.id = insT.lastInsertId();
        }
        keptTasks.append(t.id);
    }
    SqlQuery oldT(m_db, QStringLiteral("SELECT id FROM meeting_task WHERE meeting_id = ? AND archived = 0"));
    SqlQuery archT(m_db, QStringLiteral("UPDATE meeting_task SET archived = 1 WHERE id = ?"));
    dropped.clear();
    if (!oldT.exec(m.id))
        return false;
    while (oldT.next())
        if (!keptTasks.contains(oldT.value(0).toLongLong()))
            dropped.append(oldT.value(0).toLongLong());
    for (const qint64 id : std::as_const(dropped))
        if (!archT.exec(id))
            return false;
    return true;
}

std::optional<Meeting> MeetingStore::meeting(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, held_on, starts_at, place, grid_id, compound_id, kind_id, topic, "
                                    "head_count, notes, archived FROM meeting WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    m.startsAt = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
    m.place = q.value(3).toString();
    m.gridId = q.value(4).toLongLong();
    m.compoundId = q.value(5).toLongLong();
    m.kindId = q.value(6).toLongLong();
    m.topic = q.value(7).toString();
    m.headCount = q.value(8).toInt();
    m.notes = q.value(9).toString();
    m.archived = q.value(10).toInt() != 0;
    m.attendeeIds = attendeeList().read(id);
    SqlQuery c(m_db, QStringLiteral("SELECT case_id FROM meeting_case WHERE meeting_id = ? ORDER BY case_id"));
    if (c.exec(id))
        while (c.next())
            m.caseIds.append(c.value(0).toLongLong());
    SqlQuery mo(m_db, QStringLiteral("SELECT id, text, votes_for, votes_against, votes_abstain, decision FROM motion "
                                     "WHERE meeting_id = ? AND archived = 0 ORDER BY sort_order, id"));
    if (mo.exec(id))
        while (mo.next())
            m.motions.append({mo.value(0).toLongLong(), mo.value(1).toString(), mo.value(2).toInt(),
                              mo.value(3).toInt(), mo.value(4).toInt(), mo.value(5).toString()});
    SqlQuery t(m_db, QStringLiteral("SELECT id, motion_id, description, owner, due_on, done_on FROM meeting_task "
                                    "WHERE meeting_id = ? AND archived = 0 ORDER BY id"));
    if (t.exec(id))
        while (t.next()) {
            Meeting::Task task;
            task.id = t.value(0).toLongLong();
            const qint64 motionId = t.value(1).toLongLong();
            for (int i = 0; i < m.motions.size(); ++i)
                if (motionId > 0 && m.motions.at(i).id == motionId)
                    task.motionIndex = i;
            task.description = t.value(2).toString();
            task.owner = t.value(3).toString();
            task.dueOn = QDate::fromString(t.value(4).toString(), Qt::ISODate);
            task.doneOn = QDate::fromString(t.value(5).toString(), Qt::ISODate);
            m.tasks.append(task);
        }
    return m;
}

SaveResult MeetingStore::archive(qint64 id)
{
    const std::optional<Meeting> before = meeting(id);
    if (!before)
        return failed(QString(), tr("This meeting no longer exists."));
    const AccessScope &scope = m_scope;
    if (const QString why = scope.gridRefusal(m_db, before->gridId); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE meeting SET archived = 1, updated_at = ?, user_name = ?, row_version = "
                                    "row_version + 1 WHERE id = ? AND archived = 0"));
    if (!q.exec(SqlValues::now(), textOrNull(m_scope.userName()), id) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The meeting could not be archived."));
    Meeting after = *before;
    after.archived = true;
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("meeting"), id, QStringLiteral("archive"), meetingJson(*before),
                     meetingJson(after)) ||
        !tx.commit())
        return failed(QString(), tr("The meeting could not be archived."));
    return {true, id, {}, {}};
}

SaveResult MeetingStore::setTaskDone(qint64 taskId, const QDate &doneOn)
{
    SqlQuery q0(m_db, QStringLiteral("SELECT m.grid_id, m.held_on FROM meeting_task t JOIN meeting m ON m.id = "
                                     "t.meeting_id WHERE t.id = ?"));
    if (!q0.exec(taskId) || !q0.next())
        return failed(QString(), tr("This task no longer exists."));
    const AccessScope &scope = m_scope;
    if (const QString why = scope.gridRefusal(m_db, q0.value(0).toLongLong()); !why.isEmpty())
        return failed(QString(), why);
    if (doneOn.isValid() && doneOn.toString(Qt::ISODate) < q0.value(1).toString())
        return failed(QStringLiteral("doneOn"), tr("Done on: the task cannot be done before the meeting."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE meeting_task SET done_on = ? WHERE id = ?"));
    if (!q.exec(dateOrNull(doneOn), taskId) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("meeting_task"), taskId, QStringLiteral("done"), QString(),
                     doneOn.toString(Qt::ISODate)) ||
        !tx.commit())
        return failed(QString(), tr("The task could not be saved."));
    return {true, taskId, {}, {}};
}

AttendeeList MeetingStore::attendeeList() const
{
    return AttendeeList(m_db, m_scope, AttendeeList::Table::MeetingAttendees);
}

EditableList MeetingStore::kindList() const
{
    return EditableList(m_db, m_scope, EditableList::Table::MeetingKinds,
                        {tr("Name: enter the name of the kind of meeting."),
                         tr("Name: there is already a kind called %1."), tr("The kind of meeting could not be saved."),
                         tr("The kind of meeting could not be archived.")});
}

QList<ListEntry> MeetingStore::kinds(bool includeArchived) const
{
    return kindList().entries(includeArchived);
}

SaveResult MeetingStore::saveKind(ListEntry &kind)
{
    return kindList().save(kind);
}

SaveResult MeetingStore::archiveKind(qint64 id)
{
    return kindList().archive(id);
}

QList<MeetingStore::Choice> MeetingStore::caseLabels(const QList<qint64> &ids) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT case_no, description FROM cases WHERE id = ?"));
    QList<Choice> list;
    for (const qint64 id : ids)
        if (q.exec(id) && q.next())
            list.append({id, QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString().left(40))});
    return list;
}

QList<MeetingStore::Choice> MeetingStore::findCases(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, c.case_no, c.description FROM cases c WHERE (") +
                         DialectSql::contains(m_db, QStringLiteral("c.case_no")) + QStringLiteral(" OR ") +
                         DialectSql::contains(m_db, QStringLiteral("c.description")) + u')' +
                         RegisterRows::grids(m_scope, QStringLiteral("c.grid_id")) +
                         QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC LIMIT ?"));
    QList<Choice> list;
    if (q.exec(t, t, limit))
        while (q.next())
            list.append({q.value(0).toLongLong(),
                         QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString().left(40))});
    return list;
}
