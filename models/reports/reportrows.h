#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The rows a report may count for a person, in one place for the dashboard and the monthly
// report: a grid worker's figures cover their grids only. Returns " AND …" or nothing.
namespace ReportRows {
// Cases or events by their grid id column ("c.grid_id", "e.grid_id").
inline QString byGrid(const AccessScope &scope, const QString &gridColumn)
{
    return scope.gridFilter(gridColumn);
}
} // namespace ReportRows
