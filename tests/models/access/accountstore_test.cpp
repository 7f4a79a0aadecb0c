// AccountStore: first run, sign-in, lockout after five failures (with a test clock), unlock
// after 15 minutes, disabled accounts, the attempt log and the audit of account changes.
#include "models/access/accountstore.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QTest>

class AccountStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void firstRunCreatesTheAdministrator();
    void firstRunValidates();
    void signInGivesTheScope();
    void lockoutAfterFiveFailures();
    void unlocksAfterFifteenMinutes();
    void successResetsTheCount();
    void disabledAccountCannotSignIn();
    void unknownLoginLooksLikeAWrongPassword();
    void onlyAdministratorsChangeAccounts();
    void passwordResetLiftsLockAndIsAudited();
    void hashIsNeverAudited();
    void pbkdf2HashUpgradesAtSignIn();
    void wrongPasswordKeepsThePbkdf2Hash();

private:
    AccountStore store()
    {
        AccountStore s(m_db->db(), testScope());
        s.setHashCost(PasswordHasher::cheapestCost());
        s.setClock([this] { return m_now; });
        return s;
    }
    QString storedHash(const QString &login) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT password_hash FROM account WHERE login = ?"));
        return q.exec(login) ? q.scalar().toString() : QString();
    }
    // An account as an older CommunityDesk left it: a PBKDF2 hash.
    void setLegacyHash(const QString &login, const QString &password)
    {
        SqlQuery q(m_db->db(), QStringLiteral("UPDATE account SET password_hash = ? WHERE login = ?"));
        QVERIFY(q.exec(PasswordHasher::pbkdf2Hash(password, 1000), login));
    }
    int attempts(bool ok) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT count(*) FROM login_attempt WHERE ok = ?"));
        return q.exec(ok ? 1 : 0) ? q.scalar().toInt() : -1;
    }
    qint64 addAccount(const QString &login, AccessScope::Role role, const QList<qint64> &grids = {})
    {
        Account a;
        a.login = login;
        a.displayName = login.toUpper();
        a.role = role;
        a.gridIds = grids;
        const SaveResult r = store().save(a, QStringLiteral("password-") + login);
        if (!r.ok)
            qWarning() << r.firstMessage();
        return r.id;
    }

    std::unique_ptr<TestDatabase> m_db;
    QDateTime m_now;
};

void AccountStoreTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_now = QDateTime(QDate(2025, 3, 1), QTime(9, 0));
}

void AccountStoreTest::firstRunCreatesTheAdministrator()
{
    AccountStore s = store();
    QVERIFY(!s.hasAccounts());
    const SaveResult r =
        s.createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(s.hasAccounts());
    const std::optional<Account> a = s.account(r.id);
    QVERIFY(a);
    QCOMPARE(a->role, AccessScope::Role::Administrator);
    QCOMPARE(a->displayName, QStringLiteral("李主任"));
    // The hash is stored, the password is not.
    SqlQuery q(m_db->db(), QStringLiteral("SELECT password_hash FROM account WHERE id = ?"));
    q.exec(r.id);
    const QString hash = q.scalar().toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(!hash.contains(QLatin1String("long enough")));
    // A second first run is refused.
    QVERIFY(!s.createAdministrator(QStringLiteral("other"), QStringLiteral("x"), QStringLiteral("long enough")).ok);
    QCOMPARE(m_db->count(QStringLiteral("account")), 1);
}

void AccountStoreTest::firstRunValidates()
{
    AccountStore s = store();
    SaveResult r = s.createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("short"));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("password"));
    QVERIFY(r.firstMessage().contains(QLatin1String("Password")));
    r = s.createAdministrator(QStringLiteral("a b"), QString(), QStringLiteral("long enough"));
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("login"));
    QCOMPARE(r.errors.at(1).field, QStringLiteral("displayName"));
    QVERIFY(!s.hasAccounts());
}

void AccountStoreTest::signInGivesTheScope()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    const qint64 worker = addAccount(QStringLiteral("wang"), AccessScope::Role::GridWorker, {m_db->gridA});
    QVERIFY(worker > 0);
    const SignInResult r = store().signIn(QStringLiteral("wang"), QStringLiteral("password-wang"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.scope.role(), AccessScope::Role::GridWorker);
    QCOMPARE(r.scope.userId(), worker);
    QCOMPARE(r.scope.userName(), QStringLiteral("wang"));
    QCOMPARE(r.scope.displayName(), QStringLiteral("WANG"));
    QCOMPARE(r.scope.gridIds(), QList<qint64>{m_db->gridA});
    QCOMPARE(attempts(true), 1);
}

void AccountStoreTest::lockoutAfterFiveFailures()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    for (int i = 1; i <= 4; ++i) {
        const SignInResult r = store().signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
        QCOMPARE(r.status, SignInResult::Status::WrongPassword);
        QCOMPARE(r.message, QStringLiteral("Wrong login or password."));
    }
    const SignInResult fifth = store().signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
    QCOMPARE(fifth.status, SignInResult::Status::Locked);
    QCOMPARE(fifth.lockedUntil, m_now.addSecs(15 * 60));
    QVERIFY2(fifth.message.contains(QLatin1String("09:15")), qPrintable(fifth.message));
    // Locked: even the right password is refused, and every attempt is logged.
    m_now = m_now.addSecs(14 * 60);
    const SignInResult locked = store().signIn(QStringLiteral("admin"), QStringLiteral("long enough"));
    QCOMPARE(locked.status, SignInResult::Status::Locked);
    QVERIFY(locked.message.contains(QLatin1String("locked until 09:15")));
    QCOMPARE(attempts(false), 6);
    QCOMPARE(attempts(true), 0);
}

void AccountStoreTest::unlocksAfterFifteenMinutes()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    for (int i = 0; i < 5; ++i)
        store().signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
    QCOMPARE(store().signIn(QStringLiteral("admin"), QStringLiteral("long enough")).status,
             SignInResult::Status::Locked);
    m_now = m_now.addSecs(15 * 60);
    const SignInResult r = store().signIn(QStringLiteral("admin"), QStringLiteral("long enough"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(store().accountByLogin(QStringLiteral("admin"))->failedCount, 0);
    QVERIFY(!store().accountByLogin(QStringLiteral("admin"))->lockedUntil.isValid());
}

void AccountStoreTest::successResetsTheCount()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    // Five failures, but not in a row: no lock.
    for (int i = 0; i < 4; ++i)
        store().signIn(QStringLiteral("admin"), QStringLiteral("wrong"));
    QVERIFY(store().signIn(QStringLiteral("admin"), QStringLiteral("long enough")).ok());
    QCOMPARE(store().signIn(QStringLiteral("admin"), QStringLiteral("wrong")).status,
             SignInResult::Status::WrongPassword);
    QCOMPARE(store().accountByLogin(QStringLiteral("admin"))->failedCount, 1);
}

void AccountStoreTest::disabledAccountCannotSignIn()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    const qint64 clerk = addAccount(QStringLiteral("zhao"), AccessScope::Role::Clerk);
    QVERIFY(store().signIn(QStringLiteral("zhao"), QStringLiteral("password-zhao")).ok());
    QVERIFY(store().setDisabled(clerk, true).ok);
    const SignInResult r = store().signIn(QStringLiteral("zhao"), QStringLiteral("password-zhao"));
    QCOMPARE(r.status, SignInResult::Status::Disabled);
    QVERIFY(r.message.contains(QLatin1String("disabled")));
    QVERIFY(store().setDisabled(clerk, false).ok);
    QVERIFY(store().signIn(QStringLiteral("zhao"), QStringLiteral("password-zhao")).ok());
}

void AccountStoreTest::unknownLoginLooksLikeAWrongPassword()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    const SignInResult r = store().signIn(QStringLiteral("nobody"), QStringLiteral("long enough"));
    QCOMPARE(r.status, SignInResult::Status::WrongPassword);
    QCOMPARE(r.message, QStringLiteral("Wrong login or password."));
    SqlQuery q(m_db->db(), QStringLiteral("SELECT count(*) FROM login_attempt WHERE login = 'nobody' AND ok = 0"));
    QCOMPARE(q.scalar().toInt(), 1);
}

void AccountStoreTest::onlyAdministratorsChangeAccounts()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    const qint64 clerk = addAccount(QStringLiteral("zhao"), AccessScope::Role::Clerk);
    setTestScope(AccessScope(AccessScope::Role::Clerk, clerk, QStringLiteral("zhao")));
    Account a;
    a.login = QStringLiteral("sneaky");
    a.displayName = QStringLiteral("Sneaky");
    a.role = AccessScope::Role::Administrator;
    const SaveResult r = store().save(a, QStringLiteral("long enough"));
    QVERIFY(!r.ok);
    QCOMPARE(r.firstMessage(), QStringLiteral("Only an administrator may change accounts."));
    QVERIFY(!store().setDisabled(1, true).ok);
    QVERIFY(!store().setPassword(1, QStringLiteral("another one")).ok);
    QVERIFY(store().setPassword(clerk, QStringLiteral("my own new one")).ok); // one's own password
    QCOMPARE(m_db->count(QStringLiteral("account")), 2);

    // An administrator changes role and grids; the grids go with the role.
    setTestScope(AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")));
    Account zhao = *store().account(clerk);
    zhao.role = AccessScope::Role::GridWorker;
    zhao.gridIds = {m_db->gridB};
    QVERIFY(store().save(zhao).ok);
    QCOMPARE(store().account(clerk)->gridIds, QList<qint64>{m_db->gridB});
    QCOMPARE(store().account(clerk)->role, AccessScope::Role::GridWorker);
    // The last administrator stays one.
    Account admin = *store().account(1);
    admin.role = AccessScope::Role::Clerk;
    QVERIFY(!store().save(admin).ok);
}

void AccountStoreTest::passwordResetLiftsLockAndIsAudited()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    const qint64 clerk = addAccount(QStringLiteral("zhao"), AccessScope::Role::Clerk);
    for (int i = 0; i < 5; ++i)
        store().signIn(QStringLiteral("zhao"), QStringLiteral("wrong"));
    setTestScope(AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")));
    QVERIFY(!store().setPassword(clerk, QStringLiteral("short")).ok);
    QVERIFY(store().setPassword(clerk, QStringLiteral("brand new pass")).ok);
    QVERIFY(store().signIn(QStringLiteral("zhao"), QStringLiteral("brand new pass")).ok());
    SqlQuery q(m_db->db(), QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'account' AND "
                                          "record_id = ? AND action = 'password'"));
    q.exec(clerk);
    QCOMPARE(q.scalar().toString(), QStringLiteral("admin"));
}

void AccountStoreTest::hashIsNeverAudited()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    addAccount(QStringLiteral("zhao"), AccessScope::Role::Clerk);
    SqlQuery q(m_db->db(), QStringLiteral("SELECT count(*), sum(CASE WHEN coalesce(after_json, '') LIKE '%argon2%' "
                                          "OR coalesce(before_json, '') LIKE '%argon2%' THEN 1 ELSE 0 END) FROM "
                                          "audit_log WHERE table_name = 'account'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QCOMPARE(q.value(1).toInt(), 0);
}

void AccountStoreTest::pbkdf2HashUpgradesAtSignIn()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    setLegacyHash(QStringLiteral("admin"), QStringLiteral("long enough"));
    QVERIFY(storedHash(QStringLiteral("admin")).startsWith(QLatin1String("pbkdf2-sha256$")));
    const SignInResult r = store().signIn(QStringLiteral("admin"), QStringLiteral("long enough"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QString upgraded = storedHash(QStringLiteral("admin"));
    QVERIFY2(upgraded.startsWith(QLatin1String("$argon2id$")), qPrintable(upgraded));
    QVERIFY(PasswordHasher::verify(QStringLiteral("long enough"), upgraded));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("long enoug"), upgraded));
    // And signing in again works on the new hash, which is left alone now.
    QVERIFY(store().signIn(QStringLiteral("admin"), QStringLiteral("long enough")).ok());
    QCOMPARE(storedHash(QStringLiteral("admin")), upgraded);
}

void AccountStoreTest::wrongPasswordKeepsThePbkdf2Hash()
{
    QVERIFY(store()
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("李主任"), QStringLiteral("long enough"))
                .ok);
    setLegacyHash(QStringLiteral("admin"), QStringLiteral("long enough"));
    const QString legacy = storedHash(QStringLiteral("admin"));
    QCOMPARE(store().signIn(QStringLiteral("admin"), QStringLiteral("not the one")).status,
             SignInResult::Status::WrongPassword);
    QCOMPARE(storedHash(QStringLiteral("admin")), legacy);
    QVERIFY(PasswordHasher::verify(QStringLiteral("long enough"), legacy));
}

QTEST_GUILESS_MAIN(AccountStoreTest)
#include "accountstore_test.moc"
