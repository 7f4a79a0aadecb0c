#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The grid module's rows a person may see, in one place: the party-contact households of a grid
// worker's own grids (figures by grid ask RegisterRows::grids). Returns " AND …" or nothing.
namespace GridRows {
// `alias` names the party_contact table in the query ("pc").
inline QString partyContacts(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}
} // namespace GridRows
