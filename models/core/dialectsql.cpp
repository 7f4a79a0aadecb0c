#include "dialectsql.h"

#include "sqldialect.h"

QString DialectSql::pick(const QSqlDatabase &db, const Text &text)
{
    return text.forEngine(SqlDialect::isPostgres(db));
}

QString DialectSql::joined(bool postgres, const QString &expression, const QString &separatorLiteral)
{
    return Text{QStringLiteral("group_concat(%1, %2)"), QStringLiteral("string_agg(CAST(%1 AS TEXT), %2)")}
        .forEngine(postgres)
        .arg(expression, separatorLiteral);
}

QString DialectSql::joined(const QSqlDatabase &db, const QString &expression, const QString &separatorLiteral)
{
    return joined(SqlDialect::isPostgres(db), expression, separatorLiteral);
}

QString DialectSql::tokenMatch(bool postgres, const QString &table)
{
    return Text{QStringLiteral("%1 MATCH ?"), QStringLiteral("(' ' || lower(%1.tokens) || ' ') LIKE cd_fts_pattern(?)")}
        .forEngine(postgres)
        .arg(table);
}

QString DialectSql::startsWith(bool postgres, const QString &column)
{
    // PostgreSQL: LIKE is case-sensitive as GLOB is; the text columns sort bytewise (COLLATE "C"),
    // so a prefix LIKE uses the index.
    return Text{QStringLiteral("%1 GLOB ?"), QStringLiteral("%1 LIKE replace(CAST(? AS TEXT), '*', '%')")}
        .forEngine(postgres)
        .arg(column);
}

QString DialectSql::contains(bool postgres, const QString &text)
{
    return Text{QStringLiteral("instr(%1, ?) > 0"), QStringLiteral("strpos(%1, ?) > 0")}.forEngine(postgres).arg(text);
}

QString DialectSql::contains(const QSqlDatabase &db, const QString &text)
{
    return contains(SqlDialect::isPostgres(db), text);
}

QString DialectSql::daysBetween(bool postgres, const QString &later, const QString &earlier)
{
    return Text{QStringLiteral("(julianday(%1) - julianday(%2))"),
                QStringLiteral("(EXTRACT(EPOCH FROM CAST(%1 AS TIMESTAMP) - CAST(%2 AS TIMESTAMP)) / 86400.0)")}
        .forEngine(postgres)
        .arg(later, earlier);
}

QString DialectSql::daysBetween(const QSqlDatabase &db, const QString &later, const QString &earlier)
{
    return daysBetween(SqlDialect::isPostgres(db), later, earlier);
}

QString DialectSql::isIsoDate(bool postgres, const QString &text)
{
    return Text{QStringLiteral("%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"),
                QStringLiteral("%1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'")}
        .forEngine(postgres)
        .arg(text);
}
