#version 450
#extension GL_GOOGLE_include_directive : require
// Causal attention of one token over positions 0..P.pos of the cache (shaders/kv.glsl);
// one workgroup per query head, as kv_cache::attend: the query rotated as the keys were,
// scores from the F16 plane, or from sinks / quantized rows / the F16 window, softmax,
// the probabilities times the values, the output rotated back. Against an F16 plane, q
// and the probabilities are rounded to F16 first, as on the CPU.
#define WG 64
#define MAX_HD 1024
#include "common.glsl"
#include "kv.glsl"
layout(std430, binding = 0) readonly buffer Qb { float q[]; };
layout(std430, binding = 1) readonly buffer KVb { uint kv[]; };
layout(std430, binding = 2) writeonly buffer Ob { float o[]; };
layout(std430, binding = 3) buffer Sb { float sc[]; }; // [n_head][n_ctx] scores
layout(std430, binding = 4) readonly buffer Pb { uint pos; } P;
layout(std430, binding = 5) readonly buffer Rotb { float rm[]; }; // the rotation (shaders/kv.glsl)
shared float qs[MAX_HD];

uint ld8(uint b) { return (kv[b >> 2] >> ((b & 3u) * 8u)) & 0xffu; }
float ldh(uint b) { return unpackHalf2x16(kv[b >> 2] >> ((b & 2u) * 8u)).x; } // b even
// Value i of a quantized row of type t, offset removed (kvq_code); `codes` its byte offset.
float code(uint t, uint codes, uint i) {
    if (t == 1u) return float(int(ld8(codes + i) << 24) >> 24);
    uint c = i / 32u, j = i % 32u;
    if (t == 2u) return float((ld8(codes + 16u * c + j % 16u) >> (j < 16u ? 0u : 4u)) & 15u) - 7.5;
    return float((ld8(codes + 8u * c + j % 8u) >> (2u * (j / 8u))) & 3u) - 1.5;
}

// Where position i of a plane is read from: an F16 row (word offset, is_f16 true) or a
// quantized row (byte offset).
uint row_of(uint typ, uint main_, uint sink, uint ring, uint row, uint i, uint a, uint b, uint kvh, out bool f16) {
    uint hd = p.head_dim, kv_dim = p.n_head_kv * hd;
    f16 = true;
    if (typ == 0u) return (main_ + 2u * (i * kv_dim + kvh * hd)) / 4u;
    if (i < a) return (sink + 2u * (i * kv_dim + kvh * hd)) / 4u;
    if (i >= b) return (ring + 2u * ((i % p.n_ring) * kv_dim + kvh * hd)) / 4u;
    f16 = false;
    return main_ + (i * p.n_head_kv + kvh) * row;
}

void fwht_shared() { // in place on qs[0..head_dim)
    for (uint h = 1u; h < p.head_dim; h *= 2u) {
        for (uint i = gl_LocalInvocationIndex; i < p.head_dim / 2u; i += WG) {
            uvec2 j = fwht_pair(i, h);
            float a = qs[j.x], b = qs[j.y];
            qs[j.x] = a + b;
            qs[j.y] = a - b;
        }
        barrier();
    }
}

void main() {
    uint h = gl_WorkGroupID.x, t = gl_LocalInvocationIndex, hd = p.head_dim;
    uint n_pos = P.pos + 1u, kvh = h / (p.n_head / p.n_head_kv), so = h * p.n_ctx, ng = hd / p.G;
    float rs = 1.0 / sqrt(float(hd));
    for (uint d = t; d < hd; d += WG) {
        if (p.rot == 2u) { // the query matrix of this KV head, in the CPU's order (rope_store.comp)
            uint m0 = rot_mat(1u, kvh) + d * hd;
            precise float acc = 0.0;
            for (uint j = 0u; j < hd; j++) acc += rm[m0 + j] * q[h * hd + j];
            qs[d] = acc;
        } else {
            qs[d] = p.rot == 1u ? q[h * hd + d] * rm[d] * rs : q[h * hd + d];
        }
    }
    barrier();
    if (p.rot == 1u) fwht_shared();
    if (p.k_type == 0u) {
        for (uint d = t; d < hd; d += WG) qs[d] = round_f16(qs[d]);
        barrier();
    }
    uint a, b;
    kv_regions(n_pos, a, b);
    float mx = -1.0 / 0.0;
    for (uint i = t; i < n_pos; i += WG) {
        bool f16;
        uint r = row_of(p.k_type, p.k_main, p.k_sink, p.k_ring, p.k_row, i, a, b, kvh, f16);
        float s = 0.0;
        if (f16) {
            for (uint d = 0u; d < hd / 2u; d++) {
                vec2 kk = unpackHalf2x16(kv[r + d]);
                s += kk.x * qs[2u * d] + kk.y * qs[2u * d + 1u];
            }
        } else {
            for (uint g = 0u; g < ng; g++) {
                float gs = 0.0;
                for (uint d = g * p.G; d < (g + 1u) * p.G; d++) gs += code(p.k_type, r + 2u * ng, d) * qs[d];
                s += ldh(r + 2u * g) * gs;
            }
        }
        s *= p.scale;
        sc[so + i] = s;
        mx = max(mx, s);
    }
    mx = wg_max(mx);
    float sum = 0.0;
    for (uint i = t; i < n_pos; i += WG) {
        float e = exp(sc[so + i] - mx);
        sc[so + i] = e;
        sum += e;
    }
    float inv = 1.0 / wg_sum(sum);
    for (uint i = t; i < n_pos; i += WG) {
        float pr = sc[so + i] * inv;
        sc[so + i] = p.v_type == 0u ? round_f16(pr) : pr;
    }
    memoryBarrierBuffer();
    barrier(); // also: every thread is done with qs, which now collects the output
    for (uint d = t; d < hd; d += WG) {
        float acc = 0.0;
        for (uint i = 0u; i < n_pos; i++) {
            bool f16;
            uint r = row_of(p.v_type, p.v_main, p.v_sink, p.v_ring, p.v_row, i, a, b, kvh, f16);
            float v;
            if (f16) {
                vec2 vv = unpackHalf2x16(kv[r + d / 2u]);
                v = (d & 1u) == 0u ? vv.x : vv.y;
            } else {
                v = ldh(r + 2u * (d / p.G)) * code(p.v_type, r + 2u * ng, d);
            }
            acc += sc[so + i] * v;
        }
        qs[d] = acc;
    }
    barrier();
    if (p.rot == 1u) fwht_shared(); // the inverse: diag(s) H / sqrt(hd)
    for (uint d = t; d < hd; d += WG) {
        if (p.rot == 2u) { // the value inverse
            uint m0 = rot_mat(3u, kvh) + d * hd;
            precise float acc = 0.0;
            for (uint j = 0u; j < hd; j++) acc += rm[m0 + j] * qs[j];
            o[h * hd + d] = acc;
        } else {
            o[h * hd + d] = p.rot == 1u ? qs[d] * rs * rm[d] : qs[d];
        }
    }
}
