#!/usr/bin/env bash
# Installs the Debian 12 packages SecDesk needs to build, test and run. Does nothing when all are present.
# `install-deps.sh fuzz` also installs what `make fuzz` needs (clang-14 with libFuzzer and the sanitizer runtimes,
# llvm-symbolizer for readable stacks); the normal build and `make test` never need clang.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config lld
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev
    libgl-dev libvulkan-dev
    nlohmann-json3-dev libyaml-cpp-dev libcrypt-dev zlib1g-dev
    openssl clang-format
    libqt6svg6 qt6-qpa-plugins
    desktop-file-utils appstream dpkg-dev
)

case "${1:-}" in
    "") ;;
    fuzz) packages+=(clang-14 libclang-rt-14-dev llvm-14) ;;
    *)
        echo "usage: $0 [fuzz]" >&2
        exit 2
        ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "error: packages are missing (${missing[*]}) and this is not root and has no sudo" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
