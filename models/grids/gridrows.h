#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The grid module's rows a person may see, in one place: party-contact households and figures
// of a grid worker's own grids. Returns " AND …" or nothing.
namespace GridRows {
// `alias` names the party_contact table in the query ("pc").
inline QString partyContacts(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}

// Figures grouped by a grid id column (a building's, a case's).
inline QString byGrid(const AccessScope &scope, const QString &gridColumn)
{
    return scope.gridFilter(gridColumn);
}
} // namespace GridRows
