// KV cache: quantized row formats, their kernels, rotations, attention over a quantized
// cache, save/restore, and accuracy ordering on the real model (docs/KV.md).
#include <doctest/doctest.h>

#include "test_util.h"

#include <cstdio>
#include <random>

namespace kvtest {

using namespace qlm_detail;

std::vector<float> gauss(size_t n, uint32_t seed, float sd = 1.0f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> nd(0.0f, sd);
    std::vector<float> v(n);
    for (float& x : v) x = nd(rng);
    return v;
}

qlm_model* model() {
    static struct holder {
        qlm_model* m = nullptr;
        holder() {
            if (qlm_model_load_file(qlm_test::model_path(), nullptr, &m, nullptr) != QLM_OK) m = nullptr;
        }
        ~holder() { qlm_model_free(m); }
    } h;
    return h.m;
}

qlm_context_params params(uint32_t n_ctx, qlm_kv_type k, qlm_kv_type v, qlm_kv_rot rot, uint32_t window = 0,
                          uint32_t sinks = 0) {
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = n_ctx;
    p.n_threads = 2;
    p.n_batch = 32;
    p.kv_type_k = k;
    p.kv_type_v = v;
    p.kv_rot = rot;
    p.kv_window = window;
    p.kv_sinks = sinks;
    return p;
}

std::vector<qlm_token> text_tokens(size_t n) {
    std::vector<uint8_t> bytes;
    REQUIRE(qlm_test::read_file("tests/data/kv_text.txt", &bytes));
    std::vector<qlm_token> t(bytes.size() + 8);
    size_t nt = 0;
    REQUIRE(qlm_tokenize(model(), (const char*)bytes.data(), bytes.size(), 1, 0, t.data(), t.size(), &nt, nullptr) ==
            QLM_OK);
    REQUIRE(nt >= n);
    t.resize(n);
    return t;
}

} // namespace kvtest

TEST_CASE("kv quantized rows round-trip within each type's error bound") {
    using namespace kvtest;
    // Relative RMS error on Gaussian data, hd 64, one group. Measured 2026-11-25 (mean over
    // 200 rows): INT8 0.0049, INT4 0.080, INT2 0.36. A uniform quantizer's floor: step/sqrt(12).
    const float bound[3] = {0.0065f, 0.095f, 0.40f};
    for (int t = 0; t < KVQ_COUNT; t++)
        for (int G : {32, 64}) {
            double se = 0.0, ss = 0.0;
            std::vector<uint8_t> row(kvq_row_bytes(t, 64, G));
            std::vector<float> y(64);
            for (uint32_t r = 0; r < 200; r++) {
                std::vector<float> x = gauss(64, 1000 + r);
                kvq_quantize_row(t, x.data(), row.data(), 64, G);
                kvq_dequantize_row(t, row.data(), y.data(), 64, G);
                for (int i = 0; i < 64; i++) {
                    se += (double)(x[(size_t)i] - y[(size_t)i]) * (x[(size_t)i] - y[(size_t)i]);
                    ss += (double)x[(size_t)i] * x[(size_t)i];
                }
            }
            float rel = (float)std::sqrt(se / ss);
            CAPTURE(t);
            CAPTURE(G);
            CHECK(rel < bound[t]);
            CHECK(rel > bound[t] * 0.5f); // the bound is tight: a format change shows up
        }
}

TEST_CASE("kv AVX2 attention kernels match the scalar reference for each KV type, head_dim, group and head count") {
    using namespace kvtest;
    const attn_kernels& ref = attn_kernels_ref();
    const attn_kernels& fast = attn_kernels_get();
    if (fast.dot_kvq == ref.dot_kvq) {
        MESSAGE("no AVX2 on this machine: scalar kernels only");
        return;
    }
    std::mt19937 rng(5);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    for (int nq : {1, 2, 3, 4, 5})
        for (int np : {1, 13, 70}) {
            std::vector<float> p((size_t)nq * 80); // probabilities, 80 apart per head
            for (float& x : p) x = unit(rng);
            // Quantized rows, unaligned (odd stride); G = 0: codes of keys or values per channel.
            for (int t = 0; t < KVQ_COUNT; t++)
                for (int hd : {64, 128})
                    for (int G : {0, 32, 64, 128}) {
                        if (G > hd) continue;
                        const size_t rb = G ? kvq_row_bytes(t, hd, G) : (size_t)hd * kvq_bits(t) / 8, rs = rb + 3;
                        std::vector<uint8_t> rows((size_t)np * rs);
                        for (int j = 0; j < np; j++) {
                            std::vector<float> x = gauss((size_t)hd, 1000 * t + j);
                            if (G) kvq_quantize_row(t, x.data(), rows.data() + (size_t)j * rs, hd, G);
                            else
                                for (size_t i = 0; i < rb; i++) rows[(size_t)j * rs + i] = (uint8_t)rng();
                        }
                        std::vector<float> q = gauss((size_t)nq * hd, 99 + hd);
                        kvq_query qq;
                        kvq_query_init(&qq, t, q.data(), nq, hd, G);
                        std::vector<float> sa((size_t)nq * 80), sb = sa;
                        ref.dot_kvq(t, rows.data(), rs, np, qq, G, sa.data(), 80);
                        fast.dot_kvq(t, rows.data(), rs, np, qq, G, sb.data(), 80);
                        CAPTURE(t);
                        CAPTURE(hd);
                        CAPTURE(G);
                        CAPTURE(nq);
                        CAPTURE(np);
                        // Only the order of the sums differs.
                        for (size_t i = 0; i < sa.size(); i++) CHECK(std::fabs(sa[i] - sb[i]) <= 1e-4f * (1.0f + std::fabs(sa[i])));
                        std::vector<float> ya = gauss((size_t)nq * hd, 5), yb = ya;
                        ref.axpy_kvq(t, ya.data(), rows.data(), rs, np, p.data(), 80, nq, hd, G);
                        fast.axpy_kvq(t, yb.data(), rows.data(), rs, np, p.data(), 80, nq, hd, G);
                        for (size_t i = 0; i < ya.size(); i++) CHECK(std::fabs(ya[i] - yb[i]) <= 1e-4f * (1.0f + std::fabs(ya[i])));
                    }
            // F16 rows, head_dim also not a multiple of 32 or 8 (the kernels' tails).
            for (int hd : {64, 128, 72, 76}) {
                const size_t rs = (size_t)hd + 3;
                std::vector<uint16_t> rows((size_t)np * rs);
                std::vector<float> x = gauss(rows.size(), 31);
                store_f16_ref(rows.data(), x.data(), (int)rows.size());
                std::vector<float> q = gauss((size_t)nq * hd, 32);
                std::vector<float> sa((size_t)nq * 80), sb = sa;
                ref.dot_f16(rows.data(), rs, np, q.data(), nq, hd, sa.data(), 80);
                fast.dot_f16(rows.data(), rs, np, q.data(), nq, hd, sb.data(), 80);
                CAPTURE(hd);
                CAPTURE(nq);
                CAPTURE(np);
                for (size_t i = 0; i < sa.size(); i++) CHECK(std::fabs(sa[i] - sb[i]) <= 1e-4f * (1.0f + std::fabs(sa[i])));
                std::vector<float> ya = gauss((size_t)nq * hd, 6), yb = ya;
                ref.axpy_f16(ya.data(), rows.data(), rs, np, p.data(), 80, nq, hd);
                fast.axpy_f16(yb.data(), rows.data(), rs, np, p.data(), 80, nq, hd);
                for (size_t i = 0; i < ya.size(); i++) CHECK(std::fabs(ya[i] - yb[i]) <= 1e-4f * (1.0f + std::fabs(ya[i])));
            }
        }
}

TEST_CASE("kv per-channel keys round-trip within their group's step, however the positions are batched") {
    using namespace kvtest;
    allocator al;
    const int HD = 64, NKV = 2;
    const uint32_t N = 150, T = 32, SINKS = 3;
    // Keys with a per-channel offset, as real keys have; three ways of cutting them into batches.
    std::vector<std::vector<float>> keys;
    for (uint32_t p = 0; p < N; p++) {
        keys.push_back(gauss((size_t)NKV * HD, 300 + p));
        for (int i = 0; i < NKV * HD; i++) keys.back()[(size_t)i] += 0.1f * (float)(i % 17) - 0.8f;
    }
    std::vector<float> out_ref;
    for (uint32_t nb : {1u, 7u, 40u}) {
        for (int t : {KVQ_INT4, KVQ_INT2}) {
            kv_cache kv;
            kv.rot.hd = HD;
            kv.rot.n_head_kv = NKV;
            REQUIRE(kv.init(&al, 1, 256, NKV, HD, (qlm_kv_type)(t + 1), QLM_KV_F16, 32, 0, SINKS, nb, T));
            std::vector<float> outs, sc(N), qtmp((size_t)HD), out((size_t)HD);
            std::vector<float> q = gauss((size_t)HD, 77, 0.5f), v((size_t)NKV * HD, 0.5f);
            std::vector<int32_t> toks(N, 0);
            for (uint32_t p0 = 0; p0 < N; p0 += nb) {
                const uint32_t n = std::min(nb, N - p0);
                kv.note_tokens(p0, toks.data(), n);
                for (uint32_t p = p0; p < p0 + n; p++) kv.store(0, p, keys[p].data(), v.data());
                // Every token of the batch attends, as the model does after storing them all.
                for (uint32_t p = p0; p < p0 + n; p++) {
                    kv.attend(0, 1, p + 1, q.data(), 0.125f, out.data(), sc.data(), qtmp.data());
                    outs.insert(outs.end(), sc.begin(), sc.begin() + p + 1);
                }
            }
            // The batching changes nothing: each token sees the same keys.
            if (t == KVQ_INT2 && nb == 1) out_ref = outs;
            if (t == KVQ_INT2) CHECK(outs == out_ref);
            // Filled groups: within half a step of each channel (range clipped by at most
            // 28%); the unfilled group and the sinks: F16 copies.
            for (uint32_t p = 0; p < N; p++)
                for (int h = 0; h < NKV; h++) {
                    std::vector<float> y((size_t)HD);
                    kv.kp.read(0, p, h, N, y.data());
                    for (int i = 0; i < HD; i++) {
                        float x = keys[p][(size_t)h * HD + i], e = std::fabs(x - y[(size_t)i]);
                        if (p < SINKS || p >= N / T * T) {
                            CHECK(e <= 1e-3f * (1.0f + std::fabs(x)));
                            continue;
                        }
                        float lo = INFINITY, hi = -INFINITY;
                        for (uint32_t r = std::max(p / T * T, SINKS); r < p / T * T + T; r++) {
                            lo = std::min(lo, keys[r][(size_t)h * HD + i]);
                            hi = std::max(hi, keys[r][(size_t)h * HD + i]);
                        }
                        const float step = (hi - lo) / (float)((1 << kvq_bits(t)) - 1);
                        CHECK(e <= 0.5f * step + 0.14f * (hi - lo) + 1e-3f * (1.0f + std::fabs(x)));
                    }
                }
        }
    }
}

TEST_CASE("kv hadamard rotation is orthogonal and its inverse undoes it") {
    using namespace kvtest;
    kv_rotation r;
    r.init_hadamard(64);
    std::vector<float> m(64 * 64);
    for (int j = 0; j < 64; j++) {
        float e[64] = {0};
        e[j] = 1.0f;
        r.apply(0, 0, 0, e, m.data() + (size_t)j * 64); // column j, stored as a row
    }
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 64; j++) {
            float d = 0.0f;
            for (int k = 0; k < 64; k++) d += m[(size_t)i * 64 + k] * m[(size_t)j * 64 + k];
            CHECK(std::fabs(d - (i == j ? 1.0f : 0.0f)) < 1e-5f);
        }
    std::vector<float> x = gauss(64, 3), y(64), z(64);
    r.apply(0, 0, 0, x.data(), y.data());
    r.apply(3, 0, 0, y.data(), z.data());
    for (int i = 0; i < 64; i++) CHECK(std::fabs(z[(size_t)i] - x[(size_t)i]) < 1e-5f);
}

TEST_CASE("kv attention over a quantized cache equals attention over its dequantized copy") {
    using namespace kvtest;
    allocator al;
    const int HD = 64, NKV = 2;
    const uint32_t N = 90;
    struct cfg {
        qlm_kv_type k, v;
        qlm_kv_rot rot;
        uint32_t window, sinks, chan, vchan;
    };
    const cfg cfgs[] = {{QLM_KV_INT8, QLM_KV_INT8, QLM_KV_ROT_NONE, 0, 0, 0, 0},
                        {QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 16, 4, 0, 0},
                        {QLM_KV_INT2, QLM_KV_INT4, QLM_KV_ROT_HADAMARD, 0, 0, 0, 0},
                        {QLM_KV_F16, QLM_KV_INT4, QLM_KV_ROT_NONE, 8, 0, 0, 0},
                        {QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 0, 4, 32, 0},
                        {QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_NONE, 8, 0, 64, 0},
                        {QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 0, 4, 32, 32},
                        {QLM_KV_F16, QLM_KV_INT4, QLM_KV_ROT_HADAMARD, 8, 0, 0, 64},
                        {QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_NONE, 0, 2, 64, 32}};
    for (const cfg& c : cfgs) {
        kv_cache kv;
        if (c.rot == QLM_KV_ROT_HADAMARD) kv.rot.init_hadamard(HD);
        kv.rot.hd = HD;
        kv.rot.n_head_kv = NKV;
        CAPTURE(c.chan);
        CAPTURE(c.vchan);
        REQUIRE(kv.init(&al, 1, 128, NKV, HD, c.k, c.v, 32, c.window, c.sinks, 8, c.chan, c.vchan));
        // Keys with outlier channels, as real keys have; in batches of 8.
        const std::vector<int32_t> toks(N, 0);
        for (uint32_t p = 0; p < N; p++) {
            if (p % 8 == 0) kv.note_tokens(p, toks.data(), std::min(8u, N - p));
            std::vector<float> k = gauss((size_t)NKV * HD, 100 + p), v = gauss((size_t)NKV * HD, 500 + p);
            k[5] += 8.0f;
            k[HD + 17] -= 6.0f;
            kv.store(0, p, k.data(), v.data());
        }
        std::vector<float> q = gauss((size_t)HD, 42, 0.5f), out((size_t)HD), sc(N), qtmp((size_t)HD);
        const float scale = 0.125f;
        for (int h = 0; h < NKV; h++) {
            kv.attend(0, h, N, q.data(), scale, out.data(), sc.data(), qtmp.data());
            // Reference, in double, on the dequantized cache (as the kernels see it: the
            // window and sinks from their F16 copies), rotated back.
            std::vector<double> s(N), o((size_t)HD, 0.0);
            std::vector<float> kr((size_t)HD), vr((size_t)HD), qr((size_t)HD), k0((size_t)HD), v0((size_t)HD);
            kv.rot.apply(1, 0, h, q.data(), qr.data());
            double mx = -1e300, sum = 0.0;
            for (uint32_t p = 0; p < N; p++) {
                bool win = p + c.window >= N; // in the window of the token at N - 1
                // (per-channel keys: N tells which positions are in the group not filled)
                kv.kp.read(0, p, h, win || c.chan ? N : 0, kr.data());
                double d = 0.0;
                for (int i = 0; i < HD; i++) d += (double)kr[(size_t)i] * qr[(size_t)i];
                s[p] = d * scale;
                mx = std::max(mx, s[p]);
            }
            for (uint32_t p = 0; p < N; p++) sum += (s[p] = std::exp(s[p] - mx));
            for (uint32_t p = 0; p < N; p++) {
                bool win = p + c.window >= N;
                kv.vp.read(0, p, h, win || c.vchan ? N : 0, vr.data());
                for (int i = 0; i < HD; i++) o[(size_t)i] += s[p] / sum * vr[(size_t)i];
            }
            std::vector<float> of(o.begin(), o.end()), ob((size_t)HD);
            kv.rot.apply(3, 0, h, of.data(), ob.data());
            for (int i = 0; i < HD; i++) CHECK(std::fabs(out[(size_t)i] - ob[(size_t)i]) < 2e-3f);
        }
        // The query heads of a KV head attend together as each would alone, bit for bit.
        std::vector<float> q3 = gauss((size_t)3 * HD, 43, 0.5f), o3((size_t)3 * HD), sc3((size_t)3 * 128), qt3((size_t)3 * HD);
        for (uint32_t p0 : {0u, 5u}) {
            kv.attend_from(0, 1, p0, N, q3.data(), 3, scale, o3.data(), sc3.data(), qt3.data());
            for (int h = 0; h < 3; h++) {
                kv.attend_from(0, 1, p0, N, q3.data() + (size_t)h * HD, 1, scale, out.data(), sc3.data(), qt3.data());
                CHECK(std::equal(out.begin(), out.end(), o3.begin() + (size_t)h * HD));
            }
        }
    }
}

TEST_CASE("kv rotation spreads key outlier channels: hadamard INT4 attention beats none") {
    using namespace kvtest;
    allocator al;
    const int HD = 64;
    const uint32_t N = 64;
    double err[2] = {0, 0};
    for (int r = 0; r < 2; r++) {
        kv_cache kv, ref;
        kv.rot.hd = ref.rot.hd = HD;
        kv.rot.n_head_kv = ref.rot.n_head_kv = 1;
        if (r) kv.rot.init_hadamard(HD);
        REQUIRE(kv.init(&al, 1, N, 1, HD, QLM_KV_INT4, QLM_KV_F16, 64, 0, 0, 8));
        REQUIRE(ref.init(&al, 1, N, 1, HD, QLM_KV_F16, QLM_KV_F16, 64, 0, 0, 8));
        for (uint32_t p = 0; p < N; p++) {
            std::vector<float> k = gauss(HD, 100 + p), v = gauss(HD, 300 + p);
            k[3] += 20.0f; // one outlier channel sets every per-token scale
            kv.store(0, p, k.data(), v.data());
            ref.store(0, p, k.data(), v.data());
        }
        std::vector<float> a(HD), b(HD), sc(N), qt(HD);
        for (uint32_t t = 0; t < 16; t++) {
            std::vector<float> q = gauss(HD, 900 + t, 0.3f);
            kv.attend(0, 0, N, q.data(), 0.125f, a.data(), sc.data(), qt.data());
            ref.attend(0, 0, N, q.data(), 0.125f, b.data(), sc.data(), qt.data());
            for (int i = 0; i < HD; i++) err[r] += (a[(size_t)i] - b[(size_t)i]) * (a[(size_t)i] - b[(size_t)i]);
        }
    }
    CHECK(err[1] < err[0] * 0.5);
}

TEST_CASE("kv calibrated transforms keep q.k and invert the value transform") {
    using namespace kvtest;
    const int n = 16;
    std::vector<float> a = gauss((size_t)n * n, 11), b = gauss((size_t)n * n, 12);
    std::vector<double> sk((size_t)n * n, 0.0), sq((size_t)n * n, 0.0);
    for (int i = 0; i < n; i++) // random positive definite second moments
        for (int j = 0; j < n; j++)
            for (int k = 0; k < n; k++) {
                sk[(size_t)i * n + j] += (double)a[(size_t)i * n + k] * a[(size_t)j * n + k];
                sq[(size_t)i * n + j] += (double)b[(size_t)i * n + k] * b[(size_t)j * n + k];
            }
    kv_rotation had;
    had.init_hadamard(n);
    std::vector<float> f, ft, fi;
    calib_transform(sk, sq, n, had, &f, &ft, &fi);
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double kq = 0.0, vi = 0.0; // (T^-T)^T T = I and T^-1 T = I
            for (int k = 0; k < n; k++) {
                kq += (double)ft[(size_t)k * n + i] * f[(size_t)k * n + j];
                vi += (double)fi[(size_t)i * n + k] * f[(size_t)k * n + j];
            }
            CHECK(std::fabs(kq - (i == j)) < 1e-3);
            CHECK(std::fabs(vi - (i == j)) < 1e-3);
        }
    // Queries and keys alike: the best transform is the plain Hadamard.
    calib_transform(sk, sk, n, had, &f, &ft, nullptr);
    std::vector<float> e((size_t)n), col((size_t)n);
    for (int j = 0; j < n; j++) {
        std::fill(e.begin(), e.end(), 0.0f);
        e[(size_t)j] = 1.0f;
        had.apply(0, 0, 0, e.data(), col.data());
        for (int i = 0; i < n; i++) CHECK(std::fabs(f[(size_t)i * n + j] - col[(size_t)i]) < 1e-3f);
    }
}

TEST_CASE("kv bad settings are refused with a clear error") {
    using namespace kvtest;
    qlm_model* m = model();
    REQUIRE(m);
    qlm_context* c = nullptr;
    qlm_error err{};
    qlm_context_params p = params(64, QLM_KV_INT4, QLM_KV_INT4, QLM_KV_ROT_NONE);
    p.kv_group = 48;
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    p = params(64, QLM_KV_INT4, QLM_KV_INT4, QLM_KV_ROT_CALIBRATED);
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_UNSUPPORTED);
    CHECK(err.msg_id == MSG_KV_CALIB_MISSING);
    p = params(64, (qlm_kv_type)7, QLM_KV_F16, QLM_KV_ROT_NONE);
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    p = params(64, QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_NONE);
    p.kv_k_channel = 48;
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    p = params(64, QLM_KV_F16, QLM_KV_INT2, QLM_KV_ROT_NONE);
    p.kv_k_channel = 32;
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    p = params(48, QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_NONE);
    p.kv_k_channel = 64; // more than the context
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    CHECK(std::string(err.text).find("kv_k_channel") != std::string::npos);
    CHECK(c == nullptr);
    p = params(64, QLM_KV_INT2, QLM_KV_F16, QLM_KV_ROT_NONE);
    p.kv_v_channel = 32; // F16 values
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    CHECK(std::string(err.text).find("kv_v_channel") != std::string::npos);
    p = params(64, QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_NONE);
    p.kv_v_channel = 96;
    CHECK(qlm_context_create(m, &p, &c, &err) == QLM_ERR_INVALID_ARG);
    CHECK(c == nullptr);
    // Per-channel keys drop at most the group not yet filled.
    p = params(64, QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_NONE);
    p.kv_k_channel = 32;
    REQUIRE(qlm_context_create(m, &p, &c, &err) == QLM_OK);
    const std::vector<qlm_token> toks = text_tokens(40);
    REQUIRE(qlm_decode(c, toks.data(), 40, nullptr) == QLM_OK);
    CHECK(qlm_context_truncate(c, 31, &err) == QLM_ERR_INVALID_ARG);
    CHECK(qlm_context_truncate(c, 32, &err) == QLM_OK);
    qlm_context_free(c);
    // Values per channel likewise; with both, the smaller group decides.
    p.kv_k_channel = 0;
    p.kv_v_channel = 32;
    REQUIRE(qlm_context_create(m, &p, &c, &err) == QLM_OK);
    REQUIRE(qlm_decode(c, toks.data(), 40, nullptr) == QLM_OK);
    CHECK(qlm_context_truncate(c, 31, &err) == QLM_ERR_INVALID_ARG);
    CHECK(std::string(err.text).find("kv_v_channel") != std::string::npos);
    CHECK(qlm_context_truncate(c, 32, &err) == QLM_OK);
    qlm_context_free(c);
    p.kv_k_channel = 64;
    REQUIRE(qlm_context_create(m, &p, &c, &err) == QLM_OK);
    REQUIRE(qlm_decode(c, toks.data(), 40, nullptr) == QLM_OK);
    CHECK(qlm_context_truncate(c, 31, &err) == QLM_ERR_INVALID_ARG);
    CHECK(qlm_context_truncate(c, 33, &err) == QLM_OK);
    qlm_context_free(c);
    qlm_kv_type t;
    CHECK(qlm_kv_type_parse("int2", &t) == QLM_OK);
    CHECK(t == QLM_KV_INT2);
    CHECK(qlm_kv_type_parse("q4_0", &t) == QLM_ERR_INVALID_ARG);
}

TEST_CASE("kv save and restore continue generation bit-exactly") {
    using namespace kvtest;
    qlm_model* m = model();
    REQUIRE(m);
    const std::vector<qlm_token> prompt = text_tokens(40);
    const int V = qlm_n_vocab(m);
    const char* path = "build/test_kv_state.bin";
    // Per-token keys with a window and sinks; per-channel keys, then keys and values, in
    // groups of 32 (the 40 tokens fill one group and stage 8; the continuation fills the second).
    for (int mode : {0, 1, 2}) {
    CAPTURE(mode);
    const uint32_t chan = mode ? 32 : 0;
    qlm_context_params p = params(96, QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, chan ? 0 : 16, 4);
    p.kv_k_channel = chan;
    p.kv_v_channel = mode == 2 ? 32 : 0;
    // Greedy continuation of n tokens, with every step's logits.
    auto run = [&](qlm_context* c, int n, std::vector<float>* logits) {
        std::vector<qlm_token> out;
        for (int i = 0; i < n; i++) {
            const float* lg = qlm_get_logits(c);
            logits->insert(logits->end(), lg, lg + V);
            qlm_token t = (qlm_token)(std::max_element(lg, lg + V) - lg);
            out.push_back(t);
            REQUIRE(qlm_decode(c, &t, 1, nullptr) == QLM_OK);
        }
        return out;
    };
    qlm_context *a = nullptr, *b = nullptr;
    REQUIRE(qlm_context_create(m, &p, &a, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(a, prompt.data(), prompt.size(), nullptr) == QLM_OK);
    qlm_error err{};
    REQUIRE(qlm_context_save(a, path, &err) == QLM_OK);
    std::vector<float> la, lb;
    std::vector<qlm_token> ta = run(a, 12, &la);

    p.n_batch = 8; // another batch size: the window's ring has another size
    REQUIRE(qlm_context_create(m, &p, &b, nullptr) == QLM_OK);
    REQUIRE(qlm_context_load(b, path, &err) == QLM_OK);
    CHECK(qlm_context_n_past(b) == prompt.size());
    CHECK(std::equal(prompt.begin(), prompt.end(), qlm_context_tokens(b)));
    std::vector<qlm_token> tb = run(b, 12, &lb);
    CHECK(ta == tb);
    CHECK(memcmp(la.data(), lb.data(), la.size() * sizeof(float)) == 0);
    qlm_context_free(b);

    // Other KV settings, and a truncated file: refused, the context untouched.
    p.kv_type_v = QLM_KV_INT4;
    REQUIRE(qlm_context_create(m, &p, &b, nullptr) == QLM_OK);
    CHECK(qlm_context_load(b, path, &err) == QLM_ERR_BAD_FILE);
    CHECK(err.msg_id == MSG_KV_STATE);
    CHECK(qlm_context_n_past(b) == 0);
    qlm_context_free(b);
    std::vector<uint8_t> bytes;
    REQUIRE(qlm_test::read_file(path, &bytes));
    // Writes the first n bytes back as the file, loads it into a: refused, a untouched.
    auto refused = [&](size_t n) {
        FILE* f = fopen(path, "wb");
        REQUIRE(f);
        fwrite(bytes.data(), 1, n, f);
        fclose(f);
        CHECK(qlm_context_load(a, path, &err) == QLM_ERR_BAD_FILE);
        CHECK(qlm_context_n_past(a) == prompt.size() + 12);
    };
    refused(bytes.size() - 100);
    // A file of an older state format (version 1 had no kv_v_channel) says so.
    const uint32_t v1 = 1;
    memcpy(bytes.data() + 8, &v1, 4);
    refused(bytes.size());
    CHECK(std::string(err.text).find("format 1") != std::string::npos);
    // Any other file is not taken for a state file.
    memcpy(bytes.data(), "GGUF\3\0\0\0", 8);
    refused(bytes.size());
    CHECK(std::string(err.text).find("not a quantlm state file") != std::string::npos);
    qlm_context_free(a);
    remove(path);
    }
}

TEST_CASE("kv per-channel keys and values survive a context shift") {
    using namespace kvtest;
    qlm_model* m = model();
    REQUIRE(m);
    const std::vector<qlm_token> toks = text_tokens(80);
    // Layer 0's keys and values depend on the tokens and positions only: after the same
    // shift, the per-channel cache must hold the F16 cache's to within its quantization step.
    qlm_context* c[2] = {nullptr, nullptr};
    for (int i = 0; i < 2; i++) {
        qlm_context_params p = params(64, i ? QLM_KV_INT4 : QLM_KV_F16, i ? QLM_KV_INT4 : QLM_KV_F16, QLM_KV_ROT_HADAMARD, 0, 2);
        p.kv_k_channel = i ? 32 : 0;
        p.kv_v_channel = i ? 32 : 0;
        p.ctx_full = QLM_CTX_FULL_SHIFT;
        p.n_keep = 5;
        REQUIRE(qlm_context_create(m, &p, &c[i], nullptr) == QLM_OK);
        for (int t = 0; t < 80; t += 10) REQUIRE(qlm_decode(c[i], toks.data() + t, 10, nullptr) == QLM_OK);
    }
    const uint32_t n = qlm_context_n_past(c[0]);
    REQUIRE(n == qlm_context_n_past(c[1]));
    REQUIRE(n < 80); // it shifted
    const int HD = 64, NKV = c[0]->kv.n_head_kv;
    for (int plane = 0; plane < 2; plane++) {
        double se = 0.0, ss = 0.0;
        for (uint32_t p = 0; p < n; p++)
            for (int h = 0; h < NKV; h++) {
                std::vector<float> a((size_t)HD), b((size_t)HD);
                (plane ? c[0]->kv.vp : c[0]->kv.kp).read(0, p, h, n, a.data());
                (plane ? c[1]->kv.vp : c[1]->kv.kp).read(0, p, h, n, b.data());
                for (int i = 0; i < HD; i++) {
                    se += (double)(a[(size_t)i] - b[(size_t)i]) * (a[(size_t)i] - b[(size_t)i]);
                    ss += (double)a[(size_t)i] * a[(size_t)i];
                }
            }
        MESSAGE("layer 0 " << std::string(plane ? "values" : "keys") << " after a shift, per-channel INT4 against F16: relative RMS error "
                           << std::sqrt(se / ss));
        CHECK(std::sqrt(se / ss) < 0.095); // INT4's per-token bound on Gaussian rows (above)
    }
    qlm_context_free(c[0]);
    qlm_context_free(c[1]);
}

TEST_CASE("kv per-channel keys and values: a decode cancelled after filling a group can be run again") {
    using namespace kvtest;
    qlm_model* m = model();
    REQUIRE(m);
    const std::vector<qlm_token> toks = text_tokens(40);
    // Cancelled at the third layer: layers 0 and 1 have already quantized positions 0-31
    // and moved 32-39 into their stage, so positions 0-19 must come back from the
    // quantized group. Reference: the same 40 tokens, never cancelled.
    struct stop {
        int calls = 0, at = -1;
        static int fn(void* u) {
            stop* s = (stop*)u;
            return s->calls++ == s->at;
        }
    } st;
    qlm_context* c[3] = {nullptr, nullptr, nullptr}; // cancelled, reference, F16 keys
    for (int i = 0; i < 3; i++) {
        qlm_context_params p =
            params(64, i == 2 ? QLM_KV_F16 : QLM_KV_INT2, i == 2 ? QLM_KV_F16 : QLM_KV_INT2, QLM_KV_ROT_HADAMARD);
        p.kv_k_channel = i == 2 ? 0 : 32;
        p.kv_v_channel = i == 2 ? 0 : 32;
        p.cancel = stop::fn;
        p.cancel_user = &st;
        REQUIRE(qlm_context_create(m, &p, &c[i], nullptr) == QLM_OK);
        REQUIRE(qlm_decode(c[i], toks.data(), 20, nullptr) == QLM_OK);
        if (i == 0) {
            st.calls = 0;
            st.at = 2;
            CHECK(qlm_decode(c[i], toks.data() + 20, 20, nullptr) == QLM_ERR_CANCELLED);
            CHECK(qlm_context_n_past(c[i]) == 20);
            st.at = -1;
        }
        REQUIRE(qlm_decode(c[i], toks.data() + 20, 20, nullptr) == QLM_OK);
    }
    // Layer 0's keys and values (they depend on the tokens only) of the group both filled:
    // the re-run quantizes positions 0-19 a second time, which must move them by less than
    // INT2 itself moves them away from F16 (a wrong row would move them by more).
    const int HD = 64, NKV = c[0]->kv.n_head_kv;
    auto rel = [&](qlm_context* x, qlm_context* y, int plane) {
        double se = 0.0, ss = 0.0;
        for (uint32_t p = 0; p < 32; p++)
            for (int h = 0; h < NKV; h++) {
                std::vector<float> a((size_t)HD), b((size_t)HD);
                (plane ? x->kv.vp : x->kv.kp).read(0, p, h, 40, a.data());
                (plane ? y->kv.vp : y->kv.kp).read(0, p, h, 40, b.data());
                for (int i = 0; i < HD; i++) {
                    se += (double)(a[(size_t)i] - b[(size_t)i]) * (a[(size_t)i] - b[(size_t)i]);
                    ss += (double)b[(size_t)i] * b[(size_t)i];
                }
            }
        return std::sqrt(se / ss);
    };
    for (int plane = 0; plane < 2; plane++) {
        const double rerun = rel(c[0], c[1], plane), int2 = rel(c[1], c[2], plane);
        MESSAGE("layer 0 " << std::string(plane ? "values" : "keys") << ", relative RMS: cancelled and run again against never cancelled "
                           << rerun << ", INT2 against F16 " << int2);
        CHECK(rerun < int2);
    }
    for (qlm_context* x : c) qlm_context_free(x);
}

TEST_CASE("kv fewer bits cost accuracy in order on real text; hadamard and per-channel keys rescue INT2") {
    using namespace kvtest;
    qlm_model* m = model();
    REQUIRE(m);
    const std::vector<qlm_token> toks = text_tokens(200);
    const int V = qlm_n_vocab(m);
    // Log-probabilities after each of 8 prefixes (136, 144, ... 192 tokens).
    auto logprobs = [&](qlm_kv_type t, qlm_kv_rot rot, uint32_t k_channel = 0) {
        qlm_context_params p = params(256, t, t, rot);
        p.n_batch = 64;
        p.kv_k_channel = k_channel;
        qlm_context* c = nullptr;
        REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
        std::vector<double> lp;
        REQUIRE(qlm_decode(c, toks.data(), 128, nullptr) == QLM_OK);
        for (int s = 0; s < 8; s++) {
            REQUIRE(qlm_decode(c, toks.data() + 128 + 8 * s, 8, nullptr) == QLM_OK);
            const float* lg = qlm_get_logits(c);
            double mx = *std::max_element(lg, lg + V), se = 0.0;
            for (int j = 0; j < V; j++) se += std::exp(lg[j] - mx);
            for (int j = 0; j < V; j++) lp.push_back(lg[j] - mx - std::log(se));
        }
        qlm_context_free(c);
        return lp;
    };
    auto kld = [&](const std::vector<double>& r, const std::vector<double>& x) {
        double s = 0.0;
        for (size_t i = 0; i < r.size(); i++) s += std::exp(r[i]) * (r[i] - x[i]);
        return s / 8;
    };
    std::vector<double> ref = logprobs(QLM_KV_F16, QLM_KV_ROT_NONE);
    double k8 = kld(ref, logprobs(QLM_KV_INT8, QLM_KV_ROT_HADAMARD));
    double k4 = kld(ref, logprobs(QLM_KV_INT4, QLM_KV_ROT_HADAMARD));
    double k2 = kld(ref, logprobs(QLM_KV_INT2, QLM_KV_ROT_HADAMARD));
    double k2n = kld(ref, logprobs(QLM_KV_INT2, QLM_KV_ROT_NONE));
    double k2c = kld(ref, logprobs(QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 32));
    MESSAGE("KLD vs F16 KV: int8 " << k8 << ", int4 " << k4 << ", int2 " << k2 << ", int2 unrotated " << k2n
                                   << ", int2 with keys per channel (groups of 32) " << k2c);
    CHECK(k8 < k4);
    CHECK(k4 < k2);
    CHECK(k2 < k2n);
    CHECK(k2c < k2); // docs/KV.md: per-channel keys are INT2's largest gain
}
