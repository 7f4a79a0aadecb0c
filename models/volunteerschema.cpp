#include "volunteerschema.h"

QStringList VolunteerSchema::statements()
{
    return {
        // A volunteer is a resident of the register (resident_id) or an outside person (name,
        // phone only). status: active, paused, left. work_unit: for in-service party members.
        QStringLiteral("CREATE TABLE volunteer (id INTEGER PRIMARY KEY, resident_id INTEGER REFERENCES "
                       "resident(id), name TEXT NOT NULL, phone TEXT, skills TEXT, availability TEXT, joined_on "
                       "TEXT, status TEXT NOT NULL DEFAULT 'active', work_unit TEXT, notes TEXT, user_name TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX volunteer_resident ON volunteer(resident_id) WHERE resident_id IS NOT "
                       "NULL"),
        QStringLiteral("CREATE TABLE volunteer_team (id INTEGER PRIMARY KEY, name TEXT NOT NULL, grid_id INTEGER "
                       "REFERENCES grid(id), leader_id INTEGER REFERENCES volunteer(id), description TEXT, archived "
                       "INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE volunteer_team_member (team_id INTEGER NOT NULL REFERENCES volunteer_team(id), "
                       "volunteer_id INTEGER NOT NULL REFERENCES volunteer(id), joined_on TEXT, left_on TEXT, "
                       "PRIMARY KEY (team_id, volunteer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX volunteer_team_member_volunteer ON volunteer_team_member(volunteer_id, team_id)"),
    };
}
