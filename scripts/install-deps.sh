#!/usr/bin/env bash
# Installs what building and testing need on Debian 12, and nothing when it is all there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
    nlohmann-json3-dev libyaml-cpp-dev libyaml-dev libbenchmark-dev libssl-dev
    dbus gnome-keyring libsecret-1-0 libsecret-tools
    xvfb xauth imagemagick xdotool fontconfig fonts-dejavu-core
    clang-16 libclang-rt-16-dev
    nodejs npm
    librsvg2-bin desktop-file-utils appstream lintian man-db
    python3 python3-botocore openssl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js may come from a vendor repository that bundles npm; accept any working npm.
if command -v npm >/dev/null 2>&1; then
    missing=("${missing[@]/npm/}")
fi
if command -v node >/dev/null 2>&1; then
    missing=("${missing[@]/nodejs/}")
fi
read -r -a missing <<<"${missing[*]:-}"

if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The local Bedrock used by the network tests: pinned npm packages from its lock file.
if [ -f tests/fakebedrock/package-lock.json ]; then
    lock=tests/fakebedrock/package-lock.json
    stamp=tests/fakebedrock/node_modules/.brc-lock-stamp
    if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
        (cd tests/fakebedrock && npm ci --no-audit --no-fund --loglevel=error)
        cp "$lock" "$stamp"
    fi
fi
