#pragma once

#include "accessscope.h"
#include "account.h"
#include "models/core/fielderror.h"
#include "passwordhasher.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

// What a sign-in came to: the scope to work in, or why not (a message fit to show as is).
struct SignInResult
{
    enum class Status { Ok, WrongPassword, Locked, Disabled, Failed };
    Status status = Status::Failed;
    AccessScope scope;
    QDateTime lockedUntil;
    QString message;

    bool ok() const { return status == Status::Ok; }
};

// Accounts and sign-in. Five wrong passwords in a row lock an account for 15 minutes; every
// attempt, right or wrong, is written to login_attempt. Changes to accounts need an
// administrator (except the very first one, made on first run) and are audited without the hash.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinimumPasswordLength = 8;

    // Signing in needs no scope; changing accounts needs an administrator's (nobody may not).
    explicit AccountStore(QSqlDatabase db, const AccessScope &scope = AccessScope());

    // Tests move time forward and make cheaper hashes; the app uses the clock and the default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setHashCost(PasswordHasher::Cost cost) { m_hasher = PasswordHasher(cost); }

    bool hasAccounts() const;

    // The demo database (communitydesk-cli demo) has a documented administrator, so the demo
    // and its screenshots run without a person typing (README, "Accounts").
    static QString demoLogin() { return QStringLiteral("admin"); }
    static QString demoPassword() { return QStringLiteral("demo-admin"); }
    SaveResult createDemoAdministrator();
    bool isDemoDatabase() const;
    // First run only: fails once any account exists.
    SaveResult createAdministrator(const QString &login, const QString &displayName, const QString &password);
    // New account (id 0: `password` required) or changed name, role, grids (password ignored).
    SaveResult save(Account &account, const QString &password = QString());
    SaveResult setPassword(qint64 accountId, const QString &password);
    SaveResult setDisabled(qint64 accountId, bool disabled);

    std::optional<Account> account(qint64 id) const;
    std::optional<Account> accountByLogin(const QString &login) const;
    QList<Account> accounts() const; // every account, by login (an office has tens, not thousands)

    SignInResult signIn(const QString &login, const QString &password);

    // PostgreSQL with the desks' own logins (ServerSecurity): each account is a database login
    // "<base>.<login>" whose password the server checks when the desk connects.
    bool hasServerLogins() const;
    // Connected as an account's database login rather than as the schema's owner.
    bool isDeskConnection() const;
    // The database login of `login` for psql and the desk's server address; empty without them.
    QString databaseLogin(const QString &login) const;
    // The account the connection signed in as (the server checked its password), logged as an
    // attempt; refused when the login is no account or a disabled one.
    SignInResult signInAsConnected();
    // The password rule, as a translated message naming the field; empty when acceptable.
    static QString passwordProblem(const QString &password);

private:
    SaveResult failed(const QString &field, const QString &message) const;
    SaveResult insert(Account &account, const QString &password, const AccessScope &author);
    bool writeGrids(const Account &account);
    QString communityProblem(const Account &account) const;
    bool logAttempt(const QString &login, bool ok);
    bool setServerPassword(qint64 accountId, const QString &password);
    QString now() const;
    QList<qint64> gridsOf(qint64 accountId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    PasswordHasher m_hasher;
    std::function<QDateTime()> m_clock;
};
