#include "attendeelist.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"

#include <QSet>

AttendeeList::AttendeeList(QSqlDatabase db, const AccessScope &scope, Table table)
    : m_db(std::move(db))
    , m_scope(scope)
{
    // Constants per list: the only text that ever becomes part of the SQL.
    switch (table) {
    case Table::EventParticipants:
        m_table = QStringLiteral("event_participant");
        m_recordColumn = QStringLiteral("event_id");
        break;
    case Table::MeetingAttendees:
        m_table = QStringLiteral("meeting_attendee");
        m_recordColumn = QStringLiteral("meeting_id");
        break;
    }
}

bool AttendeeList::write(qint64 recordId, const QList<qint64> &residentIds) const
{
    if (!m_scope.editRefusal().isEmpty())
        return false;
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, m_recordColumn));
    if (!clear.exec(recordId))
        return false;
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO %1 (%2, resident_id) VALUES (?, ?)").arg(m_table, m_recordColumn));
    for (const qint64 id : residentIds)
        if (!insert.exec(recordId, id))
            return false;
    return true;
}

QList<qint64> AttendeeList::read(qint64 recordId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT resident_id FROM %1 WHERE %2 = ? ORDER BY resident_id").arg(m_table, m_recordColumn));
    QList<qint64> ids;
    if (q.exec(recordId))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

bool AttendeeList::isValid(const QList<qint64> &residentIds)
{
    QSet<qint64> seen;
    for (const qint64 id : residentIds) {
        if (id <= 0 || seen.contains(id))
            return false;
        seen.insert(id);
    }
    return true;
}
