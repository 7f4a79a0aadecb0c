#pragma once

#include "models/access/accessscope.h"

#include "meeting.h"
#include "models/core/fielderror.h"
#include "models/register/attendeelist.h"
#include "models/register/editablelist.h"
#include "models/register/eventtype.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Records deliberation meetings with their attendees, linked cases, motions and follow-up
// tasks: each save is one transaction with its audit row. Meetings, motions and tasks are
// archived, never deleted. Saves check that the signed-in user may edit the meeting's grid.
class MeetingStore final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    MeetingStore(QSqlDatabase db, const AccessScope &scope);

    // Inserts (id 0) or updates a meeting with its whole lists. Motions and tasks keep their
    // ids; those left out of the lists are archived. Each motion's decision is set from its votes.
    SaveResult save(Meeting &meeting);
    std::optional<Meeting> meeting(qint64 id) const;
    SaveResult archive(qint64 id);
    // Marks a follow-up task done (invalid date: not done).
    SaveResult setTaskDone(qint64 taskId, const QDate &doneOn);

    // The kinds of meeting (党群议事厅, 小区议事会, …), an editable list like event types.
    QList<EventType> kinds(bool includeArchived = false) const;
    SaveResult saveKind(EventType &kind);
    SaveResult archiveKind(qint64 id);

    // "2026-0012 Broken lift in building 3" for each case.
    QList<Choice> caseLabels(const QList<qint64> &ids) const;
    // Cases whose number or description contains the text, newest first, that the user may see.
    QList<Choice> findCases(const QString &text, int limit = 20) const;

private:
    AttendeeList attendeeList() const;
    EditableList kindList() const;
    QList<FieldError> validate(const Meeting &meeting) const;
    bool writeLists(Meeting &meeting);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
