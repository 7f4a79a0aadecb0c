// The app remembers (issue 24): what a clerk did to the register's columns (width, order, a hidden
// column, the sort), the window's size, the splitter, the page and the register's filters come
// back in a new window of the same login, and only of that login. Ctrl+P previews the list.
#include "models/register/residenttablemodel.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casepage.h"
#include "ui/register/registerpage.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class WindowMemoryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void layoutComesBackInANewWindow();
    void ctrlPPreviewsTheList();

private:
    static void drag(QWidget *widget, const QPoint &from, const QPoint &to);
    static void hideColumnFromHeaderMenu(QHeaderView *header, int column);

    std::unique_ptr<TestDatabase> m_t;
};

void WindowMemoryTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the desk's own settings stay untouched
    // The *_pg twin may run at the same time: a settings file of its own.
    QCoreApplication::setApplicationName(QStringLiteral("windowmemory_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
}

void WindowMemoryTest::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestDatabase>();
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                      {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)},
                       {QStringLiteral("李四"), TestDatabase::idFor(QDate(1980, 2, 2), false, 2)}});
    m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("102"),
                      {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1990, 3, 3), true, 3)}});
}

void WindowMemoryTest::cleanup()
{
    m_t.reset();
}

void WindowMemoryTest::drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    // In steps, as a hand moves: a header starts moving a section only after a few pixels.
    const int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / steps);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

void WindowMemoryTest::hideColumnFromHeaderMenu(QHeaderView *header, int column)
{
    // A right click on the header opens its menu of columns; untick the column.
    const QPoint at(header->sectionViewportPosition(column) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
    QAction *toggle = nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == title)
            toggle = action;
    QVERIFY2(toggle, qPrintable(title));
    QVERIFY(toggle->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(toggle).center());
    QTRY_VERIFY(header->isSectionHidden(column));
}

void WindowMemoryTest::layoutComesBackInANewWindow()
{
    using C = ResidentTableModel::Column;
    int genderWidth = 0, phoneVisual = 0;
    QList<int> splitterSizes;
    QSize windowSize;
    int casesRow = -1;
    {
        MainWindow window(m_t->db(), testScope());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1200, 760);
        QTableView *table = window.registerPage()->residentView();
        QHeaderView *header = table->horizontalHeader();

        // Widen 性别 by dragging its right edge.
        const int before = header->sectionSize(C::Gender);
        const int edge = header->sectionViewportPosition(C::Gender) + before - 1;
        const int y = header->height() / 2;
        drag(header->viewport(), QPoint(edge, y), QPoint(edge + 60, y));
        QTRY_VERIFY2(header->sectionSize(C::Gender) > before + 30,
                     qPrintable(QString::number(header->sectionSize(C::Gender))));
        genderWidth = header->sectionSize(C::Gender);

        // Move 电话 before 姓名 by dragging its header.
        QCOMPARE(header->visualIndex(C::Phone), int(C::Phone));
        const QPoint phone(header->sectionViewportPosition(C::Phone) + header->sectionSize(C::Phone) / 2, y);
        const QPoint name(header->sectionViewportPosition(C::Name) + 3, y);
        drag(header->viewport(), phone, name);
        QTRY_VERIFY(header->visualIndex(C::Phone) < int(C::Phone));
        phoneVisual = header->visualIndex(C::Phone);

        hideColumnFromHeaderMenu(header, C::Tags);

        // Sort by age: a click on its header.
        const QPoint age(header->sectionViewportPosition(C::Age) + header->sectionSize(C::Age) / 2, y);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, age);
        QTRY_COMPARE(header->sortIndicatorSection(), int(C::Age));

        // Narrow the address tree: drag the splitter's first handle.
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("registerSplitter"));
        QVERIFY(splitter);
        QSplitterHandle *handle = splitter->handle(1);
        const QList<int> sizesBefore = splitter->sizes();
        drag(handle, handle->rect().center(), handle->rect().center() + QPoint(90, 0));
        QTRY_VERIFY(splitter->sizes().constFirst() > sizesBefore.constFirst() + 40);
        splitterSizes = splitter->sizes();

        // The register filtered to grid B.
        auto *grid = window.registerPage()->findChild<QComboBox *>(QStringLiteral("gridFilter"));
        GuiTest::chooseByKeyboard(grid, m_t->gridB);
        QTRY_COMPARE(window.registerPage()->residentModel()->filter().gridId, m_t->gridB);

        // Then the clerk goes to the cases and closes the window.
        QListWidget *nav = window.navigation();
        casesRow = nav->row(nav->findItems(QStringLiteral("Cases"), Qt::MatchExactly).constFirst());
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(casesRow)).center());
        QTRY_VERIFY(qobject_cast<CasePage *>(window.pages()->currentWidget()));
        // where the open cases are wanted.
        auto *status = window.pages()->currentWidget()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        GuiTest::chooseByKeyboard(status, QStringLiteral("open"));
        // and a column of the case list hidden from its header's menu.
        auto *cases = window.pages()->currentWidget()->findChild<QTableView *>(QStringLiteral("caseTable"));
        QVERIFY(cases);
        hideColumnFromHeaderMenu(cases->horizontalHeader(), 1);
        windowSize = window.size();
        window.close();
    }

    // A new window of the same login: all of it as it was.
    {
        MainWindow window(m_t->db(), testScope());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.registerPage()->residentView()->horizontalHeader();
        QCOMPARE(header->sectionSize(C::Gender), genderWidth);
        QCOMPARE(header->visualIndex(C::Phone), phoneVisual);
        QVERIFY(header->isSectionHidden(C::Tags));
        QCOMPARE(header->sortIndicatorSection(), int(C::Age));
        QCOMPARE(window.size(), windowSize);
        QCOMPARE(window.navigation()->currentRow(), casesRow);
        QVERIFY(qobject_cast<CasePage *>(window.pages()->currentWidget()));
        QCOMPARE(window.pages()->currentWidget()->findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData(),
                 QVariant(QStringLiteral("open")));
        QVERIFY(window.pages()
                    ->currentWidget()
                    ->findChild<QTableView *>(QStringLiteral("caseTable"))
                    ->horizontalHeader()
                    ->isSectionHidden(1));
        QCOMPARE(window.registerPage()->residentModel()->filter().gridId, m_t->gridB);
        QCOMPARE(
            window.registerPage()->findChild<QComboBox *>(QStringLiteral("gridFilter"))->currentData().toLongLong(),
            m_t->gridB);
        QCOMPARE(window.registerPage()->residentModel()->rowCount(), 1);
        // The register is made at the start; its splitter comes back once it is shown again.
        window.navigation()->setCurrentRow(0);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("registerSplitter"));
        QTRY_COMPARE(splitter->sizes().constFirst(), splitterSizes.constFirst());
    }

    // Another login on the same desk finds the window as it comes.
    {
        MainWindow window(m_t->db(), testScope(QStringLiteral("li")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHeaderView *header = window.registerPage()->residentView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(C::Tags));
        QCOMPARE(header->visualIndex(C::Phone), int(C::Phone));
        QCOMPARE(window.navigation()->currentRow(), 0);
        QCOMPARE(window.registerPage()->residentModel()->filter().gridId, 0);
    }
}

void WindowMemoryTest::ctrlPPreviewsTheList()
{
    // Elderly birthdays this month and next, whichever month the birthdays page opens on.
    const QDate today = QDate::currentDate();
    m_t->addHousehold(
        m_t->buildingA2, QStringLiteral("1"), QStringLiteral("301"),
        {{QStringLiteral("赵奶奶"), TestDatabase::idFor(QDate(today.year() - 85, today.month(), 15), false, 7)},
         {QStringLiteral("钱爷爷"),
          TestDatabase::idFor(QDate(today.year() - 85, today.addMonths(1).month(), 15), true, 8)}});
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *table = window.registerPage()->residentView();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(window.currentList(), static_cast<QAbstractItemView *>(table));
    bool preview = false;
    QVERIFY(GuiTest::withDialog([&] { QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier); },
                                [&](QDialog *dialog) {
                                    preview = qobject_cast<QPrintPreviewDialog *>(dialog) != nullptr;
                                    QVERIFY(dialog->windowTitle().contains(QLatin1String("Household register")));
                                }));
    QVERIFY(preview);

    // The birthdays page prints its own sign-in sheet on Ctrl+P: the window leaves the key to it.
    QListWidget *nav = window.navigation();
    const int row = nav->row(nav->findItems(QStringLiteral("Birthdays"), Qt::MatchExactly).constFirst());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(row)).center());
    QTRY_COMPARE(window.pages()->currentIndex(), row);
    QVERIFY(window.printListAction()->shortcut().isEmpty());
    window.activateWindow(); // the closed preview had it
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString title;
    QVERIFY(
        GuiTest::withDialog([&] { QTest::keyClick(window.pages()->currentWidget(), Qt::Key_P, Qt::ControlModifier); },
                            [&](QDialog *dialog) { title = dialog->windowTitle(); }));
    QVERIFY2(!title.contains(QLatin1String("Birthdays")), qPrintable(title)); // the sheet's own title
    // Back on the register, Ctrl+P is the list's again.
    nav->setCurrentRow(0);
    QCOMPARE(window.printListAction()->shortcut(), QKeySequence(QKeySequence::Print));
}

QTEST_MAIN(WindowMemoryTest)
#include "windowmemory_test.moc"
