#!/bin/sh
# Quick start 2: install what is missing, build everything with the tests, and run the whole suite.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh -DCOMMUNITYDESK_BUILD_TESTS=ON -DCOMMUNITYDESK_BUILD_BENCH=ON
cd build
exec ctest --output-on-failure --timeout 600
