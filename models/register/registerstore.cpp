#include "registerstore.h"

#include "address.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "registerrows.h"
#include "registertypes.h"
#include "residentsearchindex.h"
#include "residentvalidator.h"
#include "residentwriter.h"

#include <QDateTime>
#include <QSet>

namespace {

using SqlValues::dateOrNull;

using SqlValues::textOrNull;

QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

const QString kResidentColumns = QStringLiteral(
    "id, household_id, name, id_number, birth_date, gender, phone, relation, residency_type, status, status_date, "
    "ethnicity, notes, row_version");

Resident residentFrom(const SqlQuery &q)
{
    Resident r;
    r.id = q.value(0).toLongLong();
    r.householdId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.idNumber = q.value(3).toString();
    r.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.gender = q.value(5).toString();
    r.phone = q.value(6).toString();
    r.relation = q.value(7).toString();
    r.residencyType = q.value(8).toString();
    r.status = q.value(9).toString();
    r.statusDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.ethnicity = q.value(11).toString();
    r.notes = q.value(12).toString();
    r.rowVersion = q.value(13).toInt();
    return r;
}

} // namespace

RegisterStore::RegisterStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult RegisterStore::failed(const QString &message) const
{
    SaveResult result;
    result.errors.append({QString(), message, 0});
    return result;
}

bool RegisterStore::checkDuplicates(const QList<Resident> &members, const QString &prefix,
                                    QList<FieldError> &errors) const
{
    QSet<QString> seen;
    for (int i = 0; i < members.size(); ++i) {
        const Resident &m = members.at(i);
        if (m.idNumber.isEmpty())
            continue;
        const QString field =
            prefix.isEmpty() ? QStringLiteral("idNumber") : QStringLiteral("%1%2/idNumber").arg(prefix).arg(i);
        if (seen.contains(m.idNumber)) {
            errors.append({field, tr("ID number: %1 appears twice in this household.").arg(m.name), 0});
            continue;
        }
        seen.insert(m.idNumber);
        const qint64 existing = residentWithIdNumber(m.idNumber, m.id);
        if (existing)
            errors.append({field,
                           tr("ID number: already registered for %1 (%2).")
                               .arg(residentName(existing), householdAddress(resident(existing)->householdId)),
                           existing});
    }
    return errors.isEmpty();
}

SaveResult RegisterStore::saveHousehold(Household &h, QList<Resident> &members)
{
    // Checked here, not only by disabled buttons: a viewer or another grid's worker changes nothing.
    const AccessScope &scope = m_scope;
    QString why = h.id ? scope.householdRefusal(m_db, h.id) : QString(); // where it is now
    if (why.isEmpty())
        why = scope.buildingRefusal(m_db, h.buildingId); // and where it is going
    if (!why.isEmpty())
        return failed(why);
    SaveResult result;
    h.unit = h.unit.trimmed();
    if (h.unit.isNull())
        h.unit = QStringLiteral(""); // the column is NOT NULL: "no unit" is stored as '', a null would bind as NULL
    h.room = h.room.trimmed();
    if (h.buildingId <= 0)
        result.errors.append({QStringLiteral("building"), tr("Building: please choose the building."), 0});
    if (h.room.isEmpty())
        result.errors.append({QStringLiteral("room"), tr("Room: please enter the room number."), 0});
    if (members.isEmpty())
        result.errors.append({QStringLiteral("members"), tr("Members: a household needs at least one member."), 0});

    const ResidentValidator validator;
    int heads = 0;
    for (int i = 0; i < members.size(); ++i) {
        validator.normalize(members[i]);
        validator.validate(members[i], QStringLiteral("members/%1/").arg(i), result.errors, result.warnings);
        if (members[i].relation == QLatin1String("head") && members[i].status == QLatin1String("living"))
            ++heads;
    }
    if (!members.isEmpty() && heads != 1)
        result.errors.append({QStringLiteral("members"),
                              heads == 0 ? tr("Members: choose who is the head of household.")
                                         : tr("Members: only one person can be the head of household."),
                              0});
    checkDuplicates(members, QStringLiteral("members/"), result.errors);
    if (!result.errors.isEmpty())
        return result;

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = h.id == 0;
    if (!writeHousehold(h))
        return failed(tr("The household could not be saved. Someone else may have changed it; please reopen it."));

    ResidentWriter writer(m_db, m_scope); // after the household: it reads the new address
    const QDate movedIn = h.movedIn.isValid() ? h.movedIn : QDate::currentDate();
    for (int i = 0; i < members.size(); ++i) {
        if (m_failAfterMembers >= 0 && i >= m_failAfterMembers)
            return failed(tr("The household could not be saved."));
        Resident &m = members[i];
        m.householdId = h.id;
        bool conflict = false;
        if (!writeResident(writer, m, movedIn, &conflict))
            return failed(conflict
                              ? tr("%1 was changed by someone else meanwhile; please reopen the household.").arg(m.name)
                              : tr("%1 could not be saved.").arg(m.name));
    }
    if (!isNew && !ResidentSearchIndex::updateHousehold(m_db, h.id))
        return failed(tr("The household could not be saved."));
    if (!audit(QStringLiteral("household"), h.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
               QString(), QString()))
        return failed(tr("The household could not be saved."));
    if (!tx.commit())
        return failed(tr("The household could not be saved; nothing was changed."));
    result.ok = true;
    result.id = h.id;
    return result;
}

SaveResult RegisterStore::saveResident(Resident &r)
{
    const AccessScope &scope = m_scope;
    const std::optional<Resident> stored = r.id ? resident(r.id) : std::nullopt;
    QString why = stored ? scope.householdRefusal(m_db, stored->householdId) : QString();
    if (why.isEmpty())
        why = scope.householdRefusal(m_db, r.householdId);
    if (!why.isEmpty())
        return failed(why);
    SaveResult result;
    const ResidentValidator validator;
    validator.normalize(r);
    validator.validate(r, QString(), result.errors, result.warnings);
    if (r.householdId <= 0)
        result.errors.append({QStringLiteral("household"), tr("Household: please choose the household."), 0});
    checkDuplicates({r}, QString(), result.errors);
    if (!result.errors.isEmpty())
        return result;

    const bool isNew = r.id == 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    ResidentWriter writer(m_db, m_scope);
    bool conflict = false;
    if (!writeResident(writer, r, QDate::currentDate(), &conflict))
        return failed(conflict ? tr("%1 was changed by someone else meanwhile; please reopen the record.").arg(r.name)
                               : tr("%1 could not be saved.").arg(r.name));
    if (!isNew && !writer.recordChange(r.id, QStringLiteral("edited"), QDate::currentDate()))
        return failed(tr("%1 could not be saved.").arg(r.name));
    if (!tx.commit())
        return failed(tr("%1 could not be saved; nothing was changed.").arg(r.name));
    result.ok = true;
    result.id = r.id;
    return result;
}

SaveResult RegisterStore::changeStatus(qint64 residentId, const QString &status, const QDate &date, const QString &note)
{
    std::optional<Resident> r = resident(residentId);
    if (!r)
        return failed(tr("This resident no longer exists."));
    if (const QString why = m_scope.householdRefusal(m_db, r->householdId); !why.isEmpty())
        return failed(why);
    // Only the known codes: anything else would be written as is and drop the person from every list.
    if (!RegisterTypes::contains(RegisterTypes::statuses(), status))
        return failed(tr("Status: please choose one."));
    if (r->status == status)
        return failed(tr("%1 already has this status.").arg(r->name));
    if (!date.isValid() || date > QDate::currentDate())
        return failed(tr("Date: please enter the date of the change (not in the future)."));
    if (r->birthDate.isValid() && date < r->birthDate)
        return failed(tr("Date: it cannot be before the birth date."));
    if (r->status == QLatin1String("deceased"))
        return failed(tr("%1 is recorded as deceased; the record can no longer change status.").arg(r->name));

    Transaction tx(m_db);
    ResidentWriter writer(m_db, m_scope);
    const Resident before = *r;
    r->status = status;
    r->statusDate = status == QLatin1String("living") ? QDate() : date;
    if (!tx.isActive() || !writer.update(*r, before) ||
        !writer.recordChange(residentId, status == QLatin1String("living") ? QStringLiteral("moved_back") : status,
                             date, 0, 0, note.trimmed()) ||
        !tx.commit())
        return failed(tr("The change could not be saved; nothing was changed."));
    SaveResult ok;
    ok.ok = true;
    ok.id = residentId;
    return ok;
}

SaveResult RegisterStore::moveToHousehold(qint64 residentId, qint64 householdId, const QDate &date, const QString &note)
{
    std::optional<Resident> r = resident(residentId);
    if (!r)
        return failed(tr("This resident no longer exists."));
    if (!household(householdId))
        return failed(tr("Household: please choose the household to move to."));
    QString why = m_scope.householdRefusal(m_db, r->householdId);
    if (why.isEmpty())
        why = m_scope.householdRefusal(m_db, householdId);
    if (!why.isEmpty())
        return failed(why);
    if (r->householdId == householdId)
        return failed(tr("%1 already lives in this household.").arg(r->name));
    if (r->status != QLatin1String("living"))
        return failed(tr("Only residents living here can move to another household."));
    if (!date.isValid() || date > QDate::currentDate())
        return failed(tr("Date: please enter the date of the move (not in the future)."));

    const qint64 from = r->householdId;
    Transaction tx(m_db);
    ResidentWriter writer(m_db, m_scope);
    const Resident before = *r;
    r->householdId = householdId;
    if (r->relation == QLatin1String("head"))
        r->relation = QStringLiteral("other"); // the new household keeps its own head
    if (!tx.isActive() || !writer.update(*r, before) ||
        !writer.recordChange(residentId, QStringLiteral("moved_household"), date, from, householdId, note.trimmed()) ||
        !tx.commit())
        return failed(tr("The move could not be saved; nothing was changed."));
    SaveResult ok;
    ok.ok = true;
    ok.id = residentId;
    return ok;
}

bool RegisterStore::writeHousehold(Household &h)
{
    const QString stamp = now();
    if (h.id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO household (building_id, unit, room, housing_type, phone, "
                                        "moved_in, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.exec(h.buildingId, h.unit, h.room, h.housingType, textOrNull(h.phone), dateOrNull(h.movedIn),
                    textOrNull(h.notes), stamp, stamp))
            return false;
        h.id = q.lastInsertId();
        h.rowVersion = 1;
        return true;
    }
    SqlQuery q(m_db, QStringLiteral("UPDATE household SET building_id = ?, unit = ?, room = ?, housing_type = ?, "
                                    "phone = ?, moved_in = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ? AND row_version = ?"));
    if (!q.exec(h.buildingId, h.unit, h.room, h.housingType, textOrNull(h.phone), dateOrNull(h.movedIn),
                textOrNull(h.notes), stamp, h.id, h.rowVersion) ||
        q.numRowsAffected() != 1)
        return false;
    ++h.rowVersion;
    return true;
}

bool RegisterStore::writeResident(ResidentWriter &writer, Resident &r, const QDate &movedIn, bool *conflict)
{
    if (r.id == 0)
        return writer.insert(r, movedIn);
    const std::optional<Resident> before = resident(r.id);
    if (!before) {
        *conflict = true; // gone meanwhile: nothing is deleted, so only a stale form gets here
        return false;
    }
    return writer.update(r, *before, conflict);
}

bool RegisterStore::audit(const QString &table, qint64 id, const QString &action, const QString &before,
                          const QString &after)
{
    return AuditLog(m_db, m_scope).record(table, id, action, before, after);
}

std::optional<Resident> RegisterStore::resident(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kResidentColumns + QStringLiteral(" FROM resident WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Resident r = residentFrom(q);
    SqlQuery tags(m_db, QStringLiteral("SELECT tag_id FROM resident_tag WHERE resident_id = ? ORDER BY tag_id"));
    if (tags.exec(id))
        while (tags.next())
            r.tagIds.append(tags.value(0).toLongLong());
    return r;
}

std::optional<Household> RegisterStore::household(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, building_id, unit, room, housing_type, phone, moved_in, notes, "
                                    "row_version FROM household WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Household h;
    h.id = q.value(0).toLongLong();
    h.buildingId = q.value(1).toLongLong();
    h.unit = q.value(2).toString();
    h.room = q.value(3).toString();
    h.housingType = q.value(4).toString();
    h.phone = q.value(5).toString();
    h.movedIn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    h.notes = q.value(7).toString();
    h.rowVersion = q.value(8).toInt();
    return h;
}

QList<Resident> RegisterStore::members(qint64 householdId) const
{
    QList<Resident> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM resident WHERE household_id = ? ORDER BY "
                                    "CASE relation WHEN 'head' THEN 0 ELSE 1 END, birth_date"));
    if (q.exec(householdId))
        while (q.next())
            if (auto r = resident(q.value(0).toLongLong()))
                list.append(*r);
    return list;
}

QList<ResidentChange> RegisterStore::history(qint64 residentId) const
{
    QList<ResidentChange> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, kind, change_date, from_household_id, to_household_id, note, "
                                    "user_name, created_at FROM resident_change WHERE resident_id = ? ORDER BY "
                                    "change_date DESC, id DESC"));
    if (!q.exec(residentId))
        return list;
    while (q.next()) {
        ResidentChange c;
        c.id = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (!q.value(3).isNull())
            c.fromAddress = householdAddress(q.value(3).toLongLong());
        if (!q.value(4).isNull())
            c.toAddress = householdAddress(q.value(4).toLongLong());
        c.note = q.value(5).toString();
        c.userName = q.value(6).toString();
        c.createdAt = q.value(7).toString();
        list.append(c);
    }
    return list;
}

qint64 RegisterStore::residentWithIdNumber(const QString &idNumber, qint64 exceptId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM resident WHERE id_number = ? AND id <> ?"));
    return q.exec(idNumber, exceptId) ? q.scalar().toLongLong() : 0;
}

QString RegisterStore::residentName(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM resident WHERE id = ?"));
    return q.exec(id) ? q.scalar().toString() : QString();
}

QString RegisterStore::mergedIntoName(qint64 residentId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT k.name FROM resident r JOIN resident k ON k.id = r.merged_into WHERE r.id = ?") +
                   RegisterRows::households(m_scope, QStringLiteral("r.household_id")));
    return m_scope.isSignedIn() && q.exec(residentId) ? q.scalar().toString() : QString();
}

QString RegisterStore::householdAddress(qint64 householdId) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT c.name, b.name, h.unit, h.room FROM household h LEFT JOIN building b ON "
                              "b.id = h.building_id LEFT JOIN compound c ON c.id = b.compound_id WHERE h.id = ?"));
    if (!q.exec(householdId) || !q.next())
        return QString();
    return Address::format(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}
