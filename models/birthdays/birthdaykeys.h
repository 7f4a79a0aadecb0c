#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The data step of schema version 3. The stored birthday keys (resident.birth_md and
// resident.birth_lunar_md) are kept by SQL triggers, so every writer of resident rows — forms,
// imports, demo data — keeps them right without knowing about them. The lunar key needs the
// lunar calendar in SQL: the lunar_month table, one row per lunar month 1900–2100, made here
// from LunarDate's table.
class BirthdayKeys final
{
public:
    BirthdayKeys() = delete;

    // Fills lunar_month and computes the keys of every resident already in the register.
    static bool fill(QSqlDatabase &db);

    // The SQL expressions of the keys of a birth date column ("NEW.birth_date" in the triggers),
    // one definition for the triggers and the fill: month * 100 + day, NULL for a missing or
    // malformed date; the lunar one is NULL outside the lunar_month table (before 1900-01-31).
    static QString solarKeyExpression(bool postgres, const QString &dateColumn);
    static QString lunarKeyExpression(bool postgres, const QString &dateColumn);
    // The triggers that keep the keys, written for each engine (PostgreSQL: trigger functions).
    static QStringList triggerStatements(bool postgres);
};
