// Rows per second of the resident import (CSV, one transaction, with cleaning, households and
// the search index) beside the sqlite3 shell's bare `.import` of the same file into a table
// without indexes or checks, which is the floor no real import can beat.
//   build/bench/import_bench [--residents N] [--database FILE] [--fresh]
#include "benchoptions.h"
#include "benchscope.h"
#include "models/cnrules/idnumber.h"
#include "models/core/database.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/workspace/workspace.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace {

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号\n").toUtf8());
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(i % 30000);
        file.write(QStringLiteral("居民%1,%2,1%3%4,小区%5,%6栋,%7,%8\n")
                       .arg(i)
                       // Even sequence numbers: the gender digit is the lowest bit, so i / 30000 alone
                       // made rows 30,000 apart share an ID number and be refused.
                       .arg(IdNumber::generate(QStringLiteral("320106"), birth, i / 30000 * 2, i % 2))
                       .arg(3 + i % 7)
                       .arg(i % 100000000, 9, 10, QLatin1Char('0'))
                       .arg(i / 20000)
                       .arg(i / 1000 % 20)
                       .arg(i / 100 % 10)
                       .arg(i / 2 % 50 + 101)
                       .toUtf8());
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(app);
    QTextStream out(stdout);
    const QString csv = options.path + QStringLiteral(".csv");
    if (!QFile::exists(csv) || options.build) {
        out << "writing " << options.residents << " rows to " << csv << Qt::endl;
        if (!writeCsv(csv, options.residents))
            return 1;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(options.path + suffix);

    Database db;
    if (!Workspace::open(db, options.path)) {
        out << db.errorText() << Qt::endl;
        return 1;
    }
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(csv, &error);
    if (!source) {
        out << error << Qt::endl;
        return 1;
    }
    ResidentImporter importer(db.connection(), benchScope());
    QElapsedTimer timer;
    timer.start();
    const ResidentImporter::Outcome outcome = importer.run(*source);
    const double seconds = timer.elapsed() / 1000.0;
    const ResidentImporter::Summary s = importer.summary();
    if (outcome != ResidentImporter::Outcome::Done || s.imported != options.residents) {
        out << "import failed: " << importer.errorText() << " imported " << s.imported << " rejected " << s.rejected
            << Qt::endl;
        return 1;
    }
    out << QStringLiteral("ResidentImporter: %1 rows in %2 s = %3 rows/s")
               .arg(s.imported)
               .arg(seconds, 0, 'f', 1)
               .arg(qRound(s.imported / seconds))
        << Qt::endl;

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "sqlite3 shell not installed: no comparison" << Qt::endl;
        return 0;
    }
    const QString plain = options.path + QStringLiteral(".plain.sqlite");
    QFile::remove(plain);
    QProcess shell;
    timer.restart();
    shell.start(sqlite3, {plain, QStringLiteral(".mode csv"), QStringLiteral(".import ") + csv + QStringLiteral(" t")});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        out << "sqlite3 .import failed" << Qt::endl;
        return 1;
    }
    const double shellSeconds = timer.elapsed() / 1000.0;
    out << QStringLiteral("sqlite3 .import:  %1 rows in %2 s = %3 rows/s (bare table, no checks)")
               .arg(options.residents)
               .arg(shellSeconds, 0, 'f', 1)
               .arg(qRound(options.residents / shellSeconds))
        << Qt::endl;
    QFile::remove(plain);
    return 0;
}
