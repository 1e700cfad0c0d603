#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 2u
#define BLOCK_BYTES 4u
#include "gemv_head.glsl"
// Two bf16 per word, the first in the low half; a bf16 is the top half of an f32.
float block_dot(uint b, uint xi) {
    uint u = ld32(b);
    return uintBitsToFloat(u << 16) * x[xi] + uintBitsToFloat(u & 0xffff0000u) * x[xi + 1u];
}
#include "gemv_main.glsl"
