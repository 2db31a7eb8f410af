#!/usr/bin/env bash
# TestInstall: `cmake --install` into a DESTDIR installs exactly the expected files (the three executables, the
# .desktop file, the metainfo, the scalable icon; never the bench or the tests), and the installed programs run.
# Exit 77 (skipped) when the executables are not built in this build directory.
set -euo pipefail
build="$1"
cmake="$2"
version="$3"
fail() { echo "FAIL: $*" >&2; exit 1; }

for exe in secdesk secdesk-cli secdesk-sandbox; do
    if [ ! -x "$build/$exe" ]; then
        echo "SKIP: $build/$exe is not built (build all targets first)"
        exit 77
    fi
done

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
prefix=/opt/secdesk-test
DESTDIR="$stage" "$cmake" --install "$build" --prefix "$prefix" >"$stage.log" 2>&1 || { cat "$stage.log"; rm -f "$stage.log"; fail "cmake --install failed"; }
rm -f "$stage.log"

expected=$(sort <<LIST
$prefix/bin/secdesk
$prefix/bin/secdesk-cli
$prefix/bin/secdesk-sandbox
$prefix/share/applications/org.secdesk.SecDesk.desktop
$prefix/share/icons/hicolor/scalable/apps/org.secdesk.SecDesk.svg
$prefix/share/metainfo/org.secdesk.SecDesk.metainfo.xml
LIST
)
actual=$(cd "$stage" && find . -type f -o -type l | sed 's|^\.||' | sort)
if [ "$expected" != "$actual" ]; then
    echo "expected:"; echo "$expected"; echo "installed:"; echo "$actual"
    fail "the installed file list differs"
fi

for exe in secdesk secdesk-cli secdesk-sandbox; do
    [ -x "$stage$prefix/bin/$exe" ] || fail "$exe is not executable"
done
out=$(QT_QPA_PLATFORM=offscreen "$stage$prefix/bin/secdesk" --version 2>&1) || fail "the installed secdesk --version failed: $out"
[[ "$out" == *"$version"* ]] || fail "the installed secdesk --version does not print $version: $out"
out=$("$stage$prefix/bin/secdesk-cli" --version 2>&1) || fail "the installed secdesk-cli --version failed: $out"
[[ "$out" == *"$version"* ]] || fail "the installed secdesk-cli --version does not print $version: $out"
out=$("$stage$prefix/bin/secdesk-sandbox" --version 2>&1) || fail "the installed secdesk-sandbox --version failed: $out"
[[ "$out" == *"$version"* ]] || fail "the installed secdesk-sandbox --version does not print $version: $out"
grep -qx "Icon=org.secdesk.SecDesk" "$stage$prefix/share/applications/org.secdesk.SecDesk.desktop" || fail "installed .desktop: wrong Icon="
echo "PASS: cmake --install with DESTDIR installs the $(wc -l <<<"$actual") expected files, and they run"
