#pragma once

#include <QStringList>

// The event tables of schema v5, kept beside the module that owns them (see Migrations).
namespace EventSchema {
QStringList statements();
}
