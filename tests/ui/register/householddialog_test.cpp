// Drives the household form as a clerk would: keyboard, an input method for Chinese names,
// wrong input, Enter to save and Esc to cancel.
#include "models/cnrules/idnumber.h"
#include "models/register/registerstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/register/householddialog.h"
#include "ui/register/residentform.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class HouseholdDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void addsHouseholdWithTwoResidents();
    void wrongCheckDigitNamesTheField();
    void duplicateIdLinksToExistingPerson();
    void escapeCancelsWithoutSaving();
    void tabLeavesTheMovedInDate();
    void escapeAfterAddingAMemberAsksFirst();
    void missingRoomIsReportedOnTheAddress();

private:
    static void typeChinese(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        commitText(widget, text);
    }
    static QLineEdit *field(HouseholdDialog &dialog, const char *name)
    {
        auto *edit = dialog.memberForm()->findChild<QLineEdit *>(QLatin1String(name));
        Q_ASSERT(edit);
        return edit;
    }
    static void fillMember(HouseholdDialog &dialog, const QString &name, const QString &idNumber, int relationIndex)
    {
        typeChinese(field(dialog, "name"), name);
        QLineEdit *id = field(dialog, "idNumber");
        id->setFocus();
        QTest::keyClicks(id, idNumber);
        auto *relation = dialog.memberForm()->findChild<QComboBox *>(QStringLiteral("relation"));
        QVERIFY(relation);
        relation->setCurrentIndex(relationIndex);
    }
    static void chooseAddress(HouseholdDialog &dialog, const QString &unit, const QString &room)
    {
        auto *unitEdit = dialog.findChild<QLineEdit *>(QStringLiteral("unit"));
        auto *roomEdit = dialog.findChild<QLineEdit *>(QStringLiteral("room"));
        unitEdit->setFocus();
        QTest::keyClicks(unitEdit, unit);
        roomEdit->setFocus();
        QTest::keyClicks(roomEdit, room);
    }
    // Presses Esc in `widget`; answers "Discard changes?" with `answer` ("discard" or "keepEditing")
    // and returns whether it was asked.
    static bool escapeAnswering(QWidget *widget, const char *answer)
    {
        bool asked = false;
        GuiTest::withDialog([&] { QTest::keyClick(widget, Qt::Key_Escape); },
                            [&](QDialog *d) {
                                auto *box = qobject_cast<QMessageBox *>(d);
                                QVERIFY(box);
                                asked = box->text() == QStringLiteral("Discard changes?");
                                QTest::mouseClick(box->findChild<QPushButton *>(QLatin1String(answer)), Qt::LeftButton);
                            });
        return asked;
    }
    static QLabel *message(QWidget *parent, const char *name)
    {
        return parent->findChild<QLabel *>(QLatin1String(name));
    }
};

void HouseholdDialogTest::addsHouseholdWithTwoResidents()
{
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *building = dialog.findChild<QComboBox *>(QStringLiteral("building"));
    QCOMPARE(building->currentData().toLongLong(), t.buildingA1); // preset from the tree selection

    chooseAddress(dialog, QStringLiteral("2"), QStringLiteral("501"));
    const QString headId = TestDatabase::idFor(QDate(1958, 3, 14), true, 11);
    const QString spouseId = TestDatabase::idFor(QDate(1961, 11, 2), false, 12);

    fillMember(dialog, QStringLiteral("王建国"), headId, 0);
    // The ID number fills birth date and gender as it is typed.
    auto *birth = dialog.memberForm()->findChild<QDateEdit *>(QStringLiteral("birthDate"));
    QCOMPARE(birth->date(), QDate(1958, 3, 14));
    auto *info = dialog.memberForm()->findChild<QLabel *>(QStringLiteral("idInfo"));
    QVERIFY(info->text().contains(QStringLiteral("1958-03-14")));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyMember"));
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *members = dialog.findChild<QTableWidget *>(QStringLiteral("memberTable"));
    QCOMPARE(members->rowCount(), 1);
    QCOMPARE(members->item(0, 0)->text(), QStringLiteral("王建国"));
    QVERIFY(field(dialog, "name")->text().isEmpty()); // the form is ready for the next member

    // The second member is typed but not added: Enter adds and saves, as a clerk expects.
    fillMember(dialog, QStringLiteral("李秀英"), spouseId, 1);
    QTest::keyClick(field(dialog, "idNumber"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(t.count(QStringLiteral("household")), 1);
    QCOMPARE(t.count(QStringLiteral("resident")), 2);
    RegisterStore store(t.db(), testScope());
    const auto household = store.household(dialog.savedHouseholdId());
    QVERIFY(household);
    QCOMPARE(household->buildingId, t.buildingA1);
    QCOMPARE(household->unit, QStringLiteral("2"));
    QCOMPARE(household->room, QStringLiteral("501"));
    const QList<Resident> saved = store.members(household->id);
    QCOMPARE(saved.size(), 2);
    const auto spouse = store.resident(t.residentId(spouseId));
    QVERIFY(spouse);
    QCOMPARE(spouse->name, QStringLiteral("李秀英"));
    QCOMPARE(spouse->gender, QStringLiteral("F"));
    QCOMPARE(spouse->birthDate, QDate(1961, 11, 2));
    QCOMPARE(spouse->householdId, household->id);
}

void HouseholdDialogTest::wrongCheckDigitNamesTheField()
{
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    chooseAddress(dialog, QStringLiteral("1"), QStringLiteral("101"));
    QString id = TestDatabase::idFor(QDate(1970, 1, 5), true, 21);
    id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    fillMember(dialog, QStringLiteral("赵磊"), id, 0);
    // As soon as the number is complete the form says what is wrong with it.
    auto *info = dialog.memberForm()->findChild<QLabel *>(QStringLiteral("idInfo"));
    QVERIFY2(info->text().contains(QStringLiteral("check digit")), qPrintable(info->text()));

    QTest::keyClick(field(dialog, "idNumber"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QLabel *idMessage = message(dialog.memberForm(), "idNumberMessage");
    QVERIFY(idMessage->isVisibleTo(&dialog));
    QVERIFY2(idMessage->text().contains(QStringLiteral("ID number")), qPrintable(idMessage->text()));
    QCOMPARE(t.count(QStringLiteral("resident")), 0);
    QCOMPARE(t.count(QStringLiteral("household")), 0);
}

void HouseholdDialogTest::duplicateIdLinksToExistingPerson()
{
    TestDatabase t;
    const QString id = TestDatabase::idFor(QDate(1980, 6, 1), false, 31);
    t.addHousehold(t.buildingA2, QStringLiteral("1"), QStringLiteral("202"), {{QStringLiteral("陈静"), id}});
    const qint64 existing = t.residentId(id);

    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    qint64 opened = 0;
    connect(&dialog, &HouseholdDialog::openResidentRequested, this,
            [&opened](qint64 residentId) { opened = residentId; });
    dialog.show();
    chooseAddress(dialog, QStringLiteral("1"), QStringLiteral("102"));
    fillMember(dialog, QStringLiteral("陈静"), id, 0);
    QTest::keyClick(field(dialog, "idNumber"), Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QCOMPARE(t.count(QStringLiteral("household")), 1);
    QLabel *idMessage = message(&dialog, "idNumberMessage");
    QVERIFY(idMessage && idMessage->isVisibleTo(&dialog));
    QVERIFY2(idMessage->text().contains(QStringLiteral("陈静")), qPrintable(idMessage->text()));
    QVERIFY2(idMessage->text().contains(QStringLiteral("resident:%1").arg(existing)), qPrintable(idMessage->text()));
    emit idMessage->linkActivated(QStringLiteral("resident:%1").arg(existing));
    QCOMPARE(opened, existing);
}

void HouseholdDialogTest::escapeCancelsWithoutSaving()
{
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing typed: Esc just closes.
    QVERIFY(!escapeAnswering(dialog.findChild<QLineEdit *>(QStringLiteral("unit")), "keepEditing"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseAddress(dialog, QStringLiteral("3"), QStringLiteral("303"));
    fillMember(dialog, QStringLiteral("孙丽"), TestDatabase::idFor(QDate(1990, 2, 2), false, 41), 0);
    QVERIFY(escapeAnswering(field(dialog, "name"), "discard"));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(t.count(QStringLiteral("resident")), 0);
}

void HouseholdDialogTest::tabLeavesTheMovedInDate()
{
    // Issue 24: Tab walked into 迁入日期's month and day, so the phone typed next changed the date.
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *movedIn = dialog.findChild<QDateEdit *>(QStringLiteral("movedIn"));
    auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("householdPhone"));
    const QDate before = movedIn->date();
    movedIn->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(movedIn->hasFocus());
    QTest::keyClick(movedIn, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), phone);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("13812345678"));
    QCOMPARE(phone->text(), QStringLiteral("13812345678"));
    QCOMPARE(movedIn->date(), before);
    QTest::keyClick(phone, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), movedIn);
}

void HouseholdDialogTest::escapeAfterAddingAMemberAsksFirst()
{
    // Issue 24: an added family member vanished with one Esc.
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    chooseAddress(dialog, QStringLiteral("3"), QStringLiteral("303"));
    fillMember(dialog, QStringLiteral("孙丽"), TestDatabase::idFor(QDate(1990, 2, 2), false, 41), 0);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("applyMember")), Qt::LeftButton);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("memberTable"));
    QCOMPARE(table->rowCount(), 1);

    QVERIFY(escapeAnswering(field(dialog, "name"), "keepEditing"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(table->rowCount(), 1); // the member is still there
    // Enter saves what is there.
    auto *unit = dialog.findChild<QLineEdit *>(QStringLiteral("unit"));
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(t.count(QStringLiteral("resident")), 1);
}

void HouseholdDialogTest::missingRoomIsReportedOnTheAddress()
{
    TestDatabase t;
    HouseholdDialog dialog(t.db(), testScope(), 0, t.buildingA1);
    dialog.show();
    fillMember(dialog, QStringLiteral("周敏"), TestDatabase::idFor(QDate(1975, 9, 9), false, 51), 0);
    QTest::keyClick(field(dialog, "idNumber"), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QLabel *householdMessage = message(&dialog, "householdMessage");
    QVERIFY(householdMessage->isVisibleTo(&dialog));
    QVERIFY2(householdMessage->text().contains(QStringLiteral("Room")), qPrintable(householdMessage->text()));
    QCOMPARE(t.count(QStringLiteral("household")), 0);
    QCOMPARE(t.count(QStringLiteral("resident")), 0);
}

QTEST_MAIN(HouseholdDialogTest)
#include "householddialog_test.moc"
