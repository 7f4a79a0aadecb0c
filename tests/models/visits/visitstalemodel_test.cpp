// VisitStaleModel over more households than one page: living-alone elderly first, a page at a
// time as the view scrolls, one grid or all, the period moving the boundary, and a reload after a
// visit, with QAbstractItemModelTester watching throughout.
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/visits/visitstalemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

class VisitStaleModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyUntilAsked();
    void livingAloneElderlyFirstAcrossPages();
    void gridPeriodAndReload();

private:
    static constexpr int kHouseholds = VisitStaleModel::kPageSize + 60;
    // Household i is in building A1 (grid A) when odd, else B1 (grid B), room 1000 + i. One in 26
    // is a living-alone elderly person; one in 13 was visited ten days ago; household 7 a hundred.
    static bool livingAloneElderly(int i) { return i % 26 == 0; }
    static bool visitedLately(int i) { return i % 13 == 5; }
    static constexpr int kLongAgo = 7;
    qint64 addHousehold(int i);
    void visit(qint64 household, const QDate &day, qint64 grid);
    // The stale households in list order: the living-alone elderly, then the never visited by
    // address (幸福里's building A1 before 翠湖苑's B1, by room), then household 7.
    QList<qint64> expectedOrder(qint64 gridId = 0) const;

    std::unique_ptr<TestDatabase> m_t;
    const QDate m_today{2026, 6, 15};
    QList<qint64> m_households;
};

qint64 VisitStaleModelTest::addHousehold(int i)
{
    const QDate birth = livingAloneElderly(i) ? QDate(1950, 1, 1).addDays(i) : QDate(1980, 1, 1).addDays(i);
    const qint64 building = i % 2 ? m_t->buildingA1 : m_t->buildingB1;
    const QString room = QString::number(1000 + i);
    const qint64 h = m_t->addHousehold(building, QStringLiteral("1"), room,
                                       {{QStringLiteral("住户") + room, TestDatabase::idFor(birth, true)}});
    SqlQuery b(m_t->db(), QStringLiteral("UPDATE resident SET birth_date = ? WHERE household_id = ?"));
    b.exec(birth.toString(Qt::ISODate), h);
    if (livingAloneElderly(i)) {
        SqlQuery t(m_t->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT r.id, t.id FROM "
                                             "resident r, tag t WHERE r.household_id = ? AND t.code = 'living_alone'"));
        t.exec(h);
    }
    return h;
}

void VisitStaleModelTest::visit(qint64 household, const QDate &day, qint64 grid)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, archived, "
                                         "created_at, updated_at) VALUES (?, ?, ?, 'w', 0, 'x', 'x')"));
    QVERIFY(q.exec(household, grid, day.toString(Qt::ISODate)));
}

QList<qint64> VisitStaleModelTest::expectedOrder(qint64 gridId) const
{
    QList<qint64> alone, a, b;
    for (int i = 0; i < kHouseholds; ++i) {
        const qint64 grid = i % 2 ? m_t->gridA : m_t->gridB;
        if (visitedLately(i) || i == kLongAgo || (gridId > 0 && grid != gridId))
            continue;
        (livingAloneElderly(i) ? alone : i % 2 ? a : b) << m_households.at(i);
    }
    QList<qint64> order = alone + a + b;
    if (gridId == 0 || gridId == m_t->gridA)
        order << m_households.at(kLongAgo);
    return order;
}

void VisitStaleModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_households.clear();
    for (int i = 0; i < kHouseholds; ++i) {
        m_households << addHousehold(i);
        QVERIFY(m_households.constLast() > 0);
        const qint64 grid = i % 2 ? m_t->gridA : m_t->gridB;
        if (visitedLately(i))
            visit(m_households.at(i), m_today.addDays(-10), grid);
        if (i == kLongAgo)
            visit(m_households.at(i), m_today.addDays(-100), grid);
    }
}

void VisitStaleModelTest::cleanup()
{
    m_t.reset();
}

void VisitStaleModelTest::emptyUntilAsked()
{
    VisitStaleModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.householdId(0), 0);
    QVERIFY(!model.isLivingAloneElderly(0));
    QCOMPARE(model.columnCount(), int(VisitStaleModel::ColumnCount));
    QCOMPARE(model.headerData(VisitStaleModel::LastVisit, Qt::Horizontal).toString(), QStringLiteral("Last visit"));
}

void VisitStaleModelTest::livingAloneElderlyFirstAcrossPages()
{
    VisitStaleModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &VisitStaleModel::countChanged);

    const QList<qint64> expected = expectedOrder();
    QVERIFY(expected.size() > VisitStaleModel::kPageSize);
    model.setQuery(m_today, 90);
    QCOMPARE(model.rowCount(), VisitStaleModel::kPageSize); // one page with the reset
    QCOMPARE(model.totalCount(), int(expected.size()));
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), int(expected.size()));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.householdId(row), expected.at(row));

    // The living-alone elderly: first, flagged, red and bold.
    int alone = 0;
    for (int i = 0; i < kHouseholds; ++i)
        alone += livingAloneElderly(i) ? 1 : 0;
    QVERIFY(model.isLivingAloneElderly(alone - 1));
    QVERIFY(!model.isLivingAloneElderly(alone));
    QCOMPARE(model.index(0, VisitStaleModel::Household).data().toString(),
             QStringLiteral("翠湖苑 1号楼 Unit 1 1000 (living alone, elderly)"));
    QVERIFY(model.index(0, VisitStaleModel::Head).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.index(0, VisitStaleModel::Head).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(alone, VisitStaleModel::Head).data(Qt::FontRole).isNull());

    // Past the first page: never visited, then the one visited a hundred days ago.
    const int row = VisitStaleModel::kPageSize + 10;
    const int i = int(m_households.indexOf(expected.at(row)));
    QCOMPARE(model.index(row, VisitStaleModel::Head).data().toString(), QStringLiteral("住户%1").arg(1000 + i));
    QCOMPARE(model.index(row, VisitStaleModel::Grid).data().toString(), QStringLiteral("第二网格"));
    QCOMPARE(model.index(row, VisitStaleModel::LastVisit).data().toString(), QStringLiteral("never"));
    QVERIFY(model.index(row, VisitStaleModel::DaysSince).data().isNull());
    QCOMPARE(model.index(row, VisitStaleModel::Household).data(ItemRole::HouseholdId).toLongLong(), expected.at(row));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.householdId(last), m_households.at(kLongAgo));
    QCOMPARE(model.index(last, VisitStaleModel::LastVisit).data().toString(), QStringLiteral("2026-03-07"));
    QCOMPARE(model.index(last, VisitStaleModel::DaysSince).data().toInt(), 100);
    QCOMPARE(model.index(last, VisitStaleModel::Grid).data().toString(), QStringLiteral("第一网格"));
    QCOMPARE(model.householdId(last + 1), 0);
}

void VisitStaleModelTest::gridPeriodAndReload()
{
    VisitStaleModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto fetchAll = [&] {
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
    };

    // One grid.
    model.setQuery(m_today, 90, m_t->gridA);
    fetchAll();
    const QList<qint64> gridA = expectedOrder(m_t->gridA);
    QCOMPARE(model.totalCount(), int(gridA.size()));
    QCOMPARE(model.rowCount(), int(gridA.size()));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.householdId(row), gridA.at(row));
    model.setQuery(m_today, 90, m_t->gridB);
    QCOMPARE(model.totalCount(), int(expectedOrder(m_t->gridB).size()));

    // A shorter period: those visited ten days ago are due too; a longer one drops household 7.
    model.setQuery(m_today, 5);
    QCOMPARE(model.totalCount(), kHouseholds);
    model.setQuery(m_today, 100);
    QCOMPARE(model.totalCount(), int(expectedOrder().size()) - 1);

    // A visit made meanwhile shows after a reload.
    model.setQuery(m_today, 90);
    fetchAll();
    const qint64 first = model.householdId(0);
    visit(first, m_today, m_t->gridB);
    QCOMPARE(model.householdId(0), first); // a snapshot until reloaded
    model.reload();
    QCOMPARE(model.totalCount(), int(expectedOrder().size()) - 1);
    QVERIFY(model.householdId(0) != first);
    fetchAll();
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.householdId(row) != first);
}

QTEST_GUILESS_MAIN(VisitStaleModelTest)
#include "visitstalemodel_test.moc"
