// The Cases page driven like a clerk: a case from intake to follow-up through the real dialogs,
// checking the list row, the timeline and the offered steps after each one.
#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casedetailpanel.h"
#include "ui/cases/caseintakedialog.h"
#include "ui/cases/casepage.h"
#include "ui/cases/casestepdialog.h"
#include "ui/common/listexportbutton.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// QTest::keyClicks() only knows ASCII: Chinese text is typed as key events carrying the text.
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

class CasePageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void handlerDefaultsToTheSignedInClerk();
    void errandStepsSpeakOfErrands();
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }
    void intakeToFollowUp();
    void ctrlNOpensIntakeAndEscCancels();
    void ctrlEnterSavesFromTheDescription();
    void filtersFromTheDashboard();
    void categoriesAreEditedInTheDialog();
    void ctrlNInTheMainWindowMeansNewCase();
    void reporterFoundInTheRegister();

private:
    // Runs `handle` on the modal dialog `trigger` opens; a dialog left open is rejected.
    bool withDialog(const std::function<void()> &trigger, const std::function<void(QDialog *)> &handle)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            handle(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        trigger();
        return seen;
    }
    static void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = box->button(QDialogButtonBox::Save) ? box->button(QDialogButtonBox::Save)
                                                              : box->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CASES_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let delayed item layouts settle
        w->grab().save(dir + QStringLiteral("/cases-") + name + QStringLiteral(".png"));
    }
    QString listStatus() const { return m_page->model()->index(0, CaseTableModel::Status).data().toString(); }
    QStringList visibleSteps() const
    {
        QStringList list;
        for (const QString &a : {QStringLiteral("assess"), QStringLiteral("assign"), QStringLiteral("supervise"),
                                 QStringLiteral("close"), QStringLiteral("follow_up"), QStringLiteral("reopen")})
            if (m_page->detail()->actionButton(a)->isVisible())
                list << a;
        return list;
    }
    // Clicks the step's button, fills the dialog with `fill` and accepts it.
    void step(const QString &action, const std::function<void(QDialog *)> &fill, const QString &shot = QString())
    {
        QPushButton *button = m_page->detail()->actionButton(action);
        QVERIFY(button->isVisible() && button->isEnabled());
        const bool seen =
            withDialog([&] { QTest::mouseClick(button, Qt::LeftButton); },
                       [&](QDialog *d) {
                           QVERIFY(qobject_cast<CaseStepDialog *>(d));
                           d->findChild<QDateTimeEdit *>(QStringLiteral("stepAt"))->setDateTime(m_at);
                           // The signed-in person is filled in; the clerk types over it.
                           auto *by = d->findChild<QLineEdit *>(QStringLiteral("stepBy"));
                           QTest::keyClick(by, Qt::Key_A, Qt::ControlModifier);
                           typeText(by, QStringLiteral("王芳"));
                           fill(d);
                           if (!shot.isEmpty())
                               shoot(d, shot);
                           clickOk(d);
                           QVERIFY2(!d->isVisible(), qPrintable(static_cast<CaseStepDialog *>(d)->errorText()));
                       });
        QVERIFY(seen);
        m_at = m_at.addSecs(3600);
    }

    // A case (or an errand for pension certification) in building A1, stored directly.
    qint64 addCase(const QString &kind)
    {
        CaseStore store(m_db->db(), testScope());
        CaseIntake in;
        in.kind = kind;
        if (kind == QLatin1String("errand"))
            in.errandType = QStringLiteral("pension_certification");
        in.source = QStringLiteral("visit");
        in.categoryId = store.categories().first().id;
        in.buildingId = m_db->buildingA1;
        in.receivedAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0));
        in.description = QStringLiteral("路灯不亮");
        const SaveResult made = store.intake(in);
        if (!made.ok)
            qWarning() << made.firstMessage();
        return made.id;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CasePage> m_page;
    QDateTime m_at;
};

void CasePageTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_page = std::make_unique<CasePage>(m_db->db(), testScope());
    m_page->setNow(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    m_page->resize(1280, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_at = QDateTime(QDate(2026, 6, 1), QTime(10, 0));
}

void CasePageTest::intakeToFollowUp()
{
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *newButton = m_page->findChild<QPushButton *>(QStringLiteral("newCase"));
    const bool seen = withDialog(
        [&] { QTest::mouseClick(newButton, Qt::LeftButton); },
        [&](QDialog *d) {
            QVERIFY(qobject_cast<CaseIntakeDialog *>(d));
            // Saving without a description names the field and keeps the dialog open.
            clickOk(d);
            QVERIFY(d->isVisible());
            QVERIFY(static_cast<CaseIntakeDialog *>(d)->errorText().startsWith(QStringLiteral("Description:")));
            auto *source = d->findChild<QComboBox *>(QStringLiteral("caseSource"));
            source->setFocus();
            source->setCurrentIndex(source->findData(QStringLiteral("hotline")));
            auto *category = d->findChild<QComboBox *>(QStringLiteral("caseCategory"));
            category->setCurrentIndex(
                category->findData(CaseStore(m_db->db(), testScope()).categories().at(1).id)); // property, 7 d
            auto *building = d->findChild<QComboBox *>(QStringLiteral("caseBuilding"));
            building->setCurrentIndex(building->findData(m_db->buildingB1));
            auto *grid = d->findChild<QComboBox *>(QStringLiteral("caseGrid"));
            QCOMPARE(grid->currentData().toLongLong(), m_db->gridB); // follows the building
            QVERIFY(!grid->isEnabled());
            QCOMPARE(d->findChild<QDateTimeEdit *>(QStringLiteral("caseDeadline"))->dateTime(),
                     QDateTime(QDate(2026, 6, 8), QTime(9, 0)));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("caseLocation")), QStringLiteral("3单元门口"));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("reporterName")), QStringLiteral("刘阿姨"));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("reporterPhone")), QStringLiteral("13955556666"));
            typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription")), QStringLiteral("电梯停运两天"));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("caseBy")), QStringLiteral("张敏"));
            shoot(d, QStringLiteral("intake"));
            clickOk(d);
            QVERIFY2(!d->isVisible(), qPrintable(static_cast<CaseIntakeDialog *>(d)->errorText()));
        });
    QVERIFY(seen);

    CaseTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CaseTableModel::CaseNo).data().toString(), QStringLiteral("2026-000001"));
    QCOMPARE(model->index(0, CaseTableModel::Grid).data().toString(), QStringLiteral("第二网格"));
    QCOMPARE(model->index(0, CaseTableModel::Reporter).data().toString(), QStringLiteral("刘阿姨 139****6666"));
    QCOMPARE(listStatus(), QStringLiteral("Received"));
    QListWidget *timeline = m_page->detail()->timeline();
    QCOMPARE(m_page->detail()->caseId(), model->caseId(0)); // the new case is shown
    QCOMPARE(timeline->count(), 1);
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("Receive")));
    QVERIFY(timeline->item(0)->text().contains(QStringLiteral("张敏")));
    // Only the steps the workflow allows are offered.
    QCOMPARE(visibleSteps(), (QStringList{QStringLiteral("assess"), QStringLiteral("close")}));
    QVERIFY(!m_page->detail()->actionButton(QStringLiteral("follow_up"))->isVisible());

    step(QStringLiteral("assess"), [](QDialog *d) {
        typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("stepNote")), QStringLiteral("属物业职责"));
    });
    QCOMPARE(listStatus(), QStringLiteral("Assessed"));
    QCOMPARE(timeline->count(), 2);
    QVERIFY(timeline->item(1)->text().contains(QStringLiteral("属物业职责")));
    QCOMPARE(visibleSteps(), (QStringList{QStringLiteral("assign"), QStringLiteral("close")}));

    step(
        QStringLiteral("assign"),
        [](QDialog *d) {
            QVERIFY(!d->findChild<QPlainTextEdit *>(QStringLiteral("stepResult"))); // not a field of this step
            clickOk(d);                                                             // no "to whom" yet
            QVERIFY(d->isVisible());
            QVERIFY(static_cast<CaseStepDialog *>(d)->errorText().startsWith(QStringLiteral("To whom:")));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("stepToWhom")), QStringLiteral("物业公司"));
        },
        QStringLiteral("step-assign"));
    QCOMPARE(listStatus(), QStringLiteral("Assigned"));
    QCOMPARE(model->index(0, CaseTableModel::Assignee).data().toString(), QStringLiteral("物业公司"));
    QCOMPARE(timeline->count(), 3);
    QVERIFY(timeline->item(2)->text().contains(QStringLiteral("→ 物业公司")));
    QVERIFY(timeline->item(2)->text().contains(QStringLiteral("by 王芳")));
    QCOMPARE(visibleSteps(),
             (QStringList{QStringLiteral("assign"), QStringLiteral("supervise"), QStringLiteral("close")}));

    step(QStringLiteral("supervise"), [](QDialog *) {});
    QCOMPARE(listStatus(), QStringLiteral("Supervised"));
    QCOMPARE(timeline->count(), 4);
    QVERIFY(timeline->item(3)->text().contains(QStringLiteral("Supervise")));

    step(
        QStringLiteral("close"),
        [](QDialog *d) {
            clickOk(d);
            QVERIFY(static_cast<CaseStepDialog *>(d)->errorText().startsWith(QStringLiteral("Result:")));
            typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("stepResult")),
                     QStringLiteral("更换控制板，电梯恢复运行"));
        },
        QStringLiteral("step-close"));
    QCOMPARE(listStatus(), QStringLiteral("Closed"));
    QCOMPARE(timeline->count(), 5);
    QVERIFY(timeline->item(4)->text().contains(QStringLiteral("Result: 更换控制板")));
    QVERIFY(!model->index(0, CaseTableModel::DaysToResolve).data().toString().isEmpty());
    QVERIFY(model->index(0, CaseTableModel::Deadline).data(Qt::BackgroundRole).isNull());
    QCOMPARE(visibleSteps(), (QStringList{QStringLiteral("follow_up"), QStringLiteral("reopen")}));

    step(
        QStringLiteral("follow_up"),
        [](QDialog *d) {
            clickOk(d);
            QVERIFY(static_cast<CaseStepDialog *>(d)->errorText().startsWith(QStringLiteral("Satisfaction:")));
            auto *satisfaction = d->findChild<QComboBox *>(QStringLiteral("stepSatisfaction"));
            satisfaction->setFocus();
            QTest::keyClick(satisfaction, Qt::Key_Down); // (choose) -> Satisfied
            QCOMPARE(satisfaction->currentData().toString(), QStringLiteral("satisfied"));
        },
        QStringLiteral("step-followup"));
    QCOMPARE(listStatus(), QStringLiteral("Followed up"));
    QCOMPARE(timeline->count(), 6);
    QVERIFY(timeline->item(5)->text().contains(QStringLiteral("Satisfaction: Satisfied")));
    QCOMPARE(visibleSteps(), (QStringList{QStringLiteral("reopen")}));
    QVERIFY(!m_page->detail()->actionButton(QStringLiteral("close"))->isVisible());
    shoot(m_page.get(), QStringLiteral("page"));

    const CaseRecord c = *CaseStore(m_db->db(), testScope()).record(model->caseId(0));
    QCOMPARE(c.status, QStringLiteral("followed_up"));
    QCOMPARE(c.rowVersion, 6);
    QCOMPARE(m_db->count(QStringLiteral("case_step")), 6);
}

void CasePageTest::ctrlNOpensIntakeAndEscCancels()
{
    m_page->view()->setFocus();
    QTRY_VERIFY(m_page->view()->hasFocus());
    bool intake = false;
    const bool seen = withDialog([&] { QTest::keyClick(m_page->view(), Qt::Key_N, Qt::ControlModifier); },
                                 [&](QDialog *d) {
                                     intake = qobject_cast<CaseIntakeDialog *>(d) != nullptr;
                                     QTest::keyClick(d->focusWidget() ? d->focusWidget() : d, Qt::Key_Escape);
                                     QVERIFY(!d->isVisible());
                                 });
    QVERIFY(seen);
    QVERIFY(intake);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_db->count(QStringLiteral("cases")), 0);
}

void CasePageTest::ctrlEnterSavesFromTheDescription()
{
    // Issue 24: Enter in the description is a new line; Ctrl+Enter saves the case from there.
    auto *newButton = m_page->findChild<QPushButton *>(QStringLiteral("newCase"));
    bool stayed = false;
    const bool seen =
        withDialog([&] { QTest::mouseClick(newButton, Qt::LeftButton); },
                   [&](QDialog *d) {
                       auto *description = d->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription"));
                       description->setFocus();
                       typeText(description, QStringLiteral("电梯停运"));
                       QTest::keyClick(description, Qt::Key_Return);
                       typeText(description, QStringLiteral("两天了"));
                       stayed = d->isVisible();
                       QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
                       QVERIFY2(!d->isVisible(), qPrintable(static_cast<CaseIntakeDialog *>(d)->errorText()));
                   });
    QVERIFY(seen);
    QVERIFY(stayed);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(m_page->model()->caseId(0))->description,
             QStringLiteral("电梯停运\n两天了"));
}

void CasePageTest::filtersFromTheDashboard()
{
    CaseStore store(m_db->db(), testScope());
    auto add = [&](qint64 building, const QDateTime &received) {
        CaseIntake in;
        in.source = QStringLiteral("patrol");
        in.categoryId = store.categories().first().id; // environment, 3 days
        in.buildingId = building;
        in.receivedAt = received;
        in.description = QStringLiteral("垃圾");
        return store.intake(in).id;
    };
    const qint64 a = add(m_db->buildingA1, QDateTime(QDate(2026, 5, 2), QTime(9, 0)));
    add(m_db->buildingA2, QDateTime(QDate(2026, 5, 30), QTime(9, 0)));
    add(m_db->buildingB1, QDateTime(QDate(2026, 5, 31), QTime(9, 0)));
    CaseStepRequest close;
    close.caseId = a;
    close.action = QStringLiteral("close");
    close.at = QDateTime(QDate(2026, 5, 3), QTime(9, 0));
    close.result = QStringLiteral("已清运");
    close.rowVersion = 1;
    QVERIFY(store.applyStep(close).ok);
    m_page->refresh();
    QCOMPARE(m_page->model()->rowCount(), 3);

    const QDate from(2026, 5, 1), to(2026, 5, 31);
    m_page->showFiltered(m_db->gridA, from, to, QStringLiteral("received"), 0);
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_page->showFiltered(m_db->gridA, from, to, QStringLiteral("resolved"), 0);
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_page->showFiltered(m_db->gridA, QDate(2026, 5, 4), to, QStringLiteral("resolved"), 0);
    QCOMPARE(m_page->model()->rowCount(), 0); // closed on 05-03, before the period
    m_page->showFiltered(0, from, to, QStringLiteral("open"), 0);
    QCOMPARE(m_page->model()->rowCount(), 2);
    // "now" is 2026-06-01 09:00: the 05-30 case (due 06-02) is not yet overdue, the 05-31 one neither.
    m_page->showFiltered(0, QDate(), QDate(), QStringLiteral("overdue"), 0);
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *overdue = m_page->findChild<QPushButton *>(QStringLiteral("overdueFilter"));
    QVERIFY(overdue->isChecked());
    m_page->setNow(QDateTime(QDate(2026, 6, 2), QTime(9, 0, 1)));
    m_page->refresh();
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->index(0, CaseTableModel::Deadline).data(Qt::BackgroundRole).value<QBrush>().color(),
             CaseDeadline::background(CaseDeadline::State::Overdue));
    // The quick filter button turns it off and on.
    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 3);
    shoot(m_page.get(), QStringLiteral("list"));
    QTest::mouseClick(overdue, Qt::LeftButton);
    QCOMPARE(m_page->model()->rowCount(), 1);
    // A search typed into the box.
    m_page->showFiltered(0, QDate(), QDate(), QString(), 0);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("caseSearch"));
    typeText(search, QStringLiteral("2026-000002"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), 1);

    // Export writes what the list shows: the one case found, under the visible columns.
    m_page->showFiltered(m_db->gridA, from, to, QStringLiteral("received"), 0);
    auto *exportList = m_page->findChild<ListExportButton *>(QStringLiteral("exportList"));
    QVERIFY(exportList);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cases.csv"));
    QSignalSpy exported(exportList, &ListExportButton::exported);
    QVERIFY(exportList->exportTo(path));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toInt(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 3); // header + the two cases of grid A in May
    QVERIFY(csv.contains(QStringLiteral("2026-000001")) && csv.contains(QStringLiteral("2026-000002")));
    QVERIFY(!csv.contains(QStringLiteral("2026-000003")));
    // The export is audited: who, the list, the two rows, the file's name without its folder.
    SqlQuery audit(m_db->db(), QStringLiteral("SELECT user_name, after_json FROM audit_log WHERE action = 'export' "
                                              "AND table_name = 'cases'"));
    QVERIFY(audit.exec() && audit.next());
    QCOMPARE(audit.value(0).toString(), testScope().userName());
    const QString after = audit.value(1).toString();
    QVERIFY2(after.contains(QStringLiteral("\"rows\":2")) && after.contains(QStringLiteral("\"file\":\"cases.csv\"")),
             qPrintable(after));
    QVERIFY2(!after.contains(dir.path()), qPrintable(after));
}

void CasePageTest::categoriesAreEditedInTheDialog()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("editCategories"));
    const bool seen = withDialog(
        [&] { QTest::mouseClick(button, Qt::LeftButton); },
        [&](QDialog *d) {
            auto *list = d->findChild<QListWidget *>(QStringLiteral("categoryList"));
            QCOMPARE(list->count(), 8);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("categoryNew")), Qt::LeftButton);
            auto *name = d->findChild<QLineEdit *>(QStringLiteral("categoryName"));
            QCOMPARE(d->focusWidget(), static_cast<QWidget *>(name));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("categorySave")), Qt::LeftButton);
            QVERIFY(d->findChild<QLabel *>(QStringLiteral("categoryError"))->text().contains(QStringLiteral("Name:")));
            typeText(name, QStringLiteral("文明养犬"));
            auto *days = d->findChild<QSpinBox *>(QStringLiteral("categoryDays"));
            days->selectAll();
            typeText(days, QStringLiteral("5"));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("categorySave")), Qt::LeftButton);
            QCOMPARE(list->count(), 9);
            QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("文明养犬")));
            // Archive the first one: it stays in the list, marked.
            list->setCurrentRow(0);
            QTest::mouseClick(d->findChild<QCheckBox *>(QStringLiteral("categoryArchived")), Qt::LeftButton);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("categorySave")), Qt::LeftButton);
            QCOMPARE(list->count(), 9);
            QVERIFY(list->item(0)->text().contains(QStringLiteral("(archived)")));
            shoot(d, QStringLiteral("categories"));
            QTest::keyClick(d, Qt::Key_Escape);
        });
    QVERIFY(seen);
    const QList<CaseCategory> active = CaseStore(m_db->db(), testScope()).categories();
    QCOMPARE(active.size(), 8);
    QCOMPARE(active.constLast().name, QStringLiteral("文明养犬"));
    QCOMPARE(active.constLast().deadlineDays, 5);
    auto *filter = m_page->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    QCOMPARE(filter->count(), 10); // "all" + 9, the archived one marked
}

// The register's "new household" has Ctrl+N in the menu bar; on the Cases page it means a new case.
void CasePageTest::ctrlNInTheMainWindowMeansNewCase()
{
    MainWindow window(m_db->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *cases = window.page<CasePage>(); // made on first use
    QVERIFY(cases);
    window.navigation()->setCurrentRow(window.pages()->indexOf(cases));
    QCOMPARE(window.pages()->currentWidget(), static_cast<QWidget *>(cases));
    shoot(&window, QStringLiteral("mainwindow"));
    cases->view()->setFocus();
    QString opened;
    const bool seen = withDialog([&] { QTest::keyClick(cases->view(), Qt::Key_N, Qt::ControlModifier); },
                                 [&](QDialog *d) { opened = QString::fromLatin1(d->metaObject()->className()); });
    QVERIFY(seen);
    QCOMPARE(opened, QStringLiteral("CaseIntakeDialog"));
}

void CasePageTest::reporterFoundInTheRegister()
{
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张建国"), TestDatabase::idFor(QDate(1950, 5, 1), true)}});
    const qint64 residentId = m_db->residentId(TestDatabase::idFor(QDate(1950, 5, 1), true));
    auto *newButton = m_page->findChild<QPushButton *>(QStringLiteral("newCase"));
    const bool seen = withDialog(
        [&] { QTest::mouseClick(newButton, Qt::LeftButton); },
        [&](QDialog *d) {
            typeText(d->findChild<QLineEdit *>(QStringLiteral("reporterName")), QStringLiteral("张建"));
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("findReporter")), Qt::LeftButton);
            auto *matches = d->findChild<QComboBox *>(QStringLiteral("reporterMatches"));
            QVERIFY(matches->isVisible());
            QCOMPARE(matches->count(), 2); // the hint and one resident
            QTest::keyClick(matches, Qt::Key_Down);
            QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("reporterName"))->text(), QStringLiteral("张建国"));
            typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription")), QStringLiteral("咨询养老补贴"));
            shoot(d, QStringLiteral("intake-reporter"));
            clickOk(d);
            QVERIFY(!d->isVisible());
        });
    QVERIFY(seen);
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(m_page->model()->caseId(0))->reporterResidentId, residentId);
}

void CasePageTest::handlerDefaultsToTheSignedInClerk()
{
    const qint64 id = addCase(QStringLiteral("case"));
    QVERIFY(id > 0);
    const SignedIn signedIn(AccessScope::Role::Clerk, QStringLiteral("zhang.li"), QStringLiteral("张丽"));
    CaseIntakeDialog intake(m_db->db(), testScope());
    QCOMPARE(intake.findChild<QLineEdit *>(QStringLiteral("caseBy"))->text(), QStringLiteral("张丽"));
    CaseStepDialog step(m_db->db(), testScope(), id, QStringLiteral("assess"));
    QCOMPARE(step.findChild<QLineEdit *>(QStringLiteral("stepBy"))->text(), QStringLiteral("张丽"));
}

void CasePageTest::errandStepsSpeakOfErrands()
{
    const qint64 id = addCase(QStringLiteral("errand"));
    QVERIFY(id > 0);
    m_page->refresh();
    m_page->selectCase(id);
    QCOMPARE(m_page->detail()->actionButton(QStringLiteral("assign"))->text(), QStringLiteral("Start handling…"));
    QSignalSpy messages(m_page.get(), &CasePage::statusMessage);
    step(QStringLiteral("assign"), [](QDialog *d) {
        QVERIFY(d->windowTitle().contains(QStringLiteral("errand")));
        if (auto *whom = d->findChild<QLineEdit *>(QStringLiteral("stepToWhom")))
            whom->setText(QStringLiteral("社区工作站"));
    });
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.constLast().at(0).toString(), QStringLiteral("Start handling: done."));
    QCOMPARE(m_page->detail()->actionButton(QStringLiteral("close"))->text(), QStringLiteral("Mark done…"));
}

QTEST_MAIN(CasePageTest)
#include "casepage_test.moc"
