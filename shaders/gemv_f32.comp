#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 1u
#define BLOCK_BYTES 4u
#include "gemv_head.glsl"
float block_dot(uint b, uint xi) { return uintBitsToFloat(w[b >> 2]) * x[xi]; }
#include "gemv_main.glsl"
