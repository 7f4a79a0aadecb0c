// The server enforces access (CD_TEST_DATABASE=postgresql://…; skipped without one): each account
// is a database login, and a grid worker or viewer connecting with plain SQL, as psql would, gets
// only what the desk would give them. Then the desk itself signing in through its own login.
#include "models/access/accountstore.h"
#include "models/access/scramverifier.h"
#include "models/cases/caseintake.h"
#include "models/cases/casestore.h"
#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/workspace/serversecurity.h"
#include "models/workspace/workspace.h"
#include "tests/support/plainconnection.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace {

const QString kGridPassword = QStringLiteral("grid-pass-1");
const QString kViewerPassword = QStringLiteral("view-pass-1");

} // namespace

class ServerSecurityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginsNeedTheirPassword();
    void gridWorkerSeesOnlyOwnGrids();
    void gridWorkerCannotChangeAnotherGrid();
    void viewerCannotWrite();
    void auditLogIsAppendOnly();
    void ownerOnlyPowersAreRefused();
    void plainSqlChangeIsAudited();
    void auditRowsNameTheConnectedAccount();
    void disabledAccountCannotConnect();
    void passwordResetReachesTheServer();
    void deskSignsInThroughItsLogin();
    void deskCaseNumbersCountEveryGrid();
    void reinstallIsIdempotent();

private:
    QString login(const QString &account) const { return m_base + u'.' + account; }
    QString deskUrl(const QString &account, const QString &password) const;

    std::unique_ptr<TestDatabase> m_data;
    QString m_schema;
    QString m_base;
    qint64 m_residentA = 0, m_residentB = 0, m_householdA = 0, m_householdB = 0;
    qint64 m_gridWorkerId = 0, m_viewerId = 0, m_clerkId = 0;
};

void ServerSecurityTest::initTestCase()
{
    if (!testingOnServer())
        QSKIP("needs CD_TEST_DATABASE=postgresql://… (scripts/run-tests.sh starts a server for the *_pg tests)");
    m_data = std::make_unique<TestDatabase>();
    const QSqlDatabase db = m_data->db();
    QSqlQuery schema(db);
    QVERIFY(schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next());
    m_schema = schema.value(0).toString();
    m_base = ServerSecurity::roleBase(db);
    QCOMPARE(m_base, m_schema);

    m_householdA = m_data->addHousehold(m_data->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                        {{QStringLiteral("张甲"), TestDatabase::idFor(QDate(1950, 3, 1), true)}});
    m_householdB = m_data->addHousehold(m_data->buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                                        {{QStringLiteral("李乙"), TestDatabase::idFor(QDate(1951, 4, 2), false)}});
    QVERIFY(m_householdA > 0 && m_householdB > 0);
    m_residentA = m_data->residentId(TestDatabase::idFor(QDate(1950, 3, 1), true));
    m_residentB = m_data->residentId(TestDatabase::idFor(QDate(1951, 4, 2), false));

    // One visit, case, event and volunteer in each grid, as the owner writes them.
    const QString now = QStringLiteral("'2026-12-01T10:00:00'");
    const QList<std::pair<qint64, qint64>> grids = {{m_data->gridA, m_householdA}, {m_data->gridB, m_householdB}};
    for (const auto &[grid, household] : grids) {
        const QString g = QString::number(grid);
        const QString h = QString::number(household);
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, created_at, updated_at) "
                                       "VALUES (%1, %2, '2026-12-01', %3, %3)")
                            .arg(h, g, now)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                       "received_at, deadline, created_at, updated_at) VALUES ('C-%1', 'patrol', "
                                       "(SELECT min(id) FROM case_category), %1, '漏水', %2, %2, %2, %2)")
                            .arg(g, now)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, created_at, "
                                       "updated_at) VALUES ('义诊', (SELECT min(id) FROM event_type), %1, %2, %2, %2, "
                                       "%2)")
                            .arg(g, now)),
                 qPrintable(q.lastError().text()));
    }
    QSqlQuery v(db);
    QVERIFY2(v.exec(QStringLiteral("INSERT INTO volunteer (resident_id, name, created_at, updated_at) VALUES "
                                   "(%1, '张甲', %3, %3), (%2, '李乙', %3, %3)")
                        .arg(m_residentA)
                        .arg(m_residentB)
                        .arg(now)),
             qPrintable(v.lastError().text()));
    // Both residents came to grid A's event: the list names a resident of grid B.
    QVERIFY2(v.exec(QStringLiteral("INSERT INTO event_participant (event_id, resident_id) SELECT e.id, r.id FROM "
                                   "event e, resident r WHERE e.grid_id = %1")
                        .arg(m_data->gridA)),
             qPrintable(v.lastError().text()));

    // The accounts, made as the administrator makes them in the accounts dialog.
    AccountStore accounts(db, testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account grid;
    grid.login = QStringLiteral("wang.grid");
    grid.displayName = QStringLiteral("王网格");
    grid.role = AccessScope::Role::GridWorker;
    grid.gridIds = {m_data->gridA};
    SaveResult r = accounts.save(grid, kGridPassword);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    m_gridWorkerId = grid.id;
    Account viewer;
    viewer.login = QStringLiteral("li-viewer");
    viewer.displayName = QStringLiteral("李查看");
    viewer.role = AccessScope::Role::Viewer;
    r = accounts.save(viewer, kViewerPassword);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    m_viewerId = viewer.id;
    Account clerk;
    clerk.login = QStringLiteral("zhao");
    clerk.displayName = QStringLiteral("赵文员");
    clerk.role = AccessScope::Role::Clerk;
    r = accounts.save(clerk, QStringLiteral("clerk-pass-1"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    m_clerkId = clerk.id;
    QCOMPARE(accounts.databaseLogin(grid.login), login(QStringLiteral("wang.grid")));
}

void ServerSecurityTest::cleanupTestCase()
{
    m_data.reset();
}

QString ServerSecurityTest::deskUrl(const QString &account, const QString &password) const
{
    QUrl url(testServerUrl());
    url.setUserName(login(account));
    url.setPassword(password);
    url.setQuery(QStringLiteral("schema=") + m_schema);
    return url.toString();
}

void ServerSecurityTest::loginsNeedTheirPassword()
{
    PlainConnection wrong(login(QStringLiteral("wang.grid")), QStringLiteral("not-the-password"), m_schema);
    QVERIFY(!wrong.isOpen());
    PlainConnection right(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(right.isOpen(), qPrintable(right.error()));
}

void ServerSecurityTest::gridWorkerSeesOnlyOwnGrids()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    const QString a = QString::number(m_data->gridA);
    const QString b = QString::number(m_data->gridB);
    // Their own grid's rows are there …
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident WHERE id = %1").arg(m_residentA)), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM household WHERE id = %1").arg(m_householdA)), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE grid_id = %1").arg(a)), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE grid_id = %1").arg(a)), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM event WHERE grid_id = %1").arg(a)), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM volunteer WHERE resident_id = %1").arg(m_residentA)),
             1);
    // … and not one of the other grid's, whatever the query asks.
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident")), 1);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident WHERE id = %1").arg(m_residentB)), 0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM household WHERE id = %1").arg(m_householdB)), 0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM visit WHERE grid_id = %1").arg(b)), 0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM cases WHERE grid_id = %1").arg(b)), 0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM event WHERE grid_id = %1").arg(b)), 0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM volunteer WHERE resident_id = %1").arg(m_residentB)),
             0);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident_fts WHERE rowid = %1").arg(m_residentB)), 0);
    // Grid A's event is theirs, but of its participants only grid A's residents.
    QCOMPARE(
        worker.scalar(QStringLiteral("SELECT count(*) FROM event_participant WHERE resident_id = %1").arg(m_residentA)),
        1);
    QCOMPARE(
        worker.scalar(QStringLiteral("SELECT count(*) FROM event_participant WHERE resident_id = %1").arg(m_residentB)),
        0);

    // A clerk sees the whole community.
    PlainConnection clerk(login(QStringLiteral("zhao")), QStringLiteral("clerk-pass-1"), m_schema);
    QVERIFY2(clerk.isOpen(), qPrintable(clerk.error()));
    QCOMPARE(clerk.scalar(QStringLiteral("SELECT count(*) FROM resident")), 2);
    QCOMPARE(clerk.scalar(QStringLiteral("SELECT count(*) FROM cases")), 2);
    QCOMPARE(clerk.scalar(QStringLiteral("SELECT count(*) FROM event_participant")), 2);
}

void ServerSecurityTest::gridWorkerCannotChangeAnotherGrid()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    int rows = -1;
    QVERIFY(worker.run(QStringLiteral("UPDATE resident SET notes = 'x' WHERE id = %1").arg(m_residentB), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(
        worker.run(QStringLiteral("UPDATE cases SET description = 'x' WHERE grid_id = %1").arg(m_data->gridB), &rows));
    QCOMPARE(rows, 0);
    QVERIFY(worker.run(QStringLiteral("UPDATE household SET room = 'x' WHERE id = %1").arg(m_householdB), &rows));
    QCOMPARE(rows, 0);
    // Nothing may be put into, or moved to, another grid.
    QVERIFY(!worker.run(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, created_at, updated_at) "
                                       "VALUES (%1, %2, '2026-12-02', 'now', 'now')")
                            .arg(m_householdB)
                            .arg(m_data->gridB)));
    QVERIFY(!worker.run(QStringLiteral("UPDATE household SET building_id = %1 WHERE id = %2")
                            .arg(m_data->buildingB1)
                            .arg(m_householdA)));
    QVERIFY(!worker.run(
        QStringLiteral("UPDATE building SET grid_id = %1 WHERE id = %2").arg(m_data->gridA).arg(m_data->buildingB1)));
    // The owner sees the other grid's rows unchanged.
    SqlQuery check(m_data->db(), QStringLiteral("SELECT notes FROM resident WHERE id = ?"));
    QVERIFY(check.exec(m_residentB));
    QVERIFY(check.scalar().isNull());
    // Their own grid's rows they may change.
    QVERIFY(worker.run(QStringLiteral("UPDATE household SET notes = 'ok' WHERE id = %1").arg(m_householdA), &rows));
    QCOMPARE(rows, 1);
}

void ServerSecurityTest::viewerCannotWrite()
{
    PlainConnection viewer(login(QStringLiteral("li-viewer")), kViewerPassword, m_schema);
    QVERIFY2(viewer.isOpen(), qPrintable(viewer.error()));
    QCOMPARE(viewer.scalar(QStringLiteral("SELECT count(*) FROM resident")), 2);
    QVERIFY(!viewer.run(QStringLiteral("INSERT INTO resident (household_id, name, created_at, updated_at) VALUES "
                                       "(%1, '新人', 'now', 'now')")
                            .arg(m_householdA)));
    QVERIFY(!viewer.run(QStringLiteral("UPDATE resident SET notes = 'x' WHERE id = %1").arg(m_residentA)));
    QVERIFY(!viewer.run(QStringLiteral("UPDATE cases SET description = 'x'")));
    QVERIFY(!viewer.run(QStringLiteral("INSERT INTO audit_log (at, table_name, action) VALUES ('now', 'x', 'y')")));
}

void ServerSecurityTest::auditLogIsAppendOnly()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    QVERIFY(m_data->count(QStringLiteral("audit_log")) > 0);
    const int before = m_data->count(QStringLiteral("audit_log"));
    QVERIFY(!worker.run(QStringLiteral("UPDATE audit_log SET user_name = 'nobody'")));
    QVERIFY(!worker.run(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!worker.run(QStringLiteral("TRUNCATE audit_log")));
    QCOMPARE(m_data->count(QStringLiteral("audit_log")), before);
    // Nor the administrator's own login, nor the owner through the table's triggers.
    QVERIFY(!QSqlQuery(m_data->db()).exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(m_data->count(QStringLiteral("audit_log")), before);
}

void ServerSecurityTest::ownerOnlyPowersAreRefused()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    // Password hashes are the owner's alone; the other columns are readable.
    QVERIFY(!worker.run(QStringLiteral("SELECT password_hash FROM account")));
    QVERIFY(!worker.run(QStringLiteral("SELECT * FROM account")));
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM account WHERE login = 'wang.grid'")), 1);
    // No promotion, no extra grids, no triggers dropped, no roles made.
    QVERIFY(!worker.run(QStringLiteral("UPDATE account SET role = 'admin' WHERE login = 'wang.grid'")));
    QVERIFY(!worker.run(QStringLiteral("INSERT INTO account_grid (account_id, grid_id) VALUES (%1, %2)")
                            .arg(m_gridWorkerId)
                            .arg(m_data->gridB)));
    QVERIFY(!worker.run(QStringLiteral("DROP TRIGGER cd_audit ON resident")));
    QVERIFY(!worker.run(QStringLiteral("ALTER TABLE resident DISABLE ROW LEVEL SECURITY")));
    QVERIFY(!worker.run(QStringLiteral("SELECT cd_set_password(%1, '%2')")
                            .arg(m_viewerId)
                            .arg(ScramVerifier::make(QStringLiteral("taken-over")))));
    QVERIFY(
        !worker.run(QStringLiteral("GRANT \"%1:admin\" TO \"%2\"").arg(m_base, login(QStringLiteral("wang.grid")))));
    SqlQuery role(m_data->db(), QStringLiteral("SELECT role FROM account WHERE id = ?"));
    QVERIFY(role.exec(m_gridWorkerId));
    QCOMPARE(role.scalar().toString(), QStringLiteral("grid_worker"));
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident")), 1);
}

void ServerSecurityTest::plainSqlChangeIsAudited()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    QVERIFY(worker.run(QStringLiteral("UPDATE resident SET notes = '改了' WHERE id = %1").arg(m_residentA)));
    QSqlQuery q(m_data->db());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name, action, before_json, after_json FROM audit_log WHERE table_name = "
                                  "'resident' AND record_id = %1 ORDER BY id DESC LIMIT 1")
                       .arg(m_residentA)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wang.grid"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("update"));
    QVERIFY2(q.value(2).toString().contains(QStringLiteral("张甲")), qPrintable(q.value(2).toString()));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("改了")));

    // A change and its own audit row in one transaction give one row, not two.
    const int before = m_data->count(QStringLiteral("audit_log"));
    QVERIFY(worker.db().transaction());
    QVERIFY(worker.run(QStringLiteral("UPDATE resident SET notes = '再改' WHERE id = %1").arg(m_residentA)));
    QVERIFY(worker.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action) VALUES "
                                      "('2026-12-07T09:00:00', 'wang.grid', 'resident', %1, 'update')")
                           .arg(m_residentA)));
    QVERIFY(worker.db().commit());
    QCOMPARE(m_data->count(QStringLiteral("audit_log")), before + 1);
}

void ServerSecurityTest::auditRowsNameTheConnectedAccount()
{
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    QVERIFY(worker.run(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action) VALUES "
                                      "('2026-12-07T09:00:00', 'admin', 'resident', %1, 'forged')")
                           .arg(m_residentA)));
    QSqlQuery q(m_data->db());
    QVERIFY(q.exec(QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'forged'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wang.grid"));
    // A grid worker reads the audit rows naming them, not the office's.
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name <> 'wang.grid'")), 0);
}

void ServerSecurityTest::disabledAccountCannotConnect()
{
    AccountStore accounts(m_data->db(), testScope());
    QVERIFY(accounts.setDisabled(m_clerkId, true).ok);
    PlainConnection clerk(login(QStringLiteral("zhao")), QStringLiteral("clerk-pass-1"), m_schema);
    QVERIFY(!clerk.isOpen());
    // The desk says why, naming the login, rather than blaming the address.
    Database desk(QStringLiteral("disabled-desk"));
    QVERIFY(!Workspace::open(desk, deskUrl(QStringLiteral("zhao"), QStringLiteral("clerk-pass-1"))));
    QCOMPARE(desk.status(), Database::Status::CannotOpen);
    QVERIFY2(desk.errorText().contains(QLatin1String("disabled")) &&
                 desk.errorText().contains(login(QStringLiteral("zhao"))),
             qPrintable(desk.errorText()));
    QVERIFY(accounts.setDisabled(m_clerkId, false).ok);
    PlainConnection again(login(QStringLiteral("zhao")), QStringLiteral("clerk-pass-1"), m_schema);
    QVERIFY2(again.isOpen(), qPrintable(again.error()));
}

void ServerSecurityTest::passwordResetReachesTheServer()
{
    AccountStore accounts(m_data->db(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    QVERIFY(accounts.setPassword(m_viewerId, QStringLiteral("新的密码-2026")).ok);
    PlainConnection old(login(QStringLiteral("li-viewer")), kViewerPassword, m_schema);
    QVERIFY(!old.isOpen());
    PlainConnection renewed(login(QStringLiteral("li-viewer")), QStringLiteral("新的密码-2026"), m_schema);
    QVERIFY2(renewed.isOpen(), qPrintable(renewed.error()));
    QVERIFY(accounts.setPassword(m_viewerId, kViewerPassword).ok);
}

void ServerSecurityTest::deskSignsInThroughItsLogin()
{
    Database desk(QStringLiteral("desk"));
    QVERIFY2(Workspace::open(desk, deskUrl(QStringLiteral("wang.grid"), kGridPassword)),
             qPrintable(desk.errorDetail()));
    AccountStore accounts(desk.connection());
    QVERIFY(accounts.isDeskConnection());
    QVERIFY(!AccountStore(m_data->db()).isDeskConnection());
    const SignInResult signedIn = accounts.signInAsConnected();
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
    QCOMPARE(signedIn.scope.role(), AccessScope::Role::GridWorker);
    QCOMPARE(signedIn.scope.userName(), QStringLiteral("wang.grid"));
    QCOMPARE(signedIn.scope.gridIds(), QList<qint64>{m_data->gridA});
    // The login dialog's answer for another login is refused; the connected one is accepted.
    QVERIFY(!accounts.signIn(QStringLiteral("zhao"), QStringLiteral("clerk-pass-1")).ok());
    QVERIFY(accounts.signIn(QStringLiteral("wang.grid"), kGridPassword).ok());

    // The desk's own saves work under the server's rules and are audited once, naming them.
    SqlQuery last(m_data->db(), QStringLiteral("SELECT max(id) FROM audit_log"));
    const qint64 lastAudit = last.scalar().toLongLong();
    RegisterStore store(desk.connection(), signedIn.scope);
    Household h;
    h.buildingId = m_data->buildingA2;
    h.unit = QStringLiteral("2");
    h.room = QStringLiteral("302");
    h.movedIn = QDate(2024, 5, 1);
    Resident r;
    r.name = QStringLiteral("周丙");
    r.idNumber = TestDatabase::idFor(QDate(1960, 6, 6), true, 3);
    r.relation = QStringLiteral("head");
    QList<Resident> members = {r};
    const SaveResult saved = store.saveHousehold(h, members);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QSqlQuery q(m_data->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT user_name), min(user_name) FROM audit_log WHERE id "
                                  "> %1")
                       .arg(lastAudit)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 1);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), QStringLiteral("wang.grid"));
    // In another grid the server refuses what the desk's own checks would.
    Household elsewhere = h;
    elsewhere.id = 0;
    elsewhere.buildingId = m_data->buildingB1;
    elsewhere.room = QStringLiteral("999");
    QList<Resident> none;
    QVERIFY(!RegisterStore(desk.connection(), signedIn.scope).saveHousehold(elsewhere, none).ok);
}

void ServerSecurityTest::deskCaseNumbersCountEveryGrid()
{
    // The office takes a case in grid B; the grid worker, who cannot see it, takes the next one.
    CaseIntake in;
    in.source = QStringLiteral("patrol");
    SqlQuery category(m_data->db(), QStringLiteral("SELECT min(id) FROM case_category"));
    in.categoryId = category.scalar().toLongLong();
    in.gridId = m_data->gridB;
    in.description = QStringLiteral("路灯不亮");
    in.receivedAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0));
    const SaveResult office = CaseStore(m_data->db(), testScope()).intake(in);
    QVERIFY2(office.ok, qPrintable(office.firstMessage()));

    Database desk(QStringLiteral("desk-cases"));
    QVERIFY2(Workspace::open(desk, deskUrl(QStringLiteral("wang.grid"), kGridPassword)),
             qPrintable(desk.errorDetail()));
    const SignInResult signedIn = AccountStore(desk.connection()).signInAsConnected();
    QVERIFY(signedIn.ok());
    in.gridId = m_data->gridA;
    in.description = QStringLiteral("楼道堆物");
    const SaveResult mine = CaseStore(desk.connection(), signedIn.scope).intake(in);
    QVERIFY2(mine.ok, qPrintable(mine.firstMessage()));
    SqlQuery numbers(m_data->db(), QStringLiteral("SELECT case_no FROM cases WHERE id = ?"));
    QVERIFY(numbers.exec(mine.id));
    QCOMPARE(numbers.scalar().toString(), QStringLiteral("2026-000002"));
    // The other grid's case's steps are as hidden as the case; their own case's are there.
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    QVERIFY(m_data->count(QStringLiteral("case_step")) >= 2);
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM case_step WHERE case_id = %1").arg(office.id)), 0);
    QVERIFY(worker.scalar(QStringLiteral("SELECT count(*) FROM case_step WHERE case_id = %1").arg(mine.id)) > 0);
}

void ServerSecurityTest::reinstallIsIdempotent()
{
    QString detail;
    QVERIFY2(ServerSecurity::install(m_data->db(), &detail), qPrintable(detail));
    SqlQuery forget(m_data->db(), QStringLiteral("DELETE FROM setting WHERE key = 'server/security'"));
    QVERIFY(forget.exec());
    QVERIFY2(ServerSecurity::install(m_data->db(), &detail), qPrintable(detail));
    PlainConnection worker(login(QStringLiteral("wang.grid")), kGridPassword, m_schema);
    QVERIFY2(worker.isOpen(), qPrintable(worker.error()));
    QCOMPARE(worker.scalar(QStringLiteral("SELECT count(*) FROM resident WHERE id = %1").arg(m_residentB)), 0);
}

QTEST_GUILESS_MAIN(ServerSecurityTest)
#include "serversecurity_test.moc"
