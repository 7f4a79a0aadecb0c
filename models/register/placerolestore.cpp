#include "placerolestore.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "registerrows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString roleJson(const PlaceRole &r)
{
    const QJsonObject o{{QStringLiteral("compound"), r.compoundId}, {QStringLiteral("building"), r.buildingId},
                        {QStringLiteral("unit"), r.unit},           {QStringLiteral("role"), r.role},
                        {QStringLiteral("name"), r.name},           {QStringLiteral("resident"), r.residentId}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PlaceRoleStore::PlaceRoleStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<PlaceRoleStore::Choice> PlaceRoleStore::roles()
{
    return {{QStringLiteral("building_head"), tr("Building head")},
            {QStringLiteral("unit_head"), tr("Unit head")},
            {QStringLiteral("three_heads"), tr("Three heads (floor, unit, building)")},
            {QStringLiteral("owners_committee"), tr("Owners' committee")},
            {QStringLiteral("property"), tr("Property management")}};
}

QString PlaceRoleStore::roleLabel(const QString &code)
{
    for (const Choice &c : roles())
        if (c.code == code)
            return c.label;
    return code;
}

SaveResult PlaceRoleStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QString PlaceRoleStore::refusal(qint64 compoundId, qint64 buildingId) const
{
    Q_UNUSED(compoundId)
    return buildingId > 0 ? m_scope.buildingRefusal(m_db, buildingId) : m_scope.officeRefusal();
}

QList<PlaceRole> PlaceRoleStore::read(const QString &where, qint64 a, qint64 b) const
{
    QList<PlaceRole> list;
    if (!m_scope.isSignedIn())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, compound_id, building_id, unit, role, name, phone, resident_id FROM "
                                    "place_role WHERE archived = 0 AND ") +
                         where + QStringLiteral(" ORDER BY building_id, length(unit), unit, id"));
    if (!q.exec(a, b))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong()});
    return list;
}

QList<PlaceRoleStore::LedgerRow> PlaceRoleStore::ledger(qint64 gridId, const QString &role, const QString &text) const
{
    QList<LedgerRow> list;
    if (!m_scope.isSignedIn())
        return list;
    // A compound's own contact belongs to the grid of any of its buildings.
    const QString grid = QStringLiteral("coalesce(b.grid_id, (SELECT min(cb.grid_id) FROM building cb WHERE "
                                        "cb.compound_id = pr.compound_id))");
    const QString needle = text.trimmed();
    SqlQuery q(m_db, QStringLiteral("SELECT pr.id, c.name, b.name, pr.unit, g.name, pr.role, pr.name, pr.phone FROM "
                                    "place_role pr JOIN compound c ON c.id = pr.compound_id LEFT JOIN building b ON "
                                    "b.id = pr.building_id LEFT JOIN grid g ON g.id = ") +
                         grid +
                         QStringLiteral(" WHERE pr.archived = 0 AND (? = '' OR pr.role = ?) AND (? = 0 OR b.grid_id "
                                        "= ? OR (pr.building_id IS NULL AND EXISTS (SELECT 1 FROM building cb WHERE "
                                        "cb.compound_id = pr.compound_id AND cb.grid_id = ?))) AND (? = '' OR "
                                        "lower(pr.name) LIKE lower(CAST(? AS TEXT)) OR pr.phone LIKE ? OR "
                                        "lower(c.name) LIKE lower(CAST(? AS TEXT)))") +
                         RegisterRows::communities(m_scope, QStringLiteral("c.community_id")) +
                         RegisterRows::grids(m_scope, grid) +
                         QStringLiteral(" ORDER BY c.name, c.id, b.name, b.id, length(pr.unit), pr.unit, pr.id"));
    const QString like = QLatin1Char('%') + needle + QLatin1Char('%');
    // A null QString binds as NULL, and NULL = '' is not true: bind empty text instead.
    const QString anyRole = role.isEmpty() ? QStringLiteral("") : role;
    const QString anyText = needle.isEmpty() ? QStringLiteral("") : needle;
    if (!q.exec(anyRole, anyRole, gridId, gridId, gridId, anyText, like, like, like))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return list;
}

QList<PlaceRole> PlaceRoleStore::rolesAt(qint64 compoundId, qint64 buildingId, const QString &unit) const
{
    QList<PlaceRole> list =
        buildingId > 0 ? read(QStringLiteral("compound_id = ? AND building_id = ?"), compoundId, buildingId)
                       : read(QStringLiteral("compound_id = ? AND building_id IS NULL AND ? = 0"), compoundId, 0);
    QList<PlaceRole> here;
    for (const PlaceRole &r : std::as_const(list))
        if (r.unit == unit)
            here.append(r);
    return here;
}

QList<PlaceRole> PlaceRoleStore::rolesForBuilding(qint64 buildingId) const
{
    return read(QStringLiteral("compound_id = (SELECT compound_id FROM building WHERE id = ?) AND (building_id IS NULL "
                               "OR building_id = ?)"),
                buildingId, buildingId);
}

SaveResult PlaceRoleStore::save(PlaceRole &r)
{
    if (const QString why = refusal(r.compoundId, r.buildingId); !why.isEmpty())
        return failed(QString(), why);
    r.unit = r.unit.trimmed();
    r.name = r.name.trimmed();
    r.phone = r.phone.trimmed();
    SqlQuery place(m_db, QStringLiteral("SELECT count(*) FROM compound WHERE id = ?"));
    if (r.compoundId <= 0 || !place.exec(r.compoundId) || place.scalar().toInt() != 1)
        return failed(QStringLiteral("compound"), tr("Compound: choose the compound."));
    if (r.buildingId > 0) {
        SqlQuery b(m_db, QStringLiteral("SELECT count(*) FROM building WHERE id = ? AND compound_id = ?"));
        if (!b.exec(r.buildingId, r.compoundId) || b.scalar().toInt() != 1)
            return failed(QStringLiteral("building"), tr("Building: choose a building of the compound."));
    } else if (!r.unit.isEmpty()) {
        return failed(QStringLiteral("unit"), tr("Unit: choose the building the unit is in."));
    }
    bool known = false;
    for (const Choice &c : roles())
        known = known || c.code == r.role;
    if (!known)
        return failed(QStringLiteral("role"), tr("Role: choose one."));
    if (r.residentId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT name, phone FROM resident WHERE id = ?"));
        if (!q.exec(r.residentId) || !q.next())
            return failed(QStringLiteral("resident"), tr("Resident: no longer in the register."));
        r.name = q.value(0).toString();
        if (r.phone.isEmpty())
            r.phone = q.value(1).toString();
    }
    if (r.name.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the contact's name, or choose the resident."));

    Transaction tx(m_db);
    const bool isNew = r.id == 0;
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO place_role (compound_id, building_id, unit, role, name, phone, "
                                        "resident_id, archived, user_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, "
                                        "?, ?)"));
        if (!q.exec(r.compoundId, SqlValues::idOrNull(r.buildingId), r.unit.isNull() ? QStringLiteral("") : r.unit,
                    r.role, r.name, SqlValues::textOrNull(r.phone), SqlValues::idOrNull(r.residentId),
                    SqlValues::textOrNull(m_scope.userName()), stamp))
            return failed(QString(), tr("The contact could not be saved."));
        r.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE place_role SET role = ?, name = ?, phone = ?, resident_id = ?, "
                                        "user_name = ?, updated_at = ? WHERE id = ? AND archived = 0"));
        if (!q.exec(r.role, r.name, SqlValues::textOrNull(r.phone), SqlValues::idOrNull(r.residentId),
                    SqlValues::textOrNull(m_scope.userName()), stamp, r.id) ||
            q.numRowsAffected() != 1)
            return failed(QString(), tr("The contact could not be saved."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("place_role"), r.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     QString(), roleJson(r)) ||
        !tx.commit()) {
        if (isNew)
            r.id = 0;
        return failed(QString(), tr("The contact could not be saved; nothing was changed."));
    }
    return {true, r.id, {}, {}};
}

SaveResult PlaceRoleStore::archive(qint64 id)
{
    SqlQuery q0(m_db, QStringLiteral("SELECT compound_id, building_id FROM place_role WHERE id = ? AND archived = 0"));
    if (!q0.exec(id) || !q0.next())
        return failed(QString(), tr("This contact is no longer listed."));
    if (const QString why = refusal(q0.value(0).toLongLong(), q0.value(1).toLongLong()); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE place_role SET archived = 1, user_name = ?, updated_at = ? WHERE id = ?"));
    if (!q.exec(SqlValues::textOrNull(m_scope.userName()), SqlValues::now(), id) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("place_role"), id, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The contact could not be taken off."));
    return {true, id, {}, {}};
}
