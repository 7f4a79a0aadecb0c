#pragma once

#include "models/access/accessscope.h"

// The benchmarks act as an administrator, as a clerk at the desk would.
inline AccessScope benchScope()
{
    return AccessScope::system(QStringLiteral("bench"));
}
