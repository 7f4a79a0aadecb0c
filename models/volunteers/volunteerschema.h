#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The volunteer tables of schema v5, kept beside the module that owns them (see Migrations).
namespace VolunteerSchema {
QStringList statements();
// v8: volunteer.name_pinyin, the sort key of every volunteer list (the name read as a name,
// surname first: 曾 zeng), kept by VolunteerStore on save; fillSortKeys() computes it for
// the rows already there.
QStringList sortKeyStatements();
bool fillSortKeys(const QSqlDatabase &db);
} // namespace VolunteerSchema
