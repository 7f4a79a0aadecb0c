// District scale on PostgreSQL (issue 23): on a server database filled by dashboard_bench
// (1,000,000 residents, 600,000 cases), times what a clerk feels — a search keystroke's first
// page, a filter change, the month's birthday list, the monthly report — and runs the register's
// statements in psql (\timing) beside it, so the cost of the model layer is visible. With
// --server-dir (a scripts/pg-test-server.sh directory) the report is timed cold as well: the
// server restarted and the kernel's page cache dropped (root) before the first run.
//   build/bench/pg_bench --database postgresql://cd@127.0.0.1:55517/cd?schema=bench [--server-dir DIR]
#include "benchscope.h"
#include "benchtimer.h"
#include "models/birthdays/birthdayquery.h"
#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/register/residentquery.h"
#include "models/register/residenttablemodel.h"
#include "models/register/residenttokenschema.h"
#include "models/reports/monthlyreportdata.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Case
{
    QString name;
    ResidentFilter filter;
};

// The statement with its ? replaced by literals, for psql.
QString withLiterals(QString sql, const QVariantList &values)
{
    qsizetype from = 0;
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(u'?', from);
        if (at < 0)
            break;
        const bool text = v.typeId() == QMetaType::QString;
        const QString literal = text ? u'\'' + v.toString().replace(u'\'', QLatin1String("''")) + u'\'' : v.toString();
        sql.replace(at, 1, literal);
        from = at + literal.size();
    }
    return sql;
}

// psql's own time (\timing) for `sql`, median of five runs in one session; -1 when psql fails.
double psqlMs(const QString &url, const QString &sql)
{
    QTemporaryFile script;
    if (!script.open())
        return -1;
    QString text = QStringLiteral("\\timing on\n\\o /dev/null\n");
    for (int i = 0; i < 5; ++i)
        text += sql + QStringLiteral(";\n");
    script.write(text.toUtf8());
    script.flush();
    // libpq's URL takes the schema as options, as Database does.
    const DatabaseUrl u = DatabaseUrl::parse(url);
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!u.schema().isEmpty())
        env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c search_path=") + u.schema());
    if (!u.password().isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), u.password());
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), u.host(), QStringLiteral("-p"),
                QString::number(u.port()), QStringLiteral("-U"), u.userName(), QStringLiteral("-d"), u.databaseName(),
                QStringLiteral("-f"), script.fileName()});
    if (!psql.waitForFinished(300000)) {
        psql.kill();
        psql.waitForFinished();
        return -1;
    }
    QList<double> times;
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    auto it = time.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    while (it.hasNext())
        times << it.next().captured(1).toDouble();
    if (times.isEmpty())
        return -1;
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The count and first page the register list runs for `filter`, as one psql script.
QString registerSql(const QSqlDatabase &db, const ResidentFilter &filter, bool serverTokens)
{
    const ResidentQuery query(db, filter, benchScope(), QDate::currentDate(), serverTokens);
    QVariantList countValues = query.bindings();
    countValues << ResidentTableModel::countCap(query) + 1;
    const QString count = withLiterals(query.cappedCountSql(), countValues);
    const QString page = withLiterals(query.pageSql(ResidentQuery::SortKey::Name, false) + QStringLiteral(" LIMIT 200"),
                                      query.pageBindings(ResidentQuery::SortKey::Name));
    return count + QStringLiteral(";\n") + page;
}

void line(const QString &what, double appMs, double psql, qsizetype rows, double target)
{
    out() << QStringLiteral("%1 app %2 ms   psql %3   rows %4   %5")
                 .arg(what, -34)
                 .arg(appMs, 8, 'f', 1)
                 .arg(psql < 0 ? QStringLiteral("     -") : QStringLiteral("%1 ms").arg(psql, 7, 'f', 1))
                 .arg(rows, 6)
                 .arg(appMs < target ? QStringLiteral("ok") : QStringLiteral("OVER %1 ms").arg(target))
          << Qt::endl;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    return p.waitForFinished(300000) && p.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The server URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption serverDir(QStringLiteral("server-dir"),
                                       QStringLiteral("The pg-test-server.sh directory: time the report cold."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The report's month (default: last)."),
                                   QStringLiteral("YYYY-MM"));
    parser.addOptions({database, serverDir, month});
    parser.process(app);
    const QString url = parser.value(database);
    const QDate reportMonth = parser.isSet(month)
                                  ? QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate)
                                  : QDate::currentDate().addMonths(-1);

    auto open = [&](Database &db) {
        if (!Workspace::open(db, url)) {
            out() << "cannot open " << db.path() << ": " << db.errorDetail() << Qt::endl;
            return false;
        }
        return true;
    };
    if (!parser.value(serverDir).isEmpty()) {
        // Cold: a restarted server (its shared buffers empty) and no page cache.
        const QString script =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../../scripts/pg-test-server.sh");
        const bool restarted = run(QStringLiteral("sh"), {script, QStringLiteral("halt"), parser.value(serverDir)});
        const bool dropped = run(QStringLiteral("sh"),
                                 {QStringLiteral("-c"), QStringLiteral("sync; echo 3 > /proc/sys/vm/drop_caches")});
        run(QStringLiteral("sh"), {script, QStringLiteral("resume"), parser.value(serverDir)});
        Database cold(QStringLiteral("cold"));
        if (!open(cold))
            return 2;
        MonthlyReportQuery report(cold.connection(), benchScope());
        MonthlyReportData data;
        const double ms = onceMs([&] { report.run(reportMonth.year(), reportMonth.month(), 0, &data); });
        out() << QStringLiteral("monthly report %1, COLD (server restarted %2, page cache dropped %3): %4 ms, %5 grids")
                     .arg(reportMonth.toString(QStringLiteral("yyyy-MM")))
                     .arg(restarted ? QStringLiteral("yes") : QStringLiteral("NO"))
                     .arg(dropped ? QStringLiteral("yes") : QStringLiteral("NO"))
                     .arg(ms, 0, 'f', 0)
                     .arg(data.grids.size())
              << Qt::endl;
    }

    Database db(QStringLiteral("bench"));
    if (!open(db))
        return 2;
    const QSqlDatabase c = db.connection();
    out() << QStringLiteral("register: %1 residents, %2 cases, search index: %3")
                 .arg(SqlQuery(c, QStringLiteral("SELECT count(*) FROM resident")).scalar().toLongLong())
                 .arg(SqlQuery(c, QStringLiteral("SELECT count(*) FROM cases")).scalar().toLongLong())
                 .arg(SqlQuery(c, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                                 "'resident_fts_trgm' AND schemaname = current_schema()"))
                                  .scalar()
                                  .toInt() > 0
                          ? QStringLiteral("pg_trgm")
                          : QStringLiteral("NONE"))
          << Qt::endl;

    // Pages read by resident_token's key (issue 23), when the server has it.
    const bool serverTokens = ResidentTokenSchema::servesSearch(c);
    out() << QStringLiteral("first pages by resident_token: %1")
                 .arg(serverTokens ? QStringLiteral("yes") : QStringLiteral("no"))
          << Qt::endl;
    QList<Case> cases;
    auto text = [](const QString &t) {
        ResidentFilter f;
        f.text = t;
        return f;
    };
    for (const QString &t : {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("张伟"), QStringLiteral("陈小"),
                             QStringLiteral("z"), QStringLiteral("zw"), QStringLiteral("zwei"), QStringLiteral("1203"),
                             QStringLiteral("锦绣")})
        cases << Case{QStringLiteral("search %1").arg(t), text(t)};
    ResidentFilter floating;
    floating.residencyType = QStringLiteral("floating");
    cases << Case{QStringLiteral("filter: floating"), floating};
    ResidentFilter grid;
    grid.gridId = SqlQuery(c, QStringLiteral("SELECT min(id) FROM grid")).scalar().toLongLong();
    cases << Case{QStringLiteral("filter: one grid"), grid};
    ResidentFilter tag;
    tag.tagId = 1;
    cases << Case{QStringLiteral("filter: tag 独居"), tag};
    ResidentFilter elderly;
    elderly.minAge = 80;
    cases << Case{QStringLiteral("filter: aged 80+"), elderly};
    ResidentFilter gridAndName = text(QStringLiteral("王"));
    gridAndName.gridId = grid.gridId;
    cases << Case{QStringLiteral("grid + search 王"), gridAndName};

    double worstSearch = 0;
    for (const Case &k : cases) {
        ResidentTableModel model(c, benchScope());
        qsizetype rows = 0;
        // Each timed run is a real change: setFilter() ignores the filter it already has, so the
        // model first shows an empty list, untimed (as register_bench does).
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            ResidentFilter other;
            other.householdId = Q_INT64_C(1) << 40; // no such household
            model.setFilter(other);
            times << onceMs([&] {
                model.setFilter(k.filter);
                rows = qMin(model.rowCount(), 50);
                for (int r = 0; r < rows; ++r)
                    for (int col = 0; col < ResidentTableModel::ColumnCount; ++col)
                        model.index(r, col).data();
            });
        }
        std::sort(times.begin(), times.end());
        const double ms = times.at(times.size() / 2);
        worstSearch = qMax(worstSearch, ms);
        line(k.name, ms, psqlMs(url, registerSql(c, k.filter, serverTokens)), model.rowCount(), 50);
    }

    const int year = QDate::currentDate().addMonths(1).year();
    double worstMonth = 0;
    BirthdayQuery birthdays(c, benchScope());
    for (int m = 1; m <= 12; ++m) {
        qsizetype rows = 0;
        const double ms = medianMs([&] { rows = birthdays.month(year, m).size(); });
        worstMonth = qMax(worstMonth, ms);
        if (m == 1 || m == 12)
            line(QStringLiteral("birthdays %1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')), ms, -1, rows, 200);
    }
    out() << QStringLiteral("birthday list, slowest month: %1 ms (target < 200 ms)").arg(worstMonth, 0, 'f', 1)
          << Qt::endl;

    MonthlyReportQuery report(c, benchScope());
    MonthlyReportData data;
    const double first = onceMs([&] { report.run(reportMonth.year(), reportMonth.month(), 0, &data); });
    const double warm = medianMs([&] { report.run(reportMonth.year(), reportMonth.month(), 0, &data); }, 3);
    out() << QStringLiteral("monthly report %1: first %2 ms, warm %3 ms (target < 3000 ms), %4 cases received")
                 .arg(reportMonth.toString(QStringLiteral("yyyy-MM")))
                 .arg(first, 0, 'f', 0)
                 .arg(warm, 0, 'f', 0)
                 .arg(data.total.received)
          << Qt::endl;
    out() << QStringLiteral("slowest search or filter: %1 ms (target < 50 ms)").arg(worstSearch, 0, 'f', 1) << Qt::endl;
    return 0;
}
