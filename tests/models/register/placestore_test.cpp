#include "models/core/sqlquery.h"
#include "models/register/placestore.h"
#include "models/register/registerlookups.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QTest>
#include <QUuid>

// The place hierarchy a new office sets up by hand (issue 20, "A new office").
class PlaceStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseGetsItsCommunity();
    void addsCompoundsAndBuildings();
    void namesAreUniqueWithinTheirParent();
    void renameKeepsSearchWorking();
    void mergeMovesHouseholdsAndArchives();
    void mergeIsOneTransaction();
    void mergeCompoundsMovesAndMergesBuildings();
    void onlyOfficeStaffChange();
    void gridWorkerReadsOwnGrids();
};

void PlaceStoreTest::emptyDatabaseGetsItsCommunity()
{
    SKIP_ON_SERVER("an empty in-memory database");
    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, QStringLiteral(":memory:")));
    PlaceStore store(db.connection(), testScope());
    QVERIFY(store.isEmpty());
    QCOMPARE(store.community().id, 0);
    // A compound needs its community first.
    const SaveResult early = store.addCompound(QStringLiteral("幸福里"));
    QVERIFY(!early.ok);
    QCOMPARE(early.errors.first().field, QStringLiteral("community"));
    const SaveResult blank = store.setCommunity(QStringLiteral("新华街道"), QStringLiteral("  "));
    QVERIFY(!blank.ok);
    QVERIFY(blank.firstMessage().startsWith(QStringLiteral("Community:")));

    const SaveResult named = store.setCommunity(QStringLiteral(" 新华街道 "), QStringLiteral("幸福社区"));
    QVERIFY2(named.ok, qPrintable(named.firstMessage()));
    QCOMPARE(store.community().name, QStringLiteral("幸福社区"));
    QCOMPARE(store.community().street, QStringLiteral("新华街道"));
    QCOMPARE(RegisterLookups(db.connection(), testScope()).communityName(), QStringLiteral("幸福社区"));
    // Renaming keeps the one community row and audits before and after.
    QVERIFY(store.setCommunity(QStringLiteral("新华街道"), QStringLiteral("和平社区")).ok);
    QCOMPARE(SqlQuery(db.connection(), QStringLiteral("SELECT count(*) FROM community")).scalar().toInt(), 1);
    SqlQuery audit(db.connection(), QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE table_name = "
                                                   "'community' AND action = 'update'"));
    QVERIFY(audit.exec() && audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("幸福社区")));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("和平社区")));
    QVERIFY(store.addCompound(QStringLiteral("幸福里")).ok);
}

void PlaceStoreTest::addsCompoundsAndBuildings()
{
    TestDatabase tdb;
    PlaceStore store(tdb.db(), testScope());
    const SaveResult compound = store.addCompound(QStringLiteral("  阳光小区 "));
    QVERIFY2(compound.ok, qPrintable(compound.firstMessage()));
    QCOMPARE(store.compoundId(QStringLiteral("阳光小区")), compound.id);
    const SaveResult building = store.addBuilding(compound.id, QStringLiteral("3号楼"), tdb.gridB, 4);
    QVERIFY2(building.ok, qPrintable(building.firstMessage()));
    const QList<PlaceStore::Building> buildings = store.buildings(compound.id);
    QCOMPARE(buildings.size(), 1);
    QCOMPARE(buildings.first().name, QStringLiteral("3号楼"));
    QCOMPARE(buildings.first().gridCode, QStringLiteral("G02"));
    QCOMPARE(buildings.first().units, 4);
    QCOMPARE(tdb.count(QStringLiteral("audit_log WHERE table_name = 'compound' AND action = 'insert'")), 1);
    QCOMPARE(tdb.count(QStringLiteral("audit_log WHERE table_name = 'building' AND action = 'insert'")), 1);
    // The new building is where a household can be registered, and the address tree offers it.
    QVERIFY(tdb.addHousehold(building.id, QStringLiteral("2"), QStringLiteral("501"),
                             {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1970, 1, 1), true)}}));
    QCOMPARE(store.buildings(compound.id).first().households, 1);

    const SaveResult badUnits = store.addBuilding(compound.id, QStringLiteral("4号楼"), 0, 100);
    QCOMPARE(badUnits.errors.first().field, QStringLiteral("units"));
    const SaveResult noCompound = store.addBuilding(0, QStringLiteral("4号楼"), 0, 0);
    QCOMPARE(noCompound.errors.first().field, QStringLiteral("compound"));

    // The address tree and the filters list compounds as a Chinese index does (an, bai, xing, yang), not by
    // code point (安 幸 百 阳).
    QVERIFY(store.addCompound(QStringLiteral("幸福家园")).ok);
    QVERIFY(store.addCompound(QStringLiteral("百花园")).ok);
    QVERIFY(store.addCompound(QStringLiteral("安居苑")).ok);
    QStringList names;
    for (const RegisterLookups::Item &item : RegisterLookups(tdb.db(), testScope()).compounds())
        names << item.name;
    const qsizetype an = names.indexOf(QStringLiteral("安居苑")), bai = names.indexOf(QStringLiteral("百花园")),
                    xing = names.indexOf(QStringLiteral("幸福家园")), yang = names.indexOf(QStringLiteral("阳光小区"));
    QVERIFY2(an >= 0 && an < bai && bai < xing && xing < yang, qPrintable(names.join(QLatin1Char(' '))));
}

void PlaceStoreTest::namesAreUniqueWithinTheirParent()
{
    TestDatabase tdb;
    PlaceStore store(tdb.db(), testScope());
    const int before = tdb.count(QStringLiteral("compound"));
    const SaveResult dupCompound = store.addCompound(QStringLiteral("幸福里"));
    QVERIFY(!dupCompound.ok);
    QCOMPARE(dupCompound.errors.first().field, QStringLiteral("compound"));
    QVERIFY(dupCompound.firstMessage().contains(QStringLiteral("幸福里")));
    QCOMPARE(tdb.count(QStringLiteral("compound")), before);

    const SaveResult dupBuilding = store.addBuilding(tdb.compoundA, QStringLiteral("1号楼"), 0, 0);
    QVERIFY(!dupBuilding.ok);
    QCOMPARE(dupBuilding.errors.first().field, QStringLiteral("building"));
    QVERIFY(dupBuilding.firstMessage().startsWith(QStringLiteral("Building:")));
    // The same name in another compound is another building.
    QVERIFY(store.addBuilding(tdb.compoundB, QStringLiteral("2号楼"), 0, 0).ok);
    // Renaming onto a sibling's name is refused too.
    QVERIFY(!store.renameBuilding(tdb.buildingA2, QStringLiteral("1号楼")).ok);
    QVERIFY(!store.renameCompound(tdb.compoundB, QStringLiteral("幸福里")).ok);
}

void PlaceStoreTest::renameKeepsSearchWorking()
{
    TestDatabase tdb;
    tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                     {{QStringLiteral("李四"), TestDatabase::idFor(QDate(1960, 2, 2), true)}});
    PlaceStore store(tdb.db(), testScope());
    QVERIFY(store.renameCompound(tdb.compoundA, QStringLiteral("锦绣花园")).ok);
    QVERIFY(store.renameBuilding(tdb.buildingA1, QStringLiteral("九号楼")).ok);
    QCOMPARE(tdb.count(QStringLiteral("audit_log WHERE action = 'rename'")), 2);
    // The register's search finds the resident by the new address.
    ResidentTableModel model(tdb.db(), testScope());
    ResidentFilter filter;
    filter.text = QStringLiteral("锦绣 九号楼");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
}

void PlaceStoreTest::mergeMovesHouseholdsAndArchives()
{
    TestDatabase tdb;
    const qint64 h1 = tdb.addHousehold(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("101"),
                                       {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1980, 3, 3), true)}});
    const qint64 h2 = tdb.addHousehold(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("102"),
                                       {{QStringLiteral("赵六"), TestDatabase::idFor(QDate(1981, 4, 4), false)}});
    PlaceStore store(tdb.db(), testScope());
    // Only within one compound.
    const SaveResult across = store.mergeBuildings(tdb.buildingA2, tdb.buildingB1);
    QVERIFY(!across.ok);
    QCOMPARE(across.errors.first().field, QStringLiteral("into"));

    const SaveResult merged = store.mergeBuildings(tdb.buildingA2, tdb.buildingA1);
    QVERIFY2(merged.ok, qPrintable(merged.firstMessage()));
    QCOMPARE(tdb.count(QStringLiteral("household WHERE building_id = %1").arg(tdb.buildingA1)), 2);
    QCOMPARE(
        tdb.count(
            QStringLiteral("household WHERE id IN (%1, %2) AND building_id = %3").arg(h1).arg(h2).arg(tdb.buildingA1)),
        2);
    // Nothing deleted: the merged building stays, archived, and the audit row says where it went.
    QCOMPARE(tdb.count(QStringLiteral("building WHERE id = %1 AND archived = 1").arg(tdb.buildingA2)), 1);
    SqlQuery audit(tdb.db(), QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'building' AND "
                                            "record_id = ? AND action = 'merge'"));
    QVERIFY(audit.exec(tdb.buildingA2) && audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("\"households_moved\":2")));
    QCOMPARE(store.buildings(tdb.compoundA).size(), 1);
    // Merging an archived building again is refused.
    QVERIFY(!store.mergeBuildings(tdb.buildingA2, tdb.buildingA1).ok);
}

void PlaceStoreTest::mergeCompoundsMovesAndMergesBuildings()
{
    // Compound B (1号楼, one household) into compound A (1号楼 and 2号楼): B's 1号楼 is merged into A's
    // 1号楼, a new 5号楼 of B moves over whole, and B is archived.
    TestDatabase tdb;
    PlaceStore store(tdb.db(), testScope());
    const qint64 b5 = store.addBuilding(tdb.compoundB, QStringLiteral("5号楼"), 0, 2).id;
    QVERIFY(b5);
    const qint64 inB1 = tdb.addHousehold(tdb.buildingB1, QStringLiteral("1"), QStringLiteral("601"),
                                         {{QStringLiteral("孙七"), TestDatabase::idFor(QDate(1970, 5, 5), true)}});
    const qint64 inB5 = tdb.addHousehold(b5, QStringLiteral("2"), QStringLiteral("202"),
                                         {{QStringLiteral("周八"), TestDatabase::idFor(QDate(1972, 6, 6), false)}});
    const int aBefore = tdb.count(QStringLiteral("household WHERE building_id = %1").arg(tdb.buildingA1));

    QVERIFY(!store.mergeCompounds(tdb.compoundA, tdb.compoundA).ok);
    const SaveResult merged = store.mergeCompounds(tdb.compoundB, tdb.compoundA);
    QVERIFY2(merged.ok, qPrintable(merged.firstMessage()));
    QCOMPARE(tdb.count(QStringLiteral("household WHERE id = %1 AND building_id = %2").arg(inB1).arg(tdb.buildingA1)),
             1);
    QCOMPARE(tdb.count(QStringLiteral("household WHERE building_id = %1").arg(tdb.buildingA1)), aBefore + 1);
    QCOMPARE(
        tdb.count(
            QStringLiteral("building WHERE id = %1 AND compound_id = %2 AND archived = 0").arg(b5).arg(tdb.compoundA)),
        1);
    QCOMPARE(tdb.count(QStringLiteral("household WHERE id = %1 AND building_id = %2").arg(inB5).arg(b5)), 1);
    QCOMPARE(tdb.count(QStringLiteral("building WHERE id = %1 AND archived = 1").arg(tdb.buildingB1)), 1);
    QCOMPARE(tdb.count(QStringLiteral("compound WHERE id = %1 AND archived = 1").arg(tdb.compoundB)), 1);
    QCOMPARE(store.compoundId(QStringLiteral("翠湖苑")), 0);
    QCOMPARE(store.buildings(tdb.compoundA).size(), 3);
    SqlQuery audit(tdb.db(), QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'compound' AND "
                                            "record_id = ? AND action = 'merge'"));
    QVERIFY(audit.exec(tdb.compoundB) && audit.next());
    QVERIFY2(audit.value(0).toString().contains(QStringLiteral("\"households_moved\":1")),
             qPrintable(audit.value(0).toString()));
    // The moved people are found by their new address.
    ResidentTableModel model(tdb.db(), testScope());
    ResidentFilter filter;
    filter.text = QStringLiteral("幸福里 5号楼");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!store.mergeCompounds(tdb.compoundB, tdb.compoundA).ok); // archived: refused
}

void PlaceStoreTest::mergeIsOneTransaction()
{
    SKIP_ON_SERVER("a SQLite trigger makes the audit row fail");
    TestDatabase tdb;
    tdb.addHousehold(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("101"),
                     {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1980, 3, 3), true)}});
    QVERIFY(SqlQuery(tdb.db(), QStringLiteral("CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN "
                                              "SELECT RAISE(ABORT, 'audit refused'); END"))
                .exec());
    PlaceStore store(tdb.db(), testScope());
    const SaveResult merged = store.mergeBuildings(tdb.buildingA2, tdb.buildingA1);
    QVERIFY(!merged.ok);
    QVERIFY(!merged.firstMessage().contains(QStringLiteral("audit refused"))); // no raw SQL error
    // The households stayed and the building is still active: the move was rolled back.
    QCOMPARE(tdb.count(QStringLiteral("household WHERE building_id = %1").arg(tdb.buildingA2)), 1);
    QCOMPARE(tdb.count(QStringLiteral("building WHERE id = %1 AND archived = 0").arg(tdb.buildingA2)), 1);
    QVERIFY(!store.addCompound(QStringLiteral("新小区")).ok);
    QCOMPARE(store.compoundId(QStringLiteral("新小区")), 0);
}

void PlaceStoreTest::onlyOfficeStaffChange()
{
    TestDatabase tdb;
    const int audits = tdb.count(QStringLiteral("audit_log"));
    for (const AccessScope &scope :
         {AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {tdb.gridA}),
          AccessScope(AccessScope::Role::Viewer, 8, QStringLiteral("viewer")), AccessScope()}) {
        PlaceStore store(tdb.db(), scope);
        QVERIFY(!store.addCompound(QStringLiteral("新小区")).ok);
        QVERIFY(!store.addBuilding(tdb.compoundA, QStringLiteral("9号楼"), 0, 0).ok);
        QVERIFY(!store.renameBuilding(tdb.buildingA1, QStringLiteral("9号楼")).ok);
        QVERIFY(!store.renameCompound(tdb.compoundA, QStringLiteral("新小区")).ok);
        QVERIFY(!store.mergeBuildings(tdb.buildingA2, tdb.buildingA1).ok);
        QVERIFY(!store.setCommunity(QStringLiteral("街道"), QStringLiteral("社区")).ok);
    }
    QCOMPARE(tdb.count(QStringLiteral("audit_log")), audits);
    QCOMPARE(tdb.count(QStringLiteral("building WHERE name = '1号楼'")), 2);
    // A clerk may.
    PlaceStore clerk(tdb.db(), AccessScope(AccessScope::Role::Clerk, 9, QStringLiteral("clerk")));
    QVERIFY(clerk.addCompound(QStringLiteral("新小区")).ok);
}

void PlaceStoreTest::gridWorkerReadsOwnGrids()
{
    TestDatabase tdb;
    PlaceStore store(tdb.db(), AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {tdb.gridB}));
    const QList<PlaceStore::Compound> compounds = store.compounds();
    QCOMPARE(compounds.size(), 1);
    QCOMPARE(compounds.first().id, tdb.compoundB);
    QCOMPARE(store.buildings(tdb.compoundA).size(), 0);
    QCOMPARE(store.buildings(tdb.compoundB).size(), 1);
}

QTEST_GUILESS_MAIN(PlaceStoreTest)
#include "placestore_test.moc"
