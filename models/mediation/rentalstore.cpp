#include "rentalstore.h"

#include "mediationtypes.h"
#include "models/access/auditlog.h"
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"
#include "models/register/registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString roomJson(const RentalRoom &r)
{
    QJsonArray tenants;
    for (const RentalRoom::Tenant &t : r.tenants)
        tenants.append(QJsonObject{{QStringLiteral("resident"), t.residentId},
                                   {QStringLiteral("permit"), t.permit},
                                   {QStringLiteral("starts"), t.startsOn.toString(Qt::ISODate)},
                                   {QStringLiteral("expires"), t.expiresOn.toString(Qt::ISODate)},
                                   {QStringLiteral("left"), t.leftOn.toString(Qt::ISODate)}});
    const QJsonObject o{{QStringLiteral("household"), r.householdId},
                        {QStringLiteral("landlordResident"), r.landlordResidentId},
                        {QStringLiteral("landlord"), r.landlordName},
                        {QStringLiteral("tenants"), tenants},
                        {QStringLiteral("archived"), r.archived}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RentalStore::RentalStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult RentalStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QList<FieldError> RentalStore::validate(const RentalRoom &r) const
{
    QList<FieldError> errors;
    SqlQuery h(m_db, QStringLiteral("SELECT count(*) FROM household WHERE id = ?"));
    if (r.householdId <= 0 || !h.exec(r.householdId) || h.scalar().toInt() != 1)
        errors.append({QStringLiteral("household"), tr("Address: choose the household of the rented room."), 0});
    if (r.landlordResidentId <= 0 && r.landlordName.trimmed().isEmpty())
        errors.append({QStringLiteral("landlord"), tr("Landlord: enter the name, or choose the resident."), 0});
    if (r.landlordResidentId <= 0 && !r.landlordIdNumber.trimmed().isEmpty()) {
        const IdNumber id = IdNumber::parse(r.landlordIdNumber);
        if (!id.isValid())
            errors.append({QStringLiteral("landlordIdNumber"), tr("Landlord's ID number: %1").arg(id.errorText()), 0});
    }
    SqlQuery res(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE id = ?"));
    for (int i = 0; i < r.tenants.size(); ++i) {
        const RentalRoom::Tenant &t = r.tenants.at(i);
        const QString field = QStringLiteral("tenants/%1").arg(i);
        if (t.residentId <= 0 || !res.exec(t.residentId) || res.scalar().toInt() != 1)
            errors.append({field, tr("Tenant %1: choose the resident from the register.").arg(i + 1), 0});
        if (!MediationTypes::contains(MediationTypes::permits(), t.permit))
            errors.append({field, tr("Tenant %1: choose the kind of permit.").arg(i + 1), 0});
        if (!t.expiresOn.isValid())
            errors.append({field, tr("Tenant %1: enter the day the permit expires.").arg(i + 1), 0});
        else if (t.startsOn.isValid() && t.expiresOn < t.startsOn)
            errors.append({field, tr("Tenant %1: the permit cannot expire before it starts.").arg(i + 1), 0});
        for (int j = 0; j < i; ++j)
            if (t.residentId > 0 && r.tenants.at(j).residentId == t.residentId)
                errors.append({field, tr("Tenant %1: this resident is already a tenant.").arg(i + 1), 0});
    }
    return errors;
}

SaveResult RentalStore::save(RentalRoom &r)
{
    if (const QString why = m_scope.householdRefusal(m_db, r.householdId); !why.isEmpty())
        return failed(QString(), why);
    const bool isNew = r.id == 0;
    const std::optional<RentalRoom> before = isNew ? std::nullopt : room(r.id);
    if (!isNew && !before)
        return failed(QString(), tr("This rented room no longer exists."));
    if (before)
        if (const QString why = m_scope.householdRefusal(m_db, before->householdId); !why.isEmpty())
            return failed(QString(), why);
    SaveResult result;
    result.errors = validate(r);
    if (!result.errors.isEmpty())
        return result;
    if (r.landlordResidentId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT name, phone, id_number FROM resident WHERE id = ?"));
        if (!q.exec(r.landlordResidentId) || !q.next())
            return failed(QStringLiteral("landlord"), tr("Landlord: the resident is no longer in the register."));
        r.landlordName = q.value(0).toString();
        r.landlordPhone = q.value(1).toString();
        r.landlordIdNumber = q.value(2).toString();
    } else if (!r.landlordIdNumber.trimmed().isEmpty()) {
        r.landlordIdNumber = IdNumber::parse(r.landlordIdNumber).normalized();
    }
    r.landlordName = r.landlordName.trimmed();

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO rental_room (household_id, landlord_resident_id, landlord_name, "
                                        "landlord_phone, landlord_id_number, notes, archived, user_name, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        if (!q.exec(r.householdId, idOrNull(r.landlordResidentId), r.landlordName, textOrNull(r.landlordPhone),
                    textOrNull(r.landlordIdNumber), textOrNull(r.notes), textOrNull(m_scope.userName()), stamp, stamp))
            return failed(QString(), tr("The rented room could not be saved."));
        r.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE rental_room SET household_id = ?, landlord_resident_id = ?, "
                                        "landlord_name = ?, landlord_phone = ?, landlord_id_number = ?, notes = ?, "
                                        "user_name = ?, updated_at = ? WHERE id = ?"));
        if (!q.exec(r.householdId, idOrNull(r.landlordResidentId), r.landlordName, textOrNull(r.landlordPhone),
                    textOrNull(r.landlordIdNumber), textOrNull(r.notes), textOrNull(m_scope.userName()), stamp, r.id) ||
            q.numRowsAffected() != 1)
            return failed(QString(), tr("The rented room could not be saved."));
    }
    if (!writeTenants(r) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("rental_room"), r.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? roomJson(*before) : QString(), roomJson(r)) ||
        !tx.commit()) {
        if (isNew)
            r.id = 0;
        return failed(QString(), tr("The rented room could not be saved; nothing was changed."));
    }
    result.ok = true;
    result.id = r.id;
    return result;
}

bool RentalStore::writeTenants(RentalRoom &r)
{
    // left_on is written only by tenantLeaves(), with the register's move-out.
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO rental_tenant (room_id, resident_id, permit, permit_no, starts_on, "
                                      "expires_on, archived) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    SqlQuery upd(m_db, QStringLiteral("UPDATE rental_tenant SET resident_id = ?, permit = ?, permit_no = ?, starts_on "
                                      "= ?, expires_on = ?, archived = 0 WHERE id = ? AND room_id = ?"));
    QList<qint64> kept;
    for (RentalRoom::Tenant &t : r.tenants) {
        if (t.id > 0) {
            if (!upd.exec(t.residentId, t.permit, textOrNull(t.permitNo), dateOrNull(t.startsOn),
                          dateOrNull(t.expiresOn), t.id, r.id) ||
                upd.numRowsAffected() != 1)
                return false;
        } else {
            if (!ins.exec(r.id, t.residentId, t.permit, textOrNull(t.permitNo), dateOrNull(t.startsOn),
                          dateOrNull(t.expiresOn)))
                return false;
            t.id = ins.lastInsertId();
        }
        kept.append(t.id);
    }
    SqlQuery old(m_db, QStringLiteral("SELECT id FROM rental_tenant WHERE room_id = ? AND archived = 0"));
    SqlQuery arch(m_db, QStringLiteral("UPDATE rental_tenant SET archived = 1 WHERE id = ?"));
    QList<qint64> dropped;
    if (!old.exec(r.id))
        return false;
    while (old.next())
        if (!kept.contains(old.value(0).toLongLong()))
            dropped.append(old.value(0).toLongLong());
    for (const qint64 id : std::as_const(dropped))
        if (!arch.exec(id))
            return false;
    return true;
}

std::optional<RentalRoom> RentalStore::room(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, household_id, landlord_resident_id, landlord_name, landlord_phone, "
                                    "landlord_id_number, notes, archived FROM rental_room WHERE id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("household_id")));
    if (!m_scope.isSignedIn() || !q.exec(id) || !q.next())
        return std::nullopt;
    RentalRoom r;
    r.id = q.value(0).toLongLong();
    r.householdId = q.value(1).toLongLong();
    r.landlordResidentId = q.value(2).toLongLong();
    r.landlordName = q.value(3).toString();
    r.landlordPhone = q.value(4).toString();
    r.landlordIdNumber = q.value(5).toString();
    r.notes = q.value(6).toString();
    r.archived = q.value(7).toInt() != 0;
    r.address = RegisterStore(m_db, m_scope).householdAddress(r.householdId);
    // A tenant whose move-out (or death) the register has from elsewhere (its own page, a field
    // copy) left on that day, as if it had been recorded here.
    SqlQuery t(m_db, QStringLiteral("SELECT t.id, t.resident_id, r.name, t.permit, t.permit_no, t.starts_on, "
                                    "t.expires_on, COALESCE(t.left_on, CASE WHEN r.status <> 'living' THEN "
                                    "r.status_date END) FROM rental_tenant t JOIN resident r ON r.id = "
                                    "t.resident_id WHERE t.room_id = ? AND t.archived = 0 ORDER BY t.id"));
    if (t.exec(id))
        while (t.next()) {
            RentalRoom::Tenant x;
            x.id = t.value(0).toLongLong();
            x.residentId = t.value(1).toLongLong();
            x.name = t.value(2).toString();
            x.permit = t.value(3).toString();
            x.permitNo = t.value(4).toString();
            x.startsOn = QDate::fromString(t.value(5).toString(), Qt::ISODate);
            x.expiresOn = QDate::fromString(t.value(6).toString(), Qt::ISODate);
            x.leftOn = QDate::fromString(t.value(7).toString(), Qt::ISODate);
            r.tenants.append(x);
        }
    return r;
}

SaveResult RentalStore::archive(qint64 id)
{
    const std::optional<RentalRoom> before = room(id);
    if (!before)
        return failed(QString(), tr("This rented room no longer exists."));
    if (const QString why = m_scope.householdRefusal(m_db, before->householdId); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE rental_room SET archived = 1, updated_at = ?, user_name = ? WHERE id = ? "
                                    "AND archived = 0"));
    RentalRoom after = *before;
    after.archived = true;
    if (!q.exec(SqlValues::now(), textOrNull(m_scope.userName()), id) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("rental_room"), id, QStringLiteral("archive"), roomJson(*before),
                     roomJson(after)) ||
        !tx.commit())
        return failed(QString(), tr("The rented room could not be archived."));
    return {true, id, {}, {}};
}

QList<RentalStore::Row> RentalStore::rooms(const QString &text, qint64 gridId) const
{
    QList<Row> rows;
    if (!m_scope.isSignedIn())
        return rows;
    SqlQuery q(m_db, QStringLiteral("SELECT rr.id, rr.household_id, rr.landlord_name, g.name FROM rental_room rr JOIN "
                                    "household h ON h.id = rr.household_id LEFT JOIN building b ON b.id = "
                                    "h.building_id LEFT JOIN grid g ON g.id = b.grid_id WHERE rr.archived = 0 AND (? = "
                                    "0 OR b.grid_id = ?)") +
                         RegisterRows::households(m_scope, QStringLiteral("rr.household_id")) +
                         QStringLiteral(" ORDER BY rr.id"));
    if (!q.exec(gridId, gridId))
        return rows;
    const RegisterStore reg(m_db, m_scope);
    SqlQuery t(m_db, QStringLiteral("SELECT r.name, t.expires_on FROM rental_tenant t JOIN resident r ON r.id = "
                                    "t.resident_id WHERE t.room_id = ? AND t.archived = 0 AND t.left_on IS NULL "
                                    "AND r.status = 'living' ORDER BY t.id"));
    const QString needle = text.trimmed();
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.address = reg.householdAddress(q.value(1).toLongLong());
        row.landlord = q.value(2).toString();
        row.gridName = q.value(3).toString();
        QStringList names;
        if (t.exec(row.id))
            while (t.next()) {
                names << t.value(0).toString();
                const QDate expires = QDate::fromString(t.value(1).toString(), Qt::ISODate);
                if (expires.isValid() && (!row.nextExpiry.isValid() || expires < row.nextExpiry))
                    row.nextExpiry = expires;
            }
        row.tenantCount = int(names.size());
        row.tenants = names.join(tr(", ", "between tenant names: the enumeration comma in Chinese"));
        if (needle.isEmpty() || row.address.contains(needle) || row.landlord.contains(needle) ||
            row.tenants.contains(needle))
            rows.append(row);
    }
    return rows;
}

QList<RentalStore::Expiring> RentalStore::expiring(int days, const QDate &today) const
{
    QList<Expiring> list;
    if (!m_scope.isSignedIn())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.room_id, t.resident_id, r.name, rr.household_id, t.permit, "
                                    "t.expires_on FROM rental_tenant t JOIN rental_room rr ON rr.id = t.room_id JOIN "
                                    "resident r ON r.id = t.resident_id WHERE t.archived = 0 AND rr.archived = 0 AND "
                                    "t.left_on IS NULL AND r.status = 'living' AND t.expires_on <= ?") +
                         RegisterRows::households(m_scope, QStringLiteral("rr.household_id")) +
                         QStringLiteral(" ORDER BY t.expires_on, t.id"));
    if (!q.exec(today.addDays(days).toString(Qt::ISODate)))
        return list;
    const RegisterStore reg(m_db, m_scope);
    while (q.next()) {
        Expiring e;
        e.tenantId = q.value(0).toLongLong();
        e.roomId = q.value(1).toLongLong();
        e.residentId = q.value(2).toLongLong();
        e.name = q.value(3).toString();
        e.address = reg.householdAddress(q.value(4).toLongLong());
        e.permit = MediationTypes::label(MediationTypes::permits(), q.value(5).toString());
        e.expiresOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        e.daysLeft = int(today.daysTo(e.expiresOn));
        list.append(e);
    }
    return list;
}

SaveResult RentalStore::tenantLeaves(qint64 tenantId, const QDate &date, const QString &note)
{
    SqlQuery q(m_db, QStringLiteral("SELECT t.resident_id, rr.household_id, t.left_on, t.starts_on FROM rental_tenant "
                                    "t JOIN rental_room rr ON rr.id = t.room_id WHERE t.id = ? AND t.archived = 0"));
    if (!q.exec(tenantId) || !q.next())
        return failed(QString(), tr("This tenant is no longer listed."));
    const qint64 residentId = q.value(0).toLongLong();
    if (const QString why = m_scope.householdRefusal(m_db, q.value(1).toLongLong()); !why.isEmpty())
        return failed(QString(), why);
    if (!q.value(2).isNull())
        return failed(QString(), tr("This tenant has already left."));
    const QDate starts = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    if (date.isValid() && starts.isValid() && date < starts)
        return failed(QStringLiteral("date"), tr("Date: the tenant cannot leave before the permit starts."));

    // The register's own move-out (its checks, history and audit rows) as a savepoint of this one.
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const SaveResult moved = RegisterStore(m_db, m_scope)
                                 .changeStatus(residentId, QStringLiteral("moved_out"), date,
                                               note.isEmpty() ? tr("Left the rented room.") : note);
    if (!moved.ok)
        return moved;
    SqlQuery upd(m_db, QStringLiteral("UPDATE rental_tenant SET left_on = ? WHERE id = ?"));
    if (!upd.exec(date.toString(Qt::ISODate), tenantId) || upd.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("rental_tenant"), tenantId, QStringLiteral("left"), QString(),
                     date.toString(Qt::ISODate)) ||
        !tx.commit())
        return failed(QString(), tr("The move-out could not be saved; nothing was changed."));
    return {true, tenantId, {}, {}};
}
