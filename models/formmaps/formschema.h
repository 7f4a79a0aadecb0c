#pragma once

#include <QStringList>

// The street's forms the office has mapped (FormMappingStore), beside the module that owns them
// (see Migrations).
namespace FormSchema {
QStringList statements();
} // namespace FormSchema
