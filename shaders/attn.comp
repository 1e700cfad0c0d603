#version 450
#extension GL_GOOGLE_include_directive : require
// Causal attention of one token over positions 0..P.pos of the F16 cache; one workgroup
// per query head. As on the CPU, q and the probabilities are rounded to F16 first.
#define WG 64
#define MAX_HD 1024
#include "common.glsl"
layout(std430, binding = 0) readonly buffer Qb { float q[]; };
layout(std430, binding = 1) readonly buffer KCb { uint kc[]; };
layout(std430, binding = 2) readonly buffer VCb { uint vc[]; };
layout(std430, binding = 3) writeonly buffer Ob { float o[]; };
layout(std430, binding = 4) buffer Sb { float sc[]; }; // [n_head][n_ctx] scores
layout(std430, binding = 5) readonly buffer Pb { uint pos; } P;
layout(push_constant) uniform Pc { uint head_dim, kv_dim, group, n_ctx; float scale; } p;
shared float qs[MAX_HD];

void main() {
    uint h = gl_WorkGroupID.x, t = gl_LocalInvocationIndex, hd = p.head_dim;
    uint n_pos = P.pos + 1u, kvo = (h / p.group) * hd, so = h * p.n_ctx;
    for (uint d = t; d < hd; d += WG) qs[d] = round_f16(q[h * hd + d]);
    barrier();
    float mx = -1.0 / 0.0;
    for (uint i = t; i < n_pos; i += WG) {
        uint base = (i * p.kv_dim + kvo) / 2u;
        float s = 0.0;
        for (uint d = 0u; d < hd / 2u; d++) {
            vec2 kk = unpackHalf2x16(kc[base + d]);
            s += kk.x * qs[2u * d] + kk.y * qs[2u * d + 1u];
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
    for (uint i = t; i < n_pos; i += WG) sc[so + i] = round_f16(sc[so + i] * inv);
    memoryBarrierBuffer();
    barrier();
    for (uint d = t; d < hd; d += WG) {
        float acc = 0.0;
        for (uint i = 0u; i < n_pos; i++) {
            vec2 vv = unpackHalf2x16(vc[(i * p.kv_dim + kvo + d) / 2u]);
            acc += sc[so + i] * ((d & 1u) == 0u ? vv.x : vv.y);
        }
        o[h * hd + d] = acc;
    }
}
