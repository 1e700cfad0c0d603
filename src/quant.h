// ==== [qlm:quant] tensor types: block layouts, scalar reference kernels =================
// Weights stay in their stored (quantized) form. A matrix-vector product quantizes the
// activation vector once into the type's "activation type" (Q8_0, Q8_1 or Q8_K; F32 for
// float weights) and then calls vec_dot row by row. The scalar functions here are the
// reference every SIMD path is tested against.
//
// INTERFACE ONLY (implementation being written): see the contract comments.
#ifndef QLM_QUANT_H
#define QLM_QUANT_H
#include "internal.h"

namespace qlm_detail {

// Type ids as stored in GGUF tensor infos (the ggml numbering).
enum qtype : uint32_t {
    QT_F32 = 0, QT_F16 = 1, QT_Q4_0 = 2, QT_Q4_1 = 3, QT_Q5_0 = 6, QT_Q5_1 = 7,
    QT_Q8_0 = 8, QT_Q8_1 = 9, QT_Q2_K = 10, QT_Q3_K = 11, QT_Q4_K = 12, QT_Q5_K = 13,
    QT_Q6_K = 14, QT_Q8_K = 15, QT_BF16 = 30, QT_COUNT = 40
};

// y = dot(x_row (n weights of its type), a (n activations in act_type)). n is a multiple
// of the block size.
typedef float (*vec_dot_fn)(int64_t n, const void* x, const void* a);
// Quantizes n floats into act_type blocks.
typedef void (*quantize_act_fn)(const float* x, void* y, int64_t n);
typedef void (*to_float_fn)(const void* x, float* y, int64_t n);

struct type_traits {
    const char* name;  // "Q4_K", ...; NULL for ids we do not know
    int64_t block;     // weights per block
    size_t block_bytes;
    uint32_t act_type; // the type activations are quantized to for vec_dot
    to_float_fn to_float;      // dequantize (reference)
    vec_dot_fn vec_dot_ref;    // scalar reference dot
    quantize_act_fn quantize_ref; // only for the activation types Q8_0/Q8_1/Q8_K, and
                                  // round-to-nearest quantizers for tests of the others
};

// type_info(id): NULL for unknown ids. row_bytes(type, n): bytes of a row of n weights;
// 0 when n is not a multiple of the block. Both defined below with the table.

// The kernel table the model uses, chosen once per process from the CPU features
// (read-only afterwards; QLM_NO_SIMD forces the scalar one).
struct kernel_table {
    const char* isa; // "avx2" / "scalar"
    vec_dot_fn vec_dot[QT_COUNT];
    quantize_act_fn quantize_act[QT_COUNT]; // indexed by activation type
};
const kernel_table& kernels();
const kernel_table& kernels_scalar();

// ---- block layouts (bytes exactly as stored in GGUF) ------------------------------------
// Sizes checked by static_assert below; the implementation fills the function pointers.
constexpr int QK4_0 = 32, QK4_1 = 32, QK5_0 = 32, QK5_1 = 32, QK8_0 = 32, QK8_1 = 32, QK_K = 256;

inline const type_traits* type_info(uint32_t type) {
    // name, weights per block, bytes per block, activation type, fns filled below
    static const type_traits table[QT_COUNT] = {
        /*  0 */ {"F32", 1, 4, QT_F32, nullptr, nullptr, nullptr},
        /*  1 */ {"F16", 1, 2, QT_F32, nullptr, nullptr, nullptr},
        /*  2 */ {"Q4_0", 32, 18, QT_Q8_0, nullptr, nullptr, nullptr},
        /*  3 */ {"Q4_1", 32, 20, QT_Q8_1, nullptr, nullptr, nullptr},
        /*  4 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  5 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  6 */ {"Q5_0", 32, 22, QT_Q8_0, nullptr, nullptr, nullptr},
        /*  7 */ {"Q5_1", 32, 24, QT_Q8_1, nullptr, nullptr, nullptr},
        /*  8 */ {"Q8_0", 32, 34, QT_Q8_0, nullptr, nullptr, nullptr},
        /*  9 */ {"Q8_1", 32, 36, QT_Q8_1, nullptr, nullptr, nullptr},
        /* 10 */ {"Q2_K", 256, 84, QT_Q8_K, nullptr, nullptr, nullptr},
        /* 11 */ {"Q3_K", 256, 110, QT_Q8_K, nullptr, nullptr, nullptr},
        /* 12 */ {"Q4_K", 256, 144, QT_Q8_K, nullptr, nullptr, nullptr},
        /* 13 */ {"Q5_K", 256, 176, QT_Q8_K, nullptr, nullptr, nullptr},
        /* 14 */ {"Q6_K", 256, 210, QT_Q8_K, nullptr, nullptr, nullptr},
        /* 15 */ {"Q8_K", 256, 292, QT_Q8_K, nullptr, nullptr, nullptr},
        // 16..29: ggml's IQ types, 30 BF16, 31..39 unused here
        {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
        /* 30 */ {"BF16", 1, 2, QT_F32, nullptr, nullptr, nullptr},
        {}, {}, {}, {}, {}, {}, {}, {}, {},
    };
    return type < QT_COUNT && table[type].name ? &table[type] : nullptr;
}

inline size_t row_bytes(uint32_t type, int64_t n) {
    const type_traits* t = type_info(type);
    if (!t || n < 0 || n % t->block) return 0;
    return (size_t)(n / t->block) * t->block_bytes;
}

} // namespace qlm_detail
#endif
