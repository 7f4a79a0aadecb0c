#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// What `account add` was given besides the login.
struct AccountArguments
{
    QString name;      // --name
    QString role;      // --role admin|clerk|grid-worker|viewer
    QStringList grids; // --grid CODE, repeated
};

// `communitydesk-cli account add LOGIN --name NAME --role ROLE [--grid CODE…]`, `account list`,
// `account disable LOGIN`: accounts through AccountStore, as the window's accounts dialog
// keeps them. Only an administrator, except the very first account of a database, which must be
// an administrator. The new password comes from CD_NEW_PASSWORD or is typed twice (not echoed).
// Exit code 0 when done, 1 when refused, 2 for wrong arguments.
int runAccountCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments,
                      const AccountArguments &options, QTextStream &out, QTextStream &err);
