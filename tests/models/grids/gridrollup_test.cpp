#include "models/access/accessscope.h"
#include "models/grids/areastore.h"
#include "models/grids/gridfigures.h"
#include "models/grids/gridrollup.h"
#include "models/grids/gridstore.h"
#include "models/grids/partycontactstore.h"
#include "models/meetings/meetingfigures.h"

#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// Hand-counted fixture: grids G01 (A) and G03 (C) in area P01, G02 (B) in no area; grid 0
// stands for community-wide rows.
class GridRollupTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mapsGridsToAreas();
    void sumsCounts();
    void sumsRowsAndStructs();
    void rollsUpRowsInAreaOrder();
    void archivedAreaLeavesGridsInNone();
    void placementValidation();
    void saveGridWithPlacementIsOneTransaction();
    void areaCodesUnique();
    void partyContacts();
    void gridWorkerMayNotChangeAreas();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_gridC = 0;
    qint64 m_area = 0;
};

void GridRollupTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    SqlQuery grid(m_t->db(),
                  QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, 'G03', '第三网格')"));
    QVERIFY(grid.exec());
    m_gridC = grid.lastInsertId();
    Area a;
    a.code = QStringLiteral("P01");
    a.name = QStringLiteral("东片区");
    a.leaderName = QStringLiteral("王建国");
    AreaStore store(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(store.saveArea(a).ok);
    m_area = a.id;
    QVERIFY(store.setGridsOfArea(m_area, {m_t->gridA, m_gridC}).ok);
}

void GridRollupTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

void GridRollupTest::mapsGridsToAreas()
{
    const GridRollup rollup(m_t->db());
    QCOMPARE(rollup.areaOf(m_t->gridA), m_area);
    QCOMPARE(rollup.areaOf(m_gridC), m_area);
    QCOMPARE(rollup.areaOf(m_t->gridB), GridRollup::kNoArea);
    QCOMPARE(rollup.areaOf(0), GridRollup::kCommunityWide);
    QCOMPARE(rollup.areaOf(999), GridRollup::kNoArea);
    QCOMPARE(rollup.areaOfGrid().size(), 3);
    QCOMPARE(rollup.areaIds(), (QList<qint64>{m_area, GridRollup::kNoArea}));
    QCOMPARE(rollup.areaName(m_area), QStringLiteral("东片区"));
    QCOMPARE(rollup.areaName(GridRollup::kNoArea), QStringLiteral("No area"));
    QCOMPARE(rollup.gridsOf(m_area), (QList<qint64>{m_t->gridA, m_gridC}));
    QCOMPARE(rollup.gridsOf(GridRollup::kNoArea), QList<qint64>{m_t->gridB});
    QCOMPARE(AreaStore(m_t->db(), testScope()).area(m_area)->gridCount, 2);
}

void GridRollupTest::sumsCounts()
{
    const GridRollup rollup(m_t->db());
    const QHash<qint64, int> perGrid{{m_t->gridA, 3}, {m_t->gridB, 5}, {m_gridC, 7}, {0, 2}, {999, 1}};
    const QHash<qint64, int> perArea = rollup.sum(perGrid);
    QCOMPARE(perArea.size(), 3);
    QCOMPARE(perArea.value(m_area), 10);
    QCOMPARE(perArea.value(GridRollup::kNoArea), 6);
    QCOMPARE(perArea.value(GridRollup::kCommunityWide), 2);
    const QHash<qint64, double> hours = rollup.sum(QHash<qint64, double>{{m_t->gridA, 1.5}, {m_gridC, 2.25}});
    QCOMPARE(hours.value(m_area), 3.75);
}

void GridRollupTest::sumsRowsAndStructs()
{
    // Households: A 2 (one moved out is not counted), B 1, C none.
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)}}));
    QVERIFY(m_t->addHousehold(m_t->buildingA2, QStringLiteral("1"), QStringLiteral("102"),
                              {{QStringLiteral("李四"), TestDatabase::idFor(QDate(1990, 1, 1), false, 2)},
                               {QStringLiteral("李五"), TestDatabase::idFor(QDate(1991, 1, 1), true, 3)}}));
    QVERIFY(m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                              {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1940, 1, 1), true, 4)}}));
    const QHash<qint64, GridFigure> figures = GridFigures::compute(m_t->db(), testScope(), QDate(2026, 6, 1));
    QList<std::pair<qint64, GridFigure>> rows;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it)
        rows.append({it.key(), it.value()});
    const GridRollup rollup(m_t->db());
    const auto perArea = rollup.sumRows(
        rows, [](const std::pair<qint64, GridFigure> &r) { return r.first; },
        [](std::pair<qint64, GridFigure> &total, const std::pair<qint64, GridFigure> &r) {
            total.second.households += r.second.households;
            total.second.residents += r.second.residents;
            total.second.elderly += r.second.elderly;
        });
    QCOMPARE(perArea.value(m_area).second.households, 2);
    QCOMPARE(perArea.value(m_area).second.residents, 3);
    QCOMPARE(perArea.value(m_area).second.elderly, 1);
    QCOMPARE(perArea.value(GridRollup::kNoArea).second.households, 1);
    QCOMPARE(perArea.value(GridRollup::kNoArea).second.elderly, 1);

    // A struct with += rolls up with sum().
    MeetingFigures::Figures a;
    a.meetings = 2;
    a.decisions = 3;
    MeetingFigures::Figures c;
    c.meetings = 1;
    c.overdue = 1;
    const auto meetings = rollup.sum(QHash<qint64, MeetingFigures::Figures>{{m_t->gridA, a}, {m_gridC, c}});
    QCOMPARE(meetings.value(m_area).meetings, 3);
    QCOMPARE(meetings.value(m_area).decisions, 3);
    QCOMPARE(meetings.value(m_area).overdue, 1);
}

namespace {
struct Tally
{
    qint64 id = 0;
    QString name;
    int count = 0;
    Tally &operator+=(const Tally &o)
    {
        count += o.count;
        return *this;
    }
};
} // namespace

void GridRollupTest::rollsUpRowsInAreaOrder()
{
    // A second area with no figures this month keeps its zero row; the community-wide row comes last.
    Area west;
    west.code = QStringLiteral("P02");
    west.name = QStringLiteral("西片区");
    QVERIFY(AreaStore(m_t->db(), testScope(QStringLiteral("tester"))).saveArea(west).ok);
    const GridRollup rollup(m_t->db());
    QVERIFY(rollup.hasAreas());
    const QList<Tally> rows{{m_t->gridB, {}, 5}, {0, {}, 2}, {m_t->gridA, {}, 3}, {m_gridC, {}, 7}};
    const QList<Tally> areas = rollup.rollUp(
        rows, [](const Tally &t) { return t.id; },
        [](qint64 id, const QString &name) {
            return Tally{id, name, 0};
        });
    QCOMPARE(areas.size(), 4);
    QCOMPARE(areas.at(0).id, m_area);
    QCOMPARE(areas.at(0).name, QStringLiteral("东片区"));
    QCOMPARE(areas.at(0).count, 10);
    QCOMPARE(areas.at(1).id, west.id);
    QCOMPARE(areas.at(1).count, 0);
    QCOMPARE(areas.at(2).id, GridRollup::kNoArea);
    QCOMPARE(areas.at(2).count, 5);
    QCOMPARE(areas.at(3).id, GridRollup::kCommunityWide);
    QCOMPARE(areas.at(3).name, QStringLiteral("Community-wide"));
    QCOMPARE(areas.at(3).count, 2);
    QVERIFY(!GridRollup().hasAreas());
}

void GridRollupTest::archivedAreaLeavesGridsInNone()
{
    AreaStore store(m_t->db(), testScope());
    QVERIFY(store.archiveArea(m_area).ok);
    QVERIFY(!store.archiveArea(m_area).ok);
    QCOMPARE(store.areas().size(), 0);
    QCOMPARE(store.areas(true).size(), 1);
    const GridRollup rollup(m_t->db());
    QCOMPARE(rollup.areaOf(m_t->gridA), GridRollup::kNoArea);
    QCOMPARE(rollup.areaIds(), QList<qint64>{GridRollup::kNoArea});
    // An archived area takes no grids.
    const SaveResult r = store.assignGrids({m_t->gridB}, m_area);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("area"));
}

void GridRollupTest::placementValidation()
{
    AreaStore store(m_t->db(), testScope());
    GridPlacement p;
    p.kind = QStringLiteral("exclusive");
    SaveResult r = store.setPlacement(m_t->gridB, p);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("unitName"));
    QVERIFY(r.firstMessage().startsWith(QLatin1String("Unit:")));
    p.kind = QStringLiteral("mall");
    QCOMPARE(store.setPlacement(m_t->gridB, p).errors.at(0).field, QStringLiteral("kind"));

    p.kind = QStringLiteral("exclusive");
    p.unitName = QStringLiteral("第一实验小学");
    p.areaId = m_area;
    QVERIFY(store.setPlacement(m_t->gridB, p).ok);
    QCOMPARE(store.placement(m_t->gridB), p);
    // Back to an ordinary grid: the unit is dropped.
    p.kind = QStringLiteral("regular");
    QVERIFY(store.setPlacement(m_t->gridB, p).ok);
    QCOMPARE(store.placement(m_t->gridB).unitName, QString());
}

void GridRollupTest::saveGridWithPlacementIsOneTransaction()
{
    AreaStore store(m_t->db(), testScope(QStringLiteral("tester")));
    Grid g;
    g.code = QStringLiteral("Z01");
    g.name = QStringLiteral("市场专属网格");
    GridPlacement p;
    p.kind = QStringLiteral("exclusive");
    p.unitName = QStringLiteral("幸福路农贸市场");
    p.areaId = m_area;
    const SaveResult r = store.saveGrid(g, p);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(g.id > 0);
    QCOMPARE(store.placement(g.id), p);
    QCOMPARE(GridStore(m_t->db(), testScope()).grid(g.id)->name, QStringLiteral("市场专属网格"));

    // A grid error (duplicate code) leaves nothing behind, and a placement error no grid.
    Grid dup;
    dup.code = QStringLiteral("Z01");
    dup.name = QStringLiteral("重复");
    QVERIFY(!store.saveGrid(dup, p).ok);
    QCOMPARE(dup.id, 0);
    Grid bad;
    bad.code = QStringLiteral("Z02");
    bad.name = QStringLiteral("无单位");
    GridPlacement noUnit;
    noUnit.kind = QStringLiteral("exclusive");
    QVERIFY(!store.saveGrid(bad, noUnit).ok);
    QCOMPARE(bad.id, 0);
    QCOMPARE(m_t->count(QStringLiteral("grid")), 4);
}

void GridRollupTest::areaCodesUnique()
{
    AreaStore store(m_t->db(), testScope());
    Area a;
    a.code = QStringLiteral("P01");
    a.name = QStringLiteral("西片区");
    SaveResult r = store.saveArea(a);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("code"));
    a.code = QString();
    QCOMPARE(store.saveArea(a).errors.at(0).field, QStringLiteral("code"));
    a.code = QStringLiteral("P02");
    a.name = QString();
    QCOMPARE(store.saveArea(a).errors.at(0).field, QStringLiteral("name"));
    // Renaming keeps the id.
    Area rename = *store.area(m_area);
    rename.name = QStringLiteral("东一片区");
    QVERIFY(store.saveArea(rename).ok);
    QCOMPARE(rename.id, m_area);
    QCOMPARE(GridRollup(m_t->db()).areaName(m_area), QStringLiteral("东一片区"));
}

void GridRollupTest::partyContacts()
{
    const QString id1 = TestDatabase::idFor(QDate(1960, 1, 1), true, 5);
    const QString id2 = TestDatabase::idFor(QDate(1962, 1, 1), false, 6);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("2"), QStringLiteral("301"),
                              {{QStringLiteral("党员甲"), id1}, {QStringLiteral("家属乙"), id2}}));
    PartyContactStore store(m_t->db(), testScope(QStringLiteral("tester")));
    const SaveResult r = store.add(m_t->gridA, m_t->residentId(id1), QDate(2025, 7, 1));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    // The same household once only, even through another member.
    const SaveResult dup = store.add(m_t->gridA, m_t->residentId(id2));
    QVERIFY(!dup.ok);
    QCOMPARE(dup.errors.at(0).field, QStringLiteral("resident"));
    const QList<PartyContact> list = store.contacts(m_t->gridA);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).residentName, QStringLiteral("党员甲"));
    QCOMPARE(list.at(0).since, QDate(2025, 7, 1));
    QVERIFY(list.at(0).address.contains(QStringLiteral("301")));
    QCOMPARE(store.countsPerGrid().value(m_t->gridA), 1);
    QCOMPARE(GridRollup(m_t->db()).sum(store.countsPerGrid()).value(m_area), 1);

    QVERIFY(store.archive(r.id).ok);
    QCOMPARE(store.contacts(m_t->gridA).size(), 0);
    QCOMPARE(store.contacts(m_t->gridA, true).size(), 1);
    QCOMPARE(m_t->count(QStringLiteral("party_contact")), 1);
    // Once ended, the household may become a contact again.
    QVERIFY(store.add(m_t->gridA, m_t->residentId(id2)).ok);
}

void GridRollupTest::gridWorkerMayNotChangeAreas()
{
    const QString id = TestDatabase::idFor(QDate(1960, 1, 1), true, 7);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("3"), QStringLiteral("401"),
                              {{QStringLiteral("党员丙"), id}}));
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridB}));
    Area a;
    a.code = QStringLiteral("P09");
    a.name = QStringLiteral("新片区");
    QVERIFY(!AreaStore(m_t->db(), testScope()).saveArea(a).ok);
    QVERIFY(!AreaStore(m_t->db(), testScope()).setGridsOfArea(m_area, {m_t->gridB}).ok);
    QCOMPARE(GridRollup(m_t->db()).areaOf(m_t->gridB), GridRollup::kNoArea);
    // A party contact only in their own grid.
    QVERIFY(!PartyContactStore(m_t->db(), testScope()).add(m_t->gridA, m_t->residentId(id)).ok);
}

QTEST_GUILESS_MAIN(GridRollupTest)
#include "gridrollup_test.moc"
