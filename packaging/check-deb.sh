#!/bin/sh
# Builds the .deb from a build tree and checks what a clerk's machine would get: both programs,
# the menu entry and icon, the translations, and the packages the plugins need.
# Usage: packaging/check-deb.sh BUILD_DIR
set -eu
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb)
contents=$(dpkg-deb -c "$deb")
info=$(dpkg-deb -I "$deb")
fail=0
for path in ./usr/bin/communitydesk ./usr/bin/communitydesk-cli ./usr/share/applications/communitydesk.desktop \
    ./usr/share/icons/hicolor/scalable/apps/communitydesk.svg; do
    echo "$contents" | grep -q " $path\$" || { echo "missing in $deb: $path"; fail=1; }
done
for dep in libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n fonts-wqy-microhei libqt6widgets6 libxlsxwriter4 libsodium23 libqt6keychain1; do
    echo "$info" | grep -q "Depends:.*$dep" || { echo "Depends lacks $dep"; fail=1; }
done
echo "$info" | grep -q "Recommends:.*libqt6sql6-psql" || { echo "Recommends lacks libqt6sql6-psql"; fail=1; }
# The stripped program still starts and names its version.
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/communitydesk-cli" --version >/dev/null || { echo "the packaged CLI does not run"; fail=1; }
[ $fail -eq 0 ] && echo "ok: $(basename "$deb") $(du -h "$deb" | cut -f1)"
exit $fail
