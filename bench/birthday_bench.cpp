// The Birthdays page at scale: builds a demo register of N residents (once) and times the month
// list by solar and by lunar date for every month, the list with last month's missed residents,
// the 7-day dashboard figure and a model reload; then prints the query plan. Issue 4's target:
// a month list under 200 ms on 1,000,000 residents; the exit code is 1 if it is missed.
//   birthday_bench [--residents N] [--database FILE] [--fresh]
#include "benchoptions.h"
#include "benchscope.h"
#include "benchtimer.h"
#include "models/birthdays/birthdaylistmodel.h"
#include "models/birthdays/birthdayquery.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/workspace/workspace.h"

#include <cmath>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr double kResidentsPerHousehold = 2.66; // the demo generator's mix

void report(const QString &what, double ms, qsizetype rows)
{
    out() << QStringLiteral("%1 %2 ms  (%3 rows)").arg(what, -30).arg(ms, 8, 'f', 1).arg(rows) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // the list model's fonts and brushes
    const BenchOptions options = BenchOptions::parse(app);
    const int residents = options.residents;
    const QString path = options.path;
    const bool build = options.build;

    Database db;
    if (!Workspace::open(db, path)) {
        out() << db.errorText() << Qt::endl;
        return 2;
    }
    const QSqlDatabase c = db.connection();
    if (build) {
        DemoGenerator generator(c);
        bool ok = false;
        const double ms = onceMs([&] { ok = generator.generate(int(std::ceil(residents / kResidentsPerHousehold))); });
        if (!ok) {
            out() << generator.errorText() << Qt::endl;
            return 2;
        }
        out()
            << QStringLiteral("built %1 residents in %2 s").arg(generator.summary().residents).arg(ms / 1000, 0, 'f', 1)
            << Qt::endl;
    }
    SqlQuery total(c, QStringLiteral("SELECT count(*) FROM resident"));
    out() << QStringLiteral("register: %1 residents, %2").arg(total.scalar().toLongLong()).arg(path) << Qt::endl;

    const int year = QDate::currentDate().addMonths(1).year();
    double worst = 0;
    for (const BirthdayRules::Calendar calendar : {BirthdayRules::Calendar::Solar, BirthdayRules::Calendar::Lunar}) {
        BirthdayQuery query(c, benchScope());
        query.setDefaultCalendar(calendar);
        const QString name =
            calendar == BirthdayRules::Calendar::Solar ? QStringLiteral("solar") : QStringLiteral("lunar");
        for (int month = 1; month <= 12; ++month) {
            qsizetype rows = 0;
            const double ms = medianMs([&] { rows = query.month(year, month).size(); });
            report(QStringLiteral("month %1-%2, %3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(name), ms, rows);
            worst = qMax(worst, ms);
        }
    }
    BirthdayQuery query(c, benchScope());
    qsizetype rows = 0;
    double ms = medianMs([&] { rows = query.monthWithMissed(year, 5).size(); });
    report(QStringLiteral("month with last month's missed"), ms, rows);
    int upcoming = 0;
    ms = medianMs([&] { upcoming = query.upcomingCount(QDate::currentDate()); });
    report(QStringLiteral("upcoming 7 days (dashboard)"), ms, upcoming);
    BirthdayListModel model(c, benchScope());
    model.setMonth(year, 5);
    ms = medianMs([&] { model.reload(); });
    report(QStringLiteral("BirthdayListModel::reload"), ms, model.rowCount());

    SqlQuery plan(c,
                  QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id, r.name, h.room FROM resident r LEFT JOIN household h "
                                 "ON h.id = r.household_id WHERE r.status = 'living' AND r.birth_md BETWEEN 501 "
                                 "AND 531 AND r.birth_date <= '1966-12-31'"));
    if (plan.exec())
        while (plan.next())
            out() << QStringLiteral("plan: ") << plan.value(3).toString() << Qt::endl;
    out() << QStringLiteral("peak memory %1 MiB").arg(peakMemoryMiB(), 0, 'f', 0) << Qt::endl;

    const bool met = worst < 200;
    out() << QStringLiteral("slowest month list (median of 5): %1 ms; target < 200 ms %2")
                 .arg(worst, 0, 'f', 1)
                 .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"))
          << Qt::endl;
    return met ? 0 : 1;
}
