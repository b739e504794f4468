#!/usr/bin/env bash
# Usage: with-keyring.sh CMD [ARGS...]
# Runs CMD on a private D-Bus session bus with a throwaway, unlocked gnome-keyring (a real
# Secret Service), so QtKeychain works headless. Leaves nothing behind: the daemon exits with
# the bus and the folders are removed.
set -euo pipefail
kr="$(mktemp -d "${TMPDIR:-/tmp}/brc-keyring.XXXXXX")"
cleanup() {
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        rm -rf "$kr" 2>/dev/null && return 0
        sleep 0.2
    done
}
trap cleanup EXIT
mkdir -p -m 700 "$kr/run" "$kr/data"
export XDG_RUNTIME_DIR="$kr/run" XDG_DATA_HOME="$kr/data"
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP
# --unlock creates and unlocks the "login" collection; --start then registers
# org.freedesktop.secrets on this bus (without it the name is not owned in time).
dbus-run-session -- bash -c '
  echo -n "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
  exec "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
