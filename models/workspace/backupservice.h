#pragma once

#include <functional>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QSqlDatabase>
#include <QString>

// Copies of the register, because the desk's own file is otherwise the only one. A backup is a
// consistent snapshot taken with VACUUM INTO while the program runs (other readers and writers
// wait at most a moment); backups are dated files in one folder, the oldest removed beyond the
// number to keep. A restore first checks the candidate (SQLite's integrity check, our tables,
// a schema this program knows) and keeps a copy of the current file before replacing it.
class BackupService final
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // `db` is the open register, `databasePath` its file.
    BackupService(QSqlDatabase db, QString databasePath);

    // The folder backups go to: the setting, or "backups" next to the database file.
    QString folder() const;
    void setFolder(const QString &folder) { m_folder = folder; }

    // Writes communitydesk-yyyyMMdd-HHmmss.sqlite; returns its path, or empty with *error set.
    QString backupNow(QString *error = nullptr);
    // Writes a backup to `path` (the command line's `backup FILE`), which must not exist yet.
    bool backupTo(const QString &path, QString *error = nullptr);
    // Called now and then during a backup with the part done (0..1); returning false cancels it,
    // and the backup then leaves no file.
    void setProgress(std::function<bool(double)> progress) { m_progress = std::move(progress); }
    // How many residents a backup of the register carries, for the audit row of the copy.
    int residentCount() const;
    // Once a day: a backup unless one was made today, then only the newest `keep` are kept.
    // Returns the new backup's path, or empty if none was due (or it failed: *error says).
    QString dailyBackup(int keep, QString *error = nullptr);
    // Removes all but the newest `keep` backups of the folder; returns how many were removed.
    int rotate(int keep);
    // Removes the ".partial" files of backups killed midway (older than an hour); their count.
    int removeStalePartials();
    // Newest first.
    QFileInfoList backups() const;
    QString latestBackup() const;

    // Empty when `path` is a sound CommunityDesk database this program can open; otherwise the
    // reason, translated. `keepGoing` is called now and then during the check; false cancels it.
    static QString checkCandidate(const QString &path, const std::function<bool()> &keepGoing = {});
    // Replaces the file at databasePath with `candidate` after checking it. The register must be
    // closed first. The current file is kept as "before-restore-<stamp>.sqlite" in the backup
    // folder (*keptCopy). False with *error set leaves the current file as it was.
    static bool restore(const QString &candidate, const QString &databasePath, const QString &backupFolder,
                        QString *keptCopy = nullptr, QString *error = nullptr);

    // Settings: how many daily backups to keep (default 14; 0 turns daily backups off) and the folder.
    static int keepSetting();
    static void setKeepSetting(int keep);
    static QString folderSetting();
    static void setFolderSetting(const QString &folder);
    static QString defaultFolder(const QString &databasePath);
    // A restore chosen while the register is open happens at the next start, before it is opened.
    static QString pendingRestore();
    static void setPendingRestore(const QString &candidate);

    // For tests: the clock deciding the file names and "today".
    void setNowForTesting(const QDateTime &now) { m_now = now; }

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }

    QSqlDatabase m_db;
    QString m_databasePath;
    QString m_folder;
    QDateTime m_now;
    std::function<bool(double)> m_progress;
};
