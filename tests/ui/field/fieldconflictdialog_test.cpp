// The field merge's conflict dialog, driven by the keyboard as a clerk would (issue 22): Up/Down
// between conflicts, Left/Right or O/F picks a side, Enter merges once all are decided, then the
// report; the decisions reach the real merge.
#include "models/core/sqlquery.h"
#include "models/field/fieldmerge.h"
#include "tests/support/fieldtestcopy.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/field/fieldconflictdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class FieldConflictDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void decidesEachConflictByKeyboardThenMerges();
    void enterWaitsUntilEveryConflictIsDecided();
    void mergeWithoutConflictsShowsTheReport();
    void attentionLevelSetOnBothSidesIsDecidedHere();
};

void FieldConflictDialogTest::decidesEachConflictByKeyboardThenMerges()
{
    TestDatabase office;
    QTemporaryDir dir;
    const QString zhangId = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    const qint64 household = office.addHousehold(office.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                                 {{QStringLiteral("张三"), zhangId}});
    const qint64 zhang = office.residentId(zhangId);
    QVERIFY(SqlQuery(office.db(), QStringLiteral("UPDATE resident SET phone = '1', notes = 'a', ethnicity = '汉族' "
                                                 "WHERE id = ?"))
                .exec(zhang));
    FieldTestCopy copy(office.db(), dir.filePath(QStringLiteral("field.sqlite")));
    QVERIFY(copy.isOk());
    QVERIFY(copy.exec(QStringLiteral("UPDATE resident SET phone = '2', notes = 'field', ethnicity = '回族' WHERE id "
                                     "= ?"),
                      {zhang}));
    QVERIFY(SqlQuery(office.db(), QStringLiteral("UPDATE resident SET phone = '3', notes = 'office', ethnicity = "
                                                 "'满族' WHERE id = ?"))
                .exec(zhang));
    Q_UNUSED(household);

    FieldMerge merge(office.db(), testScope(QStringLiteral("clerk_wang")));
    const FieldMerge::Result first = merge.merge(copy.db());
    QCOMPARE(first.status, FieldMerge::Status::NeedsDecisions);
    QCOMPARE(first.conflicts.size(), 3);

    int applied = 0;
    FieldConflictDialog dialog(first.conflicts, [&](const QHash<QString, FieldConflict::Choice> &decisions) {
        ++applied;
        merge.setDecisions(decisions);
        return merge.merge(copy.db());
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    QVERIFY(table);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->rowCount(), 3);
    // Each row shows record, field and both versions.
    QStringList columns;
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("Resident 张三"));
        columns << table->item(row, 1)->text();
    }
    const int phoneRow = columns.indexOf(QStringLiteral("Phone"));
    const int notesRow = columns.indexOf(QStringLiteral("Notes"));
    const int ethnicityRow = columns.indexOf(QStringLiteral("Ethnicity"));
    QVERIFY(phoneRow >= 0 && notesRow >= 0 && ethnicityRow >= 0);
    QCOMPARE(table->item(phoneRow, 2)->text(), QStringLiteral("3"));
    QCOMPARE(table->item(phoneRow, 3)->text(), QStringLiteral("2"));

    // Walk the rows from the top, deciding by the field for phone, the office for notes (Left),
    // the field for ethnicity (F), whichever order they came in.
    QCOMPARE(table->currentRow(), 0);
    for (int row = 0; row < 3; ++row) {
        if (row > 0)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), row);
        if (row == phoneRow)
            QTest::keyClick(table, Qt::Key_Right);
        else if (row == notesRow)
            QTest::keyClick(table, Qt::Key_Left);
        else
            QTest::keyClick(table, Qt::Key_F);
    }
    // Changing one's mind: O on the ethnicity row, then F again.
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), 2);
    const int last = 2;
    QTest::keyClick(table, Qt::Key_O);
    QVERIFY(table->item(last, 2)->text().startsWith(QStringLiteral("✓")));
    QTest::keyClick(table, last == notesRow ? Qt::Key_O : Qt::Key_F);
    QCOMPARE(dialog.undecidedCount(), 0);
    QVERIFY(table->item(phoneRow, 3)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(table->item(notesRow, 2)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(table->item(ethnicityRow, 3)->text().startsWith(QStringLiteral("✓")));

    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(applied, 1);
    QTRY_VERIFY(dialog.isShowingReport());
    QCOMPARE(dialog.result().status, FieldMerge::Status::Merged);
    auto *report = dialog.findChild<QTableWidget *>(QStringLiteral("report"));
    QVERIFY(report && report->rowCount() >= 3);
    SqlQuery q(office.db(),
               QStringLiteral("SELECT phone || '/' || notes || '/' || ethnicity FROM resident WHERE id = ?"));
    QVERIFY(q.exec(zhang) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2/office/回族"));
}

void FieldConflictDialogTest::enterWaitsUntilEveryConflictIsDecided()
{
    QList<FieldConflict> conflicts;
    for (int i = 0; i < 2; ++i) {
        FieldConflict c;
        c.key = QStringLiteral("resident/[%1]/phone").arg(i);
        c.record = QStringLiteral("Resident %1").arg(i);
        c.column = QStringLiteral("phone");
        c.field = QStringLiteral("Phone");
        c.officeValue = QStringLiteral("o%1").arg(i);
        c.fieldValue = QStringLiteral("f%1").arg(i);
        conflicts << c;
    }
    int applied = 0;
    QHash<QString, FieldConflict::Choice> got;
    FieldConflictDialog dialog(conflicts, [&](const QHash<QString, FieldConflict::Choice> &decisions) {
        ++applied;
        got = decisions;
        FieldMerge::Result r;
        r.status = FieldMerge::Status::Merged;
        r.message = QStringLiteral("done");
        return r;
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Right);
    QVERIFY(status->text().contains(QLatin1Char('1')));
    // Enter with the first row still open: nothing runs, the first open row is selected.
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(applied, 0);
    QCOMPARE(table->currentRow(), 0);
    QVERIFY(!dialog.isShowingReport());
    QTest::keyClick(table, Qt::Key_Left);
    QTest::keyClick(table, Qt::Key_Enter);
    QCOMPARE(applied, 1);
    QCOMPARE(got.value(conflicts.at(0).key), FieldConflict::Choice::Office);
    QCOMPARE(got.value(conflicts.at(1).key), FieldConflict::Choice::Field);
    QTRY_VERIFY(dialog.isShowingReport());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text(), QStringLiteral("done"));
}

void FieldConflictDialogTest::mergeWithoutConflictsShowsTheReport()
{
    TestDatabase office;
    QTemporaryDir dir;
    const QString zhangId = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    QVERIFY(office.addHousehold(office.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                {{QStringLiteral("张三"), zhangId}}) > 0);
    FieldTestCopy copy(office.db(), dir.filePath(QStringLiteral("field.sqlite")));
    QVERIFY(copy.isOk());
    QVERIFY(copy.exec(QStringLiteral("UPDATE resident SET phone = '2' WHERE id = ?"), {office.residentId(zhangId)}));
    bool reported = false;
    const bool opened = GuiTest::withDialog(
        [&] { FieldConflictDialog::mergeInteractively(office.db(), testScope(), copy.db(), nullptr); },
        [&](QDialog *dialog) {
            auto *d = qobject_cast<FieldConflictDialog *>(dialog);
            QVERIFY(d);
            QTRY_VERIFY(d->isShowingReport());
            reported = d->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("updated 1"));
            QTest::keyClick(d->findChild<QTableWidget *>(QStringLiteral("report")), Qt::Key_Escape);
        });
    QVERIFY(opened);
    QVERIFY(reported);
    SqlQuery phone(office.db(), QStringLiteral("SELECT phone FROM resident WHERE id_number = ?"));
    QVERIFY(phone.exec(zhangId) && phone.next());
    QCOMPARE(phone.value(0).toString(), QStringLiteral("2"));
}

void FieldConflictDialogTest::attentionLevelSetOnBothSidesIsDecidedHere()
{
    // Issue 25: both sides set 张三's 关注程度 (one row per resident); the clerk picks the field's.
    TestDatabase office;
    QTemporaryDir dir;
    const QString zhangId = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    QVERIFY(office.addHousehold(office.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                {{QStringLiteral("张三"), zhangId}}) > 0);
    const qint64 zhang = office.residentId(zhangId);
    FieldTestCopy copy(office.db(), dir.filePath(QStringLiteral("field.sqlite")));
    QVERIFY(copy.isOk());
    const QString set = QStringLiteral("INSERT INTO care_attention (resident_id, level, user_name, updated_at) VALUES "
                                       "(?, ?, ?, '2026-12-01T09:00:00')");
    QVERIFY(copy.exec(set, {zhang, QStringLiteral("focus"), QStringLiteral("lina")}));
    QVERIFY(SqlQuery(office.db(), set).exec(zhang, QStringLiteral("severe"), QStringLiteral("clerk_wang")));

    FieldMerge merge(office.db(), testScope(QStringLiteral("clerk_wang")));
    const FieldMerge::Result first = merge.merge(copy.db());
    QCOMPARE(first.status, FieldMerge::Status::NeedsDecisions);
    QCOMPARE(first.conflicts.size(), 1);
    FieldConflictDialog dialog(first.conflicts, [&](const QHash<QString, FieldConflict::Choice> &decisions) {
        merge.setDecisions(decisions);
        return merge.merge(copy.db());
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflicts"));
    QVERIFY(table);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Attention level of 张三"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Attention level"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Severe"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Focus"));
    QTest::keyClick(table, Qt::Key_F);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(dialog.isShowingReport());
    QCOMPARE(dialog.result().status, FieldMerge::Status::Merged);
    SqlQuery q(office.db(), QStringLiteral("SELECT count(*), max(level) FROM care_attention WHERE resident_id = ?"));
    QVERIFY(q.exec(zhang) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toString(), QStringLiteral("focus"));
}

QTEST_MAIN(FieldConflictDialogTest)
#include "fieldconflictdialog_test.moc"
