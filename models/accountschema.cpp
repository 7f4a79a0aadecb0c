#include "accountschema.h"

QStringList AccountSchema::statements()
{
    return {};
}
