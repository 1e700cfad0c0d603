#include <doctest/doctest.h>
#include "gguf.h"

// GGUF reader and writer. Every malformed input is built here with the writer plus byte
// patching: no binary fixtures.
#include <cstdio>
#include <memory>

namespace test_gguf {
using namespace qlm_detail;

typedef std::vector<uint8_t> bytes;

// Parses a copy of b in an exactly-sized heap block, so that a read one byte past the
// end is caught by AddressSanitizer. Returns the message id (MSG_NONE on success).
uint32_t parse_id(const bytes& b, gguf_file* out = nullptr, bool vocab_only = false,
                  const gguf_limits& lim = gguf_limits(), qlm_error* err_out = nullptr) {
    std::unique_ptr<uint8_t[]> copy(new uint8_t[b.size() ? b.size() : 1]);
    if (!b.empty()) memcpy(copy.get(), b.data(), b.size());
    gguf_file f;
    qlm_error err{};
    qlm_result r = gguf_parse(copy.get(), b.size(), lim, vocab_only, &f, &err);
    if (err_out) *err_out = err;
    if (r == QLM_OK) {
        CHECK(err.msg_id == MSG_NONE);
        if (out) { // rebase onto the caller's buffer (the copy dies here)
            const uint8_t* from = copy.get();
            auto rebase = [&](const uint8_t* p) { return b.data() + (p - from); };
            auto rebase_c = [&](const char* p) {
                return reinterpret_cast<const char*>(rebase(reinterpret_cast<const uint8_t*>(p)));
            };
            *out = f;
            out->base = b.data();
            for (gguf_kv& kv : out->kvs) {
                kv.key.p = rebase_c(kv.key.p);
                kv.data = rebase(kv.data);
                for (gguf_str& s : kv.strs) s.p = rebase_c(s.p);
            }
            for (gguf_tensor& t : out->tensors) {
                t.name.p = rebase_c(t.name.p);
                if (t.data) t.data = rebase(t.data);
            }
        }
        return MSG_NONE;
    }
    CHECK(r == QLM_ERR_BAD_FILE);
    CHECK(err.code == r);
    CHECK(err.text[0] != 0);
    return err.msg_id;
}

size_t find(const bytes& b, const std::string& s) {
    for (size_t i = 0; i + s.size() <= b.size(); i++)
        if (memcmp(b.data() + i, s.data(), s.size()) == 0) return i;
    FAIL("pattern not found: " << s);
    return 0;
}
void put32(bytes& b, size_t at, uint32_t v) { memcpy(b.data() + at, &v, 4); }
void put64(bytes& b, size_t at, uint64_t v) { memcpy(b.data() + at, &v, 8); }
uint64_t get64(const bytes& b, size_t at) {
    uint64_t v;
    memcpy(&v, b.data() + at, 8);
    return v;
}

// Byte positions of the fields of a key/value pair or of a tensor info, found through
// the (unique) key or name.
size_t kv_type_at(const bytes& b, const std::string& key) { return find(b, key) + key.size(); }
size_t kv_value_at(const bytes& b, const std::string& key) { return kv_type_at(b, key) + 4; }
size_t ti_ndims_at(const bytes& b, const std::string& name) { return find(b, name) + name.size(); }
size_t ti_ne_at(const bytes& b, const std::string& name) { return ti_ndims_at(b, name) + 4; }
size_t ti_type_at(const bytes& b, const std::string& name, int n_dims) {
    return ti_ne_at(b, name) + 8 * (size_t)n_dims;
}
size_t ti_offset_at(const bytes& b, const std::string& name, int n_dims) {
    return ti_type_at(b, name, n_dims) + 4;
}

// A small valid file: three keys, an F32 [4,2] tensor "tens.a" and a Q4_0 [32,2] "tens.b".
gguf_writer small_writer() {
    gguf_writer w;
    w.set_str("general.architecture", "llama");
    w.set_u32("llama.block_count", 2);
    w.set_arr_str("tokenizer.ggml.tokens", {"<s>", "a", "bc"});
    float fa[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    int64_t na[2] = {4, 2};
    w.add_tensor("tens.a", QT_F32, 2, na, fa, sizeof fa);
    uint8_t qb[36];
    for (int i = 0; i < 36; i++) qb[i] = (uint8_t)(i * 7);
    int64_t nb[2] = {32, 2};
    w.add_tensor("tens.b", QT_Q4_0, 2, nb, qb, sizeof qb);
    return w;
}
bytes small_file() { return small_writer().finish(); }

// A file with a single F32 tensor of the given shape and no data bytes.
bytes one_tensor(uint32_t type, int n_dims, std::vector<int64_t> ne, size_t data_size = 0) {
    gguf_writer w;
    std::vector<uint8_t> data(data_size, 0);
    w.add_tensor("only", type, n_dims, ne.data(), data.data(), data.size());
    return w.finish();
}

// ---- round trips --------------------------------------------------------------------------

TEST_CASE("gguf round-trips every value type and arrays of each") {
    gguf_writer w;
    w.set_u8("v.u8", 200);
    w.set_i8("v.i8", -100);
    w.set_u16("v.u16", 60000);
    w.set_i16("v.i16", -30000);
    w.set_u32("v.u32", 4000000000u);
    w.set_i32("v.i32", -2000000000);
    w.set_f32("v.f32", 0.15625f);
    w.set_u64("v.u64", 0xfedcba9876543210ull);
    w.set_i64("v.i64", INT64_MIN);
    w.set_f64("v.f64", -1.0e300);
    w.set_bool("v.bool_t", true);
    w.set_bool("v.bool_f", false);
    w.set_str("v.str", "h\xc3\xa9llo");
    w.set_str("v.str_empty", "");
    const uint8_t au8[3] = {0, 128, 255};
    const int8_t ai8[3] = {-128, 0, 127};
    const uint16_t au16[2] = {1, 65535};
    const int16_t ai16[2] = {-32768, 32767};
    const uint32_t au32[2] = {7, 4294967295u};
    const int32_t ai32[3] = {-5, 0, 5};
    const float af32[3] = {-1.5f, 0.0f, 1e-3f};
    const uint8_t abool[3] = {1, 0, 1};
    const uint64_t au64[2] = {0, 1ull << 60};
    const int64_t ai64[2] = {-(1ll << 50), 3};
    const double af64[2] = {3.25, -2.5e-10};
    w.set_arr("a.u8", GGUF_U8, au8, 3);
    w.set_arr("a.i8", GGUF_I8, ai8, 3);
    w.set_arr("a.u16", GGUF_U16, au16, 2);
    w.set_arr("a.i16", GGUF_I16, ai16, 2);
    w.set_arr("a.u32", GGUF_U32, au32, 2);
    w.set_arr("a.i32", GGUF_I32, ai32, 3);
    w.set_arr("a.f32", GGUF_F32, af32, 3);
    w.set_arr("a.bool", GGUF_BOOL, abool, 3);
    w.set_arr("a.u64", GGUF_U64, au64, 2);
    w.set_arr("a.i64", GGUF_I64, ai64, 2);
    w.set_arr("a.f64", GGUF_F64, af64, 2);
    w.set_arr("a.empty", GGUF_F32, nullptr, 0);
    w.set_arr_str("a.str", {"x", "", "long string \xe2\x82\xac"});
    w.set_arr_str("a.str_empty", {});
    const bytes b = w.finish();

    gguf_file f;
    REQUIRE(parse_id(b, &f) == MSG_NONE);
    CHECK(f.version == 3);
    CHECK(f.kvs.size() == 28);
    CHECK(f.tensors.empty());
    CHECK(f.alignment == 32);

    auto kv = [&](const char* k) -> const gguf_kv& {
        int64_t i = gguf_find_key(f, k);
        REQUIRE(i >= 0);
        return f.kvs[(size_t)i];
    };
    CHECK(kv("v.u8").type == GGUF_U8);
    CHECK(kv("v.u8").data[0] == 200);
    CHECK(gguf_value_text(kv("v.u8")) == "200");
    CHECK(gguf_value_text(kv("v.i8")) == "-100");
    CHECK(gguf_value_text(kv("v.u16")) == "60000");
    CHECK(gguf_value_text(kv("v.i16")) == "-30000");
    CHECK(gguf_value_text(kv("v.u32")) == "4000000000");
    CHECK(gguf_value_text(kv("v.i32")) == "-2000000000");
    CHECK(gguf_value_text(kv("v.f32")) == "0.15625");
    CHECK(gguf_value_text(kv("v.u64")) == "18364758544493064720");
    CHECK(gguf_value_text(kv("v.i64")) == "-9223372036854775808");
    CHECK(gguf_value_text(kv("v.f64")) == "-1.0000000000000001e+300");
    CHECK(gguf_value_text(kv("v.bool_t")) == "true");
    CHECK(gguf_value_text(kv("v.bool_f")) == "false");
    CHECK(gguf_value_text(kv("v.str")) == "h\xc3\xa9llo");
    CHECK(gguf_value_text(kv("a.str")) == "[array of 3 string]");
    CHECK(gguf_value_text(kv("a.i16")) == "[array of 2 i16]");

    uint64_t u64;
    memcpy(&u64, kv("v.u64").data, 8);
    CHECK(u64 == 0xfedcba9876543210ull);
    double f64;
    memcpy(&f64, kv("v.f64").data, 8);
    CHECK(f64 == -1.0e300);

    uint32_t u32 = 0;
    int32_t i32 = 0;
    float f32 = 0;
    bool bl = false;
    gguf_str s;
    CHECK(gguf_get_u32(f, "v.u32", &u32));
    CHECK(u32 == 4000000000u);
    CHECK(gguf_get_i32(f, "v.i32", &i32));
    CHECK(i32 == -2000000000);
    CHECK(gguf_get_f32(f, "v.f32", &f32));
    CHECK(f32 == 0.15625f);
    CHECK(gguf_get_bool(f, "v.bool_t", &bl));
    CHECK(bl);
    CHECK(gguf_get_bool(f, "v.bool_f", &bl));
    CHECK(!bl);
    CHECK(gguf_get_str(f, "v.str", &s));
    CHECK(s.str() == "h\xc3\xa9llo");
    CHECK(gguf_get_str(f, "v.str_empty", &s));
    CHECK(s.n == 0);

    struct arr_case {
        const char* key;
        uint32_t type;
        std::vector<double> values;
    };
    const arr_case arrs[] = {
        {"a.u8", GGUF_U8, {0, 128, 255}},
        {"a.i8", GGUF_I8, {-128, 0, 127}},
        {"a.u16", GGUF_U16, {1, 65535}},
        {"a.i16", GGUF_I16, {-32768, 32767}},
        {"a.u32", GGUF_U32, {7, 4294967295.0}},
        {"a.i32", GGUF_I32, {-5, 0, 5}},
        {"a.f32", GGUF_F32, {-1.5, 0.0, (double)1e-3f}},
        {"a.bool", GGUF_BOOL, {1, 0, 1}},
        {"a.u64", GGUF_U64, {0, (double)(1ull << 60)}},
        {"a.i64", GGUF_I64, {-(double)(1ll << 50), 3}},
        {"a.f64", GGUF_F64, {3.25, -2.5e-10}},
        {"a.empty", GGUF_F32, {}},
    };
    for (const arr_case& a : arrs) {
        CAPTURE(a.key);
        const gguf_kv* k = gguf_get_arr(f, a.key, a.type);
        REQUIRE(k != nullptr);
        CHECK(k->arr_n == a.values.size());
        for (size_t i = 0; i < a.values.size(); i++) CHECK(gguf_arr_num(*k, i) == a.values[i]);
        CHECK(gguf_arr_num(*k, a.values.size()) == 0.0); // out of range
    }
    CHECK(gguf_get_arr(f, "a.u8", GGUF_I8) == nullptr); // wrong element type
    const gguf_kv* st = gguf_get_arr(f, "a.str", GGUF_STRING);
    REQUIRE(st != nullptr);
    REQUIRE(st->strs.size() == 3);
    CHECK(st->strs[0].str() == "x");
    CHECK(st->strs[1].n == 0);
    CHECK(st->strs[2].str() == "long string \xe2\x82\xac");
    const gguf_kv* se = gguf_get_arr(f, "a.str_empty", GGUF_STRING);
    REQUIRE(se != nullptr);
    CHECK(se->arr_n == 0);
    CHECK(se->strs.empty());

    // A second write of what was read is byte-identical.
    gguf_writer w2;
    for (const gguf_kv& k : f.kvs) {
        const std::string key = k.key.str();
        if (k.type == GGUF_ARRAY && k.arr_type == GGUF_STRING) {
            std::vector<std::string> v;
            for (const gguf_str& e : k.strs) v.push_back(e.str());
            w2.set_arr_str(key.c_str(), v);
        } else if (k.type == GGUF_ARRAY) {
            w2.set_arr(key.c_str(), k.arr_type, k.data, k.arr_n);
        } else if (k.type == GGUF_STRING) {
            w2.set_str(key.c_str(), gguf_value_text(k));
        } else {
            gguf_put_key(w2, key.c_str(), k.type);
            gguf_put(w2.kv_bytes, k.data, (size_t)gguf_scalar_size(k.type));
        }
    }
    CHECK(w2.finish() == b);
}

TEST_CASE("gguf getters convert integer widths only when the value fits") {
    gguf_writer w;
    w.set_u8("k.u8", 250);
    w.set_i64("k.neg", -7);
    w.set_u64("k.big", 1ull << 40);
    w.set_i64("k.i32max", INT32_MAX);
    w.set_u32("k.u32big", 3000000000u);
    w.set_f64("k.f64", 0.5);
    w.set_str("k.str", "12");
    w.set_bool("k.bool", true);
    const bytes b = w.finish();
    gguf_file f;
    REQUIRE(parse_id(b, &f) == MSG_NONE);
    uint32_t u = 0;
    int32_t i = 0;
    float x = 0;
    bool bl;
    gguf_str s;
    CHECK(gguf_get_u32(f, "k.u8", &u));
    CHECK(u == 250);
    CHECK(gguf_get_i32(f, "k.u8", &i));
    CHECK(i == 250);
    CHECK(!gguf_get_u32(f, "k.neg", &u));
    CHECK(gguf_get_i32(f, "k.neg", &i));
    CHECK(i == -7);
    CHECK(!gguf_get_u32(f, "k.big", &u));
    CHECK(!gguf_get_i32(f, "k.big", &i));
    CHECK(gguf_get_i32(f, "k.i32max", &i));
    CHECK(i == INT32_MAX);
    CHECK(gguf_get_u32(f, "k.u32big", &u));
    CHECK(!gguf_get_i32(f, "k.u32big", &i));
    CHECK(gguf_get_f32(f, "k.f64", &x));
    CHECK(x == 0.5f);
    CHECK(gguf_get_f32(f, "k.u8", &x));
    CHECK(x == 250.0f);
    CHECK(!gguf_get_f32(f, "k.str", &x));
    CHECK(!gguf_get_u32(f, "k.str", &u));
    CHECK(!gguf_get_u32(f, "k.f64", &u));
    CHECK(!gguf_get_u32(f, "k.bool", &u));
    CHECK(!gguf_get_bool(f, "k.u8", &bl));
    CHECK(!gguf_get_str(f, "k.u8", &s));
    CHECK(!gguf_get_u32(f, "absent", &u));
    CHECK(gguf_get_arr(f, "absent", GGUF_U8) == nullptr);
    CHECK(gguf_get_arr(f, "k.u8", GGUF_U8) == nullptr);
    CHECK(gguf_find_key(f, "absent") == -1);
    CHECK(gguf_find_key(f, "k.u") == -1); // prefix of a key is not a match
    CHECK(gguf_find_tensor(f, "absent") == nullptr);
}

void check_tensor_round_trip(uint64_t align, bool via_key) {
    CAPTURE(align);
    CAPTURE(via_key);
    gguf_writer w;
    if (via_key) w.set_u32("general.alignment", (uint32_t)align);
    else w.alignment = align;
    CHECK(w.alignment == align);
    w.set_str("general.name", "tiny");
    struct spec {
        const char* name;
        uint32_t type;
        int n_dims;
        int64_t ne[4];
    };
    const spec specs[] = {
        {"t.f32", QT_F32, 1, {3, 1, 1, 1}},
        {"t.f16", QT_F16, 2, {5, 3, 1, 1}},
        {"t.q4k", QT_Q4_K, 2, {256, 2, 1, 1}},
        {"t.q8_0", QT_Q8_0, 3, {64, 1, 2, 1}},
        {"t.bf16", QT_BF16, 4, {7, 1, 1, 2}},
        {"t.q6k", QT_Q6_K, 1, {512, 1, 1, 1}},
    };
    std::vector<bytes> data;
    uint32_t seed = 12345;
    for (const spec& sp : specs) {
        size_t n = row_bytes(sp.type, sp.ne[0]) * (size_t)(sp.ne[1] * sp.ne[2] * sp.ne[3]);
        bytes d(n);
        for (uint8_t& x : d) {
            seed = seed * 1664525u + 1013904223u;
            x = (uint8_t)(seed >> 24);
        }
        w.add_tensor(sp.name, sp.type, sp.n_dims, sp.ne, d.data(), d.size());
        data.push_back(d);
    }
    const bytes b = w.finish();
    CHECK(b.size() % align == 0);
    gguf_file f;
    REQUIRE(parse_id(b, &f) == MSG_NONE);
    CHECK(f.alignment == align);
    uint32_t a = 0;
    CHECK(gguf_get_u32(f, "general.alignment", &a) == (align != 32 || via_key));
    if (align != 32) CHECK(a == align);
    CHECK(f.data_offset % align == 0);
    REQUIRE(f.tensors.size() == 6);
    for (size_t i = 0; i < 6; i++) {
        const spec& sp = specs[i];
        const gguf_tensor* t = gguf_find_tensor(f, sp.name);
        REQUIRE(t != nullptr);
        CHECK(t == &f.tensors[i]); // file order kept
        CHECK(t->type == sp.type);
        CHECK(t->n_dims == (uint32_t)sp.n_dims);
        for (int d = 0; d < 4; d++) CHECK(t->ne[d] == sp.ne[d]);
        CHECK(t->size == data[i].size());
        CHECK(t->offset % align == 0);
        REQUIRE(t->data != nullptr);
        CHECK((uint64_t)(t->data - f.base) % align == 0);
        CHECK(memcmp(t->data, data[i].data(), data[i].size()) == 0);
    }
}

TEST_CASE("gguf round-trips tensors with alignment 32 and 64") {
    check_tensor_round_trip(32, false);
    check_tensor_round_trip(32, true);
    check_tensor_round_trip(64, false);
    check_tensor_round_trip(64, true);
    check_tensor_round_trip(128, false);
}

TEST_CASE("gguf accepts version 2 files") {
    bytes b = small_file();
    put32(b, 4, 2);
    gguf_file f;
    REQUIRE(parse_id(b, &f) == MSG_NONE);
    CHECK(f.version == 2);
    CHECK(f.tensors.size() == 2);
}

TEST_CASE("gguf writer writes files that read back") {
    const gguf_writer w = small_writer();
    const char* path = "test_gguf_write.tmp.gguf";
    REQUIRE(w.write_file(path));
    FILE* fp = fopen(path, "rb");
    REQUIRE(fp != nullptr);
    bytes b(4096);
    b.resize(fread(b.data(), 1, b.size(), fp));
    fclose(fp);
    remove(path);
    CHECK(b == w.finish());
    CHECK(parse_id(b) == MSG_NONE);
}

// ---- truncation ---------------------------------------------------------------------------

TEST_CASE("gguf rejects every truncation of a valid file") {
    const bytes b = small_file();
    gguf_file f;
    REQUIRE(parse_id(b, &f) == MSG_NONE);
    uint64_t data_end = 0, infos_end = f.tensors.back().info_offset;
    for (const gguf_tensor& t : f.tensors)
        data_end = std::max<uint64_t>(data_end, f.data_offset + t.offset + t.size);
    infos_end += 8 + 6 + 4 + 16 + 4 + 8; // "tens.b" info: len, name, n_dims, 2 ne, type, offset
    for (size_t n = 0; n < b.size(); n++) {
        CAPTURE(n);
        const bytes prefix(b.begin(), b.begin() + (ptrdiff_t)n);
        qlm_error err{};
        uint32_t id = parse_id(prefix, nullptr, false, gguf_limits(), &err);
        if (n < data_end) {
            CHECK(id != MSG_NONE);
            CHECK(err.offset <= b.size());
        } else {
            CHECK(id == MSG_NONE); // only padding after the last tensor is missing
        }
        // Tokenizer-only reading needs everything up to the end of the tensor infos.
        CHECK((parse_id(prefix, nullptr, true) == MSG_NONE) == (n >= infos_end));
    }
}

TEST_CASE("gguf vocab_only accepts tensor data past the end and leaves it NULL") {
    bytes b = small_file();
    gguf_file f0;
    REQUIRE(parse_id(b, &f0) == MSG_NONE);
    b.resize((size_t)f0.data_offset + 8); // half of tens.a's 32 bytes
    gguf_file f;
    REQUIRE(parse_id(b, &f, true) == MSG_NONE);
    CHECK(f.tensors.size() == 2);
    CHECK(f.tensors[0].data == nullptr);
    CHECK(f.tensors[1].data == nullptr);
    gguf_str s;
    CHECK(gguf_get_str(f, "general.architecture", &s));
    CHECK(s.str() == "llama");
    CHECK(parse_id(b) == MSG_GGUF_TENSOR_BOUNDS);
}

// ---- malformed headers and key/values --------------------------------------------------------

TEST_CASE("gguf rejects bad magic") {
    bytes b = small_file();
    b[0] = 'g';
    CHECK(parse_id(b) == MSG_GGUF_MAGIC);
    CHECK(parse_id(bytes{'G', 'G'}) == MSG_GGUF_TRUNCATED);
    CHECK(parse_id(bytes{}) == MSG_GGUF_TRUNCATED);
}

TEST_CASE("gguf rejects version 1, version 4 and big-endian files") {
    bytes b = small_file();
    put32(b, 4, 1);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_VERSION);
    CHECK(err.offset == 4);
    put32(b, 4, 4);
    CHECK(parse_id(b) == MSG_GGUF_VERSION);
    put32(b, 4, 0);
    CHECK(parse_id(b) == MSG_GGUF_VERSION);
    put32(b, 4, 0x03000000u); // version 3 written big-endian
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_VERSION);
    CHECK(strstr(err.text, "big-endian") != nullptr);
}

TEST_CASE("gguf rejects huge n_kv") {
    bytes b = small_file();
    put64(b, 16, 1ull << 62); // over the limit
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_COUNT);
    CHECK(err.offset == 16);
    put64(b, 16, 1000); // under the limit but cannot fit in the file
    CHECK(parse_id(b) == MSG_GGUF_COUNT);
    gguf_limits lim;
    lim.max_kv = UINT64_MAX; // the size check must not overflow either
    put64(b, 16, UINT64_MAX);
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_COUNT);
}

TEST_CASE("gguf rejects huge n_tensors") {
    bytes b = small_file();
    put64(b, 8, 1ull << 40);
    CHECK(parse_id(b) == MSG_GGUF_COUNT);
    put64(b, 8, 100);
    CHECK(parse_id(b) == MSG_GGUF_COUNT);
    gguf_limits lim;
    lim.max_tensors = UINT64_MAX;
    put64(b, 8, UINT64_MAX / 16);
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_COUNT);
}

TEST_CASE("gguf rejects a string length past the end of the file") {
    bytes b = small_file();
    const size_t at = find(b, "general.architecture") - 8;
    put64(b, at, b.size()); // the key length
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_STRING);
    CHECK(err.offset == at);
    bytes c = small_file();
    put64(c, kv_value_at(c, "general.architecture"), c.size()); // the value's length
    CHECK(parse_id(c, nullptr, false, gguf_limits(), &err) == MSG_GGUF_STRING);
    CHECK(strstr(err.text, "general.architecture") != nullptr);
}

TEST_CASE("gguf rejects a huge string length") {
    bytes b = small_file();
    put64(b, kv_value_at(b, "general.architecture"), 1ull << 63);
    CHECK(parse_id(b) == MSG_GGUF_STRING);
    put64(b, kv_value_at(b, "general.architecture"), UINT64_MAX);
    CHECK(parse_id(b) == MSG_GGUF_STRING);
    gguf_limits lim;
    lim.max_string = UINT64_MAX;
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_STRING);
}

TEST_CASE("gguf rejects a string over the max_string limit") {
    const bytes b = small_file();
    gguf_limits lim;
    lim.max_string = 4; // "general.architecture" is longer
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_STRING);
}

TEST_CASE("gguf rejects an empty key and a NUL byte inside a key or tensor name") {
    gguf_writer w;
    w.set_u8("", 1);
    CHECK(parse_id(w.finish()) == MSG_GGUF_STRING);
    bytes b = small_file();
    b[find(b, "llama.block_count") + 5] = 0;
    CHECK(parse_id(b) == MSG_GGUF_STRING);
    bytes c = small_file();
    c[find(c, "tens.b") + 4] = 0;
    CHECK(parse_id(c) == MSG_GGUF_STRING);
    bytes d = small_file();
    put64(d, find(d, "tens.b") - 8, 0); // empty name: the old name bytes become n_dims...
    CHECK(parse_id(d) == MSG_GGUF_STRING);
}

TEST_CASE("gguf rejects an unknown value type") {
    bytes b = small_file();
    const size_t at = kv_type_at(b, "llama.block_count");
    put32(b, at, GGUF_TYPE_COUNT);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_VALUE_TYPE);
    CHECK(err.offset == at);
    CHECK(strstr(err.text, "llama.block_count") != nullptr);
    put32(b, at, 0xffffffffu);
    CHECK(parse_id(b) == MSG_GGUF_VALUE_TYPE);
}

TEST_CASE("gguf rejects an array of unknown element type") {
    bytes b = small_file();
    put32(b, kv_value_at(b, "tokenizer.ggml.tokens"), 13);
    CHECK(parse_id(b) == MSG_GGUF_VALUE_TYPE);
}

TEST_CASE("gguf rejects nested arrays") {
    bytes b = small_file();
    put32(b, kv_value_at(b, "tokenizer.ggml.tokens"), GGUF_ARRAY);
    CHECK(parse_id(b) == MSG_GGUF_ARRAY);
}

TEST_CASE("gguf rejects an array count whose byte size overflows") {
    gguf_writer w;
    const uint64_t v[2] = {1, 2};
    w.set_arr("a.u64", GGUF_U64, v, 2);
    bytes b = w.finish();
    const size_t at = kv_value_at(b, "a.u64") + 4;
    CHECK(get64(b, at) == 2);
    gguf_limits lim;
    lim.max_array = UINT64_MAX;
    put64(b, at, (1ull << 61) + 1); // times 8 overflows
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_ARRAY);
    put64(b, at, 1000); // 8000 bytes: more than the file holds
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_ARRAY);
    put64(b, at, 1ull << 40); // over the default limit
    CHECK(parse_id(b) == MSG_GGUF_ARRAY);
}

TEST_CASE("gguf rejects a string array count the file cannot hold") {
    bytes b = small_file();
    const size_t at = kv_value_at(b, "tokenizer.ggml.tokens") + 4;
    CHECK(get64(b, at) == 3);
    put64(b, at, 1ull << 29); // under the limit; 8 bytes each would not fit
    CHECK(parse_id(b) == MSG_GGUF_ARRAY);
    gguf_limits lim;
    lim.max_array = UINT64_MAX;
    put64(b, at, 1ull << 62); // times 8 overflows
    CHECK(parse_id(b, nullptr, false, lim) == MSG_GGUF_ARRAY);
}

TEST_CASE("gguf rejects duplicate keys") {
    gguf_writer w;
    w.set_u32("dup.key", 1);
    w.set_str("other", "x");
    w.set_f32("dup.key", 2.0f);
    const bytes b = w.finish();
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_DUP_KEY);
    CHECK(strstr(err.text, "dup.key") != nullptr);
    CHECK(err.offset > find(b, "other")); // the second occurrence
}

TEST_CASE("gguf rejects alignment 0, 3 and a non-u32 alignment") {
    gguf_writer w = small_writer();
    w.set_u32("general.alignment", 32);
    bytes b = w.finish();
    REQUIRE(parse_id(b) == MSG_NONE);
    const size_t at = kv_value_at(b, "general.alignment");
    put32(b, at, 0);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_ALIGNMENT);
    CHECK(err.offset == at);
    CHECK(strstr(err.text, "general.alignment") != nullptr);
    put32(b, at, 3);
    CHECK(parse_id(b) == MSG_GGUF_ALIGNMENT);
    put32(b, at, 0x80000001u);
    CHECK(parse_id(b) == MSG_GGUF_ALIGNMENT);

    gguf_writer w2 = small_writer();
    w2.set_u64("general.alignment", 32);
    CHECK(parse_id(w2.finish()) == MSG_GGUF_ALIGNMENT);
    gguf_writer w3 = small_writer();
    w3.set_str("general.alignment", "32");
    CHECK(parse_id(w3.finish()) == MSG_GGUF_ALIGNMENT);
}

// ---- malformed tensor infos ----------------------------------------------------------------

TEST_CASE("gguf rejects n_dims 0 and 5") {
    bytes b = small_file();
    const size_t at = ti_ndims_at(b, "tens.b");
    put32(b, at, 0);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_DIMS);
    CHECK(err.offset == at);
    CHECK(strstr(err.text, "tens.b") != nullptr);
    put32(b, at, 5);
    CHECK(parse_id(b) == MSG_GGUF_DIMS);
    put32(b, at, 0xffffffffu);
    CHECK(parse_id(b) == MSG_GGUF_DIMS);
}

TEST_CASE("gguf rejects a zero or negative dimension") {
    CHECK(parse_id(one_tensor(QT_F32, 2, {4, 0})) == MSG_GGUF_DIMS);
    CHECK(parse_id(one_tensor(QT_F32, 1, {0})) == MSG_GGUF_DIMS);
    CHECK(parse_id(one_tensor(QT_F32, 2, {4, -1})) == MSG_GGUF_DIMS);
}

TEST_CASE("gguf rejects an element count that overflows") {
    CHECK(parse_id(one_tensor(QT_F32, 3, {1ll << 32, 1ll << 31, 2})) == MSG_GGUF_DIMS);
    CHECK(parse_id(one_tensor(QT_F32, 4, {1ll << 16, 1ll << 16, 1ll << 16, 1ll << 16})) ==
          MSG_GGUF_DIMS);
}

TEST_CASE("gguf rejects a tensor byte size that overflows") {
    // 2^62 elements fit in int64, but 2^64 bytes of F32 do not fit in u64.
    CHECK(parse_id(one_tensor(QT_F32, 2, {1ll << 31, 1ll << 31})) == MSG_GGUF_DIMS);
}

TEST_CASE("gguf rejects an unknown tensor type") {
    CHECK(parse_id(one_tensor(4, 1, {32}, 32)) == MSG_GGUF_TENSOR_TYPE); // removed Q4_2
    CHECK(parse_id(one_tensor(QT_COUNT, 1, {32}, 32)) == MSG_GGUF_TENSOR_TYPE);
    bytes b = small_file();
    put32(b, ti_type_at(b, "tens.a", 2), 0xffffffffu);
    CHECK(parse_id(b) == MSG_GGUF_TENSOR_TYPE);
}

TEST_CASE("gguf rejects a row length that is not a multiple of the block size") {
    CHECK(parse_id(one_tensor(QT_Q4_0, 2, {16, 2}, 36)) == MSG_GGUF_ROW_BLOCK);
    CHECK(parse_id(one_tensor(QT_Q4_K, 1, {512 + 32}, 2 * 144)) == MSG_GGUF_ROW_BLOCK);
    CHECK(parse_id(one_tensor(QT_Q4_K, 1, {512}, 2 * 144)) == MSG_NONE);
}

TEST_CASE("gguf rejects a tensor offset that is not aligned") {
    bytes b = small_file();
    const size_t at = ti_offset_at(b, "tens.b", 2);
    CHECK(get64(b, at) == 32);
    put64(b, at, 48);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_TENSOR_OFFSET);
    CHECK(err.offset == at);
    CHECK(strstr(err.text, "tens.b") != nullptr);
}

TEST_CASE("gguf rejects tensor offset past end of file") {
    bytes b = small_file();
    const size_t at = ti_offset_at(b, "tens.b", 2);
    put64(b, at, 64); // 36 bytes at 64 run past the 96-byte data section
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_TENSOR_BOUNDS);
    CHECK(strstr(err.text, "tens.b") != nullptr);
    put64(b, at, 1ull << 40);
    CHECK(parse_id(b) == MSG_GGUF_TENSOR_BOUNDS);
}

TEST_CASE("gguf rejects tensor offset plus size that overflows") {
    bytes b = small_file();
    put64(b, ti_offset_at(b, "tens.b", 2), UINT64_MAX - 31); // aligned to 32
    CHECK(parse_id(b) == MSG_GGUF_TENSOR_BOUNDS);
    CHECK(parse_id(b, nullptr, true) == MSG_GGUF_TENSOR_BOUNDS); // even tokenizer-only
    // data_offset + offset overflows, though offset + size does not.
    put64(b, ti_offset_at(b, "tens.b", 2), UINT64_MAX - 63);
    CHECK(parse_id(b) == MSG_GGUF_TENSOR_BOUNDS);
    CHECK(parse_id(b, nullptr, true) == MSG_GGUF_TENSOR_BOUNDS);
}

TEST_CASE("gguf rejects duplicate tensor names") {
    gguf_writer w;
    float x[32] = {};
    int64_t ne[1] = {32};
    w.add_tensor("same", QT_F32, 1, ne, x, sizeof x);
    w.add_tensor("same", QT_F32, 1, ne, x, sizeof x);
    qlm_error err{};
    CHECK(parse_id(w.finish(), nullptr, false, gguf_limits(), &err) == MSG_GGUF_DUP_TENSOR);
    CHECK(strstr(err.text, "same") != nullptr);
}

TEST_CASE("gguf rejects overlapping tensors") {
    bytes b = small_file();
    put64(b, ti_offset_at(b, "tens.b", 2), 0); // on top of tens.a
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_TENSOR_OVERLAP);
    CHECK(strstr(err.text, "tens.a") != nullptr);
    CHECK(parse_id(b, nullptr, true) == MSG_GGUF_TENSOR_OVERLAP);
    // Tensors in reverse order of their offsets are fine when they do not overlap.
    bytes c = small_file();
    put64(c, ti_offset_at(c, "tens.a", 2), 64);
    put64(c, ti_offset_at(c, "tens.b", 2), 0);
    c.resize(c.size() + 32, 0);
    CHECK(parse_id(c) == MSG_NONE);
}

TEST_CASE("gguf rejects a truncated tensor info") {
    bytes b = small_file();
    b.resize(ti_offset_at(b, "tens.b", 2) + 3);
    qlm_error err{};
    CHECK(parse_id(b, nullptr, false, gguf_limits(), &err) == MSG_GGUF_TRUNCATED);
    CHECK(err.offset == b.size() - 3);
    CHECK(strstr(err.text, "tens.b") != nullptr);
}

// ---- a real model --------------------------------------------------------------------------

TEST_CASE("gguf parses the SmolLM2-135M Q4_1 model") {
    const char* path = "models/SmolLM2-135M-Instruct.Q4_1.gguf";
    FILE* fp = fopen(path, "rb");
    if (!fp) {
        MESSAGE("skipped: " << path << " not found (run `make model`)");
        return;
    }
    bytes b;
    uint8_t chunk[1 << 16];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) b.insert(b.end(), chunk, chunk + n);
    fclose(fp);
    gguf_file f;
    qlm_error err{};
    REQUIRE(gguf_parse(b.data(), b.size(), gguf_limits(), false, &f, &err) == QLM_OK);
    CHECK(f.version == 3);
    CHECK(f.tensors.size() == 272);
    uint32_t n_layer = 0;
    CHECK(gguf_get_u32(f, "llama.block_count", &n_layer));
    CHECK(n_layer == 30);
    gguf_str arch;
    CHECK(gguf_get_str(f, "general.architecture", &arch));
    CHECK(arch.str() == "llama");
    const gguf_kv* tokens = gguf_get_arr(f, "tokenizer.ggml.tokens", GGUF_STRING);
    REQUIRE(tokens != nullptr);
    CHECK(tokens->arr_n == 49152);
    CHECK(tokens->strs.size() == 49152);
    CHECK(gguf_value_text(*tokens) == "[array of 49152 string]");
    for (const gguf_tensor& t : f.tensors) {
        REQUIRE(t.data != nullptr);
        CHECK(t.data + t.size <= b.data() + b.size());
    }
    const gguf_tensor* emb = gguf_find_tensor(f, "token_embd.weight");
    REQUIRE(emb != nullptr);
    CHECK(emb->ne[1] == 49152);
    // Read, write again, read again: same keys and tensors.
    gguf_writer w;
    w.alignment = f.alignment;
    for (const gguf_kv& kv : f.kvs) {
        const std::string k = kv.key.str();
        if (kv.type == GGUF_ARRAY && kv.arr_type == GGUF_STRING) {
            std::vector<std::string> v;
            for (const gguf_str& s : kv.strs) v.push_back(s.str());
            w.set_arr_str(k.c_str(), v);
        } else if (kv.type == GGUF_ARRAY) {
            w.set_arr(k.c_str(), kv.arr_type, kv.data, kv.arr_n);
        } else if (kv.type == GGUF_STRING) {
            w.set_str(k.c_str(), gguf_value_text(kv));
        } else {
            gguf_put_key(w, k.c_str(), kv.type);
            gguf_put(w.kv_bytes, kv.data, (size_t)gguf_scalar_size(kv.type));
        }
    }
    for (const gguf_tensor& t : f.tensors)
        w.add_tensor(t.name.str().c_str(), t.type, (int)t.n_dims, t.ne, t.data, (size_t)t.size);
    const bytes b2 = w.finish();
    gguf_file f2;
    REQUIRE(parse_id(b2, &f2) == MSG_NONE);
    CHECK(f2.kvs.size() == f.kvs.size());
    REQUIRE(f2.tensors.size() == f.tensors.size());
    for (size_t i = 0; i < f.kvs.size(); i++) {
        CHECK(f2.kvs[i].key.str() == f.kvs[i].key.str());
        CHECK(gguf_value_text(f2.kvs[i]) == gguf_value_text(f.kvs[i]));
    }
    for (size_t i = 0; i < f.tensors.size(); i++) {
        CHECK(f2.tensors[i].name.str() == f.tensors[i].name.str());
        CHECK(f2.tensors[i].size == f.tensors[i].size);
        CHECK(memcmp(f2.tensors[i].data, f.tensors[i].data, (size_t)f.tensors[i].size) == 0);
    }
}

} // namespace test_gguf
