#pragma once

#include <functional>
#include <QList>
#include <QString>
#include <QStringList>

class AccessScope;
class Database;
class QCommandLineParser;
class QTextStream;
struct CliOptions;

// What a command is given: the open database, the person signed in, the positional arguments
// (the command's name first), the options and where to write.
struct CliContext
{
    Database &db;
    const AccessScope &scope;
    bool fieldCopy = false;
    QStringList args;
    const QCommandLineParser &parser;
    const CliOptions &options;
    QTextStream &out;
    QTextStream &err;
};

// One command of communitydesk-cli: its name, the check of its positional arguments (done before
// the database opens), how it runs and what it needs of the session.
struct CliCommand
{
    QString name;
    // The message for positional arguments that cannot be right (exit code 2); null: any will do.
    std::function<QString(const QStringList &args)> argumentProblem;
    std::function<int(const CliContext &)> run;
    bool signsIn = true;         // false: reads no one's data (check) and runs before anyone signs in
    bool copiesFile = false;     // backup, restore: the database file itself
    bool communityIsView = true; // --community CODE picks the community in view
};

// Every command, in the order the help names them. A new command is registered here and only
// here (clicommandregistry.cpp: the table and the help's lines).
const QList<CliCommand> &cliCommands();
const CliCommand *findCliCommand(const QString &name);
// "demo, search, … or check", for the help's command argument.
QString cliCommandNames();
// Prints the help with the commands' usage; returns the exit code 2.
int cliUsage(const QCommandLineParser &parser);
