// 待办提醒 by keyboard: the day's life-event errands listed grid by grid, ticked with Space and
// opened with Alt+O, never listed again; the office's rules edited in their dialog.
#include "models/core/sqlquery.h"
#include "models/lifeevents/lifeeventrules.h"
#include "models/tags/residenttags.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casepage.h"
#include "ui/cases/dueerrandsdialog.h"
#include "ui/cases/lifeeventrulesdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

namespace {

// CD_SCREENSHOT_DIR=/tmp keeps the pictures for a person to look at.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class DueErrandsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void opensTickedByKeyboard();
    void rulesDialogChangesLeadTime();
    void casePageCountFollowsResidents();
};

void DueErrandsDialogTest::opensTickedByKeyboard()
{
    TestDatabase t;
    const QDate day(2026, 12, 7);
    const qint64 inB =
        t.addResidentBornOn(t.buildingB1, QStringLiteral("101"), QStringLiteral("郑秀兰"), QDate(1946, 12, 7), 1);
    const qint64 inA =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("102"), QStringLiteral("吴国华"), QDate(1966, 12, 1), 3);
    DueErrandsDialog dialog(t.db(), testScope(), day);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    // Grid order: 第一网格's 吴国华 (60 on 12-01) before 第二网格's 郑秀兰 (80 today).
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("吴国华"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("郑秀兰"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("高龄津贴申请"));
    screenshot(&dialog, QStringLiteral("due-errands.png"));

    // Nothing ticked: Alt+O says so and opens nothing.
    table->setFocus();
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("dueMessage"))->text().contains(QStringLiteral("Tick")));
    QCOMPARE(t.count(QStringLiteral("life_event_errand")), 0);

    // Down to 郑秀兰, Space ticks her row, Alt+O opens hers only.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(table->item(1, 0)->checkState(), Qt::Checked);
    QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(dialog.openedCount(), 1);
    QCOMPARE(t.count(QStringLiteral("cases WHERE kind = 'errand' AND reporter_resident_id = %1").arg(inB)), 1);
    QCOMPARE(t.count(QStringLiteral("cases WHERE kind = 'errand' AND reporter_resident_id = %1").arg(inA)), 0);
    // Listed no more; Alt+A opens the rest.
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("吴国华"));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog.openedCount(), 2);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("dueOpenAll"))->isEnabled());
}

void DueErrandsDialogTest::rulesDialogChangesLeadTime()
{
    TestDatabase t;
    LifeEventRulesDialog dialog(t.db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTableWidget *table = dialog.table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QLatin1String("Turning 80"))
            row = r;
    QVERIFY(row >= 0);
    screenshot(&dialog, QStringLiteral("life-event-rules.png"));
    auto *lead = static_cast<QSpinBox *>(table->cellWidget(row, 2));
    lead->setFocus();
    QTest::keyClick(lead, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(lead, QStringLiteral("21"));
    QTest::keyClick(lead, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    int saved = -1;
    for (const LifeEventRule &r : LifeEventRules(t.db(), testScope()).list())
        if (r.code == QLatin1String("longevity_80"))
            saved = r.leadDays;
    QCOMPARE(saved, 21);
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE table_name = 'life_event_rule'")), 1);
}

void DueErrandsDialogTest::casePageCountFollowsResidents()
{
    // A resident changes (a 低保 review date entered, 20 days ahead): the case page's count of the
    // errands due follows on its next refresh, as after any change elsewhere.
    TestDatabase t;
    const qint64 wu =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("601"), QStringLiteral("吴建华"), QDate(1971, 5, 2), 21);
    CasePage page(t.db(), testScope());
    auto *due = page.findChild<QPushButton *>(QStringLiteral("dueErrands"));
    QVERIFY(due);
    const QString before = due->text();
    QVERIFY2(before.contains(QStringLiteral("(0)")), qPrintable(before));
    SqlQuery tag(t.db(), QStringLiteral("SELECT id FROM tag WHERE code = 'low_income'"));
    QVERIFY(tag.exec());
    const QString review = QDate::currentDate().addDays(20).toString(Qt::ISODate);
    QVERIFY(ResidentTags(t.db(), testScope())
                .start(wu, tag.scalar().toLongLong(), QDate::currentDate().addYears(-1),
                       {{QStringLiteral("review_date"), review}})
                .ok);
    page.refresh();
    QVERIFY2(due->text().contains(QStringLiteral("(1)")), qPrintable(due->text()));
}

QTEST_MAIN(DueErrandsDialogTest)
#include "dueerrandsdialog_test.moc"
