// Probable duplicates at scale: builds a demo register of N residents (once), types every 200th
// living resident in again without the ID number, and times DuplicateFinder::find() over the
// whole register (the review dialog's and `resident duplicates`' one query), then prints the plan.
// The target: the list in under 3 s on 1,000,000 residents; the exit code is 1 if it is missed.
//   dedupe_bench [--residents N] [--database FILE] [--fresh]
#include "benchoptions.h"
#include "benchscope.h"
#include "benchtimer.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/dedupe/duplicatefinder.h"
#include "models/demo/demogenerator.h"
#include "models/workspace/workspace.h"

#include <cmath>
#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr double kResidentsPerHousehold = 2.66; // the demo generator's mix
constexpr double kTargetMs = 3000;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(app);
    Database db;
    if (!Workspace::open(db, options.path)) {
        out() << db.errorText() << Qt::endl;
        return 2;
    }
    const QSqlDatabase c = db.connection();
    if (options.build) {
        DemoGenerator generator(c);
        bool ok = false;
        const double ms =
            onceMs([&] { ok = generator.generate(int(std::ceil(options.residents / kResidentsPerHousehold))); });
        if (!ok) {
            out() << generator.errorText() << Qt::endl;
            return 2;
        }
        out()
            << QStringLiteral("built %1 residents in %2 s").arg(generator.summary().residents).arg(ms / 1000, 0, 'f', 1)
            << Qt::endl;
        // The duplicates a second import or a hurried clerk leaves: same person, no ID number.
        Transaction tx(c);
        SqlQuery copies(c, QStringLiteral("INSERT INTO resident (household_id, name, birth_date, gender, relation, "
                                          "residency_type, status, name_key, name_initials, name_pinyin, created_at, "
                                          "updated_at) SELECT household_id, name, birth_date, gender, 'other', "
                                          "residency_type, status, name_key, name_initials, name_pinyin, created_at, "
                                          "updated_at FROM resident WHERE status = 'living' AND id % 200 = 0"));
        if (!copies.exec() || !tx.commit()) {
            out() << copies.errorDetail() << Qt::endl;
            return 2;
        }
        out() << QStringLiteral("added %1 duplicates").arg(copies.numRowsAffected()) << Qt::endl;
    }
    SqlQuery total(c, QStringLiteral("SELECT count(*) FROM resident"));
    out() << QStringLiteral("register: %1 residents, %2").arg(total.scalar().toLongLong()).arg(options.path)
          << Qt::endl;

    const DuplicateFinder finder(c, benchScope());
    qsizetype pairs = 0;
    const double first = onceMs([&] { pairs = finder.find().size(); });
    const double ms = medianMs([&] { pairs = finder.find().size(); }, 3);
    out() << QStringLiteral("DuplicateFinder::find  first %1 ms, median of 3 %2 ms  (%3 pairs)")
                 .arg(first, 0, 'f', 1)
                 .arg(ms, 0, 'f', 1)
                 .arg(pairs)
          << Qt::endl;

    SqlQuery plan(c, QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id, r.name_key, r.birth_date, r.id_number, "
                                    "r.household_id, h.building_id, h.unit, h.room FROM resident r LEFT JOIN household "
                                    "h ON h.id = r.household_id WHERE r.status = 'living' AND r.name_key IN (SELECT "
                                    "name_key FROM resident WHERE status = 'living' GROUP BY name_key HAVING count(*) "
                                    "> 1) ORDER BY r.name_key"));
    if (plan.exec())
        while (plan.next())
            out() << QStringLiteral("plan: ") << plan.value(3).toString() << Qt::endl;
    out() << QStringLiteral("peak memory %1 MiB").arg(peakMemoryMiB(), 0, 'f', 0) << Qt::endl;
    const bool met = ms < kTargetMs;
    out() << QStringLiteral("duplicate list: %1 ms; target < %2 ms %3")
                 .arg(ms, 0, 'f', 1)
                 .arg(kTargetMs, 0, 'f', 0)
                 .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"))
          << Qt::endl;
    return met ? 0 : 1;
}
