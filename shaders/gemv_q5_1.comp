#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 32u
#define BLOCK_BYTES 24u
#include "gemv_head.glsl"
// d, m (f16), qh, nibbles as Q5_0; w = d*q + m.
float block_dot(uint b, uint xi) {
    vec2 dm = unpackHalf2x16(ld32(b));
    uint qh = ld32(b + 4u);
    float s = 0.0, sx = 0.0;
    for (uint j = 0u; j < 4u; j++) {
        uint q = ld32(b + 8u + 4u * j);
        for (uint k = 0u; k < 4u; k++) {
            uint e = 4u * j + k, v = q >> (8u * k);
            uint lo = (v & 15u) | (((qh >> e) & 1u) << 4), hi = ((v >> 4) & 15u) | (((qh >> (e + 16u)) & 1u) << 4);
            float x0 = x[xi + e], x1 = x[xi + e + 16u];
            s += float(lo) * x0 + float(hi) * x1;
            sx += x0 + x1;
        }
    }
    return dm.x * s + dm.y * sx;
}
#include "gemv_main.glsl"
