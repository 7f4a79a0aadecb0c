#include "dashboardquery.h"

#include "sqlquery.h"

#include <algorithm>
#include <QHash>

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

DashboardQuery::DashboardQuery(QSqlDatabase db)
    : m_db(std::move(db))
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

QList<std::pair<qint64, QString>> DashboardQuery::gridRows() const
{
    QList<std::pair<qint64, QString>> rows;
    SqlQuery q(m_db, m_gridId > 0 ? QStringLiteral("SELECT id, name FROM grid WHERE id = ?")
                                  : QStringLiteral("SELECT id, name FROM grid WHERE archived = 0 ORDER BY code, id"));
    if (m_gridId > 0 ? q.exec(m_gridId) : q.exec())
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString()});
    return rows;
}

QList<DashboardQuery::GridCases> DashboardQuery::casesPerGrid() const
{
    QList<GridCases> rows;
    QHash<qint64, int> index;
    for (const auto &[id, name] : gridRows()) {
        index.insert(id, int(rows.size()));
        rows.append({id, name});
    }
    auto rowFor = [&](qint64 gridId) -> GridCases & {
        auto it = index.constFind(gridId);
        if (it != index.constEnd())
            return rows[*it];
        // A grid archived since, or no grid at all: shown after the active ones.
        GridCases extra;
        extra.gridId = gridId;
        if (gridId > 0) {
            SqlQuery name(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
            extra.grid = name.exec(gridId) ? name.scalar().toString() : QString();
        } else {
            extra.grid = tr("No grid");
        }
        index.insert(gridId, int(rows.size()));
        rows.append(extra);
        return rows.last();
    };
    const QString from = day(m_from);
    const QString until = day(m_to.addDays(1));

    // Covered by cases_received (received_at, grid_id, status, closed_at, ...). Grouping by an
    // expression keeps the planner on that range: grouping by the bare column tempts it into a
    // skip-scan of cases_grid in grid order, which is not covering (10x slower at 600,000 cases).
    SqlQuery received(m_db, QStringLiteral("SELECT coalesce(grid_id, 0), count(*), count(closed_at) FROM cases WHERE "
                                           "received_at >= ? AND received_at < ?") +
                                gridClause("grid_id") + QStringLiteral(" GROUP BY 1"));
    received.bind(from).bind(until);
    if (m_gridId > 0)
        received.bind(m_gridId);
    if (received.exec())
        while (received.next()) {
            GridCases &r = rowFor(received.value(0).toLongLong());
            r.received = received.value(1).toInt();
            r.receivedResolved = received.value(2).toInt();
        }

    // Covered by cases_closed (closed_at, grid_id, received_at). The median is the mean of the
    // one or two middle ranks, (n+1)/2 and (n+2)/2, which coincide for an odd count.
    SqlQuery closed(
        m_db,
        QStringLiteral("SELECT g, max(n), avg(days) FROM (SELECT grid_id AS g, days, row_number() OVER (PARTITION "
                       "BY grid_id ORDER BY days) AS rn, count(*) OVER (PARTITION BY grid_id) AS n FROM (SELECT "
                       "grid_id, julianday(closed_at) - julianday(received_at) AS days FROM cases WHERE closed_at "
                       "IS NOT NULL AND closed_at >= ? AND closed_at < ?") +
            gridClause("grid_id") + QStringLiteral(")) WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY g"));
    closed.bind(from).bind(until);
    if (m_gridId > 0)
        closed.bind(m_gridId);
    if (closed.exec())
        while (closed.next()) {
            GridCases &r = rowFor(closed.value(0).toLongLong());
            r.resolved = closed.value(1).toInt();
            r.medianDays = closed.value(2).toDouble();
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
    const QString from = day(first);
    const QString until = day(last.addMonths(1));
    auto count = [&](const QString &sql, int MonthCases::*field) {
        SqlQuery q(m_db, sql);
        q.bind(from).bind(until);
        if (m_gridId > 0)
            q.bind(m_gridId);
        if (q.exec())
            while (q.next()) {
                const auto it = index.constFind(q.value(0).toString());
                if (it != index.constEnd())
                    rows[*it].*field = q.value(1).toInt();
            }
    };
    count(QStringLiteral("SELECT substr(received_at, 1, 7), count(*) FROM cases WHERE received_at >= ? AND "
                         "received_at < ?") +
              gridClause("grid_id") + QStringLiteral(" GROUP BY 1"),
          &MonthCases::received);
    count(QStringLiteral("SELECT substr(closed_at, 1, 7), count(*) FROM cases WHERE closed_at IS NOT NULL AND "
                         "closed_at >= ? AND closed_at < ?") +
              gridClause("grid_id") + QStringLiteral(" GROUP BY 1"),
          &MonthCases::resolved);
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
    SqlQuery q(m_db,
               QStringLiteral("SELECT category_id, count(*) FROM cases WHERE received_at >= ? AND received_at < ?") +
                   gridClause("grid_id") + QStringLiteral(" GROUP BY category_id"));
    q.bind(day(m_from)).bind(day(m_to.addDays(1)));
    if (m_gridId > 0)
        q.bind(m_gridId);
    if (q.exec())
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                rows[*it].received = q.value(1).toInt();
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
        auto it = index.constFind(gridId);
        if (it != index.constEnd())
            return rows[*it];
        GridEvents extra{gridId, QString(), QVector<int>(monthList.size(), 0)};
        if (gridId > 0) {
            SqlQuery name(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
            extra.grid = name.exec(gridId) ? name.scalar().toString() : QString();
        } else {
            extra.grid = tr("Community-wide");
        }
        index.insert(gridId, int(rows.size()));
        rows.append(extra);
        return rows.last();
    };
    const QString from = day(m_from);
    const QString until = day(m_to.addDays(1));

    // Covered by event_start (starts_at, cancelled, grid_id, ...).
    SqlQuery perMonth(m_db, QStringLiteral("SELECT grid_id, substr(starts_at, 1, 7), count(*) FROM event WHERE "
                                           "starts_at >= ? AND starts_at < ? AND cancelled = 0") +
                                gridClause("grid_id") + QStringLiteral(" GROUP BY 1, 2"));
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
                              gridClause("e.grid_id") + QStringLiteral(" GROUP BY e.grid_id"));
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

double DashboardQuery::median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}
