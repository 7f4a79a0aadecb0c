#include "serverpasswordprompt.h"

#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/workspace.h"
#include "secretstore.h"
#include "serverpassworddialog.h"

#include <QMessageBox>

namespace {
// The settings show whether their server's password is remembered (a yes/no, never the password).
void rememberedFor(const QString &key, bool remembered)
{
    if (key == SecretStore::keyFor(AppSettings::databaseLocation()))
        AppSettings::setPasswordRemembered(remembered);
}
} // namespace

ServerPasswordPrompt::Result ServerPasswordPrompt::open(Database &db, const QString &location, SecretStore *secrets,
                                                        QWidget *parent)
{
    return open(
        location, secrets,
        [&db, &location](const QString &password) {
            if (Workspace::open(db, DatabaseUrl::withPassword(location, password)))
                return Attempt::Opened;
            return db.status() == Database::Status::AuthenticationFailed ? Attempt::WrongPassword : Attempt::Failed;
        },
        parent);
}

ServerPasswordPrompt::Result ServerPasswordPrompt::open(const QString &location, SecretStore *secrets,
                                                        const Connect &connect, QWidget *parent)
{
    const DatabaseUrl url = DatabaseUrl::parse(location);
    const QString key = SecretStore::keyFor(location);
    QString note;
    if (secrets) {
        const SecretStore::Secret remembered = secrets->read(key);
        if (remembered.status == SecretStore::Status::Found) {
            const Attempt attempt = connect(remembered.value);
            if (attempt == Attempt::Opened)
                return Result::Opened;
            if (attempt == Attempt::Failed)
                return Result::Refused;
            // Changed on the server since: forget it, so it is not tried again at every start.
            secrets->remove(key);
            rememberedFor(key, false);
            note = tr("The server no longer accepts the remembered password; it has been forgotten.");
        } else if (remembered.status == SecretStore::Status::Unavailable) {
            note = tr("No remembered password could be read (%1).").arg(remembered.error);
        }
    }
    for (int i = 0; i < kTries; ++i) {
        const QString question = tr("Password of %1 on the database server %2:").arg(url.userName(), url.host());
        ServerPasswordDialog dialog(note.isEmpty() ? question : note + QLatin1Char('\n') + question, secrets != nullptr,
                                    parent);
        if (dialog.exec() != QDialog::Accepted)
            return Result::Cancelled;
        const Attempt attempt = connect(dialog.password());
        if (attempt == Attempt::Failed)
            return Result::Refused;
        if (attempt == Attempt::WrongPassword) {
            note = tr("The server did not accept that password. Please try again.");
            continue;
        }
        QString error;
        if (dialog.remember() && secrets->write(key, dialog.password(), &error)) {
            rememberedFor(key, true);
        } else if (dialog.remember()) {
            QMessageBox box(QMessageBox::Warning, tr("Database server"),
                            tr("The password could not be remembered: %1. CommunityDesk will ask for it at the "
                               "next start.")
                                .arg(error),
                            QMessageBox::Ok, parent);
            box.setObjectName(QStringLiteral("notRemembered"));
            box.exec();
        }
        return Result::Opened;
    }
    return Result::Refused;
}

void ServerPasswordPrompt::moveLegacyPassword(SecretStore *secrets)
{
    const QString password = AppSettings::takeLegacyDatabasePassword();
    const QString location = AppSettings::databaseLocation();
    if (password.isEmpty() || !secrets || !DatabaseUrl::isServerUrl(location))
        return;
    if (secrets->write(SecretStore::keyFor(location), password))
        AppSettings::setPasswordRemembered(true);
}
