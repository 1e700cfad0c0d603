#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 32u
#define BLOCK_BYTES 22u
#include "gemv_head.glsl"
// d (f16), qh (bit j = fifth bit of weight j), nibbles as Q4_0; w = d*(q-16).
float block_dot(uint b, uint xi) {
    uint qh = ld32(b + 2u);
    float s = 0.0;
    for (uint j = 0u; j < 4u; j++) {
        uint q = ld32(b + 6u + 4u * j);
        for (uint k = 0u; k < 4u; k++) {
            uint e = 4u * j + k, v = q >> (8u * k);
            uint lo = (v & 15u) | (((qh >> e) & 1u) << 4), hi = ((v >> 4) & 15u) | (((qh >> (e + 16u)) & 1u) << 4);
            s += float(int(lo) - 16) * x[xi + e] + float(int(hi) - 16) * x[xi + e + 16u];
        }
    }
    return ldh(b) * s;
}
#include "gemv_main.glsl"
