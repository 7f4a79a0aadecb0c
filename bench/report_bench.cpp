// The monthly report on a large database: gathering its figures and writing the PDF.
//   build/bench/report_bench --database FILE|URL [--month YYYY-MM] [--households N] [--cold]
// FILE may be the database dashboard_bench builds (1,000,000 residents, 600,000 cases); a
// missing FILE is filled with a demo community of N households first. Exits 1 when the report
// takes 2 s or more. --cold (as root) drops the kernel's page cache before the database is
// opened, so the first report reads everything from disk as the month's one report does, and
// prints the time of each section; it exits 1 when that cold report takes 3 s or more.
#include "benchscope.h"
#include "benchtimer.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // fonts for the PDF, no window needed
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database FILE."),
                                      QStringLiteral("FILE"), QStringLiteral("report-bench.sqlite"));
    const QCommandLineOption households(QStringLiteral("households"),
                                        QStringLiteral("Demo households for a new FILE (default 3000)."),
                                        QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption month(QStringLiteral("month"), QStringLiteral("The report's month (default: last month)."),
                                   QStringLiteral("YYYY-MM"));
    const QCommandLineOption cold(QStringLiteral("cold"),
                                  QStringLiteral("Drop the page cache first (root) and time the report's sections."));
    parser.addOptions({database, households, month, cold});
    parser.process(app);
    QTextStream out(stdout);

    const QString path = parser.value(database);
    const bool fresh = !path.contains(QLatin1String("://")) && !QFileInfo::exists(path);
    bool dropped = false;
    if (parser.isSet(cold)) {
        QLoggingCategory::setFilterRules(QStringLiteral("communitydesk.reports.timing.debug=true"));
        QProcess drop;
        drop.start(QStringLiteral("sh"),
                   {QStringLiteral("-c"), QStringLiteral("sync; echo 3 > /proc/sys/vm/drop_caches")});
        dropped = drop.waitForFinished() && drop.exitCode() == 0;
        out << QStringLiteral("page cache dropped: %1")
                   .arg(dropped ? QStringLiteral("yes") : QStringLiteral("NO (not root?)"))
            << Qt::endl;
    }
    Database db(QStringLiteral("bench"));
    if (!Workspace::open(db, path)) {
        out << "cannot open " << path << ": " << db.errorText() << Qt::endl;
        return 2;
    }
    if (fresh) {
        DemoGenerator demo(db.connection());
        if (!demo.generate(parser.value(households).toInt())) {
            out << "demo data failed: " << demo.errorText() << Qt::endl;
            return 2;
        }
    }
    QDate first = QDate::currentDate().addMonths(-1);
    first = QDate(first.year(), first.month(), 1);
    if (parser.isSet(month))
        first = QDate::fromString(parser.value(month) + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid()) {
        out << "bad --month" << Qt::endl;
        return 2;
    }
    MonthlyReportQuery query(db.connection(), benchScope());
    MonthlyReportData data;
    if (parser.isSet(cold)) {
        // Before anything else reads the database: the first report is the cold one.
        bool ok = true;
        const double ms = onceMs([&] { ok = query.run(first.year(), first.month(), 0, &data); });
        out << QStringLiteral("monthly report %1 figures, COLD: %2 ms (target < 3000 ms)%3")
                   .arg(first.toString(QStringLiteral("yyyy-MM")))
                   .arg(ms, 0, 'f', 0)
                   .arg(ok ? QString() : QStringLiteral(" FAILED"))
            << Qt::endl;
        QLoggingCategory::setFilterRules(QString());
        if (!ok || ms >= 3000)
            return 1;
    }
    SqlQuery counts(db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM resident), (SELECT count(*) FROM "
                                                    "cases), (SELECT count(*) FROM event)"));
    counts.exec();
    counts.next();
    out << QStringLiteral("%1: %2 residents, %3 cases, %4 events; report for %5")
               .arg(QDir::toNativeSeparators(path))
               .arg(counts.value(0).toLongLong())
               .arg(counts.value(1).toLongLong())
               .arg(counts.value(2).toLongLong())
               .arg(first.toString(QStringLiteral("yyyy-MM")))
        << Qt::endl;

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    bool ok = true;
    // The first run reads cold pages, as a clerk's first report after opening the file does.
    const double first_ = onceMs([&] {
        ok = ok && query.run(first.year(), first.month(), 0, &data);
        ok = ok && MonthlyReport(data, ReportTemplate::defaults()).writePdf(pdf);
    });
    const double figures = medianMs([&] { ok = ok && query.run(first.year(), first.month(), 0, &data); }, 3);
    const double writing =
        medianMs([&] { ok = ok && MonthlyReport(data, ReportTemplate::defaults()).writePdf(pdf); }, 3);
    const qint64 gridId = data.grids.isEmpty() ? 0 : data.grids.first().gridId;
    const double oneGrid = medianMs([&] { ok = ok && query.run(first.year(), first.month(), gridId, &data); }, 3);
    if (!ok) {
        out << "the report failed" << Qt::endl;
        return 2;
    }
    const double total = figures + writing;
    out << QStringLiteral("first report (cold): %1 ms\nfigures: %2 ms\nPDF: %3 ms (%4 KiB)\nfigures for one grid: %5 "
                          "ms\nreport (figures + PDF, warm): %6 ms\npeak memory: %7 MiB")
               .arg(first_, 0, 'f', 0)
               .arg(figures, 0, 'f', 1)
               .arg(writing, 0, 'f', 1)
               .arg(QFileInfo(pdf).size() / 1024)
               .arg(oneGrid, 0, 'f', 1)
               .arg(total, 0, 'f', 1)
               .arg(peakMemoryMiB(), 0, 'f', 0)
        << Qt::endl;
    return total < 2000 ? 0 : 1;
}
