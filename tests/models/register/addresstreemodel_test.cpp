#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/register/addresstreemodel.h"
#include "tests/support/testsupport.h"

#include <functional>
#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Kind = AddressTreeModel::Kind;

class AddressTreeModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void topLevelIsCompounds();
    void compoundFetchesBuildings();
    void buildingFetchesUnitsAndUnitlessHouseholds();
    void unitFetchesHouseholds();
    void emptyBuildingHasNoChildrenOnceFetched();
    void parentsAndAccessors();
    void modelTesterWalksWholeTree();
    void reloadStartsLazyAgain();

private:
    qint64 addHousehold(qint64 building, const QString &unit, const QString &room, const QString &head);
    static QStringList labels(const QAbstractItemModel &model, const QModelIndex &parent);
    QModelIndex fetched(AddressTreeModel &model, const QModelIndex &index);

    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_building10 = 0;
    QHash<QString, qint64> m_households; // head name -> household id
    int m_sequence = 0;
};

qint64 AddressTreeModelTest::addHousehold(qint64 building, const QString &unit, const QString &room,
                                          const QString &head)
{
    ++m_sequence;
    const qint64 id =
        m_tdb->addHousehold(building, unit, room, {{head, TestDatabase::idFor(QDate(1970, 1, m_sequence), true)}});
    m_households.insert(head, id);
    return id;
}

QStringList AddressTreeModelTest::labels(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list << model.index(row, 0, parent).data().toString();
    return list;
}

QModelIndex AddressTreeModelTest::fetched(AddressTreeModel &model, const QModelIndex &index)
{
    if (model.canFetchMore(index))
        model.fetchMore(index);
    return index;
}

void AddressTreeModelTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    m_households.clear();
    m_sequence = 0;
    // 幸福里 1号楼: units 1, 2 and 10, rooms in natural order (201 before 1101).
    addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("1101"), QStringLiteral("李四"));
    addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("201"), QStringLiteral("张三"));
    addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"), QStringLiteral("王五"));
    addHousehold(m_tdb->buildingA1, QStringLiteral("10"), QStringLiteral("101"), QStringLiteral("陈二"));
    addHousehold(m_tdb->buildingA1, QStringLiteral("2"), QStringLiteral("501"), QStringLiteral("刘一"));
    // 翠湖苑 1号楼: two households without a unit and one unit.
    addHousehold(m_tdb->buildingB1, QString(), QStringLiteral("102"), QStringLiteral("赵六"));
    addHousehold(m_tdb->buildingB1, QString(), QStringLiteral("12"), QStringLiteral("孙七"));
    addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("301"), QStringLiteral("钱八"));
    for (const qint64 id : std::as_const(m_households))
        QVERIFY(id > 0);
    // An empty "10号楼" sorts after "2号楼"; an archived building and compound are not shown.
    SqlQuery building(m_tdb->db(), QStringLiteral("INSERT INTO building (compound_id, grid_id, name, archived) "
                                                  "VALUES (?, ?, ?, ?)"));
    QVERIFY(building.exec(m_tdb->compoundA, m_tdb->gridA, QStringLiteral("10号楼"), 0));
    m_building10 = building.lastInsertId();
    SqlQuery archived(m_tdb->db(), QStringLiteral("INSERT INTO building (compound_id, grid_id, name, archived) "
                                                  "VALUES (?, ?, ?, ?)"));
    QVERIFY(archived.exec(m_tdb->compoundA, m_tdb->gridA, QStringLiteral("3号楼"), 1));
    QVERIFY(SqlQuery(m_tdb->db(), QStringLiteral("INSERT INTO compound (community_id, name, archived) VALUES "
                                                 "(1, '已拆迁小区', 1)"))
                .exec());
}

void AddressTreeModelTest::cleanup()
{
    m_tdb.reset();
}

void AddressTreeModelTest::topLevelIsCompounds()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    QCOMPARE(model.columnCount(), 1);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.hasChildren());
    // Compounds in pinyin order: cui before xing.
    QCOMPARE(labels(model, QModelIndex()), (QStringList{QStringLiteral("翠湖苑"), QStringLiteral("幸福里")}));
    const QModelIndex a = model.index(1, 0);
    QCOMPARE(AddressTreeModel::kindOf(a), Kind::Compound);
    QCOMPARE(a.data(ItemRole::Kind).toInt(), int(Kind::Compound));
    QCOMPARE(model.idOf(a), m_tdb->compoundA);
    QCOMPARE(a.data(ItemRole::Id).toLongLong(), m_tdb->compoundA);
    QCOMPARE(AddressTreeModel::kindOf(QModelIndex()), Kind::Root);
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.index(0, 1).isValid());
    QVERIFY(!model.index(-1, 0).isValid());
}

void AddressTreeModelTest::compoundFetchesBuildings()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex a = model.index(1, 0);
    // Lazy: nothing loaded below a compound until the view expands it, but it shows an expander.
    QCOMPARE(model.rowCount(a), 0);
    QVERIFY(model.hasChildren(a));
    QVERIFY(model.canFetchMore(a));

    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(a);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), a);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QVERIFY(!model.canFetchMore(a));
    // Natural order, archived building left out.
    QCOMPARE(labels(model, a),
             (QStringList{QStringLiteral("1号楼"), QStringLiteral("2号楼"), QStringLiteral("10号楼")}));
    QCOMPARE(model.idOf(model.index(0, 0, a)), m_tdb->buildingA1);
    QCOMPARE(model.idOf(model.index(2, 0, a)), m_building10);
    QCOMPARE(AddressTreeModel::kindOf(model.index(1, 0, a)), Kind::Building);

    // Fetching again changes nothing.
    model.fetchMore(a);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(a), 3);
    // The other compound is still unfetched.
    QVERIFY(model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void AddressTreeModelTest::buildingFetchesUnitsAndUnitlessHouseholds()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex a1 = model.index(0, 0, fetched(model, model.index(1, 0)));
    QVERIFY(model.canFetchMore(a1));
    QCOMPARE(model.rowCount(a1), 0);
    model.fetchMore(a1);
    // Units in natural order: 1, 2, 10.
    QCOMPARE(labels(model, a1),
             (QStringList{QStringLiteral("Unit 1"), QStringLiteral("Unit 2"), QStringLiteral("Unit 10")}));
    for (int row = 0; row < 3; ++row) {
        const QModelIndex unit = model.index(row, 0, a1);
        QCOMPARE(AddressTreeModel::kindOf(unit), Kind::Unit);
        QCOMPARE(model.buildingOf(unit), m_tdb->buildingA1);
        QVERIFY(model.canFetchMore(unit));
    }
    QCOMPARE(model.unitOf(model.index(2, 0, a1)), QStringLiteral("10"));

    // Households without a unit hang directly under their building, before its units.
    const QModelIndex b1 = model.index(0, 0, fetched(model, model.index(0, 0)));
    QCOMPARE(model.idOf(b1), m_tdb->buildingB1);
    model.fetchMore(b1);
    QCOMPARE(labels(model, b1),
             (QStringList{QStringLiteral("12 孙七"), QStringLiteral("102 赵六"), QStringLiteral("Unit 1")}));
    const QModelIndex sun = model.index(0, 0, b1);
    QCOMPARE(AddressTreeModel::kindOf(sun), Kind::Household);
    QCOMPARE(model.idOf(sun), m_households.value(QStringLiteral("孙七")));
    QCOMPARE(model.unitOf(sun), QString());
    QCOMPARE(model.buildingOf(sun), m_tdb->buildingB1);
    QVERIFY(!model.hasChildren(sun));
    QVERIFY(!model.canFetchMore(sun));
    QCOMPARE(labels(model, fetched(model, model.index(2, 0, b1))), QStringList{QStringLiteral("301 钱八")});
}

void AddressTreeModelTest::unitFetchesHouseholds()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex a1 = model.index(0, 0, fetched(model, model.index(1, 0)));
    const QModelIndex unit1 = model.index(0, 0, fetched(model, a1));
    QCOMPARE(model.rowCount(unit1), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(unit1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), unit1);
    // Rooms in natural order, each with its head of household.
    QCOMPARE(labels(model, unit1),
             (QStringList{QStringLiteral("101 王五"), QStringLiteral("201 张三"), QStringLiteral("1101 李四")}));
    const QModelIndex zhang = model.index(1, 0, unit1);
    QCOMPARE(AddressTreeModel::kindOf(zhang), Kind::Household);
    QCOMPARE(model.idOf(zhang), m_households.value(QStringLiteral("张三")));
    QCOMPARE(zhang.data(ItemRole::Id).toLongLong(), m_households.value(QStringLiteral("张三")));
    QCOMPARE(model.unitOf(zhang), QStringLiteral("1"));
    QCOMPARE(model.buildingOf(zhang), m_tdb->buildingA1);
    QCOMPARE(model.rowCount(zhang), 0);
    QVERIFY(!model.hasChildren(zhang));
    QVERIFY(!model.canFetchMore(zhang));

    const QModelIndex unit10 = model.index(2, 0, a1);
    QCOMPARE(labels(model, fetched(model, unit10)), QStringList{QStringLiteral("101 陈二")});
    QCOMPARE(model.idOf(model.index(0, 0, unit10)), m_households.value(QStringLiteral("陈二")));
}

void AddressTreeModelTest::emptyBuildingHasNoChildrenOnceFetched()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex a = fetched(model, model.index(1, 0));
    const QModelIndex a2 = model.index(1, 0, a);
    QCOMPARE(model.idOf(a2), m_tdb->buildingA2);
    QVERIFY(model.hasChildren(a2)); // unknown until expanded
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(a2);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model.canFetchMore(a2));
    QVERIFY(!model.hasChildren(a2));
    QCOMPARE(model.rowCount(a2), 0);
}

void AddressTreeModelTest::parentsAndAccessors()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex compound = fetched(model, model.index(1, 0));
    const QModelIndex building = fetched(model, model.index(0, 0, compound));
    const QModelIndex unit = fetched(model, model.index(1, 0, building));
    const QModelIndex household = model.index(0, 0, unit);
    QVERIFY(household.isValid());
    QCOMPARE(household.data().toString(), QStringLiteral("501 刘一"));

    QCOMPARE(model.parent(household), unit);
    QCOMPARE(model.parent(unit), building);
    QCOMPARE(model.parent(building), compound);
    QCOMPARE(model.parent(compound), QModelIndex());
    QCOMPARE(household.parent().parent().parent(), compound);
    QCOMPARE(unit.row(), 1);
    QCOMPARE(model.index(unit.row(), 0, model.parent(unit)), unit);

    QCOMPARE(model.buildingOf(compound), 0);
    QCOMPARE(model.buildingOf(building), m_tdb->buildingA1);
    QCOMPARE(model.buildingOf(unit), m_tdb->buildingA1);
    QCOMPARE(model.buildingOf(household), m_tdb->buildingA1);
    QCOMPARE(model.unitOf(unit), QStringLiteral("2"));
    QCOMPARE(model.idOf(household), m_households.value(QStringLiteral("刘一")));
    // A unit node carries its building's id and its own unit text.
    QCOMPARE(model.idOf(unit), m_tdb->buildingA1);
    QCOMPARE(model.idOf(QModelIndex()), 0);

    // Indexes stay valid while other branches load.
    fetched(model, model.index(0, 0));
    fetched(model, model.index(0, 0, model.index(0, 0)));
    QCOMPARE(household.data().toString(), QStringLiteral("501 刘一"));
    QCOMPARE(model.parent(household), unit);
}

void AddressTreeModelTest::modelTesterWalksWholeTree()
{
    AddressTreeModel model(m_tdb->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Expand everything, as a clerk clicking through the tree would, and collect the households.
    QSet<qint64> households;
    int units = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        QVERIFY(!model.canFetchMore(parent));
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            QCOMPARE(model.parent(child), parent);
            QVERIFY(!child.data().toString().isEmpty());
            switch (AddressTreeModel::kindOf(child)) {
            case Kind::Household:
                households.insert(model.idOf(child));
                break;
            case Kind::Unit:
                ++units;
                break;
            default:
                break;
            }
            walk(child);
        }
    };
    walk(QModelIndex());
    QCOMPARE(households.size(), m_households.size());
    QCOMPARE(households, QSet<qint64>(m_households.cbegin(), m_households.cend()));
    QCOMPARE(units, 4); // A1: 1, 2, 10; B1: 1
}

void AddressTreeModelTest::reloadStartsLazyAgain()
{
    // No model tester here: it expands every node it sees, which is what this test must not do.
    AddressTreeModel model(m_tdb->db(), testScope());
    const QModelIndex a = fetched(model, model.index(1, 0));
    QCOMPARE(model.rowCount(a), 3);

    QVERIFY(
        SqlQuery(m_tdb->db(), QStringLiteral("INSERT INTO compound (community_id, name) VALUES (1, '阳光城')")).exec());
    QCOMPARE(model.rowCount(), 2); // a snapshot until reloaded
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(labels(model, QModelIndex()).contains(QStringLiteral("阳光城")));
    // Everything below the top level is lazy again.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowCount(model.index(row, 0)), 0);
        QVERIFY(model.canFetchMore(model.index(row, 0)));
    }
}

QTEST_GUILESS_MAIN(AddressTreeModelTest)

#include "addresstreemodel_test.moc"
