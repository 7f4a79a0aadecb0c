// communitydesk-cli: the register's headless commands (demo data, search, integrity check).
// Parses options and calls the models library; all work happens there.
#include "database.h"
#include "databasecheck.h"
#include "demogenerator.h"
#include "residenttablemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Gives the command line's messages a translation context of their own.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usage(const QCommandLineParser &parser)
{
    err() << parser.helpText() << Qt::endl
          << Cli::tr("Commands:\n"
                "  demo [--households N]   fill an empty database with a demo community\n"
                "  search TEXT [--limit N] search the register as the main window does\n"
                "  check                   check the database file's integrity")
          << Qt::endl;
    return 2;
}

int runDemo(Database &db, const QCommandLineParser &parser, const QCommandLineOption &households)
{
    bool ok = false;
    const int count = parser.value(households).toInt(&ok);
    if (!ok || count < 1) {
        err() << Cli::tr("--households: expected a positive whole number, got \"%1\".").arg(parser.value(households))
              << Qt::endl;
        return 2;
    }
    DemoGenerator generator(db.connection());
    generator.setProgress([](int done, int total) {
        err() << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (!generator.generate(count)) {
        err() << Qt::endl << generator.errorText() << Qt::endl;
        return 1;
    }
    const DemoGenerator::Summary s = generator.summary();
    err() << Qt::endl;
    out() << Cli::tr("Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.")
                 .arg(s.grids)
                 .arg(s.compounds)
                 .arg(s.buildings)
                 .arg(s.households)
                 .arg(s.residents)
          << Qt::endl;
    return 0;
}

int runSearch(Database &db, const QString &text, const QCommandLineParser &parser, const QCommandLineOption &limit)
{
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 1) {
        err() << Cli::tr("--limit: expected a positive whole number, got \"%1\".").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    ResidentTableModel model(db.connection());
    ResidentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    const int rows = qMin(max, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        for (int column = 0; column < ResidentTableModel::ColumnCount; ++column)
            cells << model.index(row, column).data().toString();
        out() << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    err() << Cli::tr("%1 found, %2 shown.").arg(model.rowCount()).arg(rows) << Qt::endl;
    return 0;
}

int runCheck(Database &db)
{
    const QStringList problems = DatabaseCheck::run(db.connection());
    if (problems.isEmpty()) {
        out() << Cli::tr("The database is intact.") << Qt::endl;
        return 0;
    }
    for (const QString &p : problems)
        err() << p << Qt::endl;
    err() << Cli::tr("The database has %1 problem(s).").arg(problems.size()) << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("communitydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("CommunityDesk command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), Cli::tr("The database FILE."), QStringLiteral("FILE"),
                                      Database::defaultPath());
    const QCommandLineOption households(QStringLiteral("households"), Cli::tr("Households of demo data (default 1200)."),
                                        QStringLiteral("N"), QStringLiteral("1200"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N results (default 50)."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOptions({database, households, limit});
    parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("demo, search or check"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser);
    const QString command = args.first();
    if (command != QLatin1String("demo") && command != QLatin1String("search") && command != QLatin1String("check")) {
        err() << Cli::tr("Unknown command \"%1\".").arg(command) << Qt::endl;
        return usage(parser);
    }
    if (command == QLatin1String("search") && args.size() < 2) {
        err() << Cli::tr("search: please give the text to search for.") << Qt::endl;
        return 2;
    }

    Database db;
    if (!db.open(parser.value(database))) {
        err() << db.errorText() << Qt::endl;
        if (!db.errorDetail().isEmpty())
            err() << QStringLiteral("  (%1)").arg(db.errorDetail()) << Qt::endl;
        return 1;
    }
    if (command == QLatin1String("demo"))
        return runDemo(db, parser, households);
    if (command == QLatin1String("search"))
        return runSearch(db, args.mid(1).join(QLatin1Char(' ')), parser, limit);
    return runCheck(db);
}
