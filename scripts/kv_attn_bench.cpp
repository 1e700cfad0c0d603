// kv_attn_bench: CPU time of the attention of one decode step at a given depth, alone
// (no weights), for each KV cache type, in SmolLM2-135M's shape (30 layers, 9 query heads,
// 3 KV heads, head_dim 64, groups of 64), one thread (docs/KV.md, "quantized attention speed").
//   g++ -std=c++17 -O2 -I. scripts/kv_attn_bench.cpp -o build/kv_attn_bench -lpthread
//   build/kv_attn_bench N_POS REPS CONFIG...   CONFIG = k,v[,k_channel[,v_channel]], e.g. f16,f16 int4,int4 int2,int2,64,64
// The cache is filled with Gaussian keys and values, Hadamard-rotated when quantized; each
// repetition runs every CONFIG once, in turn, and the table shows the median and range.
#define QUANTLM_IMPLEMENTATION // the internals (qlm_detail) are what is timed
#include "quantlm.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

using namespace qlm_detail;

int main(int argc, char** argv) {
    if (argc < 4) return fprintf(stderr, "usage: %s N_POS REPS CONFIG...\n", argv[0]), 2;
    const uint32_t n_pos = (uint32_t)atoi(argv[1]);
    const int reps = atoi(argv[2]), NL = 30, NH = 9, NKV = 3, HD = 64, ncfg = argc - 3;
    allocator al;
    std::vector<kv_cache> kvs((size_t)ncfg);
    std::mt19937 rng(1);
    std::normal_distribution<float> nd;
    std::vector<float> k((size_t)NKV * HD), v((size_t)NKV * HD), q((size_t)NH * HD), out((size_t)NH * HD);
    for (int c = 0; c < ncfg; c++) {
        char kt[16] = "", vt[16] = "";
        unsigned chan = 0, vchan = 0;
        std::string s = argv[c + 3];
        std::replace(s.begin(), s.end(), ',', ' ');
        qlm_kv_type tk, tv;
        if (sscanf(s.c_str(), "%15s %15s %u %u", kt, vt, &chan, &vchan) < 2 || qlm_kv_type_parse(kt, &tk) || qlm_kv_type_parse(vt, &tv))
            return fprintf(stderr, "bad config %s\n", argv[c + 3]), 2;
        kv_cache& kv = kvs[(size_t)c];
        kv.rot.hd = HD;
        kv.rot.n_head_kv = NKV;
        if (tk != QLM_KV_F16 || tv != QLM_KV_F16) kv.rot.init_hadamard(HD);
        if (!kv.init(&al, NL, n_pos, NKV, HD, tk, tv, 64, 0, 0, 64, chan, vchan)) return fprintf(stderr, "out of memory\n"), 1;
        std::vector<int32_t> toks(64, 0);
        for (uint32_t p = 0; p < n_pos; p++) {
            if (p % 64 == 0) kv.note_tokens(p, toks.data(), std::min(64u, n_pos - p));
            for (int l = 0; l < NL; l++) {
                for (float& x : k) x = nd(rng);
                for (float& x : v) x = nd(rng);
                kv.store(l, p, k.data(), v.data());
            }
        }
    }
    std::vector<float> sc((size_t)NH * n_pos), qt((size_t)NH * HD);
    std::vector<std::vector<double>> ms((size_t)ncfg);
    for (int r = 0; r < reps; r++)
        for (int c = 0; c < ncfg; c++) {
            std::clock_t t0 = std::clock();
            for (int l = 0; l < NL; l++) {
                for (float& x : q) x = 0.3f * nd(rng);
                for (int h = 0; h < NKV; h++)
                    kvs[(size_t)c].attend_from(l, h, 0, n_pos, q.data() + (size_t)h * 3 * HD, 3, 0.125f,
                                               out.data() + (size_t)h * 3 * HD, sc.data(), qt.data());
            }
            ms[(size_t)c].push_back(1000.0 * (double)(std::clock() - t0) / CLOCKS_PER_SEC);
        }
    for (int c = 0; c < ncfg; c++) {
        std::vector<double>& m = ms[(size_t)c];
        std::sort(m.begin(), m.end());
        printf("%-16s attention %.2f ms/token (median of %d; %.2f - %.2f)\n", argv[c + 3], m[m.size() / 2], reps, m.front(),
               m.back());
    }
    return 0;
}
