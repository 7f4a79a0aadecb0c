// The Visits page driven like a grid worker: log a visit with a need through the dialog, make
// the need a case through the intake form, and find the case linked back to the visit; make a
// saved need an errand at once; the coverage tab's figures and the not-visited list.
#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/grids/areastore.h"
#include "models/visits/visitstalemodel.h"
#include "models/visits/visitstore.h"
#include "models/visits/visittablemodel.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casedetailpanel.h"
#include "ui/shell/mainwindow.h"
#include "ui/visits/visitdialog.h"
#include "ui/visits/visitspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
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

class VisitsPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }
    void logVisitWithNeedAndMakeItACase();
    void savedNeedBecomesAnErrandAtOnce();
    void emptyVisitNamesTheHousehold();
    void enterInTheSearchFindsDoesNotSave();
    void coverageTab();
    void coverageByArea();
    void printVisitSheet();
    void ctrlNInTheMainWindowLogsAVisit();

private:
    static void clickSave(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
    }
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VISITS_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        w->grab().save(dir + QStringLiteral("/visits-") + name + QStringLiteral(".png"));
    }
    // Picks the combo's item with `data` by keyboard, as a clerk would.
    qint64 addVisit(qint64 household, const QDate &day, const QStringList &needs = {})
    {
        Visit v;
        v.householdId = household;
        v.visitedOn = day;
        v.worker = QStringLiteral("王芳");
        QList<VisitNeed> list;
        for (const QString &n : needs) {
            VisitNeed need;
            need.description = n;
            list << need;
        }
        const SaveResult r = VisitStore(m_db->db(), testScope()).save(v, list);
        if (!r.ok)
            qWarning() << r.firstMessage();
        return r.id;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<VisitsPage> m_page;
    qint64 m_h1 = 0, m_h2 = 0, m_hB = 0;
    const QDate m_today{2026, 6, 15};
};

void VisitsPageTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("visitspage_test"));
}

void VisitsPageTest::init()
{
    QSettings().clear();
    resetTestScope();
    m_db = std::make_unique<TestDatabase>();
    m_h1 = m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张伟"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)}});
    m_h2 = m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("102"),
                              {{QStringLiteral("李娜"), TestDatabase::idFor(QDate(1945, 1, 1), false, 2)}});
    m_hB = m_db->addHousehold(m_db->buildingB1, QStringLiteral("2"), QStringLiteral("301"),
                              {{QStringLiteral("钱进"), TestDatabase::idFor(QDate(1970, 1, 1), true, 3)}});
    m_page = std::make_unique<VisitsPage>(m_db->db(), testScope());
    m_page->setToday(m_today);
    m_page->resize(1180, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void VisitsPageTest::logVisitWithNeedAndMakeItACase()
{
    QCOMPARE(m_page->model()->rowCount(), 0);
    auto *log = m_page->findChild<QPushButton *>(QStringLiteral("logVisit"));
    QString caseCell;
    const bool seen = GuiTest::withDialog(
        [&] { QTest::mouseClick(log, Qt::LeftButton); },
        [&](QDialog *d) {
            auto *dialog = qobject_cast<VisitDialog *>(d);
            QVERIFY(dialog);
            GuiTest::chooseByKeyboard(d->findChild<QComboBox *>(QStringLiteral("visitBuilding")), m_db->buildingA1);
            auto *household = d->findChild<QComboBox *>(QStringLiteral("visitHousehold"));
            QCOMPARE(household->count(), 2); // the two households of building 1
            GuiTest::chooseByKeyboard(household, m_h2);
            QVERIFY(household->currentText().contains(QStringLiteral("李娜")));
            typeText(d->findChild<QLineEdit *>(QStringLiteral("visitMet")), QStringLiteral("老人本人"));
            auto *worker = d->findChild<QLineEdit *>(QStringLiteral("visitWorker"));
            worker->clear();
            typeText(worker, QStringLiteral("王芳"));
            typeText(d->findChild<QPlainTextEdit *>(QStringLiteral("visitNotes")), QStringLiteral("身体尚好"));

            // A need: "Add need" opens its cell for typing; Enter commits it.
            QTableWidget *needs = dialog->needsTable();
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addNeed")), Qt::LeftButton);
            auto *editor = needs->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            QVERIFY(editor->isVisible());
            typeText(editor, QStringLiteral("楼道灯坏了"));
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits the edit in a queued call
            QCOMPARE(needs->item(0, 0)->text(), QStringLiteral("楼道灯坏了"));

            // "Make case…": the intake form comes filled from the need and the household.
            needs->setCurrentCell(0, 0);
            auto *make = d->findChild<QPushButton *>(QStringLiteral("makeCase"));
            QVERIFY(make->isEnabled());
            const bool intake = GuiTest::withDialog(
                [&] { QTest::mouseClick(make, Qt::LeftButton); },
                [&](QDialog *c) {
                    QCOMPARE(QString::fromLatin1(c->metaObject()->className()), QStringLiteral("CaseIntakeDialog"));
                    QCOMPARE(c->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription"))->toPlainText(),
                             QStringLiteral("楼道灯坏了"));
                    QCOMPARE(c->findChild<QComboBox *>(QStringLiteral("caseBuilding"))->currentData().toLongLong(),
                             m_db->buildingA1);
                    QCOMPARE(c->findChild<QComboBox *>(QStringLiteral("caseSource"))->currentData().toString(),
                             QStringLiteral("patrol"));
                    QCOMPARE(c->findChild<QComboBox *>(QStringLiteral("caseKind"))->currentData().toString(),
                             QStringLiteral("case"));
                    QVERIFY(!c->findChild<QComboBox *>(QStringLiteral("errandType"))->isEnabled());
                    shoot(c, QStringLiteral("intake"));
                    clickSave(c);
                    QVERIFY(!c->isVisible());
                });
            QVERIFY(intake);
            caseCell = needs->item(0, 1)->text();
            QCOMPARE(m_db->count(QStringLiteral("cases")), 0); // made with the visit, not before
            shoot(d, QStringLiteral("dialog"));
            clickSave(d);
            QVERIFY2(!d->isVisible(), qPrintable(dialog->errorText()));
            QCOMPARE(dialog->madeCaseIds().size(), 1);
        });
    QVERIFY(seen);
    QCOMPARE(caseCell, QStringLiteral("case, made on save"));

    // The visit is in the list, with its need; the case exists and links back both ways.
    QCOMPARE(m_page->model()->rowCount(), 1);
    const qint64 visitId = m_page->model()->visitId(0);
    QCOMPARE(m_page->model()->index(0, VisitTableModel::Needs).data().toString(), QStringLiteral("1 (1 case(s))"));
    VisitStore store(m_db->db(), testScope());
    const std::optional<Visit> v = store.visit(visitId);
    QCOMPARE(v->householdId, m_h2);
    QCOMPARE(v->met, QStringLiteral("老人本人"));
    QCOMPARE(v->worker, QStringLiteral("王芳"));
    QCOMPARE(v->visitedOn, m_today);
    const QList<VisitNeed> needs = store.needs(visitId);
    QCOMPARE(needs.size(), 1);
    QVERIFY(needs.at(0).caseId > 0);
    const std::optional<CaseRecord> c = CaseStore(m_db->db(), testScope()).record(needs.at(0).caseId);
    QVERIFY(c);
    QCOMPARE(c->description, QStringLiteral("楼道灯坏了"));
    QCOMPARE(c->visitNeedId, needs.at(0).id);
    QCOMPARE(c->gridId, m_db->gridA);
    QCOMPARE(c->status, QStringLiteral("received"));
    QCOMPARE(store.visitOfCase(c->id), visitId);
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("visitNeedsText"))->text().contains(c->caseNo));
    shoot(m_page.get(), QStringLiteral("page"));
}

void VisitsPageTest::savedNeedBecomesAnErrandAtOnce()
{
    const qint64 visitId = addVisit(m_h1, QDate(2026, 6, 1), {QStringLiteral("老人需办理养老金资格认证")});
    m_page->refresh();
    m_page->view()->setFocus();
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0));
    qint64 caseId = 0;
    const bool seen = GuiTest::withDialog(
        [&] { QTest::keyClick(m_page->view(), Qt::Key_Return); },
        [&](QDialog *d) {
            auto *dialog = qobject_cast<VisitDialog *>(d);
            QVERIFY(dialog);
            QVERIFY(!d->findChild<QComboBox *>(QStringLiteral("visitHousehold"))->isEnabled());
            dialog->needsTable()->setCurrentCell(0, 0);
            const bool intake = GuiTest::withDialog(
                [&] { QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("makeCase")), Qt::LeftButton); },
                [&](QDialog *c) {
                    GuiTest::chooseByKeyboard(c->findChild<QComboBox *>(QStringLiteral("caseKind")),
                                              QStringLiteral("errand"));
                    auto *type = c->findChild<QComboBox *>(QStringLiteral("errandType"));
                    QVERIFY(type->isEnabled());
                    GuiTest::chooseByKeyboard(type, QStringLiteral("pension_certification"));
                    QCOMPARE(c->windowTitle(), QStringLiteral("New errand"));
                    shoot(c, QStringLiteral("errand"));
                    clickSave(c);
                    QVERIFY(!c->isVisible());
                });
            QVERIFY(intake);
            // Made at once: the need was already stored.
            QCOMPARE(dialog->madeCaseIds().size(), 1);
            caseId = dialog->madeCaseIds().constFirst();
            QVERIFY(!dialog->needsTable()->item(0, 1)->text().isEmpty());
            QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("makeCase"))->isEnabled());
            d->reject(); // cancelling the visit's edit keeps the errand
        });
    QVERIFY(seen);
    const std::optional<CaseRecord> c = CaseStore(m_db->db(), testScope()).record(caseId);
    QVERIFY(c);
    QCOMPARE(c->kind, QStringLiteral("errand"));
    QCOMPARE(c->errandType, QStringLiteral("pension_certification"));
    QCOMPARE(c->errandTypeName, QStringLiteral("养老金资格认证"));
    QCOMPARE(c->visitedOn, QDate(2026, 6, 1));
    QCOMPARE(VisitStore(m_db->db(), testScope()).visitOfCase(caseId), visitId);
    QCOMPARE(VisitStore(m_db->db(), testScope()).needs(visitId).at(0).caseId, caseId);

    // The case's own panel names the errand type and the visit it came from.
    CaseDetailPanel panel(m_db->db(), testScope());
    panel.setCase(caseId);
    const QString fields = panel.findChild<QLabel *>(QStringLiteral("caseFields"))->text();
    QVERIFY2(fields.contains(QStringLiteral("养老金资格认证")), qPrintable(fields));
    QVERIFY2(fields.contains(QStringLiteral("2026-06-01")), qPrintable(fields));
    QCOMPARE(panel.findChild<QPushButton *>(QStringLiteral("step_close"))->text(), QStringLiteral("Mark done…"));
    panel.resize(520, 560);
    shoot(&panel, QStringLiteral("errand-detail"));
}

void VisitsPageTest::emptyVisitNamesTheHousehold()
{
    const bool seen = GuiTest::withDialog(
        [&] { QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier); },
        [&](QDialog *d) {
            clickSave(d);
            QVERIFY(d->isVisible());
            QVERIFY(static_cast<VisitDialog *>(d)->errorText().startsWith(QStringLiteral("Household:")));
        });
    QVERIFY(seen);
    QCOMPARE(m_db->count(QStringLiteral("visit")), 0);
}

void VisitsPageTest::enterInTheSearchFindsDoesNotSave()
{
    // Enter saves a form, except in its search box, where it finds the household.
    const bool seen = GuiTest::withDialog([&] { QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier); },
                                          [&](QDialog *d) {
                                              auto *search = d->findChild<QLineEdit *>(QStringLiteral("visitSearch"));
                                              search->setFocus();
                                              typeText(search, QStringLiteral("李娜"));
                                              QTest::keyClick(search, Qt::Key_Return);
                                              QVERIFY(d->isVisible());
                                              QCOMPARE(static_cast<VisitDialog *>(d)->errorText(), QString());
                                              auto *household =
                                                  d->findChild<QComboBox *>(QStringLiteral("visitHousehold"));
                                              QCOMPARE(household->currentData().toLongLong(), m_h2);
                                              QTRY_COMPARE(QApplication::focusWidget(), household);
                                          });
    QVERIFY(seen);
    QCOMPARE(m_db->count(QStringLiteral("visit")), 0);
}

void VisitsPageTest::coverageTab()
{
    addVisit(m_h1, QDate(2026, 6, 2), {QStringLiteral("一"), QStringLiteral("二")});
    addVisit(m_hB, QDate(2026, 3, 16)); // 91 days before today
    m_page->refresh();
    m_page->tabs()->setCurrentIndex(1);
    QTableWidget *table = m_page->coverageTable();
    QCOMPARE(table->rowCount(), 3); // two grids and the total
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("第一网格"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("50.0%"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("0.0%"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("All grids"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("33.3%"));

    // Not visited in 90 days: h2 (never, living alone not set) and hB (91 days).
    VisitStaleModel *stale = m_page->staleModel();
    QCOMPARE(stale->rowCount(), 2);
    QCOMPARE(stale->householdId(0), m_h2);
    QCOMPARE(stale->householdId(1), m_hB);
    QCOMPARE(stale->index(1, VisitStaleModel::DaysSince).data().toInt(), 91);
    auto *days = m_page->findChild<QSpinBox *>(QStringLiteral("staleDays"));
    QCOMPARE(days->value(), 90);
    days->setFocus();
    QTest::keyClick(days, Qt::Key_Up); // 91: the visit 91 days ago is within the period
    QCOMPARE(stale->rowCount(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("visits/staleDays")).toInt(), 91);
    QVERIFY(
        m_page->findChild<QLabel *>(QStringLiteral("staleCount"))->text().startsWith(QStringLiteral("1 household")));
    shoot(m_page.get(), QStringLiteral("coverage"));

    // Enter on a household of the list logs a visit to it.
    auto *staleTable = m_page->findChild<QTableView *>(QStringLiteral("staleTable"));
    staleTable->setFocus();
    staleTable->setCurrentIndex(stale->index(0, 0));
    qint64 chosen = 0;
    const bool seen = GuiTest::withDialog(
        [&] { QTest::keyClick(staleTable, Qt::Key_Return); },
        [&](QDialog *d) {
            chosen = d->findChild<QComboBox *>(QStringLiteral("visitHousehold"))->currentData().toLongLong();
        });
    QVERIFY(seen);
    QCOMPARE(chosen, m_h2);
}

void VisitsPageTest::coverageByArea()
{
    addVisit(m_h1, QDate(2026, 6, 2));
    addVisit(m_hB, QDate(2026, 6, 3));
    m_page->tabs()->setCurrentIndex(1);
    QCheckBox *box = m_page->coverageByAreaBox();
    QVERIFY(!box->isEnabled()); // no areas yet
    Area east;
    east.code = QStringLiteral("P01");
    east.name = QStringLiteral("东片区");
    QVERIFY(AreaStore(m_db->db(), testScope(QStringLiteral("tester"))).saveArea(east).ok);
    QVERIFY(AreaStore(m_db->db(), testScope(QStringLiteral("tester"))).setGridsOfArea(east.id, {m_db->gridA}).ok);
    m_page->refresh();
    QVERIFY(box->isEnabled());
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    // 东片区 (第一网格: 2 households, 1 visited), then the grids in no area (第二网格: 1 of 1), the total.
    QTableWidget *table = m_page->coverageTable();
    QCOMPARE(table->rowCount(), 5);
    const QString indent(QChar(0x3000));
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names << table->item(row, 0)->text();
    QCOMPARE(names,
             (QStringList{QStringLiteral("东片区"), indent + QStringLiteral("第一网格"), QStringLiteral("No area"),
                          indent + QStringLiteral("第二网格"), QStringLiteral("All grids")}));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("50.0%"));
    QVERIFY(table->item(0, 0)->font().bold());
    QVERIFY(!table->item(1, 0)->font().bold());
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("100.0%"));
    QCOMPARE(table->item(4, 3)->text(), QStringLiteral("66.7%"));
}

void VisitsPageTest::printVisitSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QVERIFY2(m_page->writeVisitSheet(m_db->buildingA1, path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 1000);
    const QString text = pdfText(path);
    if (!text.isNull()) {
        QVERIFY(text.contains(QStringLiteral("张伟")));
        QVERIFY(!text.contains(TestDatabase::idFor(QDate(1950, 1, 1), true, 1)));
    }
}

void VisitsPageTest::ctrlNInTheMainWindowLogsAVisit()
{
    MainWindow window(m_db->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *visits = window.page<VisitsPage>(); // made on first use
    QVERIFY(visits);
    // After "Cases" in the navigation.
    const int index = window.pages()->indexOf(visits);
    QCOMPARE(window.navigation()->item(index)->text(), QStringLiteral("Visits"));
    const QList<QListWidgetItem *> cases = window.navigation()->findItems(QStringLiteral("Cases"), Qt::MatchExactly);
    QCOMPARE(cases.size(), 1);
    QVERIFY(window.navigation()->row(cases.constFirst()) < index);
    window.navigation()->setCurrentRow(index);
    visits->view()->setFocus();
    shoot(&window, QStringLiteral("mainwindow"));
    QString opened;
    const bool seen =
        GuiTest::withDialog([&] { QTest::keyClick(visits->view(), Qt::Key_N, Qt::ControlModifier); },
                            [&](QDialog *d) { opened = QString::fromLatin1(d->metaObject()->className()); });
    QVERIFY(seen);
    QCOMPARE(opened, QStringLiteral("VisitDialog"));
}

QTEST_MAIN(VisitsPageTest)
#include "visitspage_test.moc"
