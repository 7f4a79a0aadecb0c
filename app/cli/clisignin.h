#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

// Who runs a command. On a database with accounts the person signs in as in the window:
// --user LOGIN (or CD_USER) and the password from CD_PASSWORD or a prompt on the terminal, with
// the same lockout and attempt log; the scope that comes back limits every store and query. A
// database with no accounts yet has nobody to sign in as: its commands run as "cli", the local
// administrator of an office that has not set accounts up.
class CliSignIn final
{
public:
    enum class Outcome { SignedIn, WrongArguments, Refused };

    Outcome signIn(const QSqlDatabase &db, const QString &userOption, QTextStream &err);
    AccessScope scope() const { return m_scope; }

private:
    AccessScope m_scope;
};
