#include "registerdiff.h"

#include "addresssplitter.h"
#include "importmapping.h"
#include "importvocabulary.h"
#include "models/access/exportaudit.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/csvwriter.h"
#include "models/register/registerrows.h"
#include "valuemappings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QList<RegisterDiff::FieldChange> RegisterDiff::changes(const Resident &before, const Resident &after)
{
    QList<FieldChange> list;
    const auto add = [&list](ImportMapping::Field field, const QString &a, const QString &b) {
        if (a != b)
            list.append({ImportMapping::fieldLabel(field), a, b});
    };
    const auto coded = [](ImportMapping::Field field, const QString &code) {
        return code.isEmpty() ? QString() : ValueMappings::codeLabel(field, code);
    };
    add(ImportMapping::Name, before.name, after.name);
    add(ImportMapping::BirthDate, before.birthDate.toString(Qt::ISODate), after.birthDate.toString(Qt::ISODate));
    add(ImportMapping::Gender, coded(ImportMapping::Gender, before.gender), coded(ImportMapping::Gender, after.gender));
    add(ImportMapping::Phone, PhoneNumber::mask(before.phone), PhoneNumber::mask(after.phone));
    // A changed phone can mask to the same text; it is still a change.
    if (before.phone != after.phone && PhoneNumber::mask(before.phone) == PhoneNumber::mask(after.phone))
        list.append({ImportMapping::fieldLabel(ImportMapping::Phone), PhoneNumber::mask(before.phone),
                     PhoneNumber::mask(after.phone)});
    add(ImportMapping::Relation, coded(ImportMapping::Relation, before.relation),
        coded(ImportMapping::Relation, after.relation));
    add(ImportMapping::ResidencyType, coded(ImportMapping::ResidencyType, before.residencyType),
        coded(ImportMapping::ResidencyType, after.residencyType));
    add(ImportMapping::Ethnicity, before.ethnicity, after.ethnicity);
    add(ImportMapping::Notes, before.notes, after.notes);
    int added = 0;
    for (const qint64 tag : after.tagIds)
        added += before.tagIds.contains(tag) ? 0 : 1;
    if (added > 0)
        list.append({ImportMapping::fieldLabel(ImportMapping::Tags), QString::number(before.tagIds.size()),
                     QString::number(after.tagIds.size())});
    return list;
}

QString RegisterDiff::describe(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &c : changes)
        parts << tr("%1: %2 → %3")
                     .arg(c.field, c.before.isEmpty() ? tr("(empty)") : c.before,
                          c.after.isEmpty() ? tr("(empty)") : c.after);
    return parts.join(QStringLiteral("; "));
}

void RegisterDiff::addRow(const QString &idNumber, const QString &name, const QString &compound,
                          const QString &building)
{
    quint64 packed = 0;
    if (idNumber.isEmpty()) {
        // Only a resident registered without a number is matched by name, and a row giving a
        // number would have been imported as someone new: names of numbered rows are not needed.
        if (!name.isEmpty())
            m_names.insert(ImportVocabulary::fold(name));
    } else if (pack(idNumber, &packed)) {
        m_packedIds.insert(packed);
    } else {
        m_otherIds.insert(idNumber);
    }
    if (!compound.isEmpty() && !building.isEmpty())
        m_buildings[compound].insert(AddressSplitter::buildingKey(building));
}

bool RegisterDiff::findMissing(const QSqlDatabase &db, const AccessScope &scope, QList<MissingPerson> *missing,
                               QString *error) const
{
    missing->clear();
    if (!scope.isSignedIn())
        return true;
    SqlQuery people(db, QStringLiteral("SELECT r.id, r.name, r.id_number, c.name, b.name, h.unit, h.room "
                                       "FROM resident r JOIN household h ON h.id = r.household_id "
                                       "JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = "
                                       "b.compound_id WHERE r.status = 'living' AND c.name = ? AND c.archived = 0") +
                            RegisterRows::buildings(scope, QStringLiteral("b.id")) + QStringLiteral(" ORDER BY r.id"));
    QStringList compounds = m_buildings.keys();
    compounds.sort();
    for (const QString &compound : std::as_const(compounds)) {
        const QSet<QString> keys = m_buildings.value(compound);
        if (!people.exec(compound)) {
            if (error)
                *error = tr("The register could not be compared with the file.");
            return false;
        }
        while (people.next()) {
            if (!keys.contains(AddressSplitter::buildingKey(people.value(4).toString())))
                continue;
            const QString id = people.value(2).toString();
            const QString name = people.value(1).toString();
            if (id.isEmpty() ? m_names.contains(ImportVocabulary::fold(name)) : hasId(id))
                continue;
            missing->append({people.value(0).toLongLong(), name, IdNumber::mask(id),
                             people.value(3).toString() + people.value(4).toString() + people.value(5).toString() +
                                 people.value(6).toString()});
        }
    }
    return true;
}

bool RegisterDiff::pack(const QString &idNumber, quint64 *packed)
{
    if (idNumber.size() != 18)
        return false;
    quint64 value = 0;
    for (int i = 0; i < 17; ++i) {
        const char16_t c = idNumber.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    const char16_t check = idNumber.at(17).toUpper().unicode();
    if (check == u'X')
        value = value * 11 + 10;
    else if (check >= u'0' && check <= u'9')
        value = value * 11 + (check - u'0');
    else
        return false;
    *packed = value;
    return true;
}

bool RegisterDiff::hasId(const QString &idNumber) const
{
    quint64 packed = 0;
    return pack(idNumber, &packed) ? m_packedIds.contains(packed) : m_otherIds.contains(idNumber);
}

QString RegisterDiff::missingPath(const QString &importedFile)
{
    const QFileInfo info(importedFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-missing.csv"));
}

QString RegisterDiff::changesPath(const QString &importedFile)
{
    const QFileInfo info(importedFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-changes.csv"));
}

namespace {

// Written whole or not at all, and audited as an export of residents (masked numbers).
bool writeCsv(const QSqlDatabase &db, const AccessScope &scope, const QString &path, const QList<QStringList> &rows,
              const QString &what, QString *error)
{
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        CsvWriter csv(&file);
        for (const QStringList &row : rows)
            csv.writeRow(row);
        ok = csv.isOk() && file.commit();
    }
    if (!ok) {
        if (error)
            *error = RegisterDiff::tr("Cannot write %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return ExportAudit::keepAudited(db, scope, QStringLiteral("resident"), int(rows.size()) - 1, path, what, {}, error);
}

} // namespace

bool RegisterDiff::writeMissing(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                                const QList<MissingPerson> &missing, QString *error)
{
    QList<QStringList> rows{{tr("Name"), tr("ID number"), tr("Address")}};
    for (const MissingPerson &m : missing)
        rows.append({m.name, m.maskedId, m.address});
    return writeCsv(db, scope, path, rows, QStringLiteral("import missing people"), error);
}

bool RegisterDiff::writeChanges(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                                const QList<UpdatedPerson> &updated, QString *error)
{
    QList<QStringList> rows{
        {tr("Sheet"), tr("Row in file"), tr("Name"), tr("ID number"), tr("Field"), tr("Before"), tr("After")}};
    for (const UpdatedPerson &p : updated)
        for (const FieldChange &c : p.changes)
            rows.append({p.sheet, QString::number(p.rowNumber), p.name, p.maskedId, c.field, c.before, c.after});
    return writeCsv(db, scope, path, rows, QStringLiteral("import changes"), error);
}
