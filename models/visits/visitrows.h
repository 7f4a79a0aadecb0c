#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The visits a person may see, in one place for every visit query: a grid worker sees the visits
// of their grids. Returns " AND …" or nothing.
namespace VisitRows {
// `alias` names the visit table in the query ("v").
inline QString visits(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}
} // namespace VisitRows
