#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What PostgreSQL needs beside the SQL written for it (DialectSql holds the statements that differ
// by engine): the column types of schema DDL, the helper functions, and a check that no
// SQLite-only construct reaches the server. Nothing here rewrites a query.
class SqlDialect final
{
public:
    static bool isPostgres(const QSqlDatabase &db);

    // CREATE TABLE / ALTER TABLE with SQLite's column types as PostgreSQL's (INTEGER PRIMARY KEY
    // an identity, REAL double precision, TEXT byte-ordered, no WITHOUT ROWID) and an FTS5 table
    // as a plain one; any other statement as it is. Triggers are written per engine (no conversion).
    static QString postgresDdl(const QString &sql);
    // The first SQLite-only construct in a statement ("GLOB: GLOB", ...), empty when there is none.
    // SqlQuery checks every statement on PostgreSQL against it.
    static QString sqliteOnlyConstruct(const QString &sql);
    // CD_SQL_STRICT=1 (the *_pg tests): a SQLite-only statement on PostgreSQL is fatal, not a warning.
    static bool isStrict();

    // Helper functions the PostgreSQL statements call (cd_fts_match, cd_fts_pattern); CREATE OR REPLACE, so they run
    // on every open.
    static QStringList postgresSupport();

    // True for statements PostgreSQL's PREPARE accepts (SELECT, INSERT, UPDATE, DELETE, WITH,
    // VALUES); everything else (DDL, SET, SAVEPOINT) runs unprepared.
    static bool isPreparable(const QString &sql);
    // An INSERT whose new id SqlQuery::lastInsertId() must report: it gets RETURNING *.
    static bool isInsert(const QString &sql);
    // The table of an INSERT that names its id column, whose identity sequence then has to be
    // moved past the explicit ids; empty otherwise.
    static QString insertWithExplicitId(const QString &sql);
};
