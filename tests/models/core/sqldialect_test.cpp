// The SQLite → PostgreSQL translation, statement by statement (no server needed).
#include "models/core/databaseurl.h"
#include "models/core/sqldialect.h"

#include <QTest>

class SqlDialectTest : public QObject
{
    Q_OBJECT

private slots:
    void translate_data();
    void translate();
    void literalsAreLeftAlone();
    void tableTypes();
    void ftsTableAndMatch();
    void triggerBecomesFunction();
    void statementKinds();
    void urls();
};

void SqlDialectTest::translate_data()
{
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    QTest::newRow("insert or ignore")
        << QStringLiteral("INSERT OR IGNORE INTO resident_tag (resident_id, tag_id) VALUES (?, ?)")
        << QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
    QTest::newRow("group_concat") << QStringLiteral("SELECT group_concat(t.name, '、') FROM tag t")
                                  << QStringLiteral("SELECT string_agg(CAST(t.name AS TEXT), '、') FROM tag t");
    QTest::newRow("group_concat default")
        << QStringLiteral("SELECT group_concat(rt.tag_id) FROM resident_tag rt")
        << QStringLiteral("SELECT string_agg(CAST(rt.tag_id AS TEXT), ',') FROM resident_tag rt");
    QTest::newRow("ifnull iif") << QStringLiteral("SELECT ifnull(a, 0), iif(b > 1, 'x', 'y') FROM t")
                                << QStringLiteral(
                                       "SELECT coalesce(a, 0), (CASE WHEN b > 1 THEN 'x' ELSE 'y' END) FROM t");
    QTest::newRow("scalar max, aggregate max")
        << QStringLiteral("SELECT max(a, b), max(c) FROM t") << QStringLiteral("SELECT greatest(a, b), max(c) FROM t");
    QTest::newRow("instr") << QStringLiteral("SELECT 1 FROM e WHERE instr(e.title, ?) > 0")
                           << QStringLiteral("SELECT 1 FROM e WHERE strpos(e.title, ?) > 0");
    QTest::newRow("julianday") << QStringLiteral("SELECT julianday(closed_at) - julianday(received_at) FROM cases")
                               << QStringLiteral("SELECT (EXTRACT(EPOCH FROM CAST(closed_at AS TIMESTAMP)) / 86400.0 + "
                                                 "2440587.5) - (EXTRACT(EPOCH FROM CAST(received_at AS TIMESTAMP)) / "
                                                 "86400.0 + 2440587.5) FROM cases");
    QTest::newRow("round real") << QStringLiteral("SELECT round(avg(x), 1) FROM t")
                                << QStringLiteral("SELECT round(CAST(avg(x) AS NUMERIC), 1) FROM t");
    QTest::newRow("like ignores case") << QStringLiteral("SELECT id FROM r WHERE name LIKE ?")
                                       << QStringLiteral("SELECT id FROM r WHERE name ILIKE ?");
    QTest::newRow("glob literal") << QStringLiteral("SELECT d GLOB '[0-9][0-9]-*' FROM t")
                                  << QStringLiteral("SELECT d ~ '^[0-9][0-9]-.*$' FROM t");
    QTest::newRow("glob bound prefix")
        << QStringLiteral("SELECT id FROM resident WHERE phone GLOB ?")
        << QStringLiteral("SELECT id FROM resident WHERE phone ~~ replace(CAST(? AS TEXT), '*', '%')");
    QTest::newRow("derived table alias")
        << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r LIMIT ?)")
        << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r LIMIT ?) AS cd_derived_");
    QTest::newRow("aliased derived table") << QStringLiteral("SELECT x.n FROM (SELECT 1 AS n) x WHERE x.n = 1")
                                           << QStringLiteral("SELECT x.n FROM (SELECT 1 AS n) x WHERE x.n = 1");
    QTest::newRow("limit -1") << QStringLiteral("SELECT id FROM t LIMIT -1 OFFSET ?")
                              << QStringLiteral("SELECT id FROM t LIMIT ALL OFFSET ?");
    QTest::newRow("cast real") << QStringLiteral("SELECT CAST(a AS REAL) / b FROM t")
                               << QStringLiteral("SELECT CAST(a AS DOUBLE PRECISION) / b FROM t");
    QTest::newRow("in subquery untouched") << QStringLiteral("SELECT id FROM r WHERE id IN (SELECT x FROM y)")
                                           << QStringLiteral("SELECT id FROM r WHERE id IN (SELECT x FROM y)");
}

void SqlDialectTest::translate()
{
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    const QString out = SqlDialect::translate(sqlite);
    if (postgres.endsWith(QLatin1String("cd_derived_")))
        QVERIFY2(out.startsWith(postgres), qPrintable(out));
    else
        QCOMPARE(out, postgres);
    // Translating twice changes nothing more (the migrations translate, then SqlQuery does).
    if (!postgres.endsWith(QLatin1String("cd_derived_")))
        QCOMPARE(SqlDialect::translate(out), out);
}

void SqlDialectTest::literalsAreLeftAlone()
{
    const QString sql = QStringLiteral("SELECT 'a LIKE b, max(1, 2), ifnull(x, y)' FROM t WHERE n = 'it''s'");
    QCOMPARE(SqlDialect::translate(sql), sql);
}

void SqlDialectTest::tableTypes()
{
    const QStringList out = SqlDialect::translateDdl(
        QStringLiteral("CREATE TABLE map_image (id INTEGER PRIMARY KEY, community_id INTEGER REFERENCES community(id), "
                       "format TEXT NOT NULL DEFAULT 'png', data BLOB NOT NULL, x REAL)"));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first(),
             QStringLiteral("CREATE TABLE map_image (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                            "community_id BIGINT REFERENCES community(id), format TEXT COLLATE \"C\" NOT "
                            "NULL DEFAULT 'png', data BYTEA NOT NULL, x DOUBLE PRECISION)"));
    const QStringList rowid = SqlDialect::translateDdl(
        QStringLiteral("CREATE TABLE rt (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID"));
    QCOMPARE(rowid.first(),
             QStringLiteral("CREATE TABLE rt (a BIGINT NOT NULL, b BIGINT NOT NULL, PRIMARY KEY (a, b))"));
    QCOMPARE(SqlDialect::translateDdl(QStringLiteral("CREATE TABLE motion (id INTEGER PRIMARY KEY, text TEXT NOT NULL, "
                                                     "n TEXT CHECK (CAST(n AS TEXT) <> ''))"))
                 .first(),
             QStringLiteral("CREATE TABLE motion (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, text TEXT "
                            "COLLATE \"C\" NOT NULL, n TEXT COLLATE \"C\" CHECK (CAST(n AS TEXT) <> ''))"));
    QCOMPARE(SqlDialect::translateDdl(QStringLiteral("ALTER TABLE resident ADD COLUMN birth_md INTEGER")).first(),
             QStringLiteral("ALTER TABLE resident ADD COLUMN birth_md BIGINT"));
}

void SqlDialectTest::ftsTableAndMatch()
{
    QCOMPARE(SqlDialect::translateDdl(QStringLiteral("CREATE VIRTUAL TABLE resident_fts USING fts5(tokens)")),
             QStringList{QStringLiteral("CREATE TABLE resident_fts (rowid BIGINT PRIMARY KEY, tokens TEXT)")});
    QCOMPARE(SqlDialect::translate(QStringLiteral("SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?")),
             QStringLiteral("SELECT rowid FROM resident_fts WHERE (' ' || lower(resident_fts.tokens) || ' ') ~~ "
                            "cd_fts_pattern(?)"));
}

void SqlDialectTest::triggerBecomesFunction()
{
    const QStringList out = SqlDialect::translateDdl(
        QStringLiteral("CREATE TRIGGER keys_insert AFTER INSERT ON resident WHEN NEW.birth_date IS NOT NULL BEGIN "
                       "UPDATE resident SET birth_md = (CASE WHEN NEW.birth_date GLOB '[0-9]*' THEN 1 END) WHERE id = "
                       "NEW.id; END"));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0), QStringLiteral("CREATE OR REPLACE FUNCTION keys_insert_fn() RETURNS trigger LANGUAGE plpgsql "
                                       "AS $cd$ BEGIN UPDATE resident SET birth_md = (CASE WHEN NEW.birth_date ~ "
                                       "'^[0-9].*$' THEN 1 END) WHERE id = NEW.id; RETURN NULL; END $cd$"));
    QCOMPARE(out.at(1), QStringLiteral("CREATE TRIGGER keys_insert AFTER INSERT ON resident FOR EACH ROW WHEN "
                                       "(NEW.birth_date IS NOT NULL) EXECUTE FUNCTION keys_insert_fn()"));
    const QStringList refuse =
        SqlDialect::translateDdl(QStringLiteral("CREATE TRIGGER no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                                                "RAISE(ABORT, 'rows cannot be changed'); END"));
    QCOMPARE(refuse.at(0), QStringLiteral("CREATE OR REPLACE FUNCTION no_update_fn() RETURNS trigger LANGUAGE plpgsql "
                                          "AS $cd$ BEGIN RAISE EXCEPTION USING MESSAGE = 'rows cannot be changed'; "
                                          "RETURN NEW; END $cd$"));
    // A translated CREATE TABLE passes through again unchanged (migrations, then SqlQuery).
    const QString table =
        SqlDialect::translateDdl(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)")).first();
    QCOMPARE(SqlDialect::translateDdl(table).first(), table);
    const QStringList update = SqlDialect::translateDdl(
        QStringLiteral("CREATE TRIGGER k AFTER UPDATE OF birth_date ON resident BEGIN UPDATE resident SET x = 1; END"));
    QCOMPARE(
        update.at(1),
        QStringLiteral("CREATE TRIGGER k AFTER UPDATE OF birth_date ON resident FOR EACH ROW EXECUTE FUNCTION k_fn()"));
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
