#!/usr/bin/env bash
# Starts the local Bedrock in the background for a ctest fixture.
# Usage: start.sh STATE_DIR   (writes STATE_DIR/port, STATE_DIR/pid and STATE_DIR/server.log)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
state="$1"
mkdir -p "$state"
if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
    kill "$(cat "$state/pid")" 2>/dev/null || true
fi
rm -f "$state/port" "$state/pid"
if [ ! -d "$here/node_modules/@smithy/signature-v4" ]; then
    echo "fakebedrock: node_modules missing; run scripts/install-deps.sh (npm ci in tests/fakebedrock)" >&2
    exit 1
fi
nohup node "$here/server.js" --port 0 --port-file "$state/port" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
for _ in $(seq 100); do
    [ -s "$state/port" ] && { echo "fakebedrock listening on 127.0.0.1:$(cat "$state/port")"; exit 0; }
    kill -0 "$(cat "$state/pid")" 2>/dev/null || break
    sleep 0.1
done
echo "fakebedrock did not start:" >&2
cat "$state/server.log" >&2
exit 1
