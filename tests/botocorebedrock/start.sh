#!/usr/bin/env bash
# Starts the botocore stand-in in the background for a ctest fixture.
# Usage: start.sh PYTHON STATE_DIR [server.py options...]
#   (writes STATE_DIR/port, STATE_DIR/pid and STATE_DIR/server.log; tests/fakebedrock/stop.sh stops it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="$1"
state="$2"
shift 2
if ! "$python" -c 'import botocore.auth' 2>/dev/null; then
    echo "botocore stand-in: $python cannot import botocore; run scripts/install-deps.sh (python3-botocore)" >&2
    exit 1
fi
exec "$here/../serverfixture.sh" "$state" "botocore stand-in" "$python" "$here/server.py" "$@"
