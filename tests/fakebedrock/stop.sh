#!/usr/bin/env bash
# Stops the local Bedrock started by start.sh. Usage: stop.sh STATE_DIR
set -uo pipefail
state="$1"
if [ -f "$state/pid" ]; then
    pid="$(cat "$state/pid")"
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    rm -f "$state/pid" "$state/port"
fi
exit 0
