#pragma once

#include <QStringList>

// The life-event rule tables (schema v8), beside the module that owns them (see Migrations).
namespace LifeEventSchema {
QStringList statements();
} // namespace LifeEventSchema
