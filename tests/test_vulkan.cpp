// The Vulkan backend against the CPU backend: logits on tiny random-weight models (one per
// weight format the shaders decode) and on the default model. Skipped, with a message,
// where no Vulkan loader or device exists; CI runs them on Mesa's lavapipe (CPU Vulkan).
//
// Error bounds. Both backends read the same quantized weights, but the CPU quantizes every
// activation vector to 8 bits before a matrix product (Q8_0/Q8_1/Q8_K, as llama.cpp does)
// and the Vulkan shaders multiply F32 activations. So the bound is the CPU's own
// activation-rounding noise, measured on lavapipe 2026-11-25 (docs/VULKAN.md):
//   - float weights (F32, F16): the CPU keeps F32 activations too; only summation order and
//     F16 rounding of the KV cache differ: relative error below 1e-3 (measured 2e-4 for F16, 2e-7 for F32);
//   - quantized weights on the tiny models: kTinyRel of the logit range (measured at most
//     0.012 of it, Q4_K; the others 0.006-0.008);
//   - SmolLM2 (30 layers): the test_forward bounds against llama.cpp, whose batched and
//     single-token paths differ by as much: any logit within kLogitBound, the mean within
//     kMeanBound, and the argmax equal unless the CPU's top two are within kTieBound.
#include <doctest/doctest.h>

#include "test_util.h"

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>
#if !defined(_WIN32)
#include <dlfcn.h>
#endif

namespace {

// `make test-asan` lists the Vulkan loader and the lavapipe driver in QLM_TEST_KEEP_LOADED
// (':'-separated). Opened here with RTLD_NODELETE, they stay mapped after the loader's
// dlclose, so LeakSanitizer can still name their frames at exit and tests/lsan.supp can
// suppress leaks by the driver's module alone; quantlm's own leaks are still reported.
[[maybe_unused]] const int kKeptLoaded = [] {
    int n = 0;
#if !defined(_WIN32)
    const char* env = getenv("QLM_TEST_KEEP_LOADED");
    std::string libs = env ? env : "";
    for (size_t a = 0; a < libs.size();) {
        size_t b = libs.find(':', a);
        if (b == std::string::npos) b = libs.size();
        std::string lib = libs.substr(a, b - a);
        if (!lib.empty() && dlopen(lib.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)) n++;
        a = b + 1;
    }
#endif
    return n;
}();

const float kTinyRelFloat = 1e-3f;
const float kTinyRel = 0.02f;
const float kVkLogitBound = 1.5f;
const float kVkMeanBound = 0.35f;
const float kVkTieBound = 0.75f;
// The prompt of scripts/vulkan_chat_check.sh (build/chat -p TEXT -n 32 --temp 0).
const char* const kChatPrompt = "Tell me about the history of Paris.";

// A 2-layer llama with random weights: n_embd 256, 8 heads of 32 (2 KV heads, so grouped
// attention is exercised), n_ff 512 (rows of 256 and 512 suit every block size), 300
// tokens. Matrices are stored as `type`, norms as F32, embeddings as Q8_0.
std::vector<uint8_t> tiny_model(uint32_t type, uint32_t seed) {
    using namespace qlm_detail;
    const int64_t E = 256, FF = 512, V = 300, H = 8, HKV = 2, HD = 32;
    std::mt19937 rng(seed);
    std::normal_distribution<float> nd(0.0f, 1.0f);
    gguf_writer w;
    w.set_str("general.architecture", "llama");
    w.set_u32("llama.context_length", 128);
    w.set_u32("llama.embedding_length", (uint32_t)E);
    w.set_u32("llama.block_count", 2);
    w.set_u32("llama.feed_forward_length", (uint32_t)FF);
    w.set_u32("llama.attention.head_count", (uint32_t)H);
    w.set_u32("llama.attention.head_count_kv", (uint32_t)HKV);
    w.set_f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    w.set_str("tokenizer.ggml.model", "llama");
    std::vector<std::string> toks = {"<unk>", "<s>", "</s>"};
    for (int i = 3; i < V; i++) toks.push_back("t" + std::to_string(i));
    w.set_arr_str("tokenizer.ggml.tokens", toks);
    auto add = [&](const std::string& name, uint32_t t, int64_t ne0, int64_t ne1, float scale) {
        std::vector<float> f((size_t)(ne0 * ne1));
        for (float& x : f) x = nd(rng) * scale;
        std::vector<uint8_t> q(row_bytes(t, ne0) * (size_t)ne1);
        for (int64_t r = 0; r < ne1; r++)
            type_info(t)->quantize_ref(f.data() + r * ne0, q.data() + (size_t)r * row_bytes(t, ne0), ne0);
        const int64_t ne[2] = {ne0, ne1};
        w.add_tensor(name.c_str(), t, ne1 > 1 ? 2 : 1, ne, q.data(), q.size());
    };
    auto norm = [&](const std::string& name) {
        std::vector<float> f((size_t)E);
        for (float& x : f) x = 1.0f + 0.1f * nd(rng);
        const int64_t ne[1] = {E};
        w.add_tensor(name.c_str(), QT_F32, 1, ne, f.data(), f.size() * 4);
    };
    add("token_embd.weight", QT_Q8_0, E, V, 1.0f);
    norm("output_norm.weight");
    add("output.weight", type, E, V, 1.0f / 16);
    for (int l = 0; l < 2; l++) {
        std::string p = "blk." + std::to_string(l) + ".";
        norm(p + "attn_norm.weight");
        norm(p + "ffn_norm.weight");
        add(p + "attn_q.weight", type, E, H * HD, 1.0f / 16);
        add(p + "attn_k.weight", type, E, HKV * HD, 1.0f / 16);
        add(p + "attn_v.weight", type, E, HKV * HD, 1.0f / 16);
        add(p + "attn_output.weight", type, H * HD, E, 1.0f / 16);
        add(p + "ffn_gate.weight", type, E, FF, 1.0f / 16);
        add(p + "ffn_up.weight", type, E, FF, 1.0f / 16);
        add(p + "ffn_down.weight", type, FF, E, 1.0f / 22);
    }
    return w.finish();
}

struct vk_pair { // the same model on a CPU and a Vulkan context
    qlm_context* cpu = nullptr;
    qlm_context* vk = nullptr;
    vk_pair(const qlm_model* m, uint32_t n_ctx) {
        qlm_context_params p = qlm_context_params_default();
        p.n_ctx = n_ctx;
        p.n_threads = 1;
        REQUIRE(qlm_context_create(m, &p, &cpu, nullptr) == QLM_OK);
        p.backend = QLM_BACKEND_VULKAN;
        REQUIRE(qlm_context_create(m, &p, &vk, nullptr) == QLM_OK);
    }
    ~vk_pair() {
        qlm_context_free(vk);
        qlm_context_free(cpu);
    }
    bool on_vulkan() const { return std::string(qlm_context_backend(vk)) == "vulkan"; }
};

} // namespace

TEST_SUITE("vulkan") {

TEST_CASE("vulkan logits match the CPU on tiny random models of every supported weight format") {
    using namespace qlm_detail;
    const uint32_t types[] = {QT_F32, QT_F16, QT_Q4_0, QT_Q4_1, QT_Q5_0, QT_Q5_1, QT_Q8_0, QT_Q4_K, QT_Q6_K};
    const qlm_token toks[] = {1, 17, 250, 3, 99, 42};
    for (uint32_t t : types) {
        CAPTURE(type_info(t)->name);
        std::vector<uint8_t> file = tiny_model(t, 7 + t);
        qlm_model* m = nullptr;
        REQUIRE(qlm_model_load_memory(file.data(), file.size(), nullptr, &m, nullptr) == QLM_OK);
        {
            vk_pair pr(m, 64);
            if (!pr.on_vulkan()) {
                qlm_model_free(m);
                MESSAGE("skipped: no Vulkan device (scripts/setup.sh vulkan installs lavapipe)");
                return;
            }
            const float bound = t == QT_F32 || t == QT_F16 ? kTinyRelFloat : kTinyRel;
            for (qlm_token tok : toks) {
                REQUIRE(qlm_decode(pr.cpu, &tok, 1, nullptr) == QLM_OK);
                REQUIRE(qlm_decode(pr.vk, &tok, 1, nullptr) == QLM_OK);
                const float *a = qlm_get_logits(pr.cpu), *b = qlm_get_logits(pr.vk);
                float lo = a[0], hi = a[0], diff = 0.0f;
                int bad = 0;
                for (int i = 0; i < 300; i++) {
                    bad += !std::isfinite(b[i]);
                    lo = std::min(lo, a[i]);
                    hi = std::max(hi, a[i]);
                    diff = std::max(diff, std::fabs(a[i] - b[i]));
                }
                CHECK(bad == 0);
                CHECK(diff <= bound * (hi - lo));
            }
        }
        qlm_model_free(m);
    }
}

TEST_CASE("vulkan logits on SmolLM2 stay within the CPU-vs-llama.cpp bounds, argmax equal outside ties") {
    qlm_model* m = nullptr;
    if (qlm_model_load_file(qlm_test::model_path(), nullptr, &m, nullptr) != QLM_OK) {
        MESSAGE("skipped: " << qlm_test::model_path() << " is missing (make model)");
        return;
    }
    {
        vk_pair pr(m, 64);
        if (!pr.on_vulkan()) {
            qlm_model_free(m);
            MESSAGE("skipped: no Vulkan device (scripts/setup.sh vulkan installs lavapipe)");
            return;
        }
        // 5 tokens keep lavapipe's share of the suite to seconds.
        const char* text = "The capital of France is";
        qlm_token toks[16];
        size_t n = 0;
        REQUIRE(qlm_tokenize(m, text, strlen(text), 1, 0, toks, 16, &n, nullptr) == QLM_OK);
        const int32_t nv = qlm_n_vocab(m);
        for (size_t k = 0; k < n; k++) {
            const qlm_token tok = toks[k];
            REQUIRE(qlm_decode(pr.cpu, &tok, 1, nullptr) == QLM_OK);
            REQUIRE(qlm_decode(pr.vk, &tok, 1, nullptr) == QLM_OK);
            const float *a = qlm_get_logits(pr.cpu), *b = qlm_get_logits(pr.vk);
            double mean = 0.0;
            float mx = 0.0f;
            int32_t ia = 0, ib = 0, second = -1, bad = 0;
            for (int32_t i = 0; i < nv; i++) {
                bad += !std::isfinite(b[i]);
                float d = std::fabs(a[i] - b[i]);
                mx = std::max(mx, d);
                mean += d;
                if (a[i] > a[ia]) ia = i;
                if (b[i] > b[ib]) ib = i;
            }
            for (int32_t i = 0; i < nv; i++)
                if (i != ia && (second < 0 || a[i] > a[second])) second = i;
            CHECK(bad == 0);
            CHECK(mx < kVkLogitBound);
            CHECK(mean / nv < kVkMeanBound);
            if (a[ia] - a[second] >= kVkTieBound) CHECK(ia == ib);
        }
    }
    qlm_model_free(m);
}

TEST_CASE("a vulkan context shifts its full context like the CPU one") {
    using namespace qlm_detail;
    std::vector<uint8_t> file = tiny_model(QT_F32, 3);
    qlm_model* m = nullptr;
    REQUIRE(qlm_model_load_memory(file.data(), file.size(), nullptr, &m, nullptr) == QLM_OK);
    {
        qlm_context_params p = qlm_context_params_default();
        p.n_ctx = 16;
        p.n_threads = 1;
        p.ctx_full = QLM_CTX_FULL_SHIFT;
        p.n_keep = 2;
        qlm_context *cpu = nullptr, *vk = nullptr;
        REQUIRE(qlm_context_create(m, &p, &cpu, nullptr) == QLM_OK);
        p.backend = QLM_BACKEND_VULKAN;
        REQUIRE(qlm_context_create(m, &p, &vk, nullptr) == QLM_OK);
        if (std::string(qlm_context_backend(vk)) == "vulkan") {
            for (int i = 0; i < 24; i++) { // 24 tokens through 16 positions: one shift
                qlm_token tok = (qlm_token)(3 + (i * 37) % 290);
                REQUIRE(qlm_decode(cpu, &tok, 1, nullptr) == QLM_OK);
                REQUIRE(qlm_decode(vk, &tok, 1, nullptr) == QLM_OK);
            }
            CHECK(qlm_context_n_past(vk) == qlm_context_n_past(cpu));
            const float *a = qlm_get_logits(cpu), *b = qlm_get_logits(vk);
            float lo = a[0], hi = a[0], diff = 0.0f;
            for (int i = 0; i < 300; i++) {
                lo = std::min(lo, a[i]);
                hi = std::max(hi, a[i]);
                diff = std::max(diff, std::fabs(a[i] - b[i]));
            }
            CHECK(diff <= kTinyRelFloat * (hi - lo));
        } else {
            MESSAGE("skipped: no Vulkan device (scripts/setup.sh vulkan installs lavapipe)");
        }
        qlm_context_free(vk);
        qlm_context_free(cpu);
    }
    qlm_model_free(m);
}

TEST_CASE("a vulkan context saved and restored continues with the same logits") {
    using namespace qlm_detail;
    std::vector<uint8_t> file = tiny_model(QT_F32, 5);
    qlm_model* m = nullptr;
    REQUIRE(qlm_model_load_memory(file.data(), file.size(), nullptr, &m, nullptr) == QLM_OK);
    {
        qlm_context_params p = qlm_context_params_default();
        p.n_ctx = 32;
        p.n_threads = 1;
        p.backend = QLM_BACKEND_VULKAN;
        qlm_context *a = nullptr, *b = nullptr;
        REQUIRE(qlm_context_create(m, &p, &a, nullptr) == QLM_OK);
        REQUIRE(qlm_context_create(m, &p, &b, nullptr) == QLM_OK);
        if (std::string(qlm_context_backend(a)) == "vulkan") {
            const qlm_token prompt[5] = {3, 40, 77, 120, 9}, next = 51;
            REQUIRE(qlm_decode(a, prompt, 5, nullptr) == QLM_OK);
            const char* path = "build/vulkan_state.bin";
            qlm_error err{};
            REQUIRE_MESSAGE(qlm_context_save(a, path, &err) == QLM_OK, err.text);
            REQUIRE_MESSAGE(qlm_context_load(b, path, &err) == QLM_OK, err.text);
            // The restored device cache must hold the saved keys and values: the next
            // token sees exactly the same history on both contexts.
            REQUIRE(qlm_decode(a, &next, 1, nullptr) == QLM_OK);
            REQUIRE(qlm_decode(b, &next, 1, nullptr) == QLM_OK);
            const float *x = qlm_get_logits(a), *y = qlm_get_logits(b);
            CHECK(std::vector<float>(x, x + 300) == std::vector<float>(y, y + 300));
            remove(path);
        } else {
            MESSAGE("skipped: no Vulkan device (scripts/setup.sh vulkan installs lavapipe)");
        }
        qlm_context_free(b);
        qlm_context_free(a);
    }
    qlm_model_free(m);
}

TEST_CASE("a vulkan context falls back to the CPU when its KV cache type has no shader") {
    using namespace qlm_detail;
    std::vector<uint8_t> file = tiny_model(QT_F32, 5);
    qlm_model* m = nullptr;
    REQUIRE(qlm_model_load_memory(file.data(), file.size(), nullptr, &m, nullptr) == QLM_OK);
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 16;
    p.backend = QLM_BACKEND_VULKAN;
    p.kv_type_k = QLM_KV_INT8;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
    CHECK(std::string(qlm_context_backend(c)) == "cpu");
    qlm_token tok = 5;
    CHECK(qlm_decode(c, &tok, 1, nullptr) == QLM_OK);
    qlm_context_free(c);
    qlm_model_free(m);
}

// The acceptance check, in-process: the same chat-templated prompt as build/chat,
// greedy on both backends. Where the picks differ, the CPU's top two must be within
// kVkTieBound (a tie at the noise level of activation rounding); both then go on with the
// CPU's pick (teacher forcing), so all 32 steps are compared although the texts part.
// About 50 forward passes: minutes on lavapipe, so it runs in `make test-vulkan` only.
TEST_CASE("vulkan greedy chat text equals the CPU's for 32 tokens, parting only at a tie" * doctest::skip()) {
    qlm_model* m = nullptr;
    if (qlm_model_load_file(qlm_test::model_path(), nullptr, &m, nullptr) != QLM_OK) {
        MESSAGE("skipped: " << qlm_test::model_path() << " is missing (make model)");
        return;
    }
    {
        vk_pair pr(m, 256);
        if (!pr.on_vulkan()) {
            qlm_model_free(m);
            MESSAGE("skipped: no Vulkan device (scripts/setup.sh vulkan installs lavapipe)");
            return;
        }
        const qlm_chat_message msg = {"user", kChatPrompt};
        char text[512];
        size_t len = 0;
        REQUIRE(qlm_chat_apply(m, QLM_CHAT_AUTO, &msg, 1, 1, text, sizeof text, &len, nullptr) == QLM_OK);
        qlm_token toks[128];
        size_t n = 0;
        REQUIRE(qlm_tokenize(m, text, len, 1, 1, toks, 128, &n, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(pr.cpu, toks, n, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(pr.vk, toks, n, nullptr) == QLM_OK);
        const int32_t nv = qlm_n_vocab(m);
        std::string out;
        int ties = 0;
        for (int step = 0; step < 32; step++) {
            const float *a = qlm_get_logits(pr.cpu), *b = qlm_get_logits(pr.vk);
            int32_t ia = 0, ib = 0, second = ia == 0 ? 1 : 0;
            for (int32_t i = 1; i < nv; i++) {
                if (a[i] > a[ia]) ia = i;
                if (b[i] > b[ib]) ib = i;
            }
            for (int32_t i = 0; i < nv; i++)
                if (i != ia && a[i] > a[second]) second = i;
            if (ia != ib) {
                MESSAGE("step " << step << " after \"" << out << "\": the picks differ, CPU top-two margin "
                                << a[ia] - a[second]);
                CHECK(a[ia] - a[second] < kVkTieBound);
                ties++;
            }
            if (qlm_token_is_eog(m, ia)) break;
            char piece[64];
            int32_t k = qlm_token_to_bytes(m, ia, 0, piece, sizeof piece);
            if (k > 0) out.append(piece, (size_t)std::min<int32_t>(k, (int32_t)sizeof piece));
            REQUIRE(qlm_decode(pr.cpu, &ia, 1, nullptr) == QLM_OK);
            REQUIRE(qlm_decode(pr.vk, &ia, 1, nullptr) == QLM_OK);
        }
        MESSAGE("CPU greedy text: \"" << out << "\"; " << ties << " ties");
    }
    qlm_model_free(m);
}

} // TEST_SUITE
