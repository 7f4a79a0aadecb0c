#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The cases a person may see, in one place for every case query: a grid worker sees the cases
// of their grids (cases with no grid belong to the office). Returns " AND …" or nothing.
namespace CaseRows {
// `alias` names the cases table in the query ("c").
inline QString cases(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}

// Cases that count: a withdrawn case (its intake undone, 撤回) leaves every count, list and
// export unless asked for. Returns " AND …".
inline QString live(const QString &alias)
{
    return QStringLiteral(" AND ") + alias + QStringLiteral(".status <> 'withdrawn'");
}
} // namespace CaseRows
