#pragma once

#include <QSqlDatabase>
#include <QString>

// The derived search columns (simplified name, pinyin initials, pinyin) and the FTS row of each
// resident: how they are computed, and the rewrites a change of many residents needs. A single
// resident's are written with the resident row by ResidentWriter. Called inside the caller's
// transaction.
class ResidentSearchIndex final
{
public:
    struct NameKeys
    {
        QString simplified; // resident.name_key
        QString initials;   // resident.name_initials
        QString pinyin;     // resident.name_pinyin
    };
    static NameKeys nameKeys(const QString &name);
    static QString ftsTokens(const QString &name, const QString &address, const QString &idNumber,
                             const QString &phone);

    // After an address change every member's FTS row changes.
    static bool updateHousehold(const QSqlDatabase &db, qint64 householdId);
    static bool rebuildAll(const QSqlDatabase &db);
    // Recomputes every resident's name_initials and name_pinyin (after the reading rules
    // changed, e.g. surnames read as surnames) and writes only those that differ.
    static bool rekeyNames(const QSqlDatabase &db);
};
