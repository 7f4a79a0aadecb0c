#pragma once

#include <QSqlDatabase>

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
};
