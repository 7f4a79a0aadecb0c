#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// The command line every benchmark shares: [--residents N] [--database FILE] [--fresh].
struct BenchOptions
{
    int residents = 1000000;
    QString path;
    bool build = false; // the database is to be (re)made: a stale file is removed first

    static BenchOptions parse(const QCoreApplication &app)
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption residents(QStringLiteral("residents"), QStringLiteral("Residents (default 1000000)."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
        const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The benchmark database FILE."),
                                          QStringLiteral("FILE"));
        const QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("Rebuild the database."));
        parser.addOptions({residents, database, fresh});
        parser.process(app);

        BenchOptions o;
        o.residents = parser.value(residents).toInt();
        o.path = parser.isSet(database)
                     ? parser.value(database)
                     : QDir::current().filePath(QStringLiteral("register-%1.sqlite").arg(o.residents));
        o.build = parser.isSet(fresh) || !QFileInfo::exists(o.path);
        if (o.build)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(o.path + suffix);
        return o;
    }
};
