// ==== [qlm:packed_neon] the packed kernels on Arm: NEON with the dot-product instructions ====
// The layout of packed.h maps onto sdot as it does onto VNNI: byte 4r+j of a 64-byte step
// is weight 4s+j of row r, so the 16 bytes at offset 16q of a step are the 32-bit lanes of
// rows 4q..4q+3, and one vdotq_s32 with the step's 4 activations broadcast advances those
// 4 rows by 4 weights. A slab is four registers. sdot is signed x signed: every unsigned
// code is at most 63 and so a valid int8, and Q8_0's codes are int8 already (no bias).
// The float operations per sub-block are pk_gemm_ref's, in its order (vfmaq_f32 is one
// fused multiply-add like std::fma), so the result equals the reference bit for bit.
//
// Dot-product instructions are required at compile time (QLM_HAS_NEON, internal.h):
// every Arm core that has them (Cortex-A76 and later, Neoverse N1 and later, Apple M1)
// is one a user compiles for with a -mcpu that enables them; without them the scalar
// kernels run. Tested under qemu-user only (make test-arm64): the speed of this kernel
// has not been measured on Arm hardware, and it has no software prefetch for that reason.
#ifndef QLM_PACKED_NEON_H
#define QLM_PACKED_NEON_H
#include "packed.h"

namespace qlm_detail {

#if defined(QLM_HAS_NEON)

// 16 header bytes or halves (one per row) as the four vectors of rows 4q..4q+3.
inline void pk_neon_u32(uint8x16_t b, uint32x4_t o[4]) {
    const uint16x8_t lo = vmovl_u8(vget_low_u8(b)), hi = vmovl_high_u8(b);
    o[0] = vmovl_u16(vget_low_u16(lo)), o[1] = vmovl_high_u16(lo);
    o[2] = vmovl_u16(vget_low_u16(hi)), o[3] = vmovl_high_u16(hi);
}
inline void pk_neon_s8_f32(const uint8_t* p, float32x4_t o[4]) {
    const int8x16_t b = vreinterpretq_s8_u8(vld1q_u8(p));
    const int16x8_t lo = vmovl_s8(vget_low_s8(b)), hi = vmovl_high_s8(b);
    o[0] = vcvtq_f32_s32(vmovl_s16(vget_low_s16(lo))), o[1] = vcvtq_f32_s32(vmovl_high_s16(lo));
    o[2] = vcvtq_f32_s32(vmovl_s16(vget_low_s16(hi))), o[3] = vcvtq_f32_s32(vmovl_high_s16(hi));
}
inline void pk_neon_f16(const uint8_t* p, float32x4_t o[4]) { // 16 fp16, exact like f16()
    const float16x8_t a = vreinterpretq_f16_u8(vld1q_u8(p)), b = vreinterpretq_f16_u8(vld1q_u8(p + 16));
    o[0] = vcvt_f32_f16(vget_low_f16(a)), o[1] = vcvt_high_f32_f16(a);
    o[2] = vcvt_f32_f16(vget_low_f16(b)), o[3] = vcvt_high_f32_f16(b);
}

// INT2's D and M for the 16 rows (pk_e8, then pk_gemm_ref's M = D*z*(1/16)). The mantissa
// 2^(m/16) is a byte table lookup of its 4 bytes from pk_e8_mant's 64; the power of two
// is built in the exponent field, so the product is exact like ldexp.
inline void pk_neon_e8(const uint8_t* p, float32x4_t D[4], float32x4_t M[4]) {
    const uint8_t* mb = reinterpret_cast<const uint8_t*>(pk_e8_mant());
    const uint8x16x4_t tab = {{vld1q_u8(mb), vld1q_u8(mb + 16), vld1q_u8(mb + 32), vld1q_u8(mb + 48)}};
    static const uint8_t row_of_byte[16] = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
    static const uint8_t byte_of_float[16] = {0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3};
    const uint8x16_t e = vld1q_u8(p);
    const uint8x16_t off = vshlq_n_u8(vandq_u8(e, vdupq_n_u8(15)), 2); // each row's mantissa offset
    uint32x4_t e32[4];
    pk_neon_u32(e, e32);
    float32x4_t z[4];
    pk_neon_s8_f32(p + 16, z);
    for (int q = 0; q < 4; q++) {
        const uint8x16_t rows = vaddq_u8(vld1q_u8(row_of_byte), vdupq_n_u8((uint8_t)(4 * q)));
        const uint8x16_t idx = vaddq_u8(vqtbl1q_u8(off, rows), vld1q_u8(byte_of_float));
        const float32x4_t mant = vreinterpretq_f32_u8(vqtbl4q_u8(tab, idx));
        const uint32x4_t ex = vshlq_n_u32(vaddq_u32(vshrq_n_u32(e32[q], 4), vdupq_n_u32(127 - 14)), 23);
        const float32x4_t d = vmulq_f32(mant, vreinterpretq_f32_u32(ex));
        D[q] = vreinterpretq_f32_u32(vandq_u32(vreinterpretq_u32_f32(d), vtstq_u32(e32[q], e32[q]))); // e = 0 -> 0
        M[q] = vmulq_f32(vmulq_f32(D[q], z[q]), vdupq_n_f32(0.0625f));
    }
}

// The integer scales of sub-block sb for the 16 rows (pk_int_scale): Q6_K's bytes, or Q3_K's
// 6 bits from the 12 planes.
template <int H>
inline void pk_neon_int_scale(const uint8_t* p, int sb, int32x4_t s4[4]) {
    const uint8_t* pl = p + 32;
    int8x16_t sc;
    if (H == PK_H_K6) {
        sc = vld1q_s8((const int8_t*)(pl + 16 * sb));
    } else {
        const uint8x16_t lo = sb < 8 ? vandq_u8(vld1q_u8(pl + 16 * sb), vdupq_n_u8(15)) : vshrq_n_u8(vld1q_u8(pl + 16 * (sb - 8)), 4);
        const uint8x16_t hi = vandq_u8(vshlq_u8(vld1q_u8(pl + 16 * (8 + sb % 4)), vdupq_n_s8((int8_t)(-2 * (sb / 4)))), vdupq_n_u8(3));
        sc = vsubq_s8(vreinterpretq_s8_u8(vorrq_u8(lo, vshlq_n_u8(hi, 4))), vdupq_n_s8(32));
    }
    const int16x8_t a = vmovl_s8(vget_low_s8(sc)), b = vmovl_high_s8(sc);
    s4[0] = vmovl_s16(vget_low_s16(a)), s4[1] = vmovl_high_s16(a), s4[2] = vmovl_s16(vget_low_s16(b)), s4[3] = vmovl_high_s16(b);
}

// The D and M of a Q2_K, Q4_K or Q5_K sub-block sb for the 16 rows (pk_k_scale's operations).
template <int H>
inline void pk_neon_kscale(const uint8_t* p, int sb, float32x4_t D[4], float32x4_t M[4]) {
    float32x4_t d[4];
    pk_neon_f16(p, d);
    if (H == PK_H_K2) {
        const uint8x16_t b = vld1q_u8(p + 64 + 16 * sb);
        float32x4_t dmin[4];
        pk_neon_f16(p + 32, dmin);
        uint32x4_t sc32[4], m32[4];
        pk_neon_u32(vandq_u8(b, vdupq_n_u8(15)), sc32);
        pk_neon_u32(vshrq_n_u8(b, 4), m32);
        for (int q = 0; q < 4; q++) {
            D[q] = vmulq_f32(d[q], vcvtq_f32_u32(sc32[q]));
            M[q] = vnegq_f32(vmulq_f32(dmin[q], vcvtq_f32_u32(m32[q])));
        }
        return;
    }
    const uint8_t* pl = p + 64; // the 12 scale planes: q4k_scale_min on 16 rows at once
    const uint8x16_t c63 = vdupq_n_u8(63), c15 = vdupq_n_u8(15);
    uint8x16_t sc, m;
    if (sb < 4) {
        sc = vandq_u8(vld1q_u8(pl + 16 * sb), c63);
        m = vandq_u8(vld1q_u8(pl + 16 * (sb + 4)), c63);
    } else {
        const uint8x16_t b = vld1q_u8(pl + 16 * (sb + 4));
        sc = vorrq_u8(vandq_u8(b, c15), vshlq_n_u8(vshrq_n_u8(vld1q_u8(pl + 16 * (sb - 4)), 6), 4));
        m = vorrq_u8(vshrq_n_u8(b, 4), vshlq_n_u8(vshrq_n_u8(vld1q_u8(pl + 16 * sb), 6), 4));
    }
    float32x4_t dmin[4];
    pk_neon_f16(p + 32, dmin);
    uint32x4_t sc32[4], m32[4];
    pk_neon_u32(sc, sc32);
    pk_neon_u32(m, m32);
    for (int q = 0; q < 4; q++) {
        D[q] = vmulq_f32(d[q], vcvtq_f32_u32(sc32[q]));
        M[q] = vnegq_f32(vmulq_f32(dmin[q], vcvtq_f32_u32(m32[q])));
    }
}

// NS slabs at once (slab j*n + s for j < NS) for NT tokens, as pk_gemm_avx512_t. The loops
// over slabs, rows and tokens are unrolled so that the integer sums x stay in registers
// (indexed at run time, GCC keeps them on the stack: a load and a store per sdot). The
// loop over steps is not: unrolled, GCC schedules every step's loads first and spills
// (seen in the aarch64 assembly with 4 tokens); rolled, a step is its 4 code loads, their
// unpacking, one broadcast per token and 4*NT sdots.
template <int B, int H, int NT, int NS, int SUB>
void pk_gemm_neon_t(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out,
                    size_t os, bool accumulate) {
    constexpr int spc = 8 / B; // steps per 64-byte chunk
    const int G = f.group;
    const size_t gb = pk_group_bytes(f), hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    const size_t slab = (size_t)(ne0 / G) * gb;
    const uint8x16_t mask = vdupq_n_u8((uint8_t)(B == 8 ? 0xFF : (1 << B) - 1));
    for (int64_t s = 0; s < n; s++) {
        float32x4_t acc[NS][NT][4];
        const uint8_t* p[NS];
        for (int j = 0; j < NS; j++) {
            p[j] = w + (size_t)(s + j * n) * slab;
            for (int t = 0; t < NT; t++)
                for (int q = 0; q < 4; q++) acc[j][t][q] = vdupq_n_f32(0.0f);
        }
        for (int64_t i0 = 0; i0 < ne0; i0 += G) {
            float32x4_t D[NS][4], M[NS][4];
            for (int j = 0; j < NS; j++) {
                if (H == PK_H_E8) {
                    pk_neon_e8(p[j], D[j], M[j]);
                } else if (H == PK_H_D || H == PK_H_DM || pk_int_scales(H)) { // other K-quants: per sub-block below
                    pk_neon_f16(p[j], D[j]);
                    if (H == PK_H_DM) pk_neon_f16(p[j] + 32, M[j]);
                    else
                        for (int q = 0; q < 4; q++) M[j][q] = vdupq_n_f32(0.0f);
                }
            }
            int32x4_t SC[NS][4], y[NS][NT][4] = {}; // Q3_K, Q6_K: integer scales, the first sub-block's sums
            for (int s0 = 0; s0 < G; s0 += SUB) {
                const int64_t i = i0 + s0;
                const int8_t* aq[NT];
                int32x4_t x[NS][NT][4];
                for (int t = 0; t < NT; t++) aq[t] = pk_aq(a, t, i);
#pragma GCC unroll 2
                for (int j = 0; j < NS; j++)
#pragma GCC unroll 4
                    for (int t = 0; t < NT; t++)
#pragma GCC unroll 4
                        for (int q = 0; q < 4; q++) x[j][t][q] = vdupq_n_s32(0);
                if constexpr (pk_int_scales(H))
                    for (int j = 0; j < NS; j++) pk_neon_int_scale<H>(p[j], s0 / SUB, SC[j]);
                else if constexpr (pk_is_k(H))
                    for (int j = 0; j < NS; j++) pk_neon_kscale<H>(p[j], s0 / SUB, D[j], M[j]);
#pragma GCC unroll 2
                for (int j = 0; j < NS; j++) {
                    const uint8_t* c = p[j] + hb;
                    const int st0 = s0 / 4;
#pragma GCC unroll 1
                    for (int st = 0; st < SUB / 4; st++) { // a step's 4 code vectors, then every token
                        uint8x16_t v[4];
#pragma GCC unroll 4
                        for (int q = 0; q < 4; q++) { // pk_code's places
                            if constexpr (B == 3) { // Q3_K: 2 bits from the low plane, bit 2 from the high one
                                const int sl = st0 + st;
                                const uint8x16_t l = vandq_u8(vshlq_u8(vld1q_u8(c + 64 * (sl / 4) + 16 * q), vdupq_n_s8((int8_t)(-2 * (sl % 4)))), vdupq_n_u8(3));
                                const uint8x16_t h = vandq_u8(vshlq_u8(vld1q_u8(c + 4 * G + 64 * (sl / 8) + 16 * q), vdupq_n_s8((int8_t)(-(sl % 8)))), vdupq_n_u8(1));
                                v[q] = vorrq_u8(l, vshlq_n_u8(h, 2));
                            } else if constexpr (B == PK_TRITS) { // base 3 (tq_trit): the byte times 3^n mod 256, compared twice
                                static const uint8_t pow3[5] = {1, 3, 9, 27, 81};
                                const uint8x16_t mm = vmulq_u8(vld1q_u8(c + 64 * ((st0 + st) / 5) + 16 * q), vdupq_n_u8(pow3[(st0 + st) % 5]));
                                v[q] = vsubq_u8(vdupq_n_u8(0), vaddq_u8(vcgtq_u8(mm, vdupq_n_u8(85)), vcgtq_u8(mm, vdupq_n_u8(170))));
                            } else if constexpr (B == 5 || B == 6) { // low 4 bits from the low plane, the rest from the high one
                                constexpr int hbits = B - 4, hs = 8 / hbits;
                                static_assert((SUB / 4) % hs == 0, "a sub-block starts a high-plane byte");
                                const uint8x16_t lo = vld1q_u8(c + 64 * ((st0 + st) / 2) + 16 * q);
                                const uint8x16_t hi = vshlq_u8(vld1q_u8(c + 8 * G + 64 * ((st0 + st) / hs) + 16 * q),
                                                               vdupq_n_s8((int8_t)(-hbits * (st % hs))));
                                // vsli keeps lo's bits 0-3 and puts the high bits above them
                                v[q] = vsliq_n_u8(st % 2 ? vshrq_n_u8(lo, 4) : lo, vandq_u8(hi, vdupq_n_u8((uint8_t)((1 << hbits) - 1))), 4);
                            } else {
                                static_assert((SUB / 4) % spc == 0, "a sub-block starts a chunk");
                                const uint8x16_t raw = vld1q_u8(c + 64 * ((st0 + st) / spc) + 16 * q);
                                v[q] = B == 8 ? raw : vandq_u8(vshlq_u8(raw, vdupq_n_s8((int8_t)(-B * (st % spc)))), mask);
                            }
                        }
#pragma GCC unroll 4
                        for (int t = 0; t < NT; t++) {
                            const int8x16_t at = vreinterpretq_s8_s32(vdupq_n_s32(pk_ld32(aq[t] + 4 * st)));
#pragma GCC unroll 4
                            for (int q = 0; q < 4; q++) x[j][t][q] = vdotq_s32(x[j][t][q], vreinterpretq_s8_u8(v[q]), at);
                        }
                    }
                }
#pragma GCC unroll 4
                for (int t = 0; t < NT; t++) {
                    const float32x4_t da = vdupq_n_f32(pk_da(a, t, i));
                    const int32_t sa = pk_sa(a, t, i, SUB);
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++)
#pragma GCC unroll 4
                        for (int q = 0; q < 4; q++) {
                            if constexpr (pk_int_scales(H)) { // pk_gemm_ref's integer scales: one float update per 32 weights
                                const int32x4_t v = vmulq_s32(vaddq_s32(x[j][t][q], vdupq_n_s32(f.km * sa)), SC[j][q]);
                                if (s0 % 32 == 0) y[j][t][q] = v;
                                else acc[j][t][q] = vfmaq_f32(acc[j][t][q], vmulq_f32(D[j][q], da), vcvtq_f32_s32(vaddq_s32(y[j][t][q], v)));
                            } else if (!pk_has_m(H)) { // x = kd*isq + km*sa
                                const int32x4_t xi = vmlaq_n_s32(vdupq_n_s32(f.km * sa), x[j][t][q], f.kd);
                                acc[j][t][q] = vfmaq_f32(acc[j][t][q], vmulq_f32(D[j][q], da), vcvtq_f32_s32(xi));
                            } else {
                                acc[j][t][q] = vfmaq_f32(acc[j][t][q], vmulq_f32(D[j][q], da), vcvtq_f32_s32(x[j][t][q]));
                                acc[j][t][q] = vfmaq_f32(acc[j][t][q], M[j][q], vdupq_n_f32(pk_S(a, t, i, SUB)));
                            }
                        }
                }
            }
            for (int j = 0; j < NS; j++) p[j] += gb;
        }
        for (int j = 0; j < NS; j++)
            for (int t = 0; t < NT; t++)
                for (int q = 0; q < 4; q++) {
                    float* o = out + (size_t)(s + j * n) * PK_ROWS + (size_t)t * os + 4 * q;
                    vst1q_f32(o, accumulate ? vaddq_f32(vld1q_f32(o), acc[j][t][q]) : acc[j][t][q]);
                }
    }
}

template <int B, int H, int NT, int NS, int SUB>
struct pk_k_neon {
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out, size_t os,
                    bool acc) {
        pk_gemm_neon_t<B, H, NT, NS, SUB>(f, ne0, w, n, a, out, os, acc);
    }
};
inline void pk_gemm_neon(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                         float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_neon, 4, 2>::run(f, ne0, w, n, a, nt, out, os, acc);
}

// The Arm table: the scalar kernels, with the weights packed for this kernel.
inline const kernel_table* kernels_neon() {
    static const kernel_table k = [] {
        kernel_table t = kernels_scalar();
        t.isa = "neon+dotprod";
        t.pk_gemm = pk_gemm_neon;
        return t;
    }();
    return &k;
}

#else

inline const kernel_table* kernels_neon() { return nullptr; }

#endif // QLM_HAS_NEON

} // namespace qlm_detail
#endif // QLM_PACKED_NEON_H
