#include "attendeelist.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "registerrows.h"

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
    // A grid worker reads only their grids' residents off the list, so their save replaces only
    // those: the residents of other grids listed by the office stay on the record.
    const QString visible = RegisterRows::residents(m_scope, QStringLiteral("resident_id"));
    QSet<qint64> hidden;
    if (!visible.isEmpty()) {
        SqlQuery all(m_db, QStringLiteral("SELECT resident_id FROM %1 WHERE %2 = ?").arg(m_table, m_recordColumn));
        if (!all.exec(recordId))
            return false;
        while (all.next())
            hidden.insert(all.value(0).toLongLong());
        for (const qint64 id : read(recordId))
            hidden.remove(id);
    }
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, m_recordColumn) + visible);
    if (!clear.exec(recordId))
        return false;
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO %1 (%2, resident_id) VALUES (?, ?)").arg(m_table, m_recordColumn));
    for (const qint64 id : residentIds)
        if (!hidden.contains(id) && !insert.exec(recordId, id))
            return false;
    return true;
}

QList<qint64> AttendeeList::read(qint64 recordId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT resident_id FROM %1 WHERE %2 = ?").arg(m_table, m_recordColumn) +
                         RegisterRows::residents(m_scope, QStringLiteral("resident_id")) +
                         QStringLiteral(" ORDER BY resident_id"));
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
