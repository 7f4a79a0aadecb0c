#pragma once

#include <QStringList>

// Covering indexes for the register's figures in the monthly report (households in use, living
// residents, the elderly at the month's end, per grid through the household, the building of a
// birthday's household): the report is printed once a month, from a cold cache, so each figure
// reads one narrow index built in one piece rather than the wide indexes and tables the register
// list uses (see Migrations).
namespace RegisterCountSchema {
QStringList statements();
}
