// ==== [qlm:gguf] GGUF v2/v3 reader and writer ==========================================
// Trust statement: gguf_parse accepts any byte sequence. The worst outcome is an error
// code with the byte offset and the field that is wrong: never a read outside the
// buffer, never an allocation larger than the file justifies.
//
// The format (all integers little-endian, no alignment inside the header):
//   1. Header: magic "GGUF" (4 bytes), u32 version (2 or 3; v1 used 32-bit counts and
//      is rejected), u64 n_tensors, u64 n_kv.
//   2. A string is a u64 byte length followed by that many bytes (UTF-8, no NUL).
//   3. n_kv key/value pairs: string key, u32 value type (gguf_value_type), value.
//      Scalars are stored at their natural width; BOOL is one byte; STRING as in 2;
//      ARRAY is u32 element type, u64 element count, then the packed elements (scalars
//      or strings). Keys are unique, nonempty and contain no NUL byte.
//   4. n_tensors tensor infos: string name, u32 n_dims (1..4), n_dims x u64 ne (ne[0]
//      is the contiguous row length), u32 ggml type, u64 offset of the data relative to
//      the data section. Names are unique, nonempty and contain no NUL byte; offsets are
//      multiples of the alignment.
//   5. Zero padding up to a multiple of the alignment: the key "general.alignment"
//      (u32, a nonzero power of two), else 32. The data section starts there.
//   6. Tensor data, each tensor at its offset; its size follows from type and shape.
#ifndef QLM_GGUF_H
#define QLM_GGUF_H
#include "internal.h"
#include "quant.h"

#include <new>
#include <string_view>
#include <unordered_set>

namespace qlm_detail {

enum gguf_value_type : uint32_t {
    GGUF_U8 = 0, GGUF_I8 = 1, GGUF_U16 = 2, GGUF_I16 = 3, GGUF_U32 = 4, GGUF_I32 = 5,
    GGUF_F32 = 6, GGUF_BOOL = 7, GGUF_STRING = 8, GGUF_ARRAY = 9, GGUF_U64 = 10,
    GGUF_I64 = 11, GGUF_F64 = 12, GGUF_TYPE_COUNT = 13
};

struct gguf_str {
    const char* p = nullptr; // into the file buffer; NOT NUL-terminated
    uint64_t n = 0;
    std::string str() const { return std::string(p, (size_t)n); }
    bool eq(const char* s) const { return strlen(s) == n && memcmp(p, s, (size_t)n) == 0; }
};

struct gguf_kv {
    gguf_str key;
    uint32_t type = 0;     // gguf_value_type
    uint32_t arr_type = 0; // element type when type == GGUF_ARRAY
    uint64_t arr_n = 0;    // element count when type == GGUF_ARRAY
    const uint8_t* data = nullptr; // the value (scalar, or the u64 length of a string),
                                   // or the first element of an array
    uint64_t offset = 0;           // file offset of the key, for error messages
    std::vector<gguf_str> strs;    // the elements of a string array, already validated
};

struct gguf_tensor {
    gguf_str name;
    uint32_t n_dims = 0;
    int64_t ne[4] = {1, 1, 1, 1}; // ne[0] is the row length (contiguous)
    uint32_t type = 0;            // ggml type id (see quant.h)
    uint64_t offset = 0;          // relative to the data section
    uint64_t size = 0;            // bytes
    const uint8_t* data = nullptr; // [size] into the file buffer; NULL when vocab_only
                                   // and the data lies beyond the end of the buffer
    uint64_t info_offset = 0;      // file offset of the tensor info, for error messages
};

struct gguf_limits {
    uint64_t max_kv = 1u << 20;
    uint64_t max_tensors = 1u << 20;
    uint64_t max_string = 1u << 30;
    uint64_t max_array = 1u << 30;
};

struct gguf_file {
    const uint8_t* base = nullptr; // borrowed; must outlive this struct
    size_t size = 0;
    uint32_t version = 0;
    uint64_t alignment = 32;
    uint64_t data_offset = 0; // start of the tensor data section
    std::vector<gguf_kv> kvs;
    std::vector<gguf_tensor> tensors;
};

// Parses and validates everything: header, every key/value (types, string lengths,
// nested array bounds), tensor infos (dims > 0, element count overflow, known type, row
// length a multiple of the block size, offset aligned, data inside the file, no
// duplicate names, no overlapping data). vocab_only: tensor infos are still validated,
// but their data need not be present (tokenizer-only files). Sets out->tensors[i].data.
//   data, size: the whole file; borrowed, out keeps pointers into it. data may be NULL
//               only when size is 0.
//   lim:        upper bounds on counts and lengths (the defaults suit every real model).
//   out:        replaced on success, untouched on failure.
//   err:        optional; on failure gets the message id (MSG_GGUF_*), the byte offset
//               of the offending field and a text naming the key or tensor.
// Returns QLM_OK, QLM_ERR_BAD_FILE, or QLM_ERR_OUT_OF_MEMORY when an allocation the file
// size justifies still fails. Reentrant; allocates the kv and tensor tables; never blocks.
inline qlm_result gguf_parse(const uint8_t* data, size_t size, const gguf_limits& lim,
                             bool vocab_only, gguf_file* out, qlm_error* err);

// Index of the key in f.kvs, -1 when absent. Linear search; no allocation.
inline int64_t gguf_find_key(const gguf_file& f, const char* key);
// The tensor with this name, NULL when absent. Linear search; no allocation.
inline const gguf_tensor* gguf_find_tensor(const gguf_file& f, const char* name);

// Typed getters: false when absent or of an incompatible type. Integers convert between
// widths when the value fits. gguf_get_f32 accepts F32, F64 (narrowed) and integers.
// gguf_get_str points into the file buffer. None allocates.
inline bool gguf_get_u32(const gguf_file& f, const char* key, uint32_t* out);
inline bool gguf_get_i32(const gguf_file& f, const char* key, int32_t* out);
inline bool gguf_get_f32(const gguf_file& f, const char* key, float* out);
inline bool gguf_get_bool(const gguf_file& f, const char* key, bool* out);
inline bool gguf_get_str(const gguf_file& f, const char* key, gguf_str* out);
// Arrays: pointer to the element kv (type GGUF_ARRAY with the given element type) or NULL.
inline const gguf_kv* gguf_get_arr(const gguf_file& f, const char* key, uint32_t elem_type);
// Element i of a numeric array as double (any numeric element type, BOOL as 0/1).
// 0 when kv is not a numeric array or i >= kv.arr_n.
inline double gguf_arr_num(const gguf_kv& kv, uint64_t i);
// Value formatted as text (for qlm_model_meta): numbers, strings, "[array of N type]".
// Allocates the returned string.
inline std::string gguf_value_text(const gguf_kv& kv);
// "u8", "string", ...; "unknown" for ids >= GGUF_TYPE_COUNT.
inline const char* gguf_type_name(uint32_t type);

// In-memory GGUF v3 writer, for tests, fuzzers and the quantize tool. It checks nothing
// beyond its asserts, so tests can also build malformed files with it.
struct gguf_writer {
    // Metadata, in insertion order. Keys are copied. Setting "general.alignment" with
    // set_u32 to a nonzero power of two also sets `alignment`.
    void set_u8(const char* k, uint8_t v);
    void set_i8(const char* k, int8_t v);
    void set_u16(const char* k, uint16_t v);
    void set_i16(const char* k, int16_t v);
    void set_u32(const char* k, uint32_t v);
    void set_i32(const char* k, int32_t v);
    void set_f32(const char* k, float v);
    void set_u64(const char* k, uint64_t v);
    void set_i64(const char* k, int64_t v);
    void set_f64(const char* k, double v);
    void set_bool(const char* k, bool v);
    void set_str(const char* k, const std::string& v);
    void set_arr_str(const char* k, const std::vector<std::string>& v);
    // Numeric array: elem_type is a scalar gguf_value_type; data holds n packed elements.
    void set_arr(const char* k, uint32_t elem_type, const void* data, uint64_t n);
    // Tensor: the bytes are copied; size must equal the row size times the rows (not
    // checked, so that tests can write inconsistent files). n_dims is 1..4.
    void add_tensor(const char* name, uint32_t type, int n_dims, const int64_t* ne,
                    const void* data, size_t size);
    // Serialises with general.alignment (default 32) respected: header, key/values (plus
    // a general.alignment key when `alignment` is not 32 and none was set), tensor infos,
    // zero padding, then every tensor's data at an aligned offset, each padded to the
    // alignment. Allocates the returned buffer.
    std::vector<uint8_t> finish() const;
    // finish() written to path; false on any I/O error. Blocks on the file system.
    bool write_file(const char* path) const;

    uint64_t alignment = 32; // a nonzero power of two
    struct tensor_entry {
        std::string name;
        uint32_t type;
        int n_dims;
        int64_t ne[4];
        std::vector<uint8_t> bytes;
    };
    std::vector<uint8_t> kv_bytes; // serialised key/value pairs
    uint64_t n_kv = 0;
    bool has_alignment_key = false; // a "general.alignment" key is in kv_bytes
    std::vector<tensor_entry> tensors;
};

// ---- implementation ---------------------------------------------------------------------
// Multi-byte fields are copied with memcpy (the buffer has no alignment guarantee) and
// read in host order: like the tensor data itself, this assumes a little-endian host.

using gguf_ull = unsigned long long; // for printf

inline const char* gguf_type_name(uint32_t type) {
    static const char* const names[GGUF_TYPE_COUNT] = {
        "u8", "i8", "u16", "i16", "u32", "i32", "f32",
        "bool", "string", "array", "u64", "i64", "f64"};
    return type < GGUF_TYPE_COUNT ? names[type] : "unknown";
}

// Bytes of one scalar of this type; 0 for STRING, ARRAY and unknown ids.
inline uint64_t gguf_scalar_size(uint32_t type) {
    switch (type) {
    case GGUF_U8: case GGUF_I8: case GGUF_BOOL: return 1;
    case GGUF_U16: case GGUF_I16: return 2;
    case GGUF_U32: case GGUF_I32: case GGUF_F32: return 4;
    case GGUF_U64: case GGUF_I64: case GGUF_F64: return 8;
    default: return 0;
    }
}

// A key or tensor name from the file, made safe to print: at most 48 bytes, non-ASCII
// and control bytes shown as '?'.
inline std::string gguf_printable(const gguf_str& s) {
    std::string r;
    size_t n = s.n < 48 ? (size_t)s.n : 48;
    for (size_t i = 0; i < n; i++) {
        char ch = s.p[i];
        r += (ch >= 0x20 && ch < 0x7f) ? ch : '?';
    }
    if (s.n > 48) r += "...";
    return r;
}

// Read position over the untrusted buffer. Invariant: pos <= size.
struct gguf_cursor {
    const uint8_t* base;
    uint64_t size;
    uint64_t pos;
    qlm_error* err;
    uint64_t left() const { return size - pos; }
};

// Reports an error about `kind` (e.g. "header", "key", "tensor") and the optional name
// from the file: "gguf: key 'general.alignment': <detail> (byte N)".
QLMI_PRINTF(5, 6)
inline qlm_result gguf_fail(const gguf_cursor& c, uint32_t id, uint64_t at, const char* kind,
                            const char* fmt, ...) {
    char detail[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return fail(c.err, nullptr, id, at, "gguf: %s: %s (byte %llu)", kind, detail, (gguf_ull)at);
}

inline std::string gguf_subject(const char* kind, const gguf_str& name) {
    return std::string(kind) + " '" + gguf_printable(name) + "'";
}

inline qlm_result gguf_read(gguf_cursor& c, void* dst, uint64_t n, const char* kind,
                            const char* field) {
    if (n > c.left())
        return gguf_fail(c, MSG_GGUF_TRUNCATED, c.pos, kind,
                         "%s: the file ends here (%llu bytes needed, %llu left)", field,
                         (gguf_ull)n, (gguf_ull)c.left());
    memcpy(dst, c.base + c.pos, (size_t)n);
    c.pos += n;
    return QLM_OK;
}

// A string: u64 length, then the bytes, which stay in the buffer.
inline qlm_result gguf_read_str(gguf_cursor& c, const gguf_limits& lim, const char* kind,
                                const char* field, gguf_str* out) {
    uint64_t at = c.pos, n = 0;
    qlm_result r = gguf_read(c, &n, 8, kind, field);
    if (r != QLM_OK) return r;
    if (n > lim.max_string)
        return gguf_fail(c, MSG_GGUF_STRING, at, kind,
                         "%s: string length %llu exceeds the limit %llu", field, (gguf_ull)n,
                         (gguf_ull)lim.max_string);
    if (n > c.left())
        return gguf_fail(c, MSG_GGUF_STRING, at, kind,
                         "%s: string length %llu runs past the end of the file (%llu bytes left)",
                         field, (gguf_ull)n, (gguf_ull)c.left());
    out->p = reinterpret_cast<const char*>(c.base + c.pos);
    out->n = n;
    c.pos += n;
    return QLM_OK;
}

// The value of one key/value pair, after its key and type.
inline qlm_result gguf_read_value(gguf_cursor& c, const gguf_limits& lim, gguf_kv* kv,
                                  uint64_t type_at) {
    const std::string who = gguf_subject("key", kv->key);
    const char* k = who.c_str();
    if (kv->type >= GGUF_TYPE_COUNT)
        return gguf_fail(c, MSG_GGUF_VALUE_TYPE, type_at, k, "unknown value type %u", kv->type);
    kv->data = c.base + c.pos;
    if (kv->type == GGUF_STRING) {
        gguf_str s;
        return gguf_read_str(c, lim, k, "value", &s);
    }
    if (kv->type != GGUF_ARRAY) {
        uint64_t n = gguf_scalar_size(kv->type);
        if (n > c.left())
            return gguf_fail(c, MSG_GGUF_TRUNCATED, c.pos, k, "%s value: the file ends here",
                             gguf_type_name(kv->type));
        c.pos += n;
        return QLM_OK;
    }
    uint64_t at = c.pos;
    qlm_result r = gguf_read(c, &kv->arr_type, 4, k, "array element type");
    if (r != QLM_OK) return r;
    if (kv->arr_type >= GGUF_TYPE_COUNT)
        return gguf_fail(c, MSG_GGUF_VALUE_TYPE, at, k, "unknown array element type %u",
                         kv->arr_type);
    // The format would allow arrays of arrays, but no real model file uses them and
    // their element sizes are unbounded, so they are refused outright.
    if (kv->arr_type == GGUF_ARRAY)
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k, "nested arrays are not supported");
    at = c.pos;
    r = gguf_read(c, &kv->arr_n, 8, k, "array length");
    if (r != QLM_OK) return r;
    const uint64_t n = kv->arr_n;
    if (n > lim.max_array)
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k, "array length %llu exceeds the limit %llu",
                         (gguf_ull)n, (gguf_ull)lim.max_array);
    // Every element takes at least its scalar size, or 8 bytes for a string's length:
    // check that before reserving anything.
    const uint64_t min_elem = kv->arr_type == GGUF_STRING ? 8 : gguf_scalar_size(kv->arr_type);
    uint64_t min_bytes = 0;
    if (!mul_ok(n, min_elem, &min_bytes) || min_bytes > c.left())
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k,
                         "array of %llu %s needs more than the %llu bytes left", (gguf_ull)n,
                         gguf_type_name(kv->arr_type), (gguf_ull)c.left());
    kv->data = c.base + c.pos;
    if (kv->arr_type != GGUF_STRING) {
        c.pos += min_bytes;
        return QLM_OK;
    }
    kv->strs.reserve((size_t)n);
    for (uint64_t i = 0; i < n; i++) {
        gguf_str s;
        r = gguf_read_str(c, lim, k, "array element", &s);
        if (r != QLM_OK) return r;
        kv->strs.push_back(s);
    }
    return QLM_OK;
}

inline qlm_result gguf_parse_impl(const uint8_t* data, size_t size, const gguf_limits& lim,
                                  bool vocab_only, gguf_file* out, qlm_error* err) {
    gguf_cursor c{data, (uint64_t)size, 0, err};
    if (!data && size) return fail(err, nullptr, MSG_INVALID_ARG, 0, "gguf: NULL data");
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, 0, "gguf: NULL output");
    gguf_file f;
    f.base = data;
    f.size = size;

    // 1. header
    char magic[4];
    qlm_result r = gguf_read(c, magic, 4, "header", "magic");
    if (r != QLM_OK) return r;
    if (memcmp(magic, "GGUF", 4) != 0)
        return gguf_fail(c, MSG_GGUF_MAGIC, 0, "header",
                         "not a GGUF file (magic %02x %02x %02x %02x)",
                         (unsigned char)magic[0], (unsigned char)magic[1],
                         (unsigned char)magic[2], (unsigned char)magic[3]);
    r = gguf_read(c, &f.version, 4, "header", "version");
    if (r != QLM_OK) return r;
    if (f.version != 0 && (f.version & 0xffffu) == 0)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version 0x%08x looks big-endian; only little-endian files are supported",
                         f.version);
    if (f.version == 1)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version 1 (32-bit counts) is not supported; convert the file to v3");
    if (f.version != 2 && f.version != 3)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version %u is not supported (only 2 and 3)", f.version);
    uint64_t n_tensors = 0, n_kv = 0;
    r = gguf_read(c, &n_tensors, 8, "header", "n_tensors");
    if (r != QLM_OK) return r;
    r = gguf_read(c, &n_kv, 8, "header", "n_kv");
    if (r != QLM_OK) return r;
    if (n_tensors > lim.max_tensors)
        return gguf_fail(c, MSG_GGUF_COUNT, 8, "header", "n_tensors %llu exceeds the limit %llu",
                         (gguf_ull)n_tensors, (gguf_ull)lim.max_tensors);
    if (n_kv > lim.max_kv)
        return gguf_fail(c, MSG_GGUF_COUNT, 16, "header", "n_kv %llu exceeds the limit %llu",
                         (gguf_ull)n_kv, (gguf_ull)lim.max_kv);
    // A key/value takes at least 13 bytes (key length, type, a one-byte value) and a
    // tensor info at least 32 (name length, n_dims, one dimension, type, offset): the
    // counts must fit in the bytes left before anything is reserved for them.
    uint64_t kv_min = 0, ti_min = 0, all_min = 0;
    if (!mul_ok(n_kv, 13, &kv_min) || !mul_ok(n_tensors, 32, &ti_min) ||
        !add_ok(kv_min, ti_min, &all_min) || all_min > c.left())
        return gguf_fail(c, MSG_GGUF_COUNT, 8, "header",
                         "%llu tensors and %llu keys cannot fit in the %llu bytes left",
                         (gguf_ull)n_tensors, (gguf_ull)n_kv, (gguf_ull)c.left());

    // 2. key/value pairs
    f.kvs.reserve((size_t)n_kv);
    std::unordered_set<std::string_view> keys;
    keys.reserve((size_t)n_kv);
    for (uint64_t i = 0; i < n_kv; i++) {
        gguf_kv kv;
        kv.offset = c.pos;
        r = gguf_read_str(c, lim, "key", "name", &kv.key);
        if (r != QLM_OK) return r;
        // Keys are looked up as C strings: an empty key or a NUL inside one could never
        // be found, and would make distinct keys print alike.
        if (kv.key.n == 0) return gguf_fail(c, MSG_GGUF_STRING, kv.offset, "key", "empty key");
        if (memchr(kv.key.p, 0, (size_t)kv.key.n))
            return gguf_fail(c, MSG_GGUF_STRING, kv.offset, gguf_subject("key", kv.key).c_str(),
                             "NUL byte inside the key");
        if (!keys.insert(std::string_view(kv.key.p, (size_t)kv.key.n)).second)
            return gguf_fail(c, MSG_GGUF_DUP_KEY, kv.offset, gguf_subject("key", kv.key).c_str(),
                             "duplicate key");
        const uint64_t type_at = c.pos;
        r = gguf_read(c, &kv.type, 4, gguf_subject("key", kv.key).c_str(), "value type");
        if (r != QLM_OK) return r;
        r = gguf_read_value(c, lim, &kv, type_at);
        if (r != QLM_OK) return r;
        if (kv.key.eq("general.alignment")) {
            if (kv.type != GGUF_U32)
                return gguf_fail(c, MSG_GGUF_ALIGNMENT, type_at, "key 'general.alignment'",
                                 "type %s, expected u32", gguf_type_name(kv.type));
            uint32_t a;
            memcpy(&a, kv.data, 4);
            if (a == 0 || (a & (a - 1)) != 0)
                return gguf_fail(c, MSG_GGUF_ALIGNMENT, type_at + 4, "key 'general.alignment'",
                                 "%u is not a nonzero power of two", a);
            f.alignment = a;
        }
        f.kvs.push_back(std::move(kv));
    }

    // 3. tensor infos
    f.tensors.reserve((size_t)n_tensors);
    std::unordered_set<std::string_view> names;
    names.reserve((size_t)n_tensors);
    for (uint64_t i = 0; i < n_tensors; i++) {
        gguf_tensor t;
        t.info_offset = c.pos;
        r = gguf_read_str(c, lim, "tensor", "name", &t.name);
        if (r != QLM_OK) return r;
        if (t.name.n == 0)
            return gguf_fail(c, MSG_GGUF_STRING, t.info_offset, "tensor", "empty tensor name");
        const std::string who = gguf_subject("tensor", t.name);
        const char* w = who.c_str();
        if (memchr(t.name.p, 0, (size_t)t.name.n))
            return gguf_fail(c, MSG_GGUF_STRING, t.info_offset, w, "NUL byte inside the name");
        if (!names.insert(std::string_view(t.name.p, (size_t)t.name.n)).second)
            return gguf_fail(c, MSG_GGUF_DUP_TENSOR, t.info_offset, w, "duplicate tensor name");
        uint64_t at = c.pos;
        r = gguf_read(c, &t.n_dims, 4, w, "n_dims");
        if (r != QLM_OK) return r;
        if (t.n_dims < 1 || t.n_dims > 4)
            return gguf_fail(c, MSG_GGUF_DIMS, at, w, "n_dims %u is not in 1..4", t.n_dims);
        uint64_t n_elem = 1;
        for (uint32_t d = 0; d < t.n_dims; d++) {
            uint64_t ne = 0;
            at = c.pos;
            r = gguf_read(c, &ne, 8, w, "ne");
            if (r != QLM_OK) return r;
            if (ne == 0 || ne > (uint64_t)INT64_MAX)
                return gguf_fail(c, MSG_GGUF_DIMS, at, w, "ne[%u] = %llu is not in 1..2^63-1", d,
                                 (gguf_ull)ne);
            if (!mul_ok(n_elem, ne, &n_elem) || n_elem > (uint64_t)INT64_MAX)
                return gguf_fail(c, MSG_GGUF_DIMS, at, w, "element count overflows at ne[%u]", d);
            t.ne[d] = (int64_t)ne;
        }
        at = c.pos;
        r = gguf_read(c, &t.type, 4, w, "type");
        if (r != QLM_OK) return r;
        const type_traits* ti = type_info(t.type);
        if (!ti) return gguf_fail(c, MSG_GGUF_TENSOR_TYPE, at, w, "unknown tensor type %u", t.type);
        if (t.ne[0] % ti->block != 0)
            return gguf_fail(c, MSG_GGUF_ROW_BLOCK, t.info_offset, w,
                             "row length %lld is not a multiple of the %s block (%lld)",
                             (long long)t.ne[0], ti->name, (long long)ti->block);
        // size = (ne0 / block) * block_bytes * (the other dimensions)
        uint64_t rows = n_elem / (uint64_t)t.ne[0];
        uint64_t rb = 0;
        if (!mul_ok((uint64_t)(t.ne[0] / ti->block), ti->block_bytes, &rb) ||
            !mul_ok(rb, rows, &t.size))
            return gguf_fail(c, MSG_GGUF_DIMS, t.info_offset, w, "byte size overflows");
        at = c.pos;
        r = gguf_read(c, &t.offset, 8, w, "offset");
        if (r != QLM_OK) return r;
        if (t.offset % f.alignment != 0)
            return gguf_fail(c, MSG_GGUF_TENSOR_OFFSET, at, w,
                             "data offset %llu is not a multiple of the alignment %llu",
                             (gguf_ull)t.offset, (gguf_ull)f.alignment);
        uint64_t end = 0;
        if (!add_ok(t.offset, t.size, &end))
            return gguf_fail(c, MSG_GGUF_TENSOR_BOUNDS, at, w, "offset %llu + size %llu overflows",
                             (gguf_ull)t.offset, (gguf_ull)t.size);
        f.tensors.push_back(t);
    }

    // 4. the data section starts at the aligned end of the tensor infos
    uint64_t pad_end = 0;
    if (!add_ok(c.pos, f.alignment - 1, &pad_end))
        return gguf_fail(c, MSG_GGUF_ALIGNMENT, c.pos, "data section", "start overflows");
    f.data_offset = pad_end / f.alignment * f.alignment;

    // 5. tensor data inside the file, and no two tensors sharing bytes
    for (gguf_tensor& t : f.tensors) {
        uint64_t begin = 0, end = 0;
        bool ok = add_ok(f.data_offset, t.offset, &begin) && add_ok(begin, t.size, &end);
        if (ok && end <= c.size) {
            t.data = c.base + begin;
        } else if (!ok || !vocab_only) {
            return gguf_fail(c, MSG_GGUF_TENSOR_BOUNDS, t.info_offset,
                             gguf_subject("tensor", t.name).c_str(),
                             "data at offset %llu, %llu bytes, lies past the end of the file "
                             "(%llu bytes)",
                             (gguf_ull)t.offset, (gguf_ull)t.size, (gguf_ull)c.size);
        }
    }
    std::vector<uint32_t> order(f.tensors.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = (uint32_t)i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return f.tensors[a].offset < f.tensors[b].offset;
    });
    for (size_t i = 1; i < order.size(); i++) {
        const gguf_tensor& a = f.tensors[order[i - 1]];
        const gguf_tensor& b = f.tensors[order[i]];
        if (a.offset + a.size > b.offset) // no overflow: checked per tensor above
            return gguf_fail(c, MSG_GGUF_TENSOR_OVERLAP, b.info_offset,
                             gguf_subject("tensor", b.name).c_str(),
                             "data at offset %llu overlaps tensor '%s'", (gguf_ull)b.offset,
                             gguf_printable(a.name).c_str());
    }
    *out = std::move(f);
    return QLM_OK;
}

inline qlm_result gguf_parse(const uint8_t* data, size_t size, const gguf_limits& lim,
                             bool vocab_only, gguf_file* out, qlm_error* err) {
#if defined(__cpp_exceptions)
    try {
        return gguf_parse_impl(data, size, lim, vocab_only, out, err);
    } catch (const std::bad_alloc&) {
        return fail(err, nullptr, MSG_OOM, 0, "gguf: out of memory while reading the file");
    }
#else
    return gguf_parse_impl(data, size, lim, vocab_only, out, err);
#endif
}

// ---- lookups -----------------------------------------------------------------------------

inline int64_t gguf_find_key(const gguf_file& f, const char* key) {
    for (size_t i = 0; i < f.kvs.size(); i++)
        if (f.kvs[i].key.eq(key)) return (int64_t)i;
    return -1;
}

inline const gguf_tensor* gguf_find_tensor(const gguf_file& f, const char* name) {
    for (const gguf_tensor& t : f.tensors)
        if (t.name.eq(name)) return &t;
    return nullptr;
}

inline const gguf_kv* gguf_kv_of(const gguf_file& f, const char* key) {
    int64_t i = gguf_find_key(f, key);
    return i < 0 ? nullptr : &f.kvs[(size_t)i];
}

// An integer scalar at p: *neg tells whether it is negative; then *s holds it, else *u.
inline bool gguf_int_at(uint32_t type, const uint8_t* p, bool* neg, uint64_t* u, int64_t* s) {
    *neg = false;
    *u = 0;
    *s = 0;
    switch (type) {
    case GGUF_U8: *u = p[0]; return true;
    case GGUF_U16: { uint16_t v; memcpy(&v, p, 2); *u = v; return true; }
    case GGUF_U32: { uint32_t v; memcpy(&v, p, 4); *u = v; return true; }
    case GGUF_U64: memcpy(u, p, 8); return true;
    case GGUF_I8: { int8_t v; memcpy(&v, p, 1); *s = v; break; }
    case GGUF_I16: { int16_t v; memcpy(&v, p, 2); *s = v; break; }
    case GGUF_I32: { int32_t v; memcpy(&v, p, 4); *s = v; break; }
    case GGUF_I64: memcpy(s, p, 8); break;
    default: return false;
    }
    if (*s < 0) *neg = true;
    else *u = (uint64_t)*s;
    return true;
}

// Any numeric scalar at p as double (BOOL as 0/1); 0 for other types.
inline double gguf_num_at(uint32_t type, const uint8_t* p) {
    if (type == GGUF_F32) { float v; memcpy(&v, p, 4); return v; }
    if (type == GGUF_F64) { double v; memcpy(&v, p, 8); return v; }
    if (type == GGUF_BOOL) return p[0] != 0 ? 1.0 : 0.0;
    bool neg;
    uint64_t u;
    int64_t s;
    if (!gguf_int_at(type, p, &neg, &u, &s)) return 0.0;
    return neg ? (double)s : (double)u;
}

inline bool gguf_get_u32(const gguf_file& f, const char* key, uint32_t* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    bool neg;
    uint64_t u;
    int64_t s;
    if (!kv || !gguf_int_at(kv->type, kv->data, &neg, &u, &s) || neg || u > UINT32_MAX)
        return false;
    *out = (uint32_t)u;
    return true;
}

inline bool gguf_get_i32(const gguf_file& f, const char* key, int32_t* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    bool neg;
    uint64_t u;
    int64_t s;
    if (!kv || !gguf_int_at(kv->type, kv->data, &neg, &u, &s)) return false;
    if (neg ? s < INT32_MIN : u > (uint64_t)INT32_MAX) return false;
    *out = neg ? (int32_t)s : (int32_t)u;
    return true;
}

inline bool gguf_get_f32(const gguf_file& f, const char* key, float* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type == GGUF_BOOL || gguf_scalar_size(kv->type) == 0) return false;
    *out = (float)gguf_num_at(kv->type, kv->data);
    return true;
}

inline bool gguf_get_bool(const gguf_file& f, const char* key, bool* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_BOOL) return false;
    *out = kv->data[0] != 0;
    return true;
}

inline bool gguf_get_str(const gguf_file& f, const char* key, gguf_str* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_STRING) return false;
    memcpy(&out->n, kv->data, 8);
    out->p = reinterpret_cast<const char*>(kv->data + 8);
    return true;
}

inline const gguf_kv* gguf_get_arr(const gguf_file& f, const char* key, uint32_t elem_type) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_ARRAY || kv->arr_type != elem_type) return nullptr;
    return kv;
}

inline double gguf_arr_num(const gguf_kv& kv, uint64_t i) {
    const uint64_t sz = gguf_scalar_size(kv.arr_type);
    if (kv.type != GGUF_ARRAY || sz == 0 || i >= kv.arr_n) return 0.0;
    return gguf_num_at(kv.arr_type, kv.data + i * sz); // i * sz < arr_n * sz: checked by parse
}

inline std::string gguf_value_text(const gguf_kv& kv) {
    char buf[64];
    if (kv.type == GGUF_STRING) {
        uint64_t n;
        memcpy(&n, kv.data, 8);
        return std::string(reinterpret_cast<const char*>(kv.data + 8), (size_t)n);
    }
    if (kv.type == GGUF_ARRAY) {
        snprintf(buf, sizeof buf, "[array of %llu %s]", (gguf_ull)kv.arr_n,
                 gguf_type_name(kv.arr_type));
        return buf;
    }
    if (kv.type == GGUF_BOOL) return kv.data[0] ? "true" : "false";
    if (kv.type == GGUF_F32 || kv.type == GGUF_F64) {
        snprintf(buf, sizeof buf, kv.type == GGUF_F32 ? "%.9g" : "%.17g",
                 gguf_num_at(kv.type, kv.data));
        return buf;
    }
    bool neg;
    uint64_t u;
    int64_t s;
    if (!gguf_int_at(kv.type, kv.data, &neg, &u, &s)) return "?";
    if (neg) snprintf(buf, sizeof buf, "%lld", (long long)s);
    else snprintf(buf, sizeof buf, "%llu", (gguf_ull)u);
    return buf;
}

// ---- writer ------------------------------------------------------------------------------

inline void gguf_put(std::vector<uint8_t>& b, const void* p, size_t n) {
    const uint8_t* q = static_cast<const uint8_t*>(p);
    b.insert(b.end(), q, q + n);
}
inline void gguf_put_u32(std::vector<uint8_t>& b, uint32_t v) { gguf_put(b, &v, 4); }
inline void gguf_put_u64(std::vector<uint8_t>& b, uint64_t v) { gguf_put(b, &v, 8); }
inline void gguf_put_str(std::vector<uint8_t>& b, const char* s, size_t n) {
    gguf_put_u64(b, n);
    gguf_put(b, s, n);
}
inline void gguf_pad(std::vector<uint8_t>& b, uint64_t alignment) {
    b.resize((size_t)((b.size() + alignment - 1) / alignment * alignment), 0);
}

// Appends the key and the value type of a new pair.
inline void gguf_put_key(gguf_writer& w, const char* k, uint32_t type) {
    if (strcmp(k, "general.alignment") == 0) w.has_alignment_key = true;
    gguf_put_str(w.kv_bytes, k, strlen(k));
    gguf_put_u32(w.kv_bytes, type);
    w.n_kv++;
}

// Appends a scalar pair: key, type, then the n value bytes at v.
inline void gguf_put_scalar(gguf_writer& w, const char* k, uint32_t type, const void* v,
                            size_t n) {
    gguf_put_key(w, k, type);
    gguf_put(w.kv_bytes, v, n);
}

inline void gguf_writer::set_u8(const char* k, uint8_t v) {
    gguf_put_scalar(*this, k, GGUF_U8, &v, 1);
}
inline void gguf_writer::set_i8(const char* k, int8_t v) {
    gguf_put_scalar(*this, k, GGUF_I8, &v, 1);
}
inline void gguf_writer::set_u16(const char* k, uint16_t v) {
    gguf_put_scalar(*this, k, GGUF_U16, &v, 2);
}
inline void gguf_writer::set_i16(const char* k, int16_t v) {
    gguf_put_scalar(*this, k, GGUF_I16, &v, 2);
}
inline void gguf_writer::set_u32(const char* k, uint32_t v) {
    gguf_put_scalar(*this, k, GGUF_U32, &v, 4);
    if (strcmp(k, "general.alignment") == 0 && v != 0 && (v & (v - 1)) == 0) alignment = v;
}
inline void gguf_writer::set_i32(const char* k, int32_t v) {
    gguf_put_scalar(*this, k, GGUF_I32, &v, 4);
}
inline void gguf_writer::set_f32(const char* k, float v) {
    gguf_put_scalar(*this, k, GGUF_F32, &v, 4);
}
inline void gguf_writer::set_u64(const char* k, uint64_t v) {
    gguf_put_scalar(*this, k, GGUF_U64, &v, 8);
}
inline void gguf_writer::set_i64(const char* k, int64_t v) {
    gguf_put_scalar(*this, k, GGUF_I64, &v, 8);
}
inline void gguf_writer::set_f64(const char* k, double v) {
    gguf_put_scalar(*this, k, GGUF_F64, &v, 8);
}
inline void gguf_writer::set_bool(const char* k, bool v) {
    const uint8_t b = v ? 1 : 0;
    gguf_put_scalar(*this, k, GGUF_BOOL, &b, 1);
}
inline void gguf_writer::set_str(const char* k, const std::string& v) {
    gguf_put_key(*this, k, GGUF_STRING);
    gguf_put_str(kv_bytes, v.data(), v.size());
}
inline void gguf_writer::set_arr_str(const char* k, const std::vector<std::string>& v) {
    gguf_put_key(*this, k, GGUF_ARRAY);
    gguf_put_u32(kv_bytes, GGUF_STRING);
    gguf_put_u64(kv_bytes, v.size());
    for (const std::string& s : v) gguf_put_str(kv_bytes, s.data(), s.size());
}
inline void gguf_writer::set_arr(const char* k, uint32_t elem_type, const void* data, uint64_t n) {
    QLM_ASSERT(gguf_scalar_size(elem_type) != 0);
    gguf_put_key(*this, k, GGUF_ARRAY);
    gguf_put_u32(kv_bytes, elem_type);
    gguf_put_u64(kv_bytes, n);
    if (n) gguf_put(kv_bytes, data, (size_t)(n * gguf_scalar_size(elem_type)));
}

inline void gguf_writer::add_tensor(const char* name, uint32_t type, int n_dims, const int64_t* ne,
                                    const void* data, size_t size) {
    QLM_ASSERT(n_dims >= 1 && n_dims <= 4);
    tensor_entry t;
    t.name = name;
    t.type = type;
    t.n_dims = n_dims;
    for (int d = 0; d < 4; d++) t.ne[d] = d < n_dims ? ne[d] : 1;
    const uint8_t* p = static_cast<const uint8_t*>(data);
    if (size) t.bytes.assign(p, p + size);
    tensors.push_back(std::move(t));
}

inline std::vector<uint8_t> gguf_writer::finish() const {
    QLM_ASSERT(alignment != 0 && (alignment & (alignment - 1)) == 0);
    const uint64_t align = alignment != 0 && (alignment & (alignment - 1)) == 0 ? alignment : 32;
    const bool add_align = !has_alignment_key && align != 32;
    std::vector<uint8_t> b;
    gguf_put(b, "GGUF", 4);
    gguf_put_u32(b, 3);
    gguf_put_u64(b, tensors.size());
    gguf_put_u64(b, n_kv + (add_align ? 1 : 0));
    gguf_put(b, kv_bytes.data(), kv_bytes.size());
    if (add_align) {
        static const char key[] = "general.alignment";
        gguf_put_str(b, key, sizeof key - 1);
        gguf_put_u32(b, GGUF_U32);
        gguf_put_u32(b, (uint32_t)align);
    }
    uint64_t off = 0;
    for (const tensor_entry& t : tensors) {
        gguf_put_str(b, t.name.data(), t.name.size());
        gguf_put_u32(b, (uint32_t)t.n_dims);
        for (int d = 0; d < t.n_dims; d++) gguf_put_u64(b, (uint64_t)t.ne[d]);
        gguf_put_u32(b, t.type);
        gguf_put_u64(b, off);
        off = (off + t.bytes.size() + align - 1) / align * align;
    }
    gguf_pad(b, align);
    for (const tensor_entry& t : tensors) {
        gguf_put(b, t.bytes.data(), t.bytes.size());
        gguf_pad(b, align);
    }
    return b;
}

inline bool gguf_writer::write_file(const char* path) const {
    std::vector<uint8_t> b = finish();
    FILE* fp = fopen(path, "wb");
    if (!fp) return false;
    bool ok = fwrite(b.data(), 1, b.size(), fp) == b.size();
    ok = fclose(fp) == 0 && ok;
    return ok;
}

} // namespace qlm_detail
#endif
