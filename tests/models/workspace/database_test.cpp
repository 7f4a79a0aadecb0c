#include "models/cnrules/idnumber.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/databasecheck.h"
#include "models/workspace/migrations.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString checkedInFixture()
{
    return QDir(qEnvironmentVariable("CD_TEST_DATA")).filePath(QStringLiteral("schema_v1.sqlite"));
}

// A plain connection that applies no pragmas and no migrations, to build and inspect files
// exactly as an older or newer program would have left them.
class RawConnection final
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawConnection)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) { return SqlQuery(db(), sql).exec(); }
    QVariant scalar(const QString &sql)
    {
        SqlQuery q(db(), sql);
        return q.scalar();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// Writes tests/data/schema_v1.sqlite: the register as the first release stored it. Run once by hand
// (CD_WRITE_SCHEMA_V1=path ./database_test); the file is checked in so the upgrade is tested
// against bytes an old program really wrote, not against today's code.
int writeSchemaV1(const QString &path)
{
    QFile::remove(path);
    RawConnection raw(path);
    if (!raw.isOpen())
        return 1;
    QSqlDatabase db = raw.db();
    raw.exec(QStringLiteral("PRAGMA page_size = 1024")); // keeps the checked-in file small
    QString detail;
    if (!Migrations::upgrade(db, &detail, 1)) {
        qWarning("v1 schema failed: %s", qPrintable(detail));
        return 1;
    }
    const QString stamp = QStringLiteral("2024-03-01T09:00:00");
    const QStringList statements = {
        QStringLiteral("INSERT INTO community (id, name) VALUES (1, '测试社区')"),
        QStringLiteral("INSERT INTO grid (id, community_id, code, name) VALUES (1, 1, 'G01', '第一网格')"),
        QStringLiteral("INSERT INTO compound (id, community_id, name) VALUES (1, 1, '幸福里')"),
        QStringLiteral("INSERT INTO building (id, compound_id, grid_id, name) VALUES (1, 1, 1, '3号楼')"),
        QStringLiteral("INSERT INTO household (id, building_id, unit, room, created_at, updated_at) VALUES "
                       "(1, 1, '2', '501', '%1', '%1'), (2, 1, '1', '102', '%1', '%1')")
            .arg(stamp),
    };
    for (const QString &sql : statements)
        if (!raw.exec(sql))
            return 1;
    struct Person
    {
        qint64 household;
        QString name;
        QDate birth;
        bool male;
        QString relation;
        QString phone;
    };
    // Traditional characters as an old import left them; the upgrade must make them searchable.
    const QList<Person> people = {
        {1, QStringLiteral("張三"), QDate(1950, 3, 14), true, QStringLiteral("head"), QStringLiteral("13812345678")},
        {1, QStringLiteral("陳美華"), QDate(1952, 8, 2), false, QStringLiteral("spouse"), QString()},
        {2, QStringLiteral("李四"), QDate(1988, 11, 30), true, QStringLiteral("head"), QStringLiteral("13900001111")},
    };
    SqlQuery ins(db, QStringLiteral("INSERT INTO resident (household_id, name, id_number, birth_date, gender, phone, "
                                    "relation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Person &p : people) {
        const QVariant phone = p.phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.phone);
        if (!ins.exec(p.household, p.name, IdNumber::generate(QStringLiteral("320106"), p.birth, 11, p.male),
                      p.birth.toString(Qt::ISODate), p.male ? QStringLiteral("M") : QStringLiteral("F"), phone,
                      p.relation, stamp, stamp))
            return 1;
    }
    if (!raw.exec(QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT 1, id FROM tag WHERE code = "
                                 "'party_member'")) ||
        !raw.exec(QStringLiteral("VACUUM")))
        return 1;
    return 0;
}

} // namespace

class DatabaseTest final : public QObject
{
    Q_OBJECT

private slots:
    void concatenatedStringsBindAsText();
    void nestedTransactionsAreSavepoints();
    void newFileGetsLatestSchema();
    void reopenKeepsData();
    void newerSchemaIsRefusedUntouched();
    void notADatabaseIsRefusedUntouched();
    void upgradesCheckedInV1File();
    void failedMigrationLeavesOldVersion();
    void inMemoryDatabase();

private:
    QString copyFixture(const QTemporaryDir &dir);
};

QString DatabaseTest::copyFixture(const QTemporaryDir &dir)
{
    const QString source = checkedInFixture();
    const QString target = dir.filePath(QStringLiteral("register.sqlite"));
    if (!QFile::copy(source, target))
        return QString();
    // A checkout may be read-only; the copy must be writable for the upgrade.
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void DatabaseTest::newFileGetsLatestSchema()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist yet is created, as for the first start on a new desk.
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    Database database(QStringLiteral("newfile"));
    QVERIFY2(Workspace::open(database, path), qPrintable(database.errorDetail()));
    QCOMPARE(database.status(), Database::Status::Open);
    QVERIFY(database.isOpen());
    QVERIFY(database.errorText().isEmpty());
    QVERIFY(QFile::exists(path));
    QCOMPARE(Workspace::schemaVersion(database), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);

    const QSqlDatabase db = database.connection();
    QCOMPARE(SqlQuery(db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
    QCOMPARE(SqlQuery(db, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
    const QStringList tables = db.tables();
    for (const char *table : {"community", "grid", "compound", "building", "household", "resident", "tag",
                              "resident_tag", "resident_change", "audit_log", "resident_fts", "schema_version"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    // One schema_version row per migration step.
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(),
             Migrations::latestVersion());
    QVERIFY(SqlQuery(db, QStringLiteral("SELECT count(*) FROM tag")).scalar().toInt() >= 6); // built-in groups
    QVERIFY(DatabaseCheck::run(db).isEmpty());

    // foreign_keys really is enforced: a household in a building that does not exist is refused.
    SqlQuery orphan(db, QStringLiteral("INSERT INTO household (building_id, room, created_at, updated_at) VALUES "
                                       "(999, '1', 'x', 'x')"));
    QVERIFY(!orphan.exec());
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM household")).scalar().toInt(), 0);
}

void DatabaseTest::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        Database database(QStringLiteral("reopen1"));
        QVERIFY(Workspace::open(database, path));
        QVERIFY(
            SqlQuery(database.connection(), QStringLiteral("INSERT INTO community (name) VALUES ('甲社区')")).exec());
    }
    Database database(QStringLiteral("reopen2"));
    QVERIFY2(Workspace::open(database, path), qPrintable(database.errorDetail()));
    QCOMPARE(Workspace::schemaVersion(database), Migrations::latestVersion());
    QCOMPARE(SqlQuery(database.connection(), QStringLiteral("SELECT name FROM community")).scalar().toString(),
             QStringLiteral("甲社区"));
    // Opening an up-to-date file adds no migration rows.
    QCOMPARE(SqlQuery(database.connection(), QStringLiteral("SELECT count(*) FROM schema_version")).scalar().toInt(),
             Migrations::latestVersion());
    database.close();
    QCOMPARE(database.status(), Database::Status::Closed);
    QVERIFY(!database.connection().isValid());
}

void DatabaseTest::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    const int newer = Migrations::latestVersion() + 1;
    {
        // As a future release would leave it: rollback journal, a version this program does not know.
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT "
                                        "NOT NULL, description TEXT)")));
        for (int v = 1; v <= newer; ++v)
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2030-01-01', 'future')").arg(v)));
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_table (x)")));
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    Database database(QStringLiteral("newer"));
    QVERIFY(!Workspace::open(database, path));
    QCOMPARE(database.status(), Database::Status::NewerSchema);
    QVERIFY(!database.isOpen());
    QVERIFY(!database.connection().isValid());
    // The clerk is told both versions and that nothing was changed.
    const QString text = database.errorText();
    QVERIFY2(text.contains(QString::number(newer)), qPrintable(text));
    QVERIFY2(text.contains(QString::number(Migrations::latestVersion())), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));

    // Not one byte of the file changed (not even the journal mode in its header), and no
    // WAL or journal files are left next to it.
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("newer.sqlite")});
}

void DatabaseTest::notADatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QByteArray junk;
    for (int i = 0; i < 200; ++i)
        junk += "这不是数据库 this is not a database file\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
    }
    Database database(QStringLiteral("junk"));
    QVERIFY(!Workspace::open(database, path));
    QCOMPARE(database.status(), Database::Status::NotADatabase);
    QVERIFY(!database.errorText().isEmpty());
    QCOMPARE(fileBytes(path), junk);
}

void DatabaseTest::upgradesCheckedInV1File()
{
    QVERIFY2(QFile::exists(checkedInFixture()), qPrintable(checkedInFixture()));
    // The fixture really is an old file: version 1, no search columns, rollback journal (no -wal needed).
    {
        RawConnection raw(checkedInFixture());
        QCOMPARE(Migrations::currentVersion(raw.db()), 1);
        QVERIFY(!raw.db().tables().contains(QStringLiteral("resident_fts")));
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    }
    const QByteArray fixtureBytes = fileBytes(checkedInFixture());

    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    Database database(QStringLiteral("upgrade"));
    QVERIFY2(Workspace::open(database, path), qPrintable(database.errorDetail()));
    QCOMPARE(Workspace::schemaVersion(database), Migrations::latestVersion());
    const QSqlDatabase db = database.connection();
    QCOMPARE(SqlQuery(db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
    QVERIFY(DatabaseCheck::run(db).isEmpty());

    // Data intact, names exactly as entered (traditional characters are not rewritten).
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM household")).scalar().toInt(), 2);
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM resident")).scalar().toInt(), 3);
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM resident_tag")).scalar().toInt(), 1);
    SqlQuery names(db, QStringLiteral("SELECT name, name_key, name_initials, name_pinyin, row_version, phone FROM "
                                      "resident ORDER BY id"));
    QVERIFY(names.exec());
    QVERIFY(names.next());
    QCOMPARE(names.value(0).toString(), QStringLiteral("張三"));
    QCOMPARE(names.value(1).toString(), QStringLiteral("张三"));
    QCOMPARE(names.value(2).toString(), QStringLiteral("zs"));
    QCOMPARE(names.value(3).toString(), QStringLiteral("zhang san"));
    QCOMPARE(names.value(4).toInt(), 1);
    QCOMPARE(names.value(5).toString(), QStringLiteral("13812345678"));
    QVERIFY(names.next());
    QCOMPARE(names.value(0).toString(), QStringLiteral("陳美華"));
    QCOMPARE(names.value(1).toString(), QStringLiteral("陈美华"));
    QCOMPARE(names.value(2).toString(), QStringLiteral("cmh"));
    QVERIFY(names.next());
    QCOMPARE(names.value(0).toString(), QStringLiteral("李四"));
    QVERIFY(!names.next());
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM resident_fts")).scalar().toInt(), 3);

    // The register search works on the upgraded file: initials, simplified input, address, phone tail.
    ResidentTableModel model(db, testScope());
    QCOMPARE(model.rowCount(), 3);
    auto find = [&](const QString &text) {
        ResidentFilter f;
        f.text = text;
        model.setFilter(f);
        QStringList found;
        for (int row = 0; row < model.rowCount(); ++row)
            found << model.index(row, ResidentTableModel::Name).data().toString();
        found.sort();
        return found;
    };
    QCOMPARE(find(QStringLiteral("zs")), QStringList{QStringLiteral("張三")});
    QCOMPARE(find(QStringLiteral("张三")), QStringList{QStringLiteral("張三")});
    QCOMPARE(find(QStringLiteral("陈美华")), QStringList{QStringLiteral("陳美華")});
    QCOMPARE(find(QStringLiteral("5678")), QStringList{QStringLiteral("張三")});
    QCOMPARE(find(QStringLiteral("501")), (QStringList{QStringLiteral("張三"), QStringLiteral("陳美華")}));
    QCOMPARE(find(QStringLiteral("幸福里")).size(), 3);

    // The checked-in file itself was only read.
    QCOMPARE(fileBytes(checkedInFixture()), fixtureBytes);
}

void DatabaseTest::failedMigrationLeavesOldVersion()
{
    // A v1 file holding a stray table with the name the v2 step creates: the v2 step fails half-way
    // (after its ALTER TABLEs) and everything it did must be rolled back.
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE audit_log (stray TEXT)")));
    }
    const QByteArray before = fileBytes(path);

    Database database(QStringLiteral("failing"));
    QVERIFY(!Workspace::open(database, path));
    QCOMPARE(database.status(), Database::Status::MigrationFailed);
    QVERIFY(!database.errorText().isEmpty());
    QVERIFY2(database.errorDetail().contains(QLatin1String("v2")), qPrintable(database.errorDetail()));
    QVERIFY(!database.connection().isValid());

    QCOMPARE(fileBytes(path), before);
    RawConnection raw(path);
    QCOMPARE(Migrations::currentVersion(raw.db()), 1);
    QVERIFY(!raw.db().tables().contains(QStringLiteral("resident_fts")));
    QVERIFY(!raw.db().tables().contains(QStringLiteral("resident_change")));
    QVERIFY(!raw.db().record(QStringLiteral("resident")).contains(QStringLiteral("name_key")));
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM resident")).toInt(), 3);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
}

void DatabaseTest::inMemoryDatabase()
{
    Database a(QStringLiteral("mem-a"));
    Database b(QStringLiteral("mem-b"));
    QVERIFY(Workspace::open(a, QStringLiteral(":memory:")));
    QVERIFY(Workspace::open(b, QStringLiteral(":memory:")));
    QCOMPARE(Workspace::schemaVersion(a), Migrations::latestVersion());
    QCOMPARE(SqlQuery(a.connection(), QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
    // Two in-memory databases are private to their connection.
    QVERIFY(SqlQuery(a.connection(), QStringLiteral("INSERT INTO community (name) VALUES ('A')")).exec());
    QCOMPARE(SqlQuery(b.connection(), QStringLiteral("SELECT count(*) FROM community")).scalar().toInt(), 0);
}

void DatabaseTest::concatenatedStringsBindAsText()
{
    QTemporaryDir dir;
    Database database(QStringLiteral("bind"));
    QVERIFY(Workspace::open(database, dir.filePath(QStringLiteral("bind.sqlite"))));
    const QString suffix = QStringLiteral("42");
    SqlQuery q(database.connection(), QStringLiteral("SELECT ?, typeof(?)"));
    QVERIFY(q.exec(QStringLiteral("案件") + suffix, QLatin1Char('A') + suffix));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("案件42"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("text"));
}

void DatabaseTest::nestedTransactionsAreSavepoints()
{
    Database database(QStringLiteral("nested"));
    QVERIFY(Workspace::open(database, QStringLiteral(":memory:")));
    const QSqlDatabase db = database.connection();
    const auto communities = [&db] {
        return SqlQuery(db, QStringLiteral("SELECT group_concat(name, ',') FROM community")).scalar().toString();
    };
    SqlQuery insert(db, QStringLiteral("INSERT INTO community (name) VALUES (?)"));
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(insert.exec(QStringLiteral("a")));
        {
            Transaction kept(db);
            QVERIFY(kept.isActive());
            QVERIFY(insert.exec(QStringLiteral("b")));
            QVERIFY(kept.commit());
        }
        {
            Transaction dropped(db); // rolled back: only its own row goes
            QVERIFY(insert.exec(QStringLiteral("c")));
        }
        QCOMPARE(communities(), QStringLiteral("a,b"));
        QVERIFY(outer.commit());
    }
    QCOMPARE(communities(), QStringLiteral("a,b"));
    {
        Transaction outer(db);
        QVERIFY(insert.exec(QStringLiteral("d")));
        Transaction inner(db);
        QVERIFY(insert.exec(QStringLiteral("e")));
        QVERIFY(inner.commit());
        // The outer one is not committed: the inner one's work goes with it.
    }
    QCOMPARE(communities(), QStringLiteral("a,b"));
    // Back at the top level, a new Transaction is a real transaction again.
    Transaction again(db);
    QVERIFY(insert.exec(QStringLiteral("f")));
    QVERIFY(again.commit());
    QCOMPARE(communities(), QStringLiteral("a,b,f"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString fixture = qEnvironmentVariable("CD_WRITE_SCHEMA_V1");
    if (!fixture.isEmpty())
        return writeSchemaV1(fixture);
    DatabaseTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "database_test.moc"
