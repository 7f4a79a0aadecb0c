#include "serverpasswordprompt.h"

#include "models/core/database.h"
#include "models/core/databaseurl.h"
#include "models/workspace/workspace.h"

#include <QInputDialog>
#include <QLineEdit>

ServerPasswordPrompt::Result ServerPasswordPrompt::open(Database &db, const QString &location, QWidget *parent)
{
    const DatabaseUrl url = DatabaseUrl::parse(location);
    QString note;
    for (int i = 0; i < kTries; ++i) {
        QInputDialog dialog(parent);
        dialog.setObjectName(QStringLiteral("serverPassword"));
        dialog.setWindowTitle(tr("Database server"));
        dialog.setLabelText(note + tr("Password of %1 on the database server %2:").arg(url.userName(), url.host()));
        dialog.setTextEchoMode(QLineEdit::Password);
        if (dialog.exec() != QDialog::Accepted)
            return Result::Cancelled;
        if (Workspace::open(db, DatabaseUrl::withPassword(location, dialog.textValue())))
            return Result::Opened;
        if (db.status() != Database::Status::AuthenticationFailed)
            return Result::Refused;
        note = tr("The server did not accept that password. Please try again.") + QLatin1Char('\n');
    }
    return Result::Refused;
}
