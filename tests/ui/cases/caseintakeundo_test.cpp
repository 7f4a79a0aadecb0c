// Undo of a case's intake in the main window (issue 24), by keys: a case taken in on the cases
// page (Ctrl+N, typed, Ctrl+Enter), then Ctrl+Z withdraws it (撤回): it leaves the list and the
// charts' count of cases received; the status filter's entry Withdrawn shows it; Ctrl+Shift+Z
// reinstates it and both counts come back. Nothing is deleted.
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/reports/monthlyreportquery.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casepage.h"
#include "ui/reports/dashboardpage.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

// QTest::keyClicks() only knows ASCII: Chinese text comes as key events carrying the text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

} // namespace

class CaseIntakeUndoTest final : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_t = std::make_unique<TestDatabase>(); }
    void cleanup() { m_t.reset(); }
    void intakeUndoneAndRedoneByKeys();

private:
    void showPage(MainWindow &window, QWidget *page)
    {
        window.navigation()->setCurrentRow(window.pages()->indexOf(page));
        QCOMPARE(window.pages()->currentWidget(), page);
    }
    int monthReceived() const
    {
        MonthlyReportQuery query(m_t->db(), testScope());
        MonthlyReportData d;
        const QDate today = QDate::currentDate();
        return query.run(today.year(), today.month(), 0, &d) ? d.total.received : -1;
    }
    std::unique_ptr<TestDatabase> m_t;
};

void CaseIntakeUndoTest::intakeUndoneAndRedoneByKeys()
{
    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *dashboard = window.page<DashboardPage>();
    auto *cases = window.page<CasePage>();
    QVERIFY(dashboard && cases);
    auto *summary = dashboard->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    showPage(window, dashboard);
    QTRY_VERIFY(summary->text().contains(QStringLiteral(": 0 cases received")));

    showPage(window, cases);
    QTableView *table = cases->view();
    table->setFocus();
    auto seen = GuiTest::onNextDialog(this, [](QDialog *d) {
        auto *description = d->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription"));
        QVERIFY(description);
        description->setFocus();
        typeText(description, QStringLiteral("路灯不亮"));
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!d->isVisible());
    });
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(*seen);
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    const qint64 id = cases->model()->caseId(0);
    const QString caseNo = CaseStore(m_t->db(), testScope()).record(id)->caseNo;
    QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo: add case %1").arg(caseNo));
    QCOMPARE(monthReceived(), 1);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();

    // Ctrl+Z: withdrawn, not deleted; out of the list and of the charts' count.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(cases->model()->rowCount(), 0);
    QCOMPARE(CaseStore(m_t->db(), testScope()).record(id)->status, QStringLiteral("withdrawn"));
    QCOMPARE(m_t->count(QStringLiteral("cases")), 1);
    QCOMPARE(monthReceived(), 0);
    QCOMPARE(window.redoAction()->text(), QStringLiteral("&Redo: add case %1").arg(caseNo));
    showPage(window, dashboard);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral(": 0 cases received")), qPrintable(summary->text()));

    // The status filter's Withdrawn entry shows the withdrawn cases.
    showPage(window, cases);
    auto *status = cases->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setFocus();
    GuiTest::chooseByKeyboard(status, QStringLiteral("withdrawn"));
    QCOMPARE(status->currentData().toString(), QStringLiteral("withdrawn"));
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    QCOMPARE(cases->model()->caseId(0), id);
    QCOMPARE(cases->model()->index(0, CaseTableModel::Status).data().toString(), QStringLiteral("Withdrawn"));
    GuiTest::chooseByKeyboard(status, QString());
    QTRY_COMPARE(cases->model()->rowCount(), 0);

    // Ctrl+Shift+Z: reinstated, counted again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(cases->model()->rowCount(), 1);
    QCOMPARE(CaseStore(m_t->db(), testScope()).record(id)->status, QStringLiteral("received"));
    QCOMPARE(monthReceived(), 1);
    showPage(window, dashboard);
    QTRY_VERIFY2(summary->text().contains(QStringLiteral(": 1 cases received")), qPrintable(summary->text()));
    QCOMPARE(window.undoStack()->count(), 1);
}

QTEST_MAIN(CaseIntakeUndoTest)
#include "caseintakeundo_test.moc"
