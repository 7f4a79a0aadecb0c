#pragma once

#include <QSqlDatabase>

// The index that serves name, pinyin-initial, traditional and address search on PostgreSQL.
// SQLite has its FTS5 table (resident_fts); on a server that table is a plain table whose tokens
// a GIN trigram index (pg_trgm, postgresql-contrib) serves, so `resident_fts MATCH ?` (translated
// by SqlDialect into a LIKE on the padded tokens) is an index lookup instead of a scan.
class ResidentSearchSchema final
{
public:
    // The migration step's work: on PostgreSQL installs pg_trgm when missing and builds the
    // index; on SQLite nothing (FTS5 already serves the search). A server without pg_trgm keeps
    // searching by a scan and logs why, rather than refusing the upgrade.
    static bool createServerIndex(QSqlDatabase &db);
    // Whether the trigram index is there (tests, the bench).
    static bool hasServerIndex(const QSqlDatabase &db);
};
