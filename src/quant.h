// ==== [qlm:quant] tensor types: block layouts, scalar reference kernels =================
// Weights stay in their stored (quantized) form. A matrix-vector product quantizes the
// activation vector once into the type's "activation type" (Q8_0, Q8_1 or Q8_K; F32 for
// float weights) and then calls vec_dot row by row. The scalar functions here are the
// reference every SIMD path (src/quant_avx2.h) is tested against.
//
// How a dot product is done (the way the formats are meant to be used): per block (or
// sub-block) an exact integer dot product of the quants, then one float multiply by the
// product of the scales. Offsets are folded in without touching the quants again:
//   Q4_1/Q5_1 x Q8_1 : d_w*d_a*sum(q_w*q_a) + m_w*s_a     (s_a = d_a*sum(q_a), stored)
//   K-quant  x Q8_K  : the "min" (Q2_K/Q4_K/Q5_K) and the constant offsets (Q3_K's -4,
//                      Q6_K's -32) go through Q8_K's bsums (sums of 16 activations).
// Activation quantizers round exactly like ggml's reference ones, so logits can be
// compared with llama.cpp's: Q8_0/Q8_1 d = amax/127, q = roundf(x * (1/d));
// Q8_K iscale = -127/max (max = the signed element of largest magnitude),
// q = min(127, nearest-even(iscale*x)), d = 1/iscale.
#ifndef QLM_QUANT_H
#define QLM_QUANT_H
#include "internal.h"

namespace qlm_detail {

// Type ids as stored in GGUF tensor infos (the ggml numbering).
enum qtype : uint32_t {
    QT_F32 = 0, QT_F16 = 1, QT_Q4_0 = 2, QT_Q4_1 = 3, QT_Q5_0 = 6, QT_Q5_1 = 7,
    QT_Q8_0 = 8, QT_Q8_1 = 9, QT_Q2_K = 10, QT_Q3_K = 11, QT_Q4_K = 12, QT_Q5_K = 13,
    QT_Q6_K = 14, QT_Q8_K = 15, QT_BF16 = 30, QT_TQ1_0 = 34, QT_TQ2_0 = 35, QT_GGML_COUNT = 40,
    // quantlm's own formats (lowbit.h) use ids from 1024, far above ggml's, so that new
    // ggml types can never collide with them; the kernel tables span both ranges.
    QT_LOWBIT_FIRST = 1024, QT_COUNT = 1024 + 64
};

// y = dot(x_row (n weights of its type), a (n activations in act_type)). n is a multiple
// of the block size.
typedef float (*vec_dot_fn)(int64_t n, const void* x, const void* a);
// out[t*out_stride + r] = dot(row r of x, row t of a) for r < nr, t < nt: a tile of a
// matrix product (rows x_stride bytes apart, activation rows a_stride bytes apart). Each
// element equals vec_dot of the same rows bit for bit, whatever the tile.
typedef void (*mat_dot_fn)(int64_t n, const void* x, size_t x_stride, int nr, const void* a, size_t a_stride,
                           int nt, float* out, size_t out_stride);
// Quantizes n floats into blocks of the type (n a multiple of the block size).
typedef void (*quantize_act_fn)(const float* x, void* y, int64_t n);
typedef void (*to_float_fn)(const void* x, float* y, int64_t n);
// Weights interleaved by 16 rows at load (packed.h): out[t*os + r] (+)= row r of the slabs .
// activations of token t.
struct pk_format;
struct pk_act;
typedef void (*pk_gemm_fn)(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                           float* out, size_t os, bool accumulate);

struct type_traits {
    const char* name;  // "Q4_K", ...; NULL for ids we do not know
    int64_t block;     // weights per block
    size_t block_bytes;
    uint32_t act_type; // the type activations are quantized to for vec_dot
    to_float_fn to_float;      // dequantize (reference)
    vec_dot_fn vec_dot_ref;    // scalar reference dot; NULL for Q8_1/Q8_K (activation only)
    quantize_act_fn quantize_ref; // exact ggml rounding for the activation types Q8_0/Q8_1/
                                  // Q8_K; simple round-to-nearest quantizers for the others
};

// The kernel table the model uses, chosen once per process from the CPU features
// (read-only afterwards; QLM_NO_SIMD forces the scalar one). kernels() is defined with
// the SIMD kernels in quant_avx2.h (included at the end of this part).
struct kernel_table {
    const char* isa; // "avx2", "avx2+avx512vnni", "neon+dotprod" or "scalar"
    vec_dot_fn vec_dot[QT_COUNT];
    mat_dot_fn mat_dot[QT_COUNT]; // NULL: the product is done with vec_dot, pair by pair
    quantize_act_fn quantize_act[QT_COUNT]; // indexed by activation type
    pk_gemm_fn pk_gemm;                     // NULL: weights stay as stored (no SIMD kernel)
};
inline const kernel_table& kernels();
inline const kernel_table& kernels_scalar();
inline const type_traits* lowbit_type_info(uint32_t type); // lowbit.h
inline void lowbit_kernels_avx2(kernel_table& t);          // lowbit.h, with QLM_HAS_AVX2
inline void packed_kernels(kernel_table& t);               // packed.h
inline const kernel_table* kernels_neon();                 // packed_neon.h: NULL without QLM_HAS_NEON

// ---- block layouts (bytes exactly as stored in GGUF) ------------------------------------
// fp16 fields are kept as raw uint16_t. Within a 32-weight block of Q4/Q5, byte j of qs
// holds weight j in its low nibble and weight j+16 in its high nibble; bit j of qh is the
// fifth bit of weight j.
constexpr int QK4_0 = 32, QK4_1 = 32, QK5_0 = 32, QK5_1 = 32, QK8_0 = 32, QK8_1 = 32, QK_K = 256;

struct block_q4_0 { uint16_t d; uint8_t qs[16]; };                 // w = d*(q-8)
struct block_q4_1 { uint16_t d, m; uint8_t qs[16]; };              // w = d*q + m
struct block_q5_0 { uint16_t d; uint8_t qh[4]; uint8_t qs[16]; };  // w = d*(q-16)
struct block_q5_1 { uint16_t d, m; uint8_t qh[4]; uint8_t qs[16]; }; // w = d*q + m
struct block_q8_0 { uint16_t d; int8_t qs[32]; };                  // w = d*q
struct block_q8_1 { uint16_t d, s; int8_t qs[32]; };               // s = fp16(d*sum(q))
// K-quants: 256 weights per super-block, split into 16 sub-blocks of 16 (Q2_K, Q3_K,
// Q6_K) or 8 of 32 (Q4_K, Q5_K), each with its own quantized scale (and min).
struct block_q2_K {     // w = d*(sc&15)*q - dmin*(sc>>4), q in 0..3; sub-block k uses
    uint8_t scales[16]; // scales[k]. Weight 128h+32j+16g+l is bits 2j..2j+1 of
    uint8_t qs[64];     // qs[32h+16g+l] (h<2, j<4, g<2, l<16), sub-block 8h+2j+g.
    uint16_t d, dmin;
};
struct block_q3_K {     // w = d*(s-32)*(q-4), q in 0..7: low 2 bits as in Q2_K, bit 2
    uint8_t hmask[32];  // is bit 4h+j of hmask[16g+l]. The 16 6-bit scales s: low 4
    uint8_t qs[64];     // bits in scales[k] (k<8) or scales[k-8]>>4; high 2 bits are
    uint8_t scales[12]; // bits 2*(k/4).. of scales[8+k%4].
    uint16_t d;
};
struct block_q4_K {     // w = d*sc*q - dmin*m, q in 0..15; 8 sub-blocks of 32 with 6-bit
    uint16_t d, dmin;   // sc/m (see q4k_scale_min). Weight 64j+l (l<32) is the low
    uint8_t scales[12]; // nibble of qs[32j+l] (sub-block 2j), weight 64j+32+l its high
    uint8_t qs[128];    // nibble (sub-block 2j+1).
};
struct block_q5_K {     // as Q4_K plus a fifth bit: bit 2j (low nibble) or 2j+1 (high
    uint16_t d, dmin;   // nibble) of qh[l]; q in 0..31.
    uint8_t scales[12];
    uint8_t qh[32];
    uint8_t qs[128];
};
struct block_q6_K {     // w = d*scales[k]*(q-32), q in 0..63; sub-block k = weight/16.
    uint8_t ql[128];    // Weight 128h+32g+l: low 4 bits from ql[64h+32(g&1)+l] (low
    uint8_t qh[64];     // nibble for g<2, high for g>=2), high 2 bits are bits 2g..2g+1
    int8_t scales[16];  // of qh[32h+l].
    uint16_t d;
};
struct block_q8_K {     // activations only: a = d*q
    float d;
    int8_t qs[256];
    int16_t bsums[16];  // sums of each 16 consecutive qs
};

static_assert(sizeof(block_q4_0) == 18 && sizeof(block_q4_1) == 20, "Q4 layout");
static_assert(sizeof(block_q5_0) == 22 && sizeof(block_q5_1) == 24, "Q5 layout");
static_assert(sizeof(block_q8_0) == 34 && sizeof(block_q8_1) == 36, "Q8 layout");
static_assert(sizeof(block_q2_K) == 84 && sizeof(block_q3_K) == 110, "K layout");
static_assert(sizeof(block_q4_K) == 144 && sizeof(block_q5_K) == 176, "K layout");
static_assert(sizeof(block_q6_K) == 210 && sizeof(block_q8_K) == 292, "K layout");

// ---- small helpers ------------------------------------------------------------------------
inline float f16(uint16_t h) { return fp16_to_fp32(h); }

// Round half to even (ggml's nearest_int), valid for |v| < 2^22.
inline int nearest_even(float v) { return (int)std::nearbyint(v); }

// The element of largest magnitude, with its sign (the first one on ties).
inline float signed_max(const float* x, int n) {
    float amax = 0, max = 0;
    for (int i = 0; i < n; i++) {
        float ax = std::fabs(x[i]);
        if (ax > amax) {
            amax = ax;
            max = x[i];
        }
    }
    return max;
}

inline int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

// Q4_K/Q5_K: the 6-bit scale and min of sub-block j (0..7) from the 12 packed bytes.
inline void q4k_scale_min(int j, const uint8_t* s, int* sc, int* m) {
    if (j < 4) {
        *sc = s[j] & 63;
        *m = s[j + 4] & 63;
    } else {
        *sc = (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4);
        *m = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
    }
}
inline void q4k_pack_scale_min(const uint8_t sc[8], const uint8_t m[8], uint8_t* s) {
    for (int j = 0; j < 4; j++) {
        s[j] = (uint8_t)((sc[j] & 63) | ((sc[j + 4] >> 4) << 6));
        s[j + 4] = (uint8_t)((m[j] & 63) | ((m[j + 4] >> 4) << 6));
        s[j + 8] = (uint8_t)((sc[j + 4] & 0xF) | ((m[j + 4] & 0xF) << 4));
    }
}
// Q3_K: the 16 signed scales (s - 32) from the 12 packed bytes.
inline void q3k_scales(const uint8_t* s, int8_t out[16]) {
    for (int k = 0; k < 16; k++) {
        int lo = k < 8 ? s[k] & 0xF : s[k - 8] >> 4;
        int hi = (s[8 + k % 4] >> (2 * (k / 4))) & 3;
        out[k] = (int8_t)((lo | (hi << 4)) - 32);
    }
}
inline void q3k_pack_scales(const int8_t in[16], uint8_t* s) {
    memset(s, 0, 12);
    for (int k = 0; k < 16; k++) {
        int l = in[k] + 32;
        if (k < 8) s[k] = (uint8_t)(s[k] | (l & 0xF));
        else s[k - 8] = (uint8_t)(s[k - 8] | ((l & 0xF) << 4));
        s[8 + k % 4] = (uint8_t)(s[8 + k % 4] | ((l >> 4) << (2 * (k / 4))));
    }
}

// ==== float types ===========================================================================
inline void to_float_f32(const void* x, float* y, int64_t n) { memcpy(y, x, (size_t)n * 4); }
inline void to_float_f16(const void* x, float* y, int64_t n) {
    const uint16_t* h = static_cast<const uint16_t*>(x);
    for (int64_t i = 0; i < n; i++) y[i] = fp16_to_fp32(h[i]);
}
inline void to_float_bf16(const void* x, float* y, int64_t n) {
    const uint16_t* h = static_cast<const uint16_t*>(x);
    for (int64_t i = 0; i < n; i++) y[i] = bf16_to_fp32(h[i]);
}
inline void quantize_f32_ref(const float* x, void* y, int64_t n) { memcpy(y, x, (size_t)n * 4); }
inline void quantize_f16_ref(const float* x, void* y, int64_t n) {
    uint16_t* h = static_cast<uint16_t*>(y);
    for (int64_t i = 0; i < n; i++) h[i] = fp32_to_fp16(x[i]);
}
inline uint16_t fp32_to_bf16(float f) { // round to nearest even; NaN stays NaN
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7fffffff) > 0x7f800000) return (uint16_t)((u >> 16) | 0x40);
    return (uint16_t)((u + 0x7fff + ((u >> 16) & 1)) >> 16);
}
inline void quantize_bf16_ref(const float* x, void* y, int64_t n) {
    uint16_t* h = static_cast<uint16_t*>(y);
    for (int64_t i = 0; i < n; i++) h[i] = fp32_to_bf16(x[i]);
}
// The float dots accumulate in double: they are the reference, not the hot path.
inline float vec_dot_f32_ref(int64_t n, const void* x, const void* a) {
    const float* w = static_cast<const float*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)w[i] * v[i];
    return (float)s;
}
inline float vec_dot_f16_ref(int64_t n, const void* x, const void* a) {
    const uint16_t* w = static_cast<const uint16_t*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)fp16_to_fp32(w[i]) * v[i];
    return (float)s;
}
inline float vec_dot_bf16_ref(int64_t n, const void* x, const void* a) {
    const uint16_t* w = static_cast<const uint16_t*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)bf16_to_fp32(w[i]) * v[i];
    return (float)s;
}

// ==== activation types: Q8_0, Q8_1, Q8_K ====================================================
inline void quantize_q8_0_ref(const float* x, void* vy, int64_t n) {
    block_q8_0* y = static_cast<block_q8_0*>(vy);
    for (int64_t b = 0; b < n / QK8_0; b++, x += QK8_0) {
        float amax = 0;
        for (int j = 0; j < QK8_0; j++) amax = std::max(amax, std::fabs(x[j]));
        const float d = amax / 127.0f;
        const float id = d != 0 ? 1.0f / d : 0.0f;
        y[b].d = fp32_to_fp16(d);
        for (int j = 0; j < QK8_0; j++) y[b].qs[j] = (int8_t)std::round(x[j] * id);
    }
}
inline void quantize_q8_1_ref(const float* x, void* vy, int64_t n) {
    block_q8_1* y = static_cast<block_q8_1*>(vy);
    for (int64_t b = 0; b < n / QK8_1; b++, x += QK8_1) {
        float amax = 0;
        for (int j = 0; j < QK8_1; j++) amax = std::max(amax, std::fabs(x[j]));
        const float d = amax / 127.0f;
        const float id = d != 0 ? 1.0f / d : 0.0f;
        int sum = 0;
        for (int j = 0; j < QK8_1; j++) {
            y[b].qs[j] = (int8_t)std::round(x[j] * id);
            sum += y[b].qs[j];
        }
        y[b].d = fp32_to_fp16(d);
        y[b].s = fp32_to_fp16((float)sum * d);
    }
}
inline void quantize_q8_K_ref(const float* x, void* vy, int64_t n) {
    block_q8_K* y = static_cast<block_q8_K*>(vy);
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        const float max = signed_max(x, QK_K);
        if (max == 0) {
            memset(&y[b], 0, sizeof(block_q8_K));
            continue;
        }
        const float iscale = -127.0f / max;
        for (int j = 0; j < QK_K; j++) y[b].qs[j] = (int8_t)std::min(127, nearest_even(iscale * x[j]));
        for (int k = 0; k < QK_K / 16; k++) {
            int s = 0;
            for (int l = 0; l < 16; l++) s += y[b].qs[16 * k + l];
            y[b].bsums[k] = (int16_t)s;
        }
        y[b].d = 1.0f / iscale;
    }
}
inline void to_float_q8_0(const void* vx, float* y, int64_t n) {
    const block_q8_0* x = static_cast<const block_q8_0*>(vx);
    for (int64_t b = 0; b < n / QK8_0; b++)
        for (int j = 0; j < QK8_0; j++) *y++ = f16(x[b].d) * x[b].qs[j];
}
inline void to_float_q8_1(const void* vx, float* y, int64_t n) {
    const block_q8_1* x = static_cast<const block_q8_1*>(vx);
    for (int64_t b = 0; b < n / QK8_1; b++)
        for (int j = 0; j < QK8_1; j++) *y++ = f16(x[b].d) * x[b].qs[j];
}
inline void to_float_q8_K(const void* vx, float* y, int64_t n) {
    const block_q8_K* x = static_cast<const block_q8_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++)
        for (int j = 0; j < QK_K; j++) *y++ = x[b].d * x[b].qs[j];
}
inline float vec_dot_q8_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q8_0* x = static_cast<const block_q8_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK8_0; b++) {
        int isum = 0;
        for (int j = 0; j < QK8_0; j++) isum += x[b].qs[j] * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}

// ==== Q4_0, Q4_1, Q5_0, Q5_1 ================================================================
inline void to_float_q4_0(const void* vx, float* y, int64_t n) {
    const block_q4_0* x = static_cast<const block_q4_0*>(vx);
    for (int64_t b = 0; b < n / QK4_0; b++, y += QK4_0) {
        const float d = f16(x[b].d);
        for (int j = 0; j < 16; j++) {
            y[j] = d * (float)((x[b].qs[j] & 0xF) - 8);
            y[j + 16] = d * (float)((x[b].qs[j] >> 4) - 8);
        }
    }
}
inline void to_float_q4_1(const void* vx, float* y, int64_t n) {
    const block_q4_1* x = static_cast<const block_q4_1*>(vx);
    for (int64_t b = 0; b < n / QK4_1; b++, y += QK4_1) {
        const float d = f16(x[b].d), m = f16(x[b].m);
        for (int j = 0; j < 16; j++) {
            y[j] = d * (x[b].qs[j] & 0xF) + m;
            y[j + 16] = d * (x[b].qs[j] >> 4) + m;
        }
    }
}
// The 5-bit quants of a Q5 block.
inline void q5_unpack(const uint8_t* qh, const uint8_t* qs, int q[32]) {
    uint32_t h;
    memcpy(&h, qh, 4);
    for (int j = 0; j < 16; j++) {
        q[j] = (qs[j] & 0xF) | (int)(((h >> j) & 1) << 4);
        q[j + 16] = (qs[j] >> 4) | (int)(((h >> (j + 16)) & 1) << 4);
    }
}
inline void to_float_q5_0(const void* vx, float* y, int64_t n) {
    const block_q5_0* x = static_cast<const block_q5_0*>(vx);
    int q[32];
    for (int64_t b = 0; b < n / QK5_0; b++) {
        const float d = f16(x[b].d);
        q5_unpack(x[b].qh, x[b].qs, q);
        for (int j = 0; j < 32; j++) *y++ = d * (float)(q[j] - 16);
    }
}
inline void to_float_q5_1(const void* vx, float* y, int64_t n) {
    const block_q5_1* x = static_cast<const block_q5_1*>(vx);
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++) {
        const float d = f16(x[b].d), m = f16(x[b].m);
        q5_unpack(x[b].qh, x[b].qs, q);
        for (int j = 0; j < 32; j++) *y++ = d * (float)q[j] + m;
    }
}

inline float vec_dot_q4_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_0* x = static_cast<const block_q4_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK4_0; b++) {
        int isum = 0;
        for (int j = 0; j < 16; j++)
            isum += ((x[b].qs[j] & 0xF) - 8) * a[b].qs[j] + ((x[b].qs[j] >> 4) - 8) * a[b].qs[j + 16];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q4_1_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_1* x = static_cast<const block_q4_1*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK4_1; b++) {
        int isum = 0;
        for (int j = 0; j < 16; j++)
            isum += (x[b].qs[j] & 0xF) * a[b].qs[j] + (x[b].qs[j] >> 4) * a[b].qs[j + 16];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum + f16(x[b].m) * f16(a[b].s);
    }
    return sum;
}
inline float vec_dot_q5_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_0* x = static_cast<const block_q5_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    int q[32];
    for (int64_t b = 0; b < n / QK5_0; b++) {
        q5_unpack(x[b].qh, x[b].qs, q);
        int isum = 0;
        for (int j = 0; j < 32; j++) isum += (q[j] - 16) * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q5_1_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_1* x = static_cast<const block_q5_1*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    float sum = 0;
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++) {
        q5_unpack(x[b].qh, x[b].qs, q);
        int isum = 0;
        for (int j = 0; j < 32; j++) isum += q[j] * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum + f16(x[b].m) * f16(a[b].s);
    }
    return sum;
}

// Round-to-nearest weight quantizers (tests, tools). Symmetric types map the element of
// largest magnitude to the most negative quant; asymmetric ones span [min, max].
inline void quantize_q4_0_ref(const float* x, void* vy, int64_t n) {
    block_q4_0* y = static_cast<block_q4_0*>(vy);
    for (int64_t b = 0; b < n / QK4_0; b++, x += QK4_0) {
        y[b].d = fp32_to_fp16(signed_max(x, 32) / -8.0f);
        const float d = f16(y[b].d), id = d != 0 ? 1.0f / d : 0.0f;
        for (int j = 0; j < 16; j++) {
            int q0 = clampi(nearest_even(x[j] * id) + 8, 0, 15);
            int q1 = clampi(nearest_even(x[j + 16] * id) + 8, 0, 15);
            y[b].qs[j] = (uint8_t)(q0 | (q1 << 4));
        }
    }
}
inline void quantize_q5_0_ref(const float* x, void* vy, int64_t n) {
    block_q5_0* y = static_cast<block_q5_0*>(vy);
    for (int64_t b = 0; b < n / QK5_0; b++, x += QK5_0) {
        y[b].d = fp32_to_fp16(signed_max(x, 32) / -16.0f);
        const float d = f16(y[b].d), id = d != 0 ? 1.0f / d : 0.0f;
        uint32_t h = 0;
        for (int j = 0; j < 16; j++) {
            int q0 = clampi(nearest_even(x[j] * id) + 16, 0, 31);
            int q1 = clampi(nearest_even(x[j + 16] * id) + 16, 0, 31);
            y[b].qs[j] = (uint8_t)((q0 & 0xF) | ((q1 & 0xF) << 4));
            h |= (uint32_t)(q0 >> 4) << j | (uint32_t)(q1 >> 4) << (j + 16);
        }
        memcpy(y[b].qh, &h, 4);
    }
}
// Asymmetric 32-weight block: d = (max-min)/levels, m = min; returns the quants.
inline void quantize_minmax_block(const float* x, int levels, uint16_t* d16, uint16_t* m16, int q[32]) {
    float mn = x[0], mx = x[0];
    for (int j = 1; j < 32; j++) {
        mn = std::min(mn, x[j]);
        mx = std::max(mx, x[j]);
    }
    *d16 = fp32_to_fp16((mx - mn) / (float)levels);
    *m16 = fp32_to_fp16(mn);
    const float d = f16(*d16), m = f16(*m16), id = d != 0 ? 1.0f / d : 0.0f;
    for (int j = 0; j < 32; j++) q[j] = clampi(nearest_even((x[j] - m) * id), 0, levels);
}
inline void quantize_q4_1_ref(const float* x, void* vy, int64_t n) {
    block_q4_1* y = static_cast<block_q4_1*>(vy);
    int q[32];
    for (int64_t b = 0; b < n / QK4_1; b++, x += QK4_1) {
        quantize_minmax_block(x, 15, &y[b].d, &y[b].m, q);
        for (int j = 0; j < 16; j++) y[b].qs[j] = (uint8_t)(q[j] | (q[j + 16] << 4));
    }
}
inline void quantize_q5_1_ref(const float* x, void* vy, int64_t n) {
    block_q5_1* y = static_cast<block_q5_1*>(vy);
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++, x += QK5_1) {
        quantize_minmax_block(x, 31, &y[b].d, &y[b].m, q);
        uint32_t h = 0;
        for (int j = 0; j < 16; j++) {
            y[b].qs[j] = (uint8_t)((q[j] & 0xF) | ((q[j + 16] & 0xF) << 4));
            h |= (uint32_t)(q[j] >> 4) << j | (uint32_t)(q[j + 16] >> 4) << (j + 16);
        }
        memcpy(y[b].qh, &h, 4);
    }
}

// ==== K-quants ==============================================================================
inline void to_float_q2_K(const void* vx, float* y, int64_t n) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) { // i = 128h + 32j + 16g + l
            const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
            const int q = (x[b].qs[32 * h + 16 * g + l] >> (2 * j)) & 3;
            const int sc = x[b].scales[i / 16];
            *y++ = d * (float)(sc & 0xF) * (float)q - dmin * (float)(sc >> 4);
        }
    }
}
inline int q2k_quant(const block_q2_K& x, int i) {
    return (x.qs[32 * (i / 128) + 16 * ((i / 16) % 2) + i % 16] >> (2 * ((i / 32) % 4))) & 3;
}
inline int q3k_quant(const block_q3_K& x, int i) { // 0..7; the weight is (q-4)*scale
    const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
    const int lo = (x.qs[32 * h + 16 * g + l] >> (2 * j)) & 3;
    const int hi = (x.hmask[16 * g + l] >> (4 * h + j)) & 1;
    return lo | (hi << 2);
}
inline int q4k_quant(const block_q4_K& x, int i) {
    const uint8_t v = x.qs[32 * (i / 64) + i % 32];
    return (i % 64) < 32 ? v & 0xF : v >> 4;
}
inline int q5k_quant(const block_q5_K& x, int i) {
    const uint8_t v = x.qs[32 * (i / 64) + i % 32];
    const int sub = i / 32; // bit `sub` of qh[i%32]
    return ((i % 64) < 32 ? v & 0xF : v >> 4) | (((x.qh[i % 32] >> sub) & 1) << 4);
}
inline int q6k_quant(const block_q6_K& x, int i) {
    const int h = i / 128, g = (i / 32) % 4, l = i % 32;
    const uint8_t v = x.ql[64 * h + 32 * (g & 1) + l];
    const int lo = g < 2 ? v & 0xF : v >> 4;
    return lo | (((x.qh[32 * h + l] >> (2 * g)) & 3) << 4);
}
inline void to_float_q3_K(const void* vx, float* y, int64_t n) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    int8_t sc[16];
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d);
        q3k_scales(x[b].scales, sc);
        for (int i = 0; i < QK_K; i++) *y++ = d * (float)sc[i / 16] * (float)(q3k_quant(x[b], i) - 4);
    }
}
inline void to_float_q4_K(const void* vx, float* y, int64_t n) {
    const block_q4_K* x = static_cast<const block_q4_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) {
            int sc, m;
            q4k_scale_min(i / 32, x[b].scales, &sc, &m);
            *y++ = d * (float)sc * (float)q4k_quant(x[b], i) - dmin * (float)m;
        }
    }
}
inline void to_float_q5_K(const void* vx, float* y, int64_t n) {
    const block_q5_K* x = static_cast<const block_q5_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) {
            int sc, m;
            q4k_scale_min(i / 32, x[b].scales, &sc, &m);
            *y++ = d * (float)sc * (float)q5k_quant(x[b], i) - dmin * (float)m;
        }
    }
}
inline void to_float_q6_K(const void* vx, float* y, int64_t n) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d);
        for (int i = 0; i < QK_K; i++) *y++ = d * (float)x[b].scales[i / 16] * (float)(q6k_quant(x[b], i) - 32);
    }
}

// Reference dots: per sub-block integer sums, scaled by integer sub-block scales, one
// float multiply per super-block; offsets through bsums.
inline float vec_dot_q2_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 16; k++) {
            int s = 0;
            for (int l = 0; l < 16; l++) s += q2k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += (x[b].scales[k] & 0xF) * s;
            summs += (x[b].scales[k] >> 4) * a[b].bsums[k];
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q3_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    int8_t sc[16];
    for (int64_t b = 0; b < n / QK_K; b++) {
        q3k_scales(x[b].scales, sc);
        int isum = 0;
        for (int k = 0; k < 16; k++) { // sum (q-4)*a = sum q*a - 4*bsum
            int s = 0;
            for (int l = 0; l < 16; l++) s += q3k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += sc[k] * (s - 4 * a[b].bsums[k]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q4_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_K* x = static_cast<const block_q4_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 8; k++) {
            int sc, m, s = 0;
            q4k_scale_min(k, x[b].scales, &sc, &m);
            for (int l = 0; l < 32; l++) s += q4k_quant(x[b], 32 * k + l) * a[b].qs[32 * k + l];
            isum += sc * s;
            summs += m * (a[b].bsums[2 * k] + a[b].bsums[2 * k + 1]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q5_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_K* x = static_cast<const block_q5_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 8; k++) {
            int sc, m, s = 0;
            q4k_scale_min(k, x[b].scales, &sc, &m);
            for (int l = 0; l < 32; l++) s += q5k_quant(x[b], 32 * k + l) * a[b].qs[32 * k + l];
            isum += sc * s;
            summs += m * (a[b].bsums[2 * k] + a[b].bsums[2 * k + 1]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q6_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0;
        for (int k = 0; k < 16; k++) { // sum (q-32)*a = sum q*a - 32*bsum
            int s = 0;
            for (int l = 0; l < 16; l++) s += q6k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += x[b].scales[k] * (s - 32 * a[b].bsums[k]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}

// K-quant weight quantizers: per sub-block scale (and min) from the data's range, then
// the sub-block scales themselves quantized against one super-block scale.
// Asymmetric sub-blocks (Q2_K, Q4_K, Q5_K): w ~ d*sc*q - dmin*m with m >= 0.
inline void kquant_minmax(const float* x, int nsub, int sub, int levels, int scale_levels,
                          uint16_t* d16, uint16_t* dmin16, uint8_t* ls, uint8_t* lm, uint8_t* q) {
    float scale[16], mins[16], max_scale = 0, max_min = 0;
    for (int k = 0; k < nsub; k++) {
        float mn = 0, mx = x[k * sub]; // min clamped to <= 0 so that m >= 0
        for (int l = 0; l < sub; l++) {
            mn = std::min(mn, x[k * sub + l]);
            mx = std::max(mx, x[k * sub + l]);
        }
        scale[k] = (mx - mn) / (float)levels;
        mins[k] = -mn;
        max_scale = std::max(max_scale, scale[k]);
        max_min = std::max(max_min, mins[k]);
    }
    *d16 = fp32_to_fp16(max_scale / (float)scale_levels);
    *dmin16 = fp32_to_fp16(max_min / (float)scale_levels);
    const float d = f16(*d16), dmin = f16(*dmin16);
    for (int k = 0; k < nsub; k++) {
        ls[k] = (uint8_t)(d > 0 ? clampi(nearest_even(scale[k] / d), 0, scale_levels) : 0);
        lm[k] = (uint8_t)(dmin > 0 ? clampi(nearest_even(mins[k] / dmin), 0, scale_levels) : 0);
        const float dl = d * ls[k], ml = dmin * lm[k];
        for (int l = 0; l < sub; l++)
            q[k * sub + l] = (uint8_t)(dl > 0 ? clampi(nearest_even((x[k * sub + l] + ml) / dl), 0, levels) : 0);
    }
}
// Symmetric sub-blocks (Q3_K, Q6_K): w ~ d*sc*(q - qoff), sc signed in [-smax, smax-1].
inline void kquant_symmetric(const float* x, int qoff, int smax, float* d_out, int8_t* ls, uint8_t* q,
                             uint16_t* d16) {
    float scale[16];
    for (int k = 0; k < 16; k++) scale[k] = signed_max(x + 16 * k, 16) / (float)-qoff;
    const float m = signed_max(scale, 16);
    const float iscale = m != 0 ? (float)-smax / m : 0.0f;
    *d16 = fp32_to_fp16(m != 0 ? 1.0f / iscale : 0.0f);
    const float d = f16(*d16);
    *d_out = d;
    for (int k = 0; k < 16; k++) {
        ls[k] = (int8_t)clampi(nearest_even(iscale * scale[k]), -smax, smax - 1);
        const float dl = d * ls[k];
        for (int l = 0; l < 16; l++)
            q[16 * k + l] =
                (uint8_t)(dl != 0 ? clampi(nearest_even(x[16 * k + l] / dl), -qoff, qoff - 1) + qoff : qoff);
    }
}
inline void quantize_q2_K_ref(const float* x, void* vy, int64_t n) {
    block_q2_K* y = static_cast<block_q2_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 16, 16, 3, 15, &y[b].d, &y[b].dmin, ls, lm, q);
        for (int k = 0; k < 16; k++) y[b].scales[k] = (uint8_t)(ls[k] | (lm[k] << 4));
        memset(y[b].qs, 0, sizeof y[b].qs);
        for (int i = 0; i < QK_K; i++) {
            uint8_t& v = y[b].qs[32 * (i / 128) + 16 * ((i / 16) % 2) + i % 16];
            v = (uint8_t)(v | (q[i] << (2 * ((i / 32) % 4))));
        }
    }
}
inline void quantize_q3_K_ref(const float* x, void* vy, int64_t n) {
    block_q3_K* y = static_cast<block_q3_K*>(vy);
    int8_t ls[16];
    uint8_t q[QK_K];
    float d;
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_symmetric(x, 4, 32, &d, ls, q, &y[b].d);
        q3k_pack_scales(ls, y[b].scales);
        memset(y[b].qs, 0, sizeof y[b].qs);
        memset(y[b].hmask, 0, sizeof y[b].hmask);
        for (int i = 0; i < QK_K; i++) {
            const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
            y[b].qs[32 * h + 16 * g + l] = (uint8_t)(y[b].qs[32 * h + 16 * g + l] | ((q[i] & 3) << (2 * j)));
            y[b].hmask[16 * g + l] = (uint8_t)(y[b].hmask[16 * g + l] | ((q[i] >> 2) << (4 * h + j)));
        }
    }
}
inline void quantize_q4_K_ref(const float* x, void* vy, int64_t n) {
    block_q4_K* y = static_cast<block_q4_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 8, 32, 15, 63, &y[b].d, &y[b].dmin, ls, lm, q);
        q4k_pack_scale_min(ls, lm, y[b].scales);
        for (int j = 0; j < 4; j++)
            for (int l = 0; l < 32; l++) y[b].qs[32 * j + l] = (uint8_t)(q[64 * j + l] | (q[64 * j + 32 + l] << 4));
    }
}
inline void quantize_q5_K_ref(const float* x, void* vy, int64_t n) {
    block_q5_K* y = static_cast<block_q5_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 8, 32, 31, 63, &y[b].d, &y[b].dmin, ls, lm, q);
        q4k_pack_scale_min(ls, lm, y[b].scales);
        memset(y[b].qh, 0, sizeof y[b].qh);
        for (int j = 0; j < 4; j++)
            for (int l = 0; l < 32; l++) {
                const int q0 = q[64 * j + l], q1 = q[64 * j + 32 + l];
                y[b].qs[32 * j + l] = (uint8_t)((q0 & 0xF) | ((q1 & 0xF) << 4));
                y[b].qh[l] = (uint8_t)(y[b].qh[l] | ((q0 >> 4) << (2 * j)) | ((q1 >> 4) << (2 * j + 1)));
            }
    }
}
inline void quantize_q6_K_ref(const float* x, void* vy, int64_t n) {
    block_q6_K* y = static_cast<block_q6_K*>(vy);
    int8_t ls[16];
    uint8_t q[QK_K];
    float d;
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_symmetric(x, 32, 128, &d, ls, q, &y[b].d);
        memcpy(y[b].scales, ls, 16);
        memset(y[b].ql, 0, sizeof y[b].ql);
        memset(y[b].qh, 0, sizeof y[b].qh);
        for (int i = 0; i < QK_K; i++) {
            const int h = i / 128, g = (i / 32) % 4, l = i % 32;
            uint8_t& lo = y[b].ql[64 * h + 32 * (g & 1) + l];
            lo = (uint8_t)(lo | ((q[i] & 0xF) << (g < 2 ? 0 : 4)));
            y[b].qh[32 * h + l] = (uint8_t)(y[b].qh[32 * h + l] | ((q[i] >> 4) << (2 * g)));
        }
    }
}

// ==== TQ1_0, TQ2_0 (llama.cpp's ternary types; read so their files load) ===================
// Codes t in {0,1,2} for weights d*(t-1), 256 per block, one fp16 d.
// TQ2_0: weight 128h+32l+m is bits 2l..2l+1 of qs[32h+m].
// TQ1_0: five codes per byte as a base-3 fraction: byte = ceil(sum t_k 3^(4-k) * 256/243),
// so code k is ((byte * 3^k mod 256) * 3) >> 8. Bytes qs[0..31] hold weights 32k+m,
// qs[32..47] weights 160+16k+m, and qh[0..3] four codes each (weights 240+4k+j).
struct block_tq1_0 { uint8_t qs[48]; uint8_t qh[4]; uint16_t d; };
struct block_tq2_0 { uint8_t qs[64]; uint16_t d; };
static_assert(sizeof(block_tq1_0) == 54 && sizeof(block_tq2_0) == 66, "TQ layout");

inline int tq_trit(uint8_t byte, int k) {
    static const uint8_t pow3[5] = {1, 3, 9, 27, 81};
    return (int)(((uint16_t)(uint8_t)(byte * pow3[k]) * 3) >> 8);
}
inline void tq1_0_codes(const block_tq1_0& b, int8_t t[256]) {
    for (int k = 0; k < 5; k++)
        for (int m = 0; m < 32; m++) t[32 * k + m] = (int8_t)tq_trit(b.qs[m], k);
    for (int k = 0; k < 5; k++)
        for (int m = 0; m < 16; m++) t[160 + 16 * k + m] = (int8_t)tq_trit(b.qs[32 + m], k);
    for (int k = 0; k < 4; k++)
        for (int j = 0; j < 4; j++) t[240 + 4 * k + j] = (int8_t)tq_trit(b.qh[j], k);
}
inline void tq2_0_codes(const block_tq2_0& b, int8_t t[256]) {
    for (int i = 0; i < 256; i++) t[i] = (int8_t)((b.qs[32 * (i / 128) + i % 32] >> (2 * ((i / 32) % 4))) & 3);
}
template <typename B, void (*Codes)(const B&, int8_t*)> void to_float_tq(const void* vx, float* y, int64_t n) {
    const B* x = static_cast<const B*>(vx);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++) {
        Codes(x[b], t);
        for (int i = 0; i < QK_K; i++) *y++ = f16(x[b].d) * (float)(t[i] - 1);
    }
}
template <typename B, void (*Codes)(const B&, int8_t*)> float vec_dot_tq(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    int8_t t[256];
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        Codes(x[b], t);
        int isum = 0;
        for (int i = 0; i < QK_K; i++) isum += (t[i] - 1) * a[b].qs[i];
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}
// Round to nearest with d = max|w| (as llama.cpp does).
inline void tq_codes_of(const float* x, uint16_t* d16, int8_t t[256]) {
    float amax = 0;
    for (int i = 0; i < QK_K; i++) amax = std::max(amax, std::fabs(x[i]));
    *d16 = fp32_to_fp16(amax);
    for (int i = 0; i < QK_K; i++) t[i] = (int8_t)(amax > 0 ? clampi(nearest_even(x[i] / amax), -1, 1) + 1 : 1);
}
inline uint8_t tq_pack5(const int8_t* t, int stride, int count) { // count codes, first most significant
    int v = 0;
    for (int k = 0; k < 5; k++) v = v * 3 + (k < count ? t[k * stride] : 0);
    return (uint8_t)((v * 256 + 242) / 243);
}
inline void quantize_tq1_0_ref(const float* x, void* vy, int64_t n) {
    block_tq1_0* y = static_cast<block_tq1_0*>(vy);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        tq_codes_of(x, &y[b].d, t);
        for (int m = 0; m < 32; m++) y[b].qs[m] = tq_pack5(t + m, 32, 5);
        for (int m = 0; m < 16; m++) y[b].qs[32 + m] = tq_pack5(t + 160 + m, 16, 5);
        for (int j = 0; j < 4; j++) y[b].qh[j] = tq_pack5(t + 240 + j, 4, 4);
    }
}
inline void quantize_tq2_0_ref(const float* x, void* vy, int64_t n) {
    block_tq2_0* y = static_cast<block_tq2_0*>(vy);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        tq_codes_of(x, &y[b].d, t);
        memset(y[b].qs, 0, sizeof y[b].qs);
        for (int i = 0; i < QK_K; i++) {
            uint8_t& v = y[b].qs[32 * (i / 128) + i % 32];
            v = (uint8_t)(v | (t[i] << (2 * ((i / 32) % 4))));
        }
    }
}
constexpr to_float_fn to_float_tq1_0 = to_float_tq<block_tq1_0, tq1_0_codes>;
constexpr to_float_fn to_float_tq2_0 = to_float_tq<block_tq2_0, tq2_0_codes>;
constexpr vec_dot_fn vec_dot_tq1_0_ref = vec_dot_tq<block_tq1_0, tq1_0_codes>;
constexpr vec_dot_fn vec_dot_tq2_0_ref = vec_dot_tq<block_tq2_0, tq2_0_codes>;

// ==== the type table ========================================================================
inline const type_traits* type_info(uint32_t type) {
    // name, weights per block, bytes per block, activation type, to_float, vec_dot_ref, quantize_ref
    static const type_traits table[QT_GGML_COUNT] = {
        /*  0 */ {"F32", 1, 4, QT_F32, to_float_f32, vec_dot_f32_ref, quantize_f32_ref},
        /*  1 */ {"F16", 1, 2, QT_F32, to_float_f16, vec_dot_f16_ref, quantize_f16_ref},
        /*  2 */ {"Q4_0", 32, 18, QT_Q8_0, to_float_q4_0, vec_dot_q4_0_ref, quantize_q4_0_ref},
        /*  3 */ {"Q4_1", 32, 20, QT_Q8_1, to_float_q4_1, vec_dot_q4_1_ref, quantize_q4_1_ref},
        /*  4 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  5 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  6 */ {"Q5_0", 32, 22, QT_Q8_0, to_float_q5_0, vec_dot_q5_0_ref, quantize_q5_0_ref},
        /*  7 */ {"Q5_1", 32, 24, QT_Q8_1, to_float_q5_1, vec_dot_q5_1_ref, quantize_q5_1_ref},
        /*  8 */ {"Q8_0", 32, 34, QT_Q8_0, to_float_q8_0, vec_dot_q8_0_ref, quantize_q8_0_ref},
        /*  9 */ {"Q8_1", 32, 36, QT_Q8_1, to_float_q8_1, nullptr, quantize_q8_1_ref},
        /* 10 */ {"Q2_K", 256, 84, QT_Q8_K, to_float_q2_K, vec_dot_q2_K_ref, quantize_q2_K_ref},
        /* 11 */ {"Q3_K", 256, 110, QT_Q8_K, to_float_q3_K, vec_dot_q3_K_ref, quantize_q3_K_ref},
        /* 12 */ {"Q4_K", 256, 144, QT_Q8_K, to_float_q4_K, vec_dot_q4_K_ref, quantize_q4_K_ref},
        /* 13 */ {"Q5_K", 256, 176, QT_Q8_K, to_float_q5_K, vec_dot_q5_K_ref, quantize_q5_K_ref},
        /* 14 */ {"Q6_K", 256, 210, QT_Q8_K, to_float_q6_K, vec_dot_q6_K_ref, quantize_q6_K_ref},
        /* 15 */ {"Q8_K", 256, 292, QT_Q8_K, to_float_q8_K, nullptr, quantize_q8_K_ref},
        // 16..29: ggml's IQ types, 30 BF16, 34/35 ternary, the rest unused here
        {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
        /* 30 */ {"BF16", 1, 2, QT_F32, to_float_bf16, vec_dot_bf16_ref, quantize_bf16_ref},
        {}, {}, {},
        /* 34 */ {"TQ1_0", 256, 54, QT_Q8_K, to_float_tq1_0, vec_dot_tq1_0_ref, quantize_tq1_0_ref},
        /* 35 */ {"TQ2_0", 256, 66, QT_Q8_K, to_float_tq2_0, vec_dot_tq2_0_ref, quantize_tq2_0_ref},
        {}, {}, {}, {},
    };
    if (type >= QT_LOWBIT_FIRST) return lowbit_type_info(type);
    return type < QT_GGML_COUNT && table[type].name ? &table[type] : nullptr;
}

// Bytes of a row of n weights; 0 for unknown types or when n is not a multiple of the block.
inline size_t row_bytes(uint32_t type, int64_t n) {
    const type_traits* t = type_info(type);
    if (!t || n < 0 || n % t->block) return 0;
    return (size_t)(n / t->block) * t->block_bytes;
}

// The scalar table: every entry is the reference function.
inline const kernel_table& kernels_scalar() {
    static const kernel_table k = [] {
        kernel_table t{};
        t.isa = "scalar";
        for (uint32_t i = 0; i < QT_COUNT; i++) {
            const type_traits* ti = type_info(i);
            if (!ti) continue;
            t.vec_dot[i] = ti->vec_dot_ref;
            if (ti->act_type == i) t.quantize_act[i] = ti->quantize_ref;
        }
        return t;
    }();
    return k;
}

} // namespace qlm_detail

#include "quant_avx2.h" // kernels(): the dispatch lives with the SIMD kernels
#include "lowbit.h"     // quantlm's own formats (type ids from QT_LOWBIT_FIRST)
#endif
