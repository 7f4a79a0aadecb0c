#pragma once

#include <QSqlDatabase>
#include <QString>

// Keeps the derived search columns (simplified name, pinyin initials, pinyin) and the FTS row
// of each resident in step with the register. Called inside the caller's transaction.
class ResidentSearchIndex final
{
public:
    static bool updateResident(const QSqlDatabase &db, qint64 residentId);
    // After an address change every member's FTS row changes.
    static bool updateHousehold(const QSqlDatabase &db, qint64 householdId);
    static bool rebuildAll(const QSqlDatabase &db);

    static QString ftsTokens(const QString &name, const QString &address, const QString &idNumber,
                             const QString &phone);
};
