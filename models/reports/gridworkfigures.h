#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The grid workers' month in one row per grid (or per area): households visited and the
// coverage, needs raised, errands done, meetings held and decisions followed up, for the
// dashboard and the monthly report. Built from VisitCoverage and MeetingFigures, rolled up with
// GridRollup; community-wide meetings form their own row.
class GridWorkFigures final
{
    Q_DECLARE_TR_FUNCTIONS(GridWorkFigures)

public:
    struct Row
    {
        qint64 id = 0; // grid id, or area id when rolled up; GridRollup::kCommunityWide for meetings without a grid
        QString name;
        int households = 0; // active in the month
        int visited = 0;    // households visited at least once
        int needs = 0;      // needs raised on visits
        int errands = 0;    // errands done
        int meetings = 0;
        int decisions = 0;  // motions carried
        int followedUp = 0; // meeting tasks done
        double coverage() const { return households > 0 ? 100.0 * visited / households : 0; }
        Row &operator+=(const Row &o);
    };

    GridWorkFigures(QSqlDatabase db, const AccessScope &scope);
    void setByArea(bool byArea) { m_byArea = byArea; }
    // Only the grids of one area (GridRollup::kNoArea: grids in no area); -1: every area.
    void setArea(qint64 areaId) { m_areaId = areaId; }

    // One row per grid (or the one grid, or per area), in grid code order; zeros included.
    QList<Row> month(int year, int month, qint64 gridId = 0) const;
    static Row total(const QList<Row> &rows);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_byArea = false;
    qint64 m_areaId = -1;
};
