#include "clirunner.h"

#include <QProcess>

QString cliPath()
{
    return QStringLiteral(CD_CLI);
}

CliRun runCli(const QStringList &arguments, const CliOptions &options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), options.language);
    env.insert(QStringLiteral("LANG"), options.language);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("CD_USER"));
    env.remove(QStringLiteral("CD_PASSWORD"));
    if (!options.user.isEmpty()) {
        env.insert(QStringLiteral("CD_USER"), options.user);
        env.insert(QStringLiteral("CD_PASSWORD"), options.password);
    }
    if (!options.configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), options.configHome);
    if (options.noDisplay) {
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    for (const QString &key : options.extra.keys())
        env.insert(key, options.extra.value(key));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(options.timeoutMs))
        return {};
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
