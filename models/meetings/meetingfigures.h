#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

// Deliberation figures per grid for one month, for the dashboard and the monthly report: the
// meetings held in the month, the motions they carried (decisions made), and how the follow-up
// tasks of those meetings stand (decisions followed up): done by the due date, done late, past
// due and not done (overdue), not yet due. Community-wide and compound meetings count as grid
// 0. A grid worker's figures cover their grids only. Roll up to areas with GridRollup::sum.
class MeetingFigures final
{
public:
    struct Figures
    {
        int meetings = 0;
        int decisions = 0; // motions carried
        int tasks = 0;
        int doneOnTime = 0;
        int doneLate = 0;
        int overdue = 0; // not done, due before today
        int open = 0;    // not done, not yet due

        int followedUp() const { return doneOnTime + doneLate; }
        Figures &operator+=(const Figures &o)
        {
            meetings += o.meetings;
            decisions += o.decisions;
            tasks += o.tasks;
            doneOnTime += o.doneOnTime;
            doneLate += o.doneLate;
            overdue += o.overdue;
            open += o.open;
            return *this;
        }
    };

    MeetingFigures(QSqlDatabase db, const AccessScope &scope);
    void setToday(const QDate &today) { m_today = today; }

    QHash<qint64, Figures> perGrid(int year, int month) const;
    static Figures total(const QHash<qint64, Figures> &perGrid);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today = QDate::currentDate();
};
