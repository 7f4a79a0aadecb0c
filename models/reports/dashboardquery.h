#pragma once

#include "models/access/accessscope.h"

#include <memory>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVector>

class GridRollup;
class SqlQuery;

// The figures behind every chart of the dashboard, for a period [from, to] (whole days) and
// optionally one grid. "Received" counts cases by received_at in the period, "resolved" by
// closed_at in the period; cancelled events are left out. Each figure is one indexed query
// (cases_received, cases_closed, event_start), grouped in SQL; nothing loads whole tables.
// Case figures of whole months come from the CaseSummary tables.
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

    DashboardQuery(QSqlDatabase db, const AccessScope &scope);
    void setPeriod(const QDate &from, const QDate &to);
    void setGrid(qint64 gridId) { m_gridId = gridId; } // 0: every grid
    // Per-grid figures rolled up to areas (片区): rows are then keyed by area id (see GridRollup;
    // GridRollup::kCommunityWide for cases or events without a grid). Ignored for one grid.
    void setByArea(bool byArea);
    bool byArea() const { return m_rollup && m_gridId == 0 && m_areaId < 0; }
    // Only the grids of one area (GridRollup::kNoArea: grids in no area); -1: every area.
    void setArea(qint64 areaId);
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
    static double medianOf(QList<int> values);

private:
    // The period as whole months [fromMonth, untilMonth) read from the summary, plus day ranges
    // [from, until) of partial months read from the cases.
    struct Span
    {
        QString fromMonth;
        QString untilMonth;
        QList<std::pair<QDate, QDate>> raw;
    };
    Span span() const;
    bool activity(const QDate &from, const QDate &until) const;
    QString scopeClause(const char *column) const;
    void bindGrid(SqlQuery &q) const;
    QList<std::pair<qint64, QString>> gridRows() const;
    QString gridClause(const char *column) const;

    qint64 keyOf(qint64 gridId) const;
    QString rowName(qint64 key, const QString &noGrid) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    std::shared_ptr<const GridRollup> m_rollup;
    qint64 m_areaId = -1;
    QList<qint64> m_areaGrids;
    QDate m_from;
    QDate m_to;
    qint64 m_gridId = 0;
};
