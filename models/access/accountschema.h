#pragma once

#include <QStringList>

// The accounts, their grids, login attempts and the audit log's write-once triggers of schema v6,
// kept beside the module that owns them (see Migrations).
namespace AccountSchema {
QStringList statements();
}
