#!/bin/sh
# Installs what building, running and testing CommunityDesk needs on Debian 12, skipping
# packages that are already there. Needs root (or sudo) only when something is missing.
set -eu

PACKAGES="qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql \
  qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n \
  cmake ninja-build g++ ccache file dpkg-dev libquazip1-qt6-dev libxlsxwriter-dev libsodium-dev libsqlite3-dev libqrencode-dev qtkeychain-qt6-dev libpq-dev pkg-config sqlite3 \
  xvfb xauth fonts-wqy-microhei poppler-utils postgresql postgresql-contrib clang-format clang-tidy"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
