#!/bin/sh
# Backs up an office's PostgreSQL database with the server's own tool (pg_dump, custom format:
# compressed, restorable table by table with pg_restore) and keeps the newest KEEP dumps.
#   pg-backup.sh URL DIR [KEEP]      URL: postgresql://cdadmin@db.office/community (the schema
#                                    owner; a password comes from ~/.pgpass or PGPASSWORD, never
#                                    the command line); DIR: where the dumps go; KEEP: default 14
#   PGBACKUP_SCHEMA=community        only that office schema (pg_dump -n), otherwise the database
# Writes DIR/<database>[-<schema>]-YYYYmmdd-HHMMSS.dump; a dump is renamed into place only when
# pg_dump finished, so a failed run never replaces a good backup or counts towards KEEP.
# Restore (see README "Backups on a server"):
#   pg_restore --clean --if-exists --no-owner -d postgresql://cdadmin@db.office/community FILE.dump
set -eu
url=${1:?usage: pg-backup.sh URL DIR [KEEP]}
dir=${2:?usage: pg-backup.sh URL DIR [KEEP]}
keep=${3:-14}
case "$keep" in '' | *[!0-9]*) echo "pg-backup: KEEP must be a number" >&2; exit 2 ;; esac
[ "$keep" -ge 1 ] || { echo "pg-backup: KEEP must be at least 1" >&2; exit 2; }
command -v pg_dump >/dev/null 2>&1 || { echo "pg-backup: pg_dump is not installed (postgresql-client)" >&2; exit 2; }

mkdir -p "$dir"
# The database's name: the URL's path without its query.
db=${url##*/}
db=${db%%\?*}
name=$db
schema=${PGBACKUP_SCHEMA:-}
[ -n "$schema" ] && name="$db-$schema"
stamp=$(date -u +%Y%m%d-%H%M%S)
file="$dir/$name-$stamp.dump"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT INT TERM

set -- --format=custom --file="$partial" --dbname="$url"
[ -n "$schema" ] && set -- "$@" --schema="$schema"
pg_dump "$@"
# A dump pg_restore cannot read is no backup.
pg_restore --list "$partial" >/dev/null
mv "$partial" "$file"
echo "$file"

# Rotation: the newest KEEP dumps of this database (and schema) stay. The names sort by time.
ls -1 "$dir" | grep -E "^$name-[0-9]{8}-[0-9]{6}\\.dump\$" | sort -r | tail -n +$((keep + 1)) |
    while read -r old; do
        rm -f "$dir/$old"
    done
