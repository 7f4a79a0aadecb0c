// The daily backup after start: made quietly when it works, shown to the clerk when it fails.
#include "models/core/damagemark.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/backupservice.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/common/longwork.h"
#include "ui/shell/backupactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

class BackupActionsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dailyBackupIsMadeQuietly();
    void failedDailyBackupIsShown();
    void damageIsFoundInTheBackground();
    void settingsFormKeepsBackupChoices();
    void backUpNowFromTheMenuOffersTheFolder();
    void cancelledBackupLeavesNoFile();
    void checkFromTheMenuSaysHowItEnded();

private:
    QTemporaryDir m_dir;
};

void BackupActionsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
}

void BackupActionsTest::dailyBackupIsMadeQuietly()
{
    QSettings().remove(QStringLiteral("backup/folder"));
    Database db(QStringLiteral("daily-ok"));
    QVERIFY(Workspace::open(db, m_dir.filePath(QStringLiteral("ok.sqlite"))));
    bool boxShown = false;
    QTimer::singleShot(200, this, [&boxShown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxShown = true;
            box->accept();
        }
    });
    const QString path = BackupActions::dailyBackup(db.connection(), nullptr);
    QTest::qWait(300);
    QVERIFY(!boxShown);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    // Once a day: a second call makes none and says nothing.
    QVERIFY(BackupActions::dailyBackup(db.connection(), nullptr).isEmpty());
}

void BackupActionsTest::failedDailyBackupIsShown()
{
    // The backup folder is set to a path below a plain file, where no folder can be made.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSettings().setValue(QStringLiteral("backup/folder"), QString(blocker + QStringLiteral("/backups")));
    Database db(QStringLiteral("daily-fail"));
    QVERIFY(Workspace::open(db, m_dir.filePath(QStringLiteral("fail.sqlite"))));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    QVERIFY(BackupActions::dailyBackup(db.connection(), nullptr).isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("could not be made")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("not-a-folder")));
}

void BackupActionsTest::damageIsFoundInTheBackground()
{
    QSettings().remove(QStringLiteral("backup/folder"));
    const QString path = m_dir.filePath(QStringLiteral("large.sqlite"));
    Database db(QStringLiteral("damaged-later"));
    QVERIFY(Workspace::open(db, path));
    SqlQuery insert(db.connection(), QStringLiteral("INSERT INTO community (name) VALUES (?)"));
    for (int i = 0; i < 3000; ++i)
        QVERIFY(insert.exec(QString(QStringLiteral("社区") + QString::number(i).repeated(20))));
    QVERIFY(!BackupService(db.connection(), path).backupNow().isEmpty()); // a backup to offer
    SqlQuery(db.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    QWidget window;

    // A sound file: nothing is said.
    QString shown;
    const auto answerNo = [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->button(QMessageBox::No) ? box->button(QMessageBox::No)->click() : box->accept();
        }
    };
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, answerNo);
    poll.start(20);
    BackupActions::checkInBackground(db.connection(), &window, 0);
    QTest::qWait(1000);
    QVERIFY2(shown.isEmpty(), qPrintable(shown));

    // The same file with pages overwritten on disk while it is open (a failing disk, say).
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4 * 4096, '\xA5'));
    }
    BackupActions::checkInBackground(db.connection(), &window, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY2(shown.contains(QStringLiteral("damaged")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Restore the latest backup")), qPrintable(shown));
    // The verdict outlives the window: the next open refuses the file before anything writes to it.
    QVERIFY(DamageMark::isSet(path));
    {
        Database again(QStringLiteral("damaged-again"));
        QVERIFY(!again.open(path));
        QCOMPARE(again.status(), Database::Status::Damaged);
        QVERIFY2(again.errorText().contains(QStringLiteral("restore a backup")), qPrintable(again.errorText()));
    }
    // Files up to the size checked on opening are not checked again.
    shown.clear();
    BackupActions::checkInBackground(db.connection(), &window, QFileInfo(path).size());
    QTest::qWait(500);
    QVERIFY(shown.isEmpty());
}

void BackupActionsTest::settingsFormKeepsBackupChoices()
{
    SettingsDialog dialog(QSqlDatabase(), testScope());
    auto *keep = dialog.findChild<QSpinBox *>(QStringLiteral("keepBackups"));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
    QVERIFY(keep && folder);
    keep->setFocus();
    keep->selectAll();
    QTest::keyClicks(keep, QStringLiteral("30"));
    folder->setFocus();
    folder->clear();
    QTest::keyClicks(folder, m_dir.filePath(QStringLiteral("elsewhere")));
    dialog.accept();
    QCOMPARE(BackupService::keepSetting(), 30);
    QCOMPARE(BackupService::folderSetting(), m_dir.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(BackupService(QSqlDatabase(), m_dir.filePath(QStringLiteral("x.sqlite"))).folder(),
             m_dir.filePath(QStringLiteral("elsewhere")));
    QSettings().remove(QStringLiteral("backup/folder"));
}

void BackupActionsTest::backUpNowFromTheMenuOffersTheFolder()
{
    QSettings().remove(QStringLiteral("backup/folder"));
    const QString path = m_dir.filePath(QStringLiteral("menu.sqlite"));
    Database db(QStringLiteral("backup-menu"));
    QVERIFY(Workspace::open(db, path));
    QList<QUrl> opened;
    LongWork::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    MainWindow window(db.connection(), testScope());
    window.show();
    window.activateWindow(); // the menu's keys and shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString said;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("longWorkDone") || !said.isEmpty())
            return;
        said = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("openFolder")), Qt::LeftButton);
    });
    poll.start(30);
    // File > Back up now, by the keys a clerk would press.
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_B);
    QTRY_VERIFY(!said.isEmpty());
    const BackupService service(db.connection(), path);
    const QString backup = service.latestBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY2(said.contains(QDir::toNativeSeparators(backup)), qPrintable(said));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(backup).absolutePath())});
    LongWork::setOpener({});
}

void BackupActionsTest::cancelledBackupLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    Database db(QStringLiteral("backup-cancel"));
    QVERIFY(Workspace::open(db, path));
    // Enough rows that the copy takes many steps.
    QVERIFY(SqlQuery(db.connection(), QStringLiteral("CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                                                     "ALL SELECT i + 1 FROM n WHERE i < 50000) "
                                                     "SELECT i, hex(randomblob(40)) AS junk FROM n"))
                .exec());
    BackupService service(db.connection(), path);
    service.setFolder(m_dir.filePath(QStringLiteral("cancelled-backups")));
    int asked = 0;
    service.setProgress([&asked](double) {
        ++asked;
        return false; // the clerk pressed Cancel
    });
    QString error;
    QVERIFY(service.backupNow(&error).isEmpty());
    QVERIFY(asked > 0);
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    QVERIFY(QDir(service.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    // The same backup without a cancel is made, and the register is unchanged.
    service.setProgress([](double fraction) { return fraction >= 0.0 && fraction < 1.0; });
    QVERIFY2(!service.backupNow(&error).isEmpty(), qPrintable(error));
    QCOMPARE(QDir(service.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void BackupActionsTest::checkFromTheMenuSaysHowItEnded()
{
    Database db(QStringLiteral("check-menu"));
    QVERIFY(Workspace::open(db, m_dir.filePath(QStringLiteral("check.sqlite"))));
    MainWindow window(db.connection(), testScope());
    window.show();
    window.activateWindow(); // the menu's keys and shortcuts go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString said;
    bool offeredToOpen = true;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("longWorkDone") || !said.isEmpty())
            return;
        said = box->text();
        offeredToOpen = box->findChild<QPushButton *>(QStringLiteral("openFolder")) != nullptr;
        QTest::mouseClick(box->button(QMessageBox::Close), Qt::LeftButton);
    });
    poll.start(30);
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_C);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("no problems")), qPrintable(said));
    QVERIFY(!offeredToOpen); // a check writes no file
}

QTEST_MAIN(BackupActionsTest)
#include "backupactions_test.moc"
