#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// How well the grid workers' rounds cover the households, for the Visits page, the dashboard
// and the monthly report: per grid and month the households active that month, how many were
// visited, the coverage %, needs raised and errands done; and the active households nobody
// has visited for N days, living-alone elderly first. Everything stays within the signed-in
// user's grids (AccessScope).
class VisitCoverage final
{
    Q_DECLARE_TR_FUNCTIONS(VisitCoverage)

public:
    struct MonthRow
    {
        qint64 gridId = 0;
        QString gridName;
        int activeHouseholds = 0;
        int visitedHouseholds = 0;
        int visits = 0;
        int needsRaised = 0;
        int errandsDone = 0;
        // visited / active * 100 with one decimal; 0 for a grid without households.
        double percent() const;
        MonthRow &operator+=(const MonthRow &o);
    };
    struct StaleHousehold
    {
        qint64 householdId = 0;
        QString address;
        QString gridName;
        QString head;    // the head of household's name, or the first living member's
        QDate lastVisit; // invalid: never visited
        bool livingAloneElderly = false;
    };

    VisitCoverage(QSqlDatabase db, const AccessScope &scope);

    // Residents this old or older who live alone put their household first (default 60).
    void setElderlyAge(int age) { m_elderlyAge = age; }

    // One row per grid (all grids, or just `gridId`), in grid code order.
    QList<MonthRow> month(int year, int month, qint64 gridId = 0) const;
    // The sum of rows, named "All grids".
    static MonthRow total(const QList<MonthRow> &rows);

    // Active households whose last visit was more than `days` days before `today`, or never.
    // A visit exactly `days` days ago still counts as within the period (not stale).
    QList<StaleHousehold> stale(const QDate &today, int days, qint64 gridId = 0, int limit = 200, int offset = 0) const;
    int staleCount(const QDate &today, int days, qint64 gridId = 0) const;

private:
    QString staleWhere(qint64 gridId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    int m_elderlyAge = 60;
};
