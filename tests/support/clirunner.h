#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of communitydesk-cli as a clerk's script runs it.
struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

struct CliOptions
{
    QString language = QStringLiteral("C.UTF-8"); // LC_ALL and LANG
    // Sign-in: CD_USER / CD_PASSWORD (the demo administrator unless a test says otherwise; an
    // empty user sends neither, as for a database without accounts).
    QString user = QStringLiteral("admin");
    QString password = QStringLiteral("demo-admin");
    QString configHome;     // XDG_CONFIG_HOME: the desk's settings, if the test keeps its own
    bool noDisplay = false; // no DISPLAY, no QT_QPA_PLATFORM: the CLI must find its way alone
    int timeoutMs = 120000;
    QProcessEnvironment extra; // anything else, added last
};

CliRun runCli(const QStringList &arguments, const CliOptions &options = CliOptions());
// The path of the communitydesk-cli under test.
QString cliPath();
