#include "clisignin.h"

#include "passwordprompt.h"

#include "models/access/accountstore.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CliSignIn)
};
} // namespace

CliSignIn::Outcome CliSignIn::signIn(const QSqlDatabase &db, const QString &userOption, QTextStream &err)
{
    AccountStore store(db);
    // Connected with an account's own database login (the password was the server's to check):
    // that account, and no other, is who runs the command.
    if (store.isDeskConnection()) {
        const QString asked = userOption.isEmpty() ? qEnvironmentVariable("CD_USER") : userOption;
        const SignInResult result = store.signInAsConnected();
        if (!result.ok()) {
            err << result.message << Qt::endl;
            return Outcome::Refused;
        }
        if (!asked.isEmpty() && asked != result.scope.userName()) {
            err << Text::tr("The database login is the account %1, not %2.").arg(result.scope.userName(), asked)
                << Qt::endl;
            return Outcome::Refused;
        }
        m_scope = result.scope;
        return Outcome::SignedIn;
    }
    if (!store.hasAccounts()) {
        m_scope = AccessScope::system(QStringLiteral("cli"));
        return Outcome::SignedIn;
    }
    const QString login = userOption.isEmpty() ? qEnvironmentVariable("CD_USER") : userOption;
    if (login.isEmpty()) {
        err << Text::tr("This database has accounts: sign in with --user LOGIN (or CD_USER) and the password "
                        "(CD_PASSWORD, or typed when asked).")
            << Qt::endl;
        return Outcome::WrongArguments;
    }
    QString password = qEnvironmentVariable("CD_PASSWORD");
    if (password.isEmpty()) {
        if (!PasswordPrompt::canAsk()) {
            err << Text::tr("No password for %1: set CD_PASSWORD, or run the command in a terminal to type it.")
                       .arg(login)
                << Qt::endl;
            return Outcome::WrongArguments;
        }
        password = PasswordPrompt::ask(Text::tr("Password for %1: ").arg(login));
    }
    const SignInResult result = store.signIn(login, password);
    if (!result.ok()) {
        err << result.message << Qt::endl;
        return Outcome::Refused;
    }
    m_scope = result.scope;
    return Outcome::SignedIn;
}
