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
// Keys quantized per channel (kv.h) use the same code areas with a step and a minimum per
// channel instead of the row's scales: value = m + c * d (kvq_pick_range).
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

inline float dot_f16_f32_ref(const uint16_t* k, const float* q, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += fp16_to_fp32(k[i]) * q[i];
    return s;
}
inline void axpy_f16_ref(float* y, const uint16_t* v, float a, int n) {
    for (int i = 0; i < n; i++) y[i] += a * fp16_to_fp32(v[i]);
}
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

// q . dequant(row). qsum[g] = sum of q over group g (folds the code offset out of the
// inner loop).
inline float dot_kvq_ref(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    float s = 0.0f;
    for (int g = 0; g < hd / G; g++) {
        float a = 0.0f;
        for (int i = g * G; i < (g + 1) * G; i++) a += (float)kvq_code(t, codes, i) * q[i];
        s += kvq_scale(row, g) * (a - off * qsum[g]);
    }
    return s;
}
// sum of code_i * x_i over n codes (a multiple of 32) of a code area: a key of a
// per-channel group, with x the query already multiplied by the channels' scales.
inline float dot_codes_ref(int t, const uint8_t* codes, const float* x, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += (float)kvq_code(t, codes, i) * x[i];
    return s;
}
// y += a * dequant(row)
inline void axpy_kvq_ref(int t, float* y, const uint8_t* row, float a, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    for (int g = 0; g < hd / G; g++) {
        float ad = a * kvq_scale(row, g);
        for (int i = g * G; i < (g + 1) * G; i++) y[i] += ad * ((float)kvq_code(t, codes, i) - off);
    }
}

#if defined(QLM_HAS_AVX2)
QLMI_TARGET_AVX2 inline float hsum256(__m256 acc) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
QLMI_TARGET_AVX2 inline float dot_f16_f32_avx2(const uint16_t* k, const float* q, int n) {
    __m256 acc = _mm256_setzero_ps();
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 kk = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(k + i)));
        acc = _mm256_fmadd_ps(kk, _mm256_loadu_ps(q + i), acc);
    }
    float r = hsum256(acc);
    for (; i < n; i++) r += fp16_to_fp32(k[i]) * q[i];
    return r;
}
QLMI_TARGET_AVX2 inline void axpy_f16_avx2(float* y, const uint16_t* v, float a, int n) {
    __m256 va = _mm256_set1_ps(a);
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 vv = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(v + i)));
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(vv, va, _mm256_loadu_ps(y + i)));
    }
    for (; i < n; i++) y[i] += a * fp16_to_fp32(v[i]);
}
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

// The codes of 32 values as four vectors of 8 floats (offset not yet removed).
QLMI_TARGET_AVX2 inline void kvq_unpack32(int t, const uint8_t* c, __m256 out[4]) {
    if (t == KVQ_INT8) {
        for (int k = 0; k < 4; k++)
            out[k] = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(c + 8 * k))));
    } else if (t == KVQ_INT4) {
        const __m128i b = _mm_loadu_si128((const __m128i*)c), m = _mm_set1_epi8(15);
        const __m128i lo = _mm_and_si128(b, m), hi = _mm_and_si128(_mm_srli_epi16(b, 4), m);
        out[0] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(lo));
        out[1] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_srli_si128(lo, 8)));
        out[2] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(hi));
        out[3] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_srli_si128(hi, 8)));
    } else {
        const __m128i b = _mm_loadl_epi64((const __m128i*)c), m = _mm_set1_epi8(3);
        out[0] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(b, m)));
        out[1] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 2), m)));
        out[2] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 4), m)));
        out[3] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 6), m)));
    }
}
QLMI_TARGET_AVX2 inline float dot_kvq_avx2(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G) {
    const int ng = hd / G, cb = kvq_bits(t) * 4; // code bytes per 32 values
    const uint8_t* codes = row + (size_t)ng * 2;
    const float off = kvq_offset(t);
    __m256 tot = _mm256_setzero_ps();
    float corr = 0.0f;
    for (int g = 0; g < ng; g++) {
        __m256 acc = _mm256_setzero_ps();
        for (int i = g * G; i < (g + 1) * G; i += 32) {
            __m256 c[4];
            kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
            for (int k = 0; k < 4; k++) acc = _mm256_fmadd_ps(c[k], _mm256_loadu_ps(q + i + 8 * k), acc);
        }
        const float d = kvq_scale(row, g);
        tot = _mm256_fmadd_ps(acc, _mm256_set1_ps(d), tot);
        corr += d * off * qsum[g];
    }
    return hsum256(tot) - corr;
}
QLMI_TARGET_AVX2 inline float dot_codes_avx2(int t, const uint8_t* codes, const float* x, int n) {
    const int cb = kvq_bits(t) * 4;
    __m256 acc = _mm256_setzero_ps();
    for (int i = 0; i < n; i += 32) {
        __m256 c[4];
        kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
        for (int k = 0; k < 4; k++) acc = _mm256_fmadd_ps(c[k], _mm256_loadu_ps(x + i + 8 * k), acc);
    }
    return hsum256(acc);
}
QLMI_TARGET_AVX2 inline void axpy_kvq_avx2(int t, float* y, const uint8_t* row, float a, int hd, int G) {
    const int ng = hd / G, cb = kvq_bits(t) * 4;
    const uint8_t* codes = row + (size_t)ng * 2;
    const __m256 off = _mm256_set1_ps(kvq_offset(t));
    for (int g = 0; g < ng; g++) {
        const __m256 ad = _mm256_set1_ps(a * kvq_scale(row, g));
        for (int i = g * G; i < (g + 1) * G; i += 32) {
            __m256 c[4];
            kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
            for (int k = 0; k < 4; k++) {
                float* yk = y + i + 8 * k;
                _mm256_storeu_ps(yk, _mm256_fmadd_ps(_mm256_sub_ps(c[k], off), ad, _mm256_loadu_ps(yk)));
            }
        }
    }
}
#endif

struct attn_kernels {
    float (*dot_f16_f32)(const uint16_t*, const float*, int);
    void (*axpy_f16)(float*, const uint16_t*, float, int);
    void (*store_f16)(uint16_t*, const float*, int);
    void (*round_f16)(float*, int);
    float (*dot_kvq)(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G);
    void (*axpy_kvq)(int t, float* y, const uint8_t* row, float a, int hd, int G);
    float (*dot_codes)(int t, const uint8_t* codes, const float* x, int n);
};

inline const attn_kernels& attn_kernels_ref() {
    static const attn_kernels k{dot_f16_f32_ref, axpy_f16_ref, store_f16_ref, round_f16_ref, dot_kvq_ref, axpy_kvq_ref, dot_codes_ref};
    return k;
}

inline const attn_kernels& attn_kernels_get() {
    static const attn_kernels k = [] {
        attn_kernels r = attn_kernels_ref();
#if defined(QLM_HAS_AVX2)
        if (cpu().avx2 && cpu().fma)
            r = {dot_f16_f32_avx2, axpy_f16_avx2, store_f16_avx2, round_f16_avx2, dot_kvq_avx2, axpy_kvq_avx2, dot_codes_avx2};
#endif
        return r;
    }();
    return k;
}

} // namespace qlm_detail
#endif
