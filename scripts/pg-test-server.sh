#!/bin/sh
# A throwaway PostgreSQL 15 server for the _pg tests, on loopback only.
#   pg-test-server.sh start DIR [PORT]   initdb into DIR (owned by postgres), start, create role/db "cd"
#                                        (trusted, CREATEROLE: it makes the desks' roles) and role
#                                        "cd_secret" (password cd-secret, checked); every other role's
#                                        password is checked too (the desk roles of the _pg tests)
#   pg-test-server.sh stop DIR           stop it and remove DIR
#   pg-test-server.sh halt DIR           stop it, keeping DIR (a server restart, with resume)
#   pg-test-server.sh resume DIR         start a halted server again on its port
# Prints the postgresql:// URL for CD_TEST_DATABASE on success. The server refuses to run as
# root, so as root it runs as the postgres user (su); otherwise as the calling user.
set -eu
action=${1:?usage: pg-test-server.sh start|stop|halt|resume DIR [PORT]}
dir=${2:?usage: pg-test-server.sh start|stop|halt|resume DIR [PORT]}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "pg-test-server: PostgreSQL is not installed" >&2; exit 2; }

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sh -c "$1"
    fi
}

case "$action" in
start)
    if [ "$(id -u)" -eq 0 ]; then
        install -d -o postgres -g postgres "$dir"
    else
        mkdir -p "$dir"
    fi
    as_pg "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # Over TCP only the owner "cd" and postgres are trusted: every other role (cd_secret, the
    # desks' own roles) has its password checked, as on an office server.
    as_pg "sed -i '/^host/d' '$dir/data/pg_hba.conf' && printf '%s\\n' 'host all cd 127.0.0.1/32 trust' 'host all postgres 127.0.0.1/32 trust' 'host all all 127.0.0.1/32 scram-sha-256' >>'$dir/data/pg_hba.conf'"
    as_pg "echo $port >'$dir/port'"
    as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o '-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off' -w start" >/dev/null ||
        { cat "$dir/log" >&2; exit 1; }
    as_pg "psql -q -h 127.0.0.1 -p $port -U postgres -c \"CREATE ROLE cd LOGIN CREATEROLE PASSWORD 'cd'\" -c 'CREATE DATABASE cd OWNER cd' -c \"CREATE ROLE cd_secret LOGIN PASSWORD 'cd-secret'\" -c 'GRANT ALL ON DATABASE cd TO cd_secret' -c 'GRANT cd_secret TO cd'" >/dev/null
    echo "postgresql://cd:cd@127.0.0.1:$port/cd"
    ;;
stop)
    [ -d "$dir/data" ] && as_pg "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
halt)
    as_pg "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null
    ;;
resume)
    port=$(cat "$dir/port")
    as_pg "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -o '-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off' -w start" >/dev/null ||
        { cat "$dir/log" >&2; exit 1; }
    ;;
*)
    echo "usage: pg-test-server.sh start|stop|halt|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
