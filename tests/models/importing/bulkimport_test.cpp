// The import's bulk path on an empty register (SQLite): the resident indexes are dropped for the
// load and come back exactly as they were, and every person still gets their history, audit and
// full-text rows, written set-wise after the rows; a cancel leaves the schema untouched.
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/importing/bulkindexes.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class BulkImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void indexesComeBackAndEveryRowIsComplete();
    void cancelLeavesTheIndexes();
    void aDuplicateFailsTheRestore();

private:
    QString writeCsv(int rows);
    QStringList indexes() const;

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
};

void BulkImportTest::init()
{
    if (testingOnServer())
        QSKIP("the bulk path is SQLite's");
    m_t = std::make_unique<TestDatabase>();
    QCOMPARE(m_t->count(QStringLiteral("resident")), 0);
}

void BulkImportTest::cleanup()
{
    m_t.reset();
}

QString BulkImportTest::writeCsv(int rows)
{
    const QString path = m_dir.filePath(QStringLiteral("register-%1.csv").arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号\n").toUtf8());
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("居民%1,%2,139%3,幸福里,%4栋,1,%5\n")
                       .arg(i)
                       .arg(IdNumber::generate(QStringLiteral("320106"), QDate(1950, 1, 1).addDays(i), 2, i % 2))
                       .arg(i, 8, 10, QLatin1Char('0'))
                       .arg(i / 40 + 1)
                       .arg(i / 2 + 101)
                       .toUtf8());
    return path;
}

QStringList BulkImportTest::indexes() const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND "
                                         "tbl_name = 'resident' AND sql IS NOT NULL ORDER BY name"));
    QStringList list;
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

void BulkImportTest::indexesComeBackAndEveryRowIsComplete()
{
    const QStringList before = indexes();
    QVERIFY(before.size() > 5);
    QString error;
    auto source = ImportSource::open(writeCsv(300), &error);
    QVERIFY2(source, qPrintable(error));
    ResidentImporter importer(m_t->db(), testScope(), QDate(2026, 6, 1));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 300);
    QCOMPARE(indexes(), before);
    QCOMPARE(SqlQuery(m_t->db(), QStringLiteral("PRAGMA integrity_check")).scalar().toString(), QStringLiteral("ok"));

    // One history, audit and search row per person, each naming that person.
    const auto scalar = [&](const QString &sql) { return SqlQuery(m_t->db(), sql).scalar().toInt(); };
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_change c JOIN resident r ON r.id = c.resident_id AND "
                                   "c.to_household_id = r.household_id WHERE c.kind = 'moved_in' AND c.change_date = "
                                   "'2026-06-01' AND c.note = 'Imported'")),
             300);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN resident r ON r.id = a.record_id WHERE "
                                   "a.table_name = 'resident' AND a.action = 'insert'")),
             300);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_fts")), 300);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_fts f JOIN resident r ON r.id = f.rowid WHERE "
                                   "resident_fts MATCH '\"13900000123\"' AND r.name = '居民123'")),
             1);
    // The audit's JSON as ResidentWriter writes it for one person.
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT a.after_json, a.user_name, r.id_number, r.household_id FROM "
                                             "audit_log a JOIN resident r ON r.id = a.record_id WHERE a.table_name = "
                                             "'resident' AND r.name = '居民7'"));
    QVERIFY(audit.exec() && audit.next());
    const QJsonObject json = QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("居民7"));
    QCOMPARE(json.value(QStringLiteral("idNumber")).toString(), audit.value(2).toString());
    QCOMPARE(json.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000007"));
    QCOMPARE(json.value(QStringLiteral("householdId")).toInteger(), audit.value(3).toLongLong());
    QCOMPARE(json.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1950-01-08"));
    QCOMPARE(json.keys().size(), 9);
    QCOMPARE(audit.value(1).toString(), testScope().userName());
}

void BulkImportTest::cancelLeavesTheIndexes()
{
    const QStringList before = indexes();
    QString error;
    auto source = ImportSource::open(writeCsv(600), &error);
    QVERIFY2(source, qPrintable(error));
    ResidentImporter importer(m_t->db(), testScope());
    int calls = 0;
    importer.setProgress([&calls](double) { return ++calls < 2; });
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Cancelled);
    QCOMPARE(indexes(), before);
    QCOMPARE(m_t->count(QStringLiteral("resident")), 0);
}

void BulkImportTest::aDuplicateFailsTheRestore()
{
    const QStringList before = indexes();
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("BEGIN")).exec());
    BulkIndexes bulk(m_t->db());
    QVERIFY(bulk.suspend(QStringLiteral("resident"), {QStringLiteral("resident_household")}));
    QCOMPARE(indexes(), QStringList() << before.filter(QStringLiteral("resident_household:")));
    SqlQuery add(m_t->db(), QStringLiteral("INSERT INTO resident (name, id_number, created_at, updated_at) VALUES (?, "
                                           "'320106195001010011', 'x', 'x')"));
    QVERIFY(add.exec(QStringLiteral("甲")));
    QVERIFY(add.exec(QStringLiteral("乙"))); // no unique index while suspended
    QVERIFY(!bulk.restore());                // the unique index refuses the pair
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("ROLLBACK")).exec());
    QCOMPARE(indexes(), before);
}

QTEST_GUILESS_MAIN(BulkImportTest)
#include "bulkimport_test.moc"
