#pragma once

#include <QSqlDatabase>
#include <QString>

// The statements and expressions SQLite and PostgreSQL spell differently, each written once per
// engine and picked by the connection. Everything else in models/ is written in SQL both accept.
class DialectSql final
{
public:
    // One named piece of SQL in both engines' spelling.
    struct Text
    {
        QString sqlite;
        QString postgres;
        QString forEngine(bool postgresEngine) const { return postgresEngine ? postgres : sqlite; }
    };

    static QString pick(const QSqlDatabase &db, const Text &text);

    // The values of `expression` joined by `separatorLiteral` (a quoted SQL string): group_concat
    // or string_agg.
    static QString joined(bool postgres, const QString &expression, const QString &separatorLiteral);
    static QString joined(const QSqlDatabase &db, const QString &expression, const QString &separatorLiteral);
    // `table` (the resident_fts token table) holds the phrase bound to the one `?`
    // (Hanzi::ftsPhraseQuery): FTS5 MATCH, or on PostgreSQL the LIKE over the space-padded tokens
    // that the trigram index resident_fts_trgm serves (ResidentSearchSchema).
    static QString tokenMatch(bool postgres, const QString &table);
    // `column` starts with the bound prefix, written as a GLOB pattern ending in '*'; case-sensitive
    // and served by the column's index on both engines.
    static QString startsWith(bool postgres, const QString &column);
    // `text` contains the bound `?` as it is (no wildcards, case-sensitive): instr or strpos.
    static QString contains(bool postgres, const QString &text);
    static QString contains(const QSqlDatabase &db, const QString &text);
    // Whole and fractional days from `earlier` to `later` (ISO date or date-time text).
    static QString daysBetween(bool postgres, const QString &later, const QString &earlier);
    static QString daysBetween(const QSqlDatabase &db, const QString &later, const QString &earlier);
    // `text` is an ISO date yyyy-MM-dd.
    static QString isIsoDate(bool postgres, const QString &text);
};
