#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 110u
#include "gemv_head.glsl"
// hmask[32], qs[64], scales[12], d (f16). Weight 128h+32j+16g+l: low 2 bits are bits
// 2j..2j+1 of qs[32h+16g+l], bit 2 is bit 4h+j of hmask[16g+l]; sub-block k = 8h+2j+g has
// the 6-bit scale (low 4 bits: scales[k] for k<8, scales[k-8]>>4 after; high 2 bits:
// bits 2(k/4).. of scales[8+k%4]) minus 32. w = d*sc*(q-4).
float block_dot(uint b, uint xi) {
    float d = ldh(b + 108u), s = 0.0;
    for (uint h = 0u; h < 2u; h++)
        for (uint j = 0u; j < 4u; j++)
            for (uint g = 0u; g < 2u; g++) {
                float sq = 0.0;
                for (uint l = 0u; l < 16u; l += 4u) {
                    uint q = ld32(b + 32u + 32u * h + 16u * g + l), hm = ld32(b + 16u * g + l);
                    for (uint k = 0u; k < 4u; k++) {
                        uint v = ((q >> (8u * k + 2u * j)) & 3u) | (((hm >> (8u * k + 4u * h + j)) & 1u) << 2);
                        sq += float(int(v) - 4) * x[xi + 128u * h + 32u * j + 16u * g + l + k];
                    }
                }
                uint k = 8u * h + 2u * j + g;
                uint lo = k < 8u ? ld8(b + 96u + k) & 15u : ld8(b + 88u + k) >> 4;
                uint hi = (ld8(b + 104u + k % 4u) >> (2u * (k / 4u))) & 3u;
                s += float(int(lo | (hi << 4)) - 32) * sq;
            }
    return d * s;
}
#include "gemv_main.glsl"
