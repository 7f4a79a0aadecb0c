#!/bin/sh
# Runs one test program against the PostgreSQL test server (the *_pg tests in CTest).
# scripts/run-tests.sh starts the server and exports CD_TEST_SERVER; without it the test is
# skipped (exit 77, CTest's SKIP_RETURN_CODE) with the reason, never silently passed.
if [ -z "${CD_TEST_SERVER:-}" ]; then
    echo "SKIPPED: no PostgreSQL test server. scripts/run-tests.sh starts one (it needs root or the"
    echo "postgres user and Debian's postgresql package); or set CD_TEST_SERVER=postgresql://user:pw@host:port/db."
    exit 77
fi
CD_TEST_DATABASE="$CD_TEST_SERVER"
# A statement still written for SQLite only stops the test (SqlQuery, SqlDialect::isStrict()).
CD_SQL_STRICT=1
export CD_SQL_STRICT
export CD_TEST_DATABASE
exec "$@"
