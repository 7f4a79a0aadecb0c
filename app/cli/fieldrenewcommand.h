#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;
class Database;

// `communitydesk-cli --database OFFICE field renew OLD --out NEW [--prefer office|field]`: after a
// merge, a fresh check-out of the same worker's grids (everything the office knows now) into NEW,
// with the old copy's changes the office has not merged yet carried over (FieldRenew), so they
// go in with NEW's next merge. Both copies use the password of CD_FIELD_PASSWORD (or typed once).
// A carried change that conflicts with the office is decided by --prefer; without it nothing is
// written, the conflicts are listed and the exit code is 1. Exit code 2 for wrong arguments.
int runFieldRenewCommand(const Database &office, const AccessScope &scope, const QStringList &arguments,
                         const QString &outPath, const QString &prefer, QTextStream &out, QTextStream &err);
