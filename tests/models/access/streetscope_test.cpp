// A street office's communities in one database (issue 23): a community's accounts see and
// change only their community's rows, a street account sees every community or the one in
// view, and the street's report rolls the grids up per community.
#include "models/access/accessscope.h"
#include "models/access/accountstore.h"
#include "models/birthdays/birthdayquery.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/core/sqlquery.h"
#include "models/grids/areastore.h"
#include "models/grids/gridrollup.h"
#include "models/grids/gridstore.h"
#include "models/register/communitystore.h"
#include "models/register/placestore.h"
#include "models/register/registerlookups.h"
#include "models/register/registerstore.h"
#include "models/register/residentexport.h"
#include "models/register/residenttablemodel.h"
#include "models/reports/monthlyreportquery.h"
#include "models/reports/streetcomparison.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class StreetScopeTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void residentsPerCommunity();
    void viewOnlyWithinTheAccountsCommunities();
    void casesBirthdaysAndExport();
    void placesAndGrids();
    void savesRefusedInAnotherCommunity();
    void accountsCarryTheirCommunity();
    void streetReportRollsUpPerCommunity();
    void comparisonAcrossCommunities();

private:
    static AccessScope clerkOf(qint64 community)
    {
        AccessScope s(AccessScope::Role::Clerk, 7, QStringLiteral("clerk"));
        if (community)
            s.setCommunityIds({community});
        return s;
    }
    QSet<QString> residentNames(const AccessScope &scope) const
    {
        ResidentTableModel model(m_t->db(), scope);
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
    qint64 m_second = 2;
    qint64 m_gridC = 0, m_compoundC = 0, m_buildingC1 = 0;
};

void StreetScopeTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QSqlDatabase d = m_t->db();
    // The test database's community 1 (grids G01, G02) and a second community of the street with
    // its own G01, compound and building.
    QVERIFY(SqlQuery(d, QStringLiteral("UPDATE community SET code = 'C01', street = '和平街道' WHERE id = 1")).exec());
    QVERIFY(SqlQuery(d, QStringLiteral("INSERT INTO community (id, name, code, street) VALUES (2, '东风社区', 'C02', "
                                       "'和平街道')"))
                .exec());
    SqlQuery grid(d, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (2, 'G01', '东风一网格')"));
    QVERIFY(grid.exec());
    m_gridC = grid.lastInsertId();
    SqlQuery compound(d, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (2, '东风里')"));
    QVERIFY(compound.exec());
    m_compoundC = compound.lastInsertId();
    SqlQuery building(d, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, '1号楼')"));
    QVERIFY(building.exec(m_compoundC, m_gridC));
    m_buildingC1 = building.lastInsertId();

    m_data = std::make_unique<BirthdayTestData>(*m_t);
    m_data->add(QStringLiteral("甲一"), QDate(1950, 5, 10), m_t->buildingA1);
    m_data->add(QStringLiteral("乙一"), QDate(1948, 5, 15), m_t->buildingB1);
    m_data->add(QStringLiteral("丙一"), QDate(1946, 5, 12), m_buildingC1);
    m_data->add(QStringLiteral("丙二"), QDate(1990, 1, 2), m_buildingC1);
    QCOMPARE(m_t->count(QStringLiteral("resident")), 4);
    QVERIFY(addCase(m_t->buildingA1) > 0);
    QVERIFY(addCase(m_buildingC1) > 0);
    QVERIFY(addCase(m_buildingC1) > 0);
}

void StreetScopeTest::residentsPerCommunity()
{
    const QSet<QString> first{QStringLiteral("甲一"), QStringLiteral("乙一")};
    const QSet<QString> second{QStringLiteral("丙一"), QStringLiteral("丙二")};
    QCOMPARE(residentNames(clerkOf(1)), first);
    QCOMPARE(residentNames(clerkOf(2)), second);
    QCOMPARE(residentNames(clerkOf(0)), first + second); // the street
    AccessScope street = clerkOf(0);
    QVERIFY(street.setViewCommunity(2));
    QCOMPARE(residentNames(street), second);
    QVERIFY(street.setViewCommunity(0));
    QCOMPARE(residentNames(street), first + second);
    // A grid worker of the second community: their grid only, whatever the other G01 holds.
    AccessScope worker(AccessScope::Role::GridWorker, 9, QStringLiteral("worker"), {m_gridC});
    worker.setCommunityIds({2});
    QCOMPARE(residentNames(worker), second);
    // A search by name does not reach across either.
    ResidentTableModel model(m_t->db(), clerkOf(1));
    ResidentFilter filter;
    filter.text = QStringLiteral("丙一");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void StreetScopeTest::viewOnlyWithinTheAccountsCommunities()
{
    AccessScope clerk = clerkOf(1);
    QVERIFY(!clerk.setViewCommunity(2));
    QCOMPARE(clerk.viewCommunityId(), qint64(1));
    QCOMPARE(residentNames(clerk).size(), 2);
    QVERIFY(clerk.setViewCommunity(0)); // "the whole street" is their community still
    QCOMPARE(clerk.visibleCommunityIds(), QList<qint64>{1});
    QCOMPARE(CommunityStore(m_t->db(), clerk).communities().size(), 1);
    QCOMPARE(CommunityStore(m_t->db(), clerkOf(0)).communities().size(), 2);
    QCOMPARE(CommunityStore(m_t->db(), clerkOf(0)).idByCode(QStringLiteral("c02")), qint64(2));
    QCOMPARE(RegisterLookups(m_t->db(), clerk).communityName(), QStringLiteral("测试社区"));
    QCOMPARE(RegisterLookups(m_t->db(), clerkOf(0)).communityName(), QStringLiteral("和平街道"));
}

void StreetScopeTest::casesBirthdaysAndExport()
{
    const auto cases = [this](const AccessScope &scope) {
        CaseTableModel model(m_t->db(), scope);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        return model.rowCount();
    };
    QCOMPARE(cases(clerkOf(1)), 1);
    QCOMPARE(cases(clerkOf(2)), 2);
    QCOMPARE(cases(clerkOf(0)), 3);

    const auto birthdays = [this](const AccessScope &scope) {
        QSet<QString> names;
        for (const BirthdayEntry &e : BirthdayQuery(m_t->db(), scope).monthWithMissed(2025, 5))
            names << e.name;
        return names;
    };
    QCOMPARE(birthdays(clerkOf(1)), (QSet<QString>{QStringLiteral("甲一"), QStringLiteral("乙一")}));
    QCOMPARE(birthdays(clerkOf(2)), QSet<QString>{QStringLiteral("丙一")});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.csv"));
    ResidentExport exporter(m_t->db(), clerkOf(2));
    QVERIFY(exporter.write(path));
    QCOMPARE(exporter.rowsWritten(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("丙一")));
    QVERIFY(!text.contains(QStringLiteral("甲一")));
}

void StreetScopeTest::placesAndGrids()
{
    QCOMPARE(PlaceStore(m_t->db(), clerkOf(2)).compounds().size(), 1);
    QCOMPARE(PlaceStore(m_t->db(), clerkOf(1)).compounds().size(), 2);
    QCOMPARE(PlaceStore(m_t->db(), clerkOf(2)).community().name, QStringLiteral("东风社区"));
    QCOMPARE(GridStore(m_t->db(), clerkOf(2)).grids().size(), 1);
    QCOMPARE(GridStore(m_t->db(), clerkOf(0)).grids().size(), 3);
    // Each community's G01 is found in that community.
    QCOMPARE(PlaceStore(m_t->db(), clerkOf(2)).gridId(QStringLiteral("G01")), m_gridC);
    QCOMPARE(PlaceStore(m_t->db(), clerkOf(1)).gridId(QStringLiteral("G01")), m_t->gridA);
    // New places go to the community in view; the whole street of several has none to take them.
    const SaveResult compound = PlaceStore(m_t->db(), clerkOf(2)).addCompound(QStringLiteral("幸福里"));
    QVERIFY2(compound.ok, qPrintable(compound.firstMessage())); // 幸福里 is community 1's name too
    SqlQuery owner(m_t->db(), QStringLiteral("SELECT community_id FROM compound WHERE id = ?"));
    QVERIFY(owner.exec(compound.id));
    QCOMPARE(owner.scalar().toLongLong(), qint64(2));
    QVERIFY(!PlaceStore(m_t->db(), clerkOf(0)).addCompound(QStringLiteral("新村")).ok);
    Grid g;
    g.code = QStringLiteral("G02");
    g.name = QStringLiteral("东风二网格");
    const SaveResult grid = GridStore(m_t->db(), clerkOf(2)).saveGrid(g);
    QVERIFY2(grid.ok, qPrintable(grid.firstMessage()));
    QCOMPARE(g.communityId, qint64(2));
    Area a;
    a.code = QStringLiteral("P01");
    a.name = QStringLiteral("东片区");
    QVERIFY(AreaStore(m_t->db(), clerkOf(2)).saveArea(a).ok);
    QCOMPARE(AreaStore(m_t->db(), clerkOf(2)).areas().size(), 1);
    QCOMPARE(AreaStore(m_t->db(), clerkOf(1)).areas().size(), 0);
}

void StreetScopeTest::savesRefusedInAnotherCommunity()
{
    const qint64 person = m_t->residentId(TestDatabase::idFor(QDate(1946, 5, 12), true, 3 % 999 + 1));
    QVERIFY(person > 0);
    RegisterStore first(m_t->db(), clerkOf(1));
    std::optional<Resident> r = RegisterStore(m_t->db(), clerkOf(0)).resident(person);
    QVERIFY(r);
    r->notes = QStringLiteral("改");
    QVERIFY(!first.saveResident(*r).ok);
    QVERIFY(RegisterStore(m_t->db(), clerkOf(2)).saveResident(*r).ok);
    // A case in the other community's grid is refused too.
    SqlQuery k(m_t->db(), QStringLiteral("SELECT id FROM case_category ORDER BY id LIMIT 1"));
    CaseIntake in;
    in.source = QStringLiteral("visit");
    in.categoryId = k.scalar().toLongLong();
    in.buildingId = m_buildingC1;
    in.receivedAt = QDateTime(QDate(2025, 4, 2), QTime(9, 0));
    in.description = QStringLiteral("路灯");
    QVERIFY(!CaseStore(m_t->db(), clerkOf(1)).intake(in).ok);
    QVERIFY(CaseStore(m_t->db(), clerkOf(2)).intake(in).ok);
}

void StreetScopeTest::accountsCarryTheirCommunity()
{
    AccountStore store(m_t->db(), testScope());
    store.setHashCost(PasswordHasher::cheapestCost());
    Account a;
    a.login = QStringLiteral("dongfeng");
    a.displayName = QStringLiteral("东风文员");
    a.role = AccessScope::Role::Clerk;
    a.communityId = 2;
    const SaveResult saved = store.save(a, QStringLiteral("long-enough-1"));
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QCOMPARE(store.account(a.id)->communityId, qint64(2));
    const SignInResult in = store.signIn(QStringLiteral("dongfeng"), QStringLiteral("long-enough-1"));
    QVERIFY(in.ok());
    QCOMPARE(in.scope.communityIds(), QList<qint64>{2});
    QCOMPARE(residentNames(in.scope), (QSet<QString>{QStringLiteral("丙一"), QStringLiteral("丙二")}));
    // A grid worker of community 2 with community 1's grid is refused.
    Account w;
    w.login = QStringLiteral("worker2");
    w.displayName = QStringLiteral("网格员");
    w.role = AccessScope::Role::GridWorker;
    w.communityId = 2;
    w.gridIds = {m_t->gridA};
    QVERIFY(!store.save(w, QStringLiteral("long-enough-1")).ok);
    // A community's administrator makes accounts of that community only.
    AccessScope admin2(AccessScope::Role::Administrator, 1, QStringLiteral("tester"));
    admin2.setCommunityIds({2});
    Account street;
    street.login = QStringLiteral("streetclerk");
    street.displayName = QStringLiteral("街道文员");
    street.role = AccessScope::Role::Clerk;
    AccountStore limited(m_t->db(), admin2);
    limited.setHashCost(PasswordHasher::cheapestCost());
    QVERIFY(!limited.save(street, QStringLiteral("long-enough-1")).ok);
}

void StreetScopeTest::streetReportRollsUpPerCommunity()
{
    // The street's rows are its communities, each followed by its grids; a community's own
    // report has no row of the other.
    const GridRollup street(m_t->db(), clerkOf(0));
    QVERIFY(street.byCommunity());
    QCOMPARE(street.areaIds(), (QList<qint64>{1, 2}));
    QCOMPARE(street.areaOf(m_gridC), qint64(2));
    QCOMPARE(street.areaOf(m_t->gridB), qint64(1));
    QVERIFY(!GridRollup(m_t->db(), clerkOf(2)).byCommunity());

    MonthlyReportQuery query(m_t->db(), clerkOf(0));
    query.setNow(QDateTime(QDate(2025, 4, 30), QTime(12, 0)));
    MonthlyReportData d;
    QString error;
    QVERIFY2(query.run(2025, 4, 0, &d, &error), qPrintable(error));
    QCOMPARE(d.grids.size(), 3);
    QCOMPARE(d.total.received, 3);
    QList<std::pair<QString, int>> communityRows;
    for (const auto &[row, isSum] : std::as_const(d.gridOutline))
        if (isSum)
            communityRows.append({row.name, row.received});
    // Hand counts: one case in 测试社区 (A1), two in 东风社区 (C1).
    QCOMPARE(communityRows.size(), 2);
    QCOMPARE(communityRows.at(0), (std::pair<QString, int>{QStringLiteral("测试社区"), 1}));
    QCOMPARE(communityRows.at(1), (std::pair<QString, int>{QStringLiteral("东风社区"), 2}));

    MonthlyReportQuery own(m_t->db(), clerkOf(2));
    own.setNow(QDateTime(QDate(2025, 4, 30), QTime(12, 0)));
    MonthlyReportData d2;
    QVERIFY(own.run(2025, 4, 0, &d2, &error));
    QCOMPARE(d2.grids.size(), 1);
    QCOMPARE(d2.total.received, 2);
    QCOMPARE(d2.community, QStringLiteral("东风社区"));
}

void StreetScopeTest::comparisonAcrossCommunities()
{
    MonthlyReportQuery query(m_t->db(), clerkOf(0));
    query.setNow(QDateTime(QDate(2025, 4, 30), QTime(12, 0)));
    MonthlyReportData d;
    QVERIFY(query.run(2025, 4, 0, &d));
    const QList<StreetComparison::Row> rows = StreetComparison(m_t->db(), clerkOf(0)).rows(d);
    QCOMPARE(rows.size(), 2);
    // Hand counts: 测试社区 2 residents, 1 case; 东风社区 2 residents, 2 cases.
    QCOMPARE(rows.at(0).code, QStringLiteral("C01"));
    QCOMPARE(rows.at(0).residents, 2);
    QCOMPARE(rows.at(0).received, 1);
    QCOMPARE(rows.at(0).casesPerThousand(), 500.0);
    QCOMPARE(rows.at(1).code, QStringLiteral("C02"));
    QCOMPARE(rows.at(1).residents, 2);
    QCOMPARE(rows.at(1).received, 2);
    QCOMPARE(rows.at(1).casesPerThousand(), 1000.0);
    QCOMPARE(rows.at(1).resolutionRate(), 0.0);
    QCOMPARE(rows.at(1).activeHouseholds, 2);
    // A community's clerk compares nothing but their own.
    MonthlyReportQuery own(m_t->db(), clerkOf(2));
    MonthlyReportData d2;
    QVERIFY(own.run(2025, 4, 0, &d2));
    const QList<StreetComparison::Row> mine = StreetComparison(m_t->db(), clerkOf(2)).rows(d2);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).residents, 2);
}

QTEST_GUILESS_MAIN(StreetScopeTest)
#include "streetscope_test.moc"
