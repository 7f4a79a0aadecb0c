#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The events a person may see, in one place for every event query. A grid worker sees the events
// of their grids and those held for the whole community (no grid); figures by grid (the report,
// the dashboard, volunteer totals) count only the worker's own grids, because a community-wide
// event's head count and hours belong to no grid. Each returns " AND …" or nothing.
namespace EventRows {
// Lists: `alias` names the event table in the query ("e").
inline QString events(const AccessScope &scope, const QString &alias)
{
    if (scope.seesEverything())
        return QString();
    // "x IS NULL OR 1 = 1 AND x IN (…)": AND binds first, so a worker without grids keeps the
    // community-wide events only.
    return QStringLiteral(" AND (%1.grid_id IS NULL OR 1 = 1%2)")
        .arg(alias, scope.gridFilter(alias + QStringLiteral(".grid_id")));
}

// Figures per grid: the events of the person's grids only (every event for the office).
inline QString gridEvents(const AccessScope &scope, const QString &gridColumn)
{
    return scope.gridFilter(gridColumn);
}
} // namespace EventRows
