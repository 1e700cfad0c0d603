// kv_eval: accuracy and decode cost of KV cache settings against the F16 cache (docs/KV.md).
//   g++ -std=c++17 -O2 -I. scripts/kv_eval.cpp build/qlm_impl.o -o build/kv_eval -lpthread
//   build/kv_eval MODEL TEXT N_CTX N_EVAL THREADS CONFIG...   CONFIG = k,v,rot[,window,sinks[,group[,k_channel[,v_channel]]]]
// The first CONFIG is the reference (use f16,f16,none). For each CONFIG: decode the first
// N_CTX - N_EVAL tokens of TEXT as a batch, then the last N_EVAL one at a time, scoring each
// next token: perplexity, mean KL divergence and top-1 agreement against the reference,
// cache bytes per token of context, and the CPU time of one decode step at that depth
// (steadier than wall time on a shared machine; with 1 thread it is the step's cost).
#include "quantlm.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 7) return fprintf(stderr, "usage: %s MODEL TEXT N_CTX N_EVAL THREADS CONFIG...\n", argv[0]), 2;
    qlm_model* m = nullptr;
    qlm_error e{};
    if (qlm_model_load_file(argv[1], nullptr, &m, &e)) return fprintf(stderr, "%s\n", e.text), 1;
    std::string text;
    if (FILE* f = fopen(argv[2], "rb")) {
        char b[4096];
        size_t k;
        while ((k = fread(b, 1, sizeof b, f)) > 0) text.append(b, k);
        fclose(f);
    }
    std::vector<qlm_token> toks(text.size() + 8);
    size_t nt = 0;
    qlm_tokenize(m, text.data(), text.size(), 1, 0, toks.data(), toks.size(), &nt, &e);
    const uint32_t n_ctx = (uint32_t)atoi(argv[3]), n_eval = (uint32_t)atoi(argv[4]), th = (uint32_t)atoi(argv[5]);
    if (nt < n_ctx || n_eval >= n_ctx) return fprintf(stderr, "text has %zu tokens\n", nt), 1;
    const int V = qlm_n_vocab(m);
    std::vector<std::vector<double>> ref;
    for (int ci = 6; ci < argc; ci++) {
        std::string cfg = argv[ci];
        std::replace(cfg.begin(), cfg.end(), ',', ' ');
        char kt[16], vt[16], rt[16];
        unsigned w = 0, s = 0, g = 0, kc = 0, vc = 0;
        qlm_context_params cp = qlm_context_params_default();
        if (sscanf(cfg.c_str(), "%15s %15s %15s %u %u %u %u %u", kt, vt, rt, &w, &s, &g, &kc, &vc) < 3 ||
            qlm_kv_type_parse(kt, &cp.kv_type_k) || qlm_kv_type_parse(vt, &cp.kv_type_v) || qlm_kv_rot_parse(rt, &cp.kv_rot))
            return fprintf(stderr, "bad config %s\n", argv[ci]), 2;
        cp.n_ctx = n_ctx;
        cp.n_threads = th;
        cp.n_batch = 256;
        cp.kv_window = w;
        cp.kv_sinks = s;
        cp.kv_group = g;
        cp.kv_k_channel = kc;
        cp.kv_v_channel = vc;
        qlm_context* c = nullptr;
        if (qlm_context_create(m, &cp, &c, &e)) return fprintf(stderr, "%s: %s\n", argv[ci], e.text), 1;
        const uint32_t n0 = n_ctx - n_eval;
        qlm_decode(c, toks.data(), n0, &e);
        double nll = 0, kld = 0, cpu = 0;
        int same = 0;
        for (uint32_t i = 0; i < n_eval; i++) {
            const float* lg = qlm_get_logits(c);
            double mx = *std::max_element(lg, lg + V), se = 0;
            for (int j = 0; j < V; j++) se += std::exp(lg[j] - mx);
            std::vector<double> lp((size_t)V);
            for (int j = 0; j < V; j++) lp[(size_t)j] = lg[j] - mx - std::log(se);
            nll -= lp[(size_t)toks[n0 + i]];
            if (ci == 6) ref.push_back(lp);
            const std::vector<double>& r = ref[i];
            for (int j = 0; j < V; j++) kld += std::exp(r[(size_t)j]) * (r[(size_t)j] - lp[(size_t)j]);
            same += std::max_element(r.begin(), r.end()) - r.begin() == std::max_element(lp.begin(), lp.end()) - lp.begin();
            if (i + 1 == n_eval) break;
            std::clock_t t0 = std::clock();
            qlm_decode(c, &toks[n0 + i], 1, &e);
            cpu += (double)(std::clock() - t0) / CLOCKS_PER_SEC;
        }
        printf("%-28s ppl %.4f  kld %.5f  top1 %.3f  kvB/tok %.1f  cpu %.2f ms/tok\n", argv[ci], std::exp(nll / n_eval),
               kld / n_eval, (double)same / n_eval, (double)qlm_context_kv_bytes(c) / n_ctx, 1000 * cpu / (n_eval - 1));
        fflush(stdout);
        qlm_context_free(c);
    }
    qlm_model_free(m);
    return 0;
}
