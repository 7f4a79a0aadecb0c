#pragma once

#include <QStringList>

// The volunteer tables of schema v5, kept beside the module that owns them (see Migrations).
namespace VolunteerSchema {
QStringList statements();
}
