#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>

// Hours of service: attendance per assignment (attended / absent), an attended shift counts
// its length unless a clerk edited the hours with a reason, and hours served at community
// events (event_volunteer, not cancelled events) count too.
class ServiceRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecords)

public:
    struct Record
    {
        QString kind;        // "shift" or "event"
        qint64 sourceId = 0; // assignment or event id
        qint64 volunteerId = 0;
        QDateTime start;
        QDateTime end;
        qreal hours = 0;
        QString title; // the post or the event
        qint64 gridId = 0;
        qint64 teamId = 0; // the post's team
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    ServiceRecords(QSqlDatabase db, const AccessScope &scope);

    // attendance: "attended", "absent" or "" (not recorded).
    SaveResult setAttendance(qint64 assignmentId, const QString &attendance);
    // A reason is required; the change is kept in volunteer_hour_adjustment and the audit log.
    SaveResult editHours(qint64 assignmentId, qreal hours, const QString &reason);
    // The hours an assignment counts: 0 unless attended; the edited hours, else the shift's length.
    qreal hoursOf(qint64 assignmentId) const;

    // Attended shifts and event service starting on [from, to], by start.
    QList<Record> history(qint64 volunteerId, const QDate &from = QDate(1900, 1, 1),
                          const QDate &to = QDate(2999, 12, 31)) const;
    qreal totalHours(qint64 volunteerId, const QDate &from = QDate(1900, 1, 1),
                     const QDate &to = QDate(2999, 12, 31)) const;

    // The union of counted service as SQL, columns: volunteer_id, kind, source_id, starts_at,
    // ends_at, hours, title, grid_id, team_id. Each arm is limited to starts_at in [?, ?) and,
    // with byVolunteer, volunteer_id = ?; bind with bindings().
    static QString recordsSql(bool byVolunteer);
    static QVariantList bindings(const QDate &from, const QDate &to, qint64 volunteerId = 0);
    static qreal roundHours(qreal hours) { return qRound(hours * 100) / 100.0; }

private:
    SaveResult failed(const QString &message, const QString &field = QString()) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
