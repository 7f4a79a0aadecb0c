#pragma once

#include "models/access/accessscope.h"

#include "monthlyreportdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

// Gathers a month's report figures from the register, cases, events and volunteer hours. Every
// figure is one indexed query (by received, closed, follow-up, change or start date), so the
// report for a million-resident register takes about as long as counting its living residents.
class MonthlyReportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportQuery)

public:
    MonthlyReportQuery(QSqlDatabase db, const AccessScope &scope);
    void setElderlyAge(int age) { m_elderlyAge = age; }
    // "Now", for cases still open: a report of the running month counts overdue cases as of now.
    void setNow(const QDateTime &now) { m_now = now; }
    void setNotableLimit(int limit) { m_notableLimit = limit; }

    // gridId 0: the whole community. Returns false (and *error) if the database cannot be read.
    bool run(int year, int month, qint64 gridId, MonthlyReportData *data, QString *error = nullptr) const;

private:
    bool registerFigures(MonthlyReportData &d) const;
    bool caseFigures(MonthlyReportData &d) const;
    bool eventFigures(MonthlyReportData &d) const;
    bool trend(MonthlyReportData &d) const;
    // Runs `sql` over the month and grid (bound: from, to, grid, grid) into (name, count) pairs.
    bool namedCounts(const QString &sql, QList<QPair<QString, int>> &counts) const;
    bool categories(MonthlyReportData &d) const;
    bool errandTypes(MonthlyReportData &d) const;
    bool notable(MonthlyReportData &d) const;
    bool birthdays(MonthlyReportData &d) const;
    // The per-grid figures summed per area (片区), when the community has areas.
    void rollUpToAreas(MonthlyReportData &d) const;
    MonthlyReportData::GridRow &row(MonthlyReportData &d, qint64 gridId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    int m_elderlyAge = 60;
    int m_notableLimit = 10;
    QDateTime m_now = QDateTime::currentDateTime();
    // Set by run(): the month as [m_from, m_to) in ISO text, and the grid filter.
    mutable QString m_from;
    mutable QString m_to;
    mutable qint64 m_grid = 0;
    mutable QHash<qint64, int> m_birthdaysPerGridId; // next month's birthdays per grid id
};
