#include "fieldrenewcommand.h"

#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldcopyinfo.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldlabels.h"
#include "models/field/fieldrenew.h"
#include "models/field/fieldworkspace.h"
#include "passwordprompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace {

struct FieldRenewCli
{
    Q_DECLARE_TR_FUNCTIONS(FieldRenewCli)
};

QString connectionName()
{
    return QStringLiteral("field-renew-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

int runFieldRenewCommand(const Database &office, const AccessScope &scope, const QStringList &arguments,
                         const QString &outPath, const QString &prefer, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 2 || outPath.isEmpty()) {
        err << FieldRenewCli::tr("field renew: expected \"field renew OLD --out NEW\".") << Qt::endl;
        return 2;
    }
    const FieldConflict::Choice choice = FieldConflict::choiceFromCode(prefer);
    if (!prefer.isEmpty() && choice == FieldConflict::Choice::Undecided) {
        err << FieldRenewCli::tr("--prefer: expected office or field, got \"%1\".").arg(prefer) << Qt::endl;
        return 2;
    }
    const QString oldPath = arguments.at(1);
    if (!FieldFile::isFieldFile(oldPath)) {
        err << FieldRenewCli::tr("field renew: %1 is not a field copy file.").arg(QDir::toNativeSeparators(oldPath))
            << Qt::endl;
        return 2;
    }
    QString password = qEnvironmentVariable("CD_FIELD_PASSWORD");
    if (password.isEmpty()) {
        if (!PasswordPrompt::canAsk()) {
            err << FieldRenewCli::tr("field renew: set CD_FIELD_PASSWORD, or run the command in a terminal to type "
                                     "the field copy's password.")
                << Qt::endl;
            return 1;
        }
        password = PasswordPrompt::ask(
            FieldRenewCli::tr("Password for the field copy %1: ").arg(QDir::toNativeSeparators(oldPath)));
    }

    // The old copy, in memory; the FieldFiles outlive their Databases (closing seals what is unsaved).
    FieldFile oldFile;
    Database oldCopy(connectionName());
    if (!FieldWorkspace::open(oldCopy, oldFile, oldPath, password)) {
        err << oldCopy.errorText() << Qt::endl;
        return 1;
    }
    const FieldCopyInfo info = FieldCopyInfo::read(oldCopy.connection());

    FieldCheckout checkout(office.connection(), office.path(), scope);
    if (!checkout.run({info.gridCodes, info.workerLogin, outPath, password})) {
        err << FieldRenewCli::tr("field renew: %1").arg(checkout.errorText()) << Qt::endl;
        return 1;
    }
    FieldMerge::Result result;
    {
        FieldFile newFile;
        Database newCopy(connectionName());
        if (!FieldWorkspace::open(newCopy, newFile, outPath, password)) {
            err << newCopy.errorText() << Qt::endl;
            QFile::remove(outPath);
            return 1;
        }
        result = FieldRenew::carryOver(office.connection(), oldCopy.connection(), newCopy.connection(), scope, choice);
    }
    if (result.status == FieldMerge::Status::Merged) {
        out << FieldRenewCli::tr("Field copy renewed: %1 (%2 residents of %3 for %4); the old copy's unmerged "
                                 "changes are in it: %5")
                   .arg(QDir::toNativeSeparators(outPath))
                   .arg(checkout.residentCount())
                   .arg(info.gridCodes.join(QStringLiteral(", ")), info.workerLogin, result.message)
            << Qt::endl;
        return 0;
    }
    // Nothing carried over: the new copy would silently lack the worker's unmerged work.
    QFile::remove(outPath);
    QFile::remove(outPath + QStringLiteral(".bak"));
    if (result.status == FieldMerge::Status::NeedsDecisions) {
        out << FieldRenewCli::tr("Record\tField\tOffice value\tField value") << Qt::endl;
        for (const FieldConflict &c : result.conflicts)
            out << c.record << '\t' << c.field << '\t' << FieldLabels::value(c.column, c.officeValue) << '\t'
                << FieldLabels::value(c.column, c.fieldValue) << Qt::endl;
        err << result.message << ' '
            << FieldRenewCli::tr("Decide with --prefer office or --prefer field; no new copy was written.") << Qt::endl;
        return 1;
    }
    err << result.message << Qt::endl;
    if (!result.detail.isEmpty())
        err << QStringLiteral("  (%1)").arg(result.detail) << Qt::endl;
    return 1;
}
