#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "shiftrecurrence.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Posts (岗位), their shifts and who is assigned to them. Shifts made from a weekly pattern are
// written in one transaction; assignments are never deleted (unassigning marks them removed),
// so a swap or a substitute leaves a trace of who was on the rota before.
class RosterStore final
{
    Q_DECLARE_TR_FUNCTIONS(RosterStore)

public:
    struct Post
    {
        qint64 id = 0;
        QString name;
        QString location;
        qint64 gridId = 0;
        qint64 teamId = 0;
        int needed = 1;
        QString notes;
        bool archived = false;
    };
    struct Assignment
    {
        qint64 id = 0;
        qint64 shiftId = 0;
        qint64 volunteerId = 0;
        QString name;
        QString attendance; // "", attended, absent
        bool hoursEdited = false;
        qreal hours = 0; // edited hours, else the shift's length
        QString hoursReason;
        qint64 substituteFor = 0;
    };
    struct Shift
    {
        qint64 id = 0;
        qint64 postId = 0;
        QString postName;
        QDateTime start; // wall clock (see ShiftRecurrence)
        QDateTime end;
        int needed = 1;
        bool cancelled = false;
        QList<Assignment> assignments; // active ones, by name
        qreal hours() const { return start.secsTo(end) / 3600.0; }
        bool isUnderStaffed() const { return !cancelled && assignments.size() < needed; }
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    RosterStore(QSqlDatabase db, const AccessScope &scope);

    SaveResult savePost(Post &post);
    QList<Post> posts(bool includeArchived = false) const;

    // Makes every shift of the pattern for the post in one transaction; result.id is the
    // pattern's id and *created the number of shifts made.
    SaveResult generateShifts(qint64 postId, const ShiftRecurrence::Pattern &pattern, int needed,
                              int *created = nullptr);
    SaveResult addShift(qint64 postId, const QDateTime &start, const QDateTime &end, int needed);
    SaveResult cancelShift(qint64 shiftId);
    // The shifts a pattern made, by start.
    QList<qint64> patternShifts(qint64 patternId) const;
    // Undo and redo of making shifts (ShiftPatternRevision): cancels the shifts, or puts them back,
    // in one transaction, each with its audit row; refused, changing nothing, when any of them
    // changed since (already cancelled or back, or a volunteer assigned meanwhile).
    SaveResult setShiftsCancelled(const QList<qint64> &shiftIds, bool cancelled);
    std::optional<Shift> shift(qint64 id) const;
    // Shifts starting on [from, to] (dates inclusive), by start and post, with their assignments.
    QList<Shift> shifts(const QDate &from, const QDate &to, bool includeCancelled = false) const;
    std::optional<Assignment> assignment(qint64 id) const;

    // Refused if the volunteer is not active, already on the shift, or on an overlapping shift;
    // outside their available days or hours it is saved with a warning.
    SaveResult assign(qint64 shiftId, qint64 volunteerId);
    SaveResult unassign(qint64 assignmentId);
    // The two volunteers exchange their shifts.
    SaveResult swap(qint64 assignmentA, qint64 assignmentB);
    // Another volunteer takes over an assignment; the first is marked removed.
    SaveResult substitute(qint64 assignmentId, qint64 volunteerId);

private:
    SaveResult failed(const QString &message, const QString &field = QString()) const;
    // Inserts an assignment after the conflict checks, inside the caller's transaction.
    SaveResult insertAssignment(qint64 shiftId, qint64 volunteerId, qint64 substituteFor,
                                const QList<qint64> &ignoring);
    bool markRemoved(qint64 assignmentId);
    QList<Assignment> assignmentsOf(qint64 shiftId, qreal shiftHours) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
