#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 32u
#define BLOCK_BYTES 34u
#include "gemv_head.glsl"
// d (f16), 32 signed bytes; w = d*q.
float block_dot(uint b, uint xi) {
    float s = 0.0;
    for (uint j = 0u; j < 8u; j++) {
        uint q = ld32(b + 2u + 4u * j);
        for (uint k = 0u; k < 4u; k++) s += sb(q, k) * x[xi + 4u * j + k];
    }
    return ldh(b) * s;
}
#include "gemv_main.glsl"
