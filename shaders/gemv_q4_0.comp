#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 32u
#define BLOCK_BYTES 18u
#include "gemv_head.glsl"
// d (f16), 16 bytes: byte j holds weight j (low nibble) and j+16 (high); w = d*(q-8).
float block_dot(uint b, uint xi) {
    float s = 0.0;
    for (uint j = 0u; j < 4u; j++) {
        uint q = ld32(b + 2u + 4u * j);
        for (uint k = 0u; k < 4u; k++) {
            uint v = q >> (8u * k), i = xi + 4u * j + k;
            s += float(int(v & 15u) - 8) * x[i] + float(int((v >> 4) & 15u) - 8) * x[i + 16u];
        }
    }
    return ldh(b) * s;
}
#include "gemv_main.glsl"
