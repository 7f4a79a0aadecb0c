#pragma once

#include <QSqlDatabase>
#include <QStringList>

// resident_count: living residents per community, grid and birth year, kept by triggers on
// resident, household, building and compound (both engines: SqlDialect turns them into
// PL/pgSQL), so every writer (forms, import, moves, deaths, withdrawals, merges, the field copy)
// keeps it without knowing it. The monthly report reads its register counts from here: about a
// hundred small rows per grid instead of every living resident's index entry, from a cold cache.
// community_id and grid_id are 0 for a resident whose household has no building or grid;
// birth_year is the birth date's first four characters, '' when unknown.
namespace ResidentCountSchema {
QStringList statements(bool postgres);
// Fills the table from the register (the migration's data step; also a repair).
bool rebuild(QSqlDatabase &db);
} // namespace ResidentCountSchema
