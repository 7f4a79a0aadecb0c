#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The meetings a person may see, in one place for every meeting query: a grid worker sees the
// meetings held for their grids. Returns " AND …" or nothing.
namespace MeetingRows {
// `alias` names the meeting table in the query ("m").
inline QString meetings(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}
} // namespace MeetingRows
