#include "hierarchyschema.h"

QStringList HierarchySchema::statements()
{
    return {
        // An area (片区) groups grids; archived areas stay on the grids that were in them.
        QStringLiteral("CREATE TABLE area (id INTEGER PRIMARY KEY, community_id INTEGER NOT NULL REFERENCES "
                       "community(id), code TEXT NOT NULL, name TEXT NOT NULL, leader_name TEXT, archived INTEGER "
                       "NOT NULL DEFAULT 0, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX area_community ON area(community_id, archived, code)"),
        // kind: 'regular' or 'exclusive' (专属网格 of a school, market or enterprise: unit_name).
        QStringLiteral("ALTER TABLE grid ADD COLUMN area_id INTEGER REFERENCES area(id)"),
        QStringLiteral("ALTER TABLE grid ADD COLUMN kind TEXT NOT NULL DEFAULT 'regular'"),
        QStringLiteral("ALTER TABLE grid ADD COLUMN unit_name TEXT"),
        QStringLiteral("CREATE INDEX grid_area ON grid(area_id)"),
        // A party-member household (党员中心户) that is a contact point of its grid; resident_id:
        // the party member. Ending the role archives the row.
        QStringLiteral("CREATE TABLE party_contact (id INTEGER PRIMARY KEY, grid_id INTEGER NOT NULL REFERENCES "
                       "grid(id), household_id INTEGER NOT NULL REFERENCES household(id), resident_id INTEGER "
                       "REFERENCES resident(id), since TEXT, archived INTEGER NOT NULL DEFAULT 0, user_name TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX party_contact_grid ON party_contact(grid_id, archived)"),
        QStringLiteral("CREATE INDEX party_contact_household ON party_contact(household_id)"),
        // In-service party members reporting to the community (在职党员双报到); their unit is the
        // volunteer's existing work_unit.
        QStringLiteral("ALTER TABLE volunteer ADD COLUMN dual_report INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX volunteer_dual_report ON volunteer(dual_report, work_unit)"),
    };
}
