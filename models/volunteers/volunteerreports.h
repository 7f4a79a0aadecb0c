#pragma once

#include "models/access/accessscope.h"

#include "rosterstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The views of the rosters: the week as days × posts, totals per team and per grid for a
// month, and the volunteers with the most hours.
class VolunteerReports final
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerReports)

public:
    struct RotaWeek
    {
        QDate monday;
        QList<RosterStore::Post> posts;                // rows: active posts, plus any with a shift this week
        QList<QList<QList<RosterStore::Shift>>> cells; // [post][day 0..6] shifts by start
        int shiftCount = 0;
        int gapCount = 0; // under-staffed shifts
    };
    struct Total
    {
        qint64 id = 0; // team, grid or volunteer; 0: none
        QString name;
        qreal hours = 0;
        int volunteers = 0;
        int records = 0;
    };

    VolunteerReports(QSqlDatabase db, const AccessScope &scope);

    static QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }
    RotaWeek week(const QDate &anyDay) const;
    // Hours served in the month by the members of each team at the time of service.
    QList<Total> teamTotals(int year, int month) const;
    // Hours served in the month at each grid's posts and events, in grid order (by code);
    // community-wide ones last, as id 0.
    QList<Total> gridTotals(int year, int month) const;
    QList<Total> topVolunteers(const QDate &from, const QDate &to, int limit = 10) const;

private:
    QList<Total> totals(const QString &sql, const QVariantList &bindings) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
