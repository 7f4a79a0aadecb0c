#pragma once

#include <QStringList>

// The visit and errand tables of schema v6, kept beside the module that owns them (see Migrations).
namespace VisitSchema {
QStringList statements();
}
