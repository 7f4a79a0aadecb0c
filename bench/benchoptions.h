#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// The command line every benchmark shares: [--residents N | --rows N] [--database FILE] [--fresh].
struct BenchOptions
{
    int residents = 1000000;
    QString path;
    bool build = false;   // the database is to be (re)made: a stale file is removed first
    bool imported = true; // register_bench: also time a register that came in through the import

    static BenchOptions parse(const QCoreApplication &app, int defaultResidents = 1000000)
    {
        const QString byDefault = QString::number(defaultResidents);
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption residents({QStringLiteral("residents"), QStringLiteral("rows")},
                                           QStringLiteral("Residents (default %1).").arg(byDefault),
                                           QStringLiteral("N"), byDefault);
        const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The benchmark database FILE."),
                                          QStringLiteral("FILE"));
        const QCommandLineOption fresh(QStringLiteral("fresh"), QStringLiteral("Rebuild the database."));
        const QCommandLineOption noImported(QStringLiteral("no-imported"),
                                            QStringLiteral("register_bench: skip the imported register."));
        parser.addOptions({residents, database, fresh, noImported});
        parser.process(app);

        BenchOptions o;
        o.residents = parser.value(residents).toInt();
        o.path = parser.isSet(database)
                     ? parser.value(database)
                     : QDir::current().filePath(QStringLiteral("register-%1.sqlite").arg(o.residents));
        o.imported = !parser.isSet(noImported);
        o.build = parser.isSet(fresh) || !QFileInfo::exists(o.path);
        if (o.build)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(o.path + suffix);
        return o;
    }
};
