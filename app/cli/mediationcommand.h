#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli mediation list | export --out F.csv|F.xlsx | show ID | print ID --out F.pdf`:
// the mediation ledger, one mediation a line; the ledger as the window lists it (audited); one mediation with its
// parties (numbers masked) and sessions; its agreement (调解协议书) as an A4 PDF. Exit code 0, 1 when not found or not
// written, 2 for wrong arguments.
int runMediationCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                        const QString &outPath, QTextStream &out, QTextStream &err);

// `communitydesk-cli rental list | export --out F.csv|F.xlsx | expiring [--days N]`: the rented
// rooms, one a line; the rooms as the window lists them (audited); the tenants
// whose permits expire within N days (default 30) or have expired, soonest first.
int runRentalCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, const QString &days,
                     const QString &outPath, QTextStream &out, QTextStream &err);
