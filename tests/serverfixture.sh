#!/usr/bin/env bash
# Starts a local test server in the background for a ctest fixture and waits until it listens.
# Usage: serverfixture.sh STATE_DIR NAME COMMAND [ARGS...]
#   Runs COMMAND ARGS --port 0 --port-file STATE_DIR/port; writes STATE_DIR/pid and
#   STATE_DIR/server.log. A server left from an earlier run in STATE_DIR is stopped first.
#   tests/fakebedrock/stop.sh STATE_DIR stops it.
set -euo pipefail
state="$1"
name="$2"
shift 2
mkdir -p "$state"
if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    kill "$(cat "$state/pid")" 2>/dev/null || true
fi
rm -f "$state/port" "$state/pid"
nohup "$@" --port 0 --port-file "$state/port" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
for _ in $(seq 300); do
    [ -s "$state/port" ] && { echo "$name listening on 127.0.0.1:$(cat "$state/port")"; exit 0; }
    kill -0 "$(cat "$state/pid")" 2>/dev/null || break
    sleep 0.1
done
echo "$name did not start:" >&2
cat "$state/server.log" >&2
exit 1
