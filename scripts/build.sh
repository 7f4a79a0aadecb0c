#!/bin/sh
# Configures and builds into ./build (Ninja, ccache when present). Usage: build.sh [cmake -D options...]
set -eu
cd "$(dirname "$0")/.."
# Paths relative to the checkout, so clones share ccache hits.
export CCACHE_BASEDIR="$(pwd)"
launcher=""
command -v ccache >/dev/null 2>&1 && launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo $launcher "$@" >/dev/null
cmake --build build
