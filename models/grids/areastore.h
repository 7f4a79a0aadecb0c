#pragma once

#include "models/access/accessscope.h"

#include "area.h"
#include "grid.h"
#include "gridplacement.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Reads and writes areas (片区) and where each grid sits in the hierarchy (area, exclusive grid
// and its unit). Every write is one transaction with its audit row and checks that the signed-in
// user may edit; areas are archived, never deleted.
class AreaStore final
{
    Q_DECLARE_TR_FUNCTIONS(AreaStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    AreaStore(QSqlDatabase db, const AccessScope &scope);

    QList<Area> areas(bool includeArchived = false) const;
    std::optional<Area> area(qint64 id) const;
    // Adds (id 0) or renames an area.
    SaveResult saveArea(Area &area);
    // The area's grids are left in no area; the area stays in the records.
    SaveResult archiveArea(qint64 id);
    // Puts the grids in the area (0: in no area), leaving their other grids where they are.
    SaveResult assignGrids(const QList<qint64> &gridIds, qint64 areaId);
    // Makes exactly these grids the area's: the listed ones join it, its others are left in no area.
    SaveResult setGridsOfArea(qint64 areaId, const QList<qint64> &gridIds);

    GridPlacement placement(qint64 gridId) const;
    // Saves the grid (GridStore) and its placement together, in one transaction.
    SaveResult saveGrid(Grid &grid, const GridPlacement &placement);
    // Just the placement of an existing grid.
    SaveResult setPlacement(qint64 gridId, const GridPlacement &placement);

    static QStringList kinds() { return {QStringLiteral("regular"), QStringLiteral("exclusive")}; }
    static QString kindLabel(const QString &kind);

private:
    QList<FieldError> validate(const GridPlacement &placement) const;
    bool writePlacement(qint64 gridId, const GridPlacement &placement);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
