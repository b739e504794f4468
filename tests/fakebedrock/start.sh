#!/usr/bin/env bash
# Starts the local Bedrock in the background for a ctest fixture.
# Usage: start.sh STATE_DIR   (writes STATE_DIR/port, STATE_DIR/pid and STATE_DIR/server.log)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -d "$here/node_modules/@smithy/signature-v4" ]; then
    echo "fakebedrock: node_modules missing; run scripts/install-deps.sh (npm ci in tests/fakebedrock)" >&2
    exit 1
fi
exec "$here/../serverfixture.sh" "$1" fakebedrock node "$here/server.js"
