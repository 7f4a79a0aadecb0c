// The keyboard traps of every form (issue 24), on a form built like the application's: Tab leaves
// a date field, Esc or closing with changes asks first, Enter saves and Ctrl+Enter saves from a
// notes field. Driven by keys as a clerk would.
#include "tests/support/guitestsupport.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

namespace {

// A small form: phone, date moved in, a count, a combo, a tick, notes; Save and Cancel.
class Form final : public QDialog
{
public:
    Form()
    {
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        layout->addLayout(form);
        name = new QLineEdit(this);
        form->addRow(QStringLiteral("&Name"), name);
        movedIn = FormHelpers::optionalDateEdit(this);
        form->addRow(QStringLiteral("&Moved in"), movedIn);
        phone = new QLineEdit(this);
        form->addRow(QStringLiteral("&Phone"), phone);
        count = new QSpinBox(this);
        form->addRow(QStringLiteral("&Count"), count);
        kind = new QComboBox(this);
        kind->addItems({QStringLiteral("one"), QStringLiteral("two")});
        form->addRow(QStringLiteral("&Kind"), kind);
        alone = new QCheckBox(QStringLiteral("&Alone"), this);
        form->addRow(QString(), alone);
        notes = new QPlainTextEdit(this);
        form->addRow(QStringLiteral("N&otes"), notes);
        grids = new QListWidget(this);
        for (const QString &grid : {QStringLiteral("first"), QStringLiteral("second")}) {
            auto *item = new QListWidgetItem(grid, grids);
            item->setCheckState(Qt::Unchecked);
        }
        form->addRow(QStringLiteral("&Grids"), grids);
        FormHelpers::addSaveButtons(this, layout);
        FormGuard::install(this);
    }
    QLineEdit *name;
    QDateEdit *movedIn;
    QLineEdit *phone;
    QSpinBox *count;
    QComboBox *kind;
    QCheckBox *alone;
    QPlainTextEdit *notes;
    QListWidget *grids;
};

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

// Presses `key` in `widget` and answers the "Discard changes?" question with `answer`
// ("discard" or "keepEditing"); returns the question's text, empty when none came.
QString pressAndAnswer(QWidget *widget, Qt::Key key, const char *answer)
{
    QString asked;
    GuiTest::withDialog([&] { QTest::keyClick(widget, key); },
                        [&](QDialog *d) {
                            auto *box = qobject_cast<QMessageBox *>(d);
                            QVERIFY(box);
                            asked = box->text();
                            auto *button = box->findChild<QPushButton *>(QLatin1String(answer));
                            QVERIFY(button);
                            QTest::mouseClick(button, Qt::LeftButton);
                        });
    return asked;
}

} // namespace

class FormGuardTest : public QObject
{
    Q_OBJECT

private slots:
    void tabLeavesADateField();
    void datePartsStayReachableByKeys();
    void tabLeavesADateFieldOnAPage();
    void escWithoutChangesJustCloses();
    void escWithChangesAsks();
    void closingWithChangesAsks();
    void typingAndDeletingIsNoChange();
    void everyKindOfFieldCounts();
    void enterSaves();
    void enterInNotesIsANewLineCtrlEnterSaves();
};

void FormGuardTest::tabLeavesADateField()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.name->setFocus();
    typeText(form.name, QStringLiteral("Wang"));
    QTest::keyClick(form.name, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), form.movedIn);
    // Tab again: on to the phone, not into the date's month.
    QTest::keyClick(form.movedIn, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), form.phone);
    typeText(QApplication::focusWidget(), QStringLiteral("13812345678"));
    QCOMPARE(form.phone->text(), QStringLiteral("13812345678"));
    QCOMPARE(FormHelpers::optionalDate(form.movedIn), QDate()); // the date was not touched
    // Shift+Tab from the phone comes back to the date, and once more back to the name.
    QTest::keyClick(form.phone, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), form.movedIn);
    QTest::keyClick(form.movedIn, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), form.name);
}

void FormGuardTest::datePartsStayReachableByKeys()
{
    Form form;
    FormHelpers::setOptionalDate(form.movedIn, QDate(2020, 5, 6));
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.movedIn->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(form.movedIn->hasFocus());
    QTest::keyClick(form.movedIn, Qt::Key_Home);
    QCOMPARE(form.movedIn->currentSection(), QDateTimeEdit::YearSection);
    // Right arrow walks into the month, Up changes it.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(form.movedIn, Qt::Key_Right);
    QCOMPARE(form.movedIn->currentSection(), QDateTimeEdit::MonthSection);
    QTest::keyClick(form.movedIn, Qt::Key_Up);
    QCOMPARE(form.movedIn->date(), QDate(2020, 6, 6));
    // Typing a whole date with its separators, coming in by Tab.
    QTest::keyClick(form.movedIn, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), form.name);
    QTest::keyClick(form.name, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), form.movedIn);
    typeText(form.movedIn, QStringLiteral("2021-07-08"));
    QTest::keyClick(form.movedIn, Qt::Key_Tab);
    QCOMPARE(form.movedIn->date(), QDate(2021, 7, 8));
    // Short parts with separators.
    form.name->setFocus();
    QTest::keyClick(form.name, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), form.movedIn);
    typeText(form.movedIn, QStringLiteral("2022-3-4"));
    QTest::keyClick(form.movedIn, Qt::Key_Tab);
    QCOMPARE(form.movedIn->date(), QDate(2022, 3, 4));
    QTRY_COMPARE(QApplication::focusWidget(), form.phone);
}

void FormGuardTest::tabLeavesADateFieldOnAPage()
{
    // A filter bar on a page (no dialog, no guard): the shared date field does the same.
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *from = new QDateEdit(QDate(2026, 1, 1), &page);
    from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    DateField::tabLeaves(from);
    auto *search = new QLineEdit(&page);
    layout->addWidget(from);
    layout->addWidget(search);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    from->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(from->hasFocus());
    QTest::keyClick(from, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("12"));
    QCOMPARE(from->date(), QDate(2026, 1, 1));
}

void FormGuardTest::escWithoutChangesJustCloses()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.name->setFocus();
    QCOMPARE(pressAndAnswer(form.name, Qt::Key_Escape, "discard"), QString());
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
}

void FormGuardTest::escWithChangesAsks()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.name->setFocus();
    typeText(form.name, QStringLiteral("Wang"));
    QCOMPARE(pressAndAnswer(form.name, Qt::Key_Escape, "keepEditing"), QStringLiteral("Discard changes?"));
    QVERIFY(form.isVisible());
    QCOMPARE(form.name->text(), QStringLiteral("Wang")); // nothing typed is lost
    QCOMPARE(pressAndAnswer(form.name, Qt::Key_Escape, "discard"), QStringLiteral("Discard changes?"));
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
}

void FormGuardTest::closingWithChangesAsks()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.notes->setFocus();
    typeText(form.notes, QStringLiteral("moved out in May"));
    // The window's close button.
    bool asked = false;
    GuiTest::withDialog([&] { form.close(); },
                        [&](QDialog *d) {
                            asked = true;
                            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("keepEditing")),
                                              Qt::LeftButton);
                        });
    QVERIFY(asked);
    QVERIFY(form.isVisible());
    asked = false;
    GuiTest::withDialog([&] { form.close(); },
                        [&](QDialog *d) {
                            asked = true;
                            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("discard")), Qt::LeftButton);
                        });
    QVERIFY(asked);
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
}

void FormGuardTest::typingAndDeletingIsNoChange()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.name->setFocus();
    typeText(form.name, QStringLiteral("W"));
    QTest::keyClick(form.name, Qt::Key_Backspace);
    QCOMPARE(pressAndAnswer(form.name, Qt::Key_Escape, "keepEditing"), QString());
    QVERIFY(!form.isVisible());
}

void FormGuardTest::everyKindOfFieldCounts()
{
    const auto changeBy = [](const std::function<void(Form &)> &change) {
        Form form;
        form.show();
        if (!QTest::qWaitForWindowActive(&form))
            return QStringLiteral("not shown");
        change(form);
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &form;
        const QString asked = pressAndAnswer(focus, Qt::Key_Escape, "discard");
        return form.isVisible() ? QStringLiteral("still open") : asked;
    };
    const QString question = QStringLiteral("Discard changes?");
    QCOMPARE(changeBy([](Form &f) {
                 f.movedIn->setFocus(Qt::TabFocusReason);
                 typeText(f.movedIn, QStringLiteral("2019-01-02"));
                 QTest::keyClick(f.movedIn, Qt::Key_Tab);
                 QCOMPARE(FormHelpers::optionalDate(f.movedIn), QDate(2019, 1, 2));
             }),
             question);
    QCOMPARE(changeBy([](Form &f) {
                 f.count->setFocus(Qt::TabFocusReason);
                 QTest::keyClick(f.count, Qt::Key_Up);
             }),
             question);
    QCOMPARE(changeBy([](Form &f) {
                 f.kind->setFocus(Qt::TabFocusReason);
                 QTest::keyClick(f.kind, Qt::Key_Down);
             }),
             question);
    QCOMPARE(changeBy([](Form &f) {
                 f.alone->setFocus(Qt::TabFocusReason);
                 QTest::keyClick(f.alone, Qt::Key_Space);
             }),
             question);
    QCOMPARE(changeBy([](Form &f) {
                 f.grids->setFocus(Qt::TabFocusReason);
                 QTest::keyClick(f.grids, Qt::Key_Down);
                 QTest::keyClick(f.grids, Qt::Key_Space);
                 QCOMPARE(f.grids->currentItem()->checkState(), Qt::Checked);
             }),
             question);
    // Only moving through the list and scrolling is no change.
    QCOMPARE(changeBy([](Form &f) {
                 f.grids->setFocus(Qt::TabFocusReason);
                 QTest::keyClick(f.grids, Qt::Key_Down);
                 QTest::keyClick(f.grids, Qt::Key_Up);
             }),
             QString());
}

void FormGuardTest::enterSaves()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.phone->setFocus();
    typeText(form.phone, QStringLiteral("13812345678"));
    QTest::keyClick(form.phone, Qt::Key_Return);
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Accepted));
}

void FormGuardTest::enterInNotesIsANewLineCtrlEnterSaves()
{
    Form form;
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.notes->setFocus();
    typeText(form.notes, QStringLiteral("first"));
    QTest::keyClick(form.notes, Qt::Key_Return);
    typeText(form.notes, QStringLiteral("second"));
    QCOMPARE(form.notes->toPlainText(), QStringLiteral("first\nsecond"));
    QVERIFY(form.isVisible());
    QTest::keyClick(form.notes, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(form.notes->toPlainText(), QStringLiteral("first\nsecond")); // no third line
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Accepted));
}

QTEST_MAIN(FormGuardTest)
#include "formguard_test.moc"
