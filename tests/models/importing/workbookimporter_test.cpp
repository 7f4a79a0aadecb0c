// WorkbookImporter on the clerk's whole workbook (one sheet per grid or compound, each with its own
// header row) and on next month's version of the same register (changes and people no longer listed).
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/xlsxwriter.h"
#include "models/importing/csvreader.h"
#include "models/importing/importsource.h"
#include "models/importing/workbookimporter.h"
#include "models/importing/xlsxreader.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString id(int n)
{
    return TestDatabase::idFor(QDate(1960, 1, 1).addDays(n * 97), n % 2 == 1, n);
}

// Three sheets: a plain one, one with a title row above its header (and a bad ID number in its
// row 4), and one with a column that has no title but data in it.
QString threeSheets(const QString &dir)
{
    XlsxWriter w;
    w.addSheet(QStringLiteral("第一网格"));
    w.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("小区"),
                         QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("门牌号")});
    w.addRow(QStringList{QStringLiteral("周一"), id(1), QStringLiteral("和平苑"), QStringLiteral("1栋"),
                         QStringLiteral("1"), QStringLiteral("101")});
    w.addRow(QStringList{QStringLiteral("周二"), id(2), QStringLiteral("和平苑"), QStringLiteral("1栋"),
                         QStringLiteral("1"), QStringLiteral("102")});
    w.addSheet(QStringLiteral("第二网格"));
    w.addRow(QStringList{QStringLiteral("第二网格居民信息台账")});
    w.addRow(QStringList{QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("单元"),
                         QStringLiteral("门牌号"), QStringLiteral("姓名"), QStringLiteral("身份证号码")});
    w.addRow(QStringList{QStringLiteral("和平苑"), QStringLiteral("2栋"), QStringLiteral("1"), QStringLiteral("201"),
                         QStringLiteral("吴三"), id(3)});
    w.addRow(QStringList{QStringLiteral("和平苑"), QStringLiteral("2栋"), QStringLiteral("1"), QStringLiteral("202"),
                         QStringLiteral("吴四"), QStringLiteral("12345")});
    w.addSheet(QStringLiteral("春江花园"));
    w.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QString(), QStringLiteral("小区"),
                         QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("门牌号")});
    w.addRow(QStringList{QStringLiteral("郑五"), id(5), QStringLiteral("独居"), QStringLiteral("春江花园"),
                         QStringLiteral("3号楼"), QStringLiteral("2"), QStringLiteral("501")});
    const QString path = dir + QStringLiteral("/grids.xlsx");
    QString error;
    if (!w.save(path, &error))
        qWarning() << error;
    return path;
}

const char *const monthHeader = "姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号,与户主关系,民族\n";

// Month 1: seven people, six in 和平苑 1栋 and one in 2栋.
QString month1(const QString &dir)
{
    QString text = QString::fromUtf8(monthHeader);
    text += QStringLiteral("王一,%1,13800000001,和平苑,1栋,1,101,户主,汉族\n").arg(id(11));
    text += QStringLiteral("王二,%1,13800000002,和平苑,1栋,1,101,配偶,汉族\n").arg(id(12));
    text += QStringLiteral("李三,%1,13800000003,和平苑,1栋,1,102,户主,汉族\n").arg(id(13));
    text += QStringLiteral("李四,%1,13800000004,和平苑,1栋,1,102,女儿,汉族\n").arg(id(14));
    text += QStringLiteral("赵五,%1,13800000005,和平苑,1栋,1,201,户主,汉族\n").arg(id(15));
    text += QStringLiteral("赵六,%1,13800000006,和平苑,1栋,1,201,配偶,汉族\n").arg(id(16));
    text += QStringLiteral("钱八,%1,13800000008,和平苑,2栋,1,101,户主,汉族\n").arg(id(18));
    QFile f(dir + QStringLiteral("/month1.csv"));
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return f.fileName();
}

// Month 2, counted by hand: 王一's phone and 李三's ethnicity changed (2 changed), 孙七 is new
// (1 new), 李四 and 赵六 are gone from 1栋 (2 missing); 2栋 is not in this file, so 钱八 is not missing.
QString month2(const QString &dir)
{
    QString text = QString::fromUtf8(monthHeader);
    text += QStringLiteral("王一,%1,13900000001,和平苑,1栋,1,101,户主,汉族\n").arg(id(11));
    text += QStringLiteral("王二,%1,13800000002,和平苑,1栋,1,101,配偶,汉族\n").arg(id(12));
    text += QStringLiteral("李三,%1,13800000003,和平苑,1栋,1,102,户主,回族\n").arg(id(13));
    text += QStringLiteral("赵五,%1,13800000005,和平苑,1栋,1,201,户主,汉族\n").arg(id(15));
    text += QStringLiteral("孙七,%1,13800000007,和平苑,1栋,1,301,户主,汉族\n").arg(id(17));
    QFile f(dir + QStringLiteral("/month2.csv"));
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return f.fileName();
}

std::unique_ptr<ImportSource> open(const QString &path)
{
    QString error;
    auto source = ImportSource::open(path, &error);
    if (!source)
        qWarning() << error;
    return source;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class WorkbookImporterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void readerListsTheSheets();
    void importsEverySheet();
    void importsTheChosenSheets();
    void nextMonthsRegister();
    void samePersonOnTwoSheets();

private:
    QDate m_today{2026, 12, 1};
    QTemporaryDir m_dir;
};

void WorkbookImporterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("workbookimporter_test"));
    QSettings().clear();
}

void WorkbookImporterTest::readerListsTheSheets()
{
    const QString path = threeSheets(m_dir.path());
    XlsxPackage package; // written as three worksheets, independently of the reader
    QVERIFY(package.open(path));
    QVERIFY(package.sheetXml(3).contains("<row"));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorText()));
    QCOMPARE(reader.sheetNames(),
             (QStringList{QStringLiteral("第一网格"), QStringLiteral("第二网格"), QStringLiteral("春江花园")}));
    QCOMPARE(reader.sheetName(), QStringLiteral("第一网格"));
    QVERIFY(reader.selectSheet(1));
    QCOMPARE(reader.sheetName(), QStringLiteral("第二网格"));
    QStringList cells;
    int row = 0;
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 1);
    QCOMPARE(cells.value(0), QStringLiteral("第二网格居民信息台账"));
    QVERIFY(!reader.selectSheet(3));
}

void WorkbookImporterTest::importsEverySheet()
{
    TestDatabase t;
    const QString path = threeSheets(m_dir.path());
    const int before = t.count(QStringLiteral("resident"));
    auto source = open(path);
    QVERIFY(source);

    // A dry run sees every sheet and changes nothing.
    WorkbookImporter dry(t.db(), testScope(), m_today);
    QCOMPARE(dry.run(*source, true), ResidentImporter::Outcome::Done);
    QCOMPARE(dry.summary().imported, 4);
    QCOMPARE(t.count(QStringLiteral("resident")), before);

    // A cancel on the second sheet leaves nothing of the first: one transaction for the workbook.
    WorkbookImporter cancelled(t.db(), testScope(), m_today);
    cancelled.setProgress([](double done) { return done < 0.5; });
    QCOMPARE(cancelled.run(*source), ResidentImporter::Outcome::Cancelled);
    QCOMPARE(cancelled.sheetResults().at(0).summary.imported, 2);
    QCOMPARE(t.count(QStringLiteral("resident")), before);

    // The planner's statistics come once the workbook's own transaction has committed.
    const auto statistics = [&t] {
        SqlQuery q(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"));
        return q.scalar().toInt();
    };
    if (!testingOnServer())
        QCOMPARE(statistics(), 0);
    WorkbookImporter importer(t.db(), testScope(), m_today);
    importer.setReportFile(path);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    if (!testingOnServer())
        QCOMPARE(statistics(), 1);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.imported, 4);
    QCOMPARE(s.rejected, 1);
    QCOMPARE(t.count(QStringLiteral("resident")), before + 4);
    // Each sheet found its own header: the second one below its title row.
    const QList<WorkbookImporter::SheetResult> sheets = importer.sheetResults();
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets.at(0).name, QStringLiteral("第一网格"));
    QCOMPARE(sheets.at(0).summary.headerRow, 1);
    QCOMPARE(sheets.at(0).summary.imported, 2);
    QCOMPARE(sheets.at(1).summary.headerRow, 2);
    QCOMPARE(sheets.at(1).summary.aboveHeader, 1);
    QCOMPARE(sheets.at(1).summary.imported, 1);
    QCOMPARE(sheets.at(2).summary.imported, 1);
    // Rejections name sheet, row and column.
    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).sheet, QStringLiteral("第二网格"));
    QCOMPARE(r.at(0).rowNumber, 4);
    QCOMPARE(r.at(0).column, QStringLiteral("身份证号码"));
    const QStringList report = readAll(importer.errorReportPath()).split(QLatin1Char('\n'));
    QVERIFY2(report.value(0).startsWith(QStringLiteral("Sheet,Row in file,Column,Problem,小区")),
             qPrintable(report.value(0)));
    QVERIFY2(report.value(1).startsWith(QStringLiteral("第二网格,4,身份证号码,")), qPrintable(report.value(1)));
    // The column without a title is kept as a note named by its place.
    SqlQuery note(t.db(), QStringLiteral("SELECT notes FROM resident WHERE id_number = ?"));
    QVERIFY(note.exec(id(5)) && note.next());
    QCOMPARE(note.value(0).toString(), QStringLiteral("第3列：独居"));
    QCOMPARE(importer.sheet(2).columns().at(2).use, ImportMapping::ColumnUse::Note);
}

void WorkbookImporterTest::importsTheChosenSheets()
{
    TestDatabase t;
    const QString path = threeSheets(m_dir.path());
    const int before = t.count(QStringLiteral("resident"));
    auto source = open(path);
    QVERIFY(source);
    WorkbookImporter importer(t.db(), testScope(), m_today);
    importer.setSheets({QStringLiteral("春江花园"), QStringLiteral("第一网格")});
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.sheetCount(), 2);
    QCOMPARE(importer.summary().imported, 3);
    QCOMPARE(importer.summary().rejected, 0);
    QCOMPARE(t.count(QStringLiteral("resident")), before + 3);
    QVERIFY(!t.residentId(id(3)));

    // A sheet the workbook does not have fails before anything is written.
    WorkbookImporter wrong(t.db(), testScope(), m_today);
    wrong.setSheets({QStringLiteral("第九网格")});
    QCOMPARE(wrong.run(*source), ResidentImporter::Outcome::Failed);
    QVERIFY2(wrong.errorText().contains(QStringLiteral("第九网格")) &&
                 wrong.errorText().contains(QStringLiteral("第二网格")),
             qPrintable(wrong.errorText()));
    QCOMPARE(t.count(QStringLiteral("resident")), before + 3);
}

void WorkbookImporterTest::samePersonOnTwoSheets()
{
    // 周二 is on 第一网格 row 3 and again on 第二网格 row 2 at another address: refused on the second
    // sheet, naming the first, and left where the first sheet put them.
    XlsxWriter w;
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("小区"),
                             QStringLiteral("楼栋"), QStringLiteral("单元"),       QStringLiteral("门牌号")};
    w.addSheet(QStringLiteral("第一网格"));
    w.addRow(header);
    w.addRow(QStringList{QStringLiteral("周一"), id(1), QStringLiteral("和平苑"), QStringLiteral("1栋"),
                         QStringLiteral("1"), QStringLiteral("101")});
    w.addRow(QStringList{QStringLiteral("周二"), id(2), QStringLiteral("和平苑"), QStringLiteral("1栋"),
                         QStringLiteral("1"), QStringLiteral("102")});
    w.addSheet(QStringLiteral("第二网格"));
    w.addRow(header);
    w.addRow(QStringList{QStringLiteral("周二"), id(2), QStringLiteral("和平苑"), QStringLiteral("2栋"),
                         QStringLiteral("1"), QStringLiteral("201")});
    w.addRow(QStringList{QStringLiteral("吴三"), id(3), QStringLiteral("和平苑"), QStringLiteral("2栋"),
                         QStringLiteral("1"), QStringLiteral("202")});
    const QString path = m_dir.path() + QStringLiteral("/twice.xlsx");
    QString error;
    QVERIFY2(w.save(path, &error), qPrintable(error));

    TestDatabase t;
    auto source = open(path);
    QVERIFY(source);
    WorkbookImporter importer(t.db(), testScope(), m_today);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 3);
    QCOMPARE(importer.summary().updated, 0);
    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0).sheet, QStringLiteral("第二网格"));
    QCOMPARE(r.at(0).rowNumber, 2);
    QVERIFY2(r.at(0).reason.contains(QStringLiteral("第一网格")) && r.at(0).reason.contains(QStringLiteral("row 3")),
             qPrintable(r.at(0).reason));
    SqlQuery q(t.db(), QStringLiteral("SELECT h.room FROM resident r JOIN household h ON h.id = r.household_id "
                                      "WHERE r.id_number = ?"));
    QVERIFY(q.exec(id(2)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("102"));
}

void WorkbookImporterTest::nextMonthsRegister()
{
    TestDatabase t;
    const QString first = month1(m_dir.path());
    const QString second = month2(m_dir.path());
    {
        auto source = open(first);
        WorkbookImporter importer(t.db(), testScope(), m_today);
        QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
        QCOMPARE(importer.summary().imported, 7);
        QVERIFY(importer.missingPeople().isEmpty());
        QVERIFY(importer.updatedPeople().isEmpty());
    }
    auto source = open(second);
    WorkbookImporter importer(t.db(), testScope(), m_today);
    importer.setReportFile(second);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.imported, 1);
    QCOMPARE(s.updated, 4);
    QCOMPARE(s.rejected, 0);

    // What changed, field by field.
    const QList<RegisterDiff::UpdatedPerson> changed = importer.updatedPeople();
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).name, QStringLiteral("王一"));
    QCOMPARE(changed.at(0).changes.size(), 1);
    QCOMPARE(changed.at(0).changes.at(0).field, QStringLiteral("Phone"));
    QCOMPARE(changed.at(0).changes.at(0).before, QStringLiteral("138****0001"));
    QCOMPARE(changed.at(0).changes.at(0).after, QStringLiteral("139****0001"));
    QCOMPARE(changed.at(1).name, QStringLiteral("李三"));
    QCOMPARE(RegisterDiff::describe(changed.at(1).changes), QStringLiteral("Ethnicity: 汉族 → 回族"));
    const QString changes = readAll(RegisterDiff::changesPath(second));
    QVERIFY2(changes.contains(QStringLiteral("王一")) && changes.contains(QStringLiteral("回族")), qPrintable(changes));
    QVERIFY(!changes.contains(id(11))); // ID numbers masked

    // Missing from the new file: listed, never moved out.
    const QList<RegisterDiff::MissingPerson> missing = importer.missingPeople();
    QCOMPARE(missing.size(), 2);
    QCOMPARE(missing.at(0).name, QStringLiteral("李四"));
    QCOMPARE(missing.at(1).name, QStringLiteral("赵六"));
    QCOMPARE(missing.at(0).maskedId, IdNumber::mask(id(14)));
    QVERIFY2(missing.at(0).address.startsWith(QStringLiteral("和平苑1栋")), qPrintable(missing.at(0).address));
    QCOMPARE(importer.missingReportPath(), RegisterDiff::missingPath(second));
    const QString list = readAll(importer.missingReportPath());
    QVERIFY2(list.contains(QStringLiteral("李四")) && list.contains(QStringLiteral("赵六")) &&
                 !list.contains(QStringLiteral("钱八")) && !list.contains(id(14)),
             qPrintable(list));
    SqlQuery status(t.db(), QStringLiteral("SELECT status FROM resident WHERE id = ?"));
    QVERIFY(status.exec(missing.at(0).residentId) && status.next());
    QCOMPARE(status.value(0).toString(), QStringLiteral("living"));
}

QTEST_GUILESS_MAIN(WorkbookImporterTest)
#include "workbookimporter_test.moc"
