#pragma once

#include <QString>

// The desk's preferences (QSettings): language, masking default, last database.
class AppSettings final
{
public:
    // "" = follow the system, or "zh_CN", "zh_TW", "en".
    static QString language();
    static void setLanguage(const QString &code);
    static bool revealNumbers();
    static void setRevealNumbers(bool reveal);
    static int elderlyAge();
    static void setElderlyAge(int age);
};
