#pragma once

#include <QStringList>

// A street office's communities in one database (schema v12): each account belongs to one
// community or, with none, to the street; compounds are found by their community.
namespace StreetSchema {
QStringList statements();
}
