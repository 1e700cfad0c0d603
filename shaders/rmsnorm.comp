#version 450
#extension GL_GOOGLE_include_directive : require
// y = x / sqrt(mean(x^2) + eps) * w, one workgroup for the whole vector.
#define WG 256
#include "common.glsl"
layout(std430, binding = 0) readonly buffer Xb { float x[]; };
layout(std430, binding = 1) readonly buffer Wb { float w[]; };
layout(std430, binding = 2) writeonly buffer Yb { float y[]; };
layout(push_constant) uniform Pc { uint n; float eps; } p;
void main() {
    float ss = 0.0;
    for (uint i = gl_LocalInvocationIndex; i < p.n; i += WG) ss += x[i] * x[i];
    ss = wg_sum(ss);
    float scale = 1.0 / sqrt(ss / float(p.n) + p.eps);
    for (uint i = gl_LocalInvocationIndex; i < p.n; i += WG) y[i] = x[i] * scale * w[i];
}
