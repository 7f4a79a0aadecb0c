#pragma once

#include <QCoreApplication>
#include <QTextStream>

// Where the command line writes: results to standard output, messages and progress to standard
// error, so that a script can pipe the one and show the other.
QTextStream &cliOut();
QTextStream &cliErr();

// Gives the command line's own messages (main, the registry, the session, the small commands) one
// translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
