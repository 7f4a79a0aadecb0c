#pragma once

#include "models/access/accessscope.h"

#include "importmapping.h"
#include "registerdiff.h"
#include "residentimporter.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

class ImportSource;

// Imports a whole file: every chosen sheet of a workbook (all by default), each with its own
// header row, in one transaction, so a failure or a cancel on the third sheet leaves nothing of
// the first two. A CSV is one sheet without a name. Afterwards it knows what the file changed:
// the people updated (field: old → new) and the people of the compounds and buildings the file
// covers whom it no longer lists (candidates for moving out, never moved out here). With
// setReportFile() the rejected rows, the changes and the missing people are written beside the
// file before the import commits.
class WorkbookImporter final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookImporter)

public:
    struct SheetResult
    {
        QString name;
        ResidentImporter::Summary summary;
    };

    WorkbookImporter(QSqlDatabase db, const AccessScope &scope, const QDate &today = QDate::currentDate());
    ~WorkbookImporter();

    // The sheets to import by name; empty (default): all of them.
    void setSheets(const QStringList &names) { m_sheets = names; }
    // The header's row in the first chosen sheet; the others find theirs (0: found for all).
    void setHeaderRow(int row) { m_headerRow = row; }
    // The clerk's mapping, for every sheet whose header is `header`; the others are guessed.
    void setMapping(const ImportMapping &mapping, const QStringList &header);
    void setUpdateExisting(bool update) { m_updateExisting = update; }
    // As ResidentImporter::setKeepAsFields, for every sheet.
    void setKeepAsFields(const QStringList &titles) { m_keepAsFields = titles; }
    // 0..1 over all the sheets; return false to cancel.
    void setProgress(std::function<bool(double)> progress) { m_progress = std::move(progress); }
    // As ResidentImporter::mapValue, for every sheet.
    bool mapValue(ImportMapping::Field field, const QString &value, const QString &code);
    // The imported file: its "-errors.csv", "-changes.csv" and "-missing.csv" are written beside it.
    void setReportFile(const QString &importedFile) { m_reportFile = importedFile; }

    ResidentImporter::Outcome run(ImportSource &source, bool dryRun = false);

    // All sheets together; headerRow and aboveHeader are the first sheet's.
    ResidentImporter::Summary summary() const;
    QList<SheetResult> sheetResults() const;
    int sheetCount() const { return int(m_importers.size()); }
    // The importer of one sheet, for its columns and values.
    const ResidentImporter &sheet(int index) const { return *m_importers.at(size_t(index)); }
    QList<ResidentImporter::Rejection> rejections() const;
    QList<RegisterDiff::UpdatedPerson> updatedPeople() const;
    QList<RegisterDiff::MissingPerson> missingPeople() const { return m_missing; }
    bool isWorkbook() const { return m_workbook; }
    QString errorText() const { return m_error; }
    // The reports written by the last run; empty when there was nothing to write.
    QString errorReportPath() const { return m_errorReport; }
    QString changesReportPath() const { return m_changesReport; }
    QString missingReportPath() const { return m_missingReport; }

private:
    struct ValueChoice
    {
        ImportMapping::Field field;
        QString value;
        QString code;
    };
    ResidentImporter::Outcome fail(const QString &text);
    bool writeErrorReport(const QString &path, QString *error) const;
    bool writeReports(QString *error);

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today;
    QStringList m_sheets;
    int m_headerRow = 0;
    ImportMapping m_mapping;
    QStringList m_mappingHeader;
    bool m_mappingSet = false;
    QStringList m_keepAsFields;
    bool m_updateExisting = true;
    std::function<bool(double)> m_progress;
    QList<ValueChoice> m_values;
    QString m_reportFile;

    std::vector<std::unique_ptr<ResidentImporter>> m_importers;
    QList<RegisterDiff::MissingPerson> m_missing;
    bool m_workbook = false;
    QString m_error;
    QString m_errorReport;
    QString m_changesReport;
    QString m_missingReport;
};
