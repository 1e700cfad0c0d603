#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 176u
#include "gemv_head.glsl"
// d, dmin (f16), 12 bytes of scales/mins as Q4_K, qh[32], qs[128]. Weight 64j+l (l<32) is
// the low nibble of qs[32j+l] plus bit 2j of qh[l] as its fifth bit; weight 64j+32+l the
// high nibble plus bit 2j+1. w = d*sc*q - dmin*m.
void scale_min(uint b, uint j, out float sc, out float m) {
    if (j < 4u) {
        sc = float(ld8(b + 4u + j) & 63u);
        m = float(ld8(b + 8u + j) & 63u);
    } else {
        uint hi = ld8(b + 8u + j);
        sc = float((hi & 15u) | ((ld8(b + j) >> 6) << 4));
        m = float((hi >> 4) | ((ld8(b + 4u + j) >> 6) << 4));
    }
}
float block_dot(uint b, uint xi) {
    vec2 dm = unpackHalf2x16(ld32(b));
    float s = 0.0;
    for (uint j = 0u; j < 4u; j++) {
        float s0 = 0.0, s1 = 0.0, x0s = 0.0, x1s = 0.0;
        for (uint l = 0u; l < 32u; l += 4u) {
            uint q = ld32(b + 48u + 32u * j + l), qh = ld32(b + 16u + l);
            for (uint k = 0u; k < 4u; k++) {
                uint v = q >> (8u * k), hb = qh >> (8u * k + 2u * j), i = xi + 64u * j + l + k;
                float x0 = x[i], x1 = x[i + 32u];
                s0 += float((v & 15u) | ((hb & 1u) << 4)) * x0;
                s1 += float(((v >> 4) & 15u) | ((hb & 2u) << 3)) * x1;
                x0s += x0;
                x1s += x1;
            }
        }
        float sc0, m0, sc1, m1;
        scale_min(b, 2u * j, sc0, m0);
        scale_min(b, 2u * j + 1u, sc1, m1);
        s += dm.x * (sc0 * s0 + sc1 * s1) - dm.y * (m0 * x0s + m1 * x1s);
    }
    return s;
}
#include "gemv_main.glsl"
