// ==== [qlm:packed] weights interleaved by 16 rows at load, and their x86 kernels ===========
// Decoding one token multiplies every weight matrix by one activation vector. Row by row,
// each 32-weight block costs a scale conversion, nibble unpacking, a multiply-add chain
// and, per row, a horizontal sum: about half an instruction per weight, which on a 2-core
// machine caps decode far below what memory delivers (docs/PERF.md). Interleaving 16 rows
// makes one 32-bit lane of a 512-bit register one row: four consecutive weights of each of
// the 16 rows sit in 64 bytes, so one VNNI dot (u8 codes x s8 activations, 4 products per
// lane) advances 16 rows by 4 weights with the activation broadcast from memory, the 16
// scales of a block convert in one instruction, and no horizontal sum is ever needed.
// That is about 30 instructions per 512 weights for 4-bit codes, 10x fewer than row by row.
//
// Layout of a packed matrix: 16-row slabs, one after the other; inside a slab, the groups
// (the format's scale groups) in order; a group is
//   headers  16 fp16 D (PK_H_D), or 16 fp16 D then 16 fp16 M (PK_H_DM), or 16 exponent
//            bytes then 16 zero-point bytes (PK_H_E8, INT2); K-quant super-blocks of 256:
//            16 fp16 d, 16 fp16 dmin, then the 12 scale bytes as 12 planes of 16 (byte k
//            of every row; PK_H_K4: Q4_K, Q5_K), or 16 fp16 d then the 16 int8 sub-block
//            scales as 16 planes (PK_H_K6: Q6_K), or 16 fp16 d, 16 fp16 dmin and the 16
//            scale/min bytes as 16 planes (PK_H_K2: Q2_K), or 16 fp16 d then the 12 scale
//            bytes as 12 planes (PK_H_K3: Q3_K); their D and M change per sub-block
//   codes    G/4 steps; step s holds weights 4s..4s+3 of every row: byte 4r+j of the step
//            is weight 4s+j of row r. 64-byte chunks hold 8/B steps of B-bit codes: step
//            s is bits B*(s % (8/B)).. of chunk s / (8/B). 5- and 6-bit codes (Q5_0, Q5_1,
//            Q5_K, Q6_K) are two such planes: the low 4 bits (G/8 chunks), then the
//            remaining B-4 bits (G*(B-4)/32 chunks); 3-bit codes (Q3_K) likewise, with a
//            low plane of 2 bits (G/16 chunks) and a high plane of 1 bit (G/32 chunks).
//            Ternary in base 3 (TQ1_0, bits = PK_TRITS):
//            a chunk holds 5 steps, byte i of chunk k giving step 5k+n's code as its code
//            n in TQ1_0's own encoding (tq_trit); a group of 256 is 13 chunks, the last
//            with 4 steps, so a row keeps TQ1_0's 52 code bytes per group.
// The slab has exactly the bytes of its 16 rows as stored, so packing changes nothing in
// the memory a token streams. Every format is read as w = D*code + M, with M = km*D for
// the one-scale formats; Q8_0's codes stay signed (km = 0) and the VNNI kernel biases
// them by 128 on the fly.
//
// Per 32-weight activation block (16 for INT2-g16) the kernels form the exact integer
// sums isq = sum(code*a) and sa = sum(a), then acc = fma(D*da, float(x), acc), where x =
// kd*isq + km*sa for the one-scale formats, and for the others also acc = fma(M, S, acc)
// with S = da*sa (Q8_1 activations: their stored fp16 s, as llama.cpp reads Q4_1). The scalar reference (pk_gemm_ref) does exactly these float operations in this
// order, so AVX2, AVX-512, NEON (packed_neon.h) and the reference agree bit for bit, and a
// token's result does not depend on how many tokens share the call (prefill equals decode).
#ifndef QLM_PACKED_H
#define QLM_PACKED_H
#include "lowbit.h"

#include <cmath>

namespace qlm_detail {

constexpr int PK_ROWS = 16;
constexpr int PK_TRITS = 7; // pk_format::bits of base-3 codes, five a byte (TQ1_0)
enum pk_header { PK_H_D, PK_H_DM, PK_H_E8, PK_H_K4, PK_H_K6, PK_H_K2, PK_H_K3 };
// Header kinds whose weights read w = D*code + M with a float M (the others: D*(kd*code + km)).
constexpr bool pk_has_m(int hk) { return hk == PK_H_DM || hk == PK_H_E8 || hk == PK_H_K4 || hk == PK_H_K2; }
// K-quant headers: D and M change per sub-block (pk_k_scale).
constexpr bool pk_is_k(int hk) { return hk == PK_H_K4 || hk == PK_H_K6 || hk == PK_H_K2 || hk == PK_H_K3; }
// K-quants whose signed sub-block scales (16 weights) meet the integer sums in integers,
// two sub-blocks per float update (pk_gemm_ref).
constexpr bool pk_int_scales(int hk) { return hk == PK_H_K3 || hk == PK_H_K6; }

struct pk_format {
    int bits = 0;      // code bits: 1, 2, 3, 4, 5, 6 or 8 (8: signed codes), or PK_TRITS
    int group = 0;     // weights per header (a K-quant super-block: 256)
    pk_header hk = PK_H_D;
    int kd = 1, km = 0; // PK_H_D: w = d * (kd*code + km)
    int hdr_bytes = 2;  // header bytes per row per group as stored
    uint32_t act = 0;   // activation type (Q8_0 or Q8_1: both start with an fp16 d)
    int d_at = 0;       // PK_H_D: offset of the fp16 d in a stored group (TQ1_0/TQ2_0 keep it last)
};

// The formats the packed kernels read; false for the others (they stay row by row).
inline bool pk_format_of(uint32_t type, pk_format* f) {
    *f = pk_format{};
    switch (type) {
    case QT_Q4_0: *f = {4, 32, PK_H_D, 1, -8, 2, QT_Q8_0}; return true;
    case QT_Q4_1: *f = {4, 32, PK_H_DM, 1, 0, 4, QT_Q8_1}; return true;
    case QT_Q8_0: *f = {8, 32, PK_H_D, 1, 0, 2, QT_Q8_0}; return true;
    case QT_Q5_0: *f = {5, 32, PK_H_D, 1, -16, 2, QT_Q8_0}; return true;
    case QT_Q5_1: *f = {5, 32, PK_H_DM, 1, 0, 4, QT_Q8_1}; return true;
    case QT_Q4_K: *f = {4, 256, PK_H_K4, 1, 0, 16, QT_Q8_0}; return true;
    case QT_Q5_K: *f = {5, 256, PK_H_K4, 1, 0, 16, QT_Q8_0}; return true;
    case QT_Q6_K: *f = {6, 256, PK_H_K6, 1, -32, 18, QT_Q8_0}; return true;
    case QT_Q2_K: *f = {2, 256, PK_H_K2, 1, 0, 20, QT_Q8_0}; return true;
    case QT_TQ2_0: *f = {2, 256, PK_H_D, 1, -1, 2, QT_Q8_0, 64}; return true; // ternary: d*(code-1)
    case QT_TQ1_0: *f = {PK_TRITS, 256, PK_H_D, 1, -1, 2, QT_Q8_0, 52}; return true;
    case QT_Q3_K: *f = {3, 256, PK_H_K3, 1, -4, 14, QT_Q8_0}; return true;
    default: break;
    }
    const lb_format* lf = lb_fmt(type);
    if (!lf) return false;
    const int g = lf->group;
    switch (lf->fam) {
    case LB_INT4S: *f = {4, g, PK_H_D, 1, -8, 2, QT_Q8_0}; return true;
    case LB_INT4: *f = {4, g, PK_H_DM, 1, 0, 4, QT_Q8_0}; return true;
    case LB_INT2: *f = {2, g, PK_H_E8, 1, 0, 2, QT_Q8_0}; return true;
    case LB_TERN: *f = {2, g, PK_H_D, 1, -1, 2, QT_Q8_0}; return true;
    case LB_BIN: *f = {1, g, PK_H_D, -2, 1, 2, QT_Q8_0}; return true; // a set bit is -d
    default: return false; // TERN16 (13 base-3 bytes per 64) and BINM keep their row kernels
    }
}

// Bytes of one packed group of 16 rows (headers + codes): 16x the stored group.
inline size_t pk_code_bytes(const pk_format& f) {
    if (f.bits == PK_TRITS) return (size_t)64 * (size_t)((f.group / 4 + 4) / 5); // 5 steps a chunk
    return (size_t)PK_ROWS * (size_t)f.group * (size_t)f.bits / 8;
}
inline size_t pk_group_bytes(const pk_format& f) { return (size_t)PK_ROWS * (size_t)f.hdr_bytes + pk_code_bytes(f); }

// The codes of one stored group of one row, as unsigned bytes (Q8_0: the signed bytes).
inline void pk_codes(uint32_t type, const uint8_t* src, int g, uint8_t* q) {
    if (type == QT_Q2_K || type == QT_Q3_K || type == QT_Q4_K || type == QT_Q5_K || type == QT_Q6_K) {
        for (int i = 0; i < 256; i++)
            q[i] = (uint8_t)(type == QT_Q2_K   ? q2k_quant(*reinterpret_cast<const block_q2_K*>(src), i)
                             : type == QT_Q3_K ? q3k_quant(*reinterpret_cast<const block_q3_K*>(src), i)
                             : type == QT_Q4_K ? q4k_quant(*reinterpret_cast<const block_q4_K*>(src), i)
                             : type == QT_Q5_K ? q5k_quant(*reinterpret_cast<const block_q5_K*>(src), i)
                                               : q6k_quant(*reinterpret_cast<const block_q6_K*>(src), i));
        return;
    }
    if (type == QT_Q8_0) {
        memcpy(q, src + 2, 32);
        return;
    }
    if (type == QT_TQ2_0) return tq2_0_codes(*reinterpret_cast<const block_tq2_0*>(src), reinterpret_cast<int8_t*>(q));
    if (type == QT_TQ1_0) return tq1_0_codes(*reinterpret_cast<const block_tq1_0*>(src), reinterpret_cast<int8_t*>(q));
    if (type == QT_Q5_0 || type == QT_Q5_1) {
        const block_q5_1* b1 = reinterpret_cast<const block_q5_1*>(src);
        const block_q5_0* b0 = reinterpret_cast<const block_q5_0*>(src);
        int v[32];
        if (type == QT_Q5_0) q5_unpack(b0->qh, b0->qs, v);
        else q5_unpack(b1->qh, b1->qs, v);
        for (int j = 0; j < 32; j++) q[j] = (uint8_t)v[j];
        return;
    }
    // a Q4_0 / Q4_1 block is an INT4S / INT4 group of 32, byte for byte
    const lb_family fam = type == QT_Q4_0 ? LB_INT4S : type == QT_Q4_1 ? LB_INT4 : lb_fmt(type)->fam;
    float D, M;
    lb_unpack(fam, g, src, q, &D, &M);
}

// Where code bits live in a group's code bytes: byte i (= 4*row + j) of step st. The
// kernels below read the same places.
// Bits of a code in the first plane: all of them, but 2 of Q3_K's 3 and 4 of 5 or 6; the
// rest of the bits are in a second plane after the first (2*G*lb bytes of 16 rows).
constexpr int pk_low_bits(int B) { return B == 3 ? 2 : B == 5 || B == 6 ? 4 : B; }
inline int pk_code(const uint8_t* c, int B, int G, int st, int i) {
    if (B == PK_TRITS) return tq_trit(c[64 * (st / 5) + i], st % 5);
    const int lb = pk_low_bits(B), ls = 8 / lb; // bits and steps per byte of the first plane
    const int code = (c[64 * (st / ls) + i] >> (lb * (st % ls))) & ((1 << lb) - 1);
    if (lb == B) return code;
    const int hb = B - lb, hs = 8 / hb; // and of the second
    return code | ((c[2 * G * lb + 64 * (st / hs) + i] >> (hb * (st % hs))) & ((1 << hb) - 1)) << lb;
}
// The code bytes of one group from its 16 rows' codes (q[r][w]: weight w of row r), a
// byte at a time: byte i of a chunk takes the codes of its steps for row i / 4, weight
// offset i % 4 (pk_code's places). Loading a 1.1B model packs 10^9 codes, so this loop
// is most of the load time.
inline void pk_place(int B, int G, const uint8_t (*q)[256], uint8_t* c) {
    auto code = [q](int st, int i) { return (unsigned)q[i / 4][4 * st + i % 4]; };
    if (B == PK_TRITS) { // five steps' codes per byte, encoded as TQ1_0 encodes them
        for (int k = 0; 5 * k < G / 4; k++)
            for (int i = 0; i < 64; i++) {
                int8_t t5[5];
                for (int j = 0; j < 5; j++) t5[j] = 5 * k + j < G / 4 ? (int8_t)code(5 * k + j, i) : 0;
                c[64 * k + i] = tq_pack5(t5, 1, 5);
            }
        return;
    }
    const int lb = pk_low_bits(B), ls = 8 / lb; // the first plane, then any second (pk_code)
    for (int k = 0; k < G / 4 / ls; k++)
        for (int i = 0; i < 64; i++) {
            unsigned b = 0;
            for (int j = 0; j < ls; j++) b |= (code(ls * k + j, i) & ((1u << lb) - 1)) << (lb * j);
            c[64 * k + i] = (uint8_t)b;
        }
    if (lb == B) return;
    const int hb = B - lb, hs = 8 / hb;
    for (int k = 0; k < G / 4 / hs; k++)
        for (int i = 0; i < 64; i++) {
            unsigned b = 0;
            for (int j = 0; j < hs; j++) b |= (code(hs * k + j, i) >> lb) << (hb * j);
            c[2 * G * lb + 64 * k + i] = (uint8_t)b;
        }
}

// Interleaves rows [0, ne1) (ne1 a multiple of 16, ne0 of the group) into dst.
inline void pk_pack(uint32_t type, const pk_format& f, const uint8_t* src, size_t row_bytes, int64_t ne0, int64_t ne1,
                    uint8_t* dst) {
    const int G = f.group, B = f.bits;
    const int64_t ng = ne0 / G;
    const size_t sg = row_bytes / (size_t)ng; // stored bytes of one row's group
    uint8_t q[PK_ROWS][256];
    for (int64_t r0 = 0; r0 < ne1; r0 += PK_ROWS) {
        for (int64_t g = 0; g < ng; g++, dst += pk_group_bytes(f)) {
            for (int r = 0; r < PK_ROWS; r++) {
                const uint8_t* s = src + (size_t)(r0 + r) * row_bytes + (size_t)g * sg;
                pk_codes(type, s, G, q[r]);
                if (f.hk == PK_H_D) memcpy(dst + 2 * r, s + f.d_at, 2);
                if (f.hk == PK_H_DM) memcpy(dst + 2 * r, s, 2), memcpy(dst + 32 + 2 * r, s + 2, 2);
                if (f.hk == PK_H_E8) dst[r] = s[0], dst[16 + r] = s[1];
                if (f.hk == PK_H_K4) { // d, dmin, scales[12] at the block's start
                    memcpy(dst + 2 * r, s, 2), memcpy(dst + 32 + 2 * r, s + 2, 2);
                    for (int k = 0; k < 12; k++) dst[64 + 16 * k + r] = s[4 + k];
                }
                if (f.hk == PK_H_K2) { // scales[16] qs[64] d dmin
                    memcpy(dst + 2 * r, s + 80, 2), memcpy(dst + 32 + 2 * r, s + 82, 2);
                    for (int k = 0; k < 16; k++) dst[64 + 16 * k + r] = s[k];
                }
                if (f.hk == PK_H_K3) { // hmask[32] qs[64] scales[12] d
                    memcpy(dst + 2 * r, s + 108, 2);
                    for (int k = 0; k < 12; k++) dst[32 + 16 * k + r] = s[96 + k];
                }
                if (f.hk == PK_H_K6) { // ql[128] qh[64] scales[16] d
                    memcpy(dst + 2 * r, s + 208, 2);
                    for (int k = 0; k < 16; k++) dst[32 + 16 * k + r] = s[192 + k];
                }
            }
            pk_place(B, G, q, dst + PK_ROWS * f.hdr_bytes);
        }
    }
}

// ---- activations ---------------------------------------------------------------------------
// The packed kernels need, per 32-activation block, d as a float, the exact sums of each
// half block and the sums scaled by d; quantize_row_all appends them to the quantized row:
//   [blocks][pad to 64][float da[nb]][int32 sa[2*nb]][float S32[nb]][float S16[2*nb]]
inline size_t pk_act_extra_offset(uint32_t act_type, int64_t ncols) {
    return ((size_t)(ncols / 32) * type_info(act_type)->block_bytes + 63) / 64 * 64;
}
inline size_t pk_act_extra_bytes(int64_t ncols) { return 64 + (size_t)((ncols + 31) / 32) * 24; }

// Blocks [b0, b1) of a row of ncols (decode splits a row's blocks between threads).
inline void pk_act_sums(uint32_t act_type, uint8_t* row, int64_t ncols, int64_t b0, int64_t b1) {
    const size_t bb = type_info(act_type)->block_bytes, qoff = act_type == QT_Q8_1 ? 4 : 2;
    const int64_t nb = ncols / 32;
    uint8_t* x = row + pk_act_extra_offset(act_type, ncols);
    for (int64_t b = b0; b < b1; b++) {
        const uint8_t* blk = row + (size_t)b * bb;
        float d = f16(lb_rd16(blk));
        int32_t s[2] = {0, 0};
        for (int j = 0; j < 32; j++) s[j / 16] += (int8_t)blk[qoff + (size_t)j];
        const float s32 = act_type == QT_Q8_1 ? f16(lb_rd16(blk + 2)) : d * (float)(s[0] + s[1]);
        const float s16[2] = {d * (float)s[0], d * (float)s[1]};
        memcpy(x + 4 * (size_t)b, &d, 4);
        memcpy(x + 4 * (size_t)nb + 8 * (size_t)b, s, 8);
        memcpy(x + 12 * (size_t)nb + 4 * (size_t)b, &s32, 4);
        memcpy(x + 16 * (size_t)nb + 8 * (size_t)b, s16, 8);
    }
}

// What a kernel needs to find a token's activations.
struct pk_act {
    const uint8_t* row; // row of token 0
    size_t stride;      // bytes between tokens
    size_t bb, qoff;    // block bytes, offset of the int8 values in a block
    size_t xoff;        // offset of da[] (sa[] follows at xoff + 4*nb)
    int64_t nb;
};
inline pk_act pk_act_of(const pk_format& f, const uint8_t* row, size_t stride, int64_t ne0) {
    pk_act a;
    a.row = row;
    a.stride = stride;
    a.bb = type_info(f.act)->block_bytes;
    a.qoff = f.act == QT_Q8_1 ? 4 : 2;
    a.xoff = pk_act_extra_offset(f.act, ne0);
    a.nb = ne0 / 32;
    return a;
}
// The activation helpers below take column i >= 0 and divide it unsigned: GCC's signed
// division by 32 added a test, a cmov and two shifts to every use (docs/PERF.md step 14).
// The scale of the activation block holding column i.
inline float pk_da(const pk_act& a, int t, int64_t i) {
    float d;
    memcpy(&d, a.row + (size_t)t * a.stride + a.xoff + 4 * ((size_t)i / 32), 4);
    return d;
}
// Sum of the activations of the sub-block of `sub` weights starting at column i.
inline int32_t pk_sa(const pk_act& a, int t, int64_t i, int sub) {
    int32_t s[2];
    memcpy(s, a.row + (size_t)t * a.stride + a.xoff + 4 * (size_t)a.nb + 8 * ((size_t)i / 32), 8);
    return sub == 32 ? s[0] + s[1] : s[((size_t)i % 32) / 16];
}
// The same sum times d (see pk_act_sums).
inline float pk_S(const pk_act& a, int t, int64_t i, int sub) {
    float s;
    const size_t off = sub == 32 ? 12 * (size_t)a.nb + 4 * ((size_t)i / 32) : 16 * (size_t)a.nb + 4 * ((size_t)i / 16);
    memcpy(&s, a.row + (size_t)t * a.stride + a.xoff + off, 4);
    return s;
}
inline const int8_t* pk_aq(const pk_act& a, int t, int64_t i) {
    return (const int8_t*)(a.row + (size_t)t * a.stride + ((size_t)i / 32) * a.bb + a.qoff + ((size_t)i % 32));
}

// INT2's exponent byte as the packed kernels decode it: 2^(m/16) for m = e % 16 from
// lb_e8's own table (the 16 values the SIMD kernels permute from), times 2^(e/16 - 14),
// exact scaling by a power of two.
inline const float* pk_e8_mant() { return lb_e8_table() + 224; }
inline float pk_e8(uint8_t e) { return e == 0 ? 0.0f : std::ldexp(pk_e8_mant()[e & 15], (e >> 4) - 14); }

// The signed scale of sub-block sb of row r: Q6_K's int8, Q3_K's 6 bits (q3k_scales on the
// interleaved planes).
inline int pk_int_scale(const pk_format& f, const uint8_t* p, int r, int sb) {
    if (f.hk == PK_H_K6) return (int8_t)p[32 + 16 * sb + r];
    uint8_t sc12[12];
    int8_t sc[16];
    for (int k = 0; k < 12; k++) sc12[k] = p[32 + 16 * k + r];
    q3k_scales(sc12, sc);
    return sc[sb];
}

// D and M of row r for the sub-block sb of a K-quant super-block at p (the header), with
// the float operations of to_float_q4_K / to_float_q6_K: D = d*sc, M = -(dmin*m).
inline void pk_k_scale(const pk_format& f, const uint8_t* p, int r, int sb, float* D, float* M) {
    if (pk_int_scales(f.hk)) { // to_float_q3_K: d*(s-32)*(q-4); to_float_q6_K: d*sc*(q-32)
        *D = f16(lb_rd16(p + 2 * r)) * (float)pk_int_scale(f, p, r, sb);
        *M = 0.0f;
    } else if (f.hk == PK_H_K2) { // to_float_q2_K: d*(sc&15)*q - dmin*(sc>>4)
        const int sc = p[64 + 16 * sb + r];
        *D = f16(lb_rd16(p + 2 * r)) * (float)(sc & 15);
        *M = -(f16(lb_rd16(p + 32 + 2 * r)) * (float)(sc >> 4));
    } else { // PK_H_K4: to_float_q4_K
        uint8_t sc12[12];
        for (int k = 0; k < 12; k++) sc12[k] = p[64 + 16 * k + r];
        int sc, m;
        q4k_scale_min(sb, sc12, &sc, &m);
        *D = f16(lb_rd16(p + 2 * r)) * (float)sc;
        *M = -(f16(lb_rd16(p + 32 + 2 * r)) * (float)m);
    }
}
// Weights per sub-block scale (the activation sums the kernels need come per this many).
inline int pk_sub(const pk_format& f) {
    return f.hk == PK_H_K6 || f.hk == PK_H_K2 || f.hk == PK_H_K3 ? 16 : f.hk == PK_H_K4 ? 32 : std::min(f.group, 32);
}

// Row r of a packed matrix as floats, equal bit for bit to the stored row's to_float
// (tested): a tied output that was packed is also the token embedding, and reading its
// rows here keeps the released mapping from being faulted back in (each fault maps a
// whole page-cache folio, ~200 KB per prompt token on Gemma 3).
inline void pk_row_to_float(const pk_format& f, const uint8_t* packed, int64_t ne0, int64_t r, float* y) {
    const int G = f.group, B = f.bits, rr = (int)(r % PK_ROWS);
    const size_t gb = pk_group_bytes(f);
    const uint8_t* p = packed + (size_t)(r / PK_ROWS) * (size_t)(ne0 / G) * gb;
    for (int64_t i0 = 0; i0 < ne0; i0 += G, p += gb) {
        const uint8_t* c = p + PK_ROWS * f.hdr_bytes;
        float D, M = 0.0f;
        if (f.hk == PK_H_E8) {
            D = pk_e8(p[rr]);
            M = D * (float)(int8_t)p[16 + rr] * 0.0625f;
        } else {
            D = f16(lb_rd16(p + 2 * rr)); // K-quants: replaced per sub-block below
            if (f.hk == PK_H_DM) M = f16(lb_rd16(p + 32 + 2 * rr));
        }
        for (int st = 0; st < G / 4; st++) {
            if (pk_is_k(f.hk) && (4 * st) % pk_sub(f) == 0) pk_k_scale(f, p, rr, 4 * st / pk_sub(f), &D, &M);
            for (int j = 0; j < 4; j++) {
                const int code = pk_code(c, B, G, st, 4 * rr + j);
                y[i0 + 4 * st + j] = !pk_has_m(f.hk) ? D * (float)(B == 8 ? (int8_t)code : f.kd * code + f.km) : D * (float)code + M;
            }
        }
    }
}

// ---- scalar reference ------------------------------------------------------------------------
// out[t*os + r] (+)= row r of the slabs [s0, s1) . activations of token t, for t < nt.
typedef void (*pk_gemm_fn)(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                           float* out, size_t os, bool accumulate);

inline void pk_gemm_ref(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                        float* out, size_t os, bool accumulate) {
    const int G = f.group, B = f.bits, sub = pk_sub(f);
    const size_t gb = pk_group_bytes(f);
    for (int64_t s = 0; s < n_slabs; s++, out += PK_ROWS) {
        for (int t = 0; t < nt; t++) {
            float acc[PK_ROWS] = {0};
            const uint8_t* p = w + (size_t)s * (size_t)(ne0 / G) * gb;
            for (int64_t i0 = 0; i0 < ne0; i0 += G, p += gb) {
                float D[PK_ROWS], M[PK_ROWS];
                for (int r = 0; r < PK_ROWS; r++) {
                    if (f.hk == PK_H_E8) {
                        D[r] = pk_e8(p[r]);
                        M[r] = D[r] * (float)(int8_t)p[16 + r] * 0.0625f;
                    } else {
                        D[r] = f16(lb_rd16(p + 2 * r));
                        M[r] = f.hk == PK_H_DM ? f16(lb_rd16(p + 32 + 2 * r)) : 0.0f;
                    }
                }
                const uint8_t* c = p + PK_ROWS * f.hdr_bytes;
                int32_t y[PK_ROWS];
                for (int s0 = 0; s0 < G; s0 += sub) {
                    const int64_t i = i0 + s0;
                    const int8_t* aq = pk_aq(a, t, i);
                    const float da = pk_da(a, t, i);
                    const int32_t sa = pk_sa(a, t, i, sub);
                    for (int r = 0; r < PK_ROWS; r++) {
                        if (pk_is_k(f.hk) && !pk_int_scales(f.hk)) pk_k_scale(f, p, r, s0 / sub, &D[r], &M[r]);
                        int32_t isq = 0;
                        for (int st = s0 / 4; st < (s0 + sub) / 4; st++)
                            for (int j = 0; j < 4; j++) {
                                const int code = pk_code(c, B, G, st, 4 * r + j);
                                isq += (B == 8 ? (int8_t)code : code) * aq[4 * (st - s0 / 4) + j];
                            }
                        if (pk_int_scales(f.hk)) {
                            // Q3_K, Q6_K: the two 16-weight sub-blocks of an activation block
                            // meet their scales in integers, one float update per 32 weights
                            // (fewer operations per token in the SIMD kernels); |sum| < 2^24
                            const int32_t v = pk_int_scale(f, p, r, s0 / 16) * (isq + f.km * sa);
                            if (s0 % 32 == 0) y[r] = v;
                            else acc[r] = std::fma(D[r] * da, (float)(y[r] + v), acc[r]); // D: the fp16 d
                        } else if (!pk_has_m(f.hk)) {
                            acc[r] = std::fma(D[r] * da, (float)(f.kd * isq + f.km * sa), acc[r]);
                        } else {
                            acc[r] = std::fma(D[r] * da, (float)isq, acc[r]);
                            acc[r] = std::fma(M[r], pk_S(a, t, i, sub), acc[r]);
                        }
                    }
                }
            }
            float* o = out + (size_t)t * os;
            for (int r = 0; r < PK_ROWS; r++) o[r] = accumulate ? o[r] + acc[r] : acc[r];
        }
    }
}

// The SIMD kernels read an activation step (4 bytes) as one 32-bit broadcast.
inline int32_t pk_ld32(const int8_t* p) {
    int32_t v;
    memcpy(&v, p, 4);
    return v;
}

// Dispatch on (bits, header), then: one token, NS streams of slabs (the slabs left over
// one at a time); several tokens, blocks of up to TB tokens over one stream (each unpacked
// code vector serves TB tokens: 8 with AVX-512's 32 registers, 4 with AVX2's 16 and with
// NEON's 32, of which a slab takes four). NS: 4 with AVX-512 (measured 1-10% faster decode
// than 2 on the 1.1B shape, docs/PERF.md step 9), 2 where 4 would not fit the registers.
template <template <int, int, int, int, int> class K, int TB, int NS>
struct pk_dispatch {
    template <int B, int H, int SUB>
    static void run_bh(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt, float* out,
                       size_t os, bool acc) {
        if (nt == 1) {
            // The K-quants decode their scales per sub-block for every stream: with four
            // they ran 3% slower than with two (register pressure; docs/PERF.md step 9).
            constexpr int ns = pk_is_k(H) ? (NS < 2 ? NS : 2) : NS;
            const int64_t h = n / ns;
            if (h) K<B, H, 1, ns, SUB>::run(f, ne0, w, h, a, out, os, acc);
            const size_t slab = (size_t)(ne0 / f.group) * pk_group_bytes(f);
            for (int64_t r = ns * h; r < n; r++)
                K<B, H, 1, 1, SUB>::run(f, ne0, w + (size_t)r * slab, 1, a, out + r * PK_ROWS, os, acc);
            return;
        }
        for (int t = 0; t < nt; t += TB) {
            pk_act at = a;
            at.row = a.row + (size_t)t * a.stride;
            float* o = out + (size_t)t * os;
            switch (std::min(TB, nt - t)) {
            case 1: K<B, H, 1, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 2: K<B, H, 2, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 3: K<B, H, 3, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 4: K<B, H, 4, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 5: K<B, H, TB < 5 ? 1 : 5, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 6: K<B, H, TB < 6 ? 1 : 6, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 7: K<B, H, TB < 7 ? 1 : 7, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            default: K<B, H, TB < 8 ? 1 : 8, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            }
        }
    }
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt, float* out,
                    size_t os, bool acc) {
        switch (f.bits * 8 + (int)f.hk) {
        case 4 * 8 + PK_H_D: return run_bh<4, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 4 * 8 + PK_H_DM: return run_bh<4, PK_H_DM, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 4 * 8 + PK_H_K4: return run_bh<4, PK_H_K4, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 8 * 8 + PK_H_D: return run_bh<8, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 5 * 8 + PK_H_D: return run_bh<5, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 5 * 8 + PK_H_DM: return run_bh<5, PK_H_DM, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 5 * 8 + PK_H_K4: return run_bh<5, PK_H_K4, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 6 * 8 + PK_H_K6: return run_bh<6, PK_H_K6, 16>(f, ne0, w, n, a, nt, out, os, acc);
        case 2 * 8 + PK_H_K2: return run_bh<2, PK_H_K2, 16>(f, ne0, w, n, a, nt, out, os, acc);
        case 2 * 8 + PK_H_D: return run_bh<2, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 2 * 8 + PK_H_E8:
            if (f.group < 32) return run_bh<2, PK_H_E8, 16>(f, ne0, w, n, a, nt, out, os, acc);
            return run_bh<2, PK_H_E8, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 1 * 8 + PK_H_D: return run_bh<1, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case PK_TRITS * 8 + PK_H_D: return run_bh<PK_TRITS, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 3 * 8 + PK_H_K3: return run_bh<3, PK_H_K3, 16>(f, ne0, w, n, a, nt, out, os, acc);
        default: QLM_ASSERT(!"packed format without a kernel");
        }
    }
};

#if defined(QLM_HAS_AVX2)

// Software prefetch distance in the weight stream (measured, docs/PERF.md step 6).
constexpr size_t kPackedPrefetch = 4096;

// ---- AVX2: a slab is two 8-row halves (bytes 0..31 and 32..63 of every chunk) ----------------
// u8 x s8 with maddubs: a pair of 4-bit (or smaller) codes times activations stays within
// 2*15*127, so the i16 pair sums of a whole 32-weight sub-block (8 steps) add up exactly
// (at most 30480) before one madd widens them. 8-bit codes are signed and take the sign
// trick (|w| times a with w's sign) and a madd per step.
template <int B, int nsteps>
QLMI_TARGET_AVX2 inline __m256i pk_avx2_isq(const uint8_t* c, int half, const int8_t* aq) {
    constexpr int spc = 8 / B, nk = spc < nsteps ? spc : nsteps;
    const __m256i mask = _mm256_set1_epi8((char)((1 << (B == 8 ? 7 : B)) - 1));
    const __m256i ones = _mm256_set1_epi16(1);
    if (B == 8) {
        __m256i acc = _mm256_setzero_si256();
#pragma GCC unroll 8
        for (int st = 0; st < nsteps; st++) {
            const __m256i w = _mm256_loadu_si256((const __m256i*)(c + 64 * st + 32 * half));
            const __m256i av = _mm256_set1_epi32(pk_ld32(aq + 4 * st));
            acc = _mm256_add_epi32(acc, _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_sign_epi8(w, w),
                                                                                _mm256_sign_epi8(av, w)), ones));
        }
        return acc;
    }
    __m256i s16 = _mm256_setzero_si256();
#pragma GCC unroll 8
    for (int st = 0; st < nsteps; st += spc) {
        const __m256i x = _mm256_loadu_si256((const __m256i*)(c + 64 * (st / spc) + 32 * half));
#pragma GCC unroll 8
        for (int k = 0; k < nk; k++) {
            const __m256i v = _mm256_and_si256(k ? _mm256_srli_epi16(x, B * k) : x, mask);
            s16 = _mm256_add_epi16(s16, _mm256_maddubs_epi16(v, _mm256_set1_epi32(pk_ld32(aq + 4 * (st + k)))));
        }
    }
    return _mm256_madd_epi16(s16, ones);
}

// 5- and 6-bit codes: the low plane at c (steps st0.. of the group), the high plane at
// c + 8*G. The high bits are moved to bit 4 with 16-bit shifts of at most 4, which never
// carry a neighbour byte's bits into bits 4-5. maddubs pairs reach 2*63*127 (6 bits) or
// 2*31*127, so the i16 sums widen every 2 or 4 steps.
template <int B, int nsteps>
QLMI_TARGET_AVX2 inline __m256i pk_avx2_isq_hi(const uint8_t* c, int G, int st0, int half, const int8_t* aq) {
    constexpr int hb = B - 4, hs = 8 / hb, widen = B == 6 ? 2 : 4;
    static_assert(nsteps % hs == 0, "a sub-block starts a high-plane byte, so shifts are constants");
    const __m256i m4 = _mm256_set1_epi8(15), mh = _mm256_set1_epi8((char)(hb == 1 ? 0x10 : 0x30)), ones = _mm256_set1_epi16(1);
    const __m256i hi = _mm256_loadu_si256((const __m256i*)(c + 8 * G + 64 * (st0 / hs) + 32 * half));
    __m256i acc = _mm256_setzero_si256(), s16 = _mm256_setzero_si256();
#pragma GCC unroll 8
    for (int st = 0; st < nsteps; st += 2) {
        const __m256i x = _mm256_loadu_si256((const __m256i*)(c + 64 * ((st0 + st) / 2) + 32 * half));
#pragma GCC unroll 2
        for (int k = 0; k < 2; k++) {
            const int sh = 4 - hb * ((st + k) % hs); // left shift taking the step's bits to bit 4
            const __m256i h = sh > 0 ? _mm256_slli_epi16(hi, sh) : sh < 0 ? _mm256_srli_epi16(hi, -sh) : hi;
            const __m256i v = _mm256_or_si256(_mm256_and_si256(k ? _mm256_srli_epi16(x, 4) : x, m4), _mm256_and_si256(h, mh));
            s16 = _mm256_add_epi16(s16, _mm256_maddubs_epi16(v, _mm256_set1_epi32(pk_ld32(aq + 4 * (st + k)))));
        }
        if ((st + 2) % widen == 0) {
            acc = _mm256_add_epi32(acc, _mm256_madd_epi16(s16, ones));
            s16 = _mm256_setzero_si256();
        }
    }
    return acc;
}

// 3-bit codes (Q3_K), a sub-block of 16: one chunk of the low plane (4 steps of 2 bits)
// and half a byte of the high plane, whose bits for the sub-block start at bit st0 % 8:
// the load is shifted down by that run-time count once, then each step's bit is moved to
// bit 2 by a constant shift. maddubs pairs reach 2*7*128, four steps stay within i16.
template <int nsteps>
QLMI_TARGET_AVX2 inline __m256i pk_avx2_isq_q3(const uint8_t* c, int G, int st0, int half, const int8_t* aq) {
    static_assert(nsteps == 4, "Q3_K's sub-blocks of 16 weights");
    const __m256i m3 = _mm256_set1_epi8(3), m4 = _mm256_set1_epi8(4), ones = _mm256_set1_epi16(1);
    const __m256i lo = _mm256_loadu_si256((const __m256i*)(c + 64 * (st0 / 4) + 32 * half));
    const __m256i hi = _mm256_srl_epi16(_mm256_loadu_si256((const __m256i*)(c + 4 * G + 64 * (st0 / 8) + 32 * half)),
                                        _mm_cvtsi32_si128(st0 % 8));
    __m256i s16 = _mm256_setzero_si256();
#pragma GCC unroll 4
    for (int k = 0; k < nsteps; k++) {
        const __m256i l = _mm256_and_si256(k ? _mm256_srli_epi16(lo, 2 * k) : lo, m3);
        const int sh = 2 - k;
        const __m256i h = _mm256_and_si256(sh > 0 ? _mm256_slli_epi16(hi, sh) : sh < 0 ? _mm256_srli_epi16(hi, -sh) : hi, m4);
        s16 = _mm256_add_epi16(s16, _mm256_maddubs_epi16(_mm256_or_si256(l, h), _mm256_set1_epi32(pk_ld32(aq + 4 * k))));
    }
    return _mm256_madd_epi16(s16, ones);
}

// The integer scales of sub-block sb for the 8 rows of half h (pk_int_scale): Q6_K's bytes,
// or Q3_K's low 4 bits and high 2 bits from the 12 planes.
template <int H>
QLMI_TARGET_AVX2 inline __m256i pk_avx2_int_scale(const uint8_t* p, int sb, int h) {
    if (H == PK_H_K6) return _mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(p + 32 + 16 * sb + 8 * h)));
#define pl(k) _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i*)(p + 32 + 16 * (k) + 8 * h)))
    const __m256i lo = sb < 8 ? _mm256_and_si256(pl(sb), _mm256_set1_epi32(15)) : _mm256_srli_epi32(pl(sb - 8), 4);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi32(pl(8 + sb % 4), 2 * (sb / 4)), _mm256_set1_epi32(3));
#undef pl
    return _mm256_sub_epi32(_mm256_or_si256(lo, _mm256_slli_epi32(hi, 4)), _mm256_set1_epi32(32));
}

// The D and M of a Q2_K, Q4_K or Q5_K sub-block sb for the 8 rows of half h (pk_k_scale's operations).
template <int H>
QLMI_TARGET_AVX2 inline void pk_avx2_kscale(const uint8_t* p, int sb, int h, __m256* D, __m256* M) {
    const __m256 d = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p + 16 * h)));
    if (H == PK_H_K2) {
        const __m256i sc = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i*)(p + 64 + 16 * sb + 8 * h)));
        *D = _mm256_mul_ps(d, _mm256_cvtepi32_ps(_mm256_and_si256(sc, _mm256_set1_epi32(15))));
        const __m256 dmin = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p + 32 + 16 * h)));
        *M = _mm256_xor_ps(_mm256_mul_ps(dmin, _mm256_cvtepi32_ps(_mm256_srli_epi32(sc, 4))), _mm256_set1_ps(-0.0f));
        return;
    }
    const uint8_t* q = p + 64; // the 12 scale planes
#define pl(k) _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i*)(q + 16 * (k) + 8 * h)))
    const __m256i c63 = _mm256_set1_epi32(63), c15 = _mm256_set1_epi32(15);
    __m256i sc, m;
    if (sb < 4) {
        sc = _mm256_and_si256(pl(sb), c63);
        m = _mm256_and_si256(pl(sb + 4), c63);
    } else {
        sc = _mm256_or_si256(_mm256_and_si256(pl(sb + 4), c15), _mm256_slli_epi32(_mm256_srli_epi32(pl(sb - 4), 6), 4));
        m = _mm256_or_si256(_mm256_srli_epi32(pl(sb + 4), 4), _mm256_slli_epi32(_mm256_srli_epi32(pl(sb), 6), 4));
    }
#undef pl
    *D = _mm256_mul_ps(d, _mm256_cvtepi32_ps(sc));
    const __m256 dmin = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p + 32 + 16 * h)));
    *M = _mm256_xor_ps(_mm256_mul_ps(dmin, _mm256_cvtepi32_ps(m)), _mm256_set1_ps(-0.0f));
}

QLMI_TARGET_AVX2 inline __m256 pk_avx2_e8(const uint8_t* e8, const float* mant16) {
    // 2^(m/16) * 2^(e/16 - 14), e = 0 -> 0 (see pk_e8)
    const __m256i e = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i*)e8));
    const __m256i m = _mm256_and_si256(e, _mm256_set1_epi32(15));
    const __m256 lo = _mm256_permutevar8x32_ps(_mm256_loadu_ps(mant16), m);
    const __m256 hi = _mm256_permutevar8x32_ps(_mm256_loadu_ps(mant16 + 8), m);
    const __m256 mant = _mm256_blendv_ps(lo, hi, _mm256_castsi256_ps(_mm256_slli_epi32(m, 28)));
    const __m256i ex = _mm256_slli_epi32(_mm256_add_epi32(_mm256_srli_epi32(e, 4), _mm256_set1_epi32(127 - 14)), 23);
    const __m256 d = _mm256_mul_ps(mant, _mm256_castsi256_ps(ex));
    return _mm256_andnot_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(e, _mm256_setzero_si256())), d);
}

// Ternary in base 3 (B = PK_TRITS: TQ1_0, groups of 256): one group's integer sums and
// float updates, called from pk_gemm_avx2_t's group loop. A chunk's bytes m give its five
// steps' codes in turn: code = (m >= 86) + (m >= 171), then m = 3m mod 256 (byte adds) for
// the next (tq_trit). The 64 steps are unrolled, so which sub-block a step closes is known
// at compile time; the integer sums and the float operations per sub-block are the other
// formats' (pk_gemm_ref), so the result is the same bit for bit. One 8-row half at a
// time: both would not fit AVX2's 16 registers.
template <int NT, int NS>
QLMI_TARGET_AVX2 __attribute__((always_inline)) inline void pk_tern5_group_avx2(const pk_format& f, const uint8_t* const* p, int64_t i0,
                                                                               const pk_act& a, __m256 (*D)[2], __m256 (*acc)[NT][2]) {
    constexpr int NSTEP = 64, NCHUNK = (NSTEP + 4) / 5;
    const __m256i bias = _mm256_set1_epi8((char)0x80), ones = _mm256_set1_epi16(1);
    const __m256i t1 = _mm256_set1_epi8((char)(85 ^ 0x80)), t2 = _mm256_set1_epi8((char)(170 ^ 0x80));
    for (int h = 0; h < 2; h++) {
        __m256i s16[NS][NT];
        const int8_t* aq[NT];
        for (int j = 0; j < NS; j++)
            for (int t = 0; t < NT; t++) s16[j][t] = _mm256_setzero_si256();
#pragma GCC unroll 13
        for (int k = 0; k < NCHUNK; k++) {
            __m256i m[NS];
            for (int j = 0; j < NS; j++) m[j] = _mm256_loadu_si256((const __m256i*)(p[j] + 32 + 64 * k + 32 * h));
#pragma GCC unroll 5
            for (int nn = 0; nn < 5; nn++) {
                const int st = 5 * k + nn;
                if (st >= NSTEP) break;
                if (st % 8 == 0)
                    for (int t = 0; t < NT; t++) aq[t] = pk_aq(a, t, i0 + 4 * st);
                for (int j = 0; j < NS; j++) {
                    const __m256i mb = _mm256_xor_si256(m[j], bias); // unsigned compares as signed ones
                    const __m256i v = _mm256_sub_epi8(_mm256_setzero_si256(),
                                                      _mm256_add_epi8(_mm256_cmpgt_epi8(mb, t1), _mm256_cmpgt_epi8(mb, t2)));
                    m[j] = _mm256_add_epi8(m[j], _mm256_add_epi8(m[j], m[j]));
                    for (int t = 0; t < NT; t++)
                        s16[j][t] = _mm256_add_epi16(s16[j][t], _mm256_maddubs_epi16(v, _mm256_set1_epi32(pk_ld32(aq[t] + 4 * (st % 8)))));
                }
                if (st % 8 == 7) { // a 32-weight sub-block is complete
                    const int64_t i = i0 + 4 * (st - 7);
                    for (int t = 0; t < NT; t++) {
                        const __m256 da = _mm256_set1_ps(pk_da(a, t, i));
                        const __m256i km = _mm256_set1_epi32(f.km * pk_sa(a, t, i, 32));
                        for (int j = 0; j < NS; j++) {
                            const __m256i x = _mm256_add_epi32(_mm256_madd_epi16(s16[j][t], ones), km);
                            acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(x), acc[j][t][h]);
                            s16[j][t] = _mm256_setzero_si256();
                        }
                    }
                }
            }
        }
    }
}

// Q3_K, Q6_K: one super-block's integer sums and float updates (pk_gemm_ref's order), called
// from pk_gemm_avx2_t's group loop: each pair of 16-weight sub-blocks meets its integer
// scales in one multiply per sub-block, one float update per 32 weights.
template <int B, int H, int NT, int NS>
QLMI_TARGET_AVX2 __attribute__((always_inline)) inline void pk_intsc_group_avx2(const pk_format& f, const uint8_t* const* p, int64_t i0,
                                                                             const pk_act& a, __m256 (*D)[2], __m256 (*acc)[NT][2]) {
    const size_t hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    for (int s0 = 0; s0 < 256; s0 += 32) {
        const int64_t i = i0 + s0;
        __m256i sc[NS][2][2];
        for (int j = 0; j < NS; j++)
            for (int h = 0; h < 2; h++)
                for (int k = 0; k < 2; k++) sc[j][h][k] = pk_avx2_int_scale<H>(p[j], s0 / 16 + k, h);
#pragma GCC unroll 4
        for (int t = 0; t < NT; t++) {
            const int8_t* aq = pk_aq(a, t, i);
            const __m256 da = _mm256_set1_ps(pk_da(a, t, i));
            const __m256i k0 = _mm256_set1_epi32(f.km * pk_sa(a, t, i, 16)), k1 = _mm256_set1_epi32(f.km * pk_sa(a, t, i + 16, 16));
#pragma GCC unroll 2
            for (int j = 0; j < NS; j++)
#pragma GCC unroll 2
                for (int h = 0; h < 2; h++) {
                    __m256i x0, x1;
                    if constexpr (B == 3) {
                        x0 = pk_avx2_isq_q3<4>(p[j] + hb, 256, s0 / 4, h, aq);
                        x1 = pk_avx2_isq_q3<4>(p[j] + hb, 256, s0 / 4 + 4, h, aq + 16);
                    } else {
                        x0 = pk_avx2_isq_hi<B, 4>(p[j] + hb, 256, s0 / 4, h, aq);
                        x1 = pk_avx2_isq_hi<B, 4>(p[j] + hb, 256, s0 / 4 + 4, h, aq + 16);
                    }
                    const __m256i y = _mm256_add_epi32(_mm256_mullo_epi32(_mm256_add_epi32(x0, k0), sc[j][h][0]),
                                                       _mm256_mullo_epi32(_mm256_add_epi32(x1, k1), sc[j][h][1]));
                    acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(y), acc[j][t][h]);
                }
        }
    }
}

// NS slabs (memory streams) at once: slab j*n + s for j < NS. Decoding runs several, since
// one core keeps more DRAM requests in flight over several streams than over one
// (docs/PERF.md); prefill runs one, with up to 4 tokens.
template <int B, int H, int NT, int NS, int SUB>
QLMI_TARGET_AVX2 void pk_gemm_avx2_t(const pk_format& f_in, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a_in,
                                     float* out, size_t os, bool accumulate) {
    const pk_format f = f_in; // copies kept in registers, as in pk_gemm_avx512_t
    const pk_act a = a_in;
    constexpr int sub = SUB; // weights per activation sum: 32, or 16 for INT2-g16
    const int G = f.group;
    const size_t gb = pk_group_bytes(f), hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    const size_t chunk_bytes = (size_t)sub * B * 2; // 64 * (sub/4) / (8/B)
    const size_t slab = (size_t)(ne0 / G) * gb;
    const float* mant16 = pk_e8_mant();
    for (int64_t s = 0; s < n; s++) {
        __m256 acc[NS][NT][2];
        const uint8_t* p[NS];
        for (int j = 0; j < NS; j++) {
            p[j] = w + (size_t)(s + j * n) * slab;
            for (int t = 0; t < NT; t++) acc[j][t][0] = acc[j][t][1] = _mm256_setzero_ps();
        }
        for (int64_t i0 = 0; i0 < ne0; i0 += G) {
            __m256 D[NS][2], M[NS][2];
            for (int j = 0; j < NS; j++) {
                for (size_t o = 0; o < gb; o += 64) _mm_prefetch((const char*)p[j] + kPackedPrefetch + o, _MM_HINT_T0);
                for (int h = 0; h < 2; h++) {
                    if (H == PK_H_E8) {
                        D[j][h] = pk_avx2_e8(p[j] + 8 * h, mant16);
                        const __m256 z = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(p[j] + 16 + 8 * h))));
                        M[j][h] = _mm256_mul_ps(_mm256_mul_ps(D[j][h], z), _mm256_set1_ps(0.0625f));
                    } else if (H == PK_H_D || H == PK_H_DM || pk_int_scales(H)) { // other K-quants: per sub-block below
                        D[j][h] = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p[j] + 16 * h)));
                        M[j][h] = H == PK_H_DM ? _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p[j] + 32 + 16 * h)))
                                               : _mm256_setzero_ps();
                    }
                }
            }
            if constexpr (B == PK_TRITS) pk_tern5_group_avx2<NT, NS>(f, p, i0, a, D, acc);
            else if constexpr (pk_int_scales(H)) pk_intsc_group_avx2<B, H, NT, NS>(f, p, i0, a, D, acc);
            else
            for (int s0 = 0; s0 < G; s0 += sub) {
                const int64_t i = i0 + s0;
                if constexpr (pk_is_k(H))
                    for (int j = 0; j < NS; j++)
                        for (int h = 0; h < 2; h++) pk_avx2_kscale<H>(p[j], s0 / sub, h, &D[j][h], &M[j][h]);
                for (int t = 0; t < NT; t++) {
                    const int8_t* aq = pk_aq(a, t, i);
                    const __m256 da = _mm256_set1_ps(pk_da(a, t, i));
                    const int32_t sa = pk_sa(a, t, i, sub);
                    for (int j = 0; j < NS; j++) {
                        const uint8_t* c = p[j] + hb + (size_t)(s0 / sub) * chunk_bytes;
                        for (int h = 0; h < 2; h++) {
                            __m256i x;
                            if constexpr (B == 5) x = pk_avx2_isq_hi<B, sub / 4>(p[j] + hb, G, s0 / 4, h, aq);
                            else x = pk_avx2_isq<B, sub / 4>(c, h, aq);
                            if (!pk_has_m(H)) {
                                const __m256i km = _mm256_set1_epi32(f.km * sa);
                                x = f.kd == 1 ? _mm256_add_epi32(x, km) : _mm256_sub_epi32(km, _mm256_slli_epi32(x, 1));
                                acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(x), acc[j][t][h]);
                            } else {
                                acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(x), acc[j][t][h]);
                                acc[j][t][h] = _mm256_fmadd_ps(M[j][h], _mm256_set1_ps(pk_S(a, t, i, sub)), acc[j][t][h]);
                            }
                        }
                    }
                }
            }
            for (int j = 0; j < NS; j++) p[j] += gb;
        }
        for (int j = 0; j < NS; j++)
            for (int t = 0; t < NT; t++)
                for (int h = 0; h < 2; h++) {
                    float* o = out + (size_t)(s + j * n) * PK_ROWS + (size_t)t * os + 8 * h;
                    _mm256_storeu_ps(o, accumulate ? _mm256_add_ps(_mm256_loadu_ps(o), acc[j][t][h]) : acc[j][t][h]);
                }
    }
}

// ---- AVX-512 VNNI: a slab is one register; vpdpbusd adds 4 products per row lane ----------
#define QLMI_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")))
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*() and then warn about it
// (GCC bug 105593, fixed in 13).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

// The integer scales of sub-block sb for the 16 rows (pk_int_scale): Q6_K's bytes, or
// Q3_K's low 4 bits and high 2 bits from the 12 planes.
template <int H>
QLMI_TARGET_AVX512 inline __m512i pk_avx512_int_scale(const uint8_t* p, int sb) {
    if (H == PK_H_K6) return _mm512_cvtepi8_epi32(_mm_loadu_si128((const __m128i*)(p + 32 + 16 * sb)));
#define pl(k) _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)(p + 32 + 16 * (k))))
    const __m512i lo = sb < 8 ? _mm512_and_si512(pl(sb), _mm512_set1_epi32(15)) : _mm512_srli_epi32(pl(sb - 8), 4);
    const __m512i hi = _mm512_and_si512(_mm512_srli_epi32(pl(8 + sb % 4), 2 * (sb / 4)), _mm512_set1_epi32(3));
#undef pl
    return _mm512_sub_epi32(_mm512_or_si512(lo, _mm512_slli_epi32(hi, 4)), _mm512_set1_epi32(32));
}

// The D and M of a Q2_K, Q4_K or Q5_K sub-block sb for the 16 rows (pk_k_scale's operations).
template <int H>
QLMI_TARGET_AVX512 inline void pk_avx512_kscale(const uint8_t* p, int sb, __m512* D, __m512* M) {
    const __m512 d = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)p));
    if (H == PK_H_K2) {
        const __m512i sc = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)(p + 64 + 16 * sb)));
        *D = _mm512_mul_ps(d, _mm512_cvtepi32_ps(_mm512_and_si512(sc, _mm512_set1_epi32(15))));
        const __m512 dmin = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)(p + 32)));
        *M = _mm512_castsi512_ps(_mm512_xor_si512(_mm512_castps_si512(_mm512_mul_ps(dmin, _mm512_cvtepi32_ps(_mm512_srli_epi32(sc, 4)))),
                                                  _mm512_set1_epi32((int)0x80000000)));
        return;
    }
    const uint8_t* q = p + 64; // the 12 scale planes
#define pl(k) _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)(q + 16 * (k))))
    const __m512i c63 = _mm512_set1_epi32(63), c15 = _mm512_set1_epi32(15);
    __m512i sc, m;
    if (sb < 4) {
        sc = _mm512_and_si512(pl(sb), c63);
        m = _mm512_and_si512(pl(sb + 4), c63);
    } else {
        sc = _mm512_or_si512(_mm512_and_si512(pl(sb + 4), c15), _mm512_slli_epi32(_mm512_srli_epi32(pl(sb - 4), 6), 4));
        m = _mm512_or_si512(_mm512_srli_epi32(pl(sb + 4), 4), _mm512_slli_epi32(_mm512_srli_epi32(pl(sb), 6), 4));
    }
#undef pl
    *D = _mm512_mul_ps(d, _mm512_cvtepi32_ps(sc));
    const __m512 dmin = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)(p + 32)));
    *M = _mm512_castsi512_ps(_mm512_xor_si512(_mm512_castps_si512(_mm512_mul_ps(dmin, _mm512_cvtepi32_ps(m))), _mm512_set1_epi32((int)0x80000000)));
}

// x += v . the 4 bytes at p in every lane, with the broadcast folded into vpdpbusd's memory
// operand ({1to16}): GCC 12 issues a separate vpbroadcastd for _mm512_set1_epi32 of a load.
QLMI_TARGET_AVX512 __attribute__((always_inline)) inline __m512i pk_dpbusd_b(__m512i x, __m512i v, const int8_t* p) {
    __asm__("vpdpbusd %2%{1to16%}, %1, %0" : "+v"(x) : "v"(v), "m"(*(const int32_t*)p));
    return x;
}

// Ternary in base 3 with the 16 rows in one register. A step's byte u = q * 3^n mod 256
// gives its code as 3u >> 8 and the next step's byte as u' = 3u mod 256, so 256 * code =
// 3u - u' exactly. With few tokens the kernel decodes no code at all: the integer sum of
// a sub-block is (3 * sum u.a - sum u'.a) / 256, two vpdpbusd per step and token on the
// bytes as they are (u is unsigned, as vpdpbusd wants it) plus the tripling, 4 operations
// a step for one token against 7 with the codes. With more tokens the codes pay for
// themselves (measured: 3 tokens 20% slower without them): the two comparisons into masks
// (as pk_tern5_group_avx2), then one vpdpbusd per token. Both equal the reference bit for
// bit (the same integer sums).
template <int NT, int NS>
QLMI_TARGET_AVX512 __attribute__((always_inline)) inline void pk_tern5_group_avx512(const pk_format& f, const uint8_t* const* p, int64_t i0,
                                                                                   const pk_act& a, const __m512* D, __m512 (*acc)[NT]) {
    constexpr int NSTEP = 64, NCHUNK = (NSTEP + 4) / 5;
    constexpr bool raw = NT == 1; // sums of the bytes, or of the codes
    const __m512i one = _mm512_set1_epi8(1), two = _mm512_set1_epi8(2);
    const __m512i t1 = _mm512_set1_epi8(85), t2 = _mm512_set1_epi8((char)170);
    __m512i x[NS][NT], y[NS][NT]; // sums of u.a (or code.a) and of u'.a
    const int8_t* aq[NT];
#pragma GCC unroll 2
    for (int j = 0; j < NS; j++)
#pragma GCC unroll 8
        for (int t = 0; t < NT; t++) x[j][t] = y[j][t] = _mm512_setzero_si512();
#pragma GCC unroll 13
    for (int k = 0; k < NCHUNK; k++) {
        __m512i m[NS];
#pragma GCC unroll 2
        for (int j = 0; j < NS; j++) m[j] = _mm512_loadu_si512((const void*)(p[j] + 32 + 64 * k));
#pragma GCC unroll 5
        for (int nn = 0; nn < 5; nn++) {
            const int st = 5 * k + nn;
            if (st >= NSTEP) break;
            if (st % 8 == 0)
#pragma GCC unroll 8
                for (int t = 0; t < NT; t++) aq[t] = pk_aq(a, t, i0 + 4 * st);
#pragma GCC unroll 2
            for (int j = 0; j < NS; j++) {
                const __m512i u = m[j];
                m[j] = _mm512_add_epi8(u, _mm512_add_epi8(u, u));
                const __m512i v = raw ? u : _mm512_mask_blend_epi8(_mm512_cmpgt_epu8_mask(u, t2),
                                                                  _mm512_maskz_mov_epi8(_mm512_cmpgt_epu8_mask(u, t1), one), two);
#pragma GCC unroll 8
                for (int t = 0; t < NT; t++) {
                    if (raw) { // one broadcast for both sums
                        const __m512i at = _mm512_set1_epi32(pk_ld32(aq[t] + 4 * (st % 8)));
                        x[j][t] = _mm512_dpbusd_epi32(x[j][t], v, at);
                        y[j][t] = _mm512_dpbusd_epi32(y[j][t], m[j], at);
                    } else {
                        x[j][t] = pk_dpbusd_b(x[j][t], v, aq[t] + 4 * (st % 8));
                    }
                }
            }
            if (st % 8 == 7) { // a 32-weight sub-block is complete
                const int64_t i = i0 + 4 * (st - 7);
#pragma GCC unroll 8
                for (int t = 0; t < NT; t++) {
                    const __m512 da = _mm512_set1_ps(pk_da(a, t, i));
                    const __m512i km = _mm512_set1_epi32(f.km * pk_sa(a, t, i, 32));
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        const __m512i c = raw ? _mm512_srai_epi32(_mm512_sub_epi32(_mm512_add_epi32(x[j][t], _mm512_slli_epi32(x[j][t], 1)), y[j][t]), 8)
                                              : x[j][t];
                        acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(_mm512_add_epi32(c, km)), acc[j][t]);
                        x[j][t] = y[j][t] = _mm512_setzero_si512();
                    }
                }
            }
        }
    }
}

template <int B, int H, int NT, int NS, int SUB>
QLMI_TARGET_AVX512 void pk_gemm_avx512_t(const pk_format& f_in, int64_t ne0, const uint8_t* w, int64_t n,
                                         const pk_act& a_in, float* out, size_t os, bool accumulate) {
    // Local copies: read through the references, GCC 12 reloaded the activation row's
    // fields from memory in every group (40 scalar instructions around Q4_0's 8
    // vpdpbusd); with copies it keeps them in registers. With the unsigned indices of
    // pk_da and the others, Q4_0's kernel alone, one token, 0.149 -> 0.127 ms and Q6_K's
    // 0.263 -> 0.245 (docs/PERF.md step 14).
    const pk_format f = f_in;
    const pk_act a = a_in;
    constexpr int spc = 8 / B, sub = SUB, nk = spc < sub / 4 ? spc : sub / 4; // steps per chunk
    const int G = f.group;
    const size_t gb = pk_group_bytes(f), hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    const size_t chunk_bytes = (size_t)sub * B * 2, slab = (size_t)(ne0 / G) * gb;
    const __m512i mask = _mm512_set1_epi8((char)(B == 8 ? 0xFF : (1 << B) - 1));
    const __m512i bias = _mm512_set1_epi8((char)0x80);
    const __m512 mant16 = _mm512_loadu_ps(pk_e8_mant());
    for (int64_t s = 0; s < n; s++) {
        __m512 acc[NS][NT];
        const uint8_t* p[NS];
#pragma GCC unroll 2
        for (int j = 0; j < NS; j++) {
            p[j] = w + (size_t)(s + j * n) * slab;
#pragma GCC unroll 8
            for (int t = 0; t < NT; t++) acc[j][t] = _mm512_setzero_ps();
        }
        for (int64_t i0 = 0; i0 < ne0; i0 += G) {
            __m512 D[NS], M[NS];
            for (int j = 0; j < NS; j++) {
                for (size_t o = 0; o < gb; o += 64) _mm_prefetch((const char*)p[j] + kPackedPrefetch + o, _MM_HINT_T0);
                if (H == PK_H_E8) {
                    const __m512i e = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)p[j]));
                    const __m512 mant = _mm512_permutexvar_ps(_mm512_and_si512(e, _mm512_set1_epi32(15)), mant16);
                    const __m512i ex = _mm512_slli_epi32(_mm512_add_epi32(_mm512_srli_epi32(e, 4), _mm512_set1_epi32(127 - 14)), 23);
                    D[j] = _mm512_maskz_mul_ps(_mm512_test_epi32_mask(e, e), mant, _mm512_castsi512_ps(ex));
                    const __m512 z = _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128((const __m128i*)(p[j] + 16))));
                    M[j] = _mm512_mul_ps(_mm512_mul_ps(D[j], z), _mm512_set1_ps(0.0625f));
                } else if (H == PK_H_D || H == PK_H_DM || pk_int_scales(H)) { // other K-quants: per sub-block below
                    D[j] = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)p[j]));
                    M[j] = H == PK_H_DM ? _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)(p[j] + 32))) : _mm512_setzero_ps();
                }
            }
            __m512i SC[NS], y[NS][NT] = {}; // Q3_K, Q6_K: integer scales, the first sub-block's sums
            if constexpr (B == PK_TRITS) pk_tern5_group_avx512<NT, NS>(f, p, i0, a, D, acc);
            else
            // K-quants: a constant trip count, so that the unrolled pairs of sub-blocks know
            // which half of an activation block they are (s0 & 16 below)
#pragma GCC unroll 2
            for (int s0 = 0; s0 < (pk_is_k(H) ? 256 : G); s0 += sub) {
                const int64_t i = i0 + s0;
                const int8_t* aq[NT];
                __m512i x[NS][NT];
#pragma GCC unroll 8
                for (int t = 0; t < NT; t++) aq[t] = pk_aq(a, t, i);
                // Unrolled so that x stays in registers: a plain loop here became a memset
                // that put x on the stack for the K-quants (whose sub-block loop is not
                // unrolled), 10% of their prefill in `rep stos` and spills (docs/PERF.md step 9).
#pragma GCC unroll 2
                for (int j = 0; j < NS; j++)
#pragma GCC unroll 8
                    for (int t = 0; t < NT; t++) x[j][t] = _mm512_setzero_si512();
                if constexpr (pk_int_scales(H))
                    for (int j = 0; j < NS; j++) SC[j] = pk_avx512_int_scale<H>(p[j], s0 / sub);
                else if constexpr (pk_is_k(H))
                    for (int j = 0; j < NS; j++) pk_avx512_kscale<H>(p[j], s0 / sub, &D[j], &M[j]);
                if constexpr (B == 3) { // two planes, as in pk_avx2_isq_q3
                    const __m512i m3 = _mm512_set1_epi8(3), m7 = _mm512_set1_epi8(7);
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        const uint8_t* c = p[j] + hb;
                        const __m512i lo = _mm512_loadu_si512((const void*)(c + 64 * (s0 / 16)));
                        const __m512i hi = _mm512_srl_epi16(_mm512_loadu_si512((const void*)(c + 4 * G + 64 * (s0 / 32))),
                                                            _mm_cvtsi32_si128((s0 / 4) % 8));
#pragma GCC unroll 4
                        for (int k = 0; k < 4; k++) {
                            const int sh = 2 - k;
                            const __m512i h = sh > 0 ? _mm512_slli_epi16(hi, sh) : sh < 0 ? _mm512_srli_epi16(hi, -sh) : hi;
                            // bits 0-1 from the low plane, bit 2 from the shifted high plane
                            const __m512i v = _mm512_and_si512(_mm512_ternarylogic_epi32(k ? _mm512_srli_epi16(lo, 2 * k) : lo, h, m3, 0xE4), m7);
#pragma GCC unroll 8
                            for (int t = 0; t < NT; t++)
                                x[j][t] = pk_dpbusd_b(x[j][t], v, aq[t] + 4 * k);
                        }
                    }
                } else if constexpr (B == 5 || B == 6) { // two planes, as in pk_avx2_isq_hi
                    constexpr int hbits = B - 4, hs = 8 / hbits;
                    static_assert((sub / 4) % hs == 0, "a sub-block starts a high-plane byte");
                    const __m512i m4 = _mm512_set1_epi8(15), mlow = _mm512_set1_epi8((char)((1 << B) - 1));
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        const uint8_t* c = p[j] + hb;
                        const __m512i hi = _mm512_loadu_si512((const void*)(c + 8 * G + 64 * ((s0 / 4) / hs)));
#pragma GCC unroll 8
                        for (int st = 0; st < sub / 4; st += 2) {
                            const __m512i raw = _mm512_loadu_si512((const void*)(c + 64 * ((s0 / 4 + st) / 2)));
#pragma GCC unroll 2
                            for (int k = 0; k < 2; k++) {
                                const int sh = 4 - hbits * ((st + k) % hs);
                                const __m512i h = sh > 0 ? _mm512_slli_epi16(hi, sh) : sh < 0 ? _mm512_srli_epi16(hi, -sh) : hi;
                                // bits 0-3 from the low plane, bits 4.. from the shifted high bits
                                const __m512i v = _mm512_and_si512(
                                    _mm512_ternarylogic_epi32(k ? _mm512_srli_epi16(raw, 4) : raw, h, m4, 0xE4), mlow);
#pragma GCC unroll 8
                                for (int t = 0; t < NT; t++)
                                    x[j][t] = pk_dpbusd_b(x[j][t], v, aq[t] + 4 * (st + k));
                            }
                        }
                    }
                } else
#pragma GCC unroll 8
                for (int st = 0; st < sub / 4; st += spc) {
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        __m512i raw = _mm512_loadu_si512((const void*)(p[j] + hb + (size_t)(s0 / sub) * chunk_bytes + 64 * (size_t)(st / spc)));
                        if (B == 8) raw = _mm512_xor_si512(raw, bias); // signed codes -> code + 128
#pragma GCC unroll 8
                        for (int k = 0; k < nk; k++) {
                            const __m512i v = B == 8 ? raw : _mm512_and_si512(k ? _mm512_srli_epi16(raw, B * k) : raw, mask);
#pragma GCC unroll 8
                            for (int t = 0; t < NT; t++)
                                x[j][t] = pk_dpbusd_b(x[j][t], v, aq[t] + 4 * (st + k));
                        }
                    }
                }
#pragma GCC unroll 8
                for (int t = 0; t < NT; t++) {
                    const __m512 da = _mm512_set1_ps(pk_da(a, t, i));
                    const int32_t sa = pk_sa(a, t, i, sub);
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        if constexpr (pk_int_scales(H)) {
                            // pk_gemm_ref's integer scales: one float update per 32 weights
                            const __m512i v = _mm512_mullo_epi32(_mm512_add_epi32(x[j][t], _mm512_set1_epi32(f.km * sa)), SC[j]);
                            if ((s0 & 16) == 0) y[j][t] = v;
                            else acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(_mm512_add_epi32(y[j][t], v)), acc[j][t]);
                        } else if (!pk_has_m(H)) {
                            const __m512i km = _mm512_set1_epi32((B == 8 ? -128 : f.km) * sa);
                            const __m512i xi = f.kd == 1 ? _mm512_add_epi32(x[j][t], km) : _mm512_sub_epi32(km, _mm512_slli_epi32(x[j][t], 1));
                            acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(xi), acc[j][t]);
                        } else {
                            acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(x[j][t]), acc[j][t]);
                            acc[j][t] = _mm512_fmadd_ps(M[j], _mm512_set1_ps(pk_S(a, t, i, sub)), acc[j][t]);
                        }
                    }
                }
            }
            for (int j = 0; j < NS; j++) p[j] += gb;
        }
#pragma GCC unroll 2
        for (int j = 0; j < NS; j++)
#pragma GCC unroll 8
            for (int t = 0; t < NT; t++) {
                float* o = out + (size_t)(s + j * n) * PK_ROWS + (size_t)t * os;
                _mm512_storeu_ps(o, accumulate ? _mm512_add_ps(_mm512_loadu_ps(o), acc[j][t]) : acc[j][t]);
            }
    }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

template <int B, int H, int NT, int NS, int SUB>
struct pk_k_avx2 {
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out, size_t os,
                    bool acc) {
        pk_gemm_avx2_t<B, H, NT, NS, SUB>(f, ne0, w, n, a, out, os, acc);
    }
};
template <int B, int H, int NT, int NS, int SUB>
struct pk_k_avx512 {
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out, size_t os,
                    bool acc) {
        pk_gemm_avx512_t<B, H, NT, NS, SUB>(f, ne0, w, n, a, out, os, acc);
    }
};
inline void pk_gemm_avx2(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                         float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx2, 4, 2>::run(f, ne0, w, n, a, nt, out, os, acc);
}
inline void pk_gemm_avx512(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                           float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx512, 8, 4>::run(f, ne0, w, n, a, nt, out, os, acc);
}
// One slab stream per thread in decode (the rest as above), for CPUs whose prefetchers
// serve one sequential stream best (cpu().streams).
inline void pk_gemm_avx2_s1(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                            float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx2, 4, 1>::run(f, ne0, w, n, a, nt, out, os, acc);
}
inline void pk_gemm_avx512_s1(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                              float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx512, 8, 1>::run(f, ne0, w, n, a, nt, out, os, acc);
}
inline void pk_gemm_avx512_s2(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                              float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx512, 8, 2>::run(f, ne0, w, n, a, nt, out, os, acc);
}

inline void packed_kernels(kernel_table& t) {
    const int s = cpu().streams;
    if (cpu().avx512vnni) {
        t.pk_gemm = s == 1 ? pk_gemm_avx512_s1 : s == 2 ? pk_gemm_avx512_s2 : pk_gemm_avx512;
        t.isa = "avx2+avx512vnni";
    } else {
        // AVX2's registers hold two streams at most: 4 means 2 there.
        t.pk_gemm = s == 1 ? pk_gemm_avx2_s1 : pk_gemm_avx2;
    }
}

#else

inline void packed_kernels(kernel_table&) {}

#endif // QLM_HAS_AVX2

} // namespace qlm_detail
#endif // QLM_PACKED_H
