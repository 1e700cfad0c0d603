# scripts/kv_llama.py MODEL TEXT N_CTX N_EVAL f16 q8_0 q4_0   (docs/KV.md; run with the venv python)
# KLD/PPL of llama.cpp's quantized KV vs its F16 KV, same text, same positions as kvppl.
import sys, numpy as np, llama_cpp, time
model, textf, n_ctx, n_eval = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
text = open(textf, encoding="utf-8").read()
types = {"f16": llama_cpp.GGML_TYPE_F16, "q8_0": llama_cpp.GGML_TYPE_Q8_0, "q4_0": llama_cpp.GGML_TYPE_Q4_0}
ref = None
for name in sys.argv[5:]:
    llm = llama_cpp.Llama(model_path=model, n_ctx=n_ctx, n_batch=512, n_threads=1, logits_all=True, verbose=False,
                          type_k=types[name], type_v=types[name], flash_attn=True)
    toks = llm.tokenize(text.encode(), add_bos=True)[:n_ctx]
    llm.reset(); llm.eval(toks)
    lg = np.array(llm.scores[n_ctx - n_eval - 1:n_ctx - 1], dtype=np.float64)
    lp = lg - lg.max(1, keepdims=True); lp -= np.log(np.exp(lp).sum(1, keepdims=True))
    tgt = np.array(toks[n_ctx - n_eval:n_ctx])
    nll = -lp[np.arange(n_eval), tgt].mean()
    if ref is None: ref = lp
    kld = (np.exp(ref) * (ref - lp)).sum(1).mean()
    top1 = (ref.argmax(1) == lp.argmax(1)).mean()
    print(f"llama.cpp {name:5s} ppl {np.exp(nll):.4f} kld {kld:.5f} top1 {top1:.3f}", flush=True)
    del llm
