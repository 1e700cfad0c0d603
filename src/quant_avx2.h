// ==== [qlm:cpu-avx2] AVX2/FMA kernels for the tensor types, and the kernel dispatch ========
// Every function here equals its scalar reference in quant.h: the integer parts of the dot
// products are identical, only the order of the float sums differs; the activation
// quantizers write identical bytes. They are compiled with a function-level target
// attribute, so one binary runs anywhere and kernels() picks them when the CPU has AVX2
// and FMA.
//
// Integer dots use maddubs (u8 x s8 -> pairs summed to s16; no saturation is possible
// with our ranges: |u| <= 128, |s| <= 127) then madd (s16 x s16 -> pairs summed to s32).
// Signed x signed products use the sign trick: |x| * (y with the sign of x).
#ifndef QLM_QUANT_AVX2_H
#define QLM_QUANT_AVX2_H
#include "quant.h"

namespace qlm_detail {

#if defined(QLM_HAS_AVX2)

// ---- helpers ------------------------------------------------------------------------------
QLMI_TARGET_AVX2 inline float avx2_hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
QLMI_TARGET_AVX2 inline float avx2_h16(uint16_t h) { return _cvtsh_ss(h); }
QLMI_TARGET_AVX2 inline __m256i avx2_load(const void* p) {
    return _mm256_loadu_si256(static_cast<const __m256i*>(p));
}
// 16 bytes of nibbles -> 32 bytes: low nibbles (weights 0..15), then high (16..31).
QLMI_TARGET_AVX2 inline __m256i avx2_nibbles(const uint8_t* qs) {
    const __m128i t = _mm_loadu_si128(reinterpret_cast<const __m128i*>(qs));
    return _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(t, 4), t), _mm256_set1_epi8(0x0F));
}
// 32 bits -> 32 bytes, byte j = 0xFF if bit j is set.
QLMI_TARGET_AVX2 inline __m256i avx2_bits_to_bytes(const uint8_t* p) {
    uint32_t x;
    memcpy(&x, p, 4);
    const __m256i shuf = _mm256_setr_epi64x(0x0000000000000000, 0x0101010101010101, 0x0202020202020202,
                                            0x0303030303030303);
    const __m256i bit = _mm256_set1_epi64x((long long)0x8040201008040201ull);
    __m256i v = _mm256_shuffle_epi8(_mm256_set1_epi32((int)x), shuf);
    return _mm256_cmpeq_epi8(_mm256_and_si256(v, bit), bit);
}
// sum over pairs of 8 u8*s8 products -> 8 x s32
QLMI_TARGET_AVX2 inline __m256i avx2_dot_us(__m256i u, __m256i s) {
    return _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_dot_ss(__m256i x, __m256i y) {
    return avx2_dot_us(_mm256_sign_epi8(x, x), _mm256_sign_epi8(y, x));
}

// ---- float weights x F32 activations ------------------------------------------------------
QLMI_TARGET_AVX2 inline float vec_dot_f32_avx2(int64_t n, const void* vx, const void* va) {
    const float* x = static_cast<const float*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += x[i] * a[i];
    return sum;
}
QLMI_TARGET_AVX2 inline __m256 avx2_load_f16(const uint16_t* p) {
    return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}
QLMI_TARGET_AVX2 inline float vec_dot_f16_avx2(int64_t n, const void* vx, const void* va) {
    const uint16_t* x = static_cast<const uint16_t*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(avx2_load_f16(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(avx2_load_f16(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(avx2_load_f16(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(avx2_load_f16(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += _cvtsh_ss(x[i]) * a[i];
    return sum;
}
QLMI_TARGET_AVX2 inline __m256 avx2_load_bf16(const uint16_t* p) {
    const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    return _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
}
QLMI_TARGET_AVX2 inline float vec_dot_bf16_avx2(int64_t n, const void* vx, const void* va) {
    const uint16_t* x = static_cast<const uint16_t*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(avx2_load_bf16(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += bf16_to_fp32(x[i]) * a[i];
    return sum;
}

// ---- 32-weight blocks x Q8_0 / Q8_1 --------------------------------------------------------
// Two blocks per iteration into two accumulators (independent dependency chains).
// The per-block integer dots (8 partial int32 sums) of Q4_0, Q5_0 and Q8_0 with Q8_0.
// Offsets go through maddubs(offset, a) instead of a signed multiply: (q-8)*a = q*a - 8*a.
QLMI_TARGET_AVX2 inline __m256i avx2_q4_0_dot(const block_q4_0& b, __m256i a) {
    const __m256i p = _mm256_sub_epi16(_mm256_maddubs_epi16(avx2_nibbles(b.qs), a),
                                       _mm256_maddubs_epi16(_mm256_set1_epi8(8), a));
    return _mm256_madd_epi16(p, _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q5_0_dot(const block_q5_0& b, __m256i a) {
    const __m256i hi = _mm256_and_si256(avx2_bits_to_bytes(b.qh), _mm256_set1_epi8(0x10));
    const __m256i q = _mm256_or_si256(avx2_nibbles(b.qs), hi);
    const __m256i p = _mm256_sub_epi16(_mm256_maddubs_epi16(q, a), _mm256_maddubs_epi16(_mm256_set1_epi8(16), a));
    return _mm256_madd_epi16(p, _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q8_0_dot(const block_q8_0& b, __m256i a) {
    return avx2_dot_ss(avx2_load(b.qs), a);
}

template <typename B, __m256i (*Dot)(const B&, __m256i)>
QLMI_TARGET_AVX2 inline float avx2_dot_sym_q8_0(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const int64_t nb = n / 32;
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t b = 0;
    for (; b + 2 <= nb; b += 2) {
        // the four fp16 scales in one conversion: (d_w0, d_w1, d_a0, d_a1)
        const uint64_t h = (uint64_t)x[b].d | (uint64_t)x[b + 1].d << 16 | (uint64_t)a[b].d << 32 |
                           (uint64_t)a[b + 1].d << 48;
        const __m128 f = _mm_cvtph_ps(_mm_cvtsi64_si128((long long)h));
        const __m128 dd = _mm_mul_ps(f, _mm_movehl_ps(f, f)); // (d_w0*d_a0, d_w1*d_a1)
        const __m256 d0 = _mm256_broadcastss_ps(dd);
        const __m256 d1 = _mm256_broadcastss_ps(_mm_movehdup_ps(dd));
        const __m256i p0 = Dot(x[b], avx2_load(a[b].qs));
        const __m256i p1 = Dot(x[b + 1], avx2_load(a[b + 1].qs));
        acc0 = _mm256_fmadd_ps(d0, _mm256_cvtepi32_ps(p0), acc0);
        acc1 = _mm256_fmadd_ps(d1, _mm256_cvtepi32_ps(p1), acc1);
    }
    for (; b < nb; b++) {
        const __m256 d0 = _mm256_set1_ps(avx2_h16(x[b].d) * avx2_h16(a[b].d));
        acc0 = _mm256_fmadd_ps(d0, _mm256_cvtepi32_ps(Dot(x[b], avx2_load(a[b].qs))), acc0);
    }
    return avx2_hsum(_mm256_add_ps(acc0, acc1));
}
QLMI_TARGET_AVX2 inline float vec_dot_q5_0_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_sym_q8_0<block_q5_0, avx2_q5_0_dot>(n, x, a);
}

// Q4_1/Q5_1 x Q8_1: the (d, m) and (d, s) fp16 pairs are adjacent 4-byte fields, so two
// cvtph and one multiply give (d_w*d_a, m_w*s_a) for two blocks; d_w*d_a scales the integer
// dot, m_w*s_a is summed in accm (odd lanes).
QLMI_TARGET_AVX2 inline __m128 avx2_dm_product(const void* w, const void* act) {
    uint32_t u, v;
    memcpy(&u, w, 4);
    memcpy(&v, act, 4);
    return _mm_mul_ps(_mm_cvtph_ps(_mm_cvtsi32_si128((int)u)), _mm_cvtph_ps(_mm_cvtsi32_si128((int)v)));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q5_1_quants(const block_q5_1& b) {
    const __m256i hi = _mm256_and_si256(avx2_bits_to_bytes(b.qh), _mm256_set1_epi8(0x10));
    return _mm256_or_si256(avx2_nibbles(b.qs), hi);
}
template <typename B, __m256i (*Quants)(const B&)>
QLMI_TARGET_AVX2 inline float avx2_dot_asym_q8_1(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    const int64_t nb = n / 32;
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    __m128 accm = _mm_setzero_ps();
    int64_t b = 0;
    for (; b + 2 <= nb; b += 2) {
        // (d_w0, m_w0, d_w1, m_w1) * (d_a0, s_a0, d_a1, s_a1) in one conversion each
        uint32_t w0, w1, a0, a1;
        memcpy(&w0, &x[b], 4);
        memcpy(&w1, &x[b + 1], 4);
        memcpy(&a0, &a[b], 4);
        memcpy(&a1, &a[b + 1], 4);
        const __m128 dm = _mm_mul_ps(_mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)w0 | (uint64_t)w1 << 32))),
                                     _mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)a0 | (uint64_t)a1 << 32))));
        const __m256i p0 = avx2_dot_us(Quants(x[b]), avx2_load(a[b].qs));
        const __m256i p1 = avx2_dot_us(Quants(x[b + 1]), avx2_load(a[b + 1].qs));
        acc0 = _mm256_fmadd_ps(_mm256_broadcastss_ps(dm), _mm256_cvtepi32_ps(p0), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_broadcastss_ps(_mm_movehl_ps(dm, dm)), _mm256_cvtepi32_ps(p1), acc1);
        accm = _mm_add_ps(accm, dm); // lanes 1 and 3: m_w*s_a
    }
    for (; b < nb; b++) {
        const __m128 dm0 = avx2_dm_product(&x[b], &a[b]);
        const __m256i p0 = avx2_dot_us(Quants(x[b]), avx2_load(a[b].qs));
        acc0 = _mm256_fmadd_ps(_mm256_broadcastss_ps(dm0), _mm256_cvtepi32_ps(p0), acc0);
        accm = _mm_add_ps(accm, dm0); // (d_w*d_a, m_w*s_a, 0, 0)
    }
    accm = _mm_add_ps(accm, _mm_movehl_ps(accm, accm));
    return avx2_hsum(_mm256_add_ps(acc0, acc1)) + _mm_cvtss_f32(_mm_movehdup_ps(accm));
}
// ---- tiles: R weight rows x T activation rows at once ----------------------------------
// Prefill multiplies each weight row by many activation rows: a 2x2 tile reuses each
// unpacked weight vector for two tokens and each activation vector for two rows. Every (row, token) pair goes through exactly the
// same operations in every tile shape, so a result never depends on how rows were split
// between threads or tokens between batches (vec_dot is the 1x1 tile).
//
// Q4_0 and Q4_1 do two blocks per vector: lane 0 holds block b, lane 1 block b+1. The low
// nibbles (weights 0..15) meet activations 0..15 of each block, the high nibbles 16..31,
// so one madd, one convert and one fma serve both blocks.
QLMI_TARGET_AVX2 inline __m256i avx2_load2(const void* lo, const void* hi) {
    return _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128(static_cast<const __m128i*>(lo))),
                                   _mm_loadu_si128(static_cast<const __m128i*>(hi)), 1);
}
// Two adjacent 4-byte fp16 pairs (d, m) / (d, s) of blocks b and b+1 as 4 floats.
QLMI_TARGET_AVX2 inline __m128 avx2_f16x4(const void* p0, const void* p1) {
    uint32_t u0, u1;
    memcpy(&u0, p0, 4);
    memcpy(&u1, p1, 4);
    return _mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)u0 | (uint64_t)u1 << 32)));
}
QLMI_TARGET_AVX2 inline __m128 avx2_f16x2(uint16_t h0, uint16_t h1) {
    return _mm_cvtph_ps(_mm_cvtsi32_si128((int)((uint32_t)h0 | (uint32_t)h1 << 16)));
}

// Software prefetch a fixed distance ahead along the weight stream. Measured on the 2-core
// AVX2 machine (docs/PERF.md): a Q4_1 576-wide matrix read from DRAM by one core went
// from about 4.6 to 7.3 GB/s with 4 KiB; 1 KiB and 8 KiB were no better.
constexpr size_t kPrefetchBytes = 4096;
QLMI_TARGET_AVX2 inline void avx2_prefetch_ahead(const void* p) {
    _mm_prefetch(static_cast<const char*>(p) + kPrefetchBytes, _MM_HINT_T0);
}

// out[t*os + r] = row r of x (stride xs) . row t of a (stride as).
struct avx2_tile_q4_1 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i m4 = _mm256_set1_epi8(0x0F), ones = _mm256_set1_epi16(1);
        const __m256i lane_d = _mm256_setr_epi32(0, 0, 0, 0, 2, 2, 2, 2);
        __m256 acc[T][R];
        __m128 accm[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                acc[t][r] = _mm256_setzero_ps();
                accm[t][r] = _mm_setzero_ps();
            }
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i alo[T], ahi[T];
            __m128 adm[T]; // (d_a0, s_a0, d_a1, s_a1)
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_1* a = reinterpret_cast<const block_q8_1*>(ar + (size_t)t * as) + b;
                alo[t] = avx2_load2(a[0].qs, a[1].qs);
                ahi[t] = avx2_load2(a[0].qs + 16, a[1].qs + 16);
                adm[t] = avx2_f16x4(&a[0], &a[1]);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q4_1* x = reinterpret_cast<const block_q4_1*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x);
                const __m128 wdm = avx2_f16x4(&x[0], &x[1]); // (d_w0, m_w0, d_w1, m_w1)
                const __m256i q = avx2_load2(x[0].qs, x[1].qs);
                const __m256i lo = _mm256_and_si256(q, m4), hi = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m128 dm = _mm_mul_ps(wdm, adm[t]); // (d_w*d_a, m_w*s_a) x 2 blocks
                    const __m256i p = _mm256_add_epi16(_mm256_maddubs_epi16(lo, alo[t]), _mm256_maddubs_epi16(hi, ahi[t]));
                    const __m256 d = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(dm), lane_d);
                    acc[t][r] = _mm256_fmadd_ps(d, _mm256_cvtepi32_ps(_mm256_madd_epi16(p, ones)), acc[t][r]);
                    accm[t][r] = _mm_add_ps(accm[t][r], dm); // lanes 1 and 3: m_w*s_a
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q4_1* x = reinterpret_cast<const block_q4_1*>(xr + (size_t)r * xs);
                const block_q8_1* a = reinterpret_cast<const block_q8_1*>(ar + (size_t)t * as);
                float sum = 0;
                __m128 m = accm[t][r];
                if (b < nb) { // odd block count
                    const __m128 dm0 = avx2_dm_product(&x[b], &a[b]);
                    const __m256i p0 = avx2_dot_us(avx2_nibbles(x[b].qs), avx2_load(a[b].qs));
                    sum = _mm_cvtss_f32(dm0) * avx2_hsum(_mm256_cvtepi32_ps(p0));
                    m = _mm_add_ps(m, dm0);
                }
                m = _mm_add_ps(m, _mm_movehl_ps(m, m));
                out[(size_t)t * os + (size_t)r] = avx2_hsum(acc[t][r]) + sum + _mm_cvtss_f32(_mm_movehdup_ps(m));
            }
    }
};

// Q4_0: the -8 offset is subtracted as 8*a with maddubs, in int16 (|sum| <= 2*3810 +
// 2*2032 fits); 8*a depends on the activations only, so a tile computes it once per token.
struct avx2_tile_q4_0 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i m4 = _mm256_set1_epi8(0x0F), ones = _mm256_set1_epi16(1), eight = _mm256_set1_epi8(8);
        const __m256i lane_d = _mm256_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1);
        __m256 acc[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) acc[t][r] = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i alo[T], ahi[T], a8[T];
            __m128 ad[T]; // (d_a0, d_a1)
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as) + b;
                alo[t] = avx2_load2(a[0].qs, a[1].qs);
                ahi[t] = avx2_load2(a[0].qs + 16, a[1].qs + 16);
                a8[t] = _mm256_add_epi16(_mm256_maddubs_epi16(eight, alo[t]), _mm256_maddubs_epi16(eight, ahi[t]));
                ad[t] = avx2_f16x2(a[0].d, a[1].d);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q4_0* x = reinterpret_cast<const block_q4_0*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x);
                const __m128 wd = avx2_f16x2(x[0].d, x[1].d);
                const __m256i q = avx2_load2(x[0].qs, x[1].qs);
                const __m256i lo = _mm256_and_si256(q, m4), hi = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m256i p = _mm256_sub_epi16(
                        _mm256_add_epi16(_mm256_maddubs_epi16(lo, alo[t]), _mm256_maddubs_epi16(hi, ahi[t])), a8[t]);
                    const __m256 d = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(_mm_mul_ps(wd, ad[t])), lane_d);
                    acc[t][r] = _mm256_fmadd_ps(d, _mm256_cvtepi32_ps(_mm256_madd_epi16(p, ones)), acc[t][r]);
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q4_0* x = reinterpret_cast<const block_q4_0*>(xr + (size_t)r * xs);
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as);
                float sum = 0;
                if (b < nb) // odd block count
                    sum = avx2_h16(x[b].d) * avx2_h16(a[b].d) *
                          avx2_hsum(_mm256_cvtepi32_ps(avx2_q4_0_dot(x[b], avx2_load(a[b].qs))));
                out[(size_t)t * os + (size_t)r] = avx2_hsum(acc[t][r]) + sum;
            }
    }
};

// Q8_0 x Q8_0 with the sign trick; |x| is computed once per weight vector.
struct avx2_tile_q8_0 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i ones = _mm256_set1_epi16(1);
        __m256 acc[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) acc[t][r] = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i a0[T], a1[T];
            __m128 ad[T];
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as) + b;
                a0[t] = avx2_load(a[0].qs);
                a1[t] = avx2_load(a[1].qs);
                ad[t] = avx2_f16x2(a[0].d, a[1].d);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q8_0* x = reinterpret_cast<const block_q8_0*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x); // 68 bytes per step: two lines
                avx2_prefetch_ahead(reinterpret_cast<const uint8_t*>(x) + 64);
                const __m128 wd = avx2_f16x2(x[0].d, x[1].d);
                const __m256i x0 = avx2_load(x[0].qs), x1 = avx2_load(x[1].qs);
                const __m256i u0 = _mm256_sign_epi8(x0, x0), u1 = _mm256_sign_epi8(x1, x1);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m128 dd = _mm_mul_ps(wd, ad[t]);
                    const __m256i p0 = _mm256_madd_epi16(_mm256_maddubs_epi16(u0, _mm256_sign_epi8(a0[t], x0)), ones);
                    const __m256i p1 = _mm256_madd_epi16(_mm256_maddubs_epi16(u1, _mm256_sign_epi8(a1[t], x1)), ones);
                    acc[t][r] = _mm256_fmadd_ps(_mm256_broadcastss_ps(dd), _mm256_cvtepi32_ps(p0), acc[t][r]);
                    acc[t][r] = _mm256_fmadd_ps(_mm256_broadcastss_ps(_mm_movehdup_ps(dd)), _mm256_cvtepi32_ps(p1),
                                                acc[t][r]);
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q8_0* x = reinterpret_cast<const block_q8_0*>(xr + (size_t)r * xs);
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as);
                __m256 s = acc[t][r];
                if (b < nb) // odd block count
                    s = _mm256_fmadd_ps(_mm256_set1_ps(avx2_h16(x[b].d) * avx2_h16(a[b].d)),
                                        _mm256_cvtepi32_ps(avx2_q8_0_dot(x[b], avx2_load(a[b].qs))), s);
                out[(size_t)t * os + (size_t)r] = avx2_hsum(s);
            }
    }
};

// Any nr x nt. One token: row by row. Several: 2x2 tiles. Decode streams each row once
// from DRAM, and there 4-row tiles measured slower than one row at a time (the four
// interleaved streams defeat the hardware prefetcher; docs/PERF.md), so tiles are used
// where rows are reused from cache: by the tokens of a prefill batch.
template <class K>
QLMI_TARGET_AVX2 inline void avx2_mat_dot(int64_t n, const void* vx, size_t xs, int nr, const void* va, size_t as,
                                          int nt, float* out, size_t os) {
    const uint8_t* x = static_cast<const uint8_t*>(vx);
    const uint8_t* a = static_cast<const uint8_t*>(va);
    for (int t = 0; t < nt; t += 2) {
        const uint8_t* at = a + (size_t)t * as;
        float* ot = out + (size_t)t * os;
        if (nt - t == 1) {
            for (int r = 0; r < nr; r++) K::template run<1, 1>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
            break;
        }
        int r = 0;
        for (; r + 2 <= nr; r += 2) K::template run<2, 2>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
        if (r < nr) K::template run<1, 2>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
    }
}
template <class K> QLMI_TARGET_AVX2 inline float avx2_vec_dot(int64_t n, const void* x, const void* a) {
    float y;
    K::template run<1, 1>(n, static_cast<const uint8_t*>(x), 0, static_cast<const uint8_t*>(a), 0, &y, 0);
    return y;
}

QLMI_TARGET_AVX2 inline float vec_dot_q5_1_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_asym_q8_1<block_q5_1, avx2_q5_1_quants>(n, x, a);
}

// ---- K-quants x Q8_K -----------------------------------------------------------------------
// Q2_K, Q3_K and Q6_K have 16 sub-blocks of 16 with one scale each, in weight order. A
// group of 32 weights covers sub-blocks 2g and 2g+1, i.e. the two 128-bit lanes of the
// maddubs result; the matching scale vector (int16, lane 0 = scale 2g, lane 1 = scale
// 2g+1) is shuffled out of the 16 scales held as int16 (lane h = sub-blocks 8h..8h+7).
// Shuffle control for group g: int16 element 2g in lane 0 and 2g+1 in lane 1 (of a
// vector whose two lanes hold the same 8 scales). Built once per call, outside the loop.
QLMI_TARGET_AVX2 inline __m256i avx2_scale_ctrl(int g) {
    const int lo = (4 * g) | ((4 * g + 1) << 8), hi = (4 * g + 2) | ((4 * g + 3) << 8);
    return _mm256_set_m128i(_mm_set1_epi16((short)hi), _mm_set1_epi16((short)lo));
}
struct avx2_scale_ctrls {
    __m256i c[4];
};
QLMI_TARGET_AVX2 inline avx2_scale_ctrls avx2_make_scale_ctrls() {
    return {{avx2_scale_ctrl(0), avx2_scale_ctrl(1), avx2_scale_ctrl(2), avx2_scale_ctrl(3)}};
}
// sum over the 4 groups of one 128-weight half: madd(maddubs(q_g, a_g), scales of g)
QLMI_TARGET_AVX2 inline __m256i avx2_half_dot(__m256i q0, __m256i q1, __m256i q2, __m256i q3, const int8_t* aq,
                                              __m256i sch, const avx2_scale_ctrls& c) {
    const __m256i p0 = _mm256_madd_epi16(_mm256_maddubs_epi16(q0, avx2_load(aq)), _mm256_shuffle_epi8(sch, c.c[0]));
    const __m256i p1 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q1, avx2_load(aq + 32)), _mm256_shuffle_epi8(sch, c.c[1]));
    const __m256i p2 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q2, avx2_load(aq + 64)), _mm256_shuffle_epi8(sch, c.c[2]));
    const __m256i p3 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q3, avx2_load(aq + 96)), _mm256_shuffle_epi8(sch, c.c[3]));
    return _mm256_add_epi32(_mm256_add_epi32(p0, p1), _mm256_add_epi32(p2, p3));
}
// the scales of half h (sub-blocks 8h..8h+7) in both lanes
QLMI_TARGET_AVX2 inline __m256i avx2_half0(__m256i sc16) { return _mm256_permute2x128_si256(sc16, sc16, 0x00); }
QLMI_TARGET_AVX2 inline __m256i avx2_half1(__m256i sc16) { return _mm256_permute2x128_si256(sc16, sc16, 0x11); }

// Q2_K half: quants are the 2-bit fields 0, 2, 4, 6 of 32 bytes.
QLMI_TARGET_AVX2 inline __m256i avx2_q2k_half(const uint8_t* qs, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m3 = _mm256_set1_epi8(3);
    const __m256i q = avx2_load(qs);
    return avx2_half_dot(_mm256_and_si256(q, m3), _mm256_and_si256(_mm256_srli_epi16(q, 2), m3),
                         _mm256_and_si256(_mm256_srli_epi16(q, 4), m3), _mm256_and_si256(_mm256_srli_epi16(q, 6), m3),
                         aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q2_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps(), accm = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x[b].scales));
        const __m256i sc16 = _mm256_cvtepu8_epi16(_mm_and_si128(raw, _mm_set1_epi8(0x0F)));
        const __m256i mn16 = _mm256_cvtepu8_epi16(_mm_and_si128(_mm_srli_epi16(raw, 4), _mm_set1_epi8(0x0F)));
        const __m256i summs = _mm256_madd_epi16(mn16, avx2_load(a[b].bsums));
        const __m256i isum = _mm256_add_epi32(avx2_q2k_half(x[b].qs, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q2k_half(x[b].qs + 32, a[b].qs + 128, avx2_half1(sc16), c));
        const float d = a[b].d * avx2_h16(x[b].d), dmin = a[b].d * avx2_h16(x[b].dmin);
        acc = _mm256_fmadd_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(isum), acc);
        accm = _mm256_fmadd_ps(_mm256_set1_ps(dmin), _mm256_cvtepi32_ps(summs), accm);
    }
    return avx2_hsum(_mm256_sub_ps(acc, accm));
}

// Q3_K half: 2-bit fields as in Q2_K plus bit 2 from hmask bits 4h..4h+3 (hm pre-shifted).
QLMI_TARGET_AVX2 inline __m256i avx2_q3k_half(const uint8_t* qs, __m256i hm, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m3 = _mm256_set1_epi8(3), m4 = _mm256_set1_epi8(4);
    const __m256i q = avx2_load(qs);
    // bit k of hm -> value 4: shift bit k to bit 2 and mask
    const __m256i q0 = _mm256_or_si256(_mm256_and_si256(q, m3), _mm256_and_si256(_mm256_slli_epi16(hm, 2), m4));
    const __m256i q1 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 2), m3),
                                       _mm256_and_si256(_mm256_slli_epi16(hm, 1), m4));
    const __m256i q2 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 4), m3), _mm256_and_si256(hm, m4));
    const __m256i q3 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 6), m3),
                                       _mm256_and_si256(_mm256_srli_epi16(hm, 1), m4));
    return avx2_half_dot(q0, q1, q2, q3, aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q3_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        // the 16 6-bit scales (minus 32) as int16
        uint32_t u[3];
        memcpy(u, x[b].scales, 12);
        const uint32_t lo0 = u[0] & 0x0f0f0f0f, lo1 = u[1] & 0x0f0f0f0f;
        const uint32_t lo2 = (u[0] >> 4) & 0x0f0f0f0f, lo3 = (u[1] >> 4) & 0x0f0f0f0f;
        const __m128i s8 = _mm_or_si128(
            _mm_setr_epi32((int)lo0, (int)lo1, (int)lo2, (int)lo3),
            _mm_setr_epi32((int)((u[2] << 4) & 0x30303030), (int)((u[2] << 2) & 0x30303030),
                           (int)(u[2] & 0x30303030), (int)((u[2] >> 2) & 0x30303030)));
        const __m256i sc16 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(s8), _mm256_set1_epi16(32));
        // (q-4)*a = q*a - 4*a: the offset through bsums
        const __m256i offs = _mm256_madd_epi16(sc16, avx2_load(a[b].bsums));
        const __m256i hm = avx2_load(x[b].hmask);
        const __m256i isum = _mm256_add_epi32(avx2_q3k_half(x[b].qs, hm, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q3k_half(x[b].qs + 32, _mm256_srli_epi16(hm, 4), a[b].qs + 128,
                                                            avx2_half1(sc16), c));
        acc = _mm256_fmadd_ps(_mm256_set1_ps(a[b].d * avx2_h16(x[b].d)),
                              _mm256_cvtepi32_ps(_mm256_sub_epi32(isum, _mm256_slli_epi32(offs, 2))), acc);
    }
    return avx2_hsum(acc);
}

// Q6_K half: 4 bits from ql (two 32-byte rows, low then high nibbles), 2 from qh.
QLMI_TARGET_AVX2 inline __m256i avx2_q6k_half(const uint8_t* ql, const uint8_t* qhp, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m4 = _mm256_set1_epi8(0x0F), m30 = _mm256_set1_epi8(0x30);
    const __m256i l0 = avx2_load(ql), l1 = avx2_load(ql + 32), qh = avx2_load(qhp);
    const __m256i q0 = _mm256_or_si256(_mm256_and_si256(l0, m4), _mm256_and_si256(_mm256_slli_epi16(qh, 4), m30));
    const __m256i q1 = _mm256_or_si256(_mm256_and_si256(l1, m4), _mm256_and_si256(_mm256_slli_epi16(qh, 2), m30));
    const __m256i q2 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l0, 4), m4), _mm256_and_si256(qh, m30));
    const __m256i q3 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l1, 4), m4),
                                       _mm256_and_si256(_mm256_srli_epi16(qh, 2), m30));
    return avx2_half_dot(q0, q1, q2, q3, aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q6_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        const __m256i sc16 = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(x[b].scales)));
        // (q-32)*a = q*a - 32*a: the offset through bsums
        const __m256i offs = _mm256_madd_epi16(sc16, avx2_load(a[b].bsums));
        const __m256i isum = _mm256_add_epi32(avx2_q6k_half(x[b].ql, x[b].qh, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q6k_half(x[b].ql + 64, x[b].qh + 32, a[b].qs + 128,
                                                            avx2_half1(sc16), c));
        acc = _mm256_fmadd_ps(_mm256_set1_ps(a[b].d * avx2_h16(x[b].d)),
                              _mm256_cvtepi32_ps(_mm256_sub_epi32(isum, _mm256_slli_epi32(offs, 5))), acc);
    }
    return avx2_hsum(acc);
}

// Q4_K/Q5_K: 8 sub-blocks of 32. The 6-bit scales and mins are unpacked with 32-bit
// integer ops (scales 0..3 / mins 0..3 are the low 6 bits of bytes 0..3 / 4..7; 4..7 take
// their low 4 bits from bytes 8..11 and their high 2 bits from the top of bytes 0..7).
QLMI_TARGET_AVX2 inline __m256i avx2_q4k_scales_mins(const uint8_t* s) {
    uint32_t u[3];
    memcpy(u, s, 12);
    const uint32_t sc_lo = u[0] & 0x3f3f3f3f, mn_lo = u[1] & 0x3f3f3f3f;
    const uint32_t sc_hi = (u[2] & 0x0f0f0f0f) | ((u[0] >> 2) & 0x30303030);
    const uint32_t mn_hi = ((u[2] >> 4) & 0x0f0f0f0f) | ((u[1] >> 2) & 0x30303030);
    // int16: lane 0 = the 8 scales, lane 1 = the 8 mins
    return _mm256_cvtepu8_epi16(_mm_setr_epi32((int)sc_lo, (int)sc_hi, (int)mn_lo, (int)mn_hi));
}
QLMI_TARGET_AVX2 inline __m256i avx2_scale_k(__m256i sc, int k) { // int16 sc[k] everywhere
    return _mm256_shuffle_epi8(sc, _mm256_set1_epi16((short)((2 * k) | ((2 * k + 1) << 8))));
}
template <int Bit> // moves bit Bit of every byte to bit 4 (other bits: garbage, mask them)
QLMI_TARGET_AVX2 inline __m256i avx2_bit_to_4(__m256i v) {
    if constexpr (Bit < 4) return _mm256_slli_epi16(v, 4 - Bit);
    else return _mm256_srli_epi16(v, Bit - 4);
}
// 64 weights j: sub-blocks 2j (low nibbles) and 2j+1 (high nibbles, fifth bits 2j, 2j+1).
template <bool Q5, int J>
QLMI_TARGET_AVX2 inline __m256i avx2_q45k_chunk(const uint8_t* qs, __m256i hb, const int8_t* aq, __m256i sc) {
    const __m256i m4 = _mm256_set1_epi8(0x0F), m16 = _mm256_set1_epi8(0x10);
    const __m256i q = avx2_load(qs + 32 * J);
    __m256i q0 = _mm256_and_si256(q, m4), q1 = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
    if (Q5) {
        // bit 2J -> bit 4, bit 2J+1 -> bit 4 (16-bit shifts; the mask keeps each byte's own bit)
        q0 = _mm256_or_si256(q0, _mm256_and_si256(avx2_bit_to_4<2 * J>(hb), m16));
        q1 = _mm256_or_si256(q1, _mm256_and_si256(avx2_bit_to_4<2 * J + 1>(hb), m16));
    }
    const __m256i p0 = _mm256_maddubs_epi16(q0, avx2_load(aq + 64 * J));
    const __m256i p1 = _mm256_maddubs_epi16(q1, avx2_load(aq + 64 * J + 32));
    return _mm256_add_epi32(_mm256_madd_epi16(p0, avx2_scale_k(sc, 2 * J)),
                            _mm256_madd_epi16(p1, avx2_scale_k(sc, 2 * J + 1)));
}
template <bool Q5>
QLMI_TARGET_AVX2 inline float avx2_dot_q45_K(int64_t n, const void* vx, const void* va) {
    const int64_t bsz = Q5 ? (int64_t)sizeof(block_q5_K) : (int64_t)sizeof(block_q4_K);
    const uint8_t* xb = static_cast<const uint8_t*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    __m256 acc = _mm256_setzero_ps();
    __m128 accm = _mm_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++, xb += bsz) {
        // block_q4_K and block_q5_K share the d, dmin, scales prefix
        const block_q4_K* x4 = reinterpret_cast<const block_q4_K*>(xb);
        const uint8_t* qs = Q5 ? reinterpret_cast<const block_q5_K*>(xb)->qs : x4->qs;
        const __m256i scmn = avx2_q4k_scales_mins(x4->scales);
        // mins: sum_k m_k * (bsums[2k] + bsums[2k+1])
        const __m128i bs = _mm_hadd_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(a[b].bsums)),
                                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(a[b].bsums + 8)));
        const __m128i summs = _mm_madd_epi16(_mm256_extracti128_si256(scmn, 1), bs);
        const __m256i sc = _mm256_permute2x128_si256(scmn, scmn, 0x00);
        __m256i hb = _mm256_setzero_si256();
        if (Q5) hb = avx2_load(reinterpret_cast<const block_q5_K*>(xb)->qh);
        const __m256i isum = _mm256_add_epi32(
            _mm256_add_epi32(avx2_q45k_chunk<Q5, 0>(qs, hb, a[b].qs, sc), avx2_q45k_chunk<Q5, 1>(qs, hb, a[b].qs, sc)),
            _mm256_add_epi32(avx2_q45k_chunk<Q5, 2>(qs, hb, a[b].qs, sc), avx2_q45k_chunk<Q5, 3>(qs, hb, a[b].qs, sc)));
        const float d = a[b].d * avx2_h16(x4->d), dmin = a[b].d * avx2_h16(x4->dmin);
        acc = _mm256_fmadd_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(isum), acc);
        accm = _mm_fmadd_ps(_mm_set1_ps(dmin), _mm_cvtepi32_ps(summs), accm);
    }
    __m128 m = _mm_add_ps(accm, _mm_movehl_ps(accm, accm));
    m = _mm_add_ss(m, _mm_movehdup_ps(m));
    return avx2_hsum(acc) - _mm_cvtss_f32(m);
}
QLMI_TARGET_AVX2 inline float vec_dot_q4_K_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_q45_K<false>(n, x, a);
}
QLMI_TARGET_AVX2 inline float vec_dot_q5_K_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_q45_K<true>(n, x, a);
}

// ---- activation quantizers (bytes identical to the reference) -----------------------------
// roundf (half away from zero), exactly: t = trunc(v); v - t is exact; step away from
// zero when |v - t| >= 0.5.
QLMI_TARGET_AVX2 inline __m256i avx2_roundf(__m256 v) {
    const __m256 sign = _mm256_set1_ps(-0.0f);
    const __m256 t = _mm256_round_ps(v, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
    const __m256 frac = _mm256_andnot_ps(sign, _mm256_sub_ps(v, t));
    const __m256 step = _mm256_or_ps(_mm256_and_ps(v, sign), _mm256_set1_ps(1.0f));
    const __m256 up = _mm256_cmp_ps(frac, _mm256_set1_ps(0.5f), _CMP_GE_OQ);
    return _mm256_cvttps_epi32(_mm256_add_ps(t, _mm256_and_ps(up, step)));
}
// 4 x 8 int32 (in [-128, 127]) -> 32 int8 in order
QLMI_TARGET_AVX2 inline __m256i avx2_pack32(__m256i i0, __m256i i1, __m256i i2, __m256i i3) {
    const __m256i p = _mm256_packs_epi16(_mm256_packs_epi32(i0, i1), _mm256_packs_epi32(i2, i3));
    return _mm256_permutevar8x32_epi32(p, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
}
QLMI_TARGET_AVX2 inline float avx2_hmax(__m256 v) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_movehdup_ps(m));
    return _mm_cvtss_f32(m);
}
QLMI_TARGET_AVX2 inline int avx2_hsum_i32(__m256i v) {
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
    return _mm_cvtsi128_si32(s);
}
// One 32-float block: returns the int8 quants, *d = amax/127, *sum = sum of the quants.
QLMI_TARGET_AVX2 inline __m256i avx2_quant32(const float* x, float* d, int* sum) {
    const __m256 abs_mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    const __m256 v0 = _mm256_loadu_ps(x), v1 = _mm256_loadu_ps(x + 8);
    const __m256 v2 = _mm256_loadu_ps(x + 16), v3 = _mm256_loadu_ps(x + 24);
    const __m256 mx = _mm256_max_ps(_mm256_max_ps(_mm256_and_ps(v0, abs_mask), _mm256_and_ps(v1, abs_mask)),
                                    _mm256_max_ps(_mm256_and_ps(v2, abs_mask), _mm256_and_ps(v3, abs_mask)));
    *d = avx2_hmax(mx) / 127.0f;
    const __m256 id = _mm256_set1_ps(*d != 0 ? 1.0f / *d : 0.0f);
    const __m256i i0 = avx2_roundf(_mm256_mul_ps(v0, id)), i1 = avx2_roundf(_mm256_mul_ps(v1, id));
    const __m256i i2 = avx2_roundf(_mm256_mul_ps(v2, id)), i3 = avx2_roundf(_mm256_mul_ps(v3, id));
    if (sum) *sum = avx2_hsum_i32(_mm256_add_epi32(_mm256_add_epi32(i0, i1), _mm256_add_epi32(i2, i3)));
    return avx2_pack32(i0, i1, i2, i3);
}
QLMI_TARGET_AVX2 inline void quantize_q8_0_avx2(const float* x, void* vy, int64_t n) {
    block_q8_0* y = static_cast<block_q8_0*>(vy);
    for (int64_t b = 0; b < n / QK8_0; b++, x += QK8_0) {
        float d;
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs), avx2_quant32(x, &d, nullptr));
        y[b].d = fp32_to_fp16(d);
    }
}
QLMI_TARGET_AVX2 inline void quantize_q8_1_avx2(const float* x, void* vy, int64_t n) {
    block_q8_1* y = static_cast<block_q8_1*>(vy);
    for (int64_t b = 0; b < n / QK8_1; b++, x += QK8_1) {
        float d;
        int sum;
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs), avx2_quant32(x, &d, &sum));
        y[b].d = fp32_to_fp16(d);
        y[b].s = fp32_to_fp16((float)sum * d);
    }
}
QLMI_TARGET_AVX2 inline void quantize_q8_K_avx2(const float* x, void* vy, int64_t n) {
    block_q8_K* y = static_cast<block_q8_K*>(vy);
    const __m256 abs_mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        __m256 mx = _mm256_setzero_ps();
        for (int i = 0; i < QK_K; i += 8) mx = _mm256_max_ps(mx, _mm256_and_ps(_mm256_loadu_ps(x + i), abs_mask));
        const float amax = avx2_hmax(mx);
        if (amax == 0) {
            memset(&y[b], 0, sizeof(block_q8_K));
            continue;
        }
        // the first element of that magnitude gives the sign, as in the reference scan
        const __m256 va = _mm256_set1_ps(amax);
        int first = 0;
        for (int i = 0; i < QK_K; i += 8) {
            const __m256 ax = _mm256_and_ps(_mm256_loadu_ps(x + i), abs_mask);
            const int m = _mm256_movemask_ps(_mm256_cmp_ps(ax, va, _CMP_EQ_OQ));
            if (m) {
                first = i + __builtin_ctz((unsigned)m);
                break;
            }
        }
        const float iscale = -127.0f / x[first];
        const __m256 is = _mm256_set1_ps(iscale);
        const __m256i lim = _mm256_set1_epi32(127);
        for (int i = 0; i < QK_K; i += 32) {
            __m256i q[4];
            for (int k = 0; k < 4; k++) // cvtps rounds half to even (the default MXCSR mode)
                q[k] = _mm256_min_epi32(_mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(x + i + 8 * k), is)), lim);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs + i), avx2_pack32(q[0], q[1], q[2], q[3]));
            y[b].bsums[i / 16] = (int16_t)avx2_hsum_i32(_mm256_add_epi32(q[0], q[1]));
            y[b].bsums[i / 16 + 1] = (int16_t)avx2_hsum_i32(_mm256_add_epi32(q[2], q[3]));
        }
        y[b].d = 1.0f / iscale;
    }
}

// The AVX2 table: NULL when this CPU lacks AVX2/FMA. Entries without an AVX2 version keep
// the scalar reference.
inline const kernel_table* kernels_avx2() {
    static const kernel_table k = [] {
        kernel_table t = kernels_scalar();
        t.isa = "avx2";
        t.vec_dot[QT_F32] = vec_dot_f32_avx2;
        t.vec_dot[QT_F16] = vec_dot_f16_avx2;
        t.vec_dot[QT_BF16] = vec_dot_bf16_avx2;
        t.vec_dot[QT_Q4_0] = avx2_vec_dot<avx2_tile_q4_0>;
        t.vec_dot[QT_Q4_1] = avx2_vec_dot<avx2_tile_q4_1>;
        t.vec_dot[QT_Q5_0] = vec_dot_q5_0_avx2;
        t.vec_dot[QT_Q5_1] = vec_dot_q5_1_avx2;
        t.vec_dot[QT_Q8_0] = avx2_vec_dot<avx2_tile_q8_0>;
        t.mat_dot[QT_Q4_0] = avx2_mat_dot<avx2_tile_q4_0>;
        t.mat_dot[QT_Q4_1] = avx2_mat_dot<avx2_tile_q4_1>;
        t.mat_dot[QT_Q8_0] = avx2_mat_dot<avx2_tile_q8_0>;
        t.vec_dot[QT_Q2_K] = vec_dot_q2_K_avx2;
        t.vec_dot[QT_Q3_K] = vec_dot_q3_K_avx2;
        t.vec_dot[QT_Q4_K] = vec_dot_q4_K_avx2;
        t.vec_dot[QT_Q5_K] = vec_dot_q5_K_avx2;
        t.vec_dot[QT_Q6_K] = vec_dot_q6_K_avx2;
        t.quantize_act[QT_Q8_0] = quantize_q8_0_avx2;
        t.quantize_act[QT_Q8_1] = quantize_q8_1_avx2;
        t.quantize_act[QT_Q8_K] = quantize_q8_K_avx2;
        lowbit_kernels_avx2(t);
        packed_kernels(t);
        return t;
    }();
    return cpu().avx2 && cpu().fma ? &k : nullptr;
}

#else

inline const kernel_table* kernels_avx2() { return nullptr; }

#endif // QLM_HAS_AVX2

inline const kernel_table& kernels() {
    static const kernel_table& k = kernels_avx2() ? *kernels_avx2() : kernels_neon() ? *kernels_neon() : kernels_scalar();
    return k;
}

} // namespace qlm_detail
#endif // QLM_QUANT_AVX2_H
