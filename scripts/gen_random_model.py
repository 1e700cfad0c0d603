#!/usr/bin/env python3
"""Random-weight Llama GGUFs of real model shapes, for benchmarks (not for text).

  python scripts/gen_random_model.py --shape smollm2-135m  -o models/rand-135m.F16.gguf
  python scripts/gen_random_model.py --shape tinyllama-1.1b -o models/rand-1.1b.F16.gguf \
      --quantize Q4_0,Q8_0,Q2_K,Q4_K_M

Weights are N(0, 0.02) in F16 (norm weights 1), drawn from a fixed seed, so a shape and
seed always give the same file. The tokenizer is a synthetic SentencePiece vocabulary
(<unk>, <s>, </s>, the 256 byte tokens, then unique pieces) that both quantlm and
llama.cpp load. --quantize writes one file per type next to the F16 one with llama.cpp's
quantizer (llama_cpp.llama_model_quantize from llama-cpp-python), so the same files are
run by both engines. Needs numpy and the gguf package (both in the fixtures venv,
/root/.cache/quantlm/venv/bin/python).
"""
import argparse
import os
import sys

try:
    import numpy as np
except ImportError:
    sys.exit("gen_random_model.py needs numpy and gguf: run it with /root/.cache/quantlm/venv/bin/python")

SHAPES = {
    # name: embd, layers, heads, kv heads, ffn, vocab, context, rope base, tied output
    "smollm2-135m": dict(embd=576, layers=30, heads=9, kv=3, ff=1536, vocab=49152, ctx=8192,
                         rope=100000.0, tied=True),
    "tinyllama-1.1b": dict(embd=2048, layers=22, heads=32, kv=4, ff=5632, vocab=32000, ctx=2048,
                           rope=10000.0, tied=False),
}


def spm_vocab(n):
    """n unique SentencePiece pieces with scores and token types."""
    toks, scores, types = ["<unk>", "<s>", "</s>"], [0.0, 0.0, 0.0], [2, 3, 3]
    for b in range(256):
        toks.append("<0x%02X>" % b)
        scores.append(0.0)
        types.append(6)  # byte
    alpha = "abcdefghijklmnopqrstuvwxyz"
    i = 0
    while len(toks) < n:
        # ▁a .. ▁z, a .. z, then two- and three-letter pieces: all distinct
        k, s = i, ""
        while True:
            s = alpha[k % 26] + s
            k = k // 26 - 1
            if k < 0:
                break
        for piece in ("\u2581" + s, s):
            if len(toks) < n:
                toks.append(piece)
                scores.append(-float(len(toks)))
                types.append(1)
        i += 1
    return toks, scores, types


def write(path, shape, seed):
    import gguf

    s = SHAPES[shape]
    E, L, H, KV, FF, V = s["embd"], s["layers"], s["heads"], s["kv"], s["ff"], s["vocab"]
    hd = E // H
    rng = np.random.default_rng(seed)
    w = gguf.GGUFWriter(path, "llama")
    w.add_name("random " + shape)
    w.add_context_length(s["ctx"])
    w.add_embedding_length(E)
    w.add_block_count(L)
    w.add_feed_forward_length(FF)
    w.add_head_count(H)
    w.add_head_count_kv(KV)
    w.add_rope_dimension_count(hd)
    w.add_rope_freq_base(s["rope"])
    w.add_layer_norm_rms_eps(1e-5)
    w.add_file_type(1)  # MOSTLY_F16
    toks, scores, types = spm_vocab(V)
    w.add_tokenizer_model("llama")
    w.add_token_list(toks)
    w.add_token_scores(scores)
    w.add_token_types(types)
    w.add_bos_token_id(1)
    w.add_eos_token_id(2)
    w.add_unk_token_id(0)
    w.add_add_bos_token(True)

    def mat(rows, cols):  # numpy shape (rows, cols) = GGUF ne [cols, rows]
        return (rng.standard_normal((rows, cols), dtype=np.float32) * 0.02).astype(np.float16)

    ones = np.ones(E, dtype=np.float32)
    w.add_tensor("token_embd.weight", mat(V, E))
    w.add_tensor("output_norm.weight", ones)
    if not s["tied"]:
        w.add_tensor("output.weight", mat(V, E))
    for i in range(L):
        p = "blk.%d." % i
        w.add_tensor(p + "attn_norm.weight", ones)
        w.add_tensor(p + "attn_q.weight", mat(H * hd, E))
        w.add_tensor(p + "attn_k.weight", mat(KV * hd, E))
        w.add_tensor(p + "attn_v.weight", mat(KV * hd, E))
        w.add_tensor(p + "attn_output.weight", mat(E, H * hd))
        w.add_tensor(p + "ffn_norm.weight", ones)
        w.add_tensor(p + "ffn_gate.weight", mat(FF, E))
        w.add_tensor(p + "ffn_up.weight", mat(FF, E))
        w.add_tensor(p + "ffn_down.weight", mat(E, FF))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def quantize(src, types):
    import llama_cpp

    base = src[: -len(".F16.gguf")] if src.endswith(".F16.gguf") else src[: -len(".gguf")]
    for t in types:
        ftype = getattr(llama_cpp, "LLAMA_FTYPE_MOSTLY_" + t, None)
        if ftype is None:
            sys.exit("unknown llama.cpp file type " + t)
        dst = "%s.%s.gguf" % (base, t)
        if os.path.exists(dst):
            print("exists:", dst)
            continue
        p = llama_cpp.llama_model_quantize_default_params()
        p.ftype = ftype
        p.nthread = os.cpu_count() or 1
        rc = llama_cpp.llama_model_quantize(src.encode(), dst.encode(), p)
        if rc != 0:
            sys.exit("llama_model_quantize failed for " + t)
        print("wrote", dst)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shape", choices=sorted(SHAPES), required=True)
    ap.add_argument("-o", "--out", required=True, help="output .gguf (F16)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quantize", default="", help="comma-separated llama.cpp types: Q4_0,Q8_0,Q2_K,...")
    a = ap.parse_args()
    if not os.path.exists(a.out):
        os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)
        write(a.out, a.shape, a.seed)
        print("wrote", a.out)
    if a.quantize:
        quantize(a.out, [t for t in a.quantize.split(",") if t])


if __name__ == "__main__":
    main()
