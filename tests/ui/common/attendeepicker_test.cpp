#include "ui/common/attendeepicker.h"

#include "models/cnrules/idnumber.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/attendeetestdata.h"
#include "tests/support/testsupport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

// The attendee picker of the meeting and event forms, driven from the keyboard inside a dialog
// whose Save button is the default: typing, choosing a hit and Enter add residents to the list
// (never twice, and never by saving the dialog), Delete takes them off, and every change is
// signalled once.
class AttendeePickerTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keyboardAddsAndRemoves();
    void hitsShowMaskedIdNumbers();
    void enterInTheHitListAddsTheSelection();
    void loadedResidentsAndHeadCount();

private:
    struct Form
    {
        QDialog dialog;
        AttendeePicker *picker = nullptr;
    };
    std::unique_ptr<Form> makeForm();
    qint64 zhangWei() const { return m_residents.zhangWei; }
    qint64 zhangXiuying() const { return m_residents.zhangXiuying; }

    std::unique_ptr<TestDatabase> m_t;
    AttendeeTestData m_residents;
};

void AttendeePickerTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_residents.addTo(*m_t));
}

void AttendeePickerTest::cleanup()
{
    m_t.reset();
}

// A dialog with a default Save button around the picker, as in the real forms.
std::unique_ptr<AttendeePickerTest::Form> AttendeePickerTest::makeForm()
{
    auto form = std::make_unique<Form>();
    auto *layout = new QVBoxLayout(&form->dialog);
    form->picker = new AttendeePicker(m_t->db(), testScope(), &form->dialog);
    layout->addWidget(form->picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &form->dialog);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &form->dialog, &QDialog::accept);
    layout->addWidget(buttons);
    form->dialog.show();
    return form;
}

void AttendeePickerTest::keyboardAddsAndRemoves()
{
    const auto form = makeForm();
    QVERIFY(QTest::qWaitForWindowExposed(&form->dialog));
    AttendeePicker *picker = form->picker;
    QSignalSpy changed(picker, &AttendeePicker::changed);
    QCOMPARE(picker->hits()->model()->rowCount(), 0); // nobody until the clerk types

    // "z": the pinyin initials of both 张 (张伟 sorts before 张秀英), not 李娜.
    picker->searchEdit()->setFocus();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("z"));
    QCOMPARE(picker->hits()->model()->rowCount(), 2);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(picker->residentIds(), QList<qint64>{zhangWei()});
    QCOMPARE(changed.count(), 1);
    QVERIFY(form->dialog.isVisible()); // Enter added; it did not save the dialog
    QCOMPARE(form->dialog.result(), 0);

    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Enter);
    QCOMPARE(picker->residentIds(), (QList<qint64>{zhangWei(), zhangXiuying()}));
    QCOMPARE(changed.count(), 2);

    // Not twice: neither by Enter on a listed hit nor through addHit().
    QTest::keyClick(picker->searchEdit(), Qt::Key_Up);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QVERIFY(!picker->addHit(1));
    QCOMPARE(picker->residentIds().size(), 2);
    QCOMPARE(changed.count(), 2);

    // The text was left selected: the next name replaces it.
    commitText(picker->searchEdit(), QStringLiteral("李"));
    QCOMPARE(picker->searchEdit()->text(), QStringLiteral("李"));
    QCOMPARE(picker->hits()->model()->rowCount(), 1);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(picker->residentIds().size(), 3);
    QCOMPARE(changed.count(), 3);
    QVERIFY(picker->chosen()->item(2)->text().startsWith(QStringLiteral("李娜")));

    // Delete on the list: the first one (张伟) goes.
    picker->chosen()->setFocus();
    QTest::keyClick(picker->chosen(), Qt::Key_Down);
    QTest::keyClick(picker->chosen(), Qt::Key_Home);
    QCOMPARE(picker->chosen()->selectedItems().size(), 1);
    QTest::keyClick(picker->chosen(), Qt::Key_Delete);
    QCOMPARE(picker->residentIds(), (QList<qint64>{zhangXiuying(), m_residents.liNa}));
    QCOMPARE(changed.count(), 4);
    // Nothing selected any more: Delete changes nothing and says nothing.
    picker->chosen()->clearSelection();
    QTest::keyClick(picker->chosen(), Qt::Key_Delete);
    QCOMPARE(picker->residentIds().size(), 2);
    QCOMPARE(changed.count(), 4);

    // Removed, the resident can be added again. Tabbing back selects the old search text.
    picker->searchEdit()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("zw"));
    QCOMPARE(picker->searchEdit()->text(), QStringLiteral("zw"));
    QCOMPARE(picker->hits()->model()->rowCount(), 1);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(picker->residentIds().last(), zhangWei());
    QCOMPARE(changed.count(), 5);
    QVERIFY(form->dialog.isVisible());
}

void AttendeePickerTest::hitsShowMaskedIdNumbers()
{
    const auto form = makeForm();
    QVERIFY(QTest::qWaitForWindowExposed(&form->dialog));
    AttendeePicker *picker = form->picker;
    commitText(picker->searchEdit(), QStringLiteral("张"));
    QAbstractItemModel *hits = picker->hits()->model();
    QCOMPARE(hits->rowCount(), 2);
    QVERIFY(!picker->hits()->isColumnHidden(ResidentTableModel::IdNumber));
    QVERIFY(picker->hits()->isColumnHidden(ResidentTableModel::Phone));
    const QString shown = hits->index(0, ResidentTableModel::IdNumber).data().toString();
    QCOMPARE(shown, IdNumber::mask(m_residents.zhangWeiIdNumber));
    QVERIFY2(shown != m_residents.zhangWeiIdNumber && !shown.contains(QLatin1String("19750101")), qPrintable(shown));
    QVERIFY(!hits->index(1, ResidentTableModel::IdNumber).data().toString().contains(QLatin1String("19500101")));
    // The chosen list names the resident and the address, never the number.
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    QVERIFY(!picker->chosen()->item(0)->text().contains(m_residents.zhangWeiIdNumber.right(4)));
}

void AttendeePickerTest::enterInTheHitListAddsTheSelection()
{
    const auto form = makeForm();
    QVERIFY(QTest::qWaitForWindowExposed(&form->dialog));
    AttendeePicker *picker = form->picker;
    QSignalSpy changed(picker, &AttendeePicker::changed);
    commitText(picker->searchEdit(), QStringLiteral("张"));
    picker->hits()->setFocus();
    QTest::keyClick(picker->hits(), Qt::Key_Down, Qt::ShiftModifier); // both rows
    QTest::keyClick(picker->hits(), Qt::Key_Return);
    QCOMPARE(picker->residentIds().size(), 2);
    QCOMPARE(changed.count(), 2);
    QVERIFY(form->dialog.isVisible());
    // The Remove button takes the selected ones off.
    picker->chosen()->selectAll();
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("removeResident")), Qt::LeftButton);
    QVERIFY(picker->residentIds().isEmpty());
    QCOMPARE(changed.count(), 3);
    // The Add button adds the selected hits (both still selected).
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("addResident")), Qt::LeftButton);
    QCOMPARE(picker->residentIds().size(), 2);
    QCOMPARE(changed.count(), 5);
}

void AttendeePickerTest::loadedResidentsAndHeadCount()
{
    const auto form = makeForm();
    QVERIFY(QTest::qWaitForWindowExposed(&form->dialog));
    AttendeePicker *picker = form->picker;
    QSignalSpy changed(picker, &AttendeePicker::changed);
    picker->setResidents({{zhangWei(), QStringLiteral("张伟")}, {zhangXiuying(), QStringLiteral("张秀英")}});
    QCOMPARE(picker->residentIds(), (QList<qint64>{zhangWei(), zhangXiuying()}));
    QCOMPARE(changed.count(), 1);
    // Loaded residents count as listed: searching and adding one again is refused.
    commitText(picker->searchEdit(), QStringLiteral("张"));
    QVERIFY(!picker->addHit(0));
    QVERIFY(!picker->addHit(1));
    QVERIFY(!picker->addHit(5)); // no such hit

    picker->headCountSpin()->setFocus();
    picker->headCountSpin()->selectAll();
    QTest::keyClicks(picker->headCountSpin(), QStringLiteral("7"));
    QCOMPARE(picker->headCount(), 7);
    QCOMPARE(picker->total(), 9);
    QCOMPARE(changed.count(), 2);
    picker->setHeadCount(3);
    QCOMPARE(picker->total(), 5);
    QCOMPARE(changed.count(), 3);
}

QTEST_MAIN(AttendeePickerTest)
#include "attendeepicker_test.moc"
