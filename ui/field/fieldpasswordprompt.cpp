#include "fieldpasswordprompt.h"

#include "models/core/database.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>

namespace {

struct FieldPrompt
{
    Q_DECLARE_TR_FUNCTIONS(FieldPasswordPrompt)
};

} // namespace

FieldPasswordPrompt::Result FieldPasswordPrompt::open(Database &database, FieldFile &file, const QString &path,
                                                      QWidget *parent)
{
    if (qEnvironmentVariableIsSet("CD_FIELD_PASSWORD"))
        return FieldWorkspace::open(database, file, path, qEnvironmentVariable("CD_FIELD_PASSWORD")) ? Result::Opened
                                                                                                     : Result::Failed;
    QString question = FieldPrompt::tr("The file %1 is a field copy. Its password:")
                           .arg(QDir::toNativeSeparators(QFileInfo(path).fileName()));
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool ok = false;
        const QString password = QInputDialog::getText(parent, FieldPrompt::tr("Open a field copy"), question,
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return Result::Cancelled;
        if (FieldWorkspace::open(database, file, path, password))
            return Result::Opened;
        if (database.status() != Database::Status::AuthenticationFailed)
            return Result::Failed;
        question = database.errorText() + QLatin1Char('\n') + FieldPrompt::tr("Please try again:");
    }
    return Result::Failed;
}
