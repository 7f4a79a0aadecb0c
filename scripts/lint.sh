#!/bin/sh
# Formatting and the agreed clang-tidy checks.
#   lint.sh format            clang-format --dry-run -Werror on every C++ file of the tree
#   lint.sh tidy BUILD [--all] clang-tidy (.clang-tidy) on the .cpp files the last commit changed,
#                             or on every .cpp file with --all; BUILD holds compile_commands.json
set -eu
cd "$(dirname "$0")/.."
what=${1:?usage: lint.sh format | tidy BUILD [--all]}
sources() {
    git ls-files -- 'models/*.cpp' 'models/*.h' 'ui/*.cpp' 'ui/*.h' 'app/*.cpp' 'app/*.h' \
        'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' 'fuzz/*.cpp' | grep -v '^tests/data/'
}
case "$what" in
format)
    command -v clang-format >/dev/null || { echo "lint: clang-format is not installed" >&2; exit 2; }
    # shellcheck disable=SC2046
    clang-format --dry-run -Werror $(sources)
    echo "formatting: $(sources | wc -l) files clean"
    ;;
tidy)
    build=${2:?usage: lint.sh tidy BUILD [--all]}
    command -v clang-tidy >/dev/null || { echo "lint: clang-tidy is not installed" >&2; exit 2; }
    if [ "${3:-}" = "--all" ]; then
        files=$(sources | grep '\.cpp$' | grep -v '^fuzz/')
    else
        files=$(git diff --name-only --diff-filter=AM HEAD~1 HEAD 2>/dev/null | grep -E '^(models|ui|app)/.*\.cpp$' || true)
    fi
    if [ -z "$files" ]; then
        echo "clang-tidy: no changed sources"
        exit 0
    fi
    # shellcheck disable=SC2086
    clang-tidy -p "$build" --quiet $files
    echo "clang-tidy: $(echo "$files" | wc -l) files clean"
    ;;
*)
    echo "usage: lint.sh format | tidy BUILD [--all]" >&2
    exit 2
    ;;
esac
