#include "appsettings.h"

#include <QSettings>

QString AppSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

bool AppSettings::revealNumbers()
{
    return QSettings().value(QStringLiteral("privacy/revealNumbers"), false).toBool();
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
