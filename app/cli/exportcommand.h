#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli export --out FILE.csv|FILE.xlsx [--show-ids] [--show-phones]`: the register
// with the columns and masking of the window's register list export (ResidentExport), a grid
// worker's own grids only; full numbers as far as the role allows. Audited with the count of rows.
// Exit code 0 when the file was written, 1 when it failed, 2 for a wrong argument.
int runExportCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &outPath, bool showIds,
                     bool showPhones, QTextStream &out, QTextStream &err);
