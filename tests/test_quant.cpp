// Tests for src/quant.h and src/quant_avx2.h: the tensor types, their reference kernels
// and the AVX2 kernels that must match them.
#include <doctest/doctest.h>
#include "quant_avx2.h"

#include <cstdint>
#include <random>
#include <vector>

namespace {
using namespace qlm_detail;

const uint32_t kWeightTypes[] = {QT_F32, QT_F16, QT_BF16, QT_Q4_0, QT_Q4_1, QT_Q5_0, QT_Q5_1,
                                 QT_Q8_0, QT_Q2_K, QT_Q3_K, QT_Q4_K, QT_Q5_K, QT_Q6_K};
// 800 = 25 blocks of 32: an odd count, for the kernels' one-block tail
const int64_t kRowLengths[] = {256, 576, 800, 1536, 4096};

// Gaussian test data from a fixed seed (Box-Muller on mt19937, portable across libraries).
std::vector<float> gaussian(size_t n, uint32_t seed, float scale = 1.0f) {
    std::mt19937 rng(seed);
    std::vector<float> v(n);
    const double two_pi = 6.283185307179586;
    for (size_t i = 0; i < n; i++) {
        const double u1 = ((rng() >> 8) + 1.0) / 16777217.0, u2 = (rng() >> 8) / 16777216.0;
        v[i] = (float)(scale * std::sqrt(-2.0 * std::log(u1)) * std::cos(two_pi * u2));
    }
    return v;
}

std::vector<uint8_t> quantize(uint32_t type, const std::vector<float>& x) {
    std::vector<uint8_t> q(row_bytes(type, (int64_t)x.size()));
    type_info(type)->quantize_ref(x.data(), q.data(), (int64_t)x.size());
    return q;
}

std::vector<float> dequantize(uint32_t type, const std::vector<uint8_t>& q, int64_t n) {
    std::vector<float> y((size_t)n);
    type_info(type)->to_float(q.data(), y.data(), n);
    return y;
}

// Overwrites the quant bytes (not the scales) of every block with random bytes, so the
// kernels see every quant value while the scales stay realistic.
void randomize_quants(uint32_t type, std::vector<uint8_t>& q, uint32_t seed) {
    size_t off = 0, len = 0; // the quant bytes inside one block
    switch (type) {
    case QT_Q4_0: off = 2, len = 16; break;
    case QT_Q4_1: off = 4, len = 16; break;
    case QT_Q5_0: off = 2, len = 20; break;
    case QT_Q5_1: off = 4, len = 20; break;
    case QT_Q8_0: off = 2, len = 32; break;
    case QT_Q2_K: off = 16, len = 64; break;
    case QT_Q3_K: off = 0, len = 96; break;
    case QT_Q4_K: off = 16, len = 128; break;
    case QT_Q5_K: off = 16, len = 160; break;
    case QT_Q6_K: off = 0, len = 192; break;
    default: return; // float types: the data is already arbitrary
    }
    std::mt19937 rng(seed);
    const size_t bb = type_info(type)->block_bytes;
    for (size_t b = 0; b + bb <= q.size(); b += bb)
        for (size_t i = 0; i < len; i++) q[b + off + i] = (uint8_t)(rng() >> 24);
}

bool block_fits(uint32_t type, int64_t n) { return n % type_info(type)->block == 0; }

// A quantized weight row and its activations, ready for vec_dot.
struct dot_case {
    std::vector<uint8_t> w, act;
    std::vector<float> wf, af; // dequantized
    double l1 = 0;            // sum |w_i * a_i|: the scale of the summation error
};
dot_case make_case(uint32_t type, int64_t n, uint32_t seed) {
    dot_case c;
    const type_traits* t = type_info(type);
    c.w = quantize(type, gaussian((size_t)n, seed, 0.05f));
    randomize_quants(type, c.w, seed + 1);
    c.act = quantize(t->act_type, gaussian((size_t)n, seed + 2, 3.0f));
    c.wf = dequantize(type, c.w, n);
    c.af = dequantize(t->act_type, c.act, n);
    for (int64_t i = 0; i < n; i++) c.l1 += std::fabs((double)c.wf[(size_t)i] * c.af[(size_t)i]);
    return c;
}

// The exact value the reference computes, in double: the dot of the dequantized rows, except
// that Q8_1's block sum enters as stored (s is fp16(d*sum(q)), the format's intended use).
double expected_dot(uint32_t type, const dot_case& c, int64_t n) {
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)c.wf[(size_t)i] * c.af[(size_t)i];
    if (type_info(type)->act_type == QT_Q8_1) {
        const size_t bb = type_info(type)->block_bytes;
        const block_q8_1* a = reinterpret_cast<const block_q8_1*>(c.act.data());
        for (int64_t b = 0; b < n / 32; b++) {
            uint16_t m16; // Q4_1 and Q5_1 both start with fp16 d, fp16 m
            memcpy(&m16, c.w.data() + (size_t)b * bb + 2, 2);
            int qsum = 0;
            for (int j = 0; j < 32; j++) qsum += a[b].qs[j];
            s += (double)fp16_to_fp32(m16) * ((double)fp16_to_fp32(a[b].s) - (double)fp16_to_fp32(a[b].d) * qsum);
        }
    }
    return s;
}

double rel_rmse(const std::vector<float>& x, const std::vector<float>& y) {
    double e = 0, r = 0;
    for (size_t i = 0; i < x.size(); i++) {
        e += ((double)x[i] - y[i]) * ((double)x[i] - y[i]);
        r += (double)x[i] * x[i];
    }
    return std::sqrt(e / r);
}

} // namespace

TEST_CASE("quant type table matches the GGUF block layouts") {
    CHECK(row_bytes(QT_Q4_0, 64) == 36);
    CHECK(row_bytes(QT_Q4_1, 576) == 18 * 20);
    CHECK(row_bytes(QT_Q4_K, 512) == 288);
    CHECK(row_bytes(QT_Q6_K, 256) == 210);
    CHECK(row_bytes(QT_F16, 3) == 6);
    CHECK(row_bytes(QT_Q4_K, 576) == 0); // not a multiple of the block
    CHECK(row_bytes(4, 32) == 0);        // removed ggml type
    CHECK(type_info(QT_COUNT) == nullptr);
    for (uint32_t t : kWeightTypes) {
        const type_traits* ti = type_info(t);
        REQUIRE(ti);
        CHECK((ti->to_float != nullptr));
        CHECK((ti->vec_dot_ref != nullptr));
        CHECK((ti->quantize_ref != nullptr));
        CHECK((type_info(ti->act_type)->quantize_ref != nullptr));
        CHECK((kernels_scalar().quantize_act[ti->act_type] != nullptr));
        CHECK((kernels().vec_dot[t] != nullptr));
    }
}

TEST_CASE("quant fp16 conversion round trips all 65536 values") {
    int bad = 0;
    for (uint32_t h = 0; h < 65536; h++) {
        const float f = fp16_to_fp32((uint16_t)h);
        const uint16_t back = fp32_to_fp16(f);
        if (std::isnan(f)) bad += !(std::isnan(fp16_to_fp32(back)) && (back & 0x8000) == (h & 0x8000));
        else bad += back != h;
    }
    CHECK(bad == 0);
    // round to nearest even between neighbours; overflow and underflow
    CHECK(fp32_to_fp16(1.0f + 1.0f / 2048) == 0x3c00);        // halfway, to even (down)
    CHECK(fp32_to_fp16(1.0f + 3.0f / 2048) == 0x3c02);        // halfway, to even (up)
    CHECK(fp32_to_fp16(1.0f + 1.0f / 2048 + 1e-7f) == 0x3c01); // just above halfway
    CHECK(fp32_to_fp16(65520.0f) == 0x7c00);                   // rounds to infinity
    CHECK(fp32_to_fp16(65519.0f) == 0x7bff);
    CHECK(fp32_to_fp16(std::ldexp(1.0f, -25)) == 0x0000);      // half the smallest subnormal
    CHECK(fp32_to_fp16(std::ldexp(1.5f, -25)) == 0x0001);
    CHECK(fp32_to_fp16(-std::ldexp(1.0f, -24)) == 0x8001);
}

TEST_CASE("quant bf16 conversion round trips all 65536 values and rounds to nearest even") {
    int bad = 0;
    for (uint32_t h = 0; h < 65536; h++) {
        const float f = bf16_to_fp32((uint16_t)h);
        const uint16_t back = fp32_to_bf16(f);
        if (std::isnan(f)) bad += !std::isnan(bf16_to_fp32(back));
        else bad += back != h;
    }
    CHECK(bad == 0);
    CHECK(fp32_to_bf16(1.0f + 1.0f / 256) == 0x3f80);  // halfway, to even (down)
    CHECK(fp32_to_bf16(1.0f + 3.0f / 256) == 0x3f82);  // halfway, to even (up)
    CHECK(fp32_to_bf16(1.0f + 1.0f / 256 + 1e-6f) == 0x3f81);
}

TEST_CASE("quant vec_dot_ref equals the double-precision dot of the dequantized rows") {
    for (uint32_t t : kWeightTypes) {
        for (int64_t n : kRowLengths) {
            if (!block_fits(t, n)) continue;
            const std::string type_name = type_info(t)->name;
            CAPTURE(type_name);
            CAPTURE(n);
            const dot_case c = make_case(t, n, 1000 + t * 7 + (uint32_t)n);
            const double want = expected_dot(t, c, n);
            const float got = type_info(t)->vec_dot_ref(n, c.w.data(), c.act.data());
            CHECK(std::fabs(got - want) <= 4e-7 * c.l1); // measured: under 3e-8
        }
    }
}

TEST_CASE("quant float types accept row lengths that are not a multiple of 32") {
    for (uint32_t t : {QT_F32, QT_F16, QT_BF16}) {
        const int64_t n = 77;
        const std::string type_name = type_info(t)->name;
        CAPTURE(type_name);
        const dot_case c = make_case(t, n, 5);
        const float ref = type_info(t)->vec_dot_ref(n, c.w.data(), c.act.data());
        CHECK(std::fabs(ref - expected_dot(t, c, n)) <= 1e-6 * c.l1);
        CHECK(std::fabs(kernels().vec_dot[t](n, c.w.data(), c.act.data()) - ref) <= 1e-6 * c.l1);
    }
}

TEST_CASE("quant AVX2 vec_dot equals the scalar reference for every type") {
    const kernel_table* k = kernels_avx2();
    if (!k) {
        MESSAGE("no AVX2 on this CPU (or QLM_NO_SIMD): skipped");
        return;
    }
    CHECK(&kernels() == k);
    for (uint32_t t : kWeightTypes) {
        CHECK((k->vec_dot[t] != type_info(t)->vec_dot_ref)); // every weight type has a kernel
        for (int64_t n : kRowLengths) {
            if (!block_fits(t, n)) continue;
            const std::string type_name = type_info(t)->name;
            CAPTURE(type_name);
            CAPTURE(n);
            for (uint32_t rep = 0; rep < 3; rep++) {
                const dot_case c = make_case(t, n, 2000 + t * 13 + (uint32_t)n + rep);
                const float ref = type_info(t)->vec_dot_ref(n, c.w.data(), c.act.data());
                const float got = k->vec_dot[t](n, c.w.data(), c.act.data());
                CHECK(std::fabs(got - ref) <= 1e-6 * c.l1); // measured: under 3e-8
            }
        }
    }
}

// The forward pass multiplies prefill batches in tiles and decodes row by row; logits must
// not depend on the tile an element fell into (nor on the thread that computed it).
TEST_CASE("quant mat_dot tiles equal vec_dot bit for bit, whatever the tile shape") {
    const kernel_table& k = kernels();
    int tested = 0;
    for (uint32_t t : kWeightTypes) {
        if (!k.mat_dot[t]) continue;
        tested++;
        const std::string type_name = type_info(t)->name;
        CAPTURE(type_name);
        for (int64_t n : {(int64_t)32, (int64_t)96, (int64_t)576}) { // 1 and 3 blocks: the odd-block tail
            CAPTURE(n);
            const size_t xs = row_bytes(t, n), as = row_bytes(type_info(t)->act_type, n);
            std::vector<uint8_t> w, a;
            for (uint32_t r = 0; r < 5; r++) {
                const dot_case c = make_case(t, n, 500 + r);
                w.insert(w.end(), c.w.begin(), c.w.end());
                a.insert(a.end(), c.act.begin(), c.act.end());
            }
            for (int nr = 1; nr <= 5; nr++)
                for (int nt = 1; nt <= 5; nt++) {
                    float out[5 * 8];
                    k.mat_dot[t](n, w.data(), xs, nr, a.data(), as, nt, out, 8);
                    int mismatches = 0;
                    for (int i = 0; i < nt; i++)
                        for (int r = 0; r < nr; r++)
                            mismatches += out[i * 8 + r] != k.vec_dot[t](n, w.data() + (size_t)r * xs, a.data() + (size_t)i * as);
                    CHECK(mismatches == 0);
                }
        }
    }
    if (!tested) MESSAGE("no tiled kernels in this build (scalar): nothing to compare");
}

TEST_CASE("quant AVX2 activation quantizers write the same bytes as the reference") {
    const kernel_table* k = kernels_avx2();
    if (!k) {
        MESSAGE("no AVX2 on this CPU (or QLM_NO_SIMD): skipped");
        return;
    }
    for (uint32_t t : {QT_Q8_0, QT_Q8_1, QT_Q8_K}) {
        const std::string type_name = type_info(t)->name;
        CAPTURE(type_name);
        CHECK((k->quantize_act[t] != type_info(t)->quantize_ref));
        for (int64_t n : kRowLengths) {
            if (!block_fits(t, n)) continue;
            CAPTURE(n);
            std::vector<float> x = gaussian((size_t)n, 77 + (uint32_t)n, 2.0f);
            // edge cases: an all-zero block, exact .5 ties after scaling, equal magnitudes
            for (int i = 0; i < 256; i++) x[(size_t)i] = 0;
            if (n >= 512) { // amax = 127 gives d = 1 (Q8_0/Q8_1) or iscale = -1 (Q8_K): exact .5 ties
                x[256] = 127.0f;
                for (int i = 1; i < 32; i++) x[(size_t)(256 + i)] = (float)(i - 16) + 0.5f;
            }
            if (n >= 768) x[600] = -50.0f, x[700] = 50.0f; // same |x|: the first decides Q8_K's sign
            std::vector<uint8_t> want(row_bytes(t, n), 0xAA), got(row_bytes(t, n), 0x55);
            type_info(t)->quantize_ref(x.data(), want.data(), n);
            k->quantize_act[t](x.data(), got.data(), n);
            CHECK(want == got);
        }
    }
}

TEST_CASE("quant Q8_0 and Q8_1 activations round like ggml: d = amax/127, q = roundf(x * (1/d))") {
    float x[32];
    for (int i = 0; i < 32; i++) x[i] = 0;
    x[0] = 127.0f; // d = 1: values round half away from zero
    x[1] = 2.5f, x[2] = -2.5f, x[3] = 0.5f, x[4] = -1.5f, x[5] = 0.49999997f;
    block_q8_0 y0;
    quantize_q8_0_ref(x, &y0, 32);
    CHECK(fp16_to_fp32(y0.d) == 1.0f);
    CHECK(y0.qs[0] == 127);
    CHECK(y0.qs[1] == 3);
    CHECK(y0.qs[2] == -3);
    CHECK(y0.qs[3] == 1);
    CHECK(y0.qs[4] == -2);
    CHECK(y0.qs[5] == 0);
    block_q8_1 y1;
    quantize_q8_1_ref(x, &y1, 32);
    CHECK(memcmp(y1.qs, y0.qs, 32) == 0);
    CHECK(fp16_to_fp32(y1.s) == 127 + 3 - 3 + 1 - 2);
}

TEST_CASE("quant Q8_K takes its scale from the signed element of largest magnitude") {
    // iscale = -127/max, q = min(127, nearest-even(iscale*x)), d = 1/iscale
    std::vector<float> x(256, 0.0f);
    x[10] = -127.0f, x[11] = 127.0f, x[12] = 2.5f, x[13] = 3.5f, x[14] = -2.5f;
    block_q8_K y;
    quantize_q8_K_ref(x.data(), &y, 256);
    CHECK(y.d == 1.0f); // max = -127 (the first of equal magnitudes), iscale = 1
    CHECK(y.qs[10] == -127);
    CHECK(y.qs[11] == 127);
    CHECK(y.qs[12] == 2); // ties go to even
    CHECK(y.qs[13] == 4);
    CHECK(y.qs[14] == -2);
    CHECK(y.bsums[0] == -127 + 127 + 2 + 4 - 2);
    CHECK(y.bsums[1] == 0);
    x[10] = 127.0f, x[11] = -127.0f; // now max = +127: iscale = -1, d = -1
    quantize_q8_K_ref(x.data(), &y, 256);
    CHECK(y.d == -1.0f);
    CHECK(y.qs[10] == -127);
    CHECK(y.qs[11] == 127);
    CHECK(y.qs[12] == -2);
}

TEST_CASE("quant quantize_ref round trip error stays within per-type budgets") {
    struct budget {
        uint32_t type;
        double max_rel_rmse;
    };
    // Relative RMSE on unit Gaussian data, n = 4096, measured with these quantizers:
    // F16 2.1e-4, BF16 1.7e-3, Q8_0 5.5e-3, Q8_1 5.3e-3, Q8_K 7.1e-3, Q4_0 0.088,
    // Q4_1 0.080, Q5_0 0.043, Q5_1 0.038, Q2_K 0.33, Q3_K 0.157, Q4_K 0.078, Q5_K 0.038,
    // Q6_K 0.019. The budgets leave about 30% headroom.
    const budget budgets[] = {
        {QT_F32, 0.0},    {QT_F16, 0.0003}, {QT_BF16, 0.0025}, {QT_Q8_0, 0.008}, {QT_Q8_1, 0.008},
        {QT_Q8_K, 0.01},  {QT_Q4_0, 0.115}, {QT_Q4_1, 0.105},  {QT_Q5_0, 0.056}, {QT_Q5_1, 0.05},
        {QT_Q2_K, 0.43},  {QT_Q3_K, 0.2},   {QT_Q4_K, 0.1},    {QT_Q5_K, 0.05},  {QT_Q6_K, 0.025},
    };
    for (const budget& b : budgets) {
        const std::string type_name = type_info(b.type)->name;
        CAPTURE(type_name);
        const int64_t n = 4096;
        const std::vector<float> x = gaussian((size_t)n, 42 + b.type);
        const double e = rel_rmse(x, dequantize(b.type, quantize(b.type, x), n));
        CAPTURE(e);
        CHECK(e <= b.max_rel_rmse);
    }
}

TEST_CASE("quant kernels() uses AVX2 exactly when the CPU has AVX2 and FMA, AVX-512 VNNI when it has that too, NEON when built with dotprod") {
    const char* isa = kernels().isa;
#if defined(QLM_HAS_AVX2)
    const char* want = !(cpu().avx2 && cpu().fma) ? "scalar" : cpu().avx512vnni ? "avx2+avx512vnni" : "avx2";
    CHECK(std::string(isa) == want);
    CHECK((kernels().pk_gemm != nullptr) == (cpu().avx2 && cpu().fma));
#elif defined(QLM_HAS_NEON)
    CHECK(std::string(isa) == "neon+dotprod");
    CHECK((kernels().pk_gemm != nullptr)); // the model packs its weights
#else
    CHECK(std::string(isa) == "scalar");
#endif
    CHECK(std::string(kernels_scalar().isa) == "scalar");
}
