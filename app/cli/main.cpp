// communitydesk-cli: the register's headless commands (demo data, search, birthday lists, reports, import,
// export, accounts, backups, integrity check).
// Parses options and calls the models library; all work happens there.
#include "accountcommand.h"
#include "backupcommand.h"
#include "carecommand.h"
#include "casecommand.h"
#include "clisignin.h"
#include "duecommand.h"
#include "exportcommand.h"
#include "fieldcommand.h"
#include "fieldmergecommand.h"
#include "fieldrenewcommand.h"
#include "formcommand.h"
#include "handovercommand.h"
#include "importcommand.h"
#include "mediationcommand.h"
#include "models/access/accountstore.h"
#include "models/birthdays/birthdaycounts.h"
#include "models/birthdays/birthdaypreferences.h"
#include "models/birthdays/birthdayquery.h"
#include "models/birthdays/birthdaysheet.h"
#include "models/core/damagemark.h"
#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/demo/demogenerator.h"
#include "models/field/fieldchangelog.h"
#include "models/field/fieldfile.h"
#include "models/grids/gridcoverage.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/databasecheck.h"
#include "models/workspace/workspace.h"
#include "placecommand.h"
#include "reportcommand.h"
#include "residentcommand.h"
#include "sheetcommand.h"
#include "tagcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

#include <memory>

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

int runDemo(Database &db, const AccessScope &scope, const QCommandLineParser &parser,
            const QCommandLineOption &households, const QCommandLineOption &communities)
{
    bool streetOk = false;
    const int communityCount = parser.value(communities).toInt(&streetOk);
    if (!streetOk || communityCount < 1 || communityCount > 50) {
        err() << Cli::tr("--communities: expected a number from 1 to 50, got \"%1\".").arg(parser.value(communities))
              << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int count = parser.value(households).toInt(&ok);
    if (!ok || count < 1) {
        err() << Cli::tr("--households: expected a positive whole number, got \"%1\".").arg(parser.value(households))
              << Qt::endl;
        return 2;
    }
    if (!scope.canAdminister()) {
        err() << Cli::tr("demo: only an administrator may add demo data to a database with accounts.") << Qt::endl;
        return 1;
    }
    DemoGenerator generator(db.connection());
    generator.setCommunities(communityCount);
    generator.setProgress([](int done, int total) {
        err() << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
        return true;
    });
    if (!generator.generate(count)) {
        err() << Qt::endl << generator.errorText() << Qt::endl;
        return 1;
    }
    // The documented demo administrator (README, "Accounts"), unless the file already has accounts.
    if (AccountStore store(db.connection()); !store.hasAccounts()) {
        if (const SaveResult admin = store.createDemoAdministrator(); !admin.ok) {
            err() << Qt::endl << admin.firstMessage() << Qt::endl;
            return 1;
        }
    }
    const DemoGenerator::Summary s = generator.summary();
    err() << Qt::endl;
    if (s.communities > 1)
        out() << Cli::tr("Demo street written: %1 communities.").arg(s.communities) << Qt::endl;
    out() << Cli::tr("Demo community written: %1 grids, %2 compounds, %3 buildings, %4 households, %5 residents.")
                 .arg(s.grids)
                 .arg(s.compounds)
                 .arg(s.buildings)
                 .arg(s.households)
                 .arg(s.residents)
          << Qt::endl;
    return 0;
}

int runSearch(Database &db, const AccessScope &scope, const QString &text, const QCommandLineParser &parser,
              const QCommandLineOption &limit)
{
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 1) {
        err() << Cli::tr("--limit: expected a positive whole number, got \"%1\".").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    ResidentTableModel model(db.connection(), scope);
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

struct BirthdayOptions
{
    QCommandLineOption out{QStringLiteral("out"),
                           Cli::tr("birthdays, report, export: write to FILE (.pdf, .csv, .xlsx)."),
                           QStringLiteral("FILE")};
    QCommandLineOption lunar{QStringLiteral("lunar"),
                             Cli::tr("birthdays: by lunar birthday, for residents without a calendar of their own.")};
    QCommandLineOption minAge{QStringLiteral("min-age"),
                              Cli::tr("birthdays: aged N and over (default: the desk's setting, 60)."),
                              QStringLiteral("N")};
    QCommandLineOption perGrid{QStringLiteral("per-grid"), Cli::tr("birthdays: one sign-in sheet per grid.")};
    QCommandLineOption showPhones{QStringLiteral("show-phones"),
                                  Cli::tr("birthdays, export: full phone numbers (masked by default).")};
    QCommandLineOption showIds{QStringLiteral("show-ids"), Cli::tr("export: full ID numbers (masked by default).")};
};

int runBirthdays(Database &db, const AccessScope &scope, const QString &month, const QCommandLineParser &parser,
                 const BirthdayOptions &o)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid() || first.year() < 1901 || first.year() > 2100) {
        err() << Cli::tr("birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got \"%1\".").arg(month)
              << Qt::endl;
        return 2;
    }
    const QString path = parser.value(o.out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() ||
        !QStringList{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}.contains(suffix)) {
        err() << Cli::tr("birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.") << Qt::endl;
        return 2;
    }
    int minimumAge = AppSettings::elderlyAge();
    if (parser.isSet(o.minAge)) {
        bool ok = false;
        minimumAge = parser.value(o.minAge).toInt(&ok);
        if (!ok || minimumAge < 0 || minimumAge > 150) {
            err() << Cli::tr("--min-age: expected an age from 0 to 150, got \"%1\".").arg(parser.value(o.minAge))
                  << Qt::endl;
            return 2;
        }
    }

    BirthdayQuery query(db.connection(), scope);
    query.setMinimumAge(minimumAge);
    query.setDefaultCalendar(parser.isSet(o.lunar) ? BirthdayRules::Calendar::Lunar
                                                   : BirthdayPreferences(db.connection(), scope).officeCalendar());
    QList<BirthdayEntry> entries = query.monthWithMissed(first.year(), first.month());
    BirthdayQuery::sort(entries, parser.isSet(o.perGrid));

    BirthdaySheet::Options options;
    options.year = first.year();
    options.month = first.month();
    options.community = RegisterLookups(db.connection(), scope).communityName();
    options.minimumAge = minimumAge;
    options.revealPhones = parser.isSet(o.showPhones);
    options.perGrid = parser.isSet(o.perGrid);
    const BirthdaySheet sheet(entries, options, scope);
    QString error;
    if (!sheet.writeAudited(db.connection(), scope, path, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    const BirthdayCounts c = BirthdayCounts::of(entries);
    out() << Cli::tr("%1: %2 residents (80 and over: %3, 100 and over: %4, living alone: %5) written to %6.")
                 .arg(sheet.monthText())
                 .arg(c.total)
                 .arg(c.aged80)
                 .arg(c.aged100)
                 .arg(c.livingAlone)
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return 0;
}

// Painting a PDF needs fonts, which need a QGuiApplication; on a machine without a display
// it runs on the offscreen platform. Every other command stays a plain console program.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]).toLower().endsWith(".pdf"))
            return true;
    return false;
}

int runCheck(Database &db, bool fieldCopy)
{
    if (db.isServer()) {
        err() << Cli::tr("check: only a database file can be checked; a PostgreSQL server is checked by its "
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
            out() << Cli::tr("This field copy refers to %1 row(s) that stayed at the office; they are not counted.")
                         .arg(before - problems.size())
                  << Qt::endl;
    }
    if (problems.isEmpty()) {
        // Sound again (a repaired file): the window's earlier verdict no longer holds.
        DamageMark::clear(db.path());
        out() << Cli::tr("The database is intact.") << Qt::endl;
        return 0;
    }
    if (!problems.first().startsWith(QLatin1String("foreign key:")))
        DamageMark::set(db.path(), problems.first());
    for (const QString &p : problems)
        err() << p << Qt::endl;
    err() << Cli::tr("The database has %1 problem(s).").arg(problems.size()) << Qt::endl;
    return 1;
}

// 不落一户: exit code 0 when every building is in a grid and every household has a building.
int runCoverage(Database &db, const AccessScope &scope)
{
    if (!scope.seesAllGrids()) {
        err() << Cli::tr("coverage: this lists the whole community; your account sees only its own grids.") << Qt::endl;
        return 1;
    }
    const GridCoverage coverage(db.connection(), scope);
    const QList<GridCoverage::Building> buildings = coverage.buildingsWithoutGrid();
    const QList<GridCoverage::Household> households = coverage.householdsWithoutBuilding();
    for (const GridCoverage::Building &b : buildings)
        out() << Cli::tr("building %1\t%2 %3\tin no grid (%4 households)")
                     .arg(b.id)
                     .arg(b.compoundName, b.name)
                     .arg(b.households)
              << Qt::endl;
    for (const GridCoverage::Household &h : households)
        out() << Cli::tr("household %1\t%2\thas no building").arg(h.id).arg(h.head) << Qt::endl;
    if (buildings.isEmpty() && households.isEmpty()) {
        out() << Cli::tr("Every building is in a grid and every household has a building.") << Qt::endl;
        return 0;
    }
    err() << Cli::tr("%1 building(s) in no grid, %2 household(s) with no building.")
                 .arg(buildings.size())
                 .arg(households.size())
          << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // A script's reader gets the translated message, not the statement that failed beneath it;
    // QT_LOGGING_RULES=communitydesk.sql.warning=true brings the SQL back for a developer.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("communitydesk.sql.warning=false"));
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    const QCommandLineOption database(QStringLiteral("database"),
                                      Cli::tr("The database FILE, or a server as postgresql://user@host/db."),
                                      QStringLiteral("FILE"), Database::defaultPath());
    const QCommandLineOption households(QStringLiteral("households"),
                                        Cli::tr("Households of demo data (default 1200)."), QStringLiteral("N"),
                                        QStringLiteral("1200"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most N results (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const BirthdayOptions birthdayOptions;
    const QCommandLineOption grid(QStringLiteral("grid"),
                                  Cli::tr("report: only the grid with this CODE; account add: a grid of the grid "
                                          "worker (repeat for more)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("account add: the person's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), Cli::tr("account add: admin, clerk, grid-worker or viewer."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption byArea(QStringLiteral("by-area"),
                                    Cli::tr("report: sum the grids per area, each area followed by its grids."));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Cli::tr("Sign in as LOGIN (or set CD_USER); the password comes from CD_PASSWORD or is "
                "asked for."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("import: read and check the file, report, write nothing."));
    const QCommandLineOption headerRow(QStringLiteral("header-row"),
                                       Cli::tr("import: the header is row N (default: found in the file)."),
                                       QStringLiteral("N"));
    const QCommandLineOption valueMap(
        QStringLiteral("map"),
        Cli::tr("import: the value VALUE of COLUMN means CODE, e.g. 与户主关系:表哥=other; "
                "remembered for later imports."),
        QStringLiteral("COLUMN:VALUE=CODE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Cli::tr("import: import this sheet of the workbook (default: every sheet)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption keepAsField(
        QStringLiteral("keep-as-field"),
        Cli::tr("import: keep the file's column COLUMN as the office's own resident field of that name (made as a "
                "text field when there is none)."),
        QStringLiteral("COLUMN"));
    const QCommandLineOption compound(QStringLiteral("compound"), Cli::tr("place: the compound NAME."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption units(QStringLiteral("units"), Cli::tr("place add building: N units."),
                                   QStringLiteral("N"));
    const QCommandLineOption street(QStringLiteral("street"), Cli::tr("community set-name: the street's NAME."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption community(QStringLiteral("community"),
                                       Cli::tr("community set-name: the community's NAME; every other command: work "
                                               "in the street's community with this CODE."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption communities(QStringLiteral("communities"),
                                         Cli::tr("demo: a street of N communities (default 1)."), QStringLiteral("N"),
                                         QStringLiteral("1"));
    const QCommandLineOption dueDate(QStringLiteral("date"), Cli::tr("due, care: the day (default: today)."),
                                     QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption openDue(QStringLiteral("open"), Cli::tr("due: open the errands listed."));
    const QCommandLineOption formTag(QStringLiteral("tag"), Cli::tr("form fill: only residents with the tag TAG."),
                                     QStringLiteral("TAG"));
    const QCommandLineOption prefer(QStringLiteral("prefer"),
                                    Cli::tr("field merge: decide every conflict for the office's or the field's "
                                            "value."),
                                    QStringLiteral("office|field"));
    const QCommandLineOption mergeReport(
        QStringLiteral("report"), Cli::tr("field merge: write the merge report to R.csv."), QStringLiteral("R.csv"));
    const QCommandLineOption worker(QStringLiteral("for"),
                                    Cli::tr("field checkout: the LOGIN of the worker the field copy is for."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption days(QStringLiteral("days"), Cli::tr("rental expiring: within N days (default 30)."),
                                  QStringLiteral("N"));
    parser.addOptions({database,
                       days,
                       worker,
                       user,
                       households,
                       communities,
                       limit,
                       grid,
                       byArea,
                       name,
                       role,
                       birthdayOptions.out,
                       birthdayOptions.lunar,
                       birthdayOptions.minAge,
                       birthdayOptions.perGrid,
                       birthdayOptions.showPhones,
                       birthdayOptions.showIds,
                       dryRun,
                       headerRow,
                       valueMap,
                       sheet,
                       keepAsField,
                       compound,
                       units,
                       street,
                       community,
                       dueDate,
                       openDue,
                       formTag,
                       prefer,
                       mergeReport});
    const TagOptions tagOptions;
    parser.addOptions(tagOptions.all());
    const CareOptions careOptions;
    parser.addOptions(careOptions.all());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Cli::tr(
            "demo, search, birthdays, coverage, import, report, export, account, community, place, due, care, field, "
            "resident, tag, customfield, form, sheet, handover, mediation, rental, case, backup, restore or check"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(parser);
    const QString command = args.first();
    static const QStringList commands = {
        QStringLiteral("demo"),      QStringLiteral("search"),    QStringLiteral("check"),
        QStringLiteral("birthdays"), QStringLiteral("coverage"),  QStringLiteral("import"),
        QStringLiteral("report"),    QStringLiteral("export"),    QStringLiteral("account"),
        QStringLiteral("backup"),    QStringLiteral("restore"),   QStringLiteral("place"),
        QStringLiteral("community"), QStringLiteral("due"),       QStringLiteral("field"),
        QStringLiteral("tag"),       QStringLiteral("resident"),  QStringLiteral("customfield"),
        QStringLiteral("care"),      QStringLiteral("form"),      QStringLiteral("sheet"),
        QStringLiteral("handover"),  QStringLiteral("mediation"), QStringLiteral("rental"),
        QStringLiteral("case")};
    if (!commands.contains(command)) {
        err() << Cli::tr("Unknown command \"%1\".").arg(command) << Qt::endl;
        return usage(parser);
    }
    if (command == QLatin1String("birthdays") && args.size() < 2) {
        err() << Cli::tr("birthdays: please give the month, as YYYY-MM.") << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("report") && args.size() < 2) {
        err() << Cli::tr("report: please give the month, as YYYY-MM.") << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("search") && args.size() < 2) {
        err() << Cli::tr("search: please give the text to search for.") << Qt::endl;
        return 2;
    }
    if (command == QLatin1String("field") && args.size() < 2) {
        err() << Cli::tr("field: please give what to do, e.g. field merge FILE.") << Qt::endl;
        return 2;
    }
    if ((command == QLatin1String("backup") || command == QLatin1String("restore")) && args.size() != 2) {
        err() << Cli::tr("%1: please give one FILE.").arg(command) << Qt::endl;
        return 2;
    }

    // A server's backups are the server's business: say so before connecting or asking anyone to sign in.
    if ((command == QLatin1String("backup") || command == QLatin1String("restore")) &&
        DatabaseUrl::isServerUrl(parser.value(database)))
        return refuseServerBackup(command, err());

    // A field copy is opened in memory (FieldFile) and sealed back on every commit; it outlives
    // the Database, whose closing saves what is unsaved.
    FieldFile fieldFile;
    Database db;
    db.setAcceptDamageMark(command == QLatin1String("check"));
    const QString location = parser.value(database);
    const bool fieldCopy = !DatabaseUrl::isServerUrl(location) && FieldFile::isFieldFile(location);
    if (fieldCopy && (command == QLatin1String("backup") || command == QLatin1String("restore"))) {
        err() << Cli::tr("%1: %2 is a field copy; copy the file itself, which stays sealed.")
                     .arg(command, QDir::toNativeSeparators(location))
              << Qt::endl;
        return 1;
    }
    if (fieldCopy) {
        if (!openFieldCopy(db, fieldFile, location, err()))
            return 1;
    } else if (!Workspace::open(db, location)) {
        err() << db.errorText() << Qt::endl;
        if (!db.errorDetail().isEmpty())
            err() << QStringLiteral("  (%1)").arg(db.errorDetail()) << Qt::endl;
        return 1;
    }
    // Checking the file reads no one's data; every other command acts as a signed-in person.
    if (command == QLatin1String("check"))
        return runCheck(db, fieldCopy);
    CliSignIn signIn;
    switch (signIn.signIn(db.connection(), parser.value(user), err())) {
    case CliSignIn::Outcome::SignedIn:
        break;
    case CliSignIn::Outcome::WrongArguments:
        return 2;
    case CliSignIn::Outcome::Refused:
        return 1;
    }
    AccessScope scope = signIn.scope();
    // --community CODE: the community in view (a street account's choice; a community's own
    // account may name only its own). Without it a street account works on the whole street.
    if (command != QLatin1String("community") && parser.isSet(community)) {
        const qint64 id = CommunityStore(db.connection(), scope).idByCode(parser.value(community));
        if (!id) {
            err() << Cli::tr("--community: there is no community with the code \"%1\".").arg(parser.value(community))
                  << Qt::endl;
            return 2;
        }
        if (!scope.setViewCommunity(id)) {
            err() << Cli::tr("--community: your account works in another community.") << Qt::endl;
            return 1;
        }
    }
    // On a field copy each change is logged under the person signed in, for the merge back.
    if (fieldCopy)
        FieldChangeLog::setSignedIn(db.connection(), scope.userName());
    if (command == QLatin1String("demo"))
        return runDemo(db, scope, parser, households, communities);
    if (command == QLatin1String("birthdays"))
        return runBirthdays(db, scope, args.at(1), parser, birthdayOptions);
    if (command == QLatin1String("search"))
        return runSearch(db, scope, args.mid(1).join(QLatin1Char(' ')), parser, limit);
    if (command == QLatin1String("coverage"))
        return runCoverage(db, scope);
    if (command == QLatin1String("report"))
        return runReportCommand(db.connection(), scope, args.at(1), parser.value(grid), parser.isSet(byArea),
                                parser.value(birthdayOptions.out), out(), err());
    if (command == QLatin1String("import"))
        return runImportCommand(db.connection(), scope, args.mid(1),
                                {parser.isSet(dryRun), parser.value(headerRow), parser.values(valueMap),
                                 parser.values(sheet), parser.values(keepAsField)},
                                out(), err());
    if (command == QLatin1String("export"))
        return runExportCommand(db.connection(), scope, parser.value(birthdayOptions.out),
                                parser.isSet(birthdayOptions.showIds), parser.isSet(birthdayOptions.showPhones), out(),
                                err());
    if (command == QLatin1String("account")) {
        AccountArguments account;
        account.name = parser.value(name);
        account.role = parser.value(role);
        account.grids = parser.values(grid);
        return runAccountCommand(db.connection(), scope, args.mid(1), account, out(), err());
    }
    if (command == QLatin1String("care"))
        return runCareCommand(db.connection(), scope, args.mid(1), parser, careOptions, parser.value(grid),
                              parser.value(dueDate), parser.value(birthdayOptions.out), out(), err());
    if (command == QLatin1String("due"))
        return runDueCommand(db.connection(), scope, parser.value(dueDate), parser.isSet(openDue), out(), err());
    if (command == QLatin1String("resident"))
        return runResidentCommand(db.connection(), scope, args.mid(1),
                                  parser.isSet(limit) ? parser.value(limit).toInt() : 0, out(), err());
    if (command == QLatin1String("form"))
        return runFormCommand(db.connection(), scope, args,
                              {parser.value(birthdayOptions.out), parser.value(grid), parser.value(formTag),
                               parser.value(birthdayOptions.minAge), parser.isSet(birthdayOptions.showIds)},
                              out(), err());
    if (command == QLatin1String("handover"))
        return runHandoverCommand(db.connection(), scope, args.value(1), parser.value(birthdayOptions.out), err());
    if (command == QLatin1String("sheet"))
        return runSheetCommand(
            db.connection(), scope, args.mid(1),
            {parser.value(birthdayOptions.out), parser.value(dueDate), parser.value(birthdayOptions.minAge)}, out(),
            err());
    if (command == QLatin1String("case"))
        return runCaseCommand(db.connection(), scope, args.mid(1), out(), err());
    if (command == QLatin1String("mediation"))
        return runMediationCommand(db.connection(), scope, args.mid(1), parser.value(birthdayOptions.out), out(),
                                   err());
    if (command == QLatin1String("rental"))
        return runRentalCommand(db.connection(), scope, args.mid(1), parser.value(days),
                                parser.value(birthdayOptions.out), out(), err());
    if (command == QLatin1String("place") || command == QLatin1String("community")) {
        const PlaceArguments place{parser.value(compound), parser.value(grid), parser.value(units),
                                   parser.value(street), parser.value(community)};
        return command == QLatin1String("place")
                   ? runPlaceCommand(db.connection(), scope, args.mid(1), place, out(), err())
                   : runCommunityCommand(db.connection(), scope, args.mid(1), place, out(), err());
    }
    if (command == QLatin1String("field") && args.value(1) == QLatin1String("renew"))
        return runFieldRenewCommand(db, scope, args.mid(1), parser.value(birthdayOptions.out), parser.value(prefer),
                                    out(), err());
    if (command == QLatin1String("field") && args.value(1) == QLatin1String("merge"))
        return runFieldMergeCommand(db.connection(), scope, args.mid(1),
                                    {parser.value(prefer), parser.value(mergeReport)}, out(), err());
    if (command == QLatin1String("field"))
        return runFieldCommand(db, scope, args.mid(1),
                               {parser.values(grid), parser.value(worker), parser.value(birthdayOptions.out)}, out(),
                               err());
    if (command == QLatin1String("tag"))
        return runTagCommand(db.connection(), scope, args.mid(1), parser, tagOptions, out(), err());
    if (command == QLatin1String("customfield"))
        return runCustomFieldCommand(db.connection(), scope, args.mid(1), parser, tagOptions, out(), err());
    if (command == QLatin1String("backup"))
        return runBackupCommand(db, scope, args.at(1), out(), err());
    if (command == QLatin1String("restore"))
        return runRestoreCommand(db, scope, args.at(1), out(), err());
    return 2;
}
