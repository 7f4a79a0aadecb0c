#pragma once

#include "models/access/accessscope.h"

#include "importcleaner.h"
#include "importmapping.h"
#include "registerdiff.h"
#include "valuemappings.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

class ImportSource;
class SqlQuery;
class TagResolver;

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
        int blank = 0;         // empty rows, skipped
        int footer = 0;        // 合计, 审核人, 制表人 rows below the header: not people, skipped
        int headerRow = 0;     // the header's row in the file, as Excel numbers it
        int headerLastRow = 0; // headerRow + 1 for a two-row header
        int aboveHeader = 0;   // titles and notes above the header, skipped
        int compoundsCreated = 0;
        int buildingsCreated = 0;
        int householdsCreated = 0;
        int gridsCreated = 0;
        int buildingsAssigned = 0; // buildings given the grid the file names
        int tagsCreated = 0;
        bool cancelled = false;
        int rows() const { return imported + updated + rejected; }
    };
    struct Rejection
    {
        QString sheet; // the workbook's sheet (setSheetName); empty for a CSV
        int rowNumber = 0;
        QString column; // the file's header text of the column(s) at fault; empty for the whole row
        QString reason;
        QStringList cells;
    };
    // A row below the header that is not a person and not an error (a footer).
    struct SkippedRow
    {
        int rowNumber = 0;
        QString reason;
    };
    // One column of the file and what became of it.
    struct ColumnReport
    {
        int column = 0;
        QString title;
        ImportMapping::ColumnUse use = ImportMapping::ColumnUse::Note;
        ImportMapping::Field field = ImportMapping::FieldCount;
        QString useLabel; // the field's label, "Kept as a note" or "Ignored"
    };
    // One distinct value of a coded column (性别, 与户主关系, 户籍类型) or of the tags column.
    struct ValueReport
    {
        QString value; // as written (trimmed)
        int count = 0;
        QString code;  // what it becomes; empty: not known (the rows are rejected) or a new tag
        QString label; // translated: "Spouse", or "New tag" / "Not known"
        bool clerksChoice = false;
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
    // The header's row as Excel numbers it; 0 (default): found by HeaderLocator.
    void setHeaderRow(int row) { m_headerRow = row; }
    // The clerk's meaning of a value of a coded column (ValueMappings::choices); remembered in
    // the database with the import, and used by every later import. False for an unknown code.
    bool mapValue(ImportMapping::Field field, const QString &value, const QString &code);
    // Where the error report goes; it is written before the import commits (a failure to write
    // it fails the import), so a crash after the commit cannot lose it. Empty: not written.
    void setErrorReportPath(const QString &path) { m_reportPath = path; }
    // The sheet being imported, named in rejections and changes.
    void setSheetName(const QString &name) { m_sheet = name; }
    QString sheetName() const { return m_sheet; }
    // The ID numbers the workbook's earlier sheets held (sheet, row); this sheet adds its own. A
    // person listed on two sheets is refused on the second, naming the first, instead of being
    // quietly moved to the second sheet's household.
    void setOtherSheets(QHash<QString, std::pair<QString, int>> *seen) { m_otherSheets = seen; }
    // Told every row of the file (who and where), to find the people the file no longer lists.
    void setRegisterDiff(RegisterDiff *diff) { m_diff = diff; }
    // Columns (by their header's title) kept as the office's own resident fields, as
    // ImportMapping::setKeptAsField does by place; a column mapped to a register field stays mapped.
    void setKeepAsFields(const QStringList &titles) { m_keepTitles = titles; }

    // Finds the header row (HeaderLocator) and then reads every row below it.
    Outcome run(ImportSource &source, bool dryRun = false);

    QStringList header() const { return m_header; }
    ImportMapping mapping() const { return m_mapping; }
    Summary summary() const { return m_summary; }
    QList<Rejection> rejections() const { return m_rejections; }
    QList<SkippedRow> skippedRows() const { return m_skipped; }
    // Every column of the header, mapped, kept as a note or ignored.
    QList<ColumnReport> columns() const;
    // The distinct values of a coded column or the tags column, most frequent first.
    QList<ValueReport> values(ImportMapping::Field field) const;
    // The people this run updated, each with the fields that changed (old → new).
    QList<RegisterDiff::UpdatedPerson> updatedPeople() const { return m_updatedPeople; }
    QStringList createdTags() const { return m_createdTags; }
    QStringList createdGrids() const { return m_createdGrids; }
    // Why run() failed, for the clerk; empty otherwise.
    QString errorText() const { return m_error; }

    // The rejected rows as a CSV the clerk can correct and import again: the file's own
    // columns, then the row number, column and reason. Audited as an export (ExportAudit).
    bool writeErrorReport(const QString &path, QString *error = nullptr) const;
    // "<name>-errors.csv" next to the imported file.
    static QString errorReportPath(const QString &importedFile);
    // After a bulk write has committed: the planner's statistics (SQLite only).
    static void refreshStatistics(const QSqlDatabase &db);

private:
    struct Prepared;
    struct BuildingInfo
    {
        qint64 id = 0;
        qint64 gridId = 0;
        QString name;
    };
    bool readHeader(ImportSource &source);
    bool skipToData(ImportSource &source);
    bool scanGrids(ImportSource &source);
    void countValues(const ImportRow &row, TagResolver &tags);
    bool importRow(ImportRow &row, Prepared &q);
    qint64 chooseHousehold(ImportRow &row, qint64 building, const QString &place, Prepared &q);
    bool applyGrid(const ImportRow &row, BuildingInfo &building, Prepared &q);
    qint64 gridId(const QString &name, Prepared &q, bool create);
    bool resolveTags(ImportRow &row, Prepared &q);
    void reject(const ImportRow &row);
    void reject(const ImportRow &row, ImportMapping::Field field, const QString &reason);
    qint64 communityId(Prepared &q);
    qint64 compoundId(const QString &name, Prepared &q);
    BuildingInfo *building(qint64 compound, const QString &name, Prepared &q);
    qint64 newHousehold(qint64 building, const QString &unit, const QString &room, Prepared &q);
    qint64 existingHousehold(qint64 building, const QString &unit, const QString &room, Prepared &q);
    bool hasHead(qint64 household, Prepared &q);
    // The server's households of this run, gathered with ids from the sequence and written a
    // batch at a time (before the residents that refer to them, and before any household lookup).
    bool flushHouseholds();
    bool updateResident(Resident &r, const ImportRow &row, Prepared &q);
    Outcome fail(const QString &text);
    // The custom fields of the kept columns, made (text) where none has the column's name.
    bool prepareKeptFields();
    void checkKeptFields(ImportRow &row) const;
    bool writeKeptFields(const ImportRow &row, qint64 residentId, Prepared &q);

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today;
    ImportCleaner m_cleaner;
    ImportMapping m_mapping;
    bool m_mappingSet = false;
    bool m_updateExisting = true;
    std::function<bool(double)> m_progress;
    int m_failAfterRows = -1;
    int m_headerRow = 0;
    QString m_reportPath;
    QString m_sheet;
    RegisterDiff *m_diff = nullptr;
    struct KeptField
    {
        int column = -1;
        qint64 fieldId = 0;
        QString code;
        bool text = true; // a field of another type checks each value (CustomFieldStore::check)
    };
    QStringList m_keepTitles;
    QList<KeptField> m_kept;
    QList<RegisterDiff::UpdatedPerson> m_updatedPeople;
    ValueMappings m_clerkValues; // given to this importer, added to the remembered ones
    ValueMappings m_values;      // remembered + given, for this run

    QStringList m_header;
    Summary m_summary;
    QList<Rejection> m_rejections;
    QList<SkippedRow> m_skipped;
    QString m_error;
    QMap<int, QMap<QString, int>> m_valueCounts; // field: value as written: rows
    QHash<QString, QString> m_tagNames;          // tag word: existing tag's name, empty for new
    QStringList m_createdTags;
    QStringList m_createdGrids;

    qint64 m_community = 0;
    QHash<QString, qint64> m_compounds;
    QHash<qint64, QHash<QString, BuildingInfo>> m_buildings; // compound id: building key: building
    QHash<QString, qint64> m_current;                        // building id + unit + room: the household being filled
    QHash<QString, std::pair<qint64, QString>> m_byNumber;   // 户号: household, compound + building key + unit + room
    QSet<qint64> m_numbered;                                 // households formed by a 户号 of this file
    QHash<qint64, int> m_heads;    // household id: row of its head (-1: a head registered before)
    QHash<QString, int> m_seenIds; // ID number: row it first appeared in
    QHash<QString, std::pair<QString, int>> *m_otherSheets = nullptr; // ID number: sheet and row
    QHash<QString, qint64> m_grids;                                   // folded name or code: grid id
    bool m_gridsLoaded = false;
    bool m_registerWasEmpty = false;  // nobody registered before this run: no ID number to look up
    bool m_householdsBefore = true;   // false: every household is this run's, none to look up
    QHash<QString, qint64> m_firstAt; // building id + unit + room: this run's first household, where it made two
    bool m_serverBatch = false;       // PostgreSQL: households gathered (flushHouseholds)
    QList<qint64> m_householdPool;    // household ids taken from the sequence
    QVariantList m_pendingHouseholds; // the columns of flushHouseholds() per gathered household
    QHash<QString, QStringList> m_buildingGrids; // compound + building key: the grids the file gives it
};
