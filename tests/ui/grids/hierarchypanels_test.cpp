#include "models/grids/areastore.h"
#include "models/grids/gridrollup.h"
#include "models/grids/gridstore.h"
#include "models/grids/partycontactstore.h"
#include "models/volunteers/dualreportstore.h"
#include "ui/grids/areapanel.h"
#include "ui/grids/grideditor.h"
#include "ui/grids/partycontactpanel.h"
#include "ui/volunteers/dualreporthoursview.h"
#include "ui/volunteers/volunteerdialog.h"

#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QObject>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The grid hierarchy widgets driven as a clerk would: the grid editor's kind, unit and area,
// the Areas panel, party-member households, the volunteer form's dual-report box and the
// hours per work unit.
class HierarchyPanelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gridEditorSavesKindUnitAndArea();
    void areaPanelAddsAnAreaAndAssignsGrids();
    void partyContactFromTheRegister();
    void volunteerDialogDualReport();
    void hoursPerWorkUnitView();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void HierarchyPanelsTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张秀英"), TestDatabase::idFor(QDate(1950, 1, 1), false, 41)}}));
    QVERIFY(m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                              {{QStringLiteral("张明"), TestDatabase::idFor(QDate(1980, 1, 1), true, 43)}}));
    SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET phone = '13812345678'")).exec();
}

void HierarchyPanelsTest::cleanup()
{
    m_t.reset();
}

void HierarchyPanelsTest::gridEditorSavesKindUnitAndArea()
{
    Area area;
    area.code = QStringLiteral("P01");
    area.name = QStringLiteral("东片区");
    QVERIFY(AreaStore(m_t->db(), testScope()).saveArea(area).ok);

    GridEditor editor(m_t->db(), testScope());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setGrid(*GridStore(m_t->db(), testScope()).grid(m_t->gridB));
    QVERIFY(!editor.unitEdit()->isEnabled()); // a regular grid has no unit
    editor.kindCombo()->setCurrentIndex(editor.kindCombo()->findData(QStringLiteral("exclusive")));
    QVERIFY(editor.unitEdit()->isEnabled());
    editor.areaCombo()->setCurrentIndex(editor.areaCombo()->findData(area.id));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    const QLabel *message = editor.findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY2(message->text().contains(QLatin1String("Unit:")), qPrintable(message->text()));
    QCOMPARE(AreaStore(m_t->db(), testScope()).placement(m_t->gridB).kind, QStringLiteral("regular"));

    editor.unitEdit()->setFocus();
    commitText(editor.unitEdit(), QStringLiteral("第一实验小学"));
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    const GridPlacement p = AreaStore(m_t->db(), testScope()).placement(m_t->gridB);
    QCOMPARE(p.kind, QStringLiteral("exclusive"));
    QCOMPARE(p.unitName, QStringLiteral("第一实验小学"));
    QCOMPARE(p.areaId, area.id);
    QCOMPARE(GridRollup(m_t->db()).areaOf(m_t->gridB), area.id);

    // Shown again when the grid is opened.
    editor.setGrid(*GridStore(m_t->db(), testScope()).grid(m_t->gridA));
    QCOMPARE(editor.unitEdit()->text(), QString());
    editor.setGrid(*GridStore(m_t->db(), testScope()).grid(m_t->gridB));
    QCOMPARE(editor.unitEdit()->text(), QStringLiteral("第一实验小学"));
    QCOMPARE(editor.areaCombo()->currentData().toLongLong(), area.id);
}

void HierarchyPanelsTest::areaPanelAddsAnAreaAndAssignsGrids()
{
    AreaPanel panel(m_t->db(), testScope());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Before any area: one row for the grids in none.
    QCOMPARE(panel.areaTable()->rowCount(), 1);
    QCOMPARE(panel.areaTable()->item(0, 1)->text(), QStringLiteral("No area"));

    panel.newArea();
    QTest::keyClicks(panel.codeEdit(), QStringLiteral("P01"));
    commitText(panel.nameEdit(), QStringLiteral("东片区"));
    commitText(panel.leaderEdit(), QStringLiteral("王建国"));
    QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
    QCOMPARE(AreaStore(m_t->db(), testScope()).areas().size(), 1);
    const qint64 areaId = AreaStore(m_t->db(), testScope()).areas().constFirst().id;
    QCOMPARE(panel.currentAreaId(), areaId);

    // Tick grid A and apply.
    QListWidget *grids = panel.gridList();
    QCOMPARE(grids->count(), 2);
    for (int i = 0; i < grids->count(); ++i)
        if (grids->item(i)->data(Qt::UserRole + 1).toLongLong() == m_t->gridA)
            grids->item(i)->setCheckState(Qt::Checked);
    QTest::mouseClick(panel.assignButton(), Qt::LeftButton);
    QCOMPARE(GridRollup(m_t->db()).areaOf(m_t->gridA), areaId);
    QCOMPARE(GridRollup(m_t->db()).areaOf(m_t->gridB), GridRollup::kNoArea);
    // The area's row sums its grid: one household, one resident aged 60+.
    panel.selectArea(areaId);
    const int row = panel.areaTable()->currentRow();
    QCOMPARE(panel.areaTable()->item(row, 3)->text(), QStringLiteral("1")); // grids
    QCOMPARE(panel.areaTable()->item(row, 4)->text(), QStringLiteral("1")); // households
    QCOMPARE(panel.areaTable()->item(row, 6)->text(), QStringLiteral("1")); // aged 60+
}

void HierarchyPanelsTest::partyContactFromTheRegister()
{
    PartyContactPanel panel(m_t->db(), testScope());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setGrid(m_t->gridA);
    commitText(panel.searchEdit(), QStringLiteral("张"));
    // Only the chosen grid's residents are offered.
    QCOMPARE(panel.residentHits()->model()->rowCount(), 1);
    QVERIFY(panel.addFoundResident(0));
    QCOMPARE(panel.contactTable()->rowCount(), 1);
    QCOMPARE(panel.contactTable()->item(0, 0)->text(), QStringLiteral("张秀英"));
    QCOMPARE(panel.contactTable()->item(0, 2)->text(), QStringLiteral("138****5678")); // masked
    QVERIFY(!panel.addFoundResident(0));                                               // the household is one already
    panel.setGrid(m_t->gridB);
    QCOMPARE(panel.contactTable()->rowCount(), 0);
    QCOMPARE(PartyContactStore(m_t->db(), testScope()).countsPerGrid().value(m_t->gridA), 1);
}

void HierarchyPanelsTest::volunteerDialogDualReport()
{
    VolunteerTestData data(*m_t);
    const qint64 id = data.volunteer(QStringLiteral("赵强"));
    {
        VolunteerDialog dialog(m_t->db(), testScope(), *VolunteerStore(m_t->db(), testScope()).volunteer(id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.dualReportBox()->isChecked());
        QTest::mouseClick(dialog.dualReportBox(), Qt::LeftButton, {}, QPoint(5, dialog.dualReportBox()->height() / 2));
        QVERIFY(dialog.dualReportBox()->isChecked());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(dialog.result() != QDialog::Accepted); // no work unit yet
        QVERIFY(!DualReportStore(m_t->db(), testScope()).isDualReport(id));
        commitText(dialog.workUnitEdit(), QStringLiteral("区财政局"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(DualReportStore(m_t->db(), testScope()).isDualReport(id));
    QCOMPARE(VolunteerStore(m_t->db(), testScope()).volunteer(id)->workUnit, QStringLiteral("区财政局"));
    VolunteerDialog again(m_t->db(), testScope(), *VolunteerStore(m_t->db(), testScope()).volunteer(id));
    QVERIFY(again.dualReportBox()->isChecked());
}

void HierarchyPanelsTest::hoursPerWorkUnitView()
{
    VolunteerTestData data(*m_t);
    const qint64 a = data.volunteer(QStringLiteral("甲"));
    Volunteer v = *VolunteerStore(m_t->db(), testScope()).volunteer(a);
    v.workUnit = QStringLiteral("区财政局");
    QVERIFY(DualReportStore(m_t->db(), testScope()).saveVolunteer(v, true).ok);
    const qint64 e = data.event(QStringLiteral("清洁"), QDateTime(QDate(2026, 5, 3), QTime(9, 0)));
    data.eventHours(e, a, 2.5);

    DualReportHoursView view(m_t->db(), testScope());
    view.setPeriod(QDate(2026, 5, 1), QDate(2026, 5, 31));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStandardItemModel *model = view.model();
    QCOMPARE(model->rowCount(), 2); // the unit and the total
    QCOMPARE(model->item(0, DualReportHoursView::Unit)->text(), QStringLiteral("区财政局"));
    QCOMPARE(model->item(0, DualReportHoursView::Hours)->data(Qt::UserRole).toDouble(), 2.5);
    QCOMPARE(model->item(1, DualReportHoursView::Unit)->text(), QStringLiteral("Total"));
    view.setPeriod(QDate(2026, 6, 1), QDate(2026, 6, 30));
    QCOMPARE(model->item(0, DualReportHoursView::Hours)->data(Qt::UserRole).toDouble(), 0.0);
}

QTEST_MAIN(HierarchyPanelsTest)
#include "hierarchypanels_test.moc"
