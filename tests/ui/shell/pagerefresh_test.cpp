// The screen tells the truth: a change made elsewhere (another page, a dialog, an import) shows
// on a page without the clerk reloading it, and a filter a list got from the map or a chart is a
// chip above the list that × or Backspace removes.
#include "models/register/residenttablemodel.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casepage.h"
#include "ui/common/filterchip.h"
#include "ui/grids/gridpage.h"
#include "ui/register/registerpage.h"
#include "ui/reports/dashboardpage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

class PageRefreshTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerShowsChangesMadeElsewhere();
    void buildingFromTheMapIsARemovableChip();
    void chartFilterOnTheCasesIsARemovableChip();

private:
    void add(qint64 building, const QString &room, const QString &name, int sequence);

    std::unique_ptr<TestDatabase> m_t;
};

void PageRefreshTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    add(m_t->buildingA1, QStringLiteral("101"), QStringLiteral("张三"), 1);
}

void PageRefreshTest::cleanup()
{
    m_t.reset();
}

void PageRefreshTest::add(qint64 building, const QString &room, const QString &name, int sequence)
{
    // RegisterStore's save, as the household dialog, an import or a merge commits it.
    QVERIFY(m_t->addHousehold(building, QStringLiteral("1"), room,
                              {{name, TestDatabase::idFor(QDate(1960, 1, 1), true, 10 * sequence)}}) > 0);
}

void PageRefreshTest::registerShowsChangesMadeElsewhere()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow(); // the menu's keys and shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ResidentTableModel *residents = window.registerPage()->residentModel();
    QTRY_COMPARE(residents->rowCount(), 1);

    // On screen: the new household's resident appears by itself.
    add(m_t->buildingB1, QStringLiteral("201"), QStringLiteral("李四"), 2);
    QTRY_COMPARE(residents->rowCount(), 2);

    // Away on the cases page (Alt+5) while a third is added; back on the register (Alt+1) it is there.
    QTest::keyClick(&window, Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<CasePage *>(window.pages()->currentWidget()));
    add(m_t->buildingA2, QStringLiteral("301"), QStringLiteral("王五"), 3);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QTRY_COMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(window.registerPage()));
    QTRY_COMPARE(residents->rowCount(), 3);
}

void PageRefreshTest::buildingFromTheMapIsARemovableChip()
{
    add(m_t->buildingB1, QStringLiteral("201"), QStringLiteral("李四"), 2);
    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow(); // the menu's keys and shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    RegisterPage *page = window.registerPage();
    FilterChip *chip = page->filterChip();
    QTRY_COMPARE(page->residentModel()->rowCount(), 2);
    QVERIFY(!chip->isVisible());

    // A building clicked on the map lists its residents, and says so in a chip.
    emit window.gridPage()->showBuildingHouseholds(m_t->buildingA1);
    QTRY_COMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(page));
    QTRY_COMPARE(page->residentModel()->rowCount(), 1);
    QVERIFY(chip->isVisible());
    QVERIFY2(chip->filterText().contains(QStringLiteral("Building")), qPrintable(chip->filterText()));
    // Its × removes the filter.
    QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
    QVERIFY(!chip->isVisible());
    QTRY_COMPARE(page->residentModel()->rowCount(), 2);

    // Backspace on the chip does the same.
    emit window.gridPage()->showBuildingHouseholds(m_t->buildingB1);
    QTRY_COMPARE(page->residentModel()->rowCount(), 1);
    QVERIFY(chip->isVisible());
    chip->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chip->hasFocus());
    QTest::keyClick(chip, Qt::Key_Backspace);
    QVERIFY(!chip->isVisible());
    QTRY_COMPARE(page->residentModel()->rowCount(), 2);
    QVERIFY(page->isAncestorOf(QApplication::focusWidget())); // the focus stays on the page
}

void PageRefreshTest::chartFilterOnTheCasesIsARemovableChip()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow(); // the menu's keys and shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dashboard = window.page<DashboardPage>();
    QVERIFY(dashboard);
    // A bar of the chart: grid A's cases resolved in October.
    emit dashboard->showCases(m_t->gridA, QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("resolved"), 0);
    auto *cases = qobject_cast<CasePage *>(window.pages()->currentWidget());
    QVERIFY(cases);
    FilterChip *chip = cases->filterChip();
    QVERIFY(chip->isVisible());
    auto *grid = cases->findChild<QComboBox *>(QStringLiteral("gridFilter"));
    auto *status = cases->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY2(chip->filterText().contains(grid->currentText()), qPrintable(chip->filterText()));
    QVERIFY(grid->currentIndex() > 0);
    QVERIFY(status->currentIndex() > 0);
    chip->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(chip->hasFocus());
    QTest::keyClick(chip, Qt::Key_Backspace);
    QVERIFY(!chip->isVisible());
    QCOMPARE(grid->currentIndex(), 0);
    QCOMPARE(status->currentIndex(), 0);

    // Choosing one of the chart's filters by hand ends the chip too.
    emit dashboard->showCases(m_t->gridA, QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("open"), 0);
    QVERIFY(chip->isVisible());
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Home);
    QCOMPARE(grid->currentIndex(), 0);
    QVERIFY(!chip->isVisible());
}

QTEST_MAIN(PageRefreshTest)
#include "pagerefresh_test.moc"
