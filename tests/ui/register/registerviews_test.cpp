// Saved views and column filters on the register (issue 24), by mouse and keys: the clerk filters
// by a column from its header's menu as in Excel, saves the filter under a name, resets the list
// and opens the view again from the combo; a colleague's page lists it too.
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/common/listlayoutmemory.h"
#include "ui/common/savedviewsbar.h"
#include "ui/register/registerpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class RegisterViewsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnFilterFromTheHeader();
    void columnFilterByAltDown();
    void savedViewReappliesItsFilter();
    void statusPickedInTheHeaderWins();
    void customFieldColumnShownAndFiltered();

private:
    // Right-clicks the header of `column` and clicks the menu's action named `name`.
    void headerMenuAction(int column, const QString &name);
    QStringList names() const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<RegisterPage> m_page;
};

void RegisterViewsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("registerviews_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
}

void RegisterViewsTest::init()
{
    QSettings().clear();
    m_t = std::make_unique<TestDatabase>();
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                      {{QStringLiteral("王老汉"), TestDatabase::idFor(QDate(1940, 1, 1), true, 1)},
                       {QStringLiteral("李奶奶"), TestDatabase::idFor(QDate(1942, 2, 2), false, 2)}});
    m_t->addHousehold(m_t->buildingA2, QStringLiteral("1"), QStringLiteral("201"),
                      {{QStringLiteral("王小明"), TestDatabase::idFor(QDate(2001, 3, 3), true, 3)}});
    m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("102"),
                      {{QStringLiteral("王大爷"), TestDatabase::idFor(QDate(1938, 4, 4), true, 4)},
                       {QStringLiteral("赵丽"), TestDatabase::idFor(QDate(1990, 5, 5), false, 5)}});
    m_page = std::make_unique<RegisterPage>(m_t->db(), testScope());
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // As the window does: the list is remembered, which gives its header the menu.
    QVERIFY(ListLayoutMemory::attach(m_page->residentView(), QStringLiteral("test/register")));
}

void RegisterViewsTest::cleanup()
{
    m_page.reset();
    m_t.reset();
}

QStringList RegisterViewsTest::names() const
{
    QStringList list;
    ResidentTableModel *model = m_page->residentModel();
    for (int r = 0; r < model->rowCount(); ++r)
        list << model->index(r, ResidentTableModel::Name).data().toString();
    list.sort();
    return list;
}

void RegisterViewsTest::headerMenuAction(int column, const QString &name)
{
    QHeaderView *header = m_page->residentView()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + 5, header->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &event);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QAction *action = menu->findChild<QAction *>(name);
    QVERIFY2(action, qPrintable(name));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
}

void RegisterViewsTest::columnFilterFromTheHeader()
{
    using C = ResidentTableModel::Column;
    QCOMPARE(m_page->residentModel()->rowCount(), 5);
    // 姓名 contains 王: typed into the column's filter, Enter.
    const auto typed = GuiTest::onNextDialog(this, [](QDialog *dialog) {
        auto *contains = dialog->findChild<QLineEdit *>(QStringLiteral("filterContains"));
        QVERIFY(contains);
        contains->setFocus();
        commitText(contains, QStringLiteral("王"));
        QTest::keyClick(contains, Qt::Key_Return);
    });
    headerMenuAction(C::Name, QStringLiteral("filterColumn"));
    QTRY_VERIFY(*typed);
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("王大爷"), QStringLiteral("王小明"), QStringLiteral("王老汉")}));
    // The filtered column's header says so.
    QVERIFY(m_page->residentModel()->headerData(C::Name, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());

    // Grid: untick grid B in the list of values (Space on it), OK.
    const auto picked = GuiTest::onNextDialog(this, [this](QDialog *dialog) {
        auto *values = dialog->findChild<QListWidget *>(QStringLiteral("filterValues"));
        QVERIFY(values);
        QCOMPARE(values->count(), 2);
        values->setFocus();
        values->setCurrentRow(0);
        QTest::keyClick(values, Qt::Key_Down);
        QCOMPARE(values->currentItem()->data(Qt::UserRole).toString(), QString::number(m_t->gridB));
        QTest::keyClick(values, Qt::Key_Space);
        QCOMPARE(values->currentItem()->checkState(), Qt::Unchecked);
        QTest::keyClick(values, Qt::Key_Return); // the dialog's OK
        QVERIFY(!dialog->isVisible());
    });
    headerMenuAction(C::Grid, QStringLiteral("filterColumn"));
    QTRY_VERIFY(*picked);
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("王小明"), QStringLiteral("王老汉")}));

    // Clearing the name's filter from the same menu.
    headerMenuAction(C::Name, QStringLiteral("clearColumnFilter"));
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("李奶奶"), QStringLiteral("王小明"), QStringLiteral("王老汉")}));
}

void RegisterViewsTest::columnFilterByAltDown()
{
    using C = ResidentTableModel::Column;
    QCOMPARE(m_page->residentModel()->rowCount(), 5);
    // As on the other lists: the current cell's column, Alt+Down, untick grid B, Enter.
    QTableView *table = m_page->residentView();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, C::Name));
    for (int c = C::Name; c < C::Grid; ++c)
        if (!table->isColumnHidden(c + 1))
            QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), int(C::Grid));
    const auto picked = GuiTest::onNextDialog(this, [this](QDialog *dialog) {
        auto *values = dialog->findChild<QListWidget *>(QStringLiteral("filterValues"));
        QVERIFY(values);
        values->setFocus();
        values->setCurrentRow(0);
        QTest::keyClick(values, Qt::Key_Down);
        QCOMPARE(values->currentItem()->data(Qt::UserRole).toString(), QString::number(m_t->gridB));
        QTest::keyClick(values, Qt::Key_Space);
        QTest::keyClick(values, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(*picked);
    QTRY_COMPARE(m_page->residentModel()->rowCount(), 3);
    // Kept in the page's view state like a filter chosen from the header's menu.
    QVERIFY(m_page->viewState().contains(QStringLiteral("\"columnFilters\":[{")));
}

void RegisterViewsTest::savedViewReappliesItsFilter()
{
    using C = ResidentTableModel::Column;
    // 80+ in grid A, name filtered, the tags column hidden: the clerk's list.
    auto *minAge = m_page->findChild<QSpinBox *>(QStringLiteral("minAge"));
    minAge->setFocus();
    minAge->selectAll();
    QTest::keyClicks(minAge, QStringLiteral("80"));
    QTRY_COMPARE(m_page->residentModel()->filter().minAge, 80);
    auto *grid = m_page->findChild<QComboBox *>(QStringLiteral("gridFilter"));
    GuiTest::chooseByKeyboard(grid, m_t->gridA);
    const auto typed = GuiTest::onNextDialog(this, [](QDialog *dialog) {
        auto *contains = dialog->findChild<QLineEdit *>(QStringLiteral("filterContains"));
        contains->setFocus();
        commitText(contains, QStringLiteral("王"));
        QTest::keyClick(contains, Qt::Key_Return);
    });
    headerMenuAction(C::Name, QStringLiteral("filterColumn"));
    QTRY_VERIFY(*typed);
    m_page->residentView()->horizontalHeader()->hideSection(C::Tags);
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("王老汉")}));

    // Views → Save the current view…, named as the clerk would.
    const QString name = QStringLiteral("独居老人 80+ 第一网格");
    const auto saved = GuiTest::onNextDialog(this, [&name](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        commitText(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    auto *menuButton = m_page->findChild<QToolButton *>(QStringLiteral("savedViewsMenu"));
    QVERIFY(menuButton);
    QTimer::singleShot(50, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction *save = menu->findChild<QAction *>(QStringLiteral("saveView"));
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(save).center());
    });
    QTest::mouseClick(menuButton, Qt::LeftButton);
    QTRY_VERIFY(*saved);
    auto *views = m_page->findChild<QComboBox *>(QStringLiteral("savedViews"));
    QTRY_COMPARE(views->currentText(), name);

    // Reset: everyone again, every column.
    QPushButton *reset = nullptr;
    for (QPushButton *b : m_page->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Reset"))
            reset = b;
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    m_page->residentView()->horizontalHeader()->showSection(C::Tags);
    QTRY_COMPARE(names().size(), 5);
    QCOMPARE(minAge->value(), -1);

    // Choose the view from the combo with the keys: the filter, column filter and columns come back.
    views->setCurrentIndex(0);
    const qint64 id = views->itemData(views->findText(name)).toLongLong();
    GuiTest::chooseByKeyboard(views, id);
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("王老汉")}));
    QCOMPARE(minAge->value(), 80);
    QCOMPARE(grid->currentData().toLongLong(), m_t->gridA);
    QCOMPARE(m_page->residentModel()->filter().columns.size(), 1);
    QVERIFY(m_page->residentView()->horizontalHeader()->isSectionHidden(C::Tags));

    // A colleague's register offers the same view.
    RegisterPage other(m_t->db(), testScope(QStringLiteral("li")));
    auto *otherViews = other.findChild<QComboBox *>(QStringLiteral("savedViews"));
    QVERIFY(otherViews->findText(name) > 0);
}

void RegisterViewsTest::statusPickedInTheHeaderWins()
{
    // 赵丽 moved out: the list (living, by default) no longer shows her...
    const qint64 zhao = m_t->residentId(TestDatabase::idFor(QDate(1990, 5, 5), false, 5));
    QVERIFY(RegisterStore(m_t->db(), testScope())
                .changeStatus(zhao, QStringLiteral("moved_out"), QDate(2026, 11, 1), QString())
                .ok);
    m_page->reload();
    QTRY_COMPARE(names().size(), 4);
    // ...until the clerk ticks only "moved out" in the status column's filter.
    const auto picked = GuiTest::onNextDialog(this, [](QDialog *dialog) {
        auto *values = dialog->findChild<QListWidget *>(QStringLiteral("filterValues"));
        QVERIFY(values);
        values->setFocus();
        values->setCurrentRow(0);
        for (int row = 0; row < values->count(); ++row) {
            if (values->currentItem()->data(Qt::UserRole).toString() != QLatin1String("moved_out"))
                QTest::keyClick(values, Qt::Key_Space);
            QTest::keyClick(values, Qt::Key_Down);
        }
        QTest::keyClick(values, Qt::Key_Return);
    });
    headerMenuAction(ResidentTableModel::Status, QStringLiteral("filterColumn"));
    QTRY_VERIFY(*picked);
    QTRY_COMPARE(names(), QStringList{QStringLiteral("赵丽")});
}

// The office's own field is a column of the list (issue 25): hidden until shown from the
// header's menu, filtered from its header like the others, and kept in a saved view by its field.
void RegisterViewsTest::customFieldColumnShownAndFiltered()
{
    const QSqlDatabase db = m_t->db();
    SqlQuery field(db, QStringLiteral("INSERT INTO custom_field (entity, code, name, type) VALUES ('resident', "
                                      "'plate', '车牌号', 'text')"));
    QVERIFY(field.exec());
    const qint64 plate = field.lastInsertId();
    SqlQuery value(db, QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)"));
    QVERIFY(value.exec(plate, m_t->residentId(TestDatabase::idFor(QDate(1940, 1, 1), true, 1)),
                       QStringLiteral("苏A12345")));
    QVERIFY(value.exec(plate, m_t->residentId(TestDatabase::idFor(QDate(1990, 5, 5), false, 5)),
                       QStringLiteral("苏B77777")));
    // A page made now has the field's column, after the built-in ones, hidden.
    m_page = std::make_unique<RegisterPage>(db, testScope());
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(ListLayoutMemory::attach(m_page->residentView(), QStringLiteral("test/register2")));
    const int column = m_page->residentModel()->columnOfCustomField(plate);
    QCOMPARE(column, int(ResidentTableModel::ColumnCount));
    QHeaderView *header = m_page->residentView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(column));

    // Shown from the header's menu: its title is a column to tick.
    QHeaderView *h = header;
    const QPoint at(h->sectionViewportPosition(ResidentTableModel::Name) + 5, h->height() / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, h->viewport()->mapToGlobal(at));
    QApplication::sendEvent(h->viewport(), &event);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QAction *toggle = nullptr;
    QStringList titles;
    for (QAction *a : menu->actions()) {
        titles << a->text();
        if (a->text() == QStringLiteral("车牌号"))
            toggle = a;
    }
    QVERIFY2(toggle, qPrintable(titles.join(u',')));
    QVERIFY(!toggle->isChecked());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(toggle).center());
    QTRY_VERIFY(!header->isSectionHidden(column));
    QStringList plates;
    for (int r = 0; r < m_page->residentModel()->rowCount(); ++r)
        plates << m_page->residentModel()->index(r, column).data().toString();
    QVERIFY2(plates.contains(QStringLiteral("苏A12345")) && plates.contains(QStringLiteral("苏B77777")),
             qPrintable(plates.join(u',')));

    // Its header filters it: "contains" b77 (case as typed does not matter).
    const auto typed = GuiTest::onNextDialog(this, [](QDialog *dialog) {
        auto *contains = dialog->findChild<QLineEdit *>(QStringLiteral("filterContains"));
        QVERIFY(contains);
        contains->setFocus();
        commitText(contains, QStringLiteral("b77"));
        QTest::keyClick(contains, Qt::Key_Return);
    });
    headerMenuAction(column, QStringLiteral("filterColumn"));
    QTRY_VERIFY(*typed);
    QTRY_COMPARE(names(), QStringList{QStringLiteral("赵丽")});
    QCOMPARE(m_page->residentModel()->filter().columns.constFirst().customFieldId, plate);

    // A saved view keeps the condition by its field and brings it back.
    const QString state = m_page->viewState();
    headerMenuAction(column, QStringLiteral("clearColumnFilter"));
    QTRY_COMPARE(names().size(), 5);
    m_page->applyViewState(state);
    QTRY_COMPARE(names(), QStringList{QStringLiteral("赵丽")});
}

QTEST_MAIN(RegisterViewsTest)
#include "registerviews_test.moc"
