#pragma once

#include <QStringList>

// The case tables of schema v5, kept beside the module that owns them (see Migrations).
namespace CaseSchema {
QStringList statements();
}
