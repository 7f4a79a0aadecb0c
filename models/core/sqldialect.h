#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The one place where SQL written for SQLite becomes SQL for PostgreSQL. models/ writes its
// statements once, in the SQLite dialect; SqlQuery passes every statement through translate()
// on a PostgreSQL connection and the migrations pass their DDL through translateDdl().
class SqlDialect final
{
public:
    static bool isPostgres(const QSqlDatabase &db);

    // A query or data statement: INSERT OR IGNORE, GLOB, group_concat, ifnull, iif, instr,
    // julianday, scalar max/min, round(real, n), LIKE (case-insensitive as in SQLite), FTS5
    // MATCH, LIMIT -1 and derived tables without an alias.
    static QString translate(const QString &sql);
    // One schema statement; a SQLite trigger becomes a function and a trigger, hence a list.
    static QStringList translateDdl(const QString &sql);
    // Helper functions the translated SQL calls (cd_fts_match, cd_fts_pattern); CREATE OR REPLACE, so they run
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
