#include "sqldialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Index just past the quoted string or identifier that starts at `i` ('' and "" escape).
qsizetype skipQuoted(const QString &s, qsizetype i)
{
    const QChar quote = s.at(i);
    for (++i; i < s.size(); ++i) {
        if (s.at(i) != quote)
            continue;
        if (i + 1 < s.size() && s.at(i + 1) == quote) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return s.size();
}

// Index of the parenthesis closing the one at `open`, or -1.
qsizetype matchingParen(const QString &s, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < s.size();) {
        const QChar c = s.at(i);
        if (c == u'\'' || c == u'"') {
            i = skipQuoted(s, i);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return i;
        ++i;
    }
    return -1;
}

// The arguments of a call, split at top-level commas.
QStringList splitArguments(const QString &inside)
{
    QStringList args;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < inside.size();) {
        const QChar c = inside.at(i);
        if (c == u'\'' || c == u'"') {
            i = skipQuoted(inside, i);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            args << inside.mid(start, i - start).trimmed();
            start = i + 1;
        }
        ++i;
    }
    args << inside.mid(start).trimmed();
    return args;
}

qsizetype skipSpace(const QString &s, qsizetype i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
    return i;
}

QString wordAt(const QString &s, qsizetype i)
{
    qsizetype end = i;
    while (end < s.size() && isWordChar(s.at(end)))
        ++end;
    return s.mid(i, end - i);
}

const QSet<QString> &clauseWords()
{
    static const QSet<QString> words = {
        QStringLiteral("WHERE"),  QStringLiteral("GROUP"),  QStringLiteral("ORDER"),     QStringLiteral("LIMIT"),
        QStringLiteral("OFFSET"), QStringLiteral("UNION"),  QStringLiteral("JOIN"),      QStringLiteral("LEFT"),
        QStringLiteral("INNER"),  QStringLiteral("CROSS"),  QStringLiteral("ON"),        QStringLiteral("HAVING"),
        QStringLiteral("WINDOW"), QStringLiteral("EXCEPT"), QStringLiteral("INTERSECT"), QStringLiteral("NATURAL"),
        QStringLiteral("FULL"),   QStringLiteral("RIGHT"),  QStringLiteral("USING"),
    };
    return words;
}

// The statement with the text of its string literals blanked, so a construct is only found in SQL.
QString withoutLiterals(const QString &sql)
{
    QString out = sql;
    for (qsizetype i = 0; i < out.size();) {
        if (out.at(i) != u'\'' && out.at(i) != u'"') {
            ++i;
            continue;
        }
        const qsizetype end = skipQuoted(out, i);
        for (qsizetype j = i + 1; j + 1 < end; ++j)
            out[j] = u' ';
        i = end;
    }
    return out;
}

// The arguments of the first call `call` matches (up to its parenthesis) with at least `minArgs` of them.
QStringList callWithArguments(const QString &sql, const QRegularExpression &call, int minArgs)
{
    for (auto it = call.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype open = m.capturedEnd(0) - 1;
        const qsizetype close = matchingParen(sql, open);
        if (close < 0)
            continue;
        const QStringList args = splitArguments(sql.mid(open + 1, close - open - 1));
        if (args.size() >= minArgs)
            return args;
    }
    return {};
}

// A derived table (FROM/JOIN (SELECT ...)) without the alias PostgreSQL requires.
bool hasDerivedTableWithoutAlias(const QString &sql)
{
    static const QRegularExpression derived(QStringLiteral("\\b(FROM|JOIN)\\s*\\(\\s*SELECT\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (auto it = derived.globalMatch(sql); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype open = sql.indexOf(u'(', m.capturedStart(0));
        const qsizetype close = matchingParen(sql, open);
        if (close < 0)
            continue;
        const qsizetype next = skipSpace(sql, close + 1);
        const QString word = wordAt(sql, next).toUpper();
        if (word.isEmpty() || clauseWords().contains(word))
            return true;
    }
    return false;
}

QString rewriteTypes(const QString &ddl)
{
    QString out;
    qsizetype i = 0;
    static const QRegularExpression identity(
        QStringLiteral("\\b(\\w+)\\s+INTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"), QRegularExpression::CaseInsensitiveOption);
    // Text compares byte for byte as in SQLite (ISO dates as strings, names by code point),
    // whatever the server's locale.
    // The type after a column's name (not a column called "text", not CAST(… AS TEXT)).
    static const QRegularExpression text(QStringLiteral("\\b(?!AS\\s)(\\w+\\s+)TEXT\\b(?!\\s+COLLATE)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rowid(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    auto plain = [&](QString part) {
        part.replace(identity, QStringLiteral("\\1 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        part.replace(integer, QStringLiteral("BIGINT"));
        part.replace(real, QStringLiteral("DOUBLE PRECISION"));
        part.replace(blob, QStringLiteral("BYTEA"));
        part.replace(text, QStringLiteral("\\1TEXT COLLATE \"C\""));
        return part;
    };
    qsizetype start = 0;
    while (i < ddl.size()) {
        if (ddl.at(i) == u'\'') {
            out += plain(ddl.mid(start, i - start));
            const qsizetype end = skipQuoted(ddl, i);
            out += ddl.mid(i, end - i);
            i = start = end;
            continue;
        }
        ++i;
    }
    out += plain(ddl.mid(start));
    return out.replace(rowid, QStringLiteral(")"));
}

} // namespace

bool SqlDialect::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString SqlDialect::postgresDdl(const QString &sql)
{
    const QString s = sql.trimmed();
    static const QRegularExpression fts(
        QStringLiteral(
            "^CREATE\\s+VIRTUAL\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+USING\\s+fts5\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fts.match(s); m.hasMatch()) {
        // No FTS5: a plain table with the same rowid and columns, matched by DialectSql::tokenMatch().
        QStringList columns = {QStringLiteral("rowid BIGINT PRIMARY KEY")};
        for (const QString &column : splitArguments(m.captured(3)))
            if (!column.contains(u'='))
                columns << column + QLatin1String(" TEXT");
        return QStringLiteral("CREATE TABLE %1%2 (%3)")
            .arg(m.captured(1), m.captured(2), columns.join(QStringLiteral(", ")));
    }
    static const QRegularExpression table(QStringLiteral("^(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return table.match(s).hasMatch() ? rewriteTypes(s) : sql;
}

QString SqlDialect::sqliteOnlyConstruct(const QString &sql)
{
    const QString s = withoutLiterals(sql);
    static const QList<QPair<QRegularExpression, QString>> patterns = {
        {QRegularExpression(QStringLiteral("^\\s*(INSERT\\s+OR\\s+\\w+|REPLACE)\\s+INTO\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("INSERT OR ... / REPLACE INTO")},
        {QRegularExpression(QStringLiteral("\\bGLOB\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("GLOB")},
        {QRegularExpression(QStringLiteral("\\bMATCH\\s*\\?"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("FTS5 MATCH")},
        {QRegularExpression(QStringLiteral("(?<![\\w.])(group_concat|ifnull|iif|instr|julianday|strftime|datetime|"
                                           "printf|total|typeof|last_insert_rowid)\\s*\\("),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("SQLite function")},
        {QRegularExpression(QStringLiteral("\\bLIMIT\\s+-1\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("LIMIT -1")},
        {QRegularExpression(QStringLiteral("\\bAS\\s+REAL\\b"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("CAST AS REAL (single precision on PostgreSQL)")},
        {QRegularExpression(QStringLiteral("\\bCREATE\\s+TRIGGER\\b[^$]*\\bBEGIN\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("SQLite trigger body")},
        {QRegularExpression(QStringLiteral("\\bRAISE\\s*\\(\\s*(ABORT|FAIL|ROLLBACK|IGNORE)\\b"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("RAISE()")},
    };
    for (const auto &[pattern, name] : patterns) {
        if (const QRegularExpressionMatch m = pattern.match(s); m.hasMatch())
            return name + QLatin1String(": ") + m.captured(0).trimmed();
    }
    auto call = [](const char *name) {
        return QRegularExpression(QStringLiteral("(?<![\\w.])%1\\s*\\(").arg(QLatin1String(name)),
                                  QRegularExpression::CaseInsensitiveOption);
    };
    static const QRegularExpression max = call("max");
    static const QRegularExpression min = call("min");
    static const QRegularExpression round = call("round");
    static const QRegularExpression date = call("date");
    // max(a, b) and min(a, b) are greatest() and least() on PostgreSQL.
    if (!callWithArguments(s, max, 2).isEmpty() || !callWithArguments(s, min, 2).isEmpty())
        return QStringLiteral("scalar max()/min()");
    // PostgreSQL rounds to n places only a NUMERIC.
    if (const QStringList args = callWithArguments(s, round, 2);
        !args.isEmpty() && !args.first().contains(QLatin1String("NUMERIC"), Qt::CaseInsensitive))
        return QStringLiteral("round(real, n) without CAST(... AS NUMERIC)");
    // date(x, '+1 day') and its kin: SQLite's date modifiers.
    if (!callWithArguments(s, date, 2).isEmpty())
        return QStringLiteral("date() with modifiers");
    if (hasDerivedTableWithoutAlias(s))
        return QStringLiteral("derived table without an alias");
    return {};
}

bool SqlDialect::isStrict()
{
    static const bool strict = qEnvironmentVariableIntValue("CD_SQL_STRICT") != 0;
    return strict;
}

QStringList SqlDialect::postgresSupport()
{
    // FTS5 phrase query ("a" + "b", as Hanzi::ftsPhraseQuery writes it) against a row's tokens:
    // the phrase's tokens must follow one another.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION cd_fts_match(tokens TEXT, query TEXT) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE "
            "AS "
            "$cd$ SELECT strpos(' ' || lower($1) || ' ', ' ' || replace(replace(lower(substr($2, 2, length($2) - 2)), "
            "'\" + \"', ' '), '\"\"', '\"') || ' ') > 0 $cd$"),
        // The same phrase as a LIKE pattern over ' ' || lower(tokens) || ' ', with the clerk's
        // own %, _ and backslash taken literally. IMMUTABLE and plain SQL, so the planner folds it
        // into a constant and the trigram index serves the LIKE.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_fts_pattern(query TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE "
                       "AS $cd$ SELECT '% ' || replace(replace(replace(replace(replace(lower(substr($1, 2, "
                       "length($1) - 2)), '\\', '\\\\'), '%', '\\%'), '_', '\\_'), '\" + \"', ' '), "
                       "'\"\"', '\"') || ' %' $cd$")};
}

bool SqlDialect::isPreparable(const QString &sql)
{
    static const QRegularExpression dml(QStringLiteral("^\\s*\\(?\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|VALUES)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    return dml.match(sql).hasMatch();
}

bool SqlDialect::isInsert(const QString &sql)
{
    static const QRegularExpression insert(QStringLiteral("^\\s*INSERT\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression returning(QStringLiteral("\\bRETURNING\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    return insert.match(sql).hasMatch() && !returning.match(sql).hasMatch();
}

QString SqlDialect::insertWithExplicitId(const QString &sql)
{
    static const QRegularExpression insert(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = insert.match(sql);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression id(QStringLiteral("(^|,)\\s*id\\s*(,|$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return id.match(m.captured(2)).hasMatch() ? m.captured(1) : QString();
}
