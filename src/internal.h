// ==== [qlm:internal] helpers shared by every part of the implementation ================
// Internal names live in namespace qlm_detail; internal macros are QLMI_* and are
// undefined again at the end of the implementation (src/unscope.h).
#ifndef QLM_INTERNAL_H
#define QLM_INTERNAL_H

#include "api.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(__x86_64__) || defined(_M_X64)
#define QLMI_X86 1
#include <immintrin.h>
#if defined(__GNUC__) || defined(__clang__)
#include <cpuid.h>
#endif
#endif

#if !defined(QLM_NO_SIMD) && defined(QLMI_X86) && (defined(__GNUC__) || defined(__clang__))
#define QLM_HAS_AVX2 1
#define QLMI_TARGET_AVX2 __attribute__((target("avx2,fma,f16c")))
#endif
// Arm: the packed kernels need the dot-product instructions (Armv8.2 dotprod; build with
// -march=armv8.2-a+dotprod or a -mcpu that has them). Without them the scalar kernels run.
#if !defined(QLM_NO_SIMD) && defined(__aarch64__) && defined(__ARM_FEATURE_DOTPROD)
#define QLM_HAS_NEON 1
#include <arm_neon.h>
#endif

#ifndef QLM_ASSERT
#include <cassert>
#define QLM_ASSERT(x) assert(x)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define QLMI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define QLMI_PRINTF(a, b)
#endif

namespace qlm_detail {

// ---- messages --------------------------------------------------------------------------
// Every error a user or a file can cause has a stable id here. Ids never change meaning;
// new ones are appended. X(name, id, result)
#define QLMI_MESSAGES(X)                                    \
    X(MSG_NONE, 0, QLM_OK)                                  \
    X(MSG_INVALID_ARG, 1, QLM_ERR_INVALID_ARG)              \
    X(MSG_OOM, 2, QLM_ERR_OUT_OF_MEMORY)                    \
    X(MSG_IO_OPEN, 3, QLM_ERR_IO)                           \
    X(MSG_IO_READ, 4, QLM_ERR_IO)                           \
    X(MSG_GGUF_TRUNCATED, 10, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_MAGIC, 11, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_VERSION, 12, QLM_ERR_BAD_FILE)               \
    X(MSG_GGUF_COUNT, 13, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_STRING, 14, QLM_ERR_BAD_FILE)                \
    X(MSG_GGUF_VALUE_TYPE, 15, QLM_ERR_BAD_FILE)            \
    X(MSG_GGUF_ARRAY, 16, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_DUP_KEY, 17, QLM_ERR_BAD_FILE)               \
    X(MSG_GGUF_ALIGNMENT, 18, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_DIMS, 19, QLM_ERR_BAD_FILE)                  \
    X(MSG_GGUF_TENSOR_TYPE, 20, QLM_ERR_BAD_FILE)           \
    X(MSG_GGUF_TENSOR_OFFSET, 21, QLM_ERR_BAD_FILE)         \
    X(MSG_GGUF_TENSOR_BOUNDS, 22, QLM_ERR_BAD_FILE)         \
    X(MSG_GGUF_DUP_TENSOR, 23, QLM_ERR_BAD_FILE)            \
    X(MSG_GGUF_ROW_BLOCK, 24, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_TENSOR_OVERLAP, 25, QLM_ERR_BAD_FILE)        \
    X(MSG_MODEL_ARCH, 40, QLM_ERR_UNSUPPORTED)              \
    X(MSG_MODEL_KEY, 41, QLM_ERR_BAD_FILE)                  \
    X(MSG_MODEL_TENSOR_MISSING, 42, QLM_ERR_BAD_FILE)       \
    X(MSG_MODEL_TENSOR_SHAPE, 43, QLM_ERR_BAD_FILE)         \
    X(MSG_MODEL_TENSOR_TYPE, 44, QLM_ERR_UNSUPPORTED)       \
    X(MSG_MODEL_HPARAMS, 45, QLM_ERR_BAD_FILE)              \
    X(MSG_VOCAB, 50, QLM_ERR_BAD_FILE)                      \
    X(MSG_VOCAB_UNSUPPORTED, 51, QLM_ERR_UNSUPPORTED)       \
    X(MSG_TOKENIZE_UTF8, 52, QLM_ERR_TOKENIZE)              \
    X(MSG_TEMPLATE_UNKNOWN, 60, QLM_ERR_TEMPLATE)           \
    X(MSG_TEMPLATE_ROLE, 61, QLM_ERR_TEMPLATE)              \
    X(MSG_CTX_FULL, 70, QLM_ERR_CONTEXT_FULL)               \
    X(MSG_CTX_EMPTY_PROMPT, 71, QLM_ERR_INVALID_ARG)        \
    X(MSG_CANCELLED, 72, QLM_ERR_CANCELLED)                 \
    X(MSG_BAD_TOKEN, 73, QLM_ERR_INVALID_ARG)           \
    X(MSG_KV_STATE, 74, QLM_ERR_BAD_FILE)               \
    X(MSG_KV_CALIB_MISSING, 75, QLM_ERR_UNSUPPORTED)    \
    X(MSG_BACKEND, 80, QLM_ERR_BACKEND)

enum msg_id : uint32_t {
#define QLMI_X(name, id, res) name = id,
    QLMI_MESSAGES(QLMI_X)
#undef QLMI_X
};

inline qlm_result msg_result(uint32_t id) {
    switch (id) {
#define QLMI_X(name, id, res) \
    case id: return res;
        QLMI_MESSAGES(QLMI_X)
#undef QLMI_X
    }
    return QLM_ERR_INVALID_ARG;
}

// Logging belongs to an object; a NULL function means silent.
struct logger {
    qlm_log_fn fn = nullptr;
    void* user = nullptr;
    void logf(qlm_log_level lvl, const char* fmt, ...) const QLMI_PRINTF(3, 4) {
        if (!fn) return;
        char buf[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
        fn(lvl, buf, user);
    }
};

// Fills the caller's qlm_error (if any), logs it, and returns the result code.
QLMI_PRINTF(5, 6)
inline qlm_result fail(qlm_error* err, const logger* log, uint32_t id, uint64_t offset,
                       const char* fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    qlm_result r = msg_result(id);
    if (err) {
        err->code = r;
        err->msg_id = id;
        err->offset = offset;
        memcpy(err->text, buf, sizeof buf);
    }
    if (log) log->logf(QLM_LOG_ERROR, "%s", buf);
    return r;
}

// ---- allocation ------------------------------------------------------------------------
// Large buffers (model copy, KV cache, scratch) go through the object's allocator.
struct allocator {
    qlm_allocator a{};
    void* alloc(size_t size, size_t align = 64) const {
        if (size == 0) size = 1;
        if (a.alloc) return a.alloc(size, align, a.user);
        size = (size + align - 1) / align * align;
#if defined(_WIN32)
        return _aligned_malloc(size, align);
#else
        return aligned_alloc(align, size);
#endif
    }
    void free(void* p, size_t size) const {
        if (!p) return;
        if (a.free) {
            a.free(p, size, a.user);
            return;
        }
#if defined(_WIN32)
        _aligned_free(p);
#else
        ::free(p);
#endif
    }
};

// A typed buffer owned through an allocator; never resized after creation.
template <typename T>
struct buffer {
    T* p = nullptr;
    size_t n = 0;
    const allocator* al = nullptr;
    buffer() = default;
    buffer(const buffer&) = delete;
    buffer& operator=(const buffer&) = delete;
    ~buffer() { reset(); }
    bool init(const allocator* a, size_t count) {
        reset();
        al = a;
        p = static_cast<T*>(a->alloc(count * sizeof(T)));
        if (!p) return false;
        n = count;
        memset(static_cast<void*>(p), 0, count * sizeof(T));
        return true;
    }
    void reset() {
        if (p && al) al->free(p, n * sizeof(T));
        p = nullptr;
        n = 0;
    }
    T& operator[](size_t i) { return p[i]; }
    const T& operator[](size_t i) const { return p[i]; }
};

// Overflow-checked arithmetic for sizes read from files.
inline bool mul_ok(uint64_t a, uint64_t b, uint64_t* out) {
    if (a != 0 && b > UINT64_MAX / a) return false;
    *out = a * b;
    return true;
}
inline bool add_ok(uint64_t a, uint64_t b, uint64_t* out) {
    if (b > UINT64_MAX - a) return false;
    *out = a + b;
    return true;
}

// ---- half precision ---------------------------------------------------------------------
inline float fp16_to_fp32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1f;
    uint32_t mant = h & 0x3ff;
    uint32_t bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal: normalise
            int e = -1;
            do {
                mant <<= 1;
                e++;
            } while (!(mant & 0x400));
            mant &= 0x3ff;
            bits = sign | ((uint32_t)(127 - 15 - e) << 23) | (mant << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

// Round to nearest even, like the F16C instruction.
inline uint16_t fp32_to_fp16(float f) {
    uint32_t x;
    memcpy(&x, &f, 4);
    uint32_t sign = (x >> 16) & 0x8000;
    uint32_t absx = x & 0x7fffffff;
    if (absx >= 0x7f800000) return (uint16_t)(sign | 0x7c00 | (absx > 0x7f800000 ? 0x200 : 0));
    if (absx >= 0x477ff000) return (uint16_t)(sign | 0x7c00); // overflows to inf
    if (absx < 0x38800000) {                                  // subnormal or zero in fp16
        if (absx < 0x33000000) return (uint16_t)sign;
        uint32_t e = absx >> 23;
        uint32_t m = (absx & 0x7fffff) | 0x800000;
        uint32_t shift = 126 - e; // value / 2^-24 = m * 2^(e-126); 14 <= shift <= 24
        uint32_t r = m >> shift;
        uint32_t rem = m & ((1u << shift) - 1);
        uint32_t half = 1u << (shift - 1);
        if (rem > half || (rem == half && (r & 1))) r++;
        return (uint16_t)(sign | r);
    }
    uint32_t r = absx - 0x38000000; // rebias exponent 127 -> 15
    uint32_t out = r >> 13;
    uint32_t rem = r & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (out & 1))) out++;
    return (uint16_t)(sign | out);
}

inline float bf16_to_fp32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

// ---- CPU features (read-only after the first call) ----------------------------------------
struct cpu_features {
    bool avx2 = false, fma = false, f16c = false;
    bool avx512vnni = false; // with AVX-512 F/BW/VL; QLM_NO_AVX512=1 in the environment hides it
    // Weight streams per thread in a decode matrix product: 0 = the kernel's own choice.
    // AMD's Zen cores read fastest from one sequential stream per core, Intel's from
    // several (docs/PERF.md step 10); QLM_STREAMS=1|2|4 overrides, to measure.
    int streams = 0;
};
inline const cpu_features& cpu() {
    static const cpu_features f = [] {
        cpu_features c;
#if defined(QLM_HAS_AVX2)
        __builtin_cpu_init();
        c.avx2 = __builtin_cpu_supports("avx2");
        c.fma = __builtin_cpu_supports("fma");
        c.f16c = c.avx2; // every AVX2 CPU has F16C
        const char* no512 = getenv("QLM_NO_AVX512"); // to measure or test the AVX2 kernels here
        c.avx512vnni = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                       __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni") &&
                       !(no512 && no512[0] == '1');
        if (__builtin_cpu_is("amd")) c.streams = 1;
#endif
        if (const char* st = getenv("QLM_STREAMS")) {
            const int v = atoi(st);
            if (v == 1 || v == 2 || v == 4) c.streams = v;
        }
        return c;
    }();
    return f;
}

} // namespace qlm_detail
#endif // QLM_INTERNAL_H
