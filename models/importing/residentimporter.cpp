#include "residentimporter.h"

#include "importsource.h"
#include "models/access/auditlog.h"
#include "models/access/exportaudit.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/documents/csvwriter.h"
#include "models/register/registerstore.h"
#include "models/register/residentwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

// The statements of one run, prepared once: an import of a million rows runs each of them a
// million times. The people themselves are written by the register's own ResidentWriter.
struct ResidentImporter::Prepared
{
    Prepared(const QSqlDatabase &db, const AccessScope &scope)
        : findResident(db, QStringLiteral("SELECT id FROM resident WHERE id_number = ?"))
        , findCompound(db,
                       QStringLiteral("SELECT id FROM compound WHERE name = ? AND archived = 0 ORDER BY id LIMIT 1"))
        , addCompound(db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (?, ?)"))
        , findBuilding(db, QStringLiteral("SELECT id FROM building WHERE compound_id = ? AND name = ? AND archived = 0 "
                                          "ORDER BY id LIMIT 1"))
        , addBuilding(db, QStringLiteral("INSERT INTO building (compound_id, name) VALUES (?, ?)"))
        , findHousehold(db, QStringLiteral("SELECT id FROM household WHERE building_id = ? AND unit = ? AND room = ? "
                                           "AND status = 'active' ORDER BY id LIMIT 1"))
        , addHousehold(db, QStringLiteral("INSERT INTO household (building_id, unit, room, housing_type, created_at, "
                                          "updated_at) VALUES (?, ?, ?, 'owned', ?, ?)"))
        , heads(db, QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ? AND relation = 'head' AND "
                                   "status = 'living'"))
        , residents(db, scope)
    {}

    SqlQuery findResident;
    SqlQuery findCompound;
    SqlQuery addCompound;
    SqlQuery findBuilding;
    SqlQuery addBuilding;
    SqlQuery findHousehold;
    SqlQuery addHousehold;
    SqlQuery heads;
    ResidentWriter residents;
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

ResidentImporter::Outcome ResidentImporter::fail(const QString &text)
{
    m_error = text;
    return Outcome::Failed;
}

ResidentImporter::Outcome ResidentImporter::run(ImportSource &source, bool dryRun)
{
    m_summary = Summary();
    m_rejections.clear();
    m_error.clear();
    m_header.clear();
    m_community = 0;
    m_compounds.clear();
    m_buildings.clear();
    m_households.clear();
    m_heads.clear();
    m_seenIds.clear();

    if (!source.rewind())
        return fail(source.errorText().isEmpty() ? tr("The file cannot be read.") : source.errorText());
    QStringList cells;
    int rowNumber = 0;
    bool haveHeader = false;
    while (source.readRow(&cells, &rowNumber)) {
        ImportRow probe;
        probe.cells = cells;
        if (!probe.isBlank()) {
            haveHeader = true;
            break;
        }
    }
    if (!source.errorText().isEmpty())
        return fail(source.errorText());
    if (!haveHeader)
        return fail(tr("The file is empty."));
    for (const QString &h : std::as_const(cells))
        m_header << ImportCleaner::trimmed(h);
    if (!m_mappingSet)
        m_mapping = ImportMapping::forHeader(m_header);
    const QStringList missing = m_mapping.missingRequired();
    if (!missing.isEmpty())
        return fail(tr("No column for: %1. Please name the columns in the first row or map them.")
                        .arg(missing.join(QStringLiteral(", "))));

    Transaction tx(m_db);
    if (!tx.isActive())
        return fail(tr("The database is busy (another CommunityDesk may be saving); please try again."));
    Prepared q(m_db, m_scope);
    int written = 0;
    while (source.readRow(&cells, &rowNumber)) {
        ImportRow row = m_cleaner.clean(cells, rowNumber, m_mapping);
        if (row.isBlank()) {
            ++m_summary.blank;
            continue;
        }
        // Ragged rows: cells beyond the header's columns hold data nobody mapped.
        for (int c = m_header.size(); c < cells.size(); ++c)
            if (!cells.at(c).trimmed().isEmpty()) {
                row.problems.append(
                    {ImportMapping::FieldCount, tr("The row has %1 cells but the first row has %2 columns.")
                                                    .arg(cells.size())
                                                    .arg(m_header.size())});
                break;
            }
        if (!row.problems.isEmpty()) {
            reject(row);
        } else if (!importRow(row, q)) {
            return fail(tr("Row %1 could not be written; nothing was imported.").arg(row.rowNumber));
        }
        ++written;
        if (m_failAfterRows >= 0 && written >= m_failAfterRows)
            return fail(tr("Row %1 could not be written; nothing was imported.").arg(row.rowNumber));
        if (m_progress && written % 256 == 0 && !m_progress(source.progress())) {
            m_summary.cancelled = true;
            return Outcome::Cancelled;
        }
    }
    if (!source.errorText().isEmpty())
        return fail(tr("%1 Nothing was imported.").arg(source.errorText()));
    if (m_progress && !m_progress(1.0)) {
        m_summary.cancelled = true;
        return Outcome::Cancelled;
    }
    // A dry run, or a file with nothing to write, rolls back: the database stays byte for byte as it was.
    if (dryRun || m_summary.imported + m_summary.updated == 0)
        return Outcome::Done;
    const QJsonObject audit{{QStringLiteral("imported"), m_summary.imported},
                            {QStringLiteral("updated"), m_summary.updated},
                            {QStringLiteral("rejected"), m_summary.rejected}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("import"), 0, QStringLiteral("import"), QString(),
                     QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact))))
        return fail(tr("The import could not be saved; nothing was imported."));
    if (!tx.commit())
        return fail(tr("The import could not be saved; nothing was imported."));
    return Outcome::Done;
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
        {row.rowNumber, columns.join(QStringLiteral(", ")), reasons.join(QStringLiteral(" ")), row.cells});
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
    if (!r.idNumber.isEmpty()) {
        const int earlier = m_seenIds.value(r.idNumber, 0);
        if (earlier) {
            reject(row, ImportMapping::IdNumber, tr("ID number: the same number is in row %1.").arg(earlier));
            return true;
        }
        m_seenIds.insert(r.idNumber, row.rowNumber);
        if (!q.findResident.exec(r.idNumber))
            return false;
        if (q.findResident.next()) {
            const qint64 existing = q.findResident.value(0).toLongLong();
            if (!m_updateExisting) {
                reject(row, ImportMapping::IdNumber,
                       tr("ID number: already registered; this import does not update people."));
                return true;
            }
            r.id = existing;
            return updateResident(r, row, q);
        }
    }

    const qint64 compound = compoundId(row.compound, q);
    const qint64 building = compound ? buildingId(compound, row.building, q) : 0;
    bool created = false;
    const qint64 household = building ? householdId(building, row.unit, row.room, &created, q) : 0;
    if (!household)
        return false;
    r.householdId = household;
    const bool headTaken = hasHead(household, q);
    if (!row.relationGiven)
        r.relation = headTaken ? QStringLiteral("other") : QStringLiteral("head");
    else if (r.relation == QLatin1String("head") && headTaken) {
        reject(row, ImportMapping::Relation, tr("Relation to head: this household already has a head."));
        return true;
    }
    if (r.relation == QLatin1String("head"))
        m_heads.insert(household, true);
    if (!q.residents.insert(r, m_today, tr("Imported")))
        return false;
    ++m_summary.imported;
    return true;
}

qint64 ResidentImporter::communityId(Prepared &q)
{
    if (m_community)
        return m_community;
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 1"));
    m_community = find.scalar().toLongLong();
    if (!m_community) {
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
    if (!q.findCompound.exec(name))
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

qint64 ResidentImporter::buildingId(qint64 compound, const QString &name, Prepared &q)
{
    const QString key = QString::number(compound) + QChar(0x1F) + name;
    if (const auto it = m_buildings.constFind(key); it != m_buildings.constEnd())
        return it.value();
    qint64 id = 0;
    if (!q.findBuilding.exec(compound, name))
        return 0;
    if (q.findBuilding.next()) {
        id = q.findBuilding.value(0).toLongLong();
    } else {
        if (!q.addBuilding.exec(compound, name))
            return 0;
        id = q.addBuilding.lastInsertId();
        ++m_summary.buildingsCreated;
    }
    m_buildings.insert(key, id);
    return id;
}

qint64 ResidentImporter::householdId(qint64 building, const QString &unit, const QString &room, bool *created,
                                     Prepared &q)
{
    const QString key = QString::number(building) + QChar(0x1F) + unit + QChar(0x1F) + room;
    if (const auto it = m_households.constFind(key); it != m_households.constEnd())
        return it.value();
    qint64 id = 0;
    // unit is NOT NULL: "no unit" is '' (a null QString would bind as NULL).
    const QString unitValue = unit.isEmpty() ? QStringLiteral("") : unit;
    if (!q.findHousehold.exec(building, unitValue, room))
        return 0;
    if (q.findHousehold.next()) {
        id = q.findHousehold.value(0).toLongLong();
    } else {
        if (!q.addHousehold.exec(building, unitValue, room, q.stamp, q.stamp))
            return 0;
        id = q.addHousehold.lastInsertId();
        *created = true;
        m_heads.insert(id, false);
        ++m_summary.householdsCreated;
    }
    m_households.insert(key, id);
    return id;
}

bool ResidentImporter::hasHead(qint64 household, Prepared &q)
{
    if (const auto it = m_heads.constFind(household); it != m_heads.constEnd())
        return it.value();
    const bool head = q.heads.exec(household) && q.heads.next() && q.heads.value(0).toInt() > 0;
    m_heads.insert(household, head);
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
    if (!q.residents.update(after, *before) ||
        !q.residents.recordChange(after.id, QStringLiteral("edited"), m_today, 0, 0, tr("Imported")))
        return false;
    ++m_summary.updated;
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
    if (!ExportAudit::record(m_db, m_scope, QStringLiteral("resident"), int(m_rejections.size()), path,
                             QStringLiteral("import error report"))) {
        QFile::remove(path);
        if (error)
            *error = tr("%1: the export could not be written to the audit log, so no file was kept.")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

QString ResidentImporter::errorReportPath(const QString &importedFile)
{
    const QFileInfo info(importedFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-errors.csv"));
}
