#include "communityschema.h"

QStringList CommunitySchema::statements()
{
    return {
        QStringLiteral("ALTER TABLE community ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
        // NULL: not known (every community made before).
        QStringLiteral("ALTER TABLE community ADD COLUMN area_km2 REAL"),
    };
}
