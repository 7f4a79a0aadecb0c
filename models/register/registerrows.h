#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The register's rows a person may see, in one place: every query of households, buildings,
// compounds and grids appends one of these (the module_floors check refuses AccessScope's raw
// row filters anywhere but a module's *rows.h), so a grid worker's lists never hold another
// grid's people whatever the query forgets. Each returns " AND …" or nothing.
namespace RegisterRows {
// Residents and households, by the household id column.
inline QString households(const AccessScope &scope, const QString &householdColumn)
{
    return scope.householdFilter(householdColumn);
}

// Residents, by a resident id column (a list that names residents: an event's participants, a
// meeting's attendees): only the residents of the person's grids.
inline QString residents(const AccessScope &scope, const QString &residentColumn)
{
    if (scope.seesEverything())
        return QString();
    return QStringLiteral(" AND %1 IN (SELECT rs.id FROM resident rs WHERE 1 = 1%2)")
        .arg(residentColumn, scope.householdFilter(QStringLiteral("rs.household_id")));
}

// Buildings, by the building id column (households and cases that know only their building).
inline QString buildings(const AccessScope &scope, const QString &buildingColumn)
{
    return scope.buildingFilter(buildingColumn);
}

// Rows that carry their grid: buildings by building.grid_id, grids by grid.id.
inline QString grids(const AccessScope &scope, const QString &gridColumn)
{
    return scope.gridFilter(gridColumn);
}

// Rows of resident_count (ResidentCountSchema), keyed by community_id and grid_id: the same
// residents householdFilter lets through (their building's compound's community, a grid
// worker's grids).
inline QString residentCounts(const AccessScope &scope)
{
    if (scope.seesEverything())
        return QString();
    return scope.communityFilter(QStringLiteral("community_id")) +
           (scope.seesAllGrids() ? QString() : scope.gridFilter(QStringLiteral("grid_id")));
}

// Rows that carry their community (compounds, areas, grids, map images): a street's other
// communities stay out of a community's lists.
inline QString communities(const AccessScope &scope, const QString &communityColumn)
{
    return scope.communityFilter(communityColumn);
}
} // namespace RegisterRows
