// The idle lock on the real main window: a household form is open with text typed in, nothing is
// touched for the (test-sized) timeout, the lock comes over it with who is signed in, a wrong
// password is said so and keeps it locked, Escape does not get past it, the right password typed
// with the keyboard unlocks, and the form is still open with its text. Input keeps it away; a
// database without accounts, or a timeout of 0, never locks.
#include "models/access/accountstore.h"
#include "models/access/officerules.h"
#include "models/core/sqlquery.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/access/idlelock.h"
#include "ui/register/registerpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"

#include <memory>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("long enough");
}

class IdleLockTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void locksOverAnOpenFormAndKeepsItsText();
    void inputKeepsTheLockAway();
    void neverWithoutAccountsOrWithZero();
    void theOfficeSetsTheMinutes();

private:
    AccessScope signIn();
    QAction *newHouseholdAction(MainWindow &window) const;

    std::unique_ptr<TestDatabase> m_t;
};

void IdleLockTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void IdleLockTest::init()
{
    m_t = std::make_unique<TestDatabase>();
}

void IdleLockTest::cleanup()
{
    m_t.reset();
}

AccessScope IdleLockTest::signIn()
{
    AccountStore store(m_t->db(), testScope());
    store.setHashCost(PasswordHasher::cheapestCost());
    const SaveResult made = store.createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), kPassword);
    if (!made.ok)
        qWarning() << made.firstMessage();
    const SignInResult r = store.signIn(QStringLiteral("admin"), kPassword);
    if (!r.ok())
        qWarning() << r.message;
    return r.scope;
}

QAction *IdleLockTest::newHouseholdAction(MainWindow &window) const
{
    const QList<QAction *> actions = window.registerPage()->pageActions();
    for (QAction *a : actions)
        if (a->text().remove(QLatin1Char('&')) == QLatin1String("New household"))
            return a;
    return nullptr;
}

void IdleLockTest::locksOverAnOpenFormAndKeepsItsText()
{
    const AccessScope scope = signIn();
    QVERIFY(!scope.userName().isEmpty());
    MainWindow window(m_t->db(), scope);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    IdleLock *lock = window.idleLock();
    QVERIFY(lock->isActive());
    lock->setTimeout(1000);
    QAction *newHousehold = newHouseholdAction(window);
    QVERIFY(newHousehold);

    bool formSeen = false;
    const bool opened = GuiTest::withDialog(
        [newHousehold] { newHousehold->trigger(); },
        [&](QDialog *form) {
            formSeen = true;
            form->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(form));
            auto *room = form->findChild<QLineEdit *>(QStringLiteral("room"));
            QVERIFY(room);
            room->setFocus();
            QTest::keyClicks(room, QStringLiteral("302"));
            QCOMPARE(room->text(), QStringLiteral("302"));

            QSignalSpy locked(lock, &IdleLock::locked);
            QSignalSpy unlocked(lock, &IdleLock::unlocked);
            bool lockChecked = false;
            const auto came = GuiTest::onNextDialog(&window, [&](QDialog *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("lockDialog"));
                QVERIFY(lock->isLocked());
                QVERIFY(
                    dialog->findChild<QLabel *>(QStringLiteral("signedIn"))->text().contains(QStringLiteral("李主任")));
                // The window and the form are covered, not closed.
                auto *curtain = window.findChild<QWidget *>(QStringLiteral("lockCurtain"));
                QVERIFY(curtain && curtain->isVisible());
                QVERIFY(form->findChild<QWidget *>(QStringLiteral("lockCurtain")));
                QVERIFY(form->isVisible());
                auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
                QCOMPARE(password->echoMode(), QLineEdit::Password);
                QTest::keyClicks(password, QStringLiteral("not the password"));
                QTest::keyClick(password, Qt::Key_Return);
                QVERIFY(dialog->isVisible());
                auto *error = dialog->findChild<QLabel *>(QStringLiteral("lockError"));
                QVERIFY2(error->text().contains(QLatin1String("Wrong login or password")), qPrintable(error->text()));
                QVERIFY(password->text().isEmpty());
                QTest::keyClick(password, Qt::Key_Escape);
                QVERIFY(dialog->isVisible());
                QVERIFY(!dialog->close());
                QTest::keyClicks(password, kPassword);
                QTest::keyClick(password, Qt::Key_Return);
                QTRY_VERIFY(!dialog->isVisible());
                lockChecked = true;
            });
            // Nothing typed from here on: the lock comes, is answered above, and goes.
            QVERIFY(unlocked.wait(10000));
            QVERIFY(*came);
            QVERIFY(lockChecked);
            QCOMPARE(locked.count(), 1);
            QVERIFY(!lock->isLocked());
            QVERIFY(!window.findChild<QWidget *>(QStringLiteral("lockCurtain")));
            QVERIFY(!form->findChild<QWidget *>(QStringLiteral("lockCurtain")));
            // The form is as it was, and takes more typing.
            QVERIFY(form->isVisible());
            QCOMPARE(room->text(), QStringLiteral("302"));
            form->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(form));
            QTest::keyClicks(room, QStringLiteral("A"));
            QCOMPARE(room->text(), QStringLiteral("302A"));
        });
    QVERIFY(opened);
    QVERIFY(formSeen);
    // The sign-ins are logged: the start, the wrong one and the right one.
    QCOMPARE(m_t->count(QStringLiteral("login_attempt")), 3);
}

void IdleLockTest::inputKeepsTheLockAway()
{
    MainWindow window(m_t->db(), signIn());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy locked(window.idleLock(), &IdleLock::locked);
    window.idleLock()->setTimeout(800);
    // Keys every 200 ms for two seconds: longer than the timeout, but never idle that long.
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(&window, Qt::Key_Shift);
        QTest::qWait(200);
    }
    QCOMPARE(locked.count(), 0);
}

void IdleLockTest::neverWithoutAccountsOrWithZero()
{
    {
        // A database nobody signs in to: there is no password to ask for.
        MainWindow window(m_t->db(), testScope());
        QVERIFY(!window.idleLock()->isActive());
        QSignalSpy locked(window.idleLock(), &IdleLock::locked);
        window.idleLock()->setTimeout(100);
        QTest::qWait(400);
        QCOMPARE(locked.count(), 0);
    }
    MainWindow window(m_t->db(), signIn());
    QVERIFY(window.idleLock()->isActive());
    QSignalSpy locked(window.idleLock(), &IdleLock::locked);
    window.idleLock()->setTimeout(0);
    QTest::qWait(400);
    QCOMPARE(locked.count(), 0);
}

void IdleLockTest::theOfficeSetsTheMinutes()
{
    // The office's rule lives in the database: every desk (and a second window) follows it.
    QCOMPARE(OfficeRules::idleLockMinutes(m_t->db()), 10);
    {
        SettingsDialog dialog(m_t->db(), testScope());
        auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("idleLockMinutes"));
        QVERIFY(minutes && minutes->isEnabled());
        QCOMPARE(minutes->value(), 10);
        QCOMPARE(minutes->minimum(), 0);
        QCOMPARE(minutes->specialValueText(), QStringLiteral("never"));
        minutes->setFocus();
        minutes->selectAll();
        QTest::keyClicks(minutes, QStringLiteral("3"));
        dialog.accept();
    }
    QCOMPARE(OfficeRules::idleLockMinutes(m_t->db()), 3);
    {
        SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'setting' AND "
                                                 "after_json LIKE '%idleLockMinutes\":3%'"));
        QCOMPARE(audit.scalar().toInt(), 1);
    }
    {
        const MainWindow window(m_t->db(), testScope());
        QCOMPARE(window.idleLock()->timeout(), 3 * 60 * 1000);
    }
    {
        // Not a clerk's to change, in the dialog or around it.
        SignedIn clerk(AccessScope::Role::Clerk, QStringLiteral("zhao"), QStringLiteral("赵"));
        SettingsDialog dialog(m_t->db(), testScope());
        auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("idleLockMinutes"));
        QVERIFY(!minutes->isEnabled());
        dialog.accept();
        QVERIFY(!OfficeRules::setIdleLockMinutes(m_t->db(), testScope(), 0).isEmpty());
    }
    QCOMPARE(OfficeRules::idleLockMinutes(m_t->db()), 3);
    QVERIFY(OfficeRules::setIdleLockMinutes(m_t->db(), testScope(), 10).isEmpty());
}

QTEST_MAIN(IdleLockTest)
#include "idlelock_test.moc"
