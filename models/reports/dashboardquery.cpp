#include "dashboardquery.h"

#include "models/access/accessscope.h"
#include "models/cases/caserows.h"
#include "models/cases/casesummary.h"
#include "models/core/sqlquery.h"
#include "models/events/eventrows.h"
#include "models/grids/gridrollup.h"
#include "models/register/registerrows.h"

#include <algorithm>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace {

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString monthKey(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

DashboardQuery::DashboardQuery(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{
    const QDate today = QDate::currentDate();
    setPeriod(QDate(today.year(), today.month(), 1), today);
}

void DashboardQuery::setPeriod(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to < from ? from : to;
}

QString DashboardQuery::gridClause(const char *column) const
{
    // A constant fragment; the grid id itself is bound.
    return m_gridId > 0 ? QStringLiteral(" AND %1 = ?").arg(QLatin1String(column)) : QString();
}

void DashboardQuery::setArea(qint64 areaId)
{
    m_areaId = areaId;
    m_areaGrids = areaId >= 0 ? GridRollup(m_db, m_scope).gridsOf(areaId) : QList<qint64>();
}

void DashboardQuery::setByArea(bool byArea)
{
    if (byArea)
        m_rollup = std::make_shared<GridRollup>(m_db);
    else
        m_rollup.reset();
}

qint64 DashboardQuery::keyOf(qint64 gridId) const
{
    // By area, cases and events without a grid share GridRollup::kCommunityWide.
    return byArea() ? m_rollup->areaOf(gridId) : gridId;
}

QString DashboardQuery::rowName(qint64 key, const QString &noGrid) const
{
    if (byArea())
        return key == GridRollup::kCommunityWide ? noGrid : m_rollup->areaName(key);
    if (key <= 0)
        return noGrid;
    SqlQuery name(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
    return name.exec(key) ? name.scalar().toString() : QString();
}

QList<std::pair<qint64, QString>> DashboardQuery::gridRows() const
{
    QList<std::pair<qint64, QString>> rows;
    if (byArea()) {
        // A grid worker's dashboard holds the areas of their own grids only.
        QSet<qint64> own;
        if (!m_scope.seesAllGrids())
            for (qint64 grid : m_scope.gridIds())
                own.insert(m_rollup->areaOf(grid));
        for (qint64 area : m_rollup->areaIds())
            if (m_scope.seesAllGrids() || own.contains(area))
                rows.append({area, m_rollup->areaName(area)});
        return rows;
    }
    const QString own = RegisterRows::grids(m_scope, QStringLiteral("id"));
    SqlQuery q(m_db, (m_gridId > 0 ? QStringLiteral("SELECT id, name FROM grid WHERE id = ?")
                                   : QStringLiteral("SELECT id, name FROM grid WHERE archived = 0")) +
                         own + (m_gridId > 0 ? QString() : QStringLiteral(" ORDER BY code, id")));
    if (m_gridId > 0 ? q.exec(m_gridId) : q.exec())
        while (q.next())
            if (m_gridId > 0 || m_areaId < 0 || m_areaGrids.contains(q.value(0).toLongLong()))
                rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    return rows;
}

DashboardQuery::Span DashboardQuery::span() const
{
    // Whole months come from the summary (CaseSummary); a month the period covers only in part is
    // read from the cases themselves, unless nothing happened on its days outside the period
    // (typically: the period ends today), in which case the whole month's summary is exact.
    Span s;
    const QDate until = m_to.addDays(1);
    QDate wholeFrom(m_from.year(), m_from.month(), 1);
    QDate wholeUntil = QDate(m_to.year(), m_to.month(), 1).addMonths(1);
    auto quietOutside = [&](const QDate &monthStart, const QDate &a, const QDate &b) {
        const QDate monthEnd = monthStart.addMonths(1);
        return (a <= monthStart || !activity(monthStart, a)) && (b >= monthEnd || !activity(b, monthEnd));
    };
    if (wholeFrom.addMonths(1) == wholeUntil) { // one month
        if (!quietOutside(wholeFrom, m_from, until)) {
            s.raw.append({m_from, until});
            wholeFrom = wholeUntil;
        }
    } else {
        if (m_from != wholeFrom && !quietOutside(wholeFrom, m_from, wholeFrom.addMonths(1))) {
            s.raw.append({m_from, wholeFrom.addMonths(1)});
            wholeFrom = wholeFrom.addMonths(1);
        }
        const QDate lastMonth = wholeUntil.addMonths(-1);
        if (until != wholeUntil && !quietOutside(lastMonth, lastMonth, until)) {
            s.raw.append({lastMonth, until});
            wholeUntil = lastMonth;
        }
    }
    s.fromMonth = monthKey(wholeFrom);
    s.untilMonth = monthKey(wholeUntil);
    return s;
}

bool DashboardQuery::activity(const QDate &from, const QDate &until) const
{
    // Two index probes (cases_received, cases_closed).
    SqlQuery received(m_db, QStringLiteral("SELECT 1 FROM cases WHERE received_at >= ? AND received_at < ? LIMIT 1"));
    SqlQuery closed(m_db, QStringLiteral("SELECT 1 FROM cases WHERE closed_at >= ? AND closed_at < ? LIMIT 1"));
    return !received.exec(day(from), day(until)) || received.next() || !closed.exec(day(from), day(until)) ||
           closed.next();
}

QString DashboardQuery::scopeClause(const char *column) const
{
    QString clause = gridClause(column) + RegisterRows::grids(m_scope, QLatin1String(column));
    if (m_gridId == 0 && m_areaId >= 0) {
        // The area's grid ids come from the database, never from typed text.
        QStringList ids{QStringLiteral("-1")};
        for (qint64 id : m_areaGrids)
            ids << QString::number(id);
        clause += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), ids.join(QLatin1Char(',')));
    }
    return clause;
}

void DashboardQuery::bindGrid(SqlQuery &q) const
{
    if (m_gridId > 0)
        q.bind(m_gridId);
}

QList<DashboardQuery::GridCases> DashboardQuery::casesPerGrid() const
{
    QList<GridCases> rows;
    QHash<qint64, int> index;
    for (const auto &[id, name] : gridRows()) {
        index.insert(id, int(rows.size()));
        rows.append({id, name});
    }
    auto rowForKey = [&](qint64 key) -> GridCases & {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return rows[*it];
        // A grid archived since, or no grid at all: shown after the active ones.
        GridCases extra;
        extra.gridId = key;
        extra.grid = rowName(key, tr("No grid"));
        index.insert(key, int(rows.size()));
        rows.append(extra);
        return rows.last();
    };
    auto rowFor = [&](qint64 gridId) -> GridCases & { return rowForKey(keyOf(gridId)); };
    QHash<qint64, QList<int>> minutes; // per row, minutes to close of the cases closed in the period
    const Span s = span();

    SqlQuery months(m_db, QStringLiteral("SELECT grid_id, sum(received), sum(received_closed), sum(closed) FROM "
                                         "case_month WHERE month >= ? AND month < ?") +
                              scopeClause("grid_id") + QStringLiteral(" GROUP BY grid_id"));
    months.bind(s.fromMonth).bind(s.untilMonth);
    bindGrid(months);
    if (months.exec())
        while (months.next()) {
            if (months.value(1).toInt() == 0 && months.value(3).toInt() == 0)
                continue;
            GridCases &r = rowFor(months.value(0).toLongLong());
            r.received += months.value(1).toInt();
            r.receivedResolved += months.value(2).toInt();
            r.resolved += months.value(3).toInt();
        }
    SqlQuery times(m_db,
                   QStringLiteral("SELECT grid_id, minutes FROM case_close_minutes WHERE month >= ? AND month < ?") +
                       scopeClause("grid_id"));
    times.bind(s.fromMonth).bind(s.untilMonth);
    bindGrid(times);
    if (times.exec())
        while (times.next())
            minutes[keyOf(times.value(0).toLongLong())] += CaseSummary::parseMinutes(times.value(1).toString());

    for (const auto &[from, until] : s.raw) {
        // Covered by cases_received (received_at, grid_id, status, closed_at, ...). Grouping by an
        // expression keeps the planner on that range rather than a skip-scan of cases_grid.
        SqlQuery received(m_db, QStringLiteral("SELECT coalesce(grid_id, 0), count(*), count(closed_at) FROM cases "
                                               "WHERE received_at >= ? AND received_at < ?") +
                                    scopeClause("grid_id") + CaseRows::live(QStringLiteral("cases")) +
                                    QStringLiteral(" GROUP BY coalesce(grid_id, 0)"));
        received.bind(day(from)).bind(day(until));
        bindGrid(received);
        if (received.exec())
            while (received.next()) {
                GridCases &r = rowFor(received.value(0).toLongLong());
                r.received += received.value(1).toInt();
                r.receivedResolved += received.value(2).toInt();
            }
        // Covered by cases_closed (closed_at, grid_id, received_at).
        SqlQuery closed(m_db, QStringLiteral("SELECT coalesce(grid_id, 0), received_at, closed_at FROM cases WHERE "
                                             "closed_at >= ? AND closed_at < ?") +
                                  scopeClause("grid_id") + CaseRows::live(QStringLiteral("cases")));
        closed.bind(day(from)).bind(day(until));
        bindGrid(closed);
        if (closed.exec())
            while (closed.next()) {
                const qint64 grid = closed.value(0).toLongLong();
                rowFor(grid).resolved += 1;
                minutes[keyOf(grid)].append(
                    int(CaseSummary::minutesToClose(QDateTime::fromString(closed.value(1).toString(), Qt::ISODate),
                                                    QDateTime::fromString(closed.value(2).toString(), Qt::ISODate))));
            }
    }
    for (auto it = minutes.begin(); it != minutes.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        const double m = medianOf(it.value());
        rowForKey(it.key()).medianDays = m / (24 * 60);
    }
    return rows;
}

QList<DashboardQuery::MonthCases> DashboardQuery::casesPerMonth() const
{
    const QDate last(m_to.year(), m_to.month(), 1);
    const QDate first = last.addMonths(-11);
    QList<MonthCases> rows;
    QHash<QString, int> index;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        index.insert(monthKey(m), int(rows.size()));
        rows.append({m, 0, 0});
    }
    SqlQuery q(m_db, QStringLiteral("SELECT month, sum(received), sum(closed) FROM case_month WHERE month >= ? AND "
                                    "month < ?") +
                         scopeClause("grid_id") + QStringLiteral(" GROUP BY month"));
    q.bind(monthKey(first)).bind(monthKey(last.addMonths(1)));
    bindGrid(q);
    if (q.exec())
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toString());
            if (it != index.constEnd()) {
                rows[*it].received = q.value(1).toInt();
                rows[*it].resolved = q.value(2).toInt();
            }
        }
    return rows;
}

QList<DashboardQuery::CategoryCases> DashboardQuery::casesPerCategory() const
{
    QList<CategoryCases> rows;
    QHash<qint64, int> index;
    SqlQuery categories(m_db, QStringLiteral("SELECT id, name FROM case_category ORDER BY sort_order, id"));
    if (categories.exec())
        while (categories.next()) {
            index.insert(categories.value(0).toLongLong(), int(rows.size()));
            rows.append({categories.value(0).toLongLong(), categories.value(1).toString(), 0});
        }
    auto add = [&](SqlQuery &q) {
        bindGrid(q);
        if (q.exec())
            while (q.next()) {
                const auto it = index.constFind(q.value(0).toLongLong());
                if (it != index.constEnd())
                    rows[*it].received += q.value(1).toInt();
            }
    };
    const Span s = span();
    SqlQuery months(m_db, QStringLiteral("SELECT category_id, sum(received) FROM case_month WHERE month >= ? AND "
                                         "month < ?") +
                              scopeClause("grid_id") + QStringLiteral(" GROUP BY category_id"));
    months.bind(s.fromMonth).bind(s.untilMonth);
    add(months);
    for (const auto &[from, until] : s.raw) {
        SqlQuery q(
            m_db, QStringLiteral("SELECT category_id, count(*) FROM cases WHERE received_at >= ? AND received_at < ?") +
                      scopeClause("grid_id") + CaseRows::live(QStringLiteral("cases")) +
                      QStringLiteral(" GROUP BY category_id"));
        q.bind(day(from)).bind(day(until));
        add(q);
    }
    return rows;
}

QList<DashboardQuery::GridEvents> DashboardQuery::eventsPerGrid() const
{
    const QList<QDate> monthList = months(m_from, m_to);
    QHash<QString, int> monthIndex;
    for (int i = 0; i < monthList.size(); ++i)
        monthIndex.insert(monthKey(monthList.at(i)), i);
    QList<GridEvents> rows;
    QHash<qint64, int> index;
    for (const auto &[id, name] : gridRows()) {
        index.insert(id, int(rows.size()));
        rows.append({id, name, QVector<int>(monthList.size(), 0)});
    }
    auto rowFor = [&](qint64 gridId) -> GridEvents & {
        const qint64 key = keyOf(gridId);
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return rows[*it];
        GridEvents extra{key, rowName(key, tr("Community-wide")), QVector<int>(monthList.size(), 0)};
        index.insert(key, int(rows.size()));
        rows.append(extra);
        return rows.last();
    };
    const QString from = day(m_from);
    const QString until = day(m_to.addDays(1));

    // Covered by event_start (starts_at, cancelled, grid_id, ...).
    SqlQuery perMonth(m_db, QStringLiteral("SELECT grid_id, substr(starts_at, 1, 7), count(*) FROM event WHERE "
                                           "starts_at >= ? AND starts_at < ? AND cancelled = 0") +
                                gridClause("grid_id") + EventRows::gridEvents(m_scope, QStringLiteral("grid_id")) +
                                QStringLiteral(" GROUP BY 1, 2"));
    perMonth.bind(from).bind(until);
    if (m_gridId > 0)
        perMonth.bind(m_gridId);
    if (perMonth.exec())
        while (perMonth.next()) {
            GridEvents &r = rowFor(perMonth.value(0).toLongLong());
            const int n = perMonth.value(2).toInt();
            const auto m = monthIndex.constFind(perMonth.value(1).toString());
            if (m != monthIndex.constEnd())
                r.perMonth[*m] += n;
            r.events += n;
        }

    SqlQuery people(m_db, QStringLiteral("SELECT e.grid_id, sum(e.extra_participants), sum((SELECT count(*) FROM "
                                         "event_participant p WHERE p.event_id = e.id)) FROM event e WHERE e.starts_at "
                                         ">= ? AND e.starts_at < ? AND e.cancelled = 0") +
                              gridClause("e.grid_id") + EventRows::gridEvents(m_scope, QStringLiteral("e.grid_id")) +
                              QStringLiteral(" GROUP BY e.grid_id"));
    people.bind(from).bind(until);
    if (m_gridId > 0)
        people.bind(m_gridId);
    if (people.exec())
        while (people.next()) {
            GridEvents &r = rowFor(people.value(0).toLongLong());
            r.extra = people.value(1).toInt();
            r.listed = people.value(2).toInt();
        }
    return rows;
}

QList<QDate> DashboardQuery::months(const QDate &from, const QDate &to)
{
    QList<QDate> list;
    if (!from.isValid() || !to.isValid())
        return list;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        list.append(m);
    return list;
}

double DashboardQuery::medianOf(QList<int> values)
{
    if (values.isEmpty())
        return -1;
    const qsizetype n = values.size();
    auto mid = values.begin() + n / 2;
    std::nth_element(values.begin(), mid, values.end());
    if (n % 2)
        return *mid;
    // The lower middle is the largest of the values before the upper middle.
    return (double(*std::max_element(values.begin(), mid)) + *mid) / 2;
}

double DashboardQuery::median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}
