#include "visitcoverage.h"

#include "models/access/accessscope.h"
#include "models/cases/caserows.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"
#include "visitrows.h"

#include <QHash>

namespace {

QString isoDay(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The last (non-archived) visit of each household, as a derived table "lv".
QString lastVisitJoin()
{
    return QStringLiteral(" LEFT JOIN (SELECT household_id, max(visited_on) AS last_on FROM visit WHERE archived = 0 "
                          "GROUP BY household_id) AS lv ON lv.household_id = h.id");
}

} // namespace

double VisitCoverage::MonthRow::percent() const
{
    return activeHouseholds > 0 ? qRound(visitedHouseholds * 1000.0 / activeHouseholds) / 10.0 : 0.0;
}

VisitCoverage::VisitCoverage(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<VisitCoverage::MonthRow> VisitCoverage::month(int year, int month, qint64 gridId) const
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const AccessScope &scope = m_scope;
    QList<MonthRow> rows;
    QHash<qint64, int> rowOf;
    {
        SqlQuery g(m_db, QStringLiteral("SELECT id, name FROM grid WHERE archived = 0 AND (? = 0 OR id = ?)") +
                             RegisterRows::grids(scope, QStringLiteral("id")) + QStringLiteral(" ORDER BY code, id"));
        if (!g.exec(gridId, gridId))
            return rows;
        while (g.next()) {
            MonthRow r;
            r.gridId = g.value(0).toLongLong();
            r.gridName = g.value(1).toString();
            rowOf.insert(r.gridId, int(rows.size()));
            rows.append(r);
        }
    }
    // Households count under their building's grid of today. A household is active in the
    // month if it had moved in by the month's end and had not moved out before its first day,
    // so one that moved out during the month still counts for that month.
    SqlQuery h(m_db, QStringLiteral("SELECT b.grid_id, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM visit v WHERE "
                                    "v.household_id = h.id AND v.archived = 0 AND v.visited_on >= ? AND "
                                    "v.visited_on <= ?) THEN 1 ELSE 0 END) FROM household h JOIN building b ON b.id = "
                                    "h.building_id WHERE (h.moved_in IS NULL OR h.moved_in <= ?) AND "
                                    "((h.status = 'active' AND (h.moved_out IS NULL OR h.moved_out >= ?)) OR "
                                    "(h.status <> 'active' AND h.moved_out IS NOT NULL AND h.moved_out >= ?))") +
                         RegisterRows::grids(scope, QStringLiteral("b.grid_id")) +
                         QStringLiteral(" GROUP BY b.grid_id"));
    if (h.exec(isoDay(first), isoDay(last), isoDay(last), isoDay(first), isoDay(first)))
        while (h.next())
            if (const int i = rowOf.value(h.value(0).toLongLong(), -1); i >= 0) {
                rows[i].activeHouseholds = h.value(1).toInt();
                rows[i].visitedHouseholds = h.value(2).toInt();
            }
    // Visits and needs count under the grid the visit was made in.
    SqlQuery v(m_db, QStringLiteral("SELECT v.grid_id, count(*), sum((SELECT count(*) FROM visit_need n WHERE "
                                    "n.visit_id = v.id AND n.archived = 0)) FROM visit v WHERE v.archived = 0 AND "
                                    "v.visited_on >= ? AND v.visited_on <= ?") +
                         VisitRows::visits(scope, QStringLiteral("v")) + QStringLiteral(" GROUP BY v.grid_id"));
    if (v.exec(isoDay(first), isoDay(last)))
        while (v.next())
            if (const int i = rowOf.value(v.value(0).toLongLong(), -1); i >= 0) {
                rows[i].visits = v.value(1).toInt();
                rows[i].needsRaised = v.value(2).toInt();
            }
    // Errands done: closed in the month (a reopened errand loses its closed_at).
    SqlQuery e(m_db, QStringLiteral("SELECT grid_id, count(*) FROM cases WHERE kind = 'errand' AND closed_at >= ? AND "
                                    "closed_at < ? AND status IN ('closed', 'followed_up')") +
                         CaseRows::cases(scope, QStringLiteral("cases")) + QStringLiteral(" GROUP BY grid_id"));
    if (e.exec(isoDay(first) + QStringLiteral("T00:00:00"), isoDay(last.addDays(1)) + QStringLiteral("T00:00:00")))
        while (e.next())
            if (const int i = rowOf.value(e.value(0).toLongLong(), -1); i >= 0)
                rows[i].errandsDone = e.value(1).toInt();
    return rows;
}

VisitCoverage::MonthRow &VisitCoverage::MonthRow::operator+=(const MonthRow &o)
{
    activeHouseholds += o.activeHouseholds;
    visitedHouseholds += o.visitedHouseholds;
    visits += o.visits;
    needsRaised += o.needsRaised;
    errandsDone += o.errandsDone;
    return *this;
}

VisitCoverage::MonthRow VisitCoverage::total(const QList<MonthRow> &rows)
{
    MonthRow t;
    t.gridName = tr("All grids");
    for (const MonthRow &r : rows)
        t += r;
    return t;
}

QString VisitCoverage::staleWhere(qint64 gridId) const
{
    // Stale: the last visit is strictly before today - days. A visit exactly `days` days ago is
    // still "visited within the period", so the boundary day itself is not stale.
    // A household whose members have all died or moved out needs no visit (an empty one, not yet
    // filled in, still does).
    QString where = QStringLiteral(" WHERE h.status = 'active' AND (lv.last_on IS NULL OR lv.last_on < ?) AND (EXISTS "
                                   "(SELECT 1 FROM resident rl WHERE rl.household_id = h.id AND rl.status = 'living') "
                                   "OR NOT EXISTS (SELECT 1 FROM resident rg WHERE rg.household_id = h.id))");
    if (gridId > 0)
        where += QStringLiteral(" AND b.grid_id = ?");
    return where + RegisterRows::grids(m_scope, QStringLiteral("b.grid_id"));
}

int VisitCoverage::staleCount(const QDate &today, int days, qint64 gridId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM household h JOIN building b ON b.id = h.building_id") +
                         lastVisitJoin() + staleWhere(gridId));
    q.bind(isoDay(today.addDays(-days)));
    if (gridId > 0)
        q.bind(gridId);
    return q.scalar().toInt();
}

QList<VisitCoverage::StaleHousehold> VisitCoverage::stale(const QDate &today, int days, qint64 gridId, int limit,
                                                          int offset) const
{
    // Set-wise, so the plan does not hang on planner statistics (an import may leave none): the
    // living-alone elderly households are one list, built once from the tag outwards (CROSS JOIN
    // fixes that order in SQLite; PostgreSQL reads it as a plain join), and the heads are read
    // afterwards for this page's households only. A per-household subquery here once let SQLite
    // read every resident through the status index for every household.
    SqlQuery q(m_db,
               QStringLiteral("SELECT h.id, c.name, b.name, h.unit, h.room, g.name, lv.last_on, CASE WHEN h.id IN "
                              "(SELECT r.household_id FROM tag t CROSS JOIN resident_tag rt CROSS JOIN resident r "
                              "WHERE rt.tag_id = t.id AND r.id = rt.resident_id AND t.code = 'living_alone' AND "
                              "r.status = 'living' AND r.birth_date <= ?) THEN 1 ELSE 0 END AS alone FROM household h "
                              "JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = b.compound_id LEFT "
                              "JOIN grid g ON g.id = b.grid_id") +
                   lastVisitJoin() + staleWhere(gridId) +
                   QStringLiteral(" ORDER BY alone DESC, coalesce(lv.last_on, ''), c.name, b.name, h.unit, h.room, "
                                  "h.id LIMIT ? OFFSET ?"));
    q.bind(isoDay(today.addYears(-m_elderlyAge)));
    q.bind(isoDay(today.addDays(-days)));
    if (gridId > 0)
        q.bind(gridId);
    QList<StaleHousehold> list;
    if (!q.exec(limit, offset))
        return list;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        StaleHousehold s;
        s.householdId = q.value(0).toLongLong();
        s.address =
            Address::format(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
        s.gridName = q.value(5).toString();
        s.lastVisit = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.livingAloneElderly = q.value(7).toInt() != 0;
        rowOf.insert(s.householdId, int(list.size()));
        list.append(s);
    }
    if (list.isEmpty())
        return list;
    // The head, or else the first living member: the members of these households only, found
    // through resident_household (the only constraint is household_id, so no other index fits).
    QString marks;
    for (int i = 0; i < list.size(); ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    SqlQuery m(m_db, QStringLiteral("SELECT household_id, id, name, relation, status FROM resident WHERE household_id "
                                    "IN (") +
                         marks + QStringLiteral(")"));
    for (const StaleHousehold &s : std::as_const(list))
        m.bind(s.householdId);
    if (!m.exec())
        return list;
    struct Pick
    {
        qint64 id = 0;
        bool head = false;
    };
    QHash<qint64, Pick> picked;
    while (m.next()) {
        if (m.value(4).toString() != QLatin1String("living"))
            continue;
        const qint64 household = m.value(0).toLongLong();
        const qint64 id = m.value(1).toLongLong();
        const bool head = m.value(3).toString() == QLatin1String("head");
        auto it = picked.find(household);
        if (it != picked.end() && (it->head > head || (it->head == head && it->id < id)))
            continue;
        picked.insert(household, {id, head});
        list[rowOf.value(household)].head = m.value(2).toString();
    }
    return list;
}
