#pragma once

#include <QStringList>

// The sheets printed with row codes and what was keyed back from them, beside the module that
// owns them (see Migrations).
namespace PaperSchema {
QStringList statements();
} // namespace PaperSchema
