#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One unattended run of the window (`communitydesk --database FILE --screenshot PNG`), offscreen,
// with its own settings folder, signing in from `signIn` (CD_USER, CD_PASSWORD, CD_FIELD_PASSWORD…).
struct WindowRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString err;
};

inline WindowRun runWindow(const QString &program, const QString &database, const QString &picture,
                           const QString &configHome, const QProcessEnvironment &signIn)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("CD_AUTOLOGIN"));
    env.insert(signIn);
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("--database"), database, QStringLiteral("--screenshot"), picture});
    if (!process.waitForFinished(120000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}
