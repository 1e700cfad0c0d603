#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 210u
#include "gemv_head.glsl"
// ql[128], qh[64], 16 signed 8-bit scales, d (f16). Weight 128h+32g+l: low 4 bits from
// ql[64h+32(g&1)+l] (low nibble for g<2, high for g>=2), high 2 bits are bits 2g..2g+1
// of qh[32h+l]; w = d*scales[weight/16]*(q-32).
float block_dot(uint b, uint xi) {
    float s = 0.0;
    for (uint h = 0u; h < 2u; h++)
        for (uint g = 0u; g < 4u; g++)
            for (uint half_ = 0u; half_ < 2u; half_++) { // 16 weights share a scale
                float ss = 0.0;
                for (uint l = 16u * half_; l < 16u * half_ + 16u; l += 4u) {
                    uint ql = ld32(b + 64u * h + 32u * (g & 1u) + l), qh = ld32(b + 128u + 32u * h + l);
                    for (uint k = 0u; k < 4u; k++) {
                        uint lo = (ql >> (8u * k + (g < 2u ? 0u : 4u))) & 15u;
                        uint hi = (qh >> (8u * k + 2u * g)) & 3u;
                        ss += float(int(lo | (hi << 4)) - 32) * x[xi + 128u * h + 32u * g + l + k];
                    }
                }
                uint sub = 8u * h + 2u * g + half_;
                s += float(int(ld8(b + 192u + sub) << 24) >> 24) * ss;
            }
    return ldh(b + 208u) * s;
}
#include "gemv_main.glsl"
