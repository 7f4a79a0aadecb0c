#pragma once

#include <QString>

class AccessScope;

// The desk's preferences (QSettings): language, masking default, last database. (The idle lock
// is the office's rule: models/access/officerules.h.)
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
    // Stores the location without any password typed into it; returns what was stored.
    static QString setDatabaseLocation(const QString &location);
    // Whether the server's password is remembered in the system keychain (ui/access SecretStore);
    // only this yes/no is in the settings, never the password.
    static bool passwordRemembered();
    static void setPasswordRemembered(bool remembered);
    // A password older versions wrote into the settings file, removed from it as it is read.
    static QString takeLegacyDatabasePassword();
    // The location to open: databaseLocation(), or the default file.
    static QString databaseToOpen();
    // The settings group of one person's window (layouts of the lists, window, last page and
    // filters), "users/<login>": each login finds the desk as they left it.
    static QString userGroup(const AccessScope &scope);
    // The login last signed in on this desk, offered by the sign-in dialog.
    static QString lastLogin();
    static void setLastLogin(const QString &login);
};
