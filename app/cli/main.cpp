// communitydesk-cli: the register's headless commands (demo data, search, birthday lists, reports, import,
// export, accounts, backups, integrity check).
// Parses options and calls the models library; all work happens there. The commands are
// registered in clicommandregistry.cpp.
#include "cliapplication.h"
#include "clicommandregistry.h"
#include "clioptions.h"
#include "clioutput.h"
#include "clisession.h"

#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeCliApplication(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("CommunityDesk command line"));
    parser.addHelpOption();
    parser.addVersionOption();
    const CliOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), cliCommandNames());
    parser.process(*app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return cliUsage(parser);
    const CliCommand *command = findCliCommand(args.first());
    if (!command) {
        cliErr() << Cli::tr("Unknown command \"%1\".").arg(args.first()) << Qt::endl;
        return cliUsage(parser);
    }
    if (command->argumentProblem) {
        if (const QString problem = command->argumentProblem(args); !problem.isEmpty()) {
            cliErr() << problem << Qt::endl;
            return 2;
        }
    }
    CliSession session;
    if (const int refused = session.open(*command, parser, options, cliErr()); refused >= 0)
        return refused;
    return command->run(
        {session.db(), session.scope(), session.isFieldCopy(), args, parser, options, cliOut(), cliErr()});
}
