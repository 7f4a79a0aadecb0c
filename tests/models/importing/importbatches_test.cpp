// An import larger than one batch, on SQLite and (as importbatches_test_pg) on a server, where the
// rows are gathered and written 500 at a time: every person is written once with their history,
// audit, full-text and tag rows, a second file mixing updates with new people (each update flushes
// what was gathered) gives no id twice, and a person saved by hand afterwards gets a fresh id.
#include "models/cnrules/idnumber.h"
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/register/residentwriter.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ImportBatchesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyRowOfEveryBatchIsComplete();

private:
    QString writeCsv(const QString &name, const QList<int> &people);
    int scalar(const QString &sql) const { return SqlQuery(m_t->db(), sql).scalar().toInt(); }

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
};

void ImportBatchesTest::init()
{
    m_t = std::make_unique<TestDatabase>();
}

void ImportBatchesTest::cleanup()
{
    m_t.reset();
}

QString ImportBatchesTest::writeCsv(const QString &name, const QList<int> &people)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号,人员类别\n").toUtf8());
    for (const int i : people)
        file.write(QStringLiteral("批量%1,%2,137%3,批量苑,%4栋,1,%5,%6\n")
                       .arg(i)
                       .arg(IdNumber::generate(QStringLiteral("320106"), QDate(1940, 1, 1).addDays(i), 3, i % 2))
                       .arg(i, 8, 10, QLatin1Char('0'))
                       .arg(i / 40 + 1)
                       .arg(i / 2 + 101)
                       .arg(i % 3 == 0 ? QStringLiteral("党员、低保") : QString())
                       .toUtf8());
    return path;
}

void ImportBatchesTest::everyRowOfEveryBatchIsComplete()
{
    const int before = m_t->count(QStringLiteral("resident"));
    QList<int> first;
    for (int i = 0; i < 1234; ++i)
        first << i;
    QString error;
    auto source = ImportSource::open(writeCsv(QStringLiteral("first.csv"), first), &error);
    QVERIFY2(source, qPrintable(error));
    ResidentImporter importer(m_t->db(), testScope(), QDate(2026, 6, 1));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 1234);
    QCOMPARE(importer.summary().rejected, 0);

    // The next month's file: people already registered and new ones taking turns, so updates
    // break the batches of new people in the middle.
    QList<int> second;
    for (int i = 0; i < 700; ++i) {
        if (i < 634)
            second << 600 + i; // 600..1233, registered by the first file
        second << 2000 + i;
    }
    source = ImportSource::open(writeCsv(QStringLiteral("second.csv"), second), &error);
    QVERIFY2(source, qPrintable(error));
    ResidentImporter next(m_t->db(), testScope(), QDate(2026, 7, 1));
    QCOMPARE(next.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(next.summary().imported, 700);
    QCOMPARE(next.summary().updated, 634);

    const int people = 1234 + 700;
    QCOMPARE(m_t->count(QStringLiteral("resident")) - before, people);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT id) FROM resident WHERE name LIKE '批量%'")), people);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_change c JOIN resident r ON r.id = c.resident_id AND "
                                   "c.to_household_id = r.household_id WHERE c.kind = 'moved_in' AND c.note = "
                                   "'Imported' AND r.name LIKE '批量%'")),
             people);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_change c JOIN resident r ON r.id = c.resident_id "
                                   "WHERE c.kind = 'moved_in' AND c.change_date = '2026-07-01' AND r.name LIKE "
                                   "'批量%'")),
             700);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_change c JOIN resident r ON r.id = c.resident_id "
                                   "WHERE c.kind = 'edited' AND r.name LIKE '批量%'")),
             634);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log a JOIN resident r ON r.id = a.record_id WHERE "
                                   "a.table_name = 'resident' AND a.action = 'insert' AND r.name LIKE '批量%' AND "
                                   "a.after_json LIKE '%' || r.id_number || '%'")),
             people);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_fts f JOIN resident r ON r.id = f.rowid WHERE "
                                   "r.name LIKE '批量%'")),
             people);
    SqlQuery phone(m_t->db(),
                   QStringLiteral("SELECT count(*) FROM resident_fts JOIN resident r ON r.id = "
                                  "resident_fts.rowid WHERE ") +
                       DialectSql::tokenMatch(SqlDialect::isPostgres(m_t->db()), QStringLiteral("resident_fts")) +
                       QStringLiteral(" AND r.name = ?"));
    QVERIFY(phone.exec(QStringLiteral("\"13700002345\""), QStringLiteral("批量2345")) && phone.next());
    QCOMPARE(phone.value(0).toInt(), 1);
    // 党员 and 低保 for every third person, each with its open period (an update adds none again).
    int tagged = 0;
    for (int i = 0; i < 1234; ++i)
        tagged += i % 3 == 0 ? 1 : 0;
    for (int i = 2000; i < 2700; ++i)
        tagged += i % 3 == 0 ? 1 : 0;
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_tag t JOIN resident r ON r.id = t.resident_id WHERE "
                                   "r.name LIKE '批量%'")),
             2 * tagged);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_tag_period p JOIN resident r ON r.id = "
                                   "p.resident_id WHERE p.end_date IS NULL AND r.name LIKE '批量%'")),
             scalar(QStringLiteral("SELECT count(*) FROM resident_tag t JOIN resident r ON r.id = t.resident_id "
                                   "WHERE r.name LIKE '批量%'")));

    // Saved by hand afterwards: a fresh id (the server's sequence is past every id handed out).
    Resident r;
    r.householdId = scalar(QStringLiteral("SELECT min(household_id) FROM resident WHERE name LIKE '批量%'"));
    r.name = QStringLiteral("手工");
    r.relation = QStringLiteral("other");
    r.residencyType = QStringLiteral("registered");
    r.status = QStringLiteral("living");
    ResidentWriter writer(m_t->db(), testScope());
    QVERIFY(writer.insert(r, QDate(2026, 7, 2)));
    QVERIFY(r.id > scalar(QStringLiteral("SELECT max(id) FROM resident WHERE name LIKE '批量%'")));
}

QTEST_GUILESS_MAIN(ImportBatchesTest)
#include "importbatches_test.moc"
