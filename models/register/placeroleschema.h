#pragma once

#include <QStringList>

// The place_role table (building roles and contacts), kept beside PlaceRoleStore (see Migrations).
namespace PlaceRoleSchema {
QStringList statements();
}
