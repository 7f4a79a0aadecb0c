// communitydesk: opens the main window on a database file.
#include "appsettings.h"
#include "backupactions.h"
#include "database.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommunityDesk"));
    QApplication::setApplicationName(QStringLiteral("CommunityDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("communitydesk"));
    Translations::install(&app, AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CommunityDesk — the community office desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open the database FILE."),
                                      QStringLiteral("FILE"), Database::defaultPath());
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({database, screenshot});
    parser.process(app);

    const QString path = parser.value(database);
    BackupActions::applyPendingRestore(path, nullptr);
    Database db;
    bool opened = db.open(path);
    // A damaged file: offer the latest backup instead of giving up (the damaged file is kept).
    if (!opened && (db.status() == Database::Status::Damaged || db.status() == Database::Status::NotADatabase) &&
        BackupActions::offerLatestBackup(path, db.errorText(), nullptr))
        opened = db.open(path);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CommunityDesk"), db.errorText());
        return 1;
    }
    MainWindow window(db.connection());
    window.show();
    // The daily backup, once the window is up (a copy of a large register takes a moment).
    if (!parser.isSet(screenshot))
        QTimer::singleShot(1500, &window, [&db, &window] {
            BackupActions::checkInBackground(db.connection(), &window);
            BackupActions::dailyBackup(db.connection(), &window);
        });
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&window, &parser, &screenshot] {
            window.grab().save(parser.value(screenshot));
            QApplication::quit();
        });
    }
    return app.exec();
}
