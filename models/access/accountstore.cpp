#include "accountstore.h"

#include "auditlog.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "scramverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QString kColumns =
    QStringLiteral("id, login, display_name, role, disabled, failed_count, locked_until, row_version, "
                   "coalesce(community_id, 0) FROM account ");

Account accountFrom(const SqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = AccessScope::roleFromCode(q.value(3).toString());
    a.disabled = q.value(4).toInt() != 0;
    a.failedCount = q.value(5).toInt();
    a.lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    a.rowVersion = q.value(7).toInt();
    a.communityId = q.value(8).toLongLong();
    return a;
}

// What the audit keeps of an account: never the password hash.
QString accountJson(const Account &a)
{
    QJsonArray grids;
    for (qint64 g : a.gridIds)
        grids.append(g);
    const QJsonObject o{{QStringLiteral("login"), a.login},
                        {QStringLiteral("displayName"), a.displayName},
                        {QStringLiteral("role"), AccessScope::roleCode(a.role)},
                        {QStringLiteral("grids"), grids},
                        {QStringLiteral("community"), a.communityId},
                        {QStringLiteral("disabled"), a.disabled}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant communityOrNull(qint64 communityId)
{
    return communityId > 0 ? QVariant(communityId) : QVariant(QMetaType(QMetaType::LongLong));
}

// The scope of a signed-in account: its role, grids and community (none: the whole street).
AccessScope scopeOf(const Account &a)
{
    AccessScope scope(a.role, a.id, a.login, a.gridIds);
    scope.setCommunityIds(a.communityId > 0 ? QList<qint64>{a.communityId} : QList<qint64>());
    scope.setDisplayName(a.displayName);
    return scope;
}

} // namespace

AccountStore::AccountStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

QString AccountStore::now() const
{
    return m_clock().toString(Qt::ISODate);
}

SaveResult AccountStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

bool AccountStore::hasAccounts() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM account"));
    return q.scalar().toInt() > 0;
}

QString AccountStore::passwordProblem(const QString &password)
{
    if (password.size() < kMinimumPasswordLength)
        return tr("Password: use at least %n characters.", nullptr, kMinimumPasswordLength);
    if (password.trimmed() != password)
        return tr("Password: do not start or end it with a space.");
    return QString();
}

SaveResult AccountStore::createAdministrator(const QString &login, const QString &displayName, const QString &password)
{
    if (hasAccounts())
        return failed(QString(), tr("An administrator already exists; please sign in."));
    Account a;
    a.login = login;
    a.displayName = displayName;
    a.role = AccessScope::Role::Administrator;
    // Nobody is signed in yet: the audit names the new administrator as its own author.
    return insert(a, password, AccessScope(AccessScope::Role::Administrator, 0, login.trimmed()));
}

SaveResult AccountStore::createDemoAdministrator()
{
    Transaction tx(m_db);
    SaveResult r =
        createAdministrator(demoLogin(), QStringLiteral("演示管理员"), demoPassword()); // seeded data, shown as is
    SqlQuery mark(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('accounts/demo', '1')"));
    if (!r.ok || !mark.exec() || !tx.commit())
        return r.ok ? failed(QString(), tr("The account could not be saved.")) : r;
    return r;
}

bool AccountStore::isDemoDatabase() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM setting WHERE key = 'accounts/demo'"));
    return q.scalar().toString() == QLatin1String("1");
}

SaveResult AccountStore::save(Account &a, const QString &password)
{
    if (!m_scope.canAdminister())
        return failed(QString(), tr("Only an administrator may change accounts."));
    if (a.id == 0)
        return insert(a, password, m_scope);

    a.displayName = a.displayName.trimmed();
    if (a.displayName.isEmpty())
        return failed(QStringLiteral("displayName"), tr("Name: please enter the person's name."));
    const std::optional<Account> before = account(a.id);
    if (!before)
        return failed(QString(), tr("This account no longer exists."));
    // The last administrator cannot demote themselves out of the accounts dialog.
    if (before->role == AccessScope::Role::Administrator && a.role != AccessScope::Role::Administrator) {
        SqlQuery admins(m_db, QStringLiteral("SELECT count(*) FROM account WHERE role = ? AND disabled = 0"));
        if (admins.exec(AccessScope::roleCode(AccessScope::Role::Administrator)) && admins.scalar().toInt() <= 1)
            return failed(QStringLiteral("role"), tr("Role: at least one administrator must remain."));
    }
    if (a.role != AccessScope::Role::GridWorker)
        a.gridIds.clear();
    a.login = before->login; // logins do not change: the audit trail names them
    a.disabled = before->disabled;

    Transaction tx(m_db);
    if (const QString why = communityProblem(a); !why.isEmpty())
        return failed(QStringLiteral("community"), why);
    SqlQuery q(m_db, QStringLiteral("UPDATE account SET display_name = ?, role = ?, community_id = ?, updated_at = ?, "
                                    "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!tx.isActive() || !q.exec(a.displayName, AccessScope::roleCode(a.role), communityOrNull(a.communityId), now(),
                                  a.id, a.rowVersion))
        return failed(QString(), tr("The account could not be saved."));
    if (q.numRowsAffected() != 1)
        return failed(QString(), tr("Someone else changed this account meanwhile; please reopen it."));
    if (!writeGrids(a) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("account"), a.id, QStringLiteral("update"), accountJson(*before), accountJson(a)) ||
        !tx.commit())
        return failed(QString(), tr("The account could not be saved."));
    ++a.rowVersion;
    SaveResult ok;
    ok.ok = true;
    ok.id = a.id;
    return ok;
}

SaveResult AccountStore::insert(Account &a, const QString &password, const AccessScope &author)
{
    SaveResult result;
    a.login = a.login.trimmed();
    a.displayName = a.displayName.trimmed();
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(a.login).hasMatch())
        result.errors.append(
            {QStringLiteral("login"), tr("Login: use 2 to 32 letters, digits, dots, dashes or underscores."), 0});
    else if (accountByLogin(a.login))
        result.errors.append({QStringLiteral("login"), tr("Login: %1 is already taken.").arg(a.login), 0});
    if (a.displayName.isEmpty())
        result.errors.append({QStringLiteral("displayName"), tr("Name: please enter the person's name."), 0});
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        result.errors.append({QStringLiteral("password"), problem, 0});
    if (a.role != AccessScope::Role::GridWorker)
        a.gridIds.clear();
    if (const QString why = communityProblem(a); !why.isEmpty())
        result.errors.append({QStringLiteral("community"), why, 0});
    if (!result.errors.isEmpty())
        return result;

    const QString hash = m_hasher.hash(password);
    Transaction tx(m_db);
    const QString stamp = now();
    // On a server a desk may not read the hash back, as the RETURNING * SqlQuery adds would.
    const bool server = SqlDialect::isPostgres(m_db);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO account (login, display_name, role, password_hash, failed_count, "
                              "disabled, created_at, updated_at, row_version, community_id) VALUES (?, ?, ?, ?, 0, 0, "
                              "?, ?, 1, ?)") +
                   (server ? QStringLiteral(" RETURNING id") : QString()));
    if (!tx.isActive() || !q.exec(a.login, a.displayName, AccessScope::roleCode(a.role), hash, stamp, stamp,
                                  communityOrNull(a.communityId)))
        return failed(QString(), tr("The account could not be saved."));
    a.id = server ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId();
    a.rowVersion = 1;
    if (a.id == 0 || !setServerPassword(a.id, password) || !writeGrids(a) ||
        !AuditLog(m_db, author)
             .record(QStringLiteral("account"), a.id, QStringLiteral("insert"), QString(), accountJson(a)) ||
        !tx.commit())
        return failed(QString(), tr("The account could not be saved."));
    result.ok = true;
    result.id = a.id;
    return result;
}

QString AccountStore::communityProblem(const Account &a) const
{
    // A community's administrator manages the accounts of that community only.
    if (!m_scope.isStreetLevel() && !m_scope.communityIds().contains(a.communityId))
        return tr("Community: you may only manage the accounts of your own community.");
    if (a.communityId <= 0)
        return QString();
    SqlQuery c(m_db, QStringLiteral("SELECT count(*) FROM community WHERE id = ?"));
    if (!c.exec(a.communityId) || c.scalar().toInt() == 0)
        return tr("Community: choose a community of this street, or the whole street.");
    // A grid worker of one community works in that community's grids only.
    SqlQuery g(m_db, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"));
    for (qint64 grid : a.gridIds)
        if (g.exec(grid) && g.scalar().toLongLong() != a.communityId)
            return tr("Community: every grid of the account must lie in its community.");
    return QString();
}

bool AccountStore::writeGrids(const Account &a)
{
    // account_grid is a pure link table, rewritten with its account (the account row is audited).
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM account_grid WHERE account_id = ?"));
    if (!clear.exec(a.id))
        return false;
    SqlQuery add(m_db, QStringLiteral("INSERT INTO account_grid (account_id, grid_id) VALUES (?, ?)"));
    for (qint64 g : a.gridIds)
        if (!add.exec(a.id, g))
            return false;
    return true;
}

SaveResult AccountStore::setPassword(qint64 accountId, const QString &password)
{
    const AccessScope &scope = m_scope;
    if (!scope.canAdminister() && scope.userId() != accountId)
        return failed(QString(), tr("Only an administrator may change another person's password."));
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return failed(QStringLiteral("password"), problem);
    const std::optional<Account> a = account(accountId);
    if (!a)
        return failed(QString(), tr("This account no longer exists."));
    Transaction tx(m_db);
    // A new password also lifts a lockout: that is what an administrator resets it for.
    SqlQuery q(m_db, QStringLiteral("UPDATE account SET password_hash = ?, failed_count = 0, locked_until = NULL, "
                                    "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    if (!tx.isActive() || !q.exec(m_hasher.hash(password), now(), accountId) ||
        !setServerPassword(accountId, password) ||
        !AuditLog(m_db, scope)
             .record(QStringLiteral("account"), accountId, QStringLiteral("password"), QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The password could not be changed."));
    SaveResult ok;
    ok.ok = true;
    ok.id = accountId;
    return ok;
}

SaveResult AccountStore::setDisabled(qint64 accountId, bool disabled)
{
    const AccessScope &scope = m_scope;
    if (!scope.canAdminister())
        return failed(QString(), tr("Only an administrator may change accounts."));
    if (disabled && scope.userId() == accountId)
        return failed(QString(), tr("You cannot disable your own account."));
    std::optional<Account> before = account(accountId);
    if (!before)
        return failed(QString(), tr("This account no longer exists."));
    Account after = *before;
    after.disabled = disabled;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE account SET disabled = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ?"));
    if (!tx.isActive() || !q.exec(disabled ? 1 : 0, now(), accountId) ||
        !AuditLog(m_db, scope)
             .record(QStringLiteral("account"), accountId,
                     disabled ? QStringLiteral("disable") : QStringLiteral("enable"), accountJson(*before),
                     accountJson(after)) ||
        !tx.commit())
        return failed(QString(), tr("The account could not be saved."));
    SaveResult ok;
    ok.ok = true;
    ok.id = accountId;
    return ok;
}

QList<qint64> AccountStore::gridsOf(qint64 accountId) const
{
    QList<qint64> grids;
    SqlQuery q(m_db, QStringLiteral("SELECT grid_id FROM account_grid WHERE account_id = ? ORDER BY grid_id"));
    if (q.exec(accountId))
        while (q.next())
            grids.append(q.value(0).toLongLong());
    return grids;
}

std::optional<Account> AccountStore::account(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Account a = accountFrom(q);
    a.gridIds = gridsOf(a.id);
    return a;
}

std::optional<Account> AccountStore::accountByLogin(const QString &login) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE login = ?"));
    if (!q.exec(login.trimmed()) || !q.next())
        return std::nullopt;
    Account a = accountFrom(q);
    a.gridIds = gridsOf(a.id);
    return a;
}

QList<Account> AccountStore::accounts() const
{
    QList<Account> list;
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral("ORDER BY login"));
    if (q.exec())
        while (q.next())
            list.append(accountFrom(q));
    for (Account &a : list)
        a.gridIds = gridsOf(a.id);
    return list;
}

bool AccountStore::logAttempt(const QString &login, bool ok)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO login_attempt (login, at, ok) VALUES (?, ?, ?)"));
    return q.exec(login, now(), ok ? 1 : 0);
}

bool AccountStore::hasServerLogins() const
{
    if (!SqlDialect::isPostgres(m_db))
        return false;
    SqlQuery q(m_db, QStringLiteral("SELECT to_regprocedure('cd_set_password(bigint,text)') IS NOT NULL"));
    return q.scalar().toBool();
}

bool AccountStore::setServerPassword(qint64 accountId, const QString &password)
{
    if (!hasServerLogins())
        return true;
    SqlQuery q(m_db, QStringLiteral("SELECT cd_set_password(?, ?)"));
    return q.exec(accountId, ScramVerifier::make(password));
}

bool AccountStore::isDeskConnection() const
{
    if (!hasServerLogins())
        return false;
    SqlQuery q(m_db, QStringLiteral("SELECT NOT cd_is_owner()"));
    return q.scalar().toBool();
}

QString AccountStore::databaseLogin(const QString &login) const
{
    if (!hasServerLogins())
        return QString();
    SqlQuery q(m_db, QStringLiteral("SELECT cd_desk_base() || '.' || ?"));
    return q.exec(login.trimmed()) ? q.scalar().toString() : QString();
}

SignInResult AccountStore::signInAsConnected()
{
    SignInResult result;
    SqlQuery q(m_db, QStringLiteral("SELECT account_id, account_login, account_name, account_role, account_grids FROM "
                                    "cd_desk_sign_in()"));
    if (!q.exec() || !q.next()) {
        result.status = SignInResult::Status::Disabled;
        result.message = tr("This database login is not an account of this office, or the account is disabled; "
                            "please ask an administrator.");
        return result;
    }
    QList<qint64> grids;
    const QStringList ids = q.value(4).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &id : ids)
        grids.append(id.toLongLong());
    result.status = SignInResult::Status::Ok;
    result.scope = AccessScope(AccessScope::roleFromCode(q.value(3).toString()), q.value(0).toLongLong(),
                               q.value(1).toString(), grids);
    result.scope.setDisplayName(q.value(2).toString());
    // The account's community; when it cannot be read the scope sees no community (fail closed).
    // A desk's login may not read the account table: the server's own function says it.
    SqlQuery community(m_db, QStringLiteral("SELECT coalesce(cd_my_community(), 0)"));
    if (!community.exec() || !community.next())
        result.scope.setCommunityIds({-1});
    else if (const qint64 id = community.value(0).toLongLong(); id > 0)
        result.scope.setCommunityIds({id});
    return result;
}

SignInResult AccountStore::signIn(const QString &login, const QString &password)
{
    const QString name = login.trimmed();
    // Connected as an account's own database login: the server checked that password already.
    if (isDeskConnection()) {
        SignInResult r = signInAsConnected();
        if (r.ok() && r.scope.userName() != name) {
            r = SignInResult();
            r.status = SignInResult::Status::WrongPassword;
            r.message = tr("Wrong login or password.");
        }
        return r;
    }
    SignInResult result;
    const QDateTime at = m_clock();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        result.message = tr("The database is busy; please try again.");
        return result;
    }
    const std::optional<Account> a = accountByLogin(name);
    SqlQuery hashQuery(m_db, QStringLiteral("SELECT password_hash FROM account WHERE id = ?"));
    const QString stored = a && hashQuery.exec(a->id) ? hashQuery.scalar().toString() : QString();

    if (!a) {
        // Same answer and about the same time as a wrong password: logins are not confirmed to guessers.
        m_hasher.verifyNothing(password);
        logAttempt(name, false);
        tx.commit();
        result.status = SignInResult::Status::WrongPassword;
        result.message = tr("Wrong login or password.");
        return result;
    }
    if (a->disabled) {
        logAttempt(name, false);
        tx.commit();
        result.status = SignInResult::Status::Disabled;
        result.message = tr("This account is disabled; please ask an administrator.");
        return result;
    }
    if (a->lockedUntil.isValid() && at < a->lockedUntil) {
        // Locked: the password is not even checked, so guessing goes no further.
        logAttempt(name, false);
        tx.commit();
        result.status = SignInResult::Status::Locked;
        result.lockedUntil = a->lockedUntil;
        result.message = tr("Too many wrong passwords: this account is locked until %1.")
                             .arg(a->lockedUntil.toString(QStringLiteral("HH:mm")));
        return result;
    }
    if (!PasswordHasher::verify(password, stored)) {
        const int failures = a->failedCount + 1;
        SqlQuery q(m_db, QStringLiteral("UPDATE account SET failed_count = ?, locked_until = ? WHERE id = ?"));
        if (failures >= kMaxFailures) {
            const QDateTime until = at.addSecs(kLockMinutes * 60);
            q.exec(0, until.toString(Qt::ISODate), a->id);
            result.status = SignInResult::Status::Locked;
            result.lockedUntil = until;
            result.message = tr("Too many wrong passwords: this account is locked until %1.")
                                 .arg(until.toString(QStringLiteral("HH:mm")));
        } else {
            q.exec(failures, QVariant(QMetaType(QMetaType::QString)), a->id);
            result.status = SignInResult::Status::WrongPassword;
            result.message = tr("Wrong login or password.");
        }
        logAttempt(name, false);
        tx.commit();
        return result;
    }

    SqlQuery reset(m_db, QStringLiteral("UPDATE account SET failed_count = 0, locked_until = NULL WHERE id = ?"));
    if (!logAttempt(name, true) || !reset.exec(a->id)) {
        result.message = tr("The sign-in could not be recorded; please try again.");
        return result;
    }
    if (m_hasher.needsRehash(stored)) {
        SqlQuery rehash(m_db, QStringLiteral("UPDATE account SET password_hash = ? WHERE id = ?"));
        rehash.exec(m_hasher.hash(password), a->id);
    }
    if (!tx.commit()) {
        result.message = tr("The sign-in could not be recorded; please try again.");
        return result;
    }
    result.status = SignInResult::Status::Ok;
    result.scope = scopeOf(*a);
    return result;
}
