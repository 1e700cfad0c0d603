// Hostile GGUF files (tests/data/bad, written by `make bad-files` from
// scripts/make_bad_files.cpp): each breaks one thing in an otherwise valid tiny model and
// must be rejected through the public loader with its own message id, without a crash and
// without an allocation larger than the file.
#include "test_util.h"

#include <filesystem>
#include <map>

namespace qlm_test {

// A qlm_allocator that counts: live blocks and bytes, the largest request, and an
// optional budget after which every allocation fails (to test out-of-memory paths).
struct counting_allocator {
    size_t live_blocks = 0, live_bytes = 0, largest = 0, n_allocs = 0;
    size_t fail_above = SIZE_MAX; // requests larger than this fail
    static void* alloc(size_t size, size_t align, void* user) {
        auto* c = static_cast<counting_allocator*>(user);
        if (size > c->fail_above) return nullptr;
        void* p = aligned_alloc(align, (size + align - 1) / align * align);
        if (!p) return nullptr;
        c->live_blocks++;
        c->live_bytes += size;
        c->n_allocs++;
        c->largest = std::max(c->largest, size);
        return p;
    }
    static void release(void* p, size_t size, void* user) {
        auto* c = static_cast<counting_allocator*>(user);
        c->live_blocks--;
        c->live_bytes -= size;
        free(p);
    }
    qlm_allocator get() { return qlm_allocator{alloc, release, this}; }
};

inline const char* tiny_model_path() { return "fuzz/corpus/gguf/tiny_model.gguf"; }

} // namespace qlm_test

namespace {
using namespace qlm_detail;

// File name (without .gguf) -> the message id it must be rejected with.
const std::map<std::string, uint32_t> kBadFiles = {
    // header
    {"empty", MSG_GGUF_TRUNCATED},
    {"truncated_magic", MSG_GGUF_TRUNCATED},
    {"truncated_header", MSG_GGUF_TRUNCATED},
    {"wrong_magic", MSG_GGUF_MAGIC},
    {"version_1", MSG_GGUF_VERSION},
    {"version_4", MSG_GGUF_VERSION},
    {"version_big_endian", MSG_GGUF_VERSION},
    {"huge_n_tensors", MSG_GGUF_COUNT},
    {"huge_n_kv", MSG_GGUF_COUNT},
    {"counts_exceed_file", MSG_GGUF_COUNT},
    // key/value pairs
    {"truncated_in_kv", MSG_GGUF_TRUNCATED},
    {"key_length_past_end", MSG_GGUF_STRING},
    {"key_length_huge", MSG_GGUF_STRING},
    {"empty_key", MSG_GGUF_STRING},
    {"string_value_past_end", MSG_GGUF_STRING},
    {"unknown_value_type", MSG_GGUF_VALUE_TYPE},
    {"unknown_array_type", MSG_GGUF_VALUE_TYPE},
    {"nested_array", MSG_GGUF_ARRAY},
    {"array_bytes_overflow", MSG_GGUF_ARRAY},
    {"string_array_past_end", MSG_GGUF_ARRAY},
    {"duplicate_key", MSG_GGUF_DUP_KEY},
    {"alignment_zero", MSG_GGUF_ALIGNMENT},
    {"alignment_not_power_of_two", MSG_GGUF_ALIGNMENT},
    // tensor infos and data
    {"truncated_in_tensor_info", MSG_GGUF_TRUNCATED},
    {"n_dims_zero", MSG_GGUF_DIMS},
    {"n_dims_five", MSG_GGUF_DIMS},
    {"dim_zero", MSG_GGUF_DIMS},
    {"dim_negative", MSG_GGUF_DIMS},
    {"elements_overflow", MSG_GGUF_DIMS},
    {"unknown_tensor_type", MSG_GGUF_TENSOR_TYPE},
    {"row_not_block_multiple", MSG_GGUF_ROW_BLOCK},
    {"misaligned_offset", MSG_GGUF_TENSOR_OFFSET},
    {"data_outside_file", MSG_GGUF_TENSOR_BOUNDS},
    {"offset_overflow", MSG_GGUF_TENSOR_BOUNDS},
    {"data_truncated", MSG_GGUF_TENSOR_BOUNDS},
    {"duplicate_tensor", MSG_GGUF_DUP_TENSOR},
    {"overlapping_tensors", MSG_GGUF_TENSOR_OVERLAP},
    // the model: metadata, tensors and tokenizer against each other
    {"no_architecture", MSG_MODEL_KEY},
    {"unknown_architecture", MSG_MODEL_ARCH},
    {"missing_block_count", MSG_MODEL_KEY},
    {"block_count_huge", MSG_MODEL_TENSOR_MISSING},
    {"zero_head_count", MSG_MODEL_KEY},
    {"head_count_kv_not_divisor", MSG_MODEL_HPARAMS},
    {"missing_tensor", MSG_MODEL_TENSOR_MISSING},
    {"missing_layer", MSG_MODEL_TENSOR_MISSING},
    {"shape_contradicts_embd", MSG_MODEL_TENSOR_SHAPE},
    {"shape_contradicts_vocab", MSG_MODEL_TENSOR_SHAPE},
    {"matrix_type_not_multipliable", MSG_MODEL_TENSOR_TYPE},
    {"no_tokenizer_tokens", MSG_VOCAB},
    {"unknown_tokenizer", MSG_VOCAB_UNSUPPORTED},
    {"scores_count_mismatch", MSG_VOCAB},
};

} // namespace

TEST_CASE("bad files: the directory holds exactly the listed hostile files, at least 30") {
    std::vector<std::string> found;
    for (const auto& e : std::filesystem::directory_iterator("tests/data/bad"))
        if (e.path().extension() == ".gguf") found.push_back(e.path().stem().string());
    std::sort(found.begin(), found.end());
    std::vector<std::string> listed;
    for (const auto& kv : kBadFiles) listed.push_back(kv.first);
    CHECK(found == listed);
    CHECK(listed.size() >= 30);
}

TEST_CASE("bad files: each is rejected with its own message id, mapped or copied, without a large allocation") {
    for (const auto& [name, want] : kBadFiles) {
        const std::string path = "tests/data/bad/" + name + ".gguf";
        CAPTURE(path);
        std::vector<uint8_t> bytes;
        REQUIRE(qlm_test::read_file(path, &bytes));
        for (int no_mmap = 0; no_mmap <= 1; no_mmap++) {
            CAPTURE(no_mmap);
            qlm_test::counting_allocator ca;
            qlm_model_params p = qlm_model_params_default();
            p.allocator = ca.get();
            p.no_mmap = no_mmap;
            qlm_model* m = reinterpret_cast<qlm_model*>(&ca); // must be reset to NULL
            qlm_error err{};
            qlm_result r = qlm_model_load_file(path.c_str(), &p, &m, &err);
            CHECK(m == nullptr);
            CHECK(err.msg_id == want);
            CHECK(r == msg_result(want));
            CHECK(err.code == r);
            CHECK(err.text[0] != 0);
            CHECK(ca.live_blocks == 0);
            CHECK(ca.largest <= std::max<size_t>(bytes.size(), 1));
        }
        // From memory, the same verdict.
        qlm_model* m = nullptr;
        qlm_error err{};
        CHECK(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &m, &err) == msg_result(want));
        CHECK(err.msg_id == want);
        CHECK(m == nullptr);
    }
}

TEST_CASE("bad files: the unbroken tiny model they derive from loads and decodes") {
    qlm_model* m = nullptr;
    qlm_error err{};
    REQUIRE_MESSAGE(qlm_model_load_file(qlm_test::tiny_model_path(), nullptr, &m, &err) == QLM_OK, err.text);
    CHECK(qlm_model_get_info(m).n_layer == 1);
    qlm_context_params cp = qlm_context_params_default();
    cp.n_threads = 1;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &cp, &c, &err) == QLM_OK);
    const qlm_token toks[3] = {0, 3, 5};
    CHECK(qlm_decode(c, toks, 3, &err) == QLM_OK);
    CHECK(qlm_get_logits(c) != nullptr);
    qlm_context_free(c);
    qlm_model_free(m);
}
