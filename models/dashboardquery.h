#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVector>

// The figures behind every chart of the dashboard, for a period [from, to] (whole days) and
// optionally one grid. "Received" counts cases by received_at in the period, "resolved" by
// closed_at in the period; cancelled events are left out. Each figure is one indexed query
// (cases_received, cases_closed, event_start), grouped in SQL; nothing loads whole tables.
class DashboardQuery final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQuery)

public:
    struct GridCases
    {
        qint64 gridId = 0; // 0: cases without a grid
        QString grid;
        int received = 0;         // received in the period
        int resolved = 0;         // closed in the period (whenever received)
        int receivedResolved = 0; // of those received in the period, closed by now
        double medianDays = -1;   // days from receipt to closure of those closed in the period; -1: none
        double rate() const { return received > 0 ? double(receivedResolved) / received : 0; }
    };
    struct MonthCases
    {
        QDate month; // first day
        int received = 0;
        int resolved = 0;
    };
    struct CategoryCases
    {
        qint64 categoryId = 0;
        QString category;
        int received = 0;
    };
    struct GridEvents
    {
        qint64 gridId = 0; // 0: community-wide
        QString grid;
        QVector<int> perMonth; // one per month of months(from, to)
        int events = 0;
        int listed = 0; // residents listed by name
        int extra = 0;  // head count of others
        int participants() const { return listed + extra; }
    };

    explicit DashboardQuery(QSqlDatabase db);
    void setPeriod(const QDate &from, const QDate &to);
    void setGrid(qint64 gridId) { m_gridId = gridId; } // 0: every grid
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    // One row per active grid (or the chosen grid), zeros included, then "no grid" if any.
    QList<GridCases> casesPerGrid() const;
    // The 12 months ending with the month of to(), zeros included.
    QList<MonthCases> casesPerMonth() const;
    // Every category in list order, zeros included.
    QList<CategoryCases> casesPerCategory() const;
    // Events and participants per grid (per month over months(from, to)); community-wide last.
    QList<GridEvents> eventsPerGrid() const;

    // The first day of every month the period touches.
    static QList<QDate> months(const QDate &from, const QDate &to);
    // The median of a list (mean of the middle two for an even count); -1 when empty.
    static double median(QList<double> values);

private:
    QList<std::pair<qint64, QString>> gridRows() const;
    QString gridClause(const char *column) const;

    QSqlDatabase m_db;
    QDate m_from;
    QDate m_to;
    qint64 m_gridId = 0;
};
