#!/bin/sh
# Runs a command against a throw-away, unlocked gnome-keyring, never the developer's own:
#
#     dbus-run-session -- sh tests/with-keyring.sh <command...>
#
# HOME and every XDG directory point into a fresh temporary directory, so the keyring file, QSettings
# and caches of the tests land there. The daemon is stopped and the directory removed afterwards;
# the command's exit status is kept.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: dbus-run-session -- sh tests/with-keyring.sh <command...>" >&2
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no D-Bus session bus; run it as: dbus-run-session -- sh tests/with-keyring.sh <command...>" >&2
    exit 2
fi

HOME=$(mktemp -d "${TMPDIR:-/tmp}/gpufleet-test-home.XXXXXX")
export HOME
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$HOME/runtime"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
# Tests that scan for leaked secrets check that they really run in this throw-away HOME.
export GPUFLEET_TEST_KEYRING_HOME="$HOME"
# QtKeychain picks KWallet on a KDE desktop; the libsecret backend is the one started here.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL

keyring_pid=""
cleanup()
{
    if [ -n "$keyring_pid" ] && kill -0 "$keyring_pid" 2>/dev/null; then
        kill "$keyring_pid" 2>/dev/null || true
    fi
    rm -rf "$HOME"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A non-empty password is required: with an empty one the "login" collection is never created and
# every write fails with "Object does not exist at path /org/freedesktop/secrets/collection/login".
# The daemon forks; the parent returns once the secret service is on the bus.
keyring_env=$(printf '%s' 'gpufleet-test' | gnome-keyring-daemon --unlock --components=secrets)
# It prints VAR=value lines (none for the secrets component alone in gnome-keyring 42).
for assignment in $keyring_env; do
    export "$assignment"
done

# The daemon normally leaves with the bus that dbus-run-session tears down; stop it explicitly
# anyway so nothing outlives the command. It may claim its bus name a moment after forking.
keyring_owner()
{
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
        | awk '{ print $2 }'
}
tries=0
while keyring_pid=$(keyring_owner) && [ -z "$keyring_pid" ] && [ "$tries" -lt 100 ]; do
    tries=$((tries + 1))
    sleep 0.1
done
if [ -z "$keyring_pid" ]; then
    echo "with-keyring.sh: gnome-keyring-daemon did not register org.freedesktop.secrets within 10 s" >&2
    exit 1
fi

status=0
"$@" || status=$?
exit "$status"
