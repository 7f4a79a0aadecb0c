#include "clicommandregistry.h"
#include "accountcommand.h"
#include "backupcommand.h"
#include "birthdayscommand.h"
#include "carecommand.h"
#include "casecommand.h"
#include "checkcommand.h"
#include "clioptions.h"
#include "clioutput.h"
#include "coveragecommand.h"
#include "democommand.h"
#include "duecommand.h"
#include "exportcommand.h"
#include "fieldcommand.h"
#include "fieldmergecommand.h"
#include "fieldrenewcommand.h"
#include "formcommand.h"
#include "handovercommand.h"
#include "importcommand.h"
#include "mediationcommand.h"
#include "placecommand.h"
#include "reportcommand.h"
#include "residentcommand.h"
#include "searchcommand.h"
#include "sheetcommand.h"
#include "tagcommand.h"

#include "models/core/database.h"

#include <QCommandLineParser>

namespace {

// A command whose first argument must be there: the message when it is not.
std::function<QString(const QStringList &)> needsArgument(const std::function<QString()> &message)
{
    return [message](const QStringList &args) { return args.size() < 2 ? message() : QString(); };
}

// backup FILE, restore FILE: exactly one file.
std::function<QString(const QStringList &)> oneFile(const QString &command)
{
    return [command](const QStringList &args) {
        return args.size() != 2 ? Cli::tr("%1: please give one FILE.").arg(command) : QString();
    };
}

PlaceArguments placeArguments(const CliContext &c)
{
    const CliOptions &o = c.options;
    return {c.parser.value(o.compound), c.parser.value(o.grid), c.parser.value(o.units), c.parser.value(o.street),
            c.parser.value(o.community)};
}

// field checkout, field merge, field renew.
int runField(const CliContext &c)
{
    const CliOptions &o = c.options;
    if (c.args.value(1) == QLatin1String("renew"))
        return runFieldRenewCommand(c.db, c.scope, c.args.mid(1), c.parser.value(o.out), c.parser.value(o.prefer),
                                    c.out, c.err);
    if (c.args.value(1) == QLatin1String("merge"))
        return runFieldMergeCommand(c.db.connection(), c.scope, c.args.mid(1),
                                    {c.parser.value(o.prefer), c.parser.value(o.mergeReport)}, c.out, c.err);
    return runFieldCommand(c.db, c.scope, c.args.mid(1),
                           {c.parser.values(o.grid), c.parser.value(o.worker), c.parser.value(o.out)}, c.out, c.err);
}

QList<CliCommand> makeCommands()
{
    using C = const CliContext &;
    QList<CliCommand> commands = {
        {QStringLiteral("demo"), nullptr, [](C c) { return runDemo(c); }},
        {QStringLiteral("search"), needsArgument([] { return Cli::tr("search: please give the text to search for."); }),
         [](C c) { return runSearch(c); }},
        {QStringLiteral("birthdays"),
         needsArgument([] { return Cli::tr("birthdays: please give the month, as YYYY-MM."); }),
         [](C c) { return runBirthdays(c); }},
        {QStringLiteral("coverage"), nullptr, [](C c) { return runCoverage(c.db, c.scope, c.out, c.err); }},
        {QStringLiteral("import"), nullptr,
         [](C c) {
             const CliOptions &o = c.options;
             return runImportCommand(c.db.connection(), c.scope, c.args.mid(1),
                                     {c.parser.isSet(o.dryRun), c.parser.value(o.headerRow),
                                      c.parser.values(o.valueMap), c.parser.values(o.sheet),
                                      c.parser.values(o.keepAsField)},
                                     c.out, c.err);
         }},
        {QStringLiteral("report"), needsArgument([] { return Cli::tr("report: please give the month, as YYYY-MM."); }),
         [](C c) {
             return runReportCommand(c.db.connection(), c.scope, c.args.at(1), c.parser.value(c.options.grid),
                                     c.parser.isSet(c.options.byArea), c.parser.value(c.options.out), c.out, c.err);
         }},
        {QStringLiteral("export"), nullptr,
         [](C c) {
             return runExportCommand(c.db.connection(), c.scope, c.parser.value(c.options.out),
                                     c.parser.isSet(c.options.showIds), c.parser.isSet(c.options.showPhones), c.out,
                                     c.err);
         }},
        {QStringLiteral("account"), nullptr,
         [](C c) {
             AccountArguments account;
             account.name = c.parser.value(c.options.name);
             account.role = c.parser.value(c.options.role);
             account.grids = c.parser.values(c.options.grid);
             return runAccountCommand(c.db.connection(), c.scope, c.args.mid(1), account, c.out, c.err);
         }},
        // --community names the community here (community set-name), not the one in view.
        {QStringLiteral("community"), nullptr,
         [](C c) {
             return runCommunityCommand(c.db.connection(), c.scope, c.args.mid(1), placeArguments(c), c.out, c.err);
         },
         true, false, false},
        {QStringLiteral("place"), nullptr,
         [](C c) {
             return runPlaceCommand(c.db.connection(), c.scope, c.args.mid(1), placeArguments(c), c.out, c.err);
         }},
        {QStringLiteral("due"), nullptr,
         [](C c) {
             return runDueCommand(c.db.connection(), c.scope, c.parser.value(c.options.dueDate),
                                  c.parser.isSet(c.options.openDue), c.out, c.err);
         }},
        {QStringLiteral("care"), nullptr,
         [](C c) {
             return runCareCommand(c.db.connection(), c.scope, c.args.mid(1), c.parser, c.options.care,
                                   c.parser.value(c.options.grid), c.parser.value(c.options.dueDate),
                                   c.parser.value(c.options.out), c.out, c.err);
         }},
        {QStringLiteral("field"),
         needsArgument([] { return Cli::tr("field: please give what to do, e.g. field merge FILE."); }),
         [](C c) { return runField(c); }},
        {QStringLiteral("resident"), nullptr,
         [](C c) {
             const int limit = c.parser.isSet(c.options.limit) ? c.parser.value(c.options.limit).toInt() : 0;
             return runResidentCommand(c.db.connection(), c.scope, c.args.mid(1), limit, c.out, c.err);
         }},
        {QStringLiteral("tag"), nullptr,
         [](C c) {
             return runTagCommand(c.db.connection(), c.scope, c.args.mid(1), c.parser, c.options.tags, c.out, c.err);
         }},
        {QStringLiteral("customfield"), nullptr,
         [](C c) {
             return runCustomFieldCommand(c.db.connection(), c.scope, c.args.mid(1), c.parser, c.options.tags, c.out,
                                          c.err);
         }},
        {QStringLiteral("form"), nullptr,
         [](C c) {
             const CliOptions &o = c.options;
             return runFormCommand(c.db.connection(), c.scope, c.args,
                                   {c.parser.value(o.out), c.parser.value(o.grid), c.parser.value(o.formTag),
                                    c.parser.value(o.minAge), c.parser.isSet(o.showIds)},
                                   c.out, c.err);
         }},
        {QStringLiteral("sheet"), nullptr,
         [](C c) {
             const CliOptions &o = c.options;
             return runSheetCommand(c.db.connection(), c.scope, c.args.mid(1),
                                    {c.parser.value(o.out), c.parser.value(o.dueDate), c.parser.value(o.minAge)}, c.out,
                                    c.err);
         }},
        {QStringLiteral("handover"), nullptr,
         [](C c) {
             return runHandoverCommand(c.db.connection(), c.scope, c.args.value(1), c.parser.value(c.options.out),
                                       c.err);
         }},
        {QStringLiteral("case"), nullptr,
         [](C c) { return runCaseCommand(c.db.connection(), c.scope, c.args.mid(1), c.out, c.err); }},
        {QStringLiteral("mediation"), nullptr,
         [](C c) {
             return runMediationCommand(c.db.connection(), c.scope, c.args.mid(1), c.parser.value(c.options.out), c.out,
                                        c.err);
         }},
        {QStringLiteral("rental"), nullptr,
         [](C c) {
             return runRentalCommand(c.db.connection(), c.scope, c.args.mid(1), c.parser.value(c.options.days),
                                     c.parser.value(c.options.out), c.out, c.err);
         }},
        {QStringLiteral("backup"), oneFile(QStringLiteral("backup")),
         [](C c) { return runBackupCommand(c.db, c.scope, c.args.at(1), c.out, c.err); }, true, true},
        {QStringLiteral("restore"), oneFile(QStringLiteral("restore")),
         [](C c) { return runRestoreCommand(c.db, c.scope, c.args.at(1), c.out, c.err); }, true, true},
        {QStringLiteral("check"), nullptr, [](C c) { return runCheck(c.db, c.fieldCopy, c.out, c.err); }, false},
    };
    return commands;
}

} // namespace

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = makeCommands();
    return commands;
}

const CliCommand *findCliCommand(const QString &name)
{
    for (const CliCommand &c : cliCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

QString cliCommandNames()
{
    QStringList names;
    for (const CliCommand &c : cliCommands())
        names << c.name;
    const QString last = names.takeLast();
    return Cli::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

int cliUsage(const QCommandLineParser &parser)
{
    cliErr() << parser.helpText() << Qt::endl
             << Cli::tr(
                    "Commands:\n"
                    "  demo [--households N] [--communities N]\n"
                    "                          fill an empty database with a demo community, or a\n"
                    "                          street of N communities (10: 154 grids)\n"
                    "  search TEXT [--limit N] search the register as the main window does\n"
                    "  birthdays YYYY-MM --out FILE.pdf|FILE.csv|FILE.xlsx [--lunar] [--min-age N] [--per-grid]\n"
                    "                          [--show-phones]  the month's birthday list of the elderly; a PDF is\n"
                    "                          the sign-in sheet\n"
                    "  report YYYY-MM --out FILE.pdf|FILE.xlsx [--grid CODE | --by-area]\n"
                    "                          the monthly work report, for the community (per grid, or\n"
                    "                          per area with --by-area) or one grid\n"
                    "  check                   check the database file's integrity\n"
                    "  --community CODE        (report, export, birthdays, due, import, search, place, field)\n"
                    "                          work in that community of the street; a street account\n"
                    "                          without it works on the whole street\n"
                    "  coverage                list buildings in no grid and households with no building\n"
                    "  import residents FILE.csv|FILE.xlsx [--dry-run] [--header-row N]\n"
                    "                          [--map COLUMN:VALUE=CODE]... [--sheet NAME]...\n"
                    "                          [--keep-as-field COLUMN]...\n"
                    "                          import residents and households (a workbook's chosen\n"
                    "                          sheets, all by default); rejected rows go to\n"
                    "                          FILE-errors.csv (exit code 1 if any), changes to\n"
                    "                          FILE-changes.csv, people the file no longer lists to\n"
                    "                          FILE-missing.csv\n"
                    "  export --out FILE.csv|FILE.xlsx [--show-ids] [--show-phones]\n"
                    "                          the register as the window's list exports it, numbers masked\n"
                    "                          unless shown (as far as the role allows); audited\n"
                    "  account add LOGIN --name NAME --role admin|clerk|grid-worker|viewer [--grid CODE]...\n"
                    "                          a new account (password from CD_NEW_PASSWORD or typed); the\n"
                    "                          first account of a database must be an administrator\n"
                    "  account list            every account: login, name, role, grids, state\n"
                    "  account disable LOGIN   the account can no longer sign in\n"
                    "  community set-name --street NAME --community NAME\n"
                    "                          name the street and the community (a new office's first step)\n"
                    "  community list | add CODE NAME [AREA_KM2] | rename CODE NAME | archive CODE\n"
                    "                          the street's communities (street administrators change them)\n"
                    "  place list              the community's compounds and buildings\n"
                    "  place add compound NAME | place add building NAME --compound NAME [--grid CODE]\n"
                    "                          [--units N]   set up the community's places by hand\n"
                    "  place rename building|compound OLD NEW [--compound NAME]\n"
                    "  place merge building FROM INTO --compound NAME\n"
                    "                          FROM's households move to INTO; FROM is archived\n"
                    "  place merge compound FROM INTO\n"
                    "                          FROM's buildings move to INTO (a building INTO already has by\n"
                    "                          name is merged into it); FROM is archived\n"
                    "  tag list | tag add NAME [--group G] | tag rename|merge|archive|group|attribute ...\n"
                    "  tag set ID-NUMBER TAG [--start D] [--end D] [--value CODE=VALUE]...\n"
                    "                          the office's tags, their attributes and a resident's tag\n"
                    "                          periods (ended with --end, never deleted)\n"
                    "  customfield list | customfield add NAME --type text|number|date|choice [--choices A|B]\n"
                    "                          [--entity resident|household]   the office's own fields\n"
                    "  due [--date YYYY-MM-DD] [--open]\n"
                    "                          the errands the life-event rules open that day (turning\n"
                    "                          60/80/90/100, a death, a birth, a move-in, a 低保 review), one\n"
                    "                          a line: rule, resident, grid, date, wording; --open opens them\n"
                    "  case list [STATUS] | case withdraw CASE | case reinstate CASE\n"
                    "                          the cases as the window lists them (withdrawn ones with\n"
                    "                          STATUS withdrawn); withdraw a case's intake (撤回, what Undo\n"
                    "                          does to a new case: out of every count, nothing deleted); put\n"
                    "                          it back\n"
                    "  handover GRID --out F.pdf\n"
                    "                          the grid's handover pack for a new grid worker\n"
                    "  sheet print signin EVENT_ID | visit BUILDING_ID | rota YYYY-MM-DD --out F.pdf\n"
                    "                          a sheet with a code per row and a QR code (signin: the\n"
                    "                          event's grid's residents, [--min-age N])\n"
                    "  sheet keyin SHEET_CODE ROWCODE... [--date YYYY-MM-DD]\n"
                    "                          record the ticked rows: attendance, visits or hours\n"
                    "  resident duplicates [--limit N] | resident merge KEEP OTHER | resident unmerge MERGE_ID\n"
                    "                          residents who are probably one person (reason, score); merge\n"
                    "                          OTHER into KEEP (links move, OTHER is marked merged); undo\n"
                    "  resident died ID YYYY-MM-DD [NOTE]\n"
                    "                          record a death as the register page does: off the rota,\n"
                    "                          volunteer record closed, pairs ended, 丧葬补助 due\n"
                    "  care overdue [--grid CODE] [--date YYYY-MM-DD]\n"
                    "                          households overdue for a follow-up visit (重点人群)\n"
                    "  care assist list [--grid CODE] [--month YYYY-MM] [--household ID]\n"
                    "  care assist add --household ID --kind KIND [--amount YUAN] [--items TEXT] --by NAME\n"
                    "                          [--date YYYY-MM-DD] [--resident ID]   assistance records\n"
                    "  care pair list [--grid CODE] | care pair add --household ID --helper NAME\n"
                    "                          [--kind cadre|party_member|volunteer] [--date YYYY-MM-DD]\n"
                    "  care export overdue|pairs|assist --out F.csv|F.xlsx [--grid CODE] [--date D]\n"
                    "                          the 重点人群 lists as the window shows them (audited)\n"
                    "  form fill TEMPLATE.xlsx --out FILE.xlsx [--grid CODE] [--tag TAG] [--min-age N]\n"
                    "                          [--show-ids]  fill a street's form (一表通) from the register,\n"
                    "                          one row per resident chosen (or a counts form's figures),\n"
                    "                          keeping its layout; the window's remembered mapping if any;\n"
                    "                          audited\n"
                    "  field merge FILE [--prefer office|field] [--report R.csv]\n"
                    "                          merge a field copy back; without --prefer a conflict is\n"
                    "                          not decided: nothing is merged, the conflicts are listed\n"
                    "                          (exit code 1)\n"
                    "  field checkout --grid CODE [--grid CODE]... --for LOGIN --out FILE\n"
                    "                          a sealed field copy of those grids for that worker's laptop\n"
                    "                          (password from CD_FIELD_PASSWORD or typed twice)\n"
                    "  field renew OLD --out NEW [--prefer office|field]\n"
                    "                          after a merge, a fresh check-out with OLD's unmerged changes\n"
                    "  mediation list | export --out F.csv|F.xlsx | show ID | print ID --out FILE.pdf\n"
                    "                          the mediation ledger; as the window lists it (audited); one\n"
                    "                          mediation; its agreement on A4\n"
                    "  rental list | export --out F.csv|F.xlsx | expiring [--days N]\n"
                    "                          the rented rooms; the tenants whose permits expire within N\n"
                    "                          days (default 30) or have expired\n"
                    "  backup FILE             a consistent copy of the database file\n"
                    "  restore FILE            replace the database with a backup (administrators; the\n"
                    "                          current file is kept in the backup folder)")
             << Qt::endl;
    return 2;
}
