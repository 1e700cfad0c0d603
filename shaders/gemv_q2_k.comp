#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 84u
#include "gemv_head.glsl"
// scales[16] (low nibble scale, high nibble min), qs[64], d, dmin (f16). Weight
// 128h+32j+16g+l is bits 2j..2j+1 of qs[32h+16g+l], in sub-block 8h+2j+g;
// w = d*(sc&15)*q - dmin*(sc>>4).
float block_dot(uint b, uint xi) {
    vec2 dm = unpackHalf2x16(ld32(b + 80u));
    float s = 0.0;
    for (uint h = 0u; h < 2u; h++)
        for (uint j = 0u; j < 4u; j++)
            for (uint g = 0u; g < 2u; g++) {
                float sq = 0.0, sx = 0.0;
                for (uint l = 0u; l < 16u; l += 4u) {
                    uint q = ld32(b + 16u + 32u * h + 16u * g + l);
                    for (uint k = 0u; k < 4u; k++) {
                        float xv = x[xi + 128u * h + 32u * j + 16u * g + l + k];
                        sq += float((q >> (8u * k + 2u * j)) & 3u) * xv;
                        sx += xv;
                    }
                }
                uint sc = ld8(b + 8u * h + 2u * j + g);
                s += dm.x * float(sc & 15u) * sq - dm.y * float(sc >> 4) * sx;
            }
    return s;
}
#include "gemv_main.glsl"
