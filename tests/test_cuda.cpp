// The CUDA backend (src/cuda.h + quantlm_cuda.cu, built by `make cuda`).
//
// Without a GPU (the usual CI machine) these still test, for real: the fallback to the
// CPU with its logged reason when the library is missing, when it finds no device, when
// the model has a weight type without a kernel and when the KV cache is quantized; the
// library's ABI handshake; and the GEMV kernels' block decoders, which are compiled for
// the host too (qlm_cuda_api.host_row_dot), against src/quant.h's to_float.
// With a GPU (`make test-cuda`), the CUDA logits are compared with the CPU's: on tiny
// random-weight models of every format with a kernel, on SmolLM2, with logits_all, across
// attention splits, through a context shift and a save/restore. The bounds are the
// Vulkan backend's (tests/test_vulkan.cpp explains them): both backends multiply F32
// activations where the CPU quantizes them to 8 bits.
// The library is found next to the test binary (build/libquantlm_cuda.so) or at
// $QLM_CUDA_LIB; where it is missing the cases that need it are skipped with a message.
#include <doctest/doctest.h>

#include "test_util.h"

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

const float kCudaRelFloat = 1e-3f;
const float kCudaRel = 0.02f;
const float kCudaLogitBound = 1.5f;
const float kCudaMeanBound = 0.35f;
const float kCudaTieBound = 0.75f;
const std::string kNoLib = "skipped: build/libquantlm_cuda.so is missing (make cuda)";
const std::string kNoGpu = "skipped: no CUDA device (make test-cuda on a machine with an NVIDIA GPU)";

struct log_capture {
    std::string text;
    static void fn(qlm_log_level, const char* t, void* u) {
        static_cast<log_capture*>(u)->text += t;
        static_cast<log_capture*>(u)->text += "\n";
    }
    bool has(const char* s) const { return text.find(s) != std::string::npos; }
};

// Sets an environment variable for one scope.
struct env_scope {
    std::string name, old;
    bool had = false;
    env_scope(const char* n, const char* value) : name(n) {
        if (const char* o = getenv(n)) {
            old = o;
            had = true;
        }
        setenv(n, value, 1);
    }
    ~env_scope() {
        if (had) setenv(name.c_str(), old.c_str(), 1);
        else unsetenv(name.c_str());
    }
};

qlm_context* cuda_context(const qlm_model* m, uint32_t n_ctx, log_capture* log = nullptr, int logits_all = 0) {
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = n_ctx;
    p.n_threads = 1;
    p.backend = QLM_BACKEND_CUDA;
    p.logits_all = logits_all;
    if (log) {
        p.log = log_capture::fn;
        p.log_user = log;
    }
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
    return c;
}
qlm_context* cpu_context(const qlm_model* m, uint32_t n_ctx, int logits_all = 0) {
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = n_ctx;
    p.n_threads = 1;
    p.logits_all = logits_all;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
    return c;
}
bool on_cuda(const qlm_context* c) { return std::string(qlm_context_backend(c)) == "cuda"; }

// max |a - b| over the logit range of a; bad counts non-finite values of b.
float rel_diff(const float* a, const float* b, int n, int* bad) {
    float lo = a[0], hi = a[0], diff = 0.0f;
    for (int i = 0; i < n; i++) {
        *bad += !std::isfinite(b[i]);
        lo = std::min(lo, a[i]);
        hi = std::max(hi, a[i]);
        diff = std::max(diff, std::fabs(a[i] - b[i]));
    }
    return diff / (hi - lo);
}

// The model borrows the bytes: `file` must outlive it (hence no temporaries).
qlm_model* load_memory(const std::vector<uint8_t>& file) {
    qlm_model* m = nullptr;
    REQUIRE(qlm_model_load_memory(file.data(), file.size(), nullptr, &m, nullptr) == QLM_OK);
    return m;
}
qlm_model* load_memory(std::vector<uint8_t>&&) = delete;

#if defined(QLM_HAS_CUDA)
// The library as the backend opens it, or null (and why) when it cannot be loaded.
bool open_lib(qlm_detail::cuda_lib& L, std::string* why) {
    qlm_error e{};
    if (qlm_detail::cuda_lib_open(L, nullptr, &e) == QLM_OK) return true;
    *why = e.text;
    return false;
}
bool have_gpu() {
    qlm_detail::cuda_lib L;
    std::string why;
    char text[256];
    return open_lib(L, &why) && L.api->probe(text, sizeof text) > 0;
}
#endif

} // namespace

TEST_SUITE("cuda") {

TEST_CASE("cuda: without the library the context stays on the CPU, works, and the log says why") {
    using namespace qlm_detail;
    env_scope env("QLM_CUDA_LIB", "build/no-such-dir/libquantlm_cuda.so");
    const std::vector<uint8_t> file = tiny_model(QT_Q4_0, 11);
    qlm_model* m = load_memory(file);
    log_capture log;
    qlm_context* c = cuda_context(m, 32, &log);
    qlm_context* ref = cpu_context(m, 32);
    CHECK(std::string(qlm_context_backend(c)) == "cpu");
#if defined(QLM_HAS_CUDA)
    CHECK(log.has("cuda backend unavailable"));
    CHECK(log.has("cannot load libquantlm_cuda.so"));
    CHECK(log.has("no-such-dir"));
#else
    CHECK(log.has("backend cuda is not available in this build"));
#endif
    CHECK(log.has("using the CPU"));
    const qlm_token toks[3] = {1, 40, 77};
    REQUIRE(qlm_decode(c, toks, 3, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(ref, toks, 3, nullptr) == QLM_OK);
    CHECK(std::vector<float>(qlm_get_logits(c), qlm_get_logits(c) + 300) ==
          std::vector<float>(qlm_get_logits(ref), qlm_get_logits(ref) + 300));
    qlm_context_free(ref);
    qlm_context_free(c);
    qlm_model_free(m);
}

TEST_CASE("cuda: a quantized KV cache keeps the context on the CPU") {
    using namespace qlm_detail;
    const std::vector<uint8_t> file = tiny_model(QT_F32, 5);
    qlm_model* m = load_memory(file);
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 16;
    p.backend = QLM_BACKEND_CUDA;
    p.kv_type_k = QLM_KV_INT8;
    log_capture log;
    p.log = log_capture::fn;
    p.log_user = &log;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
    CHECK(std::string(qlm_context_backend(c)) == "cpu");
#if defined(QLM_HAS_CUDA)
    CHECK(log.has("only the F16 KV cache"));
#endif
    qlm_token tok = 5;
    CHECK(qlm_decode(c, &tok, 1, nullptr) == QLM_OK);
    qlm_context_free(c);
    qlm_model_free(m);
}

#if defined(QLM_HAS_CUDA)
TEST_CASE("cuda: the library speaks this header's ABI; its block decoders match src/quant.h") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib << " (" << why << ")");
        return;
    }
    REQUIRE(L.api->abi_version == cu::ABI_VERSION);
    REQUIRE(L.api->api_size == sizeof(cu::api));
    REQUIRE((L.api->host_row_dot != nullptr) == true); // (doctest cannot print function pointers)
    // Every format the GEMV kernels decode: a quantized row of random weights against random
    // activations, by the kernels' decoders (run on the host) and by to_float + a double dot.
    const uint32_t types[] = {QT_F32,  QT_F16,  QT_BF16, QT_Q4_0, QT_Q4_1, QT_Q5_0, QT_Q5_1,
                              QT_Q8_0, QT_Q2_K, QT_Q3_K, QT_Q4_K, QT_Q5_K, QT_Q6_K};
    std::mt19937 rng(42);
    std::normal_distribution<float> nd(0.0f, 1.0f);
    const int64_t n = 1024;
    for (uint32_t t : types) {
        CAPTURE(type_info(t)->name);
        for (int trial = 0; trial < 4; trial++) {
            std::vector<float> w((size_t)n), x((size_t)n), back((size_t)n);
            for (float& v : w) v = nd(rng) * (trial == 3 ? 30.0f : 1.0f) + (trial == 2 ? 0.5f : 0.0f);
            for (float& v : x) v = nd(rng);
            std::vector<uint8_t> row(row_bytes(t, n));
            type_info(t)->quantize_ref(w.data(), row.data(), n);
            type_info(t)->to_float(row.data(), back.data(), n);
            double ref = 0.0, mag = 0.0;
            for (int64_t i = 0; i < n; i++) {
                ref += (double)back[(size_t)i] * x[(size_t)i];
                mag += std::fabs((double)back[(size_t)i] * x[(size_t)i]);
            }
            float got = 0.0f;
            REQUIRE(L.api->host_row_dot(t, row.data(), n, x.data(), &got) == 0);
            CHECK(std::fabs(got - ref) <= 1e-4 * mag + 1e-6); // one wrong weight would be ~1e-3 of mag
        }
    }
    float dummy = 0.0f;
    std::vector<uint8_t> tq(row_bytes(QT_TQ2_0, 256));
    std::vector<float> x(256, 1.0f);
    CHECK(L.api->host_row_dot(QT_TQ2_0, tq.data(), 256, x.data(), &dummy) != 0); // no kernel: refused
}

TEST_CASE("cuda: weights without a kernel keep the context on the CPU, found without a GPU") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_TQ2_0, 9);
    qlm_model* m = load_memory(file);
    log_capture log;
    qlm_context* c = cuda_context(m, 16, &log);
    CHECK(std::string(qlm_context_backend(c)) == "cpu");
    CHECK(log.has("cuda: no kernel for the weight type (ggml id 35) of output.weight"));
    qlm_context_free(c);
    qlm_model_free(m);
}

TEST_CASE("cuda: without a GPU the context falls back with the driver's reason") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib);
        return;
    }
    char text[256] = {0};
    if (L.api->probe(text, sizeof text) > 0) {
        MESSAGE("skipped: a GPU is present (" << text << "); the GPU cases run instead");
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q4_K, 3);
    qlm_model* m = load_memory(file);
    log_capture log;
    qlm_context* c = cuda_context(m, 16, &log);
    CHECK(std::string(qlm_context_backend(c)) == "cpu");
    CHECK(log.has("cuda backend unavailable (cuda: no usable CUDA device ("));
    CHECK(log.has(text)); // the CUDA runtime's own words (no driver, no device)
    MESSAGE("fallback logged: " << log.text);
    qlm_context_free(c);
    qlm_model_free(m);
}

// ---- on a GPU ----------------------------------------------------------------------------

TEST_CASE("cuda logits match the CPU on tiny random models of every weight format with a kernel") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    // {weights, ffn_up}: the same type runs the fused gate/up/SwiGLU kernel, a different
    // one the separate GEMVs and the SwiGLU kernel.
    const uint32_t types[][2] = {{QT_F32, QT_F32},   {QT_F16, QT_F16},   {QT_BF16, QT_BF16}, {QT_Q4_0, QT_Q4_0},
                                 {QT_Q4_1, QT_Q4_1}, {QT_Q5_0, QT_Q5_0}, {QT_Q5_1, QT_Q5_1}, {QT_Q8_0, QT_Q8_0},
                                 {QT_Q2_K, QT_Q2_K}, {QT_Q3_K, QT_Q3_K}, {QT_Q4_K, QT_Q4_K}, {QT_Q5_K, QT_Q5_K},
                                 {QT_Q6_K, QT_Q6_K}, {QT_Q4_K, QT_Q6_K}};
    const qlm_token toks[] = {1, 17, 250, 3, 99, 42};
    for (const auto& t : types) {
        CAPTURE(type_info(t[0])->name);
        CAPTURE(type_info(t[1])->name);
        const std::vector<uint8_t> file = tiny_model(t[0], 7 + t[0], t[1]);
        qlm_model* m = load_memory(file);
        log_capture log;
        qlm_context* cu = cuda_context(m, 64, &log);
        qlm_context* cpu = cpu_context(m, 64);
        REQUIRE_MESSAGE(on_cuda(cu), log.text);
        const bool is_float = t[0] == QT_F32 || t[0] == QT_F16 || t[0] == QT_BF16;
        for (qlm_token tok : toks) {
            REQUIRE(qlm_decode(cpu, &tok, 1, nullptr) == QLM_OK);
            REQUIRE(qlm_decode(cu, &tok, 1, nullptr) == QLM_OK);
            int bad = 0;
            CHECK(rel_diff(qlm_get_logits(cpu), qlm_get_logits(cu), 300, &bad) <= (is_float ? kCudaRelFloat : kCudaRel));
            CHECK(bad == 0);
        }
        qlm_context_free(cpu);
        qlm_context_free(cu);
        qlm_model_free(m);
    }
}

TEST_CASE("cuda logits on SmolLM2 stay within the CPU-vs-llama.cpp bounds, argmax equal outside ties") {
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    qlm_model* m = nullptr;
    if (qlm_model_load_file(qlm_test::model_path(), nullptr, &m, nullptr) != QLM_OK) {
        MESSAGE("skipped: " << qlm_test::model_path() << " is missing (make model)");
        return;
    }
    qlm_context* cu = cuda_context(m, 256);
    qlm_context* cpu = cpu_context(m, 256);
    REQUIRE(on_cuda(cu));
    const char* text = "The capital of France is Paris, and the capital of Italy is";
    qlm_token toks[64];
    size_t n = 0;
    REQUIRE(qlm_tokenize(m, text, strlen(text), 1, 0, toks, 64, &n, nullptr) == QLM_OK);
    const int32_t nv = qlm_n_vocab(m);
    for (size_t k = 0; k < n; k++) {
        REQUIRE(qlm_decode(cpu, &toks[k], 1, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(cu, &toks[k], 1, nullptr) == QLM_OK);
        const float *a = qlm_get_logits(cpu), *b = qlm_get_logits(cu);
        double mean = 0.0;
        float mx = 0.0f;
        int32_t ia = 0, ib = 0, second = -1, bad = 0;
        for (int32_t i = 0; i < nv; i++) {
            bad += !std::isfinite(b[i]);
            const float d = std::fabs(a[i] - b[i]);
            mx = std::max(mx, d);
            mean += d;
            if (a[i] > a[ia]) ia = i;
            if (b[i] > b[ib]) ib = i;
        }
        for (int32_t i = 0; i < nv; i++)
            if (i != ia && (second < 0 || a[i] > a[second])) second = i;
        CHECK(bad == 0);
        CHECK(mx < kCudaLogitBound);
        CHECK(mean / nv < kCudaMeanBound);
        if (a[ia] - a[second] >= kCudaTieBound) CHECK(ia == ib);
    }
    qlm_context_free(cpu);
    qlm_context_free(cu);
    qlm_model_free(m);
}

TEST_CASE("cuda prefill with logits_all gives every token's logits, across attention splits") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    // 600 positions: attention runs in splits of 256, so the last tokens combine three.
    const std::vector<uint8_t> file = tiny_model(QT_Q8_0, 21);
    qlm_model* m = load_memory(file);
    qlm_context* cu = cuda_context(m, 600, nullptr, 1);
    qlm_context* cpu = cpu_context(m, 600, 1);
    REQUIRE(on_cuda(cu));
    std::vector<qlm_token> toks(560);
    for (size_t i = 0; i < toks.size(); i++) toks[i] = (qlm_token)(3 + (i * 37) % 290);
    for (size_t at = 0; at < toks.size(); at += 56) { // logits_all: at most n_batch (64) per call
        REQUIRE(qlm_decode(cpu, toks.data() + at, 56, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(cu, toks.data() + at, 56, nullptr) == QLM_OK);
        for (int32_t t = 0; t < 56; t += 11) {
            CAPTURE(at + (size_t)t);
            int bad = 0;
            CHECK(rel_diff(qlm_get_logits_ith(cpu, t), qlm_get_logits_ith(cu, t), 300, &bad) <= kCudaRel);
            CHECK(bad == 0);
        }
    }
    qlm_context_free(cpu);
    qlm_context_free(cu);
    qlm_model_free(m);
}

TEST_CASE("cuda: the CUDA graph and kernels launched one by one give the same logits") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q4_1, 13);
    qlm_model* m = load_memory(file);
    qlm_context* g = cuda_context(m, 300);
    qlm_context* direct = nullptr;
    {
        env_scope env("QLM_CUDA_GRAPH", "0");
        direct = cuda_context(m, 300);
    }
    REQUIRE(on_cuda(g));
    REQUIRE(on_cuda(direct));
    std::vector<qlm_token> toks(270);
    for (size_t i = 0; i < toks.size(); i++) toks[i] = (qlm_token)(3 + (i * 53) % 290);
    REQUIRE(qlm_decode(g, toks.data(), toks.size(), nullptr) == QLM_OK);
    REQUIRE(qlm_decode(direct, toks.data(), toks.size(), nullptr) == QLM_OK);
    CHECK(std::vector<float>(qlm_get_logits(g), qlm_get_logits(g) + 300) ==
          std::vector<float>(qlm_get_logits(direct), qlm_get_logits(direct) + 300));
    qlm_context_free(direct);
    qlm_context_free(g);
    qlm_model_free(m);
}

TEST_CASE("a cuda context shifts its full context like the CPU one") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_F32, 3);
    qlm_model* m = load_memory(file);
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 16;
    p.n_threads = 1;
    p.ctx_full = QLM_CTX_FULL_SHIFT;
    p.n_keep = 2;
    qlm_context *cpu = nullptr, *cu = nullptr;
    REQUIRE(qlm_context_create(m, &p, &cpu, nullptr) == QLM_OK);
    p.backend = QLM_BACKEND_CUDA;
    REQUIRE(qlm_context_create(m, &p, &cu, nullptr) == QLM_OK);
    REQUIRE(on_cuda(cu));
    for (int i = 0; i < 24; i++) { // 24 tokens through 16 positions: one shift
        qlm_token tok = (qlm_token)(3 + (i * 37) % 290);
        REQUIRE(qlm_decode(cpu, &tok, 1, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(cu, &tok, 1, nullptr) == QLM_OK);
    }
    CHECK(qlm_context_n_past(cu) == qlm_context_n_past(cpu));
    int bad = 0;
    CHECK(rel_diff(qlm_get_logits(cpu), qlm_get_logits(cu), 300, &bad) <= kCudaRelFloat);
    qlm_context_free(cu);
    qlm_context_free(cpu);
    qlm_model_free(m);
}

TEST_CASE("a cuda context saved and restored continues with the same logits") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q6_K, 5);
    qlm_model* m = load_memory(file);
    qlm_context* a = cuda_context(m, 32);
    qlm_context* b = cuda_context(m, 32);
    REQUIRE(on_cuda(a));
    const qlm_token prompt[5] = {3, 40, 77, 120, 9}, next = 51;
    REQUIRE(qlm_decode(a, prompt, 5, nullptr) == QLM_OK);
    const char* path = "build/cuda_state.bin";
    qlm_error err{};
    REQUIRE_MESSAGE(qlm_context_save(a, path, &err) == QLM_OK, err.text);
    REQUIRE_MESSAGE(qlm_context_load(b, path, &err) == QLM_OK, err.text);
    REQUIRE(qlm_decode(a, &next, 1, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(b, &next, 1, nullptr) == QLM_OK);
    CHECK(std::vector<float>(qlm_get_logits(a), qlm_get_logits(a) + 300) ==
          std::vector<float>(qlm_get_logits(b), qlm_get_logits(b) + 300));
    remove(path);
    qlm_context_free(b);
    qlm_context_free(a);
    qlm_model_free(m);
}
#endif // QLM_HAS_CUDA

} // TEST_SUITE
