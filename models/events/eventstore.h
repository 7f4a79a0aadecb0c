#pragma once

#include "models/access/accessscope.h"

#include "event.h"
#include "models/core/fielderror.h"
#include "models/register/attendeelist.h"
#include "models/register/editablelist.h"
#include "models/register/listentry.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Records community events with their participants and volunteer hours, each save one
// transaction with its audit row. Events are cancelled, never deleted; event types are
// added, renamed and archived.
class EventStore final
{
    Q_DECLARE_TR_FUNCTIONS(EventStore)

public:
    struct VolunteerChoice
    {
        qint64 id = 0;
        QString name;
        // What tells two volunteers of the same name apart: age (-1: unknown) and home address
        // (of a volunteer from the register; empty for one from outside).
        int age = -1;
        QString address;
        QString phoneTail; // the last four digits of their phone, for one from outside
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    EventStore(QSqlDatabase db, const AccessScope &scope);

    // Inserts (id 0) or updates an event with its whole participant and volunteer lists.
    // A volunteer's hours of 0 become the event's duration.
    SaveResult save(Event &event);
    std::optional<Event> event(qint64 id) const;
    SaveResult cancel(qint64 id);
    // Takes a cancellation back (an undone "add event" redone), with its audit row.
    SaveResult reinstate(qint64 id);

    QList<ListEntry> types(bool includeArchived = false) const;
    // Adds (id 0) or renames a type.
    SaveResult saveType(ListEntry &type);
    SaveResult archiveType(qint64 id);

    // Active volunteers (the volunteer table), by name, for the hours table of the form.
    QList<VolunteerChoice> volunteerChoices() const;

private:
    SaveResult setCancelled(qint64 id, bool cancelled);
    AttendeeList participantList() const;
    EditableList typeList() const;
    QList<FieldError> validate(const Event &event) const;
    bool writeLists(const Event &event);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
