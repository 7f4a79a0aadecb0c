#include "backupservice.h"

#include "migrations.h"
#include "models/core/sqldialect.h"
#include "models/core/sqliteprogress.h"
#include "models/core/sqliteworker.h"
#include "models/core/sqlquery.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QUuid>

namespace {

const QString kPrefix = QStringLiteral("communitydesk-");
const QString kSuffix = QStringLiteral(".sqlite");

// Removes a file together with SQLite's write-ahead log and shared-memory files.
void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

BackupService::BackupService(QSqlDatabase db, QString databasePath)
    : m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
{}

QString BackupService::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::folder() const
{
    if (!m_folder.isEmpty())
        return m_folder;
    const QString setting = folderSetting();
    return setting.isEmpty() ? defaultFolder(m_databasePath) : setting;
}

QString BackupService::backupNow(QString *error)
{
    if (SqlDialect::isPostgres(m_db)) {
        if (error)
            *error = tr("The register is on a database server; it is backed up on the server (pg_dump), not here.");
        return QString();
    }
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(dir));
        return QString();
    }
    QString path = QDir(dir).filePath(kPrefix + now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(dir).filePath(kPrefix + now().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                  QStringLiteral("-%1").arg(n) + kSuffix);
    return backupTo(path, error) ? path : QString();
}

bool BackupService::backupTo(const QString &path, QString *error)
{
    if (SqlDialect::isPostgres(m_db)) {
        if (error)
            *error = tr("The register is on a database server; it is backed up on the server (pg_dump), not here.");
        return false;
    }
    if (QFileInfo::exists(path)) {
        if (error)
            *error =
                tr("%1 already exists; please choose a new file for the backup.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // VACUUM INTO writes a consistent, compact copy under a read transaction; a half-written
    // file is removed, so a backup either exists complete or not at all.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // How far: the copy's size against the register's (the copy is compact, so it ends below 1).
    const qint64 total = qMax<qint64>(1, QFileInfo(m_databasePath).size());
    bool cancelled = false;
    const bool written = SqliteWorker::run(
        m_db,
        [&partial](const QSqlDatabase &db) {
            SqlQuery vacuum(db, QStringLiteral("VACUUM INTO ?"));
            return vacuum.exec(partial);
        },
        m_progress ? std::function<bool()>([this, &partial, total] {
            return m_progress(qMin(0.99, double(QFileInfo(partial).size()) / double(total)));
        })
                   : std::function<bool()>(),
        &cancelled);
    if (cancelled) {
        QFile::remove(partial);
        if (error)
            *error = tr("The backup was cancelled; nothing was written.");
        return false;
    }
    if (!written || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        if (error)
            *error = tr("The backup could not be written to %1 (the disk may be full or the database busy).")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    return true;
}

int BackupService::residentCount() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM resident"));
    return q.scalar().toInt();
}

QFileInfoList BackupService::backups() const
{
    QDir dir(folder());
    // The names sort by date; newest first.
    return dir.entryInfoList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
}

QString BackupService::latestBackup() const
{
    const QFileInfoList list = backups();
    return list.isEmpty() ? QString() : list.first().absoluteFilePath();
}

int BackupService::rotate(int keep)
{
    if (keep < 1)
        return 0;
    const QFileInfoList list = backups();
    int removed = 0;
    for (int i = keep; i < list.size(); ++i)
        if (QFile::remove(list.at(i).absoluteFilePath()))
            ++removed;
    return removed;
}

QString BackupService::dailyBackup(int keep, QString *error)
{
    if (keep < 1 || SqlDialect::isPostgres(m_db))
        return QString(); // a server's backups are the server's business
    const QString today = kPrefix + now().toString(QStringLiteral("yyyyMMdd"));
    for (const QFileInfo &info : backups())
        if (info.fileName().startsWith(today))
            return QString();
    removeStalePartials();
    const QString path = backupNow(error);
    if (!path.isEmpty())
        rotate(keep);
    return path;
}

int BackupService::removeStalePartials()
{
    // A backup killed midway (power cut, kill -9) leaves its ".partial"; a failed one removes its
    // own. Another desk's backup in progress is minutes old at most, so only older ones go.
    const QDateTime before = QDateTime::currentDateTime().addSecs(-3600);
    int removed = 0;
    const QFileInfoList partials = QDir(folder()).entryInfoList(
        {kPrefix + QStringLiteral("*") + kSuffix + QStringLiteral(".partial")}, QDir::Files);
    for (const QFileInfo &info : partials)
        if (info.lastModified() < before && QFile::remove(info.absoluteFilePath()))
            ++removed;
    return removed;
}

QString BackupService::checkCandidate(const QString &path, const std::function<bool()> &keepGoing)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("The file %1 does not exist.").arg(info.fileName());
    const QString name = QStringLiteral("backupcheck-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = tr("The file %1 cannot be opened.").arg(info.fileName());
        } else {
            SqlQuery check(db, QStringLiteral("PRAGMA integrity_check"));
            QString result;
            bool cancelled = false;
            {
                const SqliteProgress watch(db, keepGoing);
                result = check.exec() && check.next() ? check.value(0).toString() : QString();
                cancelled = watch.interrupted();
            }
            if (cancelled) {
                problem = tr("The check of %1 was cancelled.").arg(info.fileName());
            } else if (result != QLatin1String("ok")) {
                problem = tr("The file %1 is damaged or is not a database.").arg(info.fileName());
            } else {
                SqlQuery tables(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                                   "name IN ('schema_version', 'household', 'resident')"));
                const int version = Migrations::currentVersion(db);
                if (tables.scalar().toInt() != 3)
                    problem = tr("The file %1 is not a CommunityDesk database.").arg(info.fileName());
                else if (version > Migrations::latestVersion())
                    problem = tr("The file %1 was written by a newer CommunityDesk (data version %2); please "
                                 "update the program first.")
                                  .arg(info.fileName())
                                  .arg(version);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool BackupService::restore(const QString &candidate, const QString &databasePath, const QString &backupFolder,
                            QString *keptCopy, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    const QString problem = checkCandidate(candidate);
    if (!problem.isEmpty())
        return fail(problem);
    if (!QDir().mkpath(backupFolder))
        return fail(tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(backupFolder)));

    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString kept = QDir(backupFolder).filePath(QStringLiteral("before-restore-%1.sqlite").arg(stamp));
    // The replacement goes next to the database first, so the final step is a rename on one disk.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(candidate, incoming))
        return fail(tr("The backup could not be copied; nothing was changed."));
    if (QFileInfo::exists(databasePath)) {
        QFile::remove(kept);
        if (!QFile::copy(databasePath, kept)) {
            QFile::remove(incoming);
            return fail(tr("The current database could not be kept as a copy; nothing was changed."));
        }
        if (QFileInfo::exists(databasePath + QStringLiteral("-wal")))
            QFile::copy(databasePath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
    }
    removeWithSidecars(databasePath);
    if (!QFile::rename(incoming, databasePath)) {
        QFile::copy(kept, databasePath);
        QFile::remove(incoming);
        return fail(tr("The backup could not be put in place; the current database was kept."));
    }
    if (keptCopy)
        *keptCopy = QFileInfo::exists(kept) ? kept : QString();
    return true;
}

int BackupService::keepSetting()
{
    return QSettings().value(QStringLiteral("backup/keep"), 14).toInt();
}

void BackupService::setKeepSetting(int keep)
{
    QSettings().setValue(QStringLiteral("backup/keep"), qMax(0, keep));
}

QString BackupService::folderSetting()
{
    return QSettings().value(QStringLiteral("backup/folder")).toString();
}

void BackupService::setFolderSetting(const QString &folder)
{
    QSettings().setValue(QStringLiteral("backup/folder"), folder);
}

QString BackupService::pendingRestore()
{
    return QSettings().value(QStringLiteral("backup/pendingRestore")).toString();
}

void BackupService::setPendingRestore(const QString &candidate)
{
    if (candidate.isEmpty())
        QSettings().remove(QStringLiteral("backup/pendingRestore"));
    else
        QSettings().setValue(QStringLiteral("backup/pendingRestore"), candidate);
}
