#!/usr/bin/env bash
# TestDebPackage: the Debian package built by `make deb` (or cpack in this build directory) has the right name,
# version, maintainer and computed dependencies, and carries exactly the installed files.
# Exit 77 (skipped) when no package has been built: `make deb` builds one in build-deb/.
set -euo pipefail
version="$1"
shift
fail() { echo "FAIL: $*" >&2; exit 1; }

deb="${SECDESK_DEB:-}"
if [ -z "$deb" ]; then
    for dir in "$@"; do
        for f in "$dir"/secdesk_"$version"_*.deb; do
            [ -f "$f" ] && deb="$f" && break 2
        done
    done
fi
if [ -z "$deb" ]; then
    echo "SKIP: no secdesk_${version}_*.deb built in $* (run 'make deb', or set SECDESK_DEB)"
    exit 77
fi
command -v dpkg-deb >/dev/null || { echo "SKIP: dpkg-deb not installed"; exit 77; }
echo "checking $deb"

[ "$(dpkg-deb -f "$deb" Package)" = secdesk ] || fail "Package is not secdesk"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "no Description"
depends=$(dpkg-deb -f "$deb" Depends)
# From dpkg-shlibdeps (the libraries the executables link) and the plugins listed by hand.
for dep in libc6 libqt6core6 libqt6widgets6 libqt6network6 libqt6svg6 qt6-qpa-plugins; do
    [[ ",$depends," == *[\ ,]"$dep"[\ ,\(]* ]] || fail "Depends lacks $dep: $depends"
done

files=$(dpkg-deb -c "$deb" | awk '{print $NF}' | grep -v '/$' | sed 's|^\./|/|' | sort)
expected=$(sort <<LIST
/usr/bin/secdesk
/usr/bin/secdesk-cli
/usr/bin/secdesk-sandbox
/usr/share/applications/org.secdesk.SecDesk.desktop
/usr/share/icons/hicolor/scalable/apps/org.secdesk.SecDesk.svg
/usr/share/metainfo/org.secdesk.SecDesk.metainfo.xml
LIST
)
if [ "$files" != "$expected" ]; then
    echo "expected:"; echo "$expected"; echo "in the package:"; echo "$files"
    fail "the package's file list differs"
fi
echo "PASS: $deb: secdesk $version, Depends: $depends"
