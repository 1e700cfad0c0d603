"""Writes tests/fixtures/tq_ref.gguf: llama.cpp's ternary types as the `gguf` Python
package quantizes and dequantizes them, the reference for quantlm's TQ1_0/TQ2_0 reader.
For each type T: "T.src" (F32 input), "T" (its blocks, made by gguf.quants.quantize) and
"T.ref" (F32, gguf.quants.dequantize of those blocks). Run with the reference venv:
    ~/.cache/quantlm/venv/bin/python scripts/make-tq-fixture.py
"""
import numpy as np
import gguf
from gguf import GGMLQuantizationType as Q

rng = np.random.default_rng(7)
w = gguf.GGUFWriter("tests/fixtures/tq_ref.gguf", "quantlm-fixture")
for t in (Q.TQ1_0, Q.TQ2_0):
    src = (rng.standard_normal((2, 512)) * 0.05).astype(np.float32)
    src[1, :256] = 0  # an all-zero block
    blocks = gguf.quants.quantize(src, t)
    ref = gguf.quants.dequantize(blocks, t).astype(np.float32)
    w.add_tensor(t.name + ".src", src)
    w.add_tensor(t.name, blocks, raw_dtype=t)
    w.add_tensor(t.name + ".ref", ref)
w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
