#pragma once

#include "models/access/accessscope.h"

#include "volunteer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// What is wrong with putting a volunteer on a shift: another shift of theirs overlaps it
// (double booking), it falls outside their available days or hours, or they are not active.
// And the gaps of a rota: shifts with fewer volunteers than they need.
class RosterConflicts final
{
    Q_DECLARE_TR_FUNCTIONS(RosterConflicts)

public:
    enum class Kind { DoubleBooked, Unavailable, Inactive };
    struct Conflict
    {
        Kind kind = Kind::DoubleBooked;
        qint64 otherShiftId = 0;
        QString text; // translated
    };
    struct Gap
    {
        qint64 shiftId = 0;
        QString postName;
        QDateTime start;
        QDateTime end;
        int needed = 0;
        int assigned = 0;
    };

    RosterConflicts(QSqlDatabase db, const AccessScope &scope);

    // Half-open intervals: a shift ending at 11:00 and one starting at 11:00 do not overlap.
    static bool overlaps(const QDateTime &startA, const QDateTime &endA, const QDateTime &startB,
                         const QDateTime &endB);
    // Whether [start, end) lies within the volunteer's available days and hours.
    static bool isAvailable(const Volunteer &volunteer, const QDateTime &start, const QDateTime &end);

    // Conflicts of putting the volunteer on the shift; assignments in `ignoring` do not count
    // (a swap checks each side without the assignment it gives up).
    QList<Conflict> check(qint64 volunteerId, qint64 shiftId, const QList<qint64> &ignoring = {}) const;
    // Shifts starting on [from, to] that need more volunteers, by start.
    QList<Gap> gaps(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
