// Rows per second of the resident import (CSV, one transaction, with cleaning, households and
// the search index) beside the sqlite3 shell loading the same file into the same tables with
// their indexes (`.import` into a staging table, then INSERT…SELECT into compound, building,
// household and resident), in one run; also the importer's peak memory (VmHWM).
//   build/bench/import_bench [--rows N (default 200000)] [--database FILE | postgresql://…?schema=S] [--fresh]
#include "benchcsv.h"
#include "benchoptions.h"
#include "benchscope.h"
#include "models/core/database.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/workspace/workspace.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace {

// The process's peak resident set, from /proc/self/status (VmHWM), in MiB; 0 where there is none.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// What the shell runs: the CSV into a staging table (its header names the columns), then the
// same tables the importer fills, set-wise, with the schema's indexes in place.
QByteArray shellScript(const QString &csv)
{
    return QStringLiteral(
               ".bail on\n.mode csv\n.import '%1' staging\n"
               "BEGIN;\n"
               "INSERT INTO community (name) SELECT 'bench' WHERE NOT EXISTS (SELECT 1 FROM community);\n"
               "INSERT INTO compound (community_id, name) SELECT (SELECT min(id) FROM community), c FROM "
               "(SELECT DISTINCT \"小区\" AS c FROM staging);\n"
               "INSERT INTO building (compound_id, name) SELECT DISTINCT cp.id, s.\"楼栋\" FROM staging s "
               "JOIN compound cp ON cp.name = s.\"小区\";\n"
               "INSERT INTO household (building_id, unit, room, created_at, updated_at) SELECT DISTINCT "
               "b.id, s.\"单元\", s.\"门牌号\", datetime('now'), datetime('now') FROM staging s JOIN compound "
               "cp ON cp.name = s.\"小区\" JOIN building b ON b.compound_id = cp.id AND b.name = s.\"楼栋\";\n"
               "INSERT INTO resident (household_id, name, id_number, phone, created_at, updated_at) SELECT "
               "h.id, s.\"姓名\", s.\"身份证号码\", s.\"联系电话\", datetime('now'), datetime('now') FROM "
               "staging s JOIN compound cp ON cp.name = s.\"小区\" JOIN building b ON b.compound_id = cp.id "
               "AND b.name = s.\"楼栋\" JOIN household h ON h.building_id = b.id AND h.unit = s.\"单元\" AND "
               "h.room = s.\"门牌号\";\n"
               "DROP TABLE staging;\nCOMMIT;\nSELECT count(*) FROM resident;\n")
        .arg(csv)
        .toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchOptions options = BenchOptions::parse(app, 200000);
    QTextStream out(stdout);
    // A server (postgresql://…?schema=…): the CSV in the temporary folder, no shell to compare with.
    const bool server = options.path.contains(QStringLiteral("://"));
    const QString csv = server ? QDir::temp().filePath(QStringLiteral("import_bench-%1.csv").arg(options.residents))
                               : options.path + QStringLiteral(".csv");
    if (!QFile::exists(csv) || options.build) {
        out << "writing " << options.residents << " rows to " << csv << Qt::endl;
        if (!BenchCsv::write(csv, options.residents))
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
    const double peak = peakRssMiB();
    out << QStringLiteral("ResidentImporter: %1 rows in %2 s = %3 rows/s, peak RSS %4 MiB")
               .arg(s.imported)
               .arg(seconds, 0, 'f', 1)
               .arg(qRound(s.imported / seconds))
               .arg(peak, 0, 'f', 0)
        << Qt::endl;

    if (server)
        return 0;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "sqlite3 shell not installed (apt install sqlite3): no comparison" << Qt::endl;
        return 0;
    }
    // The same schema, made by the program, then filled by the shell.
    const QString plain = options.path + QStringLiteral(".shell.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(plain + suffix);
    {
        Database schema(QStringLiteral("shell-schema"));
        if (!Workspace::open(schema, plain)) {
            out << schema.errorText() << Qt::endl;
            return 1;
        }
    }
    QProcess shell;
    timer.restart();
    shell.start(sqlite3, {plain});
    shell.write(shellScript(csv));
    shell.closeWriteChannel();
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0) {
        out << "sqlite3 failed: " << QString::fromUtf8(shell.readAllStandardError()) << Qt::endl;
        return 1;
    }
    const double shellSeconds = timer.elapsed() / 1000.0;
    const int shellRows = QString::fromUtf8(shell.readAllStandardOutput()).trimmed().toInt();
    out << QStringLiteral("sqlite3 shell:    %1 rows in %2 s = %3 rows/s (.import + INSERT…SELECT, same tables "
                          "and indexes, no checks)")
               .arg(shellRows)
               .arg(shellSeconds, 0, 'f', 1)
               .arg(qRound(shellRows / shellSeconds))
        << Qt::endl;
    out << QStringLiteral("ratio importer / shell: %1x").arg(seconds / shellSeconds, 0, 'f', 2) << Qt::endl;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(plain + suffix);
    return 0;
}
