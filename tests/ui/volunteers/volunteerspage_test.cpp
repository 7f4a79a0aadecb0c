#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/servicerecordmodel.h"
#include "models/volunteers/servicerecords.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteertablemodel.h"
#include "models/volunteers/volunteerteam.h"
#include "models/workspace/workspace.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"
#include "ui/common/longwork.h"
#include "ui/volunteers/assigndialog.h"
#include "ui/volunteers/hoursdialog.h"
#include "ui/volunteers/rotagrid.h"
#include "ui/volunteers/shiftpatterndialog.h"
#include "ui/volunteers/volunteerdialog.h"
#include "ui/volunteers/volunteerrotatab.h"
#include "ui/volunteers/volunteerspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>

class VolunteersPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void assignThroughThePicker();
    void assignByDragAndDrop();
    void exportsRotaAndHours();
    void savesRotaToKeyBackByKeys();
    void demoWeek();
    void shiftPatternAndVolunteerForms();
    void attendanceAndHours();
    void viewerCannotEdit();
    void clerkCanEdit();
    void gridWorkerSeesOwnGridOnly();

private:
    QRect cellRect(int row, int column) const;
    void grab(const QString &name, QWidget *widget) const;
    // Builds a page for the signed-in account, on the rota's week, with a team and an assignment.
    std::unique_ptr<VolunteersPage> pageFor(const AccessScope &scope);
    // The edit buttons of every tab, by object name.
    QList<QPushButton *> editButtons(VolunteersPage *page) const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_d;
    std::unique_ptr<VolunteersPage> m_page;
    qint64 m_zhang = 0, m_li = 0, m_wang = 0;
    qint64 m_gateShift = 0, m_patrolShift = 0;
    const QDate m_monday = QDate(2026, 11, 23);
};

void VolunteersPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_d = std::make_unique<VolunteerTestData>(*m_t);
    m_zhang = m_d->volunteer(QStringLiteral("张三"));
    m_li = m_d->volunteer(QStringLiteral("李四"));
    m_wang = m_d->volunteer(QStringLiteral("王五"));
    const qint64 gate = m_d->post(QStringLiteral("门岗"), 2);
    const qint64 patrol = m_d->post(QStringLiteral("巡逻"), 1);
    const qint64 visit = m_d->post(QStringLiteral("探访"), 1);
    m_gateShift = m_d->shift(gate, m_monday.addDays(2), QTime(9, 0), QTime(11, 0), 2);      // Wednesday
    m_patrolShift = m_d->shift(patrol, m_monday.addDays(4), QTime(19, 0), QTime(21, 0), 1); // Friday
    // 王五 is busy at the gate's time elsewhere: the picker must say so.
    const qint64 busy = m_d->shift(visit, m_monday.addDays(2), QTime(10, 0), QTime(12, 0));
    QVERIFY(RosterStore(m_t->db(), testScope()).assign(busy, m_wang).ok);
    m_page = std::make_unique<VolunteersPage>(m_t->db(), testScope());
    m_page->resize(1200, 700);
    m_page->setWeek(m_monday);
    m_page->show();
    m_page->tabs()->setCurrentIndex(VolunteersPage::RotaTab);
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void VolunteersPageTest::cleanup()
{
    resetTestScope();
    m_page.reset();
    m_d.reset();
    m_t.reset();
}

// Types text with real key events; QTest::keyClicks() only knows ASCII.
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QRect VolunteersPageTest::cellRect(int row, int column) const
{
    RotaGrid *grid = m_page->rotaGrid();
    return grid->visualItemRect(grid->item(row, column));
}

void VolunteersPageTest::grab(const QString &name, QWidget *widget) const
{
    if (!qEnvironmentVariableIsEmpty("CD_VOL_SCREENSHOTS"))
        widget->grab().save(QStringLiteral("/tmp/vol-%1.png").arg(name));
}

void VolunteersPageTest::assignThroughThePicker()
{
    RotaGrid *grid = m_page->rotaGrid();
    const QPoint cell = grid->cellOfShift(m_gateShift);
    QVERIFY(cell.x() == 2);
    QVERIFY(!grid->item(cell.y(), cell.x())->text().contains(QStringLiteral("张三")));
    grab(QStringLiteral("rota-before"), m_page.get());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, cellRect(cell.y(), cell.x()).center());
    QCOMPARE(grid->currentRow(), cell.y());
    QCOMPARE(grid->currentColumn(), cell.x());

    bool sawConflict = false;
    bool assigned = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AssignDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        // 王五 is double booked: the picker says so.
        typeText(dialog->searchEdit(), QStringLiteral("王五"));
        QTableView *view = dialog->volunteerView();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        sawConflict = dialog->conflictLabel()->text().contains(QStringLiteral("already on"));
        QTest::mouseClick(dialog->assignButton(), Qt::LeftButton);
        QCOMPARE(dialog->assignedList()->count(), 0); // refused
        // 张三 is free.
        dialog->searchEdit()->clear();
        typeText(dialog->searchEdit(), QStringLiteral("张"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(0, 0)).center());
        QVERIFY(dialog->conflictLabel()->text().contains(QStringLiteral("Free")));
        grab(QStringLiteral("assign-dialog"), dialog);
        QTest::mouseClick(dialog->assignButton(), Qt::LeftButton);
        assigned =
            dialog->assignedList()->count() == 1 && dialog->assignedList()->item(0)->text() == QStringLiteral("张三");
        dialog->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("assignButton")), Qt::LeftButton);
    QVERIFY(sawConflict);
    QVERIFY(assigned);
    // The grid shows the new name, and the gap remains (the gate needs two).
    QVERIFY2(grid->item(cell.y(), cell.x())->text().contains(QStringLiteral("张三")),
             qPrintable(grid->item(cell.y(), cell.x())->text()));
    QVERIFY(grid->item(cell.y(), cell.x())->text().contains(QStringLiteral("1")));
    const std::optional<RosterStore::Shift> s = RosterStore(m_t->db(), testScope()).shift(m_gateShift);
    QCOMPARE(s->assignments.size(), 1);
    QCOMPARE(s->assignments.first().volunteerId, m_zhang);
    grab(QStringLiteral("rota-after"), m_page.get());
}

void VolunteersPageTest::assignByDragAndDrop()
{
    RotaGrid *grid = m_page->rotaGrid();
    QTableView *list = m_page->rotaVolunteerView();
    auto *model = qobject_cast<VolunteerTableModel *>(list->model());
    QVERIFY(model);
    const int row = model->rowOfVolunteer(m_li);
    QVERIFY(row >= 0);
    // What the list view puts into the drag when 李四's row is dragged.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(row, VolunteerTableModel::Name)}));
    QVERIFY(list->model()->flags(model->index(row, 0)) & Qt::ItemIsDragEnabled);
    const QPoint cell = grid->cellOfShift(m_patrolShift);
    const QPoint at = cellRect(cell.y(), cell.x()).center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &drop);
    QTRY_VERIFY2(grid->item(cell.y(), cell.x())->text().contains(QStringLiteral("李四")),
                 qPrintable(grid->item(cell.y(), cell.x())->text()));
    const std::optional<RosterStore::Shift> s = RosterStore(m_t->db(), testScope()).shift(m_patrolShift);
    QCOMPARE(s->assignments.size(), 1);
    QCOMPARE(s->assignments.first().volunteerId, m_li);
    // Dropping on an empty cell does nothing.
    const QPoint empty = cellRect(cell.y(), 0).center();
    QDragMoveEvent nowhere(empty, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(grid->viewport(), &nowhere);
    QVERIFY(!nowhere.isAccepted());
}

void VolunteersPageTest::exportsRotaAndHours()
{
    RosterStore store(m_t->db(), testScope());
    const qint64 a = store.assign(m_gateShift, m_zhang).id;
    QVERIFY(ServiceRecords(m_t->db(), testScope()).setAttendance(a, QStringLiteral("attended")).ok);
    m_page->setWeek(m_monday);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("rota.pdf"));
    QVERIFY(m_page->exportRotaPdf(pdf));
    const QString text = pdfText(pdf);
    if (!text.isNull()) {
        QVERIFY(text.contains(QStringLiteral("门岗")));
        QVERIFY(text.contains(QStringLiteral("张三")));
    }
    for (int tab = 0; tab < m_page->tabs()->count(); ++tab) {
        m_page->tabs()->setCurrentIndex(tab);
        grab(QStringLiteral("tab%1").arg(tab), m_page.get());
    }
}

void VolunteersPageTest::savesRotaToKeyBackByKeys()
{
    QVERIFY(RosterStore(m_t->db(), testScope()).assign(m_gateShift, m_zhang).ok);
    // A number the rota has no business printing: neither whole nor in part.
    SqlQuery phone(m_t->db(), QStringLiteral("UPDATE volunteer SET phone = ? WHERE id = ?"));
    QVERIFY(phone.exec(QStringLiteral("13912345678"), m_zhang));
    m_page->setWeek(m_monday);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rota to key back.pdf"));
    QList<QUrl> opened;
    LongWork::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QSignalSpy status(m_page->rotaTab(), &VolunteerRotaTab::statusMessage);
    const std::shared_ptr<GuiTest::LongWorkEnd> end = GuiTest::saveAs(m_page.get(), path, QStringLiteral("openFile"));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page.get(), Qt::Key_Y, Qt::AltModifier); // Rota to ke&y back…
    QTRY_VERIFY_WITH_TIMEOUT(end->answered, 15000);
    LongWork::setOpener({});
    QVERIFY(end->typed);
    QVERIFY2(end->openFolder && end->openFile, qPrintable(end->text));
    QVERIFY2(end->text.contains(QDir::toNativeSeparators(path)), qPrintable(end->text));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(path)});
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(!QFileInfo::exists(LongWork::partPathFor(path))); // written whole, then moved into place
    QTRY_COMPARE(status.count(), 1);
    const QString text = pdfText(path);
    if (!text.isNull()) {
        QVERIFY2(text.contains(QStringLiteral("张三")) && text.contains(QStringLiteral("门岗")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("1391234")) && !text.contains(QStringLiteral("5678")), qPrintable(text));
    }
}

void VolunteersPageTest::demoWeek()
{
    Database database(QStringLiteral("volunteers-demo"));
    QVERIFY(Workspace::open(database, QStringLiteral(":memory:")));
    DemoGenerator people(database.connection(), 11);
    QVERIFY(people.generate(150)); // with 40 volunteers and their rota (VolunteerDemoGenerator)
    VolunteersPage page(database.connection(), testScope());
    page.resize(1280, 720);
    page.setWeek(QDate::currentDate());
    page.show();
    page.tabs()->setCurrentIndex(VolunteersPage::RotaTab);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.rotaGrid()->rowCount(), 5);
    QCOMPARE(page.volunteerModel()->totalCount(), 40);
    grab(QStringLiteral("demo-rota"), &page);
    page.tabs()->setCurrentIndex(VolunteersPage::ReportsTab);
    grab(QStringLiteral("demo-reports"), &page);
    page.tabs()->setCurrentIndex(VolunteersPage::VolunteersTab);
    page.volunteerView()->selectRow(0);
    grab(QStringLiteral("demo-volunteers"), &page);
    if (!qEnvironmentVariableIsEmpty("CD_VOL_SCREENSHOTS"))
        QVERIFY(page.exportRotaPdf(QStringLiteral("/tmp/vol-demo-rota.pdf")));
}

void VolunteersPageTest::shiftPatternAndVolunteerForms()
{
    const qint64 post = m_d->post(QStringLiteral("周六值班"), 1);
    ShiftPatternDialog pattern(m_t->db(), testScope(), post, QDate(2026, 11, 28)); // a Saturday, ticked already
    pattern.show();
    QVERIFY(pattern.dayBoxes().at(5)->isChecked());
    pattern.weeksSpin()->selectAll();
    QTest::keyClicks(pattern.weeksSpin(), QStringLiteral("8"));
    QCOMPARE(pattern.pattern().weeks, 8);
    grab(QStringLiteral("shift-pattern"), &pattern);
    pattern.accept();
    QCOMPARE(pattern.result(), int(QDialog::Accepted));
    QCOMPARE(pattern.created(), 8);
    QCOMPARE(RosterStore(m_t->db(), testScope()).shifts(QDate(2026, 11, 28), QDate(2027, 1, 16)).size(), 8);

    VolunteerDialog form(m_t->db(), testScope(), Volunteer());
    form.show();
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Li Ming"));
    grab(QStringLiteral("volunteer-form"), &form);
    form.accept();
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QVERIFY(form.volunteer().id > 0);
    QCOMPARE(VolunteerStore(m_t->db(), testScope()).volunteer(form.volunteer().id)->name, QStringLiteral("Li Ming"));
}

void VolunteersPageTest::attendanceAndHours()
{
    const qint64 a = RosterStore(m_t->db(), testScope()).assign(m_gateShift, m_zhang).id;
    m_page->tabs()->setCurrentIndex(VolunteersPage::ServiceTab);
    QTableView *view = m_page->serviceView();
    view->setFocus();
    // The service tab lists the week of the rota: 王五's and 张三's assignments.
    QTRY_COMPARE(view->model()->rowCount(), 2);
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (m_page->serviceModel()->assignmentId(r) == a)
            row = r;
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(row, ServiceRecordModel::Volunteer)).center());
    QPushButton *attended = nullptr;
    for (QPushButton *b : m_page->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Attended"))
            attended = b;
    QVERIFY(attended);
    QTest::mouseClick(attended, Qt::LeftButton);
    QCOMPARE(ServiceRecords(m_t->db(), testScope()).hoursOf(a), 2.0);
    QCOMPARE(view->model()->index(row, ServiceRecordModel::Attendance).data().toString(), QStringLiteral("Attended"));

    HoursDialog hours(m_t->db(), testScope(), a);
    hours.show();
    QCOMPARE(hours.hoursSpin()->value(), 2.0);
    hours.hoursSpin()->setValue(1.5);
    hours.accept(); // no reason: refused
    QCOMPARE(hours.result(), int(QDialog::Rejected));
    QVERIFY(hours.messageLabel()->text().contains(QStringLiteral("Reason")));
    QCOMPARE(ServiceRecords(m_t->db(), testScope()).hoursOf(a), 2.0);
    QTest::keyClicks(hours.reasonEdit(), QStringLiteral("left early"));
    grab(QStringLiteral("hours-dialog"), &hours);
    hours.accept();
    QCOMPARE(hours.result(), int(QDialog::Accepted));
    QCOMPARE(ServiceRecords(m_t->db(), testScope()).hoursOf(a), 1.5);
}

std::unique_ptr<VolunteersPage> VolunteersPageTest::pageFor(const AccessScope &scope)
{
    // The data is made as the administrator; only the page is built for the account.
    VolunteerTeam team;
    team.name = QStringLiteral("巡逻队");
    VolunteerStore(m_t->db(), testScope()).saveTeam(team);
    const qint64 a = RosterStore(m_t->db(), testScope()).assign(m_gateShift, m_zhang).id;
    ServiceRecords(m_t->db(), testScope()).setAttendance(a, QStringLiteral("attended"));
    m_page.reset();
    setTestScope(scope);
    auto page = std::make_unique<VolunteersPage>(m_t->db(), testScope());
    page->resize(1200, 700);
    page->setWeek(m_monday);
    page->show();
    return page;
}

QList<QPushButton *> VolunteersPageTest::editButtons(VolunteersPage *page) const
{
    QList<QPushButton *> buttons;
    for (const char *name : {"newVolunteer", "volunteerFromRegister", "editVolunteer", "newTeam", "editTeam", "newPost",
                             "editPost", "makeShifts", "assignButton", "swapShifts", "markAttended", "markAbsent",
                             "editHours", "addPointsRule", "addReward", "redeemPoints"}) {
        auto *b = page->findChild<QPushButton *>(QLatin1String(name));
        if (!b)
            qWarning("no button %s", name);
        buttons.append(b);
    }
    return buttons;
}

// A viewer sees every tab but no active button that saves, and double click or Enter on a
// row opens no form.
void VolunteersPageTest::viewerCannotEdit()
{
    std::unique_ptr<VolunteersPage> page = pageFor(AccessScope(AccessScope::Role::Viewer, 1, QStringLiteral("viewer")));
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    for (QPushButton *b : editButtons(page.get())) {
        QVERIFY(b);
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
        QVERIFY2(b->toolTip().contains(QStringLiteral("only view")), qPrintable(b->objectName()));
    }
    // Reading and printing stay.
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Save PDF…") || b->text() == QStringLiteral("Export CSV/XLSX…"))
            QVERIFY2(b->isEnabled(), qPrintable(b->text()));

    // Volunteers: double click and Enter on a row.
    page->tabs()->setCurrentIndex(VolunteersPage::VolunteersTab);
    QTableView *list = page->volunteerView();
    QCOMPARE(list->model()->rowCount(), 3);
    const QRect first = list->visualRect(list->model()->index(0, VolunteerTableModel::Name));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(!GuiTest::opensDialog([&] { QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center()); }));
    QVERIFY(!GuiTest::opensDialog([&] { QTest::keyClick(list, Qt::Key_Return); }));
    QVERIFY(!GuiTest::opensDialog([&] { page->editVolunteer(); }));

    // Teams.
    page->tabs()->setCurrentIndex(VolunteersPage::TeamsTab);
    auto *teams = page->findChild<QTableWidget *>(QStringLiteral("volunteerTeams"));
    QVERIFY(teams);
    QCOMPARE(teams->rowCount(), 1);
    const QRect team = teams->visualItemRect(teams->item(0, 0));
    QTest::mouseClick(teams->viewport(), Qt::LeftButton, {}, team.center());
    QVERIFY(!GuiTest::opensDialog([&] { QTest::mouseDClick(teams->viewport(), Qt::LeftButton, {}, team.center()); }));

    // Rota: no picker, and a volunteer cannot be dragged from the list.
    page->tabs()->setCurrentIndex(VolunteersPage::RotaTab);
    RotaGrid *grid = page->rotaGrid();
    const QPoint cell = grid->cellOfShift(m_patrolShift);
    const QRect patrol = grid->visualItemRect(grid->item(cell.y(), cell.x()));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, patrol.center());
    QVERIFY(!GuiTest::opensDialog([&] { QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, patrol.center()); }));
    QVERIFY(!page->rotaVolunteerView()->dragEnabled());
    QVERIFY(!grid->viewport()->acceptDrops());
    QCOMPARE(RosterStore(m_t->db(), testScope()).shift(m_patrolShift)->assignments.size(), 0);
    grab(QStringLiteral("viewer-rota"), page.get());

    // Service records: the attended row would open the hours form for a clerk.
    page->tabs()->setCurrentIndex(VolunteersPage::ServiceTab);
    QTableView *service = page->serviceView();
    QTRY_COMPARE(service->model()->rowCount(), 2);
    for (int r = 0; r < service->model()->rowCount(); ++r) {
        const QRect rect = service->visualRect(service->model()->index(r, ServiceRecordModel::Volunteer));
        QTest::mouseClick(service->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(
            !GuiTest::opensDialog([&] { QTest::mouseDClick(service->viewport(), Qt::LeftButton, {}, rect.center()); }));
        QVERIFY(!GuiTest::opensDialog([&] { QTest::keyClick(service, Qt::Key_Return); }));
    }
    grab(QStringLiteral("viewer-service"), page.get());
}

// The same page for a clerk: the buttons are there to use, and a double click opens the form.
void VolunteersPageTest::clerkCanEdit()
{
    std::unique_ptr<VolunteersPage> page = pageFor(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("clerk")));
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    for (QPushButton *b : editButtons(page.get())) {
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), qPrintable(b->objectName()));
    }
    QVERIFY(page->rotaVolunteerView()->dragEnabled());
    QVERIFY(page->rotaGrid()->viewport()->acceptDrops());
    page->tabs()->setCurrentIndex(VolunteersPage::VolunteersTab);
    QTableView *list = page->volunteerView();
    const QRect first = list->visualRect(list->model()->index(0, VolunteerTableModel::Name));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(GuiTest::opensDialog([&] { QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center()); }));
    page->tabs()->setCurrentIndex(VolunteersPage::TeamsTab);
    auto *teams = page->findChild<QTableWidget *>(QStringLiteral("volunteerTeams"));
    QCOMPARE(teams->rowCount(), 1);
    const QRect team = teams->visualItemRect(teams->item(0, 0));
    QTest::mouseClick(teams->viewport(), Qt::LeftButton, {}, team.center());
    QVERIFY(GuiTest::opensDialog([&] { QTest::mouseDClick(teams->viewport(), Qt::LeftButton, {}, team.center()); }));
    page->tabs()->setCurrentIndex(VolunteersPage::RotaTab);
    RotaGrid *grid = page->rotaGrid();
    const QPoint cell = grid->cellOfShift(m_patrolShift);
    const QRect patrol = grid->visualItemRect(grid->item(cell.y(), cell.x()));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, patrol.center());
    QVERIFY(GuiTest::opensDialog([&] { QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, patrol.center()); }));
    page->tabs()->setCurrentIndex(VolunteersPage::ServiceTab);
    QTableView *service = page->serviceView();
    QTRY_COMPARE(service->model()->rowCount(), 2);
    bool opened = false;
    for (int r = 0; r < service->model()->rowCount(); ++r) {
        if (page->serviceModel()->attendance(r) != QStringLiteral("attended"))
            continue;
        const QRect rect = service->visualRect(service->model()->index(r, ServiceRecordModel::Volunteer));
        QTest::mouseClick(service->viewport(), Qt::LeftButton, {}, rect.center());
        opened =
            GuiTest::opensDialog([&] { QTest::mouseDClick(service->viewport(), Qt::LeftButton, {}, rect.center()); });
    }
    QVERIFY(opened);
}

// The worker of grid A opens the page: the volunteer list, the service records and the monthly
// totals per grid hold A's resident volunteer and A's post only; 乙 of grid B is in none of them.
void VolunteersPageTest::gridWorkerSeesOwnGridOnly()
{
    const QString idA = TestDatabase::idFor(QDate(1970, 5, 1), true, 41);
    const QString idB = TestDatabase::idFor(QDate(1971, 5, 1), false, 42);
    QVERIFY(
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("甲"), idA}}));
    QVERIFY(
        m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("201"), {{QStringLiteral("乙"), idB}}));
    VolunteerStore store(m_t->db(), testScope());
    const qint64 jia = store.addResident(m_t->residentId(idA)).id;
    const qint64 yi = store.addResident(m_t->residentId(idB)).id;
    QVERIFY(jia > 0 && yi > 0);
    // Service on the first of this month, so the Reports tab shows it without changing its month.
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    for (const auto &[grid, volunteer] : {std::pair{m_t->gridA, jia}, std::pair{m_t->gridB, yi}}) {
        const qint64 post = m_d->post(grid == m_t->gridA ? QStringLiteral("A岗") : QStringLiteral("B岗"), 1, grid);
        const qint64 shift = m_d->shift(post, first, QTime(7, 0), QTime(8, 0));
        const qint64 a = RosterStore(m_t->db(), testScope()).assign(shift, volunteer).id;
        QVERIFY(ServiceRecords(m_t->db(), testScope()).setAttendance(a, QStringLiteral("attended")).ok);
    }
    m_page.reset();
    VolunteersPage page(m_t->db(), AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {m_t->gridA}));
    page.resize(1200, 700);
    page.setWeek(first);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto column = [](const QAbstractItemModel *model, int col) {
        QStringList list;
        for (int r = 0; r < model->rowCount(); ++r)
            list << model->index(r, col).data().toString();
        return list;
    };

    auto *list = page.findChild<QTableView *>(QStringLiteral("volunteerList"));
    QVERIFY(list);
    QTRY_COMPARE(column(list->model(), VolunteerTableModel::Name), QStringList{QStringLiteral("甲")});

    auto *tabs = page.findChild<QTabWidget *>();
    auto clickTab = [tabs](int index) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    };
    clickTab(3); // Service records
    auto *service = page.findChild<QTableView *>(QStringLiteral("serviceRecords"));
    QTRY_VERIFY(service->isVisible());
    QTRY_COMPARE(column(service->model(), ServiceRecordModel::Volunteer), QStringList{QStringLiteral("甲")});

    clickTab(5); // Reports
    auto *grids = page.findChild<QTableWidget *>(QStringLiteral("gridTotals"));
    QTRY_VERIFY(grids->isVisible());
    QTRY_COMPARE(grids->rowCount(), 1);
    QCOMPARE(grids->item(0, 0)->text(), QStringLiteral("第一网格"));
    auto *top = page.findChild<QTableWidget *>(QStringLiteral("topVolunteers"));
    QCOMPARE(top->rowCount(), 1);
    QCOMPARE(top->item(0, 0)->text(), QStringLiteral("甲"));

    // The office sees both grids.
    VolunteersPage office(m_t->db(), testScope());
    office.setWeek(first);
    office.show();
    auto *officeTabs = office.findChild<QTabWidget *>();
    QTest::mouseClick(officeTabs->tabBar(), Qt::LeftButton, {}, officeTabs->tabBar()->tabRect(5).center());
    QTRY_COMPARE(office.findChild<QTableWidget *>(QStringLiteral("gridTotals"))->rowCount(), 2);
}

QTEST_MAIN(VolunteersPageTest)
#include "volunteerspage_test.moc"
