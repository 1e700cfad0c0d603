// ==== [qlm:model] Llama-family model: loading and the CPU forward pass ==================
// Loading maps the file, validates it (gguf_parse), reads every hyperparameter from the
// metadata, checks each tensor's shape and type against them and keeps pointers into
// the mapping: weights stay in their stored quantized form.
//
// The forward pass is one job on the context's thread pool. Every thread runs
// forward_job() and takes its share of each operation; barriers separate operations
// that read what the previous one wrote. Matrix products split the output rows, so
// the threads stream disjoint parts of each weight matrix.
#ifndef QLM_MODEL_H
#define QLM_MODEL_H
#include "backend.h"
#include "gguf.h"
#include "kv.h"
#include "quant.h"
#include "threadpool.h"
#include "tokenizer.h"

#if !defined(QLM_NO_MMAP) && (defined(__unix__) || defined(__APPLE__))
#define QLMI_MMAP 1
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qlm_detail {

// A weight matrix as stored: ne0 weights per row (contiguous), ne1 rows.
struct qtensor {
    const uint8_t* data = nullptr;
    uint32_t type = 0;
    int64_t ne0 = 0, ne1 = 0;
    size_t row_bytes = 0;
    const uint8_t* packed = nullptr; // the rows interleaved by 16 (packed.h), or null
    pk_format pk;                    // the packed layout's format
    const uint8_t* row(int64_t r) const { return data + (size_t)r * row_bytes; }
};

enum rope_style { ROPE_NORMAL, ROPE_NEOX };

// The forward passes this file runs. They share one graph; the differences are flags in
// hparams and optional tensors in layer_weights.
enum arch_kind { ARCH_LLAMA, ARCH_QWEN2, ARCH_QWEN3, ARCH_GEMMA3 };

struct hparams {
    int32_t n_vocab = 0, n_ctx_train = 0, n_embd = 0, n_layer = 0, n_head = 0, n_head_kv = 0;
    int32_t n_ff = 0, head_dim = 0, n_rot = 0;
    float rope_base = 10000.0f, rope_freq_scale = 1.0f, eps = 1e-5f;
    rope_style rope = ROPE_NORMAL;
    arch_kind arch = ARCH_LLAMA;
    // What the families change (defaults: Llama).
    float embd_scale = 1.0f;  // Gemma multiplies the embeddings by sqrt(n_embd)
    float attn_scale = 0.0f;  // the query scale; 1/sqrt(head_dim) unless the family says otherwise
    bool gelu = false;        // feed-forward gate activation: GELU (Gemma) instead of SiLU
    float logit_softcap = 0;  // > 0: logits = c * tanh(logits / c)
    uint32_t n_swa = 0;       // sliding window of the layers marked swa; 0 = none
    float rope_base_swa = 10000.0f; // sliding-window layers' RoPE base (Gemma 3)
};

struct layer_weights {
    std::vector<float> attn_norm, ffn_norm; // [n_embd]
    // Optional, empty when the family has none:
    std::vector<float> bq, bk, bv;                      // Q/K/V biases (Qwen2)
    std::vector<float> q_norm, k_norm;                  // per-head RMSNorm of q and k [head_dim] (Qwen3, Gemma 3)
    std::vector<float> post_attn_norm, post_ffn_norm;   // norms of the block outputs [n_embd] (Gemma)
    bool swa = false;                                   // attends to the last n_swa positions only
    const float* inv_freq = nullptr;                    // this layer's RoPE frequencies [n_rot/2]
    qtensor wq;                             // [n_embd] -> [n_head * head_dim]
    qtensor wk, wv;                         // [n_embd] -> [n_head_kv * head_dim]
    qtensor wo;                             // [n_head * head_dim] -> [n_embd]
    qtensor w_gate, w_up;                   // [n_embd] -> [n_ff]
    qtensor w_down;                         // [n_ff] -> [n_embd]
};

} // namespace qlm_detail

struct qlm_model {
    qlm_detail::allocator al;
    qlm_detail::logger log;
    // The file: mapped read-only, or copied into `owned`, or borrowed from the caller.
    void* map = nullptr;
    size_t map_size = 0;
    qlm_detail::buffer<uint8_t> owned;
    const uint8_t* bytes = nullptr;
    size_t size = 0;

    qlm_detail::gguf_file gf;
    qlm_detail::hparams hp;
    std::string arch, name;
    bool vocab_only = false;
    qlm_detail::vocab voc;
    std::string chat_template; // tokenizer.chat_template, "" when absent
    qlm_chat_template chat_default = QLM_CHAT_AUTO; // the family's template when the file has none

    qlm_detail::qtensor tok_embd; // [n_embd] x n_vocab rows
    qlm_detail::qtensor output;   // [n_embd] x n_vocab rows (tok_embd when tied)
    std::vector<float> output_norm;
    std::vector<qlm_detail::layer_weights> layers;
    std::vector<float> rope_inv_freq;     // [n_rot/2] base^(-2i/n_rot) * freq_scale
    std::vector<float> rope_inv_freq_swa; // the same for sliding-window layers (own base, no scaling)
    std::vector<uint16_t> gelu_table;     // GELU of every F16 input, as F16 (families with hp.gelu)
    const qlm_detail::kernel_table* kt = nullptr;
    uint64_t n_params = 0, weight_bytes = 0;
    qlm_detail::buffer<uint8_t> packed;    // the matrices interleaved for the CPU kernels
    bool any_packed = false;

    ~qlm_model() {
#if defined(QLMI_MMAP)
        if (map) munmap(map, map_size);
#endif
    }
};

namespace qlm_detail {

inline std::string arch_key(const qlm_model& m, const char* suffix) { return m.arch + "." + suffix; }

inline qlm_result need_u32(const qlm_model& m, const char* suffix, int32_t* out, qlm_error* err) {
    std::string k = arch_key(m, suffix);
    uint32_t v = 0;
    if (!gguf_get_u32(m.gf, k.c_str(), &v) || v == 0 || v > (1u << 24))
        return fail(err, &m.log, MSG_MODEL_KEY, UINT64_MAX,
                    "model: metadata key %s is missing, not an integer or out of range", k.c_str());
    *out = (int32_t)v;
    return QLM_OK;
}

// Looks up a 1- or 2-D tensor and checks its shape; ne1 = 0 means a vector.
inline qlm_result get_tensor(qlm_model& m, const std::string& name, int64_t ne0, int64_t ne1,
                             const gguf_tensor** out, qlm_error* err) {
    const gguf_tensor* t = gguf_find_tensor(m.gf, name.c_str());
    if (!t) return fail(err, &m.log, MSG_MODEL_TENSOR_MISSING, UINT64_MAX, "model: tensor %s is missing", name.c_str());
    int64_t want1 = ne1 ? ne1 : 1;
    if (t->ne[0] != ne0 || t->ne[1] != want1 || t->ne[2] != 1 || t->ne[3] != 1)
        return fail(err, &m.log, MSG_MODEL_TENSOR_SHAPE, t->offset,
                    "model: tensor %s has shape [%lld, %lld, %lld, %lld], expected [%lld, %lld]",
                    name.c_str(), (long long)t->ne[0], (long long)t->ne[1], (long long)t->ne[2],
                    (long long)t->ne[3], (long long)ne0, (long long)want1);
    *out = t;
    return QLM_OK;
}

inline qlm_result get_matrix(qlm_model& m, const std::string& name, int64_t ne0, int64_t ne1,
                             qtensor* q, qlm_error* err) {
    const gguf_tensor* t = nullptr;
    qlm_result r = get_tensor(m, name, ne0, ne1, &t, err);
    if (r != QLM_OK) return r;
    const type_traits* tt = type_info(t->type);
    if (!tt || !m.kt->vec_dot[t->type] || !tt->to_float)
        return fail(err, &m.log, MSG_MODEL_TENSOR_TYPE, t->offset,
                    "model: tensor %s has type %s, which quantlm cannot multiply", name.c_str(),
                    tt ? tt->name : "unknown");
    q->data = t->data;
    q->type = t->type;
    q->ne0 = ne0;
    q->ne1 = ne1;
    q->row_bytes = row_bytes(t->type, ne0);
    m.n_params += (uint64_t)(ne0 * ne1);
    m.weight_bytes += t->size;
    return QLM_OK;
}

inline qlm_result get_vector(qlm_model& m, const std::string& name, int64_t n, std::vector<float>* v,
                             qlm_error* err) {
    const gguf_tensor* t = nullptr;
    qlm_result r = get_tensor(m, name, n, 0, &t, err);
    if (r != QLM_OK) return r;
    const type_traits* tt = type_info(t->type);
    if (!tt || !tt->to_float)
        return fail(err, &m.log, MSG_MODEL_TENSOR_TYPE, t->offset, "model: tensor %s has an unsupported type",
                    name.c_str());
    v->resize((size_t)n);
    tt->to_float(t->data, v->data(), n);
    m.n_params += (uint64_t)n;
    m.weight_bytes += t->size;
    return QLM_OK;
}

// A vector that a family may or may not have: absent leaves v empty; present must be right.
inline qlm_result get_vector_opt(qlm_model& m, const std::string& name, int64_t n, std::vector<float>* v,
                                 qlm_error* err) {
    if (!gguf_find_tensor(m.gf, name.c_str())) return QLM_OK;
    return get_vector(m, name, n, v, err);
}

// GELU (tanh form) as llama.cpp's CPU backend computes it, from a table over F16 inputs:
// the input and the result are rounded to F16, and |x| >= 10 is cut to 0 or x. Matching
// that rounding keeps Gemma's logits within the same bound of llama.cpp as Llama's. The
// table (model.gelu_table, built at load) keeps tanh off the per-token path.
inline float gelu_f16_exact(float x) {
    const float y = 0.5f * x * (1.0f + std::tanh(0.7978845608028654f * x * (1.0f + 0.044715f * x * x)));
    return fp16_to_fp32(fp32_to_fp16(y));
}
inline float gelu_f16(const uint16_t* table, float x) {
    if (x <= -10.0f) return 0.0f;
    if (x >= 10.0f) return x;
    return fp16_to_fp32(table[fp32_to_fp16(x)]);
}

// Reads hyperparameters and binds every tensor. The whole file has been validated.
inline qlm_result model_bind(qlm_model& m, qlm_error* err) {
    gguf_str s;
    if (!gguf_get_str(m.gf, "general.architecture", &s))
        return fail(err, &m.log, MSG_MODEL_KEY, UINT64_MAX, "model: general.architecture is missing");
    m.arch = s.str();
    if (gguf_get_str(m.gf, "general.name", &s)) m.name = s.str();
    if (gguf_get_str(m.gf, "tokenizer.chat_template", &s)) m.chat_template = s.str();
    qlm_result r = vocab_load(m.gf, &m.voc, &m.log, err);
    if (r != QLM_OK) return r;
    hparams& h = m.hp;
    h.n_vocab = (int32_t)m.voc.tokens.size();

    // Architectures whose forward pass is this one. RoPE style is fixed per architecture
    // (GGUF has no key for it). A vocab_only load accepts any architecture.
    bool known = true;
    if (m.arch == "llama") {
        h.arch = ARCH_LLAMA;
        h.rope = ROPE_NORMAL;
    } else if (m.arch == "qwen2") {
        h.arch = ARCH_QWEN2;
        h.rope = ROPE_NEOX;
    } else if (m.arch == "qwen3") {
        h.arch = ARCH_QWEN3;
        h.rope = ROPE_NEOX;
    } else if (m.arch == "gemma3") {
        h.arch = ARCH_GEMMA3;
        m.chat_default = QLM_CHAT_GEMMA; // the Gemma 3 GGUFs that pip packages ship carry no template
        h.rope = ROPE_NEOX;
        h.gelu = true;
    } else {
        known = false;
    }
    if (m.vocab_only) return QLM_OK;
    if (!known)
        return fail(err, &m.log, MSG_MODEL_ARCH, UINT64_MAX,
                    "model: architecture '%s' is not supported (supported: llama, qwen2, qwen3, gemma3)",
                    m.arch.c_str());
    if ((r = need_u32(m, "context_length", &h.n_ctx_train, err)) != QLM_OK) return r;
    if ((r = need_u32(m, "embedding_length", &h.n_embd, err)) != QLM_OK) return r;
    if ((r = need_u32(m, "block_count", &h.n_layer, err)) != QLM_OK) return r;
    if ((r = need_u32(m, "feed_forward_length", &h.n_ff, err)) != QLM_OK) return r;
    if ((r = need_u32(m, "attention.head_count", &h.n_head, err)) != QLM_OK) return r;
    h.n_head_kv = h.n_head;
    uint32_t u = 0;
    if (gguf_get_u32(m.gf, arch_key(m, "attention.head_count_kv").c_str(), &u)) h.n_head_kv = (int32_t)u;
    h.head_dim = h.n_embd / h.n_head;
    if (gguf_get_u32(m.gf, arch_key(m, "attention.key_length").c_str(), &u)) h.head_dim = (int32_t)u;
    uint32_t vlen = (uint32_t)h.head_dim;
    gguf_get_u32(m.gf, arch_key(m, "attention.value_length").c_str(), &vlen);
    h.n_rot = h.head_dim;
    if (gguf_get_u32(m.gf, arch_key(m, "rope.dimension_count").c_str(), &u)) h.n_rot = (int32_t)u;
    gguf_get_f32(m.gf, arch_key(m, "rope.freq_base").c_str(), &h.rope_base);
    gguf_get_f32(m.gf, arch_key(m, "attention.layer_norm_rms_epsilon").c_str(), &h.eps);
    gguf_str scaling;
    if (gguf_get_str(m.gf, arch_key(m, "rope.scaling.type").c_str(), &scaling) && !scaling.eq("none")) {
        float factor = 1.0f;
        if (scaling.eq("linear") && gguf_get_f32(m.gf, arch_key(m, "rope.scaling.factor").c_str(), &factor) &&
            factor > 0.0f) {
            h.rope_freq_scale = 1.0f / factor;
        } else {
            return fail(err, &m.log, MSG_MODEL_HPARAMS, UINT64_MAX, "model: rope scaling '%s' is not supported",
                        scaling.str().c_str());
        }
    }
    // Sliding-window attention. Gemma 3: every layer but each sixth (5, 11, ...) slides, with
    // its own RoPE base (10000 unless the file says) and no RoPE scaling. Other families
    // (Mistral 7B v0.1's `llama.attention.sliding_window`): every layer slides.
    gguf_get_u32(m.gf, arch_key(m, "attention.sliding_window").c_str(), &h.n_swa);
    uint32_t swa_pattern = h.arch == ARCH_GEMMA3 ? 6 : 0; // every Nth layer is global; 0 = none is
    const std::string pat_key = arch_key(m, "attention.sliding_window_pattern");
    if (gguf_find_key(m.gf, pat_key.c_str()) >= 0 && !gguf_get_u32(m.gf, pat_key.c_str(), &swa_pattern))
        return fail(err, &m.log, MSG_MODEL_HPARAMS, UINT64_MAX,
                    "model: %s is not an integer (per-layer patterns are not supported yet)", pat_key.c_str());
    gguf_get_f32(m.gf, arch_key(m, "rope.freq_base_swa").c_str(), &h.rope_base_swa);
    gguf_get_f32(m.gf, arch_key(m, "final_logit_softcapping").c_str(), &h.logit_softcap);
    if (gguf_find_tensor(m.gf, "rope_freqs.weight"))
        return fail(err, &m.log, MSG_MODEL_HPARAMS, UINT64_MAX,
                    "model: per-dimension RoPE frequencies (rope_freqs.weight) are not supported yet");
    if (h.n_head_kv <= 0 || h.n_head % h.n_head_kv != 0 || h.head_dim <= 0 || h.head_dim % 2 != 0 ||
        (int64_t)vlen != h.head_dim || h.n_rot <= 0 || h.n_rot > h.head_dim || h.n_rot % 2 != 0 ||
        h.head_dim > KV_MAX_HEAD_DIM || !(h.eps > 0.0f && h.eps < 1.0f) || !(h.rope_base > 0.0f) || h.n_vocab <= 0 ||
        !(h.rope_base_swa > 0.0f) || !(h.logit_softcap >= 0.0f && h.logit_softcap < 1e6f))
        return fail(err, &m.log, MSG_MODEL_HPARAMS, UINT64_MAX,
                    "model: inconsistent or unsupported hyperparameters (heads %d, kv heads %d, head dim %d "
                    "(at most %d), rope dims %d, eps %g, vocab %d)",
                    h.n_head, h.n_head_kv, h.head_dim, KV_MAX_HEAD_DIM, h.n_rot, (double)h.eps, h.n_vocab);
    h.attn_scale = 1.0f / std::sqrt((float)h.head_dim);
    if (h.arch == ARCH_GEMMA3) {
        h.embd_scale = std::sqrt((float)h.n_embd);
        // Gemma 3 27B (62 layers) scales queries by n_embd / n_head instead of head_dim
        // (query_pre_attn_scalar in its config, which GGUF does not carry).
        if (h.n_layer == 62) h.attn_scale = 1.0f / std::sqrt((float)(h.n_embd / h.n_head));
    }

    const int64_t E = h.n_embd, Q = (int64_t)h.n_head * h.head_dim, KV = (int64_t)h.n_head_kv * h.head_dim;
    if ((r = get_matrix(m, "token_embd.weight", E, h.n_vocab, &m.tok_embd, err)) != QLM_OK) return r;
    if ((r = get_vector(m, "output_norm.weight", E, &m.output_norm, err)) != QLM_OK) return r;
    if (gguf_find_tensor(m.gf, "output.weight")) {
        if ((r = get_matrix(m, "output.weight", E, h.n_vocab, &m.output, err)) != QLM_OK) return r;
    } else {
        m.output = m.tok_embd; // tied embeddings
    }
    // Each layer has 9 tensors: a block_count the tensor table cannot hold would otherwise
    // size `layers` (hundreds of bytes each) from one metadata value (found by fuzzing).
    if ((uint64_t)h.n_layer * 9 > m.gf.tensors.size())
        return fail(err, &m.log, MSG_MODEL_TENSOR_MISSING, UINT64_MAX,
                    "model: block_count %d needs %lld layer tensors; the file has %zu tensors in all", h.n_layer,
                    (long long)h.n_layer * 9, m.gf.tensors.size());
    m.layers.resize((size_t)h.n_layer);
    for (int32_t i = 0; i < h.n_layer; i++) {
        layer_weights& L = m.layers[(size_t)i];
        std::string p = "blk." + std::to_string(i) + ".";
        if ((r = get_vector(m, p + "attn_norm.weight", E, &L.attn_norm, err)) != QLM_OK) return r;
        if ((r = get_vector(m, p + "ffn_norm.weight", E, &L.ffn_norm, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "attn_q.weight", E, Q, &L.wq, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "attn_k.weight", E, KV, &L.wk, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "attn_v.weight", E, KV, &L.wv, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "attn_output.weight", Q, E, &L.wo, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "ffn_gate.weight", E, h.n_ff, &L.w_gate, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "ffn_up.weight", E, h.n_ff, &L.w_up, err)) != QLM_OK) return r;
        if ((r = get_matrix(m, p + "ffn_down.weight", h.n_ff, E, &L.w_down, err)) != QLM_OK) return r;
        // Optional in any family (llama.cpp loads them wherever present); required below
        // where a family's graph needs them.
        if ((r = get_vector_opt(m, p + "attn_q.bias", Q, &L.bq, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "attn_k.bias", KV, &L.bk, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "attn_v.bias", KV, &L.bv, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "attn_q_norm.weight", h.head_dim, &L.q_norm, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "attn_k_norm.weight", h.head_dim, &L.k_norm, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "post_attention_norm.weight", E, &L.post_attn_norm, err)) != QLM_OK) return r;
        if ((r = get_vector_opt(m, p + "post_ffw_norm.weight", E, &L.post_ffn_norm, err)) != QLM_OK) return r;
        const char* missing = nullptr;
        if ((h.arch == ARCH_QWEN3 || h.arch == ARCH_GEMMA3) && (L.q_norm.empty() || L.k_norm.empty()))
            missing = "attn_q_norm/attn_k_norm";
        if (h.arch == ARCH_GEMMA3 && (L.post_attn_norm.empty() || L.post_ffn_norm.empty()))
            missing = "post_attention_norm/post_ffw_norm";
        if (missing)
            return fail(err, &m.log, MSG_MODEL_TENSOR_MISSING, UINT64_MAX, "model: %s layer %d lacks %s",
                        m.arch.c_str(), i, missing);
        L.swa = h.n_swa > 0 && (swa_pattern == 0 || (uint32_t)i % swa_pattern < swa_pattern - 1);
    }
    // RoPE frequencies: base^(-2i/n_rot), times the linear scaling factor; sliding-window
    // layers (Gemma 3) have their own base and no scaling.
    m.rope_inv_freq.resize((size_t)h.n_rot / 2);
    m.rope_inv_freq_swa.resize((size_t)h.n_rot / 2);
    for (int32_t i = 0; i < h.n_rot / 2; i++) {
        m.rope_inv_freq[(size_t)i] = (float)(std::pow((double)h.rope_base, -2.0 * i / h.n_rot) * h.rope_freq_scale);
        m.rope_inv_freq_swa[(size_t)i] = (float)std::pow((double)h.rope_base_swa, -2.0 * i / h.n_rot);
    }
    if (h.gelu) {
        m.gelu_table.resize(65536);
        for (uint32_t i = 0; i < 65536; i++) m.gelu_table[i] = fp32_to_fp16(gelu_f16_exact(fp16_to_fp32((uint16_t)i)));
    }
    const bool own_swa_rope = h.arch == ARCH_GEMMA3;
    for (layer_weights& L : m.layers)
        L.inv_freq = L.swa && own_swa_rope ? m.rope_inv_freq_swa.data() : m.rope_inv_freq.data();
    return QLM_OK;
}

#if defined(QLMI_MMAP)
// Drops the resident pages lying wholly inside [p, p + n) of the mapping from the RSS (a
// later read faults them in again from the file).
inline void release_pages(const uint8_t* p, size_t n) {
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    const uintptr_t a = ((uintptr_t)p + page - 1) / page * page, b = ((uintptr_t)p + n) / page * page;
    if (b > a) madvise((void*)a, b - a, MADV_DONTNEED);
}
#endif

// Packing runs on every core: a 1.1B model is 10^9 codes to move (docs/PERF.md step 11).
// Units of 64 slabs go to whichever thread asks next.
struct pack_job {
    qlm_model* m;
    std::vector<qtensor*> ts;
    std::vector<uint8_t*> dst;                  // per tensor: its packed copy
    std::vector<std::pair<size_t, int64_t>> units; // (tensor, first row)
    std::atomic<size_t> next{0};
};
inline void pack_job_fn(void* arg, int, int) {
    pack_job& J = *static_cast<pack_job*>(arg);
    const int64_t step = 64 * PK_ROWS;
    for (;;) {
        const size_t u = J.next.fetch_add(1, std::memory_order_relaxed);
        if (u >= J.units.size()) return;
        qtensor* t = J.ts[J.units[u].first];
        const int64_t r0 = J.units[u].second, nr = std::min(step, t->ne1 - r0);
        pk_pack(t->type, t->pk, t->data + (size_t)r0 * t->row_bytes, t->row_bytes, t->ne0, nr,
                J.dst[J.units[u].first] + (size_t)r0 * t->row_bytes);
#if defined(QLMI_MMAP)
        // Release the mapped original behind us, unit by unit: packing a whole matrix and
        // then releasing it would hold both copies of the largest one at once (Gemma 3's
        // tied 262k x 640 Q8_0 embedding: +170 MB of peak RSS). From the page holding row
        // r0: a page shared with a unit another thread is still reading is read again
        // from the file, which costs a fault, not correctness.
        if (J.m->map) {
            const size_t page = (size_t)sysconf(_SC_PAGESIZE);
            const uint8_t* lo = std::max(t->data, (const uint8_t*)((uintptr_t)(t->data + (size_t)r0 * t->row_bytes) / page * page));
            release_pages(lo, (size_t)(t->data + (size_t)(r0 + nr) * t->row_bytes - lo));
        }
#endif
    }
}

// Copies every matrix the packed kernels can read into the interleaved layout (packed.h)
// and, for a mapped file, tells the kernel the original pages are no longer needed, so
// the resident size stays that of the weights. A page is read again from the file if
// anything still reads the stored rows (an untied embedding's lookups, a GPU backend's
// upload; a tied, packed embedding is read from the packed copy, embed_row).
inline qlm_result model_pack(qlm_model& m, qlm_error* err) {
    std::vector<qtensor*> ts;
    for (layer_weights& L : m.layers)
        for (qtensor* t : {&L.wq, &L.wk, &L.wv, &L.wo, &L.w_gate, &L.w_up, &L.w_down}) ts.push_back(t);
    ts.push_back(&m.output);
    size_t total = 0;
    pack_job J;
    J.m = &m;
    for (qtensor* t : ts) {
        pk_format f;
        if (!pk_format_of(t->type, &f) || t->ne1 % PK_ROWS || t->ne0 % f.group) continue;
        t->pk = f;
        J.ts.push_back(t);
        total += ((size_t)t->ne1 * t->row_bytes + 63) / 64 * 64;
    }
    if (J.ts.empty()) return QLM_OK;
    if (!m.packed.init(&m.al, total)) return fail(err, &m.log, MSG_OOM, UINT64_MAX, "out of memory packing the weights (%zu bytes)", total);
    uint8_t* dst = m.packed.p;
    for (size_t i = 0; i < J.ts.size(); i++) {
        J.dst.push_back(dst);
        for (int64_t r0 = 0; r0 < J.ts[i]->ne1; r0 += 64 * PK_ROWS) J.units.push_back({i, r0});
        dst += ((size_t)J.ts[i]->ne1 * J.ts[i]->row_bytes + 63) / 64 * 64;
    }
    thread_pool pool;
#ifndef QLM_NO_THREADS
    pool.start((int)std::max(1u, std::min(8u, std::thread::hardware_concurrency())));
#endif
    pool.run(pack_job_fn, &J);
    pool.stop();
    for (size_t i = 0; i < J.ts.size(); i++) J.ts[i]->packed = J.dst[i];
    m.any_packed = true;
    m.log.logf(QLM_LOG_INFO, "%zu matrices interleaved for the CPU kernels (%.1f MB)", J.ts.size(), (double)total / 1e6);
    return QLM_OK;
}

// Token tok's embedding row as floats (before Gemma's scaling). A tied output that was
// packed is read from the packed copy (pk_row_to_float), so the mapped original that
// model_pack released stays released.
inline void embed_row(const qlm_model& m, int32_t tok, float* x) {
    if (m.output.packed && m.output.data == m.tok_embd.data)
        pk_row_to_float(m.output.pk, m.output.packed, m.hp.n_embd, tok, x);
    else
        type_info(m.tok_embd.type)->to_float(m.tok_embd.row(tok), x, m.hp.n_embd);
}

inline qlm_result model_init(qlm_model* m, const qlm_model_params* p, qlm_error* err) {
    m->kt = &kernels();
    gguf_limits lim;
    qlm_result r = gguf_parse(m->bytes, m->size, lim, p->vocab_only != 0, &m->gf, err);
    if (r != QLM_OK) {
        if (err) m->log.logf(QLM_LOG_ERROR, "%s", err->text);
        return r;
    }
    m->vocab_only = p->vocab_only != 0;
    r = model_bind(*m, err);
    if (r != QLM_OK || m->vocab_only || p->no_repack || !m->kt->pk_gemm) return r;
    return model_pack(*m, err);
}

// ---- the forward pass --------------------------------------------------------------------

// Activation rows quantized for the weight types of one operation. Up to three distinct
// activation types (e.g. Q8_0 and Q8_1 when Q and K are stored differently).
struct act_set {
    uint32_t type[3] = {0, 0, 0};
    int n = 0;
    int slot(uint32_t t) const {
        for (int i = 0; i < n; i++)
            if (type[i] == t) return i;
        return -1;
    }
    void add(uint32_t t) {
        if (slot(t) < 0 && n < 3) type[n++] = t;
    }
};

// Importance of each input channel of the weight matrices: the mean square of the
// activations that meet them, gathered over a calibration text (build/quantize --imatrix)
// so that the quantizer spends its precision where the inputs are large. One vector per
// layer for each group of matrices that share an input.
// With `full` (quantize --gptq), also the whole second moment sum x x^T of each block
// input (not the output matrix's), for rounding that feeds each weight's error forward
// to the weights not yet rounded (lb_quantize_gptq). Rows are kept until IMX_BATCH of
// them are pending, then added as one rank-IMX_BATCH update: a per-token outer product
// would be memory bound and take hours over 4096 tokens and 30 layers.
enum imatrix_kind { IMX_ATTN_IN, IMX_ATTN_OUT, IMX_FFN_IN, IMX_FFN_MID, IMX_OUTPUT, IMX_KINDS };
struct imatrix_stats {
    static constexpr int IMX_BATCH = 64;
    int n_layer = 0, width[IMX_KINDS] = {0, 0, 0, 0, 0};
    std::vector<double> sum[IMX_KINDS]; // [layer][width] sums of squares (IMX_OUTPUT: one layer)
    double count[IMX_KINDS] = {0, 0, 0, 0, 0}; // rows added, per layer
    bool full = false;
    // With full: [layer][width][width] sum of x x^T, upper triangle until finish() mirrors
    // it; float, each entry a sum of per-batch float dot products of IMX_BATCH terms.
    std::vector<float> cov[IMX_OUTPUT];
    std::vector<float> pending[IMX_OUTPUT]; // [layer][IMX_BATCH][width] rows not yet in cov
    std::vector<int> n_pending[IMX_OUTPUT]; // [layer]
    std::mutex mu;
    void init(int layers, int E, int Q, int FF, bool with_cov = false) {
        n_layer = layers;
        full = with_cov;
        const int w[IMX_KINDS] = {E, Q, E, FF, E};
        for (int k = 0; k < IMX_KINDS; k++) {
            width[k] = w[k];
            sum[k].assign((size_t)(k == IMX_OUTPUT ? 1 : layers) * (size_t)w[k], 0.0);
            if (k == IMX_OUTPUT || !full) continue;
            cov[k].assign((size_t)layers * (size_t)w[k] * (size_t)w[k], 0.0f);
            pending[k].assign((size_t)layers * IMX_BATCH * (size_t)w[k], 0.0f);
            n_pending[k].assign((size_t)layers, 0);
        }
    }
    void add(imatrix_kind k, int l, const float* x) {
        std::lock_guard<std::mutex> lock(mu);
        double* s = sum[k].data() + (size_t)(k == IMX_OUTPUT ? 0 : l) * (size_t)width[k];
        for (int i = 0; i < width[k]; i++) s[i] += (double)x[i] * x[i];
        if (l == 0 || k == IMX_OUTPUT) count[k] += 1.0;
        if (!full || k == IMX_OUTPUT) return;
        int& np = n_pending[k][(size_t)l];
        memcpy(pending[k].data() + ((size_t)l * IMX_BATCH + (size_t)np) * (size_t)width[k], x, sizeof(float) * (size_t)width[k]);
        if (++np == IMX_BATCH) flush(k, l);
    }
    // Adds the pending rows of (k, l) to its upper triangle: for each output row i, four
    // input rows at a time scaled into the contiguous tail j >= i (which stays in L1).
    void flush(imatrix_kind k, int l) {
        const int n = width[k], np = n_pending[k][(size_t)l];
        const float* X = pending[k].data() + (size_t)l * IMX_BATCH * (size_t)n;
        float* C = cov[k].data() + (size_t)l * (size_t)n * (size_t)n;
        for (int i = 0; i < n; i++) {
            float* c = C + (size_t)i * (size_t)n;
            int t = 0;
            for (; t + 4 <= np; t += 4) {
                const float *x0 = X + (size_t)t * n, *x1 = x0 + n, *x2 = x1 + n, *x3 = x2 + n;
                const float a0 = x0[i], a1 = x1[i], a2 = x2[i], a3 = x3[i];
                for (int j = i; j < n; j++) c[j] += a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
            }
            for (; t < np; t++) {
                const float* x0 = X + (size_t)t * n;
                for (int j = i; j < n; j++) c[j] += x0[i] * x0[j];
            }
        }
        n_pending[k][(size_t)l] = 0;
    }
    // After the last add: the pending rows in, and each cov made symmetric.
    void finish() {
        if (!full) return;
        for (int k = 0; k < IMX_OUTPUT; k++)
            for (int l = 0; l < n_layer; l++) {
                flush((imatrix_kind)k, l);
                const int n = width[k];
                float* C = cov[k].data() + (size_t)l * (size_t)n * (size_t)n;
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < i; j++) C[(size_t)i * n + j] = C[(size_t)j * n + i];
            }
    }
    // Mean square per channel for layer l (l ignored for IMX_OUTPUT); empty before any data.
    std::vector<float> mean(imatrix_kind k, int l) const {
        std::vector<float> m;
        if (count[k] <= 0) return m;
        const double* s = sum[k].data() + (size_t)(k == IMX_OUTPUT ? 0 : l) * (size_t)width[k];
        m.resize((size_t)width[k]);
        for (int i = 0; i < width[k]; i++) m[(size_t)i] = (float)(s[i] / count[k]);
        return m;
    }
    // The full second moment sum x x^T of (k, l), width[k]^2 row-major; null without full
    // data (after finish()).
    const float* covariance(imatrix_kind k, int l) const {
        return full && k != IMX_OUTPUT && count[k] > 0 ? cov[k].data() + (size_t)l * (size_t)width[k] * (size_t)width[k]
                                                        : nullptr;
    }
};

} // namespace qlm_detail

struct qlm_context {
    const qlm_model* model = nullptr;
    qlm_context_params p{};
    qlm_detail::allocator al;
    qlm_detail::logger log;
    qlm_detail::thread_pool pool;
    uint32_t n_ctx = 0, n_batch = 0, n_past = 0;
    const qlm_detail::backend_ops* be = nullptr; // the backend running the forward pass; null = CPU
    void* be_state = nullptr;                    // owned by be

    qlm_detail::kv_cache kv;
    // Scratch, sized for n_batch tokens at creation; nothing is allocated per token.
    qlm_detail::buffer<float> x;      // [n_batch][n_embd] residual stream
    qlm_detail::buffer<float> xn;     // [n_batch][max(n_embd, n_head*head_dim)] normed input / attention output
    qlm_detail::buffer<float> q;      // [n_batch][n_head*head_dim]
    qlm_detail::buffer<float> k, v;   // [n_batch][n_head_kv*head_dim]
    qlm_detail::buffer<float> gate, up; // [n_batch][n_ff]
    qlm_detail::buffer<float> blk;      // [n_batch][n_embd] a block's output before its post-norm (Gemma)
    qlm_detail::buffer<uint8_t> act[3]; // [n_batch][act_row_max] quantized activations
    size_t act_row_max = 0;
    qlm_detail::buffer<float> scores; // [n_threads][rep][n_ctx] attention scores (rep: query heads attending together)
    qlm_detail::buffer<float> qtmp;   // [n_threads][rep][head_dim] attention scratch
    qlm_detail::imatrix_stats* imx = nullptr; // set only while gathering importance (quantize --imatrix)
    qlm_detail::buffer<float> logits; // [n_vocab], or [n_batch][n_vocab] with p.logits_all
    bool have_logits = false;
    uint32_t n_logits = 0; // rows of logits the last decode left (1, or its tokens with logits_all)
};

namespace qlm_detail {

struct fwd_job {
    qlm_context* c;
    const qlm_token* toks;
    int n;        // tokens in this batch
    int pos0;     // position of the first
    bool logits;  // compute logits of the last token (of every token with p.logits_all)
    std::atomic<int> cancelled{0};
    std::atomic<int64_t> mm_next{0}; // matmul chunk numbers (mm_queue)
};

// out[i] for i in [c0, c1) of the RMS-normalised x (the whole of x is read: threads that
// split one row's columns compute the same scale). out must not alias x unless one thread
// writes all of it.
inline void rmsnorm(float* out, const float* x, const float* w, int n, float eps, int64_t c0, int64_t c1) {
    double ss = 0.0;
    for (int i = 0; i < n; i++) ss += (double)x[i] * x[i];
    float scale = (float)(1.0 / std::sqrt(ss / n + eps));
    for (int64_t i = c0; i < c1; i++) out[i] = x[i] * scale * w[i];
}
inline void rmsnorm(float* out, const float* x, const float* w, int n, float eps) { rmsnorm(out, x, w, n, eps, 0, n); }

inline void rope_apply(float* x, int n_heads, int head_dim, int n_rot, const float* inv_freq, float pos,
                       rope_style style) {
    for (int i = 0; i < n_rot / 2; i++) {
        float theta = pos * inv_freq[i];
        float c = std::cos(theta), s = std::sin(theta);
        for (int h = 0; h < n_heads; h++) {
            float* v = x + (size_t)h * head_dim;
            int a = style == ROPE_NORMAL ? 2 * i : i;
            int b = style == ROPE_NORMAL ? 2 * i + 1 : i + n_rot / 2;
            float x0 = v[a], x1 = v[b];
            v[a] = x0 * c - x1 * s;
            v[b] = x0 * s + x1 * c;
        }
    }
}

// The activation type a matrix is multiplied with: the packed kernels' (Q8_0 or Q8_1,
// with pk_act_sums) when the matrix is packed, else its row kernels'.
inline uint32_t act_type_of(const qtensor& w) { return w.packed ? w.pk.act : type_info(w.type)->act_type; }

// Quantizes row t of src (ncols floats) into each activation type of `as`.
// Columns [c0, c1) of the row: whole blocks of every type in the set (see token_shares).
inline void quantize_row_all(qlm_context* c, const act_set& as, const float* src, int t, int64_t ncols, int64_t c0,
                             int64_t c1) {
    const kernel_table& kt = *c->model->kt;
    for (int i = 0; i < as.n; i++) {
        uint8_t* dst = c->act[i].p + (size_t)t * c->act_row_max;
        if (as.type[i] == QT_F32) {
            memcpy(dst + (size_t)c0 * sizeof(float), src + c0, (size_t)(c1 - c0) * sizeof(float));
            continue;
        }
        const type_traits* tt = type_info(as.type[i]);
        kt.quantize_act[as.type[i]](src + c0, dst + (size_t)(c0 / tt->block) * tt->block_bytes, c1 - c0);
        if (c->model->any_packed && (as.type[i] == QT_Q8_0 || as.type[i] == QT_Q8_1) && ncols % 32 == 0)
            pk_act_sums(as.type[i], dst, ncols, c0 / 32, c1 / 32);
    }
}

// Per-token vector work (norms, SwiGLU, activation quantization) over n rows of ncols:
// f(t, c0, c1) for this thread's share. With at least as many tokens as threads each
// thread takes whole tokens. With fewer (decode: one token) every thread takes a slice of
// each token's columns, so the others do not wait at the next barrier while one thread
// does the whole vector (measured: the worker spent 13% of a 1.1B decode spinning,
// docs/PERF.md step 9). Slices are whole blocks of every activation type in `as` (256
// with Q8_K, else 32), and a block's bytes do not depend on which thread made them.
// Importance gathering reads whole rows, so it keeps whole tokens.
template <typename F>
inline void token_shares(const qlm_context* c, const act_set& as, int n, int64_t ncols, int ith, int nth, F&& f) {
    const int64_t unit = as.slot(QT_Q8_K) >= 0 ? 256 : 32;
    if (n >= nth || c->imx || ncols % unit) {
        for (int t = ith; t < n; t += nth) f(t, (int64_t)0, ncols);
        return;
    }
    int64_t a, b;
    split_range(ncols / unit, ith, nth, &a, &b);
    if (b > a)
        for (int t = 0; t < n; t++) f(t, a * unit, b * unit);
}

// out[t][r] (+)= W.row(r) . act[t] for the rows of the matrices in `ops` that fall in this
// thread's share. The matrices are treated as one list of rows so that every thread gets
// the same number of rows whatever their sizes.
struct mm_op {
    const qtensor* w;
    float* out;     // [n][out_stride]
    int64_t out_stride;
    bool accumulate;
};
// Rows [a, b) of the list of matrices.
inline void matmul_range(qlm_context* c, const act_set& as, const mm_op* ops, int n_ops, int n, int64_t a, int64_t b) {
    const kernel_table& kt = *c->model->kt;
    int64_t base = 0;
    for (int i = 0; i < n_ops; i++) {
        const qtensor& w = *ops[i].w;
        int64_t r0 = std::max(a - base, (int64_t)0), r1 = std::min(b - base, w.ne1);
        base += w.ne1;
        if (r0 >= r1) continue;
        const uint8_t* act = c->act[as.slot(act_type_of(w))].p;
        float* out = ops[i].out;
        const size_t os = (size_t)ops[i].out_stride;
        if (w.packed) {
            const size_t slab = (size_t)PK_ROWS * w.row_bytes;
            const pk_act pa = pk_act_of(w.pk, act, c->act_row_max, w.ne0);
            const int64_t s0 = (r0 + PK_ROWS - 1) / PK_ROWS, s1 = r1 / PK_ROWS; // whole slabs
            if (s1 > s0)
                kt.pk_gemm(w.pk, w.ne0, w.packed + (size_t)s0 * slab, s1 - s0, pa, n, out + s0 * PK_ROWS, os, ops[i].accumulate);
            // A share that cuts a slab (another matrix of the list has rows not in 16s):
            // the slab's 16 rows into a scratch tile, of which the share's rows are kept.
            int64_t part[2], np = 0; // slabs the share cuts: the first and the last
            if (r0 % PK_ROWS) part[np++] = r0 / PK_ROWS;
            if (r1 % PK_ROWS && (np == 0 || part[0] != r1 / PK_ROWS)) part[np++] = r1 / PK_ROWS;
            for (int64_t k = 0; k < np; k++) {
                const int64_t sl = part[k], a0 = std::max(r0, sl * PK_ROWS), a1 = std::min(r1, sl * PK_ROWS + PK_ROWS);
                float tile[8 * PK_ROWS];
                for (int t = 0; t < n; t += 8) {
                    pk_act pt = pa;
                    pt.row = pa.row + (size_t)t * pa.stride;
                    const int nt = std::min(8, n - t);
                    kt.pk_gemm(w.pk, w.ne0, w.packed + (size_t)sl * slab, 1, pt, nt, tile, PK_ROWS, false);
                    for (int tt = 0; tt < nt; tt++)
                        for (int64_t r = a0; r < a1; r++) {
                            float& o = out[(size_t)(t + tt) * os + (size_t)r];
                            const float y = tile[tt * PK_ROWS + (r - sl * PK_ROWS)];
                            o = ops[i].accumulate ? o + y : y;
                        }
                }
            }
            continue;
        }
        if (mat_dot_fn md = n > 1 ? kt.mat_dot[w.type] : nullptr) {
            // Prefill: tiles of 4 rows x 4 tokens; the rows stay in L1 while the tokens pass.
            float tile[16];
            for (int64_t r = r0; r < r1; r += 4) {
                const int nr = (int)std::min<int64_t>(4, r1 - r);
                for (int t = 0; t < n; t += 4) {
                    const int nt = std::min(4, n - t);
                    md(w.ne0, w.row(r), w.row_bytes, nr, act + (size_t)t * c->act_row_max, c->act_row_max, nt, tile, 4);
                    for (int tt = 0; tt < nt; tt++)
                        for (int rr = 0; rr < nr; rr++) {
                            float& o = out[(size_t)(t + tt) * os + (size_t)(r + rr)];
                            o = ops[i].accumulate ? o + tile[tt * 4 + rr] : tile[tt * 4 + rr];
                        }
                }
            }
            continue;
        }
        vec_dot_fn dot = kt.vec_dot[w.type];
        for (int64_t r = r0; r < r1; r++) {
            const uint8_t* row = w.row(r);
            for (int t = 0; t < n; t++) {
                float y = dot(w.ne0, row, act + (size_t)t * c->act_row_max);
                float& o = out[(size_t)t * os + (size_t)r];
                o = ops[i].accumulate ? o + y : y;
            }
        }
    }
}

// The rows left after the fixed shares go out in small chunks to whichever thread is free
// first: threads that stream the same number of bytes do not finish together (measured:
// after a static split, a 1.1B decode's worker waited 8% of its time at the barrier that
// follows a matmul, docs/PERF.md step 9). Chunks are numbered from one counter per forward
// job. Every thread calls every matmul (SPMD) and takes one number past the last chunk
// before it leaves, and a barrier follows each matmul, so after a call the counter has
// moved by exactly chunks + threads: `base` is where the next call's numbers start, the
// same in every thread.
struct mm_queue {
    std::atomic<int64_t>* next;
    int64_t base = 0;
};
inline void matmul_rows(qlm_context* c, const act_set& as, const mm_op* ops, int n_ops, int n, int ith, int nth,
                        mm_queue& q) {
    // Threads get whole 16-row slabs when every matrix has them, so a packed matrix is
    // never cut inside a slab and a row's result does not depend on the thread count.
    int64_t total = 0, unit = PK_ROWS;
    for (int i = 0; i < n_ops; i++) {
        total += ops[i].w->ne1;
        if (ops[i].w->ne1 % PK_ROWS) unit = 1;
    }
    const int64_t units = total / unit, chunk = unit == 1 ? 64 : 4; // 4 slabs: one per decode stream
    const int64_t fixed = nth == 1 ? units : units - units / 8; // the last eighth is shared out
    int64_t a, b;
    split_range(fixed, ith, nth, &a, &b);
    if (b > a) matmul_range(c, as, ops, n_ops, n, a * unit, b * unit);
    if (nth == 1) return;
    const int64_t n_chunks = (units - fixed + chunk - 1) / chunk;
    for (;;) {
        const int64_t k = q.next->fetch_add(1, std::memory_order_relaxed) - q.base;
        if (k >= n_chunks) break;
        const int64_t u0 = fixed + k * chunk;
        matmul_range(c, as, ops, n_ops, n, u0 * unit, std::min(units, u0 + chunk) * unit);
    }
    q.base += n_chunks + nth;
}

inline void add_bias(float* x, const std::vector<float>& b, int n) {
    if (b.empty()) return;
    for (int i = 0; i < n; i++) x[i] += b[i];
}

// x[t] += W . act[t] for every token: the residual added in place, or, when the family
// normalises a block's output first (Gemma's post-norms), through c->blk.
inline void matmul_residual(qlm_context* c, const act_set& as, const qtensor& w, const std::vector<float>& post_norm,
                            int n, int ith, int nth, mm_queue& q) {
    const int E = c->model->hp.n_embd;
    thread_pool& pool = c->pool;
    if (post_norm.empty()) {
        const mm_op o[1] = {{&w, c->x.p, E, true}};
        matmul_rows(c, as, o, 1, n, ith, nth, q);
        pool.barrier();
        return;
    }
    const mm_op o[1] = {{&w, c->blk.p, E, false}};
    matmul_rows(c, as, o, 1, n, ith, nth, q);
    pool.barrier();
    for (int t = ith; t < n; t += nth) {
        float *y = c->blk.p + (size_t)t * E, *x = c->x.p + (size_t)t * E;
        rmsnorm(y, y, post_norm.data(), E, c->model->hp.eps);
        for (int i = 0; i < E; i++) x[i] += y[i];
    }
    pool.barrier();
}

inline void forward_job_fn(void* arg, int ith, int nth) {
    fwd_job& J = *static_cast<fwd_job*>(arg);
    qlm_context* c = J.c;
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    thread_pool& pool = c->pool;
    const int n = J.n, E = h.n_embd, HD = h.head_dim, NH = h.n_head, NKV = h.n_head_kv;
    const int Q = NH * HD, KV = NKV * HD, FF = h.n_ff, XN = std::max(E, Q);
    const float attn_scale = h.attn_scale;
    mm_queue mq{&J.mm_next};

    // Embeddings: dequantize each token's row (Gemma scales it by sqrt(n_embd)).
    for (int t = ith; t < n; t += nth) {
        float* x = c->x.p + (size_t)t * E;
        embed_row(m, J.toks[t], x);
        if (h.embd_scale != 1.0f)
            for (int i = 0; i < E; i++) x[i] *= h.embd_scale;
    }

    for (int l = 0; l < h.n_layer; l++) {
        const layer_weights& L = m.layers[(size_t)l];
        if (ith == 0 && c->p.cancel && c->p.cancel(c->p.cancel_user)) J.cancelled.store(1);
        pool.barrier();
        if (J.cancelled.load()) return;

        // Attention input: RMSNorm, quantized once for each activation type of Q/K/V.
        act_set a_qkv;
        a_qkv.add(act_type_of(L.wq));
        a_qkv.add(act_type_of(L.wk));
        a_qkv.add(act_type_of(L.wv));
        token_shares(c, a_qkv, n, E, ith, nth, [&](int t, int64_t c0, int64_t c1) {
            float* xn = c->xn.p + (size_t)t * XN;
            rmsnorm(xn, c->x.p + (size_t)t * E, L.attn_norm.data(), E, h.eps, c0, c1);
            quantize_row_all(c, a_qkv, xn, t, E, c0, c1);
            if (c->imx) c->imx->add(IMX_ATTN_IN, l, xn);
        });
        pool.barrier();
        const mm_op qkv[3] = {{&L.wq, c->q.p, Q, false}, {&L.wk, c->k.p, KV, false}, {&L.wv, c->v.p, KV, false}};
        matmul_rows(c, a_qkv, qkv, 3, n, ith, nth, mq);
        pool.barrier();

        // Biases (Qwen2) and per-head norms (Qwen3, Gemma 3), RoPE on q and k, then k and
        // v into the cache at their positions.
        for (int t = ith; t < n; t += nth) {
            float *q = c->q.p + (size_t)t * Q, *k = c->k.p + (size_t)t * KV, *v = c->v.p + (size_t)t * KV;
            add_bias(q, L.bq, Q);
            add_bias(k, L.bk, KV);
            add_bias(v, L.bv, KV);
            if (!L.q_norm.empty())
                for (int hh = 0; hh < NH; hh++) rmsnorm(q + (size_t)hh * HD, q + (size_t)hh * HD, L.q_norm.data(), HD, h.eps);
            if (!L.k_norm.empty())
                for (int hh = 0; hh < NKV; hh++) rmsnorm(k + (size_t)hh * HD, k + (size_t)hh * HD, L.k_norm.data(), HD, h.eps);
            float pos = (float)(J.pos0 + t);
            rope_apply(q, NH, HD, h.n_rot, L.inv_freq, pos, h.rope);
            rope_apply(k, NKV, HD, h.n_rot, L.inv_freq, pos, h.rope);
            c->kv.store(l, (uint32_t)(J.pos0 + t), k, v);
        }
        pool.barrier();

        // Causal attention, one work item per token and KV head (its query heads together, in
        // chunks of at most KV_MAX_REP: each cache row is read once for them); output into
        // xn. A sliding-window layer sees the last n_swa positions, its own included.
        const int group = NH / NKV, rep = std::min(group, KV_MAX_REP), n_chunk = (group + rep - 1) / rep;
        for (int item = ith; item < n * NKV * n_chunk; item += nth) {
            const int t = item / (NKV * n_chunk), kvh = item / n_chunk % NKV, hh = kvh * group + item % n_chunk * rep;
            const uint32_t n_pos = (uint32_t)(J.pos0 + t + 1);
            const uint32_t p0 = L.swa && n_pos > h.n_swa ? n_pos - h.n_swa : 0;
            c->kv.attend_from(l, kvh, p0, n_pos, c->q.p + (size_t)t * Q + (size_t)hh * HD, std::min(rep, (kvh + 1) * group - hh),
                              attn_scale, c->xn.p + (size_t)t * XN + (size_t)hh * HD,
                              c->scores.p + (size_t)ith * rep * c->n_ctx, c->qtmp.p + (size_t)ith * rep * HD);
        }
        pool.barrier();

        act_set a_o;
        a_o.add(act_type_of(L.wo));
        token_shares(c, a_o, n, Q, ith, nth, [&](int t, int64_t c0, int64_t c1) {
            quantize_row_all(c, a_o, c->xn.p + (size_t)t * XN, t, Q, c0, c1);
            if (c->imx) c->imx->add(IMX_ATTN_OUT, l, c->xn.p + (size_t)t * XN);
        });
        pool.barrier();
        matmul_residual(c, a_o, L.wo, L.post_attn_norm, n, ith, nth, mq);

        // Feed-forward: RMSNorm, gate and up together, SwiGLU, down added to the residual.
        act_set a_gu;
        a_gu.add(act_type_of(L.w_gate));
        a_gu.add(act_type_of(L.w_up));
        token_shares(c, a_gu, n, E, ith, nth, [&](int t, int64_t c0, int64_t c1) {
            float* xn = c->xn.p + (size_t)t * XN;
            rmsnorm(xn, c->x.p + (size_t)t * E, L.ffn_norm.data(), E, h.eps, c0, c1);
            quantize_row_all(c, a_gu, xn, t, E, c0, c1);
            if (c->imx) c->imx->add(IMX_FFN_IN, l, xn);
        });
        pool.barrier();
        const mm_op gu[2] = {{&L.w_gate, c->gate.p, FF, false}, {&L.w_up, c->up.p, FF, false}};
        matmul_rows(c, a_gu, gu, 2, n, ith, nth, mq);
        pool.barrier();
        act_set a_d;
        a_d.add(act_type_of(L.w_down));
        token_shares(c, a_d, n, FF, ith, nth, [&](int t, int64_t c0, int64_t c1) {
            float* g = c->gate.p + (size_t)t * FF;
            const float* u = c->up.p + (size_t)t * FF;
            if (h.gelu)
                for (int64_t i = c0; i < c1; i++) g[i] = gelu_f16(m.gelu_table.data(), g[i]) * u[i];
            else
                for (int64_t i = c0; i < c1; i++) g[i] = g[i] / (1.0f + std::exp(-g[i])) * u[i];
            quantize_row_all(c, a_d, g, t, FF, c0, c1);
            if (c->imx) c->imx->add(IMX_FFN_MID, l, g);
        });
        pool.barrier();
        matmul_residual(c, a_d, L.w_down, L.post_ffn_norm, n, ith, nth, mq);
    }
    if (!J.logits) return;
    // Output: the last token's logits, or every token's (rows t of xn and logits).
    const bool all = c->p.logits_all != 0;
    const int n_out = all ? n : 1;
    act_set a_out;
    a_out.add(act_type_of(m.output));
    token_shares(c, a_out, n_out, E, ith, nth, [&](int t, int64_t c0, int64_t c1) {
        float* xn = c->xn.p + (size_t)t * XN;
        rmsnorm(xn, c->x.p + (size_t)(all ? t : n - 1) * E, m.output_norm.data(), E, h.eps, c0, c1);
        quantize_row_all(c, a_out, xn, t, E, c0, c1);
        if (c->imx) c->imx->add(IMX_OUTPUT, 0, xn);
    });
    pool.barrier();
    const mm_op out[1] = {{&m.output, c->logits.p, h.n_vocab, false}};
    matmul_rows(c, a_out, out, 1, n_out, ith, nth, mq);
    if (h.logit_softcap > 0.0f) {
        pool.barrier();
        const float cap = h.logit_softcap;
        int64_t a, b;
        split_range((int64_t)n_out * h.n_vocab, ith, nth, &a, &b);
        for (int64_t i = a; i < b; i++) c->logits.p[i] = cap * std::tanh(c->logits.p[i] / cap);
    }
}

// Size of one quantized activation row of ncols for the largest activation type.
inline size_t act_row_bytes_max(int64_t ncols) {
    size_t mx = (size_t)ncols * sizeof(float); // F32 activations for float weights
    const uint32_t types[] = {QT_Q8_0, QT_Q8_1, QT_Q8_K};
    for (uint32_t t : types) {
        const type_traits* tt = type_info(t);
        int64_t blocks = (ncols + tt->block - 1) / tt->block;
        mx = std::max(mx, (size_t)blocks * tt->block_bytes);
    }
    return (mx + 63) / 64 * 64 + pk_act_extra_bytes(ncols); // + the sums packed kernels read
}

// Drops the oldest half of the tokens after n_keep and moves the rest down, re-rotating
// the moved keys: RoPE rotations compose, so rotating by -n_discard moves a key from
// position p to p - n_discard exactly (up to F16 rounding).
inline void context_shift(qlm_context* c) {
    const hparams& h = c->model->hp;
    uint32_t keep = std::min(c->p.n_keep, c->n_past);
    uint32_t n_discard = (c->n_past - keep) / 2;
    if (n_discard == 0) return;
    const qlm_model* m = c->model;
    if (c->be) c->be->kv_download(c, c->n_past); // a backend's cache moves on the host (errors are logged)
    c->kv.move(keep + n_discard, keep, c->n_past - keep - n_discard, [&](int l, float* k) {
        rope_apply(k, h.n_head_kv, h.head_dim, h.n_rot, m->layers[(size_t)l].inv_freq, -(float)n_discard, h.rope);
    });
    if (c->be) c->be->kv_upload(c, c->n_past - n_discard);
    c->n_past -= n_discard;
    c->log.logf(QLM_LOG_INFO, "context full: dropped %u tokens after the first %u", n_discard, keep);
}

// want_logits = false skips the output projection (a fifth of a token's work on SmolLM2):
// the step API decodes a prompt in small chunks and needs logits only after the last.
// argmax (only where decode_argmax_ok): the rows of logits go unread; their argmax lands
// in argmax[0], or argmax[t] with logits_all, computed by the backend (greedy decoding).
inline qlm_result decode(qlm_context* c, const qlm_token* toks, size_t n, qlm_error* err, bool want_logits = true,
                         int32_t* argmax = nullptr) {
    const qlm_model& m = *c->model;
    if (m.vocab_only)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "decode: the model was loaded with vocab_only");
    if (!toks && n) return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "decode: tokens is NULL");
    if (n == 0) return QLM_OK;
    for (size_t i = 0; i < n; i++)
        if (toks[i] < 0 || toks[i] >= m.hp.n_vocab)
            return fail(err, &c->log, MSG_BAD_TOKEN, UINT64_MAX, "decode: token %d at index %zu is not in the vocabulary (0..%d)",
                        toks[i], i, m.hp.n_vocab - 1);
    if (n > c->n_ctx)
        return fail(err, &c->log, MSG_CTX_FULL, UINT64_MAX, "decode: %zu tokens do not fit in a context of %u", n, c->n_ctx);
    if (c->p.logits_all && n > c->n_batch)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "decode: with logits_all a call takes at most n_batch (%u) tokens, not %zu", c->n_batch, n);
    size_t done = 0;
    while (done < n) {
        uint32_t nb = (uint32_t)std::min<size_t>(n - done, c->n_batch);
        if (c->n_past + nb > c->n_ctx) {
            if (c->p.ctx_full == QLM_CTX_FULL_SHIFT) context_shift(c);
            if (c->n_past + nb > c->n_ctx)
                return fail(err, &c->log, MSG_CTX_FULL, UINT64_MAX,
                            "decode: the context is full (%u of %u tokens used, %u more requested)", c->n_past,
                            c->n_ctx, nb);
        }
        fwd_job job;
        job.c = c;
        job.toks = toks + done;
        job.n = (int)nb;
        job.pos0 = (int)c->n_past;
        c->kv.note_tokens(c->n_past, job.toks, nb); // the history, for qlm_context_save
        job.logits = want_logits && done + nb == n;
        c->have_logits = false;
        c->n_logits = 0;
        if (c->be) {
            qlm_result r = argmax && job.logits ? c->be->forward_argmax(c, job.toks, job.n, job.pos0, argmax, err)
                                                : c->be->forward(c, job.toks, job.n, job.pos0, job.logits, err);
            if (r != QLM_OK) return r;
        } else {
            c->pool.run(forward_job_fn, &job);
            if (job.cancelled.load()) return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        }
        c->n_past += nb;
        done += nb;
    }
    c->have_logits = want_logits && !argmax;
    c->n_logits = c->have_logits ? (c->p.logits_all ? (uint32_t)n : 1u) : 0u;
    return QLM_OK;
}
// Whether decode can return the argmax in place of the logits: the backend computes it.
inline bool decode_argmax_ok(const qlm_context* c) { return c->be && c->be->forward_argmax; }

// Why a GPU backend cannot run this model, or null. The GPU backends implement the plain
// Llama graph; other families stay on the CPU with this reason in the log.
inline const char* model_backend_unsupported(const qlm_model& m) {
    const hparams& h = m.hp;
    if (h.arch != ARCH_LLAMA) return "its graph implements the llama architecture only";
    if (h.logit_softcap > 0.0f || h.embd_scale != 1.0f || h.gelu) return "the model needs a feature of another family";
    for (const layer_weights& L : m.layers) {
        if (L.swa) return "sliding-window attention runs on the CPU only";
        if (!L.bq.empty() || !L.bk.empty() || !L.bv.empty()) return "Q/K/V biases run on the CPU only";
        if (!L.q_norm.empty() || !L.k_norm.empty() || !L.post_attn_norm.empty() || !L.post_ffn_norm.empty())
            return "Q/K norms and post-norms run on the CPU only";
    }
    return nullptr;
}

} // namespace qlm_detail
#endif
