#pragma once

#include <QStringList>

// The life-event rule tables (schema v8), beside the module that owns them (see Migrations).
namespace LifeEventSchema {
QStringList statements();
// The 低保 review a month before its 复核日期 (a rule driven by a tag's date attribute).
QStringList tagDateStatements();
} // namespace LifeEventSchema
