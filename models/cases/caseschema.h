#pragma once

#include <QStringList>

// The case tables of schema v5, kept beside the module that owns them (see Migrations).
namespace CaseSchema {
QStringList statements();
// v6: the per-grid, per-day case summary behind the dashboard (see CaseSummary).
QStringList summaryStatements();
// A case's intake undone (撤回): status 'withdrawn', and the status it had, for reinstating it.
QStringList withdrawalStatements();
// Covering indexes for the monthly report's notable cases (received or followed up in the month,
// then reopened, dissatisfied or overdue): the flags are read in the index, so a cold report reads
// only the few cases it prints rather than every case of the month.
QStringList notableStatements();
} // namespace CaseSchema
