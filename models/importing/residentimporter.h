#pragma once

#include "models/access/accessscope.h"

#include "importcleaner.h"
#include "importmapping.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

class ImportSource;
class SqlQuery;

// Brings residents and their households from a clerk's spreadsheet into the register, in one
// transaction: compounds, buildings and households are created as needed, people already
// registered (same ID number) are updated, and every other row is either imported or rejected
// with its row number, column and reason. A cancel or a failure rolls everything back, so the
// database is exactly as it was. A dry run does all the work and then rolls back, which gives
// the wizard exact figures before anything is written.
class ResidentImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentImporter)

public:
    struct Summary
    {
        int imported = 0;
        int updated = 0;
        int rejected = 0;
        int blank = 0; // empty rows, skipped
        int compoundsCreated = 0;
        int buildingsCreated = 0;
        int householdsCreated = 0;
        bool cancelled = false;
        int rows() const { return imported + updated + rejected; }
    };
    struct Rejection
    {
        int rowNumber = 0;
        QString column; // the file's header text of the column(s) at fault; empty for the whole row
        QString reason;
        QStringList cells;
    };
    enum class Outcome { Done, Cancelled, Failed };

    ResidentImporter(QSqlDatabase db, const AccessScope &scope, const QDate &today = QDate::currentDate());

    // The mapping to use; without one, the remembered mapping or the guess from the header row.
    void setMapping(const ImportMapping &mapping);
    // People already registered: update them (default) or report them as rejected rows.
    void setUpdateExisting(bool update) { m_updateExisting = update; }
    // Called every few hundred rows with 0..1; return false to cancel.
    void setProgress(std::function<bool(double)> progress) { m_progress = std::move(progress); }
    // Test hook: fail after writing this many rows, to prove a failure leaves nothing behind.
    void setFailAfterRowsForTesting(int rows) { m_failAfterRows = rows; }

    // Reads the header row (the first non-empty row) and then every row of the source.
    Outcome run(ImportSource &source, bool dryRun = false);

    QStringList header() const { return m_header; }
    ImportMapping mapping() const { return m_mapping; }
    Summary summary() const { return m_summary; }
    QList<Rejection> rejections() const { return m_rejections; }
    // Why run() failed, for the clerk; empty otherwise.
    QString errorText() const { return m_error; }

    // The rejected rows as a CSV the clerk can correct and import again: the file's own
    // columns, then the row number, column and reason. Audited as an export (ExportAudit).
    bool writeErrorReport(const QString &path, QString *error = nullptr) const;
    // "<name>-errors.csv" next to the imported file.
    static QString errorReportPath(const QString &importedFile);

private:
    struct Prepared;
    bool importRow(ImportRow &row, Prepared &q);
    void reject(const ImportRow &row);
    void reject(const ImportRow &row, ImportMapping::Field field, const QString &reason);
    qint64 communityId(Prepared &q);
    qint64 compoundId(const QString &name, Prepared &q);
    qint64 buildingId(qint64 compound, const QString &name, Prepared &q);
    qint64 householdId(qint64 building, const QString &unit, const QString &room, bool *created, Prepared &q);
    bool hasHead(qint64 household, Prepared &q);
    bool updateResident(Resident &r, const ImportRow &row, Prepared &q);
    Outcome fail(const QString &text);

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today;
    ImportCleaner m_cleaner;
    ImportMapping m_mapping;
    bool m_mappingSet = false;
    bool m_updateExisting = true;
    std::function<bool(double)> m_progress;
    int m_failAfterRows = -1;

    QStringList m_header;
    Summary m_summary;
    QList<Rejection> m_rejections;
    QString m_error;

    qint64 m_community = 0;
    QHash<QString, qint64> m_compounds;
    QHash<QString, qint64> m_buildings;  // compound id + name
    QHash<QString, qint64> m_households; // building id + unit + room
    QHash<qint64, bool> m_heads;         // household id: has a living head
    QHash<QString, int> m_seenIds;       // ID number: row it first appeared in
};
