#!/usr/bin/env bash
# TestDesktopFiles: the .desktop file and the AppStream metainfo pass their validators (offline, strict), and the
# names they share agree: the desktop id, the icon, the binary. Exit 77 (skipped) when a validator is missing.
set -euo pipefail
resources="$1"
id=org.secdesk.SecDesk
desktop="$resources/$id.desktop"
metainfo="$resources/$id.metainfo.xml"
icon="$resources/icons/secdesk.svg"
fail() { echo "FAIL: $*" >&2; exit 1; }

for f in "$desktop" "$metainfo" "$icon"; do
    [ -f "$f" ] || fail "missing $f"
done

# Cross-checks that need no validator.
grep -qx "Icon=$id" "$desktop" || fail "the .desktop file's Icon= is not $id"
grep -qx "Exec=secdesk" "$desktop" || fail "the .desktop file's Exec= is not secdesk"
grep -q "<id>$id</id>" "$metainfo" || fail "the metainfo's <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "the metainfo does not launch $id.desktop"
grep -q "<release version=\"$2\"" "$metainfo" || fail "the metainfo has no <release> for the project version $2"
grep -q '<svg ' "$icon" || fail "the icon is not an SVG"
grep -q 'viewBox=' "$icon" || fail "the icon has no viewBox (it would not scale)"

missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-validate)
command -v appstreamcli >/dev/null || missing+=(appstreamcli)
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: ${missing[*]} not installed (scripts/install-deps.sh installs desktop-file-utils and appstream)"
    exit 77
fi
# desktop-file-validate exits 0 on hints too; clean means no output at all.
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
[ -z "$out" ] || fail "desktop-file-validate is not clean: $out"
appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate --strict failed"
echo "PASS: $desktop and $metainfo validate cleanly"
