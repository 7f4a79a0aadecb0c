#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Covering indexes for the register's figures in the monthly report (households in use, living
// residents, the elderly at the month's end, per grid through the household, the building of a
// birthday's household): the report is printed once a month, from a cold cache, so each figure
// reads one narrow index built in one piece rather than the wide indexes and tables the register
// list uses (see Migrations).
namespace RegisterCountSchema {
QStringList statements();
// PostgreSQL only: the birthday indexes again with the resident id as their last column. SQLite
// keeps the rowid in every index, so there they already cover the birthday list; on a server the
// list read 21,000 table rows at 1,000,000 residents (a bitmap heap scan, 0.6 s) instead of one
// index range (index-only, 30-70 ms under load).
bool createServerIndexes(QSqlDatabase &db);
} // namespace RegisterCountSchema
