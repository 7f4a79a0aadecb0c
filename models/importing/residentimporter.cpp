#include "residentimporter.h"

#include "addresssplitter.h"
#include "bulkindexes.h"
#include "headerlocator.h"
#include "importsource.h"
#include "importvocabulary.h"
#include "models/access/auditlog.h"
#include "models/access/exportaudit.h"
#include "models/cnrules/hanzi.h"
#include "models/cnrules/idnumber.h"
#include "models/core/servercopy.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/deaths/deatheffects.h"
#include "models/documents/csvwriter.h"
#include "models/register/address.h"
#include "models/register/communitystore.h"
#include "models/register/registerrows.h"
#include "models/register/registerstore.h"
#include "models/register/residentwriter.h"
#include "models/tags/customfieldstore.h"
#include "rowpipeline.h"
#include "tagresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

// The statements of one run, prepared once: an import of a million rows runs each of them a
// million times. The people themselves are written by the register's own ResidentWriter.
struct ResidentImporter::Prepared
{
    Prepared(const QSqlDatabase &db, const AccessScope &scope)
        // Another community's resident is not this import's to update (the ID number then
        // collides and the row is rejected, never moved across communities).
        : findResident(db, QStringLiteral("SELECT id, name FROM resident WHERE id_number = ?") +
                               RegisterRows::residents(scope, QStringLiteral("id")))
        , findCompound(db,
                       QStringLiteral("SELECT id FROM compound WHERE name = ? AND archived = 0 AND community_id = ? "
                                      "ORDER BY id LIMIT 1"))
        , addCompound(db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (?, ?)"))
        , findBuildings(db, QStringLiteral("SELECT id, name, grid_id FROM building WHERE compound_id = ? AND "
                                           "archived = 0 ORDER BY id"))
        , addBuilding(db, QStringLiteral("INSERT INTO building (compound_id, name) VALUES (?, ?)"))
        , findHousehold(db, QStringLiteral("SELECT id FROM household WHERE building_id = ? AND unit = ? AND room = ? "
                                           "AND status = 'active' ORDER BY id LIMIT 1"))
        , addHousehold(db, QStringLiteral("INSERT INTO household (building_id, unit, room, housing_type, created_at, "
                                          "updated_at) VALUES (?, ?, ?, 'owned', ?, ?)"))
        , heads(db, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ? AND relation = 'head' AND "
                                   "status = 'living'"))
        , setGrid(db, QStringLiteral("UPDATE building SET grid_id = ? WHERE id = ?"))
        , residents(db, scope)
        , tags(db, scope)
        , setCustom(db, QStringLiteral("UPDATE custom_value SET value = ? WHERE field_id = ? AND record_id = ?"))
        , addCustom(db, QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)"))
    {}

    SqlQuery findResident;
    SqlQuery findCompound;
    SqlQuery addCompound;
    SqlQuery findBuildings;
    SqlQuery addBuilding;
    SqlQuery findHousehold;
    SqlQuery addHousehold;
    SqlQuery heads;
    SqlQuery setGrid;
    ResidentWriter residents;
    TagResolver tags;
    SqlQuery setCustom;
    SqlQuery addCustom;
    QString stamp = SqlValues::now();
};

ResidentImporter::ResidentImporter(QSqlDatabase db, const AccessScope &scope, const QDate &today)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_today(today)
    , m_cleaner(today)
{}

void ResidentImporter::setMapping(const ImportMapping &mapping)
{
    m_mapping = mapping;
    m_mappingSet = true;
}

bool ResidentImporter::mapValue(ImportMapping::Field field, const QString &value, const QString &code)
{
    return m_clerkValues.set(field, value, code);
}

ResidentImporter::Outcome ResidentImporter::fail(const QString &text)
{
    m_error = text;
    return Outcome::Failed;
}

namespace {

QString key(const QString &a, const QString &b, const QString &c = QString())
{
    return a + QChar(0x1F) + b + QChar(0x1F) + c;
}

bool blank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!ImportCleaner::trimmed(c).isEmpty())
            return false;
    return true;
}

} // namespace

bool ResidentImporter::readHeader(ImportSource &source)
{
    const HeaderLocator::Result found = HeaderLocator::locate(source, m_headerRow);
    if (!source.errorText().isEmpty()) {
        fail(source.errorText());
        return false;
    }
    if (!found.found) {
        fail(m_headerRow > 0
                 ? tr("Row %1 is empty or beyond the end of the file; it cannot be the header.").arg(m_headerRow)
                 : tr("The file is empty."));
        return false;
    }
    m_header = found.header;
    m_summary.headerRow = found.row;
    m_summary.headerLastRow = found.lastRow;
    m_summary.aboveHeader = found.skippedAbove;
    return true;
}

bool ResidentImporter::skipToData(ImportSource &source)
{
    if (!source.rewind()) {
        fail(source.errorText().isEmpty() ? tr("The file cannot be read.") : source.errorText());
        return false;
    }
    // Rows up to the header's last row were read already; stop on the header's last row.
    QStringList cells;
    int rowNumber = 0;
    while (rowNumber < m_summary.headerLastRow && source.readRow(&cells, &rowNumber)) {
    }
    if (!source.errorText().isEmpty()) {
        fail(source.errorText());
        return false;
    }
    return true;
}

bool ResidentImporter::scanGrids(ImportSource &source)
{
    // A first pass over the buildings and grids only: a building the file puts in two grids is
    // reported for all its rows, not settled by whichever row came first.
    QStringList cells;
    int rowNumber = 0;
    while (source.readRow(&cells, &rowNumber)) {
        if (blank(cells) || HeaderLocator::isFooter(cells))
            continue;
        const ImportRow row = m_cleaner.clean(cells, rowNumber, m_mapping);
        if (row.grid.isEmpty() || row.compound.isEmpty() || row.building.isEmpty())
            continue;
        QStringList &grids = m_buildingGrids[key(row.compound, AddressSplitter::buildingKey(row.building))];
        if (!grids.contains(row.grid))
            grids << row.grid;
    }
    if (!source.errorText().isEmpty()) {
        fail(source.errorText());
        return false;
    }
    return skipToData(source);
}

ResidentImporter::Outcome ResidentImporter::run(ImportSource &source, bool dryRun)
{
    // An import creates compounds, buildings and grids and may touch anyone in the register: it
    // is the office's (administrators and clerks), in the window and on the command line alike.
    if (!m_scope.canEdit() || !m_scope.seesAllGrids())
        return fail(tr("Only an administrator or a clerk may import a register; nothing was imported."));
    if (CommunityStore(m_db, m_scope).homeCommunityId() == 0 &&
        !CommunityStore(m_db, m_scope).allCommunities().isEmpty())
        return fail(tr("Community: choose the one community to import into; nothing was imported."));
    m_summary = Summary();
    m_rejections.clear();
    m_updatedPeople.clear();
    m_skipped.clear();
    m_error.clear();
    m_header.clear();
    m_valueCounts.clear();
    m_tagNames.clear();
    m_createdTags.clear();
    m_createdGrids.clear();
    m_community = 0;
    m_compounds.clear();
    m_buildings.clear();
    m_current.clear();
    m_byNumber.clear();
    m_numbered.clear();
    m_heads.clear();
    m_seenIds.clear();
    m_grids.clear();
    m_gridsLoaded = false;
    m_buildingGrids.clear();
    m_firstAt.clear();
    m_householdPool.clear();
    m_pendingHouseholds.clear();

    if (!readHeader(source))
        return Outcome::Failed;
    if (!m_mappingSet)
        m_mapping = ImportMapping::forHeader(m_header);
    for (int c = 0; c < m_header.size(); ++c)
        if (m_keepTitles.contains(m_header.at(c).trimmed()) &&
            m_mapping.fieldOfColumn(c) == ImportMapping::FieldCount) {
            m_mapping.setIgnored(c, false);
            m_mapping.setKeptAsField(c, true);
        }
    const QStringList missing = m_mapping.missingRequired();
    if (!missing.isEmpty())
        return fail(tr("No column for: %1. Please name the columns in the header row or map them.")
                        .arg(missing.join(QStringLiteral(", "))));
    m_cleaner.setHeader(m_header);
    if (!skipToData(source))
        return Outcome::Failed;

    // Peak memory: the import's staging table and its index sorts spill to a temporary file rather
    // than memory (the connection's usual temp_store) while it runs; restored after the transaction.
    const bool sqlite = !SqlDialect::isPostgres(m_db);
    if (sqlite)
        SqlQuery(m_db, QStringLiteral("PRAGMA temp_store = FILE")).exec();
    const auto tempInMemory = qScopeGuard([this, sqlite] {
        if (sqlite)
            SqlQuery(m_db, QStringLiteral("PRAGMA temp_store = MEMORY")).exec();
    });
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tr("The database is busy (another CommunityDesk may be saving); please try again."));
    // The clerk's new choices join the remembered ones (read inside the transaction, saved with it).
    m_values = ValueMappings::load(m_db);
    m_values.merge(m_clerkValues);
    m_cleaner.setValueMappings(m_values);
    if (m_mapping.column(ImportMapping::Grid) >= 0 && !scanGrids(source))
        return Outcome::Failed;
    if (!prepareKeptFields())
        return Outcome::Failed;
    Prepared q(m_db, m_scope);
    // Speed at scale (bulk path): history and audit rows of new people are written set-wise after
    // the rows, and a register with nobody in it yet needs no lookup of each ID number.
    q.residents.deferHistory(m_today, tr("Imported"));
    m_registerWasEmpty = !SqlQuery(m_db, QStringLiteral("SELECT 1 FROM resident LIMIT 1")).scalar().isValid();
    // An empty register is filled with its indexes built afterwards; the household index stays,
    // as the import reads each household's head through it.
    m_householdsBefore = SqlQuery(m_db, QStringLiteral("SELECT 1 FROM household LIMIT 1")).scalar().isValid();
    m_serverBatch = !sqlite;
    q.residents.setBeforeFlush([this] { return flushHouseholds(); });
    BulkIndexes indexes(m_db);
    if (m_registerWasEmpty) {
        indexes.suspend(QStringLiteral("resident"), {QStringLiteral("resident_household")});
        // The writer stores the birthday keys with each row; the trigger would compute them again.
        indexes.suspendTrigger(QStringLiteral("resident_birth_keys_insert"));
    }
    // Rows are read and cleaned on a second thread (RowPipeline) while this one writes.
    RowPipeline rows(source, m_cleaner, m_mapping);
    rows.start();
    RowPipeline::Item item;
    int written = 0;
    while (rows.next(&item)) {
        if (item.kind == RowPipeline::Item::Kind::Blank) {
            ++m_summary.blank;
            continue;
        }
        if (item.kind == RowPipeline::Item::Kind::Footer) {
            ++m_summary.footer;
            m_skipped.append({item.row.rowNumber, tr("Not a person: a footer row (totals, signatures).")});
            continue;
        }
        ImportRow &row = item.row;
        const QStringList &cells = row.cells;
        countValues(row, q.tags);
        if (m_diff)
            m_diff->addRow(row.resident.idNumber, row.resident.name, row.compound, row.building);
        if (!item.rowProblem.isEmpty())
            row.problems.append({ImportMapping::FieldCount, item.rowProblem});
        // Ragged rows: cells beyond the header's columns hold data nobody mapped.
        for (int c = m_header.size(); c < cells.size(); ++c)
            if (!cells.at(c).trimmed().isEmpty()) {
                row.problems.append(
                    {ImportMapping::FieldCount, tr("The row has %1 cells but the header row has %2 columns.")
                                                    .arg(cells.size())
                                                    .arg(m_header.size())});
                break;
            }
        checkKeptFields(row);
        const int writtenBefore = m_summary.imported + m_summary.updated;
        if (!row.problems.isEmpty()) {
            reject(row);
        } else if (!importRow(row, q)) {
            return fail(tr("Row %1 could not be written; nothing was imported.").arg(row.rowNumber));
        } else if (m_summary.imported + m_summary.updated > writtenBefore &&
                   !writeKeptFields(row, row.resident.id, q)) {
            return fail(tr("Row %1 could not be written; nothing was imported.").arg(row.rowNumber));
        }
        ++written;
        if (m_failAfterRows >= 0 && written >= m_failAfterRows)
            return fail(tr("Row %1 could not be written; nothing was imported.").arg(row.rowNumber));
        if (m_progress && written % 256 == 0 && !m_progress(item.progress)) {
            m_summary.cancelled = true;
            return Outcome::Cancelled;
        }
    }
    rows.stop(); // the reader has finished: the source is this thread's again
    if (!source.errorText().isEmpty())
        return fail(tr("%1 Nothing was imported.").arg(source.errorText()));
    if (!indexes.restore() || !flushHouseholds())
        return fail(tr("The import could not be saved; nothing was imported."));
    if (!q.residents.finishDeferred())
        return fail(tr("The import could not be saved; nothing was imported."));
    // Deaths the file records reach the rota and the pairs as one recorded on the register page does.
    if (const SaveResult deaths = DeathEffects(m_db, m_scope).applyPending(); !deaths.ok)
        return fail(tr("%1 Nothing was imported.").arg(deaths.firstMessage()));
    m_createdTags = q.tags.created();
    m_summary.tagsCreated = int(m_createdTags.size());
    if (m_progress && !m_progress(1.0)) {
        m_summary.cancelled = true;
        return Outcome::Cancelled;
    }
    // A dry run, or a file with nothing to write, rolls back: the database stays byte for byte as it was.
    if (dryRun || m_summary.imported + m_summary.updated == 0) {
        if (!dryRun && !m_reportPath.isEmpty() && !m_rejections.isEmpty()) {
            QString error;
            if (!writeErrorReport(m_reportPath, &error))
                return fail(error);
        }
        return Outcome::Done;
    }
    const QJsonObject audit{{QStringLiteral("imported"), m_summary.imported},
                            {QStringLiteral("updated"), m_summary.updated},
                            {QStringLiteral("rejected"), m_summary.rejected}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("import"), 0, QStringLiteral("import"), QString(),
                     QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact))) ||
        !m_values.save(m_db))
        return fail(tr("The import could not be saved; nothing was imported."));
    // The report first: a crash or a full disk after the commit must not lose the rejected rows.
    if (!m_reportPath.isEmpty() && !m_rejections.isEmpty()) {
        QString error;
        if (!writeErrorReport(m_reportPath, &error))
            return fail(tr("%1 Nothing was imported.").arg(error));
    }
    const bool outermost = tx.isOutermost();
    if (!tx.commit())
        return fail(tr("The import could not be saved; nothing was imported."));
    // Inside a workbook's transaction (one sheet of several) the workbook refreshes them once.
    if (outermost)
        refreshStatistics(m_db);
    return Outcome::Done;
}

bool ResidentImporter::prepareKeptFields()
{
    m_kept.clear();
    CustomFieldStore store(m_db, m_scope);
    const QString entity = CustomFieldStore::residentEntity();
    for (int c = 0; c < m_header.size(); ++c) {
        if (m_mapping.columnUse(c, m_header.at(c)) != ImportMapping::ColumnUse::CustomField)
            continue;
        const QString title = m_header.at(c).trimmed();
        const QString name = title.isEmpty() ? tr("Column %1").arg(c + 1) : title;
        std::optional<CustomField> field = store.field(entity, name);
        if (!field) {
            // Made in the import's transaction: a dry run or a failed import leaves no field behind.
            CustomField made;
            made.entity = entity;
            made.name = name;
            made.type = QStringLiteral("text");
            const SaveResult saved = store.save(made);
            if (!saved.ok) {
                fail(tr("%1: the column could not be kept as a custom field (%2); nothing was imported.")
                         .arg(name, saved.firstMessage()));
                return false;
            }
            field = made;
        }
        m_kept.append({c, field->id, field->code, field->type == QLatin1String("text")});
    }
    return true;
}

void ResidentImporter::checkKeptFields(ImportRow &row) const
{
    QMap<QString, QString> typed;
    for (const KeptField &k : m_kept)
        if (!k.text)
            typed.insert(k.code, ImportCleaner::trimmed(row.cells.value(k.column)));
    if (typed.isEmpty())
        return;
    for (const FieldError &e : CustomFieldStore(m_db, m_scope).check(CustomFieldStore::residentEntity(), typed))
        row.problems.append({ImportMapping::FieldCount, e.message});
}

bool ResidentImporter::writeKeptFields(const ImportRow &row, qint64 residentId, Prepared &q)
{
    // An empty cell leaves a value the register already has: the file may not know it.
    for (const KeptField &k : std::as_const(m_kept)) {
        const QString value = ImportCleaner::trimmed(row.cells.value(k.column));
        if (value.isEmpty() || residentId <= 0)
            continue;
        if (!q.setCustom.exec(value, k.fieldId, residentId))
            return false;
        if (q.setCustom.numRowsAffected() == 0 && !q.addCustom.exec(k.fieldId, residentId, value))
            return false;
    }
    return true;
}

void ResidentImporter::refreshStatistics(const QSqlDatabase &db)
{
    // Fresh planner statistics after a bulk write: without sqlite_stat1 SQLite can pick plans that
    // read every resident per household (the window then takes minutes to open a large register).
    // A server keeps its own (autovacuum), and only the tables' owner may ANALYZE there.
    if (!SqlDialect::isPostgres(db))
        SqlQuery(db, QStringLiteral("ANALYZE")).exec();
}

void ResidentImporter::countValues(const ImportRow &row, TagResolver &tags)
{
    for (const ImportMapping::Field f : ValueMappings::codedFields()) {
        const int c = m_mapping.column(f);
        if (c < 0)
            continue;
        const QString value = ImportCleaner::trimmed(row.cells.value(c));
        if (!value.isEmpty())
            ++m_valueCounts[f][value];
    }
    for (const QString &word : row.tags) {
        ++m_valueCounts[ImportMapping::Tags][word];
        if (!m_tagNames.contains(word))
            m_tagNames.insert(word, tags.existingName(word));
    }
}

QList<ResidentImporter::ColumnReport> ResidentImporter::columns() const
{
    QList<ColumnReport> list;
    for (int c = 0; c < m_header.size(); ++c)
        list.append({c, m_header.at(c), m_mapping.columnUse(c, m_header.at(c)), m_mapping.fieldOfColumn(c),
                     m_mapping.columnUseLabel(c, m_header.at(c))});
    return list;
}

QList<ResidentImporter::ValueReport> ResidentImporter::values(ImportMapping::Field field) const
{
    QList<ValueReport> list;
    const QMap<QString, int> counts = m_valueCounts.value(field);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        ValueReport v;
        v.value = it.key();
        v.count = it.value();
        if (field == ImportMapping::Tags) {
            v.label = m_tagNames.value(it.key());
            v.code = v.label;
            if (v.label.isEmpty())
                v.label = tr("New tag");
        } else {
            v.code = m_values.code(field, it.key());
            v.clerksChoice = m_values.isClerksChoice(field, it.key());
            v.label = v.code.isEmpty() ? tr("Not known (rows rejected)") : ValueMappings::codeLabel(field, v.code);
        }
        list.append(v);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const ValueReport &a, const ValueReport &b) { return a.count > b.count; });
    return list;
}

void ResidentImporter::reject(const ImportRow &row)
{
    QStringList columns;
    QStringList reasons;
    for (const ImportRow::Problem &p : row.problems) {
        const int c = p.field == ImportMapping::FieldCount ? -1 : m_mapping.column(p.field);
        const QString column = c >= 0 && c < m_header.size()          ? m_header.at(c)
                               : p.field == ImportMapping::FieldCount ? QString()
                                                                      : ImportMapping::fieldLabel(p.field);
        if (!column.isEmpty() && !columns.contains(column))
            columns << column;
        reasons << p.reason;
    }
    m_rejections.append(
        {m_sheet, row.rowNumber, columns.join(QStringLiteral(", ")), reasons.join(QStringLiteral(" ")), row.cells});
    ++m_summary.rejected;
}

void ResidentImporter::reject(const ImportRow &row, ImportMapping::Field field, const QString &reason)
{
    ImportRow copy = row;
    copy.problems = {{field, reason}};
    reject(copy);
}

bool ResidentImporter::importRow(ImportRow &row, Prepared &q)
{
    Resident &r = row.resident;
    if (!resolveTags(row, q))
        return false;
    if (!r.idNumber.isEmpty()) {
        const int earlier = m_seenIds.value(r.idNumber, 0);
        if (earlier) {
            reject(row, ImportMapping::IdNumber, tr("ID number: the same number is in row %1.").arg(earlier));
            return true;
        }
        if (m_otherSheets) {
            const auto other = m_otherSheets->constFind(r.idNumber);
            if (other != m_otherSheets->constEnd() && other->first != m_sheet) {
                reject(row, ImportMapping::IdNumber,
                       tr("ID number: the same person is on sheet %1, row %2.").arg(other->first).arg(other->second));
                return true;
            }
            m_otherSheets->insert(r.idNumber, {m_sheet, row.rowNumber});
        }
        m_seenIds.insert(r.idNumber, row.rowNumber);
        if (!m_registerWasEmpty && !q.findResident.exec(r.idNumber))
            return false;
        if (!m_registerWasEmpty && q.findResident.next()) {
            const qint64 existing = q.findResident.value(0).toLongLong();
            const QString registered = q.findResident.value(1).toString();
            if (!m_updateExisting) {
                reject(row, ImportMapping::IdNumber,
                       tr("ID number: already registered; this import does not update people."));
                return true;
            }
            // The same number under another name is two people confused, not a correction to make
            // silently: the clerk decides which is right. The same name in traditional characters
            // (張 for 张) or with other spacing is the same person.
            if (Hanzi::toSimplified(ImportVocabulary::fold(registered)) !=
                Hanzi::toSimplified(ImportVocabulary::fold(r.name))) {
                reject(row, ImportMapping::Name,
                       tr("Name: this ID number is registered to %1, but this row names %2; correct the file or "
                          "the register (an import never renames a person).")
                           .arg(registered, r.name));
                return true;
            }
            r.id = existing;
            if (!updateResident(r, row, q))
                return false;
            // New members listed under this person join their household.
            SqlQuery home(m_db, QStringLiteral("SELECT building_id, unit, room FROM household WHERE id = ?"));
            if (home.exec(r.householdId) && home.next())
                m_current.insert(key(home.value(0).toString(), home.value(1).toString(), home.value(2).toString()),
                                 r.householdId);
            return true;
        }
    }

    // What can be refused from the row alone is refused before anything is created for it.
    const QString place =
        key(row.compound, AddressSplitter::buildingKey(row.building), row.unit + QChar(0x1F) + row.room);
    if (!row.householdNo.isEmpty()) {
        const auto it = m_byNumber.constFind(row.householdNo);
        if (it != m_byNumber.constEnd() && it->second != place) {
            reject(row, ImportMapping::HouseholdNo,
                   tr("Household number: %1 is at another address earlier in the file; one household lives at one "
                      "address.")
                       .arg(row.householdNo));
            return true;
        }
    }
    if (!row.grid.isEmpty()) {
        const QStringList grids = m_buildingGrids.value(key(row.compound, AddressSplitter::buildingKey(row.building)));
        if (grids.size() > 1) {
            reject(row, ImportMapping::Grid,
                   tr("Grid: the file puts building %1 of %2 in more than one grid (%3); a building belongs to "
                      "one grid.")
                       .arg(row.building, row.compound, grids.join(QStringLiteral(", "))));
            return true;
        }
    }
    const qint64 compound = compoundId(row.compound, q);
    if (!compound)
        return false;
    BuildingInfo *b = building(compound, row.building, q);
    if (!b)
        return false;
    if (!row.grid.isEmpty()) {
        const int rejectedBefore = m_summary.rejected;
        if (!applyGrid(row, *b, q))
            return false;
        if (m_summary.rejected != rejectedBefore)
            return true;
    }
    const int rejectedBefore = m_summary.rejected;
    const qint64 household = chooseHousehold(row, b->id, place, q);
    if (m_summary.rejected != rejectedBefore)
        return true;
    if (!household)
        return false;
    r.householdId = household;
    if (r.relation == QLatin1String("head"))
        m_heads.insert(household, row.rowNumber);
    // Every household chosen is at this row's address (a 户号 at another one was refused above).
    q.residents.knowAddress(household, Address::format(row.compound, b->name, row.unit, row.room));
    const bool inserted = row.nameKeys.simplified.isEmpty() && row.nameKeys.pinyin.isEmpty()
                              ? q.residents.insert(r, m_today, tr("Imported"))
                              : q.residents.insert(r, m_today, tr("Imported"), row.nameKeys);
    if (!inserted)
        return false;
    // A person imported as deceased has the death in their history, as the register page writes it.
    if (r.status == QLatin1String("deceased") &&
        !q.residents.recordChange(r.id, r.status, r.statusDate, 0, 0, tr("Imported")))
        return false;
    ++m_summary.imported;
    return true;
}

bool ResidentImporter::resolveTags(ImportRow &row, Prepared &q)
{
    for (const QString &word : std::as_const(row.tags)) {
        const qint64 id = q.tags.tagId(word);
        if (!id)
            return false;
        if (!row.resident.tagIds.contains(id))
            row.resident.tagIds << id;
    }
    return true;
}

qint64 ResidentImporter::chooseHousehold(ImportRow &row, qint64 building, const QString &place, Prepared &q)
{
    Resident &r = row.resident;
    const QString address = key(QString::number(building), row.unit, row.room);
    // With 户号, the number decides: one number is one household, at one address (checked by importRow).
    if (!row.householdNo.isEmpty()) {
        if (const auto it = m_byNumber.constFind(row.householdNo); it != m_byNumber.constEnd()) {
            const qint64 household = it->first;
            const bool headTaken = hasHead(household, q);
            if (!row.relationGiven) {
                r.relation = headTaken ? QStringLiteral("other") : QStringLiteral("head");
            } else if (r.relation == QLatin1String("head") && headTaken) {
                const int headRow = m_heads.value(household);
                reject(row, ImportMapping::Relation,
                       headRow > 0 ? tr("Relation to head: household %1 already has its head in row %2.")
                                         .arg(row.householdNo)
                                         .arg(headRow)
                                   : tr("Relation to head: household %1 already has a head.").arg(row.householdNo));
                return 0;
            }
            return household;
        }
        // A number first seen: the household registered at that address if it can take this
        // person (a re-import's new member), else a new household beside it.
        qint64 household = existingHousehold(building, row.unit, row.room, q);
        const bool isHead = !row.relationGiven || r.relation == QLatin1String("head");
        if (household && isHead && hasHead(household, q))
            household = 0;
        if (m_numbered.contains(household))
            household = 0; // another number's household
        // A family listed without its head still forms one household, by its number.
        if (!household) {
            household = newHousehold(building, row.unit, row.room, q);
            if (!household)
                return 0;
        }
        if (!row.relationGiven)
            r.relation = hasHead(household, q) ? QStringLiteral("other") : QStringLiteral("head");
        m_byNumber.insert(row.householdNo, {household, place});
        m_numbered.insert(household);
        m_current.insert(address, household);
        return household;
    }

    // Without 户号, the order of the rows decides: a head begins a household, the rows under it
    // belong to it. Two heads at one address are two households, never one merged family.
    qint64 household = m_current.value(address, 0);
    if (!household && !m_current.contains(address)) {
        household = existingHousehold(building, row.unit, row.room, q);
        m_current.insert(address, household);
    }
    if (!row.relationGiven) {
        if (!household && !(household = newHousehold(building, row.unit, row.room, q)))
            return 0;
        r.relation = hasHead(household, q) ? QStringLiteral("other") : QStringLiteral("head");
    } else if (r.relation == QLatin1String("head")) {
        if (!household || hasHead(household, q))
            household = newHousehold(building, row.unit, row.room, q);
    } else if (!household) {
        reject(row, ImportMapping::Relation,
               tr("Relation to head: %1, but no head of household is listed above this row at this address; "
                  "list the head first, or give the household number (户号).")
                   .arg(row.cells.value(m_mapping.column(ImportMapping::Relation)).trimmed()));
        return 0;
    }
    if (household)
        m_current.insert(address, household);
    return household;
}

bool ResidentImporter::applyGrid(const ImportRow &row, BuildingInfo &building, Prepared &q)
{
    // A building already in a grid keeps it: a row naming another grid is reported, and no grid
    // is created for it.
    if (building.gridId) {
        if (gridId(row.grid, q, false) == building.gridId)
            return true;
        SqlQuery name(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
        const QString current = name.exec(building.gridId) ? name.scalar().toString() : QString();
        reject(row, ImportMapping::Grid,
               tr("Grid: building %1 of %2 is in grid %3, but this row says %4; move the building in Grids first "
                  "if it changed.")
                   .arg(building.name, row.compound, current, row.grid));
        return true;
    }
    const qint64 grid = gridId(row.grid, q, true);
    if (!grid || !q.setGrid.exec(grid, building.id))
        return false;
    building.gridId = grid;
    ++m_summary.buildingsAssigned;
    return true;
}

qint64 ResidentImporter::gridId(const QString &name, Prepared &q, bool create)
{
    if (!m_gridsLoaded) {
        // The grids of the community imported into: another community's G01 is not this one's.
        SqlQuery all(m_db, QStringLiteral("SELECT id, code, name FROM grid WHERE archived = 0 AND community_id = ? "
                                          "ORDER BY id"));
        if (!all.exec(communityId(q)))
            return 0;
        while (all.next()) {
            const qint64 id = all.value(0).toLongLong();
            for (const int column : {2, 1}) {
                const QString folded = ImportVocabulary::fold(all.value(column).toString());
                if (!m_grids.contains(folded))
                    m_grids.insert(folded, id);
            }
        }
        m_gridsLoaded = true;
    }
    const QString folded = ImportVocabulary::fold(name);
    if (const qint64 id = m_grids.value(folded))
        return id;
    if (!create)
        return 0;
    const qint64 community = communityId(q);
    if (!community)
        return 0;
    // The grid's code is its name until the office gives it one; codes are unique per community.
    QString code = name;
    SqlQuery taken(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE community_id = ? AND code = ?"));
    for (int n = 2; taken.exec(community, code) && taken.scalar().toInt() > 0; ++n)
        code = name + QStringLiteral("-%1").arg(n);
    SqlQuery add(m_db, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, ?, ?)"));
    if (!add.exec(community, code, name))
        return 0;
    const qint64 id = add.lastInsertId();
    const QJsonObject after{{QStringLiteral("code"), code},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("source"), QStringLiteral("import")}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("grid"), id, QStringLiteral("save"), QString(),
                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))))
        return 0;
    m_grids.insert(folded, id);
    m_createdGrids << name;
    ++m_summary.gridsCreated;
    return id;
}

qint64 ResidentImporter::communityId(Prepared &q)
{
    if (m_community)
        return m_community;
    // The community in view (or the only one); a street's several need one chosen (run() checks).
    m_community = CommunityStore(m_db, m_scope).homeCommunityId();
    if (!m_community && CommunityStore(m_db, m_scope).allCommunities().isEmpty()) {
        SqlQuery add(m_db, QStringLiteral("INSERT INTO community (name) VALUES (?)"));
        if (add.exec(tr("Community")))
            m_community = add.lastInsertId();
    }
    Q_UNUSED(q)
    return m_community;
}

qint64 ResidentImporter::compoundId(const QString &name, Prepared &q)
{
    if (const auto it = m_compounds.constFind(name); it != m_compounds.constEnd())
        return it.value();
    qint64 id = 0;
    if (!q.findCompound.exec(name, communityId(q)))
        return 0;
    if (q.findCompound.next()) {
        id = q.findCompound.value(0).toLongLong();
    } else {
        const qint64 community = communityId(q);
        if (!community || !q.addCompound.exec(community, name))
            return 0;
        id = q.addCompound.lastInsertId();
        ++m_summary.compoundsCreated;
    }
    m_compounds.insert(name, id);
    return id;
}

ResidentImporter::BuildingInfo *ResidentImporter::building(qint64 compound, const QString &name, Prepared &q)
{
    // The compound's buildings are read once and matched by key: 3栋, 3号楼 and 三幢 are one building.
    auto found = m_buildings.find(compound);
    if (found == m_buildings.end()) {
        QHash<QString, BuildingInfo> buildings;
        if (!q.findBuildings.exec(compound))
            return nullptr;
        while (q.findBuildings.next()) {
            const QString k = AddressSplitter::buildingKey(q.findBuildings.value(1).toString());
            if (!buildings.contains(k))
                buildings.insert(k, {q.findBuildings.value(0).toLongLong(), q.findBuildings.value(2).toLongLong(),
                                     q.findBuildings.value(1).toString()});
        }
        found = m_buildings.insert(compound, buildings);
    }
    const QString k = AddressSplitter::buildingKey(name);
    if (auto it = found->find(k); it != found->end())
        return &it.value();
    if (!q.addBuilding.exec(compound, name))
        return nullptr;
    ++m_summary.buildingsCreated;
    return &found->insert(k, {q.addBuilding.lastInsertId(), 0, name}).value();
}

qint64 ResidentImporter::existingHousehold(qint64 building, const QString &unit, const QString &room, Prepared &q)
{
    // unit is NOT NULL: "no unit" is '' (a null QString would bind as NULL).
    const QString unitValue = unit.isEmpty() ? QStringLiteral("") : unit;
    // An empty household table before the run: the first household this run made there, as the
    // lookup would find it.
    if (!m_householdsBefore) {
        const QString at = key(QString::number(building), unitValue, room);
        return m_firstAt.value(at, m_current.value(at, 0));
    }
    if (!flushHouseholds() || !q.findHousehold.exec(building, unitValue, room) || !q.findHousehold.next())
        return 0;
    return q.findHousehold.value(0).toLongLong();
}

qint64 ResidentImporter::newHousehold(qint64 building, const QString &unit, const QString &room, Prepared &q)
{
    const QString unitValue = unit.isEmpty() ? QStringLiteral("") : unit;
    qint64 id = 0;
    if (m_serverBatch) {
        // A round trip per household was most of a server import's time: ids from the sequence
        // now, rows written with the next batch of residents.
        if (m_householdPool.isEmpty()) {
            SqlQuery ids(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('household', 'id')) FROM "
                                              "generate_series(1, 500)"));
            if (!ids.exec())
                return 0;
            while (ids.next())
                m_householdPool << ids.value(0).toLongLong();
            if (m_householdPool.isEmpty())
                return 0;
        }
        id = m_householdPool.takeFirst();
        m_pendingHouseholds << id << building << unitValue << room << QStringLiteral("owned") << q.stamp << q.stamp;
    } else {
        if (!q.addHousehold.exec(building, unitValue, room, q.stamp, q.stamp))
            return 0;
        id = q.addHousehold.lastInsertId();
    }
    // The first household at an address is the one m_current holds until a second one is made
    // there (every new household goes into m_current): only the addresses of two are kept here.
    if (!m_householdsBefore) {
        const QString at = key(QString::number(building), unitValue, room);
        if (const qint64 first = m_current.value(at, 0); first && !m_firstAt.contains(at))
            m_firstAt.insert(at, first);
    }
    m_heads.insert(id, 0);
    ++m_summary.householdsCreated;
    return id;
}

bool ResidentImporter::flushHouseholds()
{
    const QVariantList values = std::exchange(m_pendingHouseholds, {});
    if (values.isEmpty())
        return true;
    const QStringList columns{QStringLiteral("id"),        QStringLiteral("building_id"),  QStringLiteral("unit"),
                              QStringLiteral("room"),      QStringLiteral("housing_type"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")};
    if (ServerCopy::available(m_db))
        return ServerCopy::copy(m_db, QStringLiteral("household"), columns, values);
    constexpr int PerStatement = 2000;
    const int width = int(columns.size());
    const int rows = int(values.size()) / width;
    for (int first = 0; first < rows; first += PerStatement) {
        const int n = qMin(PerStatement, rows - first);
        // `household AS h`: the ids come from the sequence, so SqlQuery need not move it past them.
        SqlQuery add(m_db,
                     QStringLiteral("INSERT INTO household AS h (%1) VALUES ").arg(columns.join(QStringLiteral(", "))) +
                         QStringList(n, QStringLiteral("(?, ?, ?, ?, ?, ?, ?)")).join(QStringLiteral(", ")) +
                         QStringLiteral(" RETURNING 1"));
        for (int i = first * width; i < (first + n) * width; ++i)
            add.bind(values.at(i));
        if (!add.exec())
            return false;
    }
    return true;
}

bool ResidentImporter::hasHead(qint64 household, Prepared &q)
{
    if (const auto it = m_heads.constFind(household); it != m_heads.constEnd())
        return it.value() != 0;
    const bool head = q.heads.exec(household) && q.heads.next() && q.heads.value(0).toInt() > 0;
    m_heads.insert(household, head ? -1 : 0);
    return head;
}

bool ResidentImporter::updateResident(Resident &r, const ImportRow &row, Prepared &q)
{
    const std::optional<Resident> before = RegisterStore(m_db, m_scope).resident(r.id);
    if (!before)
        return false;
    // What the file leaves empty keeps its registered value; where they live is not changed
    // here (a move has its own dialog and history).
    Resident after = *before;
    after.name = r.name;
    if (r.birthDate.isValid())
        after.birthDate = r.birthDate;
    if (!r.gender.isEmpty())
        after.gender = r.gender;
    if (!r.phone.isEmpty())
        after.phone = r.phone;
    if (row.relationGiven)
        after.relation = r.relation;
    const int residencyColumn = m_mapping.column(ImportMapping::ResidencyType);
    if (residencyColumn >= 0 && !row.cells.value(residencyColumn).trimmed().isEmpty())
        after.residencyType = r.residencyType;
    if (!r.ethnicity.isEmpty())
        after.ethnicity = r.ethnicity;
    if (!r.notes.isEmpty())
        after.notes = r.notes;
    // A death the file records; a person already deceased (or moved away) keeps their status.
    const bool died = r.status == QLatin1String("deceased") && before->status == QLatin1String("living");
    if (died) {
        after.status = r.status;
        after.statusDate = r.statusDate;
    }
    // Tags are added, never taken away: the file may not list every group a person is in.
    for (const qint64 tag : std::as_const(r.tagIds))
        if (!after.tagIds.contains(tag))
            after.tagIds << tag;
    if (!q.residents.update(after, *before) ||
        !q.residents.recordChange(after.id, QStringLiteral("edited"), m_today, 0, 0, tr("Imported")) ||
        (died && !q.residents.recordChange(after.id, after.status, after.statusDate, 0, 0, tr("Imported"))))
        return false;
    r.householdId = after.householdId;
    ++m_summary.updated;
    if (const QList<RegisterDiff::FieldChange> changed = RegisterDiff::changes(*before, after); !changed.isEmpty())
        m_updatedPeople.append({m_sheet, row.rowNumber, after.id, after.name, IdNumber::mask(after.idNumber), changed});
    return true;
}

bool ResidentImporter::writeErrorReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    // The report's own columns first, then the row as it was (ragged rows keep every cell).
    CsvWriter csv(&file);
    csv.writeRow(QStringList{tr("Row in file"), tr("Column"), tr("Problem")} + m_header);
    for (const Rejection &r : m_rejections)
        csv.writeRow(QStringList{QString::number(r.rowNumber), r.column, r.reason} + r.cells);
    if (!csv.isOk() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    // The rejected rows are people's data as the imported file had them: audited as an export. The
    // numbers are the importer's own file's, not revealed from the register, so no reveal row.
    return ExportAudit::keepAudited(m_db, m_scope, QStringLiteral("resident"), int(m_rejections.size()), path,
                                    QStringLiteral("import error report"), {}, error);
}

QString ResidentImporter::errorReportPath(const QString &importedFile)
{
    const QFileInfo info(importedFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-errors.csv"));
}
