#include "models/birthdays/birthdaysheet.h"

#include "models/birthdays/birthdayquery.h"
#include "models/cnrules/lunardate.h"
#include "models/documents/xlsxwriter.h"
#include "models/workspace/workspace.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class BirthdaySheetTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void csv();
    void xlsx();
    void pdfWholeCommunity();
    void pdfPerGrid();
    void pdfRevealsPhonesOnlyWhenAsked();
    void badFileNames();

private:
    BirthdaySheet sheet(bool perGrid = false, bool reveal = false, bool nominal = false) const;
    TestDatabase *m_t = nullptr;
    QList<BirthdayEntry> m_entries;
    QTemporaryDir m_dir;
    qint64 m_lunar = 0;
};

void BirthdaySheetTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // CD_SCREENSHOT_DIR keeps the written files for a person to look at.
    if (!qEnvironmentVariableIsEmpty("CD_SCREENSHOT_DIR"))
        m_dir.setAutoRemove(false);
    m_t = new TestDatabase;
    BirthdayTestData data(*m_t);
    data.add(QStringLiteral("张建国"), QDate(1955, 3, 8), 0, {}, QStringLiteral("13812345678"));
    data.add(QStringLiteral("李桂兰"), QDate(1945, 3, 20), 0, {QStringLiteral("living_alone")},
             QStringLiteral("13987654321"), false);
    data.add(QStringLiteral("赵福"), QDate(1925, 3, 30), m_t->buildingB1, {QStringLiteral("disabled")});
    m_lunar = data.add(QStringLiteral("钱农历"), LunarDate::fromLunar(1950, 2, 5).toSolar(), m_t->buildingB1);
    SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET birthday_calendar = 'lunar'")).exec();
    SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET birthday_calendar = NULL WHERE name <> '钱农历'")).exec();
    BirthdayQuery query(m_t->db(), testScope());
    m_entries = query.monthWithMissed(2025, 3);
    BirthdayQuery::sort(m_entries, false);
    QCOMPARE(m_entries.size(), 4); // 二月初五 of lunar 2025 is 4 March
}

void BirthdaySheetTest::cleanupTestCase()
{
    delete m_t;
    if (!m_dir.autoRemove())
        qInfo("files kept in %s", qPrintable(m_dir.path()));
}

BirthdaySheet BirthdaySheetTest::sheet(bool perGrid, bool reveal, bool nominal) const
{
    BirthdaySheet::Options o;
    o.year = 2025;
    o.month = 3;
    o.community = QStringLiteral("测试社区");
    o.perGrid = perGrid;
    o.revealPhones = reveal;
    o.nominalAge = nominal;
    return BirthdaySheet(m_entries, o, testScope());
}

void BirthdaySheetTest::csv()
{
    const QString path = m_dir.filePath(QStringLiteral("march.csv"));
    QString error;
    QVERIFY2(sheet().write(path, &error), qPrintable(error));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), sheet().header().join(QLatin1Char(',')));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Name,Gender,Birth date,Lunar birthday,Birthday kept")));
    // Living alone first.
    QVERIFY(lines.at(1).startsWith(QStringLiteral("李桂兰,Female,1945-03-20,")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",2025-03-20,solar,80,第一网格,")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",139****4321,独居,yes,milestone 80")));
    const QString lunarLine = lines.at(2);
    QVERIFY2(lunarLine.startsWith(QStringLiteral("钱农历,")), qPrintable(lunarLine));
    QVERIFY(lunarLine.contains(QStringLiteral("lunar 二月初五")));
    QVERIFY(lunarLine.contains(QStringLiteral(",2025-03-04,lunar,75,第二网格,")));
    QVERIFY(lines.at(4).contains(QStringLiteral("赵福")));
    QVERIFY(lines.at(4).contains(QStringLiteral(",100,")));
    QVERIFY(!QString::fromUtf8(bytes).contains(QStringLiteral("13812345678")));

    const QStringList withNominal = sheet(false, true, true).header();
    QCOMPARE(withNominal.at(7), QStringLiteral("Nominal age"));
    QVERIFY(QString::fromUtf8(sheet(false, true).csv()).contains(QStringLiteral("13812345678")));
}

void BirthdaySheetTest::xlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("march.xlsx"));
    QString error;
    QVERIFY2(sheet().write(path, &error), qPrintable(error));
    XlsxPackage package;
    QVERIFY2(package.open(path), qPrintable(package.errorText()));
    QVERIFY(package.entry(QStringLiteral("xl/workbook.xml")).contains("<sheet name=\"2025-03\""));
    const QMap<QString, XlsxPackage::Cell> cells = package.cells();
    QVERIFY(package.sharedStrings().contains(QStringLiteral("李桂兰")));
    // Ages are numbers; a milestone birthday's row is highlighted, the others are not.
    QCOMPARE(cells.value(QStringLiteral("G2")).type, QString());
    QCOMPARE(cells.value(QStringLiteral("G2")).value, QStringLiteral("80"));
    QCOMPARE(package.style(cells.value(QStringLiteral("G2")).style).fill.toUpper(), QStringLiteral("FFFFF2CC"));
    QCOMPARE(cells.value(QStringLiteral("G3")).type, QString());
    QCOMPARE(cells.value(QStringLiteral("G3")).value, QStringLiteral("75"));
    QCOMPARE(cells.value(QStringLiteral("G3")).style, 0);
    QVERIFY(package.style(cells.value(QStringLiteral("A1")).style).bold); // the header
    QCOMPARE(sheet().workbook().sheetNames(), QStringList{QStringLiteral("2025-03")});
}

void BirthdaySheetTest::pdfWholeCommunity()
{
    const QString path = m_dir.filePath(QStringLiteral("march.pdf"));
    QString error;
    QVERIFY2(sheet().write(path, &error), qPrintable(error));
    QVERIFY(readAll(path).startsWith("%PDF"));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(QStringLiteral("测试社区 Birthday party sign-in sheet")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Birthdays in March 2025, aged 60 and over")));
    QVERIFY(text.contains(QStringLiteral("Whole community")));
    for (const QString &name :
         {QStringLiteral("张建国"), QStringLiteral("李桂兰"), QStringLiteral("赵福"), QStringLiteral("钱农历")})
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(QStringLiteral("第一网格")));
    QVERIFY(text.contains(QStringLiteral("lunar 二月初五")));
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(text.contains(QStringLiteral("4 resident(s); aged 80 and over: 2; 100 and over: 1")));
    QVERIFY(text.contains(QStringLiteral("138****5678")));
    QVERIFY(!text.contains(QStringLiteral("13812345678")));
    QCOMPARE(text.count(QChar(u'\f')), 1);
}

void BirthdaySheetTest::pdfPerGrid()
{
    const QString path = m_dir.filePath(QStringLiteral("march-grids.pdf"));
    QVERIFY(sheet(true).writePdf(path));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    QVERIFY(pages.at(0).contains(QStringLiteral("第一网格")));
    QVERIFY(pages.at(0).contains(QStringLiteral("李桂兰")));
    QVERIFY(pages.at(0).contains(QStringLiteral("张建国")));
    QVERIFY(!pages.at(0).contains(QStringLiteral("赵福")));
    QVERIFY(pages.at(0).contains(QStringLiteral("2 resident(s)")));
    QVERIFY(pages.at(1).contains(QStringLiteral("第二网格")));
    QVERIFY(pages.at(1).contains(QStringLiteral("赵福")));
    QVERIFY(pages.at(1).contains(QStringLiteral("钱农历")));
    QVERIFY(pages.at(1).contains(QStringLiteral("Page 1 of 1")));
    // Living alone first on its grid's sheet.
    QVERIFY(pages.at(0).indexOf(QStringLiteral("李桂兰")) < pages.at(0).indexOf(QStringLiteral("张建国")));
}

void BirthdaySheetTest::pdfRevealsPhonesOnlyWhenAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("march-phones.pdf"));
    QVERIFY(sheet(false, true, true).writePdf(path));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY(text.contains(QStringLiteral("13812345678")));
    QVERIFY(text.contains(QStringLiteral("nominal")));
}

void BirthdaySheetTest::badFileNames()
{
    QString error;
    QVERIFY(!sheet().write(m_dir.filePath(QStringLiteral("list.txt")), &error));
    QVERIFY(error.contains(QStringLiteral(".xlsx")));
    error.clear();
    QVERIFY(!sheet().write(m_dir.filePath(QStringLiteral("no/such/dir/list.pdf")), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!sheet().write(m_dir.filePath(QStringLiteral("no/such/dir/list.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("list.csv")));
}

QTEST_MAIN(BirthdaySheetTest)
#include "birthdaysheet_test.moc"
