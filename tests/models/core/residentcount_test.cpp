// Long lists show their first rows at once and learn their exact size from a background count.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ResidentCountTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longListGrowsToItsExactSize();
    void newerFilterWinsOverAnOldCount();
    void inMemoryDatabaseCountsInPlace();

private:
    int livingResidents() const
    {
        return SqlQuery(m_db.connection(), QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living'"))
            .scalar()
            .toInt();
    }
    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("count-test")};
};

void ResidentCountTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Workspace::open(m_db, m_dir.filePath(QStringLiteral("count.sqlite"))));
    DemoGenerator generator(m_db.connection());
    QVERIFY(generator.generate(2400)); // about 6,400 residents: more than the model counts up front
    QVERIFY(livingResidents() > ResidentTableModel::kCountCap);
}

void ResidentCountTest::longListGrowsToItsExactSize()
{
    ResidentTableModel model(m_db.connection(), testScope());
    // The first page is there at once, the count capped...
    QCOMPARE(model.rowCount(), ResidentTableModel::kCountCap);
    QVERIFY(!model.isCountExact());
    QVERIFY(!model.index(0, ResidentTableModel::Name).data().toString().isEmpty());
    // ...and the rows beyond the cap arrive as inserted rows, so a view keeps its place.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(&model, &ResidentTableModel::countChanged);
    QTRY_VERIFY(model.isCountExact());
    QCOMPARE(model.rowCount(), livingResidents());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), ResidentTableModel::kCountCap);
    QCOMPARE(counted.constLast().at(0).toInt(), livingResidents());
    QCOMPARE(counted.constLast().at(1).toBool(), true);
    // The last row is readable like any other.
    QVERIFY(!model.index(model.rowCount() - 1, ResidentTableModel::Name).data().toString().isEmpty());
}

void ResidentCountTest::newerFilterWinsOverAnOldCount()
{
    ResidentTableModel model(m_db.connection(), testScope());
    QVERIFY(!model.isCountExact());
    ResidentFilter few;
    few.minAge = 95;
    model.setFilter(few); // before the count of the whole list returns
    const int small = model.rowCount();
    QVERIFY(model.isCountExact());
    QVERIFY(small < ResidentTableModel::kCountCap);
    QTest::qWait(300); // the stale count may land now; it must be ignored
    QCOMPARE(model.rowCount(), small);
}

void ResidentCountTest::inMemoryDatabaseCountsInPlace()
{
    Database memory(QStringLiteral("count-memory"));
    QVERIFY(Workspace::open(memory, QStringLiteral(":memory:")));
    DemoGenerator generator(memory.connection());
    QVERIFY(generator.generate(2400));
    ResidentTableModel model(memory.connection(), testScope());
    // Another connection could not see a private in-memory database, so the count is exact at once.
    QVERIFY(model.isCountExact());
    QVERIFY(model.rowCount() > ResidentTableModel::kCountCap);
}

QTEST_GUILESS_MAIN(ResidentCountTest)
#include "residentcount_test.moc"
