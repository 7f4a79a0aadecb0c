// The monthly report: its figures against a hand-counted month, and the PDF it prints.
#include "models/cases/casesummary.h"
#include "models/core/sqlquery.h"
#include "models/documents/pageddocument.h"
#include "models/documents/xlsxwriter.h"
#include "models/grids/areastore.h"
#include "models/grids/gridrollup.h"
#include "models/register/registerstore.h"
#include "models/register/statuswithdrawal.h"
#include "models/reports/gridworkfigures.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "tests/support/reporttestdata.h"
#include "tests/support/testsupport.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class MonthlyReportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerFigures();
    void withdrawnChangesAreNettedOut();
    void perGridCases();
    void rateIsCheckableFromTheRow();
    void eventsAndHours();
    void trendAndCategories();
    void notableCases();
    void birthdaysNextMonth();
    void birthdaysPerGridInGridOrder();
    void gridFilter();
    void pdfHoldsTheReport();
    void longTablesRepeatHeadersAndKeepRowsWhole();
    void headingsKeepTheirFirstRows();
    void templateSectionsAndTitle();
    void workbookSheets();
    void chartsSumTheQuietestGrids();
    void areaRollupFigures();
    void areaRollupTablesAndExports();
    void areaRollupNeedsAreasAndTheWholeCommunity();
    void errandsByType();
    void gridWorkerGetsOwnGridOnly();

private:
    MonthlyReportData october(qint64 grid = 0, const AccessScope &scope = testScope());
    // Area 东片区 = 第一网格 + a third grid with one October case; 第二网格 stays in no area.
    qint64 addEastArea();

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

MonthlyReportData MonthlyReportTest::october(qint64 grid, const AccessScope &scope)
{
    MonthlyReportQuery query(m_db->db(), scope);
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

// A move out and a death entered by mistake and taken back (Edit → Undo) stay in the history but
// not in the month's counts (issue 24).
void MonthlyReportTest::withdrawnChangesAreNettedOut()
{
    RegisterStore store(m_db->db(), testScope());
    const qint64 li = m_db->residentId(TestDatabase::idFor(QDate(1990, 6, 1), true, 2));
    const qint64 wang = m_db->residentId(TestDatabase::idFor(QDate(1950, 3, 1), false, 1));
    QVERIFY(store.changeStatus(li, QStringLiteral("moved_out"), QDate(2026, 10, 20), QString()).ok);
    QVERIFY(store.changeStatus(wang, QStringLiteral("deceased"), QDate(2026, 10, 25), QString()).ok);
    QCOMPARE(october().movedOut, 2);
    QCOMPARE(october().deaths, 1);
    StatusWithdrawal withdrawal(m_db->db(), testScope());
    QVERIFY(withdrawal.withdraw(li, store.resident(li)->rowVersion, QStringLiteral("living"), QDate(), QString()).ok);
    QVERIFY(
        withdrawal.withdraw(wang, store.resident(wang)->rowVersion, QStringLiteral("living"), QDate(), QString()).ok);
    const MonthlyReportData d = october();
    QCOMPARE(d.movedOut, 1); // 孙明's, as before
    QCOMPARE(d.deaths, 0);
    QCOMPARE(d.residents, 5);
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

// "受理 23 办结 25 78.3%" could not be checked: the rate divided a cohort the row did not show.
// Now the rate follows the two counts it divides (G01: 1 of 3 = 33.3%), and the cases closed in
// October whenever received (G01: 2, total 4) stand in their own, named column.
void MonthlyReportTest::rateIsCheckableFromTheRow()
{
    const MonthlyReport report(october(), ReportTemplate::defaults());
    const QStringList header = report.gridHeader();
    QCOMPARE(header.mid(1, 4), (QStringList{QStringLiteral("Cases received"), QStringLiteral("Of those, resolved"),
                                            QStringLiteral("Resolved ÷ received"),
                                            QStringLiteral("Resolved this month (any month received)")}));
    const QList<QStringList> rows = report.gridRows();
    QCOMPARE(rows.at(0).mid(0, 6), (QStringList{QStringLiteral("第一网格"), QStringLiteral("3"), QStringLiteral("1"),
                                                QStringLiteral("33.3%"), QStringLiteral("2"), QStringLiteral("1")}));
    QCOMPARE(rows.at(1).mid(1, 4),
             (QStringList{QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50.0%"), QStringLiteral("1")}));
    QCOMPARE(rows.last().mid(0, 5), (QStringList{QStringLiteral("Total"), QStringLiteral("6"), QStringLiteral("3"),
                                                 QStringLiteral("50.0%"), QStringLiteral("4")}));
    // Every row: the rate is column 2 over column 1, to one decimal.
    for (const QStringList &r : rows) {
        const int received = r.at(1).toInt();
        if (received > 0)
            QCOMPARE(r.at(3), QString::number(100.0 * r.at(2).toInt() / received, 'f', 1) + QLatin1Char('%'));
    }
    const auto figures = report.summaryFigures();
    QVERIFY(figures.contains({QStringLiteral("Of those, resolved"), QStringLiteral("3")}));
    QVERIFY(figures.contains({QStringLiteral("Resolved this month (any month received)"), QStringLiteral("4")}));
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

// Per-grid lists follow the grids' order (code G02 before G03), not their names' code points
// (第三 U+4E09 sorts before 第二 U+4E8C).
void MonthlyReportTest::birthdaysPerGridInGridOrder()
{
    SqlQuery grid(m_db->db(),
                  QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, 'G03', '第三网格')"));
    QVERIFY(grid.exec());
    SqlQuery building(m_db->db(), QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, "
                                                 "'9号楼')"));
    QVERIFY(building.exec(m_db->compoundA, grid.lastInsertId()));
    QVERIFY(m_db->addHousehold(building.lastInsertId(), QStringLiteral("1"), QStringLiteral("101"),
                               {{QStringLiteral("冯秀兰"), TestDatabase::idFor(QDate(1950, 11, 20), false, 77)}}) > 0);
    const MonthlyReportData d = october();
    QCOMPARE(d.birthdaysPerGrid,
             (QList<QPair<QString, int>>{{QStringLiteral("第二网格"), 1}, {QStringLiteral("第三网格"), 1}}));
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
    PagedDocument doc;
    doc.addTitle(QStringLiteral("长表"));
    QList<PagedDocument::Row> rows;
    for (int i = 1; i <= 120; ++i)
        rows << PagedDocument::Row{{QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("第%1行的说明文字，足够长以便换行。").arg(i).repeated(i % 4 + 1)},
                                   false};
    doc.addTable({{QStringLiteral("编号"), 1}, {QStringLiteral("说明"), 5}}, rows);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        PagedDocument::setUpPage(&pdf);
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

// However many grids push the sections down the pages, no numbered section heading (nor the line
// above the errands' table) is left at the foot of a page: on the page that shows it there are its first rows (a
// table's header and first row, the first boxes of figures, a chart) below it and above the footer.
void MonthlyReportTest::headingsKeepTheirFirstRows()
{
    static const QRegularExpression headingLine(QStringLiteral("^\\s*(\\d{1,2})\\. \\S"));
    static const QRegularExpression footerLine(QStringLiteral("Page \\d+ of \\d+"));
    QTemporaryDir dir;
    const MonthlyReportData october2026 = october();
    int headingsSeen = 0;
    // The errands' table has a line of its own above it: kept with it as a heading is.
    const QString errandsLead = MonthlyReport::tr("Errands done this month by type:");
    for (int extra = 0; extra <= 40; ++extra) {
        MonthlyReportData data = october2026;
        data.errandTypes = {{QStringLiteral("养老金资格认证"), 2}, {QStringLiteral("失业登记"), 1}};
        for (int i = 0; i < extra; ++i) {
            MonthlyReportData::GridRow row;
            row.gridId = 1000 + i;
            row.name = QStringLiteral("加网格%1").arg(i + 1);
            row.received = i % 3;
            data.grids << row;
        }
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(extra));
        QString error;
        QVERIFY2(MonthlyReport(data, ReportTemplate::defaults()).write(path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR")) // to look at every page
            QFile::copy(path, qEnvironmentVariable("CD_SCREENSHOT_DIR") +
                                  QStringLiteral("/report-headings-%1.pdf").arg(extra));
        const QString text = pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext is not installed (poppler-utils)");
        const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
        int next = 1; // the next section's number
        for (int p = 0; p < pages.size(); ++p) {
            const QStringList lines = pages.at(p).split(QLatin1Char('\n'));
            for (int l = 0; l < lines.size(); ++l) {
                const QRegularExpressionMatch m = headingLine.match(lines.at(l));
                const bool heading = m.hasMatch() && m.captured(1).toInt() == next;
                if (!heading && lines.at(l).trimmed() != errandsLead)
                    continue;
                next += heading ? 1 : 0;
                ++headingsSeen;
                int below = 0; // lines of the section under its heading on this page
                for (int k = l + 1; k < lines.size() && !footerLine.match(lines.at(k)).hasMatch(); ++k)
                    below += lines.at(k).trimmed().isEmpty() ? 0 : 1;
                QVERIFY2(below >= 2, qPrintable(QStringLiteral("%1 extra grids: \"%2\" alone at the foot of page %3")
                                                    .arg(extra)
                                                    .arg(lines.at(l).trimmed())
                                                    .arg(p + 1)));
            }
        }
        QVERIFY2(next > 5, qPrintable(QStringLiteral("%1 extra grids: headings up to %2 found").arg(extra).arg(next)));
    }
    QVERIFY(headingsSeen > 0);
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
    QCOMPARE(rows.at(0).at(3), QStringLiteral("33.3%"));
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
    // The cases chart, and events and participants each on a chart of their own (one axis each).
    QCOMPARE(flat.count(QStringLiteral("网格")), 3 * 23);
}

qint64 MonthlyReportTest::addEastArea()
{
    SqlQuery grid(m_db->db(),
                  QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, 'G03', '第三网格')"));
    if (!grid.exec())
        return 0;
    const qint64 gridC = grid.lastInsertId();
    SqlQuery c(m_db->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                          "received_at, deadline, status, closed_at, reopen_count, created_at, "
                                          "updated_at) VALUES ('C9', 'visit', (SELECT id FROM case_category WHERE "
                                          "code = 'environment'), ?, '描述C9', '2026-10-07T09:00:00', "
                                          "'2026-10-10T09:00:00', 'closed', '2026-10-09T09:00:00', 0, "
                                          "'2026-10-07T09:00:00', '2026-10-07T09:00:00')"));
    if (!c.exec(gridC) || !CaseSummary::rebuild(m_db->db())) // written directly: the summary follows
        return 0;
    Area east;
    east.code = QStringLiteral("P01");
    east.name = QStringLiteral("东片区");
    AreaStore store(m_db->db(), testScope(QStringLiteral("tester")));
    if (!store.saveArea(east).ok || !store.setGridsOfArea(east.id, {m_db->gridA, gridC}).ok)
        return 0;
    return east.id;
}

void MonthlyReportTest::areaRollupFigures()
{
    const qint64 east = addEastArea();
    QVERIFY(east > 0);
    const MonthlyReportData d = october();
    // 东片区, then the grids in no area (第二网格), then cases and events without a grid.
    QCOMPARE(d.areas.size(), 3);
    const auto &e = d.areas.at(0);
    QCOMPARE(e.gridId, east);
    QCOMPARE(e.name, QStringLiteral("东片区"));
    QCOMPARE(e.received, 4); // 3 in 第一网格 + C9
    QCOMPARE(e.resolvedOfReceived, 2);
    QCOMPARE(e.resolved, 3);
    QCOMPARE(e.overdue, 1);
    QCOMPARE(e.followUps, 1);
    QCOMPARE(e.satisfied, 0);
    QCOMPARE(e.events, 1);
    QCOMPARE(e.participants, 7);
    QCOMPARE(e.volunteerHours, 4.0);
    const auto &none = d.areas.at(1);
    QCOMPARE(none.gridId, GridRollup::kNoArea);
    QCOMPARE(none.received, 2);
    QCOMPARE(none.resolved, 1);
    QCOMPARE(none.overdue, 1);
    QCOMPARE(none.satisfied, 1);
    const auto &wide = d.areas.at(2);
    QCOMPARE(wide.gridId, GridRollup::kCommunityWide);
    QCOMPARE(wide.received, 1);
    QCOMPARE(wide.events, 1);
    QCOMPARE(wide.participants, 30);
    // The areas add up to the community.
    MonthlyReportData::GridRow sum;
    for (const auto &a : d.areas)
        sum += a;
    QCOMPARE(sum.received, d.total.received);
    QCOMPARE(sum.resolved, d.total.resolved);
    QCOMPARE(sum.participants, d.total.participants);

    // Grid work: 东片区 has 第一网格's two visited households (one need), 第二网格's meeting is in
    // no area, the community-wide meeting in its own row.
    QCOMPARE(d.gridWorkAreas.size(), 3);
    QCOMPARE(d.gridWorkAreas.at(0).households, 2);
    QCOMPARE(d.gridWorkAreas.at(0).visited, 2);
    QCOMPARE(d.gridWorkAreas.at(0).needs, 1);
    QCOMPARE(d.gridWorkAreas.at(0).meetings, 0);
    QCOMPARE(d.gridWorkAreas.at(1).households, 1);
    QCOMPARE(d.gridWorkAreas.at(1).meetings, 1);
    QCOMPARE(d.gridWorkAreas.at(1).decisions, 1);
    QCOMPARE(d.gridWorkAreas.at(2).id, GridRollup::kCommunityWide);
    QCOMPARE(d.gridWorkAreas.at(2).meetings, 1);
    // 钱桂兰's November birthday is in 第二网格, in no area.
    QCOMPARE(d.birthdaysPerArea, (QList<QPair<QString, int>>{{QStringLiteral("No area"), 1}}));
}

void MonthlyReportTest::areaRollupTablesAndExports()
{
    QVERIFY(addEastArea() > 0);
    ReportTemplate t = ReportTemplate::defaults();
    t.byArea = true;
    const MonthlyReport report(october(), t);
    QVERIFY(report.byArea());
    QCOMPARE(report.gridHeader().constFirst(), QStringLiteral("Area / grid"));
    const QList<QStringList> rows = report.gridRows();
    QStringList names;
    for (const QStringList &r : rows)
        names << r.constFirst();
    const QString indent(QChar(0x3000));
    QCOMPARE(names, (QStringList{QStringLiteral("东片区"), indent + QStringLiteral("第一网格"),
                                 indent + QStringLiteral("第三网格"), QStringLiteral("No area"),
                                 indent + QStringLiteral("第二网格"), QStringLiteral("Community-wide / no grid"),
                                 QStringLiteral("Total")}));
    QCOMPARE(rows.at(0).mid(1), (QStringList{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("50.0%"),
                                             QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0.0%"),
                                             QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("4.0")}));
    QCOMPARE(rows.at(2).mid(1, 2), (QStringList{QStringLiteral("1"), QStringLiteral("1")})); // 第三网格: C9
    QCOMPARE(rows.last().at(1), QStringLiteral("7"));

    const QList<QStringList> work = report.gridWorkRows();
    QCOMPARE(work.at(0).at(0), QStringLiteral("东片区"));
    QCOMPARE(work.at(0).mid(1, 4),
             (QStringList{QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("100.0%"), QStringLiteral("1")}));
    QCOMPARE(work.last().at(6), QStringLiteral("2")); // meetings in all

    QCOMPARE(report.workbook().sheetNames(),
             (QStringList{QStringLiteral("Summary"), QStringLiteral("By area"), QStringLiteral("Grid work by area"),
                          QStringLiteral("Notable cases")}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("areas.pdf"));
    QString error;
    QVERIFY2(report.write(path, &error), qPrintable(error));
    if (qEnvironmentVariableIsSet("CD_SCREENSHOT_DIR"))
        QFile::copy(path, qEnvironmentVariable("CD_SCREENSHOT_DIR") + QStringLiteral("/monthly-report-areas.pdf"));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    for (const QString &expected :
         {QStringLiteral("Cases, events and volunteer hours by area"),
          QStringLiteral("Visits, errands and deliberation by area"), QStringLiteral("东片区"),
          QStringLiteral("第三网格"), QStringLiteral("Cases received and resolved per area"),
          QStringLiteral("Per area: No area: 1")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from:\n") + text));
}

void MonthlyReportTest::areaRollupNeedsAreasAndTheWholeCommunity()
{
    ReportTemplate t = ReportTemplate::defaults();
    t.byArea = true;
    // No areas yet: the report stays by grid.
    const MonthlyReport plain(october(), t);
    QVERIFY(october().areas.isEmpty());
    QVERIFY(!plain.byArea());
    QCOMPARE(plain.gridHeader().constFirst(), QStringLiteral("Grid"));
    QCOMPARE(plain.gridRows().size(), 4);
    // One grid's report has nothing to sum.
    QVERIFY(addEastArea() > 0);
    const MonthlyReportData one = october(m_db->gridA);
    QVERIFY(one.areas.isEmpty());
    QVERIFY(!MonthlyReport(one, t).byArea());
    // Areas, but the template says by grid: the grids as before, with the third grid.
    QCOMPARE(MonthlyReport(october(), ReportTemplate::defaults()).gridRows().size(), 5);
}

// The worker of grid A gets A's figures only, hand-counted from the fixture, equal to A's row of
// the office's report; nothing of B, of cases without a grid or of community-wide events.
void MonthlyReportTest::gridWorkerGetsOwnGridOnly()
{
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {m_db->gridA});
    const MonthlyReportData d = october(0, worker);
    QCOMPARE(d.households, 2); // 101 and 302
    QCOMPARE(d.residents, 3);  // 王秀英, 李强, 孙明
    QCOMPARE(d.elderly, 1);    // 王秀英
    QCOMPARE(d.movedIn, 1);    // 李强 (赵宝 is B's)
    QCOMPARE(d.movedOut, 1);   // 孙明
    QCOMPARE(d.births, 0);     // 赵宝 is B's
    QCOMPARE(d.grids.size(), 1);
    QCOMPARE(d.grids.at(0).code, QStringLiteral("G01"));
    QCOMPARE(d.grids.at(0).received, 3);
    QCOMPARE(d.grids.at(0).resolved, 2);
    QCOMPARE(d.grids.at(0).overdue, 1);
    QCOMPARE(d.grids.at(0).events, 1);
    QCOMPARE(d.grids.at(0).participants, 7);
    QCOMPARE(d.grids.at(0).volunteerHours, 4.0);
    QCOMPARE(d.total.received, 3);
    QCOMPARE(d.total.events, 1);
    QCOMPARE(d.total.participants, 7); // the community-wide 30 are no grid's
    QCOMPARE(d.trend.last().received, 3);
    QCOMPARE(d.trend.last().resolved, 2); // C1 and C3
    QCOMPARE(d.trend.at(10).received, 1); // C3 in September
    QCOMPARE(d.categories.size(), 1);
    QCOMPARE(d.categories.at(0), qMakePair(QStringLiteral("环境卫生"), 3));
    QStringList numbers;
    for (const auto &c : d.notable)
        numbers << c.caseNo;
    QCOMPARE(numbers, (QStringList{QStringLiteral("C3"), QStringLiteral("C2")}));
    QCOMPARE(d.birthdays, 0); // 钱桂兰 lives in B
    QVERIFY(d.birthdaysPerGrid.isEmpty());
    QVERIFY(!d.gridWork.isEmpty());
    for (const auto &w : d.gridWork)
        QCOMPARE(w.id, m_db->gridA); // no B meeting, no community-wide one

    // The office's report has both grids and the rows without one.
    const MonthlyReportData office = october();
    QCOMPARE(office.grids.size(), 3);
    QCOMPARE(office.total.received, 6);
    QCOMPARE(office.residents, 5);

    // Asking for B gives the worker of A nothing of B.
    const MonthlyReportData b = october(m_db->gridB, worker);
    QVERIFY(b.grids.isEmpty());
    QCOMPARE(b.households, 0);
    QCOMPARE(b.residents, 0);
    QCOMPARE(b.total.received, 0);
    QCOMPARE(b.birthdays, 0);
    QVERIFY(b.notable.isEmpty());

    // By area: only the area of A (东片区, whose third grid is not the worker's), not B's "no area".
    const qint64 east = addEastArea();
    GridWorkFigures work(m_db->db(), worker);
    work.setByArea(true);
    const QList<GridWorkFigures::Row> workAreas = work.month(2026, 10, 0);
    QCOMPARE(workAreas.size(), 1);
    QCOMPARE(workAreas.at(0).id, east);
    QCOMPARE(workAreas.at(0).visited, 2); // 101 and 302
    GridWorkFigures officeWork(m_db->db(), testScope());
    officeWork.setByArea(true);
    QVERIFY(officeWork.month(2026, 10, 0).size() > 1);
    const MonthlyReportData areas = october(0, worker);
    QCOMPARE(areas.areas.size(), 1);
    QCOMPARE(areas.areas.at(0).received, 3);
    QCOMPARE(october().areas.size(), 3); // the office: 东片区, no area, no grid
}

QTEST_MAIN(MonthlyReportTest)
void MonthlyReportTest::errandsByType()
{
    // Errands (代办) count when closed in the month and not reopened, whenever received.
    SqlQuery add(m_db->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                            "received_at, deadline, status, closed_at, kind, errand_type, "
                                            "created_at, updated_at) VALUES (?, 'visit', (SELECT min(id) FROM "
                                            "case_category), ?, '代办', ?, ?, ?, ?, 'errand', ?, ?, ?)"));
    const auto errand = [&](const QString &no, qint64 grid, const QString &received, const QString &status,
                            const QVariant &closed, const QString &type) {
        QVERIFY2(add.exec(no, grid, received, received, status, closed, type, received, received),
                 qPrintable(add.errorDetail()));
    };
    const QVariant open(QMetaType(QMetaType::QString));
    errand(QStringLiteral("E1"), m_db->gridA, QStringLiteral("2026-10-02T09:00:00"), QStringLiteral("closed"),
           QStringLiteral("2026-10-03T10:00:00"), QStringLiteral("pension_certification"));
    errand(QStringLiteral("E2"), m_db->gridA, QStringLiteral("2026-09-28T09:00:00"), QStringLiteral("followed_up"),
           QStringLiteral("2026-10-31T23:59:00"), QStringLiteral("pension_certification")); // last minute
    errand(QStringLiteral("E3"), m_db->gridB, QStringLiteral("2026-10-20T09:00:00"), QStringLiteral("closed"),
           QStringLiteral("2026-10-21T10:00:00"), QStringLiteral("unemployment"));
    errand(QStringLiteral("E4"), m_db->gridB, QStringLiteral("2026-10-25T09:00:00"), QStringLiteral("closed"),
           QStringLiteral("2026-11-01T00:00:00"), QStringLiteral("pension_certification")); // November
    errand(QStringLiteral("E5"), m_db->gridA, QStringLiteral("2026-10-26T09:00:00"), QStringLiteral("assigned"), open,
           QStringLiteral("certificate")); // still in hand
    errand(QStringLiteral("E6"), m_db->gridA, QStringLiteral("2026-09-01T09:00:00"), QStringLiteral("closed"),
           QStringLiteral("2026-09-30T23:59:00"), QStringLiteral("certificate")); // September

    const MonthlyReportData d = october();
    using Count = QPair<QString, int>;
    QCOMPARE(d.errandTypes, (QList<Count>{{QStringLiteral("养老金资格认证"), 2}, {QStringLiteral("失业登记"), 1}}));
    QCOMPARE(october(m_db->gridB).errandTypes, (QList<Count>{{QStringLiteral("失业登记"), 1}}));

    // The same errands as the grid-work table's column, and printed and exported below it.
    const MonthlyReport report(d, ReportTemplate::defaults());
    const QList<QStringList> work = report.gridWorkRows();
    QCOMPARE(work.last().at(0), QStringLiteral("Total"));
    QCOMPARE(work.last().at(5), QStringLiteral("3"));
    const QString all = report.document().text().join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Errands done this month by type:")));
    QVERIFY(all.contains(QStringLiteral("养老金资格认证")));
    QVERIFY(report.workbook().sheetNames().contains(QStringLiteral("Errands by type")));

    // No errands done: no table and no sheet.
    const MonthlyReport september(MonthlyReportData(), ReportTemplate::defaults());
    QVERIFY(!september.workbook().sheetNames().contains(QStringLiteral("Errands by type")));
}

#include "monthlyreport_test.moc"
