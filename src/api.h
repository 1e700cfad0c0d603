/* ==== [qlm:api] public API ============================================================
 * Everything a user calls. C-compatible: fixed-width integers, size_t, const char*,
 * enums and plain structs. Three opaque handles:
 *   qlm_model    immutable after load; may be shared by many contexts and threads.
 *   qlm_context  one sequence: KV cache, scratch memory, thread pool. One thread at a time.
 *   qlm_sampler  sampling chain with its own RNG; the same seed gives the same tokens.
 * Every call that can fail returns qlm_result (0 = ok, negative = failure) and, when the
 * caller passes a qlm_error, fills it with a message id and a readable text.
 * Params structs: all-zero is valid and means "defaults"; a NULL params pointer too. */
#ifndef QUANTLM_API_H
#define QUANTLM_API_H

#include <stddef.h>
#include <stdint.h>

#define QLM_VERSION_MAJOR 0
#define QLM_VERSION_MINOR 1
#define QLM_VERSION_PATCH 0
#define QLM_VERSION (QLM_VERSION_MAJOR * 10000 + QLM_VERSION_MINOR * 100 + QLM_VERSION_PATCH)
#define QLM_VERSION_STRING "0.1.0"

#if defined(QLM_STATIC) && (defined(__GNUC__) || defined(__clang__))
#define QLM_API static __attribute__((unused)) /* a program calls only some of them */
#elif defined(QLM_STATIC)
#define QLM_API static
#elif defined(QLM_DLL) && defined(_WIN32)
#if defined(QUANTLM_IMPLEMENTATION)
#define QLM_API __declspec(dllexport)
#else
#define QLM_API __declspec(dllimport)
#endif
#else
#define QLM_API extern
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum qlm_result {
    QLM_OK = 0,
    QLM_ERR_INVALID_ARG = -1,   /* a NULL or out-of-range argument */
    QLM_ERR_OUT_OF_MEMORY = -2, /* an allocation failed */
    QLM_ERR_IO = -3,            /* the file could not be opened, mapped or read */
    QLM_ERR_BAD_FILE = -4,      /* the GGUF is malformed or contradicts itself */
    QLM_ERR_UNSUPPORTED = -5,   /* valid, but uses something quantlm cannot run */
    QLM_ERR_BACKEND = -6,       /* a compute backend failed */
    QLM_ERR_CONTEXT_FULL = -7,  /* the tokens do not fit in the context */
    QLM_ERR_CANCELLED = -8,     /* the cancel callback or flag stopped the work */
    QLM_ERR_TOKENIZE = -9,      /* text could not be tokenized (e.g. invalid UTF-8) */
    QLM_ERR_TEMPLATE = -10,     /* unknown or unusable chat template */
    QLM_RESULT_FORCE_32 = 0x7fffffff
} qlm_result;

/* Short name of a result code ("QLM_ERR_BAD_FILE"); never NULL. */
QLM_API const char* qlm_result_str(qlm_result r);
/* One sentence saying what a result code means, for people ("the GGUF file is malformed
 * or contradicts itself"); never NULL. qlm_error.text says what exactly went wrong. */
QLM_API const char* qlm_error_string(qlm_result r);

/* Filled by failing calls when the caller passes one. msg_id is stable across releases
 * (see QLM_MESSAGES in the implementation); offset is the file byte offset for file
 * errors, or UINT64_MAX. */
typedef struct qlm_error {
    qlm_result code;
    uint32_t msg_id;
    uint64_t offset;
    char text[256];
} qlm_error;

typedef enum qlm_log_level {
    QLM_LOG_ERROR = 0,
    QLM_LOG_WARN = 1,
    QLM_LOG_INFO = 2,
    QLM_LOG_DEBUG = 3,
    QLM_LOG_LEVEL_FORCE_32 = 0x7fffffff
} qlm_log_level;

typedef void (*qlm_log_fn)(qlm_log_level level, const char* text, void* user);

/* Both-or-none; all-zero means malloc/free. align is a power of two. */
typedef struct qlm_allocator {
    void* (*alloc)(size_t size, size_t align, void* user);
    void (*free)(void* ptr, size_t size, void* user);
    void* user;
} qlm_allocator;

typedef struct qlm_model qlm_model;
typedef struct qlm_context qlm_context;
typedef struct qlm_sampler qlm_sampler;

/* ---- model ---------------------------------------------------------------------- */

typedef struct qlm_model_params {
    qlm_allocator allocator;
    qlm_log_fn log; /* NULL = silent */
    void* log_user;
    int no_mmap;    /* 1 = read the file into allocated memory instead of mapping it */
    int vocab_only; /* 1 = load metadata and tokenizer, no tensors (tokenizer-only files) */
    int no_repack;  /* 1 = keep the weights as stored. By default the CPU kernels get a copy
                     * interleaved by 16 rows (same size; the mapped originals are released),
                     * which decodes several times faster; a GPU backend does not need it.
                     * The copy is made at load on up to 8 threads (one per core). */
} qlm_model_params;

QLM_API qlm_model_params qlm_model_params_default(void);

/* Loads a GGUF file. The file is validated completely before any tensor is used: any
 * byte sequence gives either a model or an error, never a crash. Does not start threads. */
QLM_API qlm_result qlm_model_load_file(const char* path, const qlm_model_params* params,
                                       qlm_model** out, qlm_error* err);
/* Same, from memory the caller keeps alive and unchanged until qlm_model_free. */
QLM_API qlm_result qlm_model_load_memory(const void* data, size_t size,
                                         const qlm_model_params* params, qlm_model** out,
                                         qlm_error* err);
QLM_API void qlm_model_free(qlm_model* model); /* NULL is a no-op */

typedef struct qlm_model_info {
    const char* arch; /* "llama", ... */
    const char* name; /* general.name or "" */
    int32_t n_vocab, n_ctx_train, n_embd, n_layer, n_head, n_head_kv, n_ff;
    uint64_t n_params;
    uint64_t weight_bytes; /* bytes of tensor data, as stored */
} qlm_model_info;
QLM_API qlm_model_info qlm_model_get_info(const qlm_model* model);

/* A metadata value as text (numbers formatted, arrays summarised). Returns the length
 * needed (without NUL) or -1 when the key does not exist. */
QLM_API int64_t qlm_model_meta(const qlm_model* model, const char* key, char* buf, size_t cap);

/* ---- tokens --------------------------------------------------------------------- */

typedef int32_t qlm_token;

/* Tokenizes UTF-8 text. add_special: add BOS/EOS as the file says. parse_special: text
 * like "<|im_start|>" becomes the special token instead of plain text. Writes at most
 * cap tokens to out; *n_out gets the number produced (which may exceed cap: then the
 * call returns QLM_ERR_INVALID_ARG and the caller retries with a bigger buffer).
 * Invalid UTF-8 gives QLM_ERR_TOKENIZE. Thread-safe on a shared model. */
QLM_API qlm_result qlm_tokenize(const qlm_model* model, const char* text, size_t len,
                                int add_special, int parse_special, qlm_token* out,
                                size_t cap, size_t* n_out, qlm_error* err);

/* Raw bytes of one token (may be part of a UTF-8 character). Returns the length needed,
 * or -1 for an invalid token id. Special tokens give their text only when
 * render_special is 1. */
QLM_API int32_t qlm_token_to_bytes(const qlm_model* model, qlm_token token, int render_special,
                                   char* buf, size_t cap);

QLM_API int32_t qlm_n_vocab(const qlm_model* model);
QLM_API qlm_token qlm_token_bos(const qlm_model* model); /* -1 if none */
QLM_API qlm_token qlm_token_eos(const qlm_model* model); /* -1 if none */
QLM_API int qlm_token_is_eog(const qlm_model* model, qlm_token token); /* end of generation */

/* ---- chat templates ------------------------------------------------------------- */

typedef enum qlm_chat_template {
    QLM_CHAT_AUTO = 0, /* recognise the model's tokenizer.chat_template */
    QLM_CHAT_CHATML,
    QLM_CHAT_LLAMA2,
    QLM_CHAT_LLAMA3,
    QLM_CHAT_GEMMA,
    QLM_CHAT_MISTRAL,
    QLM_CHAT_PHI3,
    QLM_CHAT_ZEPHYR,
    QLM_CHAT_TEMPLATE_FORCE_32 = 0x7fffffff
} qlm_chat_template;

typedef struct qlm_chat_message {
    const char* role; /* "system", "user" or "assistant" */
    const char* content;
} qlm_chat_message;

/* Recognises a Jinja chat template string; QLM_ERR_TEMPLATE when it is not one of the
 * built-in families. */
QLM_API qlm_result qlm_chat_template_detect(const char* jinja, qlm_chat_template* out);
/* Name ("chatml", ...) <-> enum; parse returns QLM_ERR_TEMPLATE for unknown names. */
QLM_API const char* qlm_chat_template_name(qlm_chat_template t);
QLM_API qlm_result qlm_chat_template_parse(const char* name, qlm_chat_template* out);

/* Renders messages with template t (QLM_CHAT_AUTO: the model's own; model may be NULL
 * otherwise). add_assistant: end with the header that starts the assistant's turn.
 * Writes at most cap bytes plus NUL; *n_out gets the full length. */
QLM_API qlm_result qlm_chat_apply(const qlm_model* model, qlm_chat_template t,
                                  const qlm_chat_message* msgs, size_t n_msgs, int add_assistant,
                                  char* buf, size_t cap, size_t* n_out, qlm_error* err);

/* ---- context -------------------------------------------------------------------- */

typedef enum qlm_ctx_full_policy {
    QLM_CTX_FULL_ERROR = 0, /* decode returns QLM_ERR_CONTEXT_FULL */
    QLM_CTX_FULL_SHIFT = 1, /* drop the oldest half after n_keep tokens and go on */
    QLM_CTX_FULL_POLICY_FORCE_32 = 0x7fffffff
} qlm_ctx_full_policy;

typedef int (*qlm_cancel_fn)(void* user); /* return nonzero to cancel */

/* Storage of the KV cache's keys or values (docs/KV.md). Bits per value with groups of
 * 64: F16 16, INT8 8.25, INT4 4.25, INT2 2.25. */
typedef enum qlm_kv_type {
    QLM_KV_F16 = 0,
    QLM_KV_INT8 = 1,
    QLM_KV_INT4 = 2,
    QLM_KV_INT2 = 3,
    QLM_KV_TYPE_FORCE_32 = 0x7fffffff
} qlm_kv_type;

/* Rotation of keys, queries and values before the cache quantizes them. */
typedef enum qlm_kv_rot {
    QLM_KV_ROT_NONE = 0,
    QLM_KV_ROT_HADAMARD = 1,   /* fast Walsh-Hadamard with fixed signs; head_dim a power of 2 */
    QLM_KV_ROT_CALIBRATED = 2, /* per layer and head, from a file made by qlm_calibrate_kv */
    QLM_KV_ROT_FORCE_32 = 0x7fffffff
} qlm_kv_rot;

/* Where a context runs the model. A GPU backend that cannot start (no loader, no device,
 * a weight or KV type it has no kernel for, a model family only the CPU runs) leaves the
 * context on the CPU and logs why;
 * qlm_context_backend() says which one runs. */
typedef enum qlm_backend {
    QLM_BACKEND_AUTO = 0, /* the CPU, for now */
    QLM_BACKEND_CPU = 1,
    QLM_BACKEND_VULKAN = 2, /* any Vulkan 1.1 device (docs/VULKAN.md) */
    QLM_BACKEND_CUDA = 3,   /* NVIDIA GPU via libquantlm_cuda.so (make cuda, Linux; docs/CUDA.md) */
    QLM_BACKEND_FORCE_32 = 0x7fffffff
} qlm_backend;

typedef struct qlm_context_params {
    uint32_t n_ctx;     /* 0 = min(model's training context, 4096) */
    uint32_t n_batch;   /* tokens per forward pass during prefill; 0 = 64 */
    uint32_t n_threads; /* 0 = number of cores (up to 8) */
    qlm_ctx_full_policy ctx_full;
    uint32_t n_keep; /* tokens kept at the start on a context shift */
    qlm_allocator allocator; /* 0 = the model's */
    qlm_log_fn log;          /* NULL = the model's */
    void* log_user;
    qlm_cancel_fn cancel; /* checked between layers */
    void* cancel_user;
    qlm_kv_type kv_type_k, kv_type_v; /* 0 = F16 */
    qlm_kv_rot kv_rot;                /* 0 = none */
    uint32_t kv_group;  /* values per scale: 32, 64 or 128, at most head_dim; 0 = min(64, head_dim) */
    uint32_t kv_window; /* quantized types: the most recent tokens are also kept in F16 */
    uint32_t kv_sinks;  /* quantized types: the first tokens are also kept in F16 */
    qlm_backend backend; /* 0 = AUTO */
    uint32_t device;     /* GPU backends: 0 = the best (discrete > integrated > CPU); N = the Nth listed, from 1 */
    int logits_all;      /* 1 = qlm_decode keeps the logits of every token it ran (qlm_get_logits_ith),
                            for scoring and speculative decoding; a call then takes at most n_batch
                            tokens, and n_batch * n_vocab floats are allocated */
    uint32_t kv_k_channel; /* quantized keys: 0 = scaled per token; N (32, 64 or 128) = scaled per
                              channel over groups of N positions (KIVI), the positions of a group
                              not yet filled kept in F16 until it fills */
    uint32_t kv_v_channel; /* quantized values: the same (0 = per token, the default) */
} qlm_context_params;

QLM_API qlm_context_params qlm_context_params_default(void);
QLM_API qlm_result qlm_context_create(const qlm_model* model, const qlm_context_params* params,
                                      qlm_context** out, qlm_error* err);
QLM_API void qlm_context_free(qlm_context* ctx);
QLM_API uint32_t qlm_context_n_ctx(const qlm_context* ctx);
QLM_API uint32_t qlm_context_n_past(const qlm_context* ctx); /* tokens in the KV cache */
QLM_API const char* qlm_context_backend(const qlm_context* ctx); /* "cpu", "vulkan", ... */
QLM_API void qlm_context_reset(qlm_context* ctx);            /* forget every token */
/* Bytes held by the KV cache (keys, values, F16 window and sinks, per-channel keys' stage). */
QLM_API size_t qlm_context_kv_bytes(const qlm_context* ctx);
/* "f16" "int8" "int4" "int2" / "none" "hadamard" "calibrated" -> enum; QLM_ERR_INVALID_ARG
 * for other names. */
QLM_API qlm_result qlm_kv_type_parse(const char* name, qlm_kv_type* out);
QLM_API qlm_result qlm_kv_rot_parse(const char* name, qlm_kv_rot* out);

/* Writes the context's state (token history, KV cache of every stored token, last
 * logits) to a file. Loading it into a context of the same model and KV settings (types,
 * rotation, group, window, sinks) with at least as large an n_ctx restores it exactly:
 * decoding and sampling then continue bit for bit as they would have. A file that does
 * not match gives QLM_ERR_BAD_FILE and leaves the context unchanged. Blocks on I/O. */
QLM_API qlm_result qlm_context_save(const qlm_context* ctx, const char* path, qlm_error* err);
QLM_API qlm_result qlm_context_load(qlm_context* ctx, const char* path, qlm_error* err);
/* The tokens in the cache, oldest first (n_past of them). */
QLM_API const qlm_token* qlm_context_tokens(const qlm_context* ctx);

/* Runs the model over a calibration text (n tokens, in windows of n_ctx; 0 = 512) and
 * writes out_path: a copy of the model's GGUF plus, per layer and KV head, the key/query
 * and value transforms that QLM_KV_ROT_CALIBRATED uses (docs/KV.md). Allocates; takes
 * seconds to minutes. */
QLM_API qlm_result qlm_calibrate_kv(const qlm_model* model, const qlm_token* tokens, size_t n, uint32_t n_ctx,
                                    const char* out_path, qlm_error* err);

/* Runs the model over n tokens appended after the ones already in the context.
 * Afterwards qlm_get_logits returns the logits of the last of them. */
QLM_API qlm_result qlm_decode(qlm_context* ctx, const qlm_token* tokens, size_t n,
                              qlm_error* err);
/* n_vocab floats, valid until the next decode; NULL before the first decode. */
QLM_API const float* qlm_get_logits(const qlm_context* ctx);
/* The logits of token i of the last qlm_decode call (i < 0 counts from its end, -1 = the
 * last). With logits_all every token of the call has a row; without it only the last
 * (i = 0 or -1, as qlm_get_logits). NULL when i is out of range. */
QLM_API const float* qlm_get_logits_ith(const qlm_context* ctx, int32_t i);
/* Forgets the tokens after the first n_past (n_past <= qlm_context_n_past), e.g. the
 * draft tokens a speculative step rejected. With a KV window (kv_window > 0) at most
 * n_batch tokens can be dropped at once, since older window rows are reused. */
QLM_API qlm_result qlm_context_truncate(qlm_context* ctx, uint32_t n_past, qlm_error* err);

/* ---- sampler -------------------------------------------------------------------- */

typedef struct qlm_logit_bias {
    qlm_token token;
    float bias; /* added to the logit; -INFINITY bans the token */
} qlm_logit_bias;

/* A zeroed struct means greedy decoding with no penalties; qlm_sampler_params_default()
 * (and a NULL params pointer) gives the recommended chat settings shown below. */
typedef struct qlm_sampler_params {
    float temperature;      /* <= 0: greedy (argmax). Recommended 0.8 */
    int32_t top_k;          /* <= 0: off. Recommended 40 */
    float top_p;            /* >= 1 or 0: off. Recommended 0.95 */
    float min_p;            /* <= 0: off. Recommended 0.05 */
    float repeat_penalty;   /* 1 or 0: off */
    float frequency_penalty;/* 0: off */
    float presence_penalty; /* 0: off */
    int32_t penalty_last_n; /* tokens looked at by the penalties; 0 = 64 */
    const qlm_logit_bias* logit_bias; /* copied at create */
    size_t n_logit_bias;
    uint64_t seed;
    int seed_set; /* 0: seed from the clock */
} qlm_sampler_params;

QLM_API qlm_sampler_params qlm_sampler_params_default(void);
QLM_API qlm_result qlm_sampler_create(const qlm_sampler_params* params, qlm_sampler** out,
                                      qlm_error* err);
QLM_API void qlm_sampler_free(qlm_sampler* s);
/* Picks a token from n logits (not modified). Order: logit bias, penalties, then greedy
 * or temperature -> top-k -> top-p -> min-p -> draw. -1 on bad arguments. */
QLM_API qlm_token qlm_sampler_sample(qlm_sampler* s, const float* logits, int32_t n);
/* Records a token in the penalty history (call for prompt and generated tokens). */
QLM_API void qlm_sampler_accept(qlm_sampler* s, qlm_token token);
QLM_API void qlm_sampler_reset(qlm_sampler* s); /* history cleared, RNG reseeded */

/* ---- generate ------------------------------------------------------------------- */

/* Receives text as it is produced: always whole UTF-8 characters (a character whose bytes
 * span tokens is held back until complete). Return nonzero to stop. */
typedef int (*qlm_on_text_fn)(const char* text, size_t len, qlm_token token, void* user);

typedef struct qlm_generate_params {
    int32_t n_predict;         /* max new tokens; 0 = nothing; < 0 = until the context is full */
    const char* const* stop;   /* stop strings (not emitted) */
    size_t n_stop;
    qlm_on_text_fn on_text;
    void* user;
    const volatile int* cancel; /* when non-NULL and nonzero, stop with QLM_ERR_CANCELLED */
    int render_special;        /* 1 = emit special tokens' text */
    /* Speculative decoding (docs/API.md): a context of a cheaper model with the same
     * vocabulary (a low-bit copy of the target, a smaller model of its family) proposes
     * n_draft tokens, and ctx verifies them in one batched pass. Greedy output is token for
     * token that of plain decoding; sampled output has the same distribution. ctx needs
     * logits_all = 1 and n_batch > n_draft; the draft context is borrowed like ctx and
     * kept holding the same tokens as ctx. NULL = plain decoding. */
    qlm_context* draft;
    uint32_t n_draft;          /* tokens proposed per step; 0 = 4; capped at ctx's n_batch - 1 */
    /* With no draft context: > 0 proposes, instead, the tokens that followed the latest
     * earlier occurrence of the context's last draft_ngram (or fewer) tokens: free
     * proposals for text that repeats itself. Same guarantees; 0 = off. */
    uint32_t draft_ngram;
} qlm_generate_params;

typedef struct qlm_generate_stats {
    uint32_t n_prompt, n_generated;
    double prompt_ms, gen_ms; /* wall time of prefill and of generation */
    int stopped_by;          /* 0 n_predict, 1 end-of-generation token, 2 stop string, 3 callback */
    qlm_token last_token;    /* the last token sampled (the end-of-generation one, if any) */
    uint32_t n_drafted;      /* speculative: draft tokens the target checked (proposals after a stop are not) */
    uint32_t n_accepted;     /* speculative: of those, accepted (acceptance rate = n_accepted / n_drafted) */
    uint32_t n_steps;        /* speculative: verify passes of the target */
} qlm_generate_stats;

QLM_API qlm_generate_params qlm_generate_params_default(void);
/* Decodes the prompt tokens (after those already in the context), then samples and
 * decodes until a stop condition. stats may be NULL. Afterwards qlm_get_logits has the
 * last decoded token's logits, except after a greedy sampler (no bias, no penalties) on
 * a GPU backend stopped by a stop string, on_text or cancel: its tokens' logits stayed
 * on the device (only their argmax came back), so there are none. */
QLM_API qlm_result qlm_generate(qlm_context* ctx, qlm_sampler* sampler, const qlm_token* prompt,
                                size_t n_prompt, const qlm_generate_params* params,
                                qlm_generate_stats* stats, qlm_error* err);

QLM_API const char* qlm_version(void);
/* "avx2", "scalar", ... : the CPU kernels this machine will use. */
QLM_API const char* qlm_cpu_kernels(void);

/* ==== [qlm:step] driving generation from a frame loop (src/step.h) ================
 * qlm_generate blocks for a whole reply. A game or desktop tool instead either calls
 * qlm_gen_step once per frame, or runs the generation on a worker thread (qlm_stream)
 * and drains its text each frame. Both share qlm_generate's sampling, stop-string and
 * UTF-8 logic (qlm_generate is itself a loop over qlm_gen_step). docs/API.md, section
 * "Driving generation from a frame loop", has examples.
 * The smallest unit of work is one token's forward pass (SmolLM2-135M: about 8 ms on 2
 * threads); a prompt is decoded in chunks sized to the budget, at least one token each. */

typedef struct qlm_gen qlm_gen;

/* Prepares a generation; does no model work (the steps decode the prompt). Validates
 * like qlm_generate and copies the prompt and the stop strings, so the caller may free
 * them. ctx and sampler are borrowed: keep them alive and use them for nothing else
 * until qlm_gen_end. params NULL = qlm_generate_params_default(); on_text, if set, is
 * called from inside qlm_gen_step. Allocates. */
QLM_API qlm_result qlm_gen_begin(qlm_context* ctx, qlm_sampler* sampler, const qlm_token* prompt,
                                 size_t n_prompt, const qlm_generate_params* params, qlm_gen** out,
                                 qlm_error* err);
/* Does some work and returns. budget_ms <= 0: exactly one unit (one generated token, or
 * one n_batch chunk of the prompt). budget_ms > 0: at least one unit, then more while the
 * measured cost of the next one still fits in budget_ms (prompt chunks are sized to fit).
 * The budget is therefore exceeded by up to one unit when a unit costs more than the
 * budget. Returns QLM_OK, or the error that ended the generation (it is returned again
 * by later calls). */
QLM_API qlm_result qlm_gen_step(qlm_gen* g, double budget_ms, qlm_error* err);
/* 1 once the generation has finished (stop condition, cancel flag or error). */
QLM_API int qlm_gen_done(const qlm_gen* g);
/* Text released by the last qlm_gen_step (whole UTF-8 characters; possibly empty; never
 * NULL). Valid until the next qlm_gen_step or qlm_gen_end. len may be NULL. */
QLM_API const char* qlm_gen_text(const qlm_gen* g, size_t* len);
/* Counters so far; prompt_ms and gen_ms add up the time spent inside qlm_gen_step. */
QLM_API qlm_generate_stats qlm_gen_stats(const qlm_gen* g);
/* Frees g; calling it before qlm_gen_done is how a frame loop cancels (nothing runs
 * between steps). The context keeps every token decoded so far. NULL is a no-op. */
QLM_API void qlm_gen_end(qlm_gen* g);

typedef struct qlm_stream qlm_stream;

typedef struct qlm_stream_status {
    int done;          /* 1 = the worker has finished and every byte of text was read */
    qlm_result result; /* the generation's result once the worker finished, else QLM_OK */
    qlm_generate_stats stats; /* counters so far */
} qlm_stream_status;

/* Starts the generation on a new worker thread; returns at once. Arguments as for
 * qlm_gen_begin (errors in them are returned here, before any thread starts); on_text,
 * if set, runs on the worker thread. The worker chains its own check onto the context's
 * cancel callback while it runs, so qlm_stream_cancel also stops a forward pass between
 * layers. */
QLM_API qlm_result qlm_stream_start(qlm_context* ctx, qlm_sampler* sampler, const qlm_token* prompt,
                                    size_t n_prompt, const qlm_generate_params* params,
                                    qlm_stream** out, qlm_error* err);
/* Never blocks on the model: moves up to cap bytes of not yet read text into buf (whole
 * UTF-8 characters; cap >= 4 guarantees progress) and returns the count. status may be
 * NULL. Call from one thread (usually the UI thread). */
QLM_API size_t qlm_stream_read(qlm_stream* s, char* buf, size_t cap, qlm_stream_status* status);
/* Asks the worker to stop; returns at once. Callable from any thread. */
QLM_API void qlm_stream_cancel(qlm_stream* s);
/* Cancels the worker if it still runs, waits for it (at most one layer's work) and frees
 * s. Returns the generation's result (QLM_ERR_CANCELLED when cancelled) and fills the
 * optional stats and err. NULL is a no-op returning QLM_OK. */
QLM_API qlm_result qlm_stream_free(qlm_stream* s, qlm_generate_stats* stats, qlm_error* err);
/* ==== end [qlm:step] ============================================================== */

#ifdef __cplusplus
}
#endif
#endif /* QUANTLM_API_H */
