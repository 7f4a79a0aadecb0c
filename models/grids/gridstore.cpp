#include "gridstore.h"

#include "gridgeometry.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/communitystore.h"
#include "models/register/registerrows.h"

#include <QColor>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::textOrNull;

const QString gridColumns = QStringLiteral("id, community_id, code, name, worker_name, worker_phone, leader_name, "
                                           "leader_phone, color, notes, boundary, archived");

Grid readGrid(const SqlQuery &q)
{
    Grid g;
    g.id = q.value(0).toLongLong();
    g.communityId = q.value(1).toLongLong();
    g.code = q.value(2).toString();
    g.name = q.value(3).toString();
    g.workerName = q.value(4).toString();
    g.workerPhone = q.value(5).toString();
    g.leaderName = q.value(6).toString();
    g.leaderPhone = q.value(7).toString();
    g.color = q.value(8).toString();
    g.notes = q.value(9).toString();
    g.boundary = GridGeometry::fromJson(q.value(10).toByteArray());
    g.archived = q.value(11).toInt() != 0;
    return g;
}

} // namespace

GridStore::GridStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<Grid> GridStore::grids(bool includeArchived) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + gridColumns +
                         QStringLiteral(" FROM grid WHERE (archived = 0 OR ? = 1)") +
                         RegisterRows::grids(m_scope, QStringLiteral("id")) + QStringLiteral(" ORDER BY code"));
    QList<Grid> list;
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list << readGrid(q);
    return list;
}

std::optional<Grid> GridStore::grid(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + gridColumns + QStringLiteral(" FROM grid WHERE id = ?"));
    if (q.exec(id) && q.next())
        return readGrid(q);
    return std::nullopt;
}

SaveResult GridStore::saveGrid(Grid &grid)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    grid.code = grid.code.trimmed();
    grid.name = grid.name.trimmed();
    if (grid.code.isEmpty())
        return failed(QStringLiteral("code"), tr("Code: enter the grid's code, e.g. G01."));
    if (grid.name.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the grid's name."));
    if (!grid.color.isEmpty() && !QColor::isValidColorName(grid.color))
        return failed(QStringLiteral("color"), tr("Colour: \"%1\" is not a colour.").arg(grid.color));
    if (grid.id) {
        // A grid stays in its community: the stored one counts, not what the form carried.
        SqlQuery c(m_db, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"));
        grid.communityId = c.exec(grid.id) ? c.scalar().toLongLong() : 0;
    } else if (!grid.communityId) {
        grid.communityId = CommunityStore(m_db, m_scope).homeCommunityId();
    }
    if (!grid.communityId)
        return failed(QString(), tr("Community: choose the community the grid belongs to first."));
    if (const QString why = m_scope.communityRefusal(grid.communityId); !why.isEmpty())
        return failed(QString(), why);
    SqlQuery dup(m_db, QStringLiteral("SELECT id FROM grid WHERE community_id = ? AND code = ? AND id <> ?"));
    if (dup.exec(grid.communityId, grid.code, grid.id) && dup.next())
        return failed(QStringLiteral("code"), tr("Code: another grid already has the code %1.").arg(grid.code));

    Transaction tx(m_db);
    if (grid.id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO grid (community_id, code, name, worker_name, worker_phone, "
                                        "leader_name, leader_phone, color, notes, boundary) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QByteArray boundary = GridGeometry::toJson(grid.boundary);
        if (!q.exec(grid.communityId, grid.code, grid.name, textOrNull(grid.workerName), textOrNull(grid.workerPhone),
                    textOrNull(grid.leaderName), textOrNull(grid.leaderPhone), textOrNull(grid.color),
                    textOrNull(grid.notes),
                    boundary.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(QString::fromUtf8(boundary))))
            return failed(QString(), tr("The grid could not be saved (%1).").arg(q.errorDetail()));
        grid.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE grid SET code = ?, name = ?, worker_name = ?, worker_phone = ?, "
                                        "leader_name = ?, leader_phone = ?, color = ?, notes = ? WHERE id = ?"));
        if (!q.exec(grid.code, grid.name, textOrNull(grid.workerName), textOrNull(grid.workerPhone),
                    textOrNull(grid.leaderName), textOrNull(grid.leaderPhone), textOrNull(grid.color),
                    textOrNull(grid.notes), grid.id) ||
            q.numRowsAffected() != 1)
            return failed(QString(), tr("The grid could not be saved (%1).").arg(q.errorDetail()));
    }
    const QJsonObject after{{QStringLiteral("code"), grid.code},
                            {QStringLiteral("name"), grid.name},
                            {QStringLiteral("worker"), grid.workerName},
                            {QStringLiteral("leader"), grid.leaderName}};
    if (!audit(QStringLiteral("grid"), grid.id, QStringLiteral("save"),
               QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))) ||
        !tx.commit())
        return failed(QString(), tr("The grid could not be saved."));
    return {true, grid.id, {}, {}};
}

SaveResult GridStore::archiveGrid(qint64 gridId, const QDate &date)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM building WHERE grid_id = ? AND archived = 0"));
    count.exec(gridId);
    if (const int n = count.scalar().toInt(); n > 0)
        return failed(QString(),
                      tr("%n building(s) still belong to this grid; assign them to another grid first.", nullptr, n));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE grid SET archived = 1, archived_at = ? WHERE id = ? AND archived = 0"));
    if (!q.exec(date.toString(Qt::ISODate), gridId) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The grid could not be archived."));
    if (!audit(QStringLiteral("grid"), gridId, QStringLiteral("archive"), date.toString(Qt::ISODate)) || !tx.commit())
        return failed(QString(), tr("The grid could not be archived."));
    return {true, gridId, {}, {}};
}

QString GridStore::checkActiveGrid(qint64 gridId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT archived FROM grid WHERE id = ?"));
    if (!q.exec(gridId) || !q.next())
        return tr("Choose the grid the buildings belong to; every building belongs to exactly one grid.");
    if (q.value(0).toInt() != 0)
        return tr("That grid is archived; choose an active grid.");
    return {};
}

SaveResult GridStore::unarchiveGrid(qint64 gridId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE grid SET archived = 0, archived_at = NULL WHERE id = ? AND archived = 1"));
    if (!q.exec(gridId) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The grid could not be restored."));
    if (!audit(QStringLiteral("grid"), gridId, QStringLiteral("restore"), QString()) || !tx.commit())
        return failed(QString(), tr("The grid could not be restored."));
    return {true, gridId, {}, {}};
}

SaveResult GridStore::assignBuildings(const QList<qint64> &buildingIds, qint64 gridId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    if (const QString problem = checkActiveGrid(gridId); !problem.isEmpty())
        return failed(QStringLiteral("grid"), problem);
    if (buildingIds.isEmpty())
        return failed(QStringLiteral("buildings"), tr("Choose at least one building."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE building SET grid_id = ? WHERE id = ? AND archived = 0"));
    for (qint64 id : buildingIds) {
        if (!q.exec(gridId, id) || q.numRowsAffected() != 1)
            return failed(QStringLiteral("buildings"), tr("Building %1 does not exist or is archived.").arg(id));
        if (!audit(QStringLiteral("building"), id, QStringLiteral("assign_grid"), QString::number(gridId)))
            return failed(QString(), tr("The assignment could not be saved."));
    }
    if (!tx.commit())
        return failed(QString(), tr("The assignment could not be saved."));
    return {true, gridId, {}, {}};
}

SaveResult GridStore::assignCompound(qint64 compoundId, qint64 gridId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM building WHERE compound_id = ? AND archived = 0"));
    if (q.exec(compoundId))
        while (q.next())
            ids << q.value(0).toLongLong();
    if (ids.isEmpty() && checkActiveGrid(gridId).isEmpty())
        return failed(QStringLiteral("compound"), tr("That compound has no buildings to assign."));
    return assignBuildings(ids, gridId);
}

SaveResult GridStore::setBoundary(qint64 gridId, const QPolygonF &boundary)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    if (!boundary.isEmpty() && boundary.size() < 3)
        return failed(QStringLiteral("boundary"), tr("A boundary needs at least three points."));
    if (!boundary.isEmpty() && GridGeometry::area(boundary) < 1)
        return failed(QStringLiteral("boundary"), tr("The boundary encloses no area."));
    const QByteArray json = GridGeometry::toJson(boundary);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE grid SET boundary = ? WHERE id = ?"));
    if (!q.exec(json.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromUtf8(json)), gridId) ||
        q.numRowsAffected() != 1)
        return failed(QString(), tr("The boundary could not be saved."));
    if (!audit(QStringLiteral("grid"), gridId, QStringLiteral("boundary"), QString::fromUtf8(json)) || !tx.commit())
        return failed(QString(), tr("The boundary could not be saved."));
    return {true, gridId, {}, {}};
}

SaveResult GridStore::setBuildingPosition(qint64 buildingId, const QPointF &position)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE building SET map_x = ?, map_y = ? WHERE id = ?"));
    if (!q.exec(position.x(), position.y(), buildingId) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The building's position could not be saved."));
    if (!audit(QStringLiteral("building"), buildingId, QStringLiteral("position"),
               QStringLiteral("[%1,%2]").arg(position.x()).arg(position.y())) ||
        !tx.commit())
        return failed(QString(), tr("The building's position could not be saved."));
    return {true, buildingId, {}, {}};
}

QList<MapBuilding> GridStore::mapBuildings() const
{
    SqlQuery q(
        m_db, QStringLiteral("SELECT b.id, b.grid_id, b.compound_id, b.name, c.name, b.map_x, b.map_y, "
                             "(SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.status = 'active') "
                             "FROM building b JOIN compound c ON c.id = b.compound_id WHERE b.archived = 0") +
                  RegisterRows::grids(m_scope, QStringLiteral("b.grid_id")) + QStringLiteral(" ORDER BY c.name, b.id"));
    QList<MapBuilding> list;
    if (q.exec())
        while (q.next()) {
            MapBuilding b;
            b.id = q.value(0).toLongLong();
            b.gridId = q.value(1).toLongLong();
            b.compoundId = q.value(2).toLongLong();
            b.name = q.value(3).toString();
            b.compoundName = q.value(4).toString();
            b.placed = !q.value(5).isNull() && !q.value(6).isNull();
            b.position = QPointF(q.value(5).toDouble(), q.value(6).toDouble());
            b.households = q.value(7).toInt();
            list << b;
        }
    return list;
}

bool GridStore::audit(const QString &table, qint64 id, const QString &action, const QString &after)
{
    return AuditLog(m_db, m_scope).record(table, id, action, QString(), after);
}

SaveResult GridStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors << FieldError{field, message, 0};
    return r;
}
