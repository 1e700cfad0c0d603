#version 450
#extension GL_GOOGLE_include_directive : require
// RoPE on q and k at position P.pos, then k and v into the F16 cache row of that
// position. One workgroup: the rotation of a pair must finish before the pair is packed
// into the cache, and q+k of one token are only a few thousand floats.
#define WG 256
#include "common.glsl"
layout(std430, binding = 0) buffer QKVb { float qkv[]; }; // q [n_head*hd], k, v [n_head_kv*hd]
layout(std430, binding = 1) writeonly buffer KCb { uint kc[]; }; // [n_ctx][kv_dim/2] f16 pairs
layout(std430, binding = 2) writeonly buffer VCb { uint vc[]; };
layout(std430, binding = 3) readonly buffer Pb { uint pos; } P;
layout(std430, binding = 4) readonly buffer Rb { vec2 cs[]; }; // [n_ctx][n_rot/2] cos, sin
layout(push_constant) uniform Pc { uint n_head, n_head_kv, head_dim, n_rot, neox; } p;

void rotate(uint i) { // pair i of the q heads followed by the k heads (which follow q)
    uint half_hd = p.head_dim / 2u, h = i / half_hd, r = i % half_hd;
    if (r >= p.n_rot / 2u) return; // dimensions past n_rot are not rotated
    vec2 c = cs[P.pos * (p.n_rot / 2u) + r];
    uint a = h * p.head_dim + (p.neox != 0u ? r : 2u * r);
    uint b = a + (p.neox != 0u ? p.n_rot / 2u : 1u);
    float x0 = qkv[a], x1 = qkv[b];
    qkv[a] = x0 * c.x - x1 * c.y;
    qkv[b] = x0 * c.y + x1 * c.x;
}

void main() {
    uint half_hd = p.head_dim / 2u, n_pairs = (p.n_head + p.n_head_kv) * half_hd;
    for (uint i = gl_LocalInvocationIndex; i < n_pairs; i += WG) rotate(i);
    memoryBarrierBuffer();
    barrier();
    uint half_kv = p.n_head_kv * half_hd, row = P.pos * half_kv;
    uint ko = p.n_head * p.head_dim, vo = ko + 2u * half_kv;
    for (uint i = gl_LocalInvocationIndex; i < half_kv; i += WG) {
        kc[row + i] = packHalf2x16(vec2(qkv[ko + 2u * i], qkv[ko + 2u * i + 1u]));
        vc[row + i] = packHalf2x16(vec2(qkv[vo + 2u * i], qkv[vo + 2u * i + 1u]));
    }
}
