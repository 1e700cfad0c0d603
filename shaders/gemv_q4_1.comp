#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 32u
#define BLOCK_BYTES 20u
#include "gemv_head.glsl"
// d, m (f16), 16 bytes of nibbles as Q4_0; w = d*q + m, so the dot is d*(q.x) + m*sum(x).
float block_dot(uint b, uint xi) {
    vec2 dm = unpackHalf2x16(ld32(b));
    float s = 0.0, sx = 0.0;
    for (uint j = 0u; j < 4u; j++) {
        uint q = ld32(b + 4u + 4u * j);
        for (uint k = 0u; k < 4u; k++) {
            uint v = q >> (8u * k), i = xi + 4u * j + k;
            float x0 = x[i], x1 = x[i + 16u];
            s += float(v & 15u) * x0 + float((v >> 4) & 15u) * x1;
            sx += x0 + x1;
        }
    }
    return dm.x * s + dm.y * sx;
}
#include "gemv_main.glsl"
