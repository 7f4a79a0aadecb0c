#!/bin/sh
# Quick start 2: install what is missing, build everything with the tests, and run the whole suite.
# The model and workflow tests run twice: on SQLite, and (the *_pg tests, label "postgresql")
# on a throwaway PostgreSQL server started here on 127.0.0.1:55432 and stopped on exit.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/setup-debian.sh
scripts/build.sh -DCOMMUNITYDESK_BUILD_TESTS=ON -DCOMMUNITYDESK_BUILD_BENCH=ON

pgdir=""
stop_server() {
    # An absolute path: the trap runs after the cd into build below.
    [ -n "$pgdir" ] && "$root/scripts/pg-test-server.sh" stop "$pgdir" || true
}
trap stop_server EXIT
trap 'exit 130' INT TERM
if [ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ]; then
    pgdir=$(mktemp -d /tmp/cd-pgtest.XXXXXX)
    if url=$(scripts/pg-test-server.sh start "$pgdir" "${CD_TEST_PORT:-55432}"); then
        CD_TEST_SERVER=$url
        export CD_TEST_SERVER
        echo "PostgreSQL test server: $url"
    else
        echo "PostgreSQL test server could not be started: the *_pg tests will be skipped." >&2
    fi
else
    echo "Not root: no PostgreSQL test server, the *_pg tests will be skipped." >&2
fi
cd build
ctest --output-on-failure --timeout 600
