#include "workbookimporter.h"

#include "headerlocator.h"
#include "importsource.h"
#include "models/access/exportaudit.h"
#include "models/core/transaction.h"
#include "models/documents/csvwriter.h"

#include <optional>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

WorkbookImporter::WorkbookImporter(QSqlDatabase db, const AccessScope &scope, const QDate &today)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_today(today)
{}

WorkbookImporter::~WorkbookImporter() = default;

void WorkbookImporter::setMapping(const ImportMapping &mapping, const QStringList &header)
{
    m_mapping = mapping;
    m_mappingHeader = header;
    m_mappingSet = true;
}

bool WorkbookImporter::mapValue(ImportMapping::Field field, const QString &value, const QString &code)
{
    ValueMappings check;
    if (!check.set(field, value, code))
        return false;
    m_values.append({field, value, code});
    return true;
}

ResidentImporter::Outcome WorkbookImporter::fail(const QString &text)
{
    m_error = text;
    return ResidentImporter::Outcome::Failed;
}

ResidentImporter::Outcome WorkbookImporter::run(ImportSource &source, bool dryRun)
{
    m_importers.clear();
    m_missing.clear();
    m_error.clear();
    m_errorReport.clear();
    m_changesReport.clear();
    m_missingReport.clear();

    const QStringList names = source.sheetNames();
    m_workbook = !names.isEmpty();
    QList<int> chosen;
    if (!m_workbook) {
        chosen << -1;
    } else if (m_sheets.isEmpty()) {
        for (int i = 0; i < names.size(); ++i)
            chosen << i;
    } else {
        for (const QString &name : std::as_const(m_sheets)) {
            const int index = int(names.indexOf(name));
            if (index < 0)
                return fail(tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
                                .arg(name, names.join(QStringLiteral(", "))));
            if (!chosen.contains(index))
                chosen << index;
        }
    }

    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->isActive())
        return fail(tr("The database is busy (another CommunityDesk may be saving); please try again."));
    RegisterDiff diff;
    QHash<QString, std::pair<QString, int>> seenIds;
    for (int n = 0; n < chosen.size(); ++n) {
        const int index = chosen.at(n);
        const QString sheetName = index >= 0 ? names.at(index) : QString();
        if (index >= 0 && !source.selectSheet(index))
            return fail(source.errorText().isEmpty() ? tr("Sheet %1 cannot be read.").arg(sheetName)
                                                     : source.errorText());
        auto importer = std::make_unique<ResidentImporter>(m_db, m_scope, m_today);
        importer->setSheetName(sheetName);
        importer->setRegisterDiff(&diff);
        if (m_workbook)
            importer->setOtherSheets(&seenIds);
        importer->setUpdateExisting(m_updateExisting);
        importer->setKeepAsFields(m_keepAsFields);
        for (const ValueChoice &v : std::as_const(m_values))
            importer->mapValue(v.field, v.value, v.code);
        const int headerRow = n == 0 ? m_headerRow : 0;
        importer->setHeaderRow(headerRow);
        if (m_mappingSet) {
            // The clerk's mapping fits the sheets whose header reads the same; the others are guessed.
            if (HeaderLocator::locate(source, headerRow).header == m_mappingHeader)
                importer->setMapping(m_mapping);
            if (!source.rewind())
                return fail(source.errorText());
        }
        if (m_progress) {
            const double share = 1.0 / double(chosen.size());
            importer->setProgress([this, n, share](double done) { return m_progress((n + done) * share); });
        }
        ResidentImporter &current = *importer;
        m_importers.push_back(std::move(importer));
        const ResidentImporter::Outcome outcome = current.run(source, false);
        if (outcome == ResidentImporter::Outcome::Failed)
            return fail(m_workbook ? tr("Sheet %1: %2").arg(sheetName, current.errorText()) : current.errorText());
        if (outcome == ResidentImporter::Outcome::Cancelled)
            return outcome;
    }
    QString error;
    if (!diff.findMissing(m_db, m_scope, &m_missing, &error))
        return fail(error);
    const ResidentImporter::Summary total = summary();
    if (dryRun)
        return ResidentImporter::Outcome::Done; // rolled back: the database stays as it was
    // Nothing to write: rolled back, and then the reports (their audit rows must not go with it).
    if (total.imported + total.updated == 0) {
        tx.reset();
        if (!writeReports(&error))
            return fail(error);
        return ResidentImporter::Outcome::Done;
    }
    // The reports first: a crash or a full disk after the commit must not lose them.
    if (!writeReports(&error))
        return fail(tr("%1 Nothing was imported.").arg(error));
    const bool outermost = tx->isOutermost();
    if (!tx->commit())
        return fail(tr("The import could not be saved; nothing was imported."));
    if (outermost)
        ResidentImporter::refreshStatistics(m_db);
    return ResidentImporter::Outcome::Done;
}

bool WorkbookImporter::writeReports(QString *error)
{
    if (m_reportFile.isEmpty())
        return true;
    const QString errors = ResidentImporter::errorReportPath(m_reportFile);
    if (!rejections().isEmpty()) {
        if (!writeErrorReport(errors, error))
            return false;
        m_errorReport = errors;
    }
    const QList<RegisterDiff::UpdatedPerson> updated = updatedPeople();
    if (!updated.isEmpty()) {
        const QString path = RegisterDiff::changesPath(m_reportFile);
        if (!RegisterDiff::writeChanges(m_db, m_scope, path, updated, error))
            return false;
        m_changesReport = path;
    }
    if (!m_missing.isEmpty()) {
        const QString path = RegisterDiff::missingPath(m_reportFile);
        if (!RegisterDiff::writeMissing(m_db, m_scope, path, m_missing, error))
            return false;
        m_missingReport = path;
    }
    return true;
}

bool WorkbookImporter::writeErrorReport(const QString &path, QString *error) const
{
    // One sheet: the importer's own report (the file's columns, ready to import again).
    if (!m_workbook && m_importers.size() == 1)
        return m_importers.front()->writeErrorReport(path, error);
    // Several sheets: the sheet first; each sheet's rows under its own header row.
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    int rows = 0;
    if (ok) {
        CsvWriter csv(&file);
        QStringList lastHeader;
        for (const auto &importer : m_importers) {
            const QList<ResidentImporter::Rejection> rejected = importer->rejections();
            if (rejected.isEmpty())
                continue;
            if (importer->header() != lastHeader) {
                lastHeader = importer->header();
                csv.writeRow(QStringList{tr("Sheet"), ResidentImporter::tr("Row in file"),
                                         ResidentImporter::tr("Column"), ResidentImporter::tr("Problem")} +
                             lastHeader);
            }
            for (const ResidentImporter::Rejection &r : rejected)
                csv.writeRow(QStringList{r.sheet, QString::number(r.rowNumber), r.column, r.reason} + r.cells);
            rows += int(rejected.size());
        }
        ok = csv.isOk() && file.commit();
    }
    if (!ok) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return ExportAudit::keepAudited(m_db, m_scope, QStringLiteral("resident"), rows, path,
                                    QStringLiteral("import error report"), {}, error);
}

ResidentImporter::Summary WorkbookImporter::summary() const
{
    ResidentImporter::Summary total;
    for (size_t i = 0; i < m_importers.size(); ++i) {
        const ResidentImporter::Summary s = m_importers.at(i)->summary();
        if (i == 0) {
            total.headerRow = s.headerRow;
            total.headerLastRow = s.headerLastRow;
            total.aboveHeader = s.aboveHeader;
        }
        total.imported += s.imported;
        total.updated += s.updated;
        total.rejected += s.rejected;
        total.blank += s.blank;
        total.footer += s.footer;
        total.compoundsCreated += s.compoundsCreated;
        total.buildingsCreated += s.buildingsCreated;
        total.householdsCreated += s.householdsCreated;
        total.gridsCreated += s.gridsCreated;
        total.buildingsAssigned += s.buildingsAssigned;
        total.tagsCreated += s.tagsCreated;
        total.cancelled = total.cancelled || s.cancelled;
    }
    return total;
}

QList<WorkbookImporter::SheetResult> WorkbookImporter::sheetResults() const
{
    QList<SheetResult> list;
    for (const auto &importer : m_importers)
        list.append({importer->sheetName(), importer->summary()});
    return list;
}

QList<ResidentImporter::Rejection> WorkbookImporter::rejections() const
{
    QList<ResidentImporter::Rejection> list;
    for (const auto &importer : m_importers)
        list += importer->rejections();
    return list;
}

QList<RegisterDiff::UpdatedPerson> WorkbookImporter::updatedPeople() const
{
    QList<RegisterDiff::UpdatedPerson> list;
    for (const auto &importer : m_importers)
        list += importer->updatedPeople();
    return list;
}
