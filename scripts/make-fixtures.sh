#!/usr/bin/env bash
# Regenerates tests/fixtures/ from the reference implementation (llama.cpp, through
# llama-cpp-python) for the default model. Only needed when the fixtures change; the tests
# read the committed files.
#
# The reference lives in a venv cached outside the repo,
# ${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/venv. It is created on first use:
# llama-cpp-python is built from source (20-40 minutes on two cores), later runs reuse it.
#   scripts/make-fixtures.sh [make_fixtures.py options]   e.g. --only tokenize
set -euo pipefail
cd "$(dirname "$0")/.."

LLAMA_CPP_PYTHON=0.3.36
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/quantlm/venv"
PY="$VENV/bin/python"

bash scripts/setup.sh fixtures
bash scripts/get-model.sh

have_reference() {
    [ -x "$PY" ] && "$PY" - "$LLAMA_CPP_PYTHON" <<'EOF' 2>/dev/null
import sys
import gguf, jinja2, numpy  # noqa: F401  (all needed by make_fixtures.py)
import llama_cpp
sys.exit(0 if llama_cpp.__version__ == sys.argv[1] else 1)
EOF
}

if ! have_reference; then
    echo "make-fixtures: preparing $VENV (builds llama-cpp-python $LLAMA_CPP_PYTHON from source;"
    echo "  this takes a while, log in $VENV.log)"
    [ -x "$PY" ] || python3 -m venv "$VENV"
    # CPU-only build; 2 parallel jobs keeps a shared machine usable. Where the CPU reports
    # AMX, -march=native compiles ggml's AMX kernels in, and on the VMs we run on they crash
    # at the first matrix product (seen 2026-12-02): build without them.
    if grep -qw amx_tile /proc/cpuinfo 2>/dev/null; then
        export CFLAGS="${CFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
        export CXXFLAGS="${CXXFLAGS:-} -mno-amx-tile -mno-amx-int8 -mno-amx-bf16"
    fi
    CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
        "$PY" -m pip install --no-input "llama-cpp-python==$LLAMA_CPP_PYTHON" numpy jinja2 gguf \
        >"$VENV.log" 2>&1 || {
        tail -n 30 "$VENV.log" >&2
        echo "make-fixtures: installing the reference failed; full log in $VENV.log" >&2
        exit 1
    }
    have_reference || {
        echo "make-fixtures: $VENV still lacks llama_cpp $LLAMA_CPP_PYTHON" >&2
        exit 1
    }
fi

"$PY" scripts/make_fixtures.py "$@"
