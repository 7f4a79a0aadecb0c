#include "accountcommand.h"

#include "passwordprompt.h"

#include "models/access/accountstore.h"
#include "models/grids/gridstore.h"
#include "models/register/communitystore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace {

struct AccountCli
{
    Q_DECLARE_TR_FUNCTIONS(AccountCli)
};

// The command line spells the roles as a person types them; the table keeps AccessScope's codes.
const QList<QPair<QString, AccessScope::Role>> &roleNames()
{
    static const QList<QPair<QString, AccessScope::Role>> names = {
        {QStringLiteral("admin"), AccessScope::Role::Administrator},
        {QStringLiteral("clerk"), AccessScope::Role::Clerk},
        {QStringLiteral("grid-worker"), AccessScope::Role::GridWorker},
        {QStringLiteral("viewer"), AccessScope::Role::Viewer}};
    return names;
}

QString roleArgument(AccessScope::Role role)
{
    for (const auto &[name, r] : roleNames())
        if (r == role)
            return name;
    return QString();
}

// The new account's password: CD_NEW_PASSWORD, or typed twice at the terminal. Empty when none.
QString newPassword(const QString &login, QTextStream &err)
{
    const QString fromEnvironment = qEnvironmentVariable("CD_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!PasswordPrompt::canAsk()) {
        err << AccountCli::tr("account add: no password for %1: set CD_NEW_PASSWORD, or run the command in a "
                              "terminal to type it.")
                   .arg(login)
            << Qt::endl;
        return QString();
    }
    const QString first = PasswordPrompt::ask(AccountCli::tr("New password for %1: ").arg(login));
    const QString again = PasswordPrompt::ask(AccountCli::tr("The same password again: "));
    if (first != again) {
        err << AccountCli::tr("account add: the two passwords differ; nothing was changed.") << Qt::endl;
        return QString();
    }
    if (first.isEmpty())
        err << AccountCli::tr("account add: please type a password for %1.").arg(login) << Qt::endl;
    return first;
}

int addAccount(const QSqlDatabase &db, const AccessScope &scope, const QString &login, const AccountArguments &o,
               QTextStream &out, QTextStream &err)
{
    if (o.name.trimmed().isEmpty()) {
        err << AccountCli::tr("account add: --name: please give the person's name.") << Qt::endl;
        return 2;
    }
    std::optional<AccessScope::Role> role;
    for (const auto &[name, r] : roleNames())
        if (name == o.role)
            role = r;
    if (!role) {
        err << AccountCli::tr("account add: --role: expected admin, clerk, grid-worker or viewer, got \"%1\".")
                   .arg(o.role)
            << Qt::endl;
        return 2;
    }
    if (*role != AccessScope::Role::GridWorker && !o.grids.isEmpty()) {
        err << AccountCli::tr("account add: --grid: only a grid worker has grids of their own.") << Qt::endl;
        return 2;
    }
    if (*role == AccessScope::Role::GridWorker && o.grids.isEmpty()) {
        err << AccountCli::tr("account add: --grid: please give the grid worker's grids (--grid CODE, repeated).")
            << Qt::endl;
        return 2;
    }

    AccountStore probe(db);
    const bool first = !probe.hasAccounts();
    if (first && *role != AccessScope::Role::Administrator) {
        err << AccountCli::tr("account add: --role: the first account of a database must be an administrator "
                              "(--role admin).")
            << Qt::endl;
        return 1;
    }
    if (!first && !scope.canAdminister()) {
        err << AccountCli::tr("account: only an administrator may manage accounts.") << Qt::endl;
        return 1;
    }

    QList<qint64> gridIds;
    if (!o.grids.isEmpty()) {
        QHash<QString, qint64> byCode;
        for (const Grid &g : GridStore(db, scope).grids())
            byCode.insert(g.code.toLower(), g.id);
        for (const QString &code : o.grids) {
            const qint64 id = byCode.value(code.trimmed().toLower());
            if (id == 0) {
                err << AccountCli::tr("account add: --grid: there is no grid with the code \"%1\".").arg(code)
                    << Qt::endl;
                return 2;
            }
            if (!gridIds.contains(id))
                gridIds << id;
        }
    }

    const QString password = newPassword(login, err);
    if (password.isEmpty())
        return 2;
    SaveResult saved;
    if (first) {
        saved = AccountStore(db).createAdministrator(login, o.name, password);
    } else {
        Account account;
        account.login = login;
        account.displayName = o.name;
        account.role = *role;
        account.gridIds = gridIds;
        // The account works in the community in view (--community CODE); none: the street's.
        account.communityId = scope.viewCommunityId();
        saved = AccountStore(db, scope).save(account, password);
    }
    if (!saved.ok) {
        for (const FieldError &e : saved.errors)
            err << e.message << Qt::endl;
        return 1;
    }
    out << AccountCli::tr("Account %1 (%2) added.").arg(login.trimmed(), roleArgument(*role)) << Qt::endl;
    return 0;
}

int listAccounts(const QSqlDatabase &db, const AccessScope &scope, QTextStream &out, QTextStream &err)
{
    AccountStore store(db, scope);
    if (!store.hasAccounts()) {
        err << AccountCli::tr("This database has no accounts yet; add the first administrator with "
                              "\"account add LOGIN --name NAME --role admin\".")
            << Qt::endl;
        return 0;
    }
    if (!scope.canAdminister()) {
        err << AccountCli::tr("account: only an administrator may manage accounts.") << Qt::endl;
        return 1;
    }
    QHash<qint64, QString> codes;
    for (const Grid &g : GridStore(db, scope).grids(true))
        codes.insert(g.id, g.code);
    QHash<qint64, QString> communities;
    for (const CommunityStore::Community &c : CommunityStore(db, scope).allCommunities())
        communities.insert(c.id, c.code.isEmpty() ? c.name : c.code);
    const QDateTime now = QDateTime::currentDateTime();
    const QList<Account> accounts = store.accounts();
    for (const Account &a : accounts) {
        QStringList grids;
        for (const qint64 id : a.gridIds)
            grids << codes.value(id, QString::number(id));
        QString state = AccountCli::tr("active");
        if (a.disabled)
            state = AccountCli::tr("disabled");
        else if (a.lockedUntil.isValid() && now < a.lockedUntil)
            state = AccountCli::tr("locked until %1").arg(a.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QString community = a.communityId ? communities.value(a.communityId) : AccountCli::tr("street");
        out << QStringList{a.login, a.displayName, roleArgument(a.role), grids.join(QLatin1Char(',')), state, community}
                   .join(QLatin1Char('\t'))
            << Qt::endl;
    }
    err << AccountCli::tr("%n account(s).", nullptr, int(accounts.size())) << Qt::endl;
    return 0;
}

int disableAccount(const QSqlDatabase &db, const AccessScope &scope, const QString &login, QTextStream &out,
                   QTextStream &err)
{
    AccountStore store(db, scope);
    if (!scope.canAdminister()) {
        err << AccountCli::tr("account: only an administrator may manage accounts.") << Qt::endl;
        return 1;
    }
    const std::optional<Account> account = store.accountByLogin(login);
    if (!account) {
        err << AccountCli::tr("account disable: there is no account with the login \"%1\".").arg(login) << Qt::endl;
        return 1;
    }
    if (account->disabled) {
        out << AccountCli::tr("Account %1 was already disabled.").arg(account->login) << Qt::endl;
        return 0;
    }
    const SaveResult saved = store.setDisabled(account->id, true);
    if (!saved.ok) {
        err << saved.firstMessage() << Qt::endl;
        return 1;
    }
    out << AccountCli::tr("Account %1 disabled: it can no longer sign in.").arg(account->login) << Qt::endl;
    return 0;
}

} // namespace

int runAccountCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments,
                      const AccountArguments &options, QTextStream &out, QTextStream &err)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add") && arguments.size() == 2)
        return addAccount(db, scope, arguments.at(1), options, out, err);
    if (action == QLatin1String("list") && arguments.size() == 1)
        return listAccounts(db, scope, out, err);
    if (action == QLatin1String("disable") && arguments.size() == 2)
        return disableAccount(db, scope, arguments.at(1), out, err);
    err << AccountCli::tr("account: expected \"account add LOGIN --name NAME --role ROLE [--grid CODE]\", \"account "
                          "list\" or \"account disable LOGIN\".")
        << Qt::endl;
    return 2;
}
