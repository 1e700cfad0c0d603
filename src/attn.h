// ==== [qlm:attn] attention kernels over the F16 KV cache ================================
// The cache stores keys and values as IEEE half floats (as llama.cpp does by default),
// so the dot products here read F16 and accumulate in F32. AVX2+F16C versions convert 8
// values per instruction; the scalar ones are the reference.
#ifndef QLM_ATTN_H
#define QLM_ATTN_H
#include "internal.h"

namespace qlm_detail {

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

#if defined(QLM_HAS_AVX2)
QLMI_TARGET_AVX2 inline float dot_f16_f32_avx2(const uint16_t* k, const float* q, int n) {
    __m256 acc = _mm256_setzero_ps();
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 kk = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(k + i)));
        acc = _mm256_fmadd_ps(kk, _mm256_loadu_ps(q + i), acc);
    }
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    float r = _mm_cvtss_f32(s);
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
#endif

struct attn_kernels {
    float (*dot_f16_f32)(const uint16_t*, const float*, int);
    void (*axpy_f16)(float*, const uint16_t*, float, int);
    void (*store_f16)(uint16_t*, const float*, int);
    void (*round_f16)(float*, int);
};

inline const attn_kernels& attn_kernels_get() {
    static const attn_kernels k = [] {
        attn_kernels r{dot_f16_f32_ref, axpy_f16_ref, store_f16_ref, round_f16_ref};
#if defined(QLM_HAS_AVX2)
        if (cpu().avx2 && cpu().fma) r = {dot_f16_f32_avx2, axpy_f16_avx2, store_f16_avx2, round_f16_avx2};
#endif
        return r;
    }();
    return k;
}

} // namespace qlm_detail
#endif
