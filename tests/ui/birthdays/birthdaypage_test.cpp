#include "ui/birthdays/birthdaypage.h"

#include "models/access/accessscope.h"
#include "models/birthdays/birthdaylistmodel.h"
#include "models/birthdays/birthdaypartystore.h"
#include "models/birthdays/birthdaypreferences.h"
#include "models/birthdays/birthdayquery.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/birthdays/birthdaypartydialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using Model = BirthdayListModel;

class BirthdayPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheMonth();
    void monthButtons();
    void filtersAndGrouping();
    void minimumAgeAndColumns();
    void exports();
    void recordPartyThroughTheDialog();
    void partyDialogRefusesAFutureDate();
    void residentCalendarFromTheContextMenu();
    void printPreviewPaints();
    void mainWindowHasThePage();
    void viewerRecordsNoParty();
    void clerkRecordsParties();

private:
    QString artifact(const QString &name) const;
    // A page built for the account, showing September 2025.
    std::unique_ptr<BirthdayPage> pageFor(const AccessScope &scope);
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<BirthdayPage> m_page;
    QTemporaryDir m_dir;
    qint64 m_alone = 0, m_eighty = 0, m_hundred = 0, m_plain = 0;
};

QString BirthdayPageTest::artifact(const QString &name) const
{
    // CD_SCREENSHOT_DIR keeps the pictures for a person to look at.
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    return dir.isEmpty() ? m_dir.filePath(name) : QDir(dir).filePath(name);
}

void BirthdayPageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep the desk's real settings out of it
    QVERIFY(m_dir.isValid());
}

void BirthdayPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    BirthdayTestData data(*m_t);
    m_plain = data.add(QStringLiteral("张建国"), QDate(1952, 9, 3), 0, {}, QStringLiteral("13812345678"));
    m_alone =
        data.add(QStringLiteral("李桂兰"), QDate(1948, 9, 25), 0,
                 {QStringLiteral("living_alone"), QStringLiteral("empty_nest")}, QStringLiteral("13987654321"), false);
    m_eighty = data.add(QStringLiteral("王淑珍"), QDate(1945, 9, 10), m_t->buildingA2, {QStringLiteral("disabled")},
                        QStringLiteral("010-62345678"), false);
    m_hundred = data.add(QStringLiteral("赵福"), QDate(1925, 9, 18), m_t->buildingB1);
    data.add(QStringLiteral("孙立"), QDate(1955, 9, 1), m_t->buildingB1, {QStringLiteral("living_alone")});
    data.add(QStringLiteral("周十月"), QDate(1950, 10, 8), m_t->buildingB1);
    m_page = std::make_unique<BirthdayPage>(m_t->db(), testScope());
    m_page->resize(1360, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setRevealNumbers(false);
    m_page->findChild<QSpinBox *>(QStringLiteral("birthdayMinAge"))->setValue(60);
    m_page->setMonth(2025, 9);
}

void BirthdayPageTest::cleanup()
{
    resetTestScope();
    m_page.reset();
    m_t.reset();
}

void BirthdayPageTest::showsTheMonth()
{
    Model *model = m_page->model();
    QCOMPARE(model->year(), 2025);
    QCOMPARE(model->month(), 9);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->entry(0)->name, QStringLiteral("孙立")); // living alone first
    QCOMPARE(model->entry(1)->name, QStringLiteral("李桂兰"));
    const QString heading = m_page->findChild<QLabel *>(QStringLiteral("birthdayHeading"))->text();
    QVERIFY2(heading.contains(QStringLiteral("September 2025")), qPrintable(heading));
    const QString counts = m_page->findChild<QLabel *>(QStringLiteral("birthdayCounts"))->text();
    QVERIFY2(counts.contains(QStringLiteral("80 and over: 2")), qPrintable(counts));
    QVERIFY(counts.contains(QStringLiteral("100 and over: 1")));
    QVERIFY(counts.contains(QStringLiteral("living alone: 2")));
    // The card follows the chosen month (not this month): 1–7 September holds 孙立 (1st) and
    // 张建国 (3rd); October's first week nobody (周十月 is on the 8th).
    auto *upcoming = m_page->findChild<QLabel *>(QStringLiteral("upcomingBirthdays"));
    QVERIFY2(upcoming->text().contains(QStringLiteral(">2<")), qPrintable(upcoming->text()));
    QVERIFY2(upcoming->text().contains(QStringLiteral("09-01 – 09-07")), qPrintable(upcoming->text()));
    QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("nextMonth")), Qt::LeftButton);
    QTRY_VERIFY2(upcoming->text().contains(QStringLiteral("10-01 – 10-07")), qPrintable(upcoming->text()));
    QVERIFY2(upcoming->text().contains(QStringLiteral(">0<")), qPrintable(upcoming->text()));
    // This month: the next 7 days from today.
    const QDate today = QDate::currentDate();
    m_page->setMonth(today.year(), today.month());
    QTRY_VERIFY2(upcoming->text().contains(QStringLiteral("next 7 days")), qPrintable(upcoming->text()));
    QVERIFY(upcoming->text().contains(
        QStringLiteral(">%1<").arg(BirthdayQuery(m_t->db(), testScope()).upcomingCount(today))));
    m_page->setMonth(2025, 9);
    QVERIFY(m_page->view()->isColumnHidden(Model::NominalAge));
    const QModelIndex phone = model->index(model->rowOfResident(m_plain), Model::Phone);
    QCOMPARE(phone.data().toString(), QStringLiteral("138****5678"));
    QVERIFY(m_page->grab().save(artifact(QStringLiteral("birthdaypage.png"))));
}

void BirthdayPageTest::monthButtons()
{
    auto *next = m_page->findChild<QToolButton *>(QStringLiteral("nextMonth"));
    auto *previous = m_page->findChild<QToolButton *>(QStringLiteral("previousMonth"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_page->model()->month(), 10);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->entry(0)->name, QStringLiteral("周十月"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_page->model()->month(), 8);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY(!m_page->pageActions().at(1)->isEnabled()); // nothing to print
    auto *month = m_page->findChild<QDateEdit *>(QStringLiteral("birthdayMonth"));
    month->setDate(QDate(2025, 9, 1));
    QCOMPARE(m_page->model()->rowCount(), 5);
    QVERIFY(m_page->pageActions().at(1)->isEnabled());
}

void BirthdayPageTest::filtersAndGrouping()
{
    auto *grid = m_page->findChild<QComboBox *>(QStringLiteral("birthdayGrid"));
    grid->setCurrentIndex(grid->findData(m_t->gridB));
    QCOMPARE(m_page->model()->rowCount(), 2);
    grid->setCurrentIndex(0);
    auto *tag = m_page->findChild<QComboBox *>(QStringLiteral("birthdayTag"));
    tag->setCurrentIndex(tag->findText(QStringLiteral("独居")));
    QCOMPARE(m_page->model()->rowCount(), 2);
    tag->setCurrentIndex(0);

    auto *group = m_page->findChild<QCheckBox *>(QStringLiteral("groupByGrid"));
    QTest::mouseClick(group, Qt::LeftButton);
    QVERIFY(group->isChecked());
    QCOMPARE(m_page->model()->rowCount(), 7);
    QTableView *view = m_page->view();
    QCOMPARE(view->columnSpan(0, 0), int(Model::ColumnCount));
    QCOMPARE(view->columnSpan(1, 0), 1);
    QVERIFY(m_page->model()->isGroupRow(4));
    QCOMPARE(view->columnSpan(4, 0), int(Model::ColumnCount));
    QVERIFY(m_page->grab().save(artifact(QStringLiteral("birthdaypage-grouped.png"))));
    QTest::mouseClick(group, Qt::LeftButton);
    QCOMPARE(view->columnSpan(0, 0), 1);
}

void BirthdayPageTest::minimumAgeAndColumns()
{
    auto *age = m_page->findChild<QSpinBox *>(QStringLiteral("birthdayMinAge"));
    age->setValue(80);
    QCOMPARE(m_page->model()->rowCount(), 2);
    age->setValue(60);
    auto *nominal = m_page->findChild<QCheckBox *>(QStringLiteral("showNominalAge"));
    nominal->setChecked(true);
    QVERIFY(!m_page->view()->isColumnHidden(Model::NominalAge));
    auto *reveal = m_page->findChild<QCheckBox *>(QStringLiteral("birthdayRevealPhones"));
    reveal->setChecked(true);
    const QModelIndex phone = m_page->model()->index(m_page->model()->rowOfResident(m_plain), Model::Phone);
    QCOMPARE(phone.data().toString(), QStringLiteral("13812345678"));
    auto *calendar = m_page->findChild<QComboBox *>(QStringLiteral("birthdayCalendar"));
    calendar->setCurrentIndex(calendar->findData(int(BirthdayRules::Calendar::Lunar)));
    QCOMPARE(m_page->model()->defaultCalendar(), BirthdayRules::Calendar::Lunar);
    for (const BirthdayEntry &e : m_page->model()->entries())
        QCOMPARE(e.calendar, BirthdayRules::Calendar::Lunar);
    calendar->setCurrentIndex(calendar->findData(int(BirthdayRules::Calendar::Solar)));
    QCOMPARE(m_page->model()->rowCount(), 5);
}

void BirthdayPageTest::exports()
{
    for (const QString &name : {QStringLiteral("page.csv"), QStringLiteral("page.xlsx"), QStringLiteral("page.pdf")}) {
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(m_page->exportTo(path, &error), qPrintable(error));
        QVERIFY(QFile(path).size() > 100);
    }
    QFile csv(m_dir.filePath(QStringLiteral("page.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 6);
    QVERIFY(text.contains(QStringLiteral("138****5678")));
    QVERIFY(m_page->sheet(true).signInSheet().sections().size() == 2);
    // Every file is audited with its count of residents; the phones were masked, so no reveal row.
    SqlQuery audit(m_t->db(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                  "table_name = 'resident' AND after_json LIKE '%\"rows\":5%' AND after_json "
                                  "LIKE '%page.%'"));
    QCOMPARE(audit.scalar().toInt(), 3);
    QCOMPARE(
        SqlQuery(m_t->db(),
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND after_json LIKE '%page.%'"))
            .scalar()
            .toInt(),
        0);
}

// Record the party through the page's own action and dialog; next month lists who was missed.
void BirthdayPageTest::recordPartyThroughTheDialog()
{
    bool driven = false;
    QTimer::singleShot(0, this, [this, &driven] {
        auto *dialog = qobject_cast<BirthdayPartyDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setToday(QDate(2025, 9, 30));
        QCOMPARE(dialog->roster()->rowCount(), 5);
        dialog->findChild<QComboBox *>(QStringLiteral("partyGrid"))->setCurrentIndex(1); // 第一网格
        QCOMPARE(dialog->roster()->rowCount(), 3);
        // Tick "came" for the first row (李桂兰, living alone) by clicking its check box, as a clerk would.
        QTableWidget *roster = dialog->roster();
        QCOMPARE(roster->item(0, BirthdayPartyDialog::Name)->text(), QStringLiteral("李桂兰"));
        QStyleOptionViewItem option;
        option.initFrom(roster->viewport());
        option.rect = roster->visualItemRect(roster->item(0, BirthdayPartyDialog::Came));
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = roster->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, roster);
        QTest::mouseClick(roster->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(roster->item(0, BirthdayPartyDialog::Came)->checkState(), Qt::Checked);
        dialog->setOutcome(m_eighty, BirthdayParty::Outcome::Visited);
        dialog->findChild<QLineEdit *>(QStringLiteral("partyGift"))->setText(QStringLiteral("蛋糕"));
        dialog->findChild<QLineEdit *>(QStringLiteral("partyHost"))->setText(QStringLiteral("李网格员"));
        dialog->grab().save(artifact(QStringLiteral("birthdaypartydialog.png")));
        const BirthdayParty p = dialog->party();
        QCOMPARE(p.attendance.size(), 3);
        QCOMPARE(p.gridId, m_t->gridA);
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        driven = true;
    });
    m_page->recordParty();
    QVERIFY(driven);

    BirthdayPartyStore store(m_t->db(), testScope());
    const QList<BirthdayParty> parties = store.parties(QStringLiteral("2025-09"));
    QCOMPARE(parties.size(), 1);
    QCOMPARE(parties.constFirst().gift, QStringLiteral("蛋糕"));
    int absent = 0;
    for (const BirthdayParty::Attendance &a : parties.constFirst().attendance)
        absent += a.outcome == BirthdayParty::Outcome::Absent ? 1 : 0;
    QCOMPARE(absent, 1); // 张建国

    m_page->setMonth(2025, 10);
    QCOMPARE(m_page->model()->rowCount(), 2);
    const int row = m_page->model()->rowOfResident(m_plain);
    QVERIFY(row >= 0);
    QVERIFY(m_page->model()->entry(row)->isMissed());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("birthdayCounts"))->text().contains(QStringLiteral("missed")));
    QVERIFY(m_page->grab().save(artifact(QStringLiteral("birthdaypage-missed.png"))));
}

void BirthdayPageTest::partyDialogRefusesAFutureDate()
{
    BirthdayQuery query(m_t->db(), testScope());
    BirthdayPartyDialog dialog(m_t->db(), testScope(), 2025, 9, query.monthWithMissed(2025, 9), 0);
    dialog.setToday(QDate(2025, 9, 10));
    dialog.findChild<QDateEdit *>(QStringLiteral("partyDate"))->setDate(QDate(2025, 9, 20));
    dialog.accept();
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_t->count(QStringLiteral("birthday_party")), 0);
}

void BirthdayPageTest::residentCalendarFromTheContextMenu()
{
    QTableView *view = m_page->view();
    const int row = m_page->model()->rowOfResident(m_eighty);
    const QRect rect = view->visualRect(m_page->model()->index(row, Model::Name));
    QTimer::singleShot(0, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        menu->actions().at(0)->trigger(); // keep by the lunar date
        menu->close();
    });
    emit view->customContextMenuRequested(rect.center());
    QCOMPARE(BirthdayPreferences(m_t->db(), testScope()).residentCalendar(m_eighty),
             std::optional<BirthdayRules::Calendar>(BirthdayRules::Calendar::Lunar));
    // 1945-09-10 is 八月初五 of lunar 1945: kept on 26 September 2025 (八月初一 = 22 September)?
    const QDate kept = BirthdayRules::lunarBirthdayIn(QDate(1945, 9, 10), 2025, 9).isValid()
                           ? BirthdayRules::lunarBirthdayIn(QDate(1945, 9, 10), 2025, 9)
                           : BirthdayRules::lunarBirthdayIn(QDate(1945, 9, 10), 2025, 10);
    QVERIFY(kept.isValid());
    const int newRow = m_page->model()->rowOfResident(m_eighty);
    if (kept.month() == 9) {
        QVERIFY(newRow >= 0);
        QCOMPARE(m_page->model()->entry(newRow)->keptOn, kept);
        QVERIFY(m_page->model()->entry(newRow)->personalCalendar);
    } else {
        QCOMPARE(newRow, -1);
    }
}

void BirthdayPageTest::printPreviewPaints()
{
    bool shown = false;
    QTimer::singleShot(300, this, [this, &shown] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        shown = true;
        dialog->grab().save(artifact(QStringLiteral("birthdayprintpreview.png")));
        dialog->reject();
    });
    m_page->printPreviewPerGrid();
    QVERIFY(shown);
}

void BirthdayPageTest::mainWindowHasThePage()
{
    MainWindow window(m_t->db(), testScope());
    auto *page = window.page<BirthdayPage>(); // made on first use
    QVERIFY(page);
    const QList<QListWidgetItem *> items =
        window.navigation()->findItems(QStringLiteral("Birthdays"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    window.navigation()->setCurrentItem(items.constFirst());
    QCOMPARE(window.pages()->currentWidget(), page);
}

std::unique_ptr<BirthdayPage> BirthdayPageTest::pageFor(const AccessScope &scope)
{
    m_page.reset();
    setTestScope(scope);
    auto page = std::make_unique<BirthdayPage>(m_t->db(), testScope());
    page->resize(1360, 640);
    page->show();
    page->findChild<QSpinBox *>(QStringLiteral("birthdayMinAge"))->setValue(60);
    page->setMonth(2025, 9);
    return page;
}

// A viewer reads the month's list and prints it, but records no party and changes no
// resident's or office's birthday calendar.
void BirthdayPageTest::viewerRecordsNoParty()
{
    std::unique_ptr<BirthdayPage> page = pageFor(AccessScope(AccessScope::Role::Viewer, 1, QStringLiteral("viewer")));
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QCOMPARE(page->model()->rowCount(), 5);
    auto *record = page->findChild<QAction *>(QStringLiteral("recordParty"));
    QVERIFY(record);
    QVERIFY(page->pageActions().contains(record));
    QVERIFY(!record->isEnabled());
    QVERIFY(record->toolTip().contains(QStringLiteral("only view")));
    QVERIFY(page->pageActions().at(1)->isEnabled()); // printing stays
    QVERIFY(page->grab().save(artifact(QStringLiteral("birthdaypage-viewer.png"))));
    // Its tool button too, and changing the month does not enable it.
    for (QToolButton *b : page->findChildren<QToolButton *>())
        if (b->defaultAction() == record)
            QVERIFY(!b->isEnabled());
    page->setMonth(2025, 10);
    page->setMonth(2025, 9);
    QVERIFY(!record->isEnabled());
    QVERIFY(!GuiTest::opensDialog([&] { record->trigger(); }));
    QVERIFY(!GuiTest::opensDialog([&] { page->recordParty(); }));
    // Double click and Enter on a row open nothing.
    QTableView *view = page->view();
    const QRect rect = view->visualRect(page->model()->index(page->model()->rowOfResident(m_eighty), Model::Name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!GuiTest::opensDialog([&] { QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center()); }));
    QVERIFY(!GuiTest::opensDialog([&] { QTest::keyClick(view, Qt::Key_Return); }));
    QCOMPARE(m_t->count(QStringLiteral("birthday_party")), 0);

    // The context menu shows the calendar choices disabled; triggering one saves nothing.
    bool sawMenu = false;
    QTimer::singleShot(0, this, [&sawMenu] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        sawMenu = true;
        for (QAction *a : menu->actions())
            QVERIFY(!a->isEnabled());
        menu->actions().at(0)->trigger();
        menu->close();
    });
    emit view->customContextMenuRequested(rect.center());
    QVERIFY(sawMenu);
    QVERIFY(!BirthdayPreferences(m_t->db(), testScope()).residentCalendar(m_eighty).has_value());

    // Viewing by the lunar calendar leaves the office's default alone.
    const BirthdayRules::Calendar office = BirthdayPreferences(m_t->db(), testScope()).officeCalendar();
    auto *calendar = page->findChild<QComboBox *>(QStringLiteral("birthdayCalendar"));
    calendar->setCurrentIndex(calendar->currentIndex() == 0 ? 1 : 0);
    QVERIFY(page->model()->defaultCalendar() != office);
    QCOMPARE(BirthdayPreferences(m_t->db(), testScope()).officeCalendar(), office);
}

// For a clerk the same action is enabled and opens the party form.
void BirthdayPageTest::clerkRecordsParties()
{
    std::unique_ptr<BirthdayPage> page = pageFor(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("clerk")));
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto *record = page->findChild<QAction *>(QStringLiteral("recordParty"));
    QVERIFY(record);
    QVERIFY(record->isEnabled());
    QVERIFY(!record->toolTip().contains(QStringLiteral("only view")));
    QVERIFY(GuiTest::opensDialog([&] { record->trigger(); }));
}

QTEST_MAIN(BirthdayPageTest)
#include "birthdaypage_test.moc"
