// Bad runtime input through the public API: each gives its result code and message id,
// never a crash; and the caller's allocator carries every large buffer and gets every
// block back.
#include "test_util.h"

namespace qlm_test {
// The default model, loaded once for the API suites (mapped, so the load is cheap apart
// from the vocabulary). NULL when the model file is absent.
inline const qlm_model* shared_model() {
    static qlm_model* m = [] {
        qlm_model* r = nullptr;
        return qlm_model_load_file(model_path(), nullptr, &r, nullptr) == QLM_OK ? r : nullptr;
    }();
    return m;
}
inline std::vector<qlm_token> tokens_of(const qlm_model* m, const char* text) {
    std::vector<qlm_token> t(strlen(text) + 2);
    size_t n = 0;
    if (qlm_tokenize(m, text, strlen(text), 1, 0, t.data(), t.size(), &n, nullptr) != QLM_OK) n = 0;
    t.resize(n);
    return t;
}
} // namespace qlm_test

namespace {
using namespace qlm_detail;

struct api_ctx {
    qlm_context* c = nullptr;
    qlm_sampler* s = nullptr;
    api_ctx(const qlm_model* m, uint32_t n_ctx) {
        qlm_context_params p = qlm_context_params_default();
        p.n_ctx = n_ctx;
        p.n_threads = 2;
        qlm_context_create(m, &p, &c, nullptr);
        qlm_sampler_params sp{}; // greedy
        qlm_sampler_create(&sp, &s, nullptr);
    }
    ~api_ctx() {
        qlm_sampler_free(s);
        qlm_context_free(c);
    }
};

#define NEED_API_MODEL()                                                           \
    const qlm_model* model = qlm_test::shared_model();                             \
    if (!model) {                                                                  \
        MESSAGE("skipped: " << qlm_test::model_path() << " missing (make model)"); \
        return;                                                                    \
    }

} // namespace

TEST_CASE("api errors: every result code has a name and a sentence") {
    const qlm_result all[] = {QLM_OK, QLM_ERR_INVALID_ARG, QLM_ERR_OUT_OF_MEMORY, QLM_ERR_IO,
                              QLM_ERR_BAD_FILE, QLM_ERR_UNSUPPORTED, QLM_ERR_BACKEND, QLM_ERR_CONTEXT_FULL,
                              QLM_ERR_CANCELLED, QLM_ERR_TOKENIZE, QLM_ERR_TEMPLATE};
    for (qlm_result r : all) {
        CAPTURE(r);
        CHECK(strcmp(qlm_result_str(r), "QLM_ERR_UNKNOWN") != 0);
        CHECK(strlen(qlm_error_string(r)) >= 7); // "success" and longer sentences
    }
    CHECK(strcmp(qlm_result_str((qlm_result)-1000), "QLM_ERR_UNKNOWN") == 0);
    CHECK(qlm_error_string((qlm_result)-1000) != nullptr);
}

TEST_CASE("api errors: a missing file and a half-set allocator are refused with their ids") {
    qlm_model* m = nullptr;
    qlm_error err{};
    CHECK(qlm_model_load_file("tests/data/no-such-file.gguf", nullptr, &m, &err) == QLM_ERR_IO);
    CHECK(err.msg_id == MSG_IO_OPEN);
    qlm_model_params p = qlm_model_params_default();
    p.allocator.alloc = qlm_test::counting_allocator::alloc; // free left NULL
    CHECK(qlm_model_load_file(qlm_test::tiny_model_path(), &p, &m, &err) == QLM_ERR_INVALID_ARG);
    CHECK(err.msg_id == MSG_INVALID_ARG);
    CHECK(m == nullptr);
}

TEST_CASE("api errors: invalid UTF-8 is QLM_ERR_TOKENIZE at the first bad byte") {
    NEED_API_MODEL();
    const char* bad[] = {"abc\xff", "\xc3", "ok \xe2\x82 no", "\xed\xa0\x80", "\xc0\x80"};
    qlm_token out[16];
    for (const char* s : bad) {
        CAPTURE(s);
        size_t n = 0;
        qlm_error err{};
        CHECK(qlm_tokenize(model, s, strlen(s), 1, 1, out, 16, &n, &err) == QLM_ERR_TOKENIZE);
        CHECK(err.msg_id == MSG_TOKENIZE_UTF8);
    }
}

TEST_CASE("api errors: an unknown chat template is QLM_ERR_TEMPLATE by name, by enum and by role") {
    qlm_chat_template t = QLM_CHAT_CHATML;
    CHECK(qlm_chat_template_parse("no-such-template", &t) == QLM_ERR_TEMPLATE);
    CHECK(qlm_chat_template_detect("{{ messages | tojson }}", &t) == QLM_ERR_TEMPLATE);
    qlm_chat_message msgs[1] = {{"user", "hi"}};
    char buf[64];
    size_t n = 0;
    qlm_error err{};
    CHECK(qlm_chat_apply(nullptr, (qlm_chat_template)99, msgs, 1, 1, buf, sizeof buf, &n, &err) == QLM_ERR_TEMPLATE);
    CHECK(err.msg_id == MSG_TEMPLATE_UNKNOWN);
    qlm_chat_message odd[1] = {{"narrator", "once upon a time"}};
    CHECK(qlm_chat_apply(nullptr, QLM_CHAT_CHATML, odd, 1, 1, buf, sizeof buf, &n, &err) == QLM_ERR_TEMPLATE);
    CHECK(err.msg_id == MSG_TEMPLATE_ROLE);
}

TEST_CASE("api errors: empty prompt, prompt longer than the context, n_predict 0 and huge") {
    NEED_API_MODEL();
    api_ctx a(model, 32);
    REQUIRE(a.c);
    qlm_error err{};
    qlm_generate_params gp = qlm_generate_params_default();
    qlm_generate_stats st{};

    CHECK(qlm_generate(a.c, a.s, nullptr, 0, &gp, &st, &err) == QLM_ERR_INVALID_ARG);
    CHECK(err.msg_id == MSG_CTX_EMPTY_PROMPT);

    std::vector<qlm_token> longp(40, 1);
    CHECK(qlm_generate(a.c, a.s, longp.data(), longp.size(), &gp, &st, &err) == QLM_ERR_CONTEXT_FULL);
    CHECK(err.msg_id == MSG_CTX_FULL);
    CHECK(qlm_context_n_past(a.c) == 0);
    CHECK(qlm_decode(a.c, longp.data(), longp.size(), &err) == QLM_ERR_CONTEXT_FULL);
    CHECK(qlm_context_n_past(a.c) == 0);

    const std::vector<qlm_token> prompt = qlm_test::tokens_of(model, "Once upon a time");
    REQUIRE(!prompt.empty());
    gp.n_predict = 0;
    CHECK(qlm_generate(a.c, a.s, prompt.data(), prompt.size(), &gp, &st, &err) == QLM_OK);
    CHECK(st.n_generated == 0);
    CHECK(qlm_context_n_past(a.c) == prompt.size());

    // n_predict far beyond the context, with end-of-generation tokens banned: generation
    // runs into the context's end and says so instead of writing past it.
    qlm_context_reset(a.c);
    qlm_logit_bias ban[2] = {{qlm_token_eos(model), -INFINITY}, {0, -INFINITY}};
    for (qlm_token t = 0; t < qlm_n_vocab(model); t++)
        if (qlm_token_is_eog(model, t) && t != ban[0].token) ban[1].token = t;
    qlm_sampler_params sp{};
    sp.logit_bias = ban;
    sp.n_logit_bias = 2;
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
    gp.n_predict = INT32_MAX;
    qlm_result r = qlm_generate(a.c, s, prompt.data(), prompt.size(), &gp, &st, &err);
    CHECK((r == QLM_OK || r == QLM_ERR_CONTEXT_FULL));
    if (r != QLM_OK) CHECK(err.msg_id == MSG_CTX_FULL);
    CHECK(qlm_context_n_past(a.c) == 32);
    CHECK(st.n_generated >= 32 - prompt.size());
    CHECK(st.n_generated <= 32 - prompt.size() + 1);
    qlm_sampler_free(s);
}

TEST_CASE("api errors: out of memory for the KV cache is QLM_ERR_OUT_OF_MEMORY and leaks nothing") {
    NEED_API_MODEL();
    qlm_test::counting_allocator ca;
    ca.fail_above = 8u << 20; // the scratch buffers fit; a 4096-token KV cache does not
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 4096;
    p.n_threads = 1;
    p.allocator = ca.get();
    qlm_context* c = nullptr;
    qlm_error err{};
    CHECK(qlm_context_create(model, &p, &c, &err) == QLM_ERR_OUT_OF_MEMORY);
    CHECK(err.msg_id == MSG_OOM);
    CHECK(c == nullptr);
    CHECK(ca.live_blocks == 0);
    // A context that fits in the same budget is created through the same allocator.
    p.n_ctx = 64;
    REQUIRE(qlm_context_create(model, &p, &c, &err) == QLM_OK);
    CHECK(ca.live_blocks > 0);
    qlm_context_free(c);
    CHECK(ca.live_blocks == 0);
}

TEST_CASE("api errors: the caller's allocator holds the model copy, KV cache and scratch, and gets all back") {
    NEED_API_MODEL();
    std::vector<uint8_t> file;
    REQUIRE(qlm_test::read_file(qlm_test::model_path(), &file));
    qlm_test::counting_allocator mal, cal;
    qlm_model_params mp = qlm_model_params_default();
    mp.no_mmap = 1;
    mp.allocator = mal.get();
    qlm_model* m = nullptr;
    qlm_error err{};
    REQUIRE(qlm_model_load_file(qlm_test::model_path(), &mp, &m, &err) == QLM_OK);
    CHECK(mal.largest == file.size()); // the file copy

    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 128;
    cp.n_threads = 2;
    cp.allocator = cal.get();
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &cp, &c, &err) == QLM_OK);
    const qlm_model_info info = qlm_model_get_info(m);
    const size_t kv_f16 = 2ull * info.n_layer * cp.n_ctx * (size_t)info.n_head_kv * (info.n_embd / info.n_head) * 2;
    CHECK(cal.live_bytes >= kv_f16 + (size_t)info.n_vocab * sizeof(float));
    const size_t after_create = cal.n_allocs;
    const std::vector<qlm_token> prompt = qlm_test::tokens_of(m, "Hello there");
    REQUIRE(qlm_decode(c, prompt.data(), prompt.size(), &err) == QLM_OK);
    CHECK(cal.n_allocs == after_create); // decoding allocates nothing through it
    qlm_context_free(c);
    CHECK(cal.live_blocks == 0);
    qlm_model_free(m);
    CHECK(mal.live_blocks == 0);
}

TEST_CASE("api errors: a model's log callback receives the error of a failed load") {
    std::string logged;
    qlm_model_params p = qlm_model_params_default();
    p.log = [](qlm_log_level lvl, const char* text, void* u) {
        if (lvl == QLM_LOG_ERROR) static_cast<std::string*>(u)->append(text);
    };
    p.log_user = &logged;
    qlm_model* m = nullptr;
    qlm_error err{};
    CHECK(qlm_model_load_file("tests/data/bad/wrong_magic.gguf", &p, &m, &err) == QLM_ERR_BAD_FILE);
    CHECK(logged.find("not a GGUF file") != std::string::npos);
}

TEST_CASE("api errors: a byte without a token of its own is dropped, as llama.cpp drops it") {
    // Found by fuzz/fuzz_tokenizer.cpp (tests/data/fuzz/tokenizer/dropped_byte_0x04.bin):
    // SmolLM2 has no token for byte 0x04. llama-cpp-python 0.3.36 tokenizes "a\x04b" as
    // [81, 82] and "\x04" as [] (2026-11-25).
    NEED_API_MODEL();
    qlm_token out[8];
    size_t n = 0;
    REQUIRE(qlm_tokenize(model, "a\x04" "b", 3, 0, 0, out, 8, &n, nullptr) == QLM_OK);
    CHECK(std::vector<qlm_token>(out, out + n) == std::vector<qlm_token>{81, 82});
    REQUIRE(qlm_tokenize(model, "\x04", 1, 0, 0, out, 8, &n, nullptr) == QLM_OK);
    CHECK(n == 0);
}

TEST_CASE("api errors: every input the fuzzers flagged is handled (tests/data/fuzz)") {
    NEED_API_MODEL();
    for (const char* dir : {"gguf", "tokenizer", "chat"}) {
        const std::string path = std::string("tests/data/fuzz/") + dir;
        if (!std::filesystem::exists(path)) continue; // nothing flagged yet
        for (const auto& e : std::filesystem::directory_iterator(path)) {
            std::vector<uint8_t> in;
            REQUIRE(qlm_test::read_file(e.path().string(), &in));
            CAPTURE(e.path().string());
            qlm_error err{};
            if (!strcmp(dir, "gguf")) {
                qlm_model* m = nullptr;
                qlm_result r = qlm_model_load_memory(in.data(), in.size(), nullptr, &m, &err);
                CHECK((r == QLM_OK) == (m != nullptr));
                qlm_model_free(m);
            } else if (!strcmp(dir, "tokenizer")) {
                std::vector<qlm_token> t(in.size() + 2);
                size_t n = 0;
                qlm_result r = qlm_tokenize(model, (const char*)in.data(), in.size(), 1, 1, t.data(), t.size(), &n, &err);
                CHECK((r == QLM_OK || r == QLM_ERR_TOKENIZE));
            } else {
                std::string s(in.begin(), in.end());
                qlm_chat_message msg = {"user", s.c_str()};
                char buf[16];
                size_t n = 0;
                for (int t = QLM_CHAT_CHATML; t <= QLM_CHAT_ZEPHYR; t++)
                    CHECK(qlm_chat_apply(nullptr, (qlm_chat_template)t, &msg, 1, 1, buf, sizeof buf, &n, &err) == QLM_OK);
            }
        }
    }
}
