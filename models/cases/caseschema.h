#pragma once

#include <QStringList>

// The case tables of schema v5, kept beside the module that owns them (see Migrations).
namespace CaseSchema {
QStringList statements();
// v6: the per-grid, per-day case summary behind the dashboard (see CaseSummary).
QStringList summaryStatements();
// A case's intake undone (撤回): status 'withdrawn', and the status it had, for reinstating it.
QStringList withdrawalStatements();
} // namespace CaseSchema
