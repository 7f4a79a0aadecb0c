#pragma once

#include "models/access/accessscope.h"

#include "grid.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Reads and writes grids, their boundaries and which grid each building belongs to. A building
// belongs to exactly one active grid; every write is one transaction with its audit row.
// Grids are archived with a date, never deleted.
class GridStore final
{
    Q_DECLARE_TR_FUNCTIONS(GridStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    GridStore(QSqlDatabase db, const AccessScope &scope);

    QList<Grid> grids(bool includeArchived = false) const;
    std::optional<Grid> grid(qint64 id) const;
    SaveResult saveGrid(Grid &grid);
    // Refused while buildings still belong to the grid: move them first, so none is left uncovered.
    SaveResult archiveGrid(qint64 gridId, const QDate &date);
    // Brings an archived grid back (an undone "add grid" redone), with its audit row.
    SaveResult unarchiveGrid(qint64 gridId);

    SaveResult assignBuildings(const QList<qint64> &buildingIds, qint64 gridId);
    SaveResult assignCompound(qint64 compoundId, qint64 gridId);
    // At least three points; an empty polygon clears the boundary.
    SaveResult setBoundary(qint64 gridId, const QPolygonF &boundary);
    SaveResult setBuildingPosition(qint64 buildingId, const QPointF &position);

    QList<MapBuilding> mapBuildings() const;

private:
    QString checkActiveGrid(qint64 gridId) const;
    bool audit(const QString &table, qint64 id, const QString &action, const QString &after);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
