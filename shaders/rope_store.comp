#version 450
#extension GL_GOOGLE_include_directive : require
// RoPE on q and k at position P.pos, the KV rotation of k and v (Hadamard: sign flips,
// then a fast Walsh-Hadamard transform; calibrated: the layer's key and value matrices;
// both as kv_rotation::apply), then k and v into the
// cache row of that position (shaders/kv.glsl): packed to F16, or quantized as
// kvq_quantize_row does (per group the best of a few clip levels) with the F16 copies
// for sinks and the window ring. One workgroup: each step must finish before the next
// reads its result, and one token's q, k and v are only a few thousand floats.
#define WG 256
#define MAX_HD 1024
#include "common.glsl"
#include "kv.glsl"
layout(std430, binding = 0) coherent buffer QKVb { float qkv[]; }; // q [n_head*hd], k, v [n_head_kv*hd]
layout(std430, binding = 1) coherent buffer KVb { uint kv[]; };
layout(std430, binding = 2) readonly buffer Pb { uint pos; } P;
layout(std430, binding = 3) readonly buffer Rb { vec2 cs[]; }; // [n_ctx][n_rot/2] cos, sin
layout(std430, binding = 4) readonly buffer Rotb { float rm[]; }; // the rotation (shaders/kv.glsl)
// One head vector, rotated by a calibrated matrix, before it goes back to qkv.
shared float rt[MAX_HD];

void rope(uint i) { // pair i of the q heads followed by the k heads (which follow q)
    uint half_hd = p.head_dim / 2u, h = i / half_hd, r = i % half_hd;
    if (r >= p.n_rot / 2u) return; // dimensions past n_rot are not rotated
    vec2 c = cs[P.pos * (p.n_rot / 2u) + r];
    uint a = h * p.head_dim + (p.neox != 0u ? r : 2u * r);
    uint b = a + (p.neox != 0u ? p.n_rot / 2u : 1u);
    float x0 = qkv[a], x1 = qkv[b];
    qkv[a] = x0 * c.x - x1 * c.y;
    qkv[b] = x0 * c.y + x1 * c.x;
}

void sync() {
    memoryBarrierBuffer();
    barrier();
}

// Byte and f16 stores into `kv`. Quantized rows need not be word aligned, so a word may
// hold bytes of two rows written by different threads (or an earlier position): each
// store clears and sets only its own bytes, atomically.
void st8(uint b, uint v) {
    uint s = (b & 3u) * 8u;
    atomicAnd(kv[b >> 2], ~(0xffu << s));
    atomicOr(kv[b >> 2], (v & 0xffu) << s);
}
uint f16_bits(float x) { return packHalf2x16(vec2(x, 0.0)) & 0xffffu; }
float f16_val(uint h) { return unpackHalf2x16(h).x; }

// Code of x at scale d (inverse id) for type t, offset included (kvq_quantize_row).
float code_of(uint t, float x, float id) {
    if (t == 1u) return clamp(roundEven(x * id), -127.0, 127.0);
    return clamp(roundEven(x * id + kv_offset(t)), 0.0, t == 2u ? 15.0 : 3.0);
}

// Group g of head h of plane `t` (src: index in qkv of the head's first value) into the
// row at byte `row`.
void quantize_group(uint t, uint src, uint row, uint g) {
    const uint G = p.G;
    src += g * G;
    float amax = 0.0;
    for (uint i = 0u; i < G; i++) amax = max(amax, abs(qkv[src + i]));
    uint best = 0u;
    if (amax > 0.0) {
        float off = kv_offset(t), top = t == 1u ? 127.0 : off, best_err = 1.0 / 0.0;
        uint n_try = t == 1u ? 1u : t == 2u ? 6u : 12u;
        for (uint k = 0u; k < n_try; k++) {
            precise float f = 1.0 - 0.05 * float(k); // clip at 100%, 95%, ... of the max
            uint h = f16_bits(amax * f / top);
            float d = f16_val(h);
            if (d == 0.0) continue;
            float id = 1.0 / d;
            precise float err = 0.0;
            for (uint i = 0u; i < G; i++) {
                // INT8's search has one candidate: the unclamped code is what the CPU scores.
                float x = qkv[src + i], c = t == 1u ? roundEven(x * id) : code_of(t, x, id);
                precise float e = x - (c - off) * d;
                err += e * e;
            }
            if (err < best_err) {
                best_err = err;
                best = h;
            }
        }
    }
    st8(row + 2u * g, best);
    st8(row + 2u * g + 1u, best >> 8);
    float d = f16_val(best), id = d > 0.0 ? 1.0 / d : 0.0;
    uint codes = row + (p.head_dim / G) * 2u, first = g * G;
    if (t == 1u) {
        for (uint i = 0u; i < G; i++) st8(codes + first + i, uint(int(code_of(t, qkv[src + i], id))));
    } else if (t == 2u) { // per 32 values: byte j holds value j (low nibble) and j+16 (high)
        for (uint c = 0u; c < G; c += 32u)
            for (uint j = 0u; j < 16u; j++)
                st8(codes + (first + c) / 2u + j,
                    uint(code_of(t, qkv[src + c + j], id)) | (uint(code_of(t, qkv[src + c + j + 16u], id)) << 4));
    } else { // per 32 values: byte j holds value j + 8k in bits 2k..2k+1
        for (uint c = 0u; c < G; c += 32u)
            for (uint j = 0u; j < 8u; j++) {
                uint v = 0u;
                for (uint k = 0u; k < 4u; k++) v |= uint(code_of(t, qkv[src + c + j + 8u * k], id)) << (2u * k);
                st8(codes + (first + c) / 4u + j, v);
            }
    }
}

void main() {
    uint t = gl_LocalInvocationIndex, hd = p.head_dim, half_hd = hd / 2u;
    uint nkv = p.n_head_kv, kv_dim = nkv * hd, half_kv = kv_dim / 2u, pos = P.pos;
    for (uint i = t; i < (p.n_head + nkv) * half_hd; i += WG) rope(i);
    sync();
    uint ko = p.n_head * hd, vo = ko + kv_dim; // k and v heads are contiguous: 2*nkv vectors
    if (p.rot == 1u) {
        float sc = 1.0 / sqrt(float(hd));
        for (uint i = t; i < 2u * kv_dim; i += WG) qkv[ko + i] = qkv[ko + i] * rm[i % hd] * sc;
        sync();
        for (uint h = 1u; h < hd; h *= 2u) {
            for (uint i = t; i < kv_dim; i += WG) { // 2*nkv vectors of hd/2 butterflies
                uvec2 j = fwht_pair(i, h) + ko;
                float a = qkv[j.x], b = qkv[j.y];
                qkv[j.x] = a + b;
                qkv[j.y] = a - b;
            }
            sync();
        }
    } else if (p.rot == 2u) {
        // y = M x per head with the CPU's summation order (kv_rotation::matvec); `precise`
        // keeps the compiler from fusing the products into the sums, which the CPU does not.
        for (uint v = 0u; v < 2u * nkv; v++) { // the k heads (matrix 0), then the v heads (2)
            uint m0 = rot_mat(v < nkv ? 0u : 2u, v % nkv), x0 = ko + v * hd;
            for (uint i = t; i < hd; i += WG) {
                precise float a = 0.0;
                for (uint j = 0u; j < hd; j++) a += rm[m0 + i * hd + j] * qkv[x0 + j];
                rt[i] = a;
            }
            barrier(); // every thread has read x
            for (uint i = t; i < hd; i += WG) qkv[x0 + i] = rt[i];
            sync();
        }
    }
    // F16: the main row (F16 plane), or the sink and ring copies (quantized plane).
    for (uint which = 0u; which < 2u; which++) {
        uint typ = which == 0u ? p.k_type : p.v_type, src = which == 0u ? ko : vo;
        uint main_ = which == 0u ? p.k_main : p.v_main, row = which == 0u ? p.k_row : p.v_row;
        int dst0 = -1, dst1 = -1; // word offsets of up to two F16 rows
        if (typ == 0u) dst0 = int(main_ / 4u + pos * half_kv);
        else {
            if (pos < p.n_sink) dst0 = int((which == 0u ? p.k_sink : p.v_sink) / 4u + pos * half_kv);
            if (p.n_ring != 0u) dst1 = int((which == 0u ? p.k_ring : p.v_ring) / 4u + (pos % p.n_ring) * half_kv);
        }
        for (uint i = t; i < half_kv; i += WG) {
            uint w = packHalf2x16(vec2(qkv[src + 2u * i], qkv[src + 2u * i + 1u]));
            if (dst0 >= 0) kv[uint(dst0) + i] = w;
            if (dst1 >= 0) kv[uint(dst1) + i] = w;
        }
        if (typ != 0u) {
            uint ng = hd / p.G;
            for (uint i = t; i < nkv * ng; i += WG) {
                uint h = i / ng;
                quantize_group(typ, src + h * hd, main_ + (pos * nkv + h) * row, i % ng);
            }
        }
    }
}
