// ==== [qlm:api-impl] the public C functions =============================================
#ifndef QLM_API_IMPL_H
#define QLM_API_IMPL_H
#include "chat.h"
#include "model.h"
#include "vulkan.h"
#include "sampler.h"

#include <chrono>

namespace qlm_detail {

inline qlm_model_params model_defaults(const qlm_model_params* p) {
    qlm_model_params r{};
    if (p) r = *p;
    return r;
}

// An empty model carrying the caller's allocator and logger; the loaders fill the bytes.
inline qlm_result model_new(const qlm_model_params& p, qlm_model** m, qlm_error* err) {
    if (!p.allocator.alloc != !p.allocator.free)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "allocator: set both alloc and free, or neither");
    *m = new (std::nothrow) qlm_model();
    if (!*m) return fail(err, nullptr, MSG_OOM, UINT64_MAX, "out of memory");
    (*m)->al.a = p.allocator;
    (*m)->log.fn = p.log;
    (*m)->log.user = p.log_user;
    return QLM_OK;
}

inline qlm_result model_finish_load(qlm_model* m, const qlm_model_params* p, qlm_model** out, qlm_error* err) {
    qlm_result r = model_init(m, p, err);
    if (r != QLM_OK) {
        delete m;
        return r;
    }
    m->log.logf(QLM_LOG_INFO, "loaded %s (%s): %d layers, %d embd, %d vocab, kernels %s", m->name.c_str(),
                m->arch.c_str(), m->hp.n_layer, m->hp.n_embd, m->hp.n_vocab, m->kt->isa);
    *out = m;
    return QLM_OK;
}

// Whether sampling from s picks the argmax of the logits and nothing else: greedy, with no
// logit bias and no penalties. The generation loops then let the backend compute the
// argmax where it has the logits (decode's `argmax`) instead of reading them back.
inline bool sampler_is_argmax(const qlm_sampler* s) {
    const qlm_sampler_params& p = s->p;
    if (p.temperature > 0.0f || p.repeat_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f)
        return false;
    for (const qlm_logit_bias& b : s->bias)
        if (b.bias != 0.0f) return false;
    return true;
}

inline double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Length of the longest suffix of `text` that is a proper prefix of some stop string:
// those bytes must be held back until we know whether a stop string completes.
inline size_t stop_holdback(const std::string& text, const char* const* stop, size_t n_stop) {
    size_t best = 0;
    for (size_t i = 0; i < n_stop; i++) {
        size_t sl = strlen(stop[i]);
        for (size_t k = std::min(sl - (sl ? 1 : 0), text.size()); k > best; k--)
            if (memcmp(text.data() + text.size() - k, stop[i], k) == 0) {
                best = k;
                break;
            }
    }
    return best;
}

} // namespace qlm_detail

extern "C" {

QLM_API const char* qlm_result_str(qlm_result r) {
    switch (r) {
    case QLM_OK: return "QLM_OK";
    case QLM_ERR_INVALID_ARG: return "QLM_ERR_INVALID_ARG";
    case QLM_ERR_OUT_OF_MEMORY: return "QLM_ERR_OUT_OF_MEMORY";
    case QLM_ERR_IO: return "QLM_ERR_IO";
    case QLM_ERR_BAD_FILE: return "QLM_ERR_BAD_FILE";
    case QLM_ERR_UNSUPPORTED: return "QLM_ERR_UNSUPPORTED";
    case QLM_ERR_BACKEND: return "QLM_ERR_BACKEND";
    case QLM_ERR_CONTEXT_FULL: return "QLM_ERR_CONTEXT_FULL";
    case QLM_ERR_CANCELLED: return "QLM_ERR_CANCELLED";
    case QLM_ERR_TOKENIZE: return "QLM_ERR_TOKENIZE";
    case QLM_ERR_TEMPLATE: return "QLM_ERR_TEMPLATE";
    default: return "QLM_ERR_UNKNOWN";
    }
}

QLM_API const char* qlm_error_string(qlm_result r) {
    switch (r) {
    case QLM_OK: return "success";
    case QLM_ERR_INVALID_ARG: return "an argument is NULL, out of range or inconsistent";
    case QLM_ERR_OUT_OF_MEMORY: return "an allocation failed";
    case QLM_ERR_IO: return "the file could not be opened, mapped or read";
    case QLM_ERR_BAD_FILE: return "the file is malformed or contradicts itself";
    case QLM_ERR_UNSUPPORTED: return "the file is valid but uses something quantlm cannot run";
    case QLM_ERR_BACKEND: return "a compute backend failed";
    case QLM_ERR_CONTEXT_FULL: return "the tokens do not fit in the context";
    case QLM_ERR_CANCELLED: return "the work was cancelled by the caller";
    case QLM_ERR_TOKENIZE: return "the text could not be tokenized (invalid UTF-8)";
    case QLM_ERR_TEMPLATE: return "unknown or unusable chat template";
    default: return "unknown result code";
    }
}

QLM_API const char* qlm_version(void) { return QLM_VERSION_STRING; }
QLM_API const char* qlm_cpu_kernels(void) { return qlm_detail::kernels().isa; }

QLM_API qlm_model_params qlm_model_params_default(void) { return qlm_detail::model_defaults(nullptr); }

QLM_API qlm_result qlm_model_load_memory(const void* data, size_t size, const qlm_model_params* params,
                                         qlm_model** out, qlm_error* err) {
    using namespace qlm_detail;
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_model_load_memory: out is NULL");
    *out = nullptr;
    if (!data && size) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_model_load_memory: data is NULL");
    qlm_model_params p = model_defaults(params);
    qlm_model* m = nullptr;
    qlm_result r0 = model_new(p, &m, err);
    if (r0 != QLM_OK) return r0;
    m->bytes = static_cast<const uint8_t*>(data);
    m->size = size;
    return model_finish_load(m, &p, out, err);
}

QLM_API qlm_result qlm_model_load_file(const char* path, const qlm_model_params* params, qlm_model** out,
                                       qlm_error* err) {
    using namespace qlm_detail;
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_model_load_file: out is NULL");
    *out = nullptr;
    if (!path) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_model_load_file: path is NULL");
    qlm_model_params p = model_defaults(params);
    qlm_model* m = nullptr;
    qlm_result r0 = model_new(p, &m, err);
    if (r0 != QLM_OK) return r0;
#if defined(QLMI_MMAP)
    if (!p.no_mmap) {
        int fd = open(path, O_RDONLY);
        struct stat st;
        if (fd < 0 || fstat(fd, &st) != 0) {
            if (fd >= 0) close(fd);
            qlm_result r = fail(err, &m->log, MSG_IO_OPEN, UINT64_MAX, "cannot open %s: %s", path, strerror(errno));
            delete m;
            return r;
        }
        size_t sz = (size_t)st.st_size;
        void* map = sz ? mmap(nullptr, sz, PROT_READ, MAP_PRIVATE, fd, 0) : nullptr;
        close(fd);
        if (sz && map == MAP_FAILED) {
            qlm_result r = fail(err, &m->log, MSG_IO_READ, UINT64_MAX, "cannot map %s: %s", path, strerror(errno));
            delete m;
            return r;
        }
        m->map = map;
        m->map_size = sz;
        m->bytes = static_cast<const uint8_t*>(map);
        m->size = sz;
        return model_finish_load(m, &p, out, err);
    }
#endif
    FILE* f = fopen(path, "rb");
    if (!f) {
        qlm_result r = fail(err, &m->log, MSG_IO_OPEN, UINT64_MAX, "cannot open %s: %s", path, strerror(errno));
        delete m;
        return r;
    }
    long sz = -1;
    if (fseek(f, 0, SEEK_END) == 0) sz = ftell(f);
    if (sz < 0 || fseek(f, 0, SEEK_SET) != 0 || !m->owned.init(&m->al, (size_t)sz) ||
        fread(m->owned.p, 1, (size_t)sz, f) != (size_t)sz) {
        fclose(f);
        qlm_result r = fail(err, &m->log, sz < 0 ? MSG_IO_READ : MSG_OOM, UINT64_MAX, "cannot read %s", path);
        delete m;
        return r;
    }
    fclose(f);
    m->bytes = m->owned.p;
    m->size = (size_t)sz;
    return model_finish_load(m, &p, out, err);
}

QLM_API void qlm_model_free(qlm_model* model) { delete model; }

QLM_API qlm_model_info qlm_model_get_info(const qlm_model* m) {
    qlm_model_info i{};
    if (!m) return i;
    i.arch = m->arch.c_str();
    i.name = m->name.c_str();
    i.n_vocab = m->hp.n_vocab;
    i.n_ctx_train = m->hp.n_ctx_train;
    i.n_embd = m->hp.n_embd;
    i.n_layer = m->hp.n_layer;
    i.n_head = m->hp.n_head;
    i.n_head_kv = m->hp.n_head_kv;
    i.n_ff = m->hp.n_ff;
    i.n_params = m->n_params;
    i.weight_bytes = m->weight_bytes;
    return i;
}

QLM_API int64_t qlm_model_meta(const qlm_model* m, const char* key, char* buf, size_t cap) {
    if (!m || !key) return -1;
    int64_t i = qlm_detail::gguf_find_key(m->gf, key);
    if (i < 0) return -1;
    std::string s = qlm_detail::gguf_value_text(m->gf.kvs[(size_t)i]);
    if (buf && cap) {
        size_t k = std::min(cap - 1, s.size());
        memcpy(buf, s.data(), k);
        buf[k] = 0;
    }
    return (int64_t)s.size();
}

QLM_API qlm_result qlm_tokenize(const qlm_model* m, const char* text, size_t len, int add_special,
                                int parse_special, qlm_token* out, size_t cap, size_t* n_out, qlm_error* err) {
    using namespace qlm_detail;
    if (!m || (!text && len) || (!out && cap))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_tokenize: NULL argument");
    std::vector<int32_t> toks;
    qlm_result r = tokenize(m->voc, text ? text : "", len, add_special != 0, parse_special != 0, &toks, err);
    if (r != QLM_OK) return r;
    if (n_out) *n_out = toks.size();
    if (toks.size() > cap)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_tokenize: %zu tokens do not fit in %zu",
                    toks.size(), cap);
    if (!toks.empty()) memcpy(out, toks.data(), toks.size() * sizeof(qlm_token));
    return QLM_OK;
}

QLM_API int32_t qlm_token_to_bytes(const qlm_model* m, qlm_token token, int render_special, char* buf, size_t cap) {
    if (!m || token < 0 || token >= (qlm_token)m->voc.tokens.size()) return -1;
    std::string s = qlm_detail::token_bytes(m->voc, token, render_special != 0);
    if (buf && cap) memcpy(buf, s.data(), std::min(cap, s.size()));
    return (int32_t)s.size();
}

QLM_API int32_t qlm_n_vocab(const qlm_model* m) { return m ? (int32_t)m->voc.tokens.size() : 0; }
QLM_API qlm_token qlm_token_bos(const qlm_model* m) { return m ? m->voc.bos : -1; }
QLM_API qlm_token qlm_token_eos(const qlm_model* m) { return m ? m->voc.eos : -1; }
QLM_API int qlm_token_is_eog(const qlm_model* m, qlm_token t) { return m && qlm_detail::token_is_eog(m->voc, t); }

QLM_API qlm_result qlm_chat_template_detect(const char* jinja, qlm_chat_template* out) {
    using namespace qlm_detail;
    if (!jinja || !out) return QLM_ERR_INVALID_ARG;
    return chat_detect(jinja, out) ? QLM_OK : QLM_ERR_TEMPLATE;
}
QLM_API const char* qlm_chat_template_name(qlm_chat_template t) {
    const char* n = qlm_detail::chat_name(t);
    return n ? n : "auto";
}
QLM_API qlm_result qlm_chat_template_parse(const char* name, qlm_chat_template* out) {
    if (!name || !out) return QLM_ERR_INVALID_ARG;
    if (!strcmp(name, "auto")) {
        *out = QLM_CHAT_AUTO;
        return QLM_OK;
    }
    return qlm_detail::chat_parse_name(name, out) ? QLM_OK : QLM_ERR_TEMPLATE;
}

QLM_API qlm_result qlm_chat_apply(const qlm_model* m, qlm_chat_template t, const qlm_chat_message* msgs,
                                  size_t n_msgs, int add_assistant, char* buf, size_t cap, size_t* n_out,
                                  qlm_error* err) {
    using namespace qlm_detail;
    if ((!msgs && n_msgs) || (!buf && cap))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_chat_apply: NULL argument");
    if (t == QLM_CHAT_AUTO) {
        if (!m) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_chat_apply: AUTO needs a model");
        // A file without a template gets its family's, where the family has only one.
        if (m->chat_template.empty() && m->chat_default != QLM_CHAT_AUTO) t = m->chat_default;
        else if (m->chat_template.empty())
            return fail(err, &m->log, MSG_TEMPLATE_UNKNOWN, UINT64_MAX,
                        "the model has no tokenizer.chat_template; choose a template by name");
        else if (!chat_detect(m->chat_template.c_str(), &t))
            return fail(err, &m->log, MSG_TEMPLATE_UNKNOWN, UINT64_MAX,
                        "the model's chat template is not one quantlm knows (chatml, llama2, llama3, gemma, "
                        "mistral, phi3, zephyr); choose one by name");
    }
    std::string s;
    qlm_result r = chat_render(t, msgs, n_msgs, add_assistant != 0, &s, err);
    if (r != QLM_OK) return r;
    if (n_out) *n_out = s.size();
    if (buf && cap) {
        size_t k = std::min(cap - 1, s.size());
        memcpy(buf, s.data(), k);
        buf[k] = 0;
    }
    return QLM_OK;
}

QLM_API qlm_context_params qlm_context_params_default(void) {
    qlm_context_params p{};
    p.n_ctx = 0;
    p.n_batch = 64;
    return p;
}

QLM_API qlm_result qlm_context_create(const qlm_model* m, const qlm_context_params* params, qlm_context** out,
                                      qlm_error* err) {
    using namespace qlm_detail;
    if (!m || !out) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_create: NULL argument");
    *out = nullptr;
    if (m->vocab_only)
        return fail(err, &m->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_create: the model was loaded vocab_only");
    if (params && !params->allocator.alloc != !params->allocator.free)
        return fail(err, &m->log, MSG_INVALID_ARG, UINT64_MAX, "allocator: set both alloc and free, or neither");
    qlm_context* c = new (std::nothrow) qlm_context();
    if (!c) return fail(err, &m->log, MSG_OOM, UINT64_MAX, "out of memory");
    c->model = m;
    if (params) c->p = *params;
    c->al = m->al;
    if (c->p.allocator.alloc) c->al.a = c->p.allocator;
    c->log = m->log;
    if (c->p.log) {
        c->log.fn = c->p.log;
        c->log.user = c->p.log_user;
    }
    const hparams& h = m->hp;
    c->n_ctx = c->p.n_ctx ? c->p.n_ctx : (uint32_t)std::min(h.n_ctx_train, 4096);
    c->n_batch = std::min(c->p.n_batch ? c->p.n_batch : 64u, c->n_ctx);
    uint32_t nt = c->p.n_threads;
    if (nt == 0) {
#ifndef QLM_NO_THREADS
        nt = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
#else
        nt = 1;
#endif
    }
    const size_t KV = (size_t)h.n_head_kv * h.head_dim, Q = (size_t)h.n_head * h.head_dim;
    const size_t XN = std::max((size_t)h.n_embd, Q), B = c->n_batch;
    const size_t rep = (size_t)std::min(h.n_head / h.n_head_kv, qlm_detail::KV_MAX_REP); // query heads attending together
    c->act_row_max = act_row_bytes_max(std::max<int64_t>(h.n_ff, (int64_t)XN));
    bool ok = c->x.init(&c->al, B * h.n_embd) &&
              c->xn.init(&c->al, B * XN) && c->q.init(&c->al, B * Q) && c->k.init(&c->al, B * KV) &&
              c->v.init(&c->al, B * KV) && c->gate.init(&c->al, B * h.n_ff) && c->up.init(&c->al, B * h.n_ff) && c->blk.init(&c->al, B * h.n_embd) &&
              c->scores.init(&c->al, (size_t)nt * rep * c->n_ctx) && c->qtmp.init(&c->al, (size_t)nt * rep * h.head_dim) && c->logits.init(&c->al, (size_t)h.n_vocab * (c->p.logits_all ? B : 1));
    for (auto& a : c->act) ok = ok && a.init(&c->al, B * c->act_row_max);
    if (!ok) {
        uint32_t n_ctx = c->n_ctx, n_batch = c->n_batch;
        delete c; // the KV cache is allocated (and its failure reported) by kv_context_init
        return fail(err, &m->log, MSG_OOM, UINT64_MAX,
                    "out of memory allocating the context's scratch buffers (n_batch %u, n_ctx %u); try smaller ones",
                    n_batch, n_ctx);
    }
    qlm_result kr = kv_context_init(c, err); // src/kv_io.h: KV types, rotation, window
    if (kr != QLM_OK) {
        delete c;
        return kr;
    }
    if (!c->pool.start((int)nt)) c->log.logf(QLM_LOG_WARN, "could only start %d threads", c->pool.n);
    backend_attach(c); // params.backend, or the CPU with a logged reason
    *out = c;
    return QLM_OK;
}

QLM_API void qlm_context_free(qlm_context* c) {
    if (c && c->be) c->be->free(c);
    delete c;
}
QLM_API const char* qlm_context_backend(const qlm_context* c) { return !c ? "" : c->be ? c->be->name : "cpu"; }
QLM_API uint32_t qlm_context_n_ctx(const qlm_context* c) { return c ? c->n_ctx : 0; }
QLM_API uint32_t qlm_context_n_past(const qlm_context* c) { return c ? c->n_past : 0; }
QLM_API void qlm_context_reset(qlm_context* c) {
    if (!c) return;
    c->n_past = 0;
    c->have_logits = false;
    c->n_logits = 0;
}
QLM_API qlm_result qlm_context_truncate(qlm_context* c, uint32_t n_past, qlm_error* err) {
    using namespace qlm_detail;
    if (!c) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_truncate: ctx is NULL");
    if (n_past > c->n_past)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "qlm_context_truncate: %u tokens asked to be kept, the context holds %u", n_past, c->n_past);
    // The F16 window is a ring of window + n_batch rows: dropping more than n_batch tokens
    // would leave window rows that later tokens already overwrote.
    if (c->kv.window && c->n_past - n_past > c->n_batch)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "qlm_context_truncate: with a KV window at most n_batch (%u) tokens can be dropped, not %u",
                    c->n_batch, c->n_past - n_past);
    // Per-channel keys and values keep F16 rows only for the group not yet filled.
    const uint32_t tk = c->kv.kp.T, tv = c->kv.vp.T, T = tk && tv ? std::min(tk, tv) : std::max(tk, tv); // the stricter
    if (T && n_past < c->n_past / T * T)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "qlm_context_truncate: with per-channel keys or values (kv_k_channel %u, kv_v_channel %u) only the "
                    "last %u tokens can be dropped, not %u",
                    c->kv.kp.T, c->kv.vp.T, c->n_past % T, c->n_past - n_past);
    if (n_past < c->n_past) {
        c->n_past = n_past;
        c->have_logits = false;
        c->n_logits = 0;
    }
    return QLM_OK;
}

QLM_API qlm_result qlm_decode(qlm_context* c, const qlm_token* tokens, size_t n, qlm_error* err) {
    if (!c) return qlm_detail::fail(err, nullptr, qlm_detail::MSG_INVALID_ARG, UINT64_MAX, "qlm_decode: ctx is NULL");
    return qlm_detail::decode(c, tokens, n, err);
}

QLM_API const float* qlm_get_logits(const qlm_context* c) { return qlm_get_logits_ith(c, -1); }
QLM_API const float* qlm_get_logits_ith(const qlm_context* c, int32_t i) {
    if (!c || !c->have_logits) return nullptr;
    const int64_t n = c->n_logits, k = i < 0 ? n + i : i;
    if (k < 0 || k >= n) return nullptr;
    return c->logits.p + (size_t)k * (size_t)c->model->hp.n_vocab;
}

QLM_API qlm_generate_params qlm_generate_params_default(void) {
    qlm_generate_params p{};
    p.n_predict = 256;
    return p;
}

// A loop over the step API (src/step.h), so the blocking and the frame-by-frame paths
// share one implementation of sampling, stop strings and UTF-8 handling.
QLM_API qlm_result qlm_generate(qlm_context* c, qlm_sampler* s, const qlm_token* prompt, size_t n_prompt,
                                const qlm_generate_params* params, qlm_generate_stats* stats, qlm_error* err) {
    if (stats) {
        *stats = qlm_generate_stats{};
        stats->n_prompt = (uint32_t)n_prompt;
        stats->last_token = -1;
    }
    qlm_gen* g = nullptr;
    qlm_result r = qlm_gen_begin(c, s, prompt, n_prompt, params, &g, err);
    if (r != QLM_OK) return r;
    while (r == QLM_OK && !qlm_gen_done(g)) r = qlm_gen_step(g, 0, err); // one token per step
    if (stats) *stats = qlm_gen_stats(g);
    qlm_gen_end(g);
    return r;
}

} // extern "C"
#endif
