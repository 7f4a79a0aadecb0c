#pragma once

#include <QStringList>

// The accounts, roles, login attempts, reveal log tables of schema v6, kept beside the module that owns them (see Migrations).
namespace AccountSchema {
QStringList statements();
}
