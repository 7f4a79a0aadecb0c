#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs the application's and Qt's own translators for a language choice.
class Translations final
{
public:
    // code: "" (system locale), "zh_CN", "zh_TW" or "en".
    static QLocale localeFor(const QString &code);
    // Calling it again replaces the translators the previous call installed.
    static void install(QCoreApplication *app, const QString &code);
};
