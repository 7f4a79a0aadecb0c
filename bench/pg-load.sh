#!/bin/sh
# Bulk-loads a CommunityDesk SQLite database (e.g. the 1,000,000-resident register with 600,000
# cases that bench/dashboard_bench builds) into a PostgreSQL database for bench/pg_bench, in
# minutes rather than the hours the demo generator takes row by row over the network:
#   bench/pg-load.sh FILE.sqlite postgresql://cd:cd@127.0.0.1:PORT/cd?schema=NAME [PROGRAM [ARGS...]]
# 1. PROGRAM --database URL ARGS (default: build/app/cli/communitydesk-cli ... coverage; any
#    program of the same build as FILE's, e.g. build/bench/pg_bench with no ARGS) opens the server
#    database once, so the app's own migrations create every table, index and trigger;
# 2. every table both databases hold is emptied, its secondary indexes and triggers set aside,
#    and filled by `sqlite3 -csv | psql \copy` (COPY, one stream per table);
# 3. the indexes are built again, identity sequences moved past the loaded ids, then ANALYZE.
# The data stay the app's own (the generator's coherent households, search tokens, summaries).
set -eu
src=${1:?usage: pg-load.sh FILE.sqlite URL [CLI]}
url=${2:?usage: pg-load.sh FILE.sqlite URL [CLI]}
here=$(cd "$(dirname "$0")/.." && pwd)
shift 2
if [ $# -gt 0 ]; then
    cli=$1
    shift
else
    cli=$here/build/app/cli/communitydesk-cli
    set -- coverage
fi
[ -f "$src" ] || { echo "pg-load: no $src" >&2; exit 2; }

start=$(date +%s)
# The app migrates the server database (a read-only command is enough).
QT_QPA_PLATFORM=offscreen "$cli" --database "$url" "$@" >/dev/null 2>&1 || true
# psql takes the app's ?schema=NAME as a search_path.
schema=$(echo "$url" | sed -n 's/.*[?&]schema=\([A-Za-z0-9_]*\).*/\1/p')
[ -n "$schema" ] && export PGOPTIONS="-c search_path=$schema"
url=$(echo "$url" | sed 's/[?&]schema=[A-Za-z0-9_]*//')
psql_() { psql -X -q -v ON_ERROR_STOP=1 -d "$url" "$@"; }
# COPY runs as a superuser (the test server trusts postgres on loopback) so that
# session_replication_role can switch off triggers and foreign-key checks while tables fill in
# any order; PG_LOAD_ADMIN_URL names another.
admin=${PG_LOAD_ADMIN_URL:-$(echo "$url" | sed 's#://[^@]*@#://postgres@#')}

# Tables and columns on both sides, in PostgreSQL's column order (SQLite's FTS5 shadow tables and
# bookkeeping stay behind; resident_fts's rowid is FTS5's hidden column): "table|columns|select".
plan=$(mktemp)
defs=$(mktemp)
trap 'rm -f "$plan" "$defs"' EXIT
sqlite3 -separator '|' "$src" "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table' UNION ALL SELECT 'resident_fts', 'rowid'" >"$plan.lite"
psql_ -At -F '|' -c "SELECT table_name, column_name, data_type FROM information_schema.columns c WHERE table_schema = current_schema() AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_version') ORDER BY table_name, ordinal_position" >"$plan.pg"
awk -F'|' 'NR == FNR { lite[$1 "|" $2] = 1; next }
    ($1 "|" $2) in lite {
        if (!($1 in cols)) order[n++] = $1
        q = "\"" $2 "\""
        cols[$1] = cols[$1] (cols[$1] == "" ? "" : ",") q
        v = ($3 == "bytea") ? "CASE WHEN " q " IS NULL THEN NULL ELSE '"'"'\\x'"'"' || hex(" q ") END" : q
        sel[$1] = sel[$1] (sel[$1] == "" ? "" : ",") v
    }
    END { for (i = 0; i < n; ++i) print order[i] "|" cols[order[i]] "|" sel[order[i]] }' "$plan.lite" "$plan.pg" >"$plan"
rm -f "$plan.lite" "$plan.pg"
tables=$(cut -d'|' -f1 "$plan" | tr '\n' ' ')

# Secondary indexes (not the keys) are set aside and built again after the load. Their
# definitions wait in a table, so a load that fails half way still has them for the next run.
psql_ -c "CREATE TABLE IF NOT EXISTS pg_load_index (def TEXT PRIMARY KEY)" -c "INSERT INTO pg_load_index SELECT indexdef FROM pg_indexes i WHERE schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ON CONFLICT DO NOTHING" >/dev/null
psql_ -At -c "SELECT def || ';' FROM pg_load_index" >"$defs"
psql_ -At -c "SELECT 'DROP INDEX ' || quote_ident(indexname) || ';' FROM pg_indexes i WHERE schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)" | psql_ >/dev/null
echo "pg-load: $(echo $tables | wc -w) tables, $(wc -l <"$defs") indexes set aside"

list=$(echo $tables | tr ' ' ',')
psql_ -c "TRUNCATE $list CASCADE" >/dev/null
while IFS='|' read -r t cols sel; do
    t0=$(date +%s)
    # Triggers off while loading: the rows come with what the triggers would have written.
    sqlite3 -csv -cmd ".nullvalue '\N'" "$src" "SELECT $sel FROM \"$t\"" |
        psql -X -q -v ON_ERROR_STOP=1 -d "$admin" -c "SET session_replication_role = replica" -c "\\copy \"$t\" ($cols) FROM STDIN WITH (FORMAT csv, NULL '\\N')"
    n=$(psql_ -At -c "SELECT count(*) FROM \"$t\"" </dev/null)
    [ "$n" -gt 10000 ] && echo "pg-load: $t $n rows, $(($(date +%s) - t0)) s"
done <"$plan"

echo "pg-load: building indexes again"
t0=$(date +%s)
psql_ -c "SET maintenance_work_mem = '512MB'" -f "$defs" -c "DROP TABLE pg_load_index" >/dev/null
echo "pg-load: indexes $(($(date +%s) - t0)) s"
# Identity columns continue after the loaded ids.
psql_ -At -c "SELECT format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false);', pg_get_serial_sequence(quote_ident(table_name), column_name), column_name, table_name) FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'" | psql_ >/dev/null
# Tables the server alone keeps, derived from the loaded ones (resident_token: issue 23).
if [ "$(psql_ -At -c "SELECT count(*) FROM pg_proc WHERE proname = 'cd_resident_tokens_all' AND pronamespace = current_schema()::regnamespace")" != 0 ]; then
    t0=$(date +%s)
    psql_ -c "SET maintenance_work_mem = '512MB'" -c "SELECT cd_resident_tokens_all()" >/dev/null
    psql_ -c "VACUUM ANALYZE resident_token" >/dev/null
    echo "pg-load: resident_token $(psql_ -At -c "SELECT count(*) FROM resident_token") rows, $(($(date +%s) - t0)) s"
fi
# VACUUM sets the visibility map, without which PostgreSQL's counts cannot be index-only scans.
psql_ -c "VACUUM ANALYZE $list" >/dev/null
echo "pg-load: done in $(($(date +%s) - start)) s, $(psql_ -At -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
