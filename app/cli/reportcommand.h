#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli report YYYY-MM [--grid CODE | --by-area] --out FILE.pdf|FILE.xlsx`: the
// monthly report with the desk's saved template (--by-area sums the grids per area whatever the
// template says). Exit code 0 when the file was written, 2 for a wrong argument.
int runReportCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &month, const QString &gridCode,
                     bool byArea, const QString &outPath, QTextStream &out, QTextStream &err);
