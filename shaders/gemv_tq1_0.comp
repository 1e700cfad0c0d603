#version 450
#extension GL_GOOGLE_include_directive : require
#define BLOCK 256u
#define BLOCK_BYTES 54u
#include "gemv_head.glsl"
// qs[48], qh[4], d (f16). A byte holds five codes as a base-3 fraction: code k is
// ((byte * 3^k mod 256) * 3) >> 8. qs[m] (m<32) holds weights 32k+m, qs[32+m] (m<16)
// weights 160+16k+m, qh[j] weights 240+4k+j (k<4). w = d*(t-1).
float trit(uint byte_, uint p3) { return float((((byte_ * p3) & 255u) * 3u) >> 8); }
float block_dot(uint b, uint xi) {
    const uint p3[5] = uint[5](1u, 3u, 9u, 27u, 81u);
    float s = 0.0, sx = 0.0;
    for (uint m = 0u; m < 48u; m++) {
        uint v = ld8(b + m), first = m < 32u ? m : 160u + (m - 32u), stride = m < 32u ? 32u : 16u;
        for (uint k = 0u; k < 5u; k++) {
            float xv = x[xi + first + stride * k];
            s += trit(v, p3[k]) * xv;
            sx += xv;
        }
    }
    for (uint j = 0u; j < 4u; j++) {
        uint v = ld8(b + 48u + j);
        for (uint k = 0u; k < 4u; k++) {
            float xv = x[xi + 240u + 4u * k + j];
            s += trit(v, p3[k]) * xv;
            sx += xv;
        }
    }
    return ldh(b + 52u) * (s - sx);
}
#include "gemv_main.glsl"
