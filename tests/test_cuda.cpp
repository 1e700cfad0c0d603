// The CUDA backend (src/cuda.h + quantlm_cuda.cu, built by `make cuda`).
//
// Without a GPU (the usual CI machine) these still test, for real: the fallback to the
// CPU with its logged reason when the library is missing, when it finds no device and
// when the KV rotation is the calibrated one; that every weight format and KV cache
// setting the GPU takes passes the library's model check (the fallback reason is then the
// missing device, not the model); the library's ABI handshake; and the device code that
// is compiled for the host too, against the CPU's: the GEMV kernels' block decoders of
// every format (qlm_cuda_api.host_row_dot against to_float), the KV row quantizer and
// its decoder (against kvq_quantize_row / kvq_dequantize_row, byte for byte) and the
// Hadamard rotation (against kv_rotation::apply, bit for bit).
// With a GPU (`make test-cuda`), the CUDA logits are compared with the CPU's: on tiny
// random-weight models of every weight format, on SmolLM2, with logits_all, across
// attention splits, over quantized and rotated KV caches with window and sinks, through a
// context shift and a save/restore (also from the GPU to the CPU); and the GPU argmax.
// The bounds are the Vulkan backend's (tests/test_vulkan.cpp explains them): both
// backends multiply F32 activations where the CPU quantizes them to 8 bits.
// The library is found next to the test binary (build/libquantlm_cuda.so) or at
// $QLM_CUDA_LIB; where it is missing the cases that need it are skipped with a message.
#include <doctest/doctest.h>

#include "test_util.h"

#include <array>
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
    // Rows of 1024 and 1536 weights: the low-bit kernels stage 1024 weights at a time, so
    // 1536 ends in a partial chunk.
    std::vector<uint32_t> types = {QT_F32,  QT_F16,  QT_BF16, QT_Q4_0, QT_Q4_1, QT_Q5_0,  QT_Q5_1, QT_Q8_0,
                                   QT_Q2_K, QT_Q3_K, QT_Q4_K, QT_Q5_K, QT_Q6_K, QT_TQ1_0, QT_TQ2_0};
    for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++) types.push_back(t);
    std::mt19937 rng(42);
    std::normal_distribution<float> nd(0.0f, 1.0f);
    for (uint32_t t : types) {
        CAPTURE(type_info(t)->name);
        for (int trial = 0; trial < 6; trial++) {
            const int64_t n = trial % 2 ? 1536 : 1024;
            std::vector<float> w((size_t)n), x((size_t)n), back((size_t)n);
            for (float& v : w) v = nd(rng) * (trial >= 4 ? 30.0f : 1.0f) + (trial / 2 == 1 ? 0.5f : 0.0f);
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
    std::vector<uint8_t> junk(1024);
    std::vector<float> x(256, 1.0f);
    CHECK(L.api->host_row_dot(QT_Q8_1, junk.data(), 256, x.data(), &dummy) != 0); // no kernel: refused
    CHECK(L.api->host_row_dot(QT_LOWBIT_END, junk.data(), 256, x.data(), &dummy) != 0);
}

TEST_CASE("cuda: the KV cache's row quantizer, its decoder and the Hadamard rotation match the CPU bit for bit") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib);
        return;
    }
    std::mt19937 rng(7);
    std::normal_distribution<float> nd(0.0f, 1.0f);
    // Rows as the device quantizes them (kv_store_kernel's helpers, run on the host) must be
    // the CPU's bytes: the cache moves between host and device verbatim (save/load, shift).
    int rows = 0;
    for (int t = KVQ_INT8; t <= KVQ_INT2; t++)
        for (int hd : {32, 64, 128, 256})
            for (int G : {32, 64, 128}) {
                if (G > hd || hd % G) continue;
                for (int trial = 0; trial < 8; trial++) {
                    CAPTURE(t);
                    CAPTURE(hd);
                    CAPTURE(G);
                    CAPTURE(trial);
                    std::vector<float> x((size_t)hd);
                    for (float& v : x) v = nd(rng) * (trial == 1 ? 1e-3f : trial == 2 ? 40.0f : 1.0f);
                    if (trial == 3) x[(size_t)(rng() % hd)] = 25.0f;        // an outlier: the clip search matters
                    if (trial == 4) std::fill(x.begin(), x.begin() + G, 0.0f); // an all-zero group
                    if (trial == 5) std::fill(x.begin(), x.end(), 0.5f);      // ties in the rounding
                    if (trial == 6) x[0] = 1e-6f;                             // subnormal fp16 scales nearby
                    const size_t rb = kvq_row_bytes(t, hd, G);
                    std::vector<uint8_t> cpu(rb, 0xAA), gpu(rb, 0x55);
                    kvq_quantize_row(t, x.data(), cpu.data(), hd, G);
                    REQUIRE(L.api->host_kv_quantize(t, x.data(), gpu.data(), hd, G) == 0);
                    CHECK(cpu == gpu);
                    std::vector<float> a((size_t)hd), b((size_t)hd);
                    kvq_dequantize_row(t, cpu.data(), a.data(), hd, G);
                    REQUIRE(L.api->host_kv_dequantize(t, cpu.data(), b.data(), hd, G) == 0);
                    CHECK(a == b);
                    rows++;
                }
            }
    MESSAGE(rows << " KV rows quantized identically by the device code (on the host) and the CPU");
    std::vector<uint8_t> row(64);
    std::vector<float> x(64, 1.0f);
    CHECK(L.api->host_kv_quantize(KVQ_INT4, x.data(), row.data(), 64, 48) != 0); // group must be a multiple of 32

    for (int hd : {32, 64, 128, 256}) {
        CAPTURE(hd);
        kv_rotation rot;
        rot.init_hadamard(hd);
        std::vector<float> v((size_t)hd), cpu((size_t)hd), gpu((size_t)hd);
        for (float& e : v) e = nd(rng);
        for (int which : {0, 1, 2, 3}) {
            rot.apply(which, 0, 0, v.data(), cpu.data());
            REQUIRE(L.api->host_hadamard(which == 3 ? 1 : 0, rot.sign.data(), hd, v.data(), gpu.data()) == 0);
            CHECK(cpu == gpu);
        }
    }
    std::vector<float> sgn(48, 1.0f), y(48);
    CHECK(L.api->host_hadamard(0, sgn.data(), 48, sgn.data(), y.data()) != 0); // not a power of two
}

TEST_CASE("cuda: every weight format and KV setting the GPU takes passes the library's check, without a GPU") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib);
        return;
    }
    char text[256] = {0};
    if (L.api->probe(text, sizeof text) > 0) {
        MESSAGE("skipped: a GPU is present (" << text << "); the GPU cases run these models instead");
        return;
    }
    // The fallback reason must be the missing device: the model and cache were accepted.
    auto accepted = [](const qlm_model* m, const qlm_context_params& p) {
        log_capture log;
        qlm_context_params q = p;
        q.backend = QLM_BACKEND_CUDA;
        q.log = log_capture::fn;
        q.log_user = &log;
        qlm_context* c = nullptr;
        REQUIRE(qlm_context_create(m, &q, &c, nullptr) == QLM_OK);
        CHECK(std::string(qlm_context_backend(c)) == "cpu");
        const bool ok = log.has("cuda: no usable CUDA device (");
        if (!ok) MESSAGE(log.text);
        qlm_context_free(c);
        return ok;
    };
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 16;
    p.n_threads = 1;
    std::vector<uint32_t> types = {QT_TQ1_0, QT_TQ2_0};
    for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++) types.push_back(t);
    for (uint32_t t : types) {
        CAPTURE(type_info(t)->name);
        const std::vector<uint8_t> file = tiny_model(t, 9);
        qlm_model* m = load_memory(file);
        CHECK(accepted(m, p));
        qlm_model_free(m);
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q4_0, 9);
    qlm_model* m = load_memory(file);
    const struct {
        qlm_kv_type k, v;
        qlm_kv_rot rot;
        uint32_t window, sinks;
    } kvs[] = {{QLM_KV_INT8, QLM_KV_INT8, QLM_KV_ROT_NONE, 0, 0},    {QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 4, 2},
               {QLM_KV_F16, QLM_KV_INT4, QLM_KV_ROT_NONE, 8, 0},     {QLM_KV_INT2, QLM_KV_F16, QLM_KV_ROT_HADAMARD, 0, 3},
               {QLM_KV_F16, QLM_KV_F16, QLM_KV_ROT_HADAMARD, 0, 0}};
    for (const auto& k : kvs) {
        CAPTURE(k.k);
        CAPTURE(k.v);
        CAPTURE(k.rot);
        qlm_context_params q = p;
        q.kv_type_k = k.k, q.kv_type_v = k.v, q.kv_rot = k.rot, q.kv_window = k.window, q.kv_sinks = k.sinks;
        CHECK(accepted(m, q));
    }
    // The calibrated rotation needs matrices in the file, which the tiny model lacks: its
    // refusal is checked on a Hadamard context made to look calibrated.
    qlm_context_params q = p;
    q.kv_type_k = QLM_KV_INT4, q.kv_type_v = QLM_KV_INT4, q.kv_rot = QLM_KV_ROT_HADAMARD;
    log_capture log;
    q.log = log_capture::fn;
    q.log_user = &log;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &q, &c, nullptr) == QLM_OK);
    c->kv.rot.kind = QLM_KV_ROT_CALIBRATED;
    qlm_error e{};
    CHECK(cuda_be_init(c, &e) != QLM_OK);
    CHECK(std::string(e.text).find("cuda: the calibrated KV rotation runs on the CPU only") != std::string::npos);
    CHECK(c->be_state == nullptr);
    c->kv.rot.kind = QLM_KV_ROT_HADAMARD;
    qlm_context_free(c);
    qlm_model_free(m);
}

TEST_CASE("cuda: a weight type without a kernel is refused by the library's check, without a GPU") {
    using namespace qlm_detail;
    cuda_lib L;
    std::string why;
    if (!open_lib(L, &why)) {
        MESSAGE(kNoLib);
        return;
    }
    // Every type a model file can hold now has a kernel, so the description is made by hand:
    // one layer whose output matrix is Q8_1 (an activation type).
    std::vector<uint8_t> bytes(36 * 4 * 64);
    std::vector<float> ones(64, 1.0f);
    const cu::matrix f32{bytes.data(), QT_F32, 0, 32, 32, 128};
    cu::layer layer{ones.data(), ones.data(), f32, f32, f32, f32, f32, f32, f32};
    cu::model d{};
    d.struct_size = (uint32_t)sizeof(cu::model);
    d.layer_size = (uint32_t)sizeof(cu::layer);
    d.n_vocab = 4, d.n_embd = 32, d.n_layer = 1, d.n_head = 1, d.n_head_kv = 1, d.head_dim = 32, d.n_rot = 32;
    d.n_ff = 32, d.eps = 1e-5f, d.n_ctx = 8;
    d.rope_cs = ones.data();
    d.output_norm = ones.data();
    d.output = {bytes.data(), QT_Q8_1, 0, 32, 4, 36};
    d.layers = &layer;
    d.kv_type_k = d.kv_type_v = -1;
    char msg[512] = {0};
    CHECK(L.api->check_model(&d, msg, sizeof msg) != 0);
    CHECK(std::string(msg) == "cuda: no kernel for the weight type (ggml id 9) of output.weight");
    d.output = {bytes.data(), QT_F32, 0, 32, 4, 128};
    CHECK(L.api->check_model(&d, msg, sizeof msg) == 0);
    d.kv_type_k = KVQ_INT4, d.kv_group = 48; // a quantized plane needs groups of 32..128 dividing head_dim
    CHECK(L.api->check_model(&d, msg, sizeof msg) != 0);
    CHECK(std::string(msg).find("cuda: unsupported KV cache") == 0);
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

TEST_CASE("cuda logits match the CPU on tiny random models of every weight format") {
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
                                 {QT_Q6_K, QT_Q6_K}, {QT_Q4_K, QT_Q6_K}, {QT_TQ1_0, QT_TQ1_0}, {QT_TQ2_0, QT_TQ2_0},
                                 {QT_INT4_G64, QT_INT2_G16}};
    std::vector<std::array<uint32_t, 2>> all;
    for (const auto& t : types) all.push_back({t[0], t[1]});
    for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++) all.push_back({t, t});
    const qlm_token toks[] = {1, 17, 250, 3, 99, 42};
    for (const auto& t : all) {
        CAPTURE(type_info(t[0])->name);
        CAPTURE(type_info(t[1])->name);
        const std::vector<uint8_t> file = tiny_model(t[0], 7 + t[0], false, 32, t[1]);
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
    qlm_model_params mp = qlm_model_params_default();
    mp.no_repack = 1; // the CPU side reads the rows as stored, like the GPU (see test_vulkan.cpp)
    if (qlm_model_load_file(qlm_test::model_path(), &mp, &m, nullptr) != QLM_OK) {
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
// A context on the tiny model with a quantized/rotated KV cache, on the GPU or the CPU.
qlm_context* kv_context(const qlm_model* m, uint32_t n_ctx, qlm_kv_type k, qlm_kv_type v, qlm_kv_rot rot,
                        uint32_t window, uint32_t sinks, bool cuda, qlm_ctx_full_policy full = QLM_CTX_FULL_ERROR) {
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = n_ctx;
    p.n_threads = 1;
    p.kv_type_k = k, p.kv_type_v = v, p.kv_rot = rot, p.kv_window = window, p.kv_sinks = sinks;
    p.ctx_full = full;
    p.n_keep = 2;
    if (cuda) p.backend = QLM_BACKEND_CUDA;
    qlm_context* c = nullptr;
    REQUIRE(qlm_context_create(m, &p, &c, nullptr) == QLM_OK);
    return c;
}

TEST_CASE("cuda attention over a quantized, rotated KV cache with window and sinks matches the CPU") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q8_0, 31);
    qlm_model* m = load_memory(file);
    const struct {
        qlm_kv_type k, v;
        qlm_kv_rot rot;
        uint32_t window, sinks;
    } kvs[] = {{QLM_KV_INT8, QLM_KV_INT8, QLM_KV_ROT_NONE, 0, 0},      {QLM_KV_INT4, QLM_KV_INT4, QLM_KV_ROT_HADAMARD, 0, 0},
               {QLM_KV_INT2, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 0, 0},  {QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 32, 4},
               {QLM_KV_F16, QLM_KV_INT4, QLM_KV_ROT_NONE, 16, 0},      {QLM_KV_INT8, QLM_KV_F16, QLM_KV_ROT_HADAMARD, 0, 8},
               {QLM_KV_F16, QLM_KV_F16, QLM_KV_ROT_HADAMARD, 0, 0}};
    // 300 positions: two attention splits, windows and sinks well inside them.
    std::vector<qlm_token> toks(300);
    for (size_t i = 0; i < toks.size(); i++) toks[i] = (qlm_token)(3 + (i * 41) % 290);
    for (const auto& k : kvs) {
        CAPTURE(k.k);
        CAPTURE(k.v);
        CAPTURE(k.rot);
        CAPTURE(k.window);
        CAPTURE(k.sinks);
        qlm_context* cu = kv_context(m, 320, k.k, k.v, k.rot, k.window, k.sinks, true);
        qlm_context* cpu = kv_context(m, 320, k.k, k.v, k.rot, k.window, k.sinks, false);
        REQUIRE(on_cuda(cu));
        for (size_t at = 0; at < toks.size(); at += 50) {
            REQUIRE(qlm_decode(cpu, toks.data() + at, 50, nullptr) == QLM_OK);
            REQUIRE(qlm_decode(cu, toks.data() + at, 50, nullptr) == QLM_OK);
            int bad = 0;
            CHECK(rel_diff(qlm_get_logits(cpu), qlm_get_logits(cu), 300, &bad) <= kCudaRel);
            CHECK(bad == 0);
        }
        qlm_context_free(cpu);
        qlm_context_free(cu);
    }
    qlm_model_free(m);
}

TEST_CASE("a cuda context with a quantized KV cache shifts, saves and restores like the CPU one") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q8_0, 33);
    qlm_model* m = load_memory(file);
    // Shift: 40 tokens through 24 positions, with a window of 6 and 2 sinks.
    qlm_context* cu = kv_context(m, 24, QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 6, 2, true, QLM_CTX_FULL_SHIFT);
    qlm_context* cpu = kv_context(m, 24, QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 6, 2, false, QLM_CTX_FULL_SHIFT);
    REQUIRE(on_cuda(cu));
    for (int i = 0; i < 40; i++) {
        qlm_token tok = (qlm_token)(3 + (i * 37) % 290);
        REQUIRE(qlm_decode(cpu, &tok, 1, nullptr) == QLM_OK);
        REQUIRE(qlm_decode(cu, &tok, 1, nullptr) == QLM_OK);
        int bad = 0;
        CHECK(rel_diff(qlm_get_logits(cpu), qlm_get_logits(cu), 300, &bad) <= kCudaRel);
    }
    CHECK(qlm_context_n_past(cu) == qlm_context_n_past(cpu));
    // Save on the GPU; restore on another GPU context (bit-identical continuation) and on a
    // CPU one (the file is the CPU cache's layout; within the usual bounds).
    const char* path = "build/cuda_kvq_state.bin";
    qlm_error err{};
    REQUIRE_MESSAGE(qlm_context_save(cu, path, &err) == QLM_OK, err.text);
    qlm_context* cu2 = kv_context(m, 24, QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 6, 2, true, QLM_CTX_FULL_SHIFT);
    qlm_context* cpu2 = kv_context(m, 24, QLM_KV_INT4, QLM_KV_INT2, QLM_KV_ROT_HADAMARD, 6, 2, false, QLM_CTX_FULL_SHIFT);
    REQUIRE_MESSAGE(qlm_context_load(cu2, path, &err) == QLM_OK, err.text);
    REQUIRE_MESSAGE(qlm_context_load(cpu2, path, &err) == QLM_OK, err.text);
    const qlm_token next = 51;
    REQUIRE(qlm_decode(cu, &next, 1, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(cu2, &next, 1, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(cpu2, &next, 1, nullptr) == QLM_OK);
    CHECK(std::vector<float>(qlm_get_logits(cu), qlm_get_logits(cu) + 300) ==
          std::vector<float>(qlm_get_logits(cu2), qlm_get_logits(cu2) + 300));
    int bad = 0;
    CHECK(rel_diff(qlm_get_logits(cpu2), qlm_get_logits(cu), 300, &bad) <= kCudaRel);
    remove(path);
    qlm_context_free(cpu2);
    qlm_context_free(cu2);
    qlm_context_free(cpu);
    qlm_context_free(cu);
    qlm_model_free(m);
}

TEST_CASE("cuda argmax on the device equals the argmax of the logits it would have copied") {
    using namespace qlm_detail;
    if (!have_gpu()) {
        MESSAGE(kNoGpu);
        return;
    }
    const std::vector<uint8_t> file = tiny_model(QT_Q4_K, 17);
    qlm_model* m = load_memory(file);
    qlm_context* a = cuda_context(m, 64);
    qlm_context* b = cuda_context(m, 64);
    REQUIRE(on_cuda(a));
    for (int i = 0; i < 20; i++) {
        const qlm_token tok = (qlm_token)(3 + (i * 29) % 290);
        int32_t best = -1;
        REQUIRE(decode(a, &tok, 1, nullptr, true, &best) == QLM_OK); // the backend's forward_argmax
        REQUIRE(qlm_decode(b, &tok, 1, nullptr) == QLM_OK);
        const float* lg = qlm_get_logits(b);
        int32_t want = 0;
        for (int32_t k = 1; k < 300; k++)
            if (lg[k] > lg[want]) want = k;
        CHECK(best == want);
    }
    qlm_context_free(b);
    qlm_context_free(a);
    qlm_model_free(m);
}
#endif // QLM_HAS_CUDA

} // TEST_SUITE
