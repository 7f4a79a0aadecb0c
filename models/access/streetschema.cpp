#include "streetschema.h"

QStringList StreetSchema::statements()
{
    return {
        // NULL: a street-level account, which sees every community (every account made before).
        QStringLiteral("ALTER TABLE account ADD COLUMN community_id INTEGER REFERENCES community(id)"),
        QStringLiteral("CREATE INDEX compound_community ON compound(community_id, archived)"),
        QStringLiteral("CREATE INDEX grid_community ON grid(community_id, archived)"),
    };
}
