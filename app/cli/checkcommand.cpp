#include "checkcommand.h"
#include "clioutput.h"
#include "models/core/damagemark.h"
#include "models/core/database.h"
#include "models/workspace/databasecheck.h"

int runCheck(Database &db, bool fieldCopy, QTextStream &out, QTextStream &err)
{
    if (db.isServer()) {
        err << Cli::tr("check: only a database file can be checked; a PostgreSQL server is checked by its "
                       "administrator.")
            << Qt::endl;
        return 2;
    }
    QStringList problems = DatabaseCheck::run(db.connection());
    // A field copy keeps the office's references to rows that stayed at the office (a volunteer
    // of this grid who lives in another): by design, so not counted as damage.
    if (fieldCopy) {
        const qsizetype before = problems.size();
        problems.removeIf([](const QString &p) { return p.startsWith(QLatin1String("foreign key:")); });
        if (problems.size() != before)
            out << Cli::tr("This field copy refers to %1 row(s) that stayed at the office; they are not counted.")
                       .arg(before - problems.size())
                << Qt::endl;
    }
    if (problems.isEmpty()) {
        // Sound again (a repaired file): the window's earlier verdict no longer holds.
        DamageMark::clear(db.path());
        out << Cli::tr("The database is intact.") << Qt::endl;
        return 0;
    }
    if (!problems.first().startsWith(QLatin1String("foreign key:")))
        DamageMark::set(db.path(), problems.first());
    for (const QString &p : problems)
        err << p << Qt::endl;
    err << Cli::tr("The database has %1 problem(s).").arg(problems.size()) << Qt::endl;
    return 1;
}
