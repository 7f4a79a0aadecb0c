#include "placeroleschema.h"

QStringList PlaceRoleSchema::statements()
{
    return {
        // building_id NULL: the compound's contact; unit '': the whole building's. Archived, never deleted.
        QStringLiteral("CREATE TABLE place_role (id INTEGER PRIMARY KEY, compound_id INTEGER NOT NULL REFERENCES "
                       "compound(id), building_id INTEGER REFERENCES building(id), unit TEXT NOT NULL DEFAULT '', role "
                       "TEXT NOT NULL, name TEXT NOT NULL, phone TEXT, resident_id INTEGER REFERENCES resident(id), "
                       "archived INTEGER NOT NULL DEFAULT 0, user_name TEXT, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX place_role_place ON place_role(compound_id, building_id, archived)"),
    };
}
