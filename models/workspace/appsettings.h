#pragma once

#include <QString>

class AccessScope;

// The desk's preferences (QSettings): language, masking default, last database.
class AppSettings final
{
public:
    // "" = follow the system, or "zh_CN", "zh_TW", "en".
    static QString language();
    static void setLanguage(const QString &code);
    // The desk's choice to show full numbers, narrowed to what the role of `scope` may see.
    static bool revealNumbers(const AccessScope &scope);
    static void setRevealNumbers(bool reveal);
    static int elderlyAge();
    static void setElderlyAge(int age);
    // Households not visited for more than this many days are listed as due a visit.
    static int visitStaleDays();
    static void setVisitStaleDays(int days);
    // Where the register is: a SQLite file or "postgresql://user@host[:port]/db", kept without
    // a password; empty means Database::defaultPath().
    static QString databaseLocation();
    static QString databasePassword();
    // A server's password is kept only when the clerk asks for it (rememberPassword); otherwise
    // CommunityDesk asks for it at every start (ServerPasswordPrompt) and forgets it on exit.
    static void setDatabase(const QString &location, const QString &password, bool rememberPassword);
    // The location to open: databaseLocation() with the password put back into a server URL.
    static QString databaseToOpen();
};
