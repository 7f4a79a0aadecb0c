#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli case list [STATUS] | withdraw CASE | reinstate CASE`: the cases as the
// window lists them, one a line (withdrawn ones only when STATUS is "withdrawn"; STATUS may also
// be open, overdue, resolved or a workflow status); withdrawing a case's intake (撤回, what Undo
// does to a new case in the window) and reinstating it. CASE is the case number or id. Exit code
// 0, 1 when refused or not found, 2 for wrong arguments.
int runCaseCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, QTextStream &out,
                   QTextStream &err);
