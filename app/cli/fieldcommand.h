#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;
class Database;
class FieldFile;

// What `field checkout` was given besides the subcommand.
struct FieldArguments
{
    QStringList grids; // --grid CODE, repeated
    QString worker;    // --for LOGIN
    QString out;       // --out FILE
};

// `communitydesk-cli --database OFFICE field checkout --grid CODE [--grid CODE…] --for LOGIN
// --out FILE`: a sealed field copy of those grids for that worker (FieldCheckout), by an
// administrator or clerk, audited at the office. The copy's password comes from
// CD_FIELD_PASSWORD or is typed twice (not echoed). Exit code 0 when written, 1 when refused,
// 2 for wrong arguments.
int runFieldCommand(const Database &db, const AccessScope &scope, const QStringList &arguments,
                    const FieldArguments &options, QTextStream &out, QTextStream &err);

// `--database FILE` on a field copy: asks for its password (CD_FIELD_PASSWORD, or typed once) and
// opens it in memory. False: the reason is written to err.
bool openFieldCopy(Database &db, FieldFile &file, const QString &path, QTextStream &err);
