#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli due [--date YYYY-MM-DD] [--open]`: the errands the office's life-event rules
// open that day (DueErrands), one a line: rule, resident, grid, date, wording; with --open they
// are opened as errands (代办). Exit code 0, 1 when refused, 2 for a wrong date.
int runDueCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &date, bool open, QTextStream &out,
                  QTextStream &err);
