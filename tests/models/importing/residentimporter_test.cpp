// ResidentImporter against a real register: every row imported, updated or reported; the error
// report can be fixed and imported again; a failure or a cancel leaves the database as it was.
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/csvwriter.h"
#include "models/importing/csvreader.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/importing/xlsxreader.h"
#include "tests/support/deathtestdata.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CD_IMPORT_DATA "/") + name;
}

// Every row of every table, in rowid order: "the database is exactly as before".
QString dump(const QSqlDatabase &db)
{
    QStringList tables;
    SqlQuery list(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                     "'sqlite_%' ORDER BY name"));
    list.exec();
    while (list.next())
        tables << list.value(0).toString();
    QString text;
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue;
        text += table + QLatin1Char('\n');
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            text += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return text;
}

QList<int> rowNumbers(const QList<ResidentImporter::Rejection> &rejections)
{
    QList<int> rows;
    for (const auto &r : rejections)
        rows << r.rowNumber;
    return rows;
}

std::unique_ptr<ImportSource> open(const QString &path)
{
    QString error;
    auto source = ImportSource::open(path, &error);
    if (!source)
        qWarning() << error;
    return source;
}

// A clean file of `rows` residents, two to a household.
QByteArray bigCsv(int rows)
{
    QByteArray bytes =
        QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号\r\n").toUtf8();
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1940, 1, 1).addDays(i % 25000);
        const QString id = IdNumber::generate(QStringLiteral("320106"), birth, i / 25000 * 40 + i % 37, i % 2);
        bytes += QStringLiteral("居民%1,%2,小区%3,%4栋,%5,%6\r\n")
                     .arg(i)
                     .arg(id)
                     .arg(i / 5000)
                     .arg(i / 500 % 10)
                     .arg(i / 100 % 5)
                     .arg(i / 2 % 50)
                     .toUtf8();
    }
    return bytes;
}

} // namespace

class ResidentImporterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void importsTheDirtyFile();
    void errorReportCanBeFixedAndImportedAgain();
    void existingPeopleAreUpdated();
    void aDeathInTheFileReachesEverything();
    void anotherNameIsAConflict();
    void traditionalSpellingIsTheSamePerson();
    void existingPeopleCanBeRefused();
    void gbkAndXlsx();
    void emptyHeaderOnlyAndUnmappedFiles();
    void dryRunChangesNothing();
    void failureMidwayChangesNothing();
    void cancelChangesNothing();
    void fiftyThousandRows();

private:
    QDate m_today{2025, 6, 1};
    QTemporaryDir m_dir;
};

void ResidentImporterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("residentimporter_test"));
    QSettings().clear();
}

void ResidentImporterTest::importsTheDirtyFile()
{
    TestDatabase t;
    const int before = t.count(QStringLiteral("resident"));
    ResidentImporter importer(t.db(), testScope(QStringLiteral("tester")), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QVERIFY(source);
    // The planner's statistics are refreshed after the bulk write (SQLite; a server keeps its own).
    const auto statRows = [&t] {
        SqlQuery stat(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        if (stat.scalar().toInt() == 0)
            return 0;
        SqlQuery rows(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'resident'"));
        return rows.scalar().toInt();
    };
    if (!testingOnServer())
        QCOMPARE(statRows(), 0);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    if (!testingOnServer())
        QVERIFY(statRows() > 0);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.imported, 5);
    QCOMPARE(s.updated, 0);
    QCOMPARE(s.rejected, 7);
    QCOMPARE(s.blank, 1);
    QCOMPARE(s.rows(), 12); // every non-empty row below the header
    QCOMPARE(s.compoundsCreated, 2);
    QCOMPARE(s.householdsCreated, 3);
    QCOMPARE(t.count(QStringLiteral("resident")), before + 5);

    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(rowNumbers(r), (QList<int>{6, 7, 8, 9, 10, 11, 14}));
    QCOMPARE(r.at(0).column, QStringLiteral("身份证号码"));
    QVERIFY(r.at(0).reason.contains(QStringLiteral("check")) || r.at(0).reason.contains(QStringLiteral("ID number")));
    QCOMPARE(r.at(1).column, QStringLiteral("小区"));
    QCOMPARE(r.at(2).column, QStringLiteral("身份证号码"));
    QVERIFY(r.at(2).reason.contains(QStringLiteral("row 2")));
    QCOMPARE(r.at(3).column, QStringLiteral("出生日期"));
    QCOMPARE(r.at(4).column, QStringLiteral("性别"));
    QCOMPARE(r.at(5).column, QString()); // ragged row: the row as a whole
    QVERIFY(r.at(5).reason.contains(QStringLiteral("15 cells")));
    QVERIFY(r.at(6).column.contains(QStringLiteral("出生日期")));

    // What landed: cleaned, with households, heads and the search index.
    const qint64 lisi = t.residentId(QStringLiteral("320106198202020021"));
    QVERIFY(lisi);
    SqlQuery q(t.db(), QStringLiteral("SELECT r.name, r.phone, r.relation, r.birth_date, h.unit, h.room, b.name, "
                                      "c.name FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                                      "building b ON b.id = h.building_id JOIN compound c ON c.id = b.compound_id "
                                      "WHERE r.id = ?"));
    QVERIFY(q.exec(lisi) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("李四"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("13812345679"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("spouse"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("1982-02-02"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("2"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("301"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("3栋"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("幸福小区"));
    SqlQuery heads(t.db(), QStringLiteral("SELECT r.name FROM resident r WHERE relation = 'head' AND name IN "
                                          "('張偉', '王小明')"));
    QVERIFY(heads.exec() && heads.next());
    QCOMPARE(heads.value(0).toString(), QStringLiteral("張偉")); // first of a new household without a relation
    QVERIFY(!heads.next());
    QVERIFY(t.residentId(IdNumber::parse(QStringLiteral("130503550101001")).normalized()));
    SqlQuery fts(t.db(), QStringLiteral("SELECT count(*) FROM resident_fts WHERE resident_fts MATCH ?"));
    QVERIFY(fts.exec(QStringLiteral("0021")));
    QCOMPARE(fts.scalar().toInt(), 1);
    SqlQuery changes(t.db(), QStringLiteral("SELECT count(*) FROM resident_change WHERE kind = 'moved_in'"));
    QCOMPARE(changes.scalar().toInt(), 5);
    SqlQuery audit(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'tester'"));
    QCOMPARE(audit.scalar().toInt(), 6); // one per person and one for the import
}

void ResidentImporterTest::errorReportCanBeFixedAndImportedAgain()
{
    TestDatabase t;
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const QString report = m_dir.filePath(QStringLiteral("residents-errors.csv"));
    QCOMPARE(ResidentImporter::errorReportPath(m_dir.filePath(QStringLiteral("residents.csv"))), report);
    QVERIFY(importer.writeErrorReport(report));

    CsvReader reader;
    QVERIFY(reader.open(report));
    QStringList cells;
    QList<QStringList> rows;
    while (reader.readRow(&cells, nullptr))
        rows << cells;
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.at(0).mid(0, 4), (QStringList{QStringLiteral("Row in file"), QStringLiteral("Column"),
                                                QStringLiteral("Problem"), QStringLiteral("姓名")}));
    QCOMPARE(rows.at(1).at(0), QStringLiteral("6"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("身份证号码"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("赵六"));
    QCOMPARE(rows.at(6).size(), 3 + 15); // the ragged row keeps every cell

    // The clerk fixes three rows and leaves the rest.
    rows[2][3 + 3] = QStringLiteral("和平小区");   // row 7: compound filled in
    rows[4][3 + 8] = QStringLiteral("1990-12-15"); // row 9: date corrected
    rows[5][3 + 9] = QStringLiteral("女");         // row 10: gender corrected
    QFile fixed(m_dir.filePath(QStringLiteral("fixed.csv")));
    QVERIFY(fixed.open(QIODevice::WriteOnly));
    fixed.write(CsvWriter::encode(rows));
    fixed.close();
    ResidentImporter again(t.db(), testScope(), m_today);
    auto fixedSource = open(fixed.fileName());
    QCOMPARE(again.run(*fixedSource), ResidentImporter::Outcome::Done);
    QCOMPARE(again.summary().imported, 3);
    // Row 8 repeated row 2's ID number under another name (孙八, not 张三): row 2 is registered now,
    // and giving 张三 孙八's name would be a silent overwrite, so it is a conflict for the clerk.
    QCOMPARE(again.summary().updated, 0);
    QCOMPARE(again.summary().rejected, 4);
    QCOMPARE(rowNumbers(again.rejections()), (QList<int>{2, 4, 7, 8})); // rows of the fixed file
    QVERIFY(again.rejections().at(1).reason.contains(QStringLiteral("孙八")));
    QVERIFY(again.rejections().at(1).reason.contains(QStringLiteral("张三")));
}

void ResidentImporterTest::existingPeopleAreUpdated()
{
    TestDatabase t;
    const qint64 household = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                            {{QStringLiteral("张三"), QStringLiteral("320106198001010011")}});
    const QString before = [&] {
        SqlQuery q(t.db(), QStringLiteral("SELECT household_id FROM resident WHERE id_number = '320106198001010011'"));
        return q.scalar().toString();
    }();
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    // 张三 (row 2) is updated where he is registered; his wife (row 3) is listed at 3栋 2-301,
    // where no head of household is: she is reported, not put into a household without a head.
    QCOMPARE(importer.summary().imported, 3);
    QCOMPARE(importer.summary().updated, 1);
    QCOMPARE(importer.summary().rejected, 8);
    QCOMPARE(importer.rejections().first().rowNumber, 3);
    QVERIFY(importer.rejections().first().reason.contains(QStringLiteral("no head")));
    SqlQuery q(t.db(), QStringLiteral("SELECT name, phone, household_id, row_version FROM resident WHERE id_number = "
                                      "'320106198001010011'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("张三"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("13812345678"));
    QCOMPARE(q.value(2).toLongLong(), household); // where they live is not changed by an import
    QCOMPARE(q.value(2).toString(), before);
    QCOMPARE(q.value(3).toInt(), 2);

    // The same file again: everyone now known is an update, nobody is added twice.
    ResidentImporter twice(t.db(), testScope(), m_today);
    auto again = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(twice.run(*again), ResidentImporter::Outcome::Done);
    QCOMPARE(twice.summary().imported, 0);
    QCOMPARE(twice.summary().updated, 4);
    QCOMPARE(twice.summary().rejected, 8);
}

void ResidentImporterTest::aDeathInTheFileReachesEverything()
{
    TestDatabase t;
    const QDate today = QDate::currentDate();
    const QDate death = today.addDays(-5);
    const qint64 wang = t.addResidentBornOn(t.buildingA1, QStringLiteral("502"), QStringLiteral("王大妈"),
                                            QDate(1941, death.month(), 1), 2);
    DeathTestData data(t, wang, death);
    QVERIFY(data.isReady());
    SqlQuery idOf(t.db(), QStringLiteral("SELECT id_number FROM resident WHERE id = ?"));
    QVERIFY(idOf.exec(wang));
    const QString wangId = idOf.scalar().toString();
    const QString newId = IdNumber::generate(QStringLiteral("320106"), QDate(1930, 4, 5), 31, 1);
    // 王大妈 registered, dead by the status column; a new person with a date of death only; a
    // death without its date is refused naming the column.
    const QString csv = QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,人员状态,死亡日期\r\n"
                                       "王大妈,%1,幸福里,1栋,1,502,死亡,%2\r\n"
                                       "李老伯,%3,幸福里,9栋,1,101,,%2\r\n"
                                       "赵某,%4,幸福里,9栋,1,102,已故,\r\n")
                            .arg(wangId, death.toString(Qt::ISODate), newId,
                                 IdNumber::generate(QStringLiteral("320106"), QDate(1931, 4, 5), 33, 1));
    QFile file(m_dir.filePath(QStringLiteral("deaths.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv.toUtf8());
    file.close();
    ResidentImporter importer(t.db(), testScope(), today);
    auto source = open(file.fileName());
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().updated, 1);
    QCOMPARE(importer.summary().imported, 1);
    QCOMPARE(importer.summary().rejected, 1);
    QVERIFY2(importer.rejections().first().column == QStringLiteral("死亡日期"),
             qPrintable(importer.rejections().first().column + importer.rejections().first().reason));
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
    SqlQuery li(t.db(), QStringLiteral("SELECT status, status_date FROM resident WHERE id_number = ?"));
    QVERIFY(li.exec(newId) && li.next());
    QCOMPARE(li.value(0).toString(), QStringLiteral("deceased"));
    QCOMPARE(li.value(1).toString(), death.toString(Qt::ISODate));
    SqlQuery history(t.db(), QStringLiteral("SELECT count(*) FROM resident_change WHERE resident_id = ? AND kind = "
                                            "'deceased' AND change_date = ?"));
    QVERIFY(history.exec(wang, death.toString(Qt::ISODate)));
    QCOMPARE(history.scalar().toInt(), 1);
}

void ResidentImporterTest::anotherNameIsAConflict()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("张叁"), QStringLiteral("320106198001010011")}});
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 3); // and 李四, listed under him, has no head to join
    QCOMPARE(importer.summary().updated, 0);
    QCOMPARE(importer.summary().rejected, 9);
    const ResidentImporter::Rejection first = importer.rejections().first();
    QCOMPARE(first.rowNumber, 2);
    QCOMPARE(first.column, QStringLiteral("姓名"));
    QVERIFY(first.reason.contains(QStringLiteral("张叁")) && first.reason.contains(QStringLiteral("张三")));
    SqlQuery q(t.db(), QStringLiteral("SELECT name, coalesce(phone, '') FROM resident WHERE id_number = "
                                      "'320106198001010011'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("张叁"));
    QCOMPARE(q.value(1).toString(), QString());
}

void ResidentImporterTest::traditionalSpellingIsTheSamePerson()
{
    // 張三 in the register, 张三 in the file: one person written two ways, updated, not refused.
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("張三"), QStringLiteral("320106198001010011")}});
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().updated, 1);
    for (const ResidentImporter::Rejection &r : importer.rejections())
        QVERIFY2(r.rowNumber != 2, qPrintable(r.reason));
}

void ResidentImporterTest::existingPeopleCanBeRefused()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("张叁"), QStringLiteral("320106198001010011")}});
    ResidentImporter importer(t.db(), testScope(), m_today);
    importer.setUpdateExisting(false);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().updated, 0);
    QCOMPARE(importer.summary().rejected, 9); // row 2, and row 3 listed under it
    QCOMPARE(importer.rejections().first().rowNumber, 2);
    SqlQuery q(t.db(), QStringLiteral("SELECT name FROM resident WHERE id_number = '320106198001010011'"));
    QCOMPARE(q.scalar().toString(), QStringLiteral("张叁"));
}

void ResidentImporterTest::gbkAndXlsx()
{
    if (TextEncoding::hasGb18030()) {
        TestDatabase t;
        ResidentImporter importer(t.db(), testScope(), m_today);
        auto source = open(data(QStringLiteral("residents-gbk.csv")));
        QVERIFY(source);
        QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
        QCOMPARE(importer.summary().imported, 4);
        QCOMPARE(importer.summary().rejected, 0);
        QVERIFY(t.residentId(QStringLiteral("320106198202020021")));
    }
    TestDatabase t;
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("handmade.xlsx")));
    QVERIFY(source);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 2);
    QCOMPARE(importer.summary().rejected, 1);
    QCOMPARE(importer.rejections().first().rowNumber, 5);
    QCOMPARE(importer.rejections().first().column, QStringLiteral("门牌号"));
    SqlQuery q(t.db(), QStringLiteral("SELECT name, relation FROM resident WHERE id_number = '320106198202020021'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("李四"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("other")); // the household already had its head (row 2)
}

void ResidentImporterTest::emptyHeaderOnlyAndUnmappedFiles()
{
    TestDatabase t;
    const QString before = dump(t.db());
    for (const QString &name : {QStringLiteral("empty.csv"), QStringLiteral("blank-lines.csv")}) {
        ResidentImporter importer(t.db(), testScope(), m_today);
        auto source = open(data(name));
        QVERIFY(source);
        QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Failed);
        QVERIFY(importer.errorText().contains(QStringLiteral("empty")));
    }
    ResidentImporter headerOnly(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("header-only.csv")));
    QCOMPARE(headerOnly.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(headerOnly.summary().rows(), 0);
    QCOMPARE(headerOnly.header().size(), 13);

    QFile unmapped(m_dir.filePath(QStringLiteral("unmapped.csv")));
    QVERIFY(unmapped.open(QIODevice::WriteOnly));
    unmapped.write("a,b,c\n1,2,3\n");
    unmapped.close();
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto u = open(unmapped.fileName());
    QCOMPARE(importer.run(*u), ResidentImporter::Outcome::Failed);
    QVERIFY(importer.errorText().contains(QStringLiteral("Name")));
    QVERIFY(importer.errorText().contains(QStringLiteral("Room")));

    QString error;
    QVERIFY(!ImportSource::open(data(QStringLiteral("broken-encoding.csv")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ImportSource::open(data(QStringLiteral("truncated.xlsx")), &error));
    QVERIFY(!ImportSource::open(m_dir.filePath(QStringLiteral("old.xls")), &error));
    QCOMPARE(dump(t.db()), before);
}

void ResidentImporterTest::dryRunChangesNothing()
{
    TestDatabase t;
    const QString before = dump(t.db());
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source, true), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 5);
    QCOMPARE(importer.summary().rejected, 7);
    QCOMPARE(dump(t.db()), before);
}

void ResidentImporterTest::failureMidwayChangesNothing()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("张三"), QStringLiteral("320106198001010011")}});
    const QString before = dump(t.db());
    ResidentImporter importer(t.db(), testScope(), m_today);
    importer.setFailAfterRowsForTesting(4); // after an update and new households were written
    auto source = open(data(QStringLiteral("residents.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Failed);
    QVERIFY(!importer.errorText().isEmpty());
    QCOMPARE(dump(t.db()), before);
}

void ResidentImporterTest::cancelChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bigCsv(3000));
    file.close();
    TestDatabase t;
    const QString before = dump(t.db());
    ResidentImporter importer(t.db(), testScope(), m_today);
    int calls = 0;
    double last = 0;
    importer.setProgress([&](double done) {
        last = done;
        return ++calls < 5;
    });
    auto source = open(path);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Cancelled);
    QVERIFY(importer.summary().cancelled);
    QCOMPARE(calls, 5);
    QVERIFY(last > 0 && last < 1);
    QCOMPARE(dump(t.db()), before);
}

void ResidentImporterTest::fiftyThousandRows()
{
    const int rows = 50000;
    const QString path = m_dir.filePath(QStringLiteral("fifty-thousand.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bigCsv(rows));
    file.close();
    TestDatabase t;
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(path);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const qint64 ms = timer.elapsed();
    QCOMPARE(importer.summary().rejected, 0);
    QCOMPARE(importer.summary().imported, rows);
    QCOMPARE(t.count(QStringLiteral("resident")), rows);
    qInfo("%d rows imported in %lld ms (%.0f rows/s)", rows, ms, rows * 1000.0 / qMax<qint64>(ms, 1));
}

QTEST_GUILESS_MAIN(ResidentImporterTest)
#include "residentimporter_test.moc"
