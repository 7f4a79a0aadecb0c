#include "fieldcommand.h"

#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"
#include "passwordprompt.h"

#include <QCoreApplication>
#include <QDir>

namespace {

struct FieldCli
{
    Q_DECLARE_TR_FUNCTIONS(FieldCli)
};

// The new copy's password: CD_FIELD_PASSWORD, or typed twice at the terminal. Empty when none.
QString newFieldPassword(QTextStream &err)
{
    const QString fromEnvironment = qEnvironmentVariable("CD_FIELD_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!PasswordPrompt::canAsk()) {
        err << FieldCli::tr("field checkout: no password for the field copy: set CD_FIELD_PASSWORD, or run the "
                            "command in a terminal to type it.")
            << Qt::endl;
        return QString();
    }
    const QString first = PasswordPrompt::ask(FieldCli::tr("Password for the field copy: "));
    const QString again = PasswordPrompt::ask(FieldCli::tr("The same password again: "));
    if (first != again) {
        err << FieldCli::tr("field checkout: the two passwords differ; nothing was written.") << Qt::endl;
        return QString();
    }
    return first;
}

int checkout(const Database &db, const AccessScope &scope, const FieldArguments &o, QTextStream &out, QTextStream &err)
{
    if (o.grids.isEmpty()) {
        err << FieldCli::tr("field checkout: --grid: please give at least one grid CODE.") << Qt::endl;
        return 2;
    }
    if (o.worker.trimmed().isEmpty()) {
        err << FieldCli::tr("field checkout: --for: please give the LOGIN of the worker the copy is for.") << Qt::endl;
        return 2;
    }
    if (o.out.isEmpty()) {
        err << FieldCli::tr("field checkout: --out: please give the FILE to write the field copy to.") << Qt::endl;
        return 2;
    }
    const QString password = newFieldPassword(err);
    if (password.isEmpty())
        return 1;
    FieldCheckout checkout(db.connection(), db.path(), scope);
    if (!checkout.run({o.grids, o.worker.trimmed(), o.out, password})) {
        err << FieldCli::tr("field checkout: %1").arg(checkout.errorText()) << Qt::endl;
        if (!checkout.errorDetail().isEmpty())
            err << QStringLiteral("  (%1)").arg(checkout.errorDetail()) << Qt::endl;
        return 1;
    }
    out << FieldCli::tr("Field copy written: %1 (%2 residents of %3 for %4; %5 KiB in %6 ms).")
               .arg(QDir::toNativeSeparators(o.out))
               .arg(checkout.residentCount())
               .arg(o.grids.join(QStringLiteral(", ")), o.worker.trimmed())
               .arg(checkout.fileBytes() / 1024)
               .arg(checkout.elapsedMs())
        << Qt::endl;
    if (checkout.workerSignsInWithCopyPassword())
        out << FieldCli::tr("On this server only its owner reads passwords: %1 signs in on the copy with the copy's "
                            "password.")
                   .arg(o.worker.trimmed())
            << Qt::endl;
    return 0;
}

} // namespace

int runFieldCommand(const Database &db, const AccessScope &scope, const QStringList &arguments,
                    const FieldArguments &options, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("checkout"))
        return checkout(db, scope, options, out, err);
    err << FieldCli::tr("field: please give a subcommand: checkout.") << Qt::endl;
    return 2;
}

bool openFieldCopy(Database &db, FieldFile &file, const QString &path, QTextStream &err)
{
    QString password = qEnvironmentVariable("CD_FIELD_PASSWORD");
    if (password.isEmpty()) {
        if (!PasswordPrompt::canAsk()) {
            err << FieldCli::tr("%1 is a field copy: set CD_FIELD_PASSWORD, or run the command in a terminal to type "
                                "its password.")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
            return false;
        }
        password =
            PasswordPrompt::ask(FieldCli::tr("Password for the field copy %1: ").arg(QDir::toNativeSeparators(path)));
    }
    if (FieldWorkspace::open(db, file, path, password))
        return true;
    err << db.errorText() << Qt::endl;
    return false;
}
