#pragma once

#include <QTextStream>

class AccessScope;
class Database;

// `communitydesk-cli coverage` (不落一户): the buildings in no grid and the households with no
// building. Exit code 0 when every building is in a grid and every household has a building.
int runCoverage(Database &db, const AccessScope &scope, QTextStream &out, QTextStream &err);
