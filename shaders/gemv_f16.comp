#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 2u
#define BLOCK_BYTES 4u
#include "gemv_head.glsl"
float block_dot(uint b, uint xi) {
    vec2 h = unpackHalf2x16(ld32(b));
    return h.x * x[xi] + h.y * x[xi + 1u];
}
#include "gemv_main.glsl"
