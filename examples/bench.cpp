// bench: prefill and decode speed of one model file, next to the machine's read bandwidth.
//
//   build/bench -m FILE [-t N] [-p 128,512] [-n 128] [-b 128] [-r REPS] [--json] [--no-bw] [--no-repack]
//               [--backend cpu|vulkan|cuda]
// (-p 0: no prefill; -b: tokens per forward pass in prefill (the context's n_batch): a
// prompt is run 128 at a time by default, which costs a prefill a few percent over 512 at
// a time (weights re-read per pass) and keeps the scratch, n_batch x the activations, small; --no-bw: skip the bandwidth measurement, which is the host's: with a
// GPU backend the roofline line compares with the wrong memory, so pass --no-bw there)
//
// Decode of one sequence reads every weight once per token, so its ceiling is memory
// bandwidth: tok/s <= read bandwidth / bytes streamed per token. This measures both in
// the same run (the bandwidth with a multi-threaded streaming read over a buffer far
// larger than the last-level cache) and prints the ratio as "% of roofline".
// Bytes per token = every weight matrix once (the token-embedding table only as the
// output matrix when it is tied: a lookup reads one row) + the KV cache read by attention,
// averaged over the decoded positions.
//
// This is a development tool: it includes the implementation to reach the model's tensor
// table, which the public API does not expose.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"
#include "kv_args.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

static double now_s() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Two ways of reading n 64-bit words; the probe keeps the faster, since the ceiling is the
// best the machine can do and the best pattern depends on the CPU. Measured with both
// cores: on the Intel Xeon of 2026-12-02 one stream per thread read 22-27 GB/s and four
// streams with a software prefetch 4 KiB ahead 30-32; on the AMD EPYC (Zen 4) of the
// same day four streams read 13-26 GB/s and one stream of 32-byte vector adds 26-32.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QLM_BENCH_AVX2 __attribute__((target("avx2"))) // 32-byte loads where the CPU has them (checked below)
#else
#define QLM_BENCH_AVX2
#endif
QLM_BENCH_AVX2 static uint64_t read_sum_streams(const uint64_t* p, size_t n) {
    const size_t q = n / 4;
    const uint64_t *p0 = p, *p1 = p + q, *p2 = p + 2 * q, *p3 = p + 3 * q;
    uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (size_t i = 0; i + 16 <= q; i += 16) {
        for (const uint64_t* s : {p0, p1, p2, p3}) {
            __builtin_prefetch(s + i + 512);
            __builtin_prefetch(s + i + 520);
        }
        for (size_t j = 0; j < 16; j++) {
            s0 += p0[i + j];
            s1 += p1[i + j];
            s2 += p2[i + j];
            s3 += p3[i + j];
        }
    }
    return s0 ^ s1 ^ s2 ^ s3;
}
// One sequential stream, eight independent sums (so the adds vectorize and never wait on
// one another), no software prefetch: the hardware prefetcher's best case.
QLM_BENCH_AVX2 static uint64_t read_sum_seq(const uint64_t* p, size_t n) {
    uint64_t s[8] = {0, 0, 0, 0, 0, 0, 0, 0};
    for (size_t i = 0; i + 8 <= n; i += 8)
        for (size_t j = 0; j < 8; j++) s[j] += p[i + j];
    return s[0] ^ s[1] ^ s[2] ^ s[3] ^ s[4] ^ s[5] ^ s[6] ^ s[7];
}
static uint64_t read_sum(const uint64_t* p, size_t n, bool streams) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (!__builtin_cpu_supports("avx2")) {
        uint64_t s = 0;
        for (size_t i = 0; i < n; i++) s += p[i];
        return s;
    }
#endif
    return streams ? read_sum_streams(p, n) : read_sum_seq(p, n);
}

// Read bandwidth in GB/s with nth threads, each reading its own contiguous part of a
// 1 GiB buffer (far beyond the last-level cache), all released at once; the best of
// several passes of each read pattern (alternating, so a busy spell of the host does
// not fall on one pattern only).
static double read_bandwidth(int nth) {
    const size_t bytes = (size_t)1 << 30, words = bytes / 8;
    std::vector<uint64_t> buf(words);
    for (size_t i = 0; i < words; i++) buf[i] = i * 0x9E3779B97F4A7C15ull; // touch every page
    double best = 0;
    volatile uint64_t sink = 0;
    for (int pass = 0; pass < 10; pass++) {
        const bool streams = pass % 2 == 1;
        std::vector<std::thread> ts;
        std::vector<uint64_t> out((size_t)nth);
        std::vector<double> end((size_t)nth);
        std::atomic<int> ready{0}, go{0};
        for (int i = 0; i < nth; i++)
            ts.emplace_back([&, i] {
                size_t a = words * (size_t)i / (size_t)nth, b = words * (size_t)(i + 1) / (size_t)nth;
                ready++;
                while (!go.load()) {
                }
                out[(size_t)i] = read_sum(buf.data() + a, b - a, streams);
                end[(size_t)i] = now_s();
            });
        while (ready.load() < nth) {
        }
        const double t0 = now_s();
        go = 1;
        for (auto& t : ts) t.join();
        const double dt = *std::max_element(end.begin(), end.end()) - t0;
        for (uint64_t v : out) sink = sink ^ v;
        best = std::max(best, (double)bytes / dt / 1e9);
    }
    return best;
}

// Peak resident set size of this process in bytes (Linux: VmHWM), 0 where unknown.
static double peak_rss_bytes() {
    double kb = 0;
    if (FILE* f = fopen("/proc/self/status", "r")) {
        char line[256];
        while (fgets(line, sizeof line, f))
            if (strncmp(line, "VmHWM:", 6) == 0) kb = atof(line + 6);
        fclose(f);
    }
    return kb * 1024.0;
}

struct stats {
    double median = 0, min = 0, max = 0;
};
static stats summarize(std::vector<double> v) {
    stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.min = v.front();
    s.max = v.back();
    s.median = v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    return s;
}

static void die(const char* what, const qlm_error& e) {
    fprintf(stderr, "bench: %s: %s\n", what, e.text);
    exit(1);
}

// Warnings only: a GPU backend that falls back to the CPU says why here.
static void log_warn(qlm_log_level level, const char* text, void*) {
    if (level <= QLM_LOG_WARN) fprintf(stderr, "quantlm: %s\n", text);
}

static const char* kUsage = "usage: bench -m FILE [-t N] [-p 128,512] [-n 128] [-b 128] [-r REPS] [--json] [--no-bw] [--no-repack]\n"
                            "          [--backend cpu|vulkan|cuda] " KV_ARGS_USAGE "\n";

int main(int argc, char** argv) {
    const char* path = nullptr;
    int threads = 0, n_gen = 128, reps = 5, n_batch = 128;
    std::vector<int> pps = {128, 512};
    bool json = false, measure_bw = true;
    qlm_model_params mp = qlm_model_params_default();
    qlm_backend backend = QLM_BACKEND_AUTO;
    qlm_context_params kvp = qlm_context_params_default(); // the --kv-* options
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        auto next = [&]() -> const char* {
            if (i + 1 >= argc) {
                fprintf(stderr, "bench: %s needs a value\n", a.c_str());
                exit(2);
            }
            return argv[++i];
        };
        if (a == "-m") path = next();
        else if (a == "-t") threads = atoi(next());
        else if (a == "-n") n_gen = atoi(next());
        else if (a == "-r") reps = std::max(1, atoi(next()));
        else if (a == "-b") n_batch = std::max(1, atoi(next()));
        else if (a == "--json") json = true;
        else if (a == "--no-bw") measure_bw = false;
        else if (a == "--no-repack") mp.no_repack = 1;
        else if (a == "--backend") {
            const std::string b = next();
            backend = b == "cpu" ? QLM_BACKEND_CPU : b == "vulkan" ? QLM_BACKEND_VULKAN : b == "cuda" ? QLM_BACKEND_CUDA
                                                                                                     : QLM_BACKEND_FORCE_32;
            if (backend == QLM_BACKEND_FORCE_32) return fprintf(stderr, "bench: unknown backend %s\n", b.c_str()), 2;
        }
        else if (int kr = kv_arg(&kvp, argv[i], i + 1 < argc ? argv[i + 1] : nullptr)) { // kv_args.h
            if (kr < 0) return fprintf(stderr, "bench: bad value for %s\n", a.c_str()), 2;
            i++;
        }
        else if (a == "-p") {
            pps.clear();
            std::string s = next();
            for (size_t p = 0; p < s.size();) {
                size_t q = s.find(',', p);
                if (q == std::string::npos) q = s.size();
                int v = atoi(s.substr(p, q - p).c_str());
                if (v > 0) pps.push_back(v);
                p = q + 1;
            }
        } else {
            fprintf(stderr, kUsage);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, kUsage);
        return 2;
    }
    if (threads <= 0) threads = (int)std::max(1u, std::min(8u, std::thread::hardware_concurrency()));

    qlm_error err{};
    qlm_model* model = nullptr;
    if (backend == QLM_BACKEND_VULKAN || backend == QLM_BACKEND_CUDA) mp.no_repack = 1; // the GPU reads the stored rows
    if (qlm_model_load_file(path, &mp, &model, &err) != QLM_OK) die("load", err);
    int max_pp = 0;
    for (int p : pps) max_pp = std::max(max_pp, p);
    qlm_context_params cp = qlm_context_params_default();
    kv_args_apply(&cp, &kvp);
    cp.n_threads = (uint32_t)threads;
    cp.n_ctx = (uint32_t)std::max(max_pp, n_gen + 1) + 16;
    cp.n_batch = (uint32_t)std::max(std::min(max_pp, n_batch), 1);
    cp.backend = backend;
    cp.log = log_warn;
    qlm_context* ctx = nullptr;
    if (qlm_context_create(model, &cp, &ctx, &err) != QLM_OK) die("context", err);
    const std::string backend_name = qlm_context_backend(ctx); // the one that runs (a GPU may fall back)

    const qlm_detail::hparams& h = model->hp;
    std::vector<qlm_token> toks((size_t)std::max(max_pp, n_gen));
    uint32_t rng = 12345;
    for (auto& t : toks) {
        rng = rng * 1664525u + 1013904223u;
        t = (qlm_token)((rng >> 8) % (uint32_t)h.n_vocab);
    }

    // Bytes one decode step streams.
    const qlm_detail::qtensor& emb = model->tok_embd;
    const bool tied = model->output.data == emb.data;
    double weight_bytes = (double)model->weight_bytes;
    if (!tied) weight_bytes -= (double)emb.row_bytes * (double)emb.ne1 - (double)emb.row_bytes;
    const double kv_per_pos = 2.0 * h.n_layer * h.n_head_kv * h.head_dim * sizeof(uint16_t);
    const double bytes_per_token = weight_bytes + kv_per_pos * (n_gen + 1) / 2.0;

    // Prefill: each rep clears the context and decodes p tokens in one batch.
    std::vector<stats> pp_stats;
    for (int p : pps) {
        std::vector<double> v;
        for (int r = -1; r < reps; r++) { // r = -1: warm-up
            qlm_context_reset(ctx);
            double t0 = now_s();
            if (qlm_decode(ctx, toks.data(), (size_t)p, &err) != QLM_OK) die("decode", err);
            double dt = now_s() - t0;
            if (r >= 0) v.push_back(p / dt);
        }
        pp_stats.push_back(summarize(v));
    }
    // Decode: each rep clears the context and generates n_gen tokens one at a time.
    // CPU time per token too: on a machine shared with other work it is the steadier
    // figure (with one thread it is the decode cost without the time spent preempted).
    std::vector<double> tg, tg_cpu;
    for (int r = -1; r < reps; r++) {
        qlm_context_reset(ctx);
        double t0 = now_s();
        std::clock_t c0 = std::clock();
        for (int i = 0; i < n_gen; i++)
            if (qlm_decode(ctx, &toks[(size_t)i], 1, &err) != QLM_OK) die("decode", err);
        double dt = now_s() - t0;
        double cpu = (double)(std::clock() - c0) / CLOCKS_PER_SEC;
        if (r >= 0) {
            tg.push_back(n_gen / dt);
            tg_cpu.push_back(1e3 * cpu / n_gen);
        }
    }
    const double cpu_ms = summarize(tg_cpu).median;
    stats tgs = summarize(tg);
    // Peak RSS before the bandwidth test allocates its buffer, against what a run must
    // hold: every tensor of the file, the F16 KV cache of the context, and 64 MiB.
    const double rss = peak_rss_bytes();
    const double rss_budget = (double)model->weight_bytes + kv_per_pos * cp.n_ctx + 64.0 * 1048576.0;
    qlm_context_free(ctx); // the bandwidth test gets the cores to itself
    const double bw = measure_bw ? read_bandwidth(threads) : 0.0;
    const double roof = bw > 0 ? 100.0 * tgs.median * bytes_per_token / (bw * 1e9) : 0.0;

    const qlm_model_info mi = qlm_model_get_info(model);
    const char* wtype = qlm_detail::type_info(model->layers.empty() ? 0 : model->layers[0].w_gate.type)->name;
    if (json) {
        printf("{\"model\": \"%s\", \"ffn_type\": \"%s\", \"n_params\": %llu, \"threads\": %d, \"kernels\": \"%s\", \"backend\": \"%s\", ",
               path, wtype, (unsigned long long)mi.n_params, threads, qlm_cpu_kernels(), backend_name.c_str());
        printf("\"pp\": [");
        for (size_t i = 0; i < pps.size(); i++)
            printf("%s{\"n\": %d, \"tok_s\": %.2f, \"min\": %.2f, \"max\": %.2f}", i ? ", " : "", pps[i],
                   pp_stats[i].median, pp_stats[i].min, pp_stats[i].max);
        printf("], \"pp_tok_s\": %.2f, ", pp_stats.empty() ? 0.0 : pp_stats[0].median);
        printf("\"tg_n\": %d, \"tg_tok_s\": %.2f, \"tg_min\": %.2f, \"tg_max\": %.2f, ", n_gen, tgs.median, tgs.min,
               tgs.max);
        printf("\"tg_cpu_ms_per_token\": %.3f, ", cpu_ms);
        printf("\"bytes_per_token\": %.0f, \"read_gb_s\": %.2f, \"roofline_pct\": %.1f, ", bytes_per_token, bw, roof);
        printf("\"peak_rss_mb\": %.1f, \"rss_budget_mb\": %.1f}\n", rss / 1048576.0, rss_budget / 1048576.0);
    } else {
        printf("model   %s (%s, %.0fM params, FFN %s), %d threads, %s kernels, backend %s\n", path, mi.name,
               mi.n_params / 1e6, wtype, threads, qlm_cpu_kernels(), backend_name.c_str());
        for (size_t i = 0; i < pps.size(); i++)
            printf("pp%-5d %8.1f tok/s  (min %.1f, max %.1f, %d reps)\n", pps[i], pp_stats[i].median,
                   pp_stats[i].min, pp_stats[i].max, reps);
        printf("tg%-5d %8.1f tok/s  (min %.1f, max %.1f, %d reps), %.2f ms CPU time per token\n", n_gen, tgs.median,
               tgs.min, tgs.max, reps, cpu_ms);
        if (bw > 0)
            printf("bytes/token %.1f MB, read bandwidth %.1f GB/s -> roofline %.1f tok/s; decode at %.1f%% of it\n",
                   bytes_per_token / 1e6, bw, bw * 1e9 / bytes_per_token, roof);
        else
            printf("bytes/token %.1f MB (read bandwidth not measured)\n", bytes_per_token / 1e6);
        if (rss > 0)
            printf("peak RSS %.1f MiB (weights + F16 KV cache + 64 MiB = %.1f MiB)\n", rss / 1048576.0,
                   rss_budget / 1048576.0);
    }
    qlm_model_free(model);
    return 0;
}
