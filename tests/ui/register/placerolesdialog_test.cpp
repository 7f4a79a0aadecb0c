// The contacts of a compound, a building and its units, entered where places are set up (issue 25).
#include "models/register/placerolestore.h"
#include "ui/register/placerolesdialog.h"

#include "tests/support/testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class PlaceRolesDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addAndTakeOff();
    void gridWorkerIsRefusedTheCompound();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void PlaceRolesDialogTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("2"), QStringLiteral("201"),
                              {{QStringLiteral("住户"), TestDatabase::idFor(QDate(1970, 1, 1), true, 61)}}));
}

void PlaceRolesDialogTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

void PlaceRolesDialogTest::addAndTakeOff()
{
    PlaceRolesDialog dialog(m_t->db(), testScope(), m_t->compoundA, m_t->buildingA1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.placeCombo()->count(), 3); // the compound, the building, unit 2
    commitText(dialog.nameEdit(), QStringLiteral("楼长老马"));
    dialog.phoneEdit()->setFocus();
    QTest::keyClicks(dialog.phoneEdit(), QStringLiteral("13700001234"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addContact")), Qt::LeftButton);
    QCOMPARE(dialog.roles()->rowCount(), 1);
    QCOMPARE(dialog.roles()->item(0, 1)->text(), QStringLiteral("楼长老马"));
    // Unit 2's head, on the unit.
    dialog.placeCombo()->setCurrentIndex(2);
    QCOMPARE(dialog.roles()->rowCount(), 0);
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("unit_head")));
    commitText(dialog.nameEdit(), QStringLiteral("单元长乙"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addContact")), Qt::LeftButton);
    QCOMPARE(dialog.roles()->rowCount(), 1);
    const QList<PlaceRole> all = PlaceRoleStore(m_t->db(), testScope()).rolesForBuilding(m_t->buildingA1);
    QCOMPARE(all.size(), 2);
    QCOMPARE(PlaceRoleStore(m_t->db(), testScope())
                 .rolesAt(m_t->compoundA, m_t->buildingA1, QStringLiteral("2"))
                 .constFirst()
                 .role,
             QStringLiteral("unit_head"));
    // Taken off: archived, no longer listed.
    dialog.roles()->selectRow(0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("removeContact")), Qt::LeftButton);
    QCOMPARE(dialog.roles()->rowCount(), 0);
    QCOMPARE(PlaceRoleStore(m_t->db(), testScope()).rolesForBuilding(m_t->buildingA1).size(), 1);
    // A contact without a name is refused, naming the field.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addContact")), Qt::LeftButton);
    QVERIFY2(dialog.messageText().contains(QStringLiteral("Name")), qPrintable(dialog.messageText()));
}

void PlaceRolesDialogTest::gridWorkerIsRefusedTheCompound()
{
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridA}));
    PlaceRolesDialog dialog(m_t->db(), testScope(), m_t->compoundA, m_t->buildingA1);
    dialog.show();
    dialog.placeCombo()->setCurrentIndex(0); // the whole compound: the office's
    commitText(dialog.nameEdit(), QStringLiteral("物业"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addContact")), Qt::LeftButton);
    QCOMPARE(dialog.roles()->rowCount(), 0);
    QVERIFY(!dialog.messageText().isEmpty());
    dialog.placeCombo()->setCurrentIndex(1); // their own grid's building
    commitText(dialog.nameEdit(), QStringLiteral("楼长"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addContact")), Qt::LeftButton);
    QCOMPARE(dialog.roles()->rowCount(), 1);
}

QTEST_MAIN(PlaceRolesDialogTest)
#include "placerolesdialog_test.moc"
