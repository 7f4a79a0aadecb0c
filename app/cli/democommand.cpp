#include "democommand.h"
#include "clicommandregistry.h"
#include "clioptions.h"
#include "clioutput.h"
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/demo/demogenerator.h"

#include <QCommandLineParser>

int runDemo(const CliContext &c)
{
    const QCommandLineParser &parser = c.parser;
    const QCommandLineOption &households = c.options.households;
    const QCommandLineOption &communities = c.options.communities;
    bool streetOk = false;
    const int communityCount = parser.value(communities).toInt(&streetOk);
    if (!streetOk || communityCount < 1 || communityCount > 50) {
        c.err << Cli::tr("--communities: expected a number from 1 to 50, got \"%1\".").arg(parser.value(communities))
              << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int count = parser.value(households).toInt(&ok);
    if (!ok || count < 1) {
        c.err << Cli::tr("--households: expected a positive whole number, got \"%1\".").arg(parser.value(households))
              << Qt::endl;
        return 2;
    }
    if (!c.scope.canAdminister()) {
        c.err << Cli::tr("demo: only an administrator may add demo data to a database with accounts.") << Qt::endl;
        return 1;
    }
    DemoGenerator generator(c.db.connection());
    generator.setCommunities(communityCount);
    generator.setProgress([&err = c.err](int done, int total) {
        err << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (!generator.generate(count)) {
        c.err << Qt::endl << generator.errorText() << Qt::endl;
        return 1;
    }
    // The documented demo administrator (README, "Accounts"), unless the file already has accounts.
    if (AccountStore store(c.db.connection()); !store.hasAccounts()) {
        if (const SaveResult admin = store.createDemoAdministrator(); !admin.ok) {
            c.err << Qt::endl << admin.firstMessage() << Qt::endl;
            return 1;
        }
    }
    const DemoGenerator::Summary s = generator.summary();
    c.err << Qt::endl;
    if (s.communities > 1)
        c.out << Cli::tr("Demo street written: %1 communities.").arg(s.communities) << Qt::endl;
    c.out << Cli::tr("Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.")
                 .arg(s.grids)
                 .arg(s.compounds)
                 .arg(s.buildings)
                 .arg(s.households)
                 .arg(s.residents)
          << Qt::endl;
    return 0;
}
