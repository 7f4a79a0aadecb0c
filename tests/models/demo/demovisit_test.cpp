// After DemoGenerator on a small community, four months of visits are there: most households
// of each grid visited, some needs made cases or errands and linked both ways, errands that
// follow the errand flow, and a coverage figure for every grid.
#include "models/cases/caseworkflow.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/visits/visitcoverage.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>
#include <QUuid>

class DemoVisitTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void visitsSpanFourMonths();
    void mostHouseholdsOfEveryGridVisited();
    void needsMadeCasesLinkBothWays();
    void errandsFollowTheirFlow();
    void timings();

private:
    int scalar(const QString &sql) const
    {
        SqlQuery q(m_db.connection(), sql);
        return q.scalar().toInt();
    }
    Database m_db{QUuid::createUuid().toString()};
    const QDate m_today{2026, 11, 23};
};

void DemoVisitTest::initTestCase()
{
    QVERIFY(Workspace::open(m_db, QStringLiteral(":memory:")));
    DemoGenerator generator(m_db.connection(), 7);
    generator.setToday(m_today);
    QVERIFY2(generator.generate(600), qPrintable(generator.errorText()));
}

void DemoVisitTest::visitsSpanFourMonths()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM visit")) > 500);
    SqlQuery range(m_db.connection(), QStringLiteral("SELECT min(visited_on), max(visited_on) FROM visit"));
    QVERIFY(range.exec() && range.next());
    QVERIFY(range.value(0).toString() >= QStringLiteral("2026-07-24"));
    QVERIFY(range.value(1).toString() <= QStringLiteral("2026-11-23"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT substr(visited_on, 1, 7)) FROM visit")), 5); // Jul–Nov
    // Every visit has its building's grid and a worker.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id JOIN "
                                   "building b ON b.id = h.building_id WHERE v.grid_id <> b.grid_id OR v.worker IS "
                                   "NULL")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit v JOIN household h ON h.id = v.household_id WHERE "
                                   "h.status <> 'active'")),
             0);
}

void DemoVisitTest::mostHouseholdsOfEveryGridVisited()
{
    const VisitCoverage coverage(m_db.connection(), testScope());
    // Over the four months: at least three households in four of every grid were visited.
    const int active = scalar(QStringLiteral("SELECT count(*) FROM household WHERE status = 'active'"));
    const int visited = scalar(QStringLiteral("SELECT count(DISTINCT household_id) FROM visit"));
    QVERIFY2(visited * 4 >= active * 3, qPrintable(QStringLiteral("%1 of %2").arg(visited).arg(active)));
    const QList<VisitCoverage::MonthRow> october = coverage.month(2026, 10);
    QVERIFY(!october.isEmpty());
    for (const VisitCoverage::MonthRow &r : october) {
        QVERIFY2(r.visitedHouseholds > 0, qPrintable(r.gridName));
        QVERIFY(r.percent() > 5 && r.percent() < 100);
    }
    // Some households are due a visit: the list is alive too.
    QVERIFY(coverage.staleCount(m_today, 90) > 0);
}

void DemoVisitTest::needsMadeCasesLinkBothWays()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM visit_need")) > 20);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM visit_need WHERE case_id IS NOT NULL")) > 5);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM visit_need WHERE case_id IS NULL")) > 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_need n JOIN cases c ON c.id = n.case_id WHERE "
                                   "c.visit_need_id <> n.id")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases c WHERE c.visit_need_id IS NOT NULL AND NOT EXISTS "
                                   "(SELECT 1 FROM visit_need n WHERE n.id = c.visit_need_id AND n.case_id = c.id)")),
             0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE visit_need_id IS NOT NULL AND kind = 'case'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE visit_need_id IS NOT NULL AND kind = 'errand'")) >
            0);
}

void DemoVisitTest::errandsFollowTheirFlow()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = 'errand' AND status IN ('closed', "
                                  "'followed_up')")) > 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = 'errand' AND errand_type IS NULL")), 0);
    SqlQuery steps(m_db.connection(), QStringLiteral("SELECT s.action, s.from_status, s.to_status FROM case_step s "
                                                     "JOIN cases c ON c.id = s.case_id WHERE c.kind = 'errand' AND "
                                                     "s.action <> 'receive'"));
    QVERIFY(steps.exec());
    int n = 0;
    while (steps.next()) {
        QCOMPARE(CaseWorkflow::target(steps.value(1).toString(), steps.value(0).toString(), QStringLiteral("errand")),
                 steps.value(2).toString());
        ++n;
    }
    QVERIFY(n > 5);
    // Errands done show in the month's figures.
    int errands = 0;
    for (const VisitCoverage::MonthRow &r : VisitCoverage(m_db.connection(), testScope()).month(2026, 10))
        errands += r.errandsDone;
    QVERIFY(errands > 0);
}

// Not a benchmark: prints how long the coverage queries take on this small demo, for the log.
void DemoVisitTest::timings()
{
    const VisitCoverage coverage(m_db.connection(), testScope());
    QElapsedTimer t;
    t.start();
    const int grids = int(coverage.month(2026, 10).size());
    const qint64 month = t.restart();
    const int stale = int(coverage.stale(m_today, 30).size());
    const qint64 staleMs = t.restart();
    const int count = coverage.staleCount(m_today, 30);
    qInfo("600 households, %d visits: month() for %d grids %lld ms; stale() first %d rows %lld ms; staleCount() = %d "
          "%lld ms",
          scalar(QStringLiteral("SELECT count(*) FROM visit")), grids, month, stale, staleMs, count, t.elapsed());
    QVERIFY(grids > 0);
}

QTEST_GUILESS_MAIN(DemoVisitTest)
#include "demovisit_test.moc"
