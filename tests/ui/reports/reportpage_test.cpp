// The Monthly report page: month and grid choices, the live preview, and the template dialog.
#include "models/grids/areastore.h"
#include "models/reports/monthlyreport.h"
#include "tests/support/reporttestdata.h"
#include "ui/reports/reportpage.h"
#include "ui/reports/reporttemplatedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class ReportPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheMonthAndFollowsTheGrid();
    void templateDialogChangesTheReport();
    void byAreaFollowsTheChoices();
    void gridWorkerSeesOwnGridOnly();

private:
    QTemporaryDir m_settings;
};

void ReportPageTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void ReportPageTest::showsTheMonthAndFollowsTheGrid()
{
    TestDatabase db;
    QVERIFY(ReportTestData::fillOctober2026(db));
    ReportPage page(db.db(), testScope());
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setMonth(2026, 10);
    QCOMPARE(page.data().total.received, 6);
    QVERIFY(page.pageCount() >= 2);
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    // Hand count (ReportTestData): 6 received, 3 of them closed by October's end; 4 closed in October.
    QVERIFY2(status->text().contains(QStringLiteral(
                 "6 cases received, 3 of them resolved (50.0%), 4 resolved this month in all, 2 events.")),
             qPrintable(status->text()));

    // Choosing a grid with the keyboard narrows the report to it.
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    QCOMPARE(grid->count(), 3);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->currentText(), QStringLiteral("第二网格"));
    QCOMPARE(page.data().gridName, QStringLiteral("第二网格"));
    QCOMPARE(page.data().total.received, 2);
    QVERIFY(status->text().contains(QStringLiteral("2 cases received")));

    // Another month.
    page.setMonth(2026, 9);
    QCOMPARE(page.data().total.received, 0);
}

void ReportPageTest::templateDialogChangesTheReport()
{
    TestDatabase db;
    QVERIFY(ReportTestData::fillOctober2026(db));
    ReportPage page(db.db(), testScope());
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setMonth(2026, 10);
    const int withCharts = page.pageCount();

    bool handled = false;
    QTimer::singleShot(0, this, [&handled] {
        auto *dialog = qobject_cast<ReportTemplateDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        title->setFocus();
        title->selectAll();
        commitText(title, QStringLiteral("%1月报（%2）"));
        auto *preparedBy = dialog->findChild<QLineEdit *>(QStringLiteral("preparedBy"));
        preparedBy->setFocus();
        commitText(preparedBy, QStringLiteral("张丽"));
        auto *charts = dialog->findChild<QCheckBox *>(QStringLiteral("charts"));
        QVERIFY(charts->isChecked());
        QTest::mouseClick(charts, Qt::LeftButton, {}, QPoint(5, charts->height() / 2));
        QVERIFY(!charts->isChecked());
        handled = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page.editTemplate();
    QVERIFY(handled);
    const ReportTemplate saved = ReportTemplate::load();
    QCOMPARE(saved.title, QStringLiteral("%1月报（%2）"));
    QCOMPARE(saved.preparedBy, QStringLiteral("张丽"));
    QVERIFY(!saved.charts);
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("测试社区月报（2026-10）")), qPrintable(status->text()));
    QVERIFY(page.pageCount() < withCharts);
}

void ReportPageTest::byAreaFollowsTheChoices()
{
    TestDatabase db;
    QVERIFY(ReportTestData::fillOctober2026(db));
    {
        ReportPage page(db.db(), testScope());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMonth(2026, 10);
        QVERIFY(!page.byAreaBox()->isEnabled()); // no areas yet
    }
    Area east;
    east.code = QStringLiteral("P01");
    east.name = QStringLiteral("东片区");
    AreaStore areas(db.db(), testScope(QStringLiteral("tester")));
    QVERIFY(areas.saveArea(east).ok);
    QVERIFY(areas.setGridsOfArea(east.id, {db.gridA}).ok);

    ReportPage page(db.db(), testScope());
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setMonth(2026, 10);
    QCheckBox *box = page.byAreaBox();
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(ReportTemplate::load().byArea); // kept for the next report and the command line
    const MonthlyReport shown(page.data(), ReportTemplate::load());
    QCOMPARE(shown.gridRows().constFirst().constFirst(), QStringLiteral("东片区"));

    // One grid's report has no areas to sum; the whole community's has again.
    page.setGrid(db.gridB);
    QVERIFY(!box->isEnabled());
    page.setGrid(0);
    QVERIFY(box->isEnabled());
    QVERIFY(box->isChecked());
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!ReportTemplate::load().byArea);
}

// The worker of grid A: the grid choice offers A alone, and the report it previews holds A's
// figures only (3 of October's 6 cases, 1 of its 2 events).
void ReportPageTest::gridWorkerSeesOwnGridOnly()
{
    TestDatabase db;
    QVERIFY(ReportTestData::fillOctober2026(db));
    ReportPage page(db.db(), AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {db.gridA}));
    page.resize(1000, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setMonth(2026, 10);
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    QCOMPARE(grid->count(), 2); // the whole report (their grids), then 第一网格
    QCOMPARE(grid->findText(QStringLiteral("第二网格")), -1);
    auto *status = page.findChild<QLabel *>(QStringLiteral("reportStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("3 cases received")), qPrintable(status->text()));
    QCOMPARE(page.data().grids.size(), 1);
    QCOMPARE(page.data().grids.at(0).gridId, db.gridA);
    QCOMPARE(page.data().total.events, 1);

    // Choosing the one grid with the keyboard gives the same figures.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->currentText(), QStringLiteral("第一网格"));
    QCOMPARE(page.data().total.received, 3);
}

QTEST_MAIN(ReportPageTest)
#include "reportpage_test.moc"
