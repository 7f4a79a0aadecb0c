// communitydesk: opens the main window on a database file, once someone has signed in.
#include "models/access/accessscope.h"
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/field/fieldchangelog.h"
#include "models/field/fieldfile.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/workspace.h"
#include "ui/access/firstrundialog.h"
#include "ui/access/keychainsecretstore.h"
#include "ui/access/logindialog.h"
#include "ui/access/serverpasswordprompt.h"
#include "ui/field/fieldpasswordprompt.h"
#include "ui/shell/backupactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace {

// Who works in this session. First run (no accounts): the administrator is created. Otherwise
// the login dialog. Cancel quits (false, exit code 0); a refused CD_AUTOLOGIN exits with 1.
//
// CD_AUTOLOGIN=login:password signs in without a dialog, for the demo and its screenshots on a
// machine nobody sits at (scripts/run-demo.sh). It is honoured only on a database made by
// `communitydesk-cli demo` (AccountStore::isDemoDatabase) and goes through the same signIn, so
// the password is checked, attempts are logged and lockout applies; on any other database it
// is refused rather than falling back to a dialog nobody would answer.
bool signInAtStart(const QSqlDatabase &db, AccessScope *scope, int *exitCode)
{
    *exitCode = 0;
    AccountStore store(db);
    // Connected with an account's own database login: the server has checked its password.
    if (store.isDeskConnection()) {
        const SignInResult r = store.signInAsConnected();
        if (!r.ok()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "CommunityDesk"), r.message);
            *exitCode = 1;
            return false;
        }
        *scope = r.scope;
        return true;
    }
    // The command line's sign-in (CD_USER / CD_PASSWORD) works here too, on any database with
    // accounts, so an unattended run can open an office's real file and save the window
    // (--screenshot). The same signIn: the password is checked, logged, and lockout applies.
    const QString user = qEnvironmentVariable("CD_USER");
    if (!user.isEmpty() && qEnvironmentVariableIsSet("CD_PASSWORD")) {
        const SignInResult r = store.signIn(user, qEnvironmentVariable("CD_PASSWORD"));
        if (!r.ok()) {
            qCritical("CD_USER %s: %s", qPrintable(user), qPrintable(r.message));
            *exitCode = 1;
            return false;
        }
        *scope = r.scope;
        return true;
    }
    const QString autoLogin = qEnvironmentVariable("CD_AUTOLOGIN");
    if (!autoLogin.isEmpty()) {
        const qsizetype colon = autoLogin.indexOf(QLatin1Char(':'));
        if (!store.isDemoDatabase() || colon <= 0) {
            qCritical("CD_AUTOLOGIN is honoured only on demo databases (communitydesk-cli demo).");
            *exitCode = 1;
            return false;
        }
        const SignInResult r = store.signIn(autoLogin.left(colon), autoLogin.mid(colon + 1));
        if (!r.ok()) {
            qCritical("CD_AUTOLOGIN: %s", qPrintable(r.message));
            *exitCode = 1;
            return false;
        }
        *scope = r.scope;
        return true;
    }
    if (!store.hasAccounts()) {
        FirstRunDialog dialog(db);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *scope = dialog.scope();
        return true;
    }
    LoginDialog dialog(db);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *scope = dialog.scope();
    return true;
}

} // namespace

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
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Open the database FILE, or the server at postgresql://user@host/db."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({database, screenshot});
    parser.process(app);

    // Without --database: the one chosen in Settings, else the file in the user's data folder.
    const QString path = parser.isSet(database) ? parser.value(database) : AppSettings::databaseToOpen();
    const bool server = DatabaseUrl::isServerUrl(path);
    // A field copy (models/field) opens in memory after its password; it is sealed back to its
    // file on every commit and never backed up unsealed.
    const bool fieldCopy = !server && FieldFile::isFieldFile(path);
    // Backups and restores are of SQLite files; a server is backed up on the server (pg_dump).
    if (!server && !fieldCopy)
        BackupActions::applyPendingRestore(path, nullptr);
    // Remembered server passwords live in the system keychain; one an older version left in the
    // settings file moves there now.
    KeychainSecretStore keychain;
    ServerPasswordPrompt::moveLegacyPassword(&keychain);
    FieldFile fieldFile; // outlives the Database, whose closing seals what is unsaved
    Database db;
    bool opened = false;
    if (fieldCopy) {
        const FieldPasswordPrompt::Result asked = FieldPasswordPrompt::open(db, fieldFile, path, nullptr);
        if (asked == FieldPasswordPrompt::Result::Cancelled)
            return 1;
        opened = asked == FieldPasswordPrompt::Result::Opened;
    } else {
        opened = Workspace::open(db, path);
    }
    // A server that wants a password: the remembered one, else ask (and remember it if asked to).
    if (!opened && server && db.status() == Database::Status::AuthenticationFailed) {
        const ServerPasswordPrompt::Result asked = ServerPasswordPrompt::open(db, path, &keychain);
        if (asked == ServerPasswordPrompt::Result::Cancelled)
            return 1;
        opened = asked == ServerPasswordPrompt::Result::Opened;
    }
    // A damaged file: offer the latest backup instead of giving up (the damaged file is kept).
    if (!opened && !server && !fieldCopy &&
        (db.status() == Database::Status::Damaged || db.status() == Database::Status::NotADatabase) &&
        BackupActions::offerLatestBackup(path, db.errorText(), nullptr))
        opened = Workspace::open(db, path);
    if (!opened) {
        // An unattended run (--screenshot) says why on stderr instead of waiting for a click.
        if (parser.isSet(screenshot))
            qCritical("%s", qPrintable(db.errorText()));
        else
            QMessageBox::critical(nullptr, QApplication::translate("main", "CommunityDesk"), db.errorText());
        return 1;
    }
    AccessScope scope;
    if (int exitCode = 0; !signInAtStart(db.connection(), &scope, &exitCode))
        return exitCode;
    // On a field copy each change is logged under the person signed in, for the merge back.
    if (fieldCopy)
        FieldChangeLog::setSignedIn(db.connection(), scope.userName());
    MainWindow window(db.connection(), scope);
    window.show();
    // The daily backup, once the window is up (a copy of a large register takes a moment).
    if (!parser.isSet(screenshot) && !server && !fieldCopy)
        QTimer::singleShot(1500, &window, [&db, &window] {
            BackupActions::checkInBackground(db.connection(), &window);
            BackupActions::dailyBackup(db.connection(), &window);
        });
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&window, &parser, &screenshot] {
            const QString file = parser.value(screenshot);
            if (!window.grab().save(file)) {
                qCritical("Cannot write %s", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::quit();
        });
    }
    return app.exec();
}
