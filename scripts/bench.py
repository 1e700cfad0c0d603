#!/usr/bin/env python3
"""quantlm vs llama.cpp on the same GGUF files: prefill and decode tok/s, side by side.

  python scripts/bench.py --vs-llama-cpp -t 2 -r 3 models/rand-1.1b.Q4_0.gguf ...
  python scripts/bench.py --vs-llama-cpp --png docs/perf.png --json out.json FILES...
  python scripts/bench.py --vs-llama-cpp models/rand-1.1b.int2-g32.gguf:models/rand-1.1b.Q2_K.gguf

A pair OURS:THEIRS runs quantlm on OURS and llama.cpp on THEIRS (a quantlm format that
llama.cpp cannot read, against llama.cpp's nearest type); a single file runs both on it.

For each file it alternates the two engines (quantlm, llama.cpp, quantlm, ...) so that
both see the same machine load, and reports medians and the ratio quantlm / llama.cpp.
quantlm runs as build/bench --json (one repetition per round, after its own warm-up);
llama.cpp runs in this process through llama-cpp-python's low-level API with the same
threads, pp = one batch of p tokens into an empty cache, tg = n tokens one at a time into
an empty cache (what llama-bench's pp512 / tg128 measure). Without --vs-llama-cpp only
quantlm runs. Needs the fixtures venv (/root/.cache/quantlm/venv/bin/python); --png
needs matplotlib.
"""
import argparse
import ctypes
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_quantlm(path, threads, pp, n, reps):
    cmd = [os.path.join(ROOT, "build", "bench"), "-m", path, "-t", str(threads), "-p", str(pp), "-n", str(n),
           "-r", str(reps), "--json"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


class LlamaCpp:
    def __init__(self, path, threads, n_ctx):
        try:
            import llama_cpp as L
        except ImportError:
            sys.exit("--vs-llama-cpp needs llama-cpp-python: run with /root/.cache/quantlm/venv/bin/python "
                     "(scripts/make-fixtures.sh builds that venv)")

        self.L = L
        self._log = L.llama_log_callback(lambda level, text, user: None)  # keep a reference
        L.llama_log_set(self._log, ctypes.c_void_p())
        L.llama_backend_init()
        mp = L.llama_model_default_params()
        self.model = L.llama_model_load_from_file(path.encode(), mp)
        if not self.model:
            raise RuntimeError("llama.cpp cannot load " + path)
        cp = L.llama_context_default_params()
        cp.n_ctx = n_ctx
        cp.n_batch = n_ctx
        cp.n_ubatch = 512
        cp.n_threads = threads
        cp.n_threads_batch = threads
        self.ctx = L.llama_init_from_model(self.model, cp)
        self.n_vocab = L.llama_vocab_n_tokens(L.llama_model_get_vocab(self.model))

    def _tokens(self, n):
        arr = (self.L.llama_token * n)()
        x = 12345
        for i in range(n):
            x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
            arr[i] = (x >> 8) % self.n_vocab
        return arr

    def _clear(self):
        self.L.llama_memory_clear(self.L.llama_get_memory(self.ctx), True)

    def pp(self, p):
        toks = self._tokens(p)
        self._clear()
        t0 = time.perf_counter()
        if self.L.llama_decode(self.ctx, self.L.llama_batch_get_one(toks, p)) != 0:
            raise RuntimeError("llama_decode failed")
        self.L.llama_synchronize(self.ctx)
        return p / (time.perf_counter() - t0)

    def tg(self, n):
        toks = self._tokens(n)
        self._clear()
        one = (self.L.llama_token * 1)()
        t0 = time.perf_counter()
        for i in range(n):
            one[0] = toks[i]
            if self.L.llama_decode(self.ctx, self.L.llama_batch_get_one(one, 1)) != 0:
                raise RuntimeError("llama_decode failed")
            self.L.llama_synchronize(self.ctx)
        return n / (time.perf_counter() - t0)

    def close(self):
        self.L.llama_free(self.ctx)
        self.L.llama_model_free(self.model)


def bench_file(spec, a):
    path, theirs = spec.split(":", 1) if ":" in spec else (spec, spec)
    q_pp, q_tg, l_pp, l_tg, last = [], [], [], [], None
    ll = LlamaCpp(theirs, a.threads, max(a.pp, a.n) + 16) if a.vs_llama_cpp else None
    if ll:  # warm-up
        ll.pp(min(a.pp, 32))
        ll.tg(8)
    for _ in range(a.reps):
        last = run_quantlm(path, a.threads, a.pp, a.n, 1)
        q_pp.append(last["pp_tok_s"])
        q_tg.append(last["tg_tok_s"])
        if ll:
            l_pp.append(ll.pp(a.pp))
            l_tg.append(ll.tg(a.n))
    if ll:
        ll.close()
    r = {"file": os.path.basename(path), "llama_file": os.path.basename(theirs), "ffn_type": last["ffn_type"],
         "threads": a.threads, "peak_rss_mb": last.get("peak_rss_mb"), "rss_budget_mb": last.get("rss_budget_mb"),
         "pp": a.pp, "tg": a.n, "bytes_per_token": last["bytes_per_token"], "read_gb_s": last["read_gb_s"],
         "quantlm_pp": statistics.median(q_pp), "quantlm_tg": statistics.median(q_tg),
         "quantlm_tg_spread": [min(q_tg), max(q_tg)]}
    r["quantlm_roofline_pct"] = 100.0 * r["quantlm_tg"] * r["bytes_per_token"] / (r["read_gb_s"] * 1e9)
    if ll:
        r.update({"llama_pp": statistics.median(l_pp), "llama_tg": statistics.median(l_tg),
                  "llama_tg_spread": [min(l_tg), max(l_tg)]})
        # bytes a token streams from llama.cpp's file (its own tensor table, read by build/bench)
        lb = r["bytes_per_token"] if theirs == path else subprocess.run(
            [os.path.join(ROOT, "build", "bench"), "-m", theirs, "-p", "0", "-n", str(a.n), "-r", "1", "--no-bw",
             "--json"], check=True, capture_output=True, text=True)
        r["llama_bytes_per_token"] = lb if theirs == path else json.loads(lb.stdout)["bytes_per_token"]
        r["llama_roofline_pct"] = 100.0 * r["llama_tg"] * r["llama_bytes_per_token"] / (r["read_gb_s"] * 1e9)
        r["pp_ratio"] = r["quantlm_pp"] / r["llama_pp"]
        r["tg_ratio"] = r["quantlm_tg"] / r["llama_tg"]
    return r


def ll_ran(r):
    return "llama_tg" in r


def chart(results, path):
    try:
        import matplotlib
    except ImportError:
        sys.exit("--png needs matplotlib (pip install matplotlib into the venv)")

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [r["file"].replace(".gguf", "") for r in results]
    fig, axes = plt.subplots(1, 2, figsize=(12, 0.6 * len(results) + 2))
    for ax, key, title in ((axes[0], "tg", "decode tok/s (tg%d)" % results[0]["tg"]),
                           (axes[1], "pp", "prefill tok/s (pp%d)" % results[0]["pp"])):
        y = range(len(results))
        ax.barh([i + 0.2 for i in y], [r["quantlm_" + key] for r in results], 0.4, label="quantlm")
        if "llama_" + key in results[0]:
            ax.barh([i - 0.2 for i in y], [r["llama_" + key] for r in results], 0.4, label="llama.cpp")
        ax.set_yticks(list(y))
        ax.set_yticklabels(names)
        ax.set_title(title)
        ax.legend()
    fig.suptitle("%d threads, read bandwidth %.1f GB/s" % (results[0]["threads"], results[0]["read_gb_s"]))
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--vs-llama-cpp", action="store_true")
    ap.add_argument("-t", "--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-p", "--pp", type=int, default=128)
    ap.add_argument("-n", type=int, default=128)
    ap.add_argument("-r", "--reps", type=int, default=3)
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--png", help="write a bar chart here")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(ROOT, "build", "bench")):
        sys.exit("build/bench is missing: run `make build/bench`")
    results = []
    print("%-26s %-18s %9s %9s %7s %9s %9s %7s %6s %6s %9s" % ("file", "llama.cpp file", "q pp", "l pp", "pp x", "q tg",
                                                              "l tg", "tg x", "roof%", "l roof", "rss/budg"))
    for f in a.files:
        r = bench_file(f, a)
        results.append(r)
        print("%-26s %-18s %9.1f %9s %7s %9.1f %9s %7s %6.1f %6s %9s" % (
            r["file"][:26], r["llama_file"][:18] if ll_ran(r) else "-", r["quantlm_pp"],
            "%.1f" % r["llama_pp"] if "llama_pp" in r else "-",
            "%.2f" % r["pp_ratio"] if "pp_ratio" in r else "-", r["quantlm_tg"],
            "%.1f" % r["llama_tg"] if "llama_tg" in r else "-", "%.2f" % r["tg_ratio"] if "tg_ratio" in r else "-",
            r["quantlm_roofline_pct"], "%.1f" % r["llama_roofline_pct"] if "llama_roofline_pct" in r else "-",
            "%.0f/%.0f" % (r["peak_rss_mb"], r["rss_budget_mb"]) if r.get("peak_rss_mb") else "-"), flush=True)
    if a.json:
        with open(a.json, "w") as fp:
            json.dump(results, fp, indent=1)
    if a.png:
        chart(results, a.png)
        print("wrote", a.png)


if __name__ == "__main__":
    main()
