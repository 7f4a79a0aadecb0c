// communitydesk: opens the main window on a database file.
#include "appsettings.h"
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

    Database db;
    if (!db.open(parser.value(database))) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CommunityDesk"), db.errorText());
        return 1;
    }
    MainWindow window(db.connection());
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&window, &parser, &screenshot] {
            window.grab().save(parser.value(screenshot));
            QApplication::quit();
        });
    }
    return app.exec();
}
