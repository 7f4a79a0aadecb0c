// The start-up dialogs driven as a person would: the first run creates the administrator; the
// login dialog names a wrong password, then the lockout with its time; a right password signs in.
#include "models/access/accountstore.h"
#include "tests/support/testsupport.h"
#include "ui/access/firstrundialog.h"
#include "ui/access/logindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class LoginFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the desk's own settings stay untouched
        QCoreApplication::setApplicationName(QStringLiteral("loginflow_test"));
        QSettings().clear();
    }
    void init() { m_t = std::make_unique<TestDatabase>(); }
    void firstRunCreatesTheAdministrator();
    void wrongPasswordThenLockout();
    void rightPasswordSignsIn();

private:
    static void type(QWidget *dialog, const char *name, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static void clickOk(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }
    void addClerk()
    {
        AccountStore store(m_t->db(), testScope());
        store.setHashCost(PasswordHasher::cheapestCost());
        QVERIFY(
            store.createAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin-pass"))
                .ok);
        Account a;
        a.login = QStringLiteral("zhao");
        a.displayName = QStringLiteral("赵敏");
        a.role = AccessScope::Role::Clerk;
        QVERIFY(store.save(a, QStringLiteral("clerk-pass")).ok);
    }

    std::unique_ptr<TestDatabase> m_t;
};

void LoginFlowTest::firstRunCreatesTheAdministrator()
{
    FirstRunDialog dialog(m_t->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("firstRunError"));
    QVERIFY(error);
    type(&dialog, "firstName", QStringLiteral("Li Ming"));
    type(&dialog, "firstPassword", QStringLiteral("short"));
    type(&dialog, "firstRepeat", QStringLiteral("short"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QLatin1String("at least 8")), qPrintable(error->text()));

    type(&dialog, "firstPassword", QStringLiteral("a good password"));
    type(&dialog, "firstRepeat", QStringLiteral("a good passwort"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->text().contains(QLatin1String("differ")));
    if (const QString dir = qEnvironmentVariable("CD_GRAB_DIR"); !dir.isEmpty()) // to look at the layout
        dialog.grab().save(dir + QStringLiteral("/firstrun.png"));
    QVERIFY(!AccountStore(m_t->db(), testScope()).hasAccounts());

    type(&dialog, "firstRepeat", QStringLiteral("a good password"));
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.scope().role(), AccessScope::Role::Administrator);
    QCOMPARE(dialog.scope().userName(), QStringLiteral("admin"));
    const std::optional<Account> admin = AccountStore(m_t->db(), testScope()).accountByLogin(QStringLiteral("admin"));
    QVERIFY(admin);
    QCOMPARE(admin->displayName, QStringLiteral("Li Ming"));
}

void LoginFlowTest::wrongPasswordThenLockout()
{
    addClerk();
    LoginDialog dialog(m_t->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "login", QStringLiteral("zhao"));
    type(&dialog, "password", QStringLiteral("not-it"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("Wrong login or password.")), qPrintable(dialog.errorText()));
    // The password field is emptied for the next try; the login stays.
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text(), QString());
    for (int i = 0; i < 4; ++i) {
        type(&dialog, "password", QStringLiteral("still-not-it"));
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    }
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("locked until")), qPrintable(dialog.errorText()));
    // Locked: the right password does not help now.
    type(&dialog, "password", QStringLiteral("clerk-pass"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QLatin1String("locked until")));
    QVERIFY(dialog.result() != QDialog::Accepted);
    if (const QString dir = qEnvironmentVariable("CD_GRAB_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + QStringLiteral("/login-locked.png"));
}

void LoginFlowTest::rightPasswordSignsIn()
{
    addClerk();
    LoginDialog dialog(m_t->db());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(&dialog, "login", QStringLiteral("zhao"));
    type(&dialog, "password", QStringLiteral("clerk-pass"));
    QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.scope().role(), AccessScope::Role::Clerk);
    QCOMPARE(dialog.scope().displayName(), QStringLiteral("赵敏"));

    // The next start offers the login that signed in; the clerk types only the password.
    LoginDialog next(m_t->db());
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("login"))->text(), QStringLiteral("zhao"));
    QTRY_VERIFY(next.findChild<QLineEdit *>(QStringLiteral("password"))->hasFocus());
    QTest::keyClicks(next.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("clerk-pass"));
    QTest::keyClick(next.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
    QCOMPARE(next.result(), int(QDialog::Accepted));
    QCOMPARE(next.scope().userName(), QStringLiteral("zhao"));
}

QTEST_MAIN(LoginFlowTest)
#include "loginflow_test.moc"
