// What PostgreSQL gets beside the SQL written for it: the check for SQLite-only constructs, the
// schema's column types, and DialectSql's statements per engine (no server needed).
#include "models/core/databaseurl.h"
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"

#include <QTest>

class SqlDialectTest : public QObject
{
    Q_OBJECT

private slots:
    void sqliteOnly_data();
    void sqliteOnly();
    void portable_data();
    void portable();
    void tableTypes();
    void ftsTableAndMatch();
    void triggersAreNotConverted();
    void dialectStatements();
    void statementKinds();
    void urls();
};

void SqlDialectTest::sqliteOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("construct");
    QTest::newRow("insert or ignore") << QStringLiteral("INSERT OR IGNORE INTO rt (a, b) VALUES (?, ?)")
                                      << QStringLiteral("INSERT OR");
    QTest::newRow("replace into") << QStringLiteral("REPLACE INTO setting (key, value) VALUES (?, ?)")
                                  << QStringLiteral("REPLACE INTO");
    QTest::newRow("group_concat") << QStringLiteral("SELECT group_concat(t.name, '、') FROM tag t")
                                  << QStringLiteral("group_concat");
    QTest::newRow("ifnull") << QStringLiteral("SELECT ifnull(a, 0) FROM t") << QStringLiteral("ifnull");
    QTest::newRow("iif") << QStringLiteral("SELECT iif(b > 1, 'x', 'y') FROM t") << QStringLiteral("iif");
    QTest::newRow("instr") << QStringLiteral("SELECT 1 FROM e WHERE instr(e.title, ?) > 0") << QStringLiteral("instr");
    QTest::newRow("julianday") << QStringLiteral("SELECT julianday(closed_at) FROM cases")
                               << QStringLiteral("julianday");
    QTest::newRow("strftime") << QStringLiteral("SELECT strftime('%Y', d) FROM t") << QStringLiteral("strftime");
    QTest::newRow("scalar max") << QStringLiteral("SELECT max(a, b) FROM t") << QStringLiteral("max");
    QTest::newRow("scalar min nested") << QStringLiteral("SELECT coalesce(min(a, (b)), 0) FROM t")
                                       << QStringLiteral("min");
    QTest::newRow("round real") << QStringLiteral("SELECT round(avg(x), 1) FROM t") << QStringLiteral("round");
    QTest::newRow("date modifier") << QStringLiteral("SELECT date(d, '+1 day') FROM t") << QStringLiteral("date");
    QTest::newRow("glob") << QStringLiteral("SELECT id FROM resident WHERE phone GLOB ?") << QStringLiteral("GLOB");
    QTest::newRow("fts match") << QStringLiteral("SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?")
                               << QStringLiteral("MATCH");
    QTest::newRow("limit -1") << QStringLiteral("SELECT id FROM t LIMIT -1 OFFSET ?") << QStringLiteral("LIMIT -1");
    QTest::newRow("cast real") << QStringLiteral("SELECT CAST(a AS REAL) / b FROM t") << QStringLiteral("REAL");
    QTest::newRow("derived table") << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r LIMIT ?)")
                                   << QStringLiteral("derived");
    QTest::newRow("derived table, clause after")
        << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r) WHERE 1 = 1") << QStringLiteral("derived");
    QTest::newRow("sqlite trigger")
        << QStringLiteral("CREATE TRIGGER no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END")
        << QStringLiteral("trigger");
}

void SqlDialectTest::sqliteOnly()
{
    QFETCH(QString, sql);
    QFETCH(QString, construct);
    const QString found = SqlDialect::sqliteOnlyConstruct(sql);
    QVERIFY2(found.contains(construct, Qt::CaseInsensitive), qPrintable(found));
}

void SqlDialectTest::portable_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("on conflict") << QStringLiteral(
        "INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    QTest::newRow("aggregates") << QStringLiteral("SELECT max(c), min(d), coalesce(max(e), 0) + 1 FROM t");
    QTest::newRow("case, coalesce") << QStringLiteral(
        "SELECT CASE WHEN b > 1 THEN 'x' ELSE 'y' END, coalesce(a, 0) FROM t WHERE lower(n) LIKE lower(?)");
    QTest::newRow("aliased derived table") << QStringLiteral("SELECT x.n FROM (SELECT 1 AS n) x WHERE x.n = 1");
    QTest::newRow("derived table AS") << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r LIMIT ?) AS c");
    QTest::newRow("in subquery") << QStringLiteral("SELECT id FROM r WHERE id IN (SELECT x FROM y)");
    QTest::newRow("numeric round") << QStringLiteral("SELECT round(CAST(avg(x) AS NUMERIC), 1) FROM t");
    QTest::newRow("literals") << QStringLiteral("SELECT 'a GLOB b, max(1, 2), ifnull(x, y)' FROM t WHERE n = 'it''s'");
    QTest::newRow("column named like a function") << QStringLiteral("SELECT t.instr, t.date FROM t");
    QTest::newRow("postgres trigger") << QStringLiteral(
        "CREATE TRIGGER k AFTER UPDATE OF birth_date ON resident FOR EACH ROW EXECUTE FUNCTION k_fn()");
}

void SqlDialectTest::portable()
{
    QFETCH(QString, sql);
    QCOMPARE(SqlDialect::sqliteOnlyConstruct(sql), QString());
}

void SqlDialectTest::tableTypes()
{
    const QStringList out = {SqlDialect::postgresDdl(
        QStringLiteral("CREATE TABLE map_image (id INTEGER PRIMARY KEY, community_id INTEGER REFERENCES community(id), "
                       "format TEXT NOT NULL DEFAULT 'png', data BLOB NOT NULL, x REAL)"))};
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first(),
             QStringLiteral("CREATE TABLE map_image (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                            "community_id BIGINT REFERENCES community(id), format TEXT COLLATE \"C\" NOT "
                            "NULL DEFAULT 'png', data BYTEA NOT NULL, x DOUBLE PRECISION)"));
    const QString rowid = SqlDialect::postgresDdl(
        QStringLiteral("CREATE TABLE rt (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID"));
    QCOMPARE(rowid, QStringLiteral("CREATE TABLE rt (a BIGINT NOT NULL, b BIGINT NOT NULL, PRIMARY KEY (a, b))"));
    QCOMPARE(SqlDialect::postgresDdl(QStringLiteral("CREATE TABLE motion (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                                                    "n TEXT CHECK (CAST(n AS TEXT) <> ''))")),
             QStringLiteral("CREATE TABLE motion (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text TEXT "
                            "COLLATE \"C\" NOT NULL, n TEXT COLLATE \"C\" CHECK (CAST(n AS TEXT) <> ''))"));
    QCOMPARE(SqlDialect::postgresDdl(QStringLiteral("ALTER TABLE resident ADD COLUMN birth_md INTEGER")),
             QStringLiteral("ALTER TABLE resident ADD COLUMN birth_md BIGINT"));
}

void SqlDialectTest::ftsTableAndMatch()
{
    QCOMPARE(SqlDialect::postgresDdl(QStringLiteral("CREATE VIRTUAL TABLE resident_fts USING fts5(tokens)")),
             QStringLiteral("CREATE TABLE resident_fts (rowid BIGINT PRIMARY KEY, tokens TEXT)"));
    QCOMPARE(DialectSql::tokenMatch(false, QStringLiteral("resident_fts")), QStringLiteral("resident_fts MATCH ?"));
    // The expression the trigram index resident_fts_trgm is built on (ResidentSearchSchema).
    QCOMPARE(DialectSql::tokenMatch(true, QStringLiteral("resident_fts")),
             QStringLiteral("(' ' || lower(resident_fts.tokens) || ' ') LIKE cd_fts_pattern(?)"));
}

void SqlDialectTest::triggersAreNotConverted()
{
    // Triggers are written for each engine (BirthdayKeys, AccountSchema): a SQLite one stays as it
    // is and the check names it.
    const QString trigger = QStringLiteral(
        "CREATE TRIGGER no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'rows cannot be changed'); END");
    QCOMPARE(SqlDialect::postgresDdl(trigger), trigger);
    QVERIFY(!SqlDialect::sqliteOnlyConstruct(trigger).isEmpty());
    // A CREATE TABLE passes through again unchanged.
    const QString table = SqlDialect::postgresDdl(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)"));
    QCOMPARE(SqlDialect::postgresDdl(table), table);
}

void SqlDialectTest::dialectStatements()
{
    QCOMPARE(DialectSql::joined(false, QStringLiteral("t.name"), QStringLiteral("'、'")),
             QStringLiteral("group_concat(t.name, '、')"));
    QCOMPARE(DialectSql::joined(true, QStringLiteral("t.name"), QStringLiteral("'、'")),
             QStringLiteral("string_agg(CAST(t.name AS TEXT), '、')"));
    QCOMPARE(DialectSql::contains(true, QStringLiteral("e.title")), QStringLiteral("strpos(e.title, ?) > 0"));
    QCOMPARE(DialectSql::startsWith(true, QStringLiteral("phone")),
             QStringLiteral("phone LIKE replace(CAST(? AS TEXT), '*', '%')"));
    // Each engine's text passes the check on PostgreSQL.
    for (const QString &sql :
         {DialectSql::joined(true, QStringLiteral("a"), QStringLiteral("','")),
          DialectSql::contains(true, QStringLiteral("a")), DialectSql::startsWith(true, QStringLiteral("a")),
          DialectSql::tokenMatch(true, QStringLiteral("resident_fts")),
          DialectSql::daysBetween(true, QStringLiteral("a"), QStringLiteral("b")),
          DialectSql::isIsoDate(true, QStringLiteral("a"))})
        QVERIFY2(SqlDialect::sqliteOnlyConstruct(QStringLiteral("SELECT ") + sql).isEmpty(), qPrintable(sql));
}

void SqlDialectTest::statementKinds()
{
    QVERIFY(SqlDialect::isPreparable(QStringLiteral("  select 1")));
    QVERIFY(SqlDialect::isPreparable(QStringLiteral("WITH x AS (SELECT 1) SELECT * FROM x")));
    QVERIFY(!SqlDialect::isPreparable(QStringLiteral("CREATE TABLE t (a TEXT)")));
    QVERIFY(!SqlDialect::isPreparable(QStringLiteral("SAVEPOINT a")));
    QVERIFY(SqlDialect::isInsert(QStringLiteral("INSERT INTO t (a) VALUES (?)")));
    QVERIFY(!SqlDialect::isInsert(QStringLiteral("INSERT INTO t (a) VALUES (?) RETURNING a")));
    QCOMPARE(SqlDialect::insertWithExplicitId(QStringLiteral("INSERT INTO community (id, name) VALUES (1, 'x')")),
             QStringLiteral("community"));
    QCOMPARE(SqlDialect::insertWithExplicitId(QStringLiteral("INSERT INTO grid (community_id, code) VALUES (1, 'x')")),
             QString());
}

void SqlDialectTest::urls()
{
    const DatabaseUrl url =
        DatabaseUrl::parse(QStringLiteral("postgresql://clerk:s%40cret@db.office:6543/desk?schema=north"));
    QVERIFY(url.isServer());
    QVERIFY(url.isValid());
    QCOMPARE(url.userName(), QStringLiteral("clerk"));
    QCOMPARE(url.password(), QStringLiteral("s@cret"));
    QCOMPARE(url.host(), QStringLiteral("db.office"));
    QCOMPARE(url.port(), 6543);
    QCOMPARE(url.databaseName(), QStringLiteral("desk"));
    QCOMPARE(url.schema(), QStringLiteral("north"));
    QVERIFY(!url.display().contains(QLatin1String("cret")));
    QCOMPARE(url.display(), QStringLiteral("postgresql://clerk@db.office:6543/desk?schema=north"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d")).port(), 5432);
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u@h/d?schema=a;drop")).isValid());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u@h/")).isValid());
    const DatabaseUrl file = DatabaseUrl::parse(QStringLiteral("/home/desk/register.sqlite"));
    QVERIFY(!file.isServer());
    QCOMPARE(file.display(), QStringLiteral("/home/desk/register.sqlite"));
}

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "sqldialect_test.moc"
