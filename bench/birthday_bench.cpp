// birthday_bench: times the Birthdays page's reads on a large register.
//
//   birthday_bench --database FILE [--households N] [--runs R]
//
// Without FILE a demo register of N households (default 377000, about 1,000,000 residents)
// is written there first. Prints the median and worst time of R runs (default 5) for: the
// month list by solar and by lunar date, the list with last month's missed residents, the
// 7-day dashboard figure, and a BirthdayListModel reload; and the query plan. The target of
// issue 4 is a month list under 200 ms on 1,000,000 residents. Exit code 1 if it is missed.
#include "birthdaylistmodel.h"
#include "birthdayquery.h"
#include "database.h"
#include "demogenerator.h"
#include "sqlquery.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Median and worst of `runs` timings in milliseconds; `count` is what the last run returned.
struct Timing
{
    double median = 0;
    double worst = 0;
    qsizetype count = 0;
};

Timing time(int runs, const std::function<qsizetype()> &work)
{
    QList<double> ms;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        t.count = work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    t.median = ms.at(ms.size() / 2);
    t.worst = ms.constLast();
    return t;
}

void report(const QString &what, const Timing &t)
{
    out() << QStringLiteral("%1  median %2 ms  worst %3 ms  (%4 rows)")
                 .arg(what, -34)
                 .arg(t.median, 8, 'f', 1)
                 .arg(t.worst, 8, 'f', 1)
                 .arg(t.count)
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // BirthdayListModel's fonts and brushes
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption households(QStringLiteral("households"),
                                        QStringLiteral("Demo households to write if FILE does not exist."),
                                        QStringLiteral("N"), QStringLiteral("377000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("R"),
                                  QStringLiteral("5"));
    parser.addHelpOption();
    parser.addOptions({database, households, runs});
    parser.process(app);
    if (!parser.isSet(database)) {
        parser.showHelp(2);
    }
    const QString path = parser.value(database);
    const bool fresh = !QFileInfo::exists(path);
    Database db;
    if (!db.open(path)) {
        out() << db.errorText() << Qt::endl;
        return 2;
    }
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        DemoGenerator demo(db.connection());
        if (!demo.generate(parser.value(households).toInt())) {
            out() << demo.errorText() << Qt::endl;
            return 2;
        }
        out() << QStringLiteral("demo register written in %1 s").arg(timer.elapsed() / 1000.0) << Qt::endl;
    }
    const QSqlDatabase c = db.connection();
    SqlQuery total(c, QStringLiteral("SELECT count(*) FROM resident"));
    out() << QStringLiteral("%1 residents in %2").arg(total.scalar().toLongLong()).arg(path) << Qt::endl;

    const int r = qMax(1, parser.value(runs).toInt());
    const QDate today = QDate::currentDate();
    const QDate next = today.addMonths(1);
    BirthdayQuery solar(c);
    BirthdayQuery lunar(c);
    lunar.setDefaultCalendar(BirthdayRules::Calendar::Lunar);

    double worstMonth = 0;
    for (int month = 1; month <= 12; ++month) {
        const Timing t = time(r, [&] { return solar.month(next.year(), month).size(); });
        report(QStringLiteral("month %1-%2, solar").arg(next.year()).arg(month, 2, 10, QLatin1Char('0')), t);
        worstMonth = qMax(worstMonth, t.median);
    }
    for (int month = 1; month <= 12; ++month) {
        const Timing t = time(r, [&] { return lunar.month(next.year(), month).size(); });
        report(QStringLiteral("month %1-%2, lunar").arg(next.year()).arg(month, 2, 10, QLatin1Char('0')), t);
        worstMonth = qMax(worstMonth, t.median);
    }
    report(QStringLiteral("month with missed, solar"),
           time(r, [&] { return solar.monthWithMissed(next.year(), next.month()).size(); }));
    report(QStringLiteral("upcoming 7 days (dashboard)"), time(r, [&] { return qsizetype(solar.upcomingCount(today)); }));
    BirthdayListModel model(c);
    report(QStringLiteral("BirthdayListModel::reload"), time(r, [&] {
               model.reload();
               return qsizetype(model.rowCount());
           }));

    SqlQuery plan(c, QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM resident r WHERE r.status = 'living' AND "
                                    "r.birth_md BETWEEN 501 AND 531 AND r.birth_date <= '1966-12-31'"));
    if (plan.exec())
        while (plan.next())
            out() << QStringLiteral("plan: ") << plan.value(3).toString() << Qt::endl;

    const bool ok = worstMonth < 200;
    out() << QStringLiteral("slowest month list (median): %1 ms, target < 200 ms: %2")
                 .arg(worstMonth, 0, 'f', 1)
                 .arg(ok ? QStringLiteral("met") : QStringLiteral("MISSED"))
          << Qt::endl;
    return ok ? 0 : 1;
}
