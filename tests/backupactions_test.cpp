// The daily backup after start: made quietly when it works, shown to the clerk when it fails.
#include "backupactions.h"
#include "database.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class BackupActionsTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dailyBackupIsMadeQuietly();
    void failedDailyBackupIsShown();

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
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("ok.sqlite"))));
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
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("fail.sqlite"))));
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

QTEST_MAIN(BackupActionsTest)
#include "backupactions_test.moc"
