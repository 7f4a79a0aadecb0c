#pragma once

#include "models/core/database.h"
#include <QObject>

#include <QSqlDatabase>

class QAction;
class QWidget;

// File > Back up now… and File > Restore…, for the main window's menu. A restore is checked at
// once and carried out at the next start, before the register is opened (it cannot replace the
// file the running program has open).
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(QSqlDatabase db, QWidget *window);

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QAction *checkAction() const { return m_check; }

    // Each shows its progress with Cancel, and says how it ended.
    void backupNow();
    // File > Check the register…: SQLite's integrity and foreign key checks of the open file.
    void checkNow();
    void restore();

    // At start, before the register is opened: a pending restore, or the offer of the latest
    // backup for a damaged file. Returns true if the file at `databasePath` was replaced.
    static bool applyPendingRestore(const QString &databasePath, QWidget *parent);
    static bool offerLatestBackup(const QString &databasePath, const QString &problem, QWidget *parent);
    // The once-a-day backup after start; a failure is shown, never passed over in silence, since
    // the backups are the clerk's only other copy. Returns the new backup's path, or empty.
    static QString dailyBackup(QSqlDatabase db, QWidget *parent);
    // Files too large to check when opened are checked page by page on a connection of their own
    // while the clerk works; on damage the latest backup is offered for the next start and the
    // program closes. `sizeLimit`: files up to this size were checked on opening already.
    static void checkInBackground(QSqlDatabase db, QWidget *window, qint64 sizeLimit = Database::kQuickCheckLimit);

signals:
    void quitRequested();

private:
    QSqlDatabase m_db;
    QWidget *m_window;
    QAction *m_backupNow;
    QAction *m_restore;
    QAction *m_check;
};
