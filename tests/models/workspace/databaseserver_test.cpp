// Database on a PostgreSQL server (CD_TEST_DATABASE=postgresql://…; skipped without one):
// opening, the upgrade in one transaction, refusals, ids, and what is SQLite-only.
#include "models/core/database.h"
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/workspace/backupservice.h"
#include "models/workspace/migrations.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QTest>

class DatabaseServerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void opensAndUpgradesFreshSchema();
    void reopenKeepsData();
    void newerSchemaIsRefusedUntouched();
    void failedUpgradeLeavesNothingBehind();
    void unreachableServerIsExplained();
    void passwordIsNeverShown();
    void idsOfInsertsAndExplicitIds();
    void birthdayKeysAreKeptByTriggers();
    void searchFindsByNameWithoutFts();
    void backupsAreRefused();

private:
    QString freshUrl();
    QStringList m_schemas;
};

void DatabaseServerTest::initTestCase()
{
    if (!testingOnServer())
        QSKIP("needs CD_TEST_DATABASE=postgresql://… (scripts/run-tests.sh starts a server for the *_pg tests)");
}

QString DatabaseServerTest::freshUrl()
{
    QString schema;
    const QString url = freshServerSchemaUrl(&schema);
    m_schemas << schema;
    return url;
}

void DatabaseServerTest::cleanup()
{
    ServerConnection admin;
    for (const QString &schema : std::as_const(m_schemas))
        dropServerSchema(admin.db(), schema);
    m_schemas.clear();
}

void DatabaseServerTest::opensAndUpgradesFreshSchema()
{
    Database db(QStringLiteral("fresh"));
    QVERIFY2(Workspace::open(db, freshUrl()), qPrintable(db.errorDetail()));
    QVERIFY(db.isServer());
    QCOMPARE(db.status(), Database::Status::Open);
    QCOMPARE(Workspace::schemaVersion(db), Migrations::latestVersion());
    SqlQuery versions(db.connection(), QStringLiteral("SELECT count(*) FROM schema_version"));
    QCOMPARE(versions.scalar().toInt(), Migrations::latestVersion());
    // The seeded tags and the lunar calendar table came through the translated migrations.
    QCOMPARE(SqlQuery(db.connection(), QStringLiteral("SELECT count(*) FROM tag")).scalar().toInt(),
             7); // the six built-in tags and 社区矫正
    QVERIFY(SqlQuery(db.connection(), QStringLiteral("SELECT count(*) FROM lunar_month")).scalar().toInt() > 2000);
}

void DatabaseServerTest::reopenKeepsData()
{
    const QString url = freshUrl();
    {
        Database db(QStringLiteral("first"));
        QVERIFY(Workspace::open(db, url));
        QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO community (name) VALUES ('东湖社区')")).exec());
    }
    Database again(QStringLiteral("again"));
    QVERIFY2(Workspace::open(again, url), qPrintable(again.errorDetail()));
    QCOMPARE(SqlQuery(again.connection(), QStringLiteral("SELECT name FROM community")).scalar().toString(),
             QStringLiteral("东湖社区"));
    QCOMPARE(SqlQuery(again.connection(), QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(),
             Migrations::latestVersion());
}

void DatabaseServerTest::newerSchemaIsRefusedUntouched()
{
    const QString url = freshUrl();
    {
        Database db(QStringLiteral("writer"));
        QVERIFY(Workspace::open(db, url));
        SqlQuery future(db.connection(),
                        QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, '2030-01-01')"));
        QVERIFY(future.exec(Migrations::latestVersion() + 1));
    }
    Database db(QStringLiteral("reader"));
    QVERIFY(!Workspace::open(db, url));
    QCOMPARE(db.status(), Database::Status::NewerSchema);
    QVERIFY(db.errorText().contains(QLatin1String("newer version")));
    ServerConnection check;
    SqlQuery rows(check.db(),
                  QStringLiteral("SELECT count(*) FROM ") + m_schemas.last() + QStringLiteral(".schema_version"));
    QCOMPARE(rows.scalar().toInt(), Migrations::latestVersion() + 1);
}

void DatabaseServerTest::failedUpgradeLeavesNothingBehind()
{
    QString schema;
    const QString url = freshServerSchemaUrl(&schema);
    m_schemas << schema;
    {
        // A table in the way of v1 makes the upgrade fail part-way through.
        ServerConnection admin;
        QVERIFY(SqlQuery(admin.db(), QStringLiteral("CREATE SCHEMA ") + schema).exec());
        QVERIFY(SqlQuery(admin.db(), QStringLiteral("CREATE TABLE ") + schema + QStringLiteral(".resident (x TEXT)"))
                    .exec());
    }
    Database db(QStringLiteral("blocked"));
    QVERIFY(!Workspace::open(db, url));
    QCOMPARE(db.status(), Database::Status::MigrationFailed);
    QVERIFY(!db.errorText().contains(QLatin1String("ERROR")));
    ServerConnection check;
    // PostgreSQL's DDL is transactional: the tables v1 made before the failure are gone again.
    SqlQuery tables(check.db(),
                    QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?"));
    QVERIFY(tables.exec(schema));
    QCOMPARE(tables.scalar().toInt(), 1);
}

void DatabaseServerTest::unreachableServerIsExplained()
{
    Database db(QStringLiteral("nowhere"));
    QVERIFY(!Workspace::open(db, QStringLiteral("postgresql://cd:topsecret@127.0.0.1:1/cd")));
    QCOMPARE(db.status(), Database::Status::CannotOpen);
    QVERIFY2(db.errorText().contains(QLatin1String("Cannot connect to the database server 127.0.0.1")),
             qPrintable(db.errorText()));
    Database bad(QStringLiteral("bad"));
    QVERIFY(!Workspace::open(bad, QStringLiteral("postgresql://cd@127.0.0.1/")));
    QCOMPARE(bad.status(), Database::Status::CannotOpen);
    QVERIFY(bad.errorText().contains(QLatin1String("not valid")));
}

void DatabaseServerTest::passwordIsNeverShown()
{
    Database db(QStringLiteral("secret"));
    QVERIFY(!Workspace::open(db, QStringLiteral("postgresql://cd:topsecret@127.0.0.1:1/cd?schema=x")));
    QVERIFY(!db.path().contains(QLatin1String("topsecret")));
    QVERIFY(!db.errorText().contains(QLatin1String("topsecret")));
    QVERIFY(!db.errorDetail().contains(QLatin1String("topsecret")));
    QCOMPARE(db.path(), QStringLiteral("postgresql://cd@127.0.0.1:1/cd?schema=x"));
}

void DatabaseServerTest::idsOfInsertsAndExplicitIds()
{
    TestDatabase tdb;
    QVERIFY(tdb.gridA > 0);
    QCOMPARE(tdb.gridB, tdb.gridA + 1);
    // The community was inserted with id 1 explicitly; the next one left to the database must
    // not collide with it.
    SqlQuery next(tdb.db(), QStringLiteral("INSERT INTO community (name) VALUES ('第二社区')"));
    QVERIFY2(next.exec(), qPrintable(next.errorDetail()));
    QCOMPARE(next.lastInsertId(), 2);
    // A table without an id column still inserts (RETURNING * has no id to report).
    SqlQuery setting(tdb.db(), QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'b')"));
    QVERIFY(setting.exec());
    QCOMPARE(setting.lastInsertId(), 0);
    QCOMPARE(setting.numRowsAffected(), 1);
}

void DatabaseServerTest::birthdayKeysAreKeptByTriggers()
{
    TestDatabase tdb;
    const qint64 household =
        tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                         {{QStringLiteral("李四"), TestDatabase::idFor(QDate(1948, 10, 1), true)}});
    QVERIFY(household > 0);
    SqlQuery keys(tdb.db(), QStringLiteral("SELECT birth_md, birth_lunar_md FROM resident"));
    QVERIFY(keys.exec() && keys.next());
    QCOMPARE(keys.value(0).toInt(), 1001);
    // 1948-10-01 is the 29th day of the eighth lunar month.
    QCOMPARE(keys.value(1).toInt(), 829);
    QVERIFY(SqlQuery(tdb.db(), QStringLiteral("UPDATE resident SET birth_date = '1948-02-10'")).exec());
    SqlQuery again(tdb.db(), QStringLiteral("SELECT birth_md, birth_lunar_md FROM resident"));
    QVERIFY(again.exec() && again.next());
    QCOMPARE(again.value(0).toInt(), 210);
    QCOMPARE(again.value(1).toInt(), 101); // lunar new year 1948
}

void DatabaseServerTest::searchFindsByNameWithoutFts()
{
    TestDatabase tdb;
    tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                     {{QStringLiteral("王小明"), TestDatabase::idFor(QDate(1990, 1, 2), true)}});
    tdb.addHousehold(tdb.buildingB1, QStringLiteral("2"), QStringLiteral("202"),
                     {{QStringLiteral("赵明华"), TestDatabase::idFor(QDate(1991, 1, 2), false, 2)}});
    const QString sql = QStringLiteral("SELECT count(*) FROM resident_fts WHERE ") +
                        DialectSql::tokenMatch(SqlDialect::isPostgres(tdb.db()), QStringLiteral("resident_fts"));
    SqlQuery match(tdb.db(), sql);
    QVERIFY(match.exec(QStringLiteral("\"小\" + \"明\"")));
    QCOMPARE(match.scalar().toInt(), 1);
    SqlQuery both(tdb.db(), sql);
    QVERIFY(both.exec(QStringLiteral("\"明\"")));
    QCOMPARE(both.scalar().toInt(), 2);
}

void DatabaseServerTest::backupsAreRefused()
{
    TestDatabase tdb;
    BackupService service(tdb.db(), tdb.db().databaseName());
    QString error;
    QVERIFY(service.backupNow(&error).isEmpty());
    QVERIFY(error.contains(QLatin1String("server")));
    QVERIFY(service.dailyBackup(7, &error).isEmpty());
}

QTEST_GUILESS_MAIN(DatabaseServerTest)
#include "databaseserver_test.moc"
