// ==== [qlm:cuda] the CUDA backend's host side ===============================================
// The kernels live in quantlm_cuda.cu, built by `make cuda` into libquantlm_cuda.so. This part
// opens that library at run time (dlopen) and drives it through a small versioned C ABI, so
// quantlm.h needs no CUDA header and a program built with it runs, on the CPU, on machines
// without the library, a driver or a GPU. Why a library opened at run time rather than
// linked: the header stays a single file that any C++ compiler builds; nvcc and the CUDA
// runtime are needed only by whoever builds the library; and a missing GPU or driver is an
// ordinary, logged fallback instead of a loader error at program start (docs/CUDA.md).
//
// Where the library is looked for: $QLM_CUDA_LIB (that file only), else next to the
// executable, else the dynamic linker's search path (LD_LIBRARY_PATH, rpath).
// At load: the ABI version is passed to qlm_cuda_get_api (which returns NULL on a
// mismatch), and the sizes of the tables and structs are compared on both sides.
//
// Per context the library holds the weights (GGUF block layout), the KV cache in the CPU
// cache's layout (src/kv.h: F16 or INT8/INT4/INT2 planes with their F16 sinks and ring;
// no rotation or Hadamard) and the decode step as a CUDA graph; this side dequantizes the
// token's embedding row, passes the position, and reads back the logits. Prefill runs one
// token at a time (batch-size-1 decoding); the context shift and save/load move the cache,
// quantized planes included, through the host copy with kv_download/kv_upload.
#ifndef QLM_CUDA_H
#define QLM_CUDA_H
#include "backend.h"
#include "model.h"

#if !defined(QLM_NO_CUDA) && defined(__linux__)
#define QLM_HAS_CUDA 1
#include <dlfcn.h>
#include <unistd.h>
#endif

namespace qlm_detail {

#if defined(QLM_HAS_CUDA)

// ---- the ABI (identical copy in quantlm_cuda.cu; see the comments there) --------------------
namespace cu {
constexpr int ABI_VERSION = 3;
struct matrix {
    const void* data;
    uint32_t type;
    uint32_t reserved;
    int64_t ne0, ne1;
    uint64_t row_bytes;
};
struct layer {
    const float* attn_norm;
    const float* ffn_norm;
    matrix wq, wk, wv, wo, w_gate, w_up, w_down;
};
struct model {
    uint32_t struct_size, layer_size;
    int32_t n_vocab, n_embd, n_layer, n_head, n_head_kv, head_dim, n_rot, n_ff;
    float eps;
    int32_t rope_neox;
    uint32_t n_ctx, device;
    int32_t use_graph, reserved;
    const float* rope_cs;
    const float* output_norm;
    matrix output;
    const layer* layers;
    int32_t kv_type_k, kv_type_v, kv_group, kv_rot;
    uint32_t kv_window, kv_sinks, kv_ring, reserved2;
    const float* kv_sign;
};
struct ctx;
struct api {
    int32_t abi_version;
    uint32_t api_size;
    int (*probe)(char* text, size_t cap);
    int (*check_model)(const model* m, char* err, size_t cap);
    int (*create)(const model* m, ctx** out, char* err, size_t cap);
    int (*step)(ctx* c, const float* x, uint32_t pos, float* logits, int32_t* argmax, char* err, size_t cap);
    int (*kv_copy)(ctx* c, int32_t layer, int32_t value, int32_t part, uint32_t p0, uint32_t n, void* host,
                   int32_t to_host, char* err, size_t cap);
    void (*destroy)(ctx* c);
    int (*host_row_dot)(uint32_t type, const void* row, int64_t ne0, const float* x, float* out);
    int (*host_kv_quantize)(int32_t t, const float* x, uint8_t* row, int32_t hd, int32_t G);
    int (*host_kv_dequantize)(int32_t t, const uint8_t* row, float* y, int32_t hd, int32_t G);
    int (*host_hadamard)(int32_t inverse, const float* sign, int32_t hd, const float* x, float* y);
};
typedef const api* (*get_api_fn)(int abi_version);
} // namespace cu

// The loaded library; one per context (no process-wide state), closed with it.
struct cuda_lib {
    void* handle = nullptr;
    const cu::api* api = nullptr;
    std::string path;
    ~cuda_lib() {
        if (handle) dlclose(handle);
    }
};

// Opens libquantlm_cuda.so and checks its ABI; on failure err says what was tried.
inline qlm_result cuda_lib_open(cuda_lib& L, const logger* log, qlm_error* err) {
    std::vector<std::string> paths;
    const char* env = getenv("QLM_CUDA_LIB");
    if (env && *env) {
        paths.push_back(env);
    } else {
        char exe[4096];
        ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (k > 0) {
            std::string dir(exe, (size_t)k);
            size_t slash = dir.rfind('/');
            if (slash != std::string::npos) paths.push_back(dir.substr(0, slash + 1) + "libquantlm_cuda.so");
        }
        paths.push_back("libquantlm_cuda.so"); // LD_LIBRARY_PATH, rpath, system directories
    }
    std::string why;
    for (const std::string& p : paths) {
        L.handle = dlopen(p.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (L.handle) {
            L.path = p;
            break;
        }
        const char* e = dlerror();
        why += (why.empty() ? "" : "; ") + (e ? std::string(e) : p);
    }
    if (!L.handle)
        return fail(err, log, MSG_BACKEND, UINT64_MAX,
                    "cuda: cannot load libquantlm_cuda.so (build it with `make cuda`, or set QLM_CUDA_LIB): %s",
                    why.c_str());
    void* sym = dlsym(L.handle, "qlm_cuda_get_api");
    cu::get_api_fn get = nullptr;
    memcpy(&get, &sym, sizeof sym); // object to function pointer
    if (!get)
        return fail(err, log, MSG_BACKEND, UINT64_MAX, "cuda: %s has no qlm_cuda_get_api: not a quantlm CUDA library",
                    L.path.c_str());
    L.api = get(cu::ABI_VERSION);
    if (!L.api || L.api->abi_version != cu::ABI_VERSION || L.api->api_size != sizeof(cu::api))
        return fail(err, log, MSG_BACKEND, UINT64_MAX,
                    "cuda: %s speaks another ABI than this header (version %d); rebuild it with `make cuda`",
                    L.path.c_str(), cu::ABI_VERSION);
    return QLM_OK;
}

struct cuda_state {
    cuda_lib lib;
    cu::ctx* dev = nullptr;
    std::vector<float> x; // the token's embedding row
};

inline cu::matrix cuda_matrix(const qtensor& t) {
    return {t.data, t.type, 0, t.ne0, t.ne1, (uint64_t)t.row_bytes};
}

inline qlm_result cuda_init_state(qlm_context* c, cuda_state& s, qlm_error* err) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    // The cache as kv_context_init built it (kv.h): the device mirrors its planes. The
    // calibrated rotation (per-layer matrices, a non-orthogonal key transform) has no kernel.
    const kv_cache& kv = c->kv;
    if (kv.rot.kind == QLM_KV_ROT_CALIBRATED)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    "cuda: the calibrated KV rotation runs on the CPU only (none and hadamard run on the GPU)");
    if (kv.kp.T || kv.vp.T)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    "cuda: per-channel keys or values (kv_k_channel, kv_v_channel) run on the CPU only");
    qlm_result r = cuda_lib_open(s.lib, &c->log, err);
    if (r != QLM_OK) return r;
    const cu::api& api = *s.lib.api;

    // The model as the library sees it: pointers into the mapping, nothing copied but the
    // RoPE table (cos/sin of pos * inv_freq[i], computed exactly as rope_apply does).
    std::vector<cu::layer> layers(m.layers.size());
    for (size_t l = 0; l < m.layers.size(); l++) {
        const layer_weights& L = m.layers[l];
        layers[l] = {L.attn_norm.data(), L.ffn_norm.data(), cuda_matrix(L.wq), cuda_matrix(L.wk), cuda_matrix(L.wv),
                     cuda_matrix(L.wo), cuda_matrix(L.w_gate), cuda_matrix(L.w_up), cuda_matrix(L.w_down)};
    }
    const size_t half = (size_t)h.n_rot / 2;
    std::vector<float> rope((size_t)c->n_ctx * half * 2);
    for (uint32_t pos = 0; pos < c->n_ctx; pos++)
        for (size_t i = 0; i < half; i++) {
            float theta = (float)pos * m.rope_inv_freq[i];
            rope[((size_t)pos * half + i) * 2] = std::cos(theta);
            rope[((size_t)pos * half + i) * 2 + 1] = std::sin(theta);
        }
    cu::model d{};
    d.struct_size = (uint32_t)sizeof(cu::model);
    d.layer_size = (uint32_t)sizeof(cu::layer);
    d.n_vocab = h.n_vocab, d.n_embd = h.n_embd, d.n_layer = h.n_layer, d.n_head = h.n_head;
    d.n_head_kv = h.n_head_kv, d.head_dim = h.head_dim, d.n_rot = h.n_rot, d.n_ff = h.n_ff;
    d.eps = h.eps;
    d.rope_neox = h.rope == ROPE_NEOX ? 1 : 0;
    d.n_ctx = c->n_ctx;
    d.device = c->p.device;
    const char* graph = getenv("QLM_CUDA_GRAPH"); // "0": launch kernels one by one (debugging)
    d.use_graph = graph && !strcmp(graph, "0") ? 0 : 1;
    d.rope_cs = rope.data();
    d.output_norm = m.output_norm.data();
    d.output = cuda_matrix(m.output);
    d.layers = layers.data();
    const kv_plane& qp = kv.kp.type >= 0 ? kv.kp : kv.vp; // a quantized plane, if any: sinks and ring
    d.kv_type_k = kv.kp.type, d.kv_type_v = kv.vp.type;
    d.kv_group = kv.kp.G;
    d.kv_rot = kv.rot.kind == QLM_KV_ROT_HADAMARD ? 1 : 0;
    d.kv_window = kv.window;
    d.kv_sinks = qp.type >= 0 ? qp.n_sink : 0;
    d.kv_ring = qp.type >= 0 ? qp.n_ring : 0;
    d.kv_sign = d.kv_rot ? kv.rot.sign.data() : nullptr;

    // The model check needs no GPU, so it runs first: its message is the useful one.
    char msg[512] = {0};
    if (api.check_model(&d, msg, sizeof msg) != 0) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
    if (api.probe(msg, sizeof msg) <= 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "cuda: no usable CUDA device (%s)", msg);
    if (api.create(&d, &s.dev, msg, sizeof msg) != 0) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
    c->log.logf(QLM_LOG_INFO, "%s (%s)", msg, s.lib.path.c_str());
    s.x.resize((size_t)h.n_embd);
    return QLM_OK;
}

// ---- the backend_ops table ---------------------------------------------------------------------

inline void cuda_be_free(qlm_context* c) {
    cuda_state* s = static_cast<cuda_state*>(c->be_state);
    if (!s) return;
    if (s->dev) s->lib.api->destroy(s->dev);
    delete s; // closes the library
    c->be_state = nullptr;
}

inline qlm_result cuda_be_init(qlm_context* c, qlm_error* err) {
    cuda_state* s = new (std::nothrow) cuda_state();
    if (!s) return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    c->be_state = s;
    qlm_result r = cuda_init_state(c, *s, err);
    if (r != QLM_OK) cuda_be_free(c);
    return r;
}

// forward and forward_argmax: with `argmax`, the tokens that would get logits leave them on
// the device and only their argmax comes back (ties to the lowest index, as the greedy
// sampler).
inline qlm_result cuda_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, int32_t* argmax,
                               qlm_error* err) {
    cuda_state& s = *static_cast<cuda_state*>(c->be_state);
    const qlm_model& m = *c->model;
    const bool all = c->p.logits_all != 0;
    char msg[512] = {0};
    for (int t = 0; t < n; t++) {
        if (c->p.cancel && c->p.cancel(c->p.cancel_user))
            return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        embed_row(m, toks[t], s.x.data());
        const bool want = logits && (all || t == n - 1);
        float* out = want && !argmax ? c->logits.p + (all ? (size_t)t * m.hp.n_vocab : 0) : nullptr;
        int32_t* pick = want && argmax ? argmax + (all ? t : 0) : nullptr;
        if (s.lib.api->step(s.dev, s.x.data(), (uint32_t)(pos0 + t), out, pick, msg, sizeof msg) != 0)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
    }
    return QLM_OK;
}
inline qlm_result cuda_be_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err) {
    return cuda_forward(c, toks, n, pos0, logits, nullptr, err);
}
inline qlm_result cuda_be_forward_argmax(qlm_context* c, const qlm_token* toks, int n, int pos0, int32_t* out,
                                         qlm_error* err) {
    return cuda_forward(c, toks, n, pos0, true, out, err);
}

// Positions [0, n_pos) of every layer's keys and values between the device and c->kv, in
// kv.h's layout: the main plane's rows (F16, or quantized head rows), and for a quantized
// plane the sink rows and every ring slot (the ring is small; its slots are positions mod
// its size, so copying it whole needs no bookkeeping of which slots hold which position).
inline qlm_result cuda_kv_copy(qlm_context* c, uint32_t n_pos, bool down) {
    cuda_state& s = *static_cast<cuda_state*>(c->be_state);
    char msg[512] = {0};
    for (int l = 0; l < c->kv.n_layer; l++)
        for (int which = 0; which < 2; which++) {
            kv_plane& pl = which ? c->kv.vp : c->kv.kp;
            struct {
                void* host;
                uint32_t n;
            } parts[3] = {{pl.type < 0 ? (void*)pl.f16_row(l, 0) : (void*)pl.q_row(l, 0, 0), n_pos},
                          {pl.n_sink ? pl.sink_row(l, 0) : nullptr, std::min(pl.n_sink, n_pos)},
                          {pl.n_ring ? pl.ring_row(l, 0) : nullptr, pl.n_ring}};
            for (int part = 0; part < 3; part++) {
                if (!parts[part].host || !parts[part].n) continue;
                if (s.lib.api->kv_copy(s.dev, l, which, part, 0, parts[part].n, parts[part].host, down ? 1 : 0, msg,
                                       sizeof msg) != 0)
                    return fail(nullptr, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
            }
        }
    return QLM_OK;
}
inline qlm_result cuda_be_kv_download(qlm_context* c, uint32_t n_pos) { return cuda_kv_copy(c, n_pos, true); }
inline qlm_result cuda_be_kv_upload(qlm_context* c, uint32_t n_pos) { return cuda_kv_copy(c, n_pos, false); }

inline const backend_ops& cuda_backend() {
    static const backend_ops ops = {"cuda", cuda_be_init, cuda_be_forward, cuda_be_forward_argmax, cuda_be_kv_download,
                                    cuda_be_kv_upload, cuda_be_free};
    return ops;
}

#endif // QLM_HAS_CUDA

// Attaches the backend the context params ask for; on failure the context stays on the
// CPU and the log says why. (Here, after the last backend part, so that it sees them all.)
inline void backend_attach(qlm_context* c) {
    qlm_backend want = c->p.backend;
    if (want == QLM_BACKEND_AUTO || want == QLM_BACKEND_CPU) return;
    const backend_ops* ops = nullptr;
#if defined(QLM_HAS_VULKAN)
    if (want == QLM_BACKEND_VULKAN) ops = &vulkan_backend();
#endif
#if defined(QLM_HAS_CUDA)
    if (want == QLM_BACKEND_CUDA) ops = &cuda_backend();
#endif
    if (!ops) {
        c->log.logf(QLM_LOG_WARN, "backend %s is not available in this build; using the CPU",
                    want == QLM_BACKEND_VULKAN ? "vulkan" : want == QLM_BACKEND_CUDA ? "cuda" : "(unknown)");
        return;
    }
    if (const char* why = model_backend_unsupported(*c->model)) {
        c->log.logf(QLM_LOG_WARN, "%s backend cannot run %s models (%s); using the CPU", ops->name,
                    c->model->arch.c_str(), why);
        return;
    }
    qlm_error e{};
    if (ops->init(c, &e) != QLM_OK) {
        c->log.logf(QLM_LOG_WARN, "%s backend unavailable (%s); using the CPU", ops->name, e.text);
        return;
    }
    c->be = ops;
}

} // namespace qlm_detail
#endif
