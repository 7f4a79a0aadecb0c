// communitydesk-cli on a PostgreSQL server through an account's own database login
// (CD_TEST_DATABASE=postgresql://…; skipped without one): the server checked the password, so
// the command runs as that account without --user, sees only its grids, and refuses another
// account named with --user.
#include "models/access/accountstore.h"
#include "models/workspace/serversecurity.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

class DeskCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchRunsAsTheConnectedAccount();
    void anotherUserIsRefused();

private:
    QString deskUrl() const;
    std::unique_ptr<TestDatabase> m_data;
};

void DeskCliTest::initTestCase()
{
    if (!testingOnServer())
        QSKIP("needs CD_TEST_DATABASE=postgresql://… (scripts/run-tests.sh starts a server for the *_pg tests)");
    m_data = std::make_unique<TestDatabase>();
    QVERIFY(m_data->addHousehold(m_data->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                 {{QStringLiteral("张甲"), TestDatabase::idFor(QDate(1950, 3, 1), true)}}) > 0);
    QVERIFY(m_data->addHousehold(m_data->buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                                 {{QStringLiteral("张乙"), TestDatabase::idFor(QDate(1951, 4, 2), false)}}) > 0);
    AccountStore accounts(m_data->db(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account worker;
    worker.login = QStringLiteral("wang");
    worker.displayName = QStringLiteral("王网格");
    worker.role = AccessScope::Role::GridWorker;
    worker.gridIds = {m_data->gridA};
    const SaveResult r = accounts.save(worker, QStringLiteral("grid-pass-1"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
}

void DeskCliTest::cleanupTestCase()
{
    m_data.reset();
}

QString DeskCliTest::deskUrl() const
{
    QUrl url(testServerUrl());
    url.setUserName(ServerSecurity::roleBase(m_data->db()) + QStringLiteral(".wang"));
    url.setPassword(QStringLiteral("grid-pass-1"));
    QSqlQuery schema(m_data->db());
    schema.exec(QStringLiteral("SELECT current_schema()"));
    schema.next();
    url.setQuery(QStringLiteral("schema=") + schema.value(0).toString());
    return url.toString();
}

void DeskCliTest::searchRunsAsTheConnectedAccount()
{
    CliOptions options;
    options.user.clear();
    options.password.clear();
    const CliRun run =
        runCli({QStringLiteral("--database"), deskUrl(), QStringLiteral("search"), QStringLiteral("张")}, options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("张甲")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("张乙")), qPrintable(run.out));
}

void DeskCliTest::anotherUserIsRefused()
{
    CliOptions options;
    options.user = QStringLiteral("admin");
    options.password = QStringLiteral("whatever");
    const CliRun run =
        runCli({QStringLiteral("--database"), deskUrl(), QStringLiteral("search"), QStringLiteral("张")}, options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("wang")), qPrintable(run.err));
    QVERIFY(!run.out.contains(QStringLiteral("张甲")));
}

QTEST_GUILESS_MAIN(DeskCliTest)
#include "deskcli_test.moc"
