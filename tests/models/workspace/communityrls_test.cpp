// The server keeps communities apart (issue 23; CD_TEST_DATABASE=postgresql://…, skipped without
// one): a community's clerk connecting with plain SQL, as psql would, reads and changes no other
// community's residents, households, cases or visits; a street account (no community) reads all.
#include "models/access/accountstore.h"
#include "models/access/passwordhasher.h"
#include "models/core/databaseurl.h"
#include "models/core/sqlquery.h"
#include "models/workspace/serversecurity.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {

const QString kPassword = QStringLiteral("clerk-pass-1");

} // namespace

class CommunityRlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_data.reset(); }
    void communityClerkReadsOnlyTheirCommunity();
    void communityClerkChangesNothingOfAnother();
    void streetClerkReadsEveryCommunity();

private:
    QString login(const QString &account) const { return m_base + u'.' + account; }
    void addAccount(const QString &login, AccessScope::Role role, qint64 community);

    std::unique_ptr<TestDatabase> m_data;
    QString m_schema, m_base;
    qint64 m_gridC = 0, m_householdC = 0, m_residentC = 0, m_residentA = 0;
};

void CommunityRlsTest::addAccount(const QString &name, AccessScope::Role role, qint64 community)
{
    AccountStore accounts(m_data->db(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account a;
    a.login = name;
    a.displayName = name;
    a.role = role;
    a.communityId = community;
    const SaveResult r = accounts.save(a, kPassword);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
}

void CommunityRlsTest::initTestCase()
{
    if (!testingOnServer())
        QSKIP("needs CD_TEST_DATABASE=postgresql://… (scripts/run-tests.sh starts a server for the *_pg tests)");
    m_data = std::make_unique<TestDatabase>();
    const QSqlDatabase db = m_data->db();
    QSqlQuery schema(db);
    QVERIFY(schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next());
    m_schema = schema.value(0).toString();
    m_base = ServerSecurity::roleBase(db);

    // Community 1 (the test database's, grids A and B) and community 2 with grid C.
    QVERIFY(
        SqlQuery(db, QStringLiteral("INSERT INTO community (id, name, code) VALUES (2, '东风社区', 'C02')")).exec());
    SqlQuery grid(db, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (2, 'G09', '东风一网格')"));
    QVERIFY(grid.exec());
    m_gridC = grid.lastInsertId();
    SqlQuery compound(db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (2, '东风里')"));
    QVERIFY(compound.exec());
    SqlQuery building(db, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, '9号楼')"));
    QVERIFY(building.exec(compound.lastInsertId(), m_gridC));
    m_data->addHousehold(m_data->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                         {{QStringLiteral("张甲"), TestDatabase::idFor(QDate(1950, 3, 1), true)}});
    m_householdC = m_data->addHousehold(building.lastInsertId(), QStringLiteral("1"), QStringLiteral("901"),
                                        {{QStringLiteral("东风丙"), TestDatabase::idFor(QDate(1960, 5, 5), false, 3)}});
    m_residentA = m_data->residentId(TestDatabase::idFor(QDate(1950, 3, 1), true));
    m_residentC = m_data->residentId(TestDatabase::idFor(QDate(1960, 5, 5), false, 3));
    QVERIFY(m_householdC > 0 && m_residentC > 0 && m_residentA > 0);
    const QString now = QStringLiteral("'2026-12-01T10:00:00'");
    for (const qint64 g : {m_data->gridA, m_gridC}) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, created_at, updated_at) "
                                       "SELECT min(h.id), %1, '2026-12-01', %2, %2 FROM household h JOIN building b "
                                       "ON b.id = h.building_id WHERE b.grid_id = %1")
                            .arg(g)
                            .arg(now)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                       "received_at, deadline, created_at, updated_at) VALUES ('C-%1', 'patrol', "
                                       "(SELECT min(id) FROM case_category), %1, '漏水', %2, %2, %2, %2)")
                            .arg(g)
                            .arg(now)),
                 qPrintable(q.lastError().text()));
    }
    addAccount(QStringLiteral("clerk.one"), AccessScope::Role::Clerk, 1);
    addAccount(QStringLiteral("clerk.two"), AccessScope::Role::Clerk, 2);
    addAccount(QStringLiteral("admin.two"), AccessScope::Role::Administrator, 2);
    addAccount(QStringLiteral("street"), AccessScope::Role::Clerk, 0);
}

void CommunityRlsTest::communityClerkReadsOnlyTheirCommunity()
{
    for (const QString &account :
         {QStringLiteral("clerk.one"), QStringLiteral("clerk.two"), QStringLiteral("admin.two")}) {
        PlainConnection desk(login(account), kPassword, m_schema);
        QVERIFY2(desk.isOpen(), qPrintable(desk.error()));
        const bool one = account == QLatin1String("clerk.one");
        const QString ownGrid = QString::number(one ? m_data->gridA : m_gridC);
        const QString otherGrid = QString::number(one ? m_gridC : m_data->gridA);
        const qint64 other = one ? m_residentC : m_residentA;
        // Their community's rows …
        QCOMPARE(desk.column(QStringLiteral("SELECT name FROM resident")),
                 QStringList{one ? QStringLiteral("张甲") : QStringLiteral("东风丙")});
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM household")), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE grid_id = %1").arg(ownGrid)), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE grid_id = %1").arg(ownGrid)), 1);
        // … and none of the other's, whatever the query asks.
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM resident WHERE id = %1").arg(other)), 0);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE grid_id = %1").arg(otherGrid)), 0);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE grid_id = %1").arg(otherGrid)), 0);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM visit")), 1);
        QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM resident_fts WHERE rowid = %1").arg(other)), 0);
    }
}

void CommunityRlsTest::communityClerkChangesNothingOfAnother()
{
    PlainConnection desk(login(QStringLiteral("clerk.one")), kPassword, m_schema);
    QVERIFY2(desk.isOpen(), qPrintable(desk.error()));
    int rows = -1;
    QVERIFY(desk.run(QStringLiteral("UPDATE resident SET notes = 'x' WHERE id = %1").arg(m_residentC), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(desk.run(QStringLiteral("UPDATE household SET notes = 'x' WHERE id = %1").arg(m_householdC), &rows));
    QCOMPARE(rows, 0);
    // A visit or case written into the other community's grid is refused by the policy.
    QVERIFY(!desk.run(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, created_at, updated_at) "
                                     "VALUES (%1, %2, '2026-12-02', '2026-12-02', '2026-12-02')")
                          .arg(m_householdC)
                          .arg(m_gridC)));
    // Their own community stays theirs to change.
    QVERIFY(desk.run(QStringLiteral("UPDATE resident SET notes = 'y' WHERE id = %1").arg(m_residentA), &rows));
    QCOMPARE(rows, 1);
}

void CommunityRlsTest::streetClerkReadsEveryCommunity()
{
    PlainConnection desk(login(QStringLiteral("street")), kPassword, m_schema);
    QVERIFY2(desk.isOpen(), qPrintable(desk.error()));
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM resident")), 2);
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM cases")), 2);
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM visit")), 2);
}

QTEST_GUILESS_MAIN(CommunityRlsTest)
#include "communityrls_test.moc"
