// The office's custom fields in the resident and household forms, and a resident's tag periods
// given and ended in their dialog with typed editors (issue 25): values typed in the forms are
// saved with the record and shown again when it is reopened.
#include "models/register/registerstore.h"
#include "models/tags/customfieldstore.h"
#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/register/householddialog.h"
#include "ui/register/residentdialog.h"
#include "ui/register/residenttagsdialog.h"
#include "ui/register/typedvalueeditors.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

class CustomFieldsFormTest : public QObject
{
    Q_OBJECT

private slots:
    void residentFormRoundTrip();
    void householdFormRoundTrip();
    void residentFormOneTransaction();
    void tagPeriodsDialog();

private:
    static CustomField field(const QString &entity, const QString &code, const QString &name, const QString &type,
                             const QStringList &choices = {})
    {
        CustomField f;
        f.entity = entity;
        f.code = code;
        f.name = name;
        f.type = type;
        f.choices = choices;
        return f;
    }
};

void CustomFieldsFormTest::residentFormRoundTrip()
{
    TestDatabase t;
    const QString id = TestDatabase::idFor(QDate(1950, 1, 1), true);
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}}));
    const qint64 zhang = t.residentId(id);
    CustomFieldStore store(t.db(), testScope());
    CustomField plate = field(CustomFieldStore::residentEntity(), QStringLiteral("plate"), QStringLiteral("车牌号"),
                              QStringLiteral("text"));
    CustomField religion = field(CustomFieldStore::residentEntity(), QStringLiteral("religion"), QStringLiteral("宗教"),
                                 QStringLiteral("choice"), {QStringLiteral("无"), QStringLiteral("佛教")});
    QVERIFY(store.save(plate).ok);
    QVERIFY(store.save(religion).ok);
    {
        ResidentDialog dialog(t.db(), testScope(), *RegisterStore(t.db(), testScope()).resident(zhang));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.customFields());
        auto *plateEdit = qobject_cast<QLineEdit *>(dialog.customFields()->editor(QStringLiteral("plate")));
        QVERIFY(plateEdit);
        plateEdit->setFocus();
        QTest::keyClicks(plateEdit, QStringLiteral("A12345"));
        auto *religionBox = qobject_cast<QComboBox *>(dialog.customFields()->editor(QStringLiteral("religion")));
        QVERIFY(religionBox);
        religionBox->setFocus();
        QTest::keyClick(religionBox, Qt::Key_Down);
        QTest::keyClick(religionBox, Qt::Key_Down);
        QCOMPARE(religionBox->currentText(), QStringLiteral("佛教"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
    }
    const QMap<QString, QString> values = store.values(CustomFieldStore::residentEntity(), zhang);
    QCOMPARE(values.value(QStringLiteral("plate")), QStringLiteral("A12345"));
    QCOMPARE(values.value(QStringLiteral("religion")), QStringLiteral("佛教"));
    // Reopened, the form shows them.
    ResidentDialog again(t.db(), testScope(), *RegisterStore(t.db(), testScope()).resident(zhang));
    QCOMPARE(qobject_cast<QLineEdit *>(again.customFields()->editor(QStringLiteral("plate")))->text(),
             QStringLiteral("A12345"));
    QCOMPARE(qobject_cast<QComboBox *>(again.customFields()->editor(QStringLiteral("religion")))->currentText(),
             QStringLiteral("佛教"));
}

void CustomFieldsFormTest::householdFormRoundTrip()
{
    TestDatabase t;
    const qint64 household = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                            {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    CustomFieldStore store(t.db(), testScope());
    CustomField pets = field(CustomFieldStore::householdEntity(), QStringLiteral("pets"), QStringLiteral("宠物数量"),
                             QStringLiteral("number"));
    QVERIFY(store.save(pets).ok);
    {
        HouseholdDialog dialog(t.db(), testScope(), household, 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *spin = qobject_cast<QDoubleSpinBox *>(dialog.customFields()->editor(QStringLiteral("pets")));
        QVERIFY(spin);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("2"));
        QCOMPARE(spin->value(), 2.0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(store.values(CustomFieldStore::householdEntity(), household).value(QStringLiteral("pets")),
             QStringLiteral("2"));
}

// A custom value the database refuses (a trigger stands in for any failure after the checks) leaves
// the resident's own edits unsaved too: the two are one transaction.
void CustomFieldsFormTest::residentFormOneTransaction()
{
    TestDatabase t;
    const QString id = TestDatabase::idFor(QDate(1950, 1, 1), true);
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}}));
    const qint64 zhang = t.residentId(id);
    CustomFieldStore store(t.db(), testScope());
    CustomField plate = field(CustomFieldStore::residentEntity(), QStringLiteral("plate"), QStringLiteral("车牌号"),
                              QStringLiteral("text"));
    QVERIFY(store.save(plate).ok);
    QSqlQuery trigger(t.db());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_plate BEFORE INSERT ON custom_value WHEN NEW.value = "
                                        "'BAD' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    ResidentDialog dialog(t.db(), testScope(), *RegisterStore(t.db(), testScope()).resident(zhang));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    commitText(name, QStringLiteral("张三丰"));
    auto *plateEdit = qobject_cast<QLineEdit *>(dialog.customFields()->editor(QStringLiteral("plate")));
    plateEdit->setFocus();
    QTest::keyClicks(plateEdit, QStringLiteral("BAD"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(RegisterStore(t.db(), testScope()).resident(zhang)->name, QStringLiteral("张三"));
    QVERIFY(store.values(CustomFieldStore::residentEntity(), zhang).isEmpty());
    // A good value then saves both.
    plateEdit->selectAll();
    QTest::keyClicks(plateEdit, QStringLiteral("A12345"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(RegisterStore(t.db(), testScope()).resident(zhang)->name, QStringLiteral("张三丰"));
    QCOMPARE(store.values(CustomFieldStore::residentEntity(), zhang).value(QStringLiteral("plate")),
             QStringLiteral("A12345"));
}

void CustomFieldsFormTest::tagPeriodsDialog()
{
    TestDatabase t;
    const QString id = TestDatabase::idFor(QDate(1950, 1, 1), true);
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}}));
    const qint64 zhang = t.residentId(id);
    ResidentTagsDialog dialog(t.db(), testScope(), zhang);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tag = dialog.findChild<QComboBox *>(QStringLiteral("periodTag"));
    tag->setCurrentIndex(tag->findText(QStringLiteral("低保")));
    dialog.findChild<QDateEdit *>(QStringLiteral("periodStart"))->setDate(QDate(2024, 3, 1));
    auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("value_dibao_number"));
    QVERIFY(number);
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("DB-001"));
    auto *review = dialog.findChild<QDateEdit *>(QStringLiteral("value_review_date"));
    QVERIFY(review);
    review->setDate(QDate(2026, 12, 15));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("periodStartButton")), Qt::LeftButton);
    QTRY_COMPARE(dialog.findChild<QListWidget *>(QStringLiteral("tagPeriods"))->count(), 1);
    QCOMPARE(ResidentTags::attributeValue(t.db(), zhang, QStringLiteral("low_income"), QStringLiteral("review_date")),
             QStringLiteral("2026-12-15"));
    QCOMPARE(ResidentTags::attributeValue(t.db(), zhang, QStringLiteral("low_income"), QStringLiteral("dibao_number")),
             QStringLiteral("DB-001"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("periodStartButton"))->isEnabled());
    // An end before the start is refused, naming the field; then ended.
    dialog.findChild<QDateEdit *>(QStringLiteral("periodEnd"))->setDate(QDate(2024, 1, 1));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("periodEndButton")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("periodMessage"))->text().contains(QStringLiteral("End date")));
    dialog.findChild<QDateEdit *>(QStringLiteral("periodEnd"))->setDate(QDate(2025, 6, 30));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("periodEndButton")), Qt::LeftButton);
    QTRY_VERIFY(ResidentTags(t.db(), testScope()).current(zhang).isEmpty());
    QCOMPARE(ResidentTags(t.db(), testScope()).periods(zhang).at(0).end, QDate(2025, 6, 30));
    QVERIFY(dialog.changed());
}

QTEST_MAIN(CustomFieldsFormTest)
#include "customfieldsform_test.moc"
