#!/bin/sh
# Builds the Debian package from an already built tree, unpacks it into a temporary root
# (dpkg -x, nothing is installed on this machine) and checks what a user would get: metadata,
# desktop entry, AppStream metainfo, theme icons, and the installed binary answering --version
# without a display.
#
#     sh packaging/test-package.sh <build dir> [expected version]
set -eu

BUILD=$(cd "${1:?usage: test-package.sh <build dir> [version]}" && pwd)
VERSION=${2:-0.1.0}
APP_ID=io.github.gpufleet.GpuFleet
HERE=$(cd "$(dirname "$0")" && pwd)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/gpufleet-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
failures=0
fail()
{
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== cpack -G DEB ($BUILD)"
if ! (cd "$BUILD" && cpack -G DEB -B "$WORK/out") >"$WORK/cpack.log" 2>&1; then
    cat "$WORK/cpack.log" >&2
    echo "FAIL: cpack did not build the package" >&2
    exit 1
fi
DEB=$(find "$WORK/out" -maxdepth 1 -name 'gpufleet_*.deb' | head -n 1)
[ -n "$DEB" ] || { cat "$WORK/cpack.log" >&2; echo "FAIL: no gpufleet_*.deb produced" >&2; exit 1; }
echo "built $(basename "$DEB") ($(wc -c <"$DEB") bytes)"

echo "== control data"
dpkg-deb --field "$DEB" Package Version Section Depends Recommends >"$WORK/control"
cat "$WORK/control"
grep -qx "Package: gpufleet" "$WORK/control" || fail "package name is not gpufleet"
grep -qx "Version: $VERSION" "$WORK/control" || fail "version is not $VERSION"
depends=$(sed -n 's/^Depends: //p' "$WORK/control")
for dep in libqt6keychain1 libqt6widgets6 libqt6network6 qt6-qpa-plugins; do
    case "$depends" in
    *"$dep"*) ;;
    *) fail "Depends lacks $dep" ;;
    esac
done
grep -q "^Recommends: .*gnome-keyring" "$WORK/control" || fail "Recommends lacks a Secret Service provider"

echo "== contents"
ROOT="$WORK/root"
dpkg -x "$DEB" "$ROOT"
BIN="$ROOT/usr/bin/gpufleet"
DESKTOP="$ROOT/usr/share/applications/$APP_ID.desktop"
METAINFO="$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
[ -x "$BIN" ] || fail "usr/bin/gpufleet missing or not executable"
[ -f "$DESKTOP" ] || fail "desktop entry missing"
[ -f "$METAINFO" ] || fail "metainfo missing"
for size in 16 24 32 48 64 128 256; do
    icon="$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    if [ ! -f "$icon" ]; then
        fail "icon ${size}x${size} missing"
    elif command -v file >/dev/null && ! file "$icon" | grep -q "PNG image data, $size x $size"; then
        fail "icon ${size}x${size} is not a ${size}x${size} PNG"
    fi
done
[ -f "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ] || fail "scalable icon missing"
cmp -s "$DESKTOP" "$HERE/linux/$APP_ID.desktop" || fail "installed desktop entry differs from the source"
grep -qx "Exec=gpufleet" "$DESKTOP" || fail "desktop entry does not run gpufleet"
grep -qx "Icon=$APP_ID" "$DESKTOP" || fail "desktop entry icon is not $APP_ID"
grep -q "<id>$APP_ID</id>" "$METAINFO" || fail "metainfo id is not $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$METAINFO" \
    || fail "metainfo does not launch $APP_ID.desktop"

echo "== validators"
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$DESKTOP" 2>&1) || fail "desktop-file-validate: $out"
    case "$out" in *error:* | *warning:*) fail "desktop-file-validate: $out" ;; esac
else
    echo "desktop-file-validate not installed: skipped"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"
else
    echo "appstreamcli not installed: skipped"
fi

echo "== installed binary"
if [ -x "$BIN" ]; then
    # No display of any kind: --version must be answered before Qt looks for one.
    if out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$BIN" --version 2>&1); then
        echo "$out"
        [ "$out" = "gpufleet $VERSION" ] || fail "--version printed '$out', expected 'gpufleet $VERSION'"
    else
        fail "gpufleet --version failed: $out"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package OK"
