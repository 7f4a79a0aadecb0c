#include "monthlyreportquery.h"

#include "models/birthdays/birthdaypreferences.h"
#include "models/birthdays/birthdayquery.h"
#include "models/cases/caserows.h"
#include "models/cases/casesummary.h"
#include "models/core/sqlquery.h"
#include "models/events/eventrows.h"
#include "models/grids/gridrollup.h"
#include "models/register/communitystore.h"
#include "models/register/registerrows.h"
#include "streetcomparison.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <type_traits>

Q_LOGGING_CATEGORY(lcReportTiming, "communitydesk.reports.timing", QtWarningMsg)

namespace {

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The SQL text of "this resident/household lives in the report's grid", or nothing for the
// whole community; the grid id is bound once per use.
const QString kHouseholdInGrid = QStringLiteral(
    " AND household_id IN (SELECT h.id FROM household h JOIN building b ON b.id = h.building_id WHERE b.grid_id = ?)");

} // namespace

MonthlyReportQuery::MonthlyReportQuery(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

bool MonthlyReportQuery::run(int year, int month, qint64 gridId, MonthlyReportData *data, QString *error) const
{
    const QDate first(year, month, 1);
    if (!data || !first.isValid()) {
        if (error)
            *error = tr("The month is not valid.");
        return false;
    }
    MonthlyReportData d;
    d.year = year;
    d.month = month;
    d.gridId = gridId;
    m_from = isoDate(first);
    m_to = isoDate(first.addMonths(1));
    m_grid = gridId;
    d.asOf = qMin(m_now.date(), first.addMonths(1).addDays(-1));

    // The community in view, or the street's name when the report is the whole street's.
    d.community = CommunityStore(m_db, m_scope).viewName();
    // A grid worker's report holds their grids only: every figure below asks the module's rows.
    SqlQuery grids(m_db, QStringLiteral("SELECT id, code, name FROM grid WHERE (archived = 0 OR id = ?) AND (? = 0 "
                                        "OR id = ?)") +
                             RegisterRows::grids(m_scope, QStringLiteral("id")) + QStringLiteral(" ORDER BY code"));
    if (!grids.exec(gridId, gridId, gridId)) {
        if (error)
            *error = tr("The report's figures could not be read from the database.");
        return false;
    }
    while (grids.next()) {
        MonthlyReportData::GridRow r;
        r.gridId = grids.value(0).toLongLong();
        r.code = grids.value(1).toString();
        r.name = grids.value(2).toString();
        if (r.gridId == gridId)
            d.gridName = r.name;
        d.grids << r;
    }
    // Each section's time goes to the log (QT_LOGGING_RULES=communitydesk.reports.timing=true):
    // bench/report_cold_bench reads it to show what a cold report spends its time on.
    QElapsedTimer clock;
    clock.start();
    const auto timed = [&clock](const char *section, bool ok) {
        qCDebug(lcReportTiming, "%s %lld ms", section, clock.restart());
        return ok;
    };
    const bool ok = timed("register", registerFigures(d)) && timed("cases", caseFigures(d)) &&
                    timed("events", eventFigures(d)) && timed("trend", trend(d)) &&
                    timed("categories", categories(d)) && timed("errands", errandTypes(d)) &&
                    timed("notable", notable(d)) && timed("birthdays", birthdays(d));
    d.gridWork = GridWorkFigures(m_db, m_scope).month(year, month, gridId);
    timed("gridwork", true);
    QList<std::pair<qint64, QString>> careGrids;
    for (const auto &r : std::as_const(d.grids))
        if (r.gridId > 0) // not the row of community-wide events
            careGrids.append({r.gridId, r.name});
    const bool careOk = timed("care", d.care.load(m_db, m_scope, year, month, gridId, careGrids, d.asOf)) &&
                        timed("ledgers", d.ledgers.load(m_db, m_scope, year, month, gridId, careGrids, d.asOf));
    if (!ok || !careOk) {
        if (error)
            *error = tr("The report's figures could not be read from the database.");
        return false;
    }
    d.total.name = tr("Total");
    for (const auto &r : std::as_const(d.grids))
        d.total += r;
    if (gridId == 0)
        rollUpToAreas(d);
    timed("areas", true);
    if (d.byCommunity)
        d.communities = StreetComparison(m_db, m_scope).rows(d);
    timed("street", true);
    *data = d;
    return true;
}

MonthlyReportData::GridRow &MonthlyReportQuery::row(MonthlyReportData &d, qint64 gridId) const
{
    for (auto &r : d.grids)
        if (r.gridId == gridId)
            return r;
    // Cases without a grid, events held community-wide, or an archived grid's old records.
    MonthlyReportData::GridRow r;
    r.gridId = gridId;
    if (gridId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT code, name FROM grid WHERE id = ?"));
        if (q.exec(gridId) && q.next()) {
            r.code = q.value(0).toString();
            r.name = q.value(1).toString();
        }
    } else {
        r.name = tr("Community-wide / no grid");
    }
    d.grids << r;
    return d.grids.last();
}

bool MonthlyReportQuery::registerFigures(MonthlyReportData &d) const
{
    const bool byGrid = m_grid > 0;
    SqlQuery households(m_db, (byGrid ? QStringLiteral("SELECT count(*) FROM household h JOIN building b ON b.id = "
                                                       "h.building_id WHERE h.status = 'active' AND b.grid_id = ?")
                                      : QStringLiteral("SELECT count(*) FROM household h WHERE h.status = 'active'")) +
                                  RegisterRows::households(m_scope, QStringLiteral("h.id")));
    if (byGrid)
        households.bind(m_grid);
    d.households = households.scalar().toInt();

    const QDate monthEnd = QDate::fromString(m_to, Qt::ISODate).addDays(-1);
    const QString inScope = RegisterRows::households(m_scope, QStringLiteral("household_id"));
    // From resident_count (kept by triggers, ResidentCountSchema): living residents per community,
    // grid and birth year, about 100 small rows per grid where the resident index held every
    // living resident (1 to 2 s of a cold report at 1,000,000 residents). The elderly: whole birth years before the
    // cutoff's year from there, that year's first months from one narrow range of resident_living.
    const QString cutoff = isoDate(monthEnd.addYears(-m_elderlyAge));
    const QString cutoffYear = cutoff.left(4);
    SqlQuery counts(m_db, QStringLiteral("SELECT coalesce(sum(living), 0), coalesce(sum(CASE WHEN birth_year <> '' AND "
                                         "birth_year < ? THEN living ELSE 0 END), 0) FROM resident_count WHERE (? = 0 "
                                         "OR grid_id = ?)") +
                              RegisterRows::residentCounts(m_scope));
    if (!counts.exec(cutoffYear, m_grid, m_grid) || !counts.next())
        return false;
    d.residents = counts.value(0).toInt();
    d.elderly = counts.value(1).toInt();
    SqlQuery elderly(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living' AND birth_date >= ? "
                                          "AND birth_date <= ?") +
                               (byGrid ? kHouseholdInGrid : QString()) + inScope);
    elderly.bind(cutoffYear).bind(cutoff);
    if (byGrid)
        elderly.bind(m_grid);
    if (!elderly.exec() || !elderly.next())
        return false;
    d.elderly += elderly.value(0).toInt();

    SqlQuery changes(m_db, QStringLiteral("SELECT kind, count(*) FROM resident_change WHERE change_date >= ? AND "
                                          "change_date < ? AND kind IN ('moved_in', 'moved_out', 'deceased', "
                                          "'withdrawn_moved_out', 'withdrawn_deceased')") +
                               (byGrid || !inScope.isEmpty()
                                    ? QStringLiteral(" AND resident_id IN (SELECT id FROM resident WHERE 1 = 1") +
                                          (byGrid ? kHouseholdInGrid : QString()) + inScope + QLatin1Char(')')
                                    : QString()) +
                               QStringLiteral(" GROUP BY kind"));
    changes.bind(m_from).bind(m_to);
    if (byGrid)
        changes.bind(m_grid);
    if (!changes.exec())
        return false;
    while (changes.next()) {
        const QString kind = changes.value(0).toString();
        const int n = changes.value(1).toInt();
        // A change entered in error and taken back (Edit → Undo) is netted out on its own date.
        if (kind == QLatin1String("moved_in"))
            d.movedIn += n;
        else if (kind == QLatin1String("moved_out"))
            d.movedOut += n;
        else if (kind == QLatin1String("deceased"))
            d.deaths += n;
        else if (kind == QLatin1String("withdrawn_moved_out"))
            d.movedOut -= n;
        else if (kind == QLatin1String("withdrawn_deceased"))
            d.deaths -= n;
    }
    SqlQuery births(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE birth_date >= ? AND birth_date < ?") +
                              (byGrid ? kHouseholdInGrid : QString()) + inScope);
    births.bind(m_from).bind(m_to);
    if (byGrid)
        births.bind(m_grid);
    if (!births.exec() || !births.next())
        return false;
    d.births = births.value(0).toInt();
    return true;
}

bool MonthlyReportQuery::caseFigures(MonthlyReportData &d) const
{
    const QString end = qMin(m_to, m_now.toString(Qt::ISODate));
    // A withdrawn case (intake undone) is in no count.
    const QString cases = CaseRows::cases(m_scope, QStringLiteral("c")) + CaseRows::live(QStringLiteral("c"));
    SqlQuery received(
        m_db, QStringLiteral(
                  "SELECT coalesce(grid_id, 0), count(*), coalesce(sum(CASE WHEN closed_at < ? THEN 1 ELSE 0 END), 0) "
                  "FROM cases c WHERE received_at >= ? AND received_at < ? AND (? = 0 OR "
                  "grid_id = ?)") +
                  cases + QStringLiteral(" GROUP BY 1"));
    if (!received.exec(m_to, m_from, m_to, m_grid, m_grid))
        return false;
    while (received.next()) {
        auto &r = row(d, received.value(0).toLongLong());
        r.received = received.value(1).toInt();
        r.resolvedOfReceived = received.value(2).toInt();
    }
    SqlQuery resolved(m_db, QStringLiteral("SELECT coalesce(grid_id, 0), count(*) FROM cases c WHERE closed_at >= ? "
                                           "AND closed_at < ? AND (? = 0 OR grid_id = ?)") +
                                cases + QStringLiteral(" GROUP BY 1"));
    if (!resolved.exec(m_from, m_to, m_grid, m_grid))
        return false;
    while (resolved.next())
        row(d, resolved.value(0).toLongLong()).resolved = resolved.value(1).toInt();
    // Open at the month's end (or now, for the running month) with the deadline passed: cases
    // open today, plus cases closed only after that moment. Both halves read a narrow index range
    // (cases_status, cases_closed); closed_at is set exactly while a case is closed (CaseStore).
    SqlQuery overdue(
        m_db, QStringLiteral("SELECT g, count(*) FROM (SELECT coalesce(grid_id, 0) AS g FROM cases c WHERE status IN "
                             "('received', 'assessed', 'assigned', 'supervised') AND deadline < ? AND received_at "
                             "< ? AND (? = 0 OR grid_id = ?)") +
                  cases +
                  QStringLiteral(" UNION ALL SELECT coalesce(grid_id, 0) FROM cases c WHERE closed_at >= ? AND "
                                 "deadline < ? AND received_at < ? AND (? = 0 OR grid_id = ?)") +
                  cases + QStringLiteral(") x GROUP BY g"));
    if (!overdue.exec(end, end, m_grid, m_grid, end, end, end, m_grid, m_grid))
        return false;
    while (overdue.next())
        row(d, overdue.value(0).toLongLong()).overdue = overdue.value(1).toInt();
    SqlQuery followUps(
        m_db, QStringLiteral(
                  "SELECT coalesce(grid_id, 0), count(*), coalesce(sum(CASE WHEN satisfaction "
                  "IN ('satisfied', 'basically') THEN 1 ELSE 0 END), 0) FROM cases c WHERE followed_up_at >= ? AND "
                  "followed_up_at < ? AND (? = 0 OR grid_id = ?)") +
                  cases + QStringLiteral(" GROUP BY 1"));
    if (!followUps.exec(m_from, m_to, m_grid, m_grid))
        return false;
    while (followUps.next()) {
        auto &r = row(d, followUps.value(0).toLongLong());
        r.followUps = followUps.value(1).toInt();
        r.satisfied = followUps.value(2).toInt();
    }
    return true;
}

bool MonthlyReportQuery::eventFigures(MonthlyReportData &d) const
{
    SqlQuery events(m_db, QStringLiteral("SELECT coalesce(e.grid_id, 0), count(*), coalesce(sum(e.extra_participants "
                                         "+ (SELECT count(*) FROM event_participant p WHERE p.event_id = e.id)), 0), "
                                         "coalesce(sum((SELECT sum(v.hours) FROM event_volunteer v WHERE v.event_id = "
                                         "e.id)), 0) FROM event e WHERE e.starts_at >= ? AND e.starts_at < ? AND "
                                         "e.cancelled = 0 AND (? = 0 OR e.grid_id = ?)") +
                              EventRows::gridEvents(m_scope, QStringLiteral("e.grid_id")) +
                              QStringLiteral(" GROUP BY 1"));
    if (!events.exec(m_from, m_to, m_grid, m_grid))
        return false;
    while (events.next()) {
        auto &r = row(d, events.value(0).toLongLong());
        r.events = events.value(1).toInt();
        r.participants = events.value(2).toInt();
        r.volunteerHours += events.value(3).toDouble();
    }
    return true;
}

bool MonthlyReportQuery::trend(MonthlyReportData &d) const
{
    const QDate last(d.year, d.month, 1);
    QHash<QString, MonthlyReportData::MonthCount> byMonth;
    // Whole months: read from case_month, the per-month, per-grid counts every case writer keeps
    // in its own transaction (CaseSummary), a few hundred rows instead of a year of cases.
    SqlQuery months(m_db, QStringLiteral("SELECT month, sum(received), sum(closed) FROM case_month WHERE month >= ? "
                                         "AND month < ? AND (? = 0 OR grid_id = ?)") +
                              CaseRows::cases(m_scope, QStringLiteral("case_month")) +
                              QStringLiteral(" GROUP BY month"));
    if (!months.exec(CaseSummary::monthKey(last.addMonths(-11).startOfDay()),
                     CaseSummary::monthKey(last.addMonths(1).startOfDay()), m_grid, m_grid))
        return false;
    while (months.next()) {
        auto &m = byMonth[months.value(0).toString()];
        m.received = months.value(1).toInt();
        m.resolved = months.value(2).toInt();
    }
    for (int i = 11; i >= 0; --i) {
        const QDate m = last.addMonths(-i);
        MonthlyReportData::MonthCount c = byMonth.value(m.toString(QStringLiteral("yyyy-MM")));
        c.year = m.year();
        c.month = m.month();
        d.trend << c;
    }
    return true;
}

bool MonthlyReportQuery::namedCounts(const QString &sql, QList<QPair<QString, int>> &counts) const
{
    SqlQuery q(m_db, sql);
    if (!q.exec(m_from, m_to, m_grid, m_grid))
        return false;
    while (q.next())
        counts << qMakePair(q.value(0).toString(), q.value(1).toInt());
    return true;
}

bool MonthlyReportQuery::categories(MonthlyReportData &d) const
{
    // From case_month (see trend()): the month's received cases per category.
    SqlQuery q(m_db,
               QStringLiteral("SELECT cc.name, sum(m.received) FROM case_month m JOIN case_category cc ON cc.id = "
                              "m.category_id WHERE m.month = ? AND (? = 0 OR m.grid_id = ?)") +
                   CaseRows::cases(m_scope, QStringLiteral("m")) +
                   QStringLiteral(" GROUP BY cc.id, cc.name, cc.sort_order HAVING sum(m.received) > 0 ORDER BY "
                                  "2 DESC, cc.sort_order, cc.id"));
    if (!q.exec(CaseSummary::monthKey(QDate(d.year, d.month, 1).startOfDay()), m_grid, m_grid))
        return false;
    while (q.next())
        d.categories << qMakePair(q.value(0).toString(), q.value(1).toInt());
    return true;
}

bool MonthlyReportQuery::errandTypes(MonthlyReportData &d) const
{
    // Done as the per-grid errand counts are (VisitCoverage): closed in the month and not reopened.
    return namedCounts(
        QStringLiteral("SELECT coalesce(e.name, c.errand_type), count(*) FROM cases c LEFT JOIN "
                       "errand_type e ON e.code = c.errand_type WHERE c.kind = 'errand' AND "
                       "c.closed_at >= ? AND c.closed_at < ? AND c.status IN ('closed', 'followed_up') "
                       "AND (? = 0 OR c.grid_id = ?)") +
            CaseRows::cases(m_scope, QStringLiteral("c")) +
            QStringLiteral(" GROUP BY c.errand_type, e.name, e.sort_order ORDER BY 2 DESC, e.sort_order"),
        d.errandTypes);
}

bool MonthlyReportQuery::notable(MonthlyReportData &d) const
{
    // The month's cases a street office asks about first: reopened, left dissatisfied, overdue.
    const QString end = qMin(m_to, m_now.toString(Qt::ISODate));
    // The choice first, from the flags in cases_notable_received / _followed alone (each arm of the
    // UNION one covering index range), then the printed columns of the few chosen: a cold report
    // no longer reads every case of the month (1-2 s at 600,000 cases).
    const QString scope = CaseRows::cases(m_scope, QStringLiteral("c"));
    const QString live = CaseRows::live(QStringLiteral("c"));
    const QString flagged = QStringLiteral(
        " AND (? = 0 OR c.grid_id = ?) AND (c.reopen_count > 0 OR c.satisfaction = 'dissatisfied' OR c.deadline < "
        "coalesce(c.closed_at, ?))");
    const QString chosen = QStringLiteral("SELECT c.id, CASE WHEN c.satisfaction = 'dissatisfied' THEN 1 ELSE 0 END AS "
                                          "dissatisfied, c.reopen_count, c.received_at FROM cases c WHERE ");
    SqlQuery q(m_db, QStringLiteral("SELECT c.case_no, c.received_at, cc.name, coalesce(g.name, ''), c.status, "
                                    "c.description, c.reopen_count > 0, c.satisfaction = 'dissatisfied', c.deadline < "
                                    "coalesce(c.closed_at, ?) FROM (SELECT id, dissatisfied, reopen_count, received_at "
                                    "FROM (") +
                         chosen + QStringLiteral("c.received_at >= ? AND c.received_at < ?") + flagged + scope + live +
                         QStringLiteral(" UNION ") + chosen +
                         QStringLiteral("c.followed_up_at >= ? AND c.followed_up_at < ?") + flagged + scope + live +
                         QStringLiteral(") u ORDER BY dissatisfied DESC, reopen_count DESC, received_at, id LIMIT ?) n "
                                        "JOIN cases c ON c.id = n.id JOIN case_category cc ON cc.id = c.category_id "
                                        "LEFT JOIN grid g ON g.id = c.grid_id ORDER BY n.dissatisfied DESC, "
                                        "n.reopen_count DESC, n.received_at, n.id"));
    if (!q.exec(end, m_from, m_to, m_grid, m_grid, end, m_from, m_to, m_grid, m_grid, end, m_notableLimit))
        return false;
    while (q.next()) {
        MonthlyReportData::NotableCase c;
        c.caseNo = q.value(0).toString();
        c.received = QDateTime::fromString(q.value(1).toString(), Qt::ISODate).date();
        if (!c.received.isValid())
            c.received = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        c.category = q.value(2).toString();
        c.grid = q.value(3).toString();
        c.status = q.value(4).toString();
        c.description = q.value(5).toString();
        QStringList reasons;
        if (q.value(7).toBool())
            reasons << tr("dissatisfied");
        if (q.value(6).toBool())
            reasons << tr("reopened");
        if (q.value(8).toBool())
            reasons << tr("overdue");
        c.reason = reasons.join(tr(", "));
        d.notable << c;
    }
    return true;
}

void MonthlyReportQuery::rollUpToAreas(MonthlyReportData &d) const
{
    const GridRollup rollup(m_db, m_scope);
    d.byCommunity = rollup.byCommunity();
    if (!rollup.hasAreas())
        return;
    const QString noGrid = tr("Community-wide / no grid");
    d.gridOutline = rollup.outline(
        d.grids, [](const MonthlyReportData::GridRow &r) { return r.gridId; },
        [&noGrid](qint64 area, const QString &name) {
            MonthlyReportData::GridRow r;
            r.gridId = area;
            r.name = area == GridRollup::kCommunityWide ? noGrid : name;
            return r;
        });
    // A grid worker's report names only the areas their grids lie in (each area line is followed
    // by its grids' lines; the office sees every area, zeros included).
    const auto ownAreas = [this](auto &lines) {
        if (m_scope.seesAllGrids())
            return;
        std::remove_reference_t<decltype(lines)> kept;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (!lines.at(i).second || (i + 1 < lines.size() && !lines.at(i + 1).second))
                kept << lines.at(i);
        lines = kept;
    };
    ownAreas(d.gridOutline);
    for (const auto &[row, isArea] : std::as_const(d.gridOutline))
        if (isArea)
            d.areas << row;
    d.gridWorkOutline = rollup.outline(
        d.gridWork, [](const GridWorkFigures::Row &r) { return r.id; },
        [](qint64 area, const QString &name) {
            return GridWorkFigures::Row{area, name};
        });
    ownAreas(d.gridWorkOutline);
    for (const auto &[row, isArea] : std::as_const(d.gridWorkOutline))
        if (isArea)
            d.gridWorkAreas << row;
    // Residents in no grid are in no area either (not "community-wide").
    QHash<qint64, int> perArea;
    for (auto it = m_birthdaysPerGridId.cbegin(); it != m_birthdaysPerGridId.cend(); ++it)
        perArea[it.key() > 0 ? rollup.areaOf(it.key()) : GridRollup::kNoArea] += it.value();
    QList<qint64> order = rollup.areaIds();
    if (!order.contains(GridRollup::kNoArea))
        order << GridRollup::kNoArea;
    for (qint64 area : std::as_const(order))
        if (const int n = perArea.value(area))
            d.birthdaysPerArea << qMakePair(rollup.areaName(area), n);
}

bool MonthlyReportQuery::birthdays(MonthlyReportData &d) const
{
    const QDate next = QDate(d.year, d.month, 1).addMonths(1);
    BirthdayQuery query(m_db, m_scope);
    query.setMinimumAge(m_elderlyAge);
    query.setDefaultCalendar(BirthdayPreferences(m_db, m_scope).officeCalendar());
    QHash<QString, int> perGrid;
    QList<std::pair<QString, QString>> order; // (grid code, grid text): grids in their code order
    m_birthdaysPerGridId.clear();
    const QList<BirthdayEntry> entries = query.monthBrief(next.year(), next.month());
    for (const BirthdayEntry &e : entries) {
        if (m_grid > 0 && e.gridId != m_grid)
            continue;
        ++d.birthdays;
        d.birthdays80 += e.ageTurning >= 80 ? 1 : 0;
        d.birthdays90 += e.ageTurning >= 90 ? 1 : 0;
        d.birthdays100 += e.ageTurning >= 100 ? 1 : 0;
        d.milestoneBirthdays += e.isMilestone() ? 1 : 0;
        const QString grid = e.gridText();
        if (!perGrid.contains(grid))
            order.append({e.gridId > 0 ? e.gridCode : QString(), grid});
        ++perGrid[grid];
        ++m_birthdaysPerGridId[e.gridId];
    }
    // Grid order (by code, as every per-grid table), not by name: 第一, 第二, 第三 rather than the
    // code-point order 第一, 第三, 第二; residents in no grid last.
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    for (const auto &g : std::as_const(order))
        d.birthdaysPerGrid << qMakePair(g.second, perGrid.value(g.second));
    return true;
}
