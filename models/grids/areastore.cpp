#include "areastore.h"

#include "gridstore.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/communitystore.h"
#include "models/register/registerrows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString placementJson(const GridPlacement &p)
{
    return json(
        {{QStringLiteral("area"), p.areaId}, {QStringLiteral("kind"), p.kind}, {QStringLiteral("unit"), p.unitName}});
}

} // namespace

AreaStore::AreaStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult AreaStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QString AreaStore::kindLabel(const QString &kind)
{
    return kind == QLatin1String("exclusive") ? tr("Exclusive grid") : tr("Regular grid");
}

QList<Area> AreaStore::areas(bool includeArchived) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.id, a.code, a.name, a.leader_name, a.archived, (SELECT count(*) FROM "
                                    "grid g WHERE g.area_id = a.id AND g.archived = 0) FROM area a WHERE (a.archived = "
                                    "0 OR ? = 1)") +
                         RegisterRows::communities(m_scope, QStringLiteral("a.community_id")) +
                         QStringLiteral(" ORDER BY a.archived, a.code, a.id"));
    QList<Area> list;
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt() != 0, q.value(5).toInt()});
    return list;
}

std::optional<Area> AreaStore::area(qint64 id) const
{
    for (const Area &a : areas(true))
        if (a.id == id)
            return a;
    return std::nullopt;
}

SaveResult AreaStore::saveArea(Area &a)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    a.code = a.code.trimmed();
    a.name = a.name.trimmed();
    a.leaderName = a.leaderName.trimmed();
    if (a.code.isEmpty())
        return failed(QStringLiteral("code"), tr("Code: enter the area's code, e.g. P01."));
    if (a.name.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the area's name."));
    // Area codes are unique within their community.
    SqlQuery owner(m_db, QStringLiteral("SELECT community_id FROM area WHERE id = ?"));
    const qint64 communityId =
        a.id ? (owner.exec(a.id) ? owner.scalar().toLongLong() : 0) : CommunityStore(m_db, m_scope).homeCommunityId();
    if (!communityId)
        return failed(QString(), tr("Community: choose the community the area belongs to first."));
    if (const QString why = m_scope.communityRefusal(communityId); !why.isEmpty())
        return failed(QString(), why);
    SqlQuery dup(m_db, QStringLiteral("SELECT count(*) FROM area WHERE code = ? AND id <> ? AND archived = 0 AND "
                                      "community_id = ?"));
    if (dup.exec(a.code, a.id, communityId) && dup.scalar().toInt() > 0)
        return failed(QStringLiteral("code"), tr("Code: another area already has the code %1.").arg(a.code));
    const std::optional<Area> before = a.id ? area(a.id) : std::nullopt;
    if (a.id && !before)
        return failed(QString(), tr("This area no longer exists."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const QString stamp = SqlValues::now();
    if (a.id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO area (community_id, code, name, leader_name, archived, "
                                        "created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
        if (!q.exec(communityId, a.code, a.name, textOrNull(a.leaderName), stamp, stamp))
            return failed(QString(), tr("The area could not be saved."));
        a.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db,
                   QStringLiteral("UPDATE area SET code = ?, name = ?, leader_name = ?, updated_at = ? WHERE id = ?"));
        if (!q.exec(a.code, a.name, textOrNull(a.leaderName), stamp, a.id) || q.numRowsAffected() != 1)
            return failed(QString(), tr("The area could not be saved."));
    }
    const auto areaJson = [](const Area &x) {
        return json({{QStringLiteral("code"), x.code},
                     {QStringLiteral("name"), x.name},
                     {QStringLiteral("leader"), x.leaderName}});
    };
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("area"), a.id, before ? QStringLiteral("update") : QStringLiteral("insert"),
                     before ? areaJson(*before) : QString(), areaJson(a)) ||
        !tx.commit())
        return failed(QString(), tr("The area could not be saved; nothing was changed."));
    return {true, a.id, {}, {}};
}

SaveResult AreaStore::archiveArea(qint64 id)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE area SET archived = 1, updated_at = ? WHERE id = ? AND archived = 0"));
    if (!q.exec(SqlValues::now(), id) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The area could not be archived."));
    SqlQuery free(m_db, QStringLiteral("UPDATE grid SET area_id = NULL WHERE area_id = ?"));
    if (!free.exec(id) ||
        !AuditLog(m_db, m_scope).record(QStringLiteral("area"), id, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The area could not be archived."));
    return {true, id, {}, {}};
}

SaveResult AreaStore::assignGrids(const QList<qint64> &gridIds, qint64 areaId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    if (areaId > 0) {
        const std::optional<Area> a = area(areaId);
        if (!a || a->archived)
            return failed(QStringLiteral("area"), tr("Area: the chosen area is archived or no longer exists."));
    }
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE grid SET area_id = ? WHERE id = ?"));
    const AuditLog audit(m_db, m_scope);
    for (const qint64 gridId : gridIds) {
        if (!q.exec(idOrNull(areaId), gridId) || q.numRowsAffected() != 1 ||
            !audit.record(QStringLiteral("grid"), gridId, QStringLiteral("area"), QString(),
                          json({{QStringLiteral("area"), areaId}})))
            return failed(QString(), tr("The grids could not be assigned to the area."));
    }
    if (!tx.commit())
        return failed(QString(), tr("The grids could not be assigned to the area."));
    return {true, areaId, {}, {}};
}

SaveResult AreaStore::setGridsOfArea(qint64 areaId, const QList<qint64> &gridIds)
{
    if (areaId <= 0)
        return failed(QStringLiteral("area"), tr("Area: choose an area first."));
    QList<qint64> already, in, out;
    SqlQuery current(m_db, QStringLiteral("SELECT id FROM grid WHERE area_id = ?"));
    if (current.exec(areaId))
        while (current.next())
            already.append(current.value(0).toLongLong());
    for (const qint64 id : already)
        if (!gridIds.contains(id))
            out.append(id);
    for (const qint64 id : gridIds)
        if (!already.contains(id))
            in.append(id);
    Transaction tx(m_db);
    SaveResult r = assignGrids(in, areaId); // savepoints inside this transaction
    if (r.ok)
        r = assignGrids(out, 0);
    if (!r.ok)
        return r;
    if (!tx.commit())
        return failed(QString(), tr("The grids could not be assigned to the area."));
    return {true, areaId, {}, {}};
}

GridPlacement AreaStore::placement(qint64 gridId) const
{
    GridPlacement p;
    SqlQuery q(m_db, QStringLiteral("SELECT area_id, kind, unit_name FROM grid WHERE id = ?"));
    if (q.exec(gridId) && q.next()) {
        p.areaId = q.value(0).toLongLong();
        p.kind = q.value(1).toString();
        p.unitName = q.value(2).toString();
    }
    return p;
}

QList<FieldError> AreaStore::validate(const GridPlacement &p) const
{
    QList<FieldError> errors;
    if (!kinds().contains(p.kind))
        errors.append({QStringLiteral("kind"), tr("Kind: choose a regular or an exclusive grid."), 0});
    if (p.isExclusive() && p.unitName.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("unitName"), tr("Unit: enter the school, market or enterprise of the exclusive grid."), 0});
    if (p.areaId > 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT archived FROM area WHERE id = ?"));
        if (!q.exec(p.areaId) || !q.next() || q.value(0).toInt() != 0)
            errors.append({QStringLiteral("area"), tr("Area: the chosen area is archived or no longer exists."), 0});
    }
    return errors;
}

bool AreaStore::writePlacement(qint64 gridId, const GridPlacement &p)
{
    const GridPlacement before = placement(gridId);
    SqlQuery q(m_db, QStringLiteral("UPDATE grid SET area_id = ?, kind = ?, unit_name = ? WHERE id = ?"));
    // An ordinary grid has no unit; a stale one would show up in lists.
    const QVariant unit = p.isExclusive() ? textOrNull(p.unitName) : QVariant(QMetaType(QMetaType::QString));
    if (!q.exec(idOrNull(p.areaId), p.kind, unit, gridId) || q.numRowsAffected() != 1)
        return false;
    return before == p || AuditLog(m_db, m_scope)
                              .record(QStringLiteral("grid"), gridId, QStringLiteral("placement"),
                                      placementJson(before), placementJson(p));
}

SaveResult AreaStore::saveGrid(Grid &grid, const GridPlacement &p)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    SaveResult result;
    result.errors = validate(p);
    if (!result.errors.isEmpty())
        return result;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const qint64 oldId = grid.id;
    result = GridStore(m_db, m_scope).saveGrid(grid); // a savepoint inside this transaction
    if (!result.ok) {
        grid.id = oldId;
        return result;
    }
    if (!writePlacement(grid.id, p) || !tx.commit()) {
        grid.id = oldId;
        return failed(QString(), tr("The grid could not be saved; nothing was changed."));
    }
    return result;
}

SaveResult AreaStore::setPlacement(qint64 gridId, const GridPlacement &p)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    SaveResult result;
    result.errors = validate(p);
    if (!result.errors.isEmpty())
        return result;
    Transaction tx(m_db);
    if (!writePlacement(gridId, p) || !tx.commit())
        return failed(QString(), tr("The grid could not be saved; nothing was changed."));
    return {true, gridId, {}, {}};
}
