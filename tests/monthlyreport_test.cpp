// The monthly report: its figures against a hand-counted month, and the PDF it prints.
#include "monthlyreport.h"
#include "monthlyreportquery.h"
#include "reporttestdata.h"
#include "sqlquery.h"
#include "tabledocument.h"
#include "testsupport.h"
#include "xlsxwriter.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

class MonthlyReportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerFigures();
    void perGridCases();
    void eventsAndHours();
    void trendAndCategories();
    void notableCases();
    void birthdaysNextMonth();
    void gridFilter();
    void pdfHoldsTheReport();
    void longTablesRepeatHeadersAndKeepRowsWhole();
    void templateSectionsAndTitle();
    void workbookSheets();
    void chartsSumTheQuietestGrids();

private:
    MonthlyReportData october(qint64 grid = 0);

    std::unique_ptr<TestDatabase> m_db;
};

void MonthlyReportTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(ReportTestData::fillOctober2026(*m_db));
}

void MonthlyReportTest::cleanup()
{
    m_db.reset();
}

MonthlyReportData MonthlyReportTest::october(qint64 grid)
{
    MonthlyReportQuery query(m_db->db());
    query.setNow(QDateTime(QDate(2026, 11, 15), QTime(12, 0)));
    MonthlyReportData data;
    QString error;
    if (!query.run(2026, 10, grid, &data, &error))
        qWarning() << error;
    return data;
}

void MonthlyReportTest::registerFigures()
{
    const MonthlyReportData d = october();
    QCOMPARE(d.community, QStringLiteral("测试社区"));
    QCOMPARE(d.asOf, QDate(2026, 10, 31));
    QCOMPARE(d.households, 3);
    QCOMPARE(d.residents, 5);
    QCOMPARE(d.elderly, 2); // 王秀英 (76) and 钱桂兰 (79)
    QCOMPARE(d.movedIn, 2);
    QCOMPARE(d.movedOut, 1);
    QCOMPARE(d.births, 1);
    QCOMPARE(d.deaths, 0); // September's death is not October's
}

void MonthlyReportTest::perGridCases()
{
    const MonthlyReportData d = october();
    QCOMPARE(d.grids.size(), 3); // G01, G02, and the cases and events without a grid
    const auto &a = d.grids.at(0);
    QCOMPARE(a.code, QStringLiteral("G01"));
    QCOMPARE(a.received, 3);
    QCOMPARE(a.resolvedOfReceived, 1);
    QCOMPARE(a.resolved, 2);
    QCOMPARE(a.overdue, 1);
    QCOMPARE(a.followUps, 1);
    QCOMPARE(a.satisfied, 0);
    QCOMPARE(MonthlyReport::percent(a.resolutionRate()), QStringLiteral("33.3%"));
    const auto &b = d.grids.at(1);
    QCOMPARE(b.received, 2);
    QCOMPARE(b.resolvedOfReceived, 1);
    QCOMPARE(b.resolved, 1);
    QCOMPARE(b.overdue, 1);
    QCOMPARE(b.followUps, 1);
    QCOMPARE(b.satisfied, 1);
    QCOMPARE(b.satisfactionRate(), 100.0);
    const auto &none = d.grids.at(2);
    QCOMPARE(none.gridId, 0);
    QCOMPARE(none.received, 1);
    QCOMPARE(none.resolved, 1);
    QCOMPARE(d.total.received, 6);
    QCOMPARE(d.total.resolvedOfReceived, 3);
    QCOMPARE(d.total.resolved, 4);
    QCOMPARE(d.total.overdue, 2);
    QCOMPARE(d.total.followUps, 2);
    QCOMPARE(MonthlyReport::percent(d.total.satisfactionRate()), QStringLiteral("50.0%"));
}

void MonthlyReportTest::eventsAndHours()
{
    const MonthlyReportData d = october();
    QCOMPARE(d.grids.at(0).events, 1);
    QCOMPARE(d.grids.at(0).participants, 7);
    QCOMPARE(d.grids.at(0).volunteerHours, 4.0);
    QCOMPARE(d.grids.at(1).events, 0);
    QCOMPARE(d.grids.at(2).events, 1);
    QCOMPARE(d.grids.at(2).participants, 30);
    QCOMPARE(d.total.events, 2);
    QCOMPARE(d.total.participants, 37);
}

void MonthlyReportTest::trendAndCategories()
{
    const MonthlyReportData d = october();
    QCOMPARE(d.trend.size(), 12);
    QCOMPARE(d.trend.first().month, 11);
    QCOMPARE(d.trend.first().year, 2025);
    QCOMPARE(d.trend.last().month, 10);
    QCOMPARE(d.trend.last().received, 6);
    QCOMPARE(d.trend.last().resolved, 4);
    QCOMPARE(d.trend.at(10).received, 1); // C3 in September
    QCOMPARE(d.trend.at(10).resolved, 0);
    QCOMPARE(d.categories.size(), 2);
    QCOMPARE(d.categories.at(0), qMakePair(QStringLiteral("环境卫生"), 5));
    QCOMPARE(d.categories.at(1), qMakePair(QStringLiteral("矛盾纠纷"), 1));
}

void MonthlyReportTest::notableCases()
{
    const MonthlyReportData d = october();
    QStringList numbers;
    for (const auto &c : d.notable)
        numbers << c.caseNo;
    QCOMPARE(numbers,
             (QStringList{QStringLiteral("C3"), QStringLiteral("C6"), QStringLiteral("C2"), QStringLiteral("C5")}));
    QCOMPARE(d.notable.at(0).reason, QStringLiteral("dissatisfied, overdue"));
    QCOMPARE(d.notable.at(1).reason, QStringLiteral("reopened"));
    QCOMPARE(d.notable.at(3).grid, QStringLiteral("第二网格"));
    QCOMPARE(d.notable.at(3).description, QStringLiteral("描述C5"));
    QCOMPARE(d.notable.at(3).received, QDate(2026, 10, 15));
}

void MonthlyReportTest::birthdaysNextMonth()
{
    const MonthlyReportData d = october();
    // 钱桂兰 turns 80 in November; 王秀英's birthday is in March.
    QCOMPARE(d.birthdays, 1);
    QCOMPARE(d.birthdays80, 1);
    QCOMPARE(d.birthdays90, 0);
    QCOMPARE(d.milestoneBirthdays, 1);
    QCOMPARE(d.birthdaysPerGrid.size(), 1);
    QVERIFY(d.birthdaysPerGrid.at(0).first.contains(QStringLiteral("第二网格")));
}

void MonthlyReportTest::gridFilter()
{
    const MonthlyReportData d = october(m_db->gridB);
    QCOMPARE(d.gridName, QStringLiteral("第二网格"));
    QCOMPARE(d.households, 1);
    QCOMPARE(d.residents, 2);
    QCOMPARE(d.elderly, 1);
    QCOMPARE(d.movedIn, 1);
    QCOMPARE(d.movedOut, 0);
    QCOMPARE(d.births, 1);
    QCOMPARE(d.grids.size(), 1);
    QCOMPARE(d.total.received, 2);
    QCOMPARE(d.total.overdue, 1);
    QCOMPARE(d.total.events, 0);
    QCOMPARE(d.notable.size(), 2);
    QCOMPARE(d.birthdays, 1);
    QCOMPARE(october(m_db->gridA).birthdays, 0);
}

void MonthlyReportTest::pdfHoldsTheReport()
{
    QTemporaryDir dir;
    ReportTemplate t = ReportTemplate::defaults();
    t.preparedBy = QStringLiteral("张丽");
    t.subtitle = QStringLiteral("报送：幸福街道办事处");
    const MonthlyReport report(october(), t);
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(report.write(path, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR")) // to look at it
        QFile::copy(path, qEnvironmentVariable("CD_SCREENSHOT_DIR") + QStringLiteral("/monthly-report.pdf"));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    for (const QString &expected :
         {QStringLiteral("测试社区 Monthly Work Report, 2026-10"), QStringLiteral("报送：幸福街道办事处"),
          QStringLiteral("第一网格"), QStringLiteral("第二网格"), QStringLiteral("33.3%"), QStringLiteral("张丽"),
          QStringLiteral("C6"), QStringLiteral("矛盾纠纷"), QStringLiteral("Cases received and resolved per grid")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 2);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i)));
}

void MonthlyReportTest::longTablesRepeatHeadersAndKeepRowsWhole()
{
    ReportDocument doc;
    doc.addTitle(QStringLiteral("长表"));
    QList<ReportDocument::TableRow> rows;
    for (int i = 1; i <= 120; ++i)
        rows << ReportDocument::TableRow{
            {QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
             QStringLiteral("第%1行的说明文字，足够长以便换行。").arg(i).repeated(i % 4 + 1)},
            false};
    doc.addTable({{QStringLiteral("编号"), 1}, {QStringLiteral("说明"), 5}}, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        TableDocument::setUpA4(&pdf);
        QVERIFY(doc.print(&pdf) >= 3);
    }
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    int seen = 0;
    for (const QString &page : pages) {
        QVERIFY2(page.contains(QStringLiteral("编号")), "the header is repeated on every page");
        // Every row on this page is whole: its number and all of its text's repetitions.
        for (int i = 1; i <= 120; ++i) {
            if (!page.contains(QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0'))))
                continue;
            ++seen;
            QCOMPARE(page.count(QStringLiteral("第%1行的").arg(i)), i % 4 + 1);
        }
    }
    QCOMPARE(seen, 120);
}

void MonthlyReportTest::templateSectionsAndTitle()
{
    ReportTemplate t = ReportTemplate::defaults();
    t.title = QStringLiteral("%1（%2）工作报表");
    t.charts = false;
    t.notableCases = false;
    const MonthlyReport report(october(), t);
    QCOMPARE(report.title(), QStringLiteral("测试社区（2026-10）工作报表"));
    const QString all = report.document().text().join(QLatin1Char('\n'));
    QVERIFY(!all.contains(QStringLiteral("Notable cases")));
    QVERIFY(all.contains(QStringLiteral("Cases received 6")));
    QVERIFY(all.contains(QStringLiteral("1. Summary")));
    QVERIFY(all.contains(QStringLiteral("3. Visits, errands and deliberation by grid")));
    QVERIFY(all.contains(QStringLiteral("4. Birthdays of the elderly next month (2026-11)")));

    // Saved in the desk's settings and read back.
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    t.reviewedBy = QStringLiteral("刘主任");
    t.save();
    const ReportTemplate loaded = ReportTemplate::load();
    QCOMPARE(loaded.title, t.title);
    QCOMPARE(loaded.reviewedBy, QStringLiteral("刘主任"));
    QCOMPARE(loaded.charts, false);
    QCOMPARE(loaded.summary, true);
}

void MonthlyReportTest::workbookSheets()
{
    const MonthlyReport report(october(), ReportTemplate::defaults());
    const XlsxWriter book = report.workbook();
    QCOMPARE(book.sheetNames(), (QStringList{QStringLiteral("Summary"), QStringLiteral("By grid"),
                                             QStringLiteral("Grid work"), QStringLiteral("Notable cases")}));
    // Grid work, hand-counted (see ReportTestData): grid, households, visited, coverage, needs,
    // errands, meetings, decisions, followed up; community-wide meetings in their own row.
    const QList<QStringList> work = report.gridWorkRows();
    QCOMPARE(work.size(), 4);
    QCOMPARE(work.at(0).mid(1),
             (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("100.0%"), QStringLiteral("1"),
                          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(work.at(1).mid(1),
             (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0.0%"), QStringLiteral("0"),
                          QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}));
    QCOMPARE(work.at(2).mid(5, 2), (QStringList{QStringLiteral("0"), QStringLiteral("1")})); // community-wide
    QCOMPARE(work.last().at(0), QStringLiteral("Total"));
    QCOMPARE(work.last().at(6), QStringLiteral("2"));
    const QList<QStringList> rows = report.gridRows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.last().at(0), QStringLiteral("Total"));
    QCOMPARE(rows.last().at(1), QStringLiteral("6"));
    QCOMPARE(rows.at(0).at(4), QStringLiteral("33.3%"));
}

void MonthlyReportTest::chartsSumTheQuietestGrids()
{
    MonthlyReportData d;
    d.year = 2026;
    d.month = 10;
    d.community = QStringLiteral("大社区");
    for (int i = 1; i <= 30; ++i) {
        MonthlyReportData::GridRow r;
        r.gridId = i;
        r.name = QStringLiteral("网格%1").arg(i);
        r.received = i; // 网格30 is the busiest
        d.grids << r;
    }
    ReportTemplate t = ReportTemplate::defaults();
    t.gridTable = false;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.pdf"));
    QVERIFY(MonthlyReport(d, t).writePdf(path));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    // Labels wrap inside their narrow slots, so look for the parts: the 23 busiest grids (网格8
    // to 网格30) and one bar summing the other 7 (1 + 2 + … + 7 = 28 cases).
    const QString flat = text.simplified().remove(QLatin1Char(' '));
    QVERIFY2(flat.contains(QStringLiteral("Othergrids(7)")), qPrintable(text));
    QVERIFY(flat.contains(QStringLiteral("28")));
    QVERIFY(flat.contains(QStringLiteral("网格8")));
    QCOMPARE(flat.count(QStringLiteral("网格")), 2 * 23); // the cases chart and the events chart
}

QTEST_MAIN(MonthlyReportTest)
#include "monthlyreport_test.moc"
