// The window opens on the register alone: every other page is made when first shown, so a large
// register without planner statistics (as an import may leave it) does not hold the window up.
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"
#include "ui/access/auditpage.h"
#include "ui/birthdays/birthdaypage.h"
#include "ui/cases/casepage.h"
#include "ui/grids/gridpage.h"
#include "ui/register/registerpage.h"
#include "ui/reports/dashboardpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/visits/visitspage.h"

#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyTheRegisterUntilNavigated();
    void askingForAPageMakesIt();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void MainWindowTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                      {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    if (!testingOnServer()) {
        // As an import leaves it: no planner statistics.
        SqlQuery(m_t->db(), QStringLiteral("DROP TABLE IF EXISTS sqlite_stat1")).exec();
        QCOMPARE(SqlQuery(m_t->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
                     .scalar()
                     .toInt(),
                 0);
    }
}

void MainWindowTest::cleanup()
{
    m_t.reset();
}

void MainWindowTest::onlyTheRegisterUntilNavigated()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The navigation is complete, but only the register exists.
    QListWidget *nav = window.navigation();
    QCOMPARE(nav->count(), window.pages()->count());
    QVERIFY(nav->findItems(QStringLiteral("Visits"), Qt::MatchExactly).size() == 1);
    QVERIFY(window.findChild<RegisterPage *>());
    QCOMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(window.registerPage()));
    QVERIFY(!window.findChild<VisitsPage *>());
    QVERIFY(!window.findChild<CasePage *>());
    QVERIFY(!window.findChild<GridPage *>());
    QVERIFY(!window.findChild<BirthdayPage *>());
    QVERIFY(!window.findChild<DashboardPage *>());
    QVERIFY(!window.findChild<AuditPage *>());
    for (int row = 1; row < nav->count(); ++row)
        QVERIFY(!window.isPageMade(row));

    // Clicking "Visits" makes that page, and that page only, and shows it.
    const int row = nav->row(nav->findItems(QStringLiteral("Visits"), Qt::MatchExactly).constFirst());
    const QRect rect = nav->visualItemRect(nav->item(row));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    auto *visits = window.findChild<VisitsPage *>();
    QVERIFY(visits);
    QCOMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(visits));
    QCOMPARE(window.pages()->indexOf(visits), row);
    QVERIFY(!window.findChild<CasePage *>());
    QVERIFY(window.isVisible());
    // Back and forth again: the same page, not a second one.
    nav->setCurrentRow(0);
    nav->setCurrentRow(row);
    QCOMPARE(window.findChildren<VisitsPage *>().size(), 1);
    QCOMPARE(window.pages()->count(), nav->count());
}

void MainWindowTest::askingForAPageMakesIt()
{
    MainWindow window(m_t->db(), testScope());
    QVERIFY(!window.findChild<CasePage *>());
    CasePage *cases = window.page<CasePage>();
    QVERIFY(cases);
    QCOMPARE(window.page<CasePage>(), cases);
    const int row = window.pages()->indexOf(cases);
    QCOMPARE(window.navigation()->item(row)->text(), QStringLiteral("Cases"));
    QVERIFY(window.isPageMade(row));
    // Still on the register: making a page does not show it.
    QCOMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(window.registerPage()));
    QCOMPARE(window.pages()->count(), window.navigation()->count());
    QVERIFY(window.gridPage());
    QCOMPARE(window.gridPage()->parentWidget(), window.pages());
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
