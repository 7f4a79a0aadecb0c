#pragma once

#include "models/access/accessscope.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The residents listed by name on a record (an event's participants, a meeting's attendees): rows of
// (record, resident) in one table, written whole by the record's store inside its transaction and
// read back in resident order. People present but not listed are a head count on the record itself.
class AttendeeList final
{
public:
    enum class Table { EventParticipants, MeetingAttendees };

    // Acts as `scope`: someone who may not edit writes nothing (the store has refused already).
    AttendeeList(QSqlDatabase db, const AccessScope &scope, Table table);

    // Replaces the record's list: it is the record, not history of its own. A grid worker's list
    // holds only their grids' residents (read), and their write leaves the others listed.
    bool write(qint64 recordId, const QList<qint64> &residentIds) const;
    QList<qint64> read(qint64 recordId) const;
    // Each resident at most once, and none without an id.
    static bool isValid(const QList<qint64> &residentIds);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QString m_table;
    QString m_recordColumn; // the event's or meeting's id
};
