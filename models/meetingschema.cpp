#include "meetingschema.h"

QStringList MeetingSchema::statements()
{
    return {};
}
