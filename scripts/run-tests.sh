#!/usr/bin/env bash
# The whole test suite: a core-only build (proves core/ needs no widgets), the full build under
# ASan and UBSan (warnings are errors, as in the ci preset), the libFuzzer targets (clang), and
# the Release build that is packaged (its tests make the .deb, run it from a throwaway root and
# lint it), each tested with ctest. Widget tests run offscreen; keychain tests start their own
# keyring; each fuzz target replays its corpus and crash inputs, then fuzzes briefly.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
presets=(ci-core asan fuzz package)

for preset in "${presets[@]}"; do
    echo "== configure and build: $preset"
    cmake --preset "$preset" "${launcher[@]}" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
done

status=0
for preset in "${presets[@]}"; do
    echo "== test: $preset"
    scripts/with-keyring.sh ctest --preset "$preset" -j "$jobs" "$@" || status=1
done
exit $status
