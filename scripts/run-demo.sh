#!/bin/sh
# Quick start 1: install what is missing, build, and open CommunityDesk on a demo database.
# The demo database is made once (3,000 households, about 8,000 residents) and kept in ./build.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh -DCOMMUNITYDESK_BUILD_TESTS=OFF

db="build/demo.sqlite"
if [ ! -f "$db" ]; then
    build/app/cli/communitydesk-cli --database "$db" demo --households 3000
fi

# Chinese unless the desk already chose a language.
[ -n "${LANG:-}" ] && [ "${LANG:-}" != "C" ] && [ "${LANG:-}" != "C.UTF-8" ] || export LANG=zh_CN.UTF-8

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/gui/communitydesk --database "$db"
fi
# No screen (a server or a container): run it on a virtual one and keep a picture of the window.
echo "No display found: starting under Xvfb and saving build/demo-screenshot.png"
# Nobody is there to sign in: the demo administrator does (README, "Accounts").
CD_AUTOLOGIN=admin:demo-admin xvfb-run -a -s "-screen 0 1366x800x24" build/app/gui/communitydesk --database "$db" \
    --screenshot build/demo-screenshot.png
echo "Saved build/demo-screenshot.png"
