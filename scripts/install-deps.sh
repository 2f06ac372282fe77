#!/bin/sh
# Installs the Debian 12 packages GPU Fleet needs to build, run and test. Idempotent: skips apt
# entirely when everything is already there. Uses sudo only when not root.
set -eu
PACKAGES="build-essential cmake ninja-build clang-format clang-14 libclang-rt-14-dev
 qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
 qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6svg6
 dbus-daemon dbus-x11 gnome-keyring libsecret-1-0 xvfb xauth x11-utils imagemagick
 openssh-client dunst haskell-status-notifier-item-utils desktop-file-utils appstream dpkg-dev file"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
