#include "appsettings.h"

#include "models/access/accessscope.h"
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

QString AppSettings::setDatabaseLocation(const QString &location)
{
    QString plain = location.trimmed();
    if (DatabaseUrl::isServerUrl(plain)) {
        // A password typed into the URL never reaches the file (the keychain keeps passwords).
        QUrl url(plain);
        if (!url.password().isEmpty()) {
            url.setPassword(QString());
            plain = url.toString();
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("database/location"), plain);
    settings.remove(QStringLiteral("database/password"));
    return plain;
}

bool AppSettings::passwordRemembered()
{
    return QSettings().value(QStringLiteral("database/passwordRemembered"), false).toBool();
}

void AppSettings::setPasswordRemembered(bool remembered)
{
    QSettings().setValue(QStringLiteral("database/passwordRemembered"), remembered);
}

QString AppSettings::takeLegacyDatabasePassword()
{
    QSettings settings;
    const QString password = settings.value(QStringLiteral("database/password")).toString();
    settings.remove(QStringLiteral("database/password"));
    return password;
}

QString AppSettings::databaseToOpen()
{
    const QString location = databaseLocation();
    return location.isEmpty() ? Database::defaultPath() : location;
}

QString AppSettings::userGroup(const AccessScope &scope)
{
    // Percent-encoded: a login may hold characters QSettings reads as separators ('/', '\\').
    const QString login = scope.userName().isEmpty() ? QStringLiteral("-") : scope.userName();
    return QStringLiteral("users/") + QString::fromLatin1(QUrl::toPercentEncoding(login));
}

QString AppSettings::lastLogin()
{
    return QSettings().value(QStringLiteral("signIn/lastLogin")).toString();
}

void AppSettings::setLastLogin(const QString &login)
{
    QSettings().setValue(QStringLiteral("signIn/lastLogin"), login.trimmed());
}
