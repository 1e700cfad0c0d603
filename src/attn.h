// ==== [qlm:attn] attention kernels over the KV cache ====================================
// Two kinds of cache rows. F16 rows (the default cache, and the full-precision window and
// sink tokens of a quantized cache) hold IEEE half floats, as llama.cpp does by default.
// Quantized rows hold one head's head_dim values in groups of G (a multiple of 32): first
// the G-groups' F16 scales, then the codes,
//   INT8: int8 c,         value = c * d
//   INT4: 4-bit c (0..15), value = (c - 7.5) * d   (16 symmetric levels, no zero)
//   INT2: 2-bit c (0..3),  value = (c - 1.5) * d   (4 symmetric levels)
// Within each 32 values, INT4 keeps values 0..15 in the low nibbles of 16 bytes and
// 16..31 in the high ones; INT2 keeps value j + 8k in bits 2k..2k+1 of byte j (8 bytes).
// The symmetric levels suit rotated data, which is centred and bell-shaped.
// Keys and values quantized per channel (kv.h) use the same code areas with a step and a
// minimum per channel instead of the row's scales: value = m + c * d (kvq_pick_range);
// the kernels read such rows with G = 0 (codes only) and the caller applies d and m.
// Dot products and axpy read these rows directly (no dequantized copy) and accumulate in
// F32. The scalar versions are the reference; AVX2+F16C ones sum in another order.
#ifndef QLM_ATTN_H
#define QLM_ATTN_H
#include "internal.h"

namespace qlm_detail {

enum kv_qtype { KVQ_INT8 = 0, KVQ_INT4 = 1, KVQ_INT2 = 2, KVQ_COUNT = 3 };
inline int kvq_bits(int t) { return t == KVQ_INT8 ? 8 : t == KVQ_INT4 ? 4 : 2; }
inline float kvq_offset(int t) { return t == KVQ_INT8 ? 0.0f : t == KVQ_INT4 ? 7.5f : 1.5f; }
// Bytes of one head's quantized row: scales then codes.
inline size_t kvq_row_bytes(int t, int hd, int G) { return (size_t)(hd / G) * 2 + (size_t)hd * kvq_bits(t) / 8; }

// Rounds to the nearest F16 value in place. Attention rounds queries and probabilities
// to F16 before multiplying them with the F16 cache, as llama.cpp's default F16-cache
// path does: it halves our mean logit difference to the reference.
inline void round_f16_ref(float* x, int n) {
    for (int i = 0; i < n; i++) x[i] = fp16_to_fp32(fp32_to_fp16(x[i]));
}
inline void store_f16_ref(uint16_t* dst, const float* src, int n) {
    for (int i = 0; i < n; i++) dst[i] = fp32_to_fp16(src[i]);
}

// Code of value i (0 <= i < hd) of a quantized row's code area.
inline int kvq_code(int t, const uint8_t* codes, int i) {
    if (t == KVQ_INT8) return (int8_t)codes[i];
    const int c32 = i / 32, j = i % 32;
    if (t == KVQ_INT4) {
        uint8_t b = codes[c32 * 16 + j % 16];
        return j < 16 ? (b & 15) : (b >> 4);
    }
    uint8_t b = codes[c32 * 8 + j % 8];
    return (b >> (2 * (j / 8))) & 3;
}

// The F16 scale for n values of type t (symmetric levels): INT4 and INT2 try a few clip
// levels and keep the one with the least squared error: at 2 bits, scaling to the largest
// value wastes most levels on a rare tail. The same scalar code runs on every machine, so
// a cache written anywhere reads back identically.
inline uint16_t kvq_pick_scale(int t, const float* x, int n) {
    float amax = 0.0f;
    for (int i = 0; i < n; i++) amax = std::max(amax, std::fabs(x[i]));
    if (!(amax > 0.0f)) return 0;
    const float off = kvq_offset(t), top = t == KVQ_INT8 ? 127.0f : off; // the largest level's multiple of d
    const float qmax = (float)((1 << kvq_bits(t)) - 1);
    const int n_try = t == KVQ_INT8 ? 1 : t == KVQ_INT4 ? 6 : 12;
    float best_err = INFINITY;
    uint16_t best_h = 0;
    for (int k = 0; k < n_try; k++) {
        uint16_t h = fp32_to_fp16(amax * (1.0f - 0.05f * (float)k) / top); // clip at 100%, 95%, ... of the max
        float d = fp16_to_fp32(h);
        if (d == 0.0f) continue;
        float id = 1.0f / d, err = 0.0f;
        for (int i = 0; i < n; i++) {
            float xi = x[i];
            float c = t == KVQ_INT8 ? std::nearbyint(xi * id) : std::min(std::max(std::nearbyint(xi * id + off), 0.0f), qmax);
            float e = xi - (c - off) * d;
            err += e * e;
        }
        if (err < best_err) {
            best_err = err;
            best_h = h;
        }
    }
    return best_h;
}

// Sets value i of a code area that starts zeroed to code c.
inline void kvq_set_code(int t, uint8_t* codes, int i, int c) {
    if (t == KVQ_INT8) {
        codes[i] = (uint8_t)(int8_t)c;
        return;
    }
    const int c32 = i / 32, j = i % 32;
    if (t == KVQ_INT4) codes[c32 * 16 + j % 16] |= (uint8_t)(c << (j < 16 ? 0 : 4));
    else codes[c32 * 8 + j % 8] |= (uint8_t)(c << (2 * (j / 8)));
}
// The code of x for inverse scale id (0 for a zero scale), symmetric levels.
inline int kvq_level(int t, float x, float id) {
    if (t == KVQ_INT8) return (int)std::min(std::max(std::nearbyint(x * id), -127.0f), 127.0f);
    return (int)std::min(std::max(std::nearbyint(x * id + kvq_offset(t)), 0.0f), (float)((1 << kvq_bits(t)) - 1));
}

// Per-channel keys (INT4, INT2): levels m + c * d, c in 0..2^bits - 1, with an F16 step d
// and minimum m per channel and group of positions. Asymmetric because a key channel
// keeps much of its sign and size from token to token (SmolLM2 at 2k, INT2 keys and
// values, groups of 64, 4 sinks: KLD 0.205 with these levels against 0.324 with
// symmetric ones, calibrated rotation; 0.277 against 0.407 with Hadamard). The range
// tried shrinks around its midpoint, keeping the least squared error, as the symmetric
// clip search does.
inline void kvq_pick_range(int t, const float* x, int n, uint16_t* dh, uint16_t* mh) {
    float lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < n; i++) lo = std::min(lo, x[i]), hi = std::max(hi, x[i]);
    *dh = 0;
    *mh = fp32_to_fp16(n ? lo : 0.0f);
    const float qmax = (float)((1 << kvq_bits(t)) - 1), mid = 0.5f * (lo + hi);
    float best_err = INFINITY;
    for (int k = 0; k < 8 && hi > lo; k++) {
        const float r = 0.5f * (hi - lo) * (1.0f - 0.04f * (float)k);
        const uint16_t d16 = fp32_to_fp16(2.0f * r / qmax), m16 = fp32_to_fp16(mid - r);
        const float d = fp16_to_fp32(d16), m = fp16_to_fp32(m16);
        if (d == 0.0f) continue;
        float err = 0.0f;
        for (int i = 0; i < n; i++) {
            float e = x[i] - (m + std::min(std::max(std::nearbyint((x[i] - m) / d), 0.0f), qmax) * d);
            err += e * e;
        }
        if (err < best_err) best_err = err, *dh = d16, *mh = m16;
    }
}
inline int kvq_level_range(int t, float x, float d, float m) {
    if (d == 0.0f) return 0;
    return (int)std::min(std::max(std::nearbyint((x - m) / d), 0.0f), (float)((1 << kvq_bits(t)) - 1));
}

// Quantizes one head (hd values, groups of G) into a row.
inline void kvq_quantize_row(int t, const float* x, uint8_t* row, int hd, int G) {
    uint8_t* codes = row + (size_t)(hd / G) * 2;
    memset(codes, 0, (size_t)hd * kvq_bits(t) / 8);
    for (int g = 0; g < hd / G; g++) {
        uint16_t h = kvq_pick_scale(t, x + (size_t)g * G, G);
        memcpy(row + 2 * g, &h, 2); // rows need not be aligned
        float d = fp16_to_fp32(h), id = d > 0.0f ? 1.0f / d : 0.0f;
        for (int i = g * G; i < (g + 1) * G; i++) kvq_set_code(t, codes, i, kvq_level(t, x[i], id));
    }
}

inline float kvq_scale(const uint8_t* row, int g) {
    uint16_t h;
    memcpy(&h, row + 2 * g, 2);
    return fp16_to_fp32(h);
}

inline void kvq_dequantize_row(int t, const uint8_t* row, float* y, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    for (int i = 0; i < hd; i++) y[i] = ((float)kvq_code(t, codes, i) - off) * kvq_scale(row, i / G);
}

// ---- Attention over runs of rows, for all the query heads of one KV head -------------
// A run is np consecutive positions whose rows lie rstride apart (F16 elements or bytes).
// Each kernel serves the nq query heads that share a KV head (GQA) together, so a row is
// read and converted once per group rather than once per query head: that conversion is
// what made the quantized caches slower than F16 at 2k (docs/KV.md, 2026-12-02).
// Scores and probabilities are per head, sstride / pstride floats apart; y is [nq][hd].

constexpr int KV_MAX_HEAD_DIM = 256; // rotations and scratch use stack arrays this long
constexpr int KV_MAX_REP = 8;        // query heads one call serves (a larger group is split)

// Which of a row's 32 values (of a block of 32) lane i of unpacked vector k (0..3) holds:
// the order in which the AVX2 kernels unpack codes with one shift per vector, no shuffles.
inline int kvq_lane(int t, int k, int i) {
    if (t == KVQ_INT8) return 8 * k + i;
    if (t == KVQ_INT4) return 4 * k + i % 4 + 16 * (i / 4);
    return 4 * (k / 2) + i % 4 + 8 * (2 * (k % 2) + i / 4);
}

// The rotated query of nq heads as quantized keys meet it: q[h] in kvq_lane's order for the
// keys' type, and corr[h][g] = offset * sum of q over scale group g, the keys' code offset
// folded out of the inner loop.
struct kvq_query {
    int nq = 0, hd = 0;
    float q[KV_MAX_REP * KV_MAX_HEAD_DIM];
    float corr[KV_MAX_REP * KV_MAX_HEAD_DIM / 32];
};
// q: [nq][hd] floats. t: the keys' type; G: their scale group, 0 for keys per channel
// (levels m + c d: no offset; the caller multiplies q by the steps and adds q . m).
inline void kvq_query_init(kvq_query* qq, int t, const float* q, int nq, int hd, int G) {
    qq->nq = nq;
    qq->hd = hd;
    for (int h = 0; h < nq; h++) {
        const float* x = q + (size_t)h * hd;
        for (int b = 0; b < hd / 32; b++)
            for (int k = 0; k < 4; k++)
                for (int i = 0; i < 8; i++) qq->q[(size_t)h * hd + b * 32 + 8 * k + i] = x[b * 32 + kvq_lane(t, k, i)];
        for (int g = 0; G && g < hd / G; g++) {
            float sum = 0.0f;
            for (int i = g * G; i < (g + 1) * G; i++) sum += x[i];
            qq->corr[h * (hd / G) + g] = kvq_offset(t) * sum;
        }
    }
}

// s[h][j] = q_h . key j, keys F16.
inline void dot_f16_ref(const uint16_t* rows, size_t rstride, int np, const float* q, int nq, int hd, float* s,
                        size_t sstride) {
    for (int j = 0; j < np; j++)
        for (int h = 0; h < nq; h++) {
            float a = 0.0f;
            for (int i = 0; i < hd; i++) a += fp16_to_fp32(rows[(size_t)j * rstride + i]) * q[(size_t)h * hd + i];
            s[(size_t)h * sstride + j] = a;
        }
}
// y[h] += sum over j of p[h][j] * value j, values F16.
inline void axpy_f16_ref(float* y, const uint16_t* rows, size_t rstride, int np, const float* p, size_t pstride, int nq,
                         int hd) {
    for (int j = 0; j < np; j++)
        for (int h = 0; h < nq; h++)
            for (int i = 0; i < hd; i++)
                y[(size_t)h * hd + i] += p[(size_t)h * pstride + j] * fp16_to_fp32(rows[(size_t)j * rstride + i]);
}
// s[h][j] = q_h . key j for quantized keys: per token (G > 0, rows of scales then codes),
// or the codes alone of keys per channel (G = 0).
inline void dot_kvq_ref(int t, const uint8_t* rows, size_t rstride, int np, const kvq_query& qq, int G, float* s,
                        size_t sstride) {
    const int hd = qq.hd, ng = G ? hd / G : 1, GG = G ? G : hd;
    for (int j = 0; j < np; j++) {
        const uint8_t* row = rows + (size_t)j * rstride;
        const uint8_t* codes = row + (G ? (size_t)ng * 2 : 0);
        for (int h = 0; h < qq.nq; h++) {
            float a = 0.0f;
            for (int g = 0; g < ng; g++) {
                float x = 0.0f;
                for (int e = g * GG; e < (g + 1) * GG; e++) { // e: the lane-order index into q
                    const int b = e / 32, k = e % 32 / 8, i = e % 8;
                    x += (float)kvq_code(t, codes, b * 32 + kvq_lane(t, k, i)) * qq.q[(size_t)h * hd + e];
                }
                a += G ? kvq_scale(row, g) * (x - qq.corr[h * ng + g]) : x;
            }
            s[(size_t)h * sstride + j] = a;
        }
    }
}
// y[h] += sum over j of p[h][j] * dequant(row j), values quantized per token; G = 0: rows
// of codes only (values per channel), y[h] += sum over j of p[h][j] * code (the caller
// applies each channel's step and minimum once per group).
inline void axpy_kvq_ref(int t, float* y, const uint8_t* rows, size_t rstride, int np, const float* p, size_t pstride,
                         int nq, int hd, int G) {
    const float off = G ? kvq_offset(t) : 0.0f;
    const int ng = G ? hd / G : 1, GG = G ? G : hd;
    for (int j = 0; j < np; j++) {
        const uint8_t* row = rows + (size_t)j * rstride;
        const uint8_t* codes = row + (G ? (size_t)ng * 2 : 0);
        for (int h = 0; h < nq; h++)
            for (int g = 0; g < ng; g++) {
                const float ad = p[(size_t)h * pstride + j] * (G ? kvq_scale(row, g) : 1.0f);
                for (int i = g * GG; i < (g + 1) * GG; i++) y[(size_t)h * hd + i] += ad * ((float)kvq_code(t, codes, i) - off);
            }
    }
}

#if defined(QLM_HAS_AVX2)
QLMI_TARGET_AVX2 inline void round_f16_avx2(float* x, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(x + i, _mm256_cvtph_ps(_mm256_cvtps_ph(_mm256_loadu_ps(x + i), _MM_FROUND_TO_NEAREST_INT)));
    for (; i < n; i++) x[i] = fp16_to_fp32(fp32_to_fp16(x[i]));
}
QLMI_TARGET_AVX2 inline void store_f16_avx2(uint16_t* dst, const float* src, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm_storeu_si128((__m128i*)(dst + i),
                         _mm256_cvtps_ph(_mm256_loadu_ps(src + i), _MM_FROUND_TO_NEAREST_INT));
    for (; i < n; i++) dst[i] = fp32_to_fp16(src[i]);
}

// The sums of 8 vectors, one per lane: lane j = sum of v[j]'s lanes. The scores of 8
// positions are reduced together, a third of the cost of reducing each on its own.
QLMI_TARGET_AVX2 inline __m256 hsum8x8(const __m256 v[8]) {
    const __m256 a = _mm256_hadd_ps(_mm256_hadd_ps(v[0], v[1]), _mm256_hadd_ps(v[2], v[3]));
    const __m256 b = _mm256_hadd_ps(_mm256_hadd_ps(v[4], v[5]), _mm256_hadd_ps(v[6], v[7]));
    return _mm256_add_ps(_mm256_permute2f128_ps(a, b, 0x20), _mm256_permute2f128_ps(a, b, 0x31));
}
QLMI_TARGET_AVX2 inline void store_lanes(float* s, __m256 x, int m) {
    if (m == 8) return _mm256_storeu_ps(s, x);
    alignas(32) float t[8];
    _mm256_store_ps(t, x);
    for (int j = 0; j < m; j++) s[j] = t[j];
}

template <int NQ>
QLMI_TARGET_AVX2 inline void dot_f16_avx2_n(const uint16_t* rows, size_t rstride, int np, const float* q, int hd, float* s,
                                            size_t sstride) {
    for (int j0 = 0; j0 < np; j0 += 8) {
        const int m = std::min(8, np - j0);
        __m256 v[NQ][8];
        for (int j = 0; j < 8; j++) {
            __m256 acc[NQ];
            for (int h = 0; h < NQ; h++) acc[h] = _mm256_setzero_ps();
            if (j < m) {
                const uint16_t* r = rows + (size_t)(j0 + j) * rstride;
                int i = 0;
                for (; i + 8 <= hd; i += 8) {
                    const __m256 k = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(r + i)));
                    for (int h = 0; h < NQ; h++) acc[h] = _mm256_fmadd_ps(k, _mm256_loadu_ps(q + (size_t)h * hd + i), acc[h]);
                }
                for (int h = 0; h < NQ && i < hd; h++) { // head_dim not a multiple of 8
                    float a = 0.0f;
                    for (int k = i; k < hd; k++) a += fp16_to_fp32(r[k]) * q[(size_t)h * hd + k];
                    acc[h] = _mm256_add_ps(acc[h], _mm256_setr_ps(a, 0, 0, 0, 0, 0, 0, 0));
                }
            }
            for (int h = 0; h < NQ; h++) v[h][j] = acc[h];
        }
        for (int h = 0; h < NQ; h++) store_lanes(s + (size_t)h * sstride + j0, hsum8x8(v[h]), m);
    }
}
// Values in blocks of W vectors of 8, all positions of the run for each block, so that the
// accumulators of NQ heads stay in registers (the rows are re-read from L1/L2 per block).
template <int NQ, int W>
QLMI_TARGET_AVX2 inline void axpy_f16_avx2_block(float* y, const uint16_t* rows, size_t rstride, int np, const float* p,
                                                 size_t pstride, int hd, int i) {
    __m256 a[NQ][W];
    for (int h = 0; h < NQ; h++)
        for (int k = 0; k < W; k++) a[h][k] = _mm256_loadu_ps(y + (size_t)h * hd + i + 8 * k);
    for (int j = 0; j < np; j++) {
        const uint16_t* r = rows + (size_t)j * rstride + i;
        __m256 v[W];
        for (int k = 0; k < W; k++) v[k] = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(r + 8 * k)));
        for (int h = 0; h < NQ; h++) {
            const __m256 w = _mm256_broadcast_ss(p + (size_t)h * pstride + j);
            for (int k = 0; k < W; k++) a[h][k] = _mm256_fmadd_ps(v[k], w, a[h][k]);
        }
    }
    for (int h = 0; h < NQ; h++)
        for (int k = 0; k < W; k++) _mm256_storeu_ps(y + (size_t)h * hd + i + 8 * k, a[h][k]);
}
template <int NQ>
QLMI_TARGET_AVX2 inline void axpy_f16_avx2_n(float* y, const uint16_t* rows, size_t rstride, int np, const float* p,
                                             size_t pstride, int hd) {
    constexpr int C = 64; // positions per chunk: their rows stay in L1 across the blocks
    for (int j0 = 0; j0 < np; j0 += C) {
        const int m = std::min(C, np - j0);
        const uint16_t* r0 = rows + (size_t)j0 * rstride;
        int i = 0;
        for (; i + 16 <= hd; i += 16) axpy_f16_avx2_block<NQ, 2>(y, r0, rstride, m, p + j0, pstride, hd, i);
        for (; i + 8 <= hd; i += 8) axpy_f16_avx2_block<NQ, 1>(y, r0, rstride, m, p + j0, pstride, hd, i);
        for (; i < hd; i++) // head_dim not a multiple of 8
            for (int h = 0; h < NQ; h++)
                for (int j = 0; j < m; j++) y[(size_t)h * hd + i] += p[(size_t)h * pstride + j0 + j] * fp16_to_fp32(r0[(size_t)j * rstride + i]);
    }
}

// Vector k (0..3) of the 32 codes as floats, lanes in kvq_lane's order.
template <int T>
QLMI_TARGET_AVX2 inline __m256 kvq_unpack8(const uint8_t* c, int k) {
    if (T == KVQ_INT8) return _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(c + 8 * k))));
    int32_t w;
    if (T == KVQ_INT4) {
        memcpy(&w, c + 4 * k, 4);
        const __m256i sh = _mm256_setr_epi32(0, 8, 16, 24, 4, 12, 20, 28);
        return _mm256_cvtepi32_ps(_mm256_and_si256(_mm256_srlv_epi32(_mm256_set1_epi32(w), sh), _mm256_set1_epi32(15)));
    }
    memcpy(&w, c + 4 * (k / 2), 4);
    const __m256i sh = k % 2 ? _mm256_setr_epi32(4, 12, 20, 28, 6, 14, 22, 30) : _mm256_setr_epi32(0, 8, 16, 24, 2, 10, 18, 26);
    return _mm256_cvtepi32_ps(_mm256_and_si256(_mm256_srlv_epi32(_mm256_set1_epi32(w), sh), _mm256_set1_epi32(3)));
}
// Keys: per position, each 32-value block's codes unpacked once for all NQ heads; per
// head, code * q summed over a scale group, then d * (sum - corr), with corr / 8 taken
// from each lane. The sums of 8 positions are reduced together (hsum8x8).
template <int T, int NQ>
QLMI_TARGET_AVX2 inline void dot_kvq_avx2_n(const uint8_t* rows, size_t rstride, int np, const kvq_query& qq, int h0,
                                            int G, float* s, size_t sstride) {
    const int hd = qq.hd, ng = G ? hd / G : 1, GG = G ? G : hd, cb = kvq_bits(T) * 4;
    for (int j0 = 0; j0 < np; j0 += 8) {
        const int m = std::min(8, np - j0);
        __m256 v[NQ][8];
        for (int j = 0; j < 8; j++) {
            __m256 acc[NQ];
            for (int h = 0; h < NQ; h++) acc[h] = _mm256_setzero_ps();
            if (j < m) {
                const uint8_t* row = rows + (size_t)(j0 + j) * rstride;
                const uint8_t* codes = row + (G ? (size_t)ng * 2 : 0);
                for (int g = 0; g < ng; g++) {
                    __m256 ga[NQ];
                    for (int h = 0; h < NQ; h++) ga[h] = _mm256_setzero_ps();
                    for (int i = g * GG; i < (g + 1) * GG; i += 32) {
                        const uint8_t* c = codes + (size_t)(i / 32) * cb;
                        for (int k = 0; k < 4; k++) {
                            const __m256 x = kvq_unpack8<T>(c, k);
                            for (int h = 0; h < NQ; h++)
                                ga[h] = _mm256_fmadd_ps(x, _mm256_loadu_ps(qq.q + (size_t)(h0 + h) * hd + i + 8 * k), ga[h]);
                        }
                    }
                    if (!G) {
                        for (int h = 0; h < NQ; h++) acc[h] = ga[h];
                        continue;
                    }
                    uint16_t dh;
                    memcpy(&dh, row + 2 * g, 2);
                    const __m256 dk = _mm256_set1_ps(_cvtsh_ss(dh));
                    for (int h = 0; h < NQ; h++) {
                        const __m256 c8 = _mm256_set1_ps(0.125f * qq.corr[(h0 + h) * ng + g]);
                        acc[h] = _mm256_fmadd_ps(_mm256_sub_ps(ga[h], c8), dk, acc[h]);
                    }
                }
            }
            for (int h = 0; h < NQ; h++) v[h][j] = acc[h];
        }
        for (int h = 0; h < NQ; h++) store_lanes(s + (size_t)h * sstride + j0, hsum8x8(v[h]), m);
    }
}

// Values: per chunk of positions, the weights p * scale; then per pair of vectors of 8
// values all the chunk's positions, the heads' accumulators in registers (in kvq_lane's
// order, put in place at the end). The code offset is taken out once per head and group:
// sum_j w_j (c_j - off) = sum_j w_j c_j - off * sum_j w_j.
template <int T, int NQ>
QLMI_TARGET_AVX2 inline void axpy_kvq_avx2_n(float* y, const uint8_t* rows, size_t rstride, int np, const float* p,
                                             size_t pstride, int hd, int G) {
    constexpr int C = 64;
    const int ng = G ? hd / G : 1, GG = G ? G : hd, cb = kvq_bits(T) * 4; // G = 0: codes only (axpy_kvq_ref)
    alignas(32) float acc[NQ][KV_MAX_HEAD_DIM] = {};
    alignas(32) float w[NQ][C];
    float wsum[NQ][KV_MAX_HEAD_DIM / 32] = {};
    for (int j0 = 0; j0 < np; j0 += C) {
        const int m = std::min(C, np - j0);
        const uint8_t* r0 = rows + (size_t)j0 * rstride;
        for (int g = 0; g < ng; g++) {
            for (int j = 0; j < m; j++) {
                float d = 1.0f;
                if (G) {
                    uint16_t dh;
                    memcpy(&dh, r0 + (size_t)j * rstride + 2 * g, 2);
                    d = _cvtsh_ss(dh);
                }
                for (int h = 0; h < NQ; h++) {
                    w[h][j] = p[(size_t)h * pstride + j0 + j] * d;
                    wsum[h][g] += w[h][j];
                }
            }
            for (int i = g * GG; i < (g + 1) * GG; i += 16) {
                const int b = i / 32, k0 = (i % 32) / 8;
                __m256 a[NQ][2];
                for (int h = 0; h < NQ; h++)
                    for (int k = 0; k < 2; k++) a[h][k] = _mm256_load_ps(&acc[h][i + 8 * k]);
                const uint8_t* c0 = r0 + (G ? (size_t)ng * 2 : 0) + (size_t)b * cb;
                for (int j = 0; j < m; j++) {
                    const uint8_t* c = c0 + (size_t)j * rstride;
                    const __m256 v0 = kvq_unpack8<T>(c, k0), v1 = kvq_unpack8<T>(c, k0 + 1);
                    for (int h = 0; h < NQ; h++) {
                        const __m256 wj = _mm256_broadcast_ss(&w[h][j]);
                        a[h][0] = _mm256_fmadd_ps(v0, wj, a[h][0]);
                        a[h][1] = _mm256_fmadd_ps(v1, wj, a[h][1]);
                    }
                }
                for (int h = 0; h < NQ; h++)
                    for (int k = 0; k < 2; k++) _mm256_store_ps(&acc[h][i + 8 * k], a[h][k]);
            }
        }
    }
    const float off = G ? kvq_offset(T) : 0.0f;
    for (int h = 0; h < NQ; h++)
        for (int b = 0; b < hd / 32; b++)
            for (int k = 0; k < 4; k++)
                for (int i = 0; i < 8; i++) {
                    const int e = b * 32 + kvq_lane(T, k, i);
                    y[(size_t)h * hd + e] += acc[h][b * 32 + 8 * k + i] - off * wsum[h][e / GG];
                }
}

// Dispatch: heads in chunks the templates cover (keys 4, values 3: their registers).
QLMI_TARGET_AVX2 inline void dot_f16_avx2(const uint16_t* rows, size_t rstride, int np, const float* q, int nq, int hd,
                                          float* s, size_t sstride) {
    for (int h = 0; h < nq;) {
        const int n = std::min(4, nq - h);
        const float* qh = q + (size_t)h * hd;
        float* sh = s + (size_t)h * sstride;
        if (n == 4) dot_f16_avx2_n<4>(rows, rstride, np, qh, hd, sh, sstride);
        else if (n == 3) dot_f16_avx2_n<3>(rows, rstride, np, qh, hd, sh, sstride);
        else if (n == 2) dot_f16_avx2_n<2>(rows, rstride, np, qh, hd, sh, sstride);
        else dot_f16_avx2_n<1>(rows, rstride, np, qh, hd, sh, sstride);
        h += n;
    }
}
QLMI_TARGET_AVX2 inline void axpy_f16_avx2(float* y, const uint16_t* rows, size_t rstride, int np, const float* p,
                                           size_t pstride, int nq, int hd) {
    for (int h = 0; h < nq;) {
        const int n = std::min(3, nq - h);
        float* yh = y + (size_t)h * hd;
        const float* ph = p + (size_t)h * pstride;
        if (n == 3) axpy_f16_avx2_n<3>(yh, rows, rstride, np, ph, pstride, hd);
        else if (n == 2) axpy_f16_avx2_n<2>(yh, rows, rstride, np, ph, pstride, hd);
        else axpy_f16_avx2_n<1>(yh, rows, rstride, np, ph, pstride, hd);
        h += n;
    }
}
template <int T>
QLMI_TARGET_AVX2 inline void dot_kvq_avx2_t(const uint8_t* rows, size_t rstride, int np, const kvq_query& qq, int G,
                                            float* s, size_t sstride) {
    for (int h = 0; h < qq.nq;) {
        const int n = std::min(4, qq.nq - h);
        float* sh = s + (size_t)h * sstride;
        if (n == 4) dot_kvq_avx2_n<T, 4>(rows, rstride, np, qq, h, G, sh, sstride);
        else if (n == 3) dot_kvq_avx2_n<T, 3>(rows, rstride, np, qq, h, G, sh, sstride);
        else if (n == 2) dot_kvq_avx2_n<T, 2>(rows, rstride, np, qq, h, G, sh, sstride);
        else dot_kvq_avx2_n<T, 1>(rows, rstride, np, qq, h, G, sh, sstride);
        h += n;
    }
}
QLMI_TARGET_AVX2 inline void dot_kvq_avx2(int t, const uint8_t* rows, size_t rstride, int np, const kvq_query& qq, int G,
                                          float* s, size_t sstride) {
    if (t == KVQ_INT8) dot_kvq_avx2_t<KVQ_INT8>(rows, rstride, np, qq, G, s, sstride);
    else if (t == KVQ_INT4) dot_kvq_avx2_t<KVQ_INT4>(rows, rstride, np, qq, G, s, sstride);
    else dot_kvq_avx2_t<KVQ_INT2>(rows, rstride, np, qq, G, s, sstride);
}
template <int T>
QLMI_TARGET_AVX2 inline void axpy_kvq_avx2_t(float* y, const uint8_t* rows, size_t rstride, int np, const float* p,
                                             size_t pstride, int nq, int hd, int G) {
    for (int h = 0; h < nq;) {
        const int n = std::min(3, nq - h);
        float* yh = y + (size_t)h * hd;
        const float* ph = p + (size_t)h * pstride;
        if (n == 3) axpy_kvq_avx2_n<T, 3>(yh, rows, rstride, np, ph, pstride, hd, G);
        else if (n == 2) axpy_kvq_avx2_n<T, 2>(yh, rows, rstride, np, ph, pstride, hd, G);
        else axpy_kvq_avx2_n<T, 1>(yh, rows, rstride, np, ph, pstride, hd, G);
        h += n;
    }
}
QLMI_TARGET_AVX2 inline void axpy_kvq_avx2(int t, float* y, const uint8_t* rows, size_t rstride, int np, const float* p,
                                           size_t pstride, int nq, int hd, int G) {
    if (t == KVQ_INT8) axpy_kvq_avx2_t<KVQ_INT8>(y, rows, rstride, np, p, pstride, nq, hd, G);
    else if (t == KVQ_INT4) axpy_kvq_avx2_t<KVQ_INT4>(y, rows, rstride, np, p, pstride, nq, hd, G);
    else axpy_kvq_avx2_t<KVQ_INT2>(y, rows, rstride, np, p, pstride, nq, hd, G);
}
#endif

struct attn_kernels {
    void (*store_f16)(uint16_t*, const float*, int);
    void (*round_f16)(float*, int);
    void (*dot_f16)(const uint16_t* rows, size_t rstride, int np, const float* q, int nq, int hd, float* s, size_t sstride);
    void (*axpy_f16)(float* y, const uint16_t* rows, size_t rstride, int np, const float* p, size_t pstride, int nq, int hd);
    void (*dot_kvq)(int t, const uint8_t* rows, size_t rstride, int np, const kvq_query& qq, int G, float* s, size_t sstride);
    void (*axpy_kvq)(int t, float* y, const uint8_t* rows, size_t rstride, int np, const float* p, size_t pstride, int nq,
                     int hd, int G);
};

inline const attn_kernels& attn_kernels_ref() {
    static const attn_kernels k{store_f16_ref, round_f16_ref, dot_f16_ref, axpy_f16_ref, dot_kvq_ref, axpy_kvq_ref};
    return k;
}

inline const attn_kernels& attn_kernels_get() {
    static const attn_kernels k = [] {
        attn_kernels r = attn_kernels_ref();
#if defined(QLM_HAS_AVX2)
        if (cpu().avx2 && cpu().fma)
            r = {store_f16_avx2, round_f16_avx2, dot_f16_avx2, axpy_f16_avx2, dot_kvq_avx2, axpy_kvq_avx2};
#endif
        return r;
    }();
    return k;
}

} // namespace qlm_detail
#endif
