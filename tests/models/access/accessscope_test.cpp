// AccessScope enforced in models: what each role sees of the register, birthdays, cases, the
// address tree and grid figures, and which saves each role may make.
#include "models/access/accessscope.h"
#include "models/birthdays/birthdayquery.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/core/sqlquery.h"
#include "models/grids/gridfigures.h"
#include "models/register/addresstreemodel.h"
#include "models/register/registerstore.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"

#include <QSet>
#include <QTest>

class AccessScopeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void filterText();
    void residentsPerRole_data();
    void residentsPerRole();
    void searchStaysInsideTheGrid();
    void birthdaysPerRole();
    void casesPerRole();
    void addressTreeAndFigures();
    void viewerCannotSave();
    void gridWorkerSavesOnlyInOwnGrids();

private:
    static AccessScope as(AccessScope::Role role, const QList<qint64> &grids = {})
    {
        return AccessScope(role, 7, QStringLiteral("tester"), grids);
    }
    QSet<QString> residentNames()
    {
        ResidentTableModel model(m_t->db(), testScope());
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QSet<QString> names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row, ResidentTableModel::Name).data().toString();
        return names;
    }
    qint64 addCase(qint64 buildingId)
    {
        SqlQuery k(m_t->db(), QStringLiteral("SELECT id FROM case_category ORDER BY id LIMIT 1"));
        CaseIntake in;
        in.source = QStringLiteral("visit");
        in.categoryId = k.scalar().toLongLong();
        in.buildingId = buildingId;
        in.receivedAt = QDateTime(QDate(2025, 4, 1), QTime(10, 0));
        in.description = QStringLiteral("楼道灯坏了");
        const SaveResult r = CaseStore(m_t->db(), testScope()).intake(in);
        if (!r.ok)
            qWarning() << r.firstMessage();
        return r.id;
    }

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<BirthdayTestData> m_data;
};

void AccessScopeTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_data = std::make_unique<BirthdayTestData>(*m_t);
    // Grid A: 甲一, 甲二 (A1) and 甲三 (A2); grid B: 乙一 (B1). The elders have May birthdays.
    m_data->add(QStringLiteral("甲一"), QDate(1950, 5, 10), m_t->buildingA1);
    m_data->add(QStringLiteral("甲二"), QDate(1980, 6, 1), m_t->buildingA1);
    m_data->add(QStringLiteral("甲三"), QDate(1945, 5, 20), m_t->buildingA2);
    m_data->add(QStringLiteral("乙一"), QDate(1948, 5, 15), m_t->buildingB1);
    QCOMPARE(m_t->count(QStringLiteral("resident")), 4);
    QVERIFY(addCase(m_t->buildingA1) > 0);
    QVERIFY(addCase(m_t->buildingB1) > 0);
}

void AccessScopeTest::filterText()
{
    QCOMPARE(as(AccessScope::Role::Clerk).gridFilter(QStringLiteral("b.grid_id")), QString());
    QCOMPARE(as(AccessScope::Role::GridWorker, {3, 5}).gridFilter(QStringLiteral("b.grid_id")),
             QStringLiteral(" AND b.grid_id IN (3,5)"));
    QCOMPARE(as(AccessScope::Role::GridWorker).gridFilter(QStringLiteral("b.grid_id")), QStringLiteral(" AND 0 = 1"));
    QVERIFY(as(AccessScope::Role::Viewer).householdFilter(QStringLiteral("r.household_id")).isEmpty());
    QVERIFY(!as(AccessScope::Role::Viewer).canEdit());
    QVERIFY(!as(AccessScope::Role::GridWorker).canRevealNumbers());
    QVERIFY(as(AccessScope::Role::Clerk).canRevealNumbers());
}

void AccessScopeTest::residentsPerRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("gridA");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("甲一"), QStringLiteral("甲二"), QStringLiteral("甲三"),
                          QStringLiteral("乙一")};
    QTest::newRow("administrator") << int(AccessScope::Role::Administrator) << false << all;
    QTest::newRow("clerk") << int(AccessScope::Role::Clerk) << false << all;
    QTest::newRow("viewer") << int(AccessScope::Role::Viewer) << false << all;
    QTest::newRow("grid worker A") << int(AccessScope::Role::GridWorker) << true
                                   << QStringList{QStringLiteral("甲一"), QStringLiteral("甲二"),
                                                  QStringLiteral("甲三")};
    QTest::newRow("grid worker without grids") << int(AccessScope::Role::GridWorker) << false << QStringList();
}

void AccessScopeTest::residentsPerRole()
{
    QFETCH(int, role);
    QFETCH(bool, gridA);
    QFETCH(QStringList, expected);
    setTestScope(as(AccessScope::Role(role), gridA ? QList<qint64>{m_t->gridA} : QList<qint64>{}));
    QCOMPARE(residentNames(), QSet<QString>(expected.begin(), expected.end()));
    // The count the list shows is the same query's.
    ResidentTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(model.isCountExact());
}

void AccessScopeTest::searchStaysInsideTheGrid()
{
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridA}));
    ResidentTableModel model(m_t->db(), testScope());
    ResidentFilter f;
    f.text = QStringLiteral("乙一");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0); // another grid's resident is not found by name either
    f.text = QStringLiteral("甲三");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    // Asking for grid B by filter gives nothing rather than grid B.
    f = ResidentFilter();
    f.gridId = m_t->gridB;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

void AccessScopeTest::birthdaysPerRole()
{
    auto names = [this] {
        QSet<QString> set;
        const BirthdayQuery query(m_t->db(), testScope());
        for (const BirthdayEntry &e : query.month(2025, 5))
            set << e.name;
        return set;
    };
    QCOMPARE(names(), (QSet<QString>{QStringLiteral("甲一"), QStringLiteral("甲三"), QStringLiteral("乙一")}));
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridA}));
    QCOMPARE(names(), (QSet<QString>{QStringLiteral("甲一"), QStringLiteral("甲三")}));
    QCOMPARE(BirthdayQuery(m_t->db(), testScope()).monthBrief(2025, 5).size(), 2);
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridB}));
    QCOMPARE(names(), (QSet<QString>{QStringLiteral("乙一")}));
}

void AccessScopeTest::casesPerRole()
{
    {
        CaseTableModel model(m_t->db(), testScope());
        QCOMPARE(model.rowCount(), 2);
    }
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridA}));
    CaseTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CaseTableModel::Grid).data().toString(), QStringLiteral("第一网格"));
    CaseFilter other;
    other.gridId = m_t->gridB;
    model.setFilter(other);
    QCOMPARE(model.rowCount(), 0);
}

void AccessScopeTest::addressTreeAndFigures()
{
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridB}));
    AddressTreeModel tree(m_t->db(), testScope());
    QCOMPARE(tree.rowCount(), 1);
    const QModelIndex compound = tree.index(0, 0);
    QCOMPARE(compound.data().toString(), QStringLiteral("翠湖苑"));
    tree.fetchMore(compound);
    QCOMPARE(tree.rowCount(compound), 1);

    const QHash<qint64, GridFigure> figures = GridFigures::compute(m_t->db(), testScope(), QDate(2025, 5, 1));
    QVERIFY(!figures.contains(m_t->gridA));
    QCOMPARE(figures.value(m_t->gridB).residents, 1);
    QCOMPARE(figures.value(m_t->gridB).openCases, 1);

    setTestScope(as(AccessScope::Role::Clerk));
    AddressTreeModel all(m_t->db(), testScope());
    QCOMPARE(all.rowCount(), 2);
    QCOMPARE(GridFigures::compute(m_t->db(), testScope(), QDate(2025, 5, 1)).value(m_t->gridA).residents, 3);
}

void AccessScopeTest::viewerCannotSave()
{
    setTestScope(as(AccessScope::Role::Viewer));
    const qint64 id = m_t->residentId(m_t->idFor(QDate(1950, 5, 10), true, 2));
    RegisterStore store(m_t->db(), testScope());
    std::optional<Resident> r = store.resident(id);
    QVERIFY(r);
    r->phone = QStringLiteral("13800138000");
    const SaveResult saved = store.saveResident(*r);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.firstMessage().contains(QLatin1String("only view")), qPrintable(saved.firstMessage()));
    QVERIFY(store.resident(id)->phone.isEmpty());
    QVERIFY(!store.changeStatus(id, QStringLiteral("moved_out"), QDate(2025, 1, 1), QString()).ok);
    const int households = m_t->count(QStringLiteral("household"));
    QCOMPARE(m_t->addHousehold(m_t->buildingA1, QStringLiteral("9"), QStringLiteral("901"),
                               {{QStringLiteral("新人"), m_t->idFor(QDate(1990, 1, 1), true, 9)}}),
             0);
    QCOMPARE(m_t->count(QStringLiteral("household")), households);
    const int cases = m_t->count(QStringLiteral("cases"));
    QCOMPARE(addCase(m_t->buildingA1), 0);
    QCOMPARE(m_t->count(QStringLiteral("cases")), cases);
}

void AccessScopeTest::gridWorkerSavesOnlyInOwnGrids()
{
    setTestScope(as(AccessScope::Role::GridWorker, {m_t->gridA}));
    QVERIFY(m_t->addHousehold(m_t->buildingA2, QStringLiteral("2"), QStringLiteral("201"),
                              {{QStringLiteral("甲四"), m_t->idFor(QDate(1990, 1, 1), true, 11)}}) > 0);
    QCOMPARE(m_t->addHousehold(m_t->buildingB1, QStringLiteral("2"), QStringLiteral("202"),
                               {{QStringLiteral("乙二"), m_t->idFor(QDate(1990, 1, 1), true, 12)}}),
             0);
    // Another grid's resident cannot be edited even by id.
    const qint64 other = m_t->residentId(m_t->idFor(QDate(1948, 5, 15), true, 5));
    QVERIFY(other > 0);
    RegisterStore store(m_t->db(), testScope());
    Resident r = *store.resident(other);
    r.phone = QStringLiteral("13800138000");
    const SaveResult saved = store.saveResident(r);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.firstMessage().contains(QLatin1String("your own grids")), qPrintable(saved.firstMessage()));
    QCOMPARE(addCase(m_t->buildingB1), 0);
    QVERIFY(addCase(m_t->buildingA1) > 0);
}

QTEST_GUILESS_MAIN(AccessScopeTest)
#include "accessscope_test.moc"
