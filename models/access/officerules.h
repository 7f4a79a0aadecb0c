#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class AccessScope;

// Security rules that are the office's, not one desk's: kept in the database (table setting),
// so every desk of the office, and a laptop taking a copy, follows the same rule.
class OfficeRules final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRules)

public:
    static constexpr int kDefaultIdleLockMinutes = 10;
    static constexpr int kMaximumIdleLockMinutes = 240;

    // Minutes without input before the window locks; 0 = never.
    static int idleLockMinutes(const QSqlDatabase &db);
    // Administrators only; audited. Empty on success, else a message naming the field.
    static QString setIdleLockMinutes(const QSqlDatabase &db, const AccessScope &scope, int minutes);
};
