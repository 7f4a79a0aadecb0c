#pragma once

#include "models/access/accessscope.h"

#include <QString>

// The volunteer rows a person may see, in one place for every volunteer query. A grid worker
// sees the volunteers who live in their grids or serve in a team of their grids, the posts,
// shifts and teams of their grids, and the service done at their grids' posts and events (a
// community-wide post or event belongs to no grid, so it is the office's). Each returns
// " AND …" or nothing.
namespace VolunteerRows {
// `alias` names the volunteer table in the query ("v").
inline QString volunteers(const AccessScope &scope, const QString &alias)
{
    if (scope.seesEverything())
        return QString();
    return QStringLiteral(" AND (%1.resident_id IN (SELECT rs.id FROM resident rs WHERE 1 = 1%2) OR EXISTS (SELECT "
                          "1 FROM volunteer_team_member tm JOIN volunteer_team tt ON tt.id = tm.team_id WHERE "
                          "tm.volunteer_id = %1.id AND tm.left_on IS NULL%3))")
        .arg(alias, scope.householdFilter(QStringLiteral("rs.household_id")),
             scope.gridFilter(QStringLiteral("tt.grid_id")));
}

// Posts and teams: `alias` names the volunteer_post or volunteer_team table ("p", "t").
inline QString placed(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}

// Service records (ServiceRecords::recordsSql): `alias` names the records ("x").
inline QString service(const AccessScope &scope, const QString &alias)
{
    return scope.gridFilter(alias + QStringLiteral(".grid_id"));
}
} // namespace VolunteerRows
