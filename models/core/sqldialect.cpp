#include "sqldialect.h"

#include <atomic>
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

// A SQLite GLOB pattern as an anchored POSIX regular expression.
QString globToRegex(const QString &glob)
{
    QString re = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            re += QLatin1String(".*");
        } else if (c == u'?') {
            re += u'.';
        } else if (c == u'[') {
            const qsizetype close = glob.indexOf(u']', i + 2);
            if (close < 0) {
                re += QLatin1String("\\[");
                continue;
            }
            re += glob.mid(i, close - i + 1);
            i = close;
        } else if (QStringLiteral("\\.^$|()+{}").contains(c)) {
            re += u'\\';
            re += c;
        } else {
            re += c;
        }
    }
    return re + u'$';
}

QString rewrite(const QString &sql);

// A function call SQLite knows and PostgreSQL spells differently; empty to keep it.
QString rewriteCall(const QString &name, const QStringList &args)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("group_concat") && (args.size() == 1 || args.size() == 2)) {
        QString value = args.at(0);
        QString distinct;
        if (value.startsWith(QLatin1String("DISTINCT "), Qt::CaseInsensitive)) {
            distinct = QStringLiteral("DISTINCT ");
            value = value.mid(9);
        }
        const QString separator = args.size() == 2 ? args.at(1) : QStringLiteral("','");
        return QStringLiteral("string_agg(%1CAST(%2 AS TEXT), %3)").arg(distinct, value, separator);
    }
    if (lower == QLatin1String("ifnull") && args.size() == 2)
        return QStringLiteral("coalesce(%1, %2)").arg(args.at(0), args.at(1));
    if (lower == QLatin1String("iif") && args.size() == 3)
        return QStringLiteral("(CASE WHEN %1 THEN %2 ELSE %3 END)").arg(args.at(0), args.at(1), args.at(2));
    if (lower == QLatin1String("instr") && args.size() == 2)
        return QStringLiteral("strpos(%1, %2)").arg(args.at(0), args.at(1));
    if ((lower == QLatin1String("max") || lower == QLatin1String("min")) && args.size() >= 2)
        return (lower == QLatin1String("max") ? QStringLiteral("greatest(") : QStringLiteral("least(")) +
               args.join(QStringLiteral(", ")) + u')';
    // Already translated statements pass through again (migrations, then SqlQuery): no second cast.
    if (lower == QLatin1String("round") && args.size() == 2 && !args.at(0).endsWith(QLatin1String(" AS NUMERIC)")))
        return QStringLiteral("round(CAST(%1 AS NUMERIC), %2)").arg(args.at(0), args.at(1));
    if (lower == QLatin1String("julianday") && args.size() == 1) {
        const QString when = args.at(0).compare(QLatin1String("'now'"), Qt::CaseInsensitive) == 0
                                 ? QStringLiteral("LOCALTIMESTAMP")
                                 : QStringLiteral("CAST(%1 AS TIMESTAMP)").arg(args.at(0));
        return QStringLiteral("(EXTRACT(EPOCH FROM %1) / 86400.0 + 2440587.5)").arg(when);
    }
    if (lower == QLatin1String("length") && args.size() == 1 && !args.at(0).endsWith(QLatin1String(" AS TEXT)")))
        return QStringLiteral("length(CAST(%1 AS TEXT))").arg(args.at(0));
    return {};
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

// One pass over the statement outside string literals, rewriting calls recursively.
QString rewrite(const QString &sql)
{
    static std::atomic<int> derived{0};
    QString out;
    out.reserve(sql.size() + 32);
    QString previousWord; // the last keyword or identifier written, upper case
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') {
            const qsizetype end = skipQuoted(sql, i);
            out += QStringView(sql).mid(i, end - i);
            i = end;
            previousWord.clear();
            continue;
        }
        if (c == u'(' && (previousWord == QLatin1String("FROM") || previousWord == QLatin1String("JOIN"))) {
            // PostgreSQL requires an alias on every derived table; SQLite does not.
            const qsizetype close = matchingParen(sql, i);
            const QString inner = close > 0 ? sql.mid(i + 1, close - i - 1) : QString();
            if (close > 0 && inner.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)) {
                out += u'(' + rewrite(inner) + u')';
                i = close + 1;
                const qsizetype next = skipSpace(sql, i);
                const QString word = wordAt(sql, next).toUpper();
                const bool aliased = next < sql.size() && isWordChar(sql.at(next)) && !clauseWords().contains(word);
                if (!aliased)
                    out += QStringLiteral(" AS cd_derived_%1").arg(derived.fetch_add(1) + 1);
                previousWord.clear();
                continue;
            }
        }
        if (!isWordChar(c) || (i > 0 && (isWordChar(sql.at(i - 1)) || sql.at(i - 1) == u'$'))) {
            out += c;
            if (!c.isSpace())
                previousWord.clear();
            ++i;
            continue;
        }
        const QString word = wordAt(sql, i);
        const QString upper = word.toUpper();
        const qsizetype after = i + word.size();
        const qsizetype next = skipSpace(sql, after);
        const bool qualified = i > 0 && sql.at(i - 1) == u'.';

        if (!qualified && next < sql.size() && sql.at(next) == u'(') {
            const qsizetype close = matchingParen(sql, next);
            if (close > 0) {
                QStringList args = splitArguments(sql.mid(next + 1, close - next - 1));
                for (QString &arg : args)
                    arg = rewrite(arg);
                const QString replaced = rewriteCall(word, args);
                if (!replaced.isEmpty()) {
                    out += replaced;
                    i = close + 1;
                    previousWord.clear();
                    continue;
                }
                if (upper != QLatin1String("IN") && upper != QLatin1String("EXISTS") &&
                    upper != QLatin1String("FROM") && upper != QLatin1String("JOIN") && upper != QLatin1String("AS") &&
                    upper != QLatin1String("VALUES")) {
                    out += word + QStringView(sql).mid(after, next - after) + u'(' + args.join(QStringLiteral(", ")) +
                           u')';
                    i = close + 1;
                    previousWord.clear();
                    continue;
                }
            }
        }
        if (upper == QLatin1String("LIKE")) {
            out += QLatin1String("ILIKE"); // SQLite's LIKE ignores case (ASCII)
        } else if (upper == QLatin1String("GLOB")) {
            if (next < sql.size() && sql.at(next) == u'\'') {
                const qsizetype end = skipQuoted(sql, next);
                const QString glob = sql.mid(next + 1, end - next - 2).replace(QLatin1String("''"), QLatin1String("'"));
                out += QLatin1String("~ '") + QString(globToRegex(glob)).replace(u'\'', QLatin1String("''")) + u'\'';
                i = end;
                previousWord.clear();
                continue;
            }
            if (next < sql.size() && sql.at(next) == u'?') {
                // Bound patterns are prefixes ending in '*' (see ResidentQuery).
                // ~~ is LIKE (case-sensitive, as GLOB), spelled so a second pass leaves it alone.
                out += QLatin1String("~~ replace(CAST(? AS TEXT), '*', '%')");
                i = next + 1;
                previousWord.clear();
                continue;
            }
            out += word;
        } else if (upper == QLatin1String("MATCH") && next < sql.size() && sql.at(next) == u'?') {
            // `fts MATCH ?`: the FTS5 table is a plain table on PostgreSQL. The phrase becomes a
            // LIKE pattern on the space-padded tokens, the expression the trigram index
            // resident_fts_trgm is built on (ResidentSearchSchema), so the index serves it.
            // ~~ is LIKE, spelled so a second pass leaves it alone.
            static const QRegularExpression table(QStringLiteral("(\\w+)\\s*$"));
            const QRegularExpressionMatch m = table.match(out);
            if (m.hasMatch()) {
                out.chop(m.capturedLength(0));
                out += QStringLiteral("(' ' || lower(%1.tokens) || ' ') ~~ cd_fts_pattern(?)").arg(m.captured(1));
                i = next + 1;
                previousWord.clear();
                continue;
            }
            out += word;
        } else if (upper == QLatin1String("LIMIT") && sql.mid(next, 2) == QLatin1String("-1")) {
            out += QLatin1String("LIMIT ALL");
            i = next + 2;
            previousWord.clear();
            continue;
        } else if (upper == QLatin1String("REAL") && previousWord == QLatin1String("AS")) {
            out += QLatin1String("DOUBLE PRECISION"); // PostgreSQL's REAL is single precision
        } else {
            out += word;
        }
        previousWord = upper;
        i = after;
    }
    return out;
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

QString SqlDialect::translate(const QString &sql)
{
    static const QRegularExpression orIgnore(QStringLiteral("^\\s*INSERT\\s+OR\\s+IGNORE\\s+INTO\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString out = rewrite(sql);
    if (orIgnore.match(out).hasMatch()) {
        out.replace(orIgnore, QStringLiteral("INSERT INTO"));
        out += QLatin1String(" ON CONFLICT DO NOTHING");
    }
    return out;
}

QStringList SqlDialect::translateDdl(const QString &sql)
{
    const QString s = sql.trimmed();
    static const QRegularExpression fts(
        QStringLiteral(
            "^CREATE\\s+VIRTUAL\\s+TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+USING\\s+fts5\\s*\\((.*)\\)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fts.match(s); m.hasMatch()) {
        // No FTS5: a plain table with the same rowid and columns; MATCH becomes cd_fts_match().
        QStringList columns = {QStringLiteral("rowid BIGINT PRIMARY KEY")};
        for (const QString &column : splitArguments(m.captured(3)))
            if (!column.contains(u'='))
                columns << column + QLatin1String(" TEXT");
        return {QStringLiteral("CREATE TABLE %1%2 (%3)")
                    .arg(m.captured(1), m.captured(2), columns.join(QStringLiteral(", ")))};
    }
    static const QRegularExpression trigger(
        QStringLiteral(
            "^CREATE\\s+TRIGGER\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)\\s+(BEFORE|AFTER)\\s+(INSERT|DELETE|"
            "UPDATE(?:\\s+OF\\s+[\\w\\s,]+?)?)\\s+ON\\s+(\\w+)(?:\\s+FOR\\s+EACH\\s+ROW)?(?:\\s+WHEN\\s+(.*?))?"
            "\\s+BEGIN\\s+(.*)\\s+END\\s*;?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = trigger.match(s); m.hasMatch()) {
        // A SQLite trigger body becomes a PL/pgSQL trigger function.
        const QString name = m.captured(1);
        const bool before = m.captured(2).compare(QLatin1String("BEFORE"), Qt::CaseInsensitive) == 0;
        const bool onDelete = m.captured(3).compare(QLatin1String("DELETE"), Qt::CaseInsensitive) == 0;
        // RAISE(ABORT|FAIL|ROLLBACK, 'why') refuses the change; RAISE(IGNORE) skips the row.
        static const QRegularExpression raise(
            QStringLiteral("SELECT\\s+RAISE\\s*\\(\\s*(?:ABORT|FAIL|ROLLBACK)\\s*,\\s*('(?:[^']|'')*')\\s*\\)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression ignore(QStringLiteral("SELECT\\s+RAISE\\s*\\(\\s*IGNORE\\s*\\)"),
                                               QRegularExpression::CaseInsensitiveOption);
        QString body = m.captured(6).trimmed();
        body.replace(raise, QStringLiteral("RAISE EXCEPTION USING MESSAGE = \\1"));
        body.replace(ignore, QStringLiteral("RETURN NULL"));
        body = translate(body);
        if (!body.endsWith(u';'))
            body += u';';
        const QString result = !before    ? QStringLiteral("NULL")
                               : onDelete ? QStringLiteral("OLD")
                                          : QStringLiteral("NEW");
        const QString when =
            m.captured(5).isEmpty() ? QString() : QStringLiteral(" WHEN (%1)").arg(translate(m.captured(5)));
        return {QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $cd$ BEGIN %2 "
                               "RETURN %3; END $cd$")
                    .arg(name, body, result),
                QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW%5 EXECUTE FUNCTION %1_fn()")
                    .arg(name, m.captured(2), m.captured(3), m.captured(4), when)};
    }
    static const QRegularExpression table(QStringLiteral("^(CREATE\\s+TABLE|ALTER\\s+TABLE)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (table.match(s).hasMatch())
        return {rewriteTypes(translate(s))};
    return {translate(s)};
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
