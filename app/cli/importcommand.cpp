#include "importcommand.h"

#include "models/importing/importsource.h"
#include "models/importing/importvocabulary.h"
#include "models/importing/residentimporter.h"
#include "models/importing/valuemappings.h"
#include "models/importing/workbookimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

namespace {

struct ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(ImportCli)
};

// "与户主关系:表哥=other" (or relation:表哥=配偶) onto the importer; false with *error set.
bool addValueMap(WorkbookImporter &importer, const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^([^:：]+)[:：](.+)=(.+)$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = ImportCli::tr("--map: expected COLUMN:VALUE=CODE (e.g. 与户主关系:表哥=other), got \"%1\".").arg(text);
        return false;
    }
    ImportMapping::Field field = ImportMapping::FieldCount;
    const QString column = m.captured(1).trimmed();
    const QString code = ImportVocabulary::lookupPrefix(QStringLiteral("header"), column);
    for (const ImportMapping::Field f : ValueMappings::codedFields())
        if (ImportMapping::fieldCode(f) == column || ImportMapping::fieldCode(f) == code)
            field = f;
    if (field == ImportMapping::FieldCount) {
        *error = ImportCli::tr("--map: \"%1\" is not a coded column (性别, 与户主关系, 户籍类型).").arg(column);
        return false;
    }
    // The code itself (other) or a word the register knows for it (其他).
    QString target = m.captured(3).trimmed();
    bool known = false;
    for (const ValueMappings::Choice &c : ValueMappings::choices(field))
        known = known || c.code == target;
    if (!known)
        target = ValueMappings().code(field, target);
    if (target.isEmpty() || !importer.mapValue(field, m.captured(2).trimmed(), target)) {
        QStringList codes;
        for (const ValueMappings::Choice &c : ValueMappings::choices(field))
            codes << c.code;
        *error = ImportCli::tr("--map: \"%1\" is not one of %2.").arg(m.captured(3), codes.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

void printReport(const ResidentImporter &importer, bool dryRun, QTextStream &out)
{
    const ResidentImporter::Summary s = importer.summary();
    if (!importer.sheetName().isEmpty())
        out << ImportCli::tr("Sheet %1: %2 imported, %3 updated, %4 rejected.")
                   .arg(importer.sheetName())
                   .arg(s.imported)
                   .arg(s.updated)
                   .arg(s.rejected)
            << Qt::endl;
    if (s.headerLastRow > s.headerRow)
        out << ImportCli::tr("Header: rows %1-%2 (two-row header).").arg(s.headerRow).arg(s.headerLastRow);
    else
        out << ImportCli::tr("Header: row %1.").arg(s.headerRow);
    if (s.aboveHeader > 0)
        out << QLatin1Char(' ') << ImportCli::tr("%n row(s) above it skipped (titles, notes).", nullptr, s.aboveHeader);
    out << Qt::endl << ImportCli::tr("Columns:") << Qt::endl;
    for (const ResidentImporter::ColumnReport &c : importer.columns())
        out << QStringLiteral("  %1 %2: %3").arg(c.column + 1).arg(c.title, c.useLabel) << Qt::endl;
    QList<ImportMapping::Field> fields = ValueMappings::codedFields();
    fields << ImportMapping::Tags;
    for (const ImportMapping::Field f : std::as_const(fields)) {
        const QList<ResidentImporter::ValueReport> values = importer.values(f);
        if (values.isEmpty())
            continue;
        const int column = importer.mapping().column(f);
        out << ImportCli::tr("Values of %1:").arg(importer.header().value(column)) << Qt::endl;
        for (const ResidentImporter::ValueReport &v : values)
            out << QStringLiteral("  %1 × %2 → %3%4")
                       .arg(v.value)
                       .arg(v.count)
                       .arg(v.label, v.clerksChoice ? ImportCli::tr(" (your mapping)") : QString())
                << Qt::endl;
    }
    if (s.footer > 0) {
        QStringList rows;
        for (const ResidentImporter::SkippedRow &r : importer.skippedRows())
            rows << QString::number(r.rowNumber);
        out << ImportCli::tr("Footer rows skipped (not people): %1.").arg(rows.join(QStringLiteral(", "))) << Qt::endl;
    }
    const QString grids = importer.createdGrids().join(QStringLiteral(", "));
    const QString tags = importer.createdTags().join(QStringLiteral(", "));
    if (s.gridsCreated > 0)
        out << (dryRun ? ImportCli::tr("Grids to be created: %1.") : ImportCli::tr("Grids created: %1.")).arg(grids)
            << Qt::endl;
    if (s.tagsCreated > 0)
        out << (dryRun ? ImportCli::tr("Tags to be created: %1.") : ImportCli::tr("Tags created: %1.")).arg(tags)
            << Qt::endl;
}

// What the file changes in the register: people updated (field: old → new) and people it no
// longer lists, who are only reported (the clerk moves them out, or not).
void printDiff(const WorkbookImporter &importer, bool dryRun, QTextStream &out)
{
    const QList<RegisterDiff::UpdatedPerson> updated = importer.updatedPeople();
    if (!updated.isEmpty()) {
        out << ImportCli::tr("Changed: %n person(s).", nullptr, int(updated.size())) << Qt::endl;
        for (const RegisterDiff::UpdatedPerson &p : updated)
            out << QStringLiteral("  %1 %2: %3").arg(p.name, p.maskedId, RegisterDiff::describe(p.changes)) << Qt::endl;
        if (!dryRun && !importer.changesReportPath().isEmpty())
            out << ImportCli::tr("The changes are in %1.").arg(QDir::toNativeSeparators(importer.changesReportPath()))
                << Qt::endl;
    }
    const QList<RegisterDiff::MissingPerson> missing = importer.missingPeople();
    if (!missing.isEmpty()) {
        out << ImportCli::tr("Not in the file: %n person(s) registered in the buildings it covers; they may have "
                             "moved out (nothing was changed for them).",
                             nullptr, int(missing.size()))
            << Qt::endl;
        if (!dryRun && !importer.missingReportPath().isEmpty())
            out << ImportCli::tr("The list is in %1.").arg(QDir::toNativeSeparators(importer.missingReportPath()))
                << Qt::endl;
        else
            for (const RegisterDiff::MissingPerson &m : missing)
                out << QStringLiteral("  %1 %2 %3").arg(m.name, m.maskedId, m.address) << Qt::endl;
    }
}

} // namespace

int runImportCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments,
                     const ImportCommandOptions &options, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 2 || arguments.at(0) != QLatin1String("residents")) {
        err << ImportCli::tr("import: expected \"import residents FILE.csv\" or \"import residents FILE.xlsx\".")
            << Qt::endl;
        return 2;
    }
    const QString path = arguments.at(1);
    WorkbookImporter importer(db, scope);
    importer.setSheets(options.sheets);
    importer.setKeepAsFields(options.keepAsFields);
    if (!options.headerRow.isEmpty()) {
        bool ok = false;
        const int row = options.headerRow.toInt(&ok);
        if (!ok || row < 1) {
            err << ImportCli::tr("--header-row: expected a row number (1 or more), got \"%1\".").arg(options.headerRow)
                << Qt::endl;
            return 2;
        }
        importer.setHeaderRow(row);
    }
    for (const QString &map : options.valueMaps) {
        QString error;
        if (!addValueMap(importer, map, &error)) {
            err << error << Qt::endl;
            return 2;
        }
    }
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(path, &error);
    if (!source) {
        err << error << Qt::endl;
        return 1;
    }
    if (!options.dryRun)
        importer.setReportFile(path);
    int lastPercent = -1;
    importer.setProgress([&err, &lastPercent](double done) {
        const int percent = int(done * 100);
        if (percent != lastPercent) {
            lastPercent = percent;
            err << QStringLiteral("\r%1%").arg(percent) << Qt::flush;
        }
        return true;
    });
    const ResidentImporter::Outcome outcome = importer.run(*source, options.dryRun);
    if (lastPercent >= 0)
        err << Qt::endl;
    if (outcome != ResidentImporter::Outcome::Done) {
        err << importer.errorText() << Qt::endl;
        return 1;
    }
    for (int i = 0; i < importer.sheetCount(); ++i)
        printReport(importer.sheet(i), options.dryRun, out);
    const ResidentImporter::Summary s = importer.summary();
    out << (options.dryRun ? ImportCli::tr("%1 (dry run, nothing written): %2 imported, %3 updated, %4 rejected.")
                           : ImportCli::tr("%1: %2 imported, %3 updated, %4 rejected."))
               .arg(QFileInfo(path).fileName())
               .arg(s.imported)
               .arg(s.updated)
               .arg(s.rejected)
        << Qt::endl;
    printDiff(importer, options.dryRun, out);
    if (s.rejected == 0)
        return 0;
    if (options.dryRun) {
        for (const ResidentImporter::Rejection &r : importer.rejections())
            out << (r.sheet.isEmpty()
                        ? ImportCli::tr("Row %1: %2").arg(r.rowNumber).arg(r.reason)
                        : ImportCli::tr("Sheet %1, row %2: %3").arg(r.sheet).arg(r.rowNumber).arg(r.reason))
                << Qt::endl;
        return 1;
    }
    out << ImportCli::tr("Rejected rows, with the reason, are in %1; correct them there and import that file.")
               .arg(QDir::toNativeSeparators(importer.errorReportPath()))
        << Qt::endl;
    return 1;
}
