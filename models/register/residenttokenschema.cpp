#include "residenttokenschema.h"

#include "models/core/sqldialect.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

// Raw QSqlQuery: PostgreSQL's own DDL (functions, statement triggers with transition tables),
// which must not go through SqlDialect.
bool run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return false;
    }
    return true;
}

// One resident's tokens, for the residents `r` the statement around it picks: resident_fts's
// tokens (lowered, as the trigram index reads them), every prefix of the name's initials (the
// search "zw" is name_initials GLOB 'zw*' or the word zw) and the resident's tags.
const QString kTokensOfR = QStringLiteral(
    "SELECT DISTINCT k.token, coalesce(r.name_pinyin, ''), r.id FROM resident r CROSS JOIN LATERAL (SELECT "
    "unnest(string_to_array(lower(f.tokens), ' ')) AS token FROM resident_fts f WHERE f.rowid = r.id UNION ALL "
    "SELECT left(r.name_initials, n) FROM generate_series(1, length(coalesce(r.name_initials, ''))) n UNION ALL "
    "SELECT '#' || rt.tag_id FROM resident_tag rt WHERE rt.resident_id = r.id) k WHERE k.token <> ''");

// A statement trigger on `table` (its transition tables give the residents whose tokens change).
QStringList statementTriggers(const QString &table, const QString &function)
{
    QStringList out;
    for (const QString &event : {QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete")}) {
        const QString name = QStringLiteral("%1_token_%2").arg(table, event);
        const QString rows = event == QLatin1String("insert")   ? QStringLiteral("NEW TABLE AS new_rows")
                             : event == QLatin1String("delete") ? QStringLiteral("OLD TABLE AS old_rows")
                                                                : QStringLiteral("OLD TABLE AS old_rows NEW TABLE AS "
                                                                                 "new_rows");
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table)
            << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 FOR EACH STATEMENT EXECUTE FUNCTION "
                              "%5()")
                   .arg(name, event.toUpper(), table, rows, function);
    }
    return out;
}

// The trigger function for a table whose rows name a resident in `column`.
QString triggerFunction(const QString &function, const QString &column)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $cd$ BEGIN "
                          "IF TG_OP IN ('DELETE', 'UPDATE') THEN PERFORM cd_resident_tokens(ARRAY(SELECT DISTINCT "
                          "o.%2 FROM old_rows o)); END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM "
                          "cd_resident_tokens(ARRAY(SELECT DISTINCT n.%2 FROM new_rows n)); END IF; RETURN NULL; "
                          "END $cd$")
        .arg(function, column);
}

} // namespace

bool ResidentTokenSchema::createServerTable(QSqlDatabase &db)
{
    if (!SqlDialect::isPostgres(db))
        return true;
    QStringList statements{
        // The key is the index the first page reads: one token's residents in list order.
        QStringLiteral("CREATE TABLE IF NOT EXISTS resident_token (token TEXT NOT NULL, sort_key TEXT NOT NULL, "
                       "resident_id BIGINT NOT NULL, CONSTRAINT resident_token_key PRIMARY KEY (token, sort_key, "
                       "resident_id))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resident_token_resident ON resident_token(resident_id)"),
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_resident_tokens(p_ids bigint[]) RETURNS void LANGUAGE sql AS "
                       "$cd$ DELETE FROM resident_token WHERE resident_id = ANY (p_ids); INSERT INTO resident_token "
                       "(token, sort_key, resident_id) ") +
            kTokensOfR + QStringLiteral(" AND r.id = ANY (p_ids) $cd$"),
        triggerFunction(QStringLiteral("cd_resident_token_fts"), QStringLiteral("rowid")),
        triggerFunction(QStringLiteral("cd_resident_token_tag"), QStringLiteral("resident_id")),
        // A renamed resident moves in the list: new initials, a new sort key.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_resident_token_keys() RETURNS trigger LANGUAGE plpgsql AS $cd$ "
                       "BEGIN PERFORM cd_resident_tokens(ARRAY[NEW.id]); RETURN NULL; END $cd$"),
        QStringLiteral("DROP TRIGGER IF EXISTS resident_token_keys ON resident"),
        QStringLiteral("CREATE TRIGGER resident_token_keys AFTER UPDATE OF name_pinyin, name_initials ON resident FOR "
                       "EACH ROW WHEN (OLD.name_pinyin IS DISTINCT FROM NEW.name_pinyin OR OLD.name_initials IS "
                       "DISTINCT FROM NEW.name_initials) EXECUTE FUNCTION cd_resident_token_keys()"),
    };
    // Every resident's tokens again, for a bulk load with triggers off (bench/pg-load.sh): the key
    // is built after the rows, one sort instead of millions of inserts into a b-tree.
    statements << QStringLiteral(
                      "CREATE OR REPLACE FUNCTION cd_resident_tokens_all() RETURNS void LANGUAGE plpgsql AS $cd$ "
                      "BEGIN TRUNCATE resident_token; ALTER TABLE resident_token DROP CONSTRAINT IF EXISTS "
                      "resident_token_key; DROP INDEX IF EXISTS resident_token_resident; INSERT INTO "
                      "resident_token (token, sort_key, resident_id) ") +
                      kTokensOfR +
                      QStringLiteral("; ALTER TABLE resident_token ADD CONSTRAINT resident_token_key PRIMARY KEY "
                                     "(token, sort_key, resident_id); CREATE INDEX resident_token_resident ON "
                                     "resident_token(resident_id); ANALYZE resident_token; END $cd$");
    statements << statementTriggers(QStringLiteral("resident_fts"), QStringLiteral("cd_resident_token_fts"))
               << statementTriggers(QStringLiteral("resident_tag"), QStringLiteral("cd_resident_token_tag"));
    return run(db, statements) && rebuild(db);
}

bool ResidentTokenSchema::rebuild(const QSqlDatabase &db)
{
    return run(db, {QStringLiteral("SELECT cd_resident_tokens_all()")});
}

bool ResidentTokenSchema::hasTable(const QSqlDatabase &db)
{
    if (!SqlDialect::isPostgres(db))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                 "current_schema() AND table_name = 'resident_token'")) &&
           q.next() && q.value(0).toInt() > 0;
}

bool ResidentTokenSchema::servesSearch(const QSqlDatabase &db)
{
    if (!hasTable(db))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM custom_field WHERE entity = 'resident'")) && q.next() &&
           q.value(0).toInt() == 0;
}
