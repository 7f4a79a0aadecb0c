#pragma once

#include <QSqlDatabase>
#include <QString>

// The register's first page on PostgreSQL at district scale (issue 23). The trigram index finds
// every resident with 张 (70,000 of 1,000,000) but the list shows them in name order, so the
// first page had to gather and sort them all. resident_token keeps each resident's search tokens
// (name, address, ID and phone, as in resident_fts), the prefixes of their name initials and
// their tags ("#<tag id>") beside the list's sort key (name_pinyin): a keystroke's first page is
// then one range of the (token, sort_key, resident_id) key read with LIMIT. PostgreSQL's own
// triggers keep it (on resident_fts, the name keys and resident_tag); SQLite keeps FTS5, whose
// table takes no triggers.
class ResidentTokenSchema final
{
public:
    // The migration step's work: on PostgreSQL the table, its triggers and its rows; on SQLite
    // nothing.
    static bool createServerTable(QSqlDatabase &db);
    // Every resident's tokens again (bench/pg-load.sh after a bulk load with triggers off).
    static bool rebuild(const QSqlDatabase &db);
    // Whether this database has the table (a server migrated to this version).
    static bool hasTable(const QSqlDatabase &db);
    // Whether the register's pages may read resident_token: a server migrated to this version
    // whose office keeps no resident fields of its own (their values are searched too, and are
    // not tokens).
    static bool servesSearch(const QSqlDatabase &db);
    // The token a tag filter reads.
    static QString tagToken(qint64 tagId) { return QStringLiteral("#") + QString::number(tagId); }
};
