// VisitCoverage against a hand-counted fixture: coverage per grid and month, the N-day
// boundary on both sides, moved-out households excluded, living-alone elderly first, archived
// visits ignored, errands done counted, and a grid worker seeing only their grid.
#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/visits/visitcoverage.h"
#include "tests/support/testsupport.h"

#include <QTest>

class VisitCoverageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void monthCoverage();
    void householdActiveDuringTheMonthItMovedOut();
    void staleBoundary_data();
    void staleBoundary();
    void staleOrderLivingAloneElderlyFirst();
    void staleListIsPaged();
    void staleHeadIsTheHeadElseTheFirstLivingMember();
    void gridWorkerSeesOnlyTheirGrid();

private:
    qint64 household(qint64 building, const QString &room, const QDate &birth, bool livingAlone = false)
    {
        const QString id = TestDatabase::idFor(birth, true, 2 * ++m_sequence + 1);
        const qint64 h = m_t->addHousehold(building, QStringLiteral("1"), room, {{QStringLiteral("住户") + room, id}});
        SqlQuery b(m_t->db(), QStringLiteral("UPDATE resident SET birth_date = ? WHERE household_id = ?"));
        b.exec(birth.toString(Qt::ISODate), h);
        if (livingAlone) {
            SqlQuery t(m_t->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT r.id, t.id "
                                                 "FROM resident r, tag t WHERE r.household_id = ? AND t.code = "
                                                 "'living_alone'"));
            t.exec(h);
        }
        return h;
    }
    qint64 visit(qint64 household, const QDate &day, qint64 grid, int needs = 0, bool archived = false)
    {
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, archived, "
                                             "created_at, updated_at) VALUES (?, ?, ?, 'w', ?, 'x', 'x')"));
        q.exec(household, grid, day.toString(Qt::ISODate), archived ? 1 : 0);
        const qint64 id = q.lastInsertId();
        for (int i = 0; i < needs; ++i) {
            SqlQuery n(m_t->db(), QStringLiteral("INSERT INTO visit_need (visit_id, description) VALUES (?, 'n')"));
            n.exec(id);
        }
        return id;
    }
    qint64 caseOf(const QString &kind, qint64 building, const QDateTime &received, const QDateTime &closed)
    {
        CaseStore store(m_t->db(), testScope());
        CaseIntake in;
        in.kind = kind;
        in.errandType = QStringLiteral("certificate");
        in.source = QStringLiteral("visit");
        in.categoryId = store.categories().constFirst().id;
        in.buildingId = building;
        in.receivedAt = received;
        in.description = QStringLiteral("事项");
        const SaveResult r = store.intake(in);
        CaseStepRequest close;
        close.caseId = r.id;
        close.action = QStringLiteral("close");
        close.at = closed;
        close.result = QStringLiteral("办结");
        close.rowVersion = 1;
        const SaveResult c = store.applyStep(close);
        if (!r.ok || !c.ok)
            qWarning() << "case failed" << r.firstMessage() << c.firstMessage();
        return r.id;
    }

    std::unique_ptr<TestDatabase> m_t;
    int m_sequence = 0;
    const QDate m_today{2026, 6, 15};
    qint64 hA1 = 0, hA2 = 0, hA3 = 0, hA4 = 0, hA5 = 0, hA6 = 0, hB1 = 0, hB2 = 0, hB3 = 0;
};

void VisitCoverageTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    const qint64 a = m_t->gridA, b = m_t->gridB;
    const QDate adult(1980, 1, 1), elderly(1950, 2, 2), young(1990, 3, 3);
    hA1 = household(m_t->buildingA1, QStringLiteral("101"), adult);
    hA2 = household(m_t->buildingA1, QStringLiteral("102"), adult);
    hA3 = household(m_t->buildingA1, QStringLiteral("201"), adult);
    hA4 = household(m_t->buildingA2, QStringLiteral("101"), elderly, true);
    hA5 = household(m_t->buildingA2, QStringLiteral("102"), adult);
    hA6 = household(m_t->buildingA2, QStringLiteral("103"), elderly, true);
    hB1 = household(m_t->buildingB1, QStringLiteral("101"), adult);
    hB2 = household(m_t->buildingB1, QStringLiteral("102"), young, true);
    hB3 = household(m_t->buildingB1, QStringLiteral("103"), adult);
    // hA5 moved out on 10 April; hB3 moved in on 2 June.
    SqlQuery(m_t->db(),
             QStringLiteral("UPDATE household SET status = 'moved_out', moved_out = '2026-04-10' WHERE id = ") +
                 QString::number(hA5))
        .exec();
    SqlQuery(m_t->db(),
             QStringLiteral("UPDATE household SET moved_in = '2026-06-02' WHERE id = ") + QString::number(hB3))
        .exec();

    visit(hA1, QDate(2026, 3, 17), a);          // exactly 90 days before today
    visit(hA2, QDate(2026, 3, 16), a);          // 91 days before
    visit(hA3, QDate(2026, 5, 10), a, 1, true); // archived: as if never made
    visit(hA5, QDate(2026, 4, 2), a);           // before moving out
    visit(hA6, QDate(2026, 5, 31), a);          // last day of May
    visit(hA6, QDate(2026, 6, 1), a, 1);        // first day of June
    visit(hB1, QDate(2026, 5, 3), b, 2);
    visit(hB1, QDate(2026, 5, 20), b);
    visit(hB2, QDate(2026, 1, 10), b);

    // Errands done: one in May in grid A; one in June; an ordinary case closed in May is not one.
    caseOf(QStringLiteral("errand"), m_t->buildingA1, QDateTime(QDate(2026, 5, 2), QTime(9, 0)),
           QDateTime(QDate(2026, 5, 4), QTime(10, 0)));
    caseOf(QStringLiteral("errand"), m_t->buildingA1, QDateTime(QDate(2026, 5, 30), QTime(9, 0)),
           QDateTime(QDate(2026, 6, 1), QTime(0, 0)));
    caseOf(QStringLiteral("case"), m_t->buildingB1, QDateTime(QDate(2026, 5, 2), QTime(9, 0)),
           QDateTime(QDate(2026, 5, 4), QTime(10, 0)));
}

void VisitCoverageTest::monthCoverage()
{
    const QList<VisitCoverage::MonthRow> may = VisitCoverage(m_t->db(), testScope()).month(2026, 5);
    QCOMPARE(may.size(), 2);
    // Grid A in May: hA1, hA2, hA3, hA4, hA6 active (hA5 moved out in April); visited: hA6 only
    // (hA3's visit is archived).
    QCOMPARE(may.at(0).gridId, m_t->gridA);
    QCOMPARE(may.at(0).activeHouseholds, 5);
    QCOMPARE(may.at(0).visitedHouseholds, 1);
    QCOMPARE(may.at(0).percent(), 20.0);
    QCOMPARE(may.at(0).visits, 1);
    QCOMPARE(may.at(0).needsRaised, 0);
    QCOMPARE(may.at(0).errandsDone, 1);
    // Grid B in May: hB1, hB2 active (hB3 moved in in June); hB1 visited twice with 2 needs.
    QCOMPARE(may.at(1).gridId, m_t->gridB);
    QCOMPARE(may.at(1).activeHouseholds, 2);
    QCOMPARE(may.at(1).visitedHouseholds, 1);
    QCOMPARE(may.at(1).percent(), 50.0);
    QCOMPARE(may.at(1).visits, 2);
    QCOMPARE(may.at(1).needsRaised, 2);
    QCOMPARE(may.at(1).errandsDone, 0);

    const VisitCoverage::MonthRow total = VisitCoverage::total(may);
    QCOMPARE(total.activeHouseholds, 7);
    QCOMPARE(total.visitedHouseholds, 2);
    QCOMPARE(total.percent(), 28.6);

    const QList<VisitCoverage::MonthRow> june = VisitCoverage(m_t->db(), testScope()).month(2026, 6);
    QCOMPARE(june.at(0).visitedHouseholds, 1);
    QCOMPARE(june.at(0).needsRaised, 1);
    QCOMPARE(june.at(0).errandsDone, 1);
    QCOMPARE(june.at(1).activeHouseholds, 3);
    QCOMPARE(june.at(1).visitedHouseholds, 0);
    QCOMPARE(june.at(1).percent(), 0.0);

    // One grid only.
    const QList<VisitCoverage::MonthRow> onlyB = VisitCoverage(m_t->db(), testScope()).month(2026, 5, m_t->gridB);
    QCOMPARE(onlyB.size(), 1);
    QCOMPARE(onlyB.at(0).visitedHouseholds, 1);
}

void VisitCoverageTest::householdActiveDuringTheMonthItMovedOut()
{
    // April: hA5 moved out on the 10th, so it is still one of grid A's households that month.
    const QList<VisitCoverage::MonthRow> april = VisitCoverage(m_t->db(), testScope()).month(2026, 4);
    QCOMPARE(april.at(0).activeHouseholds, 6);
    QCOMPARE(april.at(0).visitedHouseholds, 1);
    QCOMPARE(april.at(0).percent(), 16.7);
}

void VisitCoverageTest::staleBoundary_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("a1Stale"); // hA1 was visited exactly 90 days ago
    QTest::addColumn<bool>("a2Stale"); // hA2 exactly 91 days ago
    QTest::newRow("89 days: both stale") << 89 << 6 << true << true;
    QTest::newRow("90 days: visited exactly 90 days ago counts as visited") << 90 << 5 << false << true;
    QTest::newRow("91 days: visited exactly 91 days ago counts as visited") << 91 << 4 << false << false;
}

void VisitCoverageTest::staleBoundary()
{
    QFETCH(int, days);
    QFETCH(int, count);
    QFETCH(bool, a1Stale);
    QFETCH(bool, a2Stale);
    const VisitCoverage coverage(m_t->db(), testScope());
    const QList<VisitCoverage::StaleHousehold> list = coverage.stale(m_today, days);
    QCOMPARE(coverage.staleCount(m_today, days), count);
    QCOMPARE(list.size(), count);
    QList<qint64> ids;
    for (const VisitCoverage::StaleHousehold &s : list)
        ids << s.householdId;
    QCOMPARE(ids.contains(hA1), a1Stale);
    QCOMPARE(ids.contains(hA2), a2Stale);
    // Moved out: never listed, though never visited since. Visited recently: not listed.
    QVERIFY(!ids.contains(hA5));
    QVERIFY(!ids.contains(hA6));
    QVERIFY(!ids.contains(hB1));
    // hA3's only visit is archived: it counts as never visited.
    QVERIFY(ids.contains(hA3));
}

void VisitCoverageTest::staleOrderLivingAloneElderlyFirst()
{
    const QList<VisitCoverage::StaleHousehold> list = VisitCoverage(m_t->db(), testScope()).stale(m_today, 90);
    QCOMPARE(list.size(), 5);
    // The living-alone elderly first; then never visited (by address), then the longest ago.
    // hB2 lives alone but is 36: not flagged.
    QCOMPARE(list.at(0).householdId, hA4);
    QVERIFY(list.at(0).livingAloneElderly);
    QVERIFY(!list.at(0).lastVisit.isValid());
    QCOMPARE(list.at(1).householdId, hA3);
    QCOMPARE(list.at(2).householdId, hB3);
    QCOMPARE(list.at(3).householdId, hB2);
    QVERIFY(!list.at(3).livingAloneElderly);
    QCOMPARE(list.at(3).lastVisit, QDate(2026, 1, 10));
    QCOMPARE(list.at(4).householdId, hA2);
    QCOMPARE(list.at(4).address, QStringLiteral("幸福里 1号楼 Unit 1 102"));
    QCOMPARE(list.at(4).gridName, QStringLiteral("第一网格"));
    QCOMPARE(list.at(4).head, QStringLiteral("住户102"));
}

void VisitCoverageTest::staleListIsPaged()
{
    const VisitCoverage coverage(m_t->db(), testScope());
    const QList<VisitCoverage::StaleHousehold> page = coverage.stale(m_today, 90, 0, 2, 2);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).householdId, hB3);
    QCOMPARE(page.at(1).householdId, hB2);
    QCOMPARE(coverage.staleCount(m_today, 90, m_t->gridB), 2);
    QCOMPARE(coverage.stale(m_today, 90, m_t->gridB).size(), 2);
}

void VisitCoverageTest::staleHeadIsTheHeadElseTheFirstLivingMember()
{
    // Without planner statistics, as an import may leave the register.
    if (!testingOnServer())
        SqlQuery(m_t->db(), QStringLiteral("DROP TABLE IF EXISTS sqlite_stat1")).exec();
    const qint64 child =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("2"), QStringLiteral("201"),
                          {{QStringLiteral("孩子"), TestDatabase::idFor(QDate(2010, 1, 1), true, 91)},
                           {QStringLiteral("户主"), TestDatabase::idFor(QDate(1970, 1, 1), true, 93)}});
    const qint64 noHead =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("2"), QStringLiteral("202"),
                          {{QStringLiteral("故人"), TestDatabase::idFor(QDate(1940, 1, 1), true, 95)},
                           {QStringLiteral("乙"), TestDatabase::idFor(QDate(1975, 1, 1), false, 96)},
                           {QStringLiteral("丙"), TestDatabase::idFor(QDate(1976, 1, 1), false, 98)}});
    SqlQuery rel(m_t->db(), QStringLiteral("UPDATE resident SET relation = ? WHERE name = ?"));
    QVERIFY(rel.exec(QStringLiteral("child"), QStringLiteral("孩子")));
    QVERIFY(rel.exec(QStringLiteral("head"), QStringLiteral("户主")));
    QVERIFY(rel.exec(QStringLiteral("head"), QStringLiteral("故人")));
    QVERIFY(rel.exec(QStringLiteral("spouse"), QStringLiteral("乙")));
    QVERIFY(rel.exec(QStringLiteral("child"), QStringLiteral("丙")));
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET status = 'deceased' WHERE name = ?"))
                .exec(QStringLiteral("故人")));
    QHash<qint64, QString> heads;
    for (const VisitCoverage::StaleHousehold &s : VisitCoverage(m_t->db(), testScope()).stale(m_today, 90))
        heads.insert(s.householdId, s.head);
    QCOMPARE(heads.value(child), QStringLiteral("户主"));  // the head, though listed second
    QCOMPARE(heads.value(noHead), QStringLiteral("乙"));   // the head died: the first living member
    QCOMPARE(heads.value(hA2), QStringLiteral("住户102")); // one member
}

void VisitCoverageTest::gridWorkerSeesOnlyTheirGrid()
{
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridA}));
    const VisitCoverage coverage(m_t->db(), testScope());
    const QList<VisitCoverage::MonthRow> may = coverage.month(2026, 5);
    QCOMPARE(may.size(), 1);
    QCOMPARE(may.at(0).gridId, m_t->gridA);
    QCOMPARE(coverage.staleCount(m_today, 90), 3); // hA4, hA3, hA2
    for (const VisitCoverage::StaleHousehold &s : coverage.stale(m_today, 90))
        QVERIFY(s.householdId != hB2 && s.householdId != hB3);
}

QTEST_GUILESS_MAIN(VisitCoverageTest)
#include "visitcoverage_test.moc"
