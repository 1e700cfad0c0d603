#!/usr/bin/env bash
# Regenerates the table of docs/ACCURACY-FORMATS.md: SmolLM2-135M in each low-bit format
# (ours, and llama.cpp's through llama-cpp-python where its quantizer can make them),
# all made from the same base file and measured by build/perplexity against the base's
# logits on the same packaged text. Prints markdown rows; about 4 minutes per format on
# a shared 2-core machine (2026-11-25).   scripts/accuracy-formats.sh [TEXT] [CTX] [CHUNKS]
# IMATRIX=CALIB_TEXT also makes each quantlm type with `--imatrix CALIB_TEXT` (rows marked
# +imatrix); with it, GPTQ=1 adds a row per type made with `--imatrix CALIB_TEXT --gptq`
# (+imatrix +gptq, rounding with error feedback); QARGS adds quantize options to every
# quantlm row (e.g. --tensor-type rules). RECIPE=smollm2-int2mix prepends the mixed 2-bit
# recipe of docs/ACCURACY-FORMATS.md ("spending 2.6 bits"; chosen for SmolLM2-135M's 30
# blocks, with TYPES=int2-g32: 2.595 bits per matrix weight) and names the rows after it.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${MODEL:-models/SmolLM2-135M-Instruct.Q4_1.gguf}
TEXT=${1:-/usr/share/common-licenses/GPL-3}
CTX=${2:-256}
CHUNKS=${3:-2}
PY="${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/venv/bin/python"
OUT=${OUT:-build/accuracy}
case ${RECIPE:-} in
'') ;;
smollm2-int2mix)
    QARGS="--tensor-type attn_v=int4s-g64 --tensor-type blk.0,29.ffn_down=int4s-g64 --tensor-type blk.0,29.ffn_up=int4s-g64
           --tensor-type blk.0.ffn_gate=int4s-g64 --tensor-type blk.0-19.attn_k=int4s-g64 --tensor-type attn_q=int2-g64
           --tensor-type blk.4-25.ffn_down=int2-g64 ${QARGS:-}" ;;
*) echo "unknown RECIPE $RECIPE" >&2; exit 2 ;;
esac
TAG=${RECIPE:-${QARGS:-}} # what the rows are named after
mkdir -p "$OUT"
make -s build/quantize build/perplexity >&2

ppl() { ./build/perplexity -m "$1" -f "$TEXT" -c "$CTX" --chunks "$CHUNKS" -t 1 "${@:2}" 2>/dev/null; }
row() { # name file bpw-of-quantized-matrices
    local r; r=$(ppl "$2" --kl-base "$OUT/base.logp")
    local p k; p=$(grep '^PPL' <<<"$r" | cut -d' ' -f2,3,4); k=$(grep '^KLD' <<<"$r")
    printf '| %s | %s | %.1f | %s | %s | %s | %s |\n' "$1" "$3" "$(stat -c %s "$2" | awk '{print $1/1e6}')" "$p" \
        "$(awk '{print $3}' <<<"$k")" "$(awk '{print $5}' <<<"$k")" "$(awk '{print $8}' <<<"$k")"
}

[ -f "$OUT/base.logp" ] || ppl "$BASE" --save-logits "$OUT/base.logp" | grep '^PPL' | sed "s|^|base: |" >&2
echo "| format | bpw (matrices) | file MB | PPL | mean KLD | p99 KLD | top-1 agree |"
echo "|---|---|---|---|---|---|---|"
for t in ${TYPES:-int4-g32 int4-g64 int4-g128 int4s-g32 int4s-g64 int2-g16 int2-g32 int2-g64 tern-g32 tern-g64 tern16-g64 bin-g64 binm-g64}; do
    # shellcheck disable=SC2086
    bpw=$(./build/quantize "$BASE" "$OUT/$t.gguf" "$t" ${QARGS:-} 2>/dev/null | sed -E 's/.*matrices ([0-9.]+) bits.*/\1/')
    row "quantlm $t${TAG:+ $TAG}" "$OUT/$t.gguf" "$bpw"
    if [ -n "${IMATRIX:-}" ]; then
        # shellcheck disable=SC2086
        bpw=$(./build/quantize "$BASE" "$OUT/$t-imx.gguf" "$t" --imatrix "$IMATRIX" -t 2 ${QARGS:-} 2>/dev/null |
            sed -E 's/.*matrices ([0-9.]+) bits.*/\1/')
        row "quantlm $t${TAG:+ $TAG} +imatrix" "$OUT/$t-imx.gguf" "$bpw"
        if [ -n "${GPTQ:-}" ]; then
            # shellcheck disable=SC2086
            bpw=$(./build/quantize "$BASE" "$OUT/$t-gptq.gguf" "$t" --imatrix "$IMATRIX" --gptq -t 2 ${QARGS:-} 2>/dev/null |
                sed -E 's/.*matrices ([0-9.]+) bits.*/\1/')
            row "quantlm $t${TAG:+ $TAG} +imatrix +gptq" "$OUT/$t-gptq.gguf" "$bpw"
        fi
    fi
done
for t in ${LLAMA_TYPES:-Q4_0 Q4_K_M Q2_K TQ2_0}; do
    "$PY" - "$BASE" "$OUT/llama-$t.gguf" "$t" >"$OUT/llama-$t.log" 2>&1 <<'PYEOF' || { echo "| llama.cpp $t | failed, see $OUT/llama-$t.log |"; continue; }
import ctypes, sys, llama_cpp
p = llama_cpp.llama_model_quantize_default_params()
p.ftype = getattr(llama_cpp, "LLAMA_FTYPE_MOSTLY_" + sys.argv[3])
p.allow_requantize = True  # the base is already quantized (Q4_1)
p.nthread = 1
sys.exit(llama_cpp.llama_model_quantize(sys.argv[1].encode(), sys.argv[2].encode(), ctypes.byref(p)))
PYEOF
    bpw=$(grep -o 'quant size *= *[0-9.]* MiB ([0-9.]* BPW)' "$OUT/llama-$t.log" | grep -o '[0-9.]* BPW' | cut -d' ' -f1)
    fb=$(grep -o '[0-9]* of [0-9]* tensor(s) required fallback' "$OUT/llama-$t.log" || true)
    row "llama.cpp $t${fb:+ ($fb)}" "$OUT/llama-$t.gguf" "${bpw:-?} (whole file)"
done
