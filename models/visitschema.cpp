#include "visitschema.h"

QStringList VisitSchema::statements()
{
    return {};
}
