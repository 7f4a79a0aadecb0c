#include "appsettings.h"

#include "models/access/numberreveal.h"

#include "models/core/database.h"
#include "models/core/databaseurl.h"

#include <QSettings>
#include <QUrl>

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

bool AppSettings::revealNumbers(const AccessScope &scope)
{
    // The desk's choice counts only for roles allowed to see numbers (AccessScope).
    return NumberReveal::allowed(scope, QSettings().value(QStringLiteral("privacy/revealNumbers"), false).toBool());
}

void AppSettings::setRevealNumbers(bool reveal)
{
    QSettings().setValue(QStringLiteral("privacy/revealNumbers"), reveal);
}

int AppSettings::elderlyAge()
{
    return QSettings().value(QStringLiteral("register/elderlyAge"), 60).toInt();
}

void AppSettings::setElderlyAge(int age)
{
    QSettings().setValue(QStringLiteral("register/elderlyAge"), age);
}

int AppSettings::visitStaleDays()
{
    return QSettings().value(QStringLiteral("visits/staleDays"), 90).toInt();
}

void AppSettings::setVisitStaleDays(int days)
{
    QSettings().setValue(QStringLiteral("visits/staleDays"), days);
}

QString AppSettings::databaseLocation()
{
    return QSettings().value(QStringLiteral("database/location")).toString();
}

QString AppSettings::databasePassword()
{
    return QSettings().value(QStringLiteral("database/password")).toString();
}

void AppSettings::setDatabase(const QString &location, const QString &password, bool rememberPassword)
{
    QString plain = location.trimmed();
    QString secret = password;
    if (DatabaseUrl::isServerUrl(plain)) {
        // A password typed into the URL is moved to its own setting, so the URL can be shown.
        QUrl url(plain);
        if (!url.password().isEmpty()) {
            if (secret.isEmpty())
                secret = url.password(QUrl::FullyDecoded);
            url.setPassword(QString());
            plain = url.toString();
        }
    } else {
        secret.clear();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("database/location"), plain);
    if (rememberPassword && !secret.isEmpty())
        settings.setValue(QStringLiteral("database/password"), secret);
    else
        settings.remove(QStringLiteral("database/password"));
}

QString AppSettings::databaseToOpen()
{
    const QString location = databaseLocation();
    if (location.isEmpty())
        return Database::defaultPath();
    const QString password = databasePassword();
    return password.isEmpty() ? location : DatabaseUrl::withPassword(location, password);
}
