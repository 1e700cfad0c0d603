#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 66u
#include "gemv_head.glsl"
// qs[64], d (f16). Weight 128h+32l+m is bits 2l..2l+1 of qs[32h+m]; w = d*(t-1), so the
// dot is d*(t.x - sum(x)).
float block_dot(uint b, uint xi) {
    float s = 0.0, sx = 0.0;
    for (uint h = 0u; h < 2u; h++)
        for (uint m = 0u; m < 32u; m += 4u) {
            uint q = ld32(b + 32u * h + m);
            for (uint l = 0u; l < 4u; l++)
                for (uint k = 0u; k < 4u; k++) {
                    float xv = x[xi + 128u * h + 32u * l + m + k];
                    s += float((q >> (8u * k + 2u * l)) & 3u) * xv;
                    sx += xv;
                }
        }
    return ldh(b + 64u) * (s - sx);
}
#include "gemv_main.glsl"
