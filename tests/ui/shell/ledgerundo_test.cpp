// Edit → Undo / Redo of the special ledgers in the main window (issue 24): a mediation and an
// assistance record opened from their lists with Enter, changed by keys and saved with Enter,
// then Ctrl+Z: the database has the old value again with an 'undo' audit row; Ctrl+Shift+Z puts
// the change back. An assistance record added by the form is archived by Ctrl+Z.
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/core/sqlquery.h"
#include "models/mediation/mediationstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

class LedgerUndoTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mediationEditUndoneAndRedoneByKeys();
    void assistanceEditUndoneAndRedoneByKeys();

private:
    // Shows the page of the navigation entry `title`; its list `viewName` with row 0 current.
    QTableView *openList(MainWindow &window, const QString &title, const QString &viewName);
    // Enter on the list's current row opens its form: `field` retyped as `text`, Enter saves.
    bool retypeInForm(MainWindow &window, QTableView *list, const QString &field, const QString &text);
    int auditRows(const QString &table, qint64 id, const QString &action) const;

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_household = 0;
    qint64 m_resident = 0;
};

void LedgerUndoTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString id = TestDatabase::idFor(QDate(1950, 1, 1), true);
    m_household =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}});
    QVERIFY(m_household);
    m_resident = m_t->residentId(id);
    QVERIFY(m_resident);
}

void LedgerUndoTest::cleanup()
{
    m_t.reset();
}

int LedgerUndoTest::auditRows(const QString &table, qint64 id, const QString &action) const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND record_id = ? AND "
                                         "action = ?"));
    return q.exec(table, id, action) ? q.scalar().toInt() : -1;
}

QTableView *LedgerUndoTest::openList(MainWindow &window, const QString &title, const QString &viewName)
{
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    if (!nav)
        return nullptr;
    const QList<QListWidgetItem *> items = nav->findItems(title, Qt::MatchExactly);
    if (items.isEmpty())
        return nullptr;
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(items.constFirst()).center());
    QTableView *list = nullptr;
    if (!QTest::qWaitFor([&] {
            list = window.findChild<QTableView *>(viewName);
            return list && list->isVisible() && list->model()->rowCount() > 0;
        }))
        return nullptr;
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
    if (!QTest::qWaitFor([&] { return list->selectionModel()->isRowSelected(0); }))
        return nullptr;
    return list;
}

bool LedgerUndoTest::retypeInForm(MainWindow &window, QTableView *list, const QString &field, const QString &text)
{
    auto seen = GuiTest::onNextDialog(this, [&](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        commitText(edit, text);
        QTest::keyClick(edit, Qt::Key_Return); // Enter saves the form
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    });
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return *seen; }))
        return false;
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    list->setFocus();
    return true;
}

void LedgerUndoTest::mediationEditUndoneAndRedoneByKeys()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m;
    m.receivedOn = QDate::currentDate();
    m.kind = QStringLiteral("neighbours");
    m.matter = QStringLiteral("楼上卫生间漏水");
    m.mediator = QStringLiteral("调解员赵敏");
    Mediation::Party applicant;
    applicant.side = QStringLiteral("applicant");
    applicant.residentId = m_resident;
    Mediation::Party respondent;
    respondent.side = QStringLiteral("respondent");
    respondent.name = QStringLiteral("外来租户陈某");
    m.parties = {applicant, respondent};
    QVERIFY(store.save(m).ok);

    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *list = openList(window, QStringLiteral("Special ledgers"), QStringLiteral("mediations"));
    QVERIFY(list);
    QVERIFY(retypeInForm(window, list, QStringLiteral("mediator"), QStringLiteral("调解员钱立")));
    QTRY_COMPARE(store.mediation(m.id)->mediator, QStringLiteral("调解员钱立"));
    QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo: edit the mediation “楼上卫生间漏水”"));

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(store.mediation(m.id)->mediator, QStringLiteral("调解员赵敏"));
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("undo")), 1);

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(store.mediation(m.id)->mediator, QStringLiteral("调解员钱立"));
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("redo")), 1);
    QCOMPARE(window.undoStack()->count(), 1);
}

void LedgerUndoTest::assistanceEditUndoneAndRedoneByKeys()
{
    AssistanceStore store(m_t->db(), testScope());
    AssistanceRecord r;
    r.householdId = m_household;
    r.kindId = AssistanceKinds(m_t->db(), testScope()).find(QStringLiteral("temporary_relief"));
    r.amountFen = 50000;
    r.givenOn = QDate::currentDate();
    r.givenBy = QStringLiteral("李主任");
    QVERIFY(store.save(r).ok);

    MainWindow window(m_t->db(), testScope());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    const QList<QListWidgetItem *> items = nav->findItems(QStringLiteral("Special groups"), Qt::MatchExactly);
    QVERIFY(!items.isEmpty());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(items.constFirst()).center());
    // The 救助记录 tab by its mnemonic.
    QTabWidget *tabs = nullptr;
    QTRY_VERIFY((tabs = window.findChild<QTabWidget *>()) != nullptr);
    QTableView *list = nullptr;
    QTRY_VERIFY((list = window.findChild<QTableView *>(QStringLiteral("assistanceView"))) != nullptr);
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(list->isVisible());
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
    QTRY_VERIFY(list->selectionModel()->isRowSelected(0));

    QVERIFY(retypeInForm(window, list, QStringLiteral("amount"), QStringLiteral("800")));
    QTRY_COMPARE(store.record(r.id)->amountFen, qint64(80000));
    QCOMPARE(window.undoAction()->text(),
             QStringLiteral("&Undo: edit 临时救助 for 张三 on %1").arg(QDate::currentDate().toString(Qt::ISODate)));

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(store.record(r.id)->amountFen, qint64(50000));
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("undo")), 1);
    QTRY_COMPARE(list->model()->index(0, 5).data().toString(), QStringLiteral("500.00"));

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(store.record(r.id)->amountFen, qint64(80000));
    QTRY_COMPARE(list->model()->index(0, 5).data().toString(), QStringLiteral("800.00"));
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("redo")), 1);

    // Archive, then Ctrl+Z brings it back into the list.
    QPushButton *archive = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Arc&hive") && button->isVisible())
            archive = button;
    QVERIFY(archive);
    // The list was filled again by the redo: the row is chosen again.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
    QTRY_VERIFY(list->selectionModel()->isRowSelected(0));
    // Y answers the question (its button clicks a moment later).
    auto asked = GuiTest::onNextDialog(this, [](QDialog *box) {
        QTest::keyClick(box, Qt::Key_Y);
        QTRY_VERIFY(!box->isVisible());
    });
    QTest::mouseClick(archive, Qt::LeftButton);
    QTRY_VERIFY(*asked);
    QTRY_VERIFY(store.record(r.id)->archived);
    QTRY_COMPARE(list->model()->rowCount(), 0);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!store.record(r.id)->archived);
    QTRY_COMPARE(list->model()->rowCount(), 1);
}

QTEST_MAIN(LedgerUndoTest)
#include "ledgerundo_test.moc"
