// Errand types as a list the office edits: add / rename / archive through EditableList (unique
// codes, duplicate names refused, audited, nothing deleted), old errands keep naming an archived
// type, and the same through the intake form's "Errand types" menu driven with the keyboard.
#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/errandtypes.h"
#include "models/core/sqlquery.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/cases/caseintakedialog.h"

#include <functional>
#include <memory>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class ErrandTypesTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void seededTypesInSortOrder();
    void addRenameArchive();
    void duplicateAndEmptyNamesAreRefused();
    void archivedTypeStillNamesOldErrands();
    void viewerCannotChangeTheList();
    void intakeFormEditsTheList();
    void intakeFormRefusesADuplicate();

private:
    QStringList names() const;
    int audits(const QString &action) const;
    qint64 category() const { return CaseStore(m_t->db(), testScope()).categories().constFirst().id; }
    SaveResult intakeErrand(const QString &code);

    // Runs `handle` on the next modal dialog to open (polled: it opens inside a nested event
    // loop); a dialog it leaves open is rejected. The flag says whether one opened.
    // Opens the intake form's "Errand types" menu with the mouse and picks entry `index` with the keyboard.
    void pickFromTypeMenu(CaseIntakeDialog &dialog, int index);
    static void typeName(QLineEdit *edit, const QString &name);
    static CaseIntakeDialog *openErrandForm(std::unique_ptr<CaseIntakeDialog> &holder, QSqlDatabase db);

    std::unique_ptr<TestDatabase> m_t;
};

void ErrandTypesTest::init()
{
    m_t = std::make_unique<TestDatabase>();
}

void ErrandTypesTest::cleanup()
{
    // Watchers for a dialog that never came.
    qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    resetTestScope();
    m_t.reset();
}

QStringList ErrandTypesTest::names() const
{
    QStringList list;
    for (const ErrandTypes::Type &t : ErrandTypes(m_t->db(), testScope()).list())
        list << t.name;
    return list;
}

int ErrandTypesTest::audits(const QString &action) const
{
    SqlQuery q(m_t->db(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'errand_type' AND action = ?"));
    return q.exec(action) ? q.scalar().toInt() : -1;
}

SaveResult ErrandTypesTest::intakeErrand(const QString &code)
{
    CaseIntake in;
    in.source = QStringLiteral("visit");
    in.categoryId = category();
    in.receivedAt = QDateTime(QDate(2026, 5, 4), QTime(9, 30));
    in.description = QStringLiteral("代办");
    in.kind = QStringLiteral("errand");
    in.errandType = code;
    return CaseStore(m_t->db(), testScope()).intake(in);
}

void ErrandTypesTest::seededTypesInSortOrder()
{
    const QList<ErrandTypes::Type> types = ErrandTypes(m_t->db(), testScope()).list();
    QCOMPARE(types.size(), 13); // six of the office, seven the life-event rules open (低保复核 too)
    QCOMPARE(types.constFirst().code, QStringLiteral("pension_certification"));
    QCOMPARE(types.constFirst().name, QStringLiteral("养老金资格认证"));
    QVERIFY(types.constFirst().id > 0);
    QCOMPARE(types.constLast().code, QStringLiteral("other"));
}

void ErrandTypesTest::addRenameArchive()
{
    const ErrandTypes types(m_t->db(), testScope(QStringLiteral("clerk")));
    ListEntry added;
    added.name = QStringLiteral("  独生子女证办理 ");
    SaveResult r = types.save(added);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(added.id, r.id);
    QCOMPARE(added.name, QStringLiteral("独生子女证办理")); // trimmed
    QVERIFY(!added.code.isEmpty());
    QCOMPARE(names().constLast(), QStringLiteral("独生子女证办理")); // after the seeded ones
    QCOMPARE(types.name(added.code), QStringLiteral("独生子女证办理"));

    ListEntry second;
    second.name = QStringLiteral("流动人口登记");
    QVERIFY(types.save(second).ok);
    QVERIFY(second.code != added.code);
    QVERIFY(second.sortOrder > added.sortOrder);
    QStringList codes;
    for (const ErrandTypes::Type &t : types.list())
        codes << t.code;
    QCOMPARE(codes.removeDuplicates(), 0);
    QCOMPARE(codes.size(), 15);
    QCOMPARE(audits(QStringLiteral("save")), 2);

    // A rename keeps the code, which is what cases store.
    ListEntry renamed;
    renamed.id = added.id;
    renamed.name = QStringLiteral("高龄津贴办理");
    r = types.save(renamed);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(types.name(added.code), QStringLiteral("高龄津贴办理"));
    QVERIFY(!names().contains(QStringLiteral("独生子女证办理")));
    QCOMPARE(audits(QStringLiteral("save")), 3);

    r = types.archive(added.id);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(!names().contains(QStringLiteral("高龄津贴办理")));
    QCOMPARE(names().size(), 14);
    QCOMPARE(m_t->count(QStringLiteral("errand_type")), 15); // archived, not deleted
    QCOMPARE(types.name(added.code), QStringLiteral("高龄津贴办理"));
    QCOMPARE(audits(QStringLiteral("archive")), 1);
    r = types.archive(added.id);
    QVERIFY(!r.ok);
    QCOMPARE(r.firstMessage(), QStringLiteral("The errand type could not be archived."));
    QCOMPARE(audits(QStringLiteral("archive")), 1);

    // A seeded type archives the same way.
    qint64 other = 0;
    for (const ErrandTypes::Type &t : types.list())
        if (t.code == QLatin1String("other"))
            other = t.id;
    QVERIFY(other > 0);
    QVERIFY(types.archive(other).ok);
    QVERIFY(!names().contains(QStringLiteral("其他")));
    QCOMPARE(types.name(QStringLiteral("other")), QStringLiteral("其他"));

    // A new type after archived ones still gets a code of its own.
    ListEntry third;
    third.name = QStringLiteral("其他");
    QVERIFY(types.save(third).ok); // the archived name is free again
    QVERIFY(third.code != QLatin1String("other"));
    QVERIFY(third.code != added.code && third.code != second.code);
    QCOMPARE(types.name(QStringLiteral("other")), QStringLiteral("其他"));
    QCOMPARE(types.name(third.code), QStringLiteral("其他"));
}

void ErrandTypesTest::duplicateAndEmptyNamesAreRefused()
{
    const ErrandTypes types(m_t->db(), testScope());
    ListEntry dup;
    dup.name = QStringLiteral("证明开具");
    SaveResult r = types.save(dup);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    QCOMPARE(r.firstMessage(), QStringLiteral("Name: there is already an errand type called 证明开具."));
    QCOMPARE(dup.id, 0);

    // Renaming onto another type's name is refused too; renaming to its own name is not.
    const ErrandTypes::Type first = types.list().constFirst();
    ListEntry rename;
    rename.id = first.id;
    rename.name = QStringLiteral("失业登记");
    r = types.save(rename);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    QVERIFY(r.firstMessage().startsWith(QStringLiteral("Name:")));
    QCOMPARE(types.name(first.code), first.name);
    rename.name = first.name;
    QVERIFY(types.save(rename).ok);

    ListEntry empty;
    empty.name = QStringLiteral("   ");
    r = types.save(empty);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    QCOMPARE(r.firstMessage(), QStringLiteral("Name: enter the name of the errand type."));
    QCOMPARE(m_t->count(QStringLiteral("errand_type")), 13);
    QCOMPARE(audits(QStringLiteral("save")), 1); // only the rename to its own name
}

void ErrandTypesTest::archivedTypeStillNamesOldErrands()
{
    const ErrandTypes types(m_t->db(), testScope());
    ListEntry t;
    t.name = QStringLiteral("独生子女证办理");
    QVERIFY(types.save(t).ok);
    const SaveResult made = intakeErrand(t.code);
    QVERIFY2(made.ok, qPrintable(made.firstMessage()));

    QVERIFY(types.archive(t.id).ok);
    const std::optional<CaseRecord> c = CaseStore(m_t->db(), testScope()).record(made.id);
    QVERIFY(c);
    QCOMPARE(c->errandType, t.code);
    QCOMPARE(types.name(c->errandType), QStringLiteral("独生子女证办理"));

    // New errands cannot choose it any more.
    const SaveResult refused = intakeErrand(t.code);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errors.constFirst().field, QStringLiteral("errandType"));
}

void ErrandTypesTest::viewerCannotChangeTheList()
{
    setTestScope(AccessScope(AccessScope::Role::Viewer, 9, QStringLiteral("viewer")));
    const ErrandTypes types(m_t->db(), testScope());
    ListEntry t;
    t.name = QStringLiteral("独生子女证办理");
    QVERIFY(!types.save(t).ok);
    QVERIFY(!types.archive(types.list().constFirst().id).ok);
    QCOMPARE(names().size(), 13);

    CaseIntakeDialog dialog(m_t->db(), testScope());
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("caseKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("errand")));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("errandType"))->isEnabled());
    QVERIFY(!dialog.findChild<QToolButton *>(QStringLiteral("errandTypes"))->isEnabled());

    setTestScope(AccessScope(AccessScope::Role::Clerk, 8, QStringLiteral("clerk")));
    CaseIntakeDialog clerks(m_t->db(), testScope());
    auto *button = clerks.findChild<QToolButton *>(QStringLiteral("errandTypes"));
    QVERIFY(!button->isEnabled()); // an ordinary case has no errand type
    kind = clerks.findChild<QComboBox *>(QStringLiteral("caseKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("errand")));
    QVERIFY(button->isEnabled());
}

void ErrandTypesTest::pickFromTypeMenu(CaseIntakeDialog &dialog, int index)
{
    auto *button = dialog.findChild<QToolButton *>(QStringLiteral("errandTypes"));
    QVERIFY(button->isEnabled());
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (int i = 0; i <= index; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        picked = true;
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(picked);
}

void ErrandTypesTest::typeName(QLineEdit *edit, const QString &name)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(edit->text().isEmpty());
    commitText(edit, name); // Chinese arrives from an input method
    QCOMPARE(edit->text(), name);
}

CaseIntakeDialog *ErrandTypesTest::openErrandForm(std::unique_ptr<CaseIntakeDialog> &holder, QSqlDatabase db)
{
    holder = std::make_unique<CaseIntakeDialog>(db, testScope());
    holder->show();
    if (!QTest::qWaitForWindowExposed(holder.get()))
        return nullptr;
    GuiTest::chooseByKeyboard(holder->findChild<QComboBox *>(QStringLiteral("caseKind")), QStringLiteral("errand"));
    return holder.get();
}

void ErrandTypesTest::intakeFormEditsTheList()
{
    setTestScope(AccessScope(AccessScope::Role::Clerk, 8, QStringLiteral("clerk")));
    std::unique_ptr<CaseIntakeDialog> holder;
    CaseIntakeDialog *dialog = openErrandForm(holder, m_t->db());
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("errandType"));
    QCOMPARE(type->count(), 13);
    if (const QString dir = qEnvironmentVariable("CD_GRAB_DIR"); !dir.isEmpty()) // to look at the layout
        dialog->grab().save(dir + QStringLiteral("/errandform.png"));

    // Add: the prompt takes the name; the new type is chosen at once.
    QString prompt;
    auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        auto *input = qobject_cast<QInputDialog *>(d);
        QVERIFY(input);
        prompt = input->windowTitle();
        auto *edit = d->findChild<QLineEdit *>();
        typeName(edit, QStringLiteral("独生子女证办理"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    pickFromTypeMenu(*dialog, 0);
    QVERIFY(*seen);
    QCOMPARE(prompt, QStringLiteral("Add errand type"));
    QCOMPARE(type->count(), 14);
    QCOMPARE(type->currentText(), QStringLiteral("独生子女证办理"));
    const QString code = type->currentData().toString();
    QCOMPARE(ErrandTypes(m_t->db(), testScope()).name(code), QStringLiteral("独生子女证办理"));

    // Rename: the prompt starts from the current name.
    QString startedWith;
    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        auto *edit = d->findChild<QLineEdit *>();
        startedWith = edit->text();
        typeName(edit, QStringLiteral("高龄津贴办理"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    pickFromTypeMenu(*dialog, 1);
    QVERIFY(*seen);
    QCOMPARE(startedWith, QStringLiteral("独生子女证办理"));
    QCOMPARE(type->currentText(), QStringLiteral("高龄津贴办理"));
    QCOMPARE(type->currentData().toString(), code);

    // An errand saved with it through the form.
    commitText(dialog->findChild<QPlainTextEdit *>(QStringLiteral("caseDescription")), QStringLiteral("代办高龄津贴"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->errorText()));
    const std::optional<CaseRecord> saved = CaseStore(m_t->db(), testScope()).record(dialog->savedCaseId());
    QVERIFY(saved);
    QCOMPARE(saved->kind, QStringLiteral("errand"));
    QCOMPARE(saved->errandType, code);

    // Archive, from a new form: asked first; "No" keeps it, "Yes" archives it.
    dialog = openErrandForm(holder, m_t->db());
    QVERIFY(dialog);
    type = dialog->findChild<QComboBox *>(QStringLiteral("errandType"));
    GuiTest::chooseByKeyboard(type, code);
    QString question;
    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    pickFromTypeMenu(*dialog, 2);
    QVERIFY(*seen);
    QCOMPARE(question,
             QStringLiteral("Archive \"高龄津贴办理\"? Errands of this type keep it; new errands cannot choose it."));
    QCOMPARE(type->count(), 14);
    QCOMPARE(audits(QStringLiteral("archive")), 0);

    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    pickFromTypeMenu(*dialog, 2);
    QVERIFY(*seen);
    QCOMPARE(type->count(), 13);
    QCOMPARE(type->findData(code), -1);
    QCOMPARE(type->currentIndex(), 0);
    QCOMPARE(audits(QStringLiteral("archive")), 1);
    QCOMPARE(audits(QStringLiteral("save")), 2);

    // The errand keeps naming its type.
    QCOMPARE(ErrandTypes(m_t->db(), testScope()).name(CaseStore(m_t->db(), testScope()).record(saved->id)->errandType),
             QStringLiteral("高龄津贴办理"));
    holder.reset();
}

void ErrandTypesTest::intakeFormRefusesADuplicate()
{
    std::unique_ptr<CaseIntakeDialog> holder;
    CaseIntakeDialog *dialog = openErrandForm(holder, m_t->db());
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("errandType"));
    GuiTest::chooseByKeyboard(type, QStringLiteral("certificate"));

    QString warning;
    std::shared_ptr<bool> warned;
    auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        auto *edit = d->findChild<QLineEdit *>();
        typeName(edit, QStringLiteral("医保办理"));
        warned = GuiTest::onNextDialog(this, [&](QDialog *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box));
            warning = static_cast<QMessageBox *>(box)->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QTest::keyClick(edit, Qt::Key_Return);
    });
    pickFromTypeMenu(*dialog, 0);
    QVERIFY(*seen);
    QVERIFY(warned && *warned);
    QCOMPARE(warning, QStringLiteral("Name: there is already an errand type called 医保办理."));
    QCOMPARE(type->count(), 13);
    QCOMPARE(type->currentData().toString(), QStringLiteral("certificate")); // the choice is kept
    QCOMPARE(m_t->count(QStringLiteral("errand_type")), 13);

    // Cancelling the prompt changes nothing.
    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        typeName(d->findChild<QLineEdit *>(), QStringLiteral("新类型"));
        QTest::keyClick(d->findChild<QLineEdit *>(), Qt::Key_Escape);
    });
    pickFromTypeMenu(*dialog, 0);
    QVERIFY(*seen);
    QCOMPARE(m_t->count(QStringLiteral("errand_type")), 13);
}

QTEST_MAIN(ErrandTypesTest)
#include "errandtypes_test.moc"
