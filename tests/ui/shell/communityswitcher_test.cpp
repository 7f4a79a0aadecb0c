// A street account's window (issue 23): the title and status bar say which community is open,
// the status bar's switcher moves to another community (or the whole street) in one step and
// every page is made anew for it (the menus, backup actions and connections stay as they were);
// a community's own account gets no switcher. The street adds a community from the File menu.
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"
#include "ui/register/registerpage.h"
#include "ui/register/streetcommunitiesdialog.h"
#include "ui/shell/backupactions.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class CommunitySwitcherTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void streetAccountSwitchesInOneStep();
    void communityAccountHasNoSwitcher();
    void switchingLeavesNothingBehind();
    void addedCommunityJoinsTheSwitcher();

private:
    static int rows(MainWindow &window)
    {
        QAbstractItemModel *model = window.registerPage()->residentView()->model();
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        return model->rowCount();
    }
    std::unique_ptr<TestDatabase> m_t;
};

void CommunitySwitcherTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("communityswitcher_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
}

void CommunitySwitcherTest::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestDatabase>();
    const QSqlDatabase d = m_t->db();
    QVERIFY(SqlQuery(d, QStringLiteral("UPDATE community SET code = 'C01', street = '和平街道' WHERE id = 1")).exec());
    QVERIFY(SqlQuery(d, QStringLiteral("INSERT INTO community (id, name, code, street) VALUES (2, '东风社区', 'C02', "
                                       "'和平街道')"))
                .exec());
    SqlQuery grid(d, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (2, 'G01', '东风一网格')"));
    QVERIFY(grid.exec());
    SqlQuery compound(d, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (2, '东风里')"));
    QVERIFY(compound.exec());
    SqlQuery building(d, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, '1号楼')"));
    QVERIFY(building.exec(compound.lastInsertId(), grid.lastInsertId()));
    const qint64 buildingC = building.lastInsertId();
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                      {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)},
                       {QStringLiteral("李四"), TestDatabase::idFor(QDate(1980, 2, 2), false, 2)}});
    m_t->addHousehold(buildingC, QStringLiteral("1"), QStringLiteral("102"),
                      {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1990, 3, 3), true, 3)}});
}

void CommunitySwitcherTest::streetAccountSwitchesInOneStep()
{
    MainWindow window(m_t->db(), testScope()); // the test administrator: street level
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QStringLiteral("和平街道")));
    QComboBox *switcher = window.findChild<QComboBox *>(QStringLiteral("communitySwitcher"));
    QVERIFY(switcher);
    QCOMPARE(switcher, window.communitySwitcher());
    QCOMPARE(switcher->count(), 3); // the whole street, then each community
    QCOMPARE(switcher->currentData().toLongLong(), qint64(0));
    QTRY_COMPARE(rows(window), 3);

    // One step: pick 东风社区 with the keyboard; the pages are made anew for it.
    RegisterPage *before = window.registerPage();
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QTest::keyClick(switcher, Qt::Key_Down);
    QTRY_VERIFY(window.registerPage() != before);
    QCOMPARE(window.communitySwitcher()->currentText(), QStringLiteral("东风社区"));
    QVERIFY2(window.windowTitle().contains(QStringLiteral("东风社区")), qPrintable(window.windowTitle()));
    QTRY_COMPARE(rows(window), 1);

    // And back to the whole street.
    window.communitySwitcher()->setFocus();
    QTest::keyClick(window.communitySwitcher(), Qt::Key_Home);
    QTRY_COMPARE(window.communitySwitcher()->currentData().toLongLong(), qint64(0));
    QTRY_COMPARE(rows(window), 3);
}

void CommunitySwitcherTest::communityAccountHasNoSwitcher()
{
    AccessScope clerk(AccessScope::Role::Clerk, 7, QStringLiteral("clerk"));
    clerk.setCommunityIds({2});
    MainWindow window(m_t->db(), clerk);
    QVERIFY(!window.communitySwitcher());
    auto *label = window.findChild<QLabel *>(QStringLiteral("communityLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("东风社区")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("东风社区")));
    QCOMPARE(rows(window), 1);
    QVERIFY(!window.switchCommunity(1)); // another community's: refused
    QCOMPARE(rows(window), 1);
}

void CommunitySwitcherTest::switchingLeavesNothingBehind()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto count = [&window] {
        return std::tuple{window.findChildren<BackupActions *>().size(), window.findChildren<QMenu *>().size(),
                          window.findChildren<QUndoStack *>().size(), window.menuBar()->actions().size(),
                          window.findChildren<QAction *>(QStringLiteral("printList")).size()};
    };
    QCOMPARE(window.findChildren<BackupActions *>().size(), 1);
    const auto before = count();
    for (int i = 0; i < 6; ++i) {
        QVERIFY(window.switchCommunity(i % 2 ? 1 : 2));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    QVERIFY(window.switchCommunity(0));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // One backup object, the same menus and actions as at the start.
    QCOMPARE(window.findChildren<BackupActions *>().size(), 1);
    QCOMPARE(count(), before);
    // The Register menu holds the new register page's actions, once each.
    QMenu *reg = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(window.registerPage()->findAction()))
            reg = menu->menu();
    QVERIFY(reg);
    QCOMPARE(reg->actions().count(window.registerPage()->findAction()), 1);

    // A page change after all that is reported once, not once per switch.
    QSignalSpy shown(&window, &MainWindow::pageShown);
    window.navigation()->setCurrentRow(2);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.constFirst().constFirst().toInt(), 2);
    QTRY_COMPARE(rows(window), 3);
}

void CommunitySwitcherTest::addedCommunityJoinsTheSwitcher()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.communitySwitcher()->count(), 3);
    QAction *communities = window.findChild<QAction *>(QStringLiteral("streetCommunities"));
    QVERIFY(communities);
    // File → Communities of the street…: add 西风社区 by keyboard, close; the switcher offers it.
    bool added = false;
    QTimer::singleShot(0, &window, [&added] {
        auto *dialog = qobject_cast<StreetCommunitiesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("communityCode"));
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("C03"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("communityName"));
        name->setFocus();
        commitText(name, QStringLiteral("西风社区"));
        QTest::keyClick(name, Qt::Key_Return);
        added = dialog->changed();
        dialog->accept();
    });
    communities->trigger();
    QVERIFY(added);
    QVERIFY(window.communitySwitcher());
    QCOMPARE(window.communitySwitcher()->count(), 4);
    QVERIFY(window.communitySwitcher()->findText(QStringLiteral("西风社区")) > 0);

    // A community's administrator has no such menu entry.
    AccessScope boss(AccessScope::Role::Administrator, 7, QStringLiteral("boss"));
    boss.setCommunityIds({2});
    MainWindow bossWindow(m_t->db(), boss);
    QVERIFY(!bossWindow.findChild<QAction *>(QStringLiteral("streetCommunities")));
}

QTEST_MAIN(CommunitySwitcherTest)
#include "communityswitcher_test.moc"
