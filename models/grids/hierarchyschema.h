#pragma once

#include <QStringList>

// The areas above grids, exclusive grids, party-member households, volunteers' work units tables of schema v6, kept
// beside the module that owns them (see Migrations).
namespace HierarchySchema {
QStringList statements();
}
