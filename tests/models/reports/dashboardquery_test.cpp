#include "models/cases/casesummary.h"
#include "models/grids/gridrollup.h"
#include "models/reports/dashboardquery.h"

#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// A hand-counted fixture: cases and events written straight into the tables, with periods
// touching the first and last second of March 2026.
class DashboardQueryTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void median();
    void months();
    void casesPerGrid();
    void casesPerGridFiltered();
    void casesPerGridAcrossPartialMonths();
    void rollsUpToAreas();
    void casesPerMonthIncludesZeros();
    void casesPerCategory();
    void eventsPerGrid();
    void eventsPerGridFiltered();
    void gridWorkerSeesOwnGridOnly();

private:
    qint64 category(const char *code) const;
    int count(const QList<DashboardQuery::CategoryCases> &list, const char *code) const;
    void addCase(qint64 grid, const char *category, const QString &received, const QString &closed = QString());
    void addEvent(qint64 grid, const QString &starts, int extra, const QList<qint64> &listed, bool cancelled = false);
    std::unique_ptr<TestDatabase> m_t;
    QList<qint64> m_residents;
    int m_caseNo = 0;
};

qint64 DashboardQueryTest::category(const char *code) const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT id FROM case_category WHERE code = ?"));
    return q.exec(QString::fromLatin1(code)) ? q.scalar().toLongLong() : 0;
}

int DashboardQueryTest::count(const QList<DashboardQuery::CategoryCases> &list, const char *code) const
{
    for (const auto &c : list)
        if (c.categoryId == category(code))
            return c.received;
    return -1;
}

void DashboardQueryTest::addCase(qint64 grid, const char *cat, const QString &received, const QString &closed)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                         "received_at, deadline, status, closed_at, created_at, updated_at) VALUES (?, "
                                         "'phone', ?, ?, 'x', ?, ?, ?, ?, ?, ?)"));
    QVERIFY(q.exec(QStringLiteral("T-%1").arg(++m_caseNo), category(cat),
                   grid ? QVariant(grid) : QVariant(QMetaType(QMetaType::LongLong)), received, received,
                   closed.isEmpty() ? QStringLiteral("received") : QStringLiteral("closed"),
                   closed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(closed), received, received));
}

void DashboardQueryTest::addEvent(qint64 grid, const QString &starts, int extra, const QList<qint64> &listed,
                                  bool cancelled)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, "
                                         "extra_participants, cancelled, created_at, updated_at) VALUES ('e', 1, ?, ?, "
                                         "?, ?, ?, ?, ?)"));
    QVERIFY(q.exec(grid ? QVariant(grid) : QVariant(QMetaType(QMetaType::LongLong)), starts, starts, extra,
                   cancelled ? 1 : 0, starts, starts));
    const qint64 id = q.lastInsertId();
    SqlQuery p(m_t->db(), QStringLiteral("INSERT INTO event_participant (event_id, resident_id) VALUES (?, ?)"));
    for (const qint64 r : listed)
        QVERIFY(p.exec(id, r));
}

void DashboardQueryTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const qint64 a = m_t->gridA, b = m_t->gridB;
    // Case                  grid  category        received                closed           days
    addCase(a, "environment", QStringLiteral("2026-03-01T00:00:00"), QStringLiteral("2026-03-03T00:00:00")); // 2
    addCase(a, "environment", QStringLiteral("2026-03-10T09:00:00"), QStringLiteral("2026-03-14T09:00:00")); // 4
    addCase(a, "property", QStringLiteral("2026-03-31T23:59:59"));                                           // open
    addCase(a, "environment", QStringLiteral("2026-02-28T23:59:59"), QStringLiteral("2026-03-05T23:59:59")); // 5
    addCase(b, "property", QStringLiteral("2026-03-05T10:00:00"), QStringLiteral("2026-03-06T10:00:00"));    // 1
    addCase(b, "environment", QStringLiteral("2026-03-06T10:00:00"), QStringLiteral("2026-04-01T00:00:00")); // April
    addCase(b, "environment", QStringLiteral("2026-04-01T00:00:00"));                                        // April
    addCase(0, "environment", QStringLiteral("2026-03-15T10:00:00"));                                        // no grid
    addCase(b, "property", QStringLiteral("2026-03-07T10:00:00"), QStringLiteral("2026-03-10T10:00:00"));    // 3
    addCase(b, "environment", QStringLiteral("2026-03-08T00:00:00"), QStringLiteral("2026-03-20T00:00:00")); // 12
    addCase(b, "environment", QStringLiteral("2026-03-20T00:00:00"), QStringLiteral("2026-03-27T12:00:00")); // 7.5
    addCase(a, "dispute", QStringLiteral("2025-04-01T00:00:00"), QStringLiteral("2025-05-02T00:00:00"));
    addCase(a, "dispute", QStringLiteral("2025-03-31T23:59:59"), QStringLiteral("2025-04-10T00:00:00"));
    // Rows written directly, as the bulk generators do; they sum the summary once afterwards.
    QVERIFY(CaseSummary::rebuild(m_t->db()));

    const QString r1 = TestDatabase::idFor(QDate(1950, 1, 1), true, 21);
    const QString r2 = TestDatabase::idFor(QDate(1951, 1, 1), false, 22);
    const QString r3 = TestDatabase::idFor(QDate(1952, 1, 1), true, 23);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("甲"), r1}, {QStringLiteral("乙"), r2}, {QStringLiteral("丙"), r3}}));
    m_residents = {m_t->residentId(r1), m_t->residentId(r2), m_t->residentId(r3)};
    const qint64 p1 = m_residents[0], p2 = m_residents[1], p3 = m_residents[2];
    addEvent(a, QStringLiteral("2026-03-01T09:00:00"), 5, {p1, p2});
    addEvent(a, QStringLiteral("2026-03-31T19:00:00"), 0, {p1});
    addEvent(a, QStringLiteral("2026-03-15T09:00:00"), 100, {p3}, true); // cancelled
    addEvent(b, QStringLiteral("2026-02-10T09:00:00"), 10, {});
    addEvent(0, QStringLiteral("2026-03-20T14:00:00"), 30, {p1, p2, p3}); // community-wide
    addEvent(b, QStringLiteral("2026-04-01T00:00:00"), 7, {p1});          // after the period
}

void DashboardQueryTest::cleanup()
{
    m_t.reset();
}

void DashboardQueryTest::median()
{
    QCOMPARE(DashboardQuery::median({}), -1.0);
    QCOMPARE(DashboardQuery::median({3}), 3.0);
    QCOMPARE(DashboardQuery::median({4, 1}), 2.5);
    QCOMPARE(DashboardQuery::median({5, 1, 3}), 3.0);
    QCOMPARE(DashboardQuery::median({4, 2, 3, 1}), 2.5);
}

void DashboardQueryTest::months()
{
    const auto list = DashboardQuery::months(QDate(2025, 11, 15), QDate(2026, 2, 1));
    QCOMPARE(list, (QList<QDate>{QDate(2025, 11, 1), QDate(2025, 12, 1), QDate(2026, 1, 1), QDate(2026, 2, 1)}));
    QCOMPARE(DashboardQuery::months(QDate(2026, 3, 1), QDate(2026, 3, 31)).size(), 1);
}

void DashboardQueryTest::casesPerGrid()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const auto rows = q.casesPerGrid();
    QCOMPARE(rows.size(), 3); // A, B, then the case without a grid
    const auto &a = rows.at(0);
    QCOMPARE(a.gridId, m_t->gridA);
    QCOMPARE(a.grid, QStringLiteral("第一网格"));
    QCOMPARE(a.received, 3);         // Mar 1 00:00:00 and Mar 31 23:59:59 both count
    QCOMPARE(a.receivedResolved, 2); // the Mar 31 one is open
    QCOMPARE(a.resolved, 3);         // includes the one received in February
    QCOMPARE(a.medianDays, 4.0);     // of 2, 4, 5 (odd count)
    QCOMPARE(a.rate(), 2.0 / 3.0);
    const auto &b = rows.at(1);
    QCOMPARE(b.gridId, m_t->gridB);
    QCOMPARE(b.received, 5);
    QCOMPARE(b.receivedResolved, 5); // one closed on April 1: resolved, but not in March
    QCOMPARE(b.resolved, 4);
    QCOMPARE(b.medianDays, 5.25); // of 1, 3, 7.5, 12 (even count)
    QCOMPARE(b.rate(), 1.0);
    const auto &none = rows.at(2);
    QCOMPARE(none.gridId, 0);
    QCOMPARE(none.received, 1);
    QCOMPARE(none.resolved, 0);
    QCOMPARE(none.medianDays, -1.0);

    // One day: only what fell on it.
    q.setPeriod(QDate(2026, 3, 31), QDate(2026, 3, 31));
    const auto day = q.casesPerGrid();
    QCOMPARE(day.size(), 2); // zeros for both grids, no "no grid" row
    QCOMPARE(day.at(0).received, 1);
    QCOMPARE(day.at(0).resolved, 0);
    QCOMPARE(day.at(1).received, 0);
    QCOMPARE(day.at(1).medianDays, -1.0);
}

void DashboardQueryTest::casesPerGridFiltered()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    q.setGrid(m_t->gridB);
    const auto rows = q.casesPerGrid();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).gridId, m_t->gridB);
    QCOMPARE(rows.at(0).received, 5);
    QCOMPARE(rows.at(0).resolved, 4);
    QCOMPARE(rows.at(0).medianDays, 5.25);
}

// Whole months come from the summary, partial months from the cases: both paths together must
// give the hand-counted figures.
void DashboardQueryTest::casesPerGridAcrossPartialMonths()
{
    DashboardQuery q(m_t->db(), testScope());
    // February 28 to March 6: nothing else happened in February (its summary is used whole);
    // March has cases after the 6th (its first six days are counted from the cases).
    q.setPeriod(QDate(2026, 2, 28), QDate(2026, 3, 6));
    auto rows = q.casesPerGrid();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).received, 2); // Feb 28 23:59:59 and Mar 1 00:00:00
    QCOMPARE(rows.at(0).receivedResolved, 2);
    QCOMPARE(rows.at(0).resolved, 2);
    QCOMPARE(rows.at(0).medianDays, 3.5); // of 2 and 5
    QCOMPARE(rows.at(1).received, 2);     // Mar 5 and Mar 6 10:00
    QCOMPARE(rows.at(1).resolved, 1);     // Mar 6 10:00, after 1 day
    QCOMPARE(rows.at(1).medianDays, 1.0);

    // March 6 to April 30: March in part (from the cases), April whole (from the summary).
    q.setPeriod(QDate(2026, 3, 6), QDate(2026, 4, 30));
    rows = q.casesPerGrid();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).received, 2);
    QCOMPARE(rows.at(0).receivedResolved, 1);
    QCOMPARE(rows.at(0).resolved, 1);
    QCOMPARE(rows.at(0).medianDays, 4.0);
    QCOMPARE(rows.at(1).received, 5);
    QCOMPARE(rows.at(1).receivedResolved, 4);
    QCOMPARE(rows.at(1).resolved, 5);
    QCOMPARE(rows.at(1).medianDays, 7.5); // of 1, 3, 7.5, 12 and 25 days 14 hours (closed April 1)
    QCOMPARE(rows.at(2).received, 1);     // no grid, March 15

    const auto categories = q.casesPerCategory();
    QCOMPARE(count(categories, "environment"), 6);
    QCOMPARE(count(categories, "property"), 2);
}

// Grid A in area 东片区, grid B in none: the area sums A, "no area" holds B, and cases or events
// without a grid stay apart; the median of an area is taken over its cases, not over medians.
void DashboardQueryTest::rollsUpToAreas()
{
    SqlQuery area(m_t->db(), QStringLiteral("INSERT INTO area (community_id, code, name, created_at, updated_at) "
                                            "SELECT id, 'P1', '东片区', '2026-01-01', '2026-01-01' FROM community"));
    QVERIFY(area.exec());
    const qint64 east = area.lastInsertId();
    SqlQuery assign(m_t->db(), QStringLiteral("UPDATE grid SET area_id = ? WHERE id = ?"));
    QVERIFY(assign.exec(east, m_t->gridA));

    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    q.setByArea(true);
    QVERIFY(q.byArea());
    const auto rows = q.casesPerGrid();
    QCOMPARE(rows.size(), 3); // 东片区, no area, no grid
    QCOMPARE(rows.at(0).gridId, east);
    QCOMPARE(rows.at(0).grid, QStringLiteral("东片区"));
    QCOMPARE(rows.at(0).received, 3);
    QCOMPARE(rows.at(0).medianDays, 4.0);
    QCOMPARE(rows.at(1).gridId, GridRollup::kNoArea);
    QCOMPARE(rows.at(1).received, 5);
    QCOMPARE(rows.at(1).medianDays, 5.25);
    QCOMPARE(rows.at(2).gridId, GridRollup::kCommunityWide);
    QCOMPARE(rows.at(2).received, 1);

    // Both grids in the area: one median over all seven closures (1, 2, 3, 4, 5, 7.5, 12).
    QVERIFY(assign.exec(east, m_t->gridB));
    q.setByArea(true);
    const auto one = q.casesPerGrid();
    QCOMPARE(one.at(0).received, 8);
    QCOMPARE(one.at(0).resolved, 7);
    QCOMPARE(one.at(0).medianDays, 4.0);

    const auto events = q.eventsPerGrid();
    QCOMPARE(events.at(0).gridId, east);
    QCOMPARE(events.at(0).events, 2); // A's two in March; B had none in March
    QCOMPARE(events.at(0).participants(), 8);
    QCOMPARE(events.constLast().gridId, GridRollup::kCommunityWide);
    QCOMPARE(events.constLast().grid, QCoreApplication::translate("DashboardQuery", "Community-wide"));
    QCOMPARE(events.constLast().participants(), 33);
    q.setGrid(m_t->gridA);
    QVERIFY(!q.byArea()); // one grid: nothing to roll up
}

void DashboardQueryTest::casesPerMonthIncludesZeros()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const auto rows = q.casesPerMonth();
    QCOMPARE(rows.size(), 12);
    QCOMPARE(rows.constFirst().month, QDate(2025, 4, 1));
    QCOMPARE(rows.constLast().month, QDate(2026, 3, 1));
    QList<int> received, resolved;
    for (const auto &m : rows) {
        received << m.received;
        resolved << m.resolved;
    }
    //                            A  M  J  J  A  S  O  N  D  J  F  M
    QCOMPARE(received, (QList<int>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 9}));
    QCOMPARE(resolved, (QList<int>{1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}));

    q.setGrid(m_t->gridA);
    const auto a = q.casesPerMonth();
    QCOMPARE(a.constLast().received, 3);
    QCOMPARE(a.constLast().resolved, 3);
    QCOMPARE(a.at(10).received, 1);
}

void DashboardQueryTest::casesPerCategory()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const auto rows = q.casesPerCategory();
    QCOMPARE(rows.size(), 8); // every category, zeros included
    QCOMPARE(count(rows, "environment"), 6);
    QCOMPARE(count(rows, "property"), 3);
    QCOMPARE(count(rows, "dispute"), 0);
    QCOMPARE(rows.constFirst().category, QStringLiteral("环境卫生"));
    q.setGrid(m_t->gridA);
    const auto a = q.casesPerCategory();
    QCOMPARE(count(a, "environment"), 2);
    QCOMPARE(count(a, "property"), 1);
}

void DashboardQueryTest::eventsPerGrid()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
    const auto rows = q.eventsPerGrid();
    QCOMPARE(rows.size(), 3);
    const auto &a = rows.at(0);
    QCOMPARE(a.gridId, m_t->gridA);
    QCOMPARE(a.perMonth, (QVector<int>{0, 2})); // the cancelled one is left out
    QCOMPARE(a.events, 2);
    QCOMPARE(a.listed, 3);
    QCOMPARE(a.extra, 5);
    QCOMPARE(a.participants(), 8);
    const auto &b = rows.at(1);
    QCOMPARE(b.perMonth, (QVector<int>{1, 0}));
    QCOMPARE(b.participants(), 10);
    const auto &wide = rows.at(2);
    QCOMPARE(wide.gridId, 0);
    QCOMPARE(wide.perMonth, (QVector<int>{0, 1}));
    QCOMPARE(wide.listed, 3);
    QCOMPARE(wide.participants(), 33);

    q.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    const auto march = q.eventsPerGrid();
    QCOMPARE(march.at(1).events, 0); // B: a month with none
    QCOMPARE(march.at(1).perMonth, QVector<int>{0});
}

void DashboardQueryTest::eventsPerGridFiltered()
{
    DashboardQuery q(m_t->db(), testScope());
    q.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
    q.setGrid(m_t->gridA);
    const auto rows = q.eventsPerGrid();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).events, 2);
    QCOMPARE(rows.at(0).participants(), 8);
}

// A grid worker of A: only A's row in every chart, the same figures the office sees for A; no
// row for B, for cases without a grid or for community-wide events (they belong to no grid).
void DashboardQueryTest::gridWorkerSeesOwnGridOnly()
{
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {m_t->gridA});
    DashboardQuery q(m_t->db(), worker);
    q.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
    const auto cases = q.casesPerGrid();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).gridId, m_t->gridA);
    QCOMPARE(cases.at(0).received, 4); // Feb 28 and three in March
    QCOMPARE(cases.at(0).resolved, 3);
    int received = 0;
    for (const auto &m : q.casesPerMonth())
        received += m.received;
    QCOMPARE(received, 4 + 1); // and A's dispute of April 2025 (the 12 months end with March 2026)
    QCOMPARE(count(q.casesPerCategory(), "property"), 1); // B's two property cases left out
    const auto events = q.eventsPerGrid();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).gridId, m_t->gridA);
    QCOMPARE(events.at(0).events, 2);
    QCOMPARE(events.at(0).participants(), 8);

    // The office sees both grids and the rest.
    DashboardQuery office(m_t->db(), testScope());
    office.setPeriod(QDate(2026, 2, 1), QDate(2026, 3, 31));
    QCOMPARE(office.casesPerGrid().size(), 3);
    QCOMPARE(office.eventsPerGrid().size(), 3);
    QCOMPARE(count(office.casesPerCategory(), "property"), 3);

    // Asking for grid B does not open it to the worker of A.
    q.setGrid(m_t->gridB);
    QVERIFY(q.casesPerGrid().isEmpty());
    QVERIFY(q.eventsPerGrid().isEmpty());
}

QTEST_GUILESS_MAIN(DashboardQueryTest)
#include "dashboardquery_test.moc"
