// The field copy at the size of one grid's round (issue 22): a demo register of N residents
// (default 5,000) all in grid G01, checked out for a worker; prints the check-out time, the sealed
// file's size, the time to open it (Argon2id + decrypt + deserialize) and what one save costs
// (a visit through VisitStore, sealed to disk before the store returns). The target: a save
// under 150 ms (beyond that, saves would have to be batched); the exit code is 1 if it is missed.
//   field_bench [--residents N] [--database FILE] [--fresh]
#include "benchoptions.h"
#include "benchscope.h"
#include "benchtimer.h"
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"
#include "models/visits/visit.h"
#include "models/visits/visitneed.h"
#include "models/visits/visitstore.h"
#include "models/workspace/workspace.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr double kResidentsPerHousehold = 2.66; // the demo generator's mix
const QString kPassword = QStringLiteral("bench-field-password");

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(app, 5000);
    QTemporaryDir dir;
    {
        Database db;
        if (!Workspace::open(db, options.path)) {
            out() << db.errorText() << Qt::endl;
            return 2;
        }
        const QSqlDatabase c = db.connection();
        if (options.build) {
            DemoGenerator generator(c);
            if (!generator.generate(int(std::ceil(options.residents / kResidentsPerHousehold)))) {
                out() << generator.errorText() << Qt::endl;
                return 2;
            }
            // One grid's round: every building in G01.
            SqlQuery(c, QStringLiteral("UPDATE building SET grid_id = (SELECT id FROM grid WHERE code = 'G01')"))
                .exec();
        }
        if (!AccountStore(c).hasAccounts())
            AccountStore(c).createAdministrator(QStringLiteral("bench"), QStringLiteral("Bench"),
                                                QStringLiteral("bench-password-1"));
        // The copy is for the office's first account (an administrator may take any grid out).
        const QString worker =
            SqlQuery(c, QStringLiteral("SELECT login FROM account ORDER BY id LIMIT 1")).scalar().toString();
        const QString path = dir.filePath(QStringLiteral("bench.cdfield"));
        FieldCheckout checkout(c, options.path, benchScope());
        bool ok = false;
        const double ms = onceMs([&] { ok = checkout.run({{QStringLiteral("G01")}, worker, path, kPassword}); });
        if (!ok) {
            out() << checkout.errorText() << " " << checkout.errorDetail() << Qt::endl;
            return 2;
        }
        out() << QStringLiteral("check-out of G01: %1 residents, %2 ms, sealed file %3 KiB")
                     .arg(checkout.residentCount())
                     .arg(ms, 0, 'f', 0)
                     .arg(QFileInfo(path).size() / 1024)
              << Qt::endl;
    }

    const QString path = dir.filePath(QStringLiteral("bench.cdfield"));
    FieldFile file;
    Database field(QStringLiteral("bench-field"));
    bool opened = false;
    const double openMs = onceMs([&] { opened = FieldWorkspace::open(field, file, path, kPassword); });
    if (!opened) {
        out() << field.errorText() << Qt::endl;
        return 2;
    }
    out() << QStringLiteral("open (Argon2id key, decrypt, deserialize): %1 ms").arg(openMs, 0, 'f', 0) << Qt::endl;

    const AccessScope scope = benchScope();
    VisitStore store(field.connection(), scope);
    SqlQuery households(field.connection(), QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 20"));
    QList<qint64> ids;
    if (households.exec())
        while (households.next())
            ids.append(households.value(0).toLongLong());
    QList<double> saves;
    QList<double> sealing;
    for (qint64 household : std::as_const(ids)) {
        Visit visit;
        visit.householdId = household;
        visit.visitedOn = QDate::currentDate();
        visit.worker = QStringLiteral("bench");
        visit.notes = QStringLiteral("入户走访");
        QList<VisitNeed> needs;
        bool saved = false;
        saves.append(onceMs([&] { saved = store.save(visit, needs).ok; }));
        sealing.append(double(file.lastSaveMs()));
        if (!saved) {
            out() << "visit not saved" << Qt::endl;
            return 2;
        }
    }
    std::sort(saves.begin(), saves.end());
    std::sort(sealing.begin(), sealing.end());
    const double median = saves.value(saves.size() / 2);
    out() << QStringLiteral("one visit saved and sealed to disk: median %1 ms, worst %2 ms (sealing alone: median "
                            "%3 ms; %4 KiB written each time)")
                 .arg(median, 0, 'f', 1)
                 .arg(saves.isEmpty() ? 0.0 : saves.last(), 0, 'f', 1)
                 .arg(sealing.value(sealing.size() / 2), 0, 'f', 0)
                 .arg(file.lastSaveBytes() / 1024)
          << Qt::endl;
    return median < 150.0 ? 0 : 1;
}
