// Matrix-vector product y[r] (+)= W.row(r) . x for one quantized weight format. The format
// file defines BLOCK (weights per block) and BLOCK_BYTES, includes this, defines
// block_dot(byte offset of the block, index of its first activation) and includes
// gemv_main.glsl. Weights are read as the file stores them: a uint array with byte
// helpers, so no 8/16-bit storage feature is needed and blocks need no alignment.
#define WG 64
#define TPR 8u // threads per row: 8 rows per workgroup
#include "common.glsl"

layout(std430, binding = 0) readonly buffer Wb { uint w[]; };
layout(std430, binding = 1) readonly buffer Xb { float x[]; };
layout(std430, binding = 2) buffer Yb { float y[]; };
// w_off: byte offset of the matrix in the binding (Q, K and V share one); y_off: of its rows in y.
layout(push_constant) uniform Pc { uint ncols, nrows, accumulate, y_off, w_off; } p;

uint ld8(uint b) { return (w[b >> 2] >> ((b & 3u) * 8u)) & 0xffu; }
uint ld16(uint b) { return (w[b >> 2] >> ((b & 2u) * 8u)) & 0xffffu; } // b even
uint ld32(uint b) {
    uint s = (b & 3u) * 8u, i = b >> 2;
    return s == 0u ? w[i] : (w[i] >> s) | (w[i + 1u] << (32u - s));
}
float ldh(uint b) { return unpackHalf2x16(ld16(b)).x; }
// Sign-extended byte k (0..3) of a word.
float sb(uint q, uint k) { return float(int(q << (24u - 8u * k)) >> 24); }
