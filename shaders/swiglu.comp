#version 450
#extension GL_GOOGLE_include_directive : require
// g = silu(g) * u, elementwise; gate and up share a buffer: [g | u].
#define WG 64
#include "common.glsl"
layout(std430, binding = 0) buffer GUb { float gu[]; };
layout(push_constant) uniform Pc { uint n; } p;
void main() {
    uint i = gl_GlobalInvocationID.x;
    if (i < p.n) gu[i] = gu[i] / (1.0 + exp(-gu[i])) * gu[p.n + i];
}
