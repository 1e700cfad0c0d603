// quantlm_cuda.cu: the CUDA backend, built by `make cuda` into build/libquantlm_cuda.so.
//
// quantlm.h never links CUDA and includes no CUDA header: src/cuda.h opens this library at
// run time (dlopen) and asks it for a table of functions, qlm_cuda_get_api(ABI version).
// The table and the structs it takes are declared twice, here and in src/cuda.h, and must
// stay identical; the ABI version and the struct sizes are checked at load (docs/CUDA.md).
//
// What one context holds on the GPU (device memory, allocated once at create):
//   - every weight matrix in its GGUF block layout, each row copied to a 16-byte aligned
//     stride (zero padding after the last block) so that a warp can stream it with 16-byte
//     loads; norms as F32; a cos/sin table of RoPE for every position (computed by the host
//     exactly as the CPU does);
//   - the F16 KV cache, [layer][n_ctx][n_head_kv * head_dim] for keys and for values: the
//     CPU cache's row layout, so kv_copy is a plain copy of rows;
//   - activations for one token, and the split-K partial results of attention.
// One decode step (every layer, then optionally the logits) is captured once into a CUDA
// graph, with and without the logits, and replayed per token. The position travels in
// device memory (written with the token's embedding row in one copy before the replay),
// so the graphs never need re-capturing.
//
// Kernels mirror the CPU reference (src/model.h forward_job_fn, src/quant.h layouts and
// to_float functions). Differences, all within the tests' bounds (tests/test_cuda.cpp):
//   - matrix products take F32 activations (the CPU quantizes them to 8 bits first);
//   - summation order (warp reductions) and fused multiply-adds;
//   - attention normalizes the probabilities after the value sum (split-K), so they are
//     not rounded to F16 before meeting the values as on the CPU (q still is).
#include <cuda_fp16.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#define QLM_CUDA_ABI_VERSION 2

extern "C" {

// ---- the ABI (identical copy in src/cuda.h) ------------------------------------------------
typedef struct qlm_cuda_matrix {
    const void* data;   // host bytes: ne1 rows of row_bytes, GGUF block layout
    uint32_t type;      // ggml type id (src/quant.h qtype)
    uint32_t reserved;
    int64_t ne0, ne1;   // weights per row, rows
    uint64_t row_bytes;
} qlm_cuda_matrix;

typedef struct qlm_cuda_layer {
    const float* attn_norm; // [n_embd]
    const float* ffn_norm;  // [n_embd]
    qlm_cuda_matrix wq, wk, wv, wo, w_gate, w_up, w_down;
} qlm_cuda_layer;

typedef struct qlm_cuda_model {
    uint32_t struct_size; // sizeof(qlm_cuda_model) as the caller compiled it
    uint32_t layer_size;  // sizeof(qlm_cuda_layer)
    int32_t n_vocab, n_embd, n_layer, n_head, n_head_kv, head_dim, n_rot, n_ff;
    float eps;
    int32_t rope_neox; // 0: pairs (2i, 2i+1); 1: pairs (i, i + n_rot/2)
    uint32_t n_ctx;    // KV cache positions
    uint32_t device;   // 0: the device with the most multiprocessors; N: the Nth, from 1
    int32_t use_graph; // 0: launch the kernels one by one every step (debugging)
    int32_t reserved;
    const float* rope_cs;     // [n_ctx][n_rot/2][cos, sin]
    const float* output_norm; // [n_embd]
    qlm_cuda_matrix output;   // [n_embd] x n_vocab
    const qlm_cuda_layer* layers; // [n_layer]
} qlm_cuda_model;

typedef struct qlm_cuda_ctx qlm_cuda_ctx;

// Every function returns 0 on success or a negative value with a message in err[0..cap).
typedef struct qlm_cuda_api {
    int32_t abi_version;
    uint32_t api_size; // sizeof(qlm_cuda_api)
    // Number of usable devices; 0 with the reason in `text` (no driver, no device), else the
    // name of device 0 in `text`.
    int (*probe)(char* text, size_t cap);
    // Whether this library can run the model (types, shapes); needs no GPU.
    int (*check_model)(const qlm_cuda_model* m, char* err, size_t cap);
    // Uploads the model and captures the step; on success `err` holds a line for the log.
    int (*create)(const qlm_cuda_model* m, qlm_cuda_ctx** out, char* err, size_t cap);
    // One token: x = its embedding row [n_embd], pos its position (< n_ctx). With logits
    // non-null, leaves the n_vocab logits there.
    int (*step)(qlm_cuda_ctx* c, const float* x, uint32_t pos, float* logits, char* err, size_t cap);
    // Rows [p0, p0 + n) of layer's keys (value = 0) or values (1) between the device cache and
    // host (n rows of n_head_kv * head_dim F16), to the host when to_host.
    int (*kv_copy)(qlm_cuda_ctx* c, int32_t layer, int32_t value, uint32_t p0, uint32_t n, void* host,
                   int32_t to_host, char* err, size_t cap);
    void (*destroy)(qlm_cuda_ctx* c);
    // out = row . x for one row of ne0 weights of `type`, computed on the host by the very
    // block decoders the GEMV kernels run: tests check them against src/quant.h without a GPU.
    int (*host_row_dot)(uint32_t type, const void* row, int64_t ne0, const float* x, float* out);
} qlm_cuda_api;

} // extern "C"

namespace {

// ---- weight formats ------------------------------------------------------------------------
// ggml type ids, block sizes and bytes (src/quant.h).
enum : int {
    T_F32 = 0, T_F16 = 1, T_Q4_0 = 2, T_Q4_1 = 3, T_Q5_0 = 6, T_Q5_1 = 7, T_Q8_0 = 8,
    T_Q2_K = 10, T_Q3_K = 11, T_Q4_K = 12, T_Q5_K = 13, T_Q6_K = 14, T_BF16 = 30
};
// X(type, name, weights per block, bytes per block)
#define QLMC_TYPES(X)                                                                            \
    X(T_F32, "F32", 1, 4) X(T_F16, "F16", 1, 2) X(T_BF16, "BF16", 1, 2) X(T_Q4_0, "Q4_0", 32, 18) \
    X(T_Q4_1, "Q4_1", 32, 20) X(T_Q5_0, "Q5_0", 32, 22) X(T_Q5_1, "Q5_1", 32, 24)                 \
    X(T_Q8_0, "Q8_0", 32, 34) X(T_Q2_K, "Q2_K", 256, 84) X(T_Q3_K, "Q3_K", 256, 110)             \
    X(T_Q4_K, "Q4_K", 256, 144) X(T_Q5_K, "Q5_K", 256, 176) X(T_Q6_K, "Q6_K", 256, 210)

struct type_desc {
    const char* name;
    int block, bytes;
};
bool type_lookup(uint32_t t, type_desc* d) {
    switch (t) {
#define QLMC_X(id, nm, bl, by) \
    case id: *d = {nm, bl, by}; return true;
        QLMC_TYPES(QLMC_X)
#undef QLMC_X
    default: return false;
    }
}

__host__ __device__ constexpr int block_of(int T) {
    return T == T_F32 || T == T_F16 || T == T_BF16 ? 1
           : T == T_Q2_K || T == T_Q3_K || T == T_Q4_K || T == T_Q5_K || T == T_Q6_K ? 256
                                                                                     : 32;
}
__host__ __device__ constexpr int bytes_of(int T) {
    return T == T_F32 ? 4 : T == T_F16 || T == T_BF16 ? 2 : T == T_Q4_0 ? 18 : T == T_Q4_1 ? 20
           : T == T_Q5_0 ? 22 : T == T_Q5_1 ? 24 : T == T_Q8_0 ? 34 : T == T_Q2_K ? 84
           : T == T_Q3_K ? 110 : T == T_Q4_K ? 144 : T == T_Q5_K ? 176 : 210;
}

// ---- GEMV: y[r] (+)= W.row(r) . x, one warp per row, 8 rows per block -------------------------
// Quantized rows are streamed in chunks of whole blocks into the warp's shared-memory
// buffer with 16-byte loads (rows are 16-byte aligned on the device and chunks are a
// multiple of 16 bytes), then every lane decodes its own block(s) from there:
//   32-weight formats: chunks of 32 blocks, lane i takes block i;
//   K-quants:          chunks of 8 super-blocks, 4 lanes each, 64 weights per lane.
// Float rows need no staging: lanes read 16 bytes of weights at a time directly.
constexpr int GEMV_WARPS = 8;
__host__ __device__ constexpr int blocks_per_chunk(int T) { return block_of(T) == 256 ? 8 : 32; }
__host__ __device__ constexpr int chunk_bytes(int T) { return block_of(T) == 1 ? 16 : blocks_per_chunk(T) * bytes_of(T); }
static_assert(32 * 18 % 16 == 0 && 32 * 20 % 16 == 0 && 32 * 22 % 16 == 0 && 32 * 24 % 16 == 0 &&
                  32 * 34 % 16 == 0 && 8 * 84 % 16 == 0 && 8 * 110 % 16 == 0 && 8 * 144 % 16 == 0 &&
                  8 * 176 % 16 == 0 && 8 * 210 % 16 == 0,
              "chunks must be whole 16-byte units so that every chunk starts 16-byte aligned");

__host__ __device__ __forceinline__ float f16_at(const uint8_t* p) {
    return __half2float(__ushort_as_half((unsigned short)(p[0] | (p[1] << 8))));
}
__host__ __device__ __forceinline__ uint32_t u32_at(const uint8_t* p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
__host__ __device__ __forceinline__ float bf16_to_f32(uint32_t h) {
    const uint32_t bits = h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}
__device__ __forceinline__ float warp_sum(float v) {
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
    return v;
}
__host__ __device__ __forceinline__ void load_x(const float* __restrict__ x, float* v, int n) { // n % 4 == 0, x 16-aligned
    for (int i = 0; i < n; i += 4) {
        const float4 f = *reinterpret_cast<const float4*>(x + i);
        v[i] = f.x, v[i + 1] = f.y, v[i + 2] = f.z, v[i + 3] = f.w;
    }
}

// The dot product of one 32-weight block at p (in shared memory) with 32 activations.
// Each mirrors the type's to_float in src/quant.h: byte j of qs holds weight j in its low
// nibble and weight j+16 in its high one; bit j of qh is the fifth bit of weight j.
// quant32<T>(p, j) gives the quants of weights j and j+16 (offset of Q4_0/Q5_0 removed);
// the activations are read four at a time (16-byte loads) in step with them.
template <int T> struct quant32;
template <> struct quant32<T_Q4_0> { // {d, qs[16]}: w = d*(q-8)
    static constexpr bool has_min = false;
    __host__ __device__ static void get(const uint8_t* p, int j, int* q0, int* q1) {
        *q0 = (p[2 + j] & 0xF) - 8;
        *q1 = (p[2 + j] >> 4) - 8;
    }
};
template <> struct quant32<T_Q4_1> { // {d, m, qs[16]}: w = d*q + m
    static constexpr bool has_min = true;
    __host__ __device__ static void get(const uint8_t* p, int j, int* q0, int* q1) {
        *q0 = p[4 + j] & 0xF;
        *q1 = p[4 + j] >> 4;
    }
};
template <> struct quant32<T_Q5_0> { // {d, qh[4], qs[16]}: w = d*(q-16)
    static constexpr bool has_min = false;
    __host__ __device__ static void get(const uint8_t* p, int j, int* q0, int* q1) {
        const uint32_t qh = u32_at(p + 2);
        *q0 = ((p[6 + j] & 0xF) | (int)(((qh >> j) & 1) << 4)) - 16;
        *q1 = ((p[6 + j] >> 4) | (int)(((qh >> (j + 16)) & 1) << 4)) - 16;
    }
};
template <> struct quant32<T_Q5_1> { // {d, m, qh[4], qs[16]}: w = d*q + m
    static constexpr bool has_min = true;
    __host__ __device__ static void get(const uint8_t* p, int j, int* q0, int* q1) {
        const uint32_t qh = u32_at(p + 4);
        *q0 = (p[8 + j] & 0xF) | (int)(((qh >> j) & 1) << 4);
        *q1 = (p[8 + j] >> 4) | (int)(((qh >> (j + 16)) & 1) << 4);
    }
};
template <> struct quant32<T_Q8_0> { // {d, qs[32]}: w = d*q
    static constexpr bool has_min = false;
    __host__ __device__ static void get(const uint8_t* p, int j, int* q0, int* q1) {
        *q0 = (int8_t)p[2 + j];
        *q1 = (int8_t)p[2 + j + 16];
    }
};
template <int T> __host__ __device__ float block32_dot(const uint8_t* p, const float* __restrict__ xb) {
    float s = 0.0f, sx = 0.0f;
#pragma unroll
    for (int j = 0; j < 16; j += 4) {
        const float4 a = *reinterpret_cast<const float4*>(xb + j);
        const float4 b = *reinterpret_cast<const float4*>(xb + 16 + j);
        const float xa[4] = {a.x, a.y, a.z, a.w}, xc[4] = {b.x, b.y, b.z, b.w};
#pragma unroll
        for (int u = 0; u < 4; u++) {
            int q0, q1;
            quant32<T>::get(p, j + u, &q0, &q1);
            s += (float)q0 * xa[u] + (float)q1 * xc[u];
            if (quant32<T>::has_min) sx += xa[u] + xc[u];
        }
    }
    // d at byte 0 for every 32-weight format; m (Q4_1, Q5_1) at byte 2.
    return quant32<T>::has_min ? f16_at(p) * s + f16_at(p + 2) * sx : f16_at(p) * s;
}

// K-quants: the quant of weight i (0..255) of the super-block at p, with the format's
// constant offset already taken off (Q3_K: q-4, Q6_K: q-32), as q*k_quant in src/quant.h.
template <int T> __host__ __device__ int kquant(const uint8_t* p, int i);
template <> __host__ __device__ int kquant<T_Q2_K>(const uint8_t* p, int i) { // {scales[16], qs[64], d, dmin}
    const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
    return (p[16 + 32 * h + 16 * g + l] >> (2 * j)) & 3;
}
template <> __host__ __device__ int kquant<T_Q3_K>(const uint8_t* p, int i) { // {hmask[32], qs[64], scales[12], d}
    const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
    const int lo = (p[32 + 32 * h + 16 * g + l] >> (2 * j)) & 3;
    const int hi = (p[16 * g + l] >> (4 * h + j)) & 1;
    return (lo | (hi << 2)) - 4;
}
template <> __host__ __device__ int kquant<T_Q4_K>(const uint8_t* p, int i) { // {d, dmin, scales[12], qs[128]}
    const uint8_t v = p[16 + 32 * (i / 64) + i % 32];
    return (i % 64) < 32 ? v & 0xF : v >> 4;
}
template <> __host__ __device__ int kquant<T_Q5_K>(const uint8_t* p, int i) { // {d, dmin, scales[12], qh[32], qs[128]}
    const uint8_t v = p[48 + 32 * (i / 64) + i % 32];
    const int lo = (i % 64) < 32 ? v & 0xF : v >> 4;
    return lo | (((p[16 + i % 32] >> (i / 32)) & 1) << 4);
}
template <> __host__ __device__ int kquant<T_Q6_K>(const uint8_t* p, int i) { // {ql[128], qh[64], scales[16], d}
    const int h = i / 128, g = (i / 32) % 4, l = i % 32;
    const uint8_t v = p[64 * h + 32 * (g & 1) + l];
    const int lo = g < 2 ? v & 0xF : v >> 4;
    return (lo | (((p[128 + 32 * h + l] >> (2 * g)) & 3) << 4)) - 32;
}
// Q4_K/Q5_K: 6-bit scale and min of sub-block j (0..7), as q4k_scale_min.
__host__ __device__ __forceinline__ void k4_scale_min(int j, const uint8_t* s, int* sc, int* m) {
    if (j < 4) {
        *sc = s[j] & 63;
        *m = s[j + 4] & 63;
    } else {
        *sc = (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4);
        *m = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
    }
}
// Sum over the 16 weights of group G (weights 16G..16G+15) of w*x, given sq = sum of
// kquant*x and sx = sum of x over the group.
template <int T> __host__ __device__ float kgroup(const uint8_t* p, int G, float sq, float sx);
template <> __host__ __device__ float kgroup<T_Q2_K>(const uint8_t* p, int G, float sq, float sx) {
    const int sc = p[G]; // w = d*(sc&15)*q - dmin*(sc>>4)
    return f16_at(p + 80) * (float)(sc & 0xF) * sq - f16_at(p + 82) * (float)(sc >> 4) * sx;
}
template <> __host__ __device__ float kgroup<T_Q3_K>(const uint8_t* p, int G, float sq, float) {
    const uint8_t* s = p + 96; // w = d*(s-32)*(q-4), 6-bit s as q3k_scales
    const int lo = G < 8 ? s[G] & 0xF : s[G - 8] >> 4;
    const int hi = (s[8 + G % 4] >> (2 * (G / 4))) & 3;
    return f16_at(p + 108) * (float)((lo | (hi << 4)) - 32) * sq;
}
template <> __host__ __device__ float kgroup<T_Q4_K>(const uint8_t* p, int G, float sq, float sx) {
    int sc, m; // w = d*sc*q - dmin*m, sub-blocks of 32
    k4_scale_min(G / 2, p + 4, &sc, &m);
    return f16_at(p) * (float)sc * sq - f16_at(p + 2) * (float)m * sx;
}
template <> __host__ __device__ float kgroup<T_Q5_K>(const uint8_t* p, int G, float sq, float sx) {
    return kgroup<T_Q4_K>(p, G, sq, sx); // the same header
}
template <> __host__ __device__ float kgroup<T_Q6_K>(const uint8_t* p, int G, float sq, float) {
    return f16_at(p + 208) * (float)(int8_t)p[192 + G] * sq; // w = d*scales[G]*(q-32)
}
// Weights 64k..64k+63 of the super-block at p against xq (their 64 activations).
template <int T> __host__ __device__ float kquarter_dot(const uint8_t* p, int k, const float* __restrict__ xq) {
    float acc = 0.0f;
#pragma unroll 1
    for (int g = 0; g < 4; g++) {
        float x[16];
        load_x(xq + 16 * g, x, 16);
        float sq = 0.0f, sx = 0.0f;
#pragma unroll
        for (int u = 0; u < 16; u++) {
            sq += (float)kquant<T>(p, 64 * k + 16 * g + u) * x[u];
            sx += x[u];
        }
        acc += kgroup<T>(p, 4 * k + g, sq, sx);
    }
    return acc;
}

// The whole row's dot product, summed over the warp (every lane gets it).
template <int T>
__device__ float row_dot(const uint8_t* __restrict__ row, int ne0, const float* __restrict__ x, uint8_t* buf,
                         int lane) {
    float s = 0.0f;
    if constexpr (T == T_F32) {
        const float* w = reinterpret_cast<const float*>(row);
        const int n4 = ne0 / 4;
        for (int i = lane; i < n4; i += 32) {
            const float4 a = reinterpret_cast<const float4*>(w)[i], b = reinterpret_cast<const float4*>(x)[i];
            s += a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w;
        }
        for (int i = 4 * n4 + lane; i < ne0; i += 32) s += w[i] * x[i];
    } else if constexpr (T == T_F16 || T == T_BF16) {
        const uint16_t* w = reinterpret_cast<const uint16_t*>(row);
        const int n8 = ne0 / 8;
        for (int i = lane; i < n8; i += 32) {
            const uint4 v = reinterpret_cast<const uint4*>(w)[i];
            const uint32_t words[4] = {v.x, v.y, v.z, v.w};
            float xv[8];
            load_x(x + 8 * i, xv, 8);
#pragma unroll
            for (int k = 0; k < 4; k++) {
                float lo, hi;
                if constexpr (T == T_F16) {
                    lo = __half2float(__ushort_as_half((unsigned short)(words[k] & 0xFFFF)));
                    hi = __half2float(__ushort_as_half((unsigned short)(words[k] >> 16)));
                } else {
                    lo = bf16_to_f32(words[k] & 0xFFFF);
                    hi = bf16_to_f32(words[k] >> 16);
                }
                s += lo * xv[2 * k] + hi * xv[2 * k + 1];
            }
        }
        for (int i = 8 * n8 + lane; i < ne0; i += 32)
            s += (T == T_F16 ? __half2float(__ushort_as_half((unsigned short)w[i])) : bf16_to_f32(w[i])) * x[i];
    } else {
        constexpr int BL = block_of(T), BB = bytes_of(T), BPC = blocks_per_chunk(T);
        const int nb = ne0 / BL;
        for (int c0 = 0; c0 < nb; c0 += BPC) {
            const int nblk = min(BPC, nb - c0);
            const int n16 = (nblk * BB + 15) / 16; // may read into the row's zero padding
            const uint4* src = reinterpret_cast<const uint4*>(row + (size_t)c0 * BB);
            __syncwarp(); // every lane is done with the previous chunk
            for (int k = lane; k < n16; k += 32) reinterpret_cast<uint4*>(buf)[k] = src[k];
            __syncwarp();
            if constexpr (BL == 32) {
                if (lane < nblk) s += block32_dot<T>(buf + lane * BB, x + (size_t)(c0 + lane) * 32);
            } else {
                const int b = lane / 4, k = lane % 4;
                if (b < nblk) s += kquarter_dot<T>(buf + b * BB, k, x + (size_t)(c0 + b) * 256 + 64 * k);
            }
        }
    }
    return warp_sum(s);
}

template <int T>
__global__ void __launch_bounds__(32 * GEMV_WARPS)
    gemv_kernel(const uint8_t* __restrict__ w, size_t stride, int ne0, int rows, const float* __restrict__ x,
                float* __restrict__ y, int accumulate) {
    __shared__ __align__(16) uint8_t buf[GEMV_WARPS][chunk_bytes(T)];
    const int warp = (int)threadIdx.x / 32, lane = (int)threadIdx.x % 32;
    const int r = (int)blockIdx.x * GEMV_WARPS + warp;
    if (r >= rows) return; // whole warps only: no block-wide barrier follows
    const float s = row_dot<T>(w + (size_t)r * stride, ne0, x, buf[warp], lane);
    if (lane == 0) y[r] = accumulate ? y[r] + s : s;
}

// gate and up rows r of the same type in one pass, then SwiGLU: h[r] = silu(g) * u.
template <int T>
__global__ void __launch_bounds__(32 * GEMV_WARPS)
    gemv_swiglu_kernel(const uint8_t* __restrict__ wg, const uint8_t* __restrict__ wu, size_t stride, int ne0,
                       int rows, const float* __restrict__ x, float* __restrict__ h) {
    __shared__ __align__(16) uint8_t buf[GEMV_WARPS][chunk_bytes(T)];
    const int warp = (int)threadIdx.x / 32, lane = (int)threadIdx.x % 32;
    const int r = (int)blockIdx.x * GEMV_WARPS + warp;
    if (r >= rows) return;
    const float g = row_dot<T>(wg + (size_t)r * stride, ne0, x, buf[warp], lane);
    const float u = row_dot<T>(wu + (size_t)r * stride, ne0, x, buf[warp], lane);
    if (lane == 0) h[r] = g / (1.0f + expf(-g)) * u;
}

// ---- the other operations -------------------------------------------------------------------
constexpr int NORM_THREADS = 1024;
// out = x * (1/sqrt(mean(x^2) + eps)) * w, the sum of squares in double as on the CPU.
__global__ void __launch_bounds__(NORM_THREADS)
    rmsnorm_kernel(const float* __restrict__ x, const float* __restrict__ w, float* __restrict__ out, int n,
                   float eps) {
    __shared__ double part[NORM_THREADS / 32];
    __shared__ float scale_sh;
    double ss = 0.0;
    for (int i = (int)threadIdx.x; i < n; i += NORM_THREADS) ss += (double)x[i] * x[i];
    for (int o = 16; o > 0; o >>= 1) ss += __shfl_xor_sync(0xffffffffu, ss, o);
    if (threadIdx.x % 32 == 0) part[threadIdx.x / 32] = ss;
    __syncthreads();
    if (threadIdx.x == 0) {
        double t = 0.0;
        for (int i = 0; i < NORM_THREADS / 32; i++) t += part[i];
        scale_sh = (float)(1.0 / sqrt(t / n + (double)eps));
    }
    __syncthreads();
    const float scale = scale_sh;
    for (int i = (int)threadIdx.x; i < n; i += NORM_THREADS) out[i] = x[i] * scale * w[i];
}

// RoPE on q (in place) and k, then k and v into the F16 cache at the position (as the
// CPU's rope_apply and kv_cache::store with the F16 cache and no rotation).
__global__ void rope_store_kernel(float* __restrict__ q, const float* __restrict__ k, const float* __restrict__ v,
                                  __half* __restrict__ kc, __half* __restrict__ vc, const int* __restrict__ d_pos,
                                  const float* __restrict__ cs_tab, int NH, int NKV, int HD, int n_rot, int neox) {
    const int pos = *d_pos, half = n_rot / 2, kv_dim = NKV * HD;
    const float* cs = cs_tab + (size_t)pos * half * 2;
    __half* krow = kc + (size_t)pos * kv_dim;
    __half* vrow = vc + (size_t)pos * kv_dim;
    for (int it = (int)threadIdx.x; it < (NH + NKV) * half; it += (int)blockDim.x) {
        const int h = it / half, i = it % half;
        const int a = neox ? i : 2 * i, b = neox ? i + half : 2 * i + 1;
        const float c = cs[2 * i], s = cs[2 * i + 1];
        if (h < NH) {
            float* r = q + (size_t)h * HD;
            const float x0 = r[a], x1 = r[b];
            r[a] = x0 * c - x1 * s;
            r[b] = x0 * s + x1 * c;
        } else {
            const size_t o = (size_t)(h - NH) * HD;
            const float x0 = k[o + a], x1 = k[o + b];
            krow[o + a] = __float2half_rn(x0 * c - x1 * s);
            krow[o + b] = __float2half_rn(x0 * s + x1 * c);
        }
    }
    const int rest = HD - n_rot; // dimensions past n_rot are not rotated
    for (int it = (int)threadIdx.x; it < NKV * rest; it += (int)blockDim.x) {
        const size_t o = (size_t)(it / rest) * HD + n_rot + it % rest;
        krow[o] = __float2half_rn(k[o]);
    }
    for (int d = (int)threadIdx.x; d < kv_dim; d += (int)blockDim.x) vrow[d] = __float2half_rn(v[d]);
}

// Attention, split-K ("flash decoding"): block (h, s) takes query head h against positions
// [s*ATT_CHUNK, (s+1)*ATT_CHUNK) of the n_pos = pos+1 stored ones and leaves its max score
// m, its sum of exp(score - m) l and the unnormalized sum of exp(score - m) * v; the
// combine kernel merges the splits. The grid covers n_ctx; splits past n_pos return.
constexpr int ATT_CHUNK = 256, ATT_THREADS = 128, MAX_HEAD_DIM = 256;

__device__ float block_reduce(float v, float* red, bool is_max) {
    for (int o = 16; o > 0; o >>= 1) {
        const float t = __shfl_xor_sync(0xffffffffu, v, o);
        v = is_max ? fmaxf(v, t) : v + t;
    }
    if (threadIdx.x % 32 == 0) red[threadIdx.x / 32] = v;
    __syncthreads();
    float r = red[0];
    for (int i = 1; i < ATT_THREADS / 32; i++) r = is_max ? fmaxf(r, red[i]) : r + red[i];
    __syncthreads(); // red is reused by the next reduction
    return r;
}

__global__ void __launch_bounds__(ATT_THREADS)
    attn_split_kernel(const float* __restrict__ q, const __half* __restrict__ kc, const __half* __restrict__ vc,
                      const int* __restrict__ d_pos, int HD, int kv_dim, int group, float scale, int n_splits,
                      float* __restrict__ part_o, float* __restrict__ part_ml) {
    __shared__ float qs[MAX_HEAD_DIM];
    __shared__ float sc[ATT_CHUNK];
    __shared__ float red[ATT_THREADS / 32];
    const int h = (int)blockIdx.x, s = (int)blockIdx.y;
    const int n_pos = *d_pos + 1, p0 = s * ATT_CHUNK;
    if (p0 >= n_pos) return; // uniform over the block
    const int n = min(ATT_CHUNK, n_pos - p0);
    const int tid = (int)threadIdx.x, warp = tid / 32, lane = tid % 32;
    const size_t kv_off = (size_t)(h / group) * HD;
    // q is rounded to F16 before it meets the F16 keys, as on the CPU.
    for (int d = tid; d < HD; d += ATT_THREADS) qs[d] = __half2float(__float2half_rn(q[(size_t)h * HD + d]));
    __syncthreads();
    for (int p = warp; p < n; p += ATT_THREADS / 32) {
        const __half* kr = kc + (size_t)(p0 + p) * kv_dim + kv_off;
        float a = 0.0f;
        for (int d = lane; d < HD; d += 32) a += __half2float(kr[d]) * qs[d];
        a = warp_sum(a);
        if (lane == 0) sc[p] = a * scale;
    }
    __syncthreads();
    float m = -INFINITY;
    for (int p = tid; p < n; p += ATT_THREADS) m = fmaxf(m, sc[p]);
    m = block_reduce(m, red, true);
    float l = 0.0f;
    for (int p = tid; p < n; p += ATT_THREADS) {
        const float e = expf(sc[p] - m);
        sc[p] = e;
        l += e;
    }
    l = block_reduce(l, red, false); // its barriers also publish sc
    const size_t part = (size_t)h * n_splits + s;
    for (int d = tid; d < HD; d += ATT_THREADS) {
        const __half* vb = vc + (size_t)p0 * kv_dim + kv_off + d;
        float o = 0.0f;
        for (int p = 0; p < n; p++) o += sc[p] * __half2float(vb[(size_t)p * kv_dim]);
        part_o[part * HD + d] = o;
    }
    if (tid == 0) {
        part_ml[2 * part] = m;
        part_ml[2 * part + 1] = l;
    }
}

__global__ void __launch_bounds__(ATT_THREADS)
    attn_combine_kernel(const float* __restrict__ part_o, const float* __restrict__ part_ml,
                        const int* __restrict__ d_pos, int HD, int n_splits, float* __restrict__ out) {
    const int h = (int)blockIdx.x;
    const int used = (*d_pos + 1 + ATT_CHUNK - 1) / ATT_CHUNK; // splits that ran (<= n_splits)
    const float* ml = part_ml + (size_t)h * n_splits * 2;
    float M = -INFINITY;
    for (int s = 0; s < used; s++) M = fmaxf(M, ml[2 * s]);
    float L = 0.0f;
    for (int s = 0; s < used; s++) L += ml[2 * s + 1] * expf(ml[2 * s] - M);
    for (int d = (int)threadIdx.x; d < HD; d += ATT_THREADS) {
        float o = 0.0f;
        for (int s = 0; s < used; s++) o += part_o[((size_t)h * n_splits + s) * HD + d] * expf(ml[2 * s] - M);
        out[(size_t)h * HD + d] = o / L;
    }
}

// SwiGLU when gate and up differ in type (else gemv_swiglu_kernel does it): g = silu(g)*u.
__global__ void swiglu_kernel(float* __restrict__ g, const float* __restrict__ u, int n) {
    const int i = (int)(blockIdx.x * blockDim.x + threadIdx.x);
    if (i < n) g[i] = g[i] / (1.0f + expf(-g[i])) * u[i];
}

// ---- the context ----------------------------------------------------------------------------
struct dmatrix {
    const uint8_t* data = nullptr; // device, rows `stride` bytes apart
    size_t stride = 0;
    int type = 0, ne0 = 0, rows = 0;
};
struct dlayer {
    const float *attn_norm = nullptr, *ffn_norm = nullptr;
    dmatrix wq, wk, wv, wo, w_gate, w_up, w_down;
};

} // namespace

struct qlm_cuda_ctx {
    int device = 0;
    int32_t n_vocab = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0, head_dim = 0, n_rot = 0, n_ff = 0;
    float eps = 0.0f;
    int neox = 0;
    uint32_t n_ctx = 0;
    int n_splits = 0;
    bool use_graph = true;
    cudaStream_t stream = nullptr;
    cudaGraphExec_t graph[2] = {nullptr, nullptr}; // without, with the logits
    uint8_t* weights = nullptr;                     // one allocation: matrices, norms, RoPE table
    __half *kcache = nullptr, *vcache = nullptr;    // [n_layer][n_ctx][kv_dim]
    float* scratch = nullptr;                       // one allocation: activations
    uint8_t* h_io = nullptr;                        // pinned: position + embedding row
    float* h_logits = nullptr;                      // pinned
    // Parts of the allocations.
    dlayer* layers = nullptr;
    dmatrix output;
    const float *out_norm = nullptr, *rope_cs = nullptr;
    int* d_pos = nullptr; // the first 16 bytes of io, then the embedding row (= x)
    float *x = nullptr, *xn = nullptr, *q = nullptr, *k = nullptr, *v = nullptr, *att = nullptr;
    float *g = nullptr, *u = nullptr, *part_o = nullptr, *part_ml = nullptr, *logits = nullptr;
};

namespace {

#define QLMC_CHECK(call)                                                                               \
    do {                                                                                               \
        cudaError_t e_ = (call);                                                                       \
        if (e_ != cudaSuccess) {                                                                       \
            snprintf(err, cap, "cuda: %s failed: %s", #call, cudaGetErrorString(e_));                  \
            return -1;                                                                                 \
        }                                                                                              \
    } while (0)

size_t align256(size_t n) { return (n + 255) / 256 * 256; }
size_t padded_stride(uint64_t row_bytes) { return (size_t)(row_bytes + 15) / 16 * 16; }

// Launches y (+)= W x for one matrix.
template <int T> void launch_gemv_t(const dmatrix& w, const float* x, float* y, bool acc, cudaStream_t st) {
    const unsigned grid = (unsigned)((w.rows + GEMV_WARPS - 1) / GEMV_WARPS);
    gemv_kernel<T><<<grid, 32 * GEMV_WARPS, 0, st>>>(w.data, w.stride, w.ne0, w.rows, x, y, acc ? 1 : 0);
}
template <int T> void launch_swiglu_t(const dmatrix& g, const dmatrix& u, const float* x, float* h, cudaStream_t st) {
    const unsigned grid = (unsigned)((g.rows + GEMV_WARPS - 1) / GEMV_WARPS);
    gemv_swiglu_kernel<T><<<grid, 32 * GEMV_WARPS, 0, st>>>(g.data, u.data, g.stride, g.ne0, g.rows, x, h);
}
void launch_gemv(const dmatrix& w, const float* x, float* y, bool acc, cudaStream_t st) {
    switch (w.type) {
#define QLMC_X(id, nm, bl, by) \
    case id: launch_gemv_t<id>(w, x, y, acc, st); break;
        QLMC_TYPES(QLMC_X)
#undef QLMC_X
    default: break; // check_model refused the model
    }
}
void launch_gemv_swiglu(const dmatrix& g, const dmatrix& u, const float* x, float* h, cudaStream_t st) {
    switch (g.type) {
#define QLMC_X(id, nm, bl, by) \
    case id: launch_swiglu_t<id>(g, u, x, h, st); break;
        QLMC_TYPES(QLMC_X)
#undef QLMC_X
    default: break;
    }
}

// Enqueues one token step (see the file comment) on the context's stream.
void enqueue_step(qlm_cuda_ctx& c, bool logits) {
    cudaStream_t st = c.stream;
    const int E = c.n_embd, HD = c.head_dim, NH = c.n_head, NKV = c.n_head_kv, FF = c.n_ff;
    const size_t kv_dim = (size_t)NKV * HD, layer_kv = (size_t)c.n_ctx * kv_dim;
    const float scale = 1.0f / sqrtf((float)HD); // as attn_scale in forward_job_fn
    for (int l = 0; l < c.n_layer; l++) {
        const dlayer& L = c.layers[l];
        __half *kc = c.kcache + (size_t)l * layer_kv, *vc = c.vcache + (size_t)l * layer_kv;
        rmsnorm_kernel<<<1, NORM_THREADS, 0, st>>>(c.x, L.attn_norm, c.xn, E, c.eps);
        launch_gemv(L.wq, c.xn, c.q, false, st);
        launch_gemv(L.wk, c.xn, c.k, false, st);
        launch_gemv(L.wv, c.xn, c.v, false, st);
        rope_store_kernel<<<1, 256, 0, st>>>(c.q, c.k, c.v, kc, vc, c.d_pos, c.rope_cs, NH, NKV, HD, c.n_rot, c.neox);
        attn_split_kernel<<<dim3((unsigned)NH, (unsigned)c.n_splits), ATT_THREADS, 0, st>>>(
            c.q, kc, vc, c.d_pos, HD, (int)kv_dim, NH / NKV, scale, c.n_splits, c.part_o, c.part_ml);
        attn_combine_kernel<<<(unsigned)NH, ATT_THREADS, 0, st>>>(c.part_o, c.part_ml, c.d_pos, HD, c.n_splits, c.att);
        launch_gemv(L.wo, c.att, c.x, true, st); // the residual is added in place
        rmsnorm_kernel<<<1, NORM_THREADS, 0, st>>>(c.x, L.ffn_norm, c.xn, E, c.eps);
        if (L.w_gate.type == L.w_up.type) {
            launch_gemv_swiglu(L.w_gate, L.w_up, c.xn, c.g, st);
        } else {
            launch_gemv(L.w_gate, c.xn, c.g, false, st);
            launch_gemv(L.w_up, c.xn, c.u, false, st);
            swiglu_kernel<<<(unsigned)((FF + 255) / 256), 256, 0, st>>>(c.g, c.u, FF);
        }
        launch_gemv(L.w_down, c.g, c.x, true, st);
    }
    if (logits) {
        rmsnorm_kernel<<<1, NORM_THREADS, 0, st>>>(c.x, c.out_norm, c.xn, E, c.eps);
        launch_gemv(c.output, c.xn, c.logits, false, st);
    }
}

// Checks one matrix of the description against the shape the graph needs.
int check_matrix(const qlm_cuda_matrix& m, const char* what, int64_t ne0, int64_t ne1, char* err, size_t cap) {
    type_desc td;
    if (!type_lookup(m.type, &td)) {
        snprintf(err, cap, "cuda: no kernel for the weight type (ggml id %u) of %s", m.type, what);
        return -1;
    }
    if (m.ne0 != ne0 || m.ne1 != ne1 || ne0 <= 0 || ne1 <= 0 || ne0 > (1 << 24) || ne1 > (1 << 24) ||
        ne0 % td.block != 0 || m.row_bytes != (uint64_t)(ne0 / td.block) * (uint64_t)td.bytes || !m.data) {
        snprintf(err, cap, "cuda: %s (%s, %lld x %lld) does not have the expected shape %lld x %lld", what, td.name,
                 (long long)m.ne0, (long long)m.ne1, (long long)ne0, (long long)ne1);
        return -1;
    }
    return 0;
}

int qlmc_check_model(const qlm_cuda_model* m, char* err, size_t cap) {
    if (!m || m->struct_size != sizeof(qlm_cuda_model) || m->layer_size != sizeof(qlm_cuda_layer)) {
        snprintf(err, cap, "cuda: model description of %u/%u bytes, the library expects %u/%u (mismatched builds)",
                 m ? m->struct_size : 0u, m ? m->layer_size : 0u, (unsigned)sizeof(qlm_cuda_model),
                 (unsigned)sizeof(qlm_cuda_layer));
        return -1;
    }
    // n_ctx <= 2^23: the attention splits (n_ctx / 256) fit gridDim.y.
    if (m->n_embd <= 0 || m->n_layer <= 0 || m->n_head <= 0 || m->n_head_kv <= 0 || m->n_head % m->n_head_kv != 0 ||
        m->head_dim <= 0 || m->head_dim > MAX_HEAD_DIM || m->n_rot <= 0 || m->n_rot > m->head_dim ||
        m->n_rot % 2 != 0 || m->n_ff <= 0 || m->n_vocab <= 0 || m->n_ctx == 0 || m->n_ctx > (1u << 23) ||
        !m->layers || !m->rope_cs || !m->output_norm) {
        snprintf(err, cap, "cuda: unsupported hyperparameters (head_dim %d, at most %d; heads %d/%d; n_ctx %u)",
                 m->head_dim, MAX_HEAD_DIM, m->n_head, m->n_head_kv, m->n_ctx);
        return -1;
    }
    const int64_t E = m->n_embd, Q = (int64_t)m->n_head * m->head_dim, KV = (int64_t)m->n_head_kv * m->head_dim;
    if (check_matrix(m->output, "output.weight", E, m->n_vocab, err, cap)) return -1;
    for (int l = 0; l < m->n_layer; l++) {
        const qlm_cuda_layer& L = m->layers[l];
        char what[64];
        const struct { const qlm_cuda_matrix* w; const char* name; int64_t ne0, ne1; } ms[] = {
            {&L.wq, "attn_q", E, Q},        {&L.wk, "attn_k", E, KV},        {&L.wv, "attn_v", E, KV},
            {&L.wo, "attn_output", Q, E},   {&L.w_gate, "ffn_gate", E, m->n_ff}, {&L.w_up, "ffn_up", E, m->n_ff},
            {&L.w_down, "ffn_down", m->n_ff, E}};
        for (const auto& w : ms) {
            snprintf(what, sizeof what, "blk.%d.%s.weight", l, w.name);
            if (check_matrix(*w.w, what, w.ne0, w.ne1, err, cap)) return -1;
        }
        if (!L.attn_norm || !L.ffn_norm) {
            snprintf(err, cap, "cuda: layer %d has no norm weights", l);
            return -1;
        }
    }
    return 0;
}

int qlmc_probe(char* text, size_t cap) {
    int n = 0;
    const cudaError_t e = cudaGetDeviceCount(&n);
    if (e != cudaSuccess || n <= 0) {
        if (text && cap)
            snprintf(text, cap, "%s", e != cudaSuccess ? cudaGetErrorString(e) : "no CUDA device is present");
        cudaGetLastError(); // clear the sticky "no device" error
        return 0;
    }
    cudaDeviceProp prop;
    if (text && cap && cudaGetDeviceProperties(&prop, 0) == cudaSuccess)
        snprintf(text, cap, "%s (sm_%d%d, %.1f GiB)", prop.name, prop.major, prop.minor,
                 (double)prop.totalGlobalMem / (1024.0 * 1024.0 * 1024.0));
    return n;
}

void qlmc_destroy(qlm_cuda_ctx* c) {
    if (!c) return;
    cudaSetDevice(c->device);
    if (c->stream) cudaStreamSynchronize(c->stream);
    for (cudaGraphExec_t& g : c->graph)
        if (g) cudaGraphExecDestroy(g);
    if (c->stream) cudaStreamDestroy(c->stream);
    cudaFree(c->weights);
    cudaFree(c->kcache);
    cudaFree(c->vcache);
    cudaFree(c->scratch);
    cudaFreeHost(c->h_io);
    cudaFreeHost(c->h_logits);
    delete[] c->layers;
    cudaGetLastError(); // leave no sticky error behind for the next context
    delete c;
}

// Picks the device: params.device N (from 1), else the one with the most multiprocessors.
int pick_device(uint32_t want, int* dev, char* name, size_t name_cap, char* err, size_t cap) {
    int n = 0;
    QLMC_CHECK(cudaGetDeviceCount(&n));
    if (want > (uint32_t)n) {
        snprintf(err, cap, "cuda: device %u does not exist (%d devices)", want, n);
        return -1;
    }
    int best = want ? (int)want - 1 : 0, best_sm = -1;
    for (int i = 0; i < n && !want; i++) {
        int sm = 0;
        QLMC_CHECK(cudaDeviceGetAttribute(&sm, cudaDevAttrMultiProcessorCount, i));
        if (sm > best_sm) best = i, best_sm = sm;
    }
    cudaDeviceProp prop;
    QLMC_CHECK(cudaGetDeviceProperties(&prop, best));
    if (prop.major < 8) {
        snprintf(err, cap, "cuda: %s is sm_%d%d; the library is built for sm_80 and newer", prop.name, prop.major,
                 prop.minor);
        return -1;
    }
    snprintf(name, name_cap, "%s (sm_%d%d, %.1f GiB)", prop.name, prop.major, prop.minor,
             (double)prop.totalGlobalMem / (1024.0 * 1024.0 * 1024.0));
    *dev = best;
    return 0;
}

int create_impl(const qlm_cuda_model* m, qlm_cuda_ctx* c, char* err, size_t cap) {
    char name[160] = {0};
    if (pick_device(m->device, &c->device, name, sizeof name, err, cap)) return -1;
    QLMC_CHECK(cudaSetDevice(c->device));
    c->n_vocab = m->n_vocab, c->n_embd = m->n_embd, c->n_layer = m->n_layer, c->n_head = m->n_head;
    c->n_head_kv = m->n_head_kv, c->head_dim = m->head_dim, c->n_rot = m->n_rot, c->n_ff = m->n_ff;
    c->eps = m->eps, c->neox = m->rope_neox != 0, c->n_ctx = m->n_ctx, c->use_graph = m->use_graph != 0;
    c->n_splits = (int)((m->n_ctx + ATT_CHUNK - 1) / ATT_CHUNK);
    const size_t E = (size_t)m->n_embd, HD = (size_t)m->head_dim, NH = (size_t)m->n_head;
    const size_t Q = NH * HD, KV = (size_t)m->n_head_kv * HD, FF = (size_t)m->n_ff, V = (size_t)m->n_vocab;

    // Layout of the weight allocation.
    auto mat_bytes = [](const qlm_cuda_matrix& w) { return align256(padded_stride(w.row_bytes) * (size_t)w.ne1); };
    size_t wbytes = 0;
    for (int l = 0; l < m->n_layer; l++) {
        const qlm_cuda_layer& L = m->layers[l];
        wbytes += 2 * align256(E * 4);
        for (const qlm_cuda_matrix* w : {&L.wq, &L.wk, &L.wv, &L.wo, &L.w_gate, &L.w_up, &L.w_down}) wbytes += mat_bytes(*w);
    }
    const size_t rope_bytes = (size_t)m->n_ctx * (size_t)(m->n_rot / 2) * 2 * sizeof(float);
    wbytes += align256(E * 4) + mat_bytes(m->output) + align256(rope_bytes);
    const size_t kv_bytes = (size_t)m->n_layer * m->n_ctx * KV * sizeof(__half);
    const size_t parts = NH * (size_t)c->n_splits;
    const size_t sizes[] = {4 + E, std::max(E, Q), Q, KV, KV, Q, FF, FF, parts * HD, parts * 2, V}; // floats
    size_t sbytes = 0;
    for (size_t s : sizes) sbytes += align256(s * 4);
    size_t free_b = 0, total_b = 0;
    QLMC_CHECK(cudaMemGetInfo(&free_b, &total_b));
    const size_t need = wbytes + 2 * kv_bytes + sbytes;
    if (need > free_b) {
        snprintf(err, cap, "cuda: the model needs %.1f MiB of device memory (weights %.1f, KV cache %.1f); %s has %.1f MiB free",
                 need / 1048576.0, wbytes / 1048576.0, 2 * kv_bytes / 1048576.0, name, free_b / 1048576.0);
        return -1;
    }
    QLMC_CHECK(cudaStreamCreateWithFlags(&c->stream, cudaStreamNonBlocking));
    QLMC_CHECK(cudaMalloc(&c->weights, wbytes));
    QLMC_CHECK(cudaMalloc(&c->kcache, kv_bytes));
    QLMC_CHECK(cudaMalloc(&c->vcache, kv_bytes));
    QLMC_CHECK(cudaMalloc(&c->scratch, sbytes));
    // Every copy and fill goes through the context's stream (a plain cudaMemcpy from pageable
    // memory may return before its DMA lands, and the legacy stream does not order with a
    // non-blocking one), then one synchronize before the first step.
    QLMC_CHECK(cudaMemsetAsync(c->weights, 0, wbytes, c->stream)); // row padding reads as zeros
    QLMC_CHECK(cudaMemsetAsync(c->kcache, 0, kv_bytes, c->stream));
    QLMC_CHECK(cudaMemsetAsync(c->vcache, 0, kv_bytes, c->stream));
    QLMC_CHECK(cudaMemsetAsync(c->scratch, 0, sbytes, c->stream));
    QLMC_CHECK(cudaMallocHost(&c->h_io, 16 + E * 4));
    QLMC_CHECK(cudaMallocHost(&c->h_logits, V * 4));
    c->layers = new (std::nothrow) dlayer[(size_t)m->n_layer];
    if (!c->layers) {
        snprintf(err, cap, "cuda: out of host memory");
        return -1;
    }

    // Upload: matrices row by row into their padded stride, norms and the RoPE table as is.
    size_t off = 0;
    auto put_vec = [&](const float* src, size_t bytes, const float** dst) -> int {
        *dst = reinterpret_cast<const float*>(c->weights + off);
        QLMC_CHECK(cudaMemcpyAsync(c->weights + off, src, bytes, cudaMemcpyHostToDevice, c->stream));
        off += align256(bytes);
        return 0;
    };
    auto put_mat = [&](const qlm_cuda_matrix& w, dmatrix* d) -> int {
        d->data = c->weights + off;
        d->stride = padded_stride(w.row_bytes);
        d->type = (int)w.type, d->ne0 = (int)w.ne0, d->rows = (int)w.ne1;
        QLMC_CHECK(cudaMemcpy2DAsync(c->weights + off, d->stride, w.data, (size_t)w.row_bytes, (size_t)w.row_bytes,
                                     (size_t)w.ne1, cudaMemcpyHostToDevice, c->stream));
        off += mat_bytes(w);
        return 0;
    };
    for (int l = 0; l < m->n_layer; l++) {
        const qlm_cuda_layer& L = m->layers[l];
        dlayer& D = c->layers[l];
        if (put_vec(L.attn_norm, E * 4, &D.attn_norm) || put_vec(L.ffn_norm, E * 4, &D.ffn_norm)) return -1;
        if (put_mat(L.wq, &D.wq) || put_mat(L.wk, &D.wk) || put_mat(L.wv, &D.wv) || put_mat(L.wo, &D.wo) ||
            put_mat(L.w_gate, &D.w_gate) || put_mat(L.w_up, &D.w_up) || put_mat(L.w_down, &D.w_down))
            return -1;
    }
    if (put_vec(m->output_norm, E * 4, &c->out_norm) || put_mat(m->output, &c->output) ||
        put_vec(m->rope_cs, rope_bytes, &c->rope_cs))
        return -1;
    QLMC_CHECK(cudaStreamSynchronize(c->stream)); // the host arrays may go once create returns

    float* s = c->scratch;
    float** dst[] = {&c->x, &c->xn, &c->q, &c->k, &c->v, &c->att, &c->g, &c->u, &c->part_o, &c->part_ml, &c->logits};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        *dst[i] = s;
        s += align256(sizes[i] * 4) / 4;
    }
    // io: the position in the first 16 bytes, the embedding row (the residual stream x) after.
    c->d_pos = reinterpret_cast<int*>(c->x);
    c->x += 4;

    // The two graphs: a step without and with the logits.
    for (int with = 0; with < 2 && c->use_graph; with++) {
        cudaGraph_t graph = nullptr;
        QLMC_CHECK(cudaStreamBeginCapture(c->stream, cudaStreamCaptureModeThreadLocal));
        enqueue_step(*c, with != 0);
        const cudaError_t launch = cudaGetLastError();
        const cudaError_t end = cudaStreamEndCapture(c->stream, &graph);
        if (launch != cudaSuccess || end != cudaSuccess) {
            if (graph) cudaGraphDestroy(graph);
            snprintf(err, cap, "cuda: capturing the decode step failed: %s",
                     cudaGetErrorString(launch != cudaSuccess ? launch : end));
            return -1;
        }
        const cudaError_t inst = cudaGraphInstantiate(&c->graph[with], graph, 0);
        cudaGraphDestroy(graph);
        QLMC_CHECK(inst);
    }
    QLMC_CHECK(cudaStreamSynchronize(c->stream));
    snprintf(err, cap, "cuda: running on %s, %.1f MiB of weights, %.1f MiB KV cache, %s", name, wbytes / 1048576.0,
             2 * kv_bytes / 1048576.0, c->use_graph ? "CUDA graph per token" : "kernels launched per token");
    return 0;
}

int qlmc_create(const qlm_cuda_model* m, qlm_cuda_ctx** out, char* err, size_t cap) {
    *out = nullptr;
    if (qlmc_check_model(m, err, cap)) return -1;
    qlm_cuda_ctx* c = new (std::nothrow) qlm_cuda_ctx();
    if (!c) {
        snprintf(err, cap, "cuda: out of host memory");
        return -1;
    }
    if (create_impl(m, c, err, cap)) {
        qlmc_destroy(c);
        return -1;
    }
    *out = c;
    return 0;
}

int qlmc_step(qlm_cuda_ctx* c, const float* x, uint32_t pos, float* logits, char* err, size_t cap) {
    if (pos >= c->n_ctx) {
        snprintf(err, cap, "cuda: position %u is outside the cache of %u", pos, c->n_ctx);
        return -1;
    }
    QLMC_CHECK(cudaSetDevice(c->device)); // the calling thread may differ from the creating one
    const int32_t p = (int32_t)pos;
    memcpy(c->h_io, &p, sizeof p);
    memcpy(c->h_io + 16, x, (size_t)c->n_embd * 4);
    QLMC_CHECK(cudaMemcpyAsync(c->d_pos, c->h_io, 16 + (size_t)c->n_embd * 4, cudaMemcpyHostToDevice, c->stream));
    if (c->use_graph) {
        QLMC_CHECK(cudaGraphLaunch(c->graph[logits ? 1 : 0], c->stream));
    } else {
        enqueue_step(*c, logits != nullptr);
        QLMC_CHECK(cudaGetLastError());
    }
    if (logits)
        QLMC_CHECK(cudaMemcpyAsync(c->h_logits, c->logits, (size_t)c->n_vocab * 4, cudaMemcpyDeviceToHost, c->stream));
    QLMC_CHECK(cudaStreamSynchronize(c->stream));
    if (logits) memcpy(logits, c->h_logits, (size_t)c->n_vocab * 4);
    return 0;
}

int qlmc_kv_copy(qlm_cuda_ctx* c, int32_t layer, int32_t value, uint32_t p0, uint32_t n, void* host,
                            int32_t to_host, char* err, size_t cap) {
    if (layer < 0 || layer >= c->n_layer || (uint64_t)p0 + n > c->n_ctx) {
        snprintf(err, cap, "cuda: KV rows %u..%u of layer %d are outside the cache", p0, p0 + n, layer);
        return -1;
    }
    if (n == 0) return 0;
    QLMC_CHECK(cudaSetDevice(c->device));
    const size_t row = (size_t)c->n_head_kv * c->head_dim * sizeof(__half);
    __half* base = (value ? c->vcache : c->kcache) + ((size_t)layer * c->n_ctx + p0) * (row / sizeof(__half));
    // On the context's stream, so that the copy is ordered with the steps before and after.
    QLMC_CHECK(cudaMemcpyAsync(to_host ? host : (void*)base, to_host ? (const void*)base : host, n * row,
                               to_host ? cudaMemcpyDeviceToHost : cudaMemcpyHostToDevice, c->stream));
    QLMC_CHECK(cudaStreamSynchronize(c->stream));
    return 0;
}

template <int T> float row_dot_host(const uint8_t* row, int ne0, const float* x) {
    constexpr int BL = block_of(T), BB = bytes_of(T);
    float s = 0.0f;
    if constexpr (BL == 1) {
        for (int i = 0; i < ne0; i++) {
            float w;
            uint16_t h;
            if constexpr (T == T_F32) {
                memcpy(&w, row + 4 * (size_t)i, 4);
            } else {
                memcpy(&h, row + 2 * (size_t)i, 2);
                w = T == T_F16 ? __half2float(__ushort_as_half(h)) : bf16_to_f32(h);
            }
            s += w * x[i];
        }
    } else if constexpr (BL == 32) {
        for (int b = 0; b < ne0 / 32; b++) s += block32_dot<T>(row + (size_t)b * BB, x + (size_t)b * 32);
    } else {
        for (int b = 0; b < ne0 / 256; b++)
            for (int k = 0; k < 4; k++) s += kquarter_dot<T>(row + (size_t)b * BB, k, x + (size_t)b * 256 + 64 * k);
    }
    return s;
}

int qlmc_host_row_dot(uint32_t type, const void* row, int64_t ne0, const float* x, float* out) {
    type_desc td;
    if (!type_lookup(type, &td) || !row || !x || !out || ne0 <= 0 || ne0 > (1 << 24) || ne0 % td.block) return -1;
    // The decoders read activations with 16-byte loads, as on the device.
    float* xa = static_cast<float*>(aligned_alloc(16, ((size_t)ne0 * 4 + 15) / 16 * 16));
    if (!xa) return -1;
    memcpy(xa, x, (size_t)ne0 * 4);
    const uint8_t* r = static_cast<const uint8_t*>(row);
    switch (type) {
#define QLMC_X(id, nm, bl, by) \
    case id: *out = row_dot_host<id>(r, (int)ne0, xa); break;
        QLMC_TYPES(QLMC_X)
#undef QLMC_X
    default: break;
    }
    free(xa);
    return 0;
}

} // namespace

extern "C" __attribute__((visibility("default"))) const qlm_cuda_api* qlm_cuda_get_api(int abi_version) {
    static const qlm_cuda_api api = {QLM_CUDA_ABI_VERSION, (uint32_t)sizeof(qlm_cuda_api), qlmc_probe,
                                     qlmc_check_model,     qlmc_create,                     qlmc_step,
                                     qlmc_kv_copy,         qlmc_destroy,                    qlmc_host_row_dot};
    return abi_version == QLM_CUDA_ABI_VERSION ? &api : nullptr;
}
