#!/usr/bin/env bash
# Usage: run-fuzzer.sh BINARY TARGET SECONDS WORKDIR [SEED_DIR...]
#
# One short libFuzzer run, as ctest runs it: every input of crashes/TARGET, corpus/TARGET and the
# extra seed folders is executed once (a crash input that crashes again fails the test), then
# the target fuzzes for SECONDS. New inputs go to WORKDIR, never into the source tree.
set -euo pipefail
binary=$1 target=$2 seconds=$3 work=$4
shift 4
here="$(cd "$(dirname "$0")" && pwd)"

# Symbolized stack traces in the report of a finding.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-16/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-16/bin/llvm-symbolizer
fi
rm -rf "$work"
mkdir -p "$work/new"
dirs=("$work/new")
for d in "$here/crashes/$target" "$here/corpus/$target" "$@"; do
    [ -d "$d" ] && dirs+=("$d")
done
options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix="$work/")
[ -f "$here/$target.dict" ] && options+=(-dict="$here/$target.dict")
exec "$binary" "${options[@]}" "${dirs[@]}"
