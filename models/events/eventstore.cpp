#include "eventstore.h"

#include "eventrows.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cnrules/age.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/address.h"
#include "models/register/attendeelist.h"
#include "models/register/registerrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString stampOf(const QDateTime &t)
{
    return t.toString(Qt::ISODate);
}

QString eventJson(const Event &e)
{
    QJsonArray participants;
    for (const qint64 id : e.participantIds)
        participants.append(id);
    QJsonArray volunteers;
    for (const Event::Volunteer &v : e.volunteers)
        volunteers.append(
            QJsonObject{{QStringLiteral("volunteer"), v.volunteerId}, {QStringLiteral("hours"), v.hours}});
    const QJsonObject o{{QStringLiteral("title"), e.title},
                        {QStringLiteral("type"), e.typeId},
                        {QStringLiteral("grid"), e.gridId},
                        {QStringLiteral("place"), e.place},
                        {QStringLiteral("start"), stampOf(e.startsAt)},
                        {QStringLiteral("end"), stampOf(e.endsAt)},
                        {QStringLiteral("organiser"), e.organiser},
                        {QStringLiteral("participants"), participants},
                        {QStringLiteral("extra"), e.extraParticipants},
                        {QStringLiteral("volunteers"), volunteers},
                        {QStringLiteral("cancelled"), e.cancelled}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

EventStore::EventStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult EventStore::failed(const QString &field, const QString &message) const
{
    SaveResult result;
    result.errors.append({field, message, 0});
    return result;
}

QList<FieldError> EventStore::validate(const Event &e) const
{
    QList<FieldError> errors;
    if (e.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Title: enter what the event was."), 0});
    SqlQuery type(m_db, QStringLiteral("SELECT count(*) FROM event_type WHERE id = ?"));
    if (e.typeId <= 0 || !type.exec(e.typeId) || type.scalar().toInt() != 1)
        errors.append({QStringLiteral("type"), tr("Type: choose the kind of event."), 0});
    if (e.gridId > 0) {
        SqlQuery grid(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE id = ?"));
        if (!grid.exec(e.gridId) || grid.scalar().toInt() != 1)
            errors.append({QStringLiteral("grid"), tr("Grid: the chosen grid no longer exists."), 0});
    }
    if (!e.startsAt.isValid())
        errors.append({QStringLiteral("start"), tr("Start: enter when the event began."), 0});
    if (!e.endsAt.isValid())
        errors.append({QStringLiteral("end"), tr("End: enter when the event ended."), 0});
    else if (e.startsAt.isValid() && e.endsAt < e.startsAt)
        errors.append({QStringLiteral("end"), tr("End: the event cannot end before it starts."), 0});
    if (e.extraParticipants < 0)
        errors.append(
            {QStringLiteral("extraParticipants"), tr("Other participants: the head count cannot be negative."), 0});
    if (!AttendeeList::isValid(e.participantIds))
        errors.append({QStringLiteral("participants"), tr("Participants: each resident can be listed only once."), 0});
    QSet<qint64> volunteers;
    for (const Event::Volunteer &v : e.volunteers) {
        if (v.volunteerId <= 0 || volunteers.contains(v.volunteerId)) {
            errors.append({QStringLiteral("volunteers"), tr("Volunteers: each volunteer can be listed only once."), 0});
            break;
        }
        volunteers.insert(v.volunteerId);
        const double hours = v.hours == 0 ? e.durationHours() : v.hours;
        if (!(hours > 0) || hours > 24 * 7) {
            errors.append({QStringLiteral("volunteers"),
                           tr("Volunteers: hours served must be more than 0 and at most a week."), 0});
            break;
        }
    }
    return errors;
}

SaveResult EventStore::save(Event &e)
{
    // A grid worker records events of their own grids and adds their residents to community-wide ones.
    if (const QString why = e.gridId > 0 ? m_scope.gridRefusal(m_db, e.gridId) : m_scope.editRefusal(); !why.isEmpty())
        return failed(e.gridId > 0 ? QStringLiteral("grid") : QString(), why);
    e.title = e.title.trimmed();
    SaveResult result;
    result.errors = validate(e);
    if (!result.errors.isEmpty())
        return result;
    // Hours left at 0 mean "the whole event", to the tenth of an hour.
    for (Event::Volunteer &v : e.volunteers)
        if (v.hours == 0)
            v.hours = qRound(e.durationHours() * 10) / 10.0;

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const bool isNew = e.id == 0;
    const std::optional<Event> before = isNew ? std::nullopt : event(e.id);
    if (!isNew && !before)
        return failed(QString(), tr("This event no longer exists."));
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO event (title, type_id, grid_id, place, starts_at, ends_at, "
                                        "organiser, extra_participants, notes, cancelled, user_name, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        if (!q.exec(e.title, e.typeId, idOrNull(e.gridId), textOrNull(e.place), stampOf(e.startsAt), stampOf(e.endsAt),
                    textOrNull(e.organiser), e.extraParticipants, textOrNull(e.notes), textOrNull(m_scope.userName()),
                    stamp, stamp))
            return failed(QString(), tr("The event could not be saved."));
        e.id = q.lastInsertId();
        e.cancelled = false;
        e.rowVersion = 1;
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE event SET title = ?, type_id = ?, grid_id = ?, place = ?, "
                                        "starts_at = ?, ends_at = ?, organiser = ?, extra_participants = ?, notes = ?, "
                                        "user_name = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND "
                                        "row_version = ?"));
        if (!q.exec(e.title, e.typeId, idOrNull(e.gridId), textOrNull(e.place), stampOf(e.startsAt), stampOf(e.endsAt),
                    textOrNull(e.organiser), e.extraParticipants, textOrNull(e.notes), textOrNull(m_scope.userName()),
                    stamp, e.id, e.rowVersion))
            return failed(QString(), tr("The event could not be saved."));
        if (q.numRowsAffected() != 1)
            return failed(QString(), tr("This event was changed by someone else since you opened it; please reopen "
                                        "it and make your change again."));
        ++e.rowVersion;
        e.cancelled = before->cancelled;
    }
    if (!writeLists(e))
        return failed(QStringLiteral("participants"), tr("The event's participants could not be saved."));
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("event"), e.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? eventJson(*before) : QString(), eventJson(e)) ||
        !tx.commit())
        return failed(QString(), tr("The event could not be saved; nothing was changed."));
    result.ok = true;
    result.id = e.id;
    return result;
}

bool EventStore::writeLists(const Event &e)
{
    // The lists are replaced whole: they are the event's record, not history of their own. Only
    // events have volunteer hours (they count in the volunteers' service records).
    SqlQuery clearV(m_db, QStringLiteral("DELETE FROM event_volunteer WHERE event_id = ?"));
    if (!participantList().write(e.id, e.participantIds) || !clearV.exec(e.id))
        return false;
    SqlQuery v(m_db,
               QStringLiteral("INSERT INTO event_volunteer (event_id, volunteer_id, hours, role) VALUES (?, ?, ?, ?)"));
    for (const Event::Volunteer &vol : e.volunteers)
        if (!v.exec(e.id, vol.volunteerId, vol.hours, textOrNull(vol.role)))
            return false;
    return true;
}

std::optional<Event> EventStore::event(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, title, type_id, grid_id, place, starts_at, ends_at, organiser, "
                                    "extra_participants, notes, cancelled, row_version FROM event e WHERE id = ?") +
                         EventRows::events(m_scope, QStringLiteral("e")));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.typeId = q.value(2).toLongLong();
    e.gridId = q.value(3).toLongLong();
    e.place = q.value(4).toString();
    e.startsAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    e.endsAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    e.organiser = q.value(7).toString();
    e.extraParticipants = q.value(8).toInt();
    e.notes = q.value(9).toString();
    e.cancelled = q.value(10).toInt() != 0;
    e.rowVersion = q.value(11).toInt();
    e.participantIds = participantList().read(id);
    SqlQuery v(m_db, QStringLiteral("SELECT volunteer_id, hours, role FROM event_volunteer WHERE event_id = ? ORDER BY "
                                    "volunteer_id"));
    if (v.exec(id))
        while (v.next())
            e.volunteers.append({v.value(0).toLongLong(), v.value(1).toDouble(), v.value(2).toString()});
    return e;
}

SaveResult EventStore::cancel(qint64 id)
{
    return setCancelled(id, true);
}

SaveResult EventStore::reinstate(qint64 id)
{
    return setCancelled(id, false);
}

SaveResult EventStore::setCancelled(qint64 id, bool cancelled)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    const std::optional<Event> before = event(id);
    if (!before)
        return failed(QString(), tr("This event no longer exists."));
    if (before->cancelled == cancelled)
        return failed(QString(),
                      cancelled ? tr("This event is already cancelled.") : tr("This event is not cancelled."));
    // A community-wide event is the office's to cancel; a grid's event, that grid's.
    if (const QString why = before->gridId > 0 ? m_scope.gridRefusal(m_db, before->gridId) : m_scope.officeRefusal();
        !why.isEmpty())
        return failed(QString(), why);
    const QString notSaved =
        cancelled ? tr("The event could not be cancelled.") : tr("The event could not be reinstated.");
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE event SET cancelled = ?, updated_at = ?, user_name = ?, row_version = "
                                    "row_version + 1 WHERE id = ? AND cancelled = ?"));
    if (!q.exec(cancelled ? 1 : 0, SqlValues::now(), textOrNull(m_scope.userName()), id, cancelled ? 0 : 1) ||
        q.numRowsAffected() != 1)
        return failed(QString(), notSaved);
    Event after = *before;
    after.cancelled = cancelled;
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("event"), id, cancelled ? QStringLiteral("cancel") : QStringLiteral("restore"),
                     eventJson(*before), eventJson(after)) ||
        !tx.commit())
        return failed(QString(), notSaved);
    return {true, id, {}, {}};
}

AttendeeList EventStore::participantList() const
{
    return AttendeeList(m_db, m_scope, AttendeeList::Table::EventParticipants);
}

EditableList EventStore::typeList() const
{
    return EditableList(m_db, m_scope, EditableList::Table::EventTypes,
                        {tr("Name: enter the name of the event type."), tr("Name: there is already a type called %1."),
                         tr("The event type could not be saved."), tr("The event type could not be archived.")});
}

QList<ListEntry> EventStore::types(bool includeArchived) const
{
    return typeList().entries(includeArchived);
}

SaveResult EventStore::saveType(ListEntry &type)
{
    return typeList().save(type);
}

SaveResult EventStore::archiveType(qint64 id)
{
    return typeList().archive(id);
}

QList<EventStore::VolunteerChoice> EventStore::volunteerChoices() const
{
    // A grid worker picks from the volunteers who live in their grids and those who live in none
    // (outside volunteers), as the server's row-level security lets their login read.
    const QString residents = RegisterRows::residents(m_scope, QStringLiteral("resident_id"));
    SqlQuery q(m_db,
               QStringLiteral("SELECT v.id, v.name, coalesce(r.birth_date, ''), c.name, b.name, h.unit, "
                              "h.room, v.phone FROM volunteer v LEFT JOIN resident r ON r.id = v.resident_id LEFT JOIN "
                              "household h ON h.id = r.household_id LEFT JOIN building b ON b.id = "
                              "h.building_id LEFT JOIN compound c ON c.id = b.compound_id WHERE v.status = "
                              "'active'") +
                   (residents.isEmpty() ? QString()
                                        : QStringLiteral(" AND (v.resident_id IS NULL OR (1 = 1") +
                                              RegisterRows::residents(m_scope, QStringLiteral("v.resident_id")) +
                                              QStringLiteral("))")) +
                   QStringLiteral(" ORDER BY v.name_pinyin, v.name, v.id"));
    QList<VolunteerChoice> list;
    const QDate today = QDate::currentDate();
    if (q.exec())
        while (q.next()) {
            VolunteerChoice v{q.value(0).toLongLong(), q.value(1).toString()};
            v.age = Age::fullYears(QDate::fromString(q.value(2).toString(), Qt::ISODate), today);
            if (!q.value(4).isNull())
                v.address = Address::format(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                            q.value(6).toString());
            v.phoneTail = q.value(7).toString().right(4);
            list.append(v);
        }
    return list;
}
