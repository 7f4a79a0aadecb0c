#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli handover GRID --out F.pdf`: the grid's handover pack (HandoverPack) for a
// new grid worker, GRID being the grid's code. Exit code 0, 1 when it could not be written, 2 for
// wrong arguments (an unknown grid is named).
int runHandoverCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &gridCode, const QString &out,
                       QTextStream &err);
