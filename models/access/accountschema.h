#pragma once

#include <QStringList>

// The accounts, their grids, login attempts and the audit log's write-once triggers of schema v6,
// kept beside the module that owns them (see Migrations).
namespace AccountSchema {
// `postgres`: the write-once triggers as PostgreSQL trigger functions.
QStringList statements(bool postgres);
} // namespace AccountSchema
