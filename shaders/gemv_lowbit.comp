#version 450
#extension GL_GOOGLE_include_directive : require
// quantlm's own formats (src/lowbit.h, docs/FORMATS.md): one module for all sixteen, the
// family and group size are specialization constants, so each type gets its own pipeline
// with the branches folded away, and the header carries one shader instead of sixteen.
// Every group decodes as w = D*code + M: the dot is D*(code.x) + M*sum(x).
layout(constant_id = 0) const uint FAM = 0u; // lb_family: INT4S INT4 INT2 TERN TERN16 BIN BINM
layout(constant_id = 1) const uint G = 32u;  // weights per group
#define BLOCK G
#define BLOCK_BYTES group_bytes()
uint header_bytes() { return FAM == 1u || FAM == 6u ? 4u : 2u; }
uint group_bytes() {
    uint c = FAM <= 1u ? G / 2u : FAM <= 3u ? G / 4u : FAM == 4u ? (G + 4u) / 5u : G / 8u;
    return header_bytes() + c;
}
#include "gemv_head.glsl"

float block_dot(uint b, uint xi) {
    uint c = b + header_bytes();
    float sq = 0.0, sx = 0.0;
    if (FAM <= 1u) { // INT4: byte 16k+j holds weight 32k+j (low nibble) and 32k+16+j (high)
        for (uint j = 0u; j < G / 2u; j += 4u) {
            uint q = ld32(c + j), i = xi + 32u * (j / 16u) + j % 16u;
            for (uint k = 0u; k < 4u; k++) {
                uint v = q >> (8u * k);
                float x0 = x[i + k], x1 = x[i + k + 16u];
                sq += float(v & 15u) * x0 + float((v >> 4) & 15u) * x1;
                sx += x0 + x1;
            }
        }
    } else if (FAM <= 3u) { // INT2, ternary: byte j holds weight j + k*G/4 in bits 2k..2k+1
        for (uint j = 0u; j < G / 4u; j += 4u) {
            uint q = ld32(c + j);
            for (uint k = 0u; k < 4u; k++)
                for (uint e = 0u; e < 4u; e++) {
                    float xv = x[xi + j + e + k * (G / 4u)];
                    sq += float((q >> (8u * e + 2u * k)) & 3u) * xv;
                    sx += xv;
                }
        }
    } else if (FAM == 4u) { // ternary, 5 codes per byte: code 5b+k is base-3 digit k of byte b
        for (uint i = 0u; i < G; i += 5u) {
            uint v = ld8(c + i / 5u);
            for (uint k = 0u; k < 5u && i + k < G; k++, v /= 3u) {
                float xv = x[xi + i + k];
                sq += float(v % 3u) * xv;
                sx += xv;
            }
        }
    } else { // binary: bit i%8 of byte i/8 is weight i
        for (uint j = 0u; j < G / 8u; j += 4u) {
            uint q = ld32(c + j);
            for (uint k = 0u; k < 32u; k++) {
                float xv = x[xi + 8u * j + k];
                sq += float((q >> k) & 1u) * xv;
                sx += xv;
            }
        }
    }
    float D, M;
    if (FAM == 2u) { // scale byte e: 2^((e-224)/16), 0 when e = 0; zero byte z: M = D*z/16
        uint e = ld8(b);
        D = e == 0u ? 0.0 : exp2((float(e) - 224.0) / 16.0);
        M = D * float(int(ld8(b + 1u) << 24) >> 24) / 16.0;
    } else {
        vec2 dm = unpackHalf2x16(ld32(b));
        if (FAM == 0u) D = dm.x, M = -8.0 * dm.x;
        else if (FAM == 1u) D = dm.x, M = dm.y;
        else if (FAM <= 4u) D = dm.x, M = -dm.x;
        else if (FAM == 5u) D = -2.0 * dm.x, M = dm.x; // a set bit is a negative weight
        else D = -2.0 * dm.x, M = dm.x + dm.y;
    }
    return D * sq + M * sx;
}
#include "gemv_main.glsl"
