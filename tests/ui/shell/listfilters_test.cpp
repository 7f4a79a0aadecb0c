// The app remembers and the screen tells the truth, on the lists beyond the register (issue 24):
// a header filter opened with Alt+Down (Excel's key), ticked by keys, narrows the list in SQL; a
// saved view comes back after a reset; a new window of the same login filters as the last one
// did; a chart's filter is a chip that × removes. Driven on the cases and the events.
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casepage.h"
#include "ui/common/columnfilterheader.h"
#include "ui/common/filterchip.h"
#include "ui/common/savedviewsbar.h"
#include "ui/events/eventpage.h"
#include "ui/reports/dashboardpage.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class ListFiltersTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headerFilterByKeyboardNarrowsTheList_data();
    void headerFilterByKeyboardNarrowsTheList();
    void savedViewComesBackAfterAReset_data();
    void savedViewComesBackAfterAReset();
    void filtersComeBackInANewWindow();
    void chartFilterIsARemovableChip();

private:
    // Opens `column`'s dropdown with Alt+Down and keeps only the value labelled `label`, by keys.
    static void keepOnly(QTableView *table, int column, const QString &label, int expectedChoices);
    static QTableView *table(QWidget *page);
    QWidget *pageOf(MainWindow &window, const QString &which);

    std::unique_ptr<TestDatabase> m_t;
    QString m_category2;
    QString m_type2;
};

void ListFiltersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the desk's own settings stay untouched
    QCoreApplication::setApplicationName(QStringLiteral("listfilters_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
}

void ListFiltersTest::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestDatabase>();
    // Three cases: two of the first category, one of the second.
    CaseStore cases(m_t->db(), testScope());
    const auto categories = cases.categories();
    QVERIFY(categories.size() >= 2);
    m_category2 = categories.at(1).name;
    const QDateTime received(QDate::currentDate().addDays(-3), QTime(9, 0));
    for (int i = 0; i < 3; ++i) {
        CaseIntake in;
        in.source = QStringLiteral("patrol");
        in.categoryId = categories.at(i == 2 ? 1 : 0).id;
        in.buildingId = m_t->buildingA1;
        in.receivedAt = received.addSecs(60 * i);
        in.description = QStringLiteral("路灯不亮");
        QVERIFY(cases.intake(in).ok);
    }
    // Three events this month: two of the first type, one of the second, one of them in grid A.
    EventStore events(m_t->db(), testScope());
    const auto types = events.types();
    QVERIFY(types.size() >= 2);
    m_type2 = types.at(1).name;
    const QDate day = QDate::currentDate().addDays(-1);
    for (int i = 0; i < 3; ++i) {
        Event e;
        e.title = QStringLiteral("活动%1").arg(i);
        e.typeId = types.at(i == 2 ? 1 : 0).id;
        e.gridId = i == 0 ? m_t->gridA : 0;
        e.startsAt = QDateTime(day, QTime(9 + i, 0));
        e.endsAt = QDateTime(day, QTime(10 + i, 0));
        QVERIFY(events.save(e).ok);
    }
}

void ListFiltersTest::cleanup()
{
    m_t.reset();
}

QTableView *ListFiltersTest::table(QWidget *page)
{
    if (auto *cases = qobject_cast<CasePage *>(page))
        return cases->view();
    return qobject_cast<EventPage *>(page)->view();
}

QWidget *ListFiltersTest::pageOf(MainWindow &window, const QString &which)
{
    QWidget *page = which == QLatin1String("cases") ? static_cast<QWidget *>(window.page<CasePage>())
                                                    : static_cast<QWidget *>(window.page<EventPage>());
    window.navigation()->setCurrentRow(window.pages()->indexOf(page));
    return page;
}

void ListFiltersTest::keepOnly(QTableView *table, int column, const QString &label, int expectedChoices)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, column));
    const bool seen = GuiTest::withDialog(
        [&] { QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier); },
        [&](QDialog *d) {
            auto *all = d->findChild<QCheckBox *>(QStringLiteral("filterAll"));
            auto *values = d->findChild<QListWidget *>(QStringLiteral("filterValues"));
            QVERIFY(all && values);
            // Only the values the list holds, read in SQL.
            QCOMPARE(values->count(), expectedChoices);
            all->setFocus();
            QTest::keyClick(all, Qt::Key_Space); // none ticked
            values->setFocus();
            QTest::keyClick(values, Qt::Key_Home);
            while (values->currentItem()->text() != label && values->currentRow() < values->count() - 1)
                QTest::keyClick(values, Qt::Key_Down);
            QCOMPARE(values->currentItem()->text(), label);
            QTest::keyClick(values, Qt::Key_Space);
            QTest::keyClick(values, Qt::Key_Return); // OK
        });
    QVERIFY(seen);
}

void ListFiltersTest::headerFilterByKeyboardNarrowsTheList_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("cases") << QStringLiteral("cases");
    QTest::newRow("events") << QStringLiteral("events");
}

void ListFiltersTest::headerFilterByKeyboardNarrowsTheList()
{
    QFETCH(QString, which);
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *page = pageOf(window, which);
    QTableView *view = table(page);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    const bool cases = which == QLatin1String("cases");
    const int column = cases ? int(CaseTableModel::Category) : int(EventTableModel::Type);
    keepOnly(view, column, cases ? m_category2 : m_type2, 2);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    // The column says it is filtered.
    QVERIFY(view->model()->headerData(column, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    // Its "Clear filter" gives every row back.
    view->setCurrentIndex(view->model()->index(0, column));
    const bool seen = GuiTest::withDialog(
        [&] { QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier); },
        [](QDialog *d) {
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("clearFilter")), Qt::LeftButton);
        });
    QVERIFY(seen);
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

void ListFiltersTest::savedViewComesBackAfterAReset_data()
{
    headerFilterByKeyboardNarrowsTheList_data();
}

void ListFiltersTest::savedViewComesBackAfterAReset()
{
    QFETCH(QString, which);
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *page = pageOf(window, which);
    QTableView *view = table(page);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    const bool cases = which == QLatin1String("cases");
    const int column = cases ? int(CaseTableModel::Category) : int(EventTableModel::Type);
    keepOnly(view, column, cases ? m_category2 : m_type2, 2);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->hideColumn(column + 1); // the view holds its columns too

    auto *bar = page->findChild<SavedViewsBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->saveAs(QStringLiteral("第二类")), QString());
    // Reset: the filter cleared, the column shown again.
    ColumnFilterHeader::of(view)->clearAll();
    view->showColumn(column + 1);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    {
        const QSignalBlocker quiet(bar->combo());
        bar->combo()->setCurrentIndex(0);
    }

    // Opened from the combo by keys: the filter and the columns are back.
    const qint64 id = bar->combo()->itemData(bar->combo()->findText(QStringLiteral("第二类"))).toLongLong();
    GuiTest::chooseByKeyboard(bar->combo(), id);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->isColumnHidden(column + 1));
}

void ListFiltersTest::filtersComeBackInANewWindow()
{
    {
        MainWindow window(m_t->db(), testScope());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &which : {QStringLiteral("cases"), QStringLiteral("events")}) {
            QTableView *view = table(pageOf(window, which));
            QTRY_COMPARE(view->model()->rowCount(), 3);
            const bool cases = which == QLatin1String("cases");
            keepOnly(view, cases ? int(CaseTableModel::Category) : int(EventTableModel::Type),
                     cases ? m_category2 : m_type2, 2);
            QTRY_COMPARE(view->model()->rowCount(), 1);
        }
        window.close();
    }
    // A new window of the same login: both lists filtered as they were.
    {
        MainWindow window(m_t->db(), testScope());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &which : {QStringLiteral("cases"), QStringLiteral("events")})
            QTRY_COMPARE(table(pageOf(window, which))->model()->rowCount(), 1);
        window.close();
    }
    // Another login's window is unfiltered.
    {
        MainWindow window(m_t->db(), testScope(QStringLiteral("li")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &which : {QStringLiteral("cases"), QStringLiteral("events")})
            QTRY_COMPARE(table(pageOf(window, which))->model()->rowCount(), 3);
    }
}

void ListFiltersTest::chartFilterIsARemovableChip()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dashboard = window.page<DashboardPage>();
    const QDate day = QDate::currentDate().addDays(-1);
    const QDate first(day.year(), day.month(), 1);

    // A grid's share of a month in the events chart: the events page, filtered, says so in a chip.
    emit dashboard->showEvents(m_t->gridA, first, first.addMonths(1).addDays(-1));
    auto *events = qobject_cast<EventPage *>(window.pages()->currentWidget());
    QVERIFY(events);
    FilterChip *chip = events->filterChip();
    QTRY_COMPARE(events->view()->model()->rowCount(), 1);
    QVERIFY(chip->isVisible());
    QVERIFY2(chip->filterText().contains(QStringLiteral("第一网格")), qPrintable(chip->filterText()));
    // Its × removes the filter: every event again.
    QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
    QVERIFY(!chip->isVisible());
    QTRY_COMPARE(events->view()->model()->rowCount(), 3);

    // The cases of a grid from the cases chart: a chip too, and Backspace on it removes it.
    emit dashboard->showCases(m_t->gridB, QDate(), QDate(), QString(), 0);
    auto *cases = qobject_cast<CasePage *>(window.pages()->currentWidget());
    QVERIFY(cases);
    QTRY_COMPARE(cases->model()->rowCount(), 0);
    QVERIFY(cases->filterChip()->isVisible());
    cases->filterChip()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(cases->filterChip()->hasFocus());
    QTest::keyClick(cases->filterChip(), Qt::Key_Backspace);
    QVERIFY(!cases->filterChip()->isVisible());
    QTRY_COMPARE(cases->model()->rowCount(), 3);
}

QTEST_MAIN(ListFiltersTest)
#include "listfilters_test.moc"
