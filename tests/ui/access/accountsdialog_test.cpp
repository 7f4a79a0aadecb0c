// The Accounts dialog driven as an administrator would: add a clerk and a grid worker through
// AccountEditDialog with the keyboard (bad passwords and a grid worker without grids refused,
// naming the field), the list shows them, an account is disabled and enabled, a locked account's
// password is reset through the two prompts, and AccountStore signs in with what was typed.
#include "models/access/accessscope.h"
#include "models/access/accountstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/access/accounteditdialog.h"
#include "ui/access/accountsdialog.h"
#include "ui/shell/mainwindow.h"

#include <functional>
#include <memory>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

class AccountsDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onlyAnAdministratorOpensIt();
    void addAClerkAndAGridWorker();
    void disableAndEnable();
    void resetPasswordOfALockedAccount();
    void editChangesRoleAndGrids();

private:
    // Runs `handle` on the next modal dialog to open (polled: it opens inside a nested event
    // loop); a dialog it leaves open is rejected. The flag says whether one opened.
    void openAccounts();
    int rowOf(const QString &login) const;
    QString cell(const QString &login, int column) const;
    void selectRow(const QString &login);
    void click(const char *button);
    static void typeInto(QWidget *edit, const QString &text);
    static QString errorOf(QDialog *dialog);
    static void chooseRole(QComboBox *role, AccessScope::Role wanted);
    bool signsIn(const QString &login, const QString &password);
    qint64 addClerk(const QString &login, const QString &password);

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<AccountsDialog> m_dialog;
    qint64 m_adminId = 0;
};

void AccountsDialogTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    AccountStore store(m_t->db(), testScope());
    store.setHashCost(PasswordHasher::cheapestCost());
    const SaveResult r = store.createAdministrator(QStringLiteral("admin"), QStringLiteral("Administrator Wang"),
                                                   QStringLiteral("admin-pass"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    m_adminId = r.id;
    setTestScope(AccessScope(AccessScope::Role::Administrator, m_adminId, QStringLiteral("admin")));
}

void AccountsDialogTest::cleanup()
{
    // Watchers for a dialog that never came.
    qDeleteAll(findChildren<QTimer *>(Qt::FindDirectChildrenOnly));
    m_dialog.reset();
    resetTestScope();
    m_t.reset();
}

void AccountsDialogTest::openAccounts()
{
    m_dialog = std::make_unique<AccountsDialog>(m_t->db(), testScope());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

int AccountsDialogTest::rowOf(const QString &login) const
{
    QTableWidget *table = m_dialog->table();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == login)
            return r;
    return -1;
}

QString AccountsDialogTest::cell(const QString &login, int column) const
{
    const int row = rowOf(login);
    return row < 0 ? QStringLiteral("(no row)") : m_dialog->table()->item(row, column)->text();
}

void AccountsDialogTest::selectRow(const QString &login)
{
    const int row = rowOf(login);
    QVERIFY(row >= 0);
    QTableWidget *table = m_dialog->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
    QCOMPARE(table->currentRow(), row);
}

void AccountsDialogTest::click(const char *button)
{
    auto *b = m_dialog->findChild<QPushButton *>(QLatin1String(button));
    QVERIFY2(b, button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

void AccountsDialogTest::typeInto(QWidget *edit, const QString &text)
{
    QVERIFY(edit);
    // Typing over whatever is there, as a person selecting it all first.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        commitText(edit, text); // Chinese arrives from an input method
}

QString AccountsDialogTest::errorOf(QDialog *dialog)
{
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("accountError"));
    return error && error->isVisible() ? error->text() : QString();
}

void AccountsDialogTest::chooseRole(QComboBox *role, AccessScope::Role wanted)
{
    const int target = role->findData(int(wanted));
    QVERIFY(target >= 0);
    while (role->currentIndex() < target)
        QTest::keyClick(role, Qt::Key_Down);
    while (role->currentIndex() > target)
        QTest::keyClick(role, Qt::Key_Up);
}

bool AccountsDialogTest::signsIn(const QString &login, const QString &password)
{
    return AccountStore(m_t->db(), testScope()).signIn(login, password).ok();
}

qint64 AccountsDialogTest::addClerk(const QString &login, const QString &password)
{
    AccountStore store(m_t->db(), testScope());
    store.setHashCost(PasswordHasher::cheapestCost());
    Account a;
    a.login = login;
    a.displayName = login.toUpper();
    a.role = AccessScope::Role::Clerk;
    const SaveResult r = store.save(a, password);
    return r.ok ? r.id : 0;
}

void AccountsDialogTest::onlyAnAdministratorOpensIt()
{
    {
        MainWindow window(m_t->db(), testScope());
        auto *accounts = window.findChild<QAction *>(QStringLiteral("accounts"));
        QVERIFY(accounts);
        QString title;
        int rows = 0;
        auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
            title = d->windowTitle();
            if (auto *dialog = qobject_cast<AccountsDialog *>(d))
                rows = dialog->table()->rowCount();
        });
        accounts->trigger();
        QVERIFY(*seen);
        QCOMPARE(title, QStringLiteral("Accounts"));
        QCOMPARE(rows, 1); // the administrator
    }
    setTestScope(AccessScope(AccessScope::Role::Clerk, 5, QStringLiteral("zhao")));
    MainWindow window(m_t->db(), testScope());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("accounts")));
}

void AccountsDialogTest::addAClerkAndAGridWorker()
{
    openAccounts();
    QCOMPARE(m_dialog->table()->rowCount(), 1);
    QCOMPARE(cell(QStringLiteral("admin"), 2), QStringLiteral("Administrator"));
    // Nothing chosen: only Add works.
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("editAccount"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("resetPassword"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("disableAccount"))->isEnabled());

    // A clerk, typed field by field with Tab; the password refused twice before it is taken.
    QStringList errors;
    bool loginFirst = false, gridsOff = false;
    auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        QVERIFY(qobject_cast<AccountEditDialog *>(d));
        auto *login = d->findChild<QLineEdit *>(QStringLiteral("accountLogin"));
        QTRY_VERIFY(d->focusWidget());
        loginFirst = d->focusWidget() == login; // the form opens on the login
        typeInto(login, QStringLiteral("zhao.min"));
        QTest::keyClick(d->focusWidget(), Qt::Key_Tab);
        QCOMPARE(d->focusWidget(), d->findChild<QLineEdit *>(QStringLiteral("accountName")));
        commitText(d->focusWidget(), QStringLiteral("赵敏"));
        QTest::keyClick(d->focusWidget(), Qt::Key_Tab);
        auto *role = d->findChild<QComboBox *>(QStringLiteral("accountRole"));
        QCOMPARE(d->focusWidget(), role);
        QCOMPARE(role->currentData().toInt(), int(AccessScope::Role::Clerk)); // what Add starts from
        gridsOff = !d->findChild<QListWidget *>(QStringLiteral("accountGrids"))->isEnabled();
        QTest::keyClick(role, Qt::Key_Tab); // skips the grids: a clerk has none
        auto *password = d->findChild<QLineEdit *>(QStringLiteral("accountPassword"));
        QCOMPARE(d->focusWidget(), password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("short"));
        QTest::keyClick(password, Qt::Key_Tab);
        auto *repeat = d->findChild<QLineEdit *>(QStringLiteral("accountRepeat"));
        QCOMPARE(d->focusWidget(), repeat);
        QTest::keyClicks(repeat, QStringLiteral("short"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(d->isVisible());
        errors << errorOf(d);

        typeInto(password, QStringLiteral("clerk-pass-1"));
        typeInto(repeat, QStringLiteral("clerk-pass-2"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(d->isVisible());
        errors << errorOf(d);

        typeInto(repeat, QStringLiteral("clerk-pass-1"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY2(!d->isVisible(), qPrintable(errorOf(d)));
    });
    click("addAccount");
    QVERIFY(*seen);
    QVERIFY(loginFirst);
    QVERIFY(gridsOff);
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QLatin1String("Password: use at least 8 characters.")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QLatin1String("Repeat password: the two passwords differ.")),
             qPrintable(errors.at(1)));
    QCOMPARE(m_dialog->table()->rowCount(), 2);
    QCOMPARE(cell(QStringLiteral("zhao.min"), 1), QStringLiteral("赵敏"));
    QCOMPARE(cell(QStringLiteral("zhao.min"), 2), QStringLiteral("Clerk"));
    QCOMPARE(cell(QStringLiteral("zhao.min"), 3), QString());
    QCOMPARE(cell(QStringLiteral("zhao.min"), 4), QStringLiteral("Active"));
    // The new account is the chosen row, ready for Edit or Reset password.
    QCOMPARE(m_dialog->table()->currentRow(), rowOf(QStringLiteral("zhao.min")));
    // On a server each account is a database login too, named after the schema and shown.
    QCOMPARE(m_dialog->table()->selectedItems().size(), testingOnServer() ? 6 : 5);
    if (testingOnServer())
        QVERIFY2(cell(QStringLiteral("zhao.min"), 5).endsWith(QLatin1String(".zhao.min")),
                 qPrintable(cell(QStringLiteral("zhao.min"), 5)));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("editAccount"))->isEnabled());

    // A grid worker: without a grid refused, then the second grid ticked with Space.
    errors.clear();
    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountLogin")), QStringLiteral("li.na"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountName")), QStringLiteral("李娜"));
        auto *role = d->findChild<QComboBox *>(QStringLiteral("accountRole"));
        role->setFocus();
        chooseRole(role, AccessScope::Role::GridWorker);
        auto *grids = d->findChild<QListWidget *>(QStringLiteral("accountGrids"));
        QVERIFY(grids->isEnabled());
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountPassword")), QStringLiteral("grid-pass-1"));
        auto *repeat = d->findChild<QLineEdit *>(QStringLiteral("accountRepeat"));
        typeInto(repeat, QStringLiteral("grid-pass-1"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(d->isVisible());
        errors << errorOf(d);

        role->setFocus();
        QTest::keyClick(role, Qt::Key_Tab);
        QTRY_COMPARE(d->focusWidget(), grids);
        QTRY_COMPARE(grids->currentRow(), 0);
        QTest::keyClick(grids, Qt::Key_Down);
        QTest::keyClick(grids, Qt::Key_Space);
        QCOMPARE(grids->item(1)->checkState(), Qt::Checked);
        QCOMPARE(grids->item(0)->checkState(), Qt::Unchecked);
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY2(!d->isVisible(), qPrintable(errorOf(d)));
    });
    click("addAccount");
    QVERIFY(*seen);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).contains(QLatin1String("Grids: a grid worker needs at least one grid.")),
             qPrintable(errors.at(0)));
    QCOMPARE(m_dialog->table()->rowCount(), 3);
    if (const QString dir = qEnvironmentVariable("CD_GRAB_DIR"); !dir.isEmpty()) // to look at the layout
        m_dialog->grab().save(dir + QStringLiteral("/accounts.png"));
    QCOMPARE(cell(QStringLiteral("li.na"), 2), QStringLiteral("Grid worker"));
    QVERIFY2(!cell(QStringLiteral("li.na"), 3).isEmpty(), "the grid worker's grid is listed");
    QVERIFY(cell(QStringLiteral("li.na"), 3).contains(QStringLiteral("第二网格")));

    // A login already taken is refused by the store, naming the field.
    seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountLogin")), QStringLiteral("zhao.min"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountName")), QStringLiteral("Zhao Two"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountPassword")), QStringLiteral("another-pass"));
        auto *repeat = d->findChild<QLineEdit *>(QStringLiteral("accountRepeat"));
        typeInto(repeat, QStringLiteral("another-pass"));
        QTest::keyClick(repeat, Qt::Key_Return);
        QVERIFY(d->isVisible());
        errors << errorOf(d);
    });
    click("addAccount");
    QVERIFY(*seen);
    QVERIFY2(errors.constLast().contains(QLatin1String("Login: zhao.min is already taken.")),
             qPrintable(errors.constLast()));
    QCOMPARE(m_dialog->table()->rowCount(), 3);

    // What was typed is what signs in.
    QVERIFY(signsIn(QStringLiteral("zhao.min"), QStringLiteral("clerk-pass-1")));
    QVERIFY(!signsIn(QStringLiteral("zhao.min"), QStringLiteral("clerk-pass-2")));
    const SignInResult worker =
        AccountStore(m_t->db(), testScope()).signIn(QStringLiteral("li.na"), QStringLiteral("grid-pass-1"));
    QVERIFY(worker.ok());
    QCOMPARE(worker.scope.role(), AccessScope::Role::GridWorker);
    QCOMPARE(worker.scope.gridIds(), QList<qint64>{m_t->gridB});
}

void AccountsDialogTest::disableAndEnable()
{
    QVERIFY(addClerk(QStringLiteral("zhao"), QStringLiteral("clerk-pass")));
    openAccounts();
    auto *disable = m_dialog->findChild<QPushButton *>(QStringLiteral("disableAccount"));

    // The administrator cannot disable themselves.
    selectRow(QStringLiteral("admin"));
    QVERIFY(!disable->isEnabled());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("resetPassword"))->isEnabled());

    selectRow(QStringLiteral("zhao"));
    QCOMPARE(disable->text(), QStringLiteral("&Disable"));
    click("disableAccount");
    QCOMPARE(cell(QStringLiteral("zhao"), 4), QStringLiteral("Disabled"));
    QCOMPARE(m_dialog->table()->currentRow(), rowOf(QStringLiteral("zhao"))); // still chosen
    QCOMPARE(disable->text(), QStringLiteral("E&nable"));
    const SignInResult refused =
        AccountStore(m_t->db(), testScope()).signIn(QStringLiteral("zhao"), QStringLiteral("clerk-pass"));
    QCOMPARE(refused.status, SignInResult::Status::Disabled);

    click("disableAccount");
    QCOMPARE(cell(QStringLiteral("zhao"), 4), QStringLiteral("Active"));
    QCOMPARE(disable->text(), QStringLiteral("&Disable"));
    QVERIFY(signsIn(QStringLiteral("zhao"), QStringLiteral("clerk-pass")));
}

void AccountsDialogTest::resetPasswordOfALockedAccount()
{
    QVERIFY(addClerk(QStringLiteral("zhao"), QStringLiteral("clerk-pass")));
    for (int i = 0; i < AccountStore::kMaxFailures; ++i)
        QVERIFY(!signsIn(QStringLiteral("zhao"), QStringLiteral("guess-%1").arg(i)));
    openAccounts();
    QVERIFY2(cell(QStringLiteral("zhao"), 4).startsWith(QLatin1String("Locked until ")),
             qPrintable(cell(QStringLiteral("zhao"), 4)));
    selectRow(QStringLiteral("zhao"));

    // Answers the two prompts with `first` and `second`; returns the warning shown, if any.
    auto reset = [&](const QString &first, const QString &second) {
        QString label, warning;
        bool masked = false;
        auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
            auto *edit = d->findChild<QLineEdit *>();
            label = qobject_cast<QInputDialog *>(d)->labelText();
            masked = edit->echoMode() == QLineEdit::Password;
            QTest::keyClicks(edit, first);
            GuiTest::onNextDialog(this, [&](QDialog *again) {
                auto *repeat = again->findChild<QLineEdit *>();
                QTest::keyClicks(repeat, second);
                GuiTest::onNextDialog(this, [&](QDialog *box) {
                    if (auto *message = qobject_cast<QMessageBox *>(box))
                        warning = message->text();
                    QTest::keyClick(box, Qt::Key_Return);
                });
                QTest::keyClick(repeat, Qt::Key_Return);
            });
            QTest::keyClick(edit, Qt::Key_Return);
        });
        click("resetPassword");
        // Let a timer for a warning that never came run out harmlessly.
        QTest::qWait(50);
        return std::make_tuple(*seen, label, masked, warning);
    };

    auto [seen, label, masked, warning] = reset(QStringLiteral("new-pass-1"), QStringLiteral("new-pass-2"));
    QVERIFY(seen);
    QCOMPARE(label, QStringLiteral("New password for ZHAO:"));
    QVERIFY(masked);
    QCOMPARE(warning, QStringLiteral("The two passwords differ; nothing was changed."));
    QVERIFY(cell(QStringLiteral("zhao"), 4).startsWith(QLatin1String("Locked until ")));

    std::tie(seen, label, masked, warning) = reset(QStringLiteral("short"), QStringLiteral("short"));
    QVERIFY(seen);
    QCOMPARE(warning, QStringLiteral("Password: use at least 8 characters."));
    QVERIFY(cell(QStringLiteral("zhao"), 4).startsWith(QLatin1String("Locked until ")));

    std::tie(seen, label, masked, warning) = reset(QStringLiteral("new-pass-1"), QStringLiteral("new-pass-1"));
    QVERIFY(seen);
    QCOMPARE(warning, QString());
    QCOMPARE(cell(QStringLiteral("zhao"), 4), QStringLiteral("Active")); // the reset lifts the lock
    QVERIFY(!signsIn(QStringLiteral("zhao"), QStringLiteral("clerk-pass")));
    QVERIFY(!signsIn(QStringLiteral("zhao"), QStringLiteral("new-pass-2")));
    QVERIFY(signsIn(QStringLiteral("zhao"), QStringLiteral("new-pass-1")));
}

void AccountsDialogTest::editChangesRoleAndGrids()
{
    QVERIFY(addClerk(QStringLiteral("zhao"), QStringLiteral("clerk-pass")));
    openAccounts();
    selectRow(QStringLiteral("zhao"));
    bool loginLocked = false, noPassword = false;
    auto seen = GuiTest::onNextDialog(this, [&](QDialog *d) {
        QCOMPARE(d->windowTitle(), QStringLiteral("Edit account"));
        loginLocked = d->findChild<QLineEdit *>(QStringLiteral("accountLogin"))->isReadOnly();
        noPassword = !d->findChild<QLineEdit *>(QStringLiteral("accountPassword"));
        typeInto(d->findChild<QLineEdit *>(QStringLiteral("accountName")), QStringLiteral("赵敏"));
        auto *role = d->findChild<QComboBox *>(QStringLiteral("accountRole"));
        role->setFocus();
        chooseRole(role, AccessScope::Role::GridWorker);
        QTest::keyClick(role, Qt::Key_Tab);
        auto *grids = d->findChild<QListWidget *>(QStringLiteral("accountGrids"));
        QTRY_COMPARE(d->focusWidget(), grids);
        QTRY_COMPARE(grids->currentRow(), 0);  // the list takes its first row when focus arrives
        QTest::keyClick(grids, Qt::Key_Space); // the first grid
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(!d->isVisible(), qPrintable(errorOf(d)));
    });
    click("editAccount");
    QVERIFY(*seen);
    QVERIFY(loginLocked);
    QVERIFY(noPassword);
    QCOMPARE(cell(QStringLiteral("zhao"), 1), QStringLiteral("赵敏"));
    QCOMPARE(cell(QStringLiteral("zhao"), 2), QStringLiteral("Grid worker"));
    QVERIFY(cell(QStringLiteral("zhao"), 3).contains(QStringLiteral("第一网格")));
    const SignInResult r =
        AccountStore(m_t->db(), testScope()).signIn(QStringLiteral("zhao"), QStringLiteral("clerk-pass"));
    QVERIFY(r.ok()); // the password was left alone
    QCOMPARE(r.scope.gridIds(), QList<qint64>{m_t->gridA});
}

QTEST_MAIN(AccountsDialogTest)
#include "accountsdialog_test.moc"
