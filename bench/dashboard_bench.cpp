// The dashboard at scale: every DashboardQuery aggregate behind the charts, for the last 12
// months, on a register of N residents with M cases (default 1,000,000 and 600,000). Target:
// all of them together < 300 ms. The database is built once: a copy of an existing register
// (--register FILE, opened through Database so it migrates; the original is never touched) or
// a demo register, then cases with their steps and events from DemoActivityGenerator.
#include "benchscope.h"
#include "benchtimer.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/demo/demoactivitygenerator.h"
#include "models/demo/demogenerator.h"
#include "models/reports/dashboardquery.h"
#include "models/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.scalar().toLongLong();
}

constexpr double kResidentsPerHousehold = 2.66; // the demo generator's mix

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // BenchOptions' three options, plus what only this benchmark needs.
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption residentsOption(QStringLiteral("residents"),
                                             QStringLiteral("Residents (default 1000000)."), QStringLiteral("N"),
                                             QStringLiteral("1000000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The benchmark database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"), QStringLiteral("Rebuild the database."));
    const QCommandLineOption registerOption(QStringLiteral("register"),
                                            QStringLiteral("Copy this register database instead of generating one."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases in all (default 600000)."),
                                         QStringLiteral("N"), QStringLiteral("600000"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events in all (default 20000)."),
                                          QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
                                          QStringLiteral("Months the cases spread over (default 12: all of them in the "
                                                         "dashboard's period, the worst case)."),
                                          QStringLiteral("N"), QStringLiteral("12"));
    parser.addOptions(
        {residentsOption, databaseOption, freshOption, registerOption, casesOption, eventsOption, monthsOption});
    parser.process(app);
    const int residents = parser.value(residentsOption).toInt();
    const int cases = parser.value(casesOption).toInt();
    const int events = parser.value(eventsOption).toInt();
    const int months = qMax(1, parser.value(monthsOption).toInt());
    const QString path = parser.isSet(databaseOption)
                             ? parser.value(databaseOption)
                             : QDir::current().filePath(QStringLiteral("dashboard-%1.sqlite").arg(residents));
    const bool build = parser.isSet(freshOption) || !QFileInfo::exists(path);
    if (build) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (parser.isSet(registerOption)) {
            QElapsedTimer copy;
            copy.start();
            if (!QFile::copy(parser.value(registerOption), path)) {
                out() << "cannot copy " << parser.value(registerOption) << " to " << path << Qt::endl;
                return 1;
            }
            out() << QStringLiteral("copied the register in %1 s").arg(copy.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
        }
    }

    {
        Database db(QStringLiteral("build"));
        QElapsedTimer timer;
        timer.start();
        if (!Workspace::open(db, path)) { // migrates a copied register to the current schema
            out() << "cannot open " << path << ": " << db.errorDetail() << Qt::endl;
            return 1;
        }
        const QSqlDatabase c = db.connection();
        if (scalar(c, QStringLiteral("SELECT count(*) FROM resident")) == 0) {
            DemoGenerator generator(c);
            if (!generator.generate(qMax(1, int(residents / kResidentsPerHousehold)))) {
                out() << "demo generation failed: " << generator.errorText() << Qt::endl;
                return 1;
            }
        }
        const qint64 haveCases = scalar(c, QStringLiteral("SELECT count(*) FROM cases"));
        const qint64 haveEvents = scalar(c, QStringLiteral("SELECT count(*) FROM event"));
        if (haveCases < cases || haveEvents < events) {
            QElapsedTimer fill;
            fill.start();
            Transaction tx(c);
            DemoActivityGenerator activity(c, 424242);
            activity.setMonths(months);
            activity.setProgress([](int done, int total) {
                if (done % 100000 == 0)
                    out() << QStringLiteral("  %1 of %2 cases").arg(done).arg(total) << Qt::endl;
            });
            if (!activity.generate(int(qMax<qint64>(0, cases - haveCases)),
                                   int(qMax<qint64>(0, events - haveEvents))) ||
                !tx.commit()) {
                out() << "case generation failed: " << activity.errorText() << Qt::endl;
                return 1;
            }
            SqlQuery(c, QStringLiteral("ANALYZE")).exec();
            out() << QStringLiteral("added %1 cases and %2 events over %3 months in %4 s")
                         .arg(cases - haveCases)
                         .arg(events - haveEvents)
                         .arg(months)
                         .arg(fill.elapsed() / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        }
        out() << QStringLiteral("open (with any migration and filling): %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    }

    Database db(QStringLiteral("bench"));
    if (!Workspace::open(db, path)) {
        out() << "cannot open " << path << Qt::endl;
        return 1;
    }
    const QSqlDatabase c = db.connection();
    const QDate today = QDate::currentDate();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    out() << QStringLiteral("%1: %2 residents, %3 grids, %4 cases (%5 received in the last 12 months), %6 case steps, "
                            "%7 events")
                 .arg(QFileInfo(path).fileName())
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM resident")))
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM grid")))
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM cases")))
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= '%1'")
                                    .arg(from.toString(Qt::ISODate))))
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM case_step")))
                 .arg(scalar(c, QStringLiteral("SELECT count(*) FROM event")))
          << Qt::endl;

    DashboardQuery query(c, benchScope());
    query.setPeriod(from, today);
    int sink = 0;
    auto all = [&] {
        sink += int(query.casesPerGrid().size() + query.casesPerMonth().size() + query.casesPerCategory().size() +
                    query.eventsPerGrid().size());
    };
    const double cold = onceMs(all); // first run of this process: pages come from the OS cache
    const double grid = medianMs([&] { sink += int(query.casesPerGrid().size()); });
    const double month = medianMs([&] { sink += int(query.casesPerMonth().size()); });
    const double category = medianMs([&] { sink += int(query.casesPerCategory().size()); });
    const double eventFigures = medianMs([&] { sink += int(query.eventsPerGrid().size()); });
    const double total = medianMs(all);
    const double totalCpu = medianCpuMs(all);
    // The page opens on "this month"; "last 3 months" is the other preset.
    query.setPeriod(QDate(today.year(), today.month(), 1), today);
    const double thisMonth = medianMs(all);
    query.setPeriod(QDate(today.year(), today.month(), 1).addMonths(-2), today);
    const double threeMonths = medianMs(all);
    query.setPeriod(from, today);
    query.setGrid(scalar(c, QStringLiteral("SELECT min(id) FROM grid")));
    const double oneGrid = medianMs(all);

    out()
        << QStringLiteral("last 12 months (%1 – %2), median of 5 warm runs:")
               .arg(from.toString(Qt::ISODate), today.toString(Qt::ISODate))
        << Qt::endl
        << QStringLiteral("  cases per grid (received, resolved, rate, median days): %1 ms").arg(grid, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("  cases per month (12 months):                          %1 ms").arg(month, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("  cases per category:                                   %1 ms").arg(category, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("  events and participants per grid per month:           %1 ms").arg(eventFigures, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("  all of them: %1 ms warm (%3 ms processor time), %2 ms first run (target < 300 ms)")
               .arg(total, 0, 'f', 1)
               .arg(cold, 0, 'f', 1)
               .arg(totalCpu, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("  all of them for one grid: %1 ms").arg(oneGrid, 0, 'f', 1) << Qt::endl
        << QStringLiteral("  all of them for this month: %1 ms; for the last 3 months: %2 ms")
               .arg(thisMonth, 0, 'f', 1)
               .arg(threeMonths, 0, 'f', 1)
        << Qt::endl
        << QStringLiteral("peak memory: %1 MiB").arg(peakMemoryMiB(), 0, 'f', 0) << Qt::endl;
    return sink > 0 && total < 300 ? 0 : 1;
}
