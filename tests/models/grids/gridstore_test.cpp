// Grids: saving, the one-grid-per-building rule, archiving, figures and the coverage check.
#include "models/core/sqlquery.h"
#include "models/grids/gridcoverage.h"
#include "models/grids/gridfigures.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/grids/gridtablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class GridStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void savesAndUpdatesAGrid();
    void rejectsMissingOrDuplicateCode();
    void buildingMovesToExactlyOneGrid();
    void assignmentRefusesArchivedOrMissingGrid();
    void assignsAWholeCompound();
    void archiveRefusedWhileBuildingsRemain();
    void figuresCountLivingResidentsAndElderly();
    void coverageListsGaps();
    void boundaryNeedsThreePoints();
    void tableModelIsSound();
    void baseImageImport();

private:
    qint64 gridOf(qint64 buildingId) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT grid_id FROM building WHERE id = ?"));
        q.exec(buildingId);
        return q.scalar().toLongLong();
    }
    std::unique_ptr<TestDatabase> m_db;
};

void GridStoreTest::savesAndUpdatesAGrid()
{
    GridStore store(m_db->db(), testScope());
    Grid g;
    g.code = QStringLiteral(" G03 ");
    g.name = QStringLiteral("第三网格");
    g.workerName = QStringLiteral("赵敏");
    g.workerPhone = QStringLiteral("13800000000");
    g.color = QStringLiteral("#009E73");
    const SaveResult r = store.saveGrid(g);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(g.id > 0);
    std::optional<Grid> back = store.grid(g.id);
    QVERIFY(back);
    QCOMPARE(back->code, QStringLiteral("G03"));
    QCOMPARE(back->workerName, QStringLiteral("赵敏"));
    QCOMPARE(back->communityId, qint64(1));
    back->leaderName = QStringLiteral("钱多");
    QVERIFY(store.saveGrid(*back).ok);
    QCOMPARE(store.grid(g.id)->leaderName, QStringLiteral("钱多"));
    QCOMPARE(store.grids().size(), 3);
    QVERIFY(m_db->count(QStringLiteral("audit_log WHERE table_name = 'grid'")) >= 2);
}

void GridStoreTest::rejectsMissingOrDuplicateCode()
{
    GridStore store(m_db->db(), testScope());
    Grid g;
    g.name = QStringLiteral("无编号");
    SaveResult r = store.saveGrid(g);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("code"));
    g.code = QStringLiteral("G01"); // taken by gridA
    r = store.saveGrid(g);
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("G01")));
    g.code = QStringLiteral("G09");
    g.color = QStringLiteral("not-a-colour");
    QVERIFY(!store.saveGrid(g).ok);
    QCOMPARE(m_db->count(QStringLiteral("grid")), 2);
}

void GridStoreTest::buildingMovesToExactlyOneGrid()
{
    GridStore store(m_db->db(), testScope());
    QCOMPARE(gridOf(m_db->buildingA1), m_db->gridA);
    const SaveResult r = store.assignBuildings({m_db->buildingA1}, m_db->gridB);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(gridOf(m_db->buildingA1), m_db->gridB);
    QCOMPARE(gridOf(m_db->buildingA2), m_db->gridA); // its neighbour stays
    // Grid 0 ("none") is not a grid: a building cannot be taken out of every grid.
    QVERIFY(!store.assignBuildings({m_db->buildingA1}, 0).ok);
    QCOMPARE(gridOf(m_db->buildingA1), m_db->gridB);
}

void GridStoreTest::assignmentRefusesArchivedOrMissingGrid()
{
    GridStore store(m_db->db(), testScope());
    Grid g;
    g.code = QStringLiteral("G09");
    g.name = QStringLiteral("空网格");
    QVERIFY(store.saveGrid(g).ok);
    QVERIFY(store.archiveGrid(g.id, QDate(2026, 11, 1)).ok);
    SaveResult r = store.assignBuildings({m_db->buildingA1}, g.id);
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("archived")));
    QVERIFY(!store.assignBuildings({m_db->buildingA1}, 9999).ok);
    // One bad building id rolls back the good one before it.
    r = store.assignBuildings({m_db->buildingA1, 9999}, m_db->gridB);
    QVERIFY(!r.ok);
    QCOMPARE(gridOf(m_db->buildingA1), m_db->gridA);
}

void GridStoreTest::assignsAWholeCompound()
{
    GridStore store(m_db->db(), testScope());
    QVERIFY(store.assignCompound(m_db->compoundA, m_db->gridB).ok);
    QCOMPARE(gridOf(m_db->buildingA1), m_db->gridB);
    QCOMPARE(gridOf(m_db->buildingA2), m_db->gridB);
}

void GridStoreTest::archiveRefusedWhileBuildingsRemain()
{
    GridStore store(m_db->db(), testScope());
    SaveResult r = store.archiveGrid(m_db->gridB, QDate(2026, 11, 20));
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("1 building")));
    QVERIFY(store.assignBuildings({m_db->buildingB1}, m_db->gridA).ok);
    r = store.archiveGrid(m_db->gridB, QDate(2026, 11, 20));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(store.grids().size(), 1);
    QCOMPARE(store.grids(true).size(), 2); // archived, not deleted
    SqlQuery q(m_db->db(), QStringLiteral("SELECT archived_at FROM grid WHERE id = ?"));
    q.exec(m_db->gridB);
    QCOMPARE(q.scalar().toString(), QStringLiteral("2026-11-20"));
}

void GridStoreTest::figuresCountLivingResidentsAndElderly()
{
    const QDate today(2026, 11, 23);
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张老"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)},
                        {QStringLiteral("张小"), TestDatabase::idFor(QDate(1990, 1, 1), true, 2)}});
    m_db->addHousehold(m_db->buildingA2, QStringLiteral("1"), QStringLiteral("102"),
                       {{QStringLiteral("李刚满"), TestDatabase::idFor(QDate(1966, 11, 23), true, 3)}});
    const qint64 wang =
        m_db->addHousehold(m_db->buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                           {{QStringLiteral("王某"), TestDatabase::idFor(QDate(1940, 5, 5), false, 4)}});
    Q_UNUSED(wang)
    SqlQuery(m_db->db(), QStringLiteral("UPDATE resident SET status = 'deceased' WHERE name = '王某'")).exec();
    SqlQuery tag(m_db->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT r.id, t.id FROM "
                                            "resident r, tag t WHERE r.name = ? AND t.code = 'party_member'"));
    tag.exec(QStringLiteral("张小"));

    const QHash<qint64, GridFigure> f = GridFigures::compute(m_db->db(), testScope(), today);
    QCOMPARE(f.value(m_db->gridA).households, 2);
    QCOMPARE(f.value(m_db->gridA).residents, 3);
    QCOMPARE(f.value(m_db->gridA).elderly, 2); // 张老 76, 李刚满 turns 60 today; 张小 is 36
    QCOMPARE(f.value(m_db->gridB).households, 1);
    QCOMPARE(f.value(m_db->gridB).residents, 0); // deceased is not counted
    SqlQuery t(m_db->db(), QStringLiteral("SELECT id FROM tag WHERE code = 'party_member'"));
    QCOMPARE(f.value(m_db->gridA).tagCounts.value(t.scalar().toLongLong()), 1);
    QCOMPARE(f.value(m_db->gridA).openCases, 0);
}

void GridStoreTest::coverageListsGaps()
{
    GridCoverage coverage(m_db->db(), testScope());
    QVERIFY(coverage.buildingsWithoutGrid().isEmpty());
    QVERIFY(coverage.householdsWithoutBuilding().isEmpty());

    SqlQuery(m_db->db(), QStringLiteral("INSERT INTO building (compound_id, name) VALUES (1, '9号楼')")).exec();
    m_db->addHousehold(m_db->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                       {{QStringLiteral("孙悟"), TestDatabase::idFor(QDate(1980, 2, 2), true, 5)}});
    SqlQuery(m_db->db(), QStringLiteral("UPDATE household SET building_id = NULL WHERE room = '301'")).exec();

    const QList<GridCoverage::Building> buildings = coverage.buildingsWithoutGrid();
    QCOMPARE(buildings.size(), 1);
    QCOMPARE(buildings.constFirst().name, QStringLiteral("9号楼"));
    QCOMPARE(buildings.constFirst().compoundName, QStringLiteral("幸福里"));
    const QList<GridCoverage::Household> households = coverage.householdsWithoutBuilding();
    QCOMPARE(households.size(), 1);
    QCOMPARE(households.constFirst().head, QStringLiteral("孙悟"));
    QCOMPARE(households.constFirst().members, 1);

    // A building whose grid is archived is uncovered too.
    SqlQuery(m_db->db(), QStringLiteral("UPDATE grid SET archived = 1 WHERE code = 'G02'")).exec();
    QCOMPARE(coverage.buildingsWithoutGrid().size(), 2);
}

void GridStoreTest::boundaryNeedsThreePoints()
{
    GridStore store(m_db->db(), testScope());
    QVERIFY(!store.setBoundary(m_db->gridA, QPolygonF({QPointF(0, 0), QPointF(10, 10)})).ok);
    QVERIFY(!store.setBoundary(m_db->gridA, QPolygonF({QPointF(0, 0), QPointF(10, 10), QPointF(20, 20)})).ok);
    const QPolygonF square({QPointF(0, 0), QPointF(100, 0), QPointF(100, 80), QPointF(0, 80)});
    QVERIFY(store.setBoundary(m_db->gridA, square).ok);
    QCOMPARE(store.grid(m_db->gridA)->boundary, square);
    QVERIFY(store.setBuildingPosition(m_db->buildingA1, QPointF(40.5, 30)).ok);
    const QList<MapBuilding> buildings = store.mapBuildings();
    const auto a1 = std::find_if(buildings.cbegin(), buildings.cend(),
                                 [this](const MapBuilding &b) { return b.id == m_db->buildingA1; });
    QVERIFY(a1 != buildings.cend());
    QVERIFY(a1->placed);
    QCOMPARE(a1->position, QPointF(40.5, 30));
}

void GridStoreTest::tableModelIsSound()
{
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张老"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)}});
    GridTableModel model(m_db->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, GridTableModel::Code).data().toString(), QStringLiteral("G01"));
    QCOMPARE(model.index(0, GridTableModel::Residents).data().toInt(), 1);
    QCOMPARE(model.index(0, GridTableModel::OpenCases).data().toInt(), 0);
    // Open cases are real now: one open and one closed case in grid A count as one.
    SqlQuery addCase(m_db->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, "
                                                "description, received_at, deadline, status, created_at, updated_at) "
                                                "VALUES (?, 'visit', 1, ?, 'x', '2026-01-01', '2026-01-02', ?, "
                                                "'2026-01-01', '2026-01-01')"));
    QVERIFY(addCase.exec(QStringLiteral("2026-000001"), m_db->gridA, QStringLiteral("assigned")));
    QVERIFY(addCase.exec(QStringLiteral("2026-000002"), m_db->gridA, QStringLiteral("closed")));
    model.reload();
    QCOMPARE(model.index(0, GridTableModel::OpenCases).data().toInt(), 1);
    QVERIFY(model.index(0, GridTableModel::OpenCases).data(Qt::ToolTipRole).toString().isEmpty());
    model.reload();
    QCOMPARE(model.rowCount(), 2);
}

void GridStoreTest::baseImageImport()
{
    QTemporaryDir dir;
    GridMapImage images(m_db->db());
    QVERIFY(images.load().isNull());
    const QString fake = dir.filePath(QStringLiteral("plan.png"));
    QFile text(fake);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not an image");
    text.close();
    const QString error = images.importFile(fake);
    QVERIFY2(error.contains(QStringLiteral("not a PNG or JPG")), qPrintable(error));
    QCOMPARE(m_db->count(QStringLiteral("map_image")), 0);

    QImage plan(320, 200, QImage::Format_RGB32);
    plan.fill(Qt::darkCyan);
    const QString jpg = dir.filePath(QStringLiteral("scan.jpg"));
    QVERIFY(plan.save(jpg, "JPG"));
    QCOMPARE(images.importFile(jpg), QString());
    QCOMPARE(images.load().size(), QSize(320, 200));
    // A newer image replaces it on the map; the older one is kept.
    const QString png = dir.filePath(QStringLiteral("plan2.png"));
    QVERIFY(plan.scaled(640, 400).save(png, "PNG"));
    QCOMPARE(images.importFile(png), QString());
    QCOMPARE(images.load().size(), QSize(640, 400));
    QCOMPARE(m_db->count(QStringLiteral("map_image")), 2);
}

QTEST_GUILESS_MAIN(GridStoreTest)
#include "gridstore_test.moc"
