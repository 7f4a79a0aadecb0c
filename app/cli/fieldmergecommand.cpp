#include "fieldmergecommand.h"

#include "fieldcommand.h"
#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldlabels.h"
#include "models/field/fieldmerge.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

namespace {

struct FieldCli
{
    Q_DECLARE_TR_FUNCTIONS(FieldCli)
};

void listConflicts(const QList<FieldConflict> &conflicts, QTextStream &out)
{
    out << FieldCli::tr("Record\tField\tOffice value\tField value") << Qt::endl;
    for (const FieldConflict &c : conflicts)
        out << c.record << '\t' << c.field << '\t' << FieldLabels::value(c.column, c.officeValue) << '\t'
            << FieldLabels::value(c.column, c.fieldValue) << Qt::endl;
}

} // namespace

int runFieldMergeCommand(const QSqlDatabase &office, const AccessScope &scope, const QStringList &args,
                         const FieldMergeArguments &options, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2 || args.first() != QLatin1String("merge")) {
        err << FieldCli::tr("field: expected \"field merge FILE\".") << Qt::endl;
        return 2;
    }
    const FieldConflict::Choice prefer = FieldConflict::choiceFromCode(options.prefer);
    if (!options.prefer.isEmpty() && prefer == FieldConflict::Choice::Undecided) {
        err << FieldCli::tr("--prefer: expected office or field, got \"%1\".").arg(options.prefer) << Qt::endl;
        return 2;
    }
    const QString path = args.at(1);
    if (DatabaseUrl::isServerUrl(path) || !QFileInfo(path).isFile()) {
        err << FieldCli::tr("field merge: %1 is not a field copy file.").arg(path) << Qt::endl;
        return 2;
    }
    // The laptop's sealed copy is opened in memory after its password (CD_FIELD_PASSWORD or typed);
    // a plain SQLite copy (tests, a copy made before sealing) opens as any database. The FieldFile
    // outlives the Database, whose closing saves what is unsaved.
    FieldFile sealed;
    Database field(QStringLiteral("field-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (FieldFile::isFieldFile(path)) {
        if (!openFieldCopy(field, sealed, path, err))
            return 1;
    } else if (!Workspace::open(field, path)) {
        err << FieldCli::tr("field merge: cannot open %1: %2").arg(path, field.errorText()) << Qt::endl;
        return 1;
    }
    FieldMerge merge(office, scope);
    merge.setPreference(prefer);
    const FieldMerge::Result result = merge.merge(field.connection());
    if (!options.report.isEmpty() && result.status != FieldMerge::Status::Refused &&
        result.status != FieldMerge::Status::Failed) {
        QString error;
        if (!result.report.writeCsv(options.report, &error)) {
            err << error << Qt::endl;
            if (result.status == FieldMerge::Status::Merged)
                return 1;
        }
    }
    switch (result.status) {
    case FieldMerge::Status::Merged:
        out << result.message << Qt::endl;
        for (const FieldMergeEntry &e : result.report.entries)
            if (e.outcome == FieldMergeEntry::Outcome::Note || e.outcome == FieldMergeEntry::Outcome::Skipped)
                out << e.record << ": " << e.note << Qt::endl;
        return 0;
    case FieldMerge::Status::NeedsDecisions:
        listConflicts(result.conflicts, out);
        err << result.message << ' '
            << FieldCli::tr("Decide with --prefer office or --prefer field, or merge in the window.") << Qt::endl;
        return 1;
    case FieldMerge::Status::Refused:
    case FieldMerge::Status::Failed:
        break;
    }
    err << result.message << Qt::endl;
    if (!result.detail.isEmpty())
        err << QStringLiteral("  (%1)").arg(result.detail) << Qt::endl;
    return 1;
}
