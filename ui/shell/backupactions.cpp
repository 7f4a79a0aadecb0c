#include "backupactions.h"

#include "models/core/damagemark.h"

#include "models/core/rowcounter.h"
#include "models/workspace/backupservice.h"
#include "models/workspace/databasecheck.h"
#include "ui/common/longwork.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

BackupActions::BackupActions(QSqlDatabase db, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
    , m_backupNow(new QAction(tr("&Back up now…"), this))
    , m_restore(new QAction(tr("&Restore from backup…"), this))
    , m_check(new QAction(tr("&Check the register…"), this))
{
    m_check->setObjectName(QStringLiteral("checkRegister"));
    connect(m_check, &QAction::triggered, this, &BackupActions::checkNow);
    // Backups and checks of a server's database are the server's business (pg_dump, amcheck).
    m_check->setEnabled(m_db.driverName() == QLatin1String("QSQLITE"));
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_backupNow, &QAction::triggered, this, &BackupActions::backupNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
}

void BackupActions::backupNow()
{
    BackupService service(m_db, m_db.databaseName());
    LongWork work(tr("Back up"), tr("Backing up the register…"), m_window);
    service.setProgress([&work](double fraction) { return work.step(fraction); });
    QString error;
    const QString path = service.backupNow(&error);
    if (path.isEmpty()) {
        work.fail(error);
        return;
    }
    work.finish(tr("The register was backed up to\n%1").arg(QDir::toNativeSeparators(path)), path);
}

void BackupActions::checkNow()
{
    LongWork work(tr("Check the register"), tr("Checking every page of the register…"), m_window);
    bool cancelled = false;
    const QStringList problems = DatabaseCheck::run(
        m_db, [&work] { return work.step(-1.0); }, &cancelled);
    if (cancelled) {
        work.fail(QString());
        return;
    }
    if (problems.isEmpty()) {
        work.finish(tr("The register was checked: no problems were found."), QString());
        return;
    }
    // The details are SQLite's own words, for whoever helps; the clerk reads what to do.
    work.fail(tr("The check found %n problem(s) in the register. Please stop entering data and ask for help; "
                 "File > Restore from backup… can bring back the latest backup.",
                 "", int(problems.size())));
}

QString BackupActions::dailyBackup(QSqlDatabase db, QWidget *parent)
{
    BackupService service(db, db.databaseName());
    QString error;
    const QString path = service.dailyBackup(BackupService::keepSetting(), &error);
    if (path.isEmpty() && !error.isEmpty())
        QMessageBox::warning(parent, tr("Daily backup"),
                             tr("Today's backup could not be made:\n%1\n\nThe register itself is unchanged. "
                                "Please check the backup folder %2 or use File > Back up now….")
                                 .arg(error, QDir::toNativeSeparators(service.folder())));
    return path;
}

void BackupActions::checkInBackground(QSqlDatabase db, QWidget *window, qint64 sizeLimit)
{
    const QString path = db.databaseName();
    if (QFileInfo(path).size() <= sizeLimit)
        return;
    auto *check = new RowCounter(db, window);
    if (!check->canCountInBackground()) {
        delete check;
        return;
    }
    const auto damaged = [check, window, path](const QString &problem) {
        check->deleteLater();
        // Remembered beside the file: the next open (here or by the command line) refuses it.
        DamageMark::set(path, problem);
        const BackupService service(QSqlDatabase(), path);
        const QString latest = service.latestBackup();
        if (latest.isEmpty() || !BackupService::checkCandidate(latest).isEmpty()) {
            QMessageBox::critical(window, tr("CommunityDesk"),
                                  tr("%1\n\nThere is no usable backup. Please stop entering data and ask for help; "
                                     "do not delete the file.")
                                      .arg(problem));
            return;
        }
        if (QMessageBox::question(window, tr("CommunityDesk"),
                                  tr("%1\n\nRestore the latest backup, %2? CommunityDesk closes now and restores "
                                     "it when it starts again; the damaged file is kept in the backup folder.")
                                      .arg(problem, QFileInfo(latest).fileName())) != QMessageBox::Yes)
            return;
        BackupService::setPendingRestore(latest);
        QApplication::quit();
    };
    const QString problem =
        tr("The register file %1 is damaged: some of its pages cannot be read.").arg(QDir::toNativeSeparators(path));
    connect(check, &RowCounter::counted, window, [check, damaged, problem](int, int problems) {
        if (problems > 0)
            damaged(problem);
        else
            check->deleteLater();
    });
    connect(check, &RowCounter::failed, window, [damaged, problem](int) { damaged(problem); });
    check->count(1, Database::damagedPagesSql(), {});
}

void BackupActions::restore()
{
    BackupService service(m_db, m_db.databaseName());
    const QString candidate = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), service.folder(),
                                                           tr("CommunityDesk backups (*.sqlite)"));
    if (candidate.isEmpty())
        return;
    QString problem;
    {
        LongWork work(tr("Restore from backup"), tr("Checking the backup…"), m_window);
        problem = BackupService::checkCandidate(candidate, [&work] { return work.step(-1.0); });
        if (work.wasCanceled())
            return; // nothing was changed
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Restore from backup"), problem);
        return;
    }
    if (QMessageBox::question(m_window, tr("Restore from backup"),
                              tr("Replace the register with the backup %1?\n\nEverything entered since that backup "
                                 "is replaced; a copy of the current register is kept in the backup folder. "
                                 "CommunityDesk closes now and restores when it starts again.")
                                  .arg(QFileInfo(candidate).fileName())) != QMessageBox::Yes)
        return;
    BackupService::setPendingRestore(candidate);
    emit quitRequested();
}

bool BackupActions::applyPendingRestore(const QString &databasePath, QWidget *parent)
{
    const QString candidate = BackupService::pendingRestore();
    if (candidate.isEmpty())
        return false;
    BackupService::setPendingRestore(QString());
    QString kept;
    QString error;
    const QString folder = BackupService(QSqlDatabase(), databasePath).folder();
    if (!BackupService::restore(candidate, databasePath, folder, &kept, &error)) {
        QMessageBox::warning(parent, tr("Restore from backup"), error);
        return false;
    }
    QMessageBox::information(parent, tr("Restore from backup"),
                             tr("The backup %1 was restored. The register as it was is kept as %2.")
                                 .arg(QFileInfo(candidate).fileName(), QDir::toNativeSeparators(kept)));
    return true;
}

bool BackupActions::offerLatestBackup(const QString &databasePath, const QString &problem, QWidget *parent)
{
    const BackupService service(QSqlDatabase(), databasePath);
    const QString latest = service.latestBackup();
    if (latest.isEmpty() || !BackupService::checkCandidate(latest).isEmpty())
        return false;
    if (QMessageBox::question(parent, tr("CommunityDesk"),
                              tr("%1\n\nRestore the latest backup, %2? The damaged file is kept in the backup folder.")
                                  .arg(problem, QFileInfo(latest).fileName())) != QMessageBox::Yes)
        return false;
    QString error;
    if (!BackupService::restore(latest, databasePath, service.folder(), nullptr, &error)) {
        QMessageBox::warning(parent, tr("CommunityDesk"), error);
        return false;
    }
    return true;
}
