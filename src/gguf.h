// ==== [qlm:gguf] GGUF v2/v3 reader and writer ==========================================
// Trust statement: gguf_parse accepts any byte sequence. The worst outcome is an error
// code with the byte offset and the field that is wrong: never a read outside the
// buffer, never an allocation larger than the file justifies.
//
// INTERFACE ONLY (implementation being written): see the contract comments.
#ifndef QLM_GGUF_H
#define QLM_GGUF_H
#include "internal.h"

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
    const uint8_t* data = nullptr;
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
// duplicate names). vocab_only: tensor infos are still validated, but their data need
// not be present (tokenizer-only files). Sets out->tensors[i].data.
qlm_result gguf_parse(const uint8_t* data, size_t size, const gguf_limits& lim, bool vocab_only,
                      gguf_file* out, qlm_error* err);

// -1 when absent.
int64_t gguf_find_key(const gguf_file& f, const char* key);
const gguf_tensor* gguf_find_tensor(const gguf_file& f, const char* name);

// Typed getters: false when absent or of an incompatible type. Integers convert between
// widths when the value fits.
bool gguf_get_u32(const gguf_file& f, const char* key, uint32_t* out);
bool gguf_get_i32(const gguf_file& f, const char* key, int32_t* out);
bool gguf_get_f32(const gguf_file& f, const char* key, float* out);
bool gguf_get_bool(const gguf_file& f, const char* key, bool* out);
bool gguf_get_str(const gguf_file& f, const char* key, gguf_str* out);
// Arrays: pointer to the element kv (type GGUF_ARRAY with the given element type) or NULL.
const gguf_kv* gguf_get_arr(const gguf_file& f, const char* key, uint32_t elem_type);
// Element i of a numeric array as double (any numeric element type).
double gguf_arr_num(const gguf_kv& kv, uint64_t i);
// Value formatted as text (for qlm_model_meta): numbers, strings, "[array of N type]".
std::string gguf_value_text(const gguf_kv& kv);

// In-memory GGUF v3 writer, for tests, fuzzers and the quantize tool.
struct gguf_writer {
    // Metadata, in insertion order.
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
    // Tensor: the bytes are copied; size must equal the row size times the rows.
    void add_tensor(const char* name, uint32_t type, int n_dims, const int64_t* ne,
                    const void* data, size_t size);
    // Serialises with general.alignment (default 32) respected.
    std::vector<uint8_t> finish() const;
    bool write_file(const char* path) const;

    uint64_t alignment = 32;
    struct tensor_entry {
        std::string name;
        uint32_t type;
        int n_dims;
        int64_t ne[4];
        std::vector<uint8_t> bytes;
    };
    std::vector<uint8_t> kv_bytes; // serialised key/value pairs
    uint64_t n_kv = 0;
    std::vector<tensor_entry> tensors;
};

} // namespace qlm_detail
#endif
