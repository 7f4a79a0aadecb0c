#include "hierarchyschema.h"

QStringList HierarchySchema::statements()
{
    return {};
}
