#include "clioptions.h"
#include "clioutput.h"

#include "models/core/database.h"

#include <QCommandLineParser>

CliOptions::CliOptions()
    : database(QStringLiteral("database"), Cli::tr("The database FILE, or a server as postgresql://user@host/db."),
               QStringLiteral("FILE"), Database::defaultPath())
    , households(QStringLiteral("households"), Cli::tr("Households of demo data (default 1200)."), QStringLiteral("N"),
                 QStringLiteral("1200"))
    , limit(QStringLiteral("limit"), Cli::tr("At most N results (default 50)."), QStringLiteral("N"),
            QStringLiteral("50"))
    , grid(QStringLiteral("grid"),
           Cli::tr("report: only the grid with this CODE; account add: a grid of the grid "
                   "worker (repeat for more)."),
           QStringLiteral("CODE"))
    , name(QStringLiteral("name"), Cli::tr("account add: the person's name."), QStringLiteral("NAME"))
    , role(QStringLiteral("role"), Cli::tr("account add: admin, clerk, grid-worker or viewer."), QStringLiteral("ROLE"))
    , byArea(QStringLiteral("by-area"), Cli::tr("report: sum the grids per area, each area followed by its grids."))
    , user(QStringLiteral("user"),
           Cli::tr("Sign in as LOGIN (or set CD_USER); the password comes from CD_PASSWORD or is "
                   "asked for."),
           QStringLiteral("LOGIN"))
    , dryRun(QStringLiteral("dry-run"), Cli::tr("import: read and check the file, report, write nothing."))
    , headerRow(QStringLiteral("header-row"), Cli::tr("import: the header is row N (default: found in the file)."),
                QStringLiteral("N"))
    , valueMap(QStringLiteral("map"),
               Cli::tr("import: the value VALUE of COLUMN means CODE, e.g. 与户主关系:表哥=other; "
                       "remembered for later imports."),
               QStringLiteral("COLUMN:VALUE=CODE"))
    , sheet(QStringLiteral("sheet"), Cli::tr("import: import this sheet of the workbook (default: every sheet)."),
            QStringLiteral("NAME"))
    , keepAsField(
          QStringLiteral("keep-as-field"),
          Cli::tr("import: keep the file's column COLUMN as the office's own resident field of that name (made as a "
                  "text field when there is none)."),
          QStringLiteral("COLUMN"))
    , compound(QStringLiteral("compound"), Cli::tr("place: the compound NAME."), QStringLiteral("NAME"))
    , units(QStringLiteral("units"), Cli::tr("place add building: N units."), QStringLiteral("N"))
    , street(QStringLiteral("street"), Cli::tr("community set-name: the street's NAME."), QStringLiteral("NAME"))
    , community(QStringLiteral("community"),
                Cli::tr("community set-name: the community's NAME; every other command: work "
                        "in the street's community with this CODE."),
                QStringLiteral("CODE"))
    , communities(QStringLiteral("communities"), Cli::tr("demo: a street of N communities (default 1)."),
                  QStringLiteral("N"), QStringLiteral("1"))
    , dueDate(QStringLiteral("date"), Cli::tr("due, care: the day (default: today)."), QStringLiteral("YYYY-MM-DD"))
    , openDue(QStringLiteral("open"), Cli::tr("due: open the errands listed."))
    , formTag(QStringLiteral("tag"), Cli::tr("form fill: only residents with the tag TAG."), QStringLiteral("TAG"))
    , prefer(QStringLiteral("prefer"),
             Cli::tr("field merge: decide every conflict for the office's or the field's "
                     "value."),
             QStringLiteral("office|field"))
    , mergeReport(QStringLiteral("report"), Cli::tr("field merge: write the merge report to R.csv."),
                  QStringLiteral("R.csv"))
    , worker(QStringLiteral("for"), Cli::tr("field checkout: the LOGIN of the worker the field copy is for."),
             QStringLiteral("LOGIN"))
    , days(QStringLiteral("days"), Cli::tr("rental expiring: within N days (default 30)."), QStringLiteral("N"))
    , out(QStringLiteral("out"), Cli::tr("birthdays, report, export: write to FILE (.pdf, .csv, .xlsx)."),
          QStringLiteral("FILE"))
    , lunar(QStringLiteral("lunar"),
            Cli::tr("birthdays: by lunar birthday, for residents without a calendar of their own."))
    , minAge(QStringLiteral("min-age"), Cli::tr("birthdays: aged N and over (default: the desk's setting, 60)."),
             QStringLiteral("N"))
    , perGrid(QStringLiteral("per-grid"), Cli::tr("birthdays: one sign-in sheet per grid."))
    , showPhones(QStringLiteral("show-phones"), Cli::tr("birthdays, export: full phone numbers (masked by default)."))
    , showIds(QStringLiteral("show-ids"), Cli::tr("export: full ID numbers (masked by default)."))
{}

void CliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({database, days,      worker,    user,     households, communities, limit,      grid,
                       byArea,   name,      role,      out,      lunar,      minAge,      perGrid,    showPhones,
                       showIds,  dryRun,    headerRow, valueMap, sheet,      keepAsField, compound,   units,
                       street,   community, dueDate,   openDue,  formTag,    prefer,      mergeReport});
    parser.addOptions(tags.all());
    parser.addOptions(care.all());
}
