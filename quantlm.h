/* quantlm.h - v0.1.0 - run quantized LLMs from GGUF files, in one header.
   GENERATED from src/ by scripts/amalgamate.py: edit src/, then run `make amalgamate`.

   1. QUICK START
      In exactly one C++ file:
          #define QUANTLM_IMPLEMENTATION
          #include "quantlm.h"
      Everywhere else (C or C++) just #include "quantlm.h". The implementation is C++17
      (no exceptions or RTTI cross the API); the API is plain C.

          qlm_model* m; qlm_context* c; qlm_sampler* s;
          qlm_model_load_file("model.gguf", NULL, &m, NULL);
          qlm_context_create(m, NULL, &c, NULL);
          qlm_sampler_create(NULL, &s, NULL);
          ... qlm_tokenize, qlm_generate(c, s, tokens, n, &gen_params, NULL, NULL) ...

      examples/simple.c and examples/simple.cpp are complete programs of under 60 lines.

   2. BUILD OPTIONS (#define before including the implementation)
      QLM_NO_SIMD     scalar kernels only (they are the reference the SIMD ones match)
      QLM_NO_THREADS  no thread pool; everything runs on the calling thread
      QLM_NO_MMAP     read model files into memory instead of mapping them
      QLM_NO_VULKAN   leave out the Vulkan backend (docs/VULKAN.md); it needs no SDK either way:
                      the loader is opened at run time (on glibc < 2.34 link with -ldl)
      QLM_NO_CUDA     leave out the CUDA backend (docs/CUDA.md; Linux): it needs no CUDA toolkit
                      either way: libquantlm_cuda.so (`make cuda`) is opened at run time
      QLM_STATIC      make every API function static (private to one translation unit)
      QLM_DLL         export/import the API from a Windows DLL
      QLM_ASSERT(x)   internal invariant checks (default: assert)

   3. MODEL OF OPERATION
      qlm_model   : the mapped GGUF file, hyperparameters, tokenizer. Immutable; share it.
      qlm_context : one conversation: KV cache, scratch buffers, a persistent thread pool.
                    Use it from one thread at a time; use one context per thread.
      qlm_sampler : a sampling chain with its own seeded RNG.
      No global mutable state: allocation and logging go through hooks set per object.

   4. ERRORS
      Every fallible call returns qlm_result (QLM_OK = 0, failures negative) and fills an
      optional qlm_error with a stable message id and a readable text.

   5. TRUST
      GGUF files are untrusted input: every count, size and offset is checked before use.
      A malformed file gives QLM_ERR_BAD_FILE with the byte offset, never a crash.

   6. WHAT QUANTLM DOES NOT DO
      No training, no general tensor-graph API, no network access.

   LICENCE: MIT, at the end of this file.
*/
#ifndef QUANTLM_H
#define QUANTLM_H
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
                     * which decodes several times faster; a GPU backend does not need it. */
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
 * decodes until a stop condition. stats may be NULL. */
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
#endif /* QUANTLM_H */

#if defined(QUANTLM_IMPLEMENTATION) && !defined(QUANTLM_IMPLEMENTATION_DONE)
#define QUANTLM_IMPLEMENTATION_DONE
// ==== [qlm:internal] helpers shared by every part of the implementation ================
// Internal names live in namespace qlm_detail; internal macros are QLMI_* and are
// undefined again at the end of the implementation (src/unscope.h).
#ifndef QLM_INTERNAL_H
#define QLM_INTERNAL_H


#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#if defined(__x86_64__) || defined(_M_X64)
#define QLMI_X86 1
#include <immintrin.h>
#if defined(__GNUC__) || defined(__clang__)
#include <cpuid.h>
#endif
#endif

#if !defined(QLM_NO_SIMD) && defined(QLMI_X86) && (defined(__GNUC__) || defined(__clang__))
#define QLM_HAS_AVX2 1
#define QLMI_TARGET_AVX2 __attribute__((target("avx2,fma,f16c")))
#endif

#ifndef QLM_ASSERT
#include <cassert>
#define QLM_ASSERT(x) assert(x)
#endif

#if defined(__GNUC__) || defined(__clang__)
#define QLMI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define QLMI_PRINTF(a, b)
#endif

namespace qlm_detail {

// ---- messages --------------------------------------------------------------------------
// Every error a user or a file can cause has a stable id here. Ids never change meaning;
// new ones are appended. X(name, id, result)
#define QLMI_MESSAGES(X)                                    \
    X(MSG_NONE, 0, QLM_OK)                                  \
    X(MSG_INVALID_ARG, 1, QLM_ERR_INVALID_ARG)              \
    X(MSG_OOM, 2, QLM_ERR_OUT_OF_MEMORY)                    \
    X(MSG_IO_OPEN, 3, QLM_ERR_IO)                           \
    X(MSG_IO_READ, 4, QLM_ERR_IO)                           \
    X(MSG_GGUF_TRUNCATED, 10, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_MAGIC, 11, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_VERSION, 12, QLM_ERR_BAD_FILE)               \
    X(MSG_GGUF_COUNT, 13, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_STRING, 14, QLM_ERR_BAD_FILE)                \
    X(MSG_GGUF_VALUE_TYPE, 15, QLM_ERR_BAD_FILE)            \
    X(MSG_GGUF_ARRAY, 16, QLM_ERR_BAD_FILE)                 \
    X(MSG_GGUF_DUP_KEY, 17, QLM_ERR_BAD_FILE)               \
    X(MSG_GGUF_ALIGNMENT, 18, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_DIMS, 19, QLM_ERR_BAD_FILE)                  \
    X(MSG_GGUF_TENSOR_TYPE, 20, QLM_ERR_BAD_FILE)           \
    X(MSG_GGUF_TENSOR_OFFSET, 21, QLM_ERR_BAD_FILE)         \
    X(MSG_GGUF_TENSOR_BOUNDS, 22, QLM_ERR_BAD_FILE)         \
    X(MSG_GGUF_DUP_TENSOR, 23, QLM_ERR_BAD_FILE)            \
    X(MSG_GGUF_ROW_BLOCK, 24, QLM_ERR_BAD_FILE)             \
    X(MSG_GGUF_TENSOR_OVERLAP, 25, QLM_ERR_BAD_FILE)        \
    X(MSG_MODEL_ARCH, 40, QLM_ERR_UNSUPPORTED)              \
    X(MSG_MODEL_KEY, 41, QLM_ERR_BAD_FILE)                  \
    X(MSG_MODEL_TENSOR_MISSING, 42, QLM_ERR_BAD_FILE)       \
    X(MSG_MODEL_TENSOR_SHAPE, 43, QLM_ERR_BAD_FILE)         \
    X(MSG_MODEL_TENSOR_TYPE, 44, QLM_ERR_UNSUPPORTED)       \
    X(MSG_MODEL_HPARAMS, 45, QLM_ERR_BAD_FILE)              \
    X(MSG_VOCAB, 50, QLM_ERR_BAD_FILE)                      \
    X(MSG_VOCAB_UNSUPPORTED, 51, QLM_ERR_UNSUPPORTED)       \
    X(MSG_TOKENIZE_UTF8, 52, QLM_ERR_TOKENIZE)              \
    X(MSG_TEMPLATE_UNKNOWN, 60, QLM_ERR_TEMPLATE)           \
    X(MSG_TEMPLATE_ROLE, 61, QLM_ERR_TEMPLATE)              \
    X(MSG_CTX_FULL, 70, QLM_ERR_CONTEXT_FULL)               \
    X(MSG_CTX_EMPTY_PROMPT, 71, QLM_ERR_INVALID_ARG)        \
    X(MSG_CANCELLED, 72, QLM_ERR_CANCELLED)                 \
    X(MSG_BAD_TOKEN, 73, QLM_ERR_INVALID_ARG)           \
    X(MSG_KV_STATE, 74, QLM_ERR_BAD_FILE)               \
    X(MSG_KV_CALIB_MISSING, 75, QLM_ERR_UNSUPPORTED)    \
    X(MSG_BACKEND, 80, QLM_ERR_BACKEND)

enum msg_id : uint32_t {
#define QLMI_X(name, id, res) name = id,
    QLMI_MESSAGES(QLMI_X)
#undef QLMI_X
};

inline qlm_result msg_result(uint32_t id) {
    switch (id) {
#define QLMI_X(name, id, res) \
    case id: return res;
        QLMI_MESSAGES(QLMI_X)
#undef QLMI_X
    }
    return QLM_ERR_INVALID_ARG;
}

// Logging belongs to an object; a NULL function means silent.
struct logger {
    qlm_log_fn fn = nullptr;
    void* user = nullptr;
    void logf(qlm_log_level lvl, const char* fmt, ...) const QLMI_PRINTF(3, 4) {
        if (!fn) return;
        char buf[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
        fn(lvl, buf, user);
    }
};

// Fills the caller's qlm_error (if any), logs it, and returns the result code.
QLMI_PRINTF(5, 6)
inline qlm_result fail(qlm_error* err, const logger* log, uint32_t id, uint64_t offset,
                       const char* fmt, ...) {
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    qlm_result r = msg_result(id);
    if (err) {
        err->code = r;
        err->msg_id = id;
        err->offset = offset;
        memcpy(err->text, buf, sizeof buf);
    }
    if (log) log->logf(QLM_LOG_ERROR, "%s", buf);
    return r;
}

// ---- allocation ------------------------------------------------------------------------
// Large buffers (model copy, KV cache, scratch) go through the object's allocator.
struct allocator {
    qlm_allocator a{};
    void* alloc(size_t size, size_t align = 64) const {
        if (size == 0) size = 1;
        if (a.alloc) return a.alloc(size, align, a.user);
        size = (size + align - 1) / align * align;
#if defined(_WIN32)
        return _aligned_malloc(size, align);
#else
        return aligned_alloc(align, size);
#endif
    }
    void free(void* p, size_t size) const {
        if (!p) return;
        if (a.free) {
            a.free(p, size, a.user);
            return;
        }
#if defined(_WIN32)
        _aligned_free(p);
#else
        ::free(p);
#endif
    }
};

// A typed buffer owned through an allocator; never resized after creation.
template <typename T>
struct buffer {
    T* p = nullptr;
    size_t n = 0;
    const allocator* al = nullptr;
    buffer() = default;
    buffer(const buffer&) = delete;
    buffer& operator=(const buffer&) = delete;
    ~buffer() { reset(); }
    bool init(const allocator* a, size_t count) {
        reset();
        al = a;
        p = static_cast<T*>(a->alloc(count * sizeof(T)));
        if (!p) return false;
        n = count;
        memset(static_cast<void*>(p), 0, count * sizeof(T));
        return true;
    }
    void reset() {
        if (p && al) al->free(p, n * sizeof(T));
        p = nullptr;
        n = 0;
    }
    T& operator[](size_t i) { return p[i]; }
    const T& operator[](size_t i) const { return p[i]; }
};

// Overflow-checked arithmetic for sizes read from files.
inline bool mul_ok(uint64_t a, uint64_t b, uint64_t* out) {
    if (a != 0 && b > UINT64_MAX / a) return false;
    *out = a * b;
    return true;
}
inline bool add_ok(uint64_t a, uint64_t b, uint64_t* out) {
    if (b > UINT64_MAX - a) return false;
    *out = a + b;
    return true;
}

// ---- half precision ---------------------------------------------------------------------
inline float fp16_to_fp32(uint16_t h) {
    uint32_t sign = (uint32_t)(h & 0x8000) << 16;
    uint32_t exp = (h >> 10) & 0x1f;
    uint32_t mant = h & 0x3ff;
    uint32_t bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal: normalise
            int e = -1;
            do {
                mant <<= 1;
                e++;
            } while (!(mant & 0x400));
            mant &= 0x3ff;
            bits = sign | ((uint32_t)(127 - 15 - e) << 23) | (mant << 13);
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | (mant << 13);
    } else {
        bits = sign | ((exp + 127 - 15) << 23) | (mant << 13);
    }
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

// Round to nearest even, like the F16C instruction.
inline uint16_t fp32_to_fp16(float f) {
    uint32_t x;
    memcpy(&x, &f, 4);
    uint32_t sign = (x >> 16) & 0x8000;
    uint32_t absx = x & 0x7fffffff;
    if (absx >= 0x7f800000) return (uint16_t)(sign | 0x7c00 | (absx > 0x7f800000 ? 0x200 : 0));
    if (absx >= 0x477ff000) return (uint16_t)(sign | 0x7c00); // overflows to inf
    if (absx < 0x38800000) {                                  // subnormal or zero in fp16
        if (absx < 0x33000000) return (uint16_t)sign;
        uint32_t e = absx >> 23;
        uint32_t m = (absx & 0x7fffff) | 0x800000;
        uint32_t shift = 126 - e; // value / 2^-24 = m * 2^(e-126); 14 <= shift <= 24
        uint32_t r = m >> shift;
        uint32_t rem = m & ((1u << shift) - 1);
        uint32_t half = 1u << (shift - 1);
        if (rem > half || (rem == half && (r & 1))) r++;
        return (uint16_t)(sign | r);
    }
    uint32_t r = absx - 0x38000000; // rebias exponent 127 -> 15
    uint32_t out = r >> 13;
    uint32_t rem = r & 0x1fff;
    if (rem > 0x1000 || (rem == 0x1000 && (out & 1))) out++;
    return (uint16_t)(sign | out);
}

inline float bf16_to_fp32(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

// ---- CPU features (read-only after the first call) ----------------------------------------
struct cpu_features {
    bool avx2 = false, fma = false, f16c = false;
    bool avx512vnni = false; // with AVX-512 F/BW/VL; QLM_NO_AVX512=1 in the environment hides it
};
inline const cpu_features& cpu() {
    static const cpu_features f = [] {
        cpu_features c;
#if defined(QLM_HAS_AVX2)
        __builtin_cpu_init();
        c.avx2 = __builtin_cpu_supports("avx2");
        c.fma = __builtin_cpu_supports("fma");
        c.f16c = c.avx2; // every AVX2 CPU has F16C
        const char* no512 = getenv("QLM_NO_AVX512"); // to measure or test the AVX2 kernels here
        c.avx512vnni = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                       __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni") &&
                       !(no512 && no512[0] == '1');
#endif
        return c;
    }();
    return f;
}

} // namespace qlm_detail
#endif // QLM_INTERNAL_H
// ==== [qlm:gguf] GGUF v2/v3 reader and writer ==========================================
// Trust statement: gguf_parse accepts any byte sequence. The worst outcome is an error
// code with the byte offset and the field that is wrong: never a read outside the
// buffer, never an allocation larger than the file justifies.
//
// The format (all integers little-endian, no alignment inside the header):
//   1. Header: magic "GGUF" (4 bytes), u32 version (2 or 3; v1 used 32-bit counts and
//      is rejected), u64 n_tensors, u64 n_kv.
//   2. A string is a u64 byte length followed by that many bytes (UTF-8, no NUL).
//   3. n_kv key/value pairs: string key, u32 value type (gguf_value_type), value.
//      Scalars are stored at their natural width; BOOL is one byte; STRING as in 2;
//      ARRAY is u32 element type, u64 element count, then the packed elements (scalars
//      or strings). Keys are unique, nonempty and contain no NUL byte.
//   4. n_tensors tensor infos: string name, u32 n_dims (1..4), n_dims x u64 ne (ne[0]
//      is the contiguous row length), u32 ggml type, u64 offset of the data relative to
//      the data section. Names are unique, nonempty and contain no NUL byte; offsets are
//      multiples of the alignment.
//   5. Zero padding up to a multiple of the alignment: the key "general.alignment"
//      (u32, a nonzero power of two), else 32. The data section starts there.
//   6. Tensor data, each tensor at its offset; its size follows from type and shape.
#ifndef QLM_GGUF_H
#define QLM_GGUF_H
// ==== [qlm:quant] tensor types: block layouts, scalar reference kernels =================
// Weights stay in their stored (quantized) form. A matrix-vector product quantizes the
// activation vector once into the type's "activation type" (Q8_0, Q8_1 or Q8_K; F32 for
// float weights) and then calls vec_dot row by row. The scalar functions here are the
// reference every SIMD path (src/quant_avx2.h) is tested against.
//
// How a dot product is done (the way the formats are meant to be used): per block (or
// sub-block) an exact integer dot product of the quants, then one float multiply by the
// product of the scales. Offsets are folded in without touching the quants again:
//   Q4_1/Q5_1 x Q8_1 : d_w*d_a*sum(q_w*q_a) + m_w*s_a     (s_a = d_a*sum(q_a), stored)
//   K-quant  x Q8_K  : the "min" (Q2_K/Q4_K/Q5_K) and the constant offsets (Q3_K's -4,
//                      Q6_K's -32) go through Q8_K's bsums (sums of 16 activations).
// Activation quantizers round exactly like ggml's reference ones, so logits can be
// compared with llama.cpp's: Q8_0/Q8_1 d = amax/127, q = roundf(x * (1/d));
// Q8_K iscale = -127/max (max = the signed element of largest magnitude),
// q = min(127, nearest-even(iscale*x)), d = 1/iscale.
#ifndef QLM_QUANT_H
#define QLM_QUANT_H

namespace qlm_detail {

// Type ids as stored in GGUF tensor infos (the ggml numbering).
enum qtype : uint32_t {
    QT_F32 = 0, QT_F16 = 1, QT_Q4_0 = 2, QT_Q4_1 = 3, QT_Q5_0 = 6, QT_Q5_1 = 7,
    QT_Q8_0 = 8, QT_Q8_1 = 9, QT_Q2_K = 10, QT_Q3_K = 11, QT_Q4_K = 12, QT_Q5_K = 13,
    QT_Q6_K = 14, QT_Q8_K = 15, QT_BF16 = 30, QT_TQ1_0 = 34, QT_TQ2_0 = 35, QT_GGML_COUNT = 40,
    // quantlm's own formats (lowbit.h) use ids from 1024, far above ggml's, so that new
    // ggml types can never collide with them; the kernel tables span both ranges.
    QT_LOWBIT_FIRST = 1024, QT_COUNT = 1024 + 64
};

// y = dot(x_row (n weights of its type), a (n activations in act_type)). n is a multiple
// of the block size.
typedef float (*vec_dot_fn)(int64_t n, const void* x, const void* a);
// out[t*out_stride + r] = dot(row r of x, row t of a) for r < nr, t < nt: a tile of a
// matrix product (rows x_stride bytes apart, activation rows a_stride bytes apart). Each
// element equals vec_dot of the same rows bit for bit, whatever the tile.
typedef void (*mat_dot_fn)(int64_t n, const void* x, size_t x_stride, int nr, const void* a, size_t a_stride,
                           int nt, float* out, size_t out_stride);
// Quantizes n floats into blocks of the type (n a multiple of the block size).
typedef void (*quantize_act_fn)(const float* x, void* y, int64_t n);
typedef void (*to_float_fn)(const void* x, float* y, int64_t n);
// Weights interleaved by 16 rows at load (packed.h): out[t*os + r] (+)= row r of the slabs .
// activations of token t.
struct pk_format;
struct pk_act;
typedef void (*pk_gemm_fn)(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                           float* out, size_t os, bool accumulate);

struct type_traits {
    const char* name;  // "Q4_K", ...; NULL for ids we do not know
    int64_t block;     // weights per block
    size_t block_bytes;
    uint32_t act_type; // the type activations are quantized to for vec_dot
    to_float_fn to_float;      // dequantize (reference)
    vec_dot_fn vec_dot_ref;    // scalar reference dot; NULL for Q8_1/Q8_K (activation only)
    quantize_act_fn quantize_ref; // exact ggml rounding for the activation types Q8_0/Q8_1/
                                  // Q8_K; simple round-to-nearest quantizers for the others
};

// The kernel table the model uses, chosen once per process from the CPU features
// (read-only afterwards; QLM_NO_SIMD forces the scalar one). kernels() is defined with
// the SIMD kernels in quant_avx2.h (included at the end of this part).
struct kernel_table {
    const char* isa; // "avx2" / "scalar"
    vec_dot_fn vec_dot[QT_COUNT];
    mat_dot_fn mat_dot[QT_COUNT]; // NULL: the product is done with vec_dot, pair by pair
    quantize_act_fn quantize_act[QT_COUNT]; // indexed by activation type
    pk_gemm_fn pk_gemm;                     // NULL: weights stay as stored (no SIMD kernel)
};
inline const kernel_table& kernels();
inline const kernel_table& kernels_scalar();
inline const type_traits* lowbit_type_info(uint32_t type); // lowbit.h
inline void lowbit_kernels_avx2(kernel_table& t);          // lowbit.h, with QLM_HAS_AVX2
inline void packed_kernels(kernel_table& t);               // packed.h

// ---- block layouts (bytes exactly as stored in GGUF) ------------------------------------
// fp16 fields are kept as raw uint16_t. Within a 32-weight block of Q4/Q5, byte j of qs
// holds weight j in its low nibble and weight j+16 in its high nibble; bit j of qh is the
// fifth bit of weight j.
constexpr int QK4_0 = 32, QK4_1 = 32, QK5_0 = 32, QK5_1 = 32, QK8_0 = 32, QK8_1 = 32, QK_K = 256;

struct block_q4_0 { uint16_t d; uint8_t qs[16]; };                 // w = d*(q-8)
struct block_q4_1 { uint16_t d, m; uint8_t qs[16]; };              // w = d*q + m
struct block_q5_0 { uint16_t d; uint8_t qh[4]; uint8_t qs[16]; };  // w = d*(q-16)
struct block_q5_1 { uint16_t d, m; uint8_t qh[4]; uint8_t qs[16]; }; // w = d*q + m
struct block_q8_0 { uint16_t d; int8_t qs[32]; };                  // w = d*q
struct block_q8_1 { uint16_t d, s; int8_t qs[32]; };               // s = fp16(d*sum(q))
// K-quants: 256 weights per super-block, split into 16 sub-blocks of 16 (Q2_K, Q3_K,
// Q6_K) or 8 of 32 (Q4_K, Q5_K), each with its own quantized scale (and min).
struct block_q2_K {     // w = d*(sc&15)*q - dmin*(sc>>4), q in 0..3; sub-block k uses
    uint8_t scales[16]; // scales[k]. Weight 128h+32j+16g+l is bits 2j..2j+1 of
    uint8_t qs[64];     // qs[32h+16g+l] (h<2, j<4, g<2, l<16), sub-block 8h+2j+g.
    uint16_t d, dmin;
};
struct block_q3_K {     // w = d*(s-32)*(q-4), q in 0..7: low 2 bits as in Q2_K, bit 2
    uint8_t hmask[32];  // is bit 4h+j of hmask[16g+l]. The 16 6-bit scales s: low 4
    uint8_t qs[64];     // bits in scales[k] (k<8) or scales[k-8]>>4; high 2 bits are
    uint8_t scales[12]; // bits 2*(k/4).. of scales[8+k%4].
    uint16_t d;
};
struct block_q4_K {     // w = d*sc*q - dmin*m, q in 0..15; 8 sub-blocks of 32 with 6-bit
    uint16_t d, dmin;   // sc/m (see q4k_scale_min). Weight 64j+l (l<32) is the low
    uint8_t scales[12]; // nibble of qs[32j+l] (sub-block 2j), weight 64j+32+l its high
    uint8_t qs[128];    // nibble (sub-block 2j+1).
};
struct block_q5_K {     // as Q4_K plus a fifth bit: bit 2j (low nibble) or 2j+1 (high
    uint16_t d, dmin;   // nibble) of qh[l]; q in 0..31.
    uint8_t scales[12];
    uint8_t qh[32];
    uint8_t qs[128];
};
struct block_q6_K {     // w = d*scales[k]*(q-32), q in 0..63; sub-block k = weight/16.
    uint8_t ql[128];    // Weight 128h+32g+l: low 4 bits from ql[64h+32(g&1)+l] (low
    uint8_t qh[64];     // nibble for g<2, high for g>=2), high 2 bits are bits 2g..2g+1
    int8_t scales[16];  // of qh[32h+l].
    uint16_t d;
};
struct block_q8_K {     // activations only: a = d*q
    float d;
    int8_t qs[256];
    int16_t bsums[16];  // sums of each 16 consecutive qs
};

static_assert(sizeof(block_q4_0) == 18 && sizeof(block_q4_1) == 20, "Q4 layout");
static_assert(sizeof(block_q5_0) == 22 && sizeof(block_q5_1) == 24, "Q5 layout");
static_assert(sizeof(block_q8_0) == 34 && sizeof(block_q8_1) == 36, "Q8 layout");
static_assert(sizeof(block_q2_K) == 84 && sizeof(block_q3_K) == 110, "K layout");
static_assert(sizeof(block_q4_K) == 144 && sizeof(block_q5_K) == 176, "K layout");
static_assert(sizeof(block_q6_K) == 210 && sizeof(block_q8_K) == 292, "K layout");

// ---- small helpers ------------------------------------------------------------------------
inline float f16(uint16_t h) { return fp16_to_fp32(h); }

// Round half to even (ggml's nearest_int), valid for |v| < 2^22.
inline int nearest_even(float v) { return (int)std::nearbyint(v); }

// The element of largest magnitude, with its sign (the first one on ties).
inline float signed_max(const float* x, int n) {
    float amax = 0, max = 0;
    for (int i = 0; i < n; i++) {
        float ax = std::fabs(x[i]);
        if (ax > amax) {
            amax = ax;
            max = x[i];
        }
    }
    return max;
}

inline int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

// Q4_K/Q5_K: the 6-bit scale and min of sub-block j (0..7) from the 12 packed bytes.
inline void q4k_scale_min(int j, const uint8_t* s, int* sc, int* m) {
    if (j < 4) {
        *sc = s[j] & 63;
        *m = s[j + 4] & 63;
    } else {
        *sc = (s[j + 4] & 0xF) | ((s[j - 4] >> 6) << 4);
        *m = (s[j + 4] >> 4) | ((s[j] >> 6) << 4);
    }
}
inline void q4k_pack_scale_min(const uint8_t sc[8], const uint8_t m[8], uint8_t* s) {
    for (int j = 0; j < 4; j++) {
        s[j] = (uint8_t)((sc[j] & 63) | ((sc[j + 4] >> 4) << 6));
        s[j + 4] = (uint8_t)((m[j] & 63) | ((m[j + 4] >> 4) << 6));
        s[j + 8] = (uint8_t)((sc[j + 4] & 0xF) | ((m[j + 4] & 0xF) << 4));
    }
}
// Q3_K: the 16 signed scales (s - 32) from the 12 packed bytes.
inline void q3k_scales(const uint8_t* s, int8_t out[16]) {
    for (int k = 0; k < 16; k++) {
        int lo = k < 8 ? s[k] & 0xF : s[k - 8] >> 4;
        int hi = (s[8 + k % 4] >> (2 * (k / 4))) & 3;
        out[k] = (int8_t)((lo | (hi << 4)) - 32);
    }
}
inline void q3k_pack_scales(const int8_t in[16], uint8_t* s) {
    memset(s, 0, 12);
    for (int k = 0; k < 16; k++) {
        int l = in[k] + 32;
        if (k < 8) s[k] = (uint8_t)(s[k] | (l & 0xF));
        else s[k - 8] = (uint8_t)(s[k - 8] | ((l & 0xF) << 4));
        s[8 + k % 4] = (uint8_t)(s[8 + k % 4] | ((l >> 4) << (2 * (k / 4))));
    }
}

// ==== float types ===========================================================================
inline void to_float_f32(const void* x, float* y, int64_t n) { memcpy(y, x, (size_t)n * 4); }
inline void to_float_f16(const void* x, float* y, int64_t n) {
    const uint16_t* h = static_cast<const uint16_t*>(x);
    for (int64_t i = 0; i < n; i++) y[i] = fp16_to_fp32(h[i]);
}
inline void to_float_bf16(const void* x, float* y, int64_t n) {
    const uint16_t* h = static_cast<const uint16_t*>(x);
    for (int64_t i = 0; i < n; i++) y[i] = bf16_to_fp32(h[i]);
}
inline void quantize_f32_ref(const float* x, void* y, int64_t n) { memcpy(y, x, (size_t)n * 4); }
inline void quantize_f16_ref(const float* x, void* y, int64_t n) {
    uint16_t* h = static_cast<uint16_t*>(y);
    for (int64_t i = 0; i < n; i++) h[i] = fp32_to_fp16(x[i]);
}
inline uint16_t fp32_to_bf16(float f) { // round to nearest even; NaN stays NaN
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7fffffff) > 0x7f800000) return (uint16_t)((u >> 16) | 0x40);
    return (uint16_t)((u + 0x7fff + ((u >> 16) & 1)) >> 16);
}
inline void quantize_bf16_ref(const float* x, void* y, int64_t n) {
    uint16_t* h = static_cast<uint16_t*>(y);
    for (int64_t i = 0; i < n; i++) h[i] = fp32_to_bf16(x[i]);
}
// The float dots accumulate in double: they are the reference, not the hot path.
inline float vec_dot_f32_ref(int64_t n, const void* x, const void* a) {
    const float* w = static_cast<const float*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)w[i] * v[i];
    return (float)s;
}
inline float vec_dot_f16_ref(int64_t n, const void* x, const void* a) {
    const uint16_t* w = static_cast<const uint16_t*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)fp16_to_fp32(w[i]) * v[i];
    return (float)s;
}
inline float vec_dot_bf16_ref(int64_t n, const void* x, const void* a) {
    const uint16_t* w = static_cast<const uint16_t*>(x);
    const float* v = static_cast<const float*>(a);
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += (double)bf16_to_fp32(w[i]) * v[i];
    return (float)s;
}

// ==== activation types: Q8_0, Q8_1, Q8_K ====================================================
inline void quantize_q8_0_ref(const float* x, void* vy, int64_t n) {
    block_q8_0* y = static_cast<block_q8_0*>(vy);
    for (int64_t b = 0; b < n / QK8_0; b++, x += QK8_0) {
        float amax = 0;
        for (int j = 0; j < QK8_0; j++) amax = std::max(amax, std::fabs(x[j]));
        const float d = amax / 127.0f;
        const float id = d != 0 ? 1.0f / d : 0.0f;
        y[b].d = fp32_to_fp16(d);
        for (int j = 0; j < QK8_0; j++) y[b].qs[j] = (int8_t)std::round(x[j] * id);
    }
}
inline void quantize_q8_1_ref(const float* x, void* vy, int64_t n) {
    block_q8_1* y = static_cast<block_q8_1*>(vy);
    for (int64_t b = 0; b < n / QK8_1; b++, x += QK8_1) {
        float amax = 0;
        for (int j = 0; j < QK8_1; j++) amax = std::max(amax, std::fabs(x[j]));
        const float d = amax / 127.0f;
        const float id = d != 0 ? 1.0f / d : 0.0f;
        int sum = 0;
        for (int j = 0; j < QK8_1; j++) {
            y[b].qs[j] = (int8_t)std::round(x[j] * id);
            sum += y[b].qs[j];
        }
        y[b].d = fp32_to_fp16(d);
        y[b].s = fp32_to_fp16((float)sum * d);
    }
}
inline void quantize_q8_K_ref(const float* x, void* vy, int64_t n) {
    block_q8_K* y = static_cast<block_q8_K*>(vy);
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        const float max = signed_max(x, QK_K);
        if (max == 0) {
            memset(&y[b], 0, sizeof(block_q8_K));
            continue;
        }
        const float iscale = -127.0f / max;
        for (int j = 0; j < QK_K; j++) y[b].qs[j] = (int8_t)std::min(127, nearest_even(iscale * x[j]));
        for (int k = 0; k < QK_K / 16; k++) {
            int s = 0;
            for (int l = 0; l < 16; l++) s += y[b].qs[16 * k + l];
            y[b].bsums[k] = (int16_t)s;
        }
        y[b].d = 1.0f / iscale;
    }
}
inline void to_float_q8_0(const void* vx, float* y, int64_t n) {
    const block_q8_0* x = static_cast<const block_q8_0*>(vx);
    for (int64_t b = 0; b < n / QK8_0; b++)
        for (int j = 0; j < QK8_0; j++) *y++ = f16(x[b].d) * x[b].qs[j];
}
inline void to_float_q8_1(const void* vx, float* y, int64_t n) {
    const block_q8_1* x = static_cast<const block_q8_1*>(vx);
    for (int64_t b = 0; b < n / QK8_1; b++)
        for (int j = 0; j < QK8_1; j++) *y++ = f16(x[b].d) * x[b].qs[j];
}
inline void to_float_q8_K(const void* vx, float* y, int64_t n) {
    const block_q8_K* x = static_cast<const block_q8_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++)
        for (int j = 0; j < QK_K; j++) *y++ = x[b].d * x[b].qs[j];
}
inline float vec_dot_q8_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q8_0* x = static_cast<const block_q8_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK8_0; b++) {
        int isum = 0;
        for (int j = 0; j < QK8_0; j++) isum += x[b].qs[j] * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}

// ==== Q4_0, Q4_1, Q5_0, Q5_1 ================================================================
inline void to_float_q4_0(const void* vx, float* y, int64_t n) {
    const block_q4_0* x = static_cast<const block_q4_0*>(vx);
    for (int64_t b = 0; b < n / QK4_0; b++, y += QK4_0) {
        const float d = f16(x[b].d);
        for (int j = 0; j < 16; j++) {
            y[j] = d * (float)((x[b].qs[j] & 0xF) - 8);
            y[j + 16] = d * (float)((x[b].qs[j] >> 4) - 8);
        }
    }
}
inline void to_float_q4_1(const void* vx, float* y, int64_t n) {
    const block_q4_1* x = static_cast<const block_q4_1*>(vx);
    for (int64_t b = 0; b < n / QK4_1; b++, y += QK4_1) {
        const float d = f16(x[b].d), m = f16(x[b].m);
        for (int j = 0; j < 16; j++) {
            y[j] = d * (x[b].qs[j] & 0xF) + m;
            y[j + 16] = d * (x[b].qs[j] >> 4) + m;
        }
    }
}
// The 5-bit quants of a Q5 block.
inline void q5_unpack(const uint8_t* qh, const uint8_t* qs, int q[32]) {
    uint32_t h;
    memcpy(&h, qh, 4);
    for (int j = 0; j < 16; j++) {
        q[j] = (qs[j] & 0xF) | (int)(((h >> j) & 1) << 4);
        q[j + 16] = (qs[j] >> 4) | (int)(((h >> (j + 16)) & 1) << 4);
    }
}
inline void to_float_q5_0(const void* vx, float* y, int64_t n) {
    const block_q5_0* x = static_cast<const block_q5_0*>(vx);
    int q[32];
    for (int64_t b = 0; b < n / QK5_0; b++) {
        const float d = f16(x[b].d);
        q5_unpack(x[b].qh, x[b].qs, q);
        for (int j = 0; j < 32; j++) *y++ = d * (float)(q[j] - 16);
    }
}
inline void to_float_q5_1(const void* vx, float* y, int64_t n) {
    const block_q5_1* x = static_cast<const block_q5_1*>(vx);
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++) {
        const float d = f16(x[b].d), m = f16(x[b].m);
        q5_unpack(x[b].qh, x[b].qs, q);
        for (int j = 0; j < 32; j++) *y++ = d * (float)q[j] + m;
    }
}

inline float vec_dot_q4_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_0* x = static_cast<const block_q4_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK4_0; b++) {
        int isum = 0;
        for (int j = 0; j < 16; j++)
            isum += ((x[b].qs[j] & 0xF) - 8) * a[b].qs[j] + ((x[b].qs[j] >> 4) - 8) * a[b].qs[j + 16];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q4_1_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_1* x = static_cast<const block_q4_1*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK4_1; b++) {
        int isum = 0;
        for (int j = 0; j < 16; j++)
            isum += (x[b].qs[j] & 0xF) * a[b].qs[j] + (x[b].qs[j] >> 4) * a[b].qs[j + 16];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum + f16(x[b].m) * f16(a[b].s);
    }
    return sum;
}
inline float vec_dot_q5_0_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_0* x = static_cast<const block_q5_0*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    float sum = 0;
    int q[32];
    for (int64_t b = 0; b < n / QK5_0; b++) {
        q5_unpack(x[b].qh, x[b].qs, q);
        int isum = 0;
        for (int j = 0; j < 32; j++) isum += (q[j] - 16) * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q5_1_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_1* x = static_cast<const block_q5_1*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    float sum = 0;
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++) {
        q5_unpack(x[b].qh, x[b].qs, q);
        int isum = 0;
        for (int j = 0; j < 32; j++) isum += q[j] * a[b].qs[j];
        sum += f16(x[b].d) * f16(a[b].d) * (float)isum + f16(x[b].m) * f16(a[b].s);
    }
    return sum;
}

// Round-to-nearest weight quantizers (tests, tools). Symmetric types map the element of
// largest magnitude to the most negative quant; asymmetric ones span [min, max].
inline void quantize_q4_0_ref(const float* x, void* vy, int64_t n) {
    block_q4_0* y = static_cast<block_q4_0*>(vy);
    for (int64_t b = 0; b < n / QK4_0; b++, x += QK4_0) {
        y[b].d = fp32_to_fp16(signed_max(x, 32) / -8.0f);
        const float d = f16(y[b].d), id = d != 0 ? 1.0f / d : 0.0f;
        for (int j = 0; j < 16; j++) {
            int q0 = clampi(nearest_even(x[j] * id) + 8, 0, 15);
            int q1 = clampi(nearest_even(x[j + 16] * id) + 8, 0, 15);
            y[b].qs[j] = (uint8_t)(q0 | (q1 << 4));
        }
    }
}
inline void quantize_q5_0_ref(const float* x, void* vy, int64_t n) {
    block_q5_0* y = static_cast<block_q5_0*>(vy);
    for (int64_t b = 0; b < n / QK5_0; b++, x += QK5_0) {
        y[b].d = fp32_to_fp16(signed_max(x, 32) / -16.0f);
        const float d = f16(y[b].d), id = d != 0 ? 1.0f / d : 0.0f;
        uint32_t h = 0;
        for (int j = 0; j < 16; j++) {
            int q0 = clampi(nearest_even(x[j] * id) + 16, 0, 31);
            int q1 = clampi(nearest_even(x[j + 16] * id) + 16, 0, 31);
            y[b].qs[j] = (uint8_t)((q0 & 0xF) | ((q1 & 0xF) << 4));
            h |= (uint32_t)(q0 >> 4) << j | (uint32_t)(q1 >> 4) << (j + 16);
        }
        memcpy(y[b].qh, &h, 4);
    }
}
// Asymmetric 32-weight block: d = (max-min)/levels, m = min; returns the quants.
inline void quantize_minmax_block(const float* x, int levels, uint16_t* d16, uint16_t* m16, int q[32]) {
    float mn = x[0], mx = x[0];
    for (int j = 1; j < 32; j++) {
        mn = std::min(mn, x[j]);
        mx = std::max(mx, x[j]);
    }
    *d16 = fp32_to_fp16((mx - mn) / (float)levels);
    *m16 = fp32_to_fp16(mn);
    const float d = f16(*d16), m = f16(*m16), id = d != 0 ? 1.0f / d : 0.0f;
    for (int j = 0; j < 32; j++) q[j] = clampi(nearest_even((x[j] - m) * id), 0, levels);
}
inline void quantize_q4_1_ref(const float* x, void* vy, int64_t n) {
    block_q4_1* y = static_cast<block_q4_1*>(vy);
    int q[32];
    for (int64_t b = 0; b < n / QK4_1; b++, x += QK4_1) {
        quantize_minmax_block(x, 15, &y[b].d, &y[b].m, q);
        for (int j = 0; j < 16; j++) y[b].qs[j] = (uint8_t)(q[j] | (q[j + 16] << 4));
    }
}
inline void quantize_q5_1_ref(const float* x, void* vy, int64_t n) {
    block_q5_1* y = static_cast<block_q5_1*>(vy);
    int q[32];
    for (int64_t b = 0; b < n / QK5_1; b++, x += QK5_1) {
        quantize_minmax_block(x, 31, &y[b].d, &y[b].m, q);
        uint32_t h = 0;
        for (int j = 0; j < 16; j++) {
            y[b].qs[j] = (uint8_t)((q[j] & 0xF) | ((q[j + 16] & 0xF) << 4));
            h |= (uint32_t)(q[j] >> 4) << j | (uint32_t)(q[j + 16] >> 4) << (j + 16);
        }
        memcpy(y[b].qh, &h, 4);
    }
}

// ==== K-quants ==============================================================================
inline void to_float_q2_K(const void* vx, float* y, int64_t n) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) { // i = 128h + 32j + 16g + l
            const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
            const int q = (x[b].qs[32 * h + 16 * g + l] >> (2 * j)) & 3;
            const int sc = x[b].scales[i / 16];
            *y++ = d * (float)(sc & 0xF) * (float)q - dmin * (float)(sc >> 4);
        }
    }
}
inline int q2k_quant(const block_q2_K& x, int i) {
    return (x.qs[32 * (i / 128) + 16 * ((i / 16) % 2) + i % 16] >> (2 * ((i / 32) % 4))) & 3;
}
inline int q3k_quant(const block_q3_K& x, int i) { // 0..7; the weight is (q-4)*scale
    const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
    const int lo = (x.qs[32 * h + 16 * g + l] >> (2 * j)) & 3;
    const int hi = (x.hmask[16 * g + l] >> (4 * h + j)) & 1;
    return lo | (hi << 2);
}
inline int q4k_quant(const block_q4_K& x, int i) {
    const uint8_t v = x.qs[32 * (i / 64) + i % 32];
    return (i % 64) < 32 ? v & 0xF : v >> 4;
}
inline int q5k_quant(const block_q5_K& x, int i) {
    const uint8_t v = x.qs[32 * (i / 64) + i % 32];
    const int sub = i / 32; // bit `sub` of qh[i%32]
    return ((i % 64) < 32 ? v & 0xF : v >> 4) | (((x.qh[i % 32] >> sub) & 1) << 4);
}
inline int q6k_quant(const block_q6_K& x, int i) {
    const int h = i / 128, g = (i / 32) % 4, l = i % 32;
    const uint8_t v = x.ql[64 * h + 32 * (g & 1) + l];
    const int lo = g < 2 ? v & 0xF : v >> 4;
    return lo | (((x.qh[32 * h + l] >> (2 * g)) & 3) << 4);
}
inline void to_float_q3_K(const void* vx, float* y, int64_t n) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    int8_t sc[16];
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d);
        q3k_scales(x[b].scales, sc);
        for (int i = 0; i < QK_K; i++) *y++ = d * (float)sc[i / 16] * (float)(q3k_quant(x[b], i) - 4);
    }
}
inline void to_float_q4_K(const void* vx, float* y, int64_t n) {
    const block_q4_K* x = static_cast<const block_q4_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) {
            int sc, m;
            q4k_scale_min(i / 32, x[b].scales, &sc, &m);
            *y++ = d * (float)sc * (float)q4k_quant(x[b], i) - dmin * (float)m;
        }
    }
}
inline void to_float_q5_K(const void* vx, float* y, int64_t n) {
    const block_q5_K* x = static_cast<const block_q5_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d), dmin = f16(x[b].dmin);
        for (int i = 0; i < QK_K; i++) {
            int sc, m;
            q4k_scale_min(i / 32, x[b].scales, &sc, &m);
            *y++ = d * (float)sc * (float)q5k_quant(x[b], i) - dmin * (float)m;
        }
    }
}
inline void to_float_q6_K(const void* vx, float* y, int64_t n) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    for (int64_t b = 0; b < n / QK_K; b++) {
        const float d = f16(x[b].d);
        for (int i = 0; i < QK_K; i++) *y++ = d * (float)x[b].scales[i / 16] * (float)(q6k_quant(x[b], i) - 32);
    }
}

// Reference dots: per sub-block integer sums, scaled by integer sub-block scales, one
// float multiply per super-block; offsets through bsums.
inline float vec_dot_q2_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 16; k++) {
            int s = 0;
            for (int l = 0; l < 16; l++) s += q2k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += (x[b].scales[k] & 0xF) * s;
            summs += (x[b].scales[k] >> 4) * a[b].bsums[k];
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q3_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    int8_t sc[16];
    for (int64_t b = 0; b < n / QK_K; b++) {
        q3k_scales(x[b].scales, sc);
        int isum = 0;
        for (int k = 0; k < 16; k++) { // sum (q-4)*a = sum q*a - 4*bsum
            int s = 0;
            for (int l = 0; l < 16; l++) s += q3k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += sc[k] * (s - 4 * a[b].bsums[k]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}
inline float vec_dot_q4_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q4_K* x = static_cast<const block_q4_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 8; k++) {
            int sc, m, s = 0;
            q4k_scale_min(k, x[b].scales, &sc, &m);
            for (int l = 0; l < 32; l++) s += q4k_quant(x[b], 32 * k + l) * a[b].qs[32 * k + l];
            isum += sc * s;
            summs += m * (a[b].bsums[2 * k] + a[b].bsums[2 * k + 1]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q5_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q5_K* x = static_cast<const block_q5_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0, summs = 0;
        for (int k = 0; k < 8; k++) {
            int sc, m, s = 0;
            q4k_scale_min(k, x[b].scales, &sc, &m);
            for (int l = 0; l < 32; l++) s += q5k_quant(x[b], 32 * k + l) * a[b].qs[32 * k + l];
            isum += sc * s;
            summs += m * (a[b].bsums[2 * k] + a[b].bsums[2 * k + 1]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum - a[b].d * f16(x[b].dmin) * (float)summs;
    }
    return sum;
}
inline float vec_dot_q6_K_ref(int64_t n, const void* vx, const void* va) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        int isum = 0;
        for (int k = 0; k < 16; k++) { // sum (q-32)*a = sum q*a - 32*bsum
            int s = 0;
            for (int l = 0; l < 16; l++) s += q6k_quant(x[b], 16 * k + l) * a[b].qs[16 * k + l];
            isum += x[b].scales[k] * (s - 32 * a[b].bsums[k]);
        }
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}

// K-quant weight quantizers: per sub-block scale (and min) from the data's range, then
// the sub-block scales themselves quantized against one super-block scale.
// Asymmetric sub-blocks (Q2_K, Q4_K, Q5_K): w ~ d*sc*q - dmin*m with m >= 0.
inline void kquant_minmax(const float* x, int nsub, int sub, int levels, int scale_levels,
                          uint16_t* d16, uint16_t* dmin16, uint8_t* ls, uint8_t* lm, uint8_t* q) {
    float scale[16], mins[16], max_scale = 0, max_min = 0;
    for (int k = 0; k < nsub; k++) {
        float mn = 0, mx = x[k * sub]; // min clamped to <= 0 so that m >= 0
        for (int l = 0; l < sub; l++) {
            mn = std::min(mn, x[k * sub + l]);
            mx = std::max(mx, x[k * sub + l]);
        }
        scale[k] = (mx - mn) / (float)levels;
        mins[k] = -mn;
        max_scale = std::max(max_scale, scale[k]);
        max_min = std::max(max_min, mins[k]);
    }
    *d16 = fp32_to_fp16(max_scale / (float)scale_levels);
    *dmin16 = fp32_to_fp16(max_min / (float)scale_levels);
    const float d = f16(*d16), dmin = f16(*dmin16);
    for (int k = 0; k < nsub; k++) {
        ls[k] = (uint8_t)(d > 0 ? clampi(nearest_even(scale[k] / d), 0, scale_levels) : 0);
        lm[k] = (uint8_t)(dmin > 0 ? clampi(nearest_even(mins[k] / dmin), 0, scale_levels) : 0);
        const float dl = d * ls[k], ml = dmin * lm[k];
        for (int l = 0; l < sub; l++)
            q[k * sub + l] = (uint8_t)(dl > 0 ? clampi(nearest_even((x[k * sub + l] + ml) / dl), 0, levels) : 0);
    }
}
// Symmetric sub-blocks (Q3_K, Q6_K): w ~ d*sc*(q - qoff), sc signed in [-smax, smax-1].
inline void kquant_symmetric(const float* x, int qoff, int smax, float* d_out, int8_t* ls, uint8_t* q,
                             uint16_t* d16) {
    float scale[16];
    for (int k = 0; k < 16; k++) scale[k] = signed_max(x + 16 * k, 16) / (float)-qoff;
    const float m = signed_max(scale, 16);
    const float iscale = m != 0 ? (float)-smax / m : 0.0f;
    *d16 = fp32_to_fp16(m != 0 ? 1.0f / iscale : 0.0f);
    const float d = f16(*d16);
    *d_out = d;
    for (int k = 0; k < 16; k++) {
        ls[k] = (int8_t)clampi(nearest_even(iscale * scale[k]), -smax, smax - 1);
        const float dl = d * ls[k];
        for (int l = 0; l < 16; l++)
            q[16 * k + l] =
                (uint8_t)(dl != 0 ? clampi(nearest_even(x[16 * k + l] / dl), -qoff, qoff - 1) + qoff : qoff);
    }
}
inline void quantize_q2_K_ref(const float* x, void* vy, int64_t n) {
    block_q2_K* y = static_cast<block_q2_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 16, 16, 3, 15, &y[b].d, &y[b].dmin, ls, lm, q);
        for (int k = 0; k < 16; k++) y[b].scales[k] = (uint8_t)(ls[k] | (lm[k] << 4));
        memset(y[b].qs, 0, sizeof y[b].qs);
        for (int i = 0; i < QK_K; i++) {
            uint8_t& v = y[b].qs[32 * (i / 128) + 16 * ((i / 16) % 2) + i % 16];
            v = (uint8_t)(v | (q[i] << (2 * ((i / 32) % 4))));
        }
    }
}
inline void quantize_q3_K_ref(const float* x, void* vy, int64_t n) {
    block_q3_K* y = static_cast<block_q3_K*>(vy);
    int8_t ls[16];
    uint8_t q[QK_K];
    float d;
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_symmetric(x, 4, 32, &d, ls, q, &y[b].d);
        q3k_pack_scales(ls, y[b].scales);
        memset(y[b].qs, 0, sizeof y[b].qs);
        memset(y[b].hmask, 0, sizeof y[b].hmask);
        for (int i = 0; i < QK_K; i++) {
            const int h = i / 128, j = (i / 32) % 4, g = (i / 16) % 2, l = i % 16;
            y[b].qs[32 * h + 16 * g + l] = (uint8_t)(y[b].qs[32 * h + 16 * g + l] | ((q[i] & 3) << (2 * j)));
            y[b].hmask[16 * g + l] = (uint8_t)(y[b].hmask[16 * g + l] | ((q[i] >> 2) << (4 * h + j)));
        }
    }
}
inline void quantize_q4_K_ref(const float* x, void* vy, int64_t n) {
    block_q4_K* y = static_cast<block_q4_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 8, 32, 15, 63, &y[b].d, &y[b].dmin, ls, lm, q);
        q4k_pack_scale_min(ls, lm, y[b].scales);
        for (int j = 0; j < 4; j++)
            for (int l = 0; l < 32; l++) y[b].qs[32 * j + l] = (uint8_t)(q[64 * j + l] | (q[64 * j + 32 + l] << 4));
    }
}
inline void quantize_q5_K_ref(const float* x, void* vy, int64_t n) {
    block_q5_K* y = static_cast<block_q5_K*>(vy);
    uint8_t ls[16], lm[16], q[QK_K];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_minmax(x, 8, 32, 31, 63, &y[b].d, &y[b].dmin, ls, lm, q);
        q4k_pack_scale_min(ls, lm, y[b].scales);
        memset(y[b].qh, 0, sizeof y[b].qh);
        for (int j = 0; j < 4; j++)
            for (int l = 0; l < 32; l++) {
                const int q0 = q[64 * j + l], q1 = q[64 * j + 32 + l];
                y[b].qs[32 * j + l] = (uint8_t)((q0 & 0xF) | ((q1 & 0xF) << 4));
                y[b].qh[l] = (uint8_t)(y[b].qh[l] | ((q0 >> 4) << (2 * j)) | ((q1 >> 4) << (2 * j + 1)));
            }
    }
}
inline void quantize_q6_K_ref(const float* x, void* vy, int64_t n) {
    block_q6_K* y = static_cast<block_q6_K*>(vy);
    int8_t ls[16];
    uint8_t q[QK_K];
    float d;
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        kquant_symmetric(x, 32, 128, &d, ls, q, &y[b].d);
        memcpy(y[b].scales, ls, 16);
        memset(y[b].ql, 0, sizeof y[b].ql);
        memset(y[b].qh, 0, sizeof y[b].qh);
        for (int i = 0; i < QK_K; i++) {
            const int h = i / 128, g = (i / 32) % 4, l = i % 32;
            uint8_t& lo = y[b].ql[64 * h + 32 * (g & 1) + l];
            lo = (uint8_t)(lo | ((q[i] & 0xF) << (g < 2 ? 0 : 4)));
            y[b].qh[32 * h + l] = (uint8_t)(y[b].qh[32 * h + l] | ((q[i] >> 4) << (2 * g)));
        }
    }
}

// ==== TQ1_0, TQ2_0 (llama.cpp's ternary types; read so their files load) ===================
// Codes t in {0,1,2} for weights d*(t-1), 256 per block, one fp16 d.
// TQ2_0: weight 128h+32l+m is bits 2l..2l+1 of qs[32h+m].
// TQ1_0: five codes per byte as a base-3 fraction: byte = ceil(sum t_k 3^(4-k) * 256/243),
// so code k is ((byte * 3^k mod 256) * 3) >> 8. Bytes qs[0..31] hold weights 32k+m,
// qs[32..47] weights 160+16k+m, and qh[0..3] four codes each (weights 240+4k+j).
struct block_tq1_0 { uint8_t qs[48]; uint8_t qh[4]; uint16_t d; };
struct block_tq2_0 { uint8_t qs[64]; uint16_t d; };
static_assert(sizeof(block_tq1_0) == 54 && sizeof(block_tq2_0) == 66, "TQ layout");

inline int tq_trit(uint8_t byte, int k) {
    static const uint8_t pow3[5] = {1, 3, 9, 27, 81};
    return (int)(((uint16_t)(uint8_t)(byte * pow3[k]) * 3) >> 8);
}
inline void tq1_0_codes(const block_tq1_0& b, int8_t t[256]) {
    for (int k = 0; k < 5; k++)
        for (int m = 0; m < 32; m++) t[32 * k + m] = (int8_t)tq_trit(b.qs[m], k);
    for (int k = 0; k < 5; k++)
        for (int m = 0; m < 16; m++) t[160 + 16 * k + m] = (int8_t)tq_trit(b.qs[32 + m], k);
    for (int k = 0; k < 4; k++)
        for (int j = 0; j < 4; j++) t[240 + 4 * k + j] = (int8_t)tq_trit(b.qh[j], k);
}
inline void tq2_0_codes(const block_tq2_0& b, int8_t t[256]) {
    for (int i = 0; i < 256; i++) t[i] = (int8_t)((b.qs[32 * (i / 128) + i % 32] >> (2 * ((i / 32) % 4))) & 3);
}
template <typename B, void (*Codes)(const B&, int8_t*)> void to_float_tq(const void* vx, float* y, int64_t n) {
    const B* x = static_cast<const B*>(vx);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++) {
        Codes(x[b], t);
        for (int i = 0; i < QK_K; i++) *y++ = f16(x[b].d) * (float)(t[i] - 1);
    }
}
template <typename B, void (*Codes)(const B&, int8_t*)> float vec_dot_tq(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    int8_t t[256];
    float sum = 0;
    for (int64_t b = 0; b < n / QK_K; b++) {
        Codes(x[b], t);
        int isum = 0;
        for (int i = 0; i < QK_K; i++) isum += (t[i] - 1) * a[b].qs[i];
        sum += a[b].d * f16(x[b].d) * (float)isum;
    }
    return sum;
}
// Round to nearest with d = max|w| (as llama.cpp does).
inline void tq_codes_of(const float* x, uint16_t* d16, int8_t t[256]) {
    float amax = 0;
    for (int i = 0; i < QK_K; i++) amax = std::max(amax, std::fabs(x[i]));
    *d16 = fp32_to_fp16(amax);
    for (int i = 0; i < QK_K; i++) t[i] = (int8_t)(amax > 0 ? clampi(nearest_even(x[i] / amax), -1, 1) + 1 : 1);
}
inline uint8_t tq_pack5(const int8_t* t, int stride, int count) { // count codes, first most significant
    int v = 0;
    for (int k = 0; k < 5; k++) v = v * 3 + (k < count ? t[k * stride] : 0);
    return (uint8_t)((v * 256 + 242) / 243);
}
inline void quantize_tq1_0_ref(const float* x, void* vy, int64_t n) {
    block_tq1_0* y = static_cast<block_tq1_0*>(vy);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        tq_codes_of(x, &y[b].d, t);
        for (int m = 0; m < 32; m++) y[b].qs[m] = tq_pack5(t + m, 32, 5);
        for (int m = 0; m < 16; m++) y[b].qs[32 + m] = tq_pack5(t + 160 + m, 16, 5);
        for (int j = 0; j < 4; j++) y[b].qh[j] = tq_pack5(t + 240 + j, 4, 4);
    }
}
inline void quantize_tq2_0_ref(const float* x, void* vy, int64_t n) {
    block_tq2_0* y = static_cast<block_tq2_0*>(vy);
    int8_t t[256];
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        tq_codes_of(x, &y[b].d, t);
        memset(y[b].qs, 0, sizeof y[b].qs);
        for (int i = 0; i < QK_K; i++) {
            uint8_t& v = y[b].qs[32 * (i / 128) + i % 32];
            v = (uint8_t)(v | (t[i] << (2 * ((i / 32) % 4))));
        }
    }
}
constexpr to_float_fn to_float_tq1_0 = to_float_tq<block_tq1_0, tq1_0_codes>;
constexpr to_float_fn to_float_tq2_0 = to_float_tq<block_tq2_0, tq2_0_codes>;
constexpr vec_dot_fn vec_dot_tq1_0_ref = vec_dot_tq<block_tq1_0, tq1_0_codes>;
constexpr vec_dot_fn vec_dot_tq2_0_ref = vec_dot_tq<block_tq2_0, tq2_0_codes>;

// ==== the type table ========================================================================
inline const type_traits* type_info(uint32_t type) {
    // name, weights per block, bytes per block, activation type, to_float, vec_dot_ref, quantize_ref
    static const type_traits table[QT_GGML_COUNT] = {
        /*  0 */ {"F32", 1, 4, QT_F32, to_float_f32, vec_dot_f32_ref, quantize_f32_ref},
        /*  1 */ {"F16", 1, 2, QT_F32, to_float_f16, vec_dot_f16_ref, quantize_f16_ref},
        /*  2 */ {"Q4_0", 32, 18, QT_Q8_0, to_float_q4_0, vec_dot_q4_0_ref, quantize_q4_0_ref},
        /*  3 */ {"Q4_1", 32, 20, QT_Q8_1, to_float_q4_1, vec_dot_q4_1_ref, quantize_q4_1_ref},
        /*  4 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  5 */ {nullptr, 0, 0, 0, nullptr, nullptr, nullptr},
        /*  6 */ {"Q5_0", 32, 22, QT_Q8_0, to_float_q5_0, vec_dot_q5_0_ref, quantize_q5_0_ref},
        /*  7 */ {"Q5_1", 32, 24, QT_Q8_1, to_float_q5_1, vec_dot_q5_1_ref, quantize_q5_1_ref},
        /*  8 */ {"Q8_0", 32, 34, QT_Q8_0, to_float_q8_0, vec_dot_q8_0_ref, quantize_q8_0_ref},
        /*  9 */ {"Q8_1", 32, 36, QT_Q8_1, to_float_q8_1, nullptr, quantize_q8_1_ref},
        /* 10 */ {"Q2_K", 256, 84, QT_Q8_K, to_float_q2_K, vec_dot_q2_K_ref, quantize_q2_K_ref},
        /* 11 */ {"Q3_K", 256, 110, QT_Q8_K, to_float_q3_K, vec_dot_q3_K_ref, quantize_q3_K_ref},
        /* 12 */ {"Q4_K", 256, 144, QT_Q8_K, to_float_q4_K, vec_dot_q4_K_ref, quantize_q4_K_ref},
        /* 13 */ {"Q5_K", 256, 176, QT_Q8_K, to_float_q5_K, vec_dot_q5_K_ref, quantize_q5_K_ref},
        /* 14 */ {"Q6_K", 256, 210, QT_Q8_K, to_float_q6_K, vec_dot_q6_K_ref, quantize_q6_K_ref},
        /* 15 */ {"Q8_K", 256, 292, QT_Q8_K, to_float_q8_K, nullptr, quantize_q8_K_ref},
        // 16..29: ggml's IQ types, 30 BF16, 34/35 ternary, the rest unused here
        {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
        /* 30 */ {"BF16", 1, 2, QT_F32, to_float_bf16, vec_dot_bf16_ref, quantize_bf16_ref},
        {}, {}, {},
        /* 34 */ {"TQ1_0", 256, 54, QT_Q8_K, to_float_tq1_0, vec_dot_tq1_0_ref, quantize_tq1_0_ref},
        /* 35 */ {"TQ2_0", 256, 66, QT_Q8_K, to_float_tq2_0, vec_dot_tq2_0_ref, quantize_tq2_0_ref},
        {}, {}, {}, {},
    };
    if (type >= QT_LOWBIT_FIRST) return lowbit_type_info(type);
    return type < QT_GGML_COUNT && table[type].name ? &table[type] : nullptr;
}

// Bytes of a row of n weights; 0 for unknown types or when n is not a multiple of the block.
inline size_t row_bytes(uint32_t type, int64_t n) {
    const type_traits* t = type_info(type);
    if (!t || n < 0 || n % t->block) return 0;
    return (size_t)(n / t->block) * t->block_bytes;
}

// The scalar table: every entry is the reference function.
inline const kernel_table& kernels_scalar() {
    static const kernel_table k = [] {
        kernel_table t{};
        t.isa = "scalar";
        for (uint32_t i = 0; i < QT_COUNT; i++) {
            const type_traits* ti = type_info(i);
            if (!ti) continue;
            t.vec_dot[i] = ti->vec_dot_ref;
            if (ti->act_type == i) t.quantize_act[i] = ti->quantize_ref;
        }
        return t;
    }();
    return k;
}

} // namespace qlm_detail

// ==== [qlm:cpu-avx2] AVX2/FMA kernels for the tensor types, and the kernel dispatch ========
// Every function here equals its scalar reference in quant.h: the integer parts of the dot
// products are identical, only the order of the float sums differs; the activation
// quantizers write identical bytes. They are compiled with a function-level target
// attribute, so one binary runs anywhere and kernels() picks them when the CPU has AVX2
// and FMA.
//
// Integer dots use maddubs (u8 x s8 -> pairs summed to s16; no saturation is possible
// with our ranges: |u| <= 128, |s| <= 127) then madd (s16 x s16 -> pairs summed to s32).
// Signed x signed products use the sign trick: |x| * (y with the sign of x).
#ifndef QLM_QUANT_AVX2_H
#define QLM_QUANT_AVX2_H

namespace qlm_detail {

#if defined(QLM_HAS_AVX2)

// ---- helpers ------------------------------------------------------------------------------
QLMI_TARGET_AVX2 inline float avx2_hsum(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
QLMI_TARGET_AVX2 inline float avx2_h16(uint16_t h) { return _cvtsh_ss(h); }
QLMI_TARGET_AVX2 inline __m256i avx2_load(const void* p) {
    return _mm256_loadu_si256(static_cast<const __m256i*>(p));
}
// 16 bytes of nibbles -> 32 bytes: low nibbles (weights 0..15), then high (16..31).
QLMI_TARGET_AVX2 inline __m256i avx2_nibbles(const uint8_t* qs) {
    const __m128i t = _mm_loadu_si128(reinterpret_cast<const __m128i*>(qs));
    return _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(t, 4), t), _mm256_set1_epi8(0x0F));
}
// 32 bits -> 32 bytes, byte j = 0xFF if bit j is set.
QLMI_TARGET_AVX2 inline __m256i avx2_bits_to_bytes(const uint8_t* p) {
    uint32_t x;
    memcpy(&x, p, 4);
    const __m256i shuf = _mm256_setr_epi64x(0x0000000000000000, 0x0101010101010101, 0x0202020202020202,
                                            0x0303030303030303);
    const __m256i bit = _mm256_set1_epi64x((long long)0x8040201008040201ull);
    __m256i v = _mm256_shuffle_epi8(_mm256_set1_epi32((int)x), shuf);
    return _mm256_cmpeq_epi8(_mm256_and_si256(v, bit), bit);
}
// sum over pairs of 8 u8*s8 products -> 8 x s32
QLMI_TARGET_AVX2 inline __m256i avx2_dot_us(__m256i u, __m256i s) {
    return _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_dot_ss(__m256i x, __m256i y) {
    return avx2_dot_us(_mm256_sign_epi8(x, x), _mm256_sign_epi8(y, x));
}

// ---- float weights x F32 activations ------------------------------------------------------
QLMI_TARGET_AVX2 inline float vec_dot_f32_avx2(int64_t n, const void* vx, const void* va) {
    const float* x = static_cast<const float*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(_mm256_loadu_ps(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += x[i] * a[i];
    return sum;
}
QLMI_TARGET_AVX2 inline __m256 avx2_load_f16(const uint16_t* p) {
    return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
}
QLMI_TARGET_AVX2 inline float vec_dot_f16_avx2(int64_t n, const void* vx, const void* va) {
    const uint16_t* x = static_cast<const uint16_t*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(avx2_load_f16(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(avx2_load_f16(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(avx2_load_f16(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(avx2_load_f16(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += _cvtsh_ss(x[i]) * a[i];
    return sum;
}
QLMI_TARGET_AVX2 inline __m256 avx2_load_bf16(const uint16_t* p) {
    const __m256i w = _mm256_cvtepu16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
    return _mm256_castsi256_ps(_mm256_slli_epi32(w, 16));
}
QLMI_TARGET_AVX2 inline float vec_dot_bf16_avx2(int64_t n, const void* vx, const void* va) {
    const uint16_t* x = static_cast<const uint16_t*>(vx);
    const float* a = static_cast<const float*>(va);
    __m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 32 <= n; i += 32) {
        s0 = _mm256_fmadd_ps(avx2_load_bf16(x + i), _mm256_loadu_ps(a + i), s0);
        s1 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 8), _mm256_loadu_ps(a + i + 8), s1);
        s2 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 16), _mm256_loadu_ps(a + i + 16), s2);
        s3 = _mm256_fmadd_ps(avx2_load_bf16(x + i + 24), _mm256_loadu_ps(a + i + 24), s3);
    }
    float sum = avx2_hsum(_mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
    for (; i < n; i++) sum += bf16_to_fp32(x[i]) * a[i];
    return sum;
}

// ---- 32-weight blocks x Q8_0 / Q8_1 --------------------------------------------------------
// Two blocks per iteration into two accumulators (independent dependency chains).
// The per-block integer dots (8 partial int32 sums) of Q4_0, Q5_0 and Q8_0 with Q8_0.
// Offsets go through maddubs(offset, a) instead of a signed multiply: (q-8)*a = q*a - 8*a.
QLMI_TARGET_AVX2 inline __m256i avx2_q4_0_dot(const block_q4_0& b, __m256i a) {
    const __m256i p = _mm256_sub_epi16(_mm256_maddubs_epi16(avx2_nibbles(b.qs), a),
                                       _mm256_maddubs_epi16(_mm256_set1_epi8(8), a));
    return _mm256_madd_epi16(p, _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q5_0_dot(const block_q5_0& b, __m256i a) {
    const __m256i hi = _mm256_and_si256(avx2_bits_to_bytes(b.qh), _mm256_set1_epi8(0x10));
    const __m256i q = _mm256_or_si256(avx2_nibbles(b.qs), hi);
    const __m256i p = _mm256_sub_epi16(_mm256_maddubs_epi16(q, a), _mm256_maddubs_epi16(_mm256_set1_epi8(16), a));
    return _mm256_madd_epi16(p, _mm256_set1_epi16(1));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q8_0_dot(const block_q8_0& b, __m256i a) {
    return avx2_dot_ss(avx2_load(b.qs), a);
}

template <typename B, __m256i (*Dot)(const B&, __m256i)>
QLMI_TARGET_AVX2 inline float avx2_dot_sym_q8_0(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const int64_t nb = n / 32;
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    int64_t b = 0;
    for (; b + 2 <= nb; b += 2) {
        // the four fp16 scales in one conversion: (d_w0, d_w1, d_a0, d_a1)
        const uint64_t h = (uint64_t)x[b].d | (uint64_t)x[b + 1].d << 16 | (uint64_t)a[b].d << 32 |
                           (uint64_t)a[b + 1].d << 48;
        const __m128 f = _mm_cvtph_ps(_mm_cvtsi64_si128((long long)h));
        const __m128 dd = _mm_mul_ps(f, _mm_movehl_ps(f, f)); // (d_w0*d_a0, d_w1*d_a1)
        const __m256 d0 = _mm256_broadcastss_ps(dd);
        const __m256 d1 = _mm256_broadcastss_ps(_mm_movehdup_ps(dd));
        const __m256i p0 = Dot(x[b], avx2_load(a[b].qs));
        const __m256i p1 = Dot(x[b + 1], avx2_load(a[b + 1].qs));
        acc0 = _mm256_fmadd_ps(d0, _mm256_cvtepi32_ps(p0), acc0);
        acc1 = _mm256_fmadd_ps(d1, _mm256_cvtepi32_ps(p1), acc1);
    }
    for (; b < nb; b++) {
        const __m256 d0 = _mm256_set1_ps(avx2_h16(x[b].d) * avx2_h16(a[b].d));
        acc0 = _mm256_fmadd_ps(d0, _mm256_cvtepi32_ps(Dot(x[b], avx2_load(a[b].qs))), acc0);
    }
    return avx2_hsum(_mm256_add_ps(acc0, acc1));
}
QLMI_TARGET_AVX2 inline float vec_dot_q5_0_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_sym_q8_0<block_q5_0, avx2_q5_0_dot>(n, x, a);
}

// Q4_1/Q5_1 x Q8_1: the (d, m) and (d, s) fp16 pairs are adjacent 4-byte fields, so two
// cvtph and one multiply give (d_w*d_a, m_w*s_a) for two blocks; d_w*d_a scales the integer
// dot, m_w*s_a is summed in accm (odd lanes).
QLMI_TARGET_AVX2 inline __m128 avx2_dm_product(const void* w, const void* act) {
    uint32_t u, v;
    memcpy(&u, w, 4);
    memcpy(&v, act, 4);
    return _mm_mul_ps(_mm_cvtph_ps(_mm_cvtsi32_si128((int)u)), _mm_cvtph_ps(_mm_cvtsi32_si128((int)v)));
}
QLMI_TARGET_AVX2 inline __m256i avx2_q5_1_quants(const block_q5_1& b) {
    const __m256i hi = _mm256_and_si256(avx2_bits_to_bytes(b.qh), _mm256_set1_epi8(0x10));
    return _mm256_or_si256(avx2_nibbles(b.qs), hi);
}
template <typename B, __m256i (*Quants)(const B&)>
QLMI_TARGET_AVX2 inline float avx2_dot_asym_q8_1(int64_t n, const void* vx, const void* va) {
    const B* x = static_cast<const B*>(vx);
    const block_q8_1* a = static_cast<const block_q8_1*>(va);
    const int64_t nb = n / 32;
    __m256 acc0 = _mm256_setzero_ps(), acc1 = _mm256_setzero_ps();
    __m128 accm = _mm_setzero_ps();
    int64_t b = 0;
    for (; b + 2 <= nb; b += 2) {
        // (d_w0, m_w0, d_w1, m_w1) * (d_a0, s_a0, d_a1, s_a1) in one conversion each
        uint32_t w0, w1, a0, a1;
        memcpy(&w0, &x[b], 4);
        memcpy(&w1, &x[b + 1], 4);
        memcpy(&a0, &a[b], 4);
        memcpy(&a1, &a[b + 1], 4);
        const __m128 dm = _mm_mul_ps(_mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)w0 | (uint64_t)w1 << 32))),
                                     _mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)a0 | (uint64_t)a1 << 32))));
        const __m256i p0 = avx2_dot_us(Quants(x[b]), avx2_load(a[b].qs));
        const __m256i p1 = avx2_dot_us(Quants(x[b + 1]), avx2_load(a[b + 1].qs));
        acc0 = _mm256_fmadd_ps(_mm256_broadcastss_ps(dm), _mm256_cvtepi32_ps(p0), acc0);
        acc1 = _mm256_fmadd_ps(_mm256_broadcastss_ps(_mm_movehl_ps(dm, dm)), _mm256_cvtepi32_ps(p1), acc1);
        accm = _mm_add_ps(accm, dm); // lanes 1 and 3: m_w*s_a
    }
    for (; b < nb; b++) {
        const __m128 dm0 = avx2_dm_product(&x[b], &a[b]);
        const __m256i p0 = avx2_dot_us(Quants(x[b]), avx2_load(a[b].qs));
        acc0 = _mm256_fmadd_ps(_mm256_broadcastss_ps(dm0), _mm256_cvtepi32_ps(p0), acc0);
        accm = _mm_add_ps(accm, dm0); // (d_w*d_a, m_w*s_a, 0, 0)
    }
    accm = _mm_add_ps(accm, _mm_movehl_ps(accm, accm));
    return avx2_hsum(_mm256_add_ps(acc0, acc1)) + _mm_cvtss_f32(_mm_movehdup_ps(accm));
}
// ---- tiles: R weight rows x T activation rows at once ----------------------------------
// Prefill multiplies each weight row by many activation rows: a 2x2 tile reuses each
// unpacked weight vector for two tokens and each activation vector for two rows. Every (row, token) pair goes through exactly the
// same operations in every tile shape, so a result never depends on how rows were split
// between threads or tokens between batches (vec_dot is the 1x1 tile).
//
// Q4_0 and Q4_1 do two blocks per vector: lane 0 holds block b, lane 1 block b+1. The low
// nibbles (weights 0..15) meet activations 0..15 of each block, the high nibbles 16..31,
// so one madd, one convert and one fma serve both blocks.
QLMI_TARGET_AVX2 inline __m256i avx2_load2(const void* lo, const void* hi) {
    return _mm256_inserti128_si256(_mm256_castsi128_si256(_mm_loadu_si128(static_cast<const __m128i*>(lo))),
                                   _mm_loadu_si128(static_cast<const __m128i*>(hi)), 1);
}
// Two adjacent 4-byte fp16 pairs (d, m) / (d, s) of blocks b and b+1 as 4 floats.
QLMI_TARGET_AVX2 inline __m128 avx2_f16x4(const void* p0, const void* p1) {
    uint32_t u0, u1;
    memcpy(&u0, p0, 4);
    memcpy(&u1, p1, 4);
    return _mm_cvtph_ps(_mm_cvtsi64_si128((long long)((uint64_t)u0 | (uint64_t)u1 << 32)));
}
QLMI_TARGET_AVX2 inline __m128 avx2_f16x2(uint16_t h0, uint16_t h1) {
    return _mm_cvtph_ps(_mm_cvtsi32_si128((int)((uint32_t)h0 | (uint32_t)h1 << 16)));
}

// Software prefetch a fixed distance ahead along the weight stream. Measured on the 2-core
// AVX2 machine (docs/PERF.md): a Q4_1 576-wide matrix read from DRAM by one core went
// from about 4.6 to 7.3 GB/s with 4 KiB; 1 KiB and 8 KiB were no better.
constexpr size_t kPrefetchBytes = 4096;
QLMI_TARGET_AVX2 inline void avx2_prefetch_ahead(const void* p) {
    _mm_prefetch(static_cast<const char*>(p) + kPrefetchBytes, _MM_HINT_T0);
}

// out[t*os + r] = row r of x (stride xs) . row t of a (stride as).
struct avx2_tile_q4_1 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i m4 = _mm256_set1_epi8(0x0F), ones = _mm256_set1_epi16(1);
        const __m256i lane_d = _mm256_setr_epi32(0, 0, 0, 0, 2, 2, 2, 2);
        __m256 acc[T][R];
        __m128 accm[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                acc[t][r] = _mm256_setzero_ps();
                accm[t][r] = _mm_setzero_ps();
            }
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i alo[T], ahi[T];
            __m128 adm[T]; // (d_a0, s_a0, d_a1, s_a1)
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_1* a = reinterpret_cast<const block_q8_1*>(ar + (size_t)t * as) + b;
                alo[t] = avx2_load2(a[0].qs, a[1].qs);
                ahi[t] = avx2_load2(a[0].qs + 16, a[1].qs + 16);
                adm[t] = avx2_f16x4(&a[0], &a[1]);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q4_1* x = reinterpret_cast<const block_q4_1*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x);
                const __m128 wdm = avx2_f16x4(&x[0], &x[1]); // (d_w0, m_w0, d_w1, m_w1)
                const __m256i q = avx2_load2(x[0].qs, x[1].qs);
                const __m256i lo = _mm256_and_si256(q, m4), hi = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m128 dm = _mm_mul_ps(wdm, adm[t]); // (d_w*d_a, m_w*s_a) x 2 blocks
                    const __m256i p = _mm256_add_epi16(_mm256_maddubs_epi16(lo, alo[t]), _mm256_maddubs_epi16(hi, ahi[t]));
                    const __m256 d = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(dm), lane_d);
                    acc[t][r] = _mm256_fmadd_ps(d, _mm256_cvtepi32_ps(_mm256_madd_epi16(p, ones)), acc[t][r]);
                    accm[t][r] = _mm_add_ps(accm[t][r], dm); // lanes 1 and 3: m_w*s_a
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q4_1* x = reinterpret_cast<const block_q4_1*>(xr + (size_t)r * xs);
                const block_q8_1* a = reinterpret_cast<const block_q8_1*>(ar + (size_t)t * as);
                float sum = 0;
                __m128 m = accm[t][r];
                if (b < nb) { // odd block count
                    const __m128 dm0 = avx2_dm_product(&x[b], &a[b]);
                    const __m256i p0 = avx2_dot_us(avx2_nibbles(x[b].qs), avx2_load(a[b].qs));
                    sum = _mm_cvtss_f32(dm0) * avx2_hsum(_mm256_cvtepi32_ps(p0));
                    m = _mm_add_ps(m, dm0);
                }
                m = _mm_add_ps(m, _mm_movehl_ps(m, m));
                out[(size_t)t * os + (size_t)r] = avx2_hsum(acc[t][r]) + sum + _mm_cvtss_f32(_mm_movehdup_ps(m));
            }
    }
};

// Q4_0: the -8 offset is subtracted as 8*a with maddubs, in int16 (|sum| <= 2*3810 +
// 2*2032 fits); 8*a depends on the activations only, so a tile computes it once per token.
struct avx2_tile_q4_0 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i m4 = _mm256_set1_epi8(0x0F), ones = _mm256_set1_epi16(1), eight = _mm256_set1_epi8(8);
        const __m256i lane_d = _mm256_setr_epi32(0, 0, 0, 0, 1, 1, 1, 1);
        __m256 acc[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) acc[t][r] = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i alo[T], ahi[T], a8[T];
            __m128 ad[T]; // (d_a0, d_a1)
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as) + b;
                alo[t] = avx2_load2(a[0].qs, a[1].qs);
                ahi[t] = avx2_load2(a[0].qs + 16, a[1].qs + 16);
                a8[t] = _mm256_add_epi16(_mm256_maddubs_epi16(eight, alo[t]), _mm256_maddubs_epi16(eight, ahi[t]));
                ad[t] = avx2_f16x2(a[0].d, a[1].d);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q4_0* x = reinterpret_cast<const block_q4_0*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x);
                const __m128 wd = avx2_f16x2(x[0].d, x[1].d);
                const __m256i q = avx2_load2(x[0].qs, x[1].qs);
                const __m256i lo = _mm256_and_si256(q, m4), hi = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m256i p = _mm256_sub_epi16(
                        _mm256_add_epi16(_mm256_maddubs_epi16(lo, alo[t]), _mm256_maddubs_epi16(hi, ahi[t])), a8[t]);
                    const __m256 d = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(_mm_mul_ps(wd, ad[t])), lane_d);
                    acc[t][r] = _mm256_fmadd_ps(d, _mm256_cvtepi32_ps(_mm256_madd_epi16(p, ones)), acc[t][r]);
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q4_0* x = reinterpret_cast<const block_q4_0*>(xr + (size_t)r * xs);
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as);
                float sum = 0;
                if (b < nb) // odd block count
                    sum = avx2_h16(x[b].d) * avx2_h16(a[b].d) *
                          avx2_hsum(_mm256_cvtepi32_ps(avx2_q4_0_dot(x[b], avx2_load(a[b].qs))));
                out[(size_t)t * os + (size_t)r] = avx2_hsum(acc[t][r]) + sum;
            }
    }
};

// Q8_0 x Q8_0 with the sign trick; |x| is computed once per weight vector.
struct avx2_tile_q8_0 {
    template <int R, int T>
    QLMI_TARGET_AVX2 static void run(int64_t n, const uint8_t* xr, size_t xs, const uint8_t* ar, size_t as, float* out,
                                     size_t os) {
        const int64_t nb = n / 32;
        const __m256i ones = _mm256_set1_epi16(1);
        __m256 acc[T][R];
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) acc[t][r] = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 2 <= nb; b += 2) {
            __m256i a0[T], a1[T];
            __m128 ad[T];
#pragma GCC unroll 4
            for (int t = 0; t < T; t++) {
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as) + b;
                a0[t] = avx2_load(a[0].qs);
                a1[t] = avx2_load(a[1].qs);
                ad[t] = avx2_f16x2(a[0].d, a[1].d);
            }
#pragma GCC unroll 4
            for (int r = 0; r < R; r++) {
                const block_q8_0* x = reinterpret_cast<const block_q8_0*>(xr + (size_t)r * xs) + b;
                avx2_prefetch_ahead(x); // 68 bytes per step: two lines
                avx2_prefetch_ahead(reinterpret_cast<const uint8_t*>(x) + 64);
                const __m128 wd = avx2_f16x2(x[0].d, x[1].d);
                const __m256i x0 = avx2_load(x[0].qs), x1 = avx2_load(x[1].qs);
                const __m256i u0 = _mm256_sign_epi8(x0, x0), u1 = _mm256_sign_epi8(x1, x1);
#pragma GCC unroll 4
                for (int t = 0; t < T; t++) {
                    const __m128 dd = _mm_mul_ps(wd, ad[t]);
                    const __m256i p0 = _mm256_madd_epi16(_mm256_maddubs_epi16(u0, _mm256_sign_epi8(a0[t], x0)), ones);
                    const __m256i p1 = _mm256_madd_epi16(_mm256_maddubs_epi16(u1, _mm256_sign_epi8(a1[t], x1)), ones);
                    acc[t][r] = _mm256_fmadd_ps(_mm256_broadcastss_ps(dd), _mm256_cvtepi32_ps(p0), acc[t][r]);
                    acc[t][r] = _mm256_fmadd_ps(_mm256_broadcastss_ps(_mm_movehdup_ps(dd)), _mm256_cvtepi32_ps(p1),
                                                acc[t][r]);
                }
            }
        }
        for (int t = 0; t < T; t++)
            for (int r = 0; r < R; r++) {
                const block_q8_0* x = reinterpret_cast<const block_q8_0*>(xr + (size_t)r * xs);
                const block_q8_0* a = reinterpret_cast<const block_q8_0*>(ar + (size_t)t * as);
                __m256 s = acc[t][r];
                if (b < nb) // odd block count
                    s = _mm256_fmadd_ps(_mm256_set1_ps(avx2_h16(x[b].d) * avx2_h16(a[b].d)),
                                        _mm256_cvtepi32_ps(avx2_q8_0_dot(x[b], avx2_load(a[b].qs))), s);
                out[(size_t)t * os + (size_t)r] = avx2_hsum(s);
            }
    }
};

// Any nr x nt. One token: row by row. Several: 2x2 tiles. Decode streams each row once
// from DRAM, and there 4-row tiles measured slower than one row at a time (the four
// interleaved streams defeat the hardware prefetcher; docs/PERF.md), so tiles are used
// where rows are reused from cache: by the tokens of a prefill batch.
template <class K>
QLMI_TARGET_AVX2 inline void avx2_mat_dot(int64_t n, const void* vx, size_t xs, int nr, const void* va, size_t as,
                                          int nt, float* out, size_t os) {
    const uint8_t* x = static_cast<const uint8_t*>(vx);
    const uint8_t* a = static_cast<const uint8_t*>(va);
    for (int t = 0; t < nt; t += 2) {
        const uint8_t* at = a + (size_t)t * as;
        float* ot = out + (size_t)t * os;
        if (nt - t == 1) {
            for (int r = 0; r < nr; r++) K::template run<1, 1>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
            break;
        }
        int r = 0;
        for (; r + 2 <= nr; r += 2) K::template run<2, 2>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
        if (r < nr) K::template run<1, 2>(n, x + (size_t)r * xs, xs, at, as, ot + r, os);
    }
}
template <class K> QLMI_TARGET_AVX2 inline float avx2_vec_dot(int64_t n, const void* x, const void* a) {
    float y;
    K::template run<1, 1>(n, static_cast<const uint8_t*>(x), 0, static_cast<const uint8_t*>(a), 0, &y, 0);
    return y;
}

QLMI_TARGET_AVX2 inline float vec_dot_q5_1_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_asym_q8_1<block_q5_1, avx2_q5_1_quants>(n, x, a);
}

// ---- K-quants x Q8_K -----------------------------------------------------------------------
// Q2_K, Q3_K and Q6_K have 16 sub-blocks of 16 with one scale each, in weight order. A
// group of 32 weights covers sub-blocks 2g and 2g+1, i.e. the two 128-bit lanes of the
// maddubs result; the matching scale vector (int16, lane 0 = scale 2g, lane 1 = scale
// 2g+1) is shuffled out of the 16 scales held as int16 (lane h = sub-blocks 8h..8h+7).
// Shuffle control for group g: int16 element 2g in lane 0 and 2g+1 in lane 1 (of a
// vector whose two lanes hold the same 8 scales). Built once per call, outside the loop.
QLMI_TARGET_AVX2 inline __m256i avx2_scale_ctrl(int g) {
    const int lo = (4 * g) | ((4 * g + 1) << 8), hi = (4 * g + 2) | ((4 * g + 3) << 8);
    return _mm256_set_m128i(_mm_set1_epi16((short)hi), _mm_set1_epi16((short)lo));
}
struct avx2_scale_ctrls {
    __m256i c[4];
};
QLMI_TARGET_AVX2 inline avx2_scale_ctrls avx2_make_scale_ctrls() {
    return {{avx2_scale_ctrl(0), avx2_scale_ctrl(1), avx2_scale_ctrl(2), avx2_scale_ctrl(3)}};
}
// sum over the 4 groups of one 128-weight half: madd(maddubs(q_g, a_g), scales of g)
QLMI_TARGET_AVX2 inline __m256i avx2_half_dot(__m256i q0, __m256i q1, __m256i q2, __m256i q3, const int8_t* aq,
                                              __m256i sch, const avx2_scale_ctrls& c) {
    const __m256i p0 = _mm256_madd_epi16(_mm256_maddubs_epi16(q0, avx2_load(aq)), _mm256_shuffle_epi8(sch, c.c[0]));
    const __m256i p1 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q1, avx2_load(aq + 32)), _mm256_shuffle_epi8(sch, c.c[1]));
    const __m256i p2 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q2, avx2_load(aq + 64)), _mm256_shuffle_epi8(sch, c.c[2]));
    const __m256i p3 =
        _mm256_madd_epi16(_mm256_maddubs_epi16(q3, avx2_load(aq + 96)), _mm256_shuffle_epi8(sch, c.c[3]));
    return _mm256_add_epi32(_mm256_add_epi32(p0, p1), _mm256_add_epi32(p2, p3));
}
// the scales of half h (sub-blocks 8h..8h+7) in both lanes
QLMI_TARGET_AVX2 inline __m256i avx2_half0(__m256i sc16) { return _mm256_permute2x128_si256(sc16, sc16, 0x00); }
QLMI_TARGET_AVX2 inline __m256i avx2_half1(__m256i sc16) { return _mm256_permute2x128_si256(sc16, sc16, 0x11); }

// Q2_K half: quants are the 2-bit fields 0, 2, 4, 6 of 32 bytes.
QLMI_TARGET_AVX2 inline __m256i avx2_q2k_half(const uint8_t* qs, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m3 = _mm256_set1_epi8(3);
    const __m256i q = avx2_load(qs);
    return avx2_half_dot(_mm256_and_si256(q, m3), _mm256_and_si256(_mm256_srli_epi16(q, 2), m3),
                         _mm256_and_si256(_mm256_srli_epi16(q, 4), m3), _mm256_and_si256(_mm256_srli_epi16(q, 6), m3),
                         aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q2_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q2_K* x = static_cast<const block_q2_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps(), accm = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x[b].scales));
        const __m256i sc16 = _mm256_cvtepu8_epi16(_mm_and_si128(raw, _mm_set1_epi8(0x0F)));
        const __m256i mn16 = _mm256_cvtepu8_epi16(_mm_and_si128(_mm_srli_epi16(raw, 4), _mm_set1_epi8(0x0F)));
        const __m256i summs = _mm256_madd_epi16(mn16, avx2_load(a[b].bsums));
        const __m256i isum = _mm256_add_epi32(avx2_q2k_half(x[b].qs, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q2k_half(x[b].qs + 32, a[b].qs + 128, avx2_half1(sc16), c));
        const float d = a[b].d * avx2_h16(x[b].d), dmin = a[b].d * avx2_h16(x[b].dmin);
        acc = _mm256_fmadd_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(isum), acc);
        accm = _mm256_fmadd_ps(_mm256_set1_ps(dmin), _mm256_cvtepi32_ps(summs), accm);
    }
    return avx2_hsum(_mm256_sub_ps(acc, accm));
}

// Q3_K half: 2-bit fields as in Q2_K plus bit 2 from hmask bits 4h..4h+3 (hm pre-shifted).
QLMI_TARGET_AVX2 inline __m256i avx2_q3k_half(const uint8_t* qs, __m256i hm, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m3 = _mm256_set1_epi8(3), m4 = _mm256_set1_epi8(4);
    const __m256i q = avx2_load(qs);
    // bit k of hm -> value 4: shift bit k to bit 2 and mask
    const __m256i q0 = _mm256_or_si256(_mm256_and_si256(q, m3), _mm256_and_si256(_mm256_slli_epi16(hm, 2), m4));
    const __m256i q1 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 2), m3),
                                       _mm256_and_si256(_mm256_slli_epi16(hm, 1), m4));
    const __m256i q2 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 4), m3), _mm256_and_si256(hm, m4));
    const __m256i q3 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(q, 6), m3),
                                       _mm256_and_si256(_mm256_srli_epi16(hm, 1), m4));
    return avx2_half_dot(q0, q1, q2, q3, aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q3_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q3_K* x = static_cast<const block_q3_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        // the 16 6-bit scales (minus 32) as int16
        uint32_t u[3];
        memcpy(u, x[b].scales, 12);
        const uint32_t lo0 = u[0] & 0x0f0f0f0f, lo1 = u[1] & 0x0f0f0f0f;
        const uint32_t lo2 = (u[0] >> 4) & 0x0f0f0f0f, lo3 = (u[1] >> 4) & 0x0f0f0f0f;
        const __m128i s8 = _mm_or_si128(
            _mm_setr_epi32((int)lo0, (int)lo1, (int)lo2, (int)lo3),
            _mm_setr_epi32((int)((u[2] << 4) & 0x30303030), (int)((u[2] << 2) & 0x30303030),
                           (int)(u[2] & 0x30303030), (int)((u[2] >> 2) & 0x30303030)));
        const __m256i sc16 = _mm256_sub_epi16(_mm256_cvtepu8_epi16(s8), _mm256_set1_epi16(32));
        // (q-4)*a = q*a - 4*a: the offset through bsums
        const __m256i offs = _mm256_madd_epi16(sc16, avx2_load(a[b].bsums));
        const __m256i hm = avx2_load(x[b].hmask);
        const __m256i isum = _mm256_add_epi32(avx2_q3k_half(x[b].qs, hm, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q3k_half(x[b].qs + 32, _mm256_srli_epi16(hm, 4), a[b].qs + 128,
                                                            avx2_half1(sc16), c));
        acc = _mm256_fmadd_ps(_mm256_set1_ps(a[b].d * avx2_h16(x[b].d)),
                              _mm256_cvtepi32_ps(_mm256_sub_epi32(isum, _mm256_slli_epi32(offs, 2))), acc);
    }
    return avx2_hsum(acc);
}

// Q6_K half: 4 bits from ql (two 32-byte rows, low then high nibbles), 2 from qh.
QLMI_TARGET_AVX2 inline __m256i avx2_q6k_half(const uint8_t* ql, const uint8_t* qhp, const int8_t* aq, __m256i sch,
                                              const avx2_scale_ctrls& c) {
    const __m256i m4 = _mm256_set1_epi8(0x0F), m30 = _mm256_set1_epi8(0x30);
    const __m256i l0 = avx2_load(ql), l1 = avx2_load(ql + 32), qh = avx2_load(qhp);
    const __m256i q0 = _mm256_or_si256(_mm256_and_si256(l0, m4), _mm256_and_si256(_mm256_slli_epi16(qh, 4), m30));
    const __m256i q1 = _mm256_or_si256(_mm256_and_si256(l1, m4), _mm256_and_si256(_mm256_slli_epi16(qh, 2), m30));
    const __m256i q2 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l0, 4), m4), _mm256_and_si256(qh, m30));
    const __m256i q3 = _mm256_or_si256(_mm256_and_si256(_mm256_srli_epi16(l1, 4), m4),
                                       _mm256_and_si256(_mm256_srli_epi16(qh, 2), m30));
    return avx2_half_dot(q0, q1, q2, q3, aq, sch, c);
}
QLMI_TARGET_AVX2 inline float vec_dot_q6_K_avx2(int64_t n, const void* vx, const void* va) {
    const block_q6_K* x = static_cast<const block_q6_K*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    const avx2_scale_ctrls c = avx2_make_scale_ctrls();
    __m256 acc = _mm256_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++) {
        const __m256i sc16 = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(x[b].scales)));
        // (q-32)*a = q*a - 32*a: the offset through bsums
        const __m256i offs = _mm256_madd_epi16(sc16, avx2_load(a[b].bsums));
        const __m256i isum = _mm256_add_epi32(avx2_q6k_half(x[b].ql, x[b].qh, a[b].qs, avx2_half0(sc16), c),
                                              avx2_q6k_half(x[b].ql + 64, x[b].qh + 32, a[b].qs + 128,
                                                            avx2_half1(sc16), c));
        acc = _mm256_fmadd_ps(_mm256_set1_ps(a[b].d * avx2_h16(x[b].d)),
                              _mm256_cvtepi32_ps(_mm256_sub_epi32(isum, _mm256_slli_epi32(offs, 5))), acc);
    }
    return avx2_hsum(acc);
}

// Q4_K/Q5_K: 8 sub-blocks of 32. The 6-bit scales and mins are unpacked with 32-bit
// integer ops (scales 0..3 / mins 0..3 are the low 6 bits of bytes 0..3 / 4..7; 4..7 take
// their low 4 bits from bytes 8..11 and their high 2 bits from the top of bytes 0..7).
QLMI_TARGET_AVX2 inline __m256i avx2_q4k_scales_mins(const uint8_t* s) {
    uint32_t u[3];
    memcpy(u, s, 12);
    const uint32_t sc_lo = u[0] & 0x3f3f3f3f, mn_lo = u[1] & 0x3f3f3f3f;
    const uint32_t sc_hi = (u[2] & 0x0f0f0f0f) | ((u[0] >> 2) & 0x30303030);
    const uint32_t mn_hi = ((u[2] >> 4) & 0x0f0f0f0f) | ((u[1] >> 2) & 0x30303030);
    // int16: lane 0 = the 8 scales, lane 1 = the 8 mins
    return _mm256_cvtepu8_epi16(_mm_setr_epi32((int)sc_lo, (int)sc_hi, (int)mn_lo, (int)mn_hi));
}
QLMI_TARGET_AVX2 inline __m256i avx2_scale_k(__m256i sc, int k) { // int16 sc[k] everywhere
    return _mm256_shuffle_epi8(sc, _mm256_set1_epi16((short)((2 * k) | ((2 * k + 1) << 8))));
}
template <int Bit> // moves bit Bit of every byte to bit 4 (other bits: garbage, mask them)
QLMI_TARGET_AVX2 inline __m256i avx2_bit_to_4(__m256i v) {
    if constexpr (Bit < 4) return _mm256_slli_epi16(v, 4 - Bit);
    else return _mm256_srli_epi16(v, Bit - 4);
}
// 64 weights j: sub-blocks 2j (low nibbles) and 2j+1 (high nibbles, fifth bits 2j, 2j+1).
template <bool Q5, int J>
QLMI_TARGET_AVX2 inline __m256i avx2_q45k_chunk(const uint8_t* qs, __m256i hb, const int8_t* aq, __m256i sc) {
    const __m256i m4 = _mm256_set1_epi8(0x0F), m16 = _mm256_set1_epi8(0x10);
    const __m256i q = avx2_load(qs + 32 * J);
    __m256i q0 = _mm256_and_si256(q, m4), q1 = _mm256_and_si256(_mm256_srli_epi16(q, 4), m4);
    if (Q5) {
        // bit 2J -> bit 4, bit 2J+1 -> bit 4 (16-bit shifts; the mask keeps each byte's own bit)
        q0 = _mm256_or_si256(q0, _mm256_and_si256(avx2_bit_to_4<2 * J>(hb), m16));
        q1 = _mm256_or_si256(q1, _mm256_and_si256(avx2_bit_to_4<2 * J + 1>(hb), m16));
    }
    const __m256i p0 = _mm256_maddubs_epi16(q0, avx2_load(aq + 64 * J));
    const __m256i p1 = _mm256_maddubs_epi16(q1, avx2_load(aq + 64 * J + 32));
    return _mm256_add_epi32(_mm256_madd_epi16(p0, avx2_scale_k(sc, 2 * J)),
                            _mm256_madd_epi16(p1, avx2_scale_k(sc, 2 * J + 1)));
}
template <bool Q5>
QLMI_TARGET_AVX2 inline float avx2_dot_q45_K(int64_t n, const void* vx, const void* va) {
    const int64_t bsz = Q5 ? (int64_t)sizeof(block_q5_K) : (int64_t)sizeof(block_q4_K);
    const uint8_t* xb = static_cast<const uint8_t*>(vx);
    const block_q8_K* a = static_cast<const block_q8_K*>(va);
    __m256 acc = _mm256_setzero_ps();
    __m128 accm = _mm_setzero_ps();
    for (int64_t b = 0; b < n / QK_K; b++, xb += bsz) {
        // block_q4_K and block_q5_K share the d, dmin, scales prefix
        const block_q4_K* x4 = reinterpret_cast<const block_q4_K*>(xb);
        const uint8_t* qs = Q5 ? reinterpret_cast<const block_q5_K*>(xb)->qs : x4->qs;
        const __m256i scmn = avx2_q4k_scales_mins(x4->scales);
        // mins: sum_k m_k * (bsums[2k] + bsums[2k+1])
        const __m128i bs = _mm_hadd_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(a[b].bsums)),
                                          _mm_loadu_si128(reinterpret_cast<const __m128i*>(a[b].bsums + 8)));
        const __m128i summs = _mm_madd_epi16(_mm256_extracti128_si256(scmn, 1), bs);
        const __m256i sc = _mm256_permute2x128_si256(scmn, scmn, 0x00);
        __m256i hb = _mm256_setzero_si256();
        if (Q5) hb = avx2_load(reinterpret_cast<const block_q5_K*>(xb)->qh);
        const __m256i isum = _mm256_add_epi32(
            _mm256_add_epi32(avx2_q45k_chunk<Q5, 0>(qs, hb, a[b].qs, sc), avx2_q45k_chunk<Q5, 1>(qs, hb, a[b].qs, sc)),
            _mm256_add_epi32(avx2_q45k_chunk<Q5, 2>(qs, hb, a[b].qs, sc), avx2_q45k_chunk<Q5, 3>(qs, hb, a[b].qs, sc)));
        const float d = a[b].d * avx2_h16(x4->d), dmin = a[b].d * avx2_h16(x4->dmin);
        acc = _mm256_fmadd_ps(_mm256_set1_ps(d), _mm256_cvtepi32_ps(isum), acc);
        accm = _mm_fmadd_ps(_mm_set1_ps(dmin), _mm_cvtepi32_ps(summs), accm);
    }
    __m128 m = _mm_add_ps(accm, _mm_movehl_ps(accm, accm));
    m = _mm_add_ss(m, _mm_movehdup_ps(m));
    return avx2_hsum(acc) - _mm_cvtss_f32(m);
}
QLMI_TARGET_AVX2 inline float vec_dot_q4_K_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_q45_K<false>(n, x, a);
}
QLMI_TARGET_AVX2 inline float vec_dot_q5_K_avx2(int64_t n, const void* x, const void* a) {
    return avx2_dot_q45_K<true>(n, x, a);
}

// ---- activation quantizers (bytes identical to the reference) -----------------------------
// roundf (half away from zero), exactly: t = trunc(v); v - t is exact; step away from
// zero when |v - t| >= 0.5.
QLMI_TARGET_AVX2 inline __m256i avx2_roundf(__m256 v) {
    const __m256 sign = _mm256_set1_ps(-0.0f);
    const __m256 t = _mm256_round_ps(v, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
    const __m256 frac = _mm256_andnot_ps(sign, _mm256_sub_ps(v, t));
    const __m256 step = _mm256_or_ps(_mm256_and_ps(v, sign), _mm256_set1_ps(1.0f));
    const __m256 up = _mm256_cmp_ps(frac, _mm256_set1_ps(0.5f), _CMP_GE_OQ);
    return _mm256_cvttps_epi32(_mm256_add_ps(t, _mm256_and_ps(up, step)));
}
// 4 x 8 int32 (in [-128, 127]) -> 32 int8 in order
QLMI_TARGET_AVX2 inline __m256i avx2_pack32(__m256i i0, __m256i i1, __m256i i2, __m256i i3) {
    const __m256i p = _mm256_packs_epi16(_mm256_packs_epi32(i0, i1), _mm256_packs_epi32(i2, i3));
    return _mm256_permutevar8x32_epi32(p, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
}
QLMI_TARGET_AVX2 inline float avx2_hmax(__m256 v) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_movehdup_ps(m));
    return _mm_cvtss_f32(m);
}
QLMI_TARGET_AVX2 inline int avx2_hsum_i32(__m256i v) {
    __m128i s = _mm_add_epi32(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0x4e));
    s = _mm_add_epi32(s, _mm_shuffle_epi32(s, 0xb1));
    return _mm_cvtsi128_si32(s);
}
// One 32-float block: returns the int8 quants, *d = amax/127, *sum = sum of the quants.
QLMI_TARGET_AVX2 inline __m256i avx2_quant32(const float* x, float* d, int* sum) {
    const __m256 abs_mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    const __m256 v0 = _mm256_loadu_ps(x), v1 = _mm256_loadu_ps(x + 8);
    const __m256 v2 = _mm256_loadu_ps(x + 16), v3 = _mm256_loadu_ps(x + 24);
    const __m256 mx = _mm256_max_ps(_mm256_max_ps(_mm256_and_ps(v0, abs_mask), _mm256_and_ps(v1, abs_mask)),
                                    _mm256_max_ps(_mm256_and_ps(v2, abs_mask), _mm256_and_ps(v3, abs_mask)));
    *d = avx2_hmax(mx) / 127.0f;
    const __m256 id = _mm256_set1_ps(*d != 0 ? 1.0f / *d : 0.0f);
    const __m256i i0 = avx2_roundf(_mm256_mul_ps(v0, id)), i1 = avx2_roundf(_mm256_mul_ps(v1, id));
    const __m256i i2 = avx2_roundf(_mm256_mul_ps(v2, id)), i3 = avx2_roundf(_mm256_mul_ps(v3, id));
    if (sum) *sum = avx2_hsum_i32(_mm256_add_epi32(_mm256_add_epi32(i0, i1), _mm256_add_epi32(i2, i3)));
    return avx2_pack32(i0, i1, i2, i3);
}
QLMI_TARGET_AVX2 inline void quantize_q8_0_avx2(const float* x, void* vy, int64_t n) {
    block_q8_0* y = static_cast<block_q8_0*>(vy);
    for (int64_t b = 0; b < n / QK8_0; b++, x += QK8_0) {
        float d;
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs), avx2_quant32(x, &d, nullptr));
        y[b].d = fp32_to_fp16(d);
    }
}
QLMI_TARGET_AVX2 inline void quantize_q8_1_avx2(const float* x, void* vy, int64_t n) {
    block_q8_1* y = static_cast<block_q8_1*>(vy);
    for (int64_t b = 0; b < n / QK8_1; b++, x += QK8_1) {
        float d;
        int sum;
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs), avx2_quant32(x, &d, &sum));
        y[b].d = fp32_to_fp16(d);
        y[b].s = fp32_to_fp16((float)sum * d);
    }
}
QLMI_TARGET_AVX2 inline void quantize_q8_K_avx2(const float* x, void* vy, int64_t n) {
    block_q8_K* y = static_cast<block_q8_K*>(vy);
    const __m256 abs_mask = _mm256_castsi256_ps(_mm256_set1_epi32(0x7fffffff));
    for (int64_t b = 0; b < n / QK_K; b++, x += QK_K) {
        __m256 mx = _mm256_setzero_ps();
        for (int i = 0; i < QK_K; i += 8) mx = _mm256_max_ps(mx, _mm256_and_ps(_mm256_loadu_ps(x + i), abs_mask));
        const float amax = avx2_hmax(mx);
        if (amax == 0) {
            memset(&y[b], 0, sizeof(block_q8_K));
            continue;
        }
        // the first element of that magnitude gives the sign, as in the reference scan
        const __m256 va = _mm256_set1_ps(amax);
        int first = 0;
        for (int i = 0; i < QK_K; i += 8) {
            const __m256 ax = _mm256_and_ps(_mm256_loadu_ps(x + i), abs_mask);
            const int m = _mm256_movemask_ps(_mm256_cmp_ps(ax, va, _CMP_EQ_OQ));
            if (m) {
                first = i + __builtin_ctz((unsigned)m);
                break;
            }
        }
        const float iscale = -127.0f / x[first];
        const __m256 is = _mm256_set1_ps(iscale);
        const __m256i lim = _mm256_set1_epi32(127);
        for (int i = 0; i < QK_K; i += 32) {
            __m256i q[4];
            for (int k = 0; k < 4; k++) // cvtps rounds half to even (the default MXCSR mode)
                q[k] = _mm256_min_epi32(_mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(x + i + 8 * k), is)), lim);
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(y[b].qs + i), avx2_pack32(q[0], q[1], q[2], q[3]));
            y[b].bsums[i / 16] = (int16_t)avx2_hsum_i32(_mm256_add_epi32(q[0], q[1]));
            y[b].bsums[i / 16 + 1] = (int16_t)avx2_hsum_i32(_mm256_add_epi32(q[2], q[3]));
        }
        y[b].d = 1.0f / iscale;
    }
}

// The AVX2 table: NULL when this CPU lacks AVX2/FMA. Entries without an AVX2 version keep
// the scalar reference.
inline const kernel_table* kernels_avx2() {
    static const kernel_table k = [] {
        kernel_table t = kernels_scalar();
        t.isa = "avx2";
        t.vec_dot[QT_F32] = vec_dot_f32_avx2;
        t.vec_dot[QT_F16] = vec_dot_f16_avx2;
        t.vec_dot[QT_BF16] = vec_dot_bf16_avx2;
        t.vec_dot[QT_Q4_0] = avx2_vec_dot<avx2_tile_q4_0>;
        t.vec_dot[QT_Q4_1] = avx2_vec_dot<avx2_tile_q4_1>;
        t.vec_dot[QT_Q5_0] = vec_dot_q5_0_avx2;
        t.vec_dot[QT_Q5_1] = vec_dot_q5_1_avx2;
        t.vec_dot[QT_Q8_0] = avx2_vec_dot<avx2_tile_q8_0>;
        t.mat_dot[QT_Q4_0] = avx2_mat_dot<avx2_tile_q4_0>;
        t.mat_dot[QT_Q4_1] = avx2_mat_dot<avx2_tile_q4_1>;
        t.mat_dot[QT_Q8_0] = avx2_mat_dot<avx2_tile_q8_0>;
        t.vec_dot[QT_Q2_K] = vec_dot_q2_K_avx2;
        t.vec_dot[QT_Q3_K] = vec_dot_q3_K_avx2;
        t.vec_dot[QT_Q4_K] = vec_dot_q4_K_avx2;
        t.vec_dot[QT_Q5_K] = vec_dot_q5_K_avx2;
        t.vec_dot[QT_Q6_K] = vec_dot_q6_K_avx2;
        t.quantize_act[QT_Q8_0] = quantize_q8_0_avx2;
        t.quantize_act[QT_Q8_1] = quantize_q8_1_avx2;
        t.quantize_act[QT_Q8_K] = quantize_q8_K_avx2;
        lowbit_kernels_avx2(t);
        packed_kernels(t);
        return t;
    }();
    return cpu().avx2 && cpu().fma ? &k : nullptr;
}

#else

inline const kernel_table* kernels_avx2() { return nullptr; }

#endif // QLM_HAS_AVX2

inline const kernel_table& kernels() {
    static const kernel_table& k = kernels_avx2() ? *kernels_avx2() : kernels_scalar();
    return k;
}

} // namespace qlm_detail
#endif // QLM_QUANT_AVX2_H
// ==== [qlm:lowbit] quantlm's own low-bit weight formats: INT4, INT2, ternary, binary ======
// Formats for 4, 2, 1.6 and 1 bits per weight whose groups are 16 to 128 weights, so that
// they fit rows of any multiple of 32 (llama.cpp's low-bit types need 256-weight blocks,
// which SmolLM2's 576-wide rows cannot hold). docs/FORMATS.md has every byte.
//
// Each format is a sequence of groups; a group is a small header (scale, and a min or
// zero point) followed by the packed codes. Every format is read as
//     w = D * code + M        (D, M per group, code an unsigned integer)
// so one reference dot serves them all: per group and per 32-weight activation block,
// two exact integer sums sum(code*a) and sum(a), then D*d_a and M*d_a. Activations are
// Q8_0 (int8 with an fp16 scale per 32). The AVX2 kernels never make floats of the
// weights: INT4/INT2 multiply codes with maddubs; ternary and binary only flip the sign
// of activations (sign_epi8) and add, as bitnet.cpp/T-MAC do without multiplies.
//
// GGUF type ids 1024..1087 are reserved for these formats (QT_LOWBIT_FIRST..); ggml's own
// ids stay below 64. A file using them carries quantlm.format_version, so other tools
// can say why they cannot read it.
//
// The quantizers search each group's stored scale (and min) for the least weighted
// squared error, rather than deriving it from max|w|; the weights are an optional
// per-element importance (for example per input channel, from a calibration pass).
#ifndef QLM_LOWBIT_H
#define QLM_LOWBIT_H

namespace qlm_detail {

enum lowbit_type : uint32_t {
    QT_INT4S_G32 = QT_LOWBIT_FIRST, QT_INT4S_G64, QT_INT4S_G128, // symmetric, fp16 scale
    QT_INT4_G32, QT_INT4_G64, QT_INT4_G128,                      // fp16 scale + fp16 min
    QT_INT2_G16, QT_INT2_G32, QT_INT2_G64,                       // 8-bit log scale + zero
    QT_TERN_G32, QT_TERN_G64,                                    // {-1,0,1}, 2-bit codes
    QT_TERN16_G64,                                               // {-1,0,1}, 5 per byte
    QT_BIN_G64, QT_BIN_G128,                                     // sign * scale
    QT_BINM_G64, QT_BINM_G128,                                   // sign * scale + mean
    QT_LOWBIT_END
};
constexpr uint32_t LOWBIT_FORMAT_VERSION = 1; // GGUF key quantlm.format_version

enum lb_family { LB_INT4S, LB_INT4, LB_INT2, LB_TERN, LB_TERN16, LB_BIN, LB_BINM };

struct lb_format {
    const char* name; // as the quantize tool spells it
    lb_family fam;
    int group;
};

inline const lb_format* lb_fmt(uint32_t type) {
    static const lb_format f[QT_LOWBIT_END - QT_LOWBIT_FIRST] = {
        {"int4s-g32", LB_INT4S, 32}, {"int4s-g64", LB_INT4S, 64}, {"int4s-g128", LB_INT4S, 128},
        {"int4-g32", LB_INT4, 32},   {"int4-g64", LB_INT4, 64},   {"int4-g128", LB_INT4, 128},
        {"int2-g16", LB_INT2, 16},   {"int2-g32", LB_INT2, 32},   {"int2-g64", LB_INT2, 64},
        {"tern-g32", LB_TERN, 32},   {"tern-g64", LB_TERN, 64},   {"tern16-g64", LB_TERN16, 64},
        {"bin-g64", LB_BIN, 64},     {"bin-g128", LB_BIN, 128},   {"binm-g64", LB_BINM, 64},
        {"binm-g128", LB_BINM, 128},
    };
    return type >= QT_LOWBIT_FIRST && type < QT_LOWBIT_END ? &f[type - QT_LOWBIT_FIRST] : nullptr;
}

// Bytes of a group: the header, then the codes.
constexpr int lb_header_bytes(lb_family f) { return f == LB_INT4 || f == LB_BINM ? 4 : 2; }
constexpr int lb_code_bytes(lb_family f, int g) {
    return f == LB_INT4S || f == LB_INT4 ? g / 2
           : f == LB_INT2 || f == LB_TERN ? g / 4
           : f == LB_TERN16               ? (g + 4) / 5
                                          : g / 8;
}
constexpr int lb_group_bytes(lb_family f, int g) { return lb_header_bytes(f) + lb_code_bytes(f, g); }
// Largest code of the family.
constexpr int lb_levels(lb_family f) {
    return f == LB_INT4S || f == LB_INT4 ? 15 : f == LB_INT2 ? 3 : f == LB_TERN || f == LB_TERN16 ? 2 : 1;
}

// INT2's scale byte: d = 2^((e - 224) / 16), 16 steps per octave from 6.6e-5 (e = 1) to
// 3.8 (e = 255); e = 0 is d = 0. A byte instead of fp16 is what brings the 32-weight
// group to 2.5 bits per weight; the search picks the byte directly, so the coarse grid
// costs little.
inline const float* lb_e8_table() {
    static const struct table {
        float v[256];
        table() {
            v[0] = 0;
            for (int i = 1; i < 256; i++) v[i] = std::exp2((float)(i - 224) / 16.0f);
        }
    } t;
    return t.v;
}
inline float lb_e8(uint8_t e) { return lb_e8_table()[e]; }
inline uint8_t lb_e8_encode(float d) {
    if (!(d > 0)) return 0;
    return (uint8_t)clampi((int)std::lround(16.0 * std::log2((double)d)) + 224, 1, 255);
}

inline uint16_t lb_rd16(const uint8_t* p) {
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}
inline void lb_wr16(uint8_t* p, uint16_t v) { memcpy(p, &v, 2); }

// TERN16: byte b holds codes 5b..5b+4 as sum(code_k * 3^k); the last byte of a 64-group
// holds 4. A table turns a byte into its five codes minus one (int8 -1/0/1), padded to 8.
inline const uint64_t* lb_trit_lut() {
    static const struct table {
        uint64_t v[256];
        table() {
            for (int b = 0; b < 256; b++) {
                int8_t t[8] = {0, 0, 0, 0, 0, 0, 0, 0};
                for (int k = 0, r = b; k < 5; k++, r /= 3) t[k] = (int8_t)(r % 3 - 1);
                memcpy(&v[b], t, 8);
            }
        }
    } t;
    return t.v;
}

// ---- reference: unpack a group into its codes and float form ---------------------------
inline void lb_unpack(lb_family f, int g, const uint8_t* p, uint8_t* q, float* D, float* M) {
    const uint8_t* c = p + lb_header_bytes(f);
    switch (f) {
    case LB_INT4S:
    case LB_INT4:
        for (int k = 0; k < g / 32; k++)
            for (int j = 0; j < 16; j++) {
                q[32 * k + j] = c[16 * k + j] & 0xF;
                q[32 * k + 16 + j] = c[16 * k + j] >> 4;
            }
        break;
    case LB_INT2:
    case LB_TERN:
        for (int j = 0; j < g / 4; j++)
            for (int k = 0; k < 4; k++) q[j + k * g / 4] = (c[j] >> (2 * k)) & 3;
        break;
    case LB_TERN16:
        for (int i = 0; i < g; i++) {
            int v = c[i / 5];
            for (int k = 0; k < i % 5; k++) v /= 3;
            q[i] = (uint8_t)(v % 3);
        }
        break;
    case LB_BIN:
    case LB_BINM:
        for (int i = 0; i < g; i++) q[i] = (c[i / 8] >> (i % 8)) & 1;
        break;
    }
    const float d = f == LB_INT2 ? lb_e8(p[0]) : f16(lb_rd16(p));
    switch (f) {
    case LB_INT4S: *D = d, *M = -8 * d; break;
    case LB_INT4: *D = d, *M = f16(lb_rd16(p + 2)); break;
    case LB_INT2: *D = d, *M = d * (float)(int8_t)p[1] / 16.0f; break;
    case LB_TERN:
    case LB_TERN16: *D = d, *M = -d; break;
    case LB_BIN: *D = -2 * d, *M = d; break; // a set bit is a negative weight
    case LB_BINM: *D = -2 * d, *M = d + f16(lb_rd16(p + 2)); break;
    }
}

inline void lb_to_float(uint32_t type, const void* vx, float* y, int64_t n) {
    const lb_format& f = *lb_fmt(type);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    uint8_t q[128];
    float D, M;
    for (int64_t i = 0; i < n; i += f.group, p += lb_group_bytes(f.fam, f.group)) {
        lb_unpack(f.fam, f.group, p, q, &D, &M);
        for (int j = 0; j < f.group; j++) y[i + j] = D * q[j] + M;
    }
}

// Per group and per activation block (32, or the group when it is 16): the exact sums
// sum(code*a) and sum(a), weighted by D*d_a and M*d_a.
inline float lb_vec_dot_ref(uint32_t type, int64_t n, const void* vx, const void* va) {
    const lb_format& f = *lb_fmt(type);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const int sub = std::min(f.group, 32);
    uint8_t q[128];
    float D, M, sum = 0;
    for (int64_t i = 0; i < n; i += f.group, p += lb_group_bytes(f.fam, f.group)) {
        lb_unpack(f.fam, f.group, p, q, &D, &M);
        for (int s = 0; s < f.group; s += sub) {
            const block_q8_0& b = a[(i + s) / 32];
            const int8_t* qa = b.qs + (i + s) % 32;
            int isq = 0, isa = 0;
            for (int j = 0; j < sub; j++) {
                isq += q[s + j] * qa[j];
                isa += qa[j];
            }
            sum += f16(b.d) * (D * (float)isq + M * (float)isa);
        }
    }
    return sum;
}

// ---- quantizers ---------------------------------------------------------------------------
// Weighted least squares of x ~ D*q + M over a group; with fixed M (fit_m false) only D.
struct lb_sums {
    double w = 0, q = 0, qq = 0, x = 0, qx = 0;
    void add(double wi, double qi, double xi) {
        w += wi, q += wi * qi, qq += wi * qi * qi, x += wi * xi, qx += wi * qi * xi;
    }
    bool solve(double* D, double* M) const { // false when the codes are all equal
        const double det = w * qq - q * q;
        if (!(det > 1e-30 * (w * qq + 1e-30))) return false;
        *D = (w * qx - q * x) / det;
        *M = (qq * x - q * qx) / det;
        return true;
    }
};

// The stored form of (D, M) for a family, and the header bytes. Writes the nearest
// representable pair to *D, *M.
inline void lb_store(lb_family f, double D, double M, uint8_t* hdr, float* Ds, float* Ms) {
    switch (f) {
    case LB_INT4S: { // D = d, M = -8d
        const uint16_t h = fp32_to_fp16((float)D);
        lb_wr16(hdr, h);
        *Ds = f16(h), *Ms = -8 * f16(h);
        break;
    }
    // INT4 and INT2 can store any min, but the quantizer keeps zero on the grid (the min
    // a whole number of steps). SmolLM2-135M int4-g64, GPL-3, 2 chunks of 128 (base PPL
    // 29.8): free min 57.7, zero on the grid 30.1. Our reading: near-zero weights of the
    // input channels that carry huge activations get an offset error that those
    // activations amplify; on the grid they stay exactly zero.
    case LB_INT4: {
        const uint16_t h = fp32_to_fp16((float)D), m = fp32_to_fp16(f16(h) * -std::round(-M / f16(h)));
        lb_wr16(hdr, h), lb_wr16(hdr + 2, m);
        *Ds = f16(h), *Ms = f16(m);
        break;
    }
    case LB_INT2: {
        const uint8_t e = lb_e8_encode((float)D);
        const float d = lb_e8(e);
        const int z = d > 0 ? 16 * clampi((int)std::lround(M / d), -8, 7) : 0;
        hdr[0] = e, hdr[1] = (uint8_t)(int8_t)z;
        *Ds = d, *Ms = d * (float)z / 16.0f;
        break;
    }
    case LB_TERN:
    case LB_TERN16: {
        const uint16_t h = fp32_to_fp16((float)D);
        lb_wr16(hdr, h);
        *Ds = f16(h), *Ms = -f16(h);
        break;
    }
    case LB_BIN: { // D = -2d, M = d
        const uint16_t h = fp32_to_fp16((float)M);
        lb_wr16(hdr, h);
        *Ds = -2 * f16(h), *Ms = f16(h);
        break;
    }
    case LB_BINM: { // D = -2d, M = d + m
        const float d = (float)(-D / 2);
        const uint16_t h = fp32_to_fp16(d), m = fp32_to_fp16((float)(M - d));
        lb_wr16(hdr, h), lb_wr16(hdr + 2, m);
        *Ds = -2 * f16(h), *Ms = f16(h) + f16(m);
        break;
    }
    }
}

// Codes for x under stored (D, M); returns the squared error weighted by w.
inline double lb_assign(const float* x, const float* w, int g, int L, float D, float M, uint8_t* q) {
    float err = 0; // at most 128 terms: float is enough, and much faster than double
    const float inv = D != 0 ? 1.0f / D : 0.0f;
    for (int i = 0; i < g; i++) {
        // clamp, then round half up: plain arithmetic, no libm call in this hot loop
        const int c = (int)(std::min(std::max((x[i] - M) * inv, 0.0f), (float)L) + 0.5f);
        q[i] = (uint8_t)c;
        const float e = x[i] - (D * (float)c + M);
        err += w[i] * e * e;
    }
    return err;
}

// Searches one group: for each candidate grid (a scale and offset derived from the data),
// assign codes, refit D (and M) by least squares, round to the stored form, reassign,
// and keep the least error. Symmetric families keep M tied to D (M = -8D, -D); binary
// ties D = -2M (no mean) or fits both.
inline void lb_quantize_group(lb_family f, int g, const float* x, const float* imp, uint8_t* out) {
    const int L = lb_levels(f);
    // The error of each weight counts in proportion to sigma^2 + x^2: large weights carry
    // large products, and plain squared error would clip them to fit the many small ones.
    // With an importance (the mean square of the input channel's activations, from
    // --imatrix) that is what the output error weighs; the magnitude term is then only
    // softened in, as sqrt(sigma^2 + x^2). Measured on SmolLM2 int4-g64, KLD to the base
    // over 1024 positions (docs/ACCURACY-FORMATS.md): imp * (sigma^2 + x^2) 0.258,
    // imp alone 0.254, imp * sqrt(sigma^2 + x^2) 0.243.
    float w[128], s2 = 0;
    for (int i = 0; i < g; i++) s2 += x[i] * x[i];
    s2 /= (float)g;
    for (int i = 0; i < g; i++) w[i] = imp ? imp[i] * std::sqrt(s2 + x[i] * x[i]) : s2 + x[i] * x[i];
    float mn = x[0], mx = x[0], amax = 0;
    double sw = 0, swx = 0;
    for (int i = 0; i < g; i++) {
        mn = std::min(mn, x[i]), mx = std::max(mx, x[i]), amax = std::max(amax, std::fabs(x[i]));
        sw += w[i], swx += w[i] * x[i];
    }
    uint8_t q[128], best_q[128], hdr[4], best_hdr[4] = {0, 0, 0, 0};
    double best = INFINITY;
    float Ds, Ms;
    auto consider = [&](double D, double M) {
        lb_store(f, D, M, hdr, &Ds, &Ms);
        const double e = lb_assign(x, w, g, L, Ds, Ms, q);
        if (e < best) best = e, memcpy(best_q, q, (size_t)g), memcpy(best_hdr, hdr, 4);
    };
    // refit from codes: the family decides which of D, M are free
    auto refit = [&](const uint8_t* c, double D0, double M0) {
        lb_sums s;
        for (int i = 0; i < g; i++) s.add(w[i], c[i], x[i]);
        double D = D0, M = M0;
        if (f == LB_INT4 || f == LB_INT2 || f == LB_BINM) {
            if (!s.solve(&D, &M)) D = D0, M = s.w > 0 ? s.x / s.w : 0;
        } else { // x ~ D*(c - k) with k = 8, 1 or 1/2 (binary: D*(c - 1/2) = -2d*(c - 1/2))
            const double k = f == LB_INT4S ? 8 : f == LB_BIN ? 0.5 : 1;
            double num = 0, den = 0;
            for (int i = 0; i < g; i++) {
                const double ci = c[i] - k, wi = w[i];
                num += wi * ci * x[i], den += wi * ci * ci;
            }
            if (den > 0) D = num / den;
            M = -k * D;
        }
        return std::make_pair(D, M);
    };
    if (amax == 0) {
        consider(0, 0);
        memcpy(out, best_hdr, (size_t)lb_header_bytes(f));
    } else {
        const int steps = 16;
        for (int s = 0; s <= steps; s++) {
            const double t = (double)s / steps;
            double D = 0, M = 0;
            switch (f) {
            case LB_INT4S: { // the signed extreme on code 0 (-8) or 15 (+7), scaled
                const float smax = std::fabs(mn) > std::fabs(mx) ? mn : mx;
                D = smax / (smax < 0 ? -8.0 : 7.0) * (0.8 + 0.3 * t);
                M = -8 * D;
                break;
            }
            case LB_INT4:
            case LB_INT2: { // a grid over a shrunk range, centred on the data's range
                D = (mx - mn) / L * (0.9 + 0.2 * t);
                M = 0.5 * (mx + mn) - 0.5 * L * D;
                break;
            }
            case LB_TERN:
            case LB_TERN16: D = amax * (0.2 + 0.8 * t), M = -D; break;
            case LB_BIN: D = -2 * amax * (0.2 + 0.8 * t), M = -D / 2; break;
            case LB_BINM: {
                const double mean = sw > 0 ? swx / sw : 0;
                D = -2 * (mx - mn) * 0.5 * (0.2 + 0.8 * t), M = mean - D / 2;
                break;
            }
            }
            lb_store(f, D, M, hdr, &Ds, &Ms);
            lb_assign(x, w, g, L, Ds, Ms, q);
            const std::pair<double, double> dm = refit(q, D, M);
            consider(dm.first, dm.second);
        }
        // one more refit from the best codes
        memcpy(q, best_q, (size_t)g);
        const std::pair<double, double> dm = refit(q, 0, 0);
        consider(dm.first, dm.second);
        memcpy(out, best_hdr, (size_t)lb_header_bytes(f));
    }
    uint8_t* c = out + lb_header_bytes(f);
    memset(c, 0, (size_t)lb_code_bytes(f, g));
    switch (f) {
    case LB_INT4S:
    case LB_INT4:
        for (int k = 0; k < g / 32; k++)
            for (int j = 0; j < 16; j++)
                c[16 * k + j] = (uint8_t)(best_q[32 * k + j] | (best_q[32 * k + 16 + j] << 4));
        break;
    case LB_INT2:
    case LB_TERN:
        for (int j = 0; j < g / 4; j++)
            for (int k = 0; k < 4; k++) c[j] = (uint8_t)(c[j] | (best_q[j + k * g / 4] << (2 * k)));
        break;
    case LB_TERN16:
        for (int b = 0; b < lb_code_bytes(f, g); b++) { // code 5b+k is the k-th base-3 digit
            int v = 0;
            for (int i = std::min(g, 5 * b + 5) - 1; i >= 5 * b; i--) v = v * 3 + best_q[i];
            c[b] = (uint8_t)v;
        }
        break;
    case LB_BIN:
    case LB_BINM:
        for (int i = 0; i < g; i++) c[i / 8] = (uint8_t)(c[i / 8] | (best_q[i] << (i % 8)));
        break;
    }
}

// Quantizes n weights (a whole number of groups); imp: per-weight importance or NULL.
inline void lb_quantize(uint32_t type, const float* x, void* vy, int64_t n, const float* imp) {
    const lb_format& f = *lb_fmt(type);
    uint8_t* y = static_cast<uint8_t*>(vy);
    for (int64_t i = 0; i < n; i += f.group, y += lb_group_bytes(f.fam, f.group))
        lb_quantize_group(f.fam, f.group, x + i, imp ? imp + i : nullptr, y);
}

template <uint32_t T> void lb_to_float_t(const void* x, float* y, int64_t n) { lb_to_float(T, x, y, n); }
template <uint32_t T> float lb_vec_dot_ref_t(int64_t n, const void* x, const void* a) {
    return lb_vec_dot_ref(T, n, x, a);
}
template <uint32_t T> void lb_quantize_ref_t(const float* x, void* y, int64_t n) { lb_quantize(T, x, y, n, nullptr); }

// The table entries, one per id from QT_LOWBIT_FIRST. A table block is one group, or two
// for 16-weight groups, so that rows stay a whole number of 32-wide activation blocks.
inline const type_traits* lowbit_type_info(uint32_t type) {
#define QLMI_LB(T)                                                                                       \
    {lb_fmt(T)->name, std::max(lb_fmt(T)->group, 32),                                                     \
     (size_t)(lb_group_bytes(lb_fmt(T)->fam, lb_fmt(T)->group) * std::max(1, 32 / lb_fmt(T)->group)), QT_Q8_0, \
     lb_to_float_t<T>, lb_vec_dot_ref_t<T>, lb_quantize_ref_t<T>}
    static const type_traits table[QT_LOWBIT_END - QT_LOWBIT_FIRST] = {
        QLMI_LB(QT_INT4S_G32), QLMI_LB(QT_INT4S_G64), QLMI_LB(QT_INT4S_G128), QLMI_LB(QT_INT4_G32),
        QLMI_LB(QT_INT4_G64),  QLMI_LB(QT_INT4_G128), QLMI_LB(QT_INT2_G16),   QLMI_LB(QT_INT2_G32),
        QLMI_LB(QT_INT2_G64),  QLMI_LB(QT_TERN_G32),  QLMI_LB(QT_TERN_G64),   QLMI_LB(QT_TERN16_G64),
        QLMI_LB(QT_BIN_G64),   QLMI_LB(QT_BIN_G128),  QLMI_LB(QT_BINM_G64),   QLMI_LB(QT_BINM_G128),
    };
#undef QLMI_LB
    return type >= QT_LOWBIT_FIRST && type < QT_LOWBIT_END ? &table[type - QT_LOWBIT_FIRST] : nullptr;
}

// The type whose quantize-tool name is `name` ("int4-g64", ...), or 0 when none is.
inline uint32_t lowbit_type_by_name(const char* name) {
    for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++)
        if (strcmp(lb_fmt(t)->name, name) == 0) return t;
    return 0;
}

// ==== AVX2 ==================================================================================
#if defined(QLM_HAS_AVX2)

// sum of bytes of a (s8) in 8 x s32, and sum of u8 codes times a
QLMI_TARGET_AVX2 inline __m256i lb_sum_a(__m256i a) { return avx2_dot_us(_mm256_set1_epi8(1), a); }

// INT4: per 32-chunk codes times a through maddubs; the min (or the -8) through sum(a).
template <int G, bool ASYM>
QLMI_TARGET_AVX2 inline float lb_dot_int4_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int H = ASYM ? 4 : 2, GB = H + G / 2;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p)), m = ASYM ? avx2_h16(lb_rd16(p + 2)) : 0.0f;
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const __m256i av = avx2_load(b.qs), q = avx2_nibbles(p + H + 16 * k);
            const float da = avx2_h16(b.d);
            if (ASYM) {
                acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da), _mm256_cvtepi32_ps(avx2_dot_us(q, av)), acc);
                acc = _mm256_fmadd_ps(_mm256_set1_ps(m * da), _mm256_cvtepi32_ps(lb_sum_a(av)), acc);
            } else { // (q - 8)*a = q*a - 8*a, both through maddubs
                const __m256i s = _mm256_sub_epi16(_mm256_maddubs_epi16(q, av),
                                                   _mm256_maddubs_epi16(_mm256_set1_epi8(8), av));
                acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da),
                                      _mm256_cvtepi32_ps(_mm256_madd_epi16(s, _mm256_set1_epi16(1))), acc);
            }
        }
    }
    return avx2_hsum(acc);
}

// INT2: codes shifted out of their bytes with variable shifts; per group the integer
// 16*sum(q*a) + z*sum(a), times d/16 * d_a. q16: 16*codes of a 32-chunk; z per 16-bit
// lane and d/16 per 32-bit lane (a 16-weight group is half the chunk).
QLMI_TARGET_AVX2 inline __m256 lb_int2_chunk(__m256 acc, __m256i q16, __m256i z, __m256 dd, const block_q8_0& b) {
    const __m256i av = avx2_load(b.qs);
    const __m256i t = _mm256_add_epi32(_mm256_madd_epi16(_mm256_maddubs_epi16(q16, av), _mm256_set1_epi16(1)),
                                       _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_set1_epi8(1), av), z));
    return _mm256_fmadd_ps(_mm256_mul_ps(dd, _mm256_set1_ps(avx2_h16(b.d))), _mm256_cvtepi32_ps(t), acc);
}
template <int G>
QLMI_TARGET_AVX2 inline float lb_dot_int2_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = 2 + G / 4;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i three = _mm256_set1_epi8(3);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += (G < 32 ? 32 : G)) {
        if (G == 16) { // two groups per activation block: low 128 bits one, high the other
            uint32_t c0, c1;
            memcpy(&c0, p + 2, 4), memcpy(&c1, p + GB + 2, 4);
            const __m256i v = _mm256_srlv_epi32(_mm256_setr_epi32((int)c0, (int)c0, (int)c0, (int)c0, (int)c1,
                                                                   (int)c1, (int)c1, (int)c1),
                                                _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6));
            const __m256i q16 = _mm256_slli_epi16(_mm256_and_si256(v, three), 4);
            const __m256i z = _mm256_set_m128i(_mm_set1_epi16((int8_t)p[GB + 1]), _mm_set1_epi16((int8_t)p[1]));
            const __m256 dd = _mm256_set_m128(_mm_set1_ps(lb_e8(p[GB]) / 16), _mm_set1_ps(lb_e8(p[0]) / 16));
            acc = lb_int2_chunk(acc, q16, z, dd, a[i / 32]);
            p += 2 * GB;
        } else if (G == 32) {
            uint64_t c;
            memcpy(&c, p + 2, 8);
            const __m256i v = _mm256_srlv_epi64(_mm256_set1_epi64x((long long)c), _mm256_setr_epi64x(0, 2, 4, 6));
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(v, three), 4),
                                _mm256_set1_epi16((int8_t)p[1]), _mm256_set1_ps(lb_e8(p[0]) / 16), a[i / 32]);
            p += GB;
        } else { // 64: chunk 0 is shifts 0 and 2 of the 16 bytes, chunk 1 shifts 4 and 6
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            const __m256i v = _mm256_set_m128i(_mm_srli_epi16(c, 2), c);
            const __m256i z = _mm256_set1_epi16((int8_t)p[1]);
            const __m256 dd = _mm256_set1_ps(lb_e8(p[0]) / 16);
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(v, three), 4), z, dd, a[i / 32]);
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(v, 4), three), 4), z, dd,
                                a[i / 32 + 1]);
            p += GB;
        }
    }
    return avx2_hsum(acc);
}

// Ternary: the codes minus one are -1/0/+1; sign_epi8 applies them to the activations
// (negate, zero or keep) and the bytes are summed. No multiplies by weights.
QLMI_TARGET_AVX2 inline __m256i lb_signed_sum(__m256i a, __m256i s) { return lb_sum_a(_mm256_sign_epi8(a, s)); }

template <int G>
QLMI_TARGET_AVX2 inline float lb_dot_tern_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = 2 + G / 4;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i three = _mm256_set1_epi8(3), one = _mm256_set1_epi8(1);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p));
        __m256i s[2];
        if (G == 32) {
            uint64_t c;
            memcpy(&c, p + 2, 8);
            s[0] = _mm256_srlv_epi64(_mm256_set1_epi64x((long long)c), _mm256_setr_epi64x(0, 2, 4, 6));
        } else {
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            s[0] = _mm256_set_m128i(_mm_srli_epi16(c, 2), c);
            s[1] = _mm256_srli_epi16(s[0], 4);
        }
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const __m256i w = _mm256_sub_epi8(_mm256_and_si256(s[k], three), one);
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * avx2_h16(b.d)),
                                  _mm256_cvtepi32_ps(lb_signed_sum(avx2_load(b.qs), w)), acc);
        }
    }
    return avx2_hsum(acc);
}

// Ternary at 1.6 bits: each byte's five trits come from a 256-entry table as int8 -1/0/1.
QLMI_TARGET_AVX2 inline float lb_dot_tern16_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = lb_group_bytes(LB_TERN16, 64);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const uint64_t* lut = lb_trit_lut();
    alignas(32) int8_t w[72];
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += 64, p += GB) {
        for (int b = 0; b < 13; b++) memcpy(w + 5 * b, &lut[p[2 + b]], 8);
        const float d = avx2_h16(lb_rd16(p));
        for (int k = 0; k < 2; k++) {
            const block_q8_0& b = a[i / 32 + k];
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * avx2_h16(b.d)),
                                  _mm256_cvtepi32_ps(lb_signed_sum(avx2_load(b.qs), avx2_load(w + 32 * k))), acc);
        }
    }
    return avx2_hsum(acc);
}

// Binary: bit set = negative. The bits become -1/+1 bytes (mask | 1) and flip the signs
// of the activations; the mean (MEAN) adds m*sum(a).
template <int G, bool MEAN>
QLMI_TARGET_AVX2 inline float lb_dot_bin_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int H = MEAN ? 4 : 2, GB = H + G / 8;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i one = _mm256_set1_epi8(1);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p)), m = MEAN ? avx2_h16(lb_rd16(p + 2)) : 0.0f;
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const float da = avx2_h16(b.d);
            const __m256i av = avx2_load(b.qs);
            const __m256i s = _mm256_or_si256(avx2_bits_to_bytes(p + H + 4 * k), one);
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da), _mm256_cvtepi32_ps(lb_signed_sum(av, s)), acc);
            if (MEAN) acc = _mm256_fmadd_ps(_mm256_set1_ps(m * da), _mm256_cvtepi32_ps(lb_sum_a(av)), acc);
        }
    }
    return avx2_hsum(acc);
}

inline void lowbit_kernels_avx2(kernel_table& t) {
    t.vec_dot[QT_INT4S_G32] = lb_dot_int4_avx2<32, false>;
    t.vec_dot[QT_INT4S_G64] = lb_dot_int4_avx2<64, false>;
    t.vec_dot[QT_INT4S_G128] = lb_dot_int4_avx2<128, false>;
    t.vec_dot[QT_INT4_G32] = lb_dot_int4_avx2<32, true>;
    t.vec_dot[QT_INT4_G64] = lb_dot_int4_avx2<64, true>;
    t.vec_dot[QT_INT4_G128] = lb_dot_int4_avx2<128, true>;
    t.vec_dot[QT_INT2_G16] = lb_dot_int2_avx2<16>;
    t.vec_dot[QT_INT2_G32] = lb_dot_int2_avx2<32>;
    t.vec_dot[QT_INT2_G64] = lb_dot_int2_avx2<64>;
    t.vec_dot[QT_TERN_G32] = lb_dot_tern_avx2<32>;
    t.vec_dot[QT_TERN_G64] = lb_dot_tern_avx2<64>;
    t.vec_dot[QT_TERN16_G64] = lb_dot_tern16_avx2;
    t.vec_dot[QT_BIN_G64] = lb_dot_bin_avx2<64, false>;
    t.vec_dot[QT_BIN_G128] = lb_dot_bin_avx2<128, false>;
    t.vec_dot[QT_BINM_G64] = lb_dot_bin_avx2<64, true>;
    t.vec_dot[QT_BINM_G128] = lb_dot_bin_avx2<128, true>;
}

#endif // QLM_HAS_AVX2

} // namespace qlm_detail
#endif // QLM_LOWBIT_H
#endif

#include <new>
#include <string_view>
#include <unordered_set>

namespace qlm_detail {

enum gguf_value_type : uint32_t {
    GGUF_U8 = 0, GGUF_I8 = 1, GGUF_U16 = 2, GGUF_I16 = 3, GGUF_U32 = 4, GGUF_I32 = 5,
    GGUF_F32 = 6, GGUF_BOOL = 7, GGUF_STRING = 8, GGUF_ARRAY = 9, GGUF_U64 = 10,
    GGUF_I64 = 11, GGUF_F64 = 12, GGUF_TYPE_COUNT = 13
};

struct gguf_str {
    const char* p = nullptr; // into the file buffer; NOT NUL-terminated
    uint64_t n = 0;
    std::string str() const { return std::string(p, (size_t)n); }
    bool eq(const char* s) const { return strlen(s) == n && memcmp(p, s, (size_t)n) == 0; }
};

struct gguf_kv {
    gguf_str key;
    uint32_t type = 0;     // gguf_value_type
    uint32_t arr_type = 0; // element type when type == GGUF_ARRAY
    uint64_t arr_n = 0;    // element count when type == GGUF_ARRAY
    const uint8_t* data = nullptr; // the value (scalar, or the u64 length of a string),
                                   // or the first element of an array
    uint64_t offset = 0;           // file offset of the key, for error messages
    std::vector<gguf_str> strs;    // the elements of a string array, already validated
};

struct gguf_tensor {
    gguf_str name;
    uint32_t n_dims = 0;
    int64_t ne[4] = {1, 1, 1, 1}; // ne[0] is the row length (contiguous)
    uint32_t type = 0;            // ggml type id (see quant.h)
    uint64_t offset = 0;          // relative to the data section
    uint64_t size = 0;            // bytes
    const uint8_t* data = nullptr; // [size] into the file buffer; NULL when vocab_only
                                   // and the data lies beyond the end of the buffer
    uint64_t info_offset = 0;      // file offset of the tensor info, for error messages
};

struct gguf_limits {
    uint64_t max_kv = 1u << 20;
    uint64_t max_tensors = 1u << 20;
    uint64_t max_string = 1u << 30;
    uint64_t max_array = 1u << 30;
};

struct gguf_file {
    const uint8_t* base = nullptr; // borrowed; must outlive this struct
    size_t size = 0;
    uint32_t version = 0;
    uint64_t alignment = 32;
    uint64_t data_offset = 0; // start of the tensor data section
    std::vector<gguf_kv> kvs;
    std::vector<gguf_tensor> tensors;
};

// Parses and validates everything: header, every key/value (types, string lengths,
// nested array bounds), tensor infos (dims > 0, element count overflow, known type, row
// length a multiple of the block size, offset aligned, data inside the file, no
// duplicate names, no overlapping data). vocab_only: tensor infos are still validated,
// but their data need not be present (tokenizer-only files). Sets out->tensors[i].data.
//   data, size: the whole file; borrowed, out keeps pointers into it. data may be NULL
//               only when size is 0.
//   lim:        upper bounds on counts and lengths (the defaults suit every real model).
//   out:        replaced on success, untouched on failure.
//   err:        optional; on failure gets the message id (MSG_GGUF_*), the byte offset
//               of the offending field and a text naming the key or tensor.
// Returns QLM_OK, QLM_ERR_BAD_FILE, or QLM_ERR_OUT_OF_MEMORY when an allocation the file
// size justifies still fails. Reentrant; allocates the kv and tensor tables; never blocks.
inline qlm_result gguf_parse(const uint8_t* data, size_t size, const gguf_limits& lim,
                             bool vocab_only, gguf_file* out, qlm_error* err);

// Index of the key in f.kvs, -1 when absent. Linear search; no allocation.
inline int64_t gguf_find_key(const gguf_file& f, const char* key);
// The tensor with this name, NULL when absent. Linear search; no allocation.
inline const gguf_tensor* gguf_find_tensor(const gguf_file& f, const char* name);

// Typed getters: false when absent or of an incompatible type. Integers convert between
// widths when the value fits. gguf_get_f32 accepts F32, F64 (narrowed) and integers.
// gguf_get_str points into the file buffer. None allocates.
inline bool gguf_get_u32(const gguf_file& f, const char* key, uint32_t* out);
inline bool gguf_get_i32(const gguf_file& f, const char* key, int32_t* out);
inline bool gguf_get_f32(const gguf_file& f, const char* key, float* out);
inline bool gguf_get_bool(const gguf_file& f, const char* key, bool* out);
inline bool gguf_get_str(const gguf_file& f, const char* key, gguf_str* out);
// Arrays: pointer to the element kv (type GGUF_ARRAY with the given element type) or NULL.
inline const gguf_kv* gguf_get_arr(const gguf_file& f, const char* key, uint32_t elem_type);
// Element i of a numeric array as double (any numeric element type, BOOL as 0/1).
// 0 when kv is not a numeric array or i >= kv.arr_n.
inline double gguf_arr_num(const gguf_kv& kv, uint64_t i);
// Value formatted as text (for qlm_model_meta): numbers, strings, "[array of N type]".
// Allocates the returned string.
inline std::string gguf_value_text(const gguf_kv& kv);
// "u8", "string", ...; "unknown" for ids >= GGUF_TYPE_COUNT.
inline const char* gguf_type_name(uint32_t type);

// In-memory GGUF v3 writer, for tests, fuzzers and the quantize tool. It checks nothing
// beyond its asserts, so tests can also build malformed files with it.
struct gguf_writer {
    // Metadata, in insertion order. Keys are copied. Setting "general.alignment" with
    // set_u32 to a nonzero power of two also sets `alignment`.
    void set_u8(const char* k, uint8_t v);
    void set_i8(const char* k, int8_t v);
    void set_u16(const char* k, uint16_t v);
    void set_i16(const char* k, int16_t v);
    void set_u32(const char* k, uint32_t v);
    void set_i32(const char* k, int32_t v);
    void set_f32(const char* k, float v);
    void set_u64(const char* k, uint64_t v);
    void set_i64(const char* k, int64_t v);
    void set_f64(const char* k, double v);
    void set_bool(const char* k, bool v);
    void set_str(const char* k, const std::string& v);
    void set_arr_str(const char* k, const std::vector<std::string>& v);
    // Numeric array: elem_type is a scalar gguf_value_type; data holds n packed elements.
    void set_arr(const char* k, uint32_t elem_type, const void* data, uint64_t n);
    // Tensor: the bytes are copied; size must equal the row size times the rows (not
    // checked, so that tests can write inconsistent files). n_dims is 1..4.
    void add_tensor(const char* name, uint32_t type, int n_dims, const int64_t* ne,
                    const void* data, size_t size);
    // Serialises with general.alignment (default 32) respected: header, key/values (plus
    // a general.alignment key when `alignment` is not 32 and none was set), tensor infos,
    // zero padding, then every tensor's data at an aligned offset, each padded to the
    // alignment. Allocates the returned buffer.
    std::vector<uint8_t> finish() const;
    // finish() written to path; false on any I/O error. Blocks on the file system.
    bool write_file(const char* path) const;

    uint64_t alignment = 32; // a nonzero power of two
    struct tensor_entry {
        std::string name;
        uint32_t type;
        int n_dims;
        int64_t ne[4];
        std::vector<uint8_t> bytes;
    };
    std::vector<uint8_t> kv_bytes; // serialised key/value pairs
    uint64_t n_kv = 0;
    bool has_alignment_key = false; // a "general.alignment" key is in kv_bytes
    std::vector<tensor_entry> tensors;
};

// ---- implementation ---------------------------------------------------------------------
// Multi-byte fields are copied with memcpy (the buffer has no alignment guarantee) and
// read in host order: like the tensor data itself, this assumes a little-endian host.

using gguf_ull = unsigned long long; // for printf

inline const char* gguf_type_name(uint32_t type) {
    static const char* const names[GGUF_TYPE_COUNT] = {
        "u8", "i8", "u16", "i16", "u32", "i32", "f32",
        "bool", "string", "array", "u64", "i64", "f64"};
    return type < GGUF_TYPE_COUNT ? names[type] : "unknown";
}

// Bytes of one scalar of this type; 0 for STRING, ARRAY and unknown ids.
inline uint64_t gguf_scalar_size(uint32_t type) {
    switch (type) {
    case GGUF_U8: case GGUF_I8: case GGUF_BOOL: return 1;
    case GGUF_U16: case GGUF_I16: return 2;
    case GGUF_U32: case GGUF_I32: case GGUF_F32: return 4;
    case GGUF_U64: case GGUF_I64: case GGUF_F64: return 8;
    default: return 0;
    }
}

// A key or tensor name from the file, made safe to print: at most 48 bytes, non-ASCII
// and control bytes shown as '?'.
inline std::string gguf_printable(const gguf_str& s) {
    std::string r;
    size_t n = s.n < 48 ? (size_t)s.n : 48;
    for (size_t i = 0; i < n; i++) {
        char ch = s.p[i];
        r += (ch >= 0x20 && ch < 0x7f) ? ch : '?';
    }
    if (s.n > 48) r += "...";
    return r;
}

// Read position over the untrusted buffer. Invariant: pos <= size.
struct gguf_cursor {
    const uint8_t* base;
    uint64_t size;
    uint64_t pos;
    qlm_error* err;
    uint64_t left() const { return size - pos; }
};

// Reports an error about `kind` (e.g. "header", "key", "tensor") and the optional name
// from the file: "gguf: key 'general.alignment': <detail> (byte N)".
QLMI_PRINTF(5, 6)
inline qlm_result gguf_fail(const gguf_cursor& c, uint32_t id, uint64_t at, const char* kind,
                            const char* fmt, ...) {
    char detail[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    return fail(c.err, nullptr, id, at, "gguf: %s: %s (byte %llu)", kind, detail, (gguf_ull)at);
}

inline std::string gguf_subject(const char* kind, const gguf_str& name) {
    return std::string(kind) + " '" + gguf_printable(name) + "'";
}

inline qlm_result gguf_read(gguf_cursor& c, void* dst, uint64_t n, const char* kind,
                            const char* field) {
    if (n > c.left())
        return gguf_fail(c, MSG_GGUF_TRUNCATED, c.pos, kind,
                         "%s: the file ends here (%llu bytes needed, %llu left)", field,
                         (gguf_ull)n, (gguf_ull)c.left());
    memcpy(dst, c.base + c.pos, (size_t)n);
    c.pos += n;
    return QLM_OK;
}

// A string: u64 length, then the bytes, which stay in the buffer.
inline qlm_result gguf_read_str(gguf_cursor& c, const gguf_limits& lim, const char* kind,
                                const char* field, gguf_str* out) {
    uint64_t at = c.pos, n = 0;
    qlm_result r = gguf_read(c, &n, 8, kind, field);
    if (r != QLM_OK) return r;
    if (n > lim.max_string)
        return gguf_fail(c, MSG_GGUF_STRING, at, kind,
                         "%s: string length %llu exceeds the limit %llu", field, (gguf_ull)n,
                         (gguf_ull)lim.max_string);
    if (n > c.left())
        return gguf_fail(c, MSG_GGUF_STRING, at, kind,
                         "%s: string length %llu runs past the end of the file (%llu bytes left)",
                         field, (gguf_ull)n, (gguf_ull)c.left());
    out->p = reinterpret_cast<const char*>(c.base + c.pos);
    out->n = n;
    c.pos += n;
    return QLM_OK;
}

// The value of one key/value pair, after its key and type.
inline qlm_result gguf_read_value(gguf_cursor& c, const gguf_limits& lim, gguf_kv* kv,
                                  uint64_t type_at) {
    const std::string who = gguf_subject("key", kv->key);
    const char* k = who.c_str();
    if (kv->type >= GGUF_TYPE_COUNT)
        return gguf_fail(c, MSG_GGUF_VALUE_TYPE, type_at, k, "unknown value type %u", kv->type);
    kv->data = c.base + c.pos;
    if (kv->type == GGUF_STRING) {
        gguf_str s;
        return gguf_read_str(c, lim, k, "value", &s);
    }
    if (kv->type != GGUF_ARRAY) {
        uint64_t n = gguf_scalar_size(kv->type);
        if (n > c.left())
            return gguf_fail(c, MSG_GGUF_TRUNCATED, c.pos, k, "%s value: the file ends here",
                             gguf_type_name(kv->type));
        c.pos += n;
        return QLM_OK;
    }
    uint64_t at = c.pos;
    qlm_result r = gguf_read(c, &kv->arr_type, 4, k, "array element type");
    if (r != QLM_OK) return r;
    if (kv->arr_type >= GGUF_TYPE_COUNT)
        return gguf_fail(c, MSG_GGUF_VALUE_TYPE, at, k, "unknown array element type %u",
                         kv->arr_type);
    // The format would allow arrays of arrays, but no real model file uses them and
    // their element sizes are unbounded, so they are refused outright.
    if (kv->arr_type == GGUF_ARRAY)
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k, "nested arrays are not supported");
    at = c.pos;
    r = gguf_read(c, &kv->arr_n, 8, k, "array length");
    if (r != QLM_OK) return r;
    const uint64_t n = kv->arr_n;
    if (n > lim.max_array)
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k, "array length %llu exceeds the limit %llu",
                         (gguf_ull)n, (gguf_ull)lim.max_array);
    // Every element takes at least its scalar size, or 8 bytes for a string's length:
    // check that before reserving anything.
    const uint64_t min_elem = kv->arr_type == GGUF_STRING ? 8 : gguf_scalar_size(kv->arr_type);
    uint64_t min_bytes = 0;
    if (!mul_ok(n, min_elem, &min_bytes) || min_bytes > c.left())
        return gguf_fail(c, MSG_GGUF_ARRAY, at, k,
                         "array of %llu %s needs more than the %llu bytes left", (gguf_ull)n,
                         gguf_type_name(kv->arr_type), (gguf_ull)c.left());
    kv->data = c.base + c.pos;
    if (kv->arr_type != GGUF_STRING) {
        c.pos += min_bytes;
        return QLM_OK;
    }
    kv->strs.reserve((size_t)n);
    for (uint64_t i = 0; i < n; i++) {
        gguf_str s;
        r = gguf_read_str(c, lim, k, "array element", &s);
        if (r != QLM_OK) return r;
        kv->strs.push_back(s);
    }
    return QLM_OK;
}

inline qlm_result gguf_parse_impl(const uint8_t* data, size_t size, const gguf_limits& lim,
                                  bool vocab_only, gguf_file* out, qlm_error* err) {
    gguf_cursor c{data, (uint64_t)size, 0, err};
    if (!data && size) return fail(err, nullptr, MSG_INVALID_ARG, 0, "gguf: NULL data");
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, 0, "gguf: NULL output");
    gguf_file f;
    f.base = data;
    f.size = size;

    // 1. header
    char magic[4];
    qlm_result r = gguf_read(c, magic, 4, "header", "magic");
    if (r != QLM_OK) return r;
    if (memcmp(magic, "GGUF", 4) != 0)
        return gguf_fail(c, MSG_GGUF_MAGIC, 0, "header",
                         "not a GGUF file (magic %02x %02x %02x %02x)",
                         (unsigned char)magic[0], (unsigned char)magic[1],
                         (unsigned char)magic[2], (unsigned char)magic[3]);
    r = gguf_read(c, &f.version, 4, "header", "version");
    if (r != QLM_OK) return r;
    if (f.version != 0 && (f.version & 0xffffu) == 0)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version 0x%08x looks big-endian; only little-endian files are supported",
                         f.version);
    if (f.version == 1)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version 1 (32-bit counts) is not supported; convert the file to v3");
    if (f.version != 2 && f.version != 3)
        return gguf_fail(c, MSG_GGUF_VERSION, 4, "header",
                         "version %u is not supported (only 2 and 3)", f.version);
    uint64_t n_tensors = 0, n_kv = 0;
    r = gguf_read(c, &n_tensors, 8, "header", "n_tensors");
    if (r != QLM_OK) return r;
    r = gguf_read(c, &n_kv, 8, "header", "n_kv");
    if (r != QLM_OK) return r;
    if (n_tensors > lim.max_tensors)
        return gguf_fail(c, MSG_GGUF_COUNT, 8, "header", "n_tensors %llu exceeds the limit %llu",
                         (gguf_ull)n_tensors, (gguf_ull)lim.max_tensors);
    if (n_kv > lim.max_kv)
        return gguf_fail(c, MSG_GGUF_COUNT, 16, "header", "n_kv %llu exceeds the limit %llu",
                         (gguf_ull)n_kv, (gguf_ull)lim.max_kv);
    // A key/value takes at least 13 bytes (key length, type, a one-byte value) and a
    // tensor info at least 32 (name length, n_dims, one dimension, type, offset): the
    // counts must fit in the bytes left before anything is reserved for them.
    uint64_t kv_min = 0, ti_min = 0, all_min = 0;
    if (!mul_ok(n_kv, 13, &kv_min) || !mul_ok(n_tensors, 32, &ti_min) ||
        !add_ok(kv_min, ti_min, &all_min) || all_min > c.left())
        return gguf_fail(c, MSG_GGUF_COUNT, 8, "header",
                         "%llu tensors and %llu keys cannot fit in the %llu bytes left",
                         (gguf_ull)n_tensors, (gguf_ull)n_kv, (gguf_ull)c.left());

    // 2. key/value pairs
    f.kvs.reserve((size_t)n_kv);
    std::unordered_set<std::string_view> keys;
    keys.reserve((size_t)n_kv);
    for (uint64_t i = 0; i < n_kv; i++) {
        gguf_kv kv;
        kv.offset = c.pos;
        r = gguf_read_str(c, lim, "key", "name", &kv.key);
        if (r != QLM_OK) return r;
        // Keys are looked up as C strings: an empty key or a NUL inside one could never
        // be found, and would make distinct keys print alike.
        if (kv.key.n == 0) return gguf_fail(c, MSG_GGUF_STRING, kv.offset, "key", "empty key");
        if (memchr(kv.key.p, 0, (size_t)kv.key.n))
            return gguf_fail(c, MSG_GGUF_STRING, kv.offset, gguf_subject("key", kv.key).c_str(),
                             "NUL byte inside the key");
        if (!keys.insert(std::string_view(kv.key.p, (size_t)kv.key.n)).second)
            return gguf_fail(c, MSG_GGUF_DUP_KEY, kv.offset, gguf_subject("key", kv.key).c_str(),
                             "duplicate key");
        const uint64_t type_at = c.pos;
        r = gguf_read(c, &kv.type, 4, gguf_subject("key", kv.key).c_str(), "value type");
        if (r != QLM_OK) return r;
        r = gguf_read_value(c, lim, &kv, type_at);
        if (r != QLM_OK) return r;
        if (kv.key.eq("general.alignment")) {
            if (kv.type != GGUF_U32)
                return gguf_fail(c, MSG_GGUF_ALIGNMENT, type_at, "key 'general.alignment'",
                                 "type %s, expected u32", gguf_type_name(kv.type));
            uint32_t a;
            memcpy(&a, kv.data, 4);
            if (a == 0 || (a & (a - 1)) != 0)
                return gguf_fail(c, MSG_GGUF_ALIGNMENT, type_at + 4, "key 'general.alignment'",
                                 "%u is not a nonzero power of two", a);
            f.alignment = a;
        }
        f.kvs.push_back(std::move(kv));
    }

    // 3. tensor infos
    f.tensors.reserve((size_t)n_tensors);
    std::unordered_set<std::string_view> names;
    names.reserve((size_t)n_tensors);
    for (uint64_t i = 0; i < n_tensors; i++) {
        gguf_tensor t;
        t.info_offset = c.pos;
        r = gguf_read_str(c, lim, "tensor", "name", &t.name);
        if (r != QLM_OK) return r;
        if (t.name.n == 0)
            return gguf_fail(c, MSG_GGUF_STRING, t.info_offset, "tensor", "empty tensor name");
        const std::string who = gguf_subject("tensor", t.name);
        const char* w = who.c_str();
        if (memchr(t.name.p, 0, (size_t)t.name.n))
            return gguf_fail(c, MSG_GGUF_STRING, t.info_offset, w, "NUL byte inside the name");
        if (!names.insert(std::string_view(t.name.p, (size_t)t.name.n)).second)
            return gguf_fail(c, MSG_GGUF_DUP_TENSOR, t.info_offset, w, "duplicate tensor name");
        uint64_t at = c.pos;
        r = gguf_read(c, &t.n_dims, 4, w, "n_dims");
        if (r != QLM_OK) return r;
        if (t.n_dims < 1 || t.n_dims > 4)
            return gguf_fail(c, MSG_GGUF_DIMS, at, w, "n_dims %u is not in 1..4", t.n_dims);
        uint64_t n_elem = 1;
        for (uint32_t d = 0; d < t.n_dims; d++) {
            uint64_t ne = 0;
            at = c.pos;
            r = gguf_read(c, &ne, 8, w, "ne");
            if (r != QLM_OK) return r;
            if (ne == 0 || ne > (uint64_t)INT64_MAX)
                return gguf_fail(c, MSG_GGUF_DIMS, at, w, "ne[%u] = %llu is not in 1..2^63-1", d,
                                 (gguf_ull)ne);
            if (!mul_ok(n_elem, ne, &n_elem) || n_elem > (uint64_t)INT64_MAX)
                return gguf_fail(c, MSG_GGUF_DIMS, at, w, "element count overflows at ne[%u]", d);
            t.ne[d] = (int64_t)ne;
        }
        at = c.pos;
        r = gguf_read(c, &t.type, 4, w, "type");
        if (r != QLM_OK) return r;
        const type_traits* ti = type_info(t.type);
        if (!ti) return gguf_fail(c, MSG_GGUF_TENSOR_TYPE, at, w, "unknown tensor type %u", t.type);
        if (t.ne[0] % ti->block != 0)
            return gguf_fail(c, MSG_GGUF_ROW_BLOCK, t.info_offset, w,
                             "row length %lld is not a multiple of the %s block (%lld)",
                             (long long)t.ne[0], ti->name, (long long)ti->block);
        // size = (ne0 / block) * block_bytes * (the other dimensions)
        uint64_t rows = n_elem / (uint64_t)t.ne[0];
        uint64_t rb = 0;
        if (!mul_ok((uint64_t)(t.ne[0] / ti->block), ti->block_bytes, &rb) ||
            !mul_ok(rb, rows, &t.size))
            return gguf_fail(c, MSG_GGUF_DIMS, t.info_offset, w, "byte size overflows");
        at = c.pos;
        r = gguf_read(c, &t.offset, 8, w, "offset");
        if (r != QLM_OK) return r;
        if (t.offset % f.alignment != 0)
            return gguf_fail(c, MSG_GGUF_TENSOR_OFFSET, at, w,
                             "data offset %llu is not a multiple of the alignment %llu",
                             (gguf_ull)t.offset, (gguf_ull)f.alignment);
        uint64_t end = 0;
        if (!add_ok(t.offset, t.size, &end))
            return gguf_fail(c, MSG_GGUF_TENSOR_BOUNDS, at, w, "offset %llu + size %llu overflows",
                             (gguf_ull)t.offset, (gguf_ull)t.size);
        f.tensors.push_back(t);
    }

    // 4. the data section starts at the aligned end of the tensor infos
    uint64_t pad_end = 0;
    if (!add_ok(c.pos, f.alignment - 1, &pad_end))
        return gguf_fail(c, MSG_GGUF_ALIGNMENT, c.pos, "data section", "start overflows");
    f.data_offset = pad_end / f.alignment * f.alignment;

    // 5. tensor data inside the file, and no two tensors sharing bytes
    for (gguf_tensor& t : f.tensors) {
        uint64_t begin = 0, end = 0;
        bool ok = add_ok(f.data_offset, t.offset, &begin) && add_ok(begin, t.size, &end);
        if (ok && end <= c.size) {
            t.data = c.base + begin;
        } else if (!ok || !vocab_only) {
            return gguf_fail(c, MSG_GGUF_TENSOR_BOUNDS, t.info_offset,
                             gguf_subject("tensor", t.name).c_str(),
                             "data at offset %llu, %llu bytes, lies past the end of the file "
                             "(%llu bytes)",
                             (gguf_ull)t.offset, (gguf_ull)t.size, (gguf_ull)c.size);
        }
    }
    std::vector<uint32_t> order(f.tensors.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = (uint32_t)i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return f.tensors[a].offset < f.tensors[b].offset;
    });
    for (size_t i = 1; i < order.size(); i++) {
        const gguf_tensor& a = f.tensors[order[i - 1]];
        const gguf_tensor& b = f.tensors[order[i]];
        if (a.offset + a.size > b.offset) // no overflow: checked per tensor above
            return gguf_fail(c, MSG_GGUF_TENSOR_OVERLAP, b.info_offset,
                             gguf_subject("tensor", b.name).c_str(),
                             "data at offset %llu overlaps tensor '%s'", (gguf_ull)b.offset,
                             gguf_printable(a.name).c_str());
    }
    *out = std::move(f);
    return QLM_OK;
}

inline qlm_result gguf_parse(const uint8_t* data, size_t size, const gguf_limits& lim,
                             bool vocab_only, gguf_file* out, qlm_error* err) {
#if defined(__cpp_exceptions)
    try {
        return gguf_parse_impl(data, size, lim, vocab_only, out, err);
    } catch (const std::bad_alloc&) {
        return fail(err, nullptr, MSG_OOM, 0, "gguf: out of memory while reading the file");
    }
#else
    return gguf_parse_impl(data, size, lim, vocab_only, out, err);
#endif
}

// ---- lookups -----------------------------------------------------------------------------

inline int64_t gguf_find_key(const gguf_file& f, const char* key) {
    for (size_t i = 0; i < f.kvs.size(); i++)
        if (f.kvs[i].key.eq(key)) return (int64_t)i;
    return -1;
}

inline const gguf_tensor* gguf_find_tensor(const gguf_file& f, const char* name) {
    for (const gguf_tensor& t : f.tensors)
        if (t.name.eq(name)) return &t;
    return nullptr;
}

inline const gguf_kv* gguf_kv_of(const gguf_file& f, const char* key) {
    int64_t i = gguf_find_key(f, key);
    return i < 0 ? nullptr : &f.kvs[(size_t)i];
}

// An integer scalar at p: *neg tells whether it is negative; then *s holds it, else *u.
inline bool gguf_int_at(uint32_t type, const uint8_t* p, bool* neg, uint64_t* u, int64_t* s) {
    *neg = false;
    *u = 0;
    *s = 0;
    switch (type) {
    case GGUF_U8: *u = p[0]; return true;
    case GGUF_U16: { uint16_t v; memcpy(&v, p, 2); *u = v; return true; }
    case GGUF_U32: { uint32_t v; memcpy(&v, p, 4); *u = v; return true; }
    case GGUF_U64: memcpy(u, p, 8); return true;
    case GGUF_I8: { int8_t v; memcpy(&v, p, 1); *s = v; break; }
    case GGUF_I16: { int16_t v; memcpy(&v, p, 2); *s = v; break; }
    case GGUF_I32: { int32_t v; memcpy(&v, p, 4); *s = v; break; }
    case GGUF_I64: memcpy(s, p, 8); break;
    default: return false;
    }
    if (*s < 0) *neg = true;
    else *u = (uint64_t)*s;
    return true;
}

// Any numeric scalar at p as double (BOOL as 0/1); 0 for other types.
inline double gguf_num_at(uint32_t type, const uint8_t* p) {
    if (type == GGUF_F32) { float v; memcpy(&v, p, 4); return v; }
    if (type == GGUF_F64) { double v; memcpy(&v, p, 8); return v; }
    if (type == GGUF_BOOL) return p[0] != 0 ? 1.0 : 0.0;
    bool neg;
    uint64_t u;
    int64_t s;
    if (!gguf_int_at(type, p, &neg, &u, &s)) return 0.0;
    return neg ? (double)s : (double)u;
}

inline bool gguf_get_u32(const gguf_file& f, const char* key, uint32_t* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    bool neg;
    uint64_t u;
    int64_t s;
    if (!kv || !gguf_int_at(kv->type, kv->data, &neg, &u, &s) || neg || u > UINT32_MAX)
        return false;
    *out = (uint32_t)u;
    return true;
}

inline bool gguf_get_i32(const gguf_file& f, const char* key, int32_t* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    bool neg;
    uint64_t u;
    int64_t s;
    if (!kv || !gguf_int_at(kv->type, kv->data, &neg, &u, &s)) return false;
    if (neg ? s < INT32_MIN : u > (uint64_t)INT32_MAX) return false;
    *out = neg ? (int32_t)s : (int32_t)u;
    return true;
}

inline bool gguf_get_f32(const gguf_file& f, const char* key, float* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type == GGUF_BOOL || gguf_scalar_size(kv->type) == 0) return false;
    *out = (float)gguf_num_at(kv->type, kv->data);
    return true;
}

inline bool gguf_get_bool(const gguf_file& f, const char* key, bool* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_BOOL) return false;
    *out = kv->data[0] != 0;
    return true;
}

inline bool gguf_get_str(const gguf_file& f, const char* key, gguf_str* out) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_STRING) return false;
    memcpy(&out->n, kv->data, 8);
    out->p = reinterpret_cast<const char*>(kv->data + 8);
    return true;
}

inline const gguf_kv* gguf_get_arr(const gguf_file& f, const char* key, uint32_t elem_type) {
    const gguf_kv* kv = gguf_kv_of(f, key);
    if (!kv || kv->type != GGUF_ARRAY || kv->arr_type != elem_type) return nullptr;
    return kv;
}

inline double gguf_arr_num(const gguf_kv& kv, uint64_t i) {
    const uint64_t sz = gguf_scalar_size(kv.arr_type);
    if (kv.type != GGUF_ARRAY || sz == 0 || i >= kv.arr_n) return 0.0;
    return gguf_num_at(kv.arr_type, kv.data + i * sz); // i * sz < arr_n * sz: checked by parse
}

inline std::string gguf_value_text(const gguf_kv& kv) {
    char buf[64];
    if (kv.type == GGUF_STRING) {
        uint64_t n;
        memcpy(&n, kv.data, 8);
        return std::string(reinterpret_cast<const char*>(kv.data + 8), (size_t)n);
    }
    if (kv.type == GGUF_ARRAY) {
        snprintf(buf, sizeof buf, "[array of %llu %s]", (gguf_ull)kv.arr_n,
                 gguf_type_name(kv.arr_type));
        return buf;
    }
    if (kv.type == GGUF_BOOL) return kv.data[0] ? "true" : "false";
    if (kv.type == GGUF_F32 || kv.type == GGUF_F64) {
        snprintf(buf, sizeof buf, kv.type == GGUF_F32 ? "%.9g" : "%.17g",
                 gguf_num_at(kv.type, kv.data));
        return buf;
    }
    bool neg;
    uint64_t u;
    int64_t s;
    if (!gguf_int_at(kv.type, kv.data, &neg, &u, &s)) return "?";
    if (neg) snprintf(buf, sizeof buf, "%lld", (long long)s);
    else snprintf(buf, sizeof buf, "%llu", (gguf_ull)u);
    return buf;
}

// ---- writer ------------------------------------------------------------------------------

inline void gguf_put(std::vector<uint8_t>& b, const void* p, size_t n) {
    const uint8_t* q = static_cast<const uint8_t*>(p);
    b.insert(b.end(), q, q + n);
}
inline void gguf_put_u32(std::vector<uint8_t>& b, uint32_t v) { gguf_put(b, &v, 4); }
inline void gguf_put_u64(std::vector<uint8_t>& b, uint64_t v) { gguf_put(b, &v, 8); }
inline void gguf_put_str(std::vector<uint8_t>& b, const char* s, size_t n) {
    gguf_put_u64(b, n);
    gguf_put(b, s, n);
}
inline void gguf_pad(std::vector<uint8_t>& b, uint64_t alignment) {
    b.resize((size_t)((b.size() + alignment - 1) / alignment * alignment), 0);
}

// Appends the key and the value type of a new pair.
inline void gguf_put_key(gguf_writer& w, const char* k, uint32_t type) {
    if (strcmp(k, "general.alignment") == 0) w.has_alignment_key = true;
    gguf_put_str(w.kv_bytes, k, strlen(k));
    gguf_put_u32(w.kv_bytes, type);
    w.n_kv++;
}

// Appends a scalar pair: key, type, then the n value bytes at v.
inline void gguf_put_scalar(gguf_writer& w, const char* k, uint32_t type, const void* v,
                            size_t n) {
    gguf_put_key(w, k, type);
    gguf_put(w.kv_bytes, v, n);
}

inline void gguf_writer::set_u8(const char* k, uint8_t v) {
    gguf_put_scalar(*this, k, GGUF_U8, &v, 1);
}
inline void gguf_writer::set_i8(const char* k, int8_t v) {
    gguf_put_scalar(*this, k, GGUF_I8, &v, 1);
}
inline void gguf_writer::set_u16(const char* k, uint16_t v) {
    gguf_put_scalar(*this, k, GGUF_U16, &v, 2);
}
inline void gguf_writer::set_i16(const char* k, int16_t v) {
    gguf_put_scalar(*this, k, GGUF_I16, &v, 2);
}
inline void gguf_writer::set_u32(const char* k, uint32_t v) {
    gguf_put_scalar(*this, k, GGUF_U32, &v, 4);
    if (strcmp(k, "general.alignment") == 0 && v != 0 && (v & (v - 1)) == 0) alignment = v;
}
inline void gguf_writer::set_i32(const char* k, int32_t v) {
    gguf_put_scalar(*this, k, GGUF_I32, &v, 4);
}
inline void gguf_writer::set_f32(const char* k, float v) {
    gguf_put_scalar(*this, k, GGUF_F32, &v, 4);
}
inline void gguf_writer::set_u64(const char* k, uint64_t v) {
    gguf_put_scalar(*this, k, GGUF_U64, &v, 8);
}
inline void gguf_writer::set_i64(const char* k, int64_t v) {
    gguf_put_scalar(*this, k, GGUF_I64, &v, 8);
}
inline void gguf_writer::set_f64(const char* k, double v) {
    gguf_put_scalar(*this, k, GGUF_F64, &v, 8);
}
inline void gguf_writer::set_bool(const char* k, bool v) {
    const uint8_t b = v ? 1 : 0;
    gguf_put_scalar(*this, k, GGUF_BOOL, &b, 1);
}
inline void gguf_writer::set_str(const char* k, const std::string& v) {
    gguf_put_key(*this, k, GGUF_STRING);
    gguf_put_str(kv_bytes, v.data(), v.size());
}
inline void gguf_writer::set_arr_str(const char* k, const std::vector<std::string>& v) {
    gguf_put_key(*this, k, GGUF_ARRAY);
    gguf_put_u32(kv_bytes, GGUF_STRING);
    gguf_put_u64(kv_bytes, v.size());
    for (const std::string& s : v) gguf_put_str(kv_bytes, s.data(), s.size());
}
inline void gguf_writer::set_arr(const char* k, uint32_t elem_type, const void* data, uint64_t n) {
    QLM_ASSERT(gguf_scalar_size(elem_type) != 0);
    gguf_put_key(*this, k, GGUF_ARRAY);
    gguf_put_u32(kv_bytes, elem_type);
    gguf_put_u64(kv_bytes, n);
    if (n) gguf_put(kv_bytes, data, (size_t)(n * gguf_scalar_size(elem_type)));
}

inline void gguf_writer::add_tensor(const char* name, uint32_t type, int n_dims, const int64_t* ne,
                                    const void* data, size_t size) {
    QLM_ASSERT(n_dims >= 1 && n_dims <= 4);
    tensor_entry t;
    t.name = name;
    t.type = type;
    t.n_dims = n_dims;
    for (int d = 0; d < 4; d++) t.ne[d] = d < n_dims ? ne[d] : 1;
    const uint8_t* p = static_cast<const uint8_t*>(data);
    if (size) t.bytes.assign(p, p + size);
    tensors.push_back(std::move(t));
}

inline std::vector<uint8_t> gguf_writer::finish() const {
    QLM_ASSERT(alignment != 0 && (alignment & (alignment - 1)) == 0);
    const uint64_t align = alignment != 0 && (alignment & (alignment - 1)) == 0 ? alignment : 32;
    const bool add_align = !has_alignment_key && align != 32;
    std::vector<uint8_t> b;
    gguf_put(b, "GGUF", 4);
    gguf_put_u32(b, 3);
    gguf_put_u64(b, tensors.size());
    gguf_put_u64(b, n_kv + (add_align ? 1 : 0));
    gguf_put(b, kv_bytes.data(), kv_bytes.size());
    if (add_align) {
        static const char key[] = "general.alignment";
        gguf_put_str(b, key, sizeof key - 1);
        gguf_put_u32(b, GGUF_U32);
        gguf_put_u32(b, (uint32_t)align);
    }
    uint64_t off = 0;
    for (const tensor_entry& t : tensors) {
        gguf_put_str(b, t.name.data(), t.name.size());
        gguf_put_u32(b, (uint32_t)t.n_dims);
        for (int d = 0; d < t.n_dims; d++) gguf_put_u64(b, (uint64_t)t.ne[d]);
        gguf_put_u32(b, t.type);
        gguf_put_u64(b, off);
        off = (off + t.bytes.size() + align - 1) / align * align;
    }
    gguf_pad(b, align);
    for (const tensor_entry& t : tensors) {
        gguf_put(b, t.bytes.data(), t.bytes.size());
        gguf_pad(b, align);
    }
    return b;
}

inline bool gguf_writer::write_file(const char* path) const {
    std::vector<uint8_t> b = finish();
    FILE* fp = fopen(path, "wb");
    if (!fp) return false;
    bool ok = fwrite(b.data(), 1, b.size(), fp) == b.size();
    ok = fclose(fp) == 0 && ok;
    return ok;
}

} // namespace qlm_detail
#endif
// ==== [qlm:packed] weights interleaved by 16 rows at load, and their x86 kernels ===========
// Decoding one token multiplies every weight matrix by one activation vector. Row by row,
// each 32-weight block costs a scale conversion, nibble unpacking, a multiply-add chain
// and, per row, a horizontal sum: about half an instruction per weight, which on a 2-core
// machine caps decode far below what memory delivers (docs/PERF.md). Interleaving 16 rows
// makes one 32-bit lane of a 512-bit register one row: four consecutive weights of each of
// the 16 rows sit in 64 bytes, so one VNNI dot (u8 codes x s8 activations, 4 products per
// lane) advances 16 rows by 4 weights with the activation broadcast from memory, the 16
// scales of a block convert in one instruction, and no horizontal sum is ever needed.
// That is about 30 instructions per 512 weights for 4-bit codes, 10x fewer than row by row.
//
// Layout of a packed matrix: 16-row slabs, one after the other; inside a slab, the groups
// (the format's scale groups) in order; a group is
//   headers  16 fp16 D (PK_H_D), or 16 fp16 D then 16 fp16 M (PK_H_DM), or 16 exponent
//            bytes then 16 zero-point bytes (PK_H_E8, INT2)
//   codes    G/4 steps; step s holds weights 4s..4s+3 of every row: byte 4r+j of the step
//            is weight 4s+j of row r. 64-byte chunks hold 8/B steps of B-bit codes: step
//            s is bits B*(s % (8/B)).. of chunk s / (8/B).
// The slab has exactly the bytes of its 16 rows as stored, so packing changes nothing in
// the memory a token streams. Every format is read as w = D*code + M, with M = km*D for
// the one-scale formats; Q8_0's codes stay signed (km = 0) and the VNNI kernel biases
// them by 128 on the fly.
//
// Per 32-weight activation block (16 for INT2-g16) the kernels form the exact integer
// sums isq = sum(code*a) and sa = sum(a), then acc = fma(D*da, float(x), acc), where x =
// kd*isq + km*sa for the one-scale formats, and for the others also acc = fma(M, S, acc)
// with S = da*sa (Q8_1 activations: their stored fp16 s, as llama.cpp reads Q4_1). The scalar reference (pk_gemm_ref) does exactly these float operations in this
// order, so AVX2, AVX-512 and the reference agree bit for bit, and a token's result does
// not depend on how many tokens share the call (prefill equals decode).
#ifndef QLM_PACKED_H
#define QLM_PACKED_H

#include <cmath>

namespace qlm_detail {

constexpr int PK_ROWS = 16;
enum pk_header { PK_H_D, PK_H_DM, PK_H_E8 };

struct pk_format {
    int bits = 0;      // code bits: 1, 2, 4 or 8 (8: signed codes)
    int group = 0;     // weights per scale
    pk_header hk = PK_H_D;
    int kd = 1, km = 0; // PK_H_D: w = d * (kd*code + km)
    int hdr_bytes = 2;  // header bytes per row per group as stored
    uint32_t act = 0;   // activation type (Q8_0 or Q8_1: both start with an fp16 d)
};

// The formats the packed kernels read; false for the others (they stay row by row).
inline bool pk_format_of(uint32_t type, pk_format* f) {
    *f = pk_format{};
    switch (type) {
    case QT_Q4_0: *f = {4, 32, PK_H_D, 1, -8, 2, QT_Q8_0}; return true;
    case QT_Q4_1: *f = {4, 32, PK_H_DM, 1, 0, 4, QT_Q8_1}; return true;
    case QT_Q8_0: *f = {8, 32, PK_H_D, 1, 0, 2, QT_Q8_0}; return true;
    default: break;
    }
    const lb_format* lf = lb_fmt(type);
    if (!lf) return false;
    const int g = lf->group;
    switch (lf->fam) {
    case LB_INT4S: *f = {4, g, PK_H_D, 1, -8, 2, QT_Q8_0}; return true;
    case LB_INT4: *f = {4, g, PK_H_DM, 1, 0, 4, QT_Q8_0}; return true;
    case LB_INT2: *f = {2, g, PK_H_E8, 1, 0, 2, QT_Q8_0}; return true;
    case LB_TERN: *f = {2, g, PK_H_D, 1, -1, 2, QT_Q8_0}; return true;
    case LB_BIN: *f = {1, g, PK_H_D, -2, 1, 2, QT_Q8_0}; return true; // a set bit is -d
    default: return false; // TERN16 (base-3 bytes) and BINM keep their row kernels
    }
}

// Bytes of one packed group of 16 rows (headers + codes): 16x the stored group.
inline size_t pk_group_bytes(const pk_format& f) {
    return (size_t)PK_ROWS * (size_t)f.hdr_bytes + (size_t)PK_ROWS * (size_t)f.group * (size_t)f.bits / 8;
}

// The codes of one stored group of one row, as unsigned bytes (Q8_0: the signed bytes).
inline void pk_codes(uint32_t type, const uint8_t* src, int g, uint8_t* q) {
    if (type == QT_Q8_0) {
        memcpy(q, src + 2, 32);
        return;
    }
    // a Q4_0 / Q4_1 block is an INT4S / INT4 group of 32, byte for byte
    const lb_family fam = type == QT_Q4_0 ? LB_INT4S : type == QT_Q4_1 ? LB_INT4 : lb_fmt(type)->fam;
    float D, M;
    lb_unpack(fam, g, src, q, &D, &M);
}

// Interleaves rows [0, ne1) (ne1 a multiple of 16, ne0 of the group) into dst.
inline void pk_pack(uint32_t type, const pk_format& f, const uint8_t* src, size_t row_bytes, int64_t ne0, int64_t ne1,
                    uint8_t* dst) {
    const int G = f.group, B = f.bits, spc = 8 / B;
    const int64_t ng = ne0 / G;
    const size_t sg = row_bytes / (size_t)ng; // stored bytes of one row's group
    uint8_t q[PK_ROWS][128];
    for (int64_t r0 = 0; r0 < ne1; r0 += PK_ROWS) {
        for (int64_t g = 0; g < ng; g++, dst += pk_group_bytes(f)) {
            for (int r = 0; r < PK_ROWS; r++) {
                const uint8_t* s = src + (size_t)(r0 + r) * row_bytes + (size_t)g * sg;
                pk_codes(type, s, G, q[r]);
                if (f.hk == PK_H_D) memcpy(dst + 2 * r, s, 2);
                if (f.hk == PK_H_DM) memcpy(dst + 2 * r, s, 2), memcpy(dst + 32 + 2 * r, s + 2, 2);
                if (f.hk == PK_H_E8) dst[r] = s[0], dst[16 + r] = s[1];
            }
            uint8_t* c = dst + PK_ROWS * f.hdr_bytes;
            memset(c, 0, (size_t)PK_ROWS * (size_t)G * (size_t)B / 8);
            for (int st = 0; st < G / 4; st++) {
                uint8_t* chunk = c + 64 * (st / spc);
                const int sh = B * (st % spc);
                for (int i = 0; i < 64; i++) chunk[i] |= (uint8_t)(q[i / 4][4 * st + i % 4] << sh);
            }
        }
    }
}

// ---- activations ---------------------------------------------------------------------------
// The packed kernels need, per 32-activation block, d as a float, the exact sums of each
// half block and the sums scaled by d; quantize_row_all appends them to the quantized row:
//   [blocks][pad to 64][float da[nb]][int32 sa[2*nb]][float S32[nb]][float S16[2*nb]]
inline size_t pk_act_extra_offset(uint32_t act_type, int64_t ncols) {
    return ((size_t)(ncols / 32) * type_info(act_type)->block_bytes + 63) / 64 * 64;
}
inline size_t pk_act_extra_bytes(int64_t ncols) { return 64 + (size_t)((ncols + 31) / 32) * 24; }

inline void pk_act_sums(uint32_t act_type, uint8_t* row, int64_t ncols) {
    const size_t bb = type_info(act_type)->block_bytes, qoff = act_type == QT_Q8_1 ? 4 : 2;
    const int64_t nb = ncols / 32;
    uint8_t* x = row + pk_act_extra_offset(act_type, ncols);
    for (int64_t b = 0; b < nb; b++) {
        const uint8_t* blk = row + (size_t)b * bb;
        float d = f16(lb_rd16(blk));
        int32_t s[2] = {0, 0};
        for (int j = 0; j < 32; j++) s[j / 16] += (int8_t)blk[qoff + (size_t)j];
        const float s32 = act_type == QT_Q8_1 ? f16(lb_rd16(blk + 2)) : d * (float)(s[0] + s[1]);
        const float s16[2] = {d * (float)s[0], d * (float)s[1]};
        memcpy(x + 4 * (size_t)b, &d, 4);
        memcpy(x + 4 * (size_t)nb + 8 * (size_t)b, s, 8);
        memcpy(x + 12 * (size_t)nb + 4 * (size_t)b, &s32, 4);
        memcpy(x + 16 * (size_t)nb + 8 * (size_t)b, s16, 8);
    }
}

// What a kernel needs to find a token's activations.
struct pk_act {
    const uint8_t* row; // row of token 0
    size_t stride;      // bytes between tokens
    size_t bb, qoff;    // block bytes, offset of the int8 values in a block
    size_t xoff;        // offset of da[] (sa[] follows at xoff + 4*nb)
    int64_t nb;
};
inline pk_act pk_act_of(const pk_format& f, const uint8_t* row, size_t stride, int64_t ne0) {
    pk_act a;
    a.row = row;
    a.stride = stride;
    a.bb = type_info(f.act)->block_bytes;
    a.qoff = f.act == QT_Q8_1 ? 4 : 2;
    a.xoff = pk_act_extra_offset(f.act, ne0);
    a.nb = ne0 / 32;
    return a;
}
inline float pk_da(const pk_act& a, int t, int64_t b) {
    float d;
    memcpy(&d, a.row + (size_t)t * a.stride + a.xoff + 4 * (size_t)b, 4);
    return d;
}
// Sum of the activations of the sub-block of `sub` weights starting at column i.
inline int32_t pk_sa(const pk_act& a, int t, int64_t i, int sub) {
    int32_t s[2];
    memcpy(s, a.row + (size_t)t * a.stride + a.xoff + 4 * (size_t)a.nb + 8 * (size_t)(i / 32), 8);
    return sub == 32 ? s[0] + s[1] : s[(i % 32) / 16];
}
// The same sum times d (see pk_act_sums).
inline float pk_S(const pk_act& a, int t, int64_t i, int sub) {
    float s;
    const size_t off = sub == 32 ? 12 * (size_t)a.nb + 4 * (size_t)(i / 32) : 16 * (size_t)a.nb + 4 * (size_t)(i / 16);
    memcpy(&s, a.row + (size_t)t * a.stride + a.xoff + off, 4);
    return s;
}
inline const int8_t* pk_aq(const pk_act& a, int t, int64_t i) {
    return (const int8_t*)(a.row + (size_t)t * a.stride + (size_t)(i / 32) * a.bb + a.qoff + (size_t)(i % 32));
}

// INT2's exponent byte as the packed kernels decode it: 2^(m/16) for m = e % 16 from
// lb_e8's own table (the 16 values the SIMD kernels permute from), times 2^(e/16 - 14),
// exact scaling by a power of two.
inline const float* pk_e8_mant() { return lb_e8_table() + 224; }
inline float pk_e8(uint8_t e) { return e == 0 ? 0.0f : std::ldexp(pk_e8_mant()[e & 15], (e >> 4) - 14); }

// ---- scalar reference ------------------------------------------------------------------------
// out[t*os + r] (+)= row r of the slabs [s0, s1) . activations of token t, for t < nt.
typedef void (*pk_gemm_fn)(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                           float* out, size_t os, bool accumulate);

inline void pk_gemm_ref(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n_slabs, const pk_act& a, int nt,
                        float* out, size_t os, bool accumulate) {
    const int G = f.group, B = f.bits, spc = 8 / B, sub = G < 32 ? G : 32, mask = B == 8 ? 0xFF : (1 << B) - 1;
    const size_t gb = pk_group_bytes(f);
    for (int64_t s = 0; s < n_slabs; s++, out += PK_ROWS) {
        for (int t = 0; t < nt; t++) {
            float acc[PK_ROWS] = {0};
            const uint8_t* p = w + (size_t)s * (size_t)(ne0 / G) * gb;
            for (int64_t i0 = 0; i0 < ne0; i0 += G, p += gb) {
                float D[PK_ROWS], M[PK_ROWS];
                for (int r = 0; r < PK_ROWS; r++) {
                    if (f.hk == PK_H_E8) {
                        D[r] = pk_e8(p[r]);
                        M[r] = D[r] * (float)(int8_t)p[16 + r] * 0.0625f;
                    } else {
                        D[r] = f16(lb_rd16(p + 2 * r));
                        M[r] = f.hk == PK_H_DM ? f16(lb_rd16(p + 32 + 2 * r)) : 0.0f;
                    }
                }
                const uint8_t* c = p + PK_ROWS * f.hdr_bytes;
                for (int s0 = 0; s0 < G; s0 += sub) {
                    const int64_t i = i0 + s0;
                    const int8_t* aq = pk_aq(a, t, i);
                    const float da = pk_da(a, t, i / 32);
                    const int32_t sa = pk_sa(a, t, i, sub);
                    for (int r = 0; r < PK_ROWS; r++) {
                        int32_t isq = 0;
                        for (int st = s0 / 4; st < (s0 + sub) / 4; st++)
                            for (int j = 0; j < 4; j++) {
                                const int code = (c[64 * (st / spc) + 4 * r + j] >> (B * (st % spc))) & mask;
                                isq += (B == 8 ? (int8_t)code : code) * aq[4 * (st - s0 / 4) + j];
                            }
                        if (f.hk == PK_H_D) {
                            acc[r] = std::fma(D[r] * da, (float)(f.kd * isq + f.km * sa), acc[r]);
                        } else {
                            acc[r] = std::fma(D[r] * da, (float)isq, acc[r]);
                            acc[r] = std::fma(M[r], pk_S(a, t, i, sub), acc[r]);
                        }
                    }
                }
            }
            float* o = out + (size_t)t * os;
            for (int r = 0; r < PK_ROWS; r++) o[r] = accumulate ? o[r] + acc[r] : acc[r];
        }
    }
}

#if defined(QLM_HAS_AVX2)

// Software prefetch distance in the weight stream (measured, docs/PERF.md step 6).
constexpr size_t kPackedPrefetch = 4096;

inline int32_t pk_ld32(const int8_t* p) {
    int32_t v;
    memcpy(&v, p, 4);
    return v;
}

// ---- AVX2: a slab is two 8-row halves (bytes 0..31 and 32..63 of every chunk) ----------------
// u8 x s8 with maddubs: a pair of 4-bit (or smaller) codes times activations stays within
// 2*15*127, so the i16 pair sums of a whole 32-weight sub-block (8 steps) add up exactly
// (at most 30480) before one madd widens them. 8-bit codes are signed and take the sign
// trick (|w| times a with w's sign) and a madd per step.
template <int B, int nsteps>
QLMI_TARGET_AVX2 inline __m256i pk_avx2_isq(const uint8_t* c, int half, const int8_t* aq) {
    constexpr int spc = 8 / B, nk = spc < nsteps ? spc : nsteps;
    const __m256i mask = _mm256_set1_epi8((char)((1 << (B == 8 ? 7 : B)) - 1));
    const __m256i ones = _mm256_set1_epi16(1);
    if (B == 8) {
        __m256i acc = _mm256_setzero_si256();
#pragma GCC unroll 8
        for (int st = 0; st < nsteps; st++) {
            const __m256i w = _mm256_loadu_si256((const __m256i*)(c + 64 * st + 32 * half));
            const __m256i av = _mm256_set1_epi32(pk_ld32(aq + 4 * st));
            acc = _mm256_add_epi32(acc, _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_sign_epi8(w, w),
                                                                                _mm256_sign_epi8(av, w)), ones));
        }
        return acc;
    }
    __m256i s16 = _mm256_setzero_si256();
#pragma GCC unroll 8
    for (int st = 0; st < nsteps; st += spc) {
        const __m256i x = _mm256_loadu_si256((const __m256i*)(c + 64 * (st / spc) + 32 * half));
#pragma GCC unroll 8
        for (int k = 0; k < nk; k++) {
            const __m256i v = _mm256_and_si256(k ? _mm256_srli_epi16(x, B * k) : x, mask);
            s16 = _mm256_add_epi16(s16, _mm256_maddubs_epi16(v, _mm256_set1_epi32(pk_ld32(aq + 4 * (st + k)))));
        }
    }
    return _mm256_madd_epi16(s16, ones);
}

QLMI_TARGET_AVX2 inline __m256 pk_avx2_e8(const uint8_t* e8, const float* mant16) {
    // 2^(m/16) * 2^(e/16 - 14), e = 0 -> 0 (see pk_e8)
    const __m256i e = _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i*)e8));
    const __m256i m = _mm256_and_si256(e, _mm256_set1_epi32(15));
    const __m256 lo = _mm256_permutevar8x32_ps(_mm256_loadu_ps(mant16), m);
    const __m256 hi = _mm256_permutevar8x32_ps(_mm256_loadu_ps(mant16 + 8), m);
    const __m256 mant = _mm256_blendv_ps(lo, hi, _mm256_castsi256_ps(_mm256_slli_epi32(m, 28)));
    const __m256i ex = _mm256_slli_epi32(_mm256_add_epi32(_mm256_srli_epi32(e, 4), _mm256_set1_epi32(127 - 14)), 23);
    const __m256 d = _mm256_mul_ps(mant, _mm256_castsi256_ps(ex));
    return _mm256_andnot_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(e, _mm256_setzero_si256())), d);
}

// NS slabs (memory streams) at once: slab j*n + s for j < NS. Decoding runs two, since
// one core keeps more DRAM requests in flight over two streams than over one
// (docs/PERF.md); prefill runs one, with up to 4 tokens.
template <int B, int H, int NT, int NS, int SUB>
QLMI_TARGET_AVX2 void pk_gemm_avx2_t(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a,
                                     float* out, size_t os, bool accumulate) {
    constexpr int sub = SUB; // weights per activation sum: 32, or 16 for INT2-g16
    const int G = f.group;
    const size_t gb = pk_group_bytes(f), hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    const size_t chunk_bytes = (size_t)sub * B * 2; // 64 * (sub/4) / (8/B)
    const size_t slab = (size_t)(ne0 / G) * gb;
    const float* mant16 = pk_e8_mant();
    for (int64_t s = 0; s < n; s++) {
        __m256 acc[NS][NT][2];
        const uint8_t* p[NS];
        for (int j = 0; j < NS; j++) {
            p[j] = w + (size_t)(s + j * n) * slab;
            for (int t = 0; t < NT; t++) acc[j][t][0] = acc[j][t][1] = _mm256_setzero_ps();
        }
        for (int64_t i0 = 0; i0 < ne0; i0 += G) {
            __m256 D[NS][2], M[NS][2];
            for (int j = 0; j < NS; j++) {
                for (size_t o = 0; o < gb; o += 64) _mm_prefetch((const char*)p[j] + kPackedPrefetch + o, _MM_HINT_T0);
                for (int h = 0; h < 2; h++) {
                    if (H == PK_H_E8) {
                        D[j][h] = pk_avx2_e8(p[j] + 8 * h, mant16);
                        const __m256 z = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(p[j] + 16 + 8 * h))));
                        M[j][h] = _mm256_mul_ps(_mm256_mul_ps(D[j][h], z), _mm256_set1_ps(0.0625f));
                    } else {
                        D[j][h] = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p[j] + 16 * h)));
                        M[j][h] = H == PK_H_DM ? _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(p[j] + 32 + 16 * h)))
                                               : _mm256_setzero_ps();
                    }
                }
            }
            for (int s0 = 0; s0 < G; s0 += sub) {
                const int64_t i = i0 + s0;
                for (int t = 0; t < NT; t++) {
                    const int8_t* aq = pk_aq(a, t, i);
                    const __m256 da = _mm256_set1_ps(pk_da(a, t, i / 32));
                    const int32_t sa = pk_sa(a, t, i, sub);
                    for (int j = 0; j < NS; j++) {
                        const uint8_t* c = p[j] + hb + (size_t)(s0 / sub) * chunk_bytes;
                        for (int h = 0; h < 2; h++) {
                            __m256i x = pk_avx2_isq<B, sub / 4>(c, h, aq);
                            if (H == PK_H_D) {
                                const __m256i km = _mm256_set1_epi32(f.km * sa);
                                x = f.kd == 1 ? _mm256_add_epi32(x, km) : _mm256_sub_epi32(km, _mm256_slli_epi32(x, 1));
                                acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(x), acc[j][t][h]);
                            } else {
                                acc[j][t][h] = _mm256_fmadd_ps(_mm256_mul_ps(D[j][h], da), _mm256_cvtepi32_ps(x), acc[j][t][h]);
                                acc[j][t][h] = _mm256_fmadd_ps(M[j][h], _mm256_set1_ps(pk_S(a, t, i, sub)), acc[j][t][h]);
                            }
                        }
                    }
                }
            }
            for (int j = 0; j < NS; j++) p[j] += gb;
        }
        for (int j = 0; j < NS; j++)
            for (int t = 0; t < NT; t++)
                for (int h = 0; h < 2; h++) {
                    float* o = out + (size_t)(s + j * n) * PK_ROWS + (size_t)t * os + 8 * h;
                    _mm256_storeu_ps(o, accumulate ? _mm256_add_ps(_mm256_loadu_ps(o), acc[j][t][h]) : acc[j][t][h]);
                }
    }
}

// ---- AVX-512 VNNI: a slab is one register; vpdpbusd adds 4 products per row lane ----------
#define QLMI_TARGET_AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")))
// GCC 12's AVX-512 intrinsics start from _mm512_undefined_*() and then warn about it
// (GCC bug 105593, fixed in 13).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

template <int B, int H, int NT, int NS, int SUB>
QLMI_TARGET_AVX512 void pk_gemm_avx512_t(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n,
                                         const pk_act& a, float* out, size_t os, bool accumulate) {
    constexpr int spc = 8 / B, sub = SUB, nk = spc < sub / 4 ? spc : sub / 4; // steps per chunk
    const int G = f.group;
    const size_t gb = pk_group_bytes(f), hb = (size_t)PK_ROWS * (size_t)f.hdr_bytes;
    const size_t chunk_bytes = (size_t)sub * B * 2, slab = (size_t)(ne0 / G) * gb;
    const __m512i mask = _mm512_set1_epi8((char)(B == 8 ? 0xFF : (1 << B) - 1));
    const __m512i bias = _mm512_set1_epi8((char)0x80);
    const __m512 mant16 = _mm512_loadu_ps(pk_e8_mant());
    for (int64_t s = 0; s < n; s++) {
        __m512 acc[NS][NT];
        const uint8_t* p[NS];
        for (int j = 0; j < NS; j++) {
            p[j] = w + (size_t)(s + j * n) * slab;
            for (int t = 0; t < NT; t++) acc[j][t] = _mm512_setzero_ps();
        }
        for (int64_t i0 = 0; i0 < ne0; i0 += G) {
            __m512 D[NS], M[NS];
            for (int j = 0; j < NS; j++) {
                for (size_t o = 0; o < gb; o += 64) _mm_prefetch((const char*)p[j] + kPackedPrefetch + o, _MM_HINT_T0);
                if (H == PK_H_E8) {
                    const __m512i e = _mm512_cvtepu8_epi32(_mm_loadu_si128((const __m128i*)p[j]));
                    const __m512 mant = _mm512_permutexvar_ps(_mm512_and_si512(e, _mm512_set1_epi32(15)), mant16);
                    const __m512i ex = _mm512_slli_epi32(_mm512_add_epi32(_mm512_srli_epi32(e, 4), _mm512_set1_epi32(127 - 14)), 23);
                    D[j] = _mm512_maskz_mul_ps(_mm512_test_epi32_mask(e, e), mant, _mm512_castsi512_ps(ex));
                    const __m512 z = _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128((const __m128i*)(p[j] + 16))));
                    M[j] = _mm512_mul_ps(_mm512_mul_ps(D[j], z), _mm512_set1_ps(0.0625f));
                } else {
                    D[j] = _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)p[j]));
                    M[j] = H == PK_H_DM ? _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i*)(p[j] + 32))) : _mm512_setzero_ps();
                }
            }
            for (int s0 = 0; s0 < G; s0 += sub) {
                const int64_t i = i0 + s0;
                const int8_t* aq[NT];
                __m512i x[NS][NT];
                for (int t = 0; t < NT; t++) aq[t] = pk_aq(a, t, i);
                for (int j = 0; j < NS; j++)
                    for (int t = 0; t < NT; t++) x[j][t] = _mm512_setzero_si512();
#pragma GCC unroll 8
                for (int st = 0; st < sub / 4; st += spc) {
#pragma GCC unroll 2
                    for (int j = 0; j < NS; j++) {
                        __m512i raw = _mm512_loadu_si512((const void*)(p[j] + hb + (size_t)(s0 / sub) * chunk_bytes + 64 * (size_t)(st / spc)));
                        if (B == 8) raw = _mm512_xor_si512(raw, bias); // signed codes -> code + 128
#pragma GCC unroll 8
                        for (int k = 0; k < nk; k++) {
                            const __m512i v = B == 8 ? raw : _mm512_and_si512(k ? _mm512_srli_epi16(raw, B * k) : raw, mask);
#pragma GCC unroll 8
                            for (int t = 0; t < NT; t++)
                                x[j][t] = _mm512_dpbusd_epi32(x[j][t], v, _mm512_set1_epi32(pk_ld32(aq[t] + 4 * (st + k))));
                        }
                    }
                }
                for (int t = 0; t < NT; t++) {
                    const __m512 da = _mm512_set1_ps(pk_da(a, t, i / 32));
                    const int32_t sa = pk_sa(a, t, i, sub);
                    for (int j = 0; j < NS; j++) {
                        if (H == PK_H_D) {
                            const __m512i km = _mm512_set1_epi32((B == 8 ? -128 : f.km) * sa);
                            const __m512i xi = f.kd == 1 ? _mm512_add_epi32(x[j][t], km) : _mm512_sub_epi32(km, _mm512_slli_epi32(x[j][t], 1));
                            acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(xi), acc[j][t]);
                        } else {
                            acc[j][t] = _mm512_fmadd_ps(_mm512_mul_ps(D[j], da), _mm512_cvtepi32_ps(x[j][t]), acc[j][t]);
                            acc[j][t] = _mm512_fmadd_ps(M[j], _mm512_set1_ps(pk_S(a, t, i, sub)), acc[j][t]);
                        }
                    }
                }
            }
            for (int j = 0; j < NS; j++) p[j] += gb;
        }
        for (int j = 0; j < NS; j++)
            for (int t = 0; t < NT; t++) {
                float* o = out + (size_t)(s + j * n) * PK_ROWS + (size_t)t * os;
                _mm512_storeu_ps(o, accumulate ? _mm512_add_ps(_mm512_loadu_ps(o), acc[j][t]) : acc[j][t]);
            }
    }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

// Dispatch on (bits, header), then: one token, two streams of slabs (an odd last slab
// alone); several tokens, blocks of up to TB tokens over one stream (each unpacked code
// vector serves TB tokens: 8 with AVX-512's 32 registers, 4 with AVX2's 16).
template <template <int, int, int, int, int> class K, int TB>
struct pk_dispatch {
    template <int B, int H, int SUB>
    static void run_bh(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt, float* out,
                       size_t os, bool acc) {
        if (nt == 1) {
            const int64_t h = n / 2;
            if (h) K<B, H, 1, 2, SUB>::run(f, ne0, w, h, a, out, os, acc);
            if (n % 2) {
                const size_t slab = (size_t)(ne0 / f.group) * pk_group_bytes(f);
                K<B, H, 1, 1, SUB>::run(f, ne0, w + (size_t)(n - 1) * slab, 1, a, out + (n - 1) * PK_ROWS, os, acc);
            }
            return;
        }
        for (int t = 0; t < nt; t += TB) {
            pk_act at = a;
            at.row = a.row + (size_t)t * a.stride;
            float* o = out + (size_t)t * os;
            switch (std::min(TB, nt - t)) {
            case 1: K<B, H, 1, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 2: K<B, H, 2, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 3: K<B, H, 3, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 4: K<B, H, 4, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 5: K<B, H, TB < 5 ? 1 : 5, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 6: K<B, H, TB < 6 ? 1 : 6, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            case 7: K<B, H, TB < 7 ? 1 : 7, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            default: K<B, H, TB < 8 ? 1 : 8, 1, SUB>::run(f, ne0, w, n, at, o, os, acc); break;
            }
        }
    }
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt, float* out,
                    size_t os, bool acc) {
        switch (f.bits * 4 + (int)f.hk) {
        case 4 * 4 + PK_H_D: return run_bh<4, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 4 * 4 + PK_H_DM: return run_bh<4, PK_H_DM, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 8 * 4 + PK_H_D: return run_bh<8, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 2 * 4 + PK_H_D: return run_bh<2, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 2 * 4 + PK_H_E8:
            if (f.group < 32) return run_bh<2, PK_H_E8, 16>(f, ne0, w, n, a, nt, out, os, acc);
            return run_bh<2, PK_H_E8, 32>(f, ne0, w, n, a, nt, out, os, acc);
        case 1 * 4 + PK_H_D: return run_bh<1, PK_H_D, 32>(f, ne0, w, n, a, nt, out, os, acc);
        default: QLM_ASSERT(!"packed format without a kernel");
        }
    }
};
template <int B, int H, int NT, int NS, int SUB>
struct pk_k_avx2 {
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out, size_t os,
                    bool acc) {
        pk_gemm_avx2_t<B, H, NT, NS, SUB>(f, ne0, w, n, a, out, os, acc);
    }
};
template <int B, int H, int NT, int NS, int SUB>
struct pk_k_avx512 {
    static void run(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, float* out, size_t os,
                    bool acc) {
        pk_gemm_avx512_t<B, H, NT, NS, SUB>(f, ne0, w, n, a, out, os, acc);
    }
};
inline void pk_gemm_avx2(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                         float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx2, 4>::run(f, ne0, w, n, a, nt, out, os, acc);
}
inline void pk_gemm_avx512(const pk_format& f, int64_t ne0, const uint8_t* w, int64_t n, const pk_act& a, int nt,
                           float* out, size_t os, bool acc) {
    pk_dispatch<pk_k_avx512, 8>::run(f, ne0, w, n, a, nt, out, os, acc);
}

inline void packed_kernels(kernel_table& t) {
    if (cpu().avx512vnni) {
        t.pk_gemm = pk_gemm_avx512;
        t.isa = "avx2+avx512vnni";
    } else {
        t.pk_gemm = pk_gemm_avx2;
    }
}

#else

inline void packed_kernels(kernel_table&) {}

#endif // QLM_HAS_AVX2

} // namespace qlm_detail
#endif // QLM_PACKED_H
// ==== [qlm:threads] persistent thread pool with a spinning barrier ======================
// A context owns one pool. A forward pass is one job: every thread runs the same
// function (SPMD, like an OpenMP parallel region) and meets the others at barriers
// between operations, so a token costs one wake-up instead of one per matrix.
// Workers spin briefly for the next job (tokens come back to back while generating),
// then sleep on a condition variable so an idle chat uses no CPU.
#ifndef QLM_THREADPOOL_H
#define QLM_THREADPOOL_H

#ifndef QLM_NO_THREADS
#include <condition_variable>
#include <mutex>
#include <thread>
#endif

namespace qlm_detail {

inline void cpu_relax() {
#if defined(QLMI_X86)
    _mm_pause();
#endif
}
inline void yield_now() {
#ifndef QLM_NO_THREADS
    std::this_thread::yield();
#endif
}

struct thread_pool {
    typedef void (*job_fn)(void* arg, int ith, int nth);

    int n = 1; // threads, the caller included

    bool start(int n_threads) {
#ifdef QLM_NO_THREADS
        (void)n_threads;
        n = 1;
        return true;
#else
        n = n_threads < 1 ? 1 : n_threads;
        try {
            for (int i = 1; i < n; i++) workers.emplace_back([this, i] { worker(i); });
        } catch (...) {
            n = 1 + (int)workers.size();
            return false;
        }
        return true;
#endif
    }

    void stop() {
#ifndef QLM_NO_THREADS
        {
            std::lock_guard<std::mutex> lk(mu);
            quit = true;
            generation.fetch_add(1, std::memory_order_release);
        }
        cv.notify_all();
        for (auto& t : workers) t.join();
        workers.clear();
#endif
        n = 1;
    }

    // Runs fn(arg, ith, n) on every thread (the caller is ith = 0) and returns when all
    // have finished.
    void run(job_fn fn, void* arg) {
        if (n == 1) {
            fn(arg, 0, 1);
            return;
        }
#ifndef QLM_NO_THREADS
        job = fn;
        job_arg = arg;
        pending.store(n - 1, std::memory_order_relaxed);
        {
            std::lock_guard<std::mutex> lk(mu);
            generation.fetch_add(1, std::memory_order_release);
        }
        cv.notify_all();
        fn(arg, 0, n);
        for (int spin = 0; pending.load(std::memory_order_acquire) != 0;) {
            if (spin < 4096) {
                cpu_relax();
                spin++;
            } else {
                yield_now();
            }
        }
#endif
    }

    // All n threads of the current job must call it the same number of times.
    void barrier() {
        if (n == 1) return;
        int phase = bar_phase.load(std::memory_order_acquire);
        if (bar_count.fetch_add(1, std::memory_order_acq_rel) == n - 1) {
            bar_count.store(0, std::memory_order_relaxed);
            bar_phase.fetch_add(1, std::memory_order_release);
        } else {
            // Spin (a barrier is usually met within microseconds), then yield: when the
            // machine has more runnable threads than cores, the thread being waited for
            // may need this core to get there.
            for (int spin = 0; bar_phase.load(std::memory_order_acquire) == phase;) {
                if (spin < 4096) {
                    cpu_relax();
                    spin++;
                } else {
                    yield_now();
                }
            }
        }
    }

    ~thread_pool() { stop(); }

private:
    std::atomic<int> bar_count{0};
    std::atomic<int> bar_phase{0};
#ifndef QLM_NO_THREADS
    std::vector<std::thread> workers;
    std::mutex mu;
    std::condition_variable cv;
    std::atomic<uint64_t> generation{0};
    std::atomic<int> pending{0};
    job_fn job = nullptr;
    void* job_arg = nullptr;
    bool quit = false;

    void worker(int ith) {
        uint64_t seen = 0;
        for (;;) {
            // Spin ~50-100 us for the next job, then sleep.
            uint64_t g = generation.load(std::memory_order_acquire);
            for (int spin = 0; g == seen && spin < 20000; spin++) {
                cpu_relax();
                g = generation.load(std::memory_order_acquire);
            }
            if (g == seen) {
                std::unique_lock<std::mutex> lk(mu);
                cv.wait(lk, [&] { return generation.load(std::memory_order_acquire) != seen; });
                g = generation.load(std::memory_order_acquire);
            }
            seen = g;
            {
                std::lock_guard<std::mutex> lk(mu);
                if (quit) return;
            }
            job(job_arg, ith, n);
            pending.fetch_sub(1, std::memory_order_acq_rel);
        }
    }
#endif
};

// The share [*a, *b) of n items that thread ith of nth works on.
inline void split_range(int64_t n, int ith, int nth, int64_t* a, int64_t* b) {
    int64_t per = (n + nth - 1) / nth;
    *a = std::min<int64_t>(n, per * ith);
    *b = std::min<int64_t>(n, *a + per);
}

} // namespace qlm_detail
#endif
// ==== [qlm:tokenizer] byte-level BPE and SentencePiece, from GGUF metadata ==============
// llama.cpp's tokenizer is the reference for behaviour (same ids for the same file and
// flags); the code here is our own. Pipeline of tokenize():
//   1. the input must be valid UTF-8;
//   2. special tokens are cut out of the text (longest token text first, as llama.cpp);
//   3. BPE: each remaining piece is split into words by the pre-tokenizer of
//      tokenizer.ggml.pre (hand-written versions of llama.cpp's regexes, Unicode classes
//      from unicode_tables.h), each word's bytes are mapped to GPT-2's byte-level
//      alphabet and merged by tokenizer.ggml.merges rank;
//      SPM: spaces become U+2581, pieces are merged by score, leftovers fall back to
//      <0xNN> byte tokens;
//   4. BOS/EOS when add_special and the vocab asks for them.
#ifndef QLM_TOKENIZER_H
#define QLM_TOKENIZER_H
// ==== [qlm:unicode] code point classes for the BPE pre-tokenizers ==================
// GENERATED by scripts/gen_unicode.py from Python's unicodedata (Unicode 14.0.0); do not edit.
#ifndef QLM_UNICODE_TABLES_H
#define QLM_UNICODE_TABLES_H
#include <cstdint>

namespace qlm_detail {

enum unicode_flag : uint8_t {
    UCD_LETTER = 1, // \p{L}
    UCD_NUMBER = 2, // \p{N}
    UCD_PUNCT = 4,  // \p{P}
    UCD_SPACE = 8,  // \s (White_Space)
};

// Flags of U+0000..U+007F.
static const uint8_t unicode_ascii_flags[128] = {
    0,0,0,0,0,0,0,0,0,8,8,8,8,8,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    8,4,4,4,0,4,4,4,4,4,4,0,4,4,4,4,2,2,2,2,2,2,2,2,2,2,4,4,0,0,0,4,
    4,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,4,4,0,4,
    0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,0,4,0,0,
};

// Runs: (first code point << 8) | flags, ascending; a run lasts until the next one.
static const uint32_t unicode_runs[1768] = {
    0x0, 0x908, 0xe00, 0x2008, 0x2104, 0x2400, 0x2504, 0x2b00, 0x2c04, 0x3002, 0x3a04, 0x3c00,
    0x3f04, 0x4101, 0x5b04, 0x5e00, 0x5f04, 0x6000, 0x6101, 0x7b04, 0x7c00, 0x7d04, 0x7e00,
    0x8508, 0x8600, 0xa008, 0xa104, 0xa200, 0xa704, 0xa800, 0xaa01, 0xab04, 0xac00, 0xb202,
    0xb400, 0xb501, 0xb604, 0xb800, 0xb902, 0xba01, 0xbb04, 0xbc02, 0xbf04, 0xc001, 0xd700,
    0xd801, 0xf700, 0xf801, 0x2c200, 0x2c601, 0x2d200, 0x2e001, 0x2e500, 0x2ec01, 0x2ed00,
    0x2ee01, 0x2ef00, 0x37001, 0x37500, 0x37601, 0x37800, 0x37a01, 0x37e04, 0x37f01, 0x38000,
    0x38601, 0x38704, 0x38801, 0x38b00, 0x38c01, 0x38d00, 0x38e01, 0x3a200, 0x3a301, 0x3f600,
    0x3f701, 0x48200, 0x48a01, 0x53000, 0x53101, 0x55700, 0x55901, 0x55a04, 0x56001, 0x58904,
    0x58b00, 0x5be04, 0x5bf00, 0x5c004, 0x5c100, 0x5c304, 0x5c400, 0x5c604, 0x5c700, 0x5d001,
    0x5eb00, 0x5ef01, 0x5f304, 0x5f500, 0x60904, 0x60b00, 0x60c04, 0x60e00, 0x61b04, 0x61c00,
    0x61d04, 0x62001, 0x64b00, 0x66002, 0x66a04, 0x66e01, 0x67000, 0x67101, 0x6d404, 0x6d501,
    0x6d600, 0x6e501, 0x6e700, 0x6ee01, 0x6f002, 0x6fa01, 0x6fd00, 0x6ff01, 0x70004, 0x70e00,
    0x71001, 0x71100, 0x71201, 0x73000, 0x74d01, 0x7a600, 0x7b101, 0x7b200, 0x7c002, 0x7ca01,
    0x7eb00, 0x7f401, 0x7f600, 0x7f704, 0x7fa01, 0x7fb00, 0x80001, 0x81600, 0x81a01, 0x81b00,
    0x82401, 0x82500, 0x82801, 0x82900, 0x83004, 0x83f00, 0x84001, 0x85900, 0x85e04, 0x85f00,
    0x86001, 0x86b00, 0x87001, 0x88800, 0x88901, 0x88f00, 0x8a001, 0x8ca00, 0x90401, 0x93a00,
    0x93d01, 0x93e00, 0x95001, 0x95100, 0x95801, 0x96200, 0x96404, 0x96602, 0x97004, 0x97101,
    0x98100, 0x98501, 0x98d00, 0x98f01, 0x99100, 0x99301, 0x9a900, 0x9aa01, 0x9b100, 0x9b201,
    0x9b300, 0x9b601, 0x9ba00, 0x9bd01, 0x9be00, 0x9ce01, 0x9cf00, 0x9dc01, 0x9de00, 0x9df01,
    0x9e200, 0x9e602, 0x9f001, 0x9f200, 0x9f402, 0x9fa00, 0x9fc01, 0x9fd04, 0x9fe00, 0xa0501,
    0xa0b00, 0xa0f01, 0xa1100, 0xa1301, 0xa2900, 0xa2a01, 0xa3100, 0xa3201, 0xa3400, 0xa3501,
    0xa3700, 0xa3801, 0xa3a00, 0xa5901, 0xa5d00, 0xa5e01, 0xa5f00, 0xa6602, 0xa7000, 0xa7201,
    0xa7500, 0xa7604, 0xa7700, 0xa8501, 0xa8e00, 0xa8f01, 0xa9200, 0xa9301, 0xaa900, 0xaaa01,
    0xab100, 0xab201, 0xab400, 0xab501, 0xaba00, 0xabd01, 0xabe00, 0xad001, 0xad100, 0xae001,
    0xae200, 0xae602, 0xaf004, 0xaf100, 0xaf901, 0xafa00, 0xb0501, 0xb0d00, 0xb0f01, 0xb1100,
    0xb1301, 0xb2900, 0xb2a01, 0xb3100, 0xb3201, 0xb3400, 0xb3501, 0xb3a00, 0xb3d01, 0xb3e00,
    0xb5c01, 0xb5e00, 0xb5f01, 0xb6200, 0xb6602, 0xb7000, 0xb7101, 0xb7202, 0xb7800, 0xb8301,
    0xb8400, 0xb8501, 0xb8b00, 0xb8e01, 0xb9100, 0xb9201, 0xb9600, 0xb9901, 0xb9b00, 0xb9c01,
    0xb9d00, 0xb9e01, 0xba000, 0xba301, 0xba500, 0xba801, 0xbab00, 0xbae01, 0xbba00, 0xbd001,
    0xbd100, 0xbe602, 0xbf300, 0xc0501, 0xc0d00, 0xc0e01, 0xc1100, 0xc1201, 0xc2900, 0xc2a01,
    0xc3a00, 0xc3d01, 0xc3e00, 0xc5801, 0xc5b00, 0xc5d01, 0xc5e00, 0xc6001, 0xc6200, 0xc6602,
    0xc7000, 0xc7704, 0xc7802, 0xc7f00, 0xc8001, 0xc8100, 0xc8404, 0xc8501, 0xc8d00, 0xc8e01,
    0xc9100, 0xc9201, 0xca900, 0xcaa01, 0xcb400, 0xcb501, 0xcba00, 0xcbd01, 0xcbe00, 0xcdd01,
    0xcdf00, 0xce001, 0xce200, 0xce602, 0xcf000, 0xcf101, 0xcf300, 0xd0401, 0xd0d00, 0xd0e01,
    0xd1100, 0xd1201, 0xd3b00, 0xd3d01, 0xd3e00, 0xd4e01, 0xd4f00, 0xd5401, 0xd5700, 0xd5802,
    0xd5f01, 0xd6200, 0xd6602, 0xd7900, 0xd7a01, 0xd8000, 0xd8501, 0xd9700, 0xd9a01, 0xdb200,
    0xdb301, 0xdbc00, 0xdbd01, 0xdbe00, 0xdc001, 0xdc700, 0xde602, 0xdf000, 0xdf404, 0xdf500,
    0xe0101, 0xe3100, 0xe3201, 0xe3400, 0xe4001, 0xe4700, 0xe4f04, 0xe5002, 0xe5a04, 0xe5c00,
    0xe8101, 0xe8300, 0xe8401, 0xe8500, 0xe8601, 0xe8b00, 0xe8c01, 0xea400, 0xea501, 0xea600,
    0xea701, 0xeb100, 0xeb201, 0xeb400, 0xebd01, 0xebe00, 0xec001, 0xec500, 0xec601, 0xec700,
    0xed002, 0xeda00, 0xedc01, 0xee000, 0xf0001, 0xf0100, 0xf0404, 0xf1300, 0xf1404, 0xf1500,
    0xf2002, 0xf3400, 0xf3a04, 0xf3e00, 0xf4001, 0xf4800, 0xf4901, 0xf6d00, 0xf8504, 0xf8600,
    0xf8801, 0xf8d00, 0xfd004, 0xfd500, 0xfd904, 0xfdb00, 0x100001, 0x102b00, 0x103f01,
    0x104002, 0x104a04, 0x105001, 0x105600, 0x105a01, 0x105e00, 0x106101, 0x106200, 0x106501,
    0x106700, 0x106e01, 0x107100, 0x107501, 0x108200, 0x108e01, 0x108f00, 0x109002, 0x109a00,
    0x10a001, 0x10c600, 0x10c701, 0x10c800, 0x10cd01, 0x10ce00, 0x10d001, 0x10fb04, 0x10fc01,
    0x124900, 0x124a01, 0x124e00, 0x125001, 0x125700, 0x125801, 0x125900, 0x125a01, 0x125e00,
    0x126001, 0x128900, 0x128a01, 0x128e00, 0x129001, 0x12b100, 0x12b201, 0x12b600, 0x12b801,
    0x12bf00, 0x12c001, 0x12c100, 0x12c201, 0x12c600, 0x12c801, 0x12d700, 0x12d801, 0x131100,
    0x131201, 0x131600, 0x131801, 0x135b00, 0x136004, 0x136902, 0x137d00, 0x138001, 0x139000,
    0x13a001, 0x13f600, 0x13f801, 0x13fe00, 0x140004, 0x140101, 0x166d00, 0x166e04, 0x166f01,
    0x168008, 0x168101, 0x169b04, 0x169d00, 0x16a001, 0x16eb04, 0x16ee02, 0x16f101, 0x16f900,
    0x170001, 0x171200, 0x171f01, 0x173200, 0x173504, 0x173700, 0x174001, 0x175200, 0x176001,
    0x176d00, 0x176e01, 0x177100, 0x178001, 0x17b400, 0x17d404, 0x17d701, 0x17d804, 0x17db00,
    0x17dc01, 0x17dd00, 0x17e002, 0x17ea00, 0x17f002, 0x17fa00, 0x180004, 0x180b00, 0x181002,
    0x181a00, 0x182001, 0x187900, 0x188001, 0x188500, 0x188701, 0x18a900, 0x18aa01, 0x18ab00,
    0x18b001, 0x18f600, 0x190001, 0x191f00, 0x194404, 0x194602, 0x195001, 0x196e00, 0x197001,
    0x197500, 0x198001, 0x19ac00, 0x19b001, 0x19ca00, 0x19d002, 0x19db00, 0x1a0001, 0x1a1700,
    0x1a1e04, 0x1a2001, 0x1a5500, 0x1a8002, 0x1a8a00, 0x1a9002, 0x1a9a00, 0x1aa004, 0x1aa701,
    0x1aa804, 0x1aae00, 0x1b0501, 0x1b3400, 0x1b4501, 0x1b4d00, 0x1b5002, 0x1b5a04, 0x1b6100,
    0x1b7d04, 0x1b7f00, 0x1b8301, 0x1ba100, 0x1bae01, 0x1bb002, 0x1bba01, 0x1be600, 0x1bfc04,
    0x1c0001, 0x1c2400, 0x1c3b04, 0x1c4002, 0x1c4a00, 0x1c4d01, 0x1c5002, 0x1c5a01, 0x1c7e04,
    0x1c8001, 0x1c8900, 0x1c9001, 0x1cbb00, 0x1cbd01, 0x1cc004, 0x1cc800, 0x1cd304, 0x1cd400,
    0x1ce901, 0x1ced00, 0x1cee01, 0x1cf400, 0x1cf501, 0x1cf700, 0x1cfa01, 0x1cfb00, 0x1d0001,
    0x1dc000, 0x1e0001, 0x1f1600, 0x1f1801, 0x1f1e00, 0x1f2001, 0x1f4600, 0x1f4801, 0x1f4e00,
    0x1f5001, 0x1f5800, 0x1f5901, 0x1f5a00, 0x1f5b01, 0x1f5c00, 0x1f5d01, 0x1f5e00, 0x1f5f01,
    0x1f7e00, 0x1f8001, 0x1fb500, 0x1fb601, 0x1fbd00, 0x1fbe01, 0x1fbf00, 0x1fc201, 0x1fc500,
    0x1fc601, 0x1fcd00, 0x1fd001, 0x1fd400, 0x1fd601, 0x1fdc00, 0x1fe001, 0x1fed00, 0x1ff201,
    0x1ff500, 0x1ff601, 0x1ffd00, 0x200008, 0x200b00, 0x201004, 0x202808, 0x202a00, 0x202f08,
    0x203004, 0x204400, 0x204504, 0x205200, 0x205304, 0x205f08, 0x206000, 0x207002, 0x207101,
    0x207200, 0x207402, 0x207a00, 0x207d04, 0x207f01, 0x208002, 0x208a00, 0x208d04, 0x208f00,
    0x209001, 0x209d00, 0x210201, 0x210300, 0x210701, 0x210800, 0x210a01, 0x211400, 0x211501,
    0x211600, 0x211901, 0x211e00, 0x212401, 0x212500, 0x212601, 0x212700, 0x212801, 0x212900,
    0x212a01, 0x212e00, 0x212f01, 0x213a00, 0x213c01, 0x214000, 0x214501, 0x214a00, 0x214e01,
    0x214f00, 0x215002, 0x218301, 0x218502, 0x218a00, 0x230804, 0x230c00, 0x232904, 0x232b00,
    0x246002, 0x249c00, 0x24ea02, 0x250000, 0x276804, 0x277602, 0x279400, 0x27c504, 0x27c700,
    0x27e604, 0x27f000, 0x298304, 0x299900, 0x29d804, 0x29dc00, 0x29fc04, 0x29fe00, 0x2c0001,
    0x2ce500, 0x2ceb01, 0x2cef00, 0x2cf201, 0x2cf400, 0x2cf904, 0x2cfd02, 0x2cfe04, 0x2d0001,
    0x2d2600, 0x2d2701, 0x2d2800, 0x2d2d01, 0x2d2e00, 0x2d3001, 0x2d6800, 0x2d6f01, 0x2d7004,
    0x2d7100, 0x2d8001, 0x2d9700, 0x2da001, 0x2da700, 0x2da801, 0x2daf00, 0x2db001, 0x2db700,
    0x2db801, 0x2dbf00, 0x2dc001, 0x2dc700, 0x2dc801, 0x2dcf00, 0x2dd001, 0x2dd700, 0x2dd801,
    0x2ddf00, 0x2e0004, 0x2e2f01, 0x2e3004, 0x2e5000, 0x2e5204, 0x2e5e00, 0x300008, 0x300104,
    0x300400, 0x300501, 0x300702, 0x300804, 0x301200, 0x301404, 0x302000, 0x302102, 0x302a00,
    0x303004, 0x303101, 0x303600, 0x303802, 0x303b01, 0x303d04, 0x303e00, 0x304101, 0x309700,
    0x309d01, 0x30a004, 0x30a101, 0x30fb04, 0x30fc01, 0x310000, 0x310501, 0x313000, 0x313101,
    0x318f00, 0x319202, 0x319600, 0x31a001, 0x31c000, 0x31f001, 0x320000, 0x322002, 0x322a00,
    0x324802, 0x325000, 0x325102, 0x326000, 0x328002, 0x328a00, 0x32b102, 0x32c000, 0x340001,
    0x4dc000, 0x4e0001, 0xa48d00, 0xa4d001, 0xa4fe04, 0xa50001, 0xa60d04, 0xa61001, 0xa62002,
    0xa62a01, 0xa62c00, 0xa64001, 0xa66f00, 0xa67304, 0xa67400, 0xa67e04, 0xa67f01, 0xa69e00,
    0xa6a001, 0xa6e602, 0xa6f000, 0xa6f204, 0xa6f800, 0xa71701, 0xa72000, 0xa72201, 0xa78900,
    0xa78b01, 0xa7cb00, 0xa7d001, 0xa7d200, 0xa7d301, 0xa7d400, 0xa7d501, 0xa7da00, 0xa7f201,
    0xa80200, 0xa80301, 0xa80600, 0xa80701, 0xa80b00, 0xa80c01, 0xa82300, 0xa83002, 0xa83600,
    0xa84001, 0xa87404, 0xa87800, 0xa88201, 0xa8b400, 0xa8ce04, 0xa8d002, 0xa8da00, 0xa8f201,
    0xa8f804, 0xa8fb01, 0xa8fc04, 0xa8fd01, 0xa8ff00, 0xa90002, 0xa90a01, 0xa92600, 0xa92e04,
    0xa93001, 0xa94700, 0xa95f04, 0xa96001, 0xa97d00, 0xa98401, 0xa9b300, 0xa9c104, 0xa9ce00,
    0xa9cf01, 0xa9d002, 0xa9da00, 0xa9de04, 0xa9e001, 0xa9e500, 0xa9e601, 0xa9f002, 0xa9fa01,
    0xa9ff00, 0xaa0001, 0xaa2900, 0xaa4001, 0xaa4300, 0xaa4401, 0xaa4c00, 0xaa5002, 0xaa5a00,
    0xaa5c04, 0xaa6001, 0xaa7700, 0xaa7a01, 0xaa7b00, 0xaa7e01, 0xaab000, 0xaab101, 0xaab200,
    0xaab501, 0xaab700, 0xaab901, 0xaabe00, 0xaac001, 0xaac100, 0xaac201, 0xaac300, 0xaadb01,
    0xaade04, 0xaae001, 0xaaeb00, 0xaaf004, 0xaaf201, 0xaaf500, 0xab0101, 0xab0700, 0xab0901,
    0xab0f00, 0xab1101, 0xab1700, 0xab2001, 0xab2700, 0xab2801, 0xab2f00, 0xab3001, 0xab5b00,
    0xab5c01, 0xab6a00, 0xab7001, 0xabe300, 0xabeb04, 0xabec00, 0xabf002, 0xabfa00, 0xac0001,
    0xd7a400, 0xd7b001, 0xd7c700, 0xd7cb01, 0xd7fc00, 0xf90001, 0xfa6e00, 0xfa7001, 0xfada00,
    0xfb0001, 0xfb0700, 0xfb1301, 0xfb1800, 0xfb1d01, 0xfb1e00, 0xfb1f01, 0xfb2900, 0xfb2a01,
    0xfb3700, 0xfb3801, 0xfb3d00, 0xfb3e01, 0xfb3f00, 0xfb4001, 0xfb4200, 0xfb4301, 0xfb4500,
    0xfb4601, 0xfbb200, 0xfbd301, 0xfd3e04, 0xfd4000, 0xfd5001, 0xfd9000, 0xfd9201, 0xfdc800,
    0xfdf001, 0xfdfc00, 0xfe1004, 0xfe1a00, 0xfe3004, 0xfe5300, 0xfe5404, 0xfe6200, 0xfe6304,
    0xfe6400, 0xfe6804, 0xfe6900, 0xfe6a04, 0xfe6c00, 0xfe7001, 0xfe7500, 0xfe7601, 0xfefd00,
    0xff0104, 0xff0400, 0xff0504, 0xff0b00, 0xff0c04, 0xff1002, 0xff1a04, 0xff1c00, 0xff1f04,
    0xff2101, 0xff3b04, 0xff3e00, 0xff3f04, 0xff4000, 0xff4101, 0xff5b04, 0xff5c00, 0xff5d04,
    0xff5e00, 0xff5f04, 0xff6601, 0xffbf00, 0xffc201, 0xffc800, 0xffca01, 0xffd000, 0xffd201,
    0xffd800, 0xffda01, 0xffdd00, 0x1000001, 0x1000c00, 0x1000d01, 0x1002700, 0x1002801,
    0x1003b00, 0x1003c01, 0x1003e00, 0x1003f01, 0x1004e00, 0x1005001, 0x1005e00, 0x1008001,
    0x100fb00, 0x1010004, 0x1010300, 0x1010702, 0x1013400, 0x1014002, 0x1017900, 0x1018a02,
    0x1018c00, 0x1028001, 0x1029d00, 0x102a001, 0x102d100, 0x102e102, 0x102fc00, 0x1030001,
    0x1032002, 0x1032400, 0x1032d01, 0x1034102, 0x1034201, 0x1034a02, 0x1034b00, 0x1035001,
    0x1037600, 0x1038001, 0x1039e00, 0x1039f04, 0x103a001, 0x103c400, 0x103c801, 0x103d004,
    0x103d102, 0x103d600, 0x1040001, 0x1049e00, 0x104a002, 0x104aa00, 0x104b001, 0x104d400,
    0x104d801, 0x104fc00, 0x1050001, 0x1052800, 0x1053001, 0x1056400, 0x1056f04, 0x1057001,
    0x1057b00, 0x1057c01, 0x1058b00, 0x1058c01, 0x1059300, 0x1059401, 0x1059600, 0x1059701,
    0x105a200, 0x105a301, 0x105b200, 0x105b301, 0x105ba00, 0x105bb01, 0x105bd00, 0x1060001,
    0x1073700, 0x1074001, 0x1075600, 0x1076001, 0x1076800, 0x1078001, 0x1078600, 0x1078701,
    0x107b100, 0x107b201, 0x107bb00, 0x1080001, 0x1080600, 0x1080801, 0x1080900, 0x1080a01,
    0x1083600, 0x1083701, 0x1083900, 0x1083c01, 0x1083d00, 0x1083f01, 0x1085600, 0x1085704,
    0x1085802, 0x1086001, 0x1087700, 0x1087902, 0x1088001, 0x1089f00, 0x108a702, 0x108b000,
    0x108e001, 0x108f300, 0x108f401, 0x108f600, 0x108fb02, 0x1090001, 0x1091602, 0x1091c00,
    0x1091f04, 0x1092001, 0x1093a00, 0x1093f04, 0x1094000, 0x1098001, 0x109b800, 0x109bc02,
    0x109be01, 0x109c002, 0x109d000, 0x109d202, 0x10a0001, 0x10a0100, 0x10a1001, 0x10a1400,
    0x10a1501, 0x10a1800, 0x10a1901, 0x10a3600, 0x10a4002, 0x10a4900, 0x10a5004, 0x10a5900,
    0x10a6001, 0x10a7d02, 0x10a7f04, 0x10a8001, 0x10a9d02, 0x10aa000, 0x10ac001, 0x10ac800,
    0x10ac901, 0x10ae500, 0x10aeb02, 0x10af004, 0x10af700, 0x10b0001, 0x10b3600, 0x10b3904,
    0x10b4001, 0x10b5600, 0x10b5802, 0x10b6001, 0x10b7300, 0x10b7802, 0x10b8001, 0x10b9200,
    0x10b9904, 0x10b9d00, 0x10ba902, 0x10bb000, 0x10c0001, 0x10c4900, 0x10c8001, 0x10cb300,
    0x10cc001, 0x10cf300, 0x10cfa02, 0x10d0001, 0x10d2400, 0x10d3002, 0x10d3a00, 0x10e6002,
    0x10e7f00, 0x10e8001, 0x10eaa00, 0x10ead04, 0x10eae00, 0x10eb001, 0x10eb200, 0x10f0001,
    0x10f1d02, 0x10f2701, 0x10f2800, 0x10f3001, 0x10f4600, 0x10f5102, 0x10f5504, 0x10f5a00,
    0x10f7001, 0x10f8200, 0x10f8604, 0x10f8a00, 0x10fb001, 0x10fc502, 0x10fcc00, 0x10fe001,
    0x10ff700, 0x1100301, 0x1103800, 0x1104704, 0x1104e00, 0x1105202, 0x1107000, 0x1107101,
    0x1107300, 0x1107501, 0x1107600, 0x1108301, 0x110b000, 0x110bb04, 0x110bd00, 0x110be04,
    0x110c200, 0x110d001, 0x110e900, 0x110f002, 0x110fa00, 0x1110301, 0x1112700, 0x1113602,
    0x1114004, 0x1114401, 0x1114500, 0x1114701, 0x1114800, 0x1115001, 0x1117300, 0x1117404,
    0x1117601, 0x1117700, 0x1118301, 0x111b300, 0x111c101, 0x111c504, 0x111c900, 0x111cd04,
    0x111ce00, 0x111d002, 0x111da01, 0x111db04, 0x111dc01, 0x111dd04, 0x111e000, 0x111e102,
    0x111f500, 0x1120001, 0x1121200, 0x1121301, 0x1122c00, 0x1123804, 0x1123e00, 0x1128001,
    0x1128700, 0x1128801, 0x1128900, 0x1128a01, 0x1128e00, 0x1128f01, 0x1129e00, 0x1129f01,
    0x112a904, 0x112aa00, 0x112b001, 0x112df00, 0x112f002, 0x112fa00, 0x1130501, 0x1130d00,
    0x1130f01, 0x1131100, 0x1131301, 0x1132900, 0x1132a01, 0x1133100, 0x1133201, 0x1133400,
    0x1133501, 0x1133a00, 0x1133d01, 0x1133e00, 0x1135001, 0x1135100, 0x1135d01, 0x1136200,
    0x1140001, 0x1143500, 0x1144701, 0x1144b04, 0x1145002, 0x1145a04, 0x1145c00, 0x1145d04,
    0x1145e00, 0x1145f01, 0x1146200, 0x1148001, 0x114b000, 0x114c401, 0x114c604, 0x114c701,
    0x114c800, 0x114d002, 0x114da00, 0x1158001, 0x115af00, 0x115c104, 0x115d801, 0x115dc00,
    0x1160001, 0x1163000, 0x1164104, 0x1164401, 0x1164500, 0x1165002, 0x1165a00, 0x1166004,
    0x1166d00, 0x1168001, 0x116ab00, 0x116b801, 0x116b904, 0x116ba00, 0x116c002, 0x116ca00,
    0x1170001, 0x1171b00, 0x1173002, 0x1173c04, 0x1173f00, 0x1174001, 0x1174700, 0x1180001,
    0x1182c00, 0x1183b04, 0x1183c00, 0x118a001, 0x118e002, 0x118f300, 0x118ff01, 0x1190700,
    0x1190901, 0x1190a00, 0x1190c01, 0x1191400, 0x1191501, 0x1191700, 0x1191801, 0x1193000,
    0x1193f01, 0x1194000, 0x1194101, 0x1194200, 0x1194404, 0x1194700, 0x1195002, 0x1195a00,
    0x119a001, 0x119a800, 0x119aa01, 0x119d100, 0x119e101, 0x119e204, 0x119e301, 0x119e400,
    0x11a0001, 0x11a0100, 0x11a0b01, 0x11a3300, 0x11a3a01, 0x11a3b00, 0x11a3f04, 0x11a4700,
    0x11a5001, 0x11a5100, 0x11a5c01, 0x11a8a00, 0x11a9a04, 0x11a9d01, 0x11a9e04, 0x11aa300,
    0x11ab001, 0x11af900, 0x11c0001, 0x11c0900, 0x11c0a01, 0x11c2f00, 0x11c4001, 0x11c4104,
    0x11c4600, 0x11c5002, 0x11c6d00, 0x11c7004, 0x11c7201, 0x11c9000, 0x11d0001, 0x11d0700,
    0x11d0801, 0x11d0a00, 0x11d0b01, 0x11d3100, 0x11d4601, 0x11d4700, 0x11d5002, 0x11d5a00,
    0x11d6001, 0x11d6600, 0x11d6701, 0x11d6900, 0x11d6a01, 0x11d8a00, 0x11d9801, 0x11d9900,
    0x11da002, 0x11daa00, 0x11ee001, 0x11ef300, 0x11ef704, 0x11ef900, 0x11fb001, 0x11fb100,
    0x11fc002, 0x11fd500, 0x11fff04, 0x1200001, 0x1239a00, 0x1240002, 0x1246f00, 0x1247004,
    0x1247500, 0x1248001, 0x1254400, 0x12f9001, 0x12ff104, 0x12ff300, 0x1300001, 0x1342f00,
    0x1440001, 0x1464700, 0x1680001, 0x16a3900, 0x16a4001, 0x16a5f00, 0x16a6002, 0x16a6a00,
    0x16a6e04, 0x16a7001, 0x16abf00, 0x16ac002, 0x16aca00, 0x16ad001, 0x16aee00, 0x16af504,
    0x16af600, 0x16b0001, 0x16b3000, 0x16b3704, 0x16b3c00, 0x16b4001, 0x16b4404, 0x16b4500,
    0x16b5002, 0x16b5a00, 0x16b5b02, 0x16b6200, 0x16b6301, 0x16b7800, 0x16b7d01, 0x16b9000,
    0x16e4001, 0x16e8002, 0x16e9704, 0x16e9b00, 0x16f0001, 0x16f4b00, 0x16f5001, 0x16f5100,
    0x16f9301, 0x16fa000, 0x16fe001, 0x16fe204, 0x16fe301, 0x16fe400, 0x1700001, 0x187f800,
    0x1880001, 0x18cd600, 0x18d0001, 0x18d0900, 0x1aff001, 0x1aff400, 0x1aff501, 0x1affc00,
    0x1affd01, 0x1afff00, 0x1b00001, 0x1b12300, 0x1b15001, 0x1b15300, 0x1b16401, 0x1b16800,
    0x1b17001, 0x1b2fc00, 0x1bc0001, 0x1bc6b00, 0x1bc7001, 0x1bc7d00, 0x1bc8001, 0x1bc8900,
    0x1bc9001, 0x1bc9a00, 0x1bc9f04, 0x1bca000, 0x1d2e002, 0x1d2f400, 0x1d36002, 0x1d37900,
    0x1d40001, 0x1d45500, 0x1d45601, 0x1d49d00, 0x1d49e01, 0x1d4a000, 0x1d4a201, 0x1d4a300,
    0x1d4a501, 0x1d4a700, 0x1d4a901, 0x1d4ad00, 0x1d4ae01, 0x1d4ba00, 0x1d4bb01, 0x1d4bc00,
    0x1d4bd01, 0x1d4c400, 0x1d4c501, 0x1d50600, 0x1d50701, 0x1d50b00, 0x1d50d01, 0x1d51500,
    0x1d51601, 0x1d51d00, 0x1d51e01, 0x1d53a00, 0x1d53b01, 0x1d53f00, 0x1d54001, 0x1d54500,
    0x1d54601, 0x1d54700, 0x1d54a01, 0x1d55100, 0x1d55201, 0x1d6a600, 0x1d6a801, 0x1d6c100,
    0x1d6c201, 0x1d6db00, 0x1d6dc01, 0x1d6fb00, 0x1d6fc01, 0x1d71500, 0x1d71601, 0x1d73500,
    0x1d73601, 0x1d74f00, 0x1d75001, 0x1d76f00, 0x1d77001, 0x1d78900, 0x1d78a01, 0x1d7a900,
    0x1d7aa01, 0x1d7c300, 0x1d7c401, 0x1d7cc00, 0x1d7ce02, 0x1d80000, 0x1da8704, 0x1da8c00,
    0x1df0001, 0x1df1f00, 0x1e10001, 0x1e12d00, 0x1e13701, 0x1e13e00, 0x1e14002, 0x1e14a00,
    0x1e14e01, 0x1e14f00, 0x1e29001, 0x1e2ae00, 0x1e2c001, 0x1e2ec00, 0x1e2f002, 0x1e2fa00,
    0x1e7e001, 0x1e7e700, 0x1e7e801, 0x1e7ec00, 0x1e7ed01, 0x1e7ef00, 0x1e7f001, 0x1e7ff00,
    0x1e80001, 0x1e8c500, 0x1e8c702, 0x1e8d000, 0x1e90001, 0x1e94400, 0x1e94b01, 0x1e94c00,
    0x1e95002, 0x1e95a00, 0x1e95e04, 0x1e96000, 0x1ec7102, 0x1ecac00, 0x1ecad02, 0x1ecb000,
    0x1ecb102, 0x1ecb500, 0x1ed0102, 0x1ed2e00, 0x1ed2f02, 0x1ed3e00, 0x1ee0001, 0x1ee0400,
    0x1ee0501, 0x1ee2000, 0x1ee2101, 0x1ee2300, 0x1ee2401, 0x1ee2500, 0x1ee2701, 0x1ee2800,
    0x1ee2901, 0x1ee3300, 0x1ee3401, 0x1ee3800, 0x1ee3901, 0x1ee3a00, 0x1ee3b01, 0x1ee3c00,
    0x1ee4201, 0x1ee4300, 0x1ee4701, 0x1ee4800, 0x1ee4901, 0x1ee4a00, 0x1ee4b01, 0x1ee4c00,
    0x1ee4d01, 0x1ee5000, 0x1ee5101, 0x1ee5300, 0x1ee5401, 0x1ee5500, 0x1ee5701, 0x1ee5800,
    0x1ee5901, 0x1ee5a00, 0x1ee5b01, 0x1ee5c00, 0x1ee5d01, 0x1ee5e00, 0x1ee5f01, 0x1ee6000,
    0x1ee6101, 0x1ee6300, 0x1ee6401, 0x1ee6500, 0x1ee6701, 0x1ee6b00, 0x1ee6c01, 0x1ee7300,
    0x1ee7401, 0x1ee7800, 0x1ee7901, 0x1ee7d00, 0x1ee7e01, 0x1ee7f00, 0x1ee8001, 0x1ee8a00,
    0x1ee8b01, 0x1ee9c00, 0x1eea101, 0x1eea400, 0x1eea501, 0x1eeaa00, 0x1eeab01, 0x1eebc00,
    0x1f10002, 0x1f10d00, 0x1fbf002, 0x1fbfa00, 0x2000001, 0x2a6e000, 0x2a70001, 0x2b73900,
    0x2b74001, 0x2b81e00, 0x2b82001, 0x2cea200, 0x2ceb001, 0x2ebe100, 0x2f80001, 0x2fa1e00,
    0x3000001, 0x3134b00,
};

} // namespace qlm_detail
#endif

#include <queue>
#include <string_view>
#include <unordered_map>

namespace qlm_detail {

enum vocab_kind { VOCAB_BPE, VOCAB_SPM };
// Pre-tokenizer (split) rules of byte-level BPE, from tokenizer.ggml.pre. PRE_DEFAULT is
// llama.cpp's fallback for "default" or a missing key.
enum pretok_kind { PRE_GPT2, PRE_LLAMA3, PRE_QWEN2, PRE_SMOLLM, PRE_DEFAULT };
// tokenizer.ggml.token_type values.
enum token_attr { TOK_NORMAL = 1, TOK_UNKNOWN = 2, TOK_CONTROL = 3, TOK_USER = 4, TOK_UNUSED = 5, TOK_BYTE = 6 };

struct vocab {
    vocab_kind kind = VOCAB_BPE;
    pretok_kind pre = PRE_GPT2;
    std::vector<std::string> tokens; // as stored (BPE: byte-level unicode form; SPM: ▁ for space)
    std::vector<float> scores;       // SPM merge priorities
    std::vector<int32_t> types;      // token_attr per token
    int32_t bos = -1, eos = -1, eot = -1, eom = -1, unk = -1, pad = -1, nl = -1;
    bool add_bos = false, add_eos = false, add_space_prefix = false;
    std::vector<int32_t> eog; // end-of-generation tokens (eos, eot, <|im_end|>, <end_of_turn>, ...)

    // ---- lookups, built by vocab_finish() ----
    bool ignore_merges = false; // BPE (llama3): a word that is a whole token skips merging
    std::unordered_map<std::string, int32_t> token_id;   // text -> id (the last id wins)
    std::unordered_map<std::string, int32_t> merge_rank; // "left right" -> rank (first wins)
    std::vector<int32_t> special; // control, user-defined, unknown ids; longest text first
    int32_t byte_token[256] = {}; // SPM: byte -> <0xNN> token (or the 1-byte token), -1
    std::string byte_text[256];   // BPE: byte -> its byte-level character (UTF-8)
    int16_t text_byte[324] = {};  // BPE: byte-level code point (< 324) -> byte, -1
};

// Reads tokenizer.ggml.* keys. Unknown tokenizer.ggml.model or .pre -> QLM_ERR_UNSUPPORTED
// with a message naming the value.
qlm_result vocab_load(const gguf_file& f, vocab* v, const logger* log, qlm_error* err);

// Builds the lookups (token_id, special, byte maps, eog, eot when unset) from tokens,
// types and the ids. vocab_load calls it; an in-memory vocab (tests) calls it after
// filling the fields. Tokens whose text says end-of-turn ("<|im_end|>", ...) become
// control tokens, as in llama.cpp. BPE merges are added before with vocab_add_merge.
void vocab_finish(vocab* v);
// Adds one merge "left right" (split at the first space after the first byte) with the
// next rank; a pair seen before keeps its first rank.
void vocab_add_merge(vocab* v, const char* s, size_t n);

// Tokenizes UTF-8 text (invalid UTF-8 -> QLM_ERR_TOKENIZE). add_special: BOS/EOS as the
// vocab says. parse_special: control/user-defined token texts in the input become those
// tokens. Matches llama.cpp's llama_tokenize for the same file and flags; as there,
// user-defined tokens are matched even without parse_special. Thread-safe (const vocab).
qlm_result tokenize(const vocab& v, const char* text, size_t len, bool add_special,
                    bool parse_special, std::vector<int32_t>* out, qlm_error* err);

// The raw bytes a token stands for (BPE: byte-level decoded; SPM: ▁ -> ' ', <0xNN> ->
// byte). Control tokens give "" unless render_special. Empty for invalid ids.
std::string token_bytes(const vocab& v, int32_t id, bool render_special);

bool token_is_eog(const vocab& v, int32_t id);

// Streams bytes out in whole UTF-8 characters: push() returns the prefix that is complete
// and keeps an incomplete tail (at most 3 bytes) for the next call. Invalid sequences
// are replaced with U+FFFD rather than held forever.
struct utf8_stream {
    std::string pending;
    std::string push(const std::string& bytes);
    std::string flush(); // whatever is left, invalid tails replaced with U+FFFD
};

// True when s[0..n) is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool utf8_valid(const char* s, size_t n);

// =========================================================================================
// Implementation
// =========================================================================================

// ---- UTF-8 --------------------------------------------------------------------------------

// Looks at the sequence starting at s[0] (n >= 1 bytes available). Returns its length
// (1..4) and sets *cp when it is a whole valid character; 0 when the n bytes are a valid
// but incomplete start; -k when invalid, k being the bytes to replace by one U+FFFD (the
// lead plus the continuation bytes that were still acceptable, Unicode's "maximal subpart").
inline int utf8_scan(const unsigned char* s, size_t n, uint32_t* cp) {
    const unsigned char b = s[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int need;
    uint32_t c;
    unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        c = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        c = b & 0x0Fu;
        if (b == 0xE0) lo = 0xA0; // overlong
        if (b == 0xED) hi = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        c = b & 0x07u;
        if (b == 0xF0) lo = 0x90; // overlong
        if (b == 0xF4) hi = 0x8F; // > U+10FFFF
    } else {
        return -1; // continuation byte, C0/C1 overlong lead, F5..FF
    }
    for (int k = 1; k <= need; k++) {
        if ((size_t)k >= n) return 0;
        const unsigned char x = s[k];
        if (x < lo || x > hi) return -k;
        lo = 0x80;
        hi = 0xBF;
        c = (c << 6) | (x & 0x3Fu);
    }
    *cp = c;
    return need + 1;
}

inline bool utf8_valid(const char* s, size_t n) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) { // ASCII run
            i++;
            continue;
        }
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, n - i, &cp);
        if (r <= 0) return false;
        i += (size_t)r;
    }
    return true;
}

inline void utf8_append(std::string* s, uint32_t cp) {
    if (cp < 0x80) {
        s->push_back((char)cp);
    } else if (cp < 0x800) {
        s->push_back((char)(0xC0 | (cp >> 6)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        s->push_back((char)(0xE0 | (cp >> 12)));
        s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    } else {
        s->push_back((char)(0xF0 | (cp >> 18)));
        s->push_back((char)(0x80 | ((cp >> 12) & 0x3F)));
        s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    }
}

inline std::string utf8_stream::push(const std::string& bytes) {
    pending += bytes;
    std::string out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(pending.data());
    const size_t n = pending.size();
    size_t i = 0;
    while (i < n) {
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, n - i, &cp);
        if (r == 0) break; // incomplete: keep for the next push
        if (r > 0) {
            out.append(pending, i, (size_t)r);
            i += (size_t)r;
        } else {
            out += "\xEF\xBF\xBD";
            i += (size_t)-r;
        }
    }
    pending.erase(0, i);
    return out;
}

inline std::string utf8_stream::flush() {
    std::string out = push(std::string());
    if (!pending.empty()) out += "\xEF\xBF\xBD"; // a valid but unfinished start
    pending.clear();
    return out;
}

// ---- Unicode classes ----------------------------------------------------------------------

inline uint8_t ucd_flags(uint32_t cp) {
    if (cp < 128) return unicode_ascii_flags[cp];
    size_t lo = 0, hi = sizeof unicode_runs / sizeof unicode_runs[0];
    while (hi - lo > 1) { // last run starting at or before cp
        const size_t mid = (lo + hi) / 2;
        if ((unicode_runs[mid] >> 8) <= cp) lo = mid;
        else hi = mid;
    }
    return (uint8_t)(unicode_runs[lo] & 0xFF);
}

// ---- vocab --------------------------------------------------------------------------------

inline void vocab_add_merge(vocab* v, const char* s, size_t n) {
    const int32_t rank = (int32_t)v->merge_rank.size();
    const std::string m(s, n);
    const size_t sp = n > 1 ? m.find(' ', 1) : std::string::npos;
    if (sp == std::string::npos) return; // not a pair: can never match
    v->merge_rank.emplace(m, rank);
}

inline void vocab_finish(vocab* v) {
    const int32_t n = (int32_t)v->tokens.size();
    v->types.resize((size_t)n, TOK_NORMAL);
    v->scores.resize((size_t)n, 0.0f);
    v->token_id.clear();
    v->token_id.reserve((size_t)n);
    for (int32_t i = 0; i < n; i++) v->token_id[v->tokens[(size_t)i]] = i;
    auto find = [&](const std::string& s) -> int32_t {
        auto it = v->token_id.find(s);
        return it == v->token_id.end() ? -1 : it->second;
    };

    // End of generation: the ids the file names, plus tokens whose text says so (llama.cpp
    // keeps the same list and makes those tokens control tokens).
    static const char* const eot_texts[] = {"<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>",
                                            "<|endoftext|>", "<|end_of_text|>", "<EOT>", "_<EOT>",
                                            "<end_of_utterance>"};
    v->eog.clear();
    auto add_eog = [&](int32_t id) {
        if (id >= 0 && id < n && std::find(v->eog.begin(), v->eog.end(), id) == v->eog.end())
            v->eog.push_back(id);
    };
    add_eog(v->eos);
    add_eog(v->eot);
    add_eog(v->eom);
    for (const char* t : eot_texts) {
        const int32_t id = find(t);
        if (id < 0) continue;
        if (v->eot < 0) v->eot = id;
        v->types[(size_t)id] = TOK_CONTROL;
        add_eog(id);
    }
    const int32_t eom = find("<|eom_id|>");
    if (eom >= 0) {
        if (v->eom < 0) v->eom = eom;
        v->types[(size_t)eom] = TOK_CONTROL;
        add_eog(eom);
    }
    add_eog(find("</s>"));

    // Special tokens, cut out of the text before anything else, longest first.
    v->special.clear();
    for (int32_t i = 0; i < n; i++) {
        const int32_t t = v->types[(size_t)i];
        if ((t == TOK_CONTROL || t == TOK_USER || t == TOK_UNKNOWN) && !v->tokens[(size_t)i].empty())
            v->special.push_back(i);
    }
    std::stable_sort(v->special.begin(), v->special.end(), [&](int32_t a, int32_t b) {
        return v->tokens[(size_t)a].size() > v->tokens[(size_t)b].size();
    });

    // GPT-2's byte-level alphabet: printable Latin-1 bytes stand for themselves, the other
    // 68 bytes take U+0100.. in byte order.
    for (int i = 0; i < 324; i++) v->text_byte[i] = -1;
    int next = 256;
    for (int b = 0; b < 256; b++) {
        const bool self = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        const int cp = self ? b : next++;
        v->byte_text[b].clear();
        utf8_append(&v->byte_text[b], (uint32_t)cp);
        v->text_byte[cp] = (int16_t)b;
    }

    // SPM byte fallback: <0xNN>, else the 1-byte token.
    static const char hex[] = "0123456789ABCDEF";
    for (int b = 0; b < 256; b++) {
        const char buf[7] = {'<', '0', 'x', hex[b >> 4], hex[b & 15], '>', 0};
        int32_t id = find(buf);
        if (id < 0) id = find(std::string(1, (char)b));
        v->byte_token[b] = id;
    }
    v->nl = v->kind == VOCAB_SPM ? v->byte_token[0x0A] : find(v->byte_text[0x0A]);
}

inline qlm_result vocab_load(const gguf_file& f, vocab* v, const logger* log, qlm_error* err) {
    *v = vocab();
    gguf_str s;
    if (!gguf_get_str(f, "tokenizer.ggml.model", &s))
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.model is missing");
    const std::string model = s.str();
    if (model == "gpt2") {
        v->kind = VOCAB_BPE;
        v->bos = 11; // llama.cpp's defaults for a BPE vocab without the keys
        v->eos = 11;
    } else if (model == "llama") {
        v->kind = VOCAB_SPM;
        v->bos = 1;
        v->eos = 2;
        v->unk = 0;
        v->add_bos = true;
        v->add_space_prefix = true;
    } else {
        return fail(err, log, MSG_VOCAB_UNSUPPORTED, UINT64_MAX,
                    "vocab: unsupported tokenizer.ggml.model \"%.64s\"", model.c_str());
    }

    if (v->kind == VOCAB_BPE) {
        std::string pre;
        if (gguf_get_str(f, "tokenizer.ggml.pre", &s)) pre = s.str();
        if (pre.empty() || pre == "default") {
            v->pre = PRE_DEFAULT;
        } else if (pre == "gpt-2" || pre == "phi-2") {
            v->pre = PRE_GPT2;
        } else if (pre == "llama3" || pre == "llama-v3" || pre == "llama-bpe" || pre == "falcon3") {
            v->pre = PRE_LLAMA3;
            v->ignore_merges = true;
            v->add_bos = true;
        } else if (pre == "qwen2" || pre == "deepseek-r1-qwen" || pre == "megrez") {
            v->pre = PRE_QWEN2;
        } else if (pre == "smollm" || pre == "starcoder" || pre == "refact" || pre == "codeshell") {
            v->pre = PRE_SMOLLM;
        } else {
            return fail(err, log, MSG_VOCAB_UNSUPPORTED, UINT64_MAX,
                        "vocab: unsupported pre-tokenizer tokenizer.ggml.pre \"%.64s\"", pre.c_str());
        }
    }

    const gguf_kv* kt = gguf_get_arr(f, "tokenizer.ggml.tokens", GGUF_STRING);
    if (!kt || kt->strs.empty())
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.tokens is missing or empty");
    if (kt->strs.size() > (size_t)INT32_MAX)
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: too many tokens (%zu)", kt->strs.size());
    const size_t n = kt->strs.size();
    v->tokens.reserve(n);
    for (const gguf_str& t : kt->strs) v->tokens.push_back(t.str());

    if (const gguf_kv* ks = gguf_get_arr(f, "tokenizer.ggml.scores", GGUF_F32)) {
        if (ks->arr_n != n)
            return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: %llu scores for %zu tokens",
                        (unsigned long long)ks->arr_n, n);
        v->scores.resize(n);
        for (size_t i = 0; i < n; i++) v->scores[i] = (float)gguf_arr_num(*ks, i);
    }
    const gguf_kv* ky = nullptr;
    for (uint32_t et : {GGUF_I32, GGUF_U32, GGUF_I8, GGUF_U8, GGUF_I16, GGUF_U16})
        if (!ky) ky = gguf_get_arr(f, "tokenizer.ggml.token_type", et);
    if (ky) {
        if (ky->arr_n != n)
            return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: %llu token types for %zu tokens",
                        (unsigned long long)ky->arr_n, n);
        v->types.resize(n);
        for (size_t i = 0; i < n; i++) { // a u32/i32 array may hold any value (found by fuzzing)
            const double t = gguf_arr_num(*ky, i);
            v->types[i] = t >= INT32_MIN && t <= INT32_MAX ? (int32_t)t : 0; // 0: undefined type
        }
    }

    if (v->kind == VOCAB_BPE) {
        const gguf_kv* km = gguf_get_arr(f, "tokenizer.ggml.merges", GGUF_STRING);
        if (!km) return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.merges is missing");
        v->merge_rank.reserve(km->strs.size());
        for (const gguf_str& m : km->strs) vocab_add_merge(v, m.p, (size_t)m.n);
    }

    // Special ids: a value outside the vocabulary keeps the default (as llama.cpp).
    const struct {
        const char* key;
        int32_t* id;
    } ids[] = {{"tokenizer.ggml.bos_token_id", &v->bos},     {"tokenizer.ggml.eos_token_id", &v->eos},
               {"tokenizer.ggml.eot_token_id", &v->eot},     {"tokenizer.ggml.eom_token_id", &v->eom},
               {"tokenizer.ggml.unknown_token_id", &v->unk}, {"tokenizer.ggml.padding_token_id", &v->pad}};
    for (const auto& k : ids) {
        uint32_t id;
        if (!gguf_get_u32(f, k.key, &id)) continue;
        if (id < n) *k.id = (int32_t)id;
        else if (log) log->logf(QLM_LOG_WARN, "vocab: %s = %u is out of range; ignored", k.key, id);
    }
    for (const auto& k : ids)
        if (*k.id >= (int32_t)n) *k.id = -1; // a default the vocabulary is too small for

    bool b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_bos_token", &b)) v->add_bos = b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_eos_token", &b)) v->add_eos = b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_space_prefix", &b)) v->add_space_prefix = b;
    if (v->add_bos && v->bos < 0) {
        if (log) log->logf(QLM_LOG_WARN, "vocab: no BOS token; add_bos_token ignored");
        v->add_bos = false;
    }
    if (v->add_eos && v->eos < 0) {
        if (log) log->logf(QLM_LOG_WARN, "vocab: no EOS token; add_eos_token ignored");
        v->add_eos = false;
    }

    vocab_finish(v);
    return QLM_OK;
}

inline bool token_is_eog(const vocab& v, int32_t id) {
    return id >= 0 && std::find(v.eog.begin(), v.eog.end(), id) != v.eog.end();
}

inline std::string token_bytes(const vocab& v, int32_t id, bool render_special) {
    if (id < 0 || (size_t)id >= v.tokens.size()) return std::string();
    const std::string& t = v.tokens[(size_t)id];
    const int32_t type = v.types[(size_t)id];
    if (type == TOK_CONTROL || type == TOK_UNKNOWN) return render_special ? t : std::string();
    if (type == TOK_USER) return t;
    std::string out;
    if (v.kind == VOCAB_SPM) {
        if (type == TOK_BYTE) {
            unsigned b = 0;
            if (t.size() == 6 && sscanf(t.c_str(), "<0x%2X>", &b) == 1) out.push_back((char)b);
            return out;
        }
        if (type != TOK_NORMAL) return out;
        for (size_t i = 0; i < t.size(); i++) { // U+2581 -> ' '
            if (i + 2 < t.size() && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x96 &&
                (unsigned char)t[i + 2] == 0x81) {
                out.push_back(' ');
                i += 2;
            } else {
                out.push_back(t[i]);
            }
        }
        return out;
    }
    if (type != TOK_NORMAL) return out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
    size_t i = 0;
    while (i < t.size()) { // byte-level characters -> bytes; anything else passes through
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, t.size() - i, &cp);
        if (r <= 0) {
            out.push_back(t[i++]);
            continue;
        }
        if (cp < 324 && v.text_byte[cp] >= 0) out.push_back((char)v.text_byte[cp]);
        else out.append(t, i, (size_t)r);
        i += (size_t)r;
    }
    return out;
}

// ---- pre-tokenizers -----------------------------------------------------------------------
// Each splitter refines a list of pieces [begin, end) of code point indices; a piece is
// never merged with its neighbours, so later splitters work inside the earlier pieces.
// Regex pieces are written beside the code that implements them.

struct pretok_text {
    std::vector<uint32_t> cp;    // code points
    std::vector<uint8_t> fl;     // ucd_flags per code point
    std::vector<uint32_t> off;   // byte offset of each code point, plus the end
};
struct pretok_piece {
    uint32_t a, b;
};

// Flag value for a position outside the piece (lookahead past its end).
constexpr uint8_t UCD_OUT = 0x80;

// Splits every piece into the runs matching `match` (a piece each) and the gaps between.
// run_max: longest match (1 for "\p{N}", UINT32_MAX for "\p{N}+").
template <typename F>
void pretok_runs(const std::vector<pretok_piece>& in, uint32_t run_max, F match, std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        uint32_t gap = p.a, i = p.a;
        while (i < p.b) {
            if (!match(i)) {
                i++;
                continue;
            }
            if (i > gap) out->push_back({gap, i});
            uint32_t j = i + 1;
            while (j < p.b && j - i < run_max && match(j)) j++;
            out->push_back({i, j});
            gap = i = j;
        }
        if (p.b > gap) out->push_back({gap, p.b});
    }
}

// [0-9][0-9][0-9]: groups of three ASCII digits, from the left; the rest are gaps.
inline void pretok_digit3(const pretok_text& t, const std::vector<pretok_piece>& in,
                          std::vector<pretok_piece>* out) {
    auto dig = [&](uint32_t i) { return t.cp[i] >= '0' && t.cp[i] <= '9'; };
    out->clear();
    for (const pretok_piece& p : in) {
        uint32_t gap = p.a, i = p.a;
        while (i < p.b) {
            if (i + 3 <= p.b && dig(i) && dig(i + 1) && dig(i + 2)) {
                if (i > gap) out->push_back({gap, i});
                out->push_back({i, i + 3});
                gap = i = i + 3;
            } else {
                i++;
            }
        }
        if (p.b > gap) out->push_back({gap, p.b});
    }
}

// GPT-2: 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)
// (llama.cpp's form, without a final |\s+; a lone whitespace before a non-space is then
// a piece by itself, which is what the trailing \s+ branch below produces).
inline void pretok_gpt2(const pretok_text& t, const std::vector<pretok_piece>& in,
                        std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        auto fl = [&](uint32_t i) -> uint8_t { return i < p.b ? t.fl[i] : UCD_OUT; };
        auto other = [](uint8_t f) { return !(f & (UCD_LETTER | UCD_NUMBER | UCD_SPACE | UCD_OUT)); };
        uint32_t i = p.a;
        while (i < p.b) {
            const uint32_t c = t.cp[i];
            uint32_t j;
            if (c == '\'' && i + 1 < p.b) { // contractions (lower case only)
                const uint32_t c1 = t.cp[i + 1];
                const uint32_t c2 = i + 2 < p.b ? t.cp[i + 2] : 0;
                if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') {
                    out->push_back({i, i + 2});
                    i += 2;
                    continue;
                }
                if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) {
                    out->push_back({i, i + 3});
                    i += 3;
                    continue;
                }
            }
            const uint32_t s = (c == ' ') ? 1 : 0; // the optional leading space
            const uint8_t f = fl(i + s);
            if (f & UCD_LETTER) { // ' ?\p{L}+'
                for (j = i + s; fl(j) & UCD_LETTER; j++) {}
            } else if (f & UCD_NUMBER) { // ' ?\p{N}+'
                for (j = i + s; fl(j) & UCD_NUMBER; j++) {}
            } else if (other(f)) { // ' ?[^\s\p{L}\p{N}]+'
                for (j = i + s; other(fl(j)); j++) {}
            } else {
                uint32_t w = 0;
                while (fl(i + w) & UCD_SPACE) w++;
                if (w > 1 && i + w < p.b) j = i + w - 1; // '\s+(?!\S)': leave one for the next word
                else if (w > 0) j = i + w;               // trailing whitespace
                else j = i + 1;                          // unreachable: every class is covered
            }
            out->push_back({i, j});
            i = j;
        }
    }
}

// Llama 3 (max_digits 3) and Qwen2 (max_digits 1):
// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
// |\s*[\r\n]+|\s+(?!\S)|\s+
inline void pretok_llama3(const pretok_text& t, const std::vector<pretok_piece>& in, uint32_t max_digits,
                          std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        auto fl = [&](uint32_t i) -> uint8_t { return i < p.b ? t.fl[i] : UCD_OUT; };
        auto other = [](uint8_t f) { return !(f & (UCD_LETTER | UCD_NUMBER | UCD_SPACE | UCD_OUT)); };
        auto lower = [](uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
        auto crlf = [&](uint32_t i) { return i < p.b && (t.cp[i] == '\r' || t.cp[i] == '\n'); };
        uint32_t i = p.a;
        while (i < p.b) {
            const uint32_t c = t.cp[i];
            const uint8_t f = t.fl[i];
            uint32_t j;
            if (c == '\'' && i + 1 < p.b) { // contractions, any case
                const uint32_t c1 = lower(t.cp[i + 1]);
                const uint32_t c2 = i + 2 < p.b ? lower(t.cp[i + 2]) : 0;
                if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') {
                    out->push_back({i, i + 2});
                    i += 2;
                    continue;
                }
                if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) {
                    out->push_back({i, i + 3});
                    i += 3;
                    continue;
                }
            }
            if (c != '\r' && c != '\n' && !(f & UCD_NUMBER) && ((f & UCD_LETTER) || (fl(i + 1) & UCD_LETTER))) {
                for (j = i + 1; fl(j) & UCD_LETTER; j++) {} // '[^\r\n\p{L}\p{N}]?\p{L}+'
            } else if (f & UCD_NUMBER) { // '\p{N}{1,max}'
                for (j = i + 1; j - i < max_digits && (fl(j) & UCD_NUMBER); j++) {}
            } else if (other(c == ' ' ? fl(i + 1) : f)) { // ' ?[^\s\p{L}\p{N}]+[\r\n]*'
                for (j = i + (c == ' '); other(fl(j)); j++) {}
                while (crlf(j)) j++;
            } else {
                uint32_t w = 0, last_nl = 0;
                while (fl(i + w) & UCD_SPACE) {
                    if (crlf(i + w)) last_nl = i + w + 1;
                    w++;
                }
                if (last_nl) j = last_nl;                     // '\s*[\r\n]+'
                else if (w > 1 && i + w < p.b) j = i + w - 1; // '\s+(?!\S)'
                else if (w > 0) j = i + w;                    // '\s+'
                else j = i + 1;                               // a lone space at the end
            }
            out->push_back({i, j});
            i = j;
        }
    }
}

// Splits text[0..n) (valid UTF-8) into words, as byte ranges, by the vocab's rules.
inline void pretokenize(const vocab& v, const char* text, size_t n, pretok_text* t,
                        std::vector<pretok_piece>* words, std::vector<pretok_piece>* tmp) {
    t->cp.clear();
    t->fl.clear();
    t->off.clear();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text);
    size_t i = 0;
    while (i < n) {
        uint32_t c = 0;
        int r = utf8_scan(p + i, n - i, &c);
        if (r <= 0) { // not reached: the input was validated
            c = 0xFFFD;
            r = 1;
        }
        t->cp.push_back(c);
        t->fl.push_back(ucd_flags(c));
        t->off.push_back((uint32_t)i);
        i += (size_t)r;
    }
    t->off.push_back((uint32_t)n);
    words->assign(1, pretok_piece{0, (uint32_t)t->cp.size()});
    if (t->cp.empty()) {
        words->clear();
        return;
    }
    auto number = [&](uint32_t k) { return (t->fl[k] & UCD_NUMBER) != 0; };
    // Stages alternate between *words and *tmp; every case leaves its result in *words.
    switch (v.pre) {
    case PRE_GPT2:
        pretok_gpt2(*t, *words, tmp);
        words->swap(*tmp);
        break;
    case PRE_LLAMA3:
        pretok_llama3(*t, *words, 3, tmp);
        words->swap(*tmp);
        break;
    case PRE_QWEN2:
        pretok_llama3(*t, *words, 1, tmp);
        words->swap(*tmp);
        break;
    case PRE_SMOLLM: // \p{N}, then GPT-2
        pretok_runs(*words, 1, number, tmp);
        pretok_gpt2(*t, *tmp, words);
        break;
    case PRE_DEFAULT: { // [\p{P}\$\+<=>\^~\|]+, GPT-2, \p{N}+, [0-9][0-9][0-9]
        auto punct = [&](uint32_t k) {
            const uint32_t c = t->cp[k];
            return (t->fl[k] & UCD_PUNCT) || c == '$' || c == '+' || c == '<' || c == '=' || c == '>' ||
                   c == '^' || c == '~' || c == '|';
        };
        pretok_runs(*words, UINT32_MAX, punct, tmp);
        pretok_gpt2(*t, *tmp, words);
        pretok_runs(*words, UINT32_MAX, number, tmp);
        pretok_digit3(*t, *tmp, words);
        break;
    }
    }
    for (pretok_piece& w : *words) { // code point indices -> byte offsets
        w.a = t->off[w.a];
        w.b = t->off[w.b];
    }
}

// ---- merging ------------------------------------------------------------------------------

struct tok_symbol {
    int32_t start, n; // bytes of the word; n == 0 once merged into its left neighbour
    int32_t prev, next;
};
struct tok_bigram {
    float score;      // BPE: -rank; SPM: token score. Higher merges first.
    int32_t left, right;
    int32_t size;     // bytes of the pair when queued; a different sum means it is stale
    bool operator<(const tok_bigram& o) const { // priority_queue pops the largest
        return score < o.score || (score == o.score && left > o.left);
    }
};

// Splits w into UTF-8 characters (symbols) linked in order.
inline void tok_chars(const std::string& w, std::vector<tok_symbol>* sym) {
    sym->clear();
    size_t i = 0;
    while (i < w.size()) {
        const unsigned char b = (unsigned char)w[i];
        size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (len > w.size() - i) len = w.size() - i;
        const int32_t k = (int32_t)sym->size();
        sym->push_back({(int32_t)i, (int32_t)len, k - 1, k + 1});
        i += len;
    }
    if (!sym->empty()) sym->back().next = -1;
}

// Merges the symbols of w in place: repeatedly the best adjacent pair that `pair` scores
// (returning false when the pair may not merge), ties to the leftmost pair.
template <typename F>
void tok_merge(std::vector<tok_symbol>* sym, F pair) {
    std::priority_queue<tok_bigram> q;
    std::string key;
    auto add = [&](int32_t l, int32_t r) {
        if (l < 0 || r < 0) return;
        const tok_symbol& a = (*sym)[(size_t)l];
        const tok_symbol& b = (*sym)[(size_t)r];
        float score;
        if (pair(a, b, &key, &score)) q.push({score, l, r, a.n + b.n});
    };
    for (size_t i = 1; i < sym->size(); i++) add((int32_t)i - 1, (int32_t)i);
    while (!q.empty()) {
        const tok_bigram g = q.top();
        q.pop();
        tok_symbol& a = (*sym)[(size_t)g.left];
        tok_symbol& b = (*sym)[(size_t)g.right];
        if (a.n == 0 || b.n == 0 || a.n + b.n != g.size) continue; // stale
        a.n += b.n;
        b.n = 0;
        a.next = b.next;
        if (b.next >= 0) (*sym)[(size_t)b.next].prev = g.left;
        add(a.prev, g.left);
        add(g.left, a.next);
    }
}

inline int32_t token_find(const vocab& v, const std::string& s) {
    auto it = v.token_id.find(s);
    return it == v.token_id.end() ? -1 : it->second;
}

// Byte-level BPE on one raw-text fragment.
inline void tokenize_bpe(const vocab& v, const char* text, size_t n, std::vector<int32_t>* out) {
    pretok_text t;
    std::vector<pretok_piece> words, tmp;
    pretokenize(v, text, n, &t, &words, &tmp);
    std::string w, piece;
    std::vector<tok_symbol> sym;
    for (const pretok_piece& wd : words) {
        w.clear();
        for (uint32_t i = wd.a; i < wd.b; i++) w += v.byte_text[(unsigned char)text[i]];
        if (v.ignore_merges) {
            const int32_t id = token_find(v, w);
            if (id >= 0) {
                out->push_back(id);
                continue;
            }
        }
        tok_chars(w, &sym);
        tok_merge(&sym, [&](const tok_symbol& a, const tok_symbol& b, std::string* key, float* score) {
            key->assign(w, (size_t)a.start, (size_t)a.n);
            key->push_back(' ');
            key->append(w, (size_t)b.start, (size_t)b.n);
            auto it = v.merge_rank.find(*key);
            if (it == v.merge_rank.end()) return false;
            *score = -(float)it->second; // ranks < 2^24: exact in a float
            return true;
        });
        for (int32_t i = sym.empty() ? -1 : 0; i >= 0; i = sym[(size_t)i].next) {
            piece.assign(w, (size_t)sym[(size_t)i].start, (size_t)sym[(size_t)i].n);
            const int32_t id = token_find(v, piece);
            if (id >= 0) {
                out->push_back(id);
                continue;
            }
            for (char c : piece) { // as llama.cpp: single bytes that happen to be tokens
                const int32_t b = token_find(v, std::string(1, c));
                if (b >= 0) out->push_back(b);
            }
        }
    }
}

// SentencePiece (BPE by score) on one raw-text fragment.
inline void tokenize_spm(const vocab& v, const char* text, size_t n, bool space_prefix,
                         std::vector<int32_t>* out) {
    std::string w;
    w.reserve(n + 3);
    if (space_prefix) w += "\xE2\x96\x81";
    for (size_t i = 0; i < n; i++) {
        if (text[i] == ' ') w += "\xE2\x96\x81";
        else w.push_back(text[i]);
    }
    std::vector<tok_symbol> sym;
    tok_chars(w, &sym);
    tok_merge(&sym, [&](const tok_symbol& a, const tok_symbol& b, std::string* key, float* score) {
        key->assign(w, (size_t)a.start, (size_t)(a.n + b.n));
        const int32_t id = token_find(v, *key);
        if (id < 0) return false;
        *score = v.scores[(size_t)id];
        return true;
    });
    std::string piece;
    for (int32_t i = sym.empty() ? -1 : 0; i >= 0; i = sym[(size_t)i].next) {
        piece.assign(w, (size_t)sym[(size_t)i].start, (size_t)sym[(size_t)i].n);
        const int32_t id = token_find(v, piece);
        if (id >= 0) {
            out->push_back(id);
            continue;
        }
        for (char c : piece) { // byte fallback
            const int32_t b = v.byte_token[(unsigned char)c];
            if (b >= 0) out->push_back(b);
            else if (v.unk >= 0) out->push_back(v.unk);
        }
    }
}

inline qlm_result tokenize(const vocab& v, const char* text, size_t len, bool add_special, bool parse_special,
                           std::vector<int32_t>* out, qlm_error* err) {
    out->clear();
    if (len > 0 && !text) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "tokenize: NULL text");
    if (len > (size_t)UINT32_MAX - 1)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "tokenize: text too long (%zu bytes)", len);
    if (!utf8_valid(text, len)) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(text);
        size_t at = 0;
        uint32_t cp = 0;
        int r;
        while (at < len && (r = utf8_scan(p + at, len - at, &cp)) > 0) at += (size_t)r;
        return fail(err, nullptr, MSG_TOKENIZE_UTF8, UINT64_MAX, "tokenize: invalid UTF-8 at byte %zu", at);
    }

    // Cut special tokens out: for each (longest first), split every raw fragment at its
    // occurrences. tok >= 0: that token; tok < 0: raw text [off, off + n).
    struct frag {
        int32_t tok;
        size_t off, n;
    };
    std::vector<frag> frags, next;
    if (len > 0) frags.push_back({-1, 0, len});
    for (int32_t id : v.special) {
        const int32_t type = v.types[(size_t)id];
        if (!parse_special && (type == TOK_CONTROL || type == TOK_UNKNOWN)) continue;
        const std::string& s = v.tokens[(size_t)id];
        next.clear();
        bool found = false;
        for (const frag& fr : frags) {
            if (fr.tok >= 0) {
                next.push_back(fr);
                continue;
            }
            size_t pos = fr.off;
            const size_t end = fr.off + fr.n;
            while (pos < end) {
                const size_t m = std::string_view(text, end).find(s, pos);
                if (m == std::string_view::npos) break;
                if (m > pos) next.push_back({-1, pos, m - pos});
                next.push_back({id, 0, 0});
                pos = m + s.size();
                found = true;
            }
            if (pos < end) next.push_back({-1, pos, end - pos});
        }
        if (found) frags.swap(next);
    }

    if (add_special && v.add_bos && v.bos >= 0) out->push_back(v.bos);
    bool prev_special = true; // SPM: a space prefix at the start and after a special token
    for (const frag& fr : frags) {
        if (fr.tok >= 0) {
            out->push_back(fr.tok);
            prev_special = true;
            continue;
        }
        if (v.kind == VOCAB_SPM) tokenize_spm(v, text + fr.off, fr.n, v.add_space_prefix && prev_special, out);
        else tokenize_bpe(v, text + fr.off, fr.n, out);
        prev_special = false;
    }
    if (add_special && v.add_eos && v.eos >= 0) out->push_back(v.eos);
    return QLM_OK;
}

} // namespace qlm_detail
#endif
// ==== [qlm:chat] built-in chat templates ================================================
// quantlm has no Jinja interpreter. It knows a handful of template families, recognises a
// model's tokenizer.chat_template by markers no other family uses, and renders each family
// in C++ so that the text equals what the model's Jinja template produces (transformers'
// settings: trim_blocks, lstrip_blocks), WITHOUT the leading BOS: the tokenizer adds BOS
// when the file asks for it. Special-token texts inside the render ("<|im_end|>", "</s>",
// ...) are plain text; tokenizing with parse_special turns them into their ids.
//
//   name     family (the Jinja the render follows)             system message
//   chatml   <|im_start|>role\n...<|im_end|>\n                 any position
//   llama2   Llama-2-chat: [INST] <<SYS>>\n...\n<</SYS>>\n\n   first only, folded into the
//            ... [/INST] answer </s><s>[INST] ...              first user turn
//   llama3   Llama-3-Instruct: <|start_header_id|>role         any position
//            <|end_header_id|>\n\n...<|eot_id|>
//   gemma    Gemma 3: <start_of_turn>user\n...<end_of_turn>\n,  first only, "system\n\n"
//            the assistant's role is called "model"             prefixed to the first user
//   mistral  Mistral-7B/Mixtral-8x7B-Instruct v0.1:             first only, "system\n\n"
//            [INST] ... [/INST]answer</s>[INST] ... [/INST]     prefixed to the first user
//   phi3     Phi-3: <|role|>\n...<|end|>\n, then <|endoftext|>  any position
//            when no assistant header is asked for
//   zephyr   Zephyr-7B: <|role|>\n...</s>\n                     any position
//
// Per family, as its Jinja does: llama2 strips the whitespace around every turn; llama3 and
// gemma trim each content (gemma not the system text); the others keep contents verbatim.
// llama2, gemma and mistral require user/assistant/user/... after the optional system
// message (QLM_ERR_TEMPLATE otherwise); their prompt ends with [/INST] or the model header.
// Roles are "system", "user" and "assistant"; any other role is QLM_ERR_TEMPLATE. A NULL
// content is an empty one.
//
// Limits, by design:
//   - Text a template inserts on its own is not reproduced. SmolLM2's ChatML template adds
//     "You are a helpful AI assistant named SmolLM, trained by Hugging Face" as a system
//     message when the first message is not a system one; Llama 3.1 adds a dated system
//     header. chat_render renders the generic family, so callers that want the model's
//     default pass it as an explicit system message (examples/chat.cpp takes -s).
//   - mistral is the v0.1 layout with a system extension of our own (the v0.1 Jinja has no
//     system role). Mistral's v3/v7 templates ([AVAILABLE_TOOLS], [SYSTEM_PROMPT]) lay turns
//     out differently; chat_detect refuses them rather than render them wrongly, and
//     choosing "mistral" by name renders the v0.1 layout.
//   - gemma follows Gemma 3, which folds the system message; Gemma 1/2 templates refuse a
//     system message and otherwise render the same.
#ifndef QLM_CHAT_H
#define QLM_CHAT_H

namespace qlm_detail {
// Recognises a Jinja chat template by distinctive markers; false when unknown.
bool chat_detect(const char* jinja, qlm_chat_template* out);
const char* chat_name(qlm_chat_template t);                 // NULL for AUTO/invalid
bool chat_parse_name(const char* name, qlm_chat_template* out);
// Renders like the model's Jinja template would (t is never AUTO here). Unknown roles or
// an unsupported message order -> QLM_ERR_TEMPLATE.
qlm_result chat_render(qlm_chat_template t, const qlm_chat_message* msgs, size_t n,
                       bool add_assistant, std::string* out, qlm_error* err);

// ---- implementation ----------------------------------------------------------------------

struct chat_family {
    qlm_chat_template t;
    const char* name;
};
inline constexpr chat_family chat_families[] = {
    {QLM_CHAT_CHATML, "chatml"}, {QLM_CHAT_LLAMA2, "llama2"}, {QLM_CHAT_LLAMA3, "llama3"},
    {QLM_CHAT_GEMMA, "gemma"},   {QLM_CHAT_MISTRAL, "mistral"}, {QLM_CHAT_PHI3, "phi3"},
    {QLM_CHAT_ZEPHYR, "zephyr"},
};

inline bool chat_detect(const char* jinja, qlm_chat_template* out) {
    if (!jinja || !out) return false;
    auto has = [jinja](const char* marker) { return strstr(jinja, marker) != nullptr; };
    qlm_chat_template t;
    // Most specific markers first: several families share "<|user|>" or "[INST]".
    if (has("<|im_start|>")) {
        t = QLM_CHAT_CHATML;
    } else if (has("<|start_header_id|>")) {
        t = QLM_CHAT_LLAMA3;
    } else if (has("<start_of_turn>")) {
        t = QLM_CHAT_GEMMA;
    } else if (has("[INST]")) {
        if (has("<<SYS>>")) {
            t = QLM_CHAT_LLAMA2;
        } else if (has("[SYSTEM_PROMPT]") || has("[AVAILABLE_TOOLS]")) {
            return false; // Mistral v3/v7: a different layout (see the top of this part)
        } else {
            t = QLM_CHAT_MISTRAL;
        }
    } else if (has("<|end|>") && has("<|assistant|>")) {
        t = QLM_CHAT_PHI3; // some Phi-3 revisions build "<|" + role + "|>" from the role
    } else if (has("<|user|>") && has("<|assistant|>")) {
        t = QLM_CHAT_ZEPHYR;
    } else {
        return false;
    }
    *out = t;
    return true;
}

inline const char* chat_name(qlm_chat_template t) {
    for (const chat_family& f : chat_families)
        if (f.t == t) return f.name;
    return nullptr;
}

inline bool chat_parse_name(const char* name, qlm_chat_template* out) {
    if (!name || !out) return false;
    for (const chat_family& f : chat_families) {
        if (strcmp(f.name, name) == 0) {
            *out = f.t;
            return true;
        }
    }
    return false;
}

// Jinja's trim / Python's str.strip() on the ASCII whitespace that appears in practice.
// (Python also strips Unicode spaces such as U+00A0 and U+3000; we leave those.)
inline std::string chat_trim(const std::string& s) {
    const char* ws = " \t\n\r\v\f";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return std::string();
    size_t b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

enum chat_role { CHAT_SYSTEM, CHAT_USER, CHAT_ASSISTANT };

inline qlm_result chat_render(qlm_chat_template t, const qlm_chat_message* msgs, size_t n,
                              bool add_assistant, std::string* out, qlm_error* err) {
    const char* name = chat_name(t);
    if (!name)
        return fail(err, nullptr, MSG_TEMPLATE_UNKNOWN, UINT64_MAX,
                    "chat template %d is not one quantlm knows", (int)t);
    if (!out || (n > 0 && !msgs))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "chat_render: NULL argument");

    // Roles and order first, so a refused conversation leaves *out untouched.
    std::vector<chat_role> roles(n);
    for (size_t i = 0; i < n; i++) {
        const char* r = msgs[i].role;
        if (r && strcmp(r, "system") == 0) {
            roles[i] = CHAT_SYSTEM;
        } else if (r && strcmp(r, "user") == 0) {
            roles[i] = CHAT_USER;
        } else if (r && strcmp(r, "assistant") == 0) {
            roles[i] = CHAT_ASSISTANT;
        } else {
            return fail(err, nullptr, MSG_TEMPLATE_ROLE, UINT64_MAX,
                        "chat message %zu: unknown role '%.40s' (system, user or assistant)", i,
                        r ? r : "(null)");
        }
    }
    // Families whose turns are pairs: [system] user assistant user assistant ... [user].
    bool paired = t == QLM_CHAT_LLAMA2 || t == QLM_CHAT_GEMMA || t == QLM_CHAT_MISTRAL;
    size_t first = (n > 0 && roles[0] == CHAT_SYSTEM) ? 1 : 0; // first non-system message
    if (paired) {
        for (size_t i = first; i < n; i++) {
            chat_role want = (i - first) % 2 == 0 ? CHAT_USER : CHAT_ASSISTANT;
            if (roles[i] != want)
                return fail(err, nullptr, MSG_TEMPLATE_ROLE, UINT64_MAX,
                            "chat message %zu: template %s needs an optional system message, then "
                            "user and assistant turns alternating, starting with user",
                            i, name);
        }
    }

    static const char* const role_text[] = {"system", "user", "assistant"};
    auto content = [msgs](size_t i) { return std::string(msgs[i].content ? msgs[i].content : ""); };
    std::string system = first ? content(0) : std::string();
    std::string s;
    switch (t) {
    case QLM_CHAT_CHATML:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|im_start|>") + role_text[roles[i]] + "\n" + content(i) + "<|im_end|>\n";
        if (add_assistant) s += "<|im_start|>assistant\n";
        break;
    case QLM_CHAT_LLAMA2:
        // Every user turn opens with BOS except the first (the tokenizer adds that one);
        // the turn text is stripped after the system block is put in front of it.
        for (size_t i = first; i < n; i++) {
            std::string c = content(i);
            if (i == first && first) c = "<<SYS>>\n" + system + "\n<</SYS>>\n\n" + c;
            if (roles[i] == CHAT_USER)
                s += std::string(i == first ? "" : "<s>") + "[INST] " + chat_trim(c) + " [/INST]";
            else
                s += " " + chat_trim(c) + " </s>";
        }
        break; // the prompt already ends with [/INST]: add_assistant changes nothing
    case QLM_CHAT_LLAMA3:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|start_header_id|>") + role_text[roles[i]] + "<|end_header_id|>\n\n" +
                 chat_trim(content(i)) + "<|eot_id|>";
        if (add_assistant) s += "<|start_header_id|>assistant<|end_header_id|>\n\n";
        break;
    case QLM_CHAT_GEMMA:
        for (size_t i = first; i < n; i++) {
            s += roles[i] == CHAT_USER ? "<start_of_turn>user\n" : "<start_of_turn>model\n";
            if (i == first && first) s += system + "\n\n";
            s += chat_trim(content(i)) + "<end_of_turn>\n";
        }
        if (add_assistant) s += "<start_of_turn>model\n";
        break;
    case QLM_CHAT_MISTRAL:
        for (size_t i = first; i < n; i++) {
            if (roles[i] == CHAT_USER)
                s += "[INST] " + (i == first && first ? system + "\n\n" : std::string()) + content(i) +
                     " [/INST]";
            else
                s += content(i) + "</s>";
        }
        break; // the prompt already ends with [/INST]: add_assistant changes nothing
    case QLM_CHAT_PHI3:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|") + role_text[roles[i]] + "|>\n" + content(i) + "<|end|>\n";
        s += add_assistant ? "<|assistant|>\n" : "<|endoftext|>"; // the template's eos_token
        break;
    case QLM_CHAT_ZEPHYR:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|") + role_text[roles[i]] + "|>\n" + content(i) + "</s>\n";
        if (add_assistant && n > 0) s += "<|assistant|>\n"; // emitted inside the loop's last turn
        break;
    default:
        return fail(err, nullptr, MSG_TEMPLATE_UNKNOWN, UINT64_MAX, "chat template %s", name);
    }
    *out = std::move(s);
    return QLM_OK;
}

} // namespace qlm_detail
#endif
// ==== [qlm:sampler] sampling chain ======================================================
// Order: logit bias -> penalties (repetition, frequency, presence over the last
// penalty_last_n accepted tokens) -> greedy if temperature <= 0, else
// temperature -> top-k -> softmax -> top-p -> min-p -> renormalise -> draw.
// The sampler owns its RNG (xoshiro256**, seeded by splitmix64) so a seed repeats.
#ifndef QLM_SAMPLER_H
#define QLM_SAMPLER_H

#include <chrono>

struct qlm_sampler {
    qlm_sampler_params p{};
    std::vector<qlm_logit_bias> bias;
    std::vector<qlm_token> history; // ring of the last penalty_last_n tokens
    size_t hist_pos = 0;
    uint64_t rng[4] = {0, 0, 0, 0};
    uint64_t seed = 0;
    // Reused between calls so sampling allocates nothing once warm.
    struct cand {
        qlm_token id;
        float logit;
        float p;
    };
    std::vector<cand> cands;
    std::vector<float> work;
};

namespace qlm_detail {

inline uint64_t splitmix64(uint64_t* s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

inline void rng_seed(qlm_sampler* s, uint64_t seed) {
    uint64_t x = seed;
    for (auto& r : s->rng) r = splitmix64(&x);
}

// Uniform in [0, 1) with 53 random bits.
inline double rng_uniform(qlm_sampler* s) {
    uint64_t* r = s->rng;
    auto rotl = [](uint64_t v, int k) { return (v << k) | (v >> (64 - k)); };
    uint64_t result = rotl(r[1] * 5, 7) * 9;
    uint64_t t = r[1] << 17;
    r[2] ^= r[0];
    r[3] ^= r[1];
    r[1] ^= r[2];
    r[0] ^= r[3];
    r[2] ^= t;
    r[3] = rotl(r[3], 45);
    return (double)(result >> 11) * (1.0 / 9007199254740992.0);
}

inline qlm_sampler_params sampler_defaults(const qlm_sampler_params* in) {
    qlm_sampler_params p{};
    if (in) p = *in;
    // A zeroed struct means defaults; fields left at zero get the documented default
    // except where zero is itself meaningful (penalties, seed).
    if (!in) {
        p.temperature = 0.8f;
        p.top_k = 40;
        p.top_p = 0.95f;
        p.min_p = 0.05f;
    }
    if (p.repeat_penalty == 0.0f) p.repeat_penalty = 1.0f;
    if (p.top_p == 0.0f) p.top_p = 1.0f;
    if (p.penalty_last_n <= 0) p.penalty_last_n = 64;
    return p;
}

// Builds the final candidate set (ids, probabilities summing to 1) for the next draw.
// Exposed for tests: the truncation rules are checked on it.
inline void sampler_candidates(qlm_sampler* s, const float* logits, int32_t n) {
    auto& c = s->cands;
    c.resize((size_t)n);
    for (int32_t i = 0; i < n; i++) c[(size_t)i] = {i, logits[i], 0.0f};
    for (const auto& b : s->bias)
        if (b.token >= 0 && b.token < n) c[(size_t)b.token].logit += b.bias;

    const qlm_sampler_params& p = s->p;
    if (p.repeat_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f) {
        // Count occurrences in the window; work[] is indexed by token (reset afterwards).
        s->work.resize((size_t)n);
        for (qlm_token t : s->history)
            if (t >= 0 && t < n) s->work[(size_t)t] += 1.0f;
        for (qlm_token t : s->history) {
            if (t < 0 || t >= n || s->work[(size_t)t] == 0.0f) continue;
            float cnt = s->work[(size_t)t];
            s->work[(size_t)t] = 0.0f; // penalise each token once
            float& l = c[(size_t)t].logit;
            l = l > 0 ? l / p.repeat_penalty : l * p.repeat_penalty;
            l -= cnt * p.frequency_penalty + p.presence_penalty;
        }
    }

    if (p.temperature <= 0.0f) { // greedy: one candidate
        size_t best = 0;
        for (size_t i = 1; i < c.size(); i++)
            if (c[i].logit > c[best].logit) best = i;
        c[0] = c[best];
        c[0].p = 1.0f;
        c.resize(1);
        return;
    }
    for (auto& x : c) x.logit /= p.temperature;
    auto by_logit = [](const qlm_sampler::cand& a, const qlm_sampler::cand& b) {
        return a.logit > b.logit || (a.logit == b.logit && a.id < b.id);
    };
    size_t k = c.size();
    if (p.top_k > 0 && (size_t)p.top_k < k) {
        k = (size_t)p.top_k;
        std::partial_sort(c.begin(), c.begin() + (ptrdiff_t)k, c.end(), by_logit);
        c.resize(k);
    } else {
        std::sort(c.begin(), c.end(), by_logit);
    }
    // Banned tokens (-inf) never survive.
    while (c.size() > 1 && std::isinf(c.back().logit) && c.back().logit < 0) c.pop_back();
    double sum = 0.0;
    float mx = c[0].logit;
    for (auto& x : c) {
        x.p = std::exp(x.logit - mx);
        sum += x.p;
    }
    for (auto& x : c) x.p = (float)(x.p / sum);
    if (p.top_p < 1.0f) { // smallest prefix whose mass reaches top_p
        double cum = 0.0;
        size_t keep = c.size();
        for (size_t i = 0; i < c.size(); i++) {
            cum += c[i].p;
            if (cum >= p.top_p) {
                keep = i + 1;
                break;
            }
        }
        c.resize(keep);
    }
    if (p.min_p > 0.0f) { // drop tokens less likely than min_p times the best
        float limit = c[0].p * p.min_p;
        size_t keep = 1;
        while (keep < c.size() && c[keep].p >= limit) keep++;
        c.resize(keep);
    }
    sum = 0.0;
    for (auto& x : c) sum += x.p;
    for (auto& x : c) x.p = (float)(x.p / sum);
}

// A token from a normalised candidate list, with the sampler's RNG (qlm_sampler_sample and
// speculative sampling). A single candidate draws no random number.
inline qlm_token sampler_draw(qlm_sampler* s, const std::vector<qlm_sampler::cand>& c) {
    if (c.size() == 1) return c[0].id;
    double r = rng_uniform(s), cum = 0.0;
    for (const auto& x : c) {
        cum += x.p;
        if (r < cum) return x.id;
    }
    return c.back().id;
}

} // namespace qlm_detail

extern "C" {

QLM_API qlm_sampler_params qlm_sampler_params_default(void) {
    return qlm_detail::sampler_defaults(nullptr);
}

QLM_API qlm_result qlm_sampler_create(const qlm_sampler_params* params, qlm_sampler** out,
                                      qlm_error* err) {
    using namespace qlm_detail;
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_sampler_create: out is NULL");
    *out = nullptr;
    qlm_sampler_params p = sampler_defaults(params);
    if (!(p.temperature >= 0.0f || p.temperature < 0.0f) || !(p.top_p >= 0.0f) ||
        !(p.min_p >= 0.0f && p.min_p <= 1.0f) || !(p.repeat_penalty > 0.0f) ||
        (p.n_logit_bias && !p.logit_bias))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX,
                    "qlm_sampler_create: a parameter is out of range (temperature, top_p in [0,1], "
                    "min_p in [0,1], repeat_penalty > 0, logit_bias)");
    qlm_sampler* s = new (std::nothrow) qlm_sampler();
    if (!s) return fail(err, nullptr, MSG_OOM, UINT64_MAX, "out of memory creating the sampler");
    s->p = p;
    if (p.n_logit_bias) s->bias.assign(p.logit_bias, p.logit_bias + p.n_logit_bias);
    s->p.logit_bias = nullptr;
    s->p.n_logit_bias = 0;
    s->seed = p.seed_set ? p.seed
                         : (uint64_t)std::chrono::high_resolution_clock::now().time_since_epoch().count();
    rng_seed(s, s->seed);
    *out = s;
    return QLM_OK;
}

QLM_API void qlm_sampler_free(qlm_sampler* s) { delete s; }

QLM_API qlm_token qlm_sampler_sample(qlm_sampler* s, const float* logits, int32_t n) {
    using namespace qlm_detail;
    if (!s || !logits || n <= 0) return -1;
    sampler_candidates(s, logits, n);
    return sampler_draw(s, s->cands);
}

QLM_API void qlm_sampler_accept(qlm_sampler* s, qlm_token token) {
    if (!s) return;
    size_t cap = (size_t)s->p.penalty_last_n;
    if (s->history.size() < cap) {
        s->history.push_back(token);
    } else {
        s->history[s->hist_pos] = token;
        s->hist_pos = (s->hist_pos + 1) % cap;
    }
}

QLM_API void qlm_sampler_reset(qlm_sampler* s) {
    if (!s) return;
    s->history.clear();
    s->hist_pos = 0;
    qlm_detail::rng_seed(s, s->seed);
}

} // extern "C"
#endif
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
// ==== [qlm:backend] the table of operations a compute backend provides ==================
// The CPU forward pass in model.h is the reference and needs no table. Another backend
// (Vulkan in vulkan.h; CUDA in cuda.h, through quantlm_cuda.cu) fills one backend_ops and
// hangs its state off the context. decode() sends tokens to `forward` when a context has
// a backend; context_shift() brings the KV cache to the host (kv_download), moves it with
// the CPU code, and sends it back (kv_upload), so a backend needs no shift kernel.
#ifndef QLM_BACKEND_H
#define QLM_BACKEND_H

struct qlm_context;

namespace qlm_detail {

struct backend_ops {
    const char* name;
    // Creates the backend's state for c (device, weights, KV cache); on failure the
    // context falls back to the CPU, so the error only explains why.
    qlm_result (*init)(qlm_context* c, qlm_error* err);
    // Runs n tokens at positions pos0.. through the model; with logits, leaves the last
    // token's logits in c->logits, or with c->p.logits_all every token's (row t at
    // c->logits + t * n_vocab; n <= n_batch then).
    qlm_result (*forward)(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err);
    // Copies positions [0, n_pos) of the device KV cache into c->kv, and back.
    qlm_result (*kv_download)(qlm_context* c, uint32_t n_pos);
    qlm_result (*kv_upload)(qlm_context* c, uint32_t n_pos);
    void (*free)(qlm_context* c);
};

} // namespace qlm_detail
#endif
// ==== [qlm:kv] the KV cache and attention over it ========================================
// Keys and values of every layer and position. Keys and values each have their own type:
// F16 (the default, as in llama.cpp) or INT8/INT4/INT2 (see attn.h for the row formats),
// quantized per token and head in groups of G values along head_dim. Attention reads the
// cache in place: no dequantized copy is made.
//
// Rotation. Per-token groups fail on raw keys, whose few outlier channels set every
// group's scale; an orthogonal rotation of head_dim spreads them out (QuaRot, SpinQuant).
// Keys are stored rotated, k' = R k, and the query is rotated the same way in attend, so
// q'.k' = q.k. Values are stored rotated, v' = R_v v, and the output is rotated back:
// sum p v = R_v^-1 sum p v'. Rotations:
//   none       identity
//   hadamard   R = H diag(s) / sqrt(hd): a fast Walsh-Hadamard transform after fixed
//              pseudo-random sign flips; needs hd a power of two.
//   calibrated per layer and KV head, matrices computed offline from a calibration text
//              and stored in the model file (kv_calib.h): keys get a transform T with
//              the query transform T^-T, which may be non-orthogonal.
// Full precision where it matters most (KIVI, StreamingLLM): the last `window` positions
// before the attending token and the first `sinks` positions are also kept as F16 and
// read from there; every position is still quantized, so the window needs no flush.
// Keys per channel (KIVI): with k_channel N, a key channel's levels are shared by a group
// of N positions (a step and a minimum per channel, head and group), which suits keys,
// whose channels keep their sign and size from token to token. A group is quantized
// when it fills; until then its positions are kept in F16 (kv_plane::stage).
//
// Layout (token-major, so appending a token writes one contiguous row per layer):
//   F16 plane:       f16  [n_layer][n_ctx][n_head_kv * head_dim]
//   quantized plane: q    [n_layer][n_ctx][n_head_kv][row_bytes]
//                    sink [n_layer][sinks][n_head_kv * head_dim]  F16
//                    ring [n_layer][window + n_batch][n_head_kv * head_dim]  F16, slot pos % size
//   per-channel keys: q holds the codes only, plus cs, stage and batch (see kv_plane)
// The ring has n_batch spare slots because a batch stores all its tokens before any of
// them attends: the first token's window must survive the batch's later writes.
#ifndef QLM_KV_H
#define QLM_KV_H
// ==== [qlm:attn] attention kernels over the KV cache ====================================
// Two kinds of cache rows. F16 rows (the default cache, and the full-precision window and
// sink tokens of a quantized cache) hold IEEE half floats, as llama.cpp does by default.
// Quantized rows hold one head's head_dim values in groups of G (a multiple of 32): first
// the G-groups' F16 scales, then the codes,
//   INT8: int8 c,         value = c * d
//   INT4: 4-bit c (0..15), value = (c - 7.5) * d   (16 symmetric levels, no zero)
//   INT2: 2-bit c (0..3),  value = (c - 1.5) * d   (4 symmetric levels)
// Within each 32 values, INT4 keeps values 0..15 in the low nibbles of 16 bytes and
// 16..31 in the high ones; INT2 keeps value j + 8k in bits 2k..2k+1 of byte j (8 bytes).
// The symmetric levels suit rotated data, which is centred and bell-shaped.
// Keys quantized per channel (kv.h) use the same code areas with a step and a minimum per
// channel instead of the row's scales: value = m + c * d (kvq_pick_range).
// Dot products and axpy read these rows directly (no dequantized copy) and accumulate in
// F32. The scalar versions are the reference; AVX2+F16C ones sum in another order.
#ifndef QLM_ATTN_H
#define QLM_ATTN_H

namespace qlm_detail {

enum kv_qtype { KVQ_INT8 = 0, KVQ_INT4 = 1, KVQ_INT2 = 2, KVQ_COUNT = 3 };
inline int kvq_bits(int t) { return t == KVQ_INT8 ? 8 : t == KVQ_INT4 ? 4 : 2; }
inline float kvq_offset(int t) { return t == KVQ_INT8 ? 0.0f : t == KVQ_INT4 ? 7.5f : 1.5f; }
// Bytes of one head's quantized row: scales then codes.
inline size_t kvq_row_bytes(int t, int hd, int G) { return (size_t)(hd / G) * 2 + (size_t)hd * kvq_bits(t) / 8; }

inline float dot_f16_f32_ref(const uint16_t* k, const float* q, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += fp16_to_fp32(k[i]) * q[i];
    return s;
}
inline void axpy_f16_ref(float* y, const uint16_t* v, float a, int n) {
    for (int i = 0; i < n; i++) y[i] += a * fp16_to_fp32(v[i]);
}
// Rounds to the nearest F16 value in place. Attention rounds queries and probabilities
// to F16 before multiplying them with the F16 cache, as llama.cpp's default F16-cache
// path does: it halves our mean logit difference to the reference.
inline void round_f16_ref(float* x, int n) {
    for (int i = 0; i < n; i++) x[i] = fp16_to_fp32(fp32_to_fp16(x[i]));
}
inline void store_f16_ref(uint16_t* dst, const float* src, int n) {
    for (int i = 0; i < n; i++) dst[i] = fp32_to_fp16(src[i]);
}

// Code of value i (0 <= i < hd) of a quantized row's code area.
inline int kvq_code(int t, const uint8_t* codes, int i) {
    if (t == KVQ_INT8) return (int8_t)codes[i];
    const int c32 = i / 32, j = i % 32;
    if (t == KVQ_INT4) {
        uint8_t b = codes[c32 * 16 + j % 16];
        return j < 16 ? (b & 15) : (b >> 4);
    }
    uint8_t b = codes[c32 * 8 + j % 8];
    return (b >> (2 * (j / 8))) & 3;
}

// The F16 scale for n values of type t (symmetric levels): INT4 and INT2 try a few clip
// levels and keep the one with the least squared error: at 2 bits, scaling to the largest
// value wastes most levels on a rare tail. The same scalar code runs on every machine, so
// a cache written anywhere reads back identically.
inline uint16_t kvq_pick_scale(int t, const float* x, int n) {
    float amax = 0.0f;
    for (int i = 0; i < n; i++) amax = std::max(amax, std::fabs(x[i]));
    if (!(amax > 0.0f)) return 0;
    const float off = kvq_offset(t), top = t == KVQ_INT8 ? 127.0f : off; // the largest level's multiple of d
    const float qmax = (float)((1 << kvq_bits(t)) - 1);
    const int n_try = t == KVQ_INT8 ? 1 : t == KVQ_INT4 ? 6 : 12;
    float best_err = INFINITY;
    uint16_t best_h = 0;
    for (int k = 0; k < n_try; k++) {
        uint16_t h = fp32_to_fp16(amax * (1.0f - 0.05f * (float)k) / top); // clip at 100%, 95%, ... of the max
        float d = fp16_to_fp32(h);
        if (d == 0.0f) continue;
        float id = 1.0f / d, err = 0.0f;
        for (int i = 0; i < n; i++) {
            float xi = x[i];
            float c = t == KVQ_INT8 ? std::nearbyint(xi * id) : std::min(std::max(std::nearbyint(xi * id + off), 0.0f), qmax);
            float e = xi - (c - off) * d;
            err += e * e;
        }
        if (err < best_err) {
            best_err = err;
            best_h = h;
        }
    }
    return best_h;
}

// Sets value i of a code area that starts zeroed to code c.
inline void kvq_set_code(int t, uint8_t* codes, int i, int c) {
    if (t == KVQ_INT8) {
        codes[i] = (uint8_t)(int8_t)c;
        return;
    }
    const int c32 = i / 32, j = i % 32;
    if (t == KVQ_INT4) codes[c32 * 16 + j % 16] |= (uint8_t)(c << (j < 16 ? 0 : 4));
    else codes[c32 * 8 + j % 8] |= (uint8_t)(c << (2 * (j / 8)));
}
// The code of x for inverse scale id (0 for a zero scale), symmetric levels.
inline int kvq_level(int t, float x, float id) {
    if (t == KVQ_INT8) return (int)std::min(std::max(std::nearbyint(x * id), -127.0f), 127.0f);
    return (int)std::min(std::max(std::nearbyint(x * id + kvq_offset(t)), 0.0f), (float)((1 << kvq_bits(t)) - 1));
}

// Per-channel keys (INT4, INT2): levels m + c * d, c in 0..2^bits - 1, with an F16 step d
// and minimum m per channel and group of positions. Asymmetric because a key channel
// keeps much of its sign and size from token to token (SmolLM2 at 2k, INT2 keys and
// values, groups of 64, 4 sinks: KLD 0.205 with these levels against 0.324 with
// symmetric ones, calibrated rotation; 0.277 against 0.407 with Hadamard). The range
// tried shrinks around its midpoint, keeping the least squared error, as the symmetric
// clip search does.
inline void kvq_pick_range(int t, const float* x, int n, uint16_t* dh, uint16_t* mh) {
    float lo = INFINITY, hi = -INFINITY;
    for (int i = 0; i < n; i++) lo = std::min(lo, x[i]), hi = std::max(hi, x[i]);
    *dh = 0;
    *mh = fp32_to_fp16(n ? lo : 0.0f);
    const float qmax = (float)((1 << kvq_bits(t)) - 1), mid = 0.5f * (lo + hi);
    float best_err = INFINITY;
    for (int k = 0; k < 8 && hi > lo; k++) {
        const float r = 0.5f * (hi - lo) * (1.0f - 0.04f * (float)k);
        const uint16_t d16 = fp32_to_fp16(2.0f * r / qmax), m16 = fp32_to_fp16(mid - r);
        const float d = fp16_to_fp32(d16), m = fp16_to_fp32(m16);
        if (d == 0.0f) continue;
        float err = 0.0f;
        for (int i = 0; i < n; i++) {
            float e = x[i] - (m + std::min(std::max(std::nearbyint((x[i] - m) / d), 0.0f), qmax) * d);
            err += e * e;
        }
        if (err < best_err) best_err = err, *dh = d16, *mh = m16;
    }
}
inline int kvq_level_range(int t, float x, float d, float m) {
    if (d == 0.0f) return 0;
    return (int)std::min(std::max(std::nearbyint((x - m) / d), 0.0f), (float)((1 << kvq_bits(t)) - 1));
}

// Quantizes one head (hd values, groups of G) into a row.
inline void kvq_quantize_row(int t, const float* x, uint8_t* row, int hd, int G) {
    uint8_t* codes = row + (size_t)(hd / G) * 2;
    memset(codes, 0, (size_t)hd * kvq_bits(t) / 8);
    for (int g = 0; g < hd / G; g++) {
        uint16_t h = kvq_pick_scale(t, x + (size_t)g * G, G);
        memcpy(row + 2 * g, &h, 2); // rows need not be aligned
        float d = fp16_to_fp32(h), id = d > 0.0f ? 1.0f / d : 0.0f;
        for (int i = g * G; i < (g + 1) * G; i++) kvq_set_code(t, codes, i, kvq_level(t, x[i], id));
    }
}

inline float kvq_scale(const uint8_t* row, int g) {
    uint16_t h;
    memcpy(&h, row + 2 * g, 2);
    return fp16_to_fp32(h);
}

inline void kvq_dequantize_row(int t, const uint8_t* row, float* y, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    for (int i = 0; i < hd; i++) y[i] = ((float)kvq_code(t, codes, i) - off) * kvq_scale(row, i / G);
}

// q . dequant(row). qsum[g] = sum of q over group g (folds the code offset out of the
// inner loop).
inline float dot_kvq_ref(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    float s = 0.0f;
    for (int g = 0; g < hd / G; g++) {
        float a = 0.0f;
        for (int i = g * G; i < (g + 1) * G; i++) a += (float)kvq_code(t, codes, i) * q[i];
        s += kvq_scale(row, g) * (a - off * qsum[g]);
    }
    return s;
}
// sum of code_i * x_i over n codes (a multiple of 32) of a code area: a key of a
// per-channel group, with x the query already multiplied by the channels' scales.
inline float dot_codes_ref(int t, const uint8_t* codes, const float* x, int n) {
    float s = 0.0f;
    for (int i = 0; i < n; i++) s += (float)kvq_code(t, codes, i) * x[i];
    return s;
}
// y += a * dequant(row)
inline void axpy_kvq_ref(int t, float* y, const uint8_t* row, float a, int hd, int G) {
    const uint8_t* codes = row + (size_t)(hd / G) * 2;
    const float off = kvq_offset(t);
    for (int g = 0; g < hd / G; g++) {
        float ad = a * kvq_scale(row, g);
        for (int i = g * G; i < (g + 1) * G; i++) y[i] += ad * ((float)kvq_code(t, codes, i) - off);
    }
}

#if defined(QLM_HAS_AVX2)
QLMI_TARGET_AVX2 inline float hsum256(__m256 acc) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
QLMI_TARGET_AVX2 inline float dot_f16_f32_avx2(const uint16_t* k, const float* q, int n) {
    __m256 acc = _mm256_setzero_ps();
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 kk = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(k + i)));
        acc = _mm256_fmadd_ps(kk, _mm256_loadu_ps(q + i), acc);
    }
    float r = hsum256(acc);
    for (; i < n; i++) r += fp16_to_fp32(k[i]) * q[i];
    return r;
}
QLMI_TARGET_AVX2 inline void axpy_f16_avx2(float* y, const uint16_t* v, float a, int n) {
    __m256 va = _mm256_set1_ps(a);
    int i = 0;
    for (; i + 8 <= n; i += 8) {
        __m256 vv = _mm256_cvtph_ps(_mm_loadu_si128((const __m128i*)(v + i)));
        _mm256_storeu_ps(y + i, _mm256_fmadd_ps(vv, va, _mm256_loadu_ps(y + i)));
    }
    for (; i < n; i++) y[i] += a * fp16_to_fp32(v[i]);
}
QLMI_TARGET_AVX2 inline void round_f16_avx2(float* x, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(x + i, _mm256_cvtph_ps(_mm256_cvtps_ph(_mm256_loadu_ps(x + i), _MM_FROUND_TO_NEAREST_INT)));
    for (; i < n; i++) x[i] = fp16_to_fp32(fp32_to_fp16(x[i]));
}
QLMI_TARGET_AVX2 inline void store_f16_avx2(uint16_t* dst, const float* src, int n) {
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm_storeu_si128((__m128i*)(dst + i),
                         _mm256_cvtps_ph(_mm256_loadu_ps(src + i), _MM_FROUND_TO_NEAREST_INT));
    for (; i < n; i++) dst[i] = fp32_to_fp16(src[i]);
}

// The codes of 32 values as four vectors of 8 floats (offset not yet removed).
QLMI_TARGET_AVX2 inline void kvq_unpack32(int t, const uint8_t* c, __m256 out[4]) {
    if (t == KVQ_INT8) {
        for (int k = 0; k < 4; k++)
            out[k] = _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i*)(c + 8 * k))));
    } else if (t == KVQ_INT4) {
        const __m128i b = _mm_loadu_si128((const __m128i*)c), m = _mm_set1_epi8(15);
        const __m128i lo = _mm_and_si128(b, m), hi = _mm_and_si128(_mm_srli_epi16(b, 4), m);
        out[0] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(lo));
        out[1] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_srli_si128(lo, 8)));
        out[2] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(hi));
        out[3] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_srli_si128(hi, 8)));
    } else {
        const __m128i b = _mm_loadl_epi64((const __m128i*)c), m = _mm_set1_epi8(3);
        out[0] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(b, m)));
        out[1] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 2), m)));
        out[2] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 4), m)));
        out[3] = _mm256_cvtepi32_ps(_mm256_cvtepu8_epi32(_mm_and_si128(_mm_srli_epi16(b, 6), m)));
    }
}
QLMI_TARGET_AVX2 inline float dot_kvq_avx2(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G) {
    const int ng = hd / G, cb = kvq_bits(t) * 4; // code bytes per 32 values
    const uint8_t* codes = row + (size_t)ng * 2;
    const float off = kvq_offset(t);
    __m256 tot = _mm256_setzero_ps();
    float corr = 0.0f;
    for (int g = 0; g < ng; g++) {
        __m256 acc = _mm256_setzero_ps();
        for (int i = g * G; i < (g + 1) * G; i += 32) {
            __m256 c[4];
            kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
            for (int k = 0; k < 4; k++) acc = _mm256_fmadd_ps(c[k], _mm256_loadu_ps(q + i + 8 * k), acc);
        }
        const float d = kvq_scale(row, g);
        tot = _mm256_fmadd_ps(acc, _mm256_set1_ps(d), tot);
        corr += d * off * qsum[g];
    }
    return hsum256(tot) - corr;
}
QLMI_TARGET_AVX2 inline float dot_codes_avx2(int t, const uint8_t* codes, const float* x, int n) {
    const int cb = kvq_bits(t) * 4;
    __m256 acc = _mm256_setzero_ps();
    for (int i = 0; i < n; i += 32) {
        __m256 c[4];
        kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
        for (int k = 0; k < 4; k++) acc = _mm256_fmadd_ps(c[k], _mm256_loadu_ps(x + i + 8 * k), acc);
    }
    return hsum256(acc);
}
QLMI_TARGET_AVX2 inline void axpy_kvq_avx2(int t, float* y, const uint8_t* row, float a, int hd, int G) {
    const int ng = hd / G, cb = kvq_bits(t) * 4;
    const uint8_t* codes = row + (size_t)ng * 2;
    const __m256 off = _mm256_set1_ps(kvq_offset(t));
    for (int g = 0; g < ng; g++) {
        const __m256 ad = _mm256_set1_ps(a * kvq_scale(row, g));
        for (int i = g * G; i < (g + 1) * G; i += 32) {
            __m256 c[4];
            kvq_unpack32(t, codes + (size_t)(i / 32) * cb, c);
            for (int k = 0; k < 4; k++) {
                float* yk = y + i + 8 * k;
                _mm256_storeu_ps(yk, _mm256_fmadd_ps(_mm256_sub_ps(c[k], off), ad, _mm256_loadu_ps(yk)));
            }
        }
    }
}
#endif

struct attn_kernels {
    float (*dot_f16_f32)(const uint16_t*, const float*, int);
    void (*axpy_f16)(float*, const uint16_t*, float, int);
    void (*store_f16)(uint16_t*, const float*, int);
    void (*round_f16)(float*, int);
    float (*dot_kvq)(int t, const uint8_t* row, const float* q, const float* qsum, int hd, int G);
    void (*axpy_kvq)(int t, float* y, const uint8_t* row, float a, int hd, int G);
    float (*dot_codes)(int t, const uint8_t* codes, const float* x, int n);
};

inline const attn_kernels& attn_kernels_ref() {
    static const attn_kernels k{dot_f16_f32_ref, axpy_f16_ref, store_f16_ref, round_f16_ref, dot_kvq_ref, axpy_kvq_ref, dot_codes_ref};
    return k;
}

inline const attn_kernels& attn_kernels_get() {
    static const attn_kernels k = [] {
        attn_kernels r = attn_kernels_ref();
#if defined(QLM_HAS_AVX2)
        if (cpu().avx2 && cpu().fma)
            r = {dot_f16_f32_avx2, axpy_f16_avx2, store_f16_avx2, round_f16_avx2, dot_kvq_avx2, axpy_kvq_avx2, dot_codes_avx2};
#endif
        return r;
    }();
    return k;
}

} // namespace qlm_detail
#endif

#include <memory>
#include <mutex>

namespace qlm_detail {

constexpr int KV_MAX_HEAD_DIM = 256; // rotations and scratch use stack arrays this long

// In-place fast Walsh-Hadamard transform, unnormalised; n a power of two.
inline void fwht(float* x, int n) {
    for (int h = 1; h < n; h *= 2)
        for (int i = 0; i < n; i += 2 * h)
            for (int j = i; j < i + h; j++) {
                float a = x[j], b = x[j + h];
                x[j] = a + b;
                x[j + h] = a - b;
            }
}

// The rotation of keys/queries and values, per layer and KV head.
struct kv_rotation {
    qlm_kv_rot kind = QLM_KV_ROT_NONE;
    int hd = 0, n_head_kv = 0;
    std::vector<float> sign; // [hd] hadamard sign flips
    // calibrated: [n_layer][n_head_kv][hd][hd] row-major, y = M x
    std::vector<float> kf, qf, vf, vinv;

    void init_hadamard(int head_dim) {
        kind = QLM_KV_ROT_HADAMARD;
        hd = head_dim;
        sign.resize((size_t)hd);
        uint32_t s = 0x9e3779b9u; // fixed: a cache written by one run must read in another
        for (int i = 0; i < hd; i++) {
            s = s * 1664525u + 1013904223u;
            sign[(size_t)i] = (s >> 31) ? -1.0f : 1.0f;
        }
    }
    static void matvec(const float* m, const float* x, float* y, int n) {
        for (int i = 0; i < n; i++) {
            float a = 0.0f;
            for (int j = 0; j < n; j++) a += m[(size_t)i * n + j] * x[j];
            y[i] = a;
        }
    }
    const float* mat(const std::vector<float>& m, int l, int h) const {
        return m.data() + ((size_t)l * n_head_kv + h) * (size_t)hd * hd;
    }
    // which: 0 key, 1 query, 2 value, 3 value inverse. x and y hold hd floats; may alias
    // only for hadamard and none.
    void apply(int which, int l, int h, const float* x, float* y) const {
        if (kind == QLM_KV_ROT_NONE) {
            if (y != x) memcpy(y, x, (size_t)hd * sizeof(float));
        } else if (kind == QLM_KV_ROT_HADAMARD) {
            const float sc = 1.0f / std::sqrt((float)hd);
            if (which == 3) { // inverse: diag(s) H / sqrt(hd)
                if (y != x) memcpy(y, x, (size_t)hd * sizeof(float));
                fwht(y, hd);
                for (int i = 0; i < hd; i++) y[i] *= sc * sign[(size_t)i];
            } else {
                for (int i = 0; i < hd; i++) y[i] = x[i] * sign[(size_t)i] * sc;
                fwht(y, hd);
            }
        } else {
            const std::vector<float>& m = which == 0 ? kf : which == 1 ? qf : which == 2 ? vf : vinv;
            matvec(mat(m, l, h), x, y, hd);
        }
    }
};

// Second moments gathered while calibrating (kv_calib.h): sums of x x^T per layer and KV
// head for keys, values (as stored, before rotation) and queries (all query heads of a
// KV head together), plus the token counts.
struct kv_calib_stats {
    int n_layer = 0, n_head_kv = 0, hd = 0;
    std::vector<double> kk, vv, qq; // [n_layer][n_head_kv][hd][hd]
    std::vector<double> n_k, n_q;   // [n_layer]
    std::mutex mu;
    void init(int layers, int heads, int head_dim) {
        n_layer = layers;
        n_head_kv = heads;
        hd = head_dim;
        size_t n = (size_t)layers * heads * head_dim * head_dim;
        kk.assign(n, 0.0);
        vv.assign(n, 0.0);
        qq.assign(n, 0.0);
        n_k.assign((size_t)layers, 0.0);
        n_q.assign((size_t)layers, 0.0);
    }
    static void add_outer(double* m, const float* x, int n) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) m[(size_t)i * n + j] += (double)x[i] * x[j];
    }
    double* at(std::vector<double>& m, int l, int h) { return m.data() + ((size_t)l * n_head_kv + h) * (size_t)hd * hd; }
};

// One of the two halves of the cache (keys or values).
struct kv_plane {
    int type = -1; // -1 F16, else kv_qtype
    int n_layer = 0, n_head_kv = 0, hd = 0, kv_dim = 0, G = 0;
    uint32_t n_ctx = 0, n_sink = 0, n_ring = 0;
    uint32_t T = 0;       // per-channel groups of T positions (keys only); 0 = per token
    size_t row_bytes = 0; // one head's quantized row (per channel: its codes only)
    buffer<uint16_t> f16;
    buffer<uint8_t> q;
    buffer<uint16_t> sink, ring;
    // Per channel: cs [n_layer][n_ctx / T][n_head_kv][2][hd] F16 steps then minima; stage [n_layer][T - 1]
    // [kv_dim] F16, the positions of the group not yet filled (slot p % T); batch
    // [T - 1 + n_batch][kv_dim] F16, the positions from the start of the unfilled group to
    // the end of the batch being stored, for the layer being run (so for one layer at a time).
    buffer<uint16_t> cs, stage, batch;
    std::vector<uint32_t> stage_g;                  // [n_layer] the group whose positions stage holds
    std::unique_ptr<std::atomic<uint32_t>[]> n_put; // [n_layer] positions of the batch stored so far
    uint32_t b_pos = 0, b_n = 0, n_batch = 0;       // the batch being stored; its largest size

    bool init(const allocator* al, int t, int layers, uint32_t ctx, int heads, int head_dim, int group,
              uint32_t sinks, uint32_t ring_size, uint32_t chan, uint32_t max_batch) {
        type = t;
        n_layer = layers;
        n_ctx = ctx;
        n_head_kv = heads;
        hd = head_dim;
        kv_dim = heads * head_dim;
        G = group;
        const size_t rows = (size_t)layers * ctx;
        if (type < 0) return f16.init(al, rows * (size_t)kv_dim);
        n_sink = std::min(sinks, ctx);
        n_ring = ring_size;
        T = chan;
        n_batch = max_batch;
        row_bytes = T ? (size_t)hd * kvq_bits(type) / 8 : kvq_row_bytes(type, hd, G);
        if (T) {
            stage_g.assign((size_t)layers, 0);
            n_put.reset(new std::atomic<uint32_t>[(size_t)layers]);
            if (!cs.init(al, (size_t)layers * (ctx / T) * kv_dim * 2) || !stage.init(al, (size_t)layers * (T - 1) * kv_dim) ||
                !batch.init(al, (size_t)(T - 1 + max_batch) * kv_dim))
                return false;
        }
        return q.init(al, rows * heads * row_bytes) && (!n_sink || sink.init(al, (size_t)layers * n_sink * kv_dim)) &&
               (!n_ring || ring.init(al, (size_t)layers * n_ring * kv_dim));
    }
    size_t bytes() const { return f16.n * 2 + q.n + (sink.n + ring.n + cs.n + stage.n + batch.n) * 2; }
    uint16_t* f16_row(int l, uint32_t p) { return f16.p + ((size_t)l * n_ctx + p) * (size_t)kv_dim; }
    uint8_t* q_row(int l, uint32_t p, int h) { return q.p + (((size_t)l * n_ctx + p) * n_head_kv + h) * row_bytes; }
    uint16_t* sink_row(int l, uint32_t p) { return sink.p + ((size_t)l * n_sink + p) * (size_t)kv_dim; }
    uint16_t* ring_row(int l, uint32_t p) { return ring.p + ((size_t)l * n_ring + p % n_ring) * (size_t)kv_dim; }
    // Per channel: the steps and minima of head h of the group holding position p; position p's
    // staged row; position p's row in the batch area.
    uint16_t* cs_row(int l, uint32_t p, int h) {
        return cs.p + (((size_t)l * (n_ctx / T) + p / T) * n_head_kv + h) * (size_t)hd * 2;
    }
    uint16_t* stage_row(int l, uint32_t p) { return stage.p + ((size_t)l * (T - 1) + p % T) * (size_t)kv_dim; }
    uint16_t* batch_row(uint32_t p) { return batch.p + (size_t)(p - b_pos / T * T) * kv_dim; }

    // Writes head h of position p (hd floats, already rotated).
    void write(int l, uint32_t p, int h, const float* x) {
        const attn_kernels& ak = attn_kernels_get();
        if (type < 0) {
            ak.store_f16(f16_row(l, p) + (size_t)h * hd, x, hd);
            return;
        }
        if (T) ak.store_f16(batch_row(p) + (size_t)h * hd, x, hd); // quantized when its group fills
        else kvq_quantize_row(type, x, q_row(l, p, h), hd, G);
        if (p < n_sink) ak.store_f16(sink_row(l, p) + (size_t)h * hd, x, hd);
        if (n_ring) ak.store_f16(ring_row(l, p) + (size_t)h * hd, x, hd);
    }
    // The most precise copy of head h of position p into y, while n_valid positions are
    // stored (the ring holds the last n_ring of them). Not during a batch.
    void read(int l, uint32_t p, int h, uint32_t n_valid, float* y) {
        const uint16_t* r = nullptr;
        if (type < 0) r = f16_row(l, p);
        else if (p < n_sink) r = sink_row(l, p);
        else if (n_ring && p + n_ring >= n_valid && p < n_valid) r = ring_row(l, p);
        else if (T && p >= n_valid / T * T) r = stage_row(l, p);
        if (r) {
            for (int i = 0; i < hd; i++) y[i] = fp16_to_fp32(r[(size_t)h * hd + i]);
            return;
        }
        if (T) dequantize_chan(l, p, h, y);
        else kvq_dequantize_row(type, q_row(l, p, h), y, hd, G);
    }
    void dequantize_chan(int l, uint32_t p, int h, float* y) {
        const uint8_t* codes = q_row(l, p, h);
        const uint16_t* d = cs_row(l, p, h);
        for (int i = 0; i < hd; i++) y[i] = fp16_to_fp32(d[hd + i]) + (float)kvq_code(type, codes, i) * fp16_to_fp32(d[i]);
    }

    // Per channel. Called (single-threaded) before a batch of n positions from pos is stored.
    void begin_batch(uint32_t pos, uint32_t n) {
        b_pos = pos;
        b_n = n;
        for (int l = 0; l < n_layer; l++) n_put[(size_t)l].store(0);
    }
    // Per channel: counts one stored position of layer l; the thread that stores the
    // batch's last one quantizes the groups the batch filled. Threads store positions in
    // any order, so no group can be quantized before all of the batch is there.
    void put_done(int l) {
        if (n_put[(size_t)l].fetch_add(1, std::memory_order_acq_rel) + 1 == b_n) end_batch(l);
    }
    void end_batch(int l) {
        const uint32_t g0 = b_pos / T * T, end = b_pos + b_n, g_end = end / T * T;
        const size_t row16 = (size_t)kv_dim * sizeof(uint16_t);
        // The unfilled group's earlier positions, into the batch area. A cancelled batch
        // may have quantized their group already: then they come from there.
        for (uint32_t p = g0; p < b_pos; p++) {
            if (stage_g[(size_t)l] == g0) {
                memcpy(batch_row(p), stage_row(l, p), row16);
                continue;
            }
            float y[KV_MAX_HEAD_DIM];
            for (int h = 0; h < n_head_kv; h++) {
                dequantize_chan(l, p, h, y);
                store_f16_ref(batch_row(p) + (size_t)h * hd, y, hd);
            }
        }
        for (uint32_t g = g0; g < g_end; g += T) quantize_group(l, g);
        for (uint32_t p = g_end; p < end; p++) memcpy(stage_row(l, p), batch_row(p), row16);
        stage_g[(size_t)l] = g_end;
    }
    // Each channel of positions [g, g + T), from the batch area: one step and minimum per
    // channel, chosen without the sink positions (read from their F16 copies).
    void quantize_group(int l, uint32_t g) {
        const uint32_t s0 = std::min(std::max(n_sink, g) - g, T);
        std::vector<float> x((size_t)T);
        for (uint32_t t = 0; t < T; t++) memset(q_row(l, g + t, 0), 0, (size_t)n_head_kv * row_bytes);
        for (int h = 0; h < n_head_kv; h++)
            for (int i = 0; i < hd; i++) {
                for (uint32_t t = 0; t < T; t++) x[t] = fp16_to_fp32(batch_row(g + t)[(size_t)h * hd + i]);
                uint16_t* dm = cs_row(l, g, h);
                kvq_pick_range(type, x.data() + s0, (int)(T - s0), &dm[i], &dm[hd + i]);
                const float d = fp16_to_fp32(dm[i]), m = fp16_to_fp32(dm[hd + i]);
                for (uint32_t t = 0; t < T; t++) kvq_set_code(type, q_row(l, g + t, h), i, kvq_level_range(type, x[t], d, m));
            }
    }
};

struct kv_cache {
    kv_plane kp, vp;
    kv_rotation rot;
    buffer<int32_t> tokens; // [n_ctx] the token at each position, for save/restore
    uint32_t n_ctx = 0, window = 0;
    int n_layer = 0, n_head_kv = 0, head_dim = 0, kv_dim = 0;
    kv_calib_stats* calib = nullptr; // set only while calibrating

    // type_k/type_v: QLM_KV_*; group: values per scale (a multiple of 32 dividing hd);
    // window: recent positions also kept as F16; sinks: first positions kept as F16;
    // n_batch: the most tokens one forward pass stores. r: the rotation, already set up.
    // k_chan: keys per channel in groups of k_chan positions (0 = per token).
    bool init(const allocator* al, int layers, uint32_t ctx, int heads_kv, int hd, qlm_kv_type type_k,
              qlm_kv_type type_v, int group, uint32_t win, uint32_t sinks, uint32_t n_batch, uint32_t k_chan = 0) {
        n_layer = layers;
        n_ctx = ctx;
        n_head_kv = heads_kv;
        head_dim = hd;
        kv_dim = heads_kv * hd;
        window = win;
        uint32_t ring = win ? std::min(win + n_batch, ctx) : 0;
        auto qt = [](qlm_kv_type t) { return t == QLM_KV_F16 ? -1 : (int)t - 1; };
        return kp.init(al, qt(type_k), layers, ctx, heads_kv, hd, group, sinks, ring, k_chan, n_batch) &&
               vp.init(al, qt(type_v), layers, ctx, heads_kv, hd, group, sinks, ring, 0, n_batch) && tokens.init(al, ctx);
    }
    size_t bytes() const { return kp.bytes() + vp.bytes(); }

    // Writes the keys and values of one token (kv_dim floats each) at pos.
    void store(int l, uint32_t pos, const float* kf, const float* vf) {
        if (calib) {
            std::lock_guard<std::mutex> lock(calib->mu);
            for (int h = 0; h < n_head_kv; h++) {
                kv_calib_stats::add_outer(calib->at(calib->kk, l, h), kf + (size_t)h * head_dim, head_dim);
                kv_calib_stats::add_outer(calib->at(calib->vv, l, h), vf + (size_t)h * head_dim, head_dim);
            }
            calib->n_k[(size_t)l] += 1.0;
        }
        float tmp[KV_MAX_HEAD_DIM];
        for (int h = 0; h < n_head_kv; h++) {
            rot.apply(0, l, h, kf + (size_t)h * head_dim, tmp);
            kp.write(l, pos, h, tmp);
            rot.apply(2, l, h, vf + (size_t)h * head_dim, tmp);
            vp.write(l, pos, h, tmp);
        }
        if (kp.T) kp.put_done(l);
    }
    // Called before each batch of n tokens from pos is run: keeps the history (for
    // qlm_context_save) and tells per-channel keys which positions are coming.
    void note_tokens(uint32_t pos, const int32_t* toks, uint32_t n) {
        memcpy(tokens.p + pos, toks, (size_t)n * sizeof(int32_t));
        if (kp.T) kp.begin_batch(pos, n);
    }

    // First quantized position and first window position for a token attending to
    // [0, n_pos) of a quantized plane: [0, a) sinks, [a, b) quantized, [b, n_pos) window.
    void regions(const kv_plane& pl, uint32_t n_pos, uint32_t* a, uint32_t* b) const {
        *a = std::min(pl.n_sink, n_pos);
        *b = std::max(*a, n_pos > window ? n_pos - window : 0u);
    }

    // out[head_dim] = softmax(q . K[0..n_pos) * scale) . V[0..n_pos) for KV head kvh.
    // sc: n_pos floats of scratch; qtmp: head_dim floats of scratch.
    void attend(int l, int kvh, uint32_t n_pos, const float* q, float scale, float* out, float* sc, float* qtmp) {
        attend_from(l, kvh, 0, n_pos, q, scale, out, sc, qtmp);
    }
    // The same over positions [p0, n_pos) only: a sliding-window layer's view.
    void attend_from(int l, int kvh, uint32_t p0, uint32_t n_pos, const float* q, float scale, float* out, float* sc,
                     float* qtmp) {
        const attn_kernels& ak = attn_kernels_get();
        const int HD = head_dim;
        if (calib) {
            std::lock_guard<std::mutex> lock(calib->mu);
            kv_calib_stats::add_outer(calib->at(calib->qq, l, kvh), q, HD);
            calib->n_q[(size_t)l] += 1.0;
        }
        rot.apply(1, l, kvh, q, qtmp);
        float mx = -INFINITY;
        if (kp.type < 0) {
            // Queries and probabilities are rounded to F16 before they meet the F16 cache, as
            // llama.cpp's F16-cache path does: it halves our mean logit difference to it.
            ak.round_f16(qtmp, HD);
            const uint16_t* kb = kp.f16_row(l, 0) + (size_t)kvh * HD;
            for (uint32_t p = p0; p < n_pos; p++) sc[p] = ak.dot_f16_f32(kb + (size_t)p * kv_dim, qtmp, HD);
        } else {
            uint32_t a, b;
            regions(kp, n_pos, &a, &b);
            for (uint32_t p = p0; p < a; p++) sc[p] = ak.dot_f16_f32(kp.sink_row(l, p) + (size_t)kvh * HD, qtmp, HD);
            if (kp.T) {
                // Filled groups [a, e): per group, the query times each channel's step,
                // and q . minima, one term for the group. Positions of the unfilled
                // group are read in F16 from the batch area: every token sees the
                // positions after the last group it could see filled at full precision,
                // however the tokens were split into batches.
                const uint32_t e = std::max(a, std::min(b, n_pos / kp.T * kp.T));
                float qd[KV_MAX_HEAD_DIM], bias = 0.0f;
                for (uint32_t p = std::max(a, p0); p < e; p++) {
                    if (p == std::max(a, p0) || p % kp.T == 0) {
                        const uint16_t* d = kp.cs_row(l, p, kvh);
                        bias = 0.0f;
                        for (int i = 0; i < HD; i++) {
                            qd[i] = qtmp[i] * fp16_to_fp32(d[i]);
                            bias += qtmp[i] * fp16_to_fp32(d[HD + i]);
                        }
                    }
                    sc[p] = bias + ak.dot_codes(kp.type, kp.q_row(l, p, kvh), qd, HD);
                }
                for (uint32_t p = std::max(e, p0); p < b; p++) sc[p] = ak.dot_f16_f32(kp.batch_row(p) + (size_t)kvh * HD, qtmp, HD);
            } else {
                float qsum[KV_MAX_HEAD_DIM / 32];
                for (int g = 0; g < HD / kp.G; g++) {
                    qsum[g] = 0.0f;
                    for (int i = g * kp.G; i < (g + 1) * kp.G; i++) qsum[g] += qtmp[i];
                }
                for (uint32_t p = std::max(a, p0); p < b; p++) sc[p] = ak.dot_kvq(kp.type, kp.q_row(l, p, kvh), qtmp, qsum, HD, kp.G);
            }
            for (uint32_t p = std::max(b, p0); p < n_pos; p++) sc[p] = ak.dot_f16_f32(kp.ring_row(l, p) + (size_t)kvh * HD, qtmp, HD);
        }
        for (uint32_t p = p0; p < n_pos; p++) {
            sc[p] *= scale;
            mx = std::max(mx, sc[p]);
        }
        float sum = 0.0f;
        for (uint32_t p = p0; p < n_pos; p++) {
            sc[p] = std::exp(sc[p] - mx);
            sum += sc[p];
        }
        float inv = 1.0f / sum;
        for (uint32_t p = p0; p < n_pos; p++) sc[p] *= inv;
        float acc[KV_MAX_HEAD_DIM];
        float* o = rot.kind == QLM_KV_ROT_NONE ? out : acc;
        for (int d = 0; d < HD; d++) o[d] = 0.0f;
        if (vp.type < 0) {
            ak.round_f16(sc + p0, (int)(n_pos - p0));
            const uint16_t* vb = vp.f16_row(l, 0) + (size_t)kvh * HD;
            for (uint32_t p = p0; p < n_pos; p++) ak.axpy_f16(o, vb + (size_t)p * kv_dim, sc[p], HD);
        } else {
            uint32_t a, b;
            regions(vp, n_pos, &a, &b);
            for (uint32_t p = p0; p < a; p++) ak.axpy_f16(o, vp.sink_row(l, p) + (size_t)kvh * HD, sc[p], HD);
            for (uint32_t p = std::max(a, p0); p < b; p++) ak.axpy_kvq(vp.type, o, vp.q_row(l, p, kvh), sc[p], HD, vp.G);
            for (uint32_t p = std::max(b, p0); p < n_pos; p++) ak.axpy_f16(o, vp.ring_row(l, p) + (size_t)kvh * HD, sc[p], HD);
        }
        if (o != out) rot.apply(3, l, kvh, acc, out);
    }

    // Moves positions [from, from + n) to [to, to + n) (to < from, n > 0; from + n positions are
    // stored), passing each moved key, unrotated, through fix_key(layer, key) (which
    // re-rotates it for its new position). Quantized values move as bytes; keys are quantized again.
    template <typename F>
    void move(uint32_t from, uint32_t to, uint32_t n, F fix_key) {
        const int HD = head_dim;
        const uint32_t n_valid = from + n;
        std::vector<float> ks((size_t)n * kv_dim), vs((size_t)n * kv_dim), tmp((size_t)kv_dim);
        for (int l = 0; l < n_layer; l++) {
            // Read everything first: the ring slots being written may hold rows not yet read.
            for (uint32_t i = 0; i < n; i++)
                for (int h = 0; h < n_head_kv; h++) {
                    float* kd = ks.data() + (size_t)i * kv_dim + (size_t)h * HD;
                    kp.read(l, from + i, h, n_valid, tmp.data());
                    if (rot.kind == QLM_KV_ROT_CALIBRATED) memcpy(kd, tmp.data(), (size_t)HD * sizeof(float));
                    else rot.apply(3, l, h, tmp.data(), kd); // orthogonal: the value inverse undoes it
                    vp.read(l, from + i, h, n_valid, vs.data() + (size_t)i * kv_dim + (size_t)h * HD);
                }
            // Per-channel keys go through the batch area in chunks of at most n_batch, as
            // decoding would store them; the group holding `to` is quantized again.
            const uint32_t chunk = kp.T ? kp.n_batch : n;
            for (uint32_t i = 0; i < n; i++) {
                if (kp.T && i % chunk == 0) {
                    kp.b_pos = to + i;
                    kp.b_n = std::min(chunk, n - i);
                }
                float* kd = ks.data() + (size_t)i * kv_dim;
                if (rot.kind == QLM_KV_ROT_CALIBRATED) unrotate_keys(l, kd, tmp.data());
                fix_key(l, kd);
                float r[KV_MAX_HEAD_DIM];
                for (int h = 0; h < n_head_kv; h++) {
                    rot.apply(0, l, h, kd + (size_t)h * HD, r);
                    kp.write(l, to + i, h, r);
                    const float* vd = vs.data() + (size_t)i * kv_dim + (size_t)h * HD;
                    if (vp.type < 0) {
                        vp.write(l, to + i, h, vd);
                        continue;
                    }
                    memcpy(vp.q_row(l, to + i, h), vp.q_row(l, from + i, h), vp.row_bytes);
                    if (to + i < vp.n_sink) attn_kernels_get().store_f16(vp.sink_row(l, to + i) + (size_t)h * HD, vd, HD);
                    if (vp.n_ring) attn_kernels_get().store_f16(vp.ring_row(l, to + i) + (size_t)h * HD, vd, HD);
                }
                if (kp.T && (i + 1 == n || (i + 1) % chunk == 0)) kp.end_batch(l);
            }
        }
        memmove(tokens.p + to, tokens.p + from, (size_t)n * sizeof(int32_t));
    }

    // Calibrated keys are stored as T k with T possibly not orthogonal; its inverse is the
    // transpose of the query transform (q' = T^-T q).
    void unrotate_keys(int l, float* k, float* tmp) const {
        const int HD = head_dim;
        for (int h = 0; h < n_head_kv; h++) {
            float* x = k + (size_t)h * HD;
            const float* qf = rot.mat(rot.qf, l, h);
            for (int j = 0; j < HD; j++) {
                float a = 0.0f;
                for (int i = 0; i < HD; i++) a += qf[(size_t)i * HD + j] * x[i];
                tmp[j] = a;
            }
            memcpy(x, tmp, (size_t)HD * sizeof(float));
        }
    }
};

} // namespace qlm_detail
#endif

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

// Copies every matrix the packed kernels can read into the interleaved layout (packed.h)
// and, for a mapped file, tells the kernel the original pages are no longer needed, so
// the resident size stays that of the weights. A page is read again from the file if
// anything still reads the stored rows (embedding lookups, a GPU backend's upload).
inline qlm_result model_pack(qlm_model& m, qlm_error* err) {
    std::vector<qtensor*> ts;
    for (layer_weights& L : m.layers)
        for (qtensor* t : {&L.wq, &L.wk, &L.wv, &L.wo, &L.w_gate, &L.w_up, &L.w_down}) ts.push_back(t);
    ts.push_back(&m.output);
    size_t total = 0;
    std::vector<qtensor*> todo;
    for (qtensor* t : ts) {
        pk_format f;
        if (!pk_format_of(t->type, &f) || t->ne1 % PK_ROWS || t->ne0 % f.group) continue;
        t->pk = f;
        todo.push_back(t);
        total += ((size_t)t->ne1 * t->row_bytes + 63) / 64 * 64;
    }
    if (todo.empty()) return QLM_OK;
    if (!m.packed.init(&m.al, total)) return fail(err, &m.log, MSG_OOM, UINT64_MAX, "out of memory packing the weights (%zu bytes)", total);
    uint8_t* dst = m.packed.p;
    for (qtensor* t : todo) {
        pk_pack(t->type, t->pk, t->data, t->row_bytes, t->ne0, t->ne1, dst);
        t->packed = dst;
        dst += ((size_t)t->ne1 * t->row_bytes + 63) / 64 * 64;
#if defined(QLMI_MMAP)
        if (m.map) {
            const size_t page = (size_t)sysconf(_SC_PAGESIZE);
            uintptr_t a = ((uintptr_t)t->data + page - 1) / page * page;
            uintptr_t b = ((uintptr_t)t->data + (size_t)t->ne1 * t->row_bytes) / page * page;
            if (b > a) madvise((void*)a, b - a, MADV_DONTNEED);
        }
#endif
    }
    m.any_packed = true;
    m.log.logf(QLM_LOG_INFO, "%zu matrices interleaved for the CPU kernels (%.1f MB)", todo.size(), (double)total / 1e6);
    return QLM_OK;
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
enum imatrix_kind { IMX_ATTN_IN, IMX_ATTN_OUT, IMX_FFN_IN, IMX_FFN_MID, IMX_OUTPUT, IMX_KINDS };
struct imatrix_stats {
    int n_layer = 0, width[IMX_KINDS] = {0, 0, 0, 0, 0};
    std::vector<double> sum[IMX_KINDS]; // [layer][width] sums of squares (IMX_OUTPUT: one layer)
    double count[IMX_KINDS] = {0, 0, 0, 0, 0}; // rows added, per layer
    std::mutex mu;
    void init(int layers, int E, int Q, int FF) {
        n_layer = layers;
        const int w[IMX_KINDS] = {E, Q, E, FF, E};
        for (int k = 0; k < IMX_KINDS; k++) {
            width[k] = w[k];
            sum[k].assign((size_t)(k == IMX_OUTPUT ? 1 : layers) * (size_t)w[k], 0.0);
        }
    }
    void add(imatrix_kind k, int l, const float* x) {
        std::lock_guard<std::mutex> lock(mu);
        double* s = sum[k].data() + (size_t)(k == IMX_OUTPUT ? 0 : l) * (size_t)width[k];
        for (int i = 0; i < width[k]; i++) s[i] += (double)x[i] * x[i];
        if (l == 0 || k == IMX_OUTPUT) count[k] += 1.0;
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
    qlm_detail::buffer<float> scores; // [n_threads][n_ctx] attention scores
    qlm_detail::buffer<float> qtmp;   // [n_threads][head_dim] attention scratch
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
};

inline void rmsnorm(float* out, const float* x, const float* w, int n, float eps) {
    double ss = 0.0;
    for (int i = 0; i < n; i++) ss += (double)x[i] * x[i];
    float scale = (float)(1.0 / std::sqrt(ss / n + eps));
    for (int i = 0; i < n; i++) out[i] = x[i] * scale * w[i];
}

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

// Quantizes row t of src (ncols floats) into each activation type of `as`.
inline void quantize_row_all(qlm_context* c, const act_set& as, const float* src, int t, int64_t ncols) {
    const kernel_table& kt = *c->model->kt;
    for (int i = 0; i < as.n; i++) {
        uint8_t* dst = c->act[i].p + (size_t)t * c->act_row_max;
        if (as.type[i] == QT_F32)
            memcpy(dst, src, (size_t)ncols * sizeof(float));
        else
            kt.quantize_act[as.type[i]](src, dst, ncols);
        if (c->model->any_packed && (as.type[i] == QT_Q8_0 || as.type[i] == QT_Q8_1) && ncols % 32 == 0)
            pk_act_sums(as.type[i], dst, ncols);
    }
}

// out[t][r] (+)= W.row(r) . act[t] for the rows of the matrices in `ws` that fall in this
// thread's share. The matrices are treated as one list of rows so that every thread gets
// the same number of rows whatever their sizes.
struct mm_op {
    const qtensor* w;
    float* out;     // [n][out_stride]
    int64_t out_stride;
    bool accumulate;
};
inline void matmul_rows(qlm_context* c, const act_set& as, const mm_op* ops, int n_ops, int n, int ith, int nth) {
    const kernel_table& kt = *c->model->kt;
    // Threads get whole 16-row slabs when every matrix has them, so a packed matrix is
    // never cut inside a slab and a row's result does not depend on the thread count.
    int64_t total = 0, unit = PK_ROWS;
    for (int i = 0; i < n_ops; i++) {
        total += ops[i].w->ne1;
        if (ops[i].w->ne1 % PK_ROWS) unit = 1;
    }
    int64_t a, b;
    split_range(total / unit, ith, nth, &a, &b);
    a *= unit, b *= unit;
    int64_t base = 0;
    for (int i = 0; i < n_ops; i++) {
        const qtensor& w = *ops[i].w;
        int64_t r0 = std::max(a - base, (int64_t)0), r1 = std::min(b - base, w.ne1);
        base += w.ne1;
        if (r0 >= r1) continue;
        const uint8_t* act = c->act[as.slot(type_info(w.type)->act_type)].p;
        float* out = ops[i].out;
        const size_t os = (size_t)ops[i].out_stride;
        if (w.packed && r0 % PK_ROWS == 0 && r1 % PK_ROWS == 0) {
            const size_t slab = (size_t)PK_ROWS * w.row_bytes;
            kt.pk_gemm(w.pk, w.ne0, w.packed + (size_t)(r0 / PK_ROWS) * slab, (r1 - r0) / PK_ROWS,
                       pk_act_of(w.pk, act, c->act_row_max, w.ne0), n, out + r0, os, ops[i].accumulate);
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

inline void add_bias(float* x, const std::vector<float>& b, int n) {
    if (b.empty()) return;
    for (int i = 0; i < n; i++) x[i] += b[i];
}

// x[t] += W . act[t] for every token: the residual added in place, or, when the family
// normalises a block's output first (Gemma's post-norms), through c->blk.
inline void matmul_residual(qlm_context* c, const act_set& as, const qtensor& w, const std::vector<float>& post_norm,
                            int n, int ith, int nth) {
    const int E = c->model->hp.n_embd;
    thread_pool& pool = c->pool;
    if (post_norm.empty()) {
        const mm_op o[1] = {{&w, c->x.p, E, true}};
        matmul_rows(c, as, o, 1, n, ith, nth);
        pool.barrier();
        return;
    }
    const mm_op o[1] = {{&w, c->blk.p, E, false}};
    matmul_rows(c, as, o, 1, n, ith, nth);
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

    // Embeddings: dequantize each token's row (Gemma scales it by sqrt(n_embd)).
    for (int t = ith; t < n; t += nth) {
        float* x = c->x.p + (size_t)t * E;
        type_info(m.tok_embd.type)->to_float(m.tok_embd.row(J.toks[t]), x, E);
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
        a_qkv.add(type_info(L.wq.type)->act_type);
        a_qkv.add(type_info(L.wk.type)->act_type);
        a_qkv.add(type_info(L.wv.type)->act_type);
        for (int t = ith; t < n; t += nth) {
            float* xn = c->xn.p + (size_t)t * XN;
            rmsnorm(xn, c->x.p + (size_t)t * E, L.attn_norm.data(), E, h.eps);
            quantize_row_all(c, a_qkv, xn, t, E);
            if (c->imx) c->imx->add(IMX_ATTN_IN, l, xn);
        }
        pool.barrier();
        const mm_op qkv[3] = {{&L.wq, c->q.p, Q, false}, {&L.wk, c->k.p, KV, false}, {&L.wv, c->v.p, KV, false}};
        matmul_rows(c, a_qkv, qkv, 3, n, ith, nth);
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

        // Causal attention, one (token, head) pair per work item; output into xn. A
        // sliding-window layer sees the last n_swa positions, its own included.
        const int group = NH / NKV;
        for (int item = ith; item < n * NH; item += nth) {
            int t = item / NH, hh = item % NH;
            const uint32_t n_pos = (uint32_t)(J.pos0 + t + 1);
            const uint32_t p0 = L.swa && n_pos > h.n_swa ? n_pos - h.n_swa : 0;
            c->kv.attend_from(l, hh / group, p0, n_pos, c->q.p + (size_t)t * Q + (size_t)hh * HD, attn_scale,
                              c->xn.p + (size_t)t * XN + (size_t)hh * HD, c->scores.p + (size_t)ith * c->n_ctx,
                              c->qtmp.p + (size_t)ith * HD);
        }
        pool.barrier();

        act_set a_o;
        a_o.add(type_info(L.wo.type)->act_type);
        for (int t = ith; t < n; t += nth) {
            quantize_row_all(c, a_o, c->xn.p + (size_t)t * XN, t, Q);
            if (c->imx) c->imx->add(IMX_ATTN_OUT, l, c->xn.p + (size_t)t * XN);
        }
        pool.barrier();
        matmul_residual(c, a_o, L.wo, L.post_attn_norm, n, ith, nth);

        // Feed-forward: RMSNorm, gate and up together, SwiGLU, down added to the residual.
        act_set a_gu;
        a_gu.add(type_info(L.w_gate.type)->act_type);
        a_gu.add(type_info(L.w_up.type)->act_type);
        for (int t = ith; t < n; t += nth) {
            float* xn = c->xn.p + (size_t)t * XN;
            rmsnorm(xn, c->x.p + (size_t)t * E, L.ffn_norm.data(), E, h.eps);
            quantize_row_all(c, a_gu, xn, t, E);
            if (c->imx) c->imx->add(IMX_FFN_IN, l, xn);
        }
        pool.barrier();
        const mm_op gu[2] = {{&L.w_gate, c->gate.p, FF, false}, {&L.w_up, c->up.p, FF, false}};
        matmul_rows(c, a_gu, gu, 2, n, ith, nth);
        pool.barrier();
        act_set a_d;
        a_d.add(type_info(L.w_down.type)->act_type);
        for (int t = ith; t < n; t += nth) {
            float* g = c->gate.p + (size_t)t * FF;
            const float* u = c->up.p + (size_t)t * FF;
            if (h.gelu)
                for (int i = 0; i < FF; i++) g[i] = gelu_f16(m.gelu_table.data(), g[i]) * u[i];
            else
                for (int i = 0; i < FF; i++) g[i] = g[i] / (1.0f + std::exp(-g[i])) * u[i];
            quantize_row_all(c, a_d, g, t, FF);
            if (c->imx) c->imx->add(IMX_FFN_MID, l, g);
        }
        pool.barrier();
        matmul_residual(c, a_d, L.w_down, L.post_ffn_norm, n, ith, nth);
    }
    if (!J.logits) return;
    // Output: the last token's logits, or every token's (rows t of xn and logits).
    const bool all = c->p.logits_all != 0;
    const int n_out = all ? n : 1;
    act_set a_out;
    a_out.add(type_info(m.output.type)->act_type);
    for (int t = ith; t < n_out; t += nth) {
        float* xn = c->xn.p + (size_t)t * XN;
        rmsnorm(xn, c->x.p + (size_t)(all ? t : n - 1) * E, m.output_norm.data(), E, h.eps);
        quantize_row_all(c, a_out, xn, t, E);
        if (c->imx) c->imx->add(IMX_OUTPUT, 0, xn);
    }
    pool.barrier();
    const mm_op out[1] = {{&m.output, c->logits.p, h.n_vocab, false}};
    matmul_rows(c, a_out, out, 1, n_out, ith, nth);
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
inline qlm_result decode(qlm_context* c, const qlm_token* toks, size_t n, qlm_error* err, bool want_logits = true) {
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
            qlm_result r = c->be->forward(c, job.toks, job.n, job.pos0, job.logits, err);
            if (r != QLM_OK) return r;
        } else {
            c->pool.run(forward_job_fn, &job);
            if (job.cancelled.load()) return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        }
        c->n_past += nb;
        done += nb;
    }
    c->have_logits = want_logits;
    c->n_logits = want_logits ? (c->p.logits_all ? (uint32_t)n : 1u) : 0u;
    return QLM_OK;
}

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
// ==== [qlm:vulkan] the Vulkan compute backend =============================================
// Runs the decode step on any Vulkan 1.1 device: a GPU, or Mesa's lavapipe on the CPU (which
// is how CI tests it). Nothing here needs the Vulkan SDK: the loader (libvulkan.so.1,
// vulkan-1.dll) is opened at run time, every entry point is fetched through
// vkGetInstanceProcAddr, and the few types below are declared by hand.
//
// Design, per context (docs/VULKAN.md has the numbers):
//   - device: the best one (discrete > integrated > virtual > CPU), or params.device;
//   - weights, norms, a RoPE cos/sin table and the KV cache live in device-local buffers;
//     weights keep their GGUF block layout and the GEMV shaders decode it (every format);
//     the KV cache keeps the host kv_cache's parts and rows byte for byte (F16, or
//     INT8/INT4/INT2 rows with F16 sinks and window ring; Hadamard rotation or none), so
//     shift and save/restore move it through the host unchanged;
//   - the whole token step (every layer, 9 dispatches each) is recorded once into
//     a command buffer; per token the host writes the embedding row and the position into
//     a small host-visible buffer, submits, and waits. Prefill runs that one token at a time
//     (measured on lavapipe: the submit and wait are 0.02 ms of a 0.5-1 s token);
//   - shaders with workgroup reductions exist twice in src/gen/spirv.inc: with subgroup
//     reductions (used when the device has subgroup arithmetic in compute) and with
//     shared-memory ones.
// Matrix products take F32 activations, where the CPU quantizes them to 8 bits first; that
// is the main difference between the two backends' logits (tests/test_vulkan.cpp).
#ifndef QLM_VULKAN_H
#define QLM_VULKAN_H

#if !defined(QLM_NO_VULKAN) && (defined(__unix__) || defined(__APPLE__) || defined(_WIN32))
#define QLM_HAS_VULKAN 1
#if defined(_WIN32)
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#define QLMI_VKAPI __stdcall
#else
#include <dlfcn.h>
#define QLMI_VKAPI
#endif
#endif

namespace qlm_detail {

#if defined(QLM_HAS_VULKAN)
// GENERATED by scripts/embed_spirv.py from shaders/*.comp: edit the shaders, then run
// `make shaders` (needs glslangValidator, Debian glslang-tools). Do not edit.
static const uint32_t spv_attn[3817] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000006c6, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0007000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000041, 0x000001c7, 0x00060010,
    0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000041, 0x0000000b,
    0x0000001d, 0x00050048, 0x0000009f, 0x00000000, 0x00000023, 0x00000000, 0x00050048, 0x0000009f,
    0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x0000009f, 0x00000002, 0x00000023, 0x00000008,
    0x00050048, 0x0000009f, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x0000009f, 0x00000004,
    0x00000023, 0x00000010, 0x00050048, 0x0000009f, 0x00000005, 0x00000023, 0x00000014, 0x00050048,
    0x0000009f, 0x00000006, 0x00000023, 0x00000018, 0x00050048, 0x0000009f, 0x00000007, 0x00000023,
    0x0000001c, 0x00050048, 0x0000009f, 0x00000008, 0x00000023, 0x00000020, 0x00050048, 0x0000009f,
    0x00000009, 0x00000023, 0x00000024, 0x00050048, 0x0000009f, 0x0000000a, 0x00000023, 0x00000028,
    0x00050048, 0x0000009f, 0x0000000b, 0x00000023, 0x0000002c, 0x00050048, 0x0000009f, 0x0000000c,
    0x00000023, 0x00000030, 0x00050048, 0x0000009f, 0x0000000d, 0x00000023, 0x00000034, 0x00050048,
    0x0000009f, 0x0000000e, 0x00000023, 0x00000038, 0x00050048, 0x0000009f, 0x0000000f, 0x00000023,
    0x0000003c, 0x00050048, 0x0000009f, 0x00000010, 0x00000023, 0x00000040, 0x00050048, 0x0000009f,
    0x00000011, 0x00000023, 0x00000044, 0x00050048, 0x0000009f, 0x00000012, 0x00000023, 0x00000048,
    0x00050048, 0x0000009f, 0x00000013, 0x00000023, 0x0000004c, 0x00050048, 0x0000009f, 0x00000014,
    0x00000023, 0x00000050, 0x00050048, 0x0000009f, 0x00000015, 0x00000023, 0x00000054, 0x00030047,
    0x0000009f, 0x00000002, 0x00040047, 0x000000dc, 0x00000006, 0x00000004, 0x00040048, 0x000000dd,
    0x00000000, 0x00000018, 0x00050048, 0x000000dd, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000000dd, 0x00000002, 0x00040047, 0x000000df, 0x00000022, 0x00000000, 0x00040047, 0x000000df,
    0x00000021, 0x00000001, 0x00040047, 0x000001c7, 0x0000000b, 0x0000001a, 0x00040048, 0x000001d0,
    0x00000000, 0x00000018, 0x00050048, 0x000001d0, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000001d0, 0x00000002, 0x00040047, 0x000001d2, 0x00000022, 0x00000000, 0x00040047, 0x000001d2,
    0x00000021, 0x00000004, 0x00040047, 0x00000202, 0x00000006, 0x00000004, 0x00040048, 0x00000203,
    0x00000000, 0x00000018, 0x00050048, 0x00000203, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000203, 0x00000002, 0x00040047, 0x00000205, 0x00000022, 0x00000000, 0x00040047, 0x00000205,
    0x00000021, 0x00000000, 0x00040047, 0x0000020e, 0x00000006, 0x00000004, 0x00040048, 0x0000020f,
    0x00000000, 0x00000018, 0x00050048, 0x0000020f, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x0000020f, 0x00000002, 0x00040047, 0x00000211, 0x00000022, 0x00000000, 0x00040047, 0x00000211,
    0x00000021, 0x00000005, 0x00040047, 0x000002e3, 0x00000006, 0x00000004, 0x00050048, 0x000002e4,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000002e4, 0x00000002, 0x00040047, 0x000002e6,
    0x00000022, 0x00000000, 0x00040047, 0x000002e6, 0x00000021, 0x00000003, 0x00040047, 0x000003bf,
    0x00000006, 0x00000004, 0x00040048, 0x000003c0, 0x00000000, 0x00000019, 0x00050048, 0x000003c0,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000003c0, 0x00000002, 0x00040047, 0x000003c2,
    0x00000022, 0x00000000, 0x00040047, 0x000003c2, 0x00000021, 0x00000002, 0x00040047, 0x000003df,
    0x0000000b, 0x00000019, 0x00020013, 0x00000002, 0x00030021, 0x00000003, 0x00000002, 0x00030016,
    0x00000006, 0x00000020, 0x00040015, 0x00000012, 0x00000020, 0x00000000, 0x00020014, 0x0000002e,
    0x00040020, 0x00000040, 0x00000001, 0x00000012, 0x0004003b, 0x00000040, 0x00000041, 0x00000001,
    0x0004002b, 0x00000012, 0x00000043, 0x00000040, 0x0004001c, 0x00000044, 0x00000006, 0x00000043,
    0x00040020, 0x00000045, 0x00000004, 0x00000044, 0x0004003b, 0x00000045, 0x00000046, 0x00000004,
    0x00040020, 0x00000049, 0x00000004, 0x00000006, 0x0004002b, 0x00000012, 0x0000004b, 0x00000002,
    0x0004002b, 0x00000012, 0x0000004c, 0x00000108, 0x0004002b, 0x00000012, 0x0000004e, 0x00000020,
    0x0004002b, 0x00000012, 0x00000055, 0x00000000, 0x0004002b, 0x00000012, 0x00000066, 0x00000001,
    0x00040015, 0x0000006a, 0x00000020, 0x00000001, 0x0004002b, 0x0000006a, 0x0000006b, 0x00000000,
    0x0004002b, 0x00000006, 0x00000097, 0x00000000, 0x00040017, 0x00000098, 0x00000006, 0x00000002,
    0x0018001e, 0x0000009f, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012,
    0x00000006, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012,
    0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012,
    0x00040020, 0x000000a0, 0x00000009, 0x0000009f, 0x0004003b, 0x000000a0, 0x000000a1, 0x00000009,
    0x0004002b, 0x0000006a, 0x000000a2, 0x00000009, 0x00040020, 0x000000a3, 0x00000009, 0x00000012,
    0x0004002b, 0x0000006a, 0x000000aa, 0x0000000b, 0x0004002b, 0x0000006a, 0x000000b9, 0x00000002,
    0x0003001d, 0x000000dc, 0x00000012, 0x0003001e, 0x000000dd, 0x000000dc, 0x00040020, 0x000000de,
    0x0000000c, 0x000000dd, 0x0004003b, 0x000000de, 0x000000df, 0x0000000c, 0x00040020, 0x000000e2,
    0x0000000c, 0x00000012, 0x0004002b, 0x00000012, 0x000000e6, 0x00000003, 0x0004002b, 0x00000012,
    0x000000e8, 0x00000008, 0x0004002b, 0x00000012, 0x000000eb, 0x000000ff, 0x0004002b, 0x0000006a,
    0x00000104, 0x00000018, 0x0004002b, 0x00000012, 0x00000115, 0x00000010, 0x0004002b, 0x00000012,
    0x00000120, 0x00000004, 0x0004002b, 0x00000012, 0x00000123, 0x0000000f, 0x0004002b, 0x00000006,
    0x00000126, 0x40f00000, 0x0004002b, 0x00000006, 0x00000138, 0x3fc00000, 0x0004002b, 0x0000006a,
    0x00000140, 0x00000001, 0x00030029, 0x0000002e, 0x00000145, 0x0004002b, 0x0000006a, 0x0000016e,
    0x0000000a, 0x0003002a, 0x0000002e, 0x0000017c, 0x0004002b, 0x00000012, 0x000001a7, 0x00000400,
    0x0004001c, 0x000001a8, 0x00000006, 0x000001a7, 0x00040020, 0x000001a9, 0x00000004, 0x000001a8,
    0x0004003b, 0x000001a9, 0x000001aa, 0x00000004, 0x00040017, 0x000001c5, 0x00000012, 0x00000003,
    0x00040020, 0x000001c6, 0x00000001, 0x000001c5, 0x0004003b, 0x000001c6, 0x000001c7, 0x00000001,
    0x0003001e, 0x000001d0, 0x00000012, 0x00040020, 0x000001d1, 0x0000000c, 0x000001d0, 0x0004003b,
    0x000001d1, 0x000001d2, 0x0000000c, 0x0004002b, 0x0000006a, 0x000001e0, 0x00000005, 0x0004002b,
    0x0000006a, 0x000001e6, 0x00000008, 0x0004002b, 0x00000006, 0x000001eb, 0x3f800000, 0x0004002b,
    0x0000006a, 0x000001fb, 0x00000007, 0x0003001d, 0x00000202, 0x00000006, 0x0003001e, 0x00000203,
    0x00000202, 0x00040020, 0x00000204, 0x0000000c, 0x00000203, 0x0004003b, 0x00000204, 0x00000205,
    0x0000000c, 0x00040020, 0x0000020b, 0x0000000c, 0x00000006, 0x0003001d, 0x0000020e, 0x00000006,
    0x0003001e, 0x0000020f, 0x0000020e, 0x00040020, 0x00000210, 0x0000000c, 0x0000020f, 0x0004003b,
    0x00000210, 0x00000211, 0x0000000c, 0x0004002b, 0x0000006a, 0x0000022a, 0x0000000c, 0x0004002b,
    0x00000006, 0x0000024d, 0xff800000, 0x0004002b, 0x0000006a, 0x00000259, 0x0000000d, 0x0004002b,
    0x0000006a, 0x0000025a, 0x0000000e, 0x0004002b, 0x0000006a, 0x0000025b, 0x0000000f, 0x0004002b,
    0x0000006a, 0x0000025c, 0x00000010, 0x0004002b, 0x0000006a, 0x000002dd, 0x00000006, 0x00040020,
    0x000002de, 0x00000009, 0x00000006, 0x0003001d, 0x000002e3, 0x00000006, 0x0003001e, 0x000002e4,
    0x000002e3, 0x00040020, 0x000002e5, 0x0000000c, 0x000002e4, 0x0004003b, 0x000002e5, 0x000002e6,
    0x0000000c, 0x0004002b, 0x0000006a, 0x0000032c, 0x00000011, 0x0004002b, 0x00000012, 0x0000033c,
    0x00000048, 0x0004002b, 0x0000006a, 0x00000352, 0x00000012, 0x0004002b, 0x0000006a, 0x00000353,
    0x00000013, 0x0004002b, 0x0000006a, 0x00000354, 0x00000014, 0x0004002b, 0x0000006a, 0x00000355,
    0x00000015, 0x0003001d, 0x000003bf, 0x00000006, 0x0003001e, 0x000003c0, 0x000003bf, 0x00040020,
    0x000003c1, 0x0000000c, 0x000003c0, 0x0004003b, 0x000003c1, 0x000003c2, 0x0000000c, 0x0006002c,
    0x000001c5, 0x000003df, 0x00000043, 0x00000066, 0x00000066, 0x00050036, 0x00000002, 0x00000004,
    0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x00050041, 0x00000040, 0x000001c8, 0x000001c7,
    0x00000055, 0x0004003d, 0x00000012, 0x000001c9, 0x000001c8, 0x0004003d, 0x00000012, 0x000001cb,
    0x00000041, 0x00050041, 0x000000a3, 0x000001cd, 0x000000a1, 0x000000b9, 0x0004003d, 0x00000012,
    0x000001ce, 0x000001cd, 0x00050041, 0x000000e2, 0x000001d3, 0x000001d2, 0x0000006b, 0x0004003d,
    0x00000012, 0x000001d4, 0x000001d3, 0x00050080, 0x00000012, 0x000001d5, 0x000001d4, 0x00000066,
    0x00050041, 0x000000a3, 0x000001d8, 0x000000a1, 0x0000006b, 0x0004003d, 0x00000012, 0x000001d9,
    0x000001d8, 0x00050041, 0x000000a3, 0x000001da, 0x000000a1, 0x00000140, 0x0004003d, 0x00000012,
    0x000001db, 0x000001da, 0x00050086, 0x00000012, 0x000001dc, 0x000001d9, 0x000001db, 0x00050086,
    0x00000012, 0x000001dd, 0x000001c9, 0x000001dc, 0x00050041, 0x000000a3, 0x000001e1, 0x000000a1,
    0x000001e0, 0x0004003d, 0x00000012, 0x000001e2, 0x000001e1, 0x00050084, 0x00000012, 0x000001e3,
    0x000001c9, 0x000001e2, 0x00050041, 0x000000a3, 0x000001e7, 0x000000a1, 0x000001e6, 0x0004003d,
    0x00000012, 0x000001e8, 0x000001e7, 0x00050086, 0x00000012, 0x000001e9, 0x000001ce, 0x000001e8,
    0x00040070, 0x00000006, 0x000001ed, 0x000001ce, 0x0006000c, 0x00000006, 0x000001ee, 0x00000001,
    0x0000001f, 0x000001ed, 0x00050088, 0x00000006, 0x000001ef, 0x000001eb, 0x000001ee, 0x000200f9,
    0x000001f2, 0x000200f8, 0x000001f2, 0x000700f5, 0x00000012, 0x00000681, 0x000001cb, 0x00000005,
    0x00000223, 0x000001f5, 0x000500b0, 0x0000002e, 0x000001f9, 0x00000681, 0x000001ce, 0x000400f6,
    0x000001f4, 0x000001f5, 0x00000000, 0x000400fa, 0x000001f9, 0x000001f3, 0x000001f4, 0x000200f8,
    0x000001f3, 0x00050041, 0x000000a3, 0x000001fc, 0x000000a1, 0x000001fb, 0x0004003d, 0x00000012,
    0x000001fd, 0x000001fc, 0x000500ab, 0x0000002e, 0x000001fe, 0x000001fd, 0x00000055, 0x000300f7,
    0x00000201, 0x00000000, 0x000400fa, 0x000001fe, 0x00000200, 0x00000218, 0x000200f8, 0x00000200,
    0x00050084, 0x00000012, 0x00000208, 0x000001c9, 0x000001ce, 0x00050080, 0x00000012, 0x0000020a,
    0x00000208, 0x00000681, 0x00060041, 0x0000020b, 0x0000020c, 0x00000205, 0x0000006b, 0x0000020a,
    0x0004003d, 0x00000006, 0x0000020d, 0x0000020c, 0x00060041, 0x0000020b, 0x00000213, 0x00000211,
    0x0000006b, 0x00000681, 0x0004003d, 0x00000006, 0x00000214, 0x00000213, 0x00050085, 0x00000006,
    0x00000215, 0x0000020d, 0x00000214, 0x00050085, 0x00000006, 0x00000217, 0x00000215, 0x000001ef,
    0x000200f9, 0x00000201, 0x000200f8, 0x00000218, 0x00050084, 0x00000012, 0x0000021b, 0x000001c9,
    0x000001ce, 0x00050080, 0x00000012, 0x0000021d, 0x0000021b, 0x00000681, 0x00060041, 0x0000020b,
    0x0000021e, 0x00000205, 0x0000006b, 0x0000021d, 0x0004003d, 0x00000006, 0x0000021f, 0x0000021e,
    0x000200f9, 0x00000201, 0x000200f8, 0x00000201, 0x000700f5, 0x00000006, 0x000006c5, 0x00000217,
    0x00000200, 0x0000021f, 0x00000218, 0x00050041, 0x00000049, 0x00000221, 0x000001aa, 0x00000681,
    0x0003003e, 0x00000221, 0x000006c5, 0x000200f9, 0x000001f5, 0x000200f8, 0x000001f5, 0x00050080,
    0x00000012, 0x00000223, 0x00000681, 0x00000043, 0x000200f9, 0x000001f2, 0x000200f8, 0x000001f4,
    0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x00050041, 0x000000a3, 0x00000224, 0x000000a1,
    0x000001fb, 0x0004003d, 0x00000012, 0x00000225, 0x00000224, 0x000500ab, 0x0000002e, 0x00000226,
    0x00000225, 0x00000055, 0x000300f7, 0x00000228, 0x00000000, 0x000400fa, 0x00000226, 0x00000227,
    0x00000228, 0x000200f8, 0x00000227, 0x000200f9, 0x000003f2, 0x000200f8, 0x000003f2, 0x000700f5,
    0x00000012, 0x00000682, 0x00000066, 0x00000227, 0x0000041f, 0x0000041d, 0x000500b0, 0x0000002e,
    0x000003f7, 0x00000682, 0x000001ce, 0x000400f6, 0x00000420, 0x0000041d, 0x00000000, 0x000400fa,
    0x000003f7, 0x000003f8, 0x00000420, 0x000200f8, 0x000003f8, 0x000200f9, 0x000003fa, 0x000200f8,
    0x000003fa, 0x000700f5, 0x00000012, 0x000006c3, 0x000001cb, 0x000003f8, 0x0000041b, 0x00000401,
    0x00050086, 0x00000012, 0x000003ff, 0x000001ce, 0x0000004b, 0x000500b0, 0x0000002e, 0x00000400,
    0x000006c3, 0x000003ff, 0x000400f6, 0x0000041c, 0x00000401, 0x00000000, 0x000400fa, 0x00000400,
    0x00000401, 0x0000041c, 0x000200f8, 0x00000401, 0x00050086, 0x00000012, 0x0000042c, 0x000006c3,
    0x000003ff, 0x00050089, 0x00000012, 0x0000042f, 0x000006c3, 0x000003ff, 0x00050084, 0x00000012,
    0x00000433, 0x0000042c, 0x000001ce, 0x00050086, 0x00000012, 0x00000436, 0x0000042f, 0x00000682,
    0x00050084, 0x00000012, 0x00000437, 0x00000436, 0x0000004b, 0x00050084, 0x00000012, 0x00000439,
    0x00000437, 0x00000682, 0x00050080, 0x00000012, 0x0000043a, 0x00000433, 0x00000439, 0x00050089,
    0x00000012, 0x0000043d, 0x0000042f, 0x00000682, 0x00050080, 0x00000012, 0x0000043e, 0x0000043a,
    0x0000043d, 0x00050080, 0x00000012, 0x00000442, 0x0000043e, 0x00000682, 0x00050041, 0x00000049,
    0x00000407, 0x000001aa, 0x0000043e, 0x0004003d, 0x00000006, 0x00000408, 0x00000407, 0x00050041,
    0x00000049, 0x0000040b, 0x000001aa, 0x00000442, 0x0004003d, 0x00000006, 0x0000040c, 0x0000040b,
    0x00050081, 0x00000006, 0x00000411, 0x00000408, 0x0000040c, 0x0003003e, 0x00000407, 0x00000411,
    0x00050083, 0x00000006, 0x00000417, 0x00000408, 0x0000040c, 0x0003003e, 0x0000040b, 0x00000417,
    0x00050080, 0x00000012, 0x0000041b, 0x000006c3, 0x00000043, 0x000200f9, 0x000003fa, 0x000200f8,
    0x0000041c, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9, 0x0000041d, 0x000200f8,
    0x0000041d, 0x00050084, 0x00000012, 0x0000041f, 0x00000682, 0x0000004b, 0x000200f9, 0x000003f2,
    0x000200f8, 0x00000420, 0x000200f9, 0x00000228, 0x000200f8, 0x00000228, 0x00050041, 0x000000a3,
    0x0000022b, 0x000000a1, 0x0000022a, 0x0004003d, 0x00000012, 0x0000022c, 0x0000022b, 0x000500aa,
    0x0000002e, 0x0000022d, 0x0000022c, 0x00000055, 0x000300f7, 0x0000022f, 0x00000000, 0x000400fa,
    0x0000022d, 0x0000022e, 0x0000022f, 0x000200f8, 0x0000022e, 0x000200f9, 0x00000232, 0x000200f8,
    0x00000232, 0x000700f5, 0x00000012, 0x00000683, 0x000001cb, 0x0000022e, 0x00000242, 0x00000233,
    0x000500b0, 0x0000002e, 0x00000239, 0x00000683, 0x000001ce, 0x000400f6, 0x00000234, 0x00000233,
    0x00000000, 0x000400fa, 0x00000239, 0x00000233, 0x00000234, 0x000200f8, 0x00000233, 0x00050041,
    0x00000049, 0x0000023d, 0x000001aa, 0x00000683, 0x0004003d, 0x00000006, 0x0000023e, 0x0000023d,
    0x00050050, 0x00000098, 0x00000447, 0x0000023e, 0x00000097, 0x0006000c, 0x00000012, 0x00000448,
    0x00000001, 0x0000003a, 0x00000447, 0x0006000c, 0x00000098, 0x00000449, 0x00000001, 0x0000003e,
    0x00000448, 0x00050051, 0x00000006, 0x0000044a, 0x00000449, 0x00000000, 0x0003003e, 0x0000023d,
    0x0000044a, 0x00050080, 0x00000012, 0x00000242, 0x00000683, 0x00000043, 0x000200f9, 0x00000232,
    0x000200f8, 0x00000234, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9, 0x0000022f,
    0x000200f8, 0x0000022f, 0x00050041, 0x000000a3, 0x0000044d, 0x000000a1, 0x000000a2, 0x0004003d,
    0x00000012, 0x0000044e, 0x0000044d, 0x0007000c, 0x00000012, 0x00000450, 0x00000001, 0x00000026,
    0x0000044e, 0x000001d5, 0x00050041, 0x000000a3, 0x00000453, 0x000000a1, 0x000000aa, 0x0004003d,
    0x00000012, 0x00000454, 0x00000453, 0x000500ac, 0x0000002e, 0x00000455, 0x000001d5, 0x00000454,
    0x000300f7, 0x0000045c, 0x00000000, 0x000400fa, 0x00000455, 0x00000456, 0x0000045b, 0x000200f8,
    0x00000456, 0x00050082, 0x00000012, 0x0000045a, 0x000001d5, 0x00000454, 0x000200f9, 0x0000045c,
    0x000200f8, 0x0000045b, 0x000200f9, 0x0000045c, 0x000200f8, 0x0000045c, 0x000700f5, 0x00000012,
    0x00000684, 0x0000045a, 0x00000456, 0x00000055, 0x0000045b, 0x0007000c, 0x00000012, 0x0000045e,
    0x00000001, 0x00000029, 0x00000450, 0x00000684, 0x000200f9, 0x00000250, 0x000200f8, 0x00000250,
    0x000700f5, 0x00000006, 0x00000686, 0x0000024d, 0x0000045c, 0x000002ee, 0x00000253, 0x000700f5,
    0x00000012, 0x00000685, 0x000001cb, 0x0000045c, 0x000002f0, 0x00000253, 0x000500b0, 0x0000002e,
    0x00000257, 0x00000685, 0x000001d5, 0x000400f6, 0x00000252, 0x00000253, 0x00000000, 0x000400fa,
    0x00000257, 0x00000251, 0x00000252, 0x000200f8, 0x00000251, 0x00050041, 0x000000a3, 0x00000262,
    0x000000a1, 0x00000259, 0x0004003d, 0x00000012, 0x00000263, 0x00000262, 0x00050041, 0x000000a3,
    0x00000265, 0x000000a1, 0x0000025a, 0x0004003d, 0x00000012, 0x00000266, 0x00000265, 0x00050041,
    0x000000a3, 0x00000268, 0x000000a1, 0x0000025b, 0x0004003d, 0x00000012, 0x00000269, 0x00000268,
    0x00050041, 0x000000a3, 0x0000026b, 0x000000a1, 0x0000025c, 0x0004003d, 0x00000012, 0x0000026c,
    0x0000026b, 0x000300f7, 0x000004a8, 0x00000000, 0x000300fb, 0x00000055, 0x00000465, 0x000200f8,
    0x00000465, 0x00050084, 0x00000012, 0x0000046b, 0x000001db, 0x000001ce, 0x000300f7, 0x0000047a,
    0x00000000, 0x000400fa, 0x0000022d, 0x0000046e, 0x0000047a, 0x000200f8, 0x0000046e, 0x00050084,
    0x00000012, 0x00000472, 0x00000685, 0x0000046b, 0x00050084, 0x00000012, 0x00000475, 0x000001dd,
    0x000001ce, 0x00050080, 0x00000012, 0x00000476, 0x00000472, 0x00000475, 0x00050084, 0x00000012,
    0x00000477, 0x0000004b, 0x00000476, 0x00050080, 0x00000012, 0x00000478, 0x00000263, 0x00000477,
    0x00050086, 0x00000012, 0x00000479, 0x00000478, 0x00000120, 0x000200f9, 0x000004a8, 0x000200f8,
    0x0000047a, 0x000500b0, 0x0000002e, 0x0000047d, 0x00000685, 0x00000450, 0x000300f7, 0x0000048a,
    0x00000000, 0x000400fa, 0x0000047d, 0x0000047e, 0x0000048a, 0x000200f8, 0x0000047e, 0x00050084,
    0x00000012, 0x00000482, 0x00000685, 0x0000046b, 0x00050084, 0x00000012, 0x00000485, 0x000001dd,
    0x000001ce, 0x00050080, 0x00000012, 0x00000486, 0x00000482, 0x00000485, 0x00050084, 0x00000012,
    0x00000487, 0x0000004b, 0x00000486, 0x00050080, 0x00000012, 0x00000488, 0x00000266, 0x00000487,
    0x00050086, 0x00000012, 0x00000489, 0x00000488, 0x00000120, 0x000200f9, 0x000004a8, 0x000200f8,
    0x0000048a, 0x000500ae, 0x0000002e, 0x0000048d, 0x00000685, 0x0000045e, 0x000300f7, 0x0000049d,
    0x00000000, 0x000400fa, 0x0000048d, 0x0000048e, 0x0000049d, 0x000200f8, 0x0000048e, 0x00050041,
    0x000000a3, 0x00000491, 0x000000a1, 0x0000016e, 0x0004003d, 0x00000012, 0x00000492, 0x00000491,
    0x00050089, 0x00000012, 0x00000493, 0x00000685, 0x00000492, 0x00050084, 0x00000012, 0x00000495,
    0x00000493, 0x0000046b, 0x00050084, 0x00000012, 0x00000498, 0x000001dd, 0x000001ce, 0x00050080,
    0x00000012, 0x00000499, 0x00000495, 0x00000498, 0x00050084, 0x00000012, 0x0000049a, 0x0000004b,
    0x00000499, 0x00050080, 0x00000012, 0x0000049b, 0x00000269, 0x0000049a, 0x00050086, 0x00000012,
    0x0000049c, 0x0000049b, 0x00000120, 0x000200f9, 0x000004a8, 0x000200f8, 0x0000049d, 0x00050084,
    0x00000012, 0x000004a2, 0x00000685, 0x000001db, 0x00050080, 0x00000012, 0x000004a4, 0x000004a2,
    0x000001dd, 0x00050084, 0x00000012, 0x000004a6, 0x000004a4, 0x0000026c, 0x00050080, 0x00000012,
    0x000004a7, 0x00000263, 0x000004a6, 0x000200f9, 0x000004a8, 0x000200f8, 0x000004a8, 0x000b00f5,
    0x0000002e, 0x000006aa, 0x00000145, 0x0000046e, 0x00000145, 0x0000047e, 0x00000145, 0x0000048e,
    0x0000017c, 0x0000049d, 0x000b00f5, 0x00000012, 0x000006a9, 0x00000479, 0x0000046e, 0x00000489,
    0x0000047e, 0x0000049c, 0x0000048e, 0x000004a7, 0x0000049d, 0x000300f7, 0x0000027b, 0x00000000,
    0x000400fa, 0x000006aa, 0x0000027a, 0x000002a2, 0x000200f8, 0x0000027a, 0x000200f9, 0x0000027d,
    0x000200f8, 0x0000027d, 0x000700f5, 0x00000006, 0x000006b6, 0x00000097, 0x0000027a, 0x0000029f,
    0x0000027e, 0x000700f5, 0x00000012, 0x000006b4, 0x00000055, 0x0000027a, 0x000002a1, 0x0000027e,
    0x00050086, 0x00000012, 0x00000284, 0x000001ce, 0x0000004b, 0x000500b0, 0x0000002e, 0x00000285,
    0x000006b4, 0x00000284, 0x000400f6, 0x0000027f, 0x0000027e, 0x00000000, 0x000400fa, 0x00000285,
    0x0000027e, 0x0000027f, 0x000200f8, 0x0000027e, 0x00050080, 0x00000012, 0x0000028a, 0x000006a9,
    0x000006b4, 0x00060041, 0x000000e2, 0x0000028b, 0x000000df, 0x0000006b, 0x0000028a, 0x0004003d,
    0x00000012, 0x0000028c, 0x0000028b, 0x0006000c, 0x00000098, 0x0000028d, 0x00000001, 0x0000003e,
    0x0000028c, 0x00050051, 0x00000006, 0x0000028f, 0x0000028d, 0x00000000, 0x00050084, 0x00000012,
    0x00000291, 0x0000004b, 0x000006b4, 0x00050041, 0x00000049, 0x00000292, 0x000001aa, 0x00000291,
    0x0004003d, 0x00000006, 0x00000293, 0x00000292, 0x00050051, 0x00000006, 0x00000296, 0x0000028d,
    0x00000001, 0x00050080, 0x00000012, 0x00000299, 0x00000291, 0x00000066, 0x00050041, 0x00000049,
    0x0000029a, 0x000001aa, 0x00000299, 0x0004003d, 0x00000006, 0x0000029b, 0x0000029a, 0x00050085,
    0x00000006, 0x0000029c, 0x00000296, 0x0000029b, 0x0008000c, 0x00000006, 0x0000029d, 0x00000001,
    0x00000032, 0x0000028f, 0x00000293, 0x0000029c, 0x00050081, 0x00000006, 0x0000029f, 0x000006b6,
    0x0000029d, 0x00050080, 0x00000012, 0x000002a1, 0x000006b4, 0x00000140, 0x000200f9, 0x0000027d,
    0x000200f8, 0x0000027f, 0x000200f9, 0x0000027b, 0x000200f8, 0x000002a2, 0x000200f9, 0x000002a4,
    0x000200f8, 0x000002a4, 0x000700f5, 0x00000006, 0x000006b0, 0x00000097, 0x000002a2, 0x000002da,
    0x000002a7, 0x000700f5, 0x00000012, 0x000006ab, 0x00000055, 0x000002a2, 0x000002dc, 0x000002a7,
    0x000500b0, 0x0000002e, 0x000002ab, 0x000006ab, 0x000001e9, 0x000400f6, 0x000002a6, 0x000002a7,
    0x00000000, 0x000400fa, 0x000002ab, 0x000002a5, 0x000002a6, 0x000200f8, 0x000002a5, 0x00050084,
    0x00000012, 0x000002b1, 0x000006ab, 0x000001e8, 0x000200f9, 0x000002b2, 0x000200f8, 0x000002b2,
    0x000700f5, 0x00000006, 0x000006ae, 0x00000097, 0x000002a5, 0x000002ce, 0x000002b5, 0x000700f5,
    0x00000012, 0x000006ac, 0x000002b1, 0x000002a5, 0x000002d0, 0x000002b5, 0x00050080, 0x00000012,
    0x000002b9, 0x000006ab, 0x00000066, 0x00050084, 0x00000012, 0x000002bc, 0x000002b9, 0x000001e8,
    0x000500b0, 0x0000002e, 0x000002bd, 0x000006ac, 0x000002bc, 0x000400f6, 0x000002b4, 0x000002b5,
    0x00000000, 0x000400fa, 0x000002bd, 0x000002b3, 0x000002b4, 0x000200f8, 0x000002b3, 0x00050084,
    0x00000012, 0x000002c0, 0x0000004b, 0x000001e9, 0x00050080, 0x00000012, 0x000002c1, 0x000006a9,
    0x000002c0, 0x000300f7, 0x000004e6, 0x00000000, 0x000300fb, 0x00000055, 0x000004b3, 0x000200f8,
    0x000004b3, 0x000500aa, 0x0000002e, 0x000004b5, 0x0000022c, 0x00000066, 0x000300f7, 0x000004bf,
    0x00000000, 0x000400fa, 0x000004b5, 0x000004b6, 0x000004bf, 0x000200f8, 0x000004b6, 0x00050080,
    0x00000012, 0x000004b9, 0x000002c1, 0x000006ac, 0x000500c2, 0x00000012, 0x000004eb, 0x000004b9,
    0x000000b9, 0x00060041, 0x000000e2, 0x000004ec, 0x000000df, 0x0000006b, 0x000004eb, 0x0004003d,
    0x00000012, 0x000004ed, 0x000004ec, 0x000500c7, 0x00000012, 0x000004ef, 0x000004b9, 0x000000e6,
    0x00050084, 0x00000012, 0x000004f0, 0x000004ef, 0x000000e8, 0x000500c2, 0x00000012, 0x000004f1,
    0x000004ed, 0x000004f0, 0x000500c7, 0x00000012, 0x000004f2, 0x000004f1, 0x000000eb, 0x000500c4,
    0x00000012, 0x000004bb, 0x000004f2, 0x00000104, 0x0004007c, 0x0000006a, 0x000004bc, 0x000004bb,
    0x000500c3, 0x0000006a, 0x000004bd, 0x000004bc, 0x00000104, 0x0004006f, 0x00000006, 0x000004be,
    0x000004bd, 0x000200f9, 0x000004e6, 0x000200f8, 0x000004bf, 0x00050086, 0x00000012, 0x000004c1,
    0x000006ac, 0x0000004e, 0x00050089, 0x00000012, 0x000004c3, 0x000006ac, 0x0000004e, 0x000500aa,
    0x0000002e, 0x000004c5, 0x0000022c, 0x0000004b, 0x000300f7, 0x000004d6, 0x00000000, 0x000400fa,
    0x000004c5, 0x000004c6, 0x000004d6, 0x000200f8, 0x000004c6, 0x00050084, 0x00000012, 0x000004c9,
    0x00000115, 0x000004c1, 0x00050080, 0x00000012, 0x000004ca, 0x000002c1, 0x000004c9, 0x00050089,
    0x00000012, 0x000004cc, 0x000004c3, 0x00000115, 0x00050080, 0x00000012, 0x000004cd, 0x000004ca,
    0x000004cc, 0x000500c2, 0x00000012, 0x000004f6, 0x000004cd, 0x000000b9, 0x00060041, 0x000000e2,
    0x000004f7, 0x000000df, 0x0000006b, 0x000004f6, 0x0004003d, 0x00000012, 0x000004f8, 0x000004f7,
    0x000500c7, 0x00000012, 0x000004fa, 0x000004cd, 0x000000e6, 0x00050084, 0x00000012, 0x000004fb,
    0x000004fa, 0x000000e8, 0x000500c2, 0x00000012, 0x000004fc, 0x000004f8, 0x000004fb, 0x000500c7,
    0x00000012, 0x000004fd, 0x000004fc, 0x000000eb, 0x000500b0, 0x0000002e, 0x000004d0, 0x000004c3,
    0x00000115, 0x000600a9, 0x00000012, 0x000004d1, 0x000004d0, 0x00000055, 0x00000120, 0x000500c2,
    0x00000012, 0x000004d2, 0x000004fd, 0x000004d1, 0x000500c7, 0x00000012, 0x000004d3, 0x000004d2,
    0x00000123, 0x00040070, 0x00000006, 0x000004d4, 0x000004d3, 0x00050083, 0x00000006, 0x000004d5,
    0x000004d4, 0x00000126, 0x000200f9, 0x000004e6, 0x000200f8, 0x000004d6, 0x00050084, 0x00000012,
    0x000004d9, 0x000000e8, 0x000004c1, 0x00050080, 0x00000012, 0x000004da, 0x000002c1, 0x000004d9,
    0x00050089, 0x00000012, 0x000004dc, 0x000004c3, 0x000000e8, 0x00050080, 0x00000012, 0x000004dd,
    0x000004da, 0x000004dc, 0x000500c2, 0x00000012, 0x00000501, 0x000004dd, 0x000000b9, 0x00060041,
    0x000000e2, 0x00000502, 0x000000df, 0x0000006b, 0x00000501, 0x0004003d, 0x00000012, 0x00000503,
    0x00000502, 0x000500c7, 0x00000012, 0x00000505, 0x000004dd, 0x000000e6, 0x00050084, 0x00000012,
    0x00000506, 0x00000505, 0x000000e8, 0x000500c2, 0x00000012, 0x00000507, 0x00000503, 0x00000506,
    0x000500c7, 0x00000012, 0x00000508, 0x00000507, 0x000000eb, 0x00050086, 0x00000012, 0x000004e0,
    0x000004c3, 0x000000e8, 0x00050084, 0x00000012, 0x000004e1, 0x0000004b, 0x000004e0, 0x000500c2,
    0x00000012, 0x000004e2, 0x00000508, 0x000004e1, 0x000500c7, 0x00000012, 0x000004e3, 0x000004e2,
    0x000000e6, 0x00040070, 0x00000006, 0x000004e4, 0x000004e3, 0x00050083, 0x00000006, 0x000004e5,
    0x000004e4, 0x00000138, 0x000200f9, 0x000004e6, 0x000200f8, 0x000004e6, 0x000900f5, 0x00000006,
    0x000006b1, 0x000004be, 0x000004b6, 0x000004d5, 0x000004c6, 0x000004e5, 0x000004d6, 0x00050041,
    0x00000049, 0x000002ca, 0x000001aa, 0x000006ac, 0x0004003d, 0x00000006, 0x000002cb, 0x000002ca,
    0x0008000c, 0x00000006, 0x000002ce, 0x00000001, 0x00000032, 0x000006b1, 0x000002cb, 0x000006ae,
    0x000200f9, 0x000002b5, 0x000200f8, 0x000002b5, 0x00050080, 0x00000012, 0x000002d0, 0x000006ac,
    0x00000140, 0x000200f9, 0x000002b2, 0x000200f8, 0x000002b4, 0x00050084, 0x00000012, 0x000002d3,
    0x0000004b, 0x000006ab, 0x00050080, 0x00000012, 0x000002d4, 0x000006a9, 0x000002d3, 0x000500c2,
    0x00000012, 0x0000050c, 0x000002d4, 0x000000b9, 0x00060041, 0x000000e2, 0x0000050d, 0x000000df,
    0x0000006b, 0x0000050c, 0x0004003d, 0x00000012, 0x0000050e, 0x0000050d, 0x000500c7, 0x00000012,
    0x00000510, 0x000002d4, 0x0000004b, 0x00050084, 0x00000012, 0x00000511, 0x00000510, 0x000000e8,
    0x000500c2, 0x00000012, 0x00000512, 0x0000050e, 0x00000511, 0x0006000c, 0x00000098, 0x00000513,
    0x00000001, 0x0000003e, 0x00000512, 0x00050051, 0x00000006, 0x00000514, 0x00000513, 0x00000000,
    0x0008000c, 0x00000006, 0x000002da, 0x00000001, 0x00000032, 0x00000514, 0x000006ae, 0x000006b0,
    0x000200f9, 0x000002a7, 0x000200f8, 0x000002a7, 0x00050080, 0x00000012, 0x000002dc, 0x000006ab,
    0x00000140, 0x000200f9, 0x000002a4, 0x000200f8, 0x000002a6, 0x000200f9, 0x0000027b, 0x000200f8,
    0x0000027b, 0x000700f5, 0x00000006, 0x000006b5, 0x000006b6, 0x0000027f, 0x000006b0, 0x000002a6,
    0x00050041, 0x000002de, 0x000002df, 0x000000a1, 0x000002dd, 0x0004003d, 0x00000006, 0x000002e0,
    0x000002df, 0x00050085, 0x00000006, 0x000002e2, 0x000006b5, 0x000002e0, 0x00050080, 0x00000012,
    0x000002e9, 0x000001e3, 0x00000685, 0x00060041, 0x0000020b, 0x000002eb, 0x000002e6, 0x0000006b,
    0x000002e9, 0x0003003e, 0x000002eb, 0x000002e2, 0x0007000c, 0x00000006, 0x000002ee, 0x00000001,
    0x00000028, 0x00000686, 0x000002e2, 0x000200f9, 0x00000253, 0x000200f8, 0x00000253, 0x00050080,
    0x00000012, 0x000002f0, 0x00000685, 0x00000043, 0x000200f9, 0x00000250, 0x000200f8, 0x00000252,
    0x00050041, 0x00000049, 0x0000051d, 0x00000046, 0x000001cb, 0x0003003e, 0x0000051d, 0x00000686,
    0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9, 0x0000051e, 0x000200f8, 0x0000051e,
    0x000700f5, 0x00000012, 0x00000687, 0x0000004e, 0x00000252, 0x00000535, 0x00000533, 0x000500ac,
    0x0000002e, 0x00000521, 0x00000687, 0x00000055, 0x000400f6, 0x00000536, 0x00000533, 0x00000000,
    0x000400fa, 0x00000521, 0x00000522, 0x00000536, 0x000200f8, 0x00000522, 0x000500b0, 0x0000002e,
    0x00000525, 0x000001cb, 0x00000687, 0x000300f7, 0x00000532, 0x00000000, 0x000400fa, 0x00000525,
    0x00000526, 0x00000532, 0x000200f8, 0x00000526, 0x0004003d, 0x00000006, 0x0000052a, 0x0000051d,
    0x00050080, 0x00000012, 0x0000052d, 0x000001cb, 0x00000687, 0x00050041, 0x00000049, 0x0000052e,
    0x00000046, 0x0000052d, 0x0004003d, 0x00000006, 0x0000052f, 0x0000052e, 0x0007000c, 0x00000006,
    0x00000530, 0x00000001, 0x00000028, 0x0000052a, 0x0000052f, 0x0003003e, 0x0000051d, 0x00000530,
    0x000200f9, 0x00000532, 0x000200f8, 0x00000532, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c,
    0x000200f9, 0x00000533, 0x000200f8, 0x00000533, 0x000500c2, 0x00000012, 0x00000535, 0x00000687,
    0x00000066, 0x000200f9, 0x0000051e, 0x000200f8, 0x00000536, 0x00050041, 0x00000049, 0x00000537,
    0x00000046, 0x0000006b, 0x0004003d, 0x00000006, 0x00000538, 0x00000537, 0x000400e0, 0x0000004b,
    0x0000004b, 0x0000004c, 0x000200f9, 0x000002f7, 0x000200f8, 0x000002f7, 0x000700f5, 0x00000006,
    0x00000689, 0x00000097, 0x00000536, 0x0000030f, 0x000002f8, 0x000700f5, 0x00000012, 0x00000688,
    0x000001cb, 0x00000536, 0x00000311, 0x000002f8, 0x000500b0, 0x0000002e, 0x000002fe, 0x00000688,
    0x000001d5, 0x000400f6, 0x000002f9, 0x000002f8, 0x00000000, 0x000400fa, 0x000002fe, 0x000002f8,
    0x000002f9, 0x000200f8, 0x000002f8, 0x00050080, 0x00000012, 0x00000302, 0x000001e3, 0x00000688,
    0x00060041, 0x0000020b, 0x00000303, 0x000002e6, 0x0000006b, 0x00000302, 0x0004003d, 0x00000006,
    0x00000304, 0x00000303, 0x00050083, 0x00000006, 0x00000306, 0x00000304, 0x00000538, 0x0006000c,
    0x00000006, 0x00000307, 0x00000001, 0x0000001b, 0x00000306, 0x0003003e, 0x00000303, 0x00000307,
    0x00050081, 0x00000006, 0x0000030f, 0x00000689, 0x00000307, 0x00050080, 0x00000012, 0x00000311,
    0x00000688, 0x00000043, 0x000200f9, 0x000002f7, 0x000200f8, 0x000002f9, 0x0003003e, 0x0000051d,
    0x00000689, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9, 0x00000543, 0x000200f8,
    0x00000543, 0x000700f5, 0x00000012, 0x0000068a, 0x0000004e, 0x000002f9, 0x00000559, 0x00000557,
    0x000500ac, 0x0000002e, 0x00000546, 0x0000068a, 0x00000055, 0x000400f6, 0x0000055a, 0x00000557,
    0x00000000, 0x000400fa, 0x00000546, 0x00000547, 0x0000055a, 0x000200f8, 0x00000547, 0x000500b0,
    0x0000002e, 0x0000054a, 0x000001cb, 0x0000068a, 0x000300f7, 0x00000556, 0x00000000, 0x000400fa,
    0x0000054a, 0x0000054b, 0x00000556, 0x000200f8, 0x0000054b, 0x00050080, 0x00000012, 0x0000054f,
    0x000001cb, 0x0000068a, 0x00050041, 0x00000049, 0x00000550, 0x00000046, 0x0000054f, 0x0004003d,
    0x00000006, 0x00000551, 0x00000550, 0x0004003d, 0x00000006, 0x00000553, 0x0000051d, 0x00050081,
    0x00000006, 0x00000554, 0x00000553, 0x00000551, 0x0003003e, 0x0000051d, 0x00000554, 0x000200f9,
    0x00000556, 0x000200f8, 0x00000556, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9,
    0x00000557, 0x000200f8, 0x00000557, 0x000500c2, 0x00000012, 0x00000559, 0x0000068a, 0x00000066,
    0x000200f9, 0x00000543, 0x000200f8, 0x0000055a, 0x0004003d, 0x00000006, 0x0000055c, 0x00000537,
    0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x00050088, 0x00000006, 0x00000316, 0x000001eb,
    0x0000055c, 0x000200f9, 0x00000319, 0x000200f8, 0x00000319, 0x000700f5, 0x00000012, 0x0000068b,
    0x000001cb, 0x0000055a, 0x0000033b, 0x0000031c, 0x000500b0, 0x0000002e, 0x00000320, 0x0000068b,
    0x000001d5, 0x000400f6, 0x0000031b, 0x0000031c, 0x00000000, 0x000400fa, 0x00000320, 0x0000031a,
    0x0000031b, 0x000200f8, 0x0000031a, 0x00050080, 0x00000012, 0x00000324, 0x000001e3, 0x0000068b,
    0x00060041, 0x0000020b, 0x00000325, 0x000002e6, 0x0000006b, 0x00000324, 0x0004003d, 0x00000006,
    0x00000326, 0x00000325, 0x00050085, 0x00000006, 0x00000328, 0x00000326, 0x00000316, 0x00050041,
    0x000000a3, 0x0000032d, 0x000000a1, 0x0000032c, 0x0004003d, 0x00000012, 0x0000032e, 0x0000032d,
    0x000500aa, 0x0000002e, 0x0000032f, 0x0000032e, 0x00000055, 0x000300f7, 0x00000332, 0x00000000,
    0x000400fa, 0x0000032f, 0x00000331, 0x00000336, 0x000200f8, 0x00000331, 0x00050050, 0x00000098,
    0x00000561, 0x00000328, 0x00000097, 0x0006000c, 0x00000012, 0x00000562, 0x00000001, 0x0000003a,
    0x00000561, 0x0006000c, 0x00000098, 0x00000563, 0x00000001, 0x0000003e, 0x00000562, 0x00050051,
    0x00000006, 0x00000564, 0x00000563, 0x00000000, 0x000200f9, 0x00000332, 0x000200f8, 0x00000336,
    0x000200f9, 0x00000332, 0x000200f8, 0x00000332, 0x000700f5, 0x00000006, 0x000006a4, 0x00000564,
    0x00000331, 0x00000328, 0x00000336, 0x0003003e, 0x00000325, 0x000006a4, 0x000200f9, 0x0000031c,
    0x000200f8, 0x0000031c, 0x00050080, 0x00000012, 0x0000033b, 0x0000068b, 0x00000043, 0x000200f9,
    0x00000319, 0x000200f8, 0x0000031b, 0x000300e1, 0x00000066, 0x0000033c, 0x000400e0, 0x0000004b,
    0x0000004b, 0x0000004c, 0x000200f9, 0x0000033f, 0x000200f8, 0x0000033f, 0x000700f5, 0x00000012,
    0x0000068c, 0x000001cb, 0x0000031b, 0x000003ae, 0x00000342, 0x000500b0, 0x0000002e, 0x00000346,
    0x0000068c, 0x000001ce, 0x000400f6, 0x00000341, 0x00000342, 0x00000000, 0x000400fa, 0x00000346,
    0x00000340, 0x00000341, 0x000200f8, 0x00000340, 0x000200f9, 0x00000349, 0x000200f8, 0x00000349,
    0x000700f5, 0x00000006, 0x00000695, 0x00000097, 0x00000340, 0x000003a7, 0x0000034c, 0x000700f5,
    0x00000012, 0x00000693, 0x00000055, 0x00000340, 0x000003a9, 0x0000034c, 0x000500b0, 0x0000002e,
    0x00000350, 0x00000693, 0x000001d5, 0x000400f6, 0x0000034b, 0x0000034c, 0x00000000, 0x000400fa,
    0x00000350, 0x0000034a, 0x0000034b, 0x000200f8, 0x0000034a, 0x00050041, 0x000000a3, 0x00000358,
    0x000000a1, 0x0000032c, 0x0004003d, 0x00000012, 0x00000359, 0x00000358, 0x00050041, 0x000000a3,
    0x0000035b, 0x000000a1, 0x00000352, 0x0004003d, 0x00000012, 0x0000035c, 0x0000035b, 0x00050041,
    0x000000a3, 0x0000035e, 0x000000a1, 0x00000353, 0x0004003d, 0x00000012, 0x0000035f, 0x0000035e,
    0x00050041, 0x000000a3, 0x00000361, 0x000000a1, 0x00000354, 0x0004003d, 0x00000012, 0x00000362,
    0x00000361, 0x00050041, 0x000000a3, 0x00000364, 0x000000a1, 0x00000355, 0x0004003d, 0x00000012,
    0x00000365, 0x00000364, 0x000300f7, 0x000005ae, 0x00000000, 0x000300fb, 0x00000055, 0x0000056b,
    0x000200f8, 0x0000056b, 0x00050084, 0x00000012, 0x00000571, 0x000001db, 0x000001ce, 0x000500aa,
    0x0000002e, 0x00000573, 0x00000359, 0x00000055, 0x000300f7, 0x00000580, 0x00000000, 0x000400fa,
    0x00000573, 0x00000574, 0x00000580, 0x000200f8, 0x00000574, 0x00050084, 0x00000012, 0x00000578,
    0x00000693, 0x00000571, 0x00050084, 0x00000012, 0x0000057b, 0x000001dd, 0x000001ce, 0x00050080,
    0x00000012, 0x0000057c, 0x00000578, 0x0000057b, 0x00050084, 0x00000012, 0x0000057d, 0x0000004b,
    0x0000057c, 0x00050080, 0x00000012, 0x0000057e, 0x0000035c, 0x0000057d, 0x00050086, 0x00000012,
    0x0000057f, 0x0000057e, 0x00000120, 0x000200f9, 0x000005ae, 0x000200f8, 0x00000580, 0x000500b0,
    0x0000002e, 0x00000583, 0x00000693, 0x00000450, 0x000300f7, 0x00000590, 0x00000000, 0x000400fa,
    0x00000583, 0x00000584, 0x00000590, 0x000200f8, 0x00000584, 0x00050084, 0x00000012, 0x00000588,
    0x00000693, 0x00000571, 0x00050084, 0x00000012, 0x0000058b, 0x000001dd, 0x000001ce, 0x00050080,
    0x00000012, 0x0000058c, 0x00000588, 0x0000058b, 0x00050084, 0x00000012, 0x0000058d, 0x0000004b,
    0x0000058c, 0x00050080, 0x00000012, 0x0000058e, 0x0000035f, 0x0000058d, 0x00050086, 0x00000012,
    0x0000058f, 0x0000058e, 0x00000120, 0x000200f9, 0x000005ae, 0x000200f8, 0x00000590, 0x000500ae,
    0x0000002e, 0x00000593, 0x00000693, 0x0000045e, 0x000300f7, 0x000005a3, 0x00000000, 0x000400fa,
    0x00000593, 0x00000594, 0x000005a3, 0x000200f8, 0x00000594, 0x00050041, 0x000000a3, 0x00000597,
    0x000000a1, 0x0000016e, 0x0004003d, 0x00000012, 0x00000598, 0x00000597, 0x00050089, 0x00000012,
    0x00000599, 0x00000693, 0x00000598, 0x00050084, 0x00000012, 0x0000059b, 0x00000599, 0x00000571,
    0x00050084, 0x00000012, 0x0000059e, 0x000001dd, 0x000001ce, 0x00050080, 0x00000012, 0x0000059f,
    0x0000059b, 0x0000059e, 0x00050084, 0x00000012, 0x000005a0, 0x0000004b, 0x0000059f, 0x00050080,
    0x00000012, 0x000005a1, 0x00000362, 0x000005a0, 0x00050086, 0x00000012, 0x000005a2, 0x000005a1,
    0x00000120, 0x000200f9, 0x000005ae, 0x000200f8, 0x000005a3, 0x00050084, 0x00000012, 0x000005a8,
    0x00000693, 0x000001db, 0x00050080, 0x00000012, 0x000005aa, 0x000005a8, 0x000001dd, 0x00050084,
    0x00000012, 0x000005ac, 0x000005aa, 0x00000365, 0x00050080, 0x00000012, 0x000005ad, 0x0000035c,
    0x000005ac, 0x000200f9, 0x000005ae, 0x000200f8, 0x000005ae, 0x000b00f5, 0x0000002e, 0x00000697,
    0x00000145, 0x00000574, 0x00000145, 0x00000584, 0x00000145, 0x00000594, 0x0000017c, 0x000005a3,
    0x000b00f5, 0x00000012, 0x00000696, 0x0000057f, 0x00000574, 0x0000058f, 0x00000584, 0x000005a2,
    0x00000594, 0x000005ad, 0x000005a3, 0x000300f7, 0x00000373, 0x00000000, 0x000400fa, 0x00000697,
    0x00000372, 0x00000389, 0x000200f8, 0x00000372, 0x00050086, 0x00000012, 0x00000377, 0x0000068c,
    0x0000004b, 0x00050080, 0x00000012, 0x00000378, 0x00000696, 0x00000377, 0x00060041, 0x000000e2,
    0x00000379, 0x000000df, 0x0000006b, 0x00000378, 0x0004003d, 0x00000012, 0x0000037a, 0x00000379,
    0x0006000c, 0x00000098, 0x0000037b, 0x00000001, 0x0000003e, 0x0000037a, 0x000500c7, 0x00000012,
    0x0000037e, 0x0000068c, 0x00000066, 0x000500aa, 0x0000002e, 0x0000037f, 0x0000037e, 0x00000055,
    0x000300f7, 0x00000382, 0x00000000, 0x000400fa, 0x0000037f, 0x00000381, 0x00000385, 0x000200f8,
    0x00000381, 0x00050051, 0x00000006, 0x00000384, 0x0000037b, 0x00000000, 0x000200f9, 0x00000382,
    0x000200f8, 0x00000385, 0x00050051, 0x00000006, 0x00000387, 0x0000037b, 0x00000001, 0x000200f9,
    0x00000382, 0x000200f8, 0x00000382, 0x000700f5, 0x00000006, 0x0000069a, 0x00000384, 0x00000381,
    0x00000387, 0x00000385, 0x000200f9, 0x00000373, 0x000200f8, 0x00000389, 0x00050086, 0x00000012,
    0x0000038e, 0x0000068c, 0x000001e8, 0x00050084, 0x00000012, 0x0000038f, 0x0000004b, 0x0000038e,
    0x00050080, 0x00000012, 0x00000390, 0x00000696, 0x0000038f, 0x000500c2, 0x00000012, 0x000005b3,
    0x00000390, 0x000000b9, 0x00060041, 0x000000e2, 0x000005b4, 0x000000df, 0x0000006b, 0x000005b3,
    0x0004003d, 0x00000012, 0x000005b5, 0x000005b4, 0x000500c7, 0x00000012, 0x000005b7, 0x00000390,
    0x0000004b, 0x00050084, 0x00000012, 0x000005b8, 0x000005b7, 0x000000e8, 0x000500c2, 0x00000012,
    0x000005b9, 0x000005b5, 0x000005b8, 0x0006000c, 0x00000098, 0x000005ba, 0x00000001, 0x0000003e,
    0x000005b9, 0x00050051, 0x00000006, 0x000005bb, 0x000005ba, 0x00000000, 0x00050084, 0x00000012,
    0x00000395, 0x0000004b, 0x000001e9, 0x00050080, 0x00000012, 0x00000396, 0x00000696, 0x00000395,
    0x000300f7, 0x000005f8, 0x00000000, 0x000300fb, 0x00000055, 0x000005c5, 0x000200f8, 0x000005c5,
    0x000500aa, 0x0000002e, 0x000005c7, 0x00000359, 0x00000066, 0x000300f7, 0x000005d1, 0x00000000,
    0x000400fa, 0x000005c7, 0x000005c8, 0x000005d1, 0x000200f8, 0x000005c8, 0x00050080, 0x00000012,
    0x000005cb, 0x00000396, 0x0000068c, 0x000500c2, 0x00000012, 0x000005fd, 0x000005cb, 0x000000b9,
    0x00060041, 0x000000e2, 0x000005fe, 0x000000df, 0x0000006b, 0x000005fd, 0x0004003d, 0x00000012,
    0x000005ff, 0x000005fe, 0x000500c7, 0x00000012, 0x00000601, 0x000005cb, 0x000000e6, 0x00050084,
    0x00000012, 0x00000602, 0x00000601, 0x000000e8, 0x000500c2, 0x00000012, 0x00000603, 0x000005ff,
    0x00000602, 0x000500c7, 0x00000012, 0x00000604, 0x00000603, 0x000000eb, 0x000500c4, 0x00000012,
    0x000005cd, 0x00000604, 0x00000104, 0x0004007c, 0x0000006a, 0x000005ce, 0x000005cd, 0x000500c3,
    0x0000006a, 0x000005cf, 0x000005ce, 0x00000104, 0x0004006f, 0x00000006, 0x000005d0, 0x000005cf,
    0x000200f9, 0x000005f8, 0x000200f8, 0x000005d1, 0x00050086, 0x00000012, 0x000005d3, 0x0000068c,
    0x0000004e, 0x00050089, 0x00000012, 0x000005d5, 0x0000068c, 0x0000004e, 0x000500aa, 0x0000002e,
    0x000005d7, 0x00000359, 0x0000004b, 0x000300f7, 0x000005e8, 0x00000000, 0x000400fa, 0x000005d7,
    0x000005d8, 0x000005e8, 0x000200f8, 0x000005d8, 0x00050084, 0x00000012, 0x000005db, 0x00000115,
    0x000005d3, 0x00050080, 0x00000012, 0x000005dc, 0x00000396, 0x000005db, 0x00050089, 0x00000012,
    0x000005de, 0x000005d5, 0x00000115, 0x00050080, 0x00000012, 0x000005df, 0x000005dc, 0x000005de,
    0x000500c2, 0x00000012, 0x00000608, 0x000005df, 0x000000b9, 0x00060041, 0x000000e2, 0x00000609,
    0x000000df, 0x0000006b, 0x00000608, 0x0004003d, 0x00000012, 0x0000060a, 0x00000609, 0x000500c7,
    0x00000012, 0x0000060c, 0x000005df, 0x000000e6, 0x00050084, 0x00000012, 0x0000060d, 0x0000060c,
    0x000000e8, 0x000500c2, 0x00000012, 0x0000060e, 0x0000060a, 0x0000060d, 0x000500c7, 0x00000012,
    0x0000060f, 0x0000060e, 0x000000eb, 0x000500b0, 0x0000002e, 0x000005e2, 0x000005d5, 0x00000115,
    0x000600a9, 0x00000012, 0x000005e3, 0x000005e2, 0x00000055, 0x00000120, 0x000500c2, 0x00000012,
    0x000005e4, 0x0000060f, 0x000005e3, 0x000500c7, 0x00000012, 0x000005e5, 0x000005e4, 0x00000123,
    0x00040070, 0x00000006, 0x000005e6, 0x000005e5, 0x00050083, 0x00000006, 0x000005e7, 0x000005e6,
    0x00000126, 0x000200f9, 0x000005f8, 0x000200f8, 0x000005e8, 0x00050084, 0x00000012, 0x000005eb,
    0x000000e8, 0x000005d3, 0x00050080, 0x00000012, 0x000005ec, 0x00000396, 0x000005eb, 0x00050089,
    0x00000012, 0x000005ee, 0x000005d5, 0x000000e8, 0x00050080, 0x00000012, 0x000005ef, 0x000005ec,
    0x000005ee, 0x000500c2, 0x00000012, 0x00000613, 0x000005ef, 0x000000b9, 0x00060041, 0x000000e2,
    0x00000614, 0x000000df, 0x0000006b, 0x00000613, 0x0004003d, 0x00000012, 0x00000615, 0x00000614,
    0x000500c7, 0x00000012, 0x00000617, 0x000005ef, 0x000000e6, 0x00050084, 0x00000012, 0x00000618,
    0x00000617, 0x000000e8, 0x000500c2, 0x00000012, 0x00000619, 0x00000615, 0x00000618, 0x000500c7,
    0x00000012, 0x0000061a, 0x00000619, 0x000000eb, 0x00050086, 0x00000012, 0x000005f2, 0x000005d5,
    0x000000e8, 0x00050084, 0x00000012, 0x000005f3, 0x0000004b, 0x000005f2, 0x000500c2, 0x00000012,
    0x000005f4, 0x0000061a, 0x000005f3, 0x000500c7, 0x00000012, 0x000005f5, 0x000005f4, 0x000000e6,
    0x00040070, 0x00000006, 0x000005f6, 0x000005f5, 0x00050083, 0x00000006, 0x000005f7, 0x000005f6,
    0x00000138, 0x000200f9, 0x000005f8, 0x000200f8, 0x000005f8, 0x000900f5, 0x00000006, 0x00000699,
    0x000005d0, 0x000005c8, 0x000005e7, 0x000005d8, 0x000005f7, 0x000005e8, 0x00050085, 0x00000006,
    0x0000039e, 0x000005bb, 0x00000699, 0x000200f9, 0x00000373, 0x000200f8, 0x00000373, 0x000700f5,
    0x00000006, 0x0000069f, 0x0000069a, 0x00000382, 0x0000039e, 0x000005f8, 0x00050080, 0x00000012,
    0x000003a1, 0x000001e3, 0x00000693, 0x00060041, 0x0000020b, 0x000003a2, 0x000002e6, 0x0000006b,
    0x000003a1, 0x0004003d, 0x00000006, 0x000003a3, 0x000003a2, 0x0008000c, 0x00000006, 0x000003a7,
    0x00000001, 0x00000032, 0x000003a3, 0x0000069f, 0x00000695, 0x000200f9, 0x0000034c, 0x000200f8,
    0x0000034c, 0x00050080, 0x00000012, 0x000003a9, 0x00000693, 0x00000140, 0x000200f9, 0x00000349,
    0x000200f8, 0x0000034b, 0x00050041, 0x00000049, 0x000003ac, 0x000001aa, 0x0000068c, 0x0003003e,
    0x000003ac, 0x00000695, 0x000200f9, 0x00000342, 0x000200f8, 0x00000342, 0x00050080, 0x00000012,
    0x000003ae, 0x0000068c, 0x00000043, 0x000200f9, 0x0000033f, 0x000200f8, 0x00000341, 0x000400e0,
    0x0000004b, 0x0000004b, 0x0000004c, 0x000300f7, 0x000003b3, 0x00000000, 0x000400fa, 0x00000226,
    0x000003b2, 0x000003b3, 0x000200f8, 0x000003b2, 0x000200f9, 0x00000623, 0x000200f8, 0x00000623,
    0x000700f5, 0x00000012, 0x0000068d, 0x00000066, 0x000003b2, 0x00000650, 0x0000064e, 0x000500b0,
    0x0000002e, 0x00000628, 0x0000068d, 0x000001ce, 0x000400f6, 0x00000651, 0x0000064e, 0x00000000,
    0x000400fa, 0x00000628, 0x00000629, 0x00000651, 0x000200f8, 0x00000629, 0x000200f9, 0x0000062b,
    0x000200f8, 0x0000062b, 0x000700f5, 0x00000012, 0x00000691, 0x000001cb, 0x00000629, 0x0000064c,
    0x00000632, 0x00050086, 0x00000012, 0x00000630, 0x000001ce, 0x0000004b, 0x000500b0, 0x0000002e,
    0x00000631, 0x00000691, 0x00000630, 0x000400f6, 0x0000064d, 0x00000632, 0x00000000, 0x000400fa,
    0x00000631, 0x00000632, 0x0000064d, 0x000200f8, 0x00000632, 0x00050086, 0x00000012, 0x0000065d,
    0x00000691, 0x00000630, 0x00050089, 0x00000012, 0x00000660, 0x00000691, 0x00000630, 0x00050084,
    0x00000012, 0x00000664, 0x0000065d, 0x000001ce, 0x00050086, 0x00000012, 0x00000667, 0x00000660,
    0x0000068d, 0x00050084, 0x00000012, 0x00000668, 0x00000667, 0x0000004b, 0x00050084, 0x00000012,
    0x0000066a, 0x00000668, 0x0000068d, 0x00050080, 0x00000012, 0x0000066b, 0x00000664, 0x0000066a,
    0x00050089, 0x00000012, 0x0000066e, 0x00000660, 0x0000068d, 0x00050080, 0x00000012, 0x0000066f,
    0x0000066b, 0x0000066e, 0x00050080, 0x00000012, 0x00000673, 0x0000066f, 0x0000068d, 0x00050041,
    0x00000049, 0x00000638, 0x000001aa, 0x0000066f, 0x0004003d, 0x00000006, 0x00000639, 0x00000638,
    0x00050041, 0x00000049, 0x0000063c, 0x000001aa, 0x00000673, 0x0004003d, 0x00000006, 0x0000063d,
    0x0000063c, 0x00050081, 0x00000006, 0x00000642, 0x00000639, 0x0000063d, 0x0003003e, 0x00000638,
    0x00000642, 0x00050083, 0x00000006, 0x00000648, 0x00000639, 0x0000063d, 0x0003003e, 0x0000063c,
    0x00000648, 0x00050080, 0x00000012, 0x0000064c, 0x00000691, 0x00000043, 0x000200f9, 0x0000062b,
    0x000200f8, 0x0000064d, 0x000400e0, 0x0000004b, 0x0000004b, 0x0000004c, 0x000200f9, 0x0000064e,
    0x000200f8, 0x0000064e, 0x00050084, 0x00000012, 0x00000650, 0x0000068d, 0x0000004b, 0x000200f9,
    0x00000623, 0x000200f8, 0x00000651, 0x000200f9, 0x000003b3, 0x000200f8, 0x000003b3, 0x000200f9,
    0x000003b7, 0x000200f8, 0x000003b7, 0x000700f5, 0x00000012, 0x0000068e, 0x000001cb, 0x000003b3,
    0x000003de, 0x000003ba, 0x000500b0, 0x0000002e, 0x000003be, 0x0000068e, 0x000001ce, 0x000400f6,
    0x000003b9, 0x000003ba, 0x00000000, 0x000400fa, 0x000003be, 0x000003b8, 0x000003b9, 0x000200f8,
    0x000003b8, 0x00050084, 0x00000012, 0x000003c5, 0x000001c9, 0x000001ce, 0x00050080, 0x00000012,
    0x000003c7, 0x000003c5, 0x0000068e, 0x000300f7, 0x000003cd, 0x00000000, 0x000400fa, 0x00000226,
    0x000003cc, 0x000003d7, 0x000200f8, 0x000003cc, 0x00050041, 0x00000049, 0x000003cf, 0x000001aa,
    0x0000068e, 0x0004003d, 0x00000006, 0x000003d0, 0x000003cf, 0x00050085, 0x00000006, 0x000003d2,
    0x000003d0, 0x000001ef, 0x00060041, 0x0000020b, 0x000003d4, 0x00000211, 0x0000006b, 0x0000068e,
    0x0004003d, 0x00000006, 0x000003d5, 0x000003d4, 0x00050085, 0x00000006, 0x000003d6, 0x000003d2,
    0x000003d5, 0x000200f9, 0x000003cd, 0x000200f8, 0x000003d7, 0x00050041, 0x00000049, 0x000003d9,
    0x000001aa, 0x0000068e, 0x0004003d, 0x00000006, 0x000003da, 0x000003d9, 0x000200f9, 0x000003cd,
    0x000200f8, 0x000003cd, 0x000700f5, 0x00000006, 0x0000068f, 0x000003d6, 0x000003cc, 0x000003da,
    0x000003d7, 0x00060041, 0x0000020b, 0x000003dc, 0x000003c2, 0x0000006b, 0x000003c7, 0x0003003e,
    0x000003dc, 0x0000068f, 0x000200f9, 0x000003ba, 0x000200f8, 0x000003ba, 0x00050080, 0x00000012,
    0x000003de, 0x0000068e, 0x00000043, 0x000200f9, 0x000003b7, 0x000200f8, 0x000003b9, 0x000100fd,
    0x00010038,
};
static const uint32_t spv_attn_sg[3836] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000006aa, 0x00000000, 0x00020011, 0x00000001, 0x00020011,
    0x0000003d, 0x00020011, 0x0000003f, 0x0006000b, 0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e,
    0x00000000, 0x0003000e, 0x00000000, 0x00000001, 0x0009000f, 0x00000005, 0x00000004, 0x6e69616d,
    0x00000000, 0x0000004a, 0x0000005b, 0x00000186, 0x000001ba, 0x00060010, 0x00000004, 0x00000011,
    0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000004a, 0x0000000b, 0x00000028, 0x00040047,
    0x0000005b, 0x0000000b, 0x00000026, 0x00050048, 0x00000092, 0x00000000, 0x00000023, 0x00000000,
    0x00050048, 0x00000092, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000092, 0x00000002,
    0x00000023, 0x00000008, 0x00050048, 0x00000092, 0x00000003, 0x00000023, 0x0000000c, 0x00050048,
    0x00000092, 0x00000004, 0x00000023, 0x00000010, 0x00050048, 0x00000092, 0x00000005, 0x00000023,
    0x00000014, 0x00050048, 0x00000092, 0x00000006, 0x00000023, 0x00000018, 0x00050048, 0x00000092,
    0x00000007, 0x00000023, 0x0000001c, 0x00050048, 0x00000092, 0x00000008, 0x00000023, 0x00000020,
    0x00050048, 0x00000092, 0x00000009, 0x00000023, 0x00000024, 0x00050048, 0x00000092, 0x0000000a,
    0x00000023, 0x00000028, 0x00050048, 0x00000092, 0x0000000b, 0x00000023, 0x0000002c, 0x00050048,
    0x00000092, 0x0000000c, 0x00000023, 0x00000030, 0x00050048, 0x00000092, 0x0000000d, 0x00000023,
    0x00000034, 0x00050048, 0x00000092, 0x0000000e, 0x00000023, 0x00000038, 0x00050048, 0x00000092,
    0x0000000f, 0x00000023, 0x0000003c, 0x00050048, 0x00000092, 0x00000010, 0x00000023, 0x00000040,
    0x00050048, 0x00000092, 0x00000011, 0x00000023, 0x00000044, 0x00050048, 0x00000092, 0x00000012,
    0x00000023, 0x00000048, 0x00050048, 0x00000092, 0x00000013, 0x00000023, 0x0000004c, 0x00050048,
    0x00000092, 0x00000014, 0x00000023, 0x00000050, 0x00050048, 0x00000092, 0x00000015, 0x00000023,
    0x00000054, 0x00030047, 0x00000092, 0x00000002, 0x00040047, 0x000000cf, 0x00000006, 0x00000004,
    0x00040048, 0x000000d0, 0x00000000, 0x00000018, 0x00050048, 0x000000d0, 0x00000000, 0x00000023,
    0x00000000, 0x00030047, 0x000000d0, 0x00000002, 0x00040047, 0x000000d2, 0x00000022, 0x00000000,
    0x00040047, 0x000000d2, 0x00000021, 0x00000001, 0x00040047, 0x00000186, 0x0000000b, 0x0000001d,
    0x00040047, 0x000001ba, 0x0000000b, 0x0000001a, 0x00040048, 0x000001c3, 0x00000000, 0x00000018,
    0x00050048, 0x000001c3, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000001c3, 0x00000002,
    0x00040047, 0x000001c5, 0x00000022, 0x00000000, 0x00040047, 0x000001c5, 0x00000021, 0x00000004,
    0x00040047, 0x000001f5, 0x00000006, 0x00000004, 0x00040048, 0x000001f6, 0x00000000, 0x00000018,
    0x00050048, 0x000001f6, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000001f6, 0x00000002,
    0x00040047, 0x000001f8, 0x00000022, 0x00000000, 0x00040047, 0x000001f8, 0x00000021, 0x00000000,
    0x00040047, 0x00000201, 0x00000006, 0x00000004, 0x00040048, 0x00000202, 0x00000000, 0x00000018,
    0x00050048, 0x00000202, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000202, 0x00000002,
    0x00040047, 0x00000204, 0x00000022, 0x00000000, 0x00040047, 0x00000204, 0x00000021, 0x00000005,
    0x00040047, 0x000002d6, 0x00000006, 0x00000004, 0x00050048, 0x000002d7, 0x00000000, 0x00000023,
    0x00000000, 0x00030047, 0x000002d7, 0x00000002, 0x00040047, 0x000002d9, 0x00000022, 0x00000000,
    0x00040047, 0x000002d9, 0x00000021, 0x00000003, 0x00040047, 0x000003b2, 0x00000006, 0x00000004,
    0x00040048, 0x000003b3, 0x00000000, 0x00000019, 0x00050048, 0x000003b3, 0x00000000, 0x00000023,
    0x00000000, 0x00030047, 0x000003b3, 0x00000002, 0x00040047, 0x000003b5, 0x00000022, 0x00000000,
    0x00040047, 0x000003b5, 0x00000021, 0x00000002, 0x00040047, 0x000003d2, 0x0000000b, 0x00000019,
    0x00020013, 0x00000002, 0x00030021, 0x00000003, 0x00000002, 0x00030016, 0x00000006, 0x00000020,
    0x00040015, 0x00000012, 0x00000020, 0x00000000, 0x00020014, 0x0000002e, 0x0004002b, 0x00000012,
    0x00000040, 0x00000003, 0x0004002b, 0x00000012, 0x00000045, 0x00000040, 0x0004001c, 0x00000046,
    0x00000006, 0x00000045, 0x00040020, 0x00000047, 0x00000004, 0x00000046, 0x0004003b, 0x00000047,
    0x00000048, 0x00000004, 0x00040020, 0x00000049, 0x00000001, 0x00000012, 0x0004003b, 0x00000049,
    0x0000004a, 0x00000001, 0x00040020, 0x0000004d, 0x00000004, 0x00000006, 0x0004002b, 0x00000012,
    0x0000004f, 0x00000002, 0x0004002b, 0x00000012, 0x00000050, 0x00000108, 0x0004002b, 0x00000006,
    0x00000052, 0x00000000, 0x0004002b, 0x00000012, 0x00000054, 0x00000000, 0x0004003b, 0x00000049,
    0x0000005b, 0x00000001, 0x00040015, 0x00000064, 0x00000020, 0x00000001, 0x0004002b, 0x00000064,
    0x00000065, 0x00000001, 0x0004002b, 0x00000064, 0x00000073, 0x00000000, 0x0004002b, 0x00000012,
    0x00000077, 0x00000001, 0x00040017, 0x0000008b, 0x00000006, 0x00000002, 0x0018001e, 0x00000092,
    0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000006, 0x00000012,
    0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012,
    0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00000012, 0x00040020, 0x00000093,
    0x00000009, 0x00000092, 0x0004003b, 0x00000093, 0x00000094, 0x00000009, 0x0004002b, 0x00000064,
    0x00000095, 0x00000009, 0x00040020, 0x00000096, 0x00000009, 0x00000012, 0x0004002b, 0x00000064,
    0x0000009d, 0x0000000b, 0x0004002b, 0x00000064, 0x000000ac, 0x00000002, 0x0003001d, 0x000000cf,
    0x00000012, 0x0003001e, 0x000000d0, 0x000000cf, 0x00040020, 0x000000d1, 0x0000000c, 0x000000d0,
    0x0004003b, 0x000000d1, 0x000000d2, 0x0000000c, 0x00040020, 0x000000d5, 0x0000000c, 0x00000012,
    0x0004002b, 0x00000012, 0x000000da, 0x00000008, 0x0004002b, 0x00000012, 0x000000dd, 0x000000ff,
    0x0004002b, 0x00000064, 0x000000f6, 0x00000018, 0x0004002b, 0x00000012, 0x000000fe, 0x00000020,
    0x0004002b, 0x00000012, 0x00000108, 0x00000010, 0x0004002b, 0x00000012, 0x00000113, 0x00000004,
    0x0004002b, 0x00000012, 0x00000116, 0x0000000f, 0x0004002b, 0x00000006, 0x00000119, 0x40f00000,
    0x0004002b, 0x00000006, 0x0000012b, 0x3fc00000, 0x00030029, 0x0000002e, 0x00000137, 0x0004002b,
    0x00000064, 0x00000160, 0x0000000a, 0x0003002a, 0x0000002e, 0x0000016e, 0x0004003b, 0x00000049,
    0x00000186, 0x00000001, 0x0004002b, 0x00000012, 0x0000019a, 0x00000400, 0x0004001c, 0x0000019b,
    0x00000006, 0x0000019a, 0x00040020, 0x0000019c, 0x00000004, 0x0000019b, 0x0004003b, 0x0000019c,
    0x0000019d, 0x00000004, 0x00040017, 0x000001b8, 0x00000012, 0x00000003, 0x00040020, 0x000001b9,
    0x00000001, 0x000001b8, 0x0004003b, 0x000001b9, 0x000001ba, 0x00000001, 0x0003001e, 0x000001c3,
    0x00000012, 0x00040020, 0x000001c4, 0x0000000c, 0x000001c3, 0x0004003b, 0x000001c4, 0x000001c5,
    0x0000000c, 0x0004002b, 0x00000064, 0x000001d3, 0x00000005, 0x0004002b, 0x00000064, 0x000001d9,
    0x00000008, 0x0004002b, 0x00000006, 0x000001de, 0x3f800000, 0x0004002b, 0x00000064, 0x000001ee,
    0x00000007, 0x0003001d, 0x000001f5, 0x00000006, 0x0003001e, 0x000001f6, 0x000001f5, 0x00040020,
    0x000001f7, 0x0000000c, 0x000001f6, 0x0004003b, 0x000001f7, 0x000001f8, 0x0000000c, 0x00040020,
    0x000001fe, 0x0000000c, 0x00000006, 0x0003001d, 0x00000201, 0x00000006, 0x0003001e, 0x00000202,
    0x00000201, 0x00040020, 0x00000203, 0x0000000c, 0x00000202, 0x0004003b, 0x00000203, 0x00000204,
    0x0000000c, 0x0004002b, 0x00000064, 0x0000021d, 0x0000000c, 0x0004002b, 0x00000006, 0x00000240,
    0xff800000, 0x0004002b, 0x00000064, 0x0000024c, 0x0000000d, 0x0004002b, 0x00000064, 0x0000024d,
    0x0000000e, 0x0004002b, 0x00000064, 0x0000024e, 0x0000000f, 0x0004002b, 0x00000064, 0x0000024f,
    0x00000010, 0x0004002b, 0x00000064, 0x000002d0, 0x00000006, 0x00040020, 0x000002d1, 0x00000009,
    0x00000006, 0x0003001d, 0x000002d6, 0x00000006, 0x0003001e, 0x000002d7, 0x000002d6, 0x00040020,
    0x000002d8, 0x0000000c, 0x000002d7, 0x0004003b, 0x000002d8, 0x000002d9, 0x0000000c, 0x0004002b,
    0x00000064, 0x0000031f, 0x00000011, 0x0004002b, 0x00000012, 0x0000032f, 0x00000048, 0x0004002b,
    0x00000064, 0x00000345, 0x00000012, 0x0004002b, 0x00000064, 0x00000346, 0x00000013, 0x0004002b,
    0x00000064, 0x00000347, 0x00000014, 0x0004002b, 0x00000064, 0x00000348, 0x00000015, 0x0003001d,
    0x000003b2, 0x00000006, 0x0003001e, 0x000003b3, 0x000003b2, 0x00040020, 0x000003b4, 0x0000000c,
    0x000003b3, 0x0004003b, 0x000003b4, 0x000003b5, 0x0000000c, 0x0006002c, 0x000001b8, 0x000003d2,
    0x00000045, 0x00000077, 0x00000077, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x00050041, 0x00000049, 0x000001bb, 0x000001ba, 0x00000054, 0x0004003d,
    0x00000012, 0x000001bc, 0x000001bb, 0x0004003d, 0x00000012, 0x000001be, 0x00000186, 0x00050041,
    0x00000096, 0x000001c0, 0x00000094, 0x000000ac, 0x0004003d, 0x00000012, 0x000001c1, 0x000001c0,
    0x00050041, 0x000000d5, 0x000001c6, 0x000001c5, 0x00000073, 0x0004003d, 0x00000012, 0x000001c7,
    0x000001c6, 0x00050080, 0x00000012, 0x000001c8, 0x000001c7, 0x00000077, 0x00050041, 0x00000096,
    0x000001cb, 0x00000094, 0x00000073, 0x0004003d, 0x00000012, 0x000001cc, 0x000001cb, 0x00050041,
    0x00000096, 0x000001cd, 0x00000094, 0x00000065, 0x0004003d, 0x00000012, 0x000001ce, 0x000001cd,
    0x00050086, 0x00000012, 0x000001cf, 0x000001cc, 0x000001ce, 0x00050086, 0x00000012, 0x000001d0,
    0x000001bc, 0x000001cf, 0x00050041, 0x00000096, 0x000001d4, 0x00000094, 0x000001d3, 0x0004003d,
    0x00000012, 0x000001d5, 0x000001d4, 0x00050084, 0x00000012, 0x000001d6, 0x000001bc, 0x000001d5,
    0x00050041, 0x00000096, 0x000001da, 0x00000094, 0x000001d9, 0x0004003d, 0x00000012, 0x000001db,
    0x000001da, 0x00050086, 0x00000012, 0x000001dc, 0x000001c1, 0x000001db, 0x00040070, 0x00000006,
    0x000001e0, 0x000001c1, 0x0006000c, 0x00000006, 0x000001e1, 0x00000001, 0x0000001f, 0x000001e0,
    0x00050088, 0x00000006, 0x000001e2, 0x000001de, 0x000001e1, 0x000200f9, 0x000001e5, 0x000200f8,
    0x000001e5, 0x000700f5, 0x00000012, 0x00000665, 0x000001be, 0x00000005, 0x00000216, 0x000001e8,
    0x000500b0, 0x0000002e, 0x000001ec, 0x00000665, 0x000001c1, 0x000400f6, 0x000001e7, 0x000001e8,
    0x00000000, 0x000400fa, 0x000001ec, 0x000001e6, 0x000001e7, 0x000200f8, 0x000001e6, 0x00050041,
    0x00000096, 0x000001ef, 0x00000094, 0x000001ee, 0x0004003d, 0x00000012, 0x000001f0, 0x000001ef,
    0x000500ab, 0x0000002e, 0x000001f1, 0x000001f0, 0x00000054, 0x000300f7, 0x000001f4, 0x00000000,
    0x000400fa, 0x000001f1, 0x000001f3, 0x0000020b, 0x000200f8, 0x000001f3, 0x00050084, 0x00000012,
    0x000001fb, 0x000001bc, 0x000001c1, 0x00050080, 0x00000012, 0x000001fd, 0x000001fb, 0x00000665,
    0x00060041, 0x000001fe, 0x000001ff, 0x000001f8, 0x00000073, 0x000001fd, 0x0004003d, 0x00000006,
    0x00000200, 0x000001ff, 0x00060041, 0x000001fe, 0x00000206, 0x00000204, 0x00000073, 0x00000665,
    0x0004003d, 0x00000006, 0x00000207, 0x00000206, 0x00050085, 0x00000006, 0x00000208, 0x00000200,
    0x00000207, 0x00050085, 0x00000006, 0x0000020a, 0x00000208, 0x000001e2, 0x000200f9, 0x000001f4,
    0x000200f8, 0x0000020b, 0x00050084, 0x00000012, 0x0000020e, 0x000001bc, 0x000001c1, 0x00050080,
    0x00000012, 0x00000210, 0x0000020e, 0x00000665, 0x00060041, 0x000001fe, 0x00000211, 0x000001f8,
    0x00000073, 0x00000210, 0x0004003d, 0x00000006, 0x00000212, 0x00000211, 0x000200f9, 0x000001f4,
    0x000200f8, 0x000001f4, 0x000700f5, 0x00000006, 0x000006a9, 0x0000020a, 0x000001f3, 0x00000212,
    0x0000020b, 0x00050041, 0x0000004d, 0x00000214, 0x0000019d, 0x00000665, 0x0003003e, 0x00000214,
    0x000006a9, 0x000200f9, 0x000001e8, 0x000200f8, 0x000001e8, 0x00050080, 0x00000012, 0x00000216,
    0x00000665, 0x00000045, 0x000200f9, 0x000001e5, 0x000200f8, 0x000001e7, 0x000400e0, 0x0000004f,
    0x0000004f, 0x00000050, 0x00050041, 0x00000096, 0x00000217, 0x00000094, 0x000001ee, 0x0004003d,
    0x00000012, 0x00000218, 0x00000217, 0x000500ab, 0x0000002e, 0x00000219, 0x00000218, 0x00000054,
    0x000300f7, 0x0000021b, 0x00000000, 0x000400fa, 0x00000219, 0x0000021a, 0x0000021b, 0x000200f8,
    0x0000021a, 0x000200f9, 0x000003e5, 0x000200f8, 0x000003e5, 0x000700f5, 0x00000012, 0x00000666,
    0x00000077, 0x0000021a, 0x00000412, 0x00000410, 0x000500b0, 0x0000002e, 0x000003ea, 0x00000666,
    0x000001c1, 0x000400f6, 0x00000413, 0x00000410, 0x00000000, 0x000400fa, 0x000003ea, 0x000003eb,
    0x00000413, 0x000200f8, 0x000003eb, 0x000200f9, 0x000003ed, 0x000200f8, 0x000003ed, 0x000700f5,
    0x00000012, 0x000006a7, 0x000001be, 0x000003eb, 0x0000040e, 0x000003f4, 0x00050086, 0x00000012,
    0x000003f2, 0x000001c1, 0x0000004f, 0x000500b0, 0x0000002e, 0x000003f3, 0x000006a7, 0x000003f2,
    0x000400f6, 0x0000040f, 0x000003f4, 0x00000000, 0x000400fa, 0x000003f3, 0x000003f4, 0x0000040f,
    0x000200f8, 0x000003f4, 0x00050086, 0x00000012, 0x0000041f, 0x000006a7, 0x000003f2, 0x00050089,
    0x00000012, 0x00000422, 0x000006a7, 0x000003f2, 0x00050084, 0x00000012, 0x00000426, 0x0000041f,
    0x000001c1, 0x00050086, 0x00000012, 0x00000429, 0x00000422, 0x00000666, 0x00050084, 0x00000012,
    0x0000042a, 0x00000429, 0x0000004f, 0x00050084, 0x00000012, 0x0000042c, 0x0000042a, 0x00000666,
    0x00050080, 0x00000012, 0x0000042d, 0x00000426, 0x0000042c, 0x00050089, 0x00000012, 0x00000430,
    0x00000422, 0x00000666, 0x00050080, 0x00000012, 0x00000431, 0x0000042d, 0x00000430, 0x00050080,
    0x00000012, 0x00000435, 0x00000431, 0x00000666, 0x00050041, 0x0000004d, 0x000003fa, 0x0000019d,
    0x00000431, 0x0004003d, 0x00000006, 0x000003fb, 0x000003fa, 0x00050041, 0x0000004d, 0x000003fe,
    0x0000019d, 0x00000435, 0x0004003d, 0x00000006, 0x000003ff, 0x000003fe, 0x00050081, 0x00000006,
    0x00000404, 0x000003fb, 0x000003ff, 0x0003003e, 0x000003fa, 0x00000404, 0x00050083, 0x00000006,
    0x0000040a, 0x000003fb, 0x000003ff, 0x0003003e, 0x000003fe, 0x0000040a, 0x00050080, 0x00000012,
    0x0000040e, 0x000006a7, 0x00000045, 0x000200f9, 0x000003ed, 0x000200f8, 0x0000040f, 0x000400e0,
    0x0000004f, 0x0000004f, 0x00000050, 0x000200f9, 0x00000410, 0x000200f8, 0x00000410, 0x00050084,
    0x00000012, 0x00000412, 0x00000666, 0x0000004f, 0x000200f9, 0x000003e5, 0x000200f8, 0x00000413,
    0x000200f9, 0x0000021b, 0x000200f8, 0x0000021b, 0x00050041, 0x00000096, 0x0000021e, 0x00000094,
    0x0000021d, 0x0004003d, 0x00000012, 0x0000021f, 0x0000021e, 0x000500aa, 0x0000002e, 0x00000220,
    0x0000021f, 0x00000054, 0x000300f7, 0x00000222, 0x00000000, 0x000400fa, 0x00000220, 0x00000221,
    0x00000222, 0x000200f8, 0x00000221, 0x000200f9, 0x00000225, 0x000200f8, 0x00000225, 0x000700f5,
    0x00000012, 0x00000667, 0x000001be, 0x00000221, 0x00000235, 0x00000226, 0x000500b0, 0x0000002e,
    0x0000022c, 0x00000667, 0x000001c1, 0x000400f6, 0x00000227, 0x00000226, 0x00000000, 0x000400fa,
    0x0000022c, 0x00000226, 0x00000227, 0x000200f8, 0x00000226, 0x00050041, 0x0000004d, 0x00000230,
    0x0000019d, 0x00000667, 0x0004003d, 0x00000006, 0x00000231, 0x00000230, 0x00050050, 0x0000008b,
    0x0000043a, 0x00000231, 0x00000052, 0x0006000c, 0x00000012, 0x0000043b, 0x00000001, 0x0000003a,
    0x0000043a, 0x0006000c, 0x0000008b, 0x0000043c, 0x00000001, 0x0000003e, 0x0000043b, 0x00050051,
    0x00000006, 0x0000043d, 0x0000043c, 0x00000000, 0x0003003e, 0x00000230, 0x0000043d, 0x00050080,
    0x00000012, 0x00000235, 0x00000667, 0x00000045, 0x000200f9, 0x00000225, 0x000200f8, 0x00000227,
    0x000400e0, 0x0000004f, 0x0000004f, 0x00000050, 0x000200f9, 0x00000222, 0x000200f8, 0x00000222,
    0x00050041, 0x00000096, 0x00000440, 0x00000094, 0x00000095, 0x0004003d, 0x00000012, 0x00000441,
    0x00000440, 0x0007000c, 0x00000012, 0x00000443, 0x00000001, 0x00000026, 0x00000441, 0x000001c8,
    0x00050041, 0x00000096, 0x00000446, 0x00000094, 0x0000009d, 0x0004003d, 0x00000012, 0x00000447,
    0x00000446, 0x000500ac, 0x0000002e, 0x00000448, 0x000001c8, 0x00000447, 0x000300f7, 0x0000044f,
    0x00000000, 0x000400fa, 0x00000448, 0x00000449, 0x0000044e, 0x000200f8, 0x00000449, 0x00050082,
    0x00000012, 0x0000044d, 0x000001c8, 0x00000447, 0x000200f9, 0x0000044f, 0x000200f8, 0x0000044e,
    0x000200f9, 0x0000044f, 0x000200f8, 0x0000044f, 0x000700f5, 0x00000012, 0x00000668, 0x0000044d,
    0x00000449, 0x00000054, 0x0000044e, 0x0007000c, 0x00000012, 0x00000451, 0x00000001, 0x00000029,
    0x00000443, 0x00000668, 0x000200f9, 0x00000243, 0x000200f8, 0x00000243, 0x000700f5, 0x00000006,
    0x0000066a, 0x00000240, 0x0000044f, 0x000002e1, 0x00000246, 0x000700f5, 0x00000012, 0x00000669,
    0x000001be, 0x0000044f, 0x000002e3, 0x00000246, 0x000500b0, 0x0000002e, 0x0000024a, 0x00000669,
    0x000001c8, 0x000400f6, 0x00000245, 0x00000246, 0x00000000, 0x000400fa, 0x0000024a, 0x00000244,
    0x00000245, 0x000200f8, 0x00000244, 0x00050041, 0x00000096, 0x00000255, 0x00000094, 0x0000024c,
    0x0004003d, 0x00000012, 0x00000256, 0x00000255, 0x00050041, 0x00000096, 0x00000258, 0x00000094,
    0x0000024d, 0x0004003d, 0x00000012, 0x00000259, 0x00000258, 0x00050041, 0x00000096, 0x0000025b,
    0x00000094, 0x0000024e, 0x0004003d, 0x00000012, 0x0000025c, 0x0000025b, 0x00050041, 0x00000096,
    0x0000025e, 0x00000094, 0x0000024f, 0x0004003d, 0x00000012, 0x0000025f, 0x0000025e, 0x000300f7,
    0x0000049b, 0x00000000, 0x000300fb, 0x00000054, 0x00000458, 0x000200f8, 0x00000458, 0x00050084,
    0x00000012, 0x0000045e, 0x000001ce, 0x000001c1, 0x000300f7, 0x0000046d, 0x00000000, 0x000400fa,
    0x00000220, 0x00000461, 0x0000046d, 0x000200f8, 0x00000461, 0x00050084, 0x00000012, 0x00000465,
    0x00000669, 0x0000045e, 0x00050084, 0x00000012, 0x00000468, 0x000001d0, 0x000001c1, 0x00050080,
    0x00000012, 0x00000469, 0x00000465, 0x00000468, 0x00050084, 0x00000012, 0x0000046a, 0x0000004f,
    0x00000469, 0x00050080, 0x00000012, 0x0000046b, 0x00000256, 0x0000046a, 0x00050086, 0x00000012,
    0x0000046c, 0x0000046b, 0x00000113, 0x000200f9, 0x0000049b, 0x000200f8, 0x0000046d, 0x000500b0,
    0x0000002e, 0x00000470, 0x00000669, 0x00000443, 0x000300f7, 0x0000047d, 0x00000000, 0x000400fa,
    0x00000470, 0x00000471, 0x0000047d, 0x000200f8, 0x00000471, 0x00050084, 0x00000012, 0x00000475,
    0x00000669, 0x0000045e, 0x00050084, 0x00000012, 0x00000478, 0x000001d0, 0x000001c1, 0x00050080,
    0x00000012, 0x00000479, 0x00000475, 0x00000478, 0x00050084, 0x00000012, 0x0000047a, 0x0000004f,
    0x00000479, 0x00050080, 0x00000012, 0x0000047b, 0x00000259, 0x0000047a, 0x00050086, 0x00000012,
    0x0000047c, 0x0000047b, 0x00000113, 0x000200f9, 0x0000049b, 0x000200f8, 0x0000047d, 0x000500ae,
    0x0000002e, 0x00000480, 0x00000669, 0x00000451, 0x000300f7, 0x00000490, 0x00000000, 0x000400fa,
    0x00000480, 0x00000481, 0x00000490, 0x000200f8, 0x00000481, 0x00050041, 0x00000096, 0x00000484,
    0x00000094, 0x00000160, 0x0004003d, 0x00000012, 0x00000485, 0x00000484, 0x00050089, 0x00000012,
    0x00000486, 0x00000669, 0x00000485, 0x00050084, 0x00000012, 0x00000488, 0x00000486, 0x0000045e,
    0x00050084, 0x00000012, 0x0000048b, 0x000001d0, 0x000001c1, 0x00050080, 0x00000012, 0x0000048c,
    0x00000488, 0x0000048b, 0x00050084, 0x00000012, 0x0000048d, 0x0000004f, 0x0000048c, 0x00050080,
    0x00000012, 0x0000048e, 0x0000025c, 0x0000048d, 0x00050086, 0x00000012, 0x0000048f, 0x0000048e,
    0x00000113, 0x000200f9, 0x0000049b, 0x000200f8, 0x00000490, 0x00050084, 0x00000012, 0x00000495,
    0x00000669, 0x000001ce, 0x00050080, 0x00000012, 0x00000497, 0x00000495, 0x000001d0, 0x00050084,
    0x00000012, 0x00000499, 0x00000497, 0x0000025f, 0x00050080, 0x00000012, 0x0000049a, 0x00000256,
    0x00000499, 0x000200f9, 0x0000049b, 0x000200f8, 0x0000049b, 0x000b00f5, 0x0000002e, 0x0000068e,
    0x00000137, 0x00000461, 0x00000137, 0x00000471, 0x00000137, 0x00000481, 0x0000016e, 0x00000490,
    0x000b00f5, 0x00000012, 0x0000068d, 0x0000046c, 0x00000461, 0x0000047c, 0x00000471, 0x0000048f,
    0x00000481, 0x0000049a, 0x00000490, 0x000300f7, 0x0000026e, 0x00000000, 0x000400fa, 0x0000068e,
    0x0000026d, 0x00000295, 0x000200f8, 0x0000026d, 0x000200f9, 0x00000270, 0x000200f8, 0x00000270,
    0x000700f5, 0x00000006, 0x0000069a, 0x00000052, 0x0000026d, 0x00000292, 0x00000271, 0x000700f5,
    0x00000012, 0x00000698, 0x00000054, 0x0000026d, 0x00000294, 0x00000271, 0x00050086, 0x00000012,
    0x00000277, 0x000001c1, 0x0000004f, 0x000500b0, 0x0000002e, 0x00000278, 0x00000698, 0x00000277,
    0x000400f6, 0x00000272, 0x00000271, 0x00000000, 0x000400fa, 0x00000278, 0x00000271, 0x00000272,
    0x000200f8, 0x00000271, 0x00050080, 0x00000012, 0x0000027d, 0x0000068d, 0x00000698, 0x00060041,
    0x000000d5, 0x0000027e, 0x000000d2, 0x00000073, 0x0000027d, 0x0004003d, 0x00000012, 0x0000027f,
    0x0000027e, 0x0006000c, 0x0000008b, 0x00000280, 0x00000001, 0x0000003e, 0x0000027f, 0x00050051,
    0x00000006, 0x00000282, 0x00000280, 0x00000000, 0x00050084, 0x00000012, 0x00000284, 0x0000004f,
    0x00000698, 0x00050041, 0x0000004d, 0x00000285, 0x0000019d, 0x00000284, 0x0004003d, 0x00000006,
    0x00000286, 0x00000285, 0x00050051, 0x00000006, 0x00000289, 0x00000280, 0x00000001, 0x00050080,
    0x00000012, 0x0000028c, 0x00000284, 0x00000077, 0x00050041, 0x0000004d, 0x0000028d, 0x0000019d,
    0x0000028c, 0x0004003d, 0x00000006, 0x0000028e, 0x0000028d, 0x00050085, 0x00000006, 0x0000028f,
    0x00000289, 0x0000028e, 0x0008000c, 0x00000006, 0x00000290, 0x00000001, 0x00000032, 0x00000282,
    0x00000286, 0x0000028f, 0x00050081, 0x00000006, 0x00000292, 0x0000069a, 0x00000290, 0x00050080,
    0x00000012, 0x00000294, 0x00000698, 0x00000065, 0x000200f9, 0x00000270, 0x000200f8, 0x00000272,
    0x000200f9, 0x0000026e, 0x000200f8, 0x00000295, 0x000200f9, 0x00000297, 0x000200f8, 0x00000297,
    0x000700f5, 0x00000006, 0x00000694, 0x00000052, 0x00000295, 0x000002cd, 0x0000029a, 0x000700f5,
    0x00000012, 0x0000068f, 0x00000054, 0x00000295, 0x000002cf, 0x0000029a, 0x000500b0, 0x0000002e,
    0x0000029e, 0x0000068f, 0x000001dc, 0x000400f6, 0x00000299, 0x0000029a, 0x00000000, 0x000400fa,
    0x0000029e, 0x00000298, 0x00000299, 0x000200f8, 0x00000298, 0x00050084, 0x00000012, 0x000002a4,
    0x0000068f, 0x000001db, 0x000200f9, 0x000002a5, 0x000200f8, 0x000002a5, 0x000700f5, 0x00000006,
    0x00000692, 0x00000052, 0x00000298, 0x000002c1, 0x000002a8, 0x000700f5, 0x00000012, 0x00000690,
    0x000002a4, 0x00000298, 0x000002c3, 0x000002a8, 0x00050080, 0x00000012, 0x000002ac, 0x0000068f,
    0x00000077, 0x00050084, 0x00000012, 0x000002af, 0x000002ac, 0x000001db, 0x000500b0, 0x0000002e,
    0x000002b0, 0x00000690, 0x000002af, 0x000400f6, 0x000002a7, 0x000002a8, 0x00000000, 0x000400fa,
    0x000002b0, 0x000002a6, 0x000002a7, 0x000200f8, 0x000002a6, 0x00050084, 0x00000012, 0x000002b3,
    0x0000004f, 0x000001dc, 0x00050080, 0x00000012, 0x000002b4, 0x0000068d, 0x000002b3, 0x000300f7,
    0x000004d9, 0x00000000, 0x000300fb, 0x00000054, 0x000004a6, 0x000200f8, 0x000004a6, 0x000500aa,
    0x0000002e, 0x000004a8, 0x0000021f, 0x00000077, 0x000300f7, 0x000004b2, 0x00000000, 0x000400fa,
    0x000004a8, 0x000004a9, 0x000004b2, 0x000200f8, 0x000004a9, 0x00050080, 0x00000012, 0x000004ac,
    0x000002b4, 0x00000690, 0x000500c2, 0x00000012, 0x000004de, 0x000004ac, 0x000000ac, 0x00060041,
    0x000000d5, 0x000004df, 0x000000d2, 0x00000073, 0x000004de, 0x0004003d, 0x00000012, 0x000004e0,
    0x000004df, 0x000500c7, 0x00000012, 0x000004e2, 0x000004ac, 0x00000040, 0x00050084, 0x00000012,
    0x000004e3, 0x000004e2, 0x000000da, 0x000500c2, 0x00000012, 0x000004e4, 0x000004e0, 0x000004e3,
    0x000500c7, 0x00000012, 0x000004e5, 0x000004e4, 0x000000dd, 0x000500c4, 0x00000012, 0x000004ae,
    0x000004e5, 0x000000f6, 0x0004007c, 0x00000064, 0x000004af, 0x000004ae, 0x000500c3, 0x00000064,
    0x000004b0, 0x000004af, 0x000000f6, 0x0004006f, 0x00000006, 0x000004b1, 0x000004b0, 0x000200f9,
    0x000004d9, 0x000200f8, 0x000004b2, 0x00050086, 0x00000012, 0x000004b4, 0x00000690, 0x000000fe,
    0x00050089, 0x00000012, 0x000004b6, 0x00000690, 0x000000fe, 0x000500aa, 0x0000002e, 0x000004b8,
    0x0000021f, 0x0000004f, 0x000300f7, 0x000004c9, 0x00000000, 0x000400fa, 0x000004b8, 0x000004b9,
    0x000004c9, 0x000200f8, 0x000004b9, 0x00050084, 0x00000012, 0x000004bc, 0x00000108, 0x000004b4,
    0x00050080, 0x00000012, 0x000004bd, 0x000002b4, 0x000004bc, 0x00050089, 0x00000012, 0x000004bf,
    0x000004b6, 0x00000108, 0x00050080, 0x00000012, 0x000004c0, 0x000004bd, 0x000004bf, 0x000500c2,
    0x00000012, 0x000004e9, 0x000004c0, 0x000000ac, 0x00060041, 0x000000d5, 0x000004ea, 0x000000d2,
    0x00000073, 0x000004e9, 0x0004003d, 0x00000012, 0x000004eb, 0x000004ea, 0x000500c7, 0x00000012,
    0x000004ed, 0x000004c0, 0x00000040, 0x00050084, 0x00000012, 0x000004ee, 0x000004ed, 0x000000da,
    0x000500c2, 0x00000012, 0x000004ef, 0x000004eb, 0x000004ee, 0x000500c7, 0x00000012, 0x000004f0,
    0x000004ef, 0x000000dd, 0x000500b0, 0x0000002e, 0x000004c3, 0x000004b6, 0x00000108, 0x000600a9,
    0x00000012, 0x000004c4, 0x000004c3, 0x00000054, 0x00000113, 0x000500c2, 0x00000012, 0x000004c5,
    0x000004f0, 0x000004c4, 0x000500c7, 0x00000012, 0x000004c6, 0x000004c5, 0x00000116, 0x00040070,
    0x00000006, 0x000004c7, 0x000004c6, 0x00050083, 0x00000006, 0x000004c8, 0x000004c7, 0x00000119,
    0x000200f9, 0x000004d9, 0x000200f8, 0x000004c9, 0x00050084, 0x00000012, 0x000004cc, 0x000000da,
    0x000004b4, 0x00050080, 0x00000012, 0x000004cd, 0x000002b4, 0x000004cc, 0x00050089, 0x00000012,
    0x000004cf, 0x000004b6, 0x000000da, 0x00050080, 0x00000012, 0x000004d0, 0x000004cd, 0x000004cf,
    0x000500c2, 0x00000012, 0x000004f4, 0x000004d0, 0x000000ac, 0x00060041, 0x000000d5, 0x000004f5,
    0x000000d2, 0x00000073, 0x000004f4, 0x0004003d, 0x00000012, 0x000004f6, 0x000004f5, 0x000500c7,
    0x00000012, 0x000004f8, 0x000004d0, 0x00000040, 0x00050084, 0x00000012, 0x000004f9, 0x000004f8,
    0x000000da, 0x000500c2, 0x00000012, 0x000004fa, 0x000004f6, 0x000004f9, 0x000500c7, 0x00000012,
    0x000004fb, 0x000004fa, 0x000000dd, 0x00050086, 0x00000012, 0x000004d3, 0x000004b6, 0x000000da,
    0x00050084, 0x00000012, 0x000004d4, 0x0000004f, 0x000004d3, 0x000500c2, 0x00000012, 0x000004d5,
    0x000004fb, 0x000004d4, 0x000500c7, 0x00000012, 0x000004d6, 0x000004d5, 0x00000040, 0x00040070,
    0x00000006, 0x000004d7, 0x000004d6, 0x00050083, 0x00000006, 0x000004d8, 0x000004d7, 0x0000012b,
    0x000200f9, 0x000004d9, 0x000200f8, 0x000004d9, 0x000900f5, 0x00000006, 0x00000695, 0x000004b1,
    0x000004a9, 0x000004c8, 0x000004b9, 0x000004d8, 0x000004c9, 0x00050041, 0x0000004d, 0x000002bd,
    0x0000019d, 0x00000690, 0x0004003d, 0x00000006, 0x000002be, 0x000002bd, 0x0008000c, 0x00000006,
    0x000002c1, 0x00000001, 0x00000032, 0x00000695, 0x000002be, 0x00000692, 0x000200f9, 0x000002a8,
    0x000200f8, 0x000002a8, 0x00050080, 0x00000012, 0x000002c3, 0x00000690, 0x00000065, 0x000200f9,
    0x000002a5, 0x000200f8, 0x000002a7, 0x00050084, 0x00000012, 0x000002c6, 0x0000004f, 0x0000068f,
    0x00050080, 0x00000012, 0x000002c7, 0x0000068d, 0x000002c6, 0x000500c2, 0x00000012, 0x000004ff,
    0x000002c7, 0x000000ac, 0x00060041, 0x000000d5, 0x00000500, 0x000000d2, 0x00000073, 0x000004ff,
    0x0004003d, 0x00000012, 0x00000501, 0x00000500, 0x000500c7, 0x00000012, 0x00000503, 0x000002c7,
    0x0000004f, 0x00050084, 0x00000012, 0x00000504, 0x00000503, 0x000000da, 0x000500c2, 0x00000012,
    0x00000505, 0x00000501, 0x00000504, 0x0006000c, 0x0000008b, 0x00000506, 0x00000001, 0x0000003e,
    0x00000505, 0x00050051, 0x00000006, 0x00000507, 0x00000506, 0x00000000, 0x0008000c, 0x00000006,
    0x000002cd, 0x00000001, 0x00000032, 0x00000507, 0x00000692, 0x00000694, 0x000200f9, 0x0000029a,
    0x000200f8, 0x0000029a, 0x00050080, 0x00000012, 0x000002cf, 0x0000068f, 0x00000065, 0x000200f9,
    0x00000297, 0x000200f8, 0x00000299, 0x000200f9, 0x0000026e, 0x000200f8, 0x0000026e, 0x000700f5,
    0x00000006, 0x00000699, 0x0000069a, 0x00000272, 0x00000694, 0x00000299, 0x00050041, 0x000002d1,
    0x000002d2, 0x00000094, 0x000002d0, 0x0004003d, 0x00000006, 0x000002d3, 0x000002d2, 0x00050085,
    0x00000006, 0x000002d5, 0x00000699, 0x000002d3, 0x00050080, 0x00000012, 0x000002dc, 0x000001d6,
    0x00000669, 0x00060041, 0x000001fe, 0x000002de, 0x000002d9, 0x00000073, 0x000002dc, 0x0003003e,
    0x000002de, 0x000002d5, 0x0007000c, 0x00000006, 0x000002e1, 0x00000001, 0x00000028, 0x0000066a,
    0x000002d5, 0x000200f9, 0x00000246, 0x000200f8, 0x00000246, 0x00050080, 0x00000012, 0x000002e3,
    0x00000669, 0x00000045, 0x000200f9, 0x00000243, 0x000200f8, 0x00000245, 0x00060166, 0x00000006,
    0x0000050d, 0x00000040, 0x00000000, 0x0000066a, 0x0004014d, 0x0000002e, 0x0000050e, 0x00000040,
    0x000300f7, 0x00000513, 0x00000000, 0x000400fa, 0x0000050e, 0x0000050f, 0x00000513, 0x000200f8,
    0x0000050f, 0x0004003d, 0x00000012, 0x00000510, 0x0000004a, 0x00050041, 0x0000004d, 0x00000512,
    0x00000048, 0x00000510, 0x0003003e, 0x00000512, 0x0000050d, 0x000200f9, 0x00000513, 0x000200f8,
    0x00000513, 0x000400e0, 0x0000004f, 0x0000004f, 0x00000050, 0x00050041, 0x0000004d, 0x00000514,
    0x00000048, 0x00000073, 0x0004003d, 0x00000006, 0x00000515, 0x00000514, 0x000200f9, 0x00000516,
    0x000200f8, 0x00000516, 0x000700f5, 0x00000006, 0x0000066c, 0x00000515, 0x00000513, 0x00000520,
    0x0000051b, 0x000700f5, 0x00000012, 0x0000066b, 0x00000077, 0x00000513, 0x00000523, 0x0000051b,
    0x0004003d, 0x00000012, 0x00000519, 0x0000005b, 0x000500b0, 0x0000002e, 0x0000051a, 0x0000066b,
    0x00000519, 0x000400f6, 0x00000524, 0x0000051b, 0x00000000, 0x000400fa, 0x0000051a, 0x0000051b,
    0x00000524, 0x000200f8, 0x0000051b, 0x00050041, 0x0000004d, 0x0000051e, 0x00000048, 0x0000066b,
    0x0004003d, 0x00000006, 0x0000051f, 0x0000051e, 0x0007000c, 0x00000006, 0x00000520, 0x00000001,
    0x00000028, 0x0000066c, 0x0000051f, 0x00050080, 0x00000012, 0x00000523, 0x0000066b, 0x00000065,
    0x000200f9, 0x00000516, 0x000200f8, 0x00000524, 0x000400e0, 0x0000004f, 0x0000004f, 0x00000050,
    0x000200f9, 0x000002ea, 0x000200f8, 0x000002ea, 0x000700f5, 0x00000006, 0x0000066e, 0x00000052,
    0x00000524, 0x00000302, 0x000002eb, 0x000700f5, 0x00000012, 0x0000066d, 0x000001be, 0x00000524,
    0x00000304, 0x000002eb, 0x000500b0, 0x0000002e, 0x000002f1, 0x0000066d, 0x000001c8, 0x000400f6,
    0x000002ec, 0x000002eb, 0x00000000, 0x000400fa, 0x000002f1, 0x000002eb, 0x000002ec, 0x000200f8,
    0x000002eb, 0x00050080, 0x00000012, 0x000002f5, 0x000001d6, 0x0000066d, 0x00060041, 0x000001fe,
    0x000002f6, 0x000002d9, 0x00000073, 0x000002f5, 0x0004003d, 0x00000006, 0x000002f7, 0x000002f6,
    0x00050083, 0x00000006, 0x000002f9, 0x000002f7, 0x0000066c, 0x0006000c, 0x00000006, 0x000002fa,
    0x00000001, 0x0000001b, 0x000002f9, 0x0003003e, 0x000002f6, 0x000002fa, 0x00050081, 0x00000006,
    0x00000302, 0x0000066e, 0x000002fa, 0x00050080, 0x00000012, 0x00000304, 0x0000066d, 0x00000045,
    0x000200f9, 0x000002ea, 0x000200f8, 0x000002ec, 0x0006015e, 0x00000006, 0x0000052b, 0x00000040,
    0x00000000, 0x0000066e, 0x0004014d, 0x0000002e, 0x0000052c, 0x00000040, 0x000300f7, 0x00000531,
    0x00000000, 0x000400fa, 0x0000052c, 0x0000052d, 0x00000531, 0x000200f8, 0x0000052d, 0x0004003d,
    0x00000012, 0x0000052e, 0x0000004a, 0x00050041, 0x0000004d, 0x00000530, 0x00000048, 0x0000052e,
    0x0003003e, 0x00000530, 0x0000052b, 0x000200f9, 0x00000531, 0x000200f8, 0x00000531, 0x000400e0,
    0x0000004f, 0x0000004f, 0x00000050, 0x000200f9, 0x00000532, 0x000200f8, 0x00000532, 0x000700f5,
    0x00000006, 0x00000670, 0x00000052, 0x00000531, 0x0000053c, 0x00000537, 0x000700f5, 0x00000012,
    0x0000066f, 0x00000054, 0x00000531, 0x0000053f, 0x00000537, 0x000500b0, 0x0000002e, 0x00000536,
    0x0000066f, 0x00000519, 0x000400f6, 0x00000540, 0x00000537, 0x00000000, 0x000400fa, 0x00000536,
    0x00000537, 0x00000540, 0x000200f8, 0x00000537, 0x00050041, 0x0000004d, 0x00000539, 0x00000048,
    0x0000066f, 0x0004003d, 0x00000006, 0x0000053a, 0x00000539, 0x00050081, 0x00000006, 0x0000053c,
    0x00000670, 0x0000053a, 0x00050080, 0x00000012, 0x0000053f, 0x0000066f, 0x00000065, 0x000200f9,
    0x00000532, 0x000200f8, 0x00000540, 0x000400e0, 0x0000004f, 0x0000004f, 0x00000050, 0x00050088,
    0x00000006, 0x00000309, 0x000001de, 0x00000670, 0x000200f9, 0x0000030c, 0x000200f8, 0x0000030c,
    0x000700f5, 0x00000012, 0x00000671, 0x000001be, 0x00000540, 0x0000032e, 0x0000030f, 0x000500b0,
    0x0000002e, 0x00000313, 0x00000671, 0x000001c8, 0x000400f6, 0x0000030e, 0x0000030f, 0x00000000,
    0x000400fa, 0x00000313, 0x0000030d, 0x0000030e, 0x000200f8, 0x0000030d, 0x00050080, 0x00000012,
    0x00000317, 0x000001d6, 0x00000671, 0x00060041, 0x000001fe, 0x00000318, 0x000002d9, 0x00000073,
    0x00000317, 0x0004003d, 0x00000006, 0x00000319, 0x00000318, 0x00050085, 0x00000006, 0x0000031b,
    0x00000319, 0x00000309, 0x00050041, 0x00000096, 0x00000320, 0x00000094, 0x0000031f, 0x0004003d,
    0x00000012, 0x00000321, 0x00000320, 0x000500aa, 0x0000002e, 0x00000322, 0x00000321, 0x00000054,
    0x000300f7, 0x00000325, 0x00000000, 0x000400fa, 0x00000322, 0x00000324, 0x00000329, 0x000200f8,
    0x00000324, 0x00050050, 0x0000008b, 0x00000545, 0x0000031b, 0x00000052, 0x0006000c, 0x00000012,
    0x00000546, 0x00000001, 0x0000003a, 0x00000545, 0x0006000c, 0x0000008b, 0x00000547, 0x00000001,
    0x0000003e, 0x00000546, 0x00050051, 0x00000006, 0x00000548, 0x00000547, 0x00000000, 0x000200f9,
    0x00000325, 0x000200f8, 0x00000329, 0x000200f9, 0x00000325, 0x000200f8, 0x00000325, 0x000700f5,
    0x00000006, 0x0000068a, 0x00000548, 0x00000324, 0x0000031b, 0x00000329, 0x0003003e, 0x00000318,
    0x0000068a, 0x000200f9, 0x0000030f, 0x000200f8, 0x0000030f, 0x00050080, 0x00000012, 0x0000032e,
    0x00000671, 0x00000045, 0x000200f9, 0x0000030c, 0x000200f8, 0x0000030e, 0x000300e1, 0x00000077,
    0x0000032f, 0x000400e0, 0x0000004f, 0x0000004f, 0x00000050, 0x000200f9, 0x00000332, 0x000200f8,
    0x00000332, 0x000700f5, 0x00000012, 0x00000672, 0x000001be, 0x0000030e, 0x000003a1, 0x00000335,
    0x000500b0, 0x0000002e, 0x00000339, 0x00000672, 0x000001c1, 0x000400f6, 0x00000334, 0x00000335,
    0x00000000, 0x000400fa, 0x00000339, 0x00000333, 0x00000334, 0x000200f8, 0x00000333, 0x000200f9,
    0x0000033c, 0x000200f8, 0x0000033c, 0x000700f5, 0x00000006, 0x0000067b, 0x00000052, 0x00000333,
    0x0000039a, 0x0000033f, 0x000700f5, 0x00000012, 0x00000679, 0x00000054, 0x00000333, 0x0000039c,
    0x0000033f, 0x000500b0, 0x0000002e, 0x00000343, 0x00000679, 0x000001c8, 0x000400f6, 0x0000033e,
    0x0000033f, 0x00000000, 0x000400fa, 0x00000343, 0x0000033d, 0x0000033e, 0x000200f8, 0x0000033d,
    0x00050041, 0x00000096, 0x0000034b, 0x00000094, 0x0000031f, 0x0004003d, 0x00000012, 0x0000034c,
    0x0000034b, 0x00050041, 0x00000096, 0x0000034e, 0x00000094, 0x00000345, 0x0004003d, 0x00000012,
    0x0000034f, 0x0000034e, 0x00050041, 0x00000096, 0x00000351, 0x00000094, 0x00000346, 0x0004003d,
    0x00000012, 0x00000352, 0x00000351, 0x00050041, 0x00000096, 0x00000354, 0x00000094, 0x00000347,
    0x0004003d, 0x00000012, 0x00000355, 0x00000354, 0x00050041, 0x00000096, 0x00000357, 0x00000094,
    0x00000348, 0x0004003d, 0x00000012, 0x00000358, 0x00000357, 0x000300f7, 0x00000592, 0x00000000,
    0x000300fb, 0x00000054, 0x0000054f, 0x000200f8, 0x0000054f, 0x00050084, 0x00000012, 0x00000555,
    0x000001ce, 0x000001c1, 0x000500aa, 0x0000002e, 0x00000557, 0x0000034c, 0x00000054, 0x000300f7,
    0x00000564, 0x00000000, 0x000400fa, 0x00000557, 0x00000558, 0x00000564, 0x000200f8, 0x00000558,
    0x00050084, 0x00000012, 0x0000055c, 0x00000679, 0x00000555, 0x00050084, 0x00000012, 0x0000055f,
    0x000001d0, 0x000001c1, 0x00050080, 0x00000012, 0x00000560, 0x0000055c, 0x0000055f, 0x00050084,
    0x00000012, 0x00000561, 0x0000004f, 0x00000560, 0x00050080, 0x00000012, 0x00000562, 0x0000034f,
    0x00000561, 0x00050086, 0x00000012, 0x00000563, 0x00000562, 0x00000113, 0x000200f9, 0x00000592,
    0x000200f8, 0x00000564, 0x000500b0, 0x0000002e, 0x00000567, 0x00000679, 0x00000443, 0x000300f7,
    0x00000574, 0x00000000, 0x000400fa, 0x00000567, 0x00000568, 0x00000574, 0x000200f8, 0x00000568,
    0x00050084, 0x00000012, 0x0000056c, 0x00000679, 0x00000555, 0x00050084, 0x00000012, 0x0000056f,
    0x000001d0, 0x000001c1, 0x00050080, 0x00000012, 0x00000570, 0x0000056c, 0x0000056f, 0x00050084,
    0x00000012, 0x00000571, 0x0000004f, 0x00000570, 0x00050080, 0x00000012, 0x00000572, 0x00000352,
    0x00000571, 0x00050086, 0x00000012, 0x00000573, 0x00000572, 0x00000113, 0x000200f9, 0x00000592,
    0x000200f8, 0x00000574, 0x000500ae, 0x0000002e, 0x00000577, 0x00000679, 0x00000451, 0x000300f7,
    0x00000587, 0x00000000, 0x000400fa, 0x00000577, 0x00000578, 0x00000587, 0x000200f8, 0x00000578,
    0x00050041, 0x00000096, 0x0000057b, 0x00000094, 0x00000160, 0x0004003d, 0x00000012, 0x0000057c,
    0x0000057b, 0x00050089, 0x00000012, 0x0000057d, 0x00000679, 0x0000057c, 0x00050084, 0x00000012,
    0x0000057f, 0x0000057d, 0x00000555, 0x00050084, 0x00000012, 0x00000582, 0x000001d0, 0x000001c1,
    0x00050080, 0x00000012, 0x00000583, 0x0000057f, 0x00000582, 0x00050084, 0x00000012, 0x00000584,
    0x0000004f, 0x00000583, 0x00050080, 0x00000012, 0x00000585, 0x00000355, 0x00000584, 0x00050086,
    0x00000012, 0x00000586, 0x00000585, 0x00000113, 0x000200f9, 0x00000592, 0x000200f8, 0x00000587,
    0x00050084, 0x00000012, 0x0000058c, 0x00000679, 0x000001ce, 0x00050080, 0x00000012, 0x0000058e,
    0x0000058c, 0x000001d0, 0x00050084, 0x00000012, 0x00000590, 0x0000058e, 0x00000358, 0x00050080,
    0x00000012, 0x00000591, 0x0000034f, 0x00000590, 0x000200f9, 0x00000592, 0x000200f8, 0x00000592,
    0x000b00f5, 0x0000002e, 0x0000067d, 0x00000137, 0x00000558, 0x00000137, 0x00000568, 0x00000137,
    0x00000578, 0x0000016e, 0x00000587, 0x000b00f5, 0x00000012, 0x0000067c, 0x00000563, 0x00000558,
    0x00000573, 0x00000568, 0x00000586, 0x00000578, 0x00000591, 0x00000587, 0x000300f7, 0x00000366,
    0x00000000, 0x000400fa, 0x0000067d, 0x00000365, 0x0000037c, 0x000200f8, 0x00000365, 0x00050086,
    0x00000012, 0x0000036a, 0x00000672, 0x0000004f, 0x00050080, 0x00000012, 0x0000036b, 0x0000067c,
    0x0000036a, 0x00060041, 0x000000d5, 0x0000036c, 0x000000d2, 0x00000073, 0x0000036b, 0x0004003d,
    0x00000012, 0x0000036d, 0x0000036c, 0x0006000c, 0x0000008b, 0x0000036e, 0x00000001, 0x0000003e,
    0x0000036d, 0x000500c7, 0x00000012, 0x00000371, 0x00000672, 0x00000077, 0x000500aa, 0x0000002e,
    0x00000372, 0x00000371, 0x00000054, 0x000300f7, 0x00000375, 0x00000000, 0x000400fa, 0x00000372,
    0x00000374, 0x00000378, 0x000200f8, 0x00000374, 0x00050051, 0x00000006, 0x00000377, 0x0000036e,
    0x00000000, 0x000200f9, 0x00000375, 0x000200f8, 0x00000378, 0x00050051, 0x00000006, 0x0000037a,
    0x0000036e, 0x00000001, 0x000200f9, 0x00000375, 0x000200f8, 0x00000375, 0x000700f5, 0x00000006,
    0x00000680, 0x00000377, 0x00000374, 0x0000037a, 0x00000378, 0x000200f9, 0x00000366, 0x000200f8,
    0x0000037c, 0x00050086, 0x00000012, 0x00000381, 0x00000672, 0x000001db, 0x00050084, 0x00000012,
    0x00000382, 0x0000004f, 0x00000381, 0x00050080, 0x00000012, 0x00000383, 0x0000067c, 0x00000382,
    0x000500c2, 0x00000012, 0x00000597, 0x00000383, 0x000000ac, 0x00060041, 0x000000d5, 0x00000598,
    0x000000d2, 0x00000073, 0x00000597, 0x0004003d, 0x00000012, 0x00000599, 0x00000598, 0x000500c7,
    0x00000012, 0x0000059b, 0x00000383, 0x0000004f, 0x00050084, 0x00000012, 0x0000059c, 0x0000059b,
    0x000000da, 0x000500c2, 0x00000012, 0x0000059d, 0x00000599, 0x0000059c, 0x0006000c, 0x0000008b,
    0x0000059e, 0x00000001, 0x0000003e, 0x0000059d, 0x00050051, 0x00000006, 0x0000059f, 0x0000059e,
    0x00000000, 0x00050084, 0x00000012, 0x00000388, 0x0000004f, 0x000001dc, 0x00050080, 0x00000012,
    0x00000389, 0x0000067c, 0x00000388, 0x000300f7, 0x000005dc, 0x00000000, 0x000300fb, 0x00000054,
    0x000005a9, 0x000200f8, 0x000005a9, 0x000500aa, 0x0000002e, 0x000005ab, 0x0000034c, 0x00000077,
    0x000300f7, 0x000005b5, 0x00000000, 0x000400fa, 0x000005ab, 0x000005ac, 0x000005b5, 0x000200f8,
    0x000005ac, 0x00050080, 0x00000012, 0x000005af, 0x00000389, 0x00000672, 0x000500c2, 0x00000012,
    0x000005e1, 0x000005af, 0x000000ac, 0x00060041, 0x000000d5, 0x000005e2, 0x000000d2, 0x00000073,
    0x000005e1, 0x0004003d, 0x00000012, 0x000005e3, 0x000005e2, 0x000500c7, 0x00000012, 0x000005e5,
    0x000005af, 0x00000040, 0x00050084, 0x00000012, 0x000005e6, 0x000005e5, 0x000000da, 0x000500c2,
    0x00000012, 0x000005e7, 0x000005e3, 0x000005e6, 0x000500c7, 0x00000012, 0x000005e8, 0x000005e7,
    0x000000dd, 0x000500c4, 0x00000012, 0x000005b1, 0x000005e8, 0x000000f6, 0x0004007c, 0x00000064,
    0x000005b2, 0x000005b1, 0x000500c3, 0x00000064, 0x000005b3, 0x000005b2, 0x000000f6, 0x0004006f,
    0x00000006, 0x000005b4, 0x000005b3, 0x000200f9, 0x000005dc, 0x000200f8, 0x000005b5, 0x00050086,
    0x00000012, 0x000005b7, 0x00000672, 0x000000fe, 0x00050089, 0x00000012, 0x000005b9, 0x00000672,
    0x000000fe, 0x000500aa, 0x0000002e, 0x000005bb, 0x0000034c, 0x0000004f, 0x000300f7, 0x000005cc,
    0x00000000, 0x000400fa, 0x000005bb, 0x000005bc, 0x000005cc, 0x000200f8, 0x000005bc, 0x00050084,
    0x00000012, 0x000005bf, 0x00000108, 0x000005b7, 0x00050080, 0x00000012, 0x000005c0, 0x00000389,
    0x000005bf, 0x00050089, 0x00000012, 0x000005c2, 0x000005b9, 0x00000108, 0x00050080, 0x00000012,
    0x000005c3, 0x000005c0, 0x000005c2, 0x000500c2, 0x00000012, 0x000005ec, 0x000005c3, 0x000000ac,
    0x00060041, 0x000000d5, 0x000005ed, 0x000000d2, 0x00000073, 0x000005ec, 0x0004003d, 0x00000012,
    0x000005ee, 0x000005ed, 0x000500c7, 0x00000012, 0x000005f0, 0x000005c3, 0x00000040, 0x00050084,
    0x00000012, 0x000005f1, 0x000005f0, 0x000000da, 0x000500c2, 0x00000012, 0x000005f2, 0x000005ee,
    0x000005f1, 0x000500c7, 0x00000012, 0x000005f3, 0x000005f2, 0x000000dd, 0x000500b0, 0x0000002e,
    0x000005c6, 0x000005b9, 0x00000108, 0x000600a9, 0x00000012, 0x000005c7, 0x000005c6, 0x00000054,
    0x00000113, 0x000500c2, 0x00000012, 0x000005c8, 0x000005f3, 0x000005c7, 0x000500c7, 0x00000012,
    0x000005c9, 0x000005c8, 0x00000116, 0x00040070, 0x00000006, 0x000005ca, 0x000005c9, 0x00050083,
    0x00000006, 0x000005cb, 0x000005ca, 0x00000119, 0x000200f9, 0x000005dc, 0x000200f8, 0x000005cc,
    0x00050084, 0x00000012, 0x000005cf, 0x000000da, 0x000005b7, 0x00050080, 0x00000012, 0x000005d0,
    0x00000389, 0x000005cf, 0x00050089, 0x00000012, 0x000005d2, 0x000005b9, 0x000000da, 0x00050080,
    0x00000012, 0x000005d3, 0x000005d0, 0x000005d2, 0x000500c2, 0x00000012, 0x000005f7, 0x000005d3,
    0x000000ac, 0x00060041, 0x000000d5, 0x000005f8, 0x000000d2, 0x00000073, 0x000005f7, 0x0004003d,
    0x00000012, 0x000005f9, 0x000005f8, 0x000500c7, 0x00000012, 0x000005fb, 0x000005d3, 0x00000040,
    0x00050084, 0x00000012, 0x000005fc, 0x000005fb, 0x000000da, 0x000500c2, 0x00000012, 0x000005fd,
    0x000005f9, 0x000005fc, 0x000500c7, 0x00000012, 0x000005fe, 0x000005fd, 0x000000dd, 0x00050086,
    0x00000012, 0x000005d6, 0x000005b9, 0x000000da, 0x00050084, 0x00000012, 0x000005d7, 0x0000004f,
    0x000005d6, 0x000500c2, 0x00000012, 0x000005d8, 0x000005fe, 0x000005d7, 0x000500c7, 0x00000012,
    0x000005d9, 0x000005d8, 0x00000040, 0x00040070, 0x00000006, 0x000005da, 0x000005d9, 0x00050083,
    0x00000006, 0x000005db, 0x000005da, 0x0000012b, 0x000200f9, 0x000005dc, 0x000200f8, 0x000005dc,
    0x000900f5, 0x00000006, 0x0000067f, 0x000005b4, 0x000005ac, 0x000005cb, 0x000005bc, 0x000005db,
    0x000005cc, 0x00050085, 0x00000006, 0x00000391, 0x0000059f, 0x0000067f, 0x000200f9, 0x00000366,
    0x000200f8, 0x00000366, 0x000700f5, 0x00000006, 0x00000685, 0x00000680, 0x00000375, 0x00000391,
    0x000005dc, 0x00050080, 0x00000012, 0x00000394, 0x000001d6, 0x00000679, 0x00060041, 0x000001fe,
    0x00000395, 0x000002d9, 0x00000073, 0x00000394, 0x0004003d, 0x00000006, 0x00000396, 0x00000395,
    0x0008000c, 0x00000006, 0x0000039a, 0x00000001, 0x00000032, 0x00000396, 0x00000685, 0x0000067b,
    0x000200f9, 0x0000033f, 0x000200f8, 0x0000033f, 0x00050080, 0x00000012, 0x0000039c, 0x00000679,
    0x00000065, 0x000200f9, 0x0000033c, 0x000200f8, 0x0000033e, 0x00050041, 0x0000004d, 0x0000039f,
    0x0000019d, 0x00000672, 0x0003003e, 0x0000039f, 0x0000067b, 0x000200f9, 0x00000335, 0x000200f8,
    0x00000335, 0x00050080, 0x00000012, 0x000003a1, 0x00000672, 0x00000045, 0x000200f9, 0x00000332,
    0x000200f8, 0x00000334, 0x000400e0, 0x0000004f, 0x0000004f, 0x00000050, 0x000300f7, 0x000003a6,
    0x00000000, 0x000400fa, 0x00000219, 0x000003a5, 0x000003a6, 0x000200f8, 0x000003a5, 0x000200f9,
    0x00000607, 0x000200f8, 0x00000607, 0x000700f5, 0x00000012, 0x00000673, 0x00000077, 0x000003a5,
    0x00000634, 0x00000632, 0x000500b0, 0x0000002e, 0x0000060c, 0x00000673, 0x000001c1, 0x000400f6,
    0x00000635, 0x00000632, 0x00000000, 0x000400fa, 0x0000060c, 0x0000060d, 0x00000635, 0x000200f8,
    0x0000060d, 0x000200f9, 0x0000060f, 0x000200f8, 0x0000060f, 0x000700f5, 0x00000012, 0x00000677,
    0x000001be, 0x0000060d, 0x00000630, 0x00000616, 0x00050086, 0x00000012, 0x00000614, 0x000001c1,
    0x0000004f, 0x000500b0, 0x0000002e, 0x00000615, 0x00000677, 0x00000614, 0x000400f6, 0x00000631,
    0x00000616, 0x00000000, 0x000400fa, 0x00000615, 0x00000616, 0x00000631, 0x000200f8, 0x00000616,
    0x00050086, 0x00000012, 0x00000641, 0x00000677, 0x00000614, 0x00050089, 0x00000012, 0x00000644,
    0x00000677, 0x00000614, 0x00050084, 0x00000012, 0x00000648, 0x00000641, 0x000001c1, 0x00050086,
    0x00000012, 0x0000064b, 0x00000644, 0x00000673, 0x00050084, 0x00000012, 0x0000064c, 0x0000064b,
    0x0000004f, 0x00050084, 0x00000012, 0x0000064e, 0x0000064c, 0x00000673, 0x00050080, 0x00000012,
    0x0000064f, 0x00000648, 0x0000064e, 0x00050089, 0x00000012, 0x00000652, 0x00000644, 0x00000673,
    0x00050080, 0x00000012, 0x00000653, 0x0000064f, 0x00000652, 0x00050080, 0x00000012, 0x00000657,
    0x00000653, 0x00000673, 0x00050041, 0x0000004d, 0x0000061c, 0x0000019d, 0x00000653, 0x0004003d,
    0x00000006, 0x0000061d, 0x0000061c, 0x00050041, 0x0000004d, 0x00000620, 0x0000019d, 0x00000657,
    0x0004003d, 0x00000006, 0x00000621, 0x00000620, 0x00050081, 0x00000006, 0x00000626, 0x0000061d,
    0x00000621, 0x0003003e, 0x0000061c, 0x00000626, 0x00050083, 0x00000006, 0x0000062c, 0x0000061d,
    0x00000621, 0x0003003e, 0x00000620, 0x0000062c, 0x00050080, 0x00000012, 0x00000630, 0x00000677,
    0x00000045, 0x000200f9, 0x0000060f, 0x000200f8, 0x00000631, 0x000400e0, 0x0000004f, 0x0000004f,
    0x00000050, 0x000200f9, 0x00000632, 0x000200f8, 0x00000632, 0x00050084, 0x00000012, 0x00000634,
    0x00000673, 0x0000004f, 0x000200f9, 0x00000607, 0x000200f8, 0x00000635, 0x000200f9, 0x000003a6,
    0x000200f8, 0x000003a6, 0x000200f9, 0x000003aa, 0x000200f8, 0x000003aa, 0x000700f5, 0x00000012,
    0x00000674, 0x000001be, 0x000003a6, 0x000003d1, 0x000003ad, 0x000500b0, 0x0000002e, 0x000003b1,
    0x00000674, 0x000001c1, 0x000400f6, 0x000003ac, 0x000003ad, 0x00000000, 0x000400fa, 0x000003b1,
    0x000003ab, 0x000003ac, 0x000200f8, 0x000003ab, 0x00050084, 0x00000012, 0x000003b8, 0x000001bc,
    0x000001c1, 0x00050080, 0x00000012, 0x000003ba, 0x000003b8, 0x00000674, 0x000300f7, 0x000003c0,
    0x00000000, 0x000400fa, 0x00000219, 0x000003bf, 0x000003ca, 0x000200f8, 0x000003bf, 0x00050041,
    0x0000004d, 0x000003c2, 0x0000019d, 0x00000674, 0x0004003d, 0x00000006, 0x000003c3, 0x000003c2,
    0x00050085, 0x00000006, 0x000003c5, 0x000003c3, 0x000001e2, 0x00060041, 0x000001fe, 0x000003c7,
    0x00000204, 0x00000073, 0x00000674, 0x0004003d, 0x00000006, 0x000003c8, 0x000003c7, 0x00050085,
    0x00000006, 0x000003c9, 0x000003c5, 0x000003c8, 0x000200f9, 0x000003c0, 0x000200f8, 0x000003ca,
    0x00050041, 0x0000004d, 0x000003cc, 0x0000019d, 0x00000674, 0x0004003d, 0x00000006, 0x000003cd,
    0x000003cc, 0x000200f9, 0x000003c0, 0x000200f8, 0x000003c0, 0x000700f5, 0x00000006, 0x00000675,
    0x000003c9, 0x000003bf, 0x000003cd, 0x000003ca, 0x00060041, 0x000001fe, 0x000003cf, 0x000003b5,
    0x00000073, 0x000003ba, 0x0003003e, 0x000003cf, 0x00000675, 0x000200f9, 0x000003ad, 0x000200f8,
    0x000003ad, 0x00050080, 0x00000012, 0x000003d1, 0x00000674, 0x00000045, 0x000200f9, 0x000003aa,
    0x000200f8, 0x000003ac, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_bf16[923] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000130, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x0000005f, 0x00000067, 0x0000006a,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000024,
    0x00000006, 0x00000004, 0x00040048, 0x00000025, 0x00000000, 0x00000018, 0x00050048, 0x00000025,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000025, 0x00000002, 0x00040047, 0x00000027,
    0x00000022, 0x00000000, 0x00040047, 0x00000027, 0x00000021, 0x00000000, 0x00040047, 0x00000048,
    0x00000006, 0x00000004, 0x00040048, 0x00000049, 0x00000000, 0x00000018, 0x00050048, 0x00000049,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000049, 0x00000002, 0x00040047, 0x0000004b,
    0x00000022, 0x00000000, 0x00040047, 0x0000004b, 0x00000021, 0x00000001, 0x00040047, 0x0000005f,
    0x0000000b, 0x0000001d, 0x00040047, 0x00000067, 0x0000000b, 0x0000001a, 0x00040047, 0x0000006a,
    0x0000000b, 0x00000018, 0x00050048, 0x00000079, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000079, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000079, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000079, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000079,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000079, 0x00000002, 0x00040047, 0x000000d6,
    0x00000006, 0x00000004, 0x00050048, 0x000000d7, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000000d7, 0x00000002, 0x00040047, 0x000000d9, 0x00000022, 0x00000000, 0x00040047, 0x000000d9,
    0x00000021, 0x00000002, 0x00040047, 0x000000f2, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000c, 0x00000020, 0x0004002b, 0x00000006, 0x00000014, 0x00000003, 0x0004002b, 0x00000006,
    0x00000016, 0x00000008, 0x00040015, 0x0000001a, 0x00000020, 0x00000001, 0x0004002b, 0x0000001a,
    0x0000001b, 0x00000002, 0x0004002b, 0x00000006, 0x0000001e, 0x00000000, 0x00020014, 0x0000001f,
    0x0003001d, 0x00000024, 0x00000006, 0x0003001e, 0x00000025, 0x00000024, 0x00040020, 0x00000026,
    0x0000000c, 0x00000025, 0x0004003b, 0x00000026, 0x00000027, 0x0000000c, 0x0004002b, 0x0000001a,
    0x00000028, 0x00000000, 0x00040020, 0x0000002a, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006,
    0x00000034, 0x00000001, 0x0004002b, 0x00000006, 0x00000038, 0x00000020, 0x0004002b, 0x0000001a,
    0x00000045, 0x00000010, 0x0003001d, 0x00000048, 0x0000000c, 0x0003001e, 0x00000049, 0x00000048,
    0x00040020, 0x0000004a, 0x0000000c, 0x00000049, 0x0004003b, 0x0000004a, 0x0000004b, 0x0000000c,
    0x00040020, 0x0000004d, 0x0000000c, 0x0000000c, 0x0004002b, 0x00000006, 0x00000052, 0xffff0000,
    0x00040020, 0x0000005e, 0x00000001, 0x00000006, 0x0004003b, 0x0000005e, 0x0000005f, 0x00000001,
    0x00040017, 0x00000065, 0x00000006, 0x00000003, 0x00040020, 0x00000066, 0x00000001, 0x00000065,
    0x0004003b, 0x00000066, 0x00000067, 0x00000001, 0x0004003b, 0x00000066, 0x0000006a, 0x00000001,
    0x0004002b, 0x0000000c, 0x00000077, 0x00000000, 0x0007001e, 0x00000079, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x0000007a, 0x00000009, 0x00000079, 0x0004003b,
    0x0000007a, 0x0000007b, 0x00000009, 0x0004002b, 0x0000001a, 0x0000007c, 0x00000001, 0x00040020,
    0x0000007d, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x00000086, 0x00000002, 0x0004002b,
    0x0000001a, 0x00000089, 0x00000004, 0x0004002b, 0x00000006, 0x0000008f, 0x00000004, 0x0004002b,
    0x00000006, 0x000000a9, 0x00000040, 0x0004001c, 0x000000aa, 0x0000000c, 0x000000a9, 0x00040020,
    0x000000ab, 0x00000004, 0x000000aa, 0x0004003b, 0x000000ab, 0x000000ac, 0x00000004, 0x00040020,
    0x000000af, 0x00000004, 0x0000000c, 0x0004002b, 0x00000006, 0x000000b1, 0x00000108, 0x0003001d,
    0x000000d6, 0x0000000c, 0x0003001e, 0x000000d7, 0x000000d6, 0x00040020, 0x000000d8, 0x0000000c,
    0x000000d7, 0x0004003b, 0x000000d8, 0x000000d9, 0x0000000c, 0x0004002b, 0x0000001a, 0x000000da,
    0x00000003, 0x0006002c, 0x00000065, 0x000000f2, 0x000000a9, 0x00000034, 0x00000034, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x00000060, 0x0000005f, 0x00050089, 0x00000006, 0x00000063, 0x00000060, 0x00000016, 0x00050041,
    0x0000005e, 0x00000068, 0x00000067, 0x00000034, 0x0004003d, 0x00000006, 0x00000069, 0x00000068,
    0x00050041, 0x0000005e, 0x0000006b, 0x0000006a, 0x0000001e, 0x0004003d, 0x00000006, 0x0000006c,
    0x0000006b, 0x00050084, 0x00000006, 0x0000006d, 0x00000069, 0x0000006c, 0x00050041, 0x0000005e,
    0x0000006e, 0x00000067, 0x0000001e, 0x0004003d, 0x00000006, 0x0000006f, 0x0000006e, 0x00050080,
    0x00000006, 0x00000070, 0x0000006d, 0x0000006f, 0x00050084, 0x00000006, 0x00000071, 0x00000070,
    0x00000016, 0x00050086, 0x00000006, 0x00000073, 0x00000060, 0x00000016, 0x00050080, 0x00000006,
    0x00000074, 0x00000071, 0x00000073, 0x00050041, 0x0000007d, 0x0000007e, 0x0000007b, 0x0000007c,
    0x0004003d, 0x00000006, 0x0000007f, 0x0000007e, 0x000500b0, 0x0000001f, 0x00000080, 0x00000074,
    0x0000007f, 0x000300f7, 0x00000082, 0x00000000, 0x000400fa, 0x00000080, 0x00000081, 0x00000082,
    0x000200f8, 0x00000081, 0x00050041, 0x0000007d, 0x00000084, 0x0000007b, 0x00000028, 0x0004003d,
    0x00000006, 0x00000085, 0x00000084, 0x00050086, 0x00000006, 0x00000087, 0x00000085, 0x00000086,
    0x00050041, 0x0000007d, 0x0000008a, 0x0000007b, 0x00000089, 0x0004003d, 0x00000006, 0x0000008b,
    0x0000008a, 0x00050084, 0x00000006, 0x0000008e, 0x00000074, 0x00000087, 0x00050084, 0x00000006,
    0x00000090, 0x0000008e, 0x0000008f, 0x00050080, 0x00000006, 0x00000091, 0x0000008b, 0x00000090,
    0x000200f9, 0x00000094, 0x000200f8, 0x00000094, 0x000700f5, 0x0000000c, 0x0000012b, 0x00000077,
    0x00000081, 0x000000a6, 0x00000097, 0x000700f5, 0x00000006, 0x00000129, 0x00000063, 0x00000081,
    0x000000a8, 0x00000097, 0x000500b0, 0x0000001f, 0x0000009b, 0x00000129, 0x00000087, 0x000400f6,
    0x00000096, 0x00000097, 0x00000000, 0x000400fa, 0x0000009b, 0x00000095, 0x00000096, 0x000200f8,
    0x00000095, 0x00050084, 0x00000006, 0x0000009e, 0x00000129, 0x0000008f, 0x00050080, 0x00000006,
    0x0000009f, 0x00000091, 0x0000009e, 0x00050084, 0x00000006, 0x000000a1, 0x00000129, 0x00000086,
    0x000500c7, 0x00000006, 0x0000010f, 0x0000009f, 0x00000014, 0x00050084, 0x00000006, 0x00000110,
    0x0000010f, 0x00000016, 0x000500c2, 0x00000006, 0x00000112, 0x0000009f, 0x0000001b, 0x000500aa,
    0x0000001f, 0x00000114, 0x00000110, 0x0000001e, 0x000300f7, 0x00000127, 0x00000000, 0x000400fa,
    0x00000114, 0x00000115, 0x00000119, 0x000200f8, 0x00000115, 0x00060041, 0x0000002a, 0x00000117,
    0x00000027, 0x00000028, 0x00000112, 0x0004003d, 0x00000006, 0x00000118, 0x00000117, 0x000200f9,
    0x00000127, 0x000200f8, 0x00000119, 0x00060041, 0x0000002a, 0x0000011b, 0x00000027, 0x00000028,
    0x00000112, 0x0004003d, 0x00000006, 0x0000011c, 0x0000011b, 0x000500c2, 0x00000006, 0x0000011e,
    0x0000011c, 0x00000110, 0x00050080, 0x00000006, 0x00000120, 0x00000112, 0x00000034, 0x00060041,
    0x0000002a, 0x00000121, 0x00000027, 0x00000028, 0x00000120, 0x0004003d, 0x00000006, 0x00000122,
    0x00000121, 0x00050082, 0x00000006, 0x00000124, 0x00000038, 0x00000110, 0x000500c4, 0x00000006,
    0x00000125, 0x00000122, 0x00000124, 0x000500c5, 0x00000006, 0x00000126, 0x0000011e, 0x00000125,
    0x000200f9, 0x00000127, 0x000200f8, 0x00000127, 0x000700f5, 0x00000006, 0x0000012f, 0x00000118,
    0x00000115, 0x00000126, 0x00000119, 0x000500c4, 0x00000006, 0x000000fa, 0x0000012f, 0x00000045,
    0x0004007c, 0x0000000c, 0x000000fb, 0x000000fa, 0x00060041, 0x0000004d, 0x000000fd, 0x0000004b,
    0x00000028, 0x000000a1, 0x0004003d, 0x0000000c, 0x000000fe, 0x000000fd, 0x000500c7, 0x00000006,
    0x00000101, 0x0000012f, 0x00000052, 0x0004007c, 0x0000000c, 0x00000102, 0x00000101, 0x00050080,
    0x00000006, 0x00000104, 0x000000a1, 0x00000034, 0x00060041, 0x0000004d, 0x00000105, 0x0000004b,
    0x00000028, 0x00000104, 0x0004003d, 0x0000000c, 0x00000106, 0x00000105, 0x00050085, 0x0000000c,
    0x00000107, 0x00000102, 0x00000106, 0x0008000c, 0x0000000c, 0x00000108, 0x00000001, 0x00000032,
    0x000000fb, 0x000000fe, 0x00000107, 0x00050081, 0x0000000c, 0x000000a6, 0x0000012b, 0x00000108,
    0x000200f9, 0x00000097, 0x000200f8, 0x00000097, 0x00050080, 0x00000006, 0x000000a8, 0x00000129,
    0x00000016, 0x000200f9, 0x00000094, 0x000200f8, 0x00000096, 0x000200f9, 0x00000082, 0x000200f8,
    0x00000082, 0x000700f5, 0x0000000c, 0x0000012a, 0x00000077, 0x00000005, 0x0000012b, 0x00000096,
    0x00050041, 0x000000af, 0x000000b0, 0x000000ac, 0x00000060, 0x0003003e, 0x000000b0, 0x0000012a,
    0x000400e0, 0x00000086, 0x00000086, 0x000000b1, 0x000200f9, 0x000000b3, 0x000200f8, 0x000000b3,
    0x000700f5, 0x00000006, 0x0000012c, 0x0000008f, 0x00000082, 0x000000ca, 0x000000b6, 0x000500ac,
    0x0000001f, 0x000000b9, 0x0000012c, 0x0000001e, 0x000400f6, 0x000000b5, 0x000000b6, 0x00000000,
    0x000400fa, 0x000000b9, 0x000000b4, 0x000000b5, 0x000200f8, 0x000000b4, 0x000500b0, 0x0000001f,
    0x000000bc, 0x00000063, 0x0000012c, 0x000300f7, 0x000000be, 0x00000000, 0x000400fa, 0x000000bc,
    0x000000bd, 0x000000be, 0x000200f8, 0x000000bd, 0x00050080, 0x00000006, 0x000000c2, 0x00000060,
    0x0000012c, 0x00050041, 0x000000af, 0x000000c3, 0x000000ac, 0x000000c2, 0x0004003d, 0x0000000c,
    0x000000c4, 0x000000c3, 0x0004003d, 0x0000000c, 0x000000c6, 0x000000b0, 0x00050081, 0x0000000c,
    0x000000c7, 0x000000c6, 0x000000c4, 0x0003003e, 0x000000b0, 0x000000c7, 0x000200f9, 0x000000be,
    0x000200f8, 0x000000be, 0x000400e0, 0x00000086, 0x00000086, 0x000000b1, 0x000200f9, 0x000000b6,
    0x000200f8, 0x000000b6, 0x000500c2, 0x00000006, 0x000000ca, 0x0000012c, 0x00000034, 0x000200f9,
    0x000000b3, 0x000200f8, 0x000000b5, 0x000500aa, 0x0000001f, 0x000000cc, 0x00000063, 0x0000001e,
    0x000300f7, 0x000000ce, 0x00000000, 0x000400fa, 0x000000cc, 0x000000cd, 0x000000ce, 0x000200f8,
    0x000000cd, 0x000200f9, 0x000000ce, 0x000200f8, 0x000000ce, 0x000700f5, 0x0000001f, 0x000000d3,
    0x000000cc, 0x000000b5, 0x00000080, 0x000000cd, 0x000300f7, 0x000000d5, 0x00000000, 0x000400fa,
    0x000000d3, 0x000000d4, 0x000000d5, 0x000200f8, 0x000000d4, 0x00050041, 0x0000007d, 0x000000db,
    0x0000007b, 0x000000da, 0x0004003d, 0x00000006, 0x000000dc, 0x000000db, 0x00050080, 0x00000006,
    0x000000de, 0x000000dc, 0x00000074, 0x00050041, 0x0000007d, 0x000000df, 0x0000007b, 0x0000001b,
    0x0004003d, 0x00000006, 0x000000e0, 0x000000df, 0x000500ab, 0x0000001f, 0x000000e1, 0x000000e0,
    0x0000001e, 0x000300f7, 0x000000e4, 0x00000000, 0x000400fa, 0x000000e1, 0x000000e3, 0x000000eb,
    0x000200f8, 0x000000e3, 0x00060041, 0x0000004d, 0x000000e9, 0x000000d9, 0x00000028, 0x000000de,
    0x0004003d, 0x0000000c, 0x000000ea, 0x000000e9, 0x000200f9, 0x000000e4, 0x000200f8, 0x000000eb,
    0x000200f9, 0x000000e4, 0x000200f8, 0x000000e4, 0x000700f5, 0x0000000c, 0x0000012d, 0x000000ea,
    0x000000e3, 0x00000077, 0x000000eb, 0x0004003d, 0x0000000c, 0x000000ef, 0x000000b0, 0x00050081,
    0x0000000c, 0x000000f0, 0x0000012d, 0x000000ef, 0x00060041, 0x0000004d, 0x000000f1, 0x000000d9,
    0x00000028, 0x000000de, 0x0003003e, 0x000000f1, 0x000000f0, 0x000200f9, 0x000000d5, 0x000200f8,
    0x000000d5, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_f16[917] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000130, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x0000005f, 0x00000067, 0x0000006a,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000024,
    0x00000006, 0x00000004, 0x00040048, 0x00000025, 0x00000000, 0x00000018, 0x00050048, 0x00000025,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000025, 0x00000002, 0x00040047, 0x00000027,
    0x00000022, 0x00000000, 0x00040047, 0x00000027, 0x00000021, 0x00000000, 0x00040047, 0x0000004a,
    0x00000006, 0x00000004, 0x00040048, 0x0000004b, 0x00000000, 0x00000018, 0x00050048, 0x0000004b,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000004b, 0x00000002, 0x00040047, 0x0000004d,
    0x00000022, 0x00000000, 0x00040047, 0x0000004d, 0x00000021, 0x00000001, 0x00040047, 0x0000005f,
    0x0000000b, 0x0000001d, 0x00040047, 0x00000067, 0x0000000b, 0x0000001a, 0x00040047, 0x0000006a,
    0x0000000b, 0x00000018, 0x00050048, 0x00000078, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000078, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000078, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000078, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000078,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000078, 0x00000002, 0x00040047, 0x000000d5,
    0x00000006, 0x00000004, 0x00050048, 0x000000d6, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000000d6, 0x00000002, 0x00040047, 0x000000d8, 0x00000022, 0x00000000, 0x00040047, 0x000000d8,
    0x00000021, 0x00000002, 0x00040047, 0x000000f1, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000c, 0x00000020, 0x0004002b, 0x00000006, 0x00000014, 0x00000003, 0x0004002b, 0x00000006,
    0x00000016, 0x00000008, 0x00040015, 0x0000001a, 0x00000020, 0x00000001, 0x0004002b, 0x0000001a,
    0x0000001b, 0x00000002, 0x0004002b, 0x00000006, 0x0000001e, 0x00000000, 0x00020014, 0x0000001f,
    0x0003001d, 0x00000024, 0x00000006, 0x0003001e, 0x00000025, 0x00000024, 0x00040020, 0x00000026,
    0x0000000c, 0x00000025, 0x0004003b, 0x00000026, 0x00000027, 0x0000000c, 0x0004002b, 0x0000001a,
    0x00000028, 0x00000000, 0x00040020, 0x0000002a, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006,
    0x00000034, 0x00000001, 0x0004002b, 0x00000006, 0x00000038, 0x00000020, 0x00040017, 0x00000040,
    0x0000000c, 0x00000002, 0x0003001d, 0x0000004a, 0x0000000c, 0x0003001e, 0x0000004b, 0x0000004a,
    0x00040020, 0x0000004c, 0x0000000c, 0x0000004b, 0x0004003b, 0x0000004c, 0x0000004d, 0x0000000c,
    0x00040020, 0x0000004f, 0x0000000c, 0x0000000c, 0x00040020, 0x0000005e, 0x00000001, 0x00000006,
    0x0004003b, 0x0000005e, 0x0000005f, 0x00000001, 0x00040017, 0x00000065, 0x00000006, 0x00000003,
    0x00040020, 0x00000066, 0x00000001, 0x00000065, 0x0004003b, 0x00000066, 0x00000067, 0x00000001,
    0x0004003b, 0x00000066, 0x0000006a, 0x00000001, 0x0004002b, 0x0000000c, 0x00000076, 0x00000000,
    0x0007001e, 0x00000078, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x00000079, 0x00000009, 0x00000078, 0x0004003b, 0x00000079, 0x0000007a, 0x00000009, 0x0004002b,
    0x0000001a, 0x0000007b, 0x00000001, 0x00040020, 0x0000007c, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x00000085, 0x00000002, 0x0004002b, 0x0000001a, 0x00000088, 0x00000004, 0x0004002b,
    0x00000006, 0x0000008e, 0x00000004, 0x0004002b, 0x00000006, 0x000000a8, 0x00000040, 0x0004001c,
    0x000000a9, 0x0000000c, 0x000000a8, 0x00040020, 0x000000aa, 0x00000004, 0x000000a9, 0x0004003b,
    0x000000aa, 0x000000ab, 0x00000004, 0x00040020, 0x000000ae, 0x00000004, 0x0000000c, 0x0004002b,
    0x00000006, 0x000000b0, 0x00000108, 0x0003001d, 0x000000d5, 0x0000000c, 0x0003001e, 0x000000d6,
    0x000000d5, 0x00040020, 0x000000d7, 0x0000000c, 0x000000d6, 0x0004003b, 0x000000d7, 0x000000d8,
    0x0000000c, 0x0004002b, 0x0000001a, 0x000000d9, 0x00000003, 0x0006002c, 0x00000065, 0x000000f1,
    0x000000a8, 0x00000034, 0x00000034, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x00000060, 0x0000005f, 0x00050089, 0x00000006,
    0x00000063, 0x00000060, 0x00000016, 0x00050041, 0x0000005e, 0x00000068, 0x00000067, 0x00000034,
    0x0004003d, 0x00000006, 0x00000069, 0x00000068, 0x00050041, 0x0000005e, 0x0000006b, 0x0000006a,
    0x0000001e, 0x0004003d, 0x00000006, 0x0000006c, 0x0000006b, 0x00050084, 0x00000006, 0x0000006d,
    0x00000069, 0x0000006c, 0x00050041, 0x0000005e, 0x0000006e, 0x00000067, 0x0000001e, 0x0004003d,
    0x00000006, 0x0000006f, 0x0000006e, 0x00050080, 0x00000006, 0x00000070, 0x0000006d, 0x0000006f,
    0x00050084, 0x00000006, 0x00000071, 0x00000070, 0x00000016, 0x00050086, 0x00000006, 0x00000073,
    0x00000060, 0x00000016, 0x00050080, 0x00000006, 0x00000074, 0x00000071, 0x00000073, 0x00050041,
    0x0000007c, 0x0000007d, 0x0000007a, 0x0000007b, 0x0004003d, 0x00000006, 0x0000007e, 0x0000007d,
    0x000500b0, 0x0000001f, 0x0000007f, 0x00000074, 0x0000007e, 0x000300f7, 0x00000081, 0x00000000,
    0x000400fa, 0x0000007f, 0x00000080, 0x00000081, 0x000200f8, 0x00000080, 0x00050041, 0x0000007c,
    0x00000083, 0x0000007a, 0x00000028, 0x0004003d, 0x00000006, 0x00000084, 0x00000083, 0x00050086,
    0x00000006, 0x00000086, 0x00000084, 0x00000085, 0x00050041, 0x0000007c, 0x00000089, 0x0000007a,
    0x00000088, 0x0004003d, 0x00000006, 0x0000008a, 0x00000089, 0x00050084, 0x00000006, 0x0000008d,
    0x00000074, 0x00000086, 0x00050084, 0x00000006, 0x0000008f, 0x0000008d, 0x0000008e, 0x00050080,
    0x00000006, 0x00000090, 0x0000008a, 0x0000008f, 0x000200f9, 0x00000093, 0x000200f8, 0x00000093,
    0x000700f5, 0x0000000c, 0x0000012b, 0x00000076, 0x00000080, 0x000000a5, 0x00000096, 0x000700f5,
    0x00000006, 0x00000129, 0x00000063, 0x00000080, 0x000000a7, 0x00000096, 0x000500b0, 0x0000001f,
    0x0000009a, 0x00000129, 0x00000086, 0x000400f6, 0x00000095, 0x00000096, 0x00000000, 0x000400fa,
    0x0000009a, 0x00000094, 0x00000095, 0x000200f8, 0x00000094, 0x00050084, 0x00000006, 0x0000009d,
    0x00000129, 0x0000008e, 0x00050080, 0x00000006, 0x0000009e, 0x00000090, 0x0000009d, 0x00050084,
    0x00000006, 0x000000a0, 0x00000129, 0x00000085, 0x000500c7, 0x00000006, 0x0000010d, 0x0000009e,
    0x00000014, 0x00050084, 0x00000006, 0x0000010e, 0x0000010d, 0x00000016, 0x000500c2, 0x00000006,
    0x00000110, 0x0000009e, 0x0000001b, 0x000500aa, 0x0000001f, 0x00000112, 0x0000010e, 0x0000001e,
    0x000300f7, 0x00000125, 0x00000000, 0x000400fa, 0x00000112, 0x00000113, 0x00000117, 0x000200f8,
    0x00000113, 0x00060041, 0x0000002a, 0x00000115, 0x00000027, 0x00000028, 0x00000110, 0x0004003d,
    0x00000006, 0x00000116, 0x00000115, 0x000200f9, 0x00000125, 0x000200f8, 0x00000117, 0x00060041,
    0x0000002a, 0x00000119, 0x00000027, 0x00000028, 0x00000110, 0x0004003d, 0x00000006, 0x0000011a,
    0x00000119, 0x000500c2, 0x00000006, 0x0000011c, 0x0000011a, 0x0000010e, 0x00050080, 0x00000006,
    0x0000011e, 0x00000110, 0x00000034, 0x00060041, 0x0000002a, 0x0000011f, 0x00000027, 0x00000028,
    0x0000011e, 0x0004003d, 0x00000006, 0x00000120, 0x0000011f, 0x00050082, 0x00000006, 0x00000122,
    0x00000038, 0x0000010e, 0x000500c4, 0x00000006, 0x00000123, 0x00000120, 0x00000122, 0x000500c5,
    0x00000006, 0x00000124, 0x0000011c, 0x00000123, 0x000200f9, 0x00000125, 0x000200f8, 0x00000125,
    0x000700f5, 0x00000006, 0x0000012f, 0x00000116, 0x00000113, 0x00000124, 0x00000117, 0x0006000c,
    0x00000040, 0x000000f8, 0x00000001, 0x0000003e, 0x0000012f, 0x00050051, 0x0000000c, 0x000000fa,
    0x000000f8, 0x00000000, 0x00060041, 0x0000004f, 0x000000fc, 0x0000004d, 0x00000028, 0x000000a0,
    0x0004003d, 0x0000000c, 0x000000fd, 0x000000fc, 0x00050051, 0x0000000c, 0x00000100, 0x000000f8,
    0x00000001, 0x00050080, 0x00000006, 0x00000102, 0x000000a0, 0x00000034, 0x00060041, 0x0000004f,
    0x00000103, 0x0000004d, 0x00000028, 0x00000102, 0x0004003d, 0x0000000c, 0x00000104, 0x00000103,
    0x00050085, 0x0000000c, 0x00000105, 0x00000100, 0x00000104, 0x0008000c, 0x0000000c, 0x00000106,
    0x00000001, 0x00000032, 0x000000fa, 0x000000fd, 0x00000105, 0x00050081, 0x0000000c, 0x000000a5,
    0x0000012b, 0x00000106, 0x000200f9, 0x00000096, 0x000200f8, 0x00000096, 0x00050080, 0x00000006,
    0x000000a7, 0x00000129, 0x00000016, 0x000200f9, 0x00000093, 0x000200f8, 0x00000095, 0x000200f9,
    0x00000081, 0x000200f8, 0x00000081, 0x000700f5, 0x0000000c, 0x0000012a, 0x00000076, 0x00000005,
    0x0000012b, 0x00000095, 0x00050041, 0x000000ae, 0x000000af, 0x000000ab, 0x00000060, 0x0003003e,
    0x000000af, 0x0000012a, 0x000400e0, 0x00000085, 0x00000085, 0x000000b0, 0x000200f9, 0x000000b2,
    0x000200f8, 0x000000b2, 0x000700f5, 0x00000006, 0x0000012c, 0x0000008e, 0x00000081, 0x000000c9,
    0x000000b5, 0x000500ac, 0x0000001f, 0x000000b8, 0x0000012c, 0x0000001e, 0x000400f6, 0x000000b4,
    0x000000b5, 0x00000000, 0x000400fa, 0x000000b8, 0x000000b3, 0x000000b4, 0x000200f8, 0x000000b3,
    0x000500b0, 0x0000001f, 0x000000bb, 0x00000063, 0x0000012c, 0x000300f7, 0x000000bd, 0x00000000,
    0x000400fa, 0x000000bb, 0x000000bc, 0x000000bd, 0x000200f8, 0x000000bc, 0x00050080, 0x00000006,
    0x000000c1, 0x00000060, 0x0000012c, 0x00050041, 0x000000ae, 0x000000c2, 0x000000ab, 0x000000c1,
    0x0004003d, 0x0000000c, 0x000000c3, 0x000000c2, 0x0004003d, 0x0000000c, 0x000000c5, 0x000000af,
    0x00050081, 0x0000000c, 0x000000c6, 0x000000c5, 0x000000c3, 0x0003003e, 0x000000af, 0x000000c6,
    0x000200f9, 0x000000bd, 0x000200f8, 0x000000bd, 0x000400e0, 0x00000085, 0x00000085, 0x000000b0,
    0x000200f9, 0x000000b5, 0x000200f8, 0x000000b5, 0x000500c2, 0x00000006, 0x000000c9, 0x0000012c,
    0x00000034, 0x000200f9, 0x000000b2, 0x000200f8, 0x000000b4, 0x000500aa, 0x0000001f, 0x000000cb,
    0x00000063, 0x0000001e, 0x000300f7, 0x000000cd, 0x00000000, 0x000400fa, 0x000000cb, 0x000000cc,
    0x000000cd, 0x000200f8, 0x000000cc, 0x000200f9, 0x000000cd, 0x000200f8, 0x000000cd, 0x000700f5,
    0x0000001f, 0x000000d2, 0x000000cb, 0x000000b4, 0x0000007f, 0x000000cc, 0x000300f7, 0x000000d4,
    0x00000000, 0x000400fa, 0x000000d2, 0x000000d3, 0x000000d4, 0x000200f8, 0x000000d3, 0x00050041,
    0x0000007c, 0x000000da, 0x0000007a, 0x000000d9, 0x0004003d, 0x00000006, 0x000000db, 0x000000da,
    0x00050080, 0x00000006, 0x000000dd, 0x000000db, 0x00000074, 0x00050041, 0x0000007c, 0x000000de,
    0x0000007a, 0x0000001b, 0x0004003d, 0x00000006, 0x000000df, 0x000000de, 0x000500ab, 0x0000001f,
    0x000000e0, 0x000000df, 0x0000001e, 0x000300f7, 0x000000e3, 0x00000000, 0x000400fa, 0x000000e0,
    0x000000e2, 0x000000ea, 0x000200f8, 0x000000e2, 0x00060041, 0x0000004f, 0x000000e8, 0x000000d8,
    0x00000028, 0x000000dd, 0x0004003d, 0x0000000c, 0x000000e9, 0x000000e8, 0x000200f9, 0x000000e3,
    0x000200f8, 0x000000ea, 0x000200f9, 0x000000e3, 0x000200f8, 0x000000e3, 0x000700f5, 0x0000000c,
    0x0000012d, 0x000000e9, 0x000000e2, 0x00000076, 0x000000ea, 0x0004003d, 0x0000000c, 0x000000ee,
    0x000000af, 0x00050081, 0x0000000c, 0x000000ef, 0x0000012d, 0x000000ee, 0x00060041, 0x0000004f,
    0x000000f0, 0x000000d8, 0x00000028, 0x000000dd, 0x0003003e, 0x000000f0, 0x000000ef, 0x000200f9,
    0x000000d4, 0x000200f8, 0x000000d4, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_f32[775] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000000d0, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000028, 0x00000031, 0x00000035,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000000e,
    0x00000006, 0x00000004, 0x00040048, 0x0000000f, 0x00000000, 0x00000018, 0x00050048, 0x0000000f,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000000f, 0x00000002, 0x00040047, 0x00000011,
    0x00000022, 0x00000000, 0x00040047, 0x00000011, 0x00000021, 0x00000000, 0x00040047, 0x0000001b,
    0x00000006, 0x00000004, 0x00040048, 0x0000001c, 0x00000000, 0x00000018, 0x00050048, 0x0000001c,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001c, 0x00000002, 0x00040047, 0x0000001e,
    0x00000022, 0x00000000, 0x00040047, 0x0000001e, 0x00000021, 0x00000001, 0x00040047, 0x00000028,
    0x0000000b, 0x0000001d, 0x00040047, 0x00000031, 0x0000000b, 0x0000001a, 0x00040047, 0x00000035,
    0x0000000b, 0x00000018, 0x00050048, 0x00000045, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000045, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000045, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000045, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000045,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000045, 0x00000002, 0x00040047, 0x000000a3,
    0x00000006, 0x00000004, 0x00050048, 0x000000a4, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000000a4, 0x00000002, 0x00040047, 0x000000a6, 0x00000022, 0x00000000, 0x00040047, 0x000000a6,
    0x00000021, 0x00000002, 0x00040047, 0x000000bf, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x00000008, 0x00000020, 0x0003001d, 0x0000000e, 0x00000006, 0x0003001e, 0x0000000f, 0x0000000e,
    0x00040020, 0x00000010, 0x0000000c, 0x0000000f, 0x0004003b, 0x00000010, 0x00000011, 0x0000000c,
    0x00040015, 0x00000012, 0x00000020, 0x00000001, 0x0004002b, 0x00000012, 0x00000013, 0x00000000,
    0x0004002b, 0x00000012, 0x00000015, 0x00000002, 0x00040020, 0x00000017, 0x0000000c, 0x00000006,
    0x0003001d, 0x0000001b, 0x00000008, 0x0003001e, 0x0000001c, 0x0000001b, 0x00040020, 0x0000001d,
    0x0000000c, 0x0000001c, 0x0004003b, 0x0000001d, 0x0000001e, 0x0000000c, 0x00040020, 0x00000020,
    0x0000000c, 0x00000008, 0x00040020, 0x00000027, 0x00000001, 0x00000006, 0x0004003b, 0x00000027,
    0x00000028, 0x00000001, 0x0004002b, 0x00000006, 0x0000002c, 0x00000008, 0x00040017, 0x0000002f,
    0x00000006, 0x00000003, 0x00040020, 0x00000030, 0x00000001, 0x0000002f, 0x0004003b, 0x00000030,
    0x00000031, 0x00000001, 0x0004002b, 0x00000006, 0x00000032, 0x00000001, 0x0004003b, 0x00000030,
    0x00000035, 0x00000001, 0x0004002b, 0x00000006, 0x00000036, 0x00000000, 0x0004002b, 0x00000008,
    0x00000043, 0x00000000, 0x0007001e, 0x00000045, 0x00000006, 0x00000006, 0x00000006, 0x00000006,
    0x00000006, 0x00040020, 0x00000046, 0x00000009, 0x00000045, 0x0004003b, 0x00000046, 0x00000047,
    0x00000009, 0x0004002b, 0x00000012, 0x00000048, 0x00000001, 0x00040020, 0x00000049, 0x00000009,
    0x00000006, 0x00020014, 0x0000004c, 0x0004002b, 0x00000012, 0x00000055, 0x00000004, 0x0004002b,
    0x00000006, 0x0000005b, 0x00000004, 0x0004002b, 0x00000006, 0x00000075, 0x00000040, 0x0004001c,
    0x00000076, 0x00000008, 0x00000075, 0x00040020, 0x00000077, 0x00000004, 0x00000076, 0x0004003b,
    0x00000077, 0x00000078, 0x00000004, 0x00040020, 0x0000007b, 0x00000004, 0x00000008, 0x0004002b,
    0x00000006, 0x0000007d, 0x00000002, 0x0004002b, 0x00000006, 0x0000007e, 0x00000108, 0x0003001d,
    0x000000a3, 0x00000008, 0x0003001e, 0x000000a4, 0x000000a3, 0x00040020, 0x000000a5, 0x0000000c,
    0x000000a4, 0x0004003b, 0x000000a5, 0x000000a6, 0x0000000c, 0x0004002b, 0x00000012, 0x000000a7,
    0x00000003, 0x0006002c, 0x0000002f, 0x000000bf, 0x00000075, 0x00000032, 0x00000032, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x00000029, 0x00000028, 0x00050089, 0x00000006, 0x0000002d, 0x00000029, 0x0000002c, 0x00050041,
    0x00000027, 0x00000033, 0x00000031, 0x00000032, 0x0004003d, 0x00000006, 0x00000034, 0x00000033,
    0x00050041, 0x00000027, 0x00000037, 0x00000035, 0x00000036, 0x0004003d, 0x00000006, 0x00000038,
    0x00000037, 0x00050084, 0x00000006, 0x00000039, 0x00000034, 0x00000038, 0x00050041, 0x00000027,
    0x0000003a, 0x00000031, 0x00000036, 0x0004003d, 0x00000006, 0x0000003b, 0x0000003a, 0x00050080,
    0x00000006, 0x0000003c, 0x00000039, 0x0000003b, 0x00050084, 0x00000006, 0x0000003d, 0x0000003c,
    0x0000002c, 0x00050086, 0x00000006, 0x0000003f, 0x00000029, 0x0000002c, 0x00050080, 0x00000006,
    0x00000040, 0x0000003d, 0x0000003f, 0x00050041, 0x00000049, 0x0000004a, 0x00000047, 0x00000048,
    0x0004003d, 0x00000006, 0x0000004b, 0x0000004a, 0x000500b0, 0x0000004c, 0x0000004d, 0x00000040,
    0x0000004b, 0x000300f7, 0x0000004f, 0x00000000, 0x000400fa, 0x0000004d, 0x0000004e, 0x0000004f,
    0x000200f8, 0x0000004e, 0x00050041, 0x00000049, 0x00000051, 0x00000047, 0x00000013, 0x0004003d,
    0x00000006, 0x00000052, 0x00000051, 0x00050086, 0x00000006, 0x00000053, 0x00000052, 0x00000032,
    0x00050041, 0x00000049, 0x00000056, 0x00000047, 0x00000055, 0x0004003d, 0x00000006, 0x00000057,
    0x00000056, 0x00050084, 0x00000006, 0x0000005a, 0x00000040, 0x00000053, 0x00050084, 0x00000006,
    0x0000005c, 0x0000005a, 0x0000005b, 0x00050080, 0x00000006, 0x0000005d, 0x00000057, 0x0000005c,
    0x000200f9, 0x00000060, 0x000200f8, 0x00000060, 0x000700f5, 0x00000008, 0x000000cd, 0x00000043,
    0x0000004e, 0x00000072, 0x00000061, 0x000700f5, 0x00000006, 0x000000cb, 0x0000002d, 0x0000004e,
    0x00000074, 0x00000061, 0x000500b0, 0x0000004c, 0x00000067, 0x000000cb, 0x00000053, 0x000400f6,
    0x00000062, 0x00000061, 0x00000000, 0x000400fa, 0x00000067, 0x00000061, 0x00000062, 0x000200f8,
    0x00000061, 0x00050084, 0x00000006, 0x0000006a, 0x000000cb, 0x0000005b, 0x00050080, 0x00000006,
    0x0000006b, 0x0000005d, 0x0000006a, 0x000500c2, 0x00000006, 0x000000c3, 0x0000006b, 0x00000015,
    0x00060041, 0x00000017, 0x000000c4, 0x00000011, 0x00000013, 0x000000c3, 0x0004003d, 0x00000006,
    0x000000c5, 0x000000c4, 0x0004007c, 0x00000008, 0x000000c6, 0x000000c5, 0x00060041, 0x00000020,
    0x000000c8, 0x0000001e, 0x00000013, 0x000000cb, 0x0004003d, 0x00000008, 0x000000c9, 0x000000c8,
    0x0008000c, 0x00000008, 0x00000072, 0x00000001, 0x00000032, 0x000000c6, 0x000000c9, 0x000000cd,
    0x00050080, 0x00000006, 0x00000074, 0x000000cb, 0x0000002c, 0x000200f9, 0x00000060, 0x000200f8,
    0x00000062, 0x000200f9, 0x0000004f, 0x000200f8, 0x0000004f, 0x000700f5, 0x00000008, 0x000000cc,
    0x00000043, 0x00000005, 0x000000cd, 0x00000062, 0x00050041, 0x0000007b, 0x0000007c, 0x00000078,
    0x00000029, 0x0003003e, 0x0000007c, 0x000000cc, 0x000400e0, 0x0000007d, 0x0000007d, 0x0000007e,
    0x000200f9, 0x00000080, 0x000200f8, 0x00000080, 0x000700f5, 0x00000006, 0x000000ce, 0x0000005b,
    0x0000004f, 0x00000097, 0x00000083, 0x000500ac, 0x0000004c, 0x00000086, 0x000000ce, 0x00000036,
    0x000400f6, 0x00000082, 0x00000083, 0x00000000, 0x000400fa, 0x00000086, 0x00000081, 0x00000082,
    0x000200f8, 0x00000081, 0x000500b0, 0x0000004c, 0x00000089, 0x0000002d, 0x000000ce, 0x000300f7,
    0x0000008b, 0x00000000, 0x000400fa, 0x00000089, 0x0000008a, 0x0000008b, 0x000200f8, 0x0000008a,
    0x00050080, 0x00000006, 0x0000008f, 0x00000029, 0x000000ce, 0x00050041, 0x0000007b, 0x00000090,
    0x00000078, 0x0000008f, 0x0004003d, 0x00000008, 0x00000091, 0x00000090, 0x0004003d, 0x00000008,
    0x00000093, 0x0000007c, 0x00050081, 0x00000008, 0x00000094, 0x00000093, 0x00000091, 0x0003003e,
    0x0000007c, 0x00000094, 0x000200f9, 0x0000008b, 0x000200f8, 0x0000008b, 0x000400e0, 0x0000007d,
    0x0000007d, 0x0000007e, 0x000200f9, 0x00000083, 0x000200f8, 0x00000083, 0x000500c2, 0x00000006,
    0x00000097, 0x000000ce, 0x00000032, 0x000200f9, 0x00000080, 0x000200f8, 0x00000082, 0x000500aa,
    0x0000004c, 0x00000099, 0x0000002d, 0x00000036, 0x000300f7, 0x0000009b, 0x00000000, 0x000400fa,
    0x00000099, 0x0000009a, 0x0000009b, 0x000200f8, 0x0000009a, 0x000200f9, 0x0000009b, 0x000200f8,
    0x0000009b, 0x000700f5, 0x0000004c, 0x000000a0, 0x00000099, 0x00000082, 0x0000004d, 0x0000009a,
    0x000300f7, 0x000000a2, 0x00000000, 0x000400fa, 0x000000a0, 0x000000a1, 0x000000a2, 0x000200f8,
    0x000000a1, 0x00050041, 0x00000049, 0x000000a8, 0x00000047, 0x000000a7, 0x0004003d, 0x00000006,
    0x000000a9, 0x000000a8, 0x00050080, 0x00000006, 0x000000ab, 0x000000a9, 0x00000040, 0x00050041,
    0x00000049, 0x000000ac, 0x00000047, 0x00000015, 0x0004003d, 0x00000006, 0x000000ad, 0x000000ac,
    0x000500ab, 0x0000004c, 0x000000ae, 0x000000ad, 0x00000036, 0x000300f7, 0x000000b1, 0x00000000,
    0x000400fa, 0x000000ae, 0x000000b0, 0x000000b8, 0x000200f8, 0x000000b0, 0x00060041, 0x00000020,
    0x000000b6, 0x000000a6, 0x00000013, 0x000000ab, 0x0004003d, 0x00000008, 0x000000b7, 0x000000b6,
    0x000200f9, 0x000000b1, 0x000200f8, 0x000000b8, 0x000200f9, 0x000000b1, 0x000200f8, 0x000000b1,
    0x000700f5, 0x00000008, 0x000000cf, 0x000000b7, 0x000000b0, 0x00000043, 0x000000b8, 0x0004003d,
    0x00000008, 0x000000bc, 0x0000007c, 0x00050081, 0x00000008, 0x000000bd, 0x000000cf, 0x000000bc,
    0x00060041, 0x00000020, 0x000000be, 0x000000a6, 0x00000013, 0x000000ab, 0x0003003e, 0x000000be,
    0x000000bd, 0x000200f9, 0x000000a2, 0x000200f8, 0x000000a2, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_lowbit[2702] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000502, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000001e1, 0x000001e9, 0x000001ec,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001a,
    0x00000001, 0x00000000, 0x00040047, 0x00000028, 0x00000001, 0x00000001, 0x00040047, 0x0000003b,
    0x00000006, 0x00000004, 0x00040048, 0x0000003c, 0x00000000, 0x00000018, 0x00050048, 0x0000003c,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000003c, 0x00000002, 0x00040047, 0x0000003e,
    0x00000022, 0x00000000, 0x00040047, 0x0000003e, 0x00000021, 0x00000000, 0x00040047, 0x000000a3,
    0x00000006, 0x00000004, 0x00040048, 0x000000a4, 0x00000000, 0x00000018, 0x00050048, 0x000000a4,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000a4, 0x00000002, 0x00040047, 0x000000a6,
    0x00000022, 0x00000000, 0x00040047, 0x000000a6, 0x00000021, 0x00000001, 0x00040047, 0x000001e1,
    0x0000000b, 0x0000001d, 0x00040047, 0x000001e9, 0x0000000b, 0x0000001a, 0x00040047, 0x000001ec,
    0x0000000b, 0x00000018, 0x00050048, 0x000001f9, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000001f9, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000001f9, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000001f9, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000001f9,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000001f9, 0x00000002, 0x00040047, 0x00000254,
    0x00000006, 0x00000004, 0x00050048, 0x00000255, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000255, 0x00000002, 0x00040047, 0x00000257, 0x00000022, 0x00000000, 0x00040047, 0x00000257,
    0x00000021, 0x00000002, 0x00040047, 0x00000270, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x00000014, 0x00000020, 0x00040032, 0x00000006, 0x0000001a, 0x00000000, 0x0004002b, 0x00000006,
    0x0000001b, 0x00000001, 0x00020014, 0x0000001c, 0x00060034, 0x0000001c, 0x0000001d, 0x000000aa,
    0x0000001a, 0x0000001b, 0x0004002b, 0x00000006, 0x0000001e, 0x00000006, 0x00060034, 0x0000001c,
    0x0000001f, 0x000000aa, 0x0000001a, 0x0000001e, 0x00060034, 0x0000001c, 0x00000020, 0x000000a6,
    0x0000001d, 0x0000001f, 0x0004002b, 0x00000006, 0x00000021, 0x00000004, 0x0004002b, 0x00000006,
    0x00000022, 0x00000002, 0x00070034, 0x00000006, 0x00000023, 0x000000a9, 0x00000020, 0x00000021,
    0x00000022, 0x00060034, 0x0000001c, 0x00000027, 0x000000b2, 0x0000001a, 0x0000001b, 0x00040032,
    0x00000006, 0x00000028, 0x00000020, 0x00060034, 0x00000006, 0x00000029, 0x00000086, 0x00000028,
    0x00000022, 0x0004002b, 0x00000006, 0x0000002a, 0x00000003, 0x00060034, 0x0000001c, 0x0000002b,
    0x000000b2, 0x0000001a, 0x0000002a, 0x00060034, 0x00000006, 0x0000002c, 0x00000086, 0x00000028,
    0x00000021, 0x00060034, 0x0000001c, 0x0000002d, 0x000000aa, 0x0000001a, 0x00000021, 0x00060034,
    0x00000006, 0x0000002e, 0x00000080, 0x00000028, 0x00000021, 0x0004002b, 0x00000006, 0x0000002f,
    0x00000005, 0x00060034, 0x00000006, 0x00000030, 0x00000086, 0x0000002e, 0x0000002f, 0x0004002b,
    0x00000006, 0x00000031, 0x00000008, 0x00060034, 0x00000006, 0x00000032, 0x00000086, 0x00000028,
    0x00000031, 0x00070034, 0x00000006, 0x00000033, 0x000000a9, 0x0000002d, 0x00000030, 0x00000032,
    0x00070034, 0x00000006, 0x00000034, 0x000000a9, 0x0000002b, 0x0000002c, 0x00000033, 0x00070034,
    0x00000006, 0x00000035, 0x000000a9, 0x00000027, 0x00000029, 0x00000034, 0x0003001d, 0x0000003b,
    0x00000006, 0x0003001e, 0x0000003c, 0x0000003b, 0x00040020, 0x0000003d, 0x0000000c, 0x0000003c,
    0x0004003b, 0x0000003d, 0x0000003e, 0x0000000c, 0x00040015, 0x0000003f, 0x00000020, 0x00000001,
    0x0004002b, 0x0000003f, 0x00000040, 0x00000000, 0x0004002b, 0x0000003f, 0x00000042, 0x00000002,
    0x00040020, 0x00000044, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006, 0x0000004b, 0x000000ff,
    0x0004002b, 0x00000006, 0x00000057, 0x00000000, 0x0004002b, 0x00000006, 0x00000069, 0x00000020,
    0x0004002b, 0x00000014, 0x00000077, 0x00000000, 0x00060034, 0x0000001c, 0x00000079, 0x000000b2,
    0x0000001a, 0x0000001b, 0x00060034, 0x00000006, 0x00000083, 0x00000086, 0x00000028, 0x00000022,
    0x0004002b, 0x00000006, 0x0000008e, 0x00000010, 0x0003001d, 0x000000a3, 0x00000014, 0x0003001e,
    0x000000a4, 0x000000a3, 0x00040020, 0x000000a5, 0x0000000c, 0x000000a4, 0x0004003b, 0x000000a5,
    0x000000a6, 0x0000000c, 0x00040020, 0x000000aa, 0x0000000c, 0x00000014, 0x0004002b, 0x00000006,
    0x000000b5, 0x0000000f, 0x0004002b, 0x0000003f, 0x000000bb, 0x00000004, 0x0004002b, 0x0000003f,
    0x000000ca, 0x00000001, 0x00060034, 0x0000001c, 0x000000cf, 0x000000b2, 0x0000001a, 0x0000002a,
    0x00060034, 0x00000006, 0x000000d9, 0x00000086, 0x00000028, 0x00000021, 0x00060034, 0x00000006,
    0x000000f8, 0x00000086, 0x00000028, 0x00000021, 0x00060034, 0x0000001c, 0x00000114, 0x000000aa,
    0x0000001a, 0x00000021, 0x00060034, 0x00000006, 0x00000155, 0x00000086, 0x00000028, 0x00000031,
    0x00060034, 0x0000001c, 0x0000017e, 0x000000aa, 0x0000001a, 0x00000022, 0x0004002b, 0x00000014,
    0x0000018e, 0x43600000, 0x0004002b, 0x0000003f, 0x0000019a, 0x00000018, 0x00040017, 0x000001a2,
    0x00000014, 0x00000002, 0x00060034, 0x0000001c, 0x000001a9, 0x000000aa, 0x0000001a, 0x00000057,
    0x0004002b, 0x00000014, 0x000001ae, 0xc1000000, 0x00060034, 0x0000001c, 0x000001b3, 0x000000aa,
    0x0000001a, 0x0000001b, 0x00060034, 0x0000001c, 0x000001bb, 0x000000b2, 0x0000001a, 0x00000021,
    0x00060034, 0x0000001c, 0x000001c4, 0x000000aa, 0x0000001a, 0x0000002f, 0x0004002b, 0x00000014,
    0x000001c7, 0xc0000000, 0x00040020, 0x000001e0, 0x00000001, 0x00000006, 0x0004003b, 0x000001e0,
    0x000001e1, 0x00000001, 0x00040017, 0x000001e7, 0x00000006, 0x00000003, 0x00040020, 0x000001e8,
    0x00000001, 0x000001e7, 0x0004003b, 0x000001e8, 0x000001e9, 0x00000001, 0x0004003b, 0x000001e8,
    0x000001ec, 0x00000001, 0x0007001e, 0x000001f9, 0x00000006, 0x00000006, 0x00000006, 0x00000006,
    0x00000006, 0x00040020, 0x000001fa, 0x00000009, 0x000001f9, 0x0004003b, 0x000001fa, 0x000001fb,
    0x00000009, 0x00040020, 0x000001fc, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x00000227,
    0x00000040, 0x0004001c, 0x00000228, 0x00000014, 0x00000227, 0x00040020, 0x00000229, 0x00000004,
    0x00000228, 0x0004003b, 0x00000229, 0x0000022a, 0x00000004, 0x00040020, 0x0000022d, 0x00000004,
    0x00000014, 0x0004002b, 0x00000006, 0x0000022f, 0x00000108, 0x0003001d, 0x00000254, 0x00000014,
    0x0003001e, 0x00000255, 0x00000254, 0x00040020, 0x00000256, 0x0000000c, 0x00000255, 0x0004003b,
    0x00000256, 0x00000257, 0x0000000c, 0x0004002b, 0x0000003f, 0x00000258, 0x00000003, 0x0006002c,
    0x000001e7, 0x00000270, 0x00000227, 0x0000001b, 0x0000001b, 0x0004002b, 0x00000014, 0x0000047f,
    0x3d800000, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005,
    0x0004003d, 0x00000006, 0x000001e2, 0x000001e1, 0x00050089, 0x00000006, 0x000001e5, 0x000001e2,
    0x00000031, 0x00050041, 0x000001e0, 0x000001ea, 0x000001e9, 0x0000001b, 0x0004003d, 0x00000006,
    0x000001eb, 0x000001ea, 0x00050041, 0x000001e0, 0x000001ed, 0x000001ec, 0x00000057, 0x0004003d,
    0x00000006, 0x000001ee, 0x000001ed, 0x00050084, 0x00000006, 0x000001ef, 0x000001eb, 0x000001ee,
    0x00050041, 0x000001e0, 0x000001f0, 0x000001e9, 0x00000057, 0x0004003d, 0x00000006, 0x000001f1,
    0x000001f0, 0x00050080, 0x00000006, 0x000001f2, 0x000001ef, 0x000001f1, 0x00050084, 0x00000006,
    0x000001f3, 0x000001f2, 0x00000031, 0x00050086, 0x00000006, 0x000001f5, 0x000001e2, 0x00000031,
    0x00050080, 0x00000006, 0x000001f6, 0x000001f3, 0x000001f5, 0x00050041, 0x000001fc, 0x000001fd,
    0x000001fb, 0x000000ca, 0x0004003d, 0x00000006, 0x000001fe, 0x000001fd, 0x000500b0, 0x0000001c,
    0x000001ff, 0x000001f6, 0x000001fe, 0x000300f7, 0x00000201, 0x00000000, 0x000400fa, 0x000001ff,
    0x00000200, 0x00000201, 0x000200f8, 0x00000200, 0x00050041, 0x000001fc, 0x00000203, 0x000001fb,
    0x00000040, 0x0004003d, 0x00000006, 0x00000204, 0x00000203, 0x00050086, 0x00000006, 0x00000205,
    0x00000204, 0x00000028, 0x00050041, 0x000001fc, 0x00000207, 0x000001fb, 0x000000bb, 0x0004003d,
    0x00000006, 0x00000208, 0x00000207, 0x00050084, 0x00000006, 0x0000020b, 0x000001f6, 0x00000205,
    0x00050080, 0x00000006, 0x00000276, 0x00000023, 0x00000035, 0x00050084, 0x00000006, 0x0000020d,
    0x0000020b, 0x00000276, 0x00050080, 0x00000006, 0x0000020e, 0x00000208, 0x0000020d, 0x000200f9,
    0x00000211, 0x000200f8, 0x00000211, 0x000700f5, 0x00000014, 0x00000482, 0x00000077, 0x00000200,
    0x00000224, 0x00000214, 0x000700f5, 0x00000006, 0x00000480, 0x000001e5, 0x00000200, 0x00000226,
    0x00000214, 0x000500b0, 0x0000001c, 0x00000218, 0x00000480, 0x00000205, 0x000400f6, 0x00000213,
    0x00000214, 0x00000000, 0x000400fa, 0x00000218, 0x00000212, 0x00000213, 0x000200f8, 0x00000212,
    0x00050084, 0x00000006, 0x0000021c, 0x00000480, 0x00000276, 0x00050080, 0x00000006, 0x0000021d,
    0x0000020e, 0x0000021c, 0x00050084, 0x00000006, 0x0000021f, 0x00000480, 0x00000028, 0x00050080,
    0x00000006, 0x000002a8, 0x0000021d, 0x00000023, 0x000300f7, 0x00000385, 0x00000000, 0x000400fa,
    0x00000079, 0x000002a9, 0x000002ea, 0x000200f8, 0x000002a9, 0x000200f9, 0x000002aa, 0x000200f8,
    0x000002aa, 0x000700f5, 0x00000014, 0x000004c9, 0x00000077, 0x000002a9, 0x00000501, 0x000002e6,
    0x000700f5, 0x00000014, 0x000004b9, 0x00000077, 0x000002a9, 0x000004ff, 0x000002e6, 0x000700f5,
    0x00000006, 0x000004ae, 0x00000057, 0x000002a9, 0x000002e8, 0x000002e6, 0x000500b0, 0x0000001c,
    0x000002ad, 0x000004ae, 0x00000083, 0x000400f6, 0x000002e9, 0x000002e6, 0x00000000, 0x000400fa,
    0x000002ad, 0x000002ae, 0x000002e9, 0x000200f8, 0x000002ae, 0x00050080, 0x00000006, 0x000002b1,
    0x000002a8, 0x000004ae, 0x000500c7, 0x00000006, 0x000003d9, 0x000002b1, 0x0000002a, 0x00050084,
    0x00000006, 0x000003da, 0x000003d9, 0x00000031, 0x000500c2, 0x00000006, 0x000003dc, 0x000002b1,
    0x00000042, 0x000500aa, 0x0000001c, 0x000003de, 0x000003da, 0x00000057, 0x000300f7, 0x000003f1,
    0x00000000, 0x000400fa, 0x000003de, 0x000003df, 0x000003e3, 0x000200f8, 0x000003df, 0x00060041,
    0x00000044, 0x000003e1, 0x0000003e, 0x00000040, 0x000003dc, 0x0004003d, 0x00000006, 0x000003e2,
    0x000003e1, 0x000200f9, 0x000003f1, 0x000200f8, 0x000003e3, 0x00060041, 0x00000044, 0x000003e5,
    0x0000003e, 0x00000040, 0x000003dc, 0x0004003d, 0x00000006, 0x000003e6, 0x000003e5, 0x000500c2,
    0x00000006, 0x000003e8, 0x000003e6, 0x000003da, 0x00050080, 0x00000006, 0x000003ea, 0x000003dc,
    0x0000001b, 0x00060041, 0x00000044, 0x000003eb, 0x0000003e, 0x00000040, 0x000003ea, 0x0004003d,
    0x00000006, 0x000003ec, 0x000003eb, 0x00050082, 0x00000006, 0x000003ee, 0x00000069, 0x000003da,
    0x000500c4, 0x00000006, 0x000003ef, 0x000003ec, 0x000003ee, 0x000500c5, 0x00000006, 0x000003f0,
    0x000003e8, 0x000003ef, 0x000200f9, 0x000003f1, 0x000200f8, 0x000003f1, 0x000700f5, 0x00000006,
    0x000004fb, 0x000003e2, 0x000003df, 0x000003f0, 0x000003e3, 0x00050086, 0x00000006, 0x000002b5,
    0x000004ae, 0x0000008e, 0x00050084, 0x00000006, 0x000002b6, 0x00000069, 0x000002b5, 0x00050080,
    0x00000006, 0x000002b7, 0x0000021f, 0x000002b6, 0x00050089, 0x00000006, 0x000002b9, 0x000004ae,
    0x0000008e, 0x00050080, 0x00000006, 0x000002ba, 0x000002b7, 0x000002b9, 0x000200f9, 0x000002bb,
    0x000200f8, 0x000002bb, 0x000700f5, 0x00000014, 0x00000501, 0x000004c9, 0x000003f1, 0x000002e1,
    0x000002bf, 0x000700f5, 0x00000014, 0x000004ff, 0x000004b9, 0x000003f1, 0x000002dc, 0x000002bf,
    0x000700f5, 0x00000006, 0x000004fd, 0x00000057, 0x000003f1, 0x000002e4, 0x000002bf, 0x000500b0,
    0x0000001c, 0x000002be, 0x000004fd, 0x00000021, 0x000400f6, 0x000002e5, 0x000002bf, 0x00000000,
    0x000400fa, 0x000002be, 0x000002bf, 0x000002e5, 0x000200f8, 0x000002bf, 0x00050084, 0x00000006,
    0x000002c2, 0x00000031, 0x000004fd, 0x000500c2, 0x00000006, 0x000002c3, 0x000004fb, 0x000002c2,
    0x00050080, 0x00000006, 0x000002c6, 0x000002ba, 0x000004fd, 0x00060041, 0x000000aa, 0x000002c7,
    0x000000a6, 0x00000040, 0x000002c6, 0x0004003d, 0x00000014, 0x000002c8, 0x000002c7, 0x00050080,
    0x00000006, 0x000002cc, 0x000002c6, 0x0000008e, 0x00060041, 0x000000aa, 0x000002cd, 0x000000a6,
    0x00000040, 0x000002cc, 0x0004003d, 0x00000014, 0x000002ce, 0x000002cd, 0x000500c7, 0x00000006,
    0x000002d0, 0x000002c3, 0x000000b5, 0x00040070, 0x00000014, 0x000002d1, 0x000002d0, 0x000500c2,
    0x00000006, 0x000002d5, 0x000002c3, 0x000000bb, 0x000500c7, 0x00000006, 0x000002d6, 0x000002d5,
    0x000000b5, 0x00040070, 0x00000014, 0x000002d7, 0x000002d6, 0x00050085, 0x00000014, 0x000002d9,
    0x000002d7, 0x000002ce, 0x0008000c, 0x00000014, 0x000002da, 0x00000001, 0x00000032, 0x000002d1,
    0x000002c8, 0x000002d9, 0x00050081, 0x00000014, 0x000002dc, 0x000004ff, 0x000002da, 0x00050081,
    0x00000014, 0x000002df, 0x000002c8, 0x000002ce, 0x00050081, 0x00000014, 0x000002e1, 0x00000501,
    0x000002df, 0x00050080, 0x00000006, 0x000002e4, 0x000004fd, 0x000000ca, 0x000200f9, 0x000002bb,
    0x000200f8, 0x000002e5, 0x000200f9, 0x000002e6, 0x000200f8, 0x000002e6, 0x00050080, 0x00000006,
    0x000002e8, 0x000004ae, 0x00000021, 0x000200f9, 0x000002aa, 0x000200f8, 0x000002e9, 0x000200f9,
    0x00000385, 0x000200f8, 0x000002ea, 0x000300f7, 0x00000384, 0x00000000, 0x000400fa, 0x000000cf,
    0x000002eb, 0x00000325, 0x000200f8, 0x000002eb, 0x000200f9, 0x000002ec, 0x000200f8, 0x000002ec,
    0x000700f5, 0x00000006, 0x0000049e, 0x00000057, 0x000002eb, 0x00000323, 0x00000321, 0x000700f5,
    0x00000014, 0x000004ad, 0x00000077, 0x000002eb, 0x000004ab, 0x00000321, 0x000700f5, 0x00000014,
    0x000004a9, 0x00000077, 0x000002eb, 0x000004a7, 0x00000321, 0x000500b0, 0x0000001c, 0x000002ef,
    0x0000049e, 0x000000d9, 0x000400f6, 0x00000324, 0x00000321, 0x00000000, 0x000400fa, 0x000002ef,
    0x000002f0, 0x00000324, 0x000200f8, 0x000002f0, 0x00050080, 0x00000006, 0x000002f3, 0x000002a8,
    0x0000049e, 0x000500c7, 0x00000006, 0x000003f9, 0x000002f3, 0x0000002a, 0x00050084, 0x00000006,
    0x000003fa, 0x000003f9, 0x00000031, 0x000500c2, 0x00000006, 0x000003fc, 0x000002f3, 0x00000042,
    0x000500aa, 0x0000001c, 0x000003fe, 0x000003fa, 0x00000057, 0x000300f7, 0x00000411, 0x00000000,
    0x000400fa, 0x000003fe, 0x000003ff, 0x00000403, 0x000200f8, 0x000003ff, 0x00060041, 0x00000044,
    0x00000401, 0x0000003e, 0x00000040, 0x000003fc, 0x0004003d, 0x00000006, 0x00000402, 0x00000401,
    0x000200f9, 0x00000411, 0x000200f8, 0x00000403, 0x00060041, 0x00000044, 0x00000405, 0x0000003e,
    0x00000040, 0x000003fc, 0x0004003d, 0x00000006, 0x00000406, 0x00000405, 0x000500c2, 0x00000006,
    0x00000408, 0x00000406, 0x000003fa, 0x00050080, 0x00000006, 0x0000040a, 0x000003fc, 0x0000001b,
    0x00060041, 0x00000044, 0x0000040b, 0x0000003e, 0x00000040, 0x0000040a, 0x0004003d, 0x00000006,
    0x0000040c, 0x0000040b, 0x00050082, 0x00000006, 0x0000040e, 0x00000069, 0x000003fa, 0x000500c4,
    0x00000006, 0x0000040f, 0x0000040c, 0x0000040e, 0x000500c5, 0x00000006, 0x00000410, 0x00000408,
    0x0000040f, 0x000200f9, 0x00000411, 0x000200f8, 0x00000411, 0x000700f5, 0x00000006, 0x0000049f,
    0x00000402, 0x000003ff, 0x00000410, 0x00000403, 0x000200f9, 0x000002f5, 0x000200f8, 0x000002f5,
    0x000700f5, 0x00000006, 0x000004a0, 0x00000057, 0x00000411, 0x0000031f, 0x0000031d, 0x000700f5,
    0x00000014, 0x000004ab, 0x000004ad, 0x00000411, 0x000004aa, 0x0000031d, 0x000700f5, 0x00000014,
    0x000004a7, 0x000004a9, 0x00000411, 0x000004a6, 0x0000031d, 0x000500b0, 0x0000001c, 0x000002f8,
    0x000004a0, 0x00000021, 0x000400f6, 0x00000320, 0x0000031d, 0x00000000, 0x000400fa, 0x000002f8,
    0x000002f9, 0x00000320, 0x000200f8, 0x000002f9, 0x000200f9, 0x000002fa, 0x000200f8, 0x000002fa,
    0x000700f5, 0x00000014, 0x000004aa, 0x000004ab, 0x000002f9, 0x00000318, 0x000002fe, 0x000700f5,
    0x00000014, 0x000004a6, 0x000004a7, 0x000002f9, 0x00000315, 0x000002fe, 0x000700f5, 0x00000006,
    0x000004a3, 0x00000057, 0x000002f9, 0x0000031b, 0x000002fe, 0x000500b0, 0x0000001c, 0x000002fd,
    0x000004a3, 0x00000021, 0x000400f6, 0x0000031c, 0x000002fe, 0x00000000, 0x000400fa, 0x000002fd,
    0x000002fe, 0x0000031c, 0x000200f8, 0x000002fe, 0x00050080, 0x00000006, 0x00000301, 0x0000021f,
    0x0000049e, 0x00050080, 0x00000006, 0x00000303, 0x00000301, 0x000004a3, 0x00050084, 0x00000006,
    0x00000305, 0x000004a0, 0x000000f8, 0x00050080, 0x00000006, 0x00000306, 0x00000303, 0x00000305,
    0x00060041, 0x000000aa, 0x00000307, 0x000000a6, 0x00000040, 0x00000306, 0x0004003d, 0x00000014,
    0x00000308, 0x00000307, 0x00050084, 0x00000006, 0x0000030b, 0x00000031, 0x000004a3, 0x00050084,
    0x00000006, 0x0000030d, 0x00000022, 0x000004a0, 0x00050080, 0x00000006, 0x0000030e, 0x0000030b,
    0x0000030d, 0x000500c2, 0x00000006, 0x0000030f, 0x0000049f, 0x0000030e, 0x000500c7, 0x00000006,
    0x00000310, 0x0000030f, 0x0000002a, 0x00040070, 0x00000014, 0x00000311, 0x00000310, 0x0008000c,
    0x00000014, 0x00000315, 0x00000001, 0x00000032, 0x00000311, 0x00000308, 0x000004a6, 0x00050081,
    0x00000014, 0x00000318, 0x000004aa, 0x00000308, 0x00050080, 0x00000006, 0x0000031b, 0x000004a3,
    0x000000ca, 0x000200f9, 0x000002fa, 0x000200f8, 0x0000031c, 0x000200f9, 0x0000031d, 0x000200f8,
    0x0000031d, 0x00050080, 0x00000006, 0x0000031f, 0x000004a0, 0x000000ca, 0x000200f9, 0x000002f5,
    0x000200f8, 0x00000320, 0x000200f9, 0x00000321, 0x000200f8, 0x00000321, 0x00050080, 0x00000006,
    0x00000323, 0x0000049e, 0x00000021, 0x000200f9, 0x000002ec, 0x000200f8, 0x00000324, 0x000200f9,
    0x00000384, 0x000200f8, 0x00000325, 0x000300f7, 0x00000383, 0x00000000, 0x000400fa, 0x00000114,
    0x00000326, 0x00000358, 0x000200f8, 0x00000326, 0x000200f9, 0x00000327, 0x000200f8, 0x00000327,
    0x000700f5, 0x00000006, 0x00000491, 0x00000057, 0x00000326, 0x00000356, 0x00000354, 0x000700f5,
    0x00000014, 0x0000049d, 0x00000077, 0x00000326, 0x0000049c, 0x00000354, 0x000700f5, 0x00000014,
    0x0000049a, 0x00000077, 0x00000326, 0x00000499, 0x00000354, 0x000500b0, 0x0000001c, 0x0000032a,
    0x00000491, 0x00000028, 0x000400f6, 0x00000357, 0x00000354, 0x00000000, 0x000400fa, 0x0000032a,
    0x0000032b, 0x00000357, 0x000200f8, 0x0000032b, 0x00050086, 0x00000006, 0x0000032e, 0x00000491,
    0x0000002f, 0x00050080, 0x00000006, 0x0000032f, 0x000002a8, 0x0000032e, 0x000500c2, 0x00000006,
    0x00000416, 0x0000032f, 0x00000042, 0x00060041, 0x00000044, 0x00000417, 0x0000003e, 0x00000040,
    0x00000416, 0x0004003d, 0x00000006, 0x00000418, 0x00000417, 0x000500c7, 0x00000006, 0x0000041a,
    0x0000032f, 0x0000002a, 0x00050084, 0x00000006, 0x0000041b, 0x0000041a, 0x00000031, 0x000500c2,
    0x00000006, 0x0000041c, 0x00000418, 0x0000041b, 0x000500c7, 0x00000006, 0x0000041d, 0x0000041c,
    0x0000004b, 0x000200f9, 0x00000331, 0x000200f8, 0x00000331, 0x000700f5, 0x00000014, 0x0000049c,
    0x0000049d, 0x0000032b, 0x0000034d, 0x0000033c, 0x000700f5, 0x00000014, 0x00000499, 0x0000049a,
    0x0000032b, 0x0000034a, 0x0000033c, 0x000700f5, 0x00000006, 0x00000497, 0x0000041d, 0x0000032b,
    0x00000352, 0x0000033c, 0x000700f5, 0x00000006, 0x00000492, 0x00000057, 0x0000032b, 0x00000350,
    0x0000033c, 0x000400f6, 0x00000353, 0x0000033c, 0x00000000, 0x000200f9, 0x00000332, 0x000200f8,
    0x00000332, 0x000500b0, 0x0000001c, 0x00000334, 0x00000492, 0x0000002f, 0x000300f7, 0x0000033a,
    0x00000000, 0x000400fa, 0x00000334, 0x00000335, 0x0000033a, 0x000200f8, 0x00000335, 0x00050080,
    0x00000006, 0x00000338, 0x00000491, 0x00000492, 0x000500b0, 0x0000001c, 0x00000339, 0x00000338,
    0x00000028, 0x000200f9, 0x0000033a, 0x000200f8, 0x0000033a, 0x000700f5, 0x0000001c, 0x0000033b,
    0x00000334, 0x00000332, 0x00000339, 0x00000335, 0x000400fa, 0x0000033b, 0x0000033c, 0x00000353,
    0x000200f8, 0x0000033c, 0x00050080, 0x00000006, 0x0000033f, 0x0000021f, 0x00000491, 0x00050080,
    0x00000006, 0x00000341, 0x0000033f, 0x00000492, 0x00060041, 0x000000aa, 0x00000342, 0x000000a6,
    0x00000040, 0x00000341, 0x0004003d, 0x00000014, 0x00000343, 0x00000342, 0x00050089, 0x00000006,
    0x00000345, 0x00000497, 0x0000002a, 0x00040070, 0x00000014, 0x00000346, 0x00000345, 0x0008000c,
    0x00000014, 0x0000034a, 0x00000001, 0x00000032, 0x00000346, 0x00000343, 0x00000499, 0x00050081,
    0x00000014, 0x0000034d, 0x0000049c, 0x00000343, 0x00050080, 0x00000006, 0x00000350, 0x00000492,
    0x000000ca, 0x00050086, 0x00000006, 0x00000352, 0x00000497, 0x0000002a, 0x000200f9, 0x00000331,
    0x000200f8, 0x00000353, 0x000200f9, 0x00000354, 0x000200f8, 0x00000354, 0x00050080, 0x00000006,
    0x00000356, 0x00000491, 0x0000002f, 0x000200f9, 0x00000327, 0x000200f8, 0x00000357, 0x000200f9,
    0x00000383, 0x000200f8, 0x00000358, 0x000200f9, 0x00000359, 0x000200f8, 0x00000359, 0x000700f5,
    0x00000006, 0x00000486, 0x00000057, 0x00000358, 0x00000381, 0x0000037f, 0x000700f5, 0x00000014,
    0x00000490, 0x00000077, 0x00000358, 0x0000048e, 0x0000037f, 0x000700f5, 0x00000014, 0x0000048d,
    0x00000077, 0x00000358, 0x0000048b, 0x0000037f, 0x000500b0, 0x0000001c, 0x0000035c, 0x00000486,
    0x00000155, 0x000400f6, 0x00000382, 0x0000037f, 0x00000000, 0x000400fa, 0x0000035c, 0x0000035d,
    0x00000382, 0x000200f8, 0x0000035d, 0x00050080, 0x00000006, 0x00000360, 0x000002a8, 0x00000486,
    0x000500c7, 0x00000006, 0x00000424, 0x00000360, 0x0000002a, 0x00050084, 0x00000006, 0x00000425,
    0x00000424, 0x00000031, 0x000500c2, 0x00000006, 0x00000427, 0x00000360, 0x00000042, 0x000500aa,
    0x0000001c, 0x00000429, 0x00000425, 0x00000057, 0x000300f7, 0x0000043c, 0x00000000, 0x000400fa,
    0x00000429, 0x0000042a, 0x0000042e, 0x000200f8, 0x0000042a, 0x00060041, 0x00000044, 0x0000042c,
    0x0000003e, 0x00000040, 0x00000427, 0x0004003d, 0x00000006, 0x0000042d, 0x0000042c, 0x000200f9,
    0x0000043c, 0x000200f8, 0x0000042e, 0x00060041, 0x00000044, 0x00000430, 0x0000003e, 0x00000040,
    0x00000427, 0x0004003d, 0x00000006, 0x00000431, 0x00000430, 0x000500c2, 0x00000006, 0x00000433,
    0x00000431, 0x00000425, 0x00050080, 0x00000006, 0x00000435, 0x00000427, 0x0000001b, 0x00060041,
    0x00000044, 0x00000436, 0x0000003e, 0x00000040, 0x00000435, 0x0004003d, 0x00000006, 0x00000437,
    0x00000436, 0x00050082, 0x00000006, 0x00000439, 0x00000069, 0x00000425, 0x000500c4, 0x00000006,
    0x0000043a, 0x00000437, 0x00000439, 0x000500c5, 0x00000006, 0x0000043b, 0x00000433, 0x0000043a,
    0x000200f9, 0x0000043c, 0x000200f8, 0x0000043c, 0x000700f5, 0x00000006, 0x00000487, 0x0000042d,
    0x0000042a, 0x0000043b, 0x0000042e, 0x000200f9, 0x00000362, 0x000200f8, 0x00000362, 0x000700f5,
    0x00000014, 0x0000048e, 0x00000490, 0x0000043c, 0x0000037a, 0x00000366, 0x000700f5, 0x00000014,
    0x0000048b, 0x0000048d, 0x0000043c, 0x00000377, 0x00000366, 0x000700f5, 0x00000006, 0x00000488,
    0x00000057, 0x0000043c, 0x0000037d, 0x00000366, 0x000500b0, 0x0000001c, 0x00000365, 0x00000488,
    0x00000069, 0x000400f6, 0x0000037e, 0x00000366, 0x00000000, 0x000400fa, 0x00000365, 0x00000366,
    0x0000037e, 0x000200f8, 0x00000366, 0x00050084, 0x00000006, 0x00000369, 0x00000031, 0x00000486,
    0x00050080, 0x00000006, 0x0000036a, 0x0000021f, 0x00000369, 0x00050080, 0x00000006, 0x0000036c,
    0x0000036a, 0x00000488, 0x00060041, 0x000000aa, 0x0000036d, 0x000000a6, 0x00000040, 0x0000036c,
    0x0004003d, 0x00000014, 0x0000036e, 0x0000036d, 0x000500c2, 0x00000006, 0x00000371, 0x00000487,
    0x00000488, 0x000500c7, 0x00000006, 0x00000372, 0x00000371, 0x0000001b, 0x00040070, 0x00000014,
    0x00000373, 0x00000372, 0x0008000c, 0x00000014, 0x00000377, 0x00000001, 0x00000032, 0x00000373,
    0x0000036e, 0x0000048b, 0x00050081, 0x00000014, 0x0000037a, 0x0000048e, 0x0000036e, 0x00050080,
    0x00000006, 0x0000037d, 0x00000488, 0x000000ca, 0x000200f9, 0x00000362, 0x000200f8, 0x0000037e,
    0x000200f9, 0x0000037f, 0x000200f8, 0x0000037f, 0x00050080, 0x00000006, 0x00000381, 0x00000486,
    0x00000021, 0x000200f9, 0x00000359, 0x000200f8, 0x00000382, 0x000200f9, 0x00000383, 0x000200f8,
    0x00000383, 0x000700f5, 0x00000014, 0x000004cb, 0x0000049d, 0x00000357, 0x00000490, 0x00000382,
    0x000700f5, 0x00000014, 0x000004bb, 0x0000049a, 0x00000357, 0x0000048d, 0x00000382, 0x000200f9,
    0x00000384, 0x000200f8, 0x00000384, 0x000700f5, 0x00000014, 0x000004ca, 0x000004ad, 0x00000324,
    0x000004cb, 0x00000383, 0x000700f5, 0x00000014, 0x000004ba, 0x000004a9, 0x00000324, 0x000004bb,
    0x00000383, 0x000200f9, 0x00000385, 0x000200f8, 0x00000385, 0x000700f5, 0x00000014, 0x000004c8,
    0x000004c9, 0x000002e9, 0x000004ca, 0x00000384, 0x000700f5, 0x00000014, 0x000004b8, 0x000004b9,
    0x000002e9, 0x000004ba, 0x00000384, 0x000300f7, 0x000003c9, 0x00000000, 0x000400fa, 0x0000017e,
    0x00000386, 0x0000039e, 0x000200f8, 0x00000386, 0x000500c2, 0x00000006, 0x00000441, 0x0000021d,
    0x00000042, 0x00060041, 0x00000044, 0x00000442, 0x0000003e, 0x00000040, 0x00000441, 0x0004003d,
    0x00000006, 0x00000443, 0x00000442, 0x000500c7, 0x00000006, 0x00000445, 0x0000021d, 0x0000002a,
    0x00050084, 0x00000006, 0x00000446, 0x00000445, 0x00000031, 0x000500c2, 0x00000006, 0x00000447,
    0x00000443, 0x00000446, 0x000500c7, 0x00000006, 0x00000448, 0x00000447, 0x0000004b, 0x000500aa,
    0x0000001c, 0x0000038a, 0x00000448, 0x00000057, 0x000300f7, 0x00000392, 0x00000000, 0x000400fa,
    0x0000038a, 0x0000038b, 0x0000038c, 0x000200f8, 0x0000038b, 0x000200f9, 0x00000392, 0x000200f8,
    0x0000038c, 0x00040070, 0x00000014, 0x0000038e, 0x00000448, 0x00050083, 0x00000014, 0x0000038f,
    0x0000038e, 0x0000018e, 0x00050085, 0x00000014, 0x00000390, 0x0000038f, 0x0000047f, 0x0006000c,
    0x00000014, 0x00000391, 0x00000001, 0x0000001d, 0x00000390, 0x000200f9, 0x00000392, 0x000200f8,
    0x00000392, 0x000700f5, 0x00000014, 0x000004b0, 0x00000077, 0x0000038b, 0x00000391, 0x0000038c,
    0x00050080, 0x00000006, 0x00000396, 0x0000021d, 0x0000001b, 0x000500c2, 0x00000006, 0x0000044c,
    0x00000396, 0x00000042, 0x00060041, 0x00000044, 0x0000044d, 0x0000003e, 0x00000040, 0x0000044c,
    0x0004003d, 0x00000006, 0x0000044e, 0x0000044d, 0x000500c7, 0x00000006, 0x00000450, 0x00000396,
    0x0000002a, 0x00050084, 0x00000006, 0x00000451, 0x00000450, 0x00000031, 0x000500c2, 0x00000006,
    0x00000452, 0x0000044e, 0x00000451, 0x000500c7, 0x00000006, 0x00000453, 0x00000452, 0x0000004b,
    0x000500c4, 0x00000006, 0x00000398, 0x00000453, 0x0000019a, 0x0004007c, 0x0000003f, 0x00000399,
    0x00000398, 0x000500c3, 0x0000003f, 0x0000039a, 0x00000399, 0x0000019a, 0x0004006f, 0x00000014,
    0x0000039b, 0x0000039a, 0x00050085, 0x00000014, 0x0000039c, 0x000004b0, 0x0000039b, 0x00050085,
    0x00000014, 0x0000039d, 0x0000039c, 0x0000047f, 0x000200f9, 0x000003c9, 0x000200f8, 0x0000039e,
    0x000500c7, 0x00000006, 0x0000045a, 0x0000021d, 0x0000002a, 0x00050084, 0x00000006, 0x0000045b,
    0x0000045a, 0x00000031, 0x000500c2, 0x00000006, 0x0000045d, 0x0000021d, 0x00000042, 0x000500aa,
    0x0000001c, 0x0000045f, 0x0000045b, 0x00000057, 0x000300f7, 0x00000472, 0x00000000, 0x000400fa,
    0x0000045f, 0x00000460, 0x00000464, 0x000200f8, 0x00000460, 0x00060041, 0x00000044, 0x00000462,
    0x0000003e, 0x00000040, 0x0000045d, 0x0004003d, 0x00000006, 0x00000463, 0x00000462, 0x000200f9,
    0x00000472, 0x000200f8, 0x00000464, 0x00060041, 0x00000044, 0x00000466, 0x0000003e, 0x00000040,
    0x0000045d, 0x0004003d, 0x00000006, 0x00000467, 0x00000466, 0x000500c2, 0x00000006, 0x00000469,
    0x00000467, 0x0000045b, 0x00050080, 0x00000006, 0x0000046b, 0x0000045d, 0x0000001b, 0x00060041,
    0x00000044, 0x0000046c, 0x0000003e, 0x00000040, 0x0000046b, 0x0004003d, 0x00000006, 0x0000046d,
    0x0000046c, 0x00050082, 0x00000006, 0x0000046f, 0x00000069, 0x0000045b, 0x000500c4, 0x00000006,
    0x00000470, 0x0000046d, 0x0000046f, 0x000500c5, 0x00000006, 0x00000471, 0x00000469, 0x00000470,
    0x000200f9, 0x00000472, 0x000200f8, 0x00000472, 0x000700f5, 0x00000006, 0x000004af, 0x00000463,
    0x00000460, 0x00000471, 0x00000464, 0x0006000c, 0x000001a2, 0x000003a1, 0x00000001, 0x0000003e,
    0x000004af, 0x000300f7, 0x000003c8, 0x00000000, 0x000400fa, 0x000001a9, 0x000003a2, 0x000003a8,
    0x000200f8, 0x000003a2, 0x00050051, 0x00000014, 0x000003a4, 0x000003a1, 0x00000000, 0x00050085,
    0x00000014, 0x000003a7, 0x000001ae, 0x000003a4, 0x000200f9, 0x000003c8, 0x000200f8, 0x000003a8,
    0x000300f7, 0x000003c7, 0x00000000, 0x000400fa, 0x000001b3, 0x000003a9, 0x000003ae, 0x000200f8,
    0x000003a9, 0x00050051, 0x00000014, 0x000003ab, 0x000003a1, 0x00000000, 0x00050051, 0x00000014,
    0x000003ad, 0x000003a1, 0x00000001, 0x000200f9, 0x000003c7, 0x000200f8, 0x000003ae, 0x000300f7,
    0x000003c6, 0x00000000, 0x000400fa, 0x000001bb, 0x000003af, 0x000003b5, 0x000200f8, 0x000003af,
    0x00050051, 0x00000014, 0x000003b1, 0x000003a1, 0x00000000, 0x0004007f, 0x00000014, 0x000003b4,
    0x000003b1, 0x000200f9, 0x000003c6, 0x000200f8, 0x000003b5, 0x00050051, 0x00000014, 0x000003b8,
    0x000003a1, 0x00000000, 0x00050085, 0x00000014, 0x000003b9, 0x000001c7, 0x000003b8, 0x000300f7,
    0x000003c5, 0x00000000, 0x000400fa, 0x000001c4, 0x000003b6, 0x000003bc, 0x000200f8, 0x000003b6,
    0x000200f9, 0x000003c5, 0x000200f8, 0x000003bc, 0x00050051, 0x00000014, 0x000003c3, 0x000003a1,
    0x00000001, 0x00050081, 0x00000014, 0x000003c4, 0x000003b8, 0x000003c3, 0x000200f9, 0x000003c5,
    0x000200f8, 0x000003c5, 0x000700f5, 0x00000014, 0x000004c5, 0x000003b8, 0x000003b6, 0x000003c4,
    0x000003bc, 0x000200f9, 0x000003c6, 0x000200f8, 0x000003c6, 0x000700f5, 0x00000014, 0x000004c4,
    0x000003b4, 0x000003af, 0x000004c5, 0x000003c5, 0x000700f5, 0x00000014, 0x000004b4, 0x000003b1,
    0x000003af, 0x000003b9, 0x000003c5, 0x000200f9, 0x000003c7, 0x000200f8, 0x000003c7, 0x000700f5,
    0x00000014, 0x000004c3, 0x000003ad, 0x000003a9, 0x000004c4, 0x000003c6, 0x000700f5, 0x00000014,
    0x000004b3, 0x000003ab, 0x000003a9, 0x000004b4, 0x000003c6, 0x000200f9, 0x000003c8, 0x000200f8,
    0x000003c8, 0x000700f5, 0x00000014, 0x000004c2, 0x000003a7, 0x000003a2, 0x000004c3, 0x000003c7,
    0x000700f5, 0x00000014, 0x000004b2, 0x000003a4, 0x000003a2, 0x000004b3, 0x000003c7, 0x000200f9,
    0x000003c9, 0x000200f8, 0x000003c9, 0x000700f5, 0x00000014, 0x000004c1, 0x0000039d, 0x00000392,
    0x000004c2, 0x000003c8, 0x000700f5, 0x00000014, 0x000004b1, 0x000004b0, 0x00000392, 0x000004b2,
    0x000003c8, 0x00050085, 0x00000014, 0x000003cf, 0x000004c1, 0x000004c8, 0x0008000c, 0x00000014,
    0x000003d0, 0x00000001, 0x00000032, 0x000004b1, 0x000004b8, 0x000003cf, 0x00050081, 0x00000014,
    0x00000224, 0x00000482, 0x000003d0, 0x000200f9, 0x00000214, 0x000200f8, 0x00000214, 0x00050080,
    0x00000006, 0x00000226, 0x00000480, 0x00000031, 0x000200f9, 0x00000211, 0x000200f8, 0x00000213,
    0x000200f9, 0x00000201, 0x000200f8, 0x00000201, 0x000700f5, 0x00000014, 0x00000481, 0x00000077,
    0x00000005, 0x00000482, 0x00000213, 0x00050041, 0x0000022d, 0x0000022e, 0x0000022a, 0x000001e2,
    0x0003003e, 0x0000022e, 0x00000481, 0x000400e0, 0x00000022, 0x00000022, 0x0000022f, 0x000200f9,
    0x00000231, 0x000200f8, 0x00000231, 0x000700f5, 0x00000006, 0x00000483, 0x00000021, 0x00000201,
    0x00000248, 0x00000234, 0x000500ac, 0x0000001c, 0x00000237, 0x00000483, 0x00000057, 0x000400f6,
    0x00000233, 0x00000234, 0x00000000, 0x000400fa, 0x00000237, 0x00000232, 0x00000233, 0x000200f8,
    0x00000232, 0x000500b0, 0x0000001c, 0x0000023a, 0x000001e5, 0x00000483, 0x000300f7, 0x0000023c,
    0x00000000, 0x000400fa, 0x0000023a, 0x0000023b, 0x0000023c, 0x000200f8, 0x0000023b, 0x00050080,
    0x00000006, 0x00000240, 0x000001e2, 0x00000483, 0x00050041, 0x0000022d, 0x00000241, 0x0000022a,
    0x00000240, 0x0004003d, 0x00000014, 0x00000242, 0x00000241, 0x0004003d, 0x00000014, 0x00000244,
    0x0000022e, 0x00050081, 0x00000014, 0x00000245, 0x00000244, 0x00000242, 0x0003003e, 0x0000022e,
    0x00000245, 0x000200f9, 0x0000023c, 0x000200f8, 0x0000023c, 0x000400e0, 0x00000022, 0x00000022,
    0x0000022f, 0x000200f9, 0x00000234, 0x000200f8, 0x00000234, 0x000500c2, 0x00000006, 0x00000248,
    0x00000483, 0x0000001b, 0x000200f9, 0x00000231, 0x000200f8, 0x00000233, 0x000500aa, 0x0000001c,
    0x0000024a, 0x000001e5, 0x00000057, 0x000300f7, 0x0000024c, 0x00000000, 0x000400fa, 0x0000024a,
    0x0000024b, 0x0000024c, 0x000200f8, 0x0000024b, 0x000200f9, 0x0000024c, 0x000200f8, 0x0000024c,
    0x000700f5, 0x0000001c, 0x00000251, 0x0000024a, 0x00000233, 0x000001ff, 0x0000024b, 0x000300f7,
    0x00000253, 0x00000000, 0x000400fa, 0x00000251, 0x00000252, 0x00000253, 0x000200f8, 0x00000252,
    0x00050041, 0x000001fc, 0x00000259, 0x000001fb, 0x00000258, 0x0004003d, 0x00000006, 0x0000025a,
    0x00000259, 0x00050080, 0x00000006, 0x0000025c, 0x0000025a, 0x000001f6, 0x00050041, 0x000001fc,
    0x0000025d, 0x000001fb, 0x00000042, 0x0004003d, 0x00000006, 0x0000025e, 0x0000025d, 0x000500ab,
    0x0000001c, 0x0000025f, 0x0000025e, 0x00000057, 0x000300f7, 0x00000262, 0x00000000, 0x000400fa,
    0x0000025f, 0x00000261, 0x00000269, 0x000200f8, 0x00000261, 0x00060041, 0x000000aa, 0x00000267,
    0x00000257, 0x00000040, 0x0000025c, 0x0004003d, 0x00000014, 0x00000268, 0x00000267, 0x000200f9,
    0x00000262, 0x000200f8, 0x00000269, 0x000200f9, 0x00000262, 0x000200f8, 0x00000262, 0x000700f5,
    0x00000014, 0x00000484, 0x00000268, 0x00000261, 0x00000077, 0x00000269, 0x0004003d, 0x00000014,
    0x0000026d, 0x0000022e, 0x00050081, 0x00000014, 0x0000026e, 0x00000484, 0x0000026d, 0x00060041,
    0x000000aa, 0x0000026f, 0x00000257, 0x00000040, 0x0000025c, 0x0003003e, 0x0000026f, 0x0000026e,
    0x000200f9, 0x00000253, 0x000200f8, 0x00000253, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q2_k[1478] = {
    0x07230203, 0x00010300, 0x0008000b, 0x0000027e, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000ed, 0x000000f5, 0x000000f8,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000015,
    0x00000006, 0x00000004, 0x00040048, 0x00000016, 0x00000000, 0x00000018, 0x00050048, 0x00000016,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000016, 0x00000002, 0x00040047, 0x00000018,
    0x00000022, 0x00000000, 0x00040047, 0x00000018, 0x00000021, 0x00000000, 0x00040047, 0x00000096,
    0x00000006, 0x00000004, 0x00040048, 0x00000097, 0x00000000, 0x00000018, 0x00050048, 0x00000097,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000097, 0x00000002, 0x00040047, 0x00000099,
    0x00000022, 0x00000000, 0x00040047, 0x00000099, 0x00000021, 0x00000001, 0x00040047, 0x000000ed,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000f5, 0x0000000b, 0x0000001a, 0x00040047, 0x000000f8,
    0x0000000b, 0x00000018, 0x00050048, 0x00000105, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000105, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000105, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000105, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000105,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000105, 0x00000002, 0x00040047, 0x00000160,
    0x00000006, 0x00000004, 0x00050048, 0x00000161, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000161, 0x00000002, 0x00040047, 0x00000163, 0x00000022, 0x00000000, 0x00040047, 0x00000163,
    0x00000021, 0x00000002, 0x00040047, 0x0000017c, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x00000015, 0x00000006, 0x0003001e, 0x00000016, 0x00000015,
    0x00040020, 0x00000017, 0x0000000c, 0x00000016, 0x0004003b, 0x00000017, 0x00000018, 0x0000000c,
    0x00040015, 0x00000019, 0x00000020, 0x00000001, 0x0004002b, 0x00000019, 0x0000001a, 0x00000000,
    0x0004002b, 0x00000019, 0x0000001c, 0x00000002, 0x00040020, 0x0000001e, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000022, 0x00000003, 0x0004002b, 0x00000006, 0x00000024, 0x00000008,
    0x0004002b, 0x00000006, 0x00000027, 0x000000ff, 0x0004002b, 0x00000006, 0x00000033, 0x00000000,
    0x00020014, 0x00000034, 0x0004002b, 0x00000006, 0x00000043, 0x00000001, 0x0004002b, 0x00000006,
    0x00000047, 0x00000020, 0x00040017, 0x0000004f, 0x0000000f, 0x00000002, 0x0004002b, 0x00000006,
    0x00000053, 0x00000050, 0x0004002b, 0x0000000f, 0x0000005a, 0x00000000, 0x0004002b, 0x00000006,
    0x00000062, 0x00000002, 0x0004002b, 0x00000006, 0x0000006b, 0x00000004, 0x0004002b, 0x00000006,
    0x0000007e, 0x00000010, 0x0003001d, 0x00000096, 0x0000000f, 0x0003001e, 0x00000097, 0x00000096,
    0x00040020, 0x00000098, 0x0000000c, 0x00000097, 0x0004003b, 0x00000098, 0x00000099, 0x0000000c,
    0x0004002b, 0x00000006, 0x0000009b, 0x00000080, 0x00040020, 0x000000a9, 0x0000000c, 0x0000000f,
    0x0004002b, 0x00000019, 0x000000bd, 0x00000001, 0x0004002b, 0x00000006, 0x000000d0, 0x0000000f,
    0x0004002b, 0x00000019, 0x000000d9, 0x00000004, 0x00040020, 0x000000ec, 0x00000001, 0x00000006,
    0x0004003b, 0x000000ec, 0x000000ed, 0x00000001, 0x00040017, 0x000000f3, 0x00000006, 0x00000003,
    0x00040020, 0x000000f4, 0x00000001, 0x000000f3, 0x0004003b, 0x000000f4, 0x000000f5, 0x00000001,
    0x0004003b, 0x000000f4, 0x000000f8, 0x00000001, 0x0007001e, 0x00000105, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x00000106, 0x00000009, 0x00000105, 0x0004003b,
    0x00000106, 0x00000107, 0x00000009, 0x00040020, 0x00000108, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x00000111, 0x00000100, 0x0004002b, 0x00000006, 0x00000119, 0x00000054, 0x0004002b,
    0x00000006, 0x00000133, 0x00000040, 0x0004001c, 0x00000134, 0x0000000f, 0x00000133, 0x00040020,
    0x00000135, 0x00000004, 0x00000134, 0x0004003b, 0x00000135, 0x00000136, 0x00000004, 0x00040020,
    0x00000139, 0x00000004, 0x0000000f, 0x0004002b, 0x00000006, 0x0000013b, 0x00000108, 0x0003001d,
    0x00000160, 0x0000000f, 0x0003001e, 0x00000161, 0x00000160, 0x00040020, 0x00000162, 0x0000000c,
    0x00000161, 0x0004003b, 0x00000162, 0x00000163, 0x0000000c, 0x0004002b, 0x00000019, 0x00000164,
    0x00000003, 0x0006002c, 0x000000f3, 0x0000017c, 0x00000133, 0x00000043, 0x00000043, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x000000ee, 0x000000ed, 0x00050089, 0x00000006, 0x000000f1, 0x000000ee, 0x00000024, 0x00050041,
    0x000000ec, 0x000000f6, 0x000000f5, 0x00000043, 0x0004003d, 0x00000006, 0x000000f7, 0x000000f6,
    0x00050041, 0x000000ec, 0x000000f9, 0x000000f8, 0x00000033, 0x0004003d, 0x00000006, 0x000000fa,
    0x000000f9, 0x00050084, 0x00000006, 0x000000fb, 0x000000f7, 0x000000fa, 0x00050041, 0x000000ec,
    0x000000fc, 0x000000f5, 0x00000033, 0x0004003d, 0x00000006, 0x000000fd, 0x000000fc, 0x00050080,
    0x00000006, 0x000000fe, 0x000000fb, 0x000000fd, 0x00050084, 0x00000006, 0x000000ff, 0x000000fe,
    0x00000024, 0x00050086, 0x00000006, 0x00000101, 0x000000ee, 0x00000024, 0x00050080, 0x00000006,
    0x00000102, 0x000000ff, 0x00000101, 0x00050041, 0x00000108, 0x00000109, 0x00000107, 0x000000bd,
    0x0004003d, 0x00000006, 0x0000010a, 0x00000109, 0x000500b0, 0x00000034, 0x0000010b, 0x00000102,
    0x0000010a, 0x000300f7, 0x0000010d, 0x00000000, 0x000400fa, 0x0000010b, 0x0000010c, 0x0000010d,
    0x000200f8, 0x0000010c, 0x00050041, 0x00000108, 0x0000010f, 0x00000107, 0x0000001a, 0x0004003d,
    0x00000006, 0x00000110, 0x0000010f, 0x00050086, 0x00000006, 0x00000112, 0x00000110, 0x00000111,
    0x00050041, 0x00000108, 0x00000114, 0x00000107, 0x000000d9, 0x0004003d, 0x00000006, 0x00000115,
    0x00000114, 0x00050084, 0x00000006, 0x00000118, 0x00000102, 0x00000112, 0x00050084, 0x00000006,
    0x0000011a, 0x00000118, 0x00000119, 0x00050080, 0x00000006, 0x0000011b, 0x00000115, 0x0000011a,
    0x000200f9, 0x0000011e, 0x000200f8, 0x0000011e, 0x000700f5, 0x0000000f, 0x00000258, 0x0000005a,
    0x0000010c, 0x00000130, 0x00000121, 0x000700f5, 0x00000006, 0x00000256, 0x000000f1, 0x0000010c,
    0x00000132, 0x00000121, 0x000500b0, 0x00000034, 0x00000125, 0x00000256, 0x00000112, 0x000400f6,
    0x00000120, 0x00000121, 0x00000000, 0x000400fa, 0x00000125, 0x0000011f, 0x00000120, 0x000200f8,
    0x0000011f, 0x00050084, 0x00000006, 0x00000128, 0x00000256, 0x00000119, 0x00050080, 0x00000006,
    0x00000129, 0x0000011b, 0x00000128, 0x00050084, 0x00000006, 0x0000012b, 0x00000256, 0x00000111,
    0x00050080, 0x00000006, 0x0000018f, 0x00000129, 0x00000053, 0x000500c7, 0x00000006, 0x0000020e,
    0x0000018f, 0x00000022, 0x00050084, 0x00000006, 0x0000020f, 0x0000020e, 0x00000024, 0x000500c2,
    0x00000006, 0x00000211, 0x0000018f, 0x0000001c, 0x000500aa, 0x00000034, 0x00000213, 0x0000020f,
    0x00000033, 0x000300f7, 0x00000226, 0x00000000, 0x000400fa, 0x00000213, 0x00000214, 0x00000218,
    0x000200f8, 0x00000214, 0x00060041, 0x0000001e, 0x00000216, 0x00000018, 0x0000001a, 0x00000211,
    0x0004003d, 0x00000006, 0x00000217, 0x00000216, 0x000200f9, 0x00000226, 0x000200f8, 0x00000218,
    0x00060041, 0x0000001e, 0x0000021a, 0x00000018, 0x0000001a, 0x00000211, 0x0004003d, 0x00000006,
    0x0000021b, 0x0000021a, 0x000500c2, 0x00000006, 0x0000021d, 0x0000021b, 0x0000020f, 0x00050080,
    0x00000006, 0x0000021f, 0x00000211, 0x00000043, 0x00060041, 0x0000001e, 0x00000220, 0x00000018,
    0x0000001a, 0x0000021f, 0x0004003d, 0x00000006, 0x00000221, 0x00000220, 0x00050082, 0x00000006,
    0x00000223, 0x00000047, 0x0000020f, 0x000500c4, 0x00000006, 0x00000224, 0x00000221, 0x00000223,
    0x000500c5, 0x00000006, 0x00000225, 0x0000021d, 0x00000224, 0x000200f9, 0x00000226, 0x000200f8,
    0x00000226, 0x000700f5, 0x00000006, 0x0000025c, 0x00000217, 0x00000214, 0x00000225, 0x00000218,
    0x0006000c, 0x0000004f, 0x00000191, 0x00000001, 0x0000003e, 0x0000025c, 0x000200f9, 0x00000192,
    0x000200f8, 0x00000192, 0x000700f5, 0x0000000f, 0x0000025e, 0x0000005a, 0x00000226, 0x00000270,
    0x00000203, 0x000700f5, 0x00000006, 0x0000025d, 0x00000033, 0x00000226, 0x00000205, 0x00000203,
    0x000500b0, 0x00000034, 0x00000195, 0x0000025d, 0x00000062, 0x000400f6, 0x00000206, 0x00000203,
    0x00000000, 0x000400fa, 0x00000195, 0x00000196, 0x00000206, 0x000200f8, 0x00000196, 0x000200f9,
    0x00000197, 0x000200f8, 0x00000197, 0x000700f5, 0x00000006, 0x00000263, 0x00000033, 0x00000196,
    0x00000201, 0x000001ff, 0x000700f5, 0x0000000f, 0x00000270, 0x0000025e, 0x00000196, 0x0000026f,
    0x000001ff, 0x000500b0, 0x00000034, 0x0000019a, 0x00000263, 0x0000006b, 0x000400f6, 0x00000202,
    0x000001ff, 0x00000000, 0x000400fa, 0x0000019a, 0x0000019b, 0x00000202, 0x000200f8, 0x0000019b,
    0x000200f9, 0x0000019c, 0x000200f8, 0x0000019c, 0x000700f5, 0x0000000f, 0x0000026f, 0x00000270,
    0x0000019b, 0x000001fa, 0x000001fb, 0x000700f5, 0x00000006, 0x00000265, 0x00000033, 0x0000019b,
    0x000001fd, 0x000001fb, 0x000500b0, 0x00000034, 0x0000019f, 0x00000265, 0x00000062, 0x000400f6,
    0x000001fe, 0x000001fb, 0x00000000, 0x000400fa, 0x0000019f, 0x000001a0, 0x000001fe, 0x000200f8,
    0x000001a0, 0x000200f9, 0x000001a1, 0x000200f8, 0x000001a1, 0x000700f5, 0x0000000f, 0x0000026d,
    0x0000005a, 0x000001a0, 0x0000027d, 0x000001da, 0x000700f5, 0x0000000f, 0x0000026c, 0x0000005a,
    0x000001a0, 0x0000027b, 0x000001da, 0x000700f5, 0x00000006, 0x00000267, 0x00000033, 0x000001a0,
    0x000001dc, 0x000001da, 0x000500b0, 0x00000034, 0x000001a4, 0x00000267, 0x0000007e, 0x000400f6,
    0x000001dd, 0x000001da, 0x00000000, 0x000400fa, 0x000001a4, 0x000001a5, 0x000001dd, 0x000200f8,
    0x000001a5, 0x00050080, 0x00000006, 0x000001a7, 0x00000129, 0x0000007e, 0x00050084, 0x00000006,
    0x000001a9, 0x00000047, 0x0000025d, 0x00050080, 0x00000006, 0x000001aa, 0x000001a7, 0x000001a9,
    0x00050084, 0x00000006, 0x000001ac, 0x0000007e, 0x00000265, 0x00050080, 0x00000006, 0x000001ad,
    0x000001aa, 0x000001ac, 0x00050080, 0x00000006, 0x000001af, 0x000001ad, 0x00000267, 0x000500c7,
    0x00000006, 0x0000022e, 0x000001af, 0x00000022, 0x00050084, 0x00000006, 0x0000022f, 0x0000022e,
    0x00000024, 0x000500c2, 0x00000006, 0x00000231, 0x000001af, 0x0000001c, 0x000500aa, 0x00000034,
    0x00000233, 0x0000022f, 0x00000033, 0x000300f7, 0x00000246, 0x00000000, 0x000400fa, 0x00000233,
    0x00000234, 0x00000238, 0x000200f8, 0x00000234, 0x00060041, 0x0000001e, 0x00000236, 0x00000018,
    0x0000001a, 0x00000231, 0x0004003d, 0x00000006, 0x00000237, 0x00000236, 0x000200f9, 0x00000246,
    0x000200f8, 0x00000238, 0x00060041, 0x0000001e, 0x0000023a, 0x00000018, 0x0000001a, 0x00000231,
    0x0004003d, 0x00000006, 0x0000023b, 0x0000023a, 0x000500c2, 0x00000006, 0x0000023d, 0x0000023b,
    0x0000022f, 0x00050080, 0x00000006, 0x0000023f, 0x00000231, 0x00000043, 0x00060041, 0x0000001e,
    0x00000240, 0x00000018, 0x0000001a, 0x0000023f, 0x0004003d, 0x00000006, 0x00000241, 0x00000240,
    0x00050082, 0x00000006, 0x00000243, 0x00000047, 0x0000022f, 0x000500c4, 0x00000006, 0x00000244,
    0x00000241, 0x00000243, 0x000500c5, 0x00000006, 0x00000245, 0x0000023d, 0x00000244, 0x000200f9,
    0x00000246, 0x000200f8, 0x00000246, 0x000700f5, 0x00000006, 0x00000271, 0x00000237, 0x00000234,
    0x00000245, 0x00000238, 0x000200f9, 0x000001b1, 0x000200f8, 0x000001b1, 0x000700f5, 0x0000000f,
    0x0000027d, 0x0000026d, 0x00000246, 0x000001d5, 0x000001b5, 0x000700f5, 0x0000000f, 0x0000027b,
    0x0000026c, 0x00000246, 0x000001d2, 0x000001b5, 0x000700f5, 0x00000006, 0x00000272, 0x00000033,
    0x00000246, 0x000001d8, 0x000001b5, 0x000500b0, 0x00000034, 0x000001b4, 0x00000272, 0x0000006b,
    0x000400f6, 0x000001d9, 0x000001b5, 0x00000000, 0x000400fa, 0x000001b4, 0x000001b5, 0x000001d9,
    0x000200f8, 0x000001b5, 0x00050084, 0x00000006, 0x000001b8, 0x0000009b, 0x0000025d, 0x00050080,
    0x00000006, 0x000001b9, 0x0000012b, 0x000001b8, 0x00050084, 0x00000006, 0x000001bb, 0x00000047,
    0x00000263, 0x00050080, 0x00000006, 0x000001bc, 0x000001b9, 0x000001bb, 0x00050080, 0x00000006,
    0x000001bf, 0x000001bc, 0x000001ac, 0x00050080, 0x00000006, 0x000001c1, 0x000001bf, 0x00000267,
    0x00050080, 0x00000006, 0x000001c3, 0x000001c1, 0x00000272, 0x00060041, 0x000000a9, 0x000001c4,
    0x00000099, 0x0000001a, 0x000001c3, 0x0004003d, 0x0000000f, 0x000001c5, 0x000001c4, 0x00050084,
    0x00000006, 0x000001c8, 0x00000024, 0x00000272, 0x00050084, 0x00000006, 0x000001ca, 0x00000062,
    0x00000263, 0x00050080, 0x00000006, 0x000001cb, 0x000001c8, 0x000001ca, 0x000500c2, 0x00000006,
    0x000001cc, 0x00000271, 0x000001cb, 0x000500c7, 0x00000006, 0x000001cd, 0x000001cc, 0x00000022,
    0x00040070, 0x0000000f, 0x000001ce, 0x000001cd, 0x0008000c, 0x0000000f, 0x000001d2, 0x00000001,
    0x00000032, 0x000001ce, 0x000001c5, 0x0000027b, 0x00050081, 0x0000000f, 0x000001d5, 0x0000027d,
    0x000001c5, 0x00050080, 0x00000006, 0x000001d8, 0x00000272, 0x000000bd, 0x000200f9, 0x000001b1,
    0x000200f8, 0x000001d9, 0x000200f9, 0x000001da, 0x000200f8, 0x000001da, 0x00050080, 0x00000006,
    0x000001dc, 0x00000267, 0x0000006b, 0x000200f9, 0x000001a1, 0x000200f8, 0x000001dd, 0x00050084,
    0x00000006, 0x000001e0, 0x00000024, 0x0000025d, 0x00050080, 0x00000006, 0x000001e1, 0x00000129,
    0x000001e0, 0x00050084, 0x00000006, 0x000001e3, 0x00000062, 0x00000263, 0x00050080, 0x00000006,
    0x000001e4, 0x000001e1, 0x000001e3, 0x00050080, 0x00000006, 0x000001e6, 0x000001e4, 0x00000265,
    0x000500c2, 0x00000006, 0x0000024b, 0x000001e6, 0x0000001c, 0x00060041, 0x0000001e, 0x0000024c,
    0x00000018, 0x0000001a, 0x0000024b, 0x0004003d, 0x00000006, 0x0000024d, 0x0000024c, 0x000500c7,
    0x00000006, 0x0000024f, 0x000001e6, 0x00000022, 0x00050084, 0x00000006, 0x00000250, 0x0000024f,
    0x00000024, 0x000500c2, 0x00000006, 0x00000251, 0x0000024d, 0x00000250, 0x000500c7, 0x00000006,
    0x00000252, 0x00000251, 0x00000027, 0x00050051, 0x0000000f, 0x000001e9, 0x00000191, 0x00000000,
    0x000500c7, 0x00000006, 0x000001eb, 0x00000252, 0x000000d0, 0x00040070, 0x0000000f, 0x000001ec,
    0x000001eb, 0x00050085, 0x0000000f, 0x000001ed, 0x000001e9, 0x000001ec, 0x00050051, 0x0000000f,
    0x000001f1, 0x00000191, 0x00000001, 0x000500c2, 0x00000006, 0x000001f3, 0x00000252, 0x000000d9,
    0x00040070, 0x0000000f, 0x000001f4, 0x000001f3, 0x00050085, 0x0000000f, 0x000001f5, 0x000001f1,
    0x000001f4, 0x00050085, 0x0000000f, 0x000001f7, 0x000001f5, 0x0000026d, 0x0004007f, 0x0000000f,
    0x00000255, 0x000001f7, 0x0008000c, 0x0000000f, 0x000001f8, 0x00000001, 0x00000032, 0x000001ed,
    0x0000026c, 0x00000255, 0x00050081, 0x0000000f, 0x000001fa, 0x0000026f, 0x000001f8, 0x000200f9,
    0x000001fb, 0x000200f8, 0x000001fb, 0x00050080, 0x00000006, 0x000001fd, 0x00000265, 0x000000bd,
    0x000200f9, 0x0000019c, 0x000200f8, 0x000001fe, 0x000200f9, 0x000001ff, 0x000200f8, 0x000001ff,
    0x00050080, 0x00000006, 0x00000201, 0x00000263, 0x000000bd, 0x000200f9, 0x00000197, 0x000200f8,
    0x00000202, 0x000200f9, 0x00000203, 0x000200f8, 0x00000203, 0x00050080, 0x00000006, 0x00000205,
    0x0000025d, 0x000000bd, 0x000200f9, 0x00000192, 0x000200f8, 0x00000206, 0x00050081, 0x0000000f,
    0x00000130, 0x00000258, 0x0000025e, 0x000200f9, 0x00000121, 0x000200f8, 0x00000121, 0x00050080,
    0x00000006, 0x00000132, 0x00000256, 0x00000024, 0x000200f9, 0x0000011e, 0x000200f8, 0x00000120,
    0x000200f9, 0x0000010d, 0x000200f8, 0x0000010d, 0x000700f5, 0x0000000f, 0x00000257, 0x0000005a,
    0x00000005, 0x00000258, 0x00000120, 0x00050041, 0x00000139, 0x0000013a, 0x00000136, 0x000000ee,
    0x0003003e, 0x0000013a, 0x00000257, 0x000400e0, 0x00000062, 0x00000062, 0x0000013b, 0x000200f9,
    0x0000013d, 0x000200f8, 0x0000013d, 0x000700f5, 0x00000006, 0x00000259, 0x0000006b, 0x0000010d,
    0x00000154, 0x00000140, 0x000500ac, 0x00000034, 0x00000143, 0x00000259, 0x00000033, 0x000400f6,
    0x0000013f, 0x00000140, 0x00000000, 0x000400fa, 0x00000143, 0x0000013e, 0x0000013f, 0x000200f8,
    0x0000013e, 0x000500b0, 0x00000034, 0x00000146, 0x000000f1, 0x00000259, 0x000300f7, 0x00000148,
    0x00000000, 0x000400fa, 0x00000146, 0x00000147, 0x00000148, 0x000200f8, 0x00000147, 0x00050080,
    0x00000006, 0x0000014c, 0x000000ee, 0x00000259, 0x00050041, 0x00000139, 0x0000014d, 0x00000136,
    0x0000014c, 0x0004003d, 0x0000000f, 0x0000014e, 0x0000014d, 0x0004003d, 0x0000000f, 0x00000150,
    0x0000013a, 0x00050081, 0x0000000f, 0x00000151, 0x00000150, 0x0000014e, 0x0003003e, 0x0000013a,
    0x00000151, 0x000200f9, 0x00000148, 0x000200f8, 0x00000148, 0x000400e0, 0x00000062, 0x00000062,
    0x0000013b, 0x000200f9, 0x00000140, 0x000200f8, 0x00000140, 0x000500c2, 0x00000006, 0x00000154,
    0x00000259, 0x00000043, 0x000200f9, 0x0000013d, 0x000200f8, 0x0000013f, 0x000500aa, 0x00000034,
    0x00000156, 0x000000f1, 0x00000033, 0x000300f7, 0x00000158, 0x00000000, 0x000400fa, 0x00000156,
    0x00000157, 0x00000158, 0x000200f8, 0x00000157, 0x000200f9, 0x00000158, 0x000200f8, 0x00000158,
    0x000700f5, 0x00000034, 0x0000015d, 0x00000156, 0x0000013f, 0x0000010b, 0x00000157, 0x000300f7,
    0x0000015f, 0x00000000, 0x000400fa, 0x0000015d, 0x0000015e, 0x0000015f, 0x000200f8, 0x0000015e,
    0x00050041, 0x00000108, 0x00000165, 0x00000107, 0x00000164, 0x0004003d, 0x00000006, 0x00000166,
    0x00000165, 0x00050080, 0x00000006, 0x00000168, 0x00000166, 0x00000102, 0x00050041, 0x00000108,
    0x00000169, 0x00000107, 0x0000001c, 0x0004003d, 0x00000006, 0x0000016a, 0x00000169, 0x000500ab,
    0x00000034, 0x0000016b, 0x0000016a, 0x00000033, 0x000300f7, 0x0000016e, 0x00000000, 0x000400fa,
    0x0000016b, 0x0000016d, 0x00000175, 0x000200f8, 0x0000016d, 0x00060041, 0x000000a9, 0x00000173,
    0x00000163, 0x0000001a, 0x00000168, 0x0004003d, 0x0000000f, 0x00000174, 0x00000173, 0x000200f9,
    0x0000016e, 0x000200f8, 0x00000175, 0x000200f9, 0x0000016e, 0x000200f8, 0x0000016e, 0x000700f5,
    0x0000000f, 0x0000025a, 0x00000174, 0x0000016d, 0x0000005a, 0x00000175, 0x0004003d, 0x0000000f,
    0x00000179, 0x0000013a, 0x00050081, 0x0000000f, 0x0000017a, 0x0000025a, 0x00000179, 0x00060041,
    0x000000a9, 0x0000017b, 0x00000163, 0x0000001a, 0x00000168, 0x0003003e, 0x0000017b, 0x0000017a,
    0x000200f9, 0x0000015f, 0x000200f8, 0x0000015f, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q3_k[1706] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000319, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000135, 0x0000013d, 0x00000140,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001c,
    0x00000006, 0x00000004, 0x00040048, 0x0000001d, 0x00000000, 0x00000018, 0x00050048, 0x0000001d,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001d, 0x00000002, 0x00040047, 0x0000001f,
    0x00000022, 0x00000000, 0x00040047, 0x0000001f, 0x00000021, 0x00000000, 0x00040047, 0x000000cf,
    0x00000006, 0x00000004, 0x00040048, 0x000000d0, 0x00000000, 0x00000018, 0x00050048, 0x000000d0,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000d0, 0x00000002, 0x00040047, 0x000000d2,
    0x00000022, 0x00000000, 0x00040047, 0x000000d2, 0x00000021, 0x00000001, 0x00040047, 0x00000135,
    0x0000000b, 0x0000001d, 0x00040047, 0x0000013d, 0x0000000b, 0x0000001a, 0x00040047, 0x00000140,
    0x0000000b, 0x00000018, 0x00050048, 0x0000014d, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x0000014d, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x0000014d, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x0000014d, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x0000014d,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x0000014d, 0x00000002, 0x00040047, 0x000001a8,
    0x00000006, 0x00000004, 0x00050048, 0x000001a9, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000001a9, 0x00000002, 0x00040047, 0x000001ab, 0x00000022, 0x00000000, 0x00040047, 0x000001ab,
    0x00000021, 0x00000002, 0x00040047, 0x000001c4, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x00000012, 0x00000020, 0x0003001d, 0x0000001c, 0x00000006, 0x0003001e, 0x0000001d, 0x0000001c,
    0x00040020, 0x0000001e, 0x0000000c, 0x0000001d, 0x0004003b, 0x0000001e, 0x0000001f, 0x0000000c,
    0x00040015, 0x00000020, 0x00000020, 0x00000001, 0x0004002b, 0x00000020, 0x00000021, 0x00000000,
    0x0004002b, 0x00000020, 0x00000023, 0x00000002, 0x00040020, 0x00000025, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000029, 0x00000003, 0x0004002b, 0x00000006, 0x0000002b, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002e, 0x000000ff, 0x0004002b, 0x00000006, 0x00000037, 0x00000002,
    0x0004002b, 0x00000006, 0x0000003b, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000047, 0x00000000,
    0x00020014, 0x00000048, 0x0004002b, 0x00000006, 0x00000057, 0x00000001, 0x0004002b, 0x00000006,
    0x0000005b, 0x00000020, 0x00040017, 0x00000066, 0x00000012, 0x00000002, 0x0004002b, 0x00000006,
    0x0000006e, 0x0000006c, 0x0004002b, 0x00000012, 0x00000073, 0x00000000, 0x0004002b, 0x00000006,
    0x00000083, 0x00000004, 0x0004002b, 0x00000006, 0x00000095, 0x00000010, 0x0004002b, 0x00000020,
    0x000000cc, 0x00000004, 0x0003001d, 0x000000cf, 0x00000012, 0x0003001e, 0x000000d0, 0x000000cf,
    0x00040020, 0x000000d1, 0x0000000c, 0x000000d0, 0x0004003b, 0x000000d1, 0x000000d2, 0x0000000c,
    0x0004002b, 0x00000006, 0x000000d4, 0x00000080, 0x00040020, 0x000000e2, 0x0000000c, 0x00000012,
    0x0004002b, 0x00000020, 0x000000e9, 0x00000001, 0x0004002b, 0x00000006, 0x000000fc, 0x00000060,
    0x0004002b, 0x00000006, 0x00000102, 0x0000000f, 0x0004002b, 0x00000006, 0x00000106, 0x00000058,
    0x0004002b, 0x00000006, 0x00000110, 0x00000068, 0x0004002b, 0x00000020, 0x00000121, 0x00000020,
    0x00040020, 0x00000134, 0x00000001, 0x00000006, 0x0004003b, 0x00000134, 0x00000135, 0x00000001,
    0x00040017, 0x0000013b, 0x00000006, 0x00000003, 0x00040020, 0x0000013c, 0x00000001, 0x0000013b,
    0x0004003b, 0x0000013c, 0x0000013d, 0x00000001, 0x0004003b, 0x0000013c, 0x00000140, 0x00000001,
    0x0007001e, 0x0000014d, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x0000014e, 0x00000009, 0x0000014d, 0x0004003b, 0x0000014e, 0x0000014f, 0x00000009, 0x00040020,
    0x00000150, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x00000159, 0x00000100, 0x0004002b,
    0x00000006, 0x00000161, 0x0000006e, 0x0004002b, 0x00000006, 0x0000017b, 0x00000040, 0x0004001c,
    0x0000017c, 0x00000012, 0x0000017b, 0x00040020, 0x0000017d, 0x00000004, 0x0000017c, 0x0004003b,
    0x0000017d, 0x0000017e, 0x00000004, 0x00040020, 0x00000181, 0x00000004, 0x00000012, 0x0004002b,
    0x00000006, 0x00000183, 0x00000108, 0x0003001d, 0x000001a8, 0x00000012, 0x0003001e, 0x000001a9,
    0x000001a8, 0x00040020, 0x000001aa, 0x0000000c, 0x000001a9, 0x0004003b, 0x000001aa, 0x000001ab,
    0x0000000c, 0x0004002b, 0x00000020, 0x000001ac, 0x00000003, 0x0006002c, 0x0000013b, 0x000001c4,
    0x0000017b, 0x00000057, 0x00000057, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x00000136, 0x00000135, 0x00050089, 0x00000006,
    0x00000139, 0x00000136, 0x0000002b, 0x00050041, 0x00000134, 0x0000013e, 0x0000013d, 0x00000057,
    0x0004003d, 0x00000006, 0x0000013f, 0x0000013e, 0x00050041, 0x00000134, 0x00000141, 0x00000140,
    0x00000047, 0x0004003d, 0x00000006, 0x00000142, 0x00000141, 0x00050084, 0x00000006, 0x00000143,
    0x0000013f, 0x00000142, 0x00050041, 0x00000134, 0x00000144, 0x0000013d, 0x00000047, 0x0004003d,
    0x00000006, 0x00000145, 0x00000144, 0x00050080, 0x00000006, 0x00000146, 0x00000143, 0x00000145,
    0x00050084, 0x00000006, 0x00000147, 0x00000146, 0x0000002b, 0x00050086, 0x00000006, 0x00000149,
    0x00000136, 0x0000002b, 0x00050080, 0x00000006, 0x0000014a, 0x00000147, 0x00000149, 0x00050041,
    0x00000150, 0x00000151, 0x0000014f, 0x000000e9, 0x0004003d, 0x00000006, 0x00000152, 0x00000151,
    0x000500b0, 0x00000048, 0x00000153, 0x0000014a, 0x00000152, 0x000300f7, 0x00000155, 0x00000000,
    0x000400fa, 0x00000153, 0x00000154, 0x00000155, 0x000200f8, 0x00000154, 0x00050041, 0x00000150,
    0x00000157, 0x0000014f, 0x00000021, 0x0004003d, 0x00000006, 0x00000158, 0x00000157, 0x00050086,
    0x00000006, 0x0000015a, 0x00000158, 0x00000159, 0x00050041, 0x00000150, 0x0000015c, 0x0000014f,
    0x000000cc, 0x0004003d, 0x00000006, 0x0000015d, 0x0000015c, 0x00050084, 0x00000006, 0x00000160,
    0x0000014a, 0x0000015a, 0x00050084, 0x00000006, 0x00000162, 0x00000160, 0x00000161, 0x00050080,
    0x00000006, 0x00000163, 0x0000015d, 0x00000162, 0x000200f9, 0x00000166, 0x000200f8, 0x00000166,
    0x000700f5, 0x00000012, 0x000002f0, 0x00000073, 0x00000154, 0x00000178, 0x00000169, 0x000700f5,
    0x00000006, 0x000002ee, 0x00000139, 0x00000154, 0x0000017a, 0x00000169, 0x000500b0, 0x00000048,
    0x0000016d, 0x000002ee, 0x0000015a, 0x000400f6, 0x00000168, 0x00000169, 0x00000000, 0x000400fa,
    0x0000016d, 0x00000167, 0x00000168, 0x000200f8, 0x00000167, 0x00050084, 0x00000006, 0x00000170,
    0x000002ee, 0x00000161, 0x00050080, 0x00000006, 0x00000171, 0x00000163, 0x00000170, 0x00050084,
    0x00000006, 0x00000173, 0x000002ee, 0x00000159, 0x00050080, 0x00000006, 0x000001dd, 0x00000171,
    0x0000006e, 0x000500c2, 0x00000006, 0x00000285, 0x000001dd, 0x00000023, 0x00060041, 0x00000025,
    0x00000286, 0x0000001f, 0x00000021, 0x00000285, 0x0004003d, 0x00000006, 0x00000287, 0x00000286,
    0x000500c7, 0x00000006, 0x00000289, 0x000001dd, 0x00000037, 0x00050084, 0x00000006, 0x0000028a,
    0x00000289, 0x0000002b, 0x000500c2, 0x00000006, 0x0000028b, 0x00000287, 0x0000028a, 0x000500c7,
    0x00000006, 0x0000028c, 0x0000028b, 0x0000003b, 0x0006000c, 0x00000066, 0x00000280, 0x00000001,
    0x0000003e, 0x0000028c, 0x00050051, 0x00000012, 0x00000281, 0x00000280, 0x00000000, 0x000200f9,
    0x000001df, 0x000200f8, 0x000001df, 0x000700f5, 0x00000012, 0x000002f5, 0x00000073, 0x00000167,
    0x00000307, 0x00000274, 0x000700f5, 0x00000006, 0x000002f4, 0x00000047, 0x00000167, 0x00000276,
    0x00000274, 0x000500b0, 0x00000048, 0x000001e2, 0x000002f4, 0x00000037, 0x000400f6, 0x00000277,
    0x00000274, 0x00000000, 0x000400fa, 0x000001e2, 0x000001e3, 0x00000277, 0x000200f8, 0x000001e3,
    0x000200f9, 0x000001e4, 0x000200f8, 0x000001e4, 0x000700f5, 0x00000006, 0x000002f8, 0x00000047,
    0x000001e3, 0x00000272, 0x00000270, 0x000700f5, 0x00000012, 0x00000307, 0x000002f5, 0x000001e3,
    0x00000306, 0x00000270, 0x000500b0, 0x00000048, 0x000001e7, 0x000002f8, 0x00000083, 0x000400f6,
    0x00000273, 0x00000270, 0x00000000, 0x000400fa, 0x000001e7, 0x000001e8, 0x00000273, 0x000200f8,
    0x000001e8, 0x000200f9, 0x000001e9, 0x000200f8, 0x000001e9, 0x000700f5, 0x00000012, 0x00000306,
    0x00000307, 0x000001e8, 0x0000026b, 0x0000026c, 0x000700f5, 0x00000006, 0x000002fa, 0x00000047,
    0x000001e8, 0x0000026e, 0x0000026c, 0x000500b0, 0x00000048, 0x000001ec, 0x000002fa, 0x00000037,
    0x000400f6, 0x0000026f, 0x0000026c, 0x00000000, 0x000400fa, 0x000001ec, 0x000001ed, 0x0000026f,
    0x000200f8, 0x000001ed, 0x000200f9, 0x000001ee, 0x000200f8, 0x000001ee, 0x000700f5, 0x00000012,
    0x00000303, 0x00000073, 0x000001ed, 0x00000318, 0x00000239, 0x000700f5, 0x00000006, 0x000002fc,
    0x00000047, 0x000001ed, 0x0000023b, 0x00000239, 0x000500b0, 0x00000048, 0x000001f1, 0x000002fc,
    0x00000095, 0x000400f6, 0x0000023c, 0x00000239, 0x00000000, 0x000400fa, 0x000001f1, 0x000001f2,
    0x0000023c, 0x000200f8, 0x000001f2, 0x00050080, 0x00000006, 0x000001f4, 0x00000171, 0x0000005b,
    0x00050084, 0x00000006, 0x000001f6, 0x0000005b, 0x000002f4, 0x00050080, 0x00000006, 0x000001f7,
    0x000001f4, 0x000001f6, 0x00050084, 0x00000006, 0x000001f9, 0x00000095, 0x000002fa, 0x00050080,
    0x00000006, 0x000001fa, 0x000001f7, 0x000001f9, 0x00050080, 0x00000006, 0x000001fc, 0x000001fa,
    0x000002fc, 0x000500c7, 0x00000006, 0x00000293, 0x000001fc, 0x00000029, 0x00050084, 0x00000006,
    0x00000294, 0x00000293, 0x0000002b, 0x000500c2, 0x00000006, 0x00000296, 0x000001fc, 0x00000023,
    0x000500aa, 0x00000048, 0x00000298, 0x00000294, 0x00000047, 0x000300f7, 0x000002ab, 0x00000000,
    0x000400fa, 0x00000298, 0x00000299, 0x0000029d, 0x000200f8, 0x00000299, 0x00060041, 0x00000025,
    0x0000029b, 0x0000001f, 0x00000021, 0x00000296, 0x0004003d, 0x00000006, 0x0000029c, 0x0000029b,
    0x000200f9, 0x000002ab, 0x000200f8, 0x0000029d, 0x00060041, 0x00000025, 0x0000029f, 0x0000001f,
    0x00000021, 0x00000296, 0x0004003d, 0x00000006, 0x000002a0, 0x0000029f, 0x000500c2, 0x00000006,
    0x000002a2, 0x000002a0, 0x00000294, 0x00050080, 0x00000006, 0x000002a4, 0x00000296, 0x00000057,
    0x00060041, 0x00000025, 0x000002a5, 0x0000001f, 0x00000021, 0x000002a4, 0x0004003d, 0x00000006,
    0x000002a6, 0x000002a5, 0x00050082, 0x00000006, 0x000002a8, 0x0000005b, 0x00000294, 0x000500c4,
    0x00000006, 0x000002a9, 0x000002a6, 0x000002a8, 0x000500c5, 0x00000006, 0x000002aa, 0x000002a2,
    0x000002a9, 0x000200f9, 0x000002ab, 0x000200f8, 0x000002ab, 0x000700f5, 0x00000006, 0x00000309,
    0x0000029c, 0x00000299, 0x000002aa, 0x0000029d, 0x00050080, 0x00000006, 0x00000201, 0x00000171,
    0x000001f9, 0x00050080, 0x00000006, 0x00000203, 0x00000201, 0x000002fc, 0x000500c7, 0x00000006,
    0x000002b3, 0x00000203, 0x00000029, 0x00050084, 0x00000006, 0x000002b4, 0x000002b3, 0x0000002b,
    0x000500c2, 0x00000006, 0x000002b6, 0x00000203, 0x00000023, 0x000500aa, 0x00000048, 0x000002b8,
    0x000002b4, 0x00000047, 0x000300f7, 0x000002cb, 0x00000000, 0x000400fa, 0x000002b8, 0x000002b9,
    0x000002bd, 0x000200f8, 0x000002b9, 0x00060041, 0x00000025, 0x000002bb, 0x0000001f, 0x00000021,
    0x000002b6, 0x0004003d, 0x00000006, 0x000002bc, 0x000002bb, 0x000200f9, 0x000002cb, 0x000200f8,
    0x000002bd, 0x00060041, 0x00000025, 0x000002bf, 0x0000001f, 0x00000021, 0x000002b6, 0x0004003d,
    0x00000006, 0x000002c0, 0x000002bf, 0x000500c2, 0x00000006, 0x000002c2, 0x000002c0, 0x000002b4,
    0x00050080, 0x00000006, 0x000002c4, 0x000002b6, 0x00000057, 0x00060041, 0x00000025, 0x000002c5,
    0x0000001f, 0x00000021, 0x000002c4, 0x0004003d, 0x00000006, 0x000002c6, 0x000002c5, 0x00050082,
    0x00000006, 0x000002c8, 0x0000005b, 0x000002b4, 0x000500c4, 0x00000006, 0x000002c9, 0x000002c6,
    0x000002c8, 0x000500c5, 0x00000006, 0x000002ca, 0x000002c2, 0x000002c9, 0x000200f9, 0x000002cb,
    0x000200f8, 0x000002cb, 0x000700f5, 0x00000006, 0x0000030c, 0x000002bc, 0x000002b9, 0x000002ca,
    0x000002bd, 0x000200f9, 0x00000205, 0x000200f8, 0x00000205, 0x000700f5, 0x00000012, 0x00000318,
    0x00000303, 0x000002cb, 0x00000234, 0x00000209, 0x000700f5, 0x00000006, 0x0000030d, 0x00000047,
    0x000002cb, 0x00000237, 0x00000209, 0x000500b0, 0x00000048, 0x00000208, 0x0000030d, 0x00000083,
    0x000400f6, 0x00000238, 0x00000209, 0x00000000, 0x000400fa, 0x00000208, 0x00000209, 0x00000238,
    0x000200f8, 0x00000209, 0x00050084, 0x00000006, 0x0000020c, 0x0000002b, 0x0000030d, 0x00050084,
    0x00000006, 0x0000020e, 0x00000037, 0x000002f8, 0x00050080, 0x00000006, 0x0000020f, 0x0000020c,
    0x0000020e, 0x000500c2, 0x00000006, 0x00000210, 0x00000309, 0x0000020f, 0x000500c7, 0x00000006,
    0x00000211, 0x00000210, 0x00000029, 0x00050084, 0x00000006, 0x00000216, 0x00000083, 0x000002f4,
    0x00050080, 0x00000006, 0x00000217, 0x0000020c, 0x00000216, 0x00050080, 0x00000006, 0x00000219,
    0x00000217, 0x000002f8, 0x000500c2, 0x00000006, 0x0000021a, 0x0000030c, 0x00000219, 0x000500c7,
    0x00000006, 0x0000021b, 0x0000021a, 0x00000057, 0x000500c4, 0x00000006, 0x0000021c, 0x0000021b,
    0x00000023, 0x000500c5, 0x00000006, 0x0000021d, 0x00000211, 0x0000021c, 0x0004007c, 0x00000020,
    0x0000021f, 0x0000021d, 0x00050082, 0x00000020, 0x00000220, 0x0000021f, 0x000000cc, 0x0004006f,
    0x00000012, 0x00000221, 0x00000220, 0x00050084, 0x00000006, 0x00000224, 0x000000d4, 0x000002f4,
    0x00050080, 0x00000006, 0x00000225, 0x00000173, 0x00000224, 0x00050084, 0x00000006, 0x00000227,
    0x0000005b, 0x000002f8, 0x00050080, 0x00000006, 0x00000228, 0x00000225, 0x00000227, 0x00050080,
    0x00000006, 0x0000022b, 0x00000228, 0x000001f9, 0x00050080, 0x00000006, 0x0000022d, 0x0000022b,
    0x000002fc, 0x00050080, 0x00000006, 0x0000022f, 0x0000022d, 0x0000030d, 0x00060041, 0x000000e2,
    0x00000230, 0x000000d2, 0x00000021, 0x0000022f, 0x0004003d, 0x00000012, 0x00000231, 0x00000230,
    0x0008000c, 0x00000012, 0x00000234, 0x00000001, 0x00000032, 0x00000221, 0x00000231, 0x00000318,
    0x00050080, 0x00000006, 0x00000237, 0x0000030d, 0x000000e9, 0x000200f9, 0x00000205, 0x000200f8,
    0x00000238, 0x000200f9, 0x00000239, 0x000200f8, 0x00000239, 0x00050080, 0x00000006, 0x0000023b,
    0x000002fc, 0x00000083, 0x000200f9, 0x000001ee, 0x000200f8, 0x0000023c, 0x00050084, 0x00000006,
    0x0000023e, 0x0000002b, 0x000002f4, 0x00050084, 0x00000006, 0x00000240, 0x00000037, 0x000002f8,
    0x00050080, 0x00000006, 0x00000241, 0x0000023e, 0x00000240, 0x00050080, 0x00000006, 0x00000243,
    0x00000241, 0x000002fa, 0x000500b0, 0x00000048, 0x00000245, 0x00000243, 0x0000002b, 0x000300f7,
    0x00000254, 0x00000000, 0x000400fa, 0x00000245, 0x00000246, 0x0000024d, 0x000200f8, 0x00000246,
    0x00050080, 0x00000006, 0x00000248, 0x00000171, 0x000000fc, 0x00050080, 0x00000006, 0x0000024a,
    0x00000248, 0x00000243, 0x000500c2, 0x00000006, 0x000002d0, 0x0000024a, 0x00000023, 0x00060041,
    0x00000025, 0x000002d1, 0x0000001f, 0x00000021, 0x000002d0, 0x0004003d, 0x00000006, 0x000002d2,
    0x000002d1, 0x000500c7, 0x00000006, 0x000002d4, 0x0000024a, 0x00000029, 0x00050084, 0x00000006,
    0x000002d5, 0x000002d4, 0x0000002b, 0x000500c2, 0x00000006, 0x000002d6, 0x000002d2, 0x000002d5,
    0x000500c7, 0x00000006, 0x000002d7, 0x000002d6, 0x0000002e, 0x000500c7, 0x00000006, 0x0000024c,
    0x000002d7, 0x00000102, 0x000200f9, 0x00000254, 0x000200f8, 0x0000024d, 0x00050080, 0x00000006,
    0x0000024f, 0x00000171, 0x00000106, 0x00050080, 0x00000006, 0x00000251, 0x0000024f, 0x00000243,
    0x000500c2, 0x00000006, 0x000002db, 0x00000251, 0x00000023, 0x00060041, 0x00000025, 0x000002dc,
    0x0000001f, 0x00000021, 0x000002db, 0x0004003d, 0x00000006, 0x000002dd, 0x000002dc, 0x000500c7,
    0x00000006, 0x000002df, 0x00000251, 0x00000029, 0x00050084, 0x00000006, 0x000002e0, 0x000002df,
    0x0000002b, 0x000500c2, 0x00000006, 0x000002e1, 0x000002dd, 0x000002e0, 0x000500c7, 0x00000006,
    0x000002e2, 0x000002e1, 0x0000002e, 0x000500c2, 0x00000006, 0x00000253, 0x000002e2, 0x000000cc,
    0x000200f9, 0x00000254, 0x000200f8, 0x00000254, 0x000700f5, 0x00000006, 0x00000301, 0x0000024c,
    0x00000246, 0x00000253, 0x0000024d, 0x00050080, 0x00000006, 0x00000257, 0x00000171, 0x00000110,
    0x00050089, 0x00000006, 0x00000259, 0x00000243, 0x00000083, 0x00050080, 0x00000006, 0x0000025a,
    0x00000257, 0x00000259, 0x000500c2, 0x00000006, 0x000002e6, 0x0000025a, 0x00000023, 0x00060041,
    0x00000025, 0x000002e7, 0x0000001f, 0x00000021, 0x000002e6, 0x0004003d, 0x00000006, 0x000002e8,
    0x000002e7, 0x000500c7, 0x00000006, 0x000002ea, 0x0000025a, 0x00000029, 0x00050084, 0x00000006,
    0x000002eb, 0x000002ea, 0x0000002b, 0x000500c2, 0x00000006, 0x000002ec, 0x000002e8, 0x000002eb,
    0x000500c7, 0x00000006, 0x000002ed, 0x000002ec, 0x0000002e, 0x00050086, 0x00000006, 0x0000025d,
    0x00000243, 0x00000083, 0x00050084, 0x00000006, 0x0000025e, 0x00000037, 0x0000025d, 0x000500c2,
    0x00000006, 0x0000025f, 0x000002ed, 0x0000025e, 0x000500c7, 0x00000006, 0x00000260, 0x0000025f,
    0x00000029, 0x000500c4, 0x00000006, 0x00000263, 0x00000260, 0x000000cc, 0x000500c5, 0x00000006,
    0x00000264, 0x00000301, 0x00000263, 0x0004007c, 0x00000020, 0x00000265, 0x00000264, 0x00050082,
    0x00000020, 0x00000266, 0x00000265, 0x00000121, 0x0004006f, 0x00000012, 0x00000267, 0x00000266,
    0x0008000c, 0x00000012, 0x0000026b, 0x00000001, 0x00000032, 0x00000267, 0x00000303, 0x00000306,
    0x000200f9, 0x0000026c, 0x000200f8, 0x0000026c, 0x00050080, 0x00000006, 0x0000026e, 0x000002fa,
    0x000000e9, 0x000200f9, 0x000001e9, 0x000200f8, 0x0000026f, 0x000200f9, 0x00000270, 0x000200f8,
    0x00000270, 0x00050080, 0x00000006, 0x00000272, 0x000002f8, 0x000000e9, 0x000200f9, 0x000001e4,
    0x000200f8, 0x00000273, 0x000200f9, 0x00000274, 0x000200f8, 0x00000274, 0x00050080, 0x00000006,
    0x00000276, 0x000002f4, 0x000000e9, 0x000200f9, 0x000001df, 0x000200f8, 0x00000277, 0x0008000c,
    0x00000012, 0x00000178, 0x00000001, 0x00000032, 0x00000281, 0x000002f5, 0x000002f0, 0x000200f9,
    0x00000169, 0x000200f8, 0x00000169, 0x00050080, 0x00000006, 0x0000017a, 0x000002ee, 0x0000002b,
    0x000200f9, 0x00000166, 0x000200f8, 0x00000168, 0x000200f9, 0x00000155, 0x000200f8, 0x00000155,
    0x000700f5, 0x00000012, 0x000002ef, 0x00000073, 0x00000005, 0x000002f0, 0x00000168, 0x00050041,
    0x00000181, 0x00000182, 0x0000017e, 0x00000136, 0x0003003e, 0x00000182, 0x000002ef, 0x000400e0,
    0x00000037, 0x00000037, 0x00000183, 0x000200f9, 0x00000185, 0x000200f8, 0x00000185, 0x000700f5,
    0x00000006, 0x000002f1, 0x00000083, 0x00000155, 0x0000019c, 0x00000188, 0x000500ac, 0x00000048,
    0x0000018b, 0x000002f1, 0x00000047, 0x000400f6, 0x00000187, 0x00000188, 0x00000000, 0x000400fa,
    0x0000018b, 0x00000186, 0x00000187, 0x000200f8, 0x00000186, 0x000500b0, 0x00000048, 0x0000018e,
    0x00000139, 0x000002f1, 0x000300f7, 0x00000190, 0x00000000, 0x000400fa, 0x0000018e, 0x0000018f,
    0x00000190, 0x000200f8, 0x0000018f, 0x00050080, 0x00000006, 0x00000194, 0x00000136, 0x000002f1,
    0x00050041, 0x00000181, 0x00000195, 0x0000017e, 0x00000194, 0x0004003d, 0x00000012, 0x00000196,
    0x00000195, 0x0004003d, 0x00000012, 0x00000198, 0x00000182, 0x00050081, 0x00000012, 0x00000199,
    0x00000198, 0x00000196, 0x0003003e, 0x00000182, 0x00000199, 0x000200f9, 0x00000190, 0x000200f8,
    0x00000190, 0x000400e0, 0x00000037, 0x00000037, 0x00000183, 0x000200f9, 0x00000188, 0x000200f8,
    0x00000188, 0x000500c2, 0x00000006, 0x0000019c, 0x000002f1, 0x00000057, 0x000200f9, 0x00000185,
    0x000200f8, 0x00000187, 0x000500aa, 0x00000048, 0x0000019e, 0x00000139, 0x00000047, 0x000300f7,
    0x000001a0, 0x00000000, 0x000400fa, 0x0000019e, 0x0000019f, 0x000001a0, 0x000200f8, 0x0000019f,
    0x000200f9, 0x000001a0, 0x000200f8, 0x000001a0, 0x000700f5, 0x00000048, 0x000001a5, 0x0000019e,
    0x00000187, 0x00000153, 0x0000019f, 0x000300f7, 0x000001a7, 0x00000000, 0x000400fa, 0x000001a5,
    0x000001a6, 0x000001a7, 0x000200f8, 0x000001a6, 0x00050041, 0x00000150, 0x000001ad, 0x0000014f,
    0x000001ac, 0x0004003d, 0x00000006, 0x000001ae, 0x000001ad, 0x00050080, 0x00000006, 0x000001b0,
    0x000001ae, 0x0000014a, 0x00050041, 0x00000150, 0x000001b1, 0x0000014f, 0x00000023, 0x0004003d,
    0x00000006, 0x000001b2, 0x000001b1, 0x000500ab, 0x00000048, 0x000001b3, 0x000001b2, 0x00000047,
    0x000300f7, 0x000001b6, 0x00000000, 0x000400fa, 0x000001b3, 0x000001b5, 0x000001bd, 0x000200f8,
    0x000001b5, 0x00060041, 0x000000e2, 0x000001bb, 0x000001ab, 0x00000021, 0x000001b0, 0x0004003d,
    0x00000012, 0x000001bc, 0x000001bb, 0x000200f9, 0x000001b6, 0x000200f8, 0x000001bd, 0x000200f9,
    0x000001b6, 0x000200f8, 0x000001b6, 0x000700f5, 0x00000012, 0x000002f2, 0x000001bc, 0x000001b5,
    0x00000073, 0x000001bd, 0x0004003d, 0x00000012, 0x000001c1, 0x00000182, 0x00050081, 0x00000012,
    0x000001c2, 0x000002f2, 0x000001c1, 0x00060041, 0x000000e2, 0x000001c3, 0x000001ab, 0x00000021,
    0x000001b0, 0x0003003e, 0x000001c3, 0x000001c2, 0x000200f9, 0x000001a7, 0x000200f8, 0x000001a7,
    0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q4_0[1139] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000001c9, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000b2, 0x000000ba, 0x000000bd,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000019,
    0x00000006, 0x00000004, 0x00040048, 0x0000001a, 0x00000000, 0x00000018, 0x00050048, 0x0000001a,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001a, 0x00000002, 0x00040047, 0x0000001c,
    0x00000022, 0x00000000, 0x00040047, 0x0000001c, 0x00000021, 0x00000000, 0x00040047, 0x0000008b,
    0x00000006, 0x00000004, 0x00040048, 0x0000008c, 0x00000000, 0x00000018, 0x00050048, 0x0000008c,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000008c, 0x00000002, 0x00040047, 0x0000008e,
    0x00000022, 0x00000000, 0x00040047, 0x0000008e, 0x00000021, 0x00000001, 0x00040047, 0x000000b2,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000ba, 0x0000000b, 0x0000001a, 0x00040047, 0x000000bd,
    0x0000000b, 0x00000018, 0x00050048, 0x000000ca, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000ca, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000ca, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000ca, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000ca,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000ca, 0x00000002, 0x00040047, 0x00000124,
    0x00000006, 0x00000004, 0x00050048, 0x00000125, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000125, 0x00000002, 0x00040047, 0x00000127, 0x00000022, 0x00000000, 0x00040047, 0x00000127,
    0x00000021, 0x00000002, 0x00040047, 0x00000140, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x00000019, 0x00000006, 0x0003001e, 0x0000001a, 0x00000019,
    0x00040020, 0x0000001b, 0x0000000c, 0x0000001a, 0x0004003b, 0x0000001b, 0x0000001c, 0x0000000c,
    0x00040015, 0x0000001d, 0x00000020, 0x00000001, 0x0004002b, 0x0000001d, 0x0000001e, 0x00000000,
    0x0004002b, 0x0000001d, 0x00000020, 0x00000002, 0x00040020, 0x00000022, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000026, 0x00000002, 0x0004002b, 0x00000006, 0x00000028, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002b, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000031, 0x00000003,
    0x0004002b, 0x00000006, 0x00000038, 0x00000000, 0x00020014, 0x00000039, 0x0004002b, 0x00000006,
    0x00000048, 0x00000001, 0x0004002b, 0x00000006, 0x0000004c, 0x00000020, 0x00040017, 0x00000057,
    0x0000000f, 0x00000002, 0x0004002b, 0x0000000f, 0x0000005e, 0x00000000, 0x0004002b, 0x00000006,
    0x00000066, 0x00000004, 0x0004002b, 0x00000006, 0x00000085, 0x0000000f, 0x0004002b, 0x0000001d,
    0x00000088, 0x00000008, 0x0003001d, 0x0000008b, 0x0000000f, 0x0003001e, 0x0000008c, 0x0000008b,
    0x00040020, 0x0000008d, 0x0000000c, 0x0000008c, 0x0004003b, 0x0000008d, 0x0000008e, 0x0000000c,
    0x00040020, 0x00000090, 0x0000000c, 0x0000000f, 0x0004002b, 0x0000001d, 0x00000095, 0x00000004,
    0x0004002b, 0x00000006, 0x0000009c, 0x00000010, 0x0004002b, 0x0000001d, 0x000000a5, 0x00000001,
    0x00040020, 0x000000b1, 0x00000001, 0x00000006, 0x0004003b, 0x000000b1, 0x000000b2, 0x00000001,
    0x00040017, 0x000000b8, 0x00000006, 0x00000003, 0x00040020, 0x000000b9, 0x00000001, 0x000000b8,
    0x0004003b, 0x000000b9, 0x000000ba, 0x00000001, 0x0004003b, 0x000000b9, 0x000000bd, 0x00000001,
    0x0007001e, 0x000000ca, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x000000cb, 0x00000009, 0x000000ca, 0x0004003b, 0x000000cb, 0x000000cc, 0x00000009, 0x00040020,
    0x000000cd, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x000000dd, 0x00000012, 0x0004002b,
    0x00000006, 0x000000f7, 0x00000040, 0x0004001c, 0x000000f8, 0x0000000f, 0x000000f7, 0x00040020,
    0x000000f9, 0x00000004, 0x000000f8, 0x0004003b, 0x000000f9, 0x000000fa, 0x00000004, 0x00040020,
    0x000000fd, 0x00000004, 0x0000000f, 0x0004002b, 0x00000006, 0x000000ff, 0x00000108, 0x0003001d,
    0x00000124, 0x0000000f, 0x0003001e, 0x00000125, 0x00000124, 0x00040020, 0x00000126, 0x0000000c,
    0x00000125, 0x0004003b, 0x00000126, 0x00000127, 0x0000000c, 0x0004002b, 0x0000001d, 0x00000128,
    0x00000003, 0x0006002c, 0x000000b8, 0x00000140, 0x000000f7, 0x00000048, 0x00000048, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x000000b3, 0x000000b2, 0x00050089, 0x00000006, 0x000000b6, 0x000000b3, 0x00000028, 0x00050041,
    0x000000b1, 0x000000bb, 0x000000ba, 0x00000048, 0x0004003d, 0x00000006, 0x000000bc, 0x000000bb,
    0x00050041, 0x000000b1, 0x000000be, 0x000000bd, 0x00000038, 0x0004003d, 0x00000006, 0x000000bf,
    0x000000be, 0x00050084, 0x00000006, 0x000000c0, 0x000000bc, 0x000000bf, 0x00050041, 0x000000b1,
    0x000000c1, 0x000000ba, 0x00000038, 0x0004003d, 0x00000006, 0x000000c2, 0x000000c1, 0x00050080,
    0x00000006, 0x000000c3, 0x000000c0, 0x000000c2, 0x00050084, 0x00000006, 0x000000c4, 0x000000c3,
    0x00000028, 0x00050086, 0x00000006, 0x000000c6, 0x000000b3, 0x00000028, 0x00050080, 0x00000006,
    0x000000c7, 0x000000c4, 0x000000c6, 0x00050041, 0x000000cd, 0x000000ce, 0x000000cc, 0x000000a5,
    0x0004003d, 0x00000006, 0x000000cf, 0x000000ce, 0x000500b0, 0x00000039, 0x000000d0, 0x000000c7,
    0x000000cf, 0x000300f7, 0x000000d2, 0x00000000, 0x000400fa, 0x000000d0, 0x000000d1, 0x000000d2,
    0x000200f8, 0x000000d1, 0x00050041, 0x000000cd, 0x000000d4, 0x000000cc, 0x0000001e, 0x0004003d,
    0x00000006, 0x000000d5, 0x000000d4, 0x00050086, 0x00000006, 0x000000d6, 0x000000d5, 0x0000004c,
    0x00050041, 0x000000cd, 0x000000d8, 0x000000cc, 0x00000095, 0x0004003d, 0x00000006, 0x000000d9,
    0x000000d8, 0x00050084, 0x00000006, 0x000000dc, 0x000000c7, 0x000000d6, 0x00050084, 0x00000006,
    0x000000de, 0x000000dc, 0x000000dd, 0x00050080, 0x00000006, 0x000000df, 0x000000d9, 0x000000de,
    0x000200f9, 0x000000e2, 0x000200f8, 0x000000e2, 0x000700f5, 0x0000000f, 0x000001bc, 0x0000005e,
    0x000000d1, 0x000000f4, 0x000000e5, 0x000700f5, 0x00000006, 0x000001ba, 0x000000b6, 0x000000d1,
    0x000000f6, 0x000000e5, 0x000500b0, 0x00000039, 0x000000e9, 0x000001ba, 0x000000d6, 0x000400f6,
    0x000000e4, 0x000000e5, 0x00000000, 0x000400fa, 0x000000e9, 0x000000e3, 0x000000e4, 0x000200f8,
    0x000000e3, 0x00050084, 0x00000006, 0x000000ec, 0x000001ba, 0x000000dd, 0x00050080, 0x00000006,
    0x000000ed, 0x000000df, 0x000000ec, 0x00050084, 0x00000006, 0x000000ef, 0x000001ba, 0x0000004c,
    0x000200f9, 0x0000014b, 0x000200f8, 0x0000014b, 0x000700f5, 0x0000000f, 0x000001c1, 0x0000005e,
    0x000000e3, 0x000001c8, 0x00000180, 0x000700f5, 0x00000006, 0x000001c0, 0x00000038, 0x000000e3,
    0x00000182, 0x00000180, 0x000500b0, 0x00000039, 0x0000014e, 0x000001c0, 0x00000066, 0x000400f6,
    0x00000183, 0x00000180, 0x00000000, 0x000400fa, 0x0000014e, 0x0000014f, 0x00000183, 0x000200f8,
    0x0000014f, 0x00050080, 0x00000006, 0x00000151, 0x000000ed, 0x00000026, 0x00050084, 0x00000006,
    0x00000153, 0x00000066, 0x000001c0, 0x00050080, 0x00000006, 0x00000154, 0x00000151, 0x00000153,
    0x000500c7, 0x00000006, 0x0000018e, 0x00000154, 0x00000031, 0x00050084, 0x00000006, 0x0000018f,
    0x0000018e, 0x00000028, 0x000500c2, 0x00000006, 0x00000191, 0x00000154, 0x00000020, 0x000500aa,
    0x00000039, 0x00000193, 0x0000018f, 0x00000038, 0x000300f7, 0x000001a6, 0x00000000, 0x000400fa,
    0x00000193, 0x00000194, 0x00000198, 0x000200f8, 0x00000194, 0x00060041, 0x00000022, 0x00000196,
    0x0000001c, 0x0000001e, 0x00000191, 0x0004003d, 0x00000006, 0x00000197, 0x00000196, 0x000200f9,
    0x000001a6, 0x000200f8, 0x00000198, 0x00060041, 0x00000022, 0x0000019a, 0x0000001c, 0x0000001e,
    0x00000191, 0x0004003d, 0x00000006, 0x0000019b, 0x0000019a, 0x000500c2, 0x00000006, 0x0000019d,
    0x0000019b, 0x0000018f, 0x00050080, 0x00000006, 0x0000019f, 0x00000191, 0x00000048, 0x00060041,
    0x00000022, 0x000001a0, 0x0000001c, 0x0000001e, 0x0000019f, 0x0004003d, 0x00000006, 0x000001a1,
    0x000001a0, 0x00050082, 0x00000006, 0x000001a3, 0x0000004c, 0x0000018f, 0x000500c4, 0x00000006,
    0x000001a4, 0x000001a1, 0x000001a3, 0x000500c5, 0x00000006, 0x000001a5, 0x0000019d, 0x000001a4,
    0x000200f9, 0x000001a6, 0x000200f8, 0x000001a6, 0x000700f5, 0x00000006, 0x000001c4, 0x00000197,
    0x00000194, 0x000001a5, 0x00000198, 0x000200f9, 0x00000156, 0x000200f8, 0x00000156, 0x000700f5,
    0x0000000f, 0x000001c8, 0x000001c1, 0x000001a6, 0x0000017b, 0x0000015a, 0x000700f5, 0x00000006,
    0x000001c5, 0x00000038, 0x000001a6, 0x0000017e, 0x0000015a, 0x000500b0, 0x00000039, 0x00000159,
    0x000001c5, 0x00000066, 0x000400f6, 0x0000017f, 0x0000015a, 0x00000000, 0x000400fa, 0x00000159,
    0x0000015a, 0x0000017f, 0x000200f8, 0x0000015a, 0x00050084, 0x00000006, 0x0000015d, 0x00000028,
    0x000001c5, 0x000500c2, 0x00000006, 0x0000015e, 0x000001c4, 0x0000015d, 0x00050080, 0x00000006,
    0x00000162, 0x000000ef, 0x00000153, 0x00050080, 0x00000006, 0x00000164, 0x00000162, 0x000001c5,
    0x000500c7, 0x00000006, 0x00000166, 0x0000015e, 0x00000085, 0x0004007c, 0x0000001d, 0x00000167,
    0x00000166, 0x00050082, 0x0000001d, 0x00000168, 0x00000167, 0x00000088, 0x0004006f, 0x0000000f,
    0x00000169, 0x00000168, 0x00060041, 0x00000090, 0x0000016b, 0x0000008e, 0x0000001e, 0x00000164,
    0x0004003d, 0x0000000f, 0x0000016c, 0x0000016b, 0x000500c2, 0x00000006, 0x0000016f, 0x0000015e,
    0x00000095, 0x000500c7, 0x00000006, 0x00000170, 0x0000016f, 0x00000085, 0x0004007c, 0x0000001d,
    0x00000171, 0x00000170, 0x00050082, 0x0000001d, 0x00000172, 0x00000171, 0x00000088, 0x0004006f,
    0x0000000f, 0x00000173, 0x00000172, 0x00050080, 0x00000006, 0x00000175, 0x00000164, 0x0000009c,
    0x00060041, 0x00000090, 0x00000176, 0x0000008e, 0x0000001e, 0x00000175, 0x0004003d, 0x0000000f,
    0x00000177, 0x00000176, 0x00050085, 0x0000000f, 0x00000178, 0x00000173, 0x00000177, 0x0008000c,
    0x0000000f, 0x00000179, 0x00000001, 0x00000032, 0x00000169, 0x0000016c, 0x00000178, 0x00050081,
    0x0000000f, 0x0000017b, 0x000001c8, 0x00000179, 0x00050080, 0x00000006, 0x0000017e, 0x000001c5,
    0x000000a5, 0x000200f9, 0x00000156, 0x000200f8, 0x0000017f, 0x000200f9, 0x00000180, 0x000200f8,
    0x00000180, 0x00050080, 0x00000006, 0x00000182, 0x000001c0, 0x000000a5, 0x000200f9, 0x0000014b,
    0x000200f8, 0x00000183, 0x000500c2, 0x00000006, 0x000001b2, 0x000000ed, 0x00000020, 0x00060041,
    0x00000022, 0x000001b3, 0x0000001c, 0x0000001e, 0x000001b2, 0x0004003d, 0x00000006, 0x000001b4,
    0x000001b3, 0x000500c7, 0x00000006, 0x000001b6, 0x000000ed, 0x00000026, 0x00050084, 0x00000006,
    0x000001b7, 0x000001b6, 0x00000028, 0x000500c2, 0x00000006, 0x000001b8, 0x000001b4, 0x000001b7,
    0x000500c7, 0x00000006, 0x000001b9, 0x000001b8, 0x0000002b, 0x0006000c, 0x00000057, 0x000001ad,
    0x00000001, 0x0000003e, 0x000001b9, 0x00050051, 0x0000000f, 0x000001ae, 0x000001ad, 0x00000000,
    0x0008000c, 0x0000000f, 0x000000f4, 0x00000001, 0x00000032, 0x000001ae, 0x000001c1, 0x000001bc,
    0x000200f9, 0x000000e5, 0x000200f8, 0x000000e5, 0x00050080, 0x00000006, 0x000000f6, 0x000001ba,
    0x00000028, 0x000200f9, 0x000000e2, 0x000200f8, 0x000000e4, 0x000200f9, 0x000000d2, 0x000200f8,
    0x000000d2, 0x000700f5, 0x0000000f, 0x000001bb, 0x0000005e, 0x00000005, 0x000001bc, 0x000000e4,
    0x00050041, 0x000000fd, 0x000000fe, 0x000000fa, 0x000000b3, 0x0003003e, 0x000000fe, 0x000001bb,
    0x000400e0, 0x00000026, 0x00000026, 0x000000ff, 0x000200f9, 0x00000101, 0x000200f8, 0x00000101,
    0x000700f5, 0x00000006, 0x000001bd, 0x00000066, 0x000000d2, 0x00000118, 0x00000104, 0x000500ac,
    0x00000039, 0x00000107, 0x000001bd, 0x00000038, 0x000400f6, 0x00000103, 0x00000104, 0x00000000,
    0x000400fa, 0x00000107, 0x00000102, 0x00000103, 0x000200f8, 0x00000102, 0x000500b0, 0x00000039,
    0x0000010a, 0x000000b6, 0x000001bd, 0x000300f7, 0x0000010c, 0x00000000, 0x000400fa, 0x0000010a,
    0x0000010b, 0x0000010c, 0x000200f8, 0x0000010b, 0x00050080, 0x00000006, 0x00000110, 0x000000b3,
    0x000001bd, 0x00050041, 0x000000fd, 0x00000111, 0x000000fa, 0x00000110, 0x0004003d, 0x0000000f,
    0x00000112, 0x00000111, 0x0004003d, 0x0000000f, 0x00000114, 0x000000fe, 0x00050081, 0x0000000f,
    0x00000115, 0x00000114, 0x00000112, 0x0003003e, 0x000000fe, 0x00000115, 0x000200f9, 0x0000010c,
    0x000200f8, 0x0000010c, 0x000400e0, 0x00000026, 0x00000026, 0x000000ff, 0x000200f9, 0x00000104,
    0x000200f8, 0x00000104, 0x000500c2, 0x00000006, 0x00000118, 0x000001bd, 0x00000048, 0x000200f9,
    0x00000101, 0x000200f8, 0x00000103, 0x000500aa, 0x00000039, 0x0000011a, 0x000000b6, 0x00000038,
    0x000300f7, 0x0000011c, 0x00000000, 0x000400fa, 0x0000011a, 0x0000011b, 0x0000011c, 0x000200f8,
    0x0000011b, 0x000200f9, 0x0000011c, 0x000200f8, 0x0000011c, 0x000700f5, 0x00000039, 0x00000121,
    0x0000011a, 0x00000103, 0x000000d0, 0x0000011b, 0x000300f7, 0x00000123, 0x00000000, 0x000400fa,
    0x00000121, 0x00000122, 0x00000123, 0x000200f8, 0x00000122, 0x00050041, 0x000000cd, 0x00000129,
    0x000000cc, 0x00000128, 0x0004003d, 0x00000006, 0x0000012a, 0x00000129, 0x00050080, 0x00000006,
    0x0000012c, 0x0000012a, 0x000000c7, 0x00050041, 0x000000cd, 0x0000012d, 0x000000cc, 0x00000020,
    0x0004003d, 0x00000006, 0x0000012e, 0x0000012d, 0x000500ab, 0x00000039, 0x0000012f, 0x0000012e,
    0x00000038, 0x000300f7, 0x00000132, 0x00000000, 0x000400fa, 0x0000012f, 0x00000131, 0x00000139,
    0x000200f8, 0x00000131, 0x00060041, 0x00000090, 0x00000137, 0x00000127, 0x0000001e, 0x0000012c,
    0x0004003d, 0x0000000f, 0x00000138, 0x00000137, 0x000200f9, 0x00000132, 0x000200f8, 0x00000139,
    0x000200f9, 0x00000132, 0x000200f8, 0x00000132, 0x000700f5, 0x0000000f, 0x000001be, 0x00000138,
    0x00000131, 0x0000005e, 0x00000139, 0x0004003d, 0x0000000f, 0x0000013d, 0x000000fe, 0x00050081,
    0x0000000f, 0x0000013e, 0x000001be, 0x0000013d, 0x00060041, 0x00000090, 0x0000013f, 0x00000127,
    0x0000001e, 0x0000012c, 0x0003003e, 0x0000013f, 0x0000013e, 0x000200f9, 0x00000123, 0x000200f8,
    0x00000123, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q4_1[1216] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000001e3, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000a6, 0x000000ae, 0x000000b1,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000024,
    0x00000006, 0x00000004, 0x00040048, 0x00000025, 0x00000000, 0x00000018, 0x00050048, 0x00000025,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000025, 0x00000002, 0x00040047, 0x00000027,
    0x00000022, 0x00000000, 0x00040047, 0x00000027, 0x00000021, 0x00000000, 0x00040047, 0x00000071,
    0x00000006, 0x00000004, 0x00040048, 0x00000072, 0x00000000, 0x00000018, 0x00050048, 0x00000072,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000072, 0x00000002, 0x00040047, 0x00000074,
    0x00000022, 0x00000000, 0x00040047, 0x00000074, 0x00000021, 0x00000001, 0x00040047, 0x000000a6,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000ae, 0x0000000b, 0x0000001a, 0x00040047, 0x000000b1,
    0x0000000b, 0x00000018, 0x00050048, 0x000000be, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000be, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000be, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000be, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000be,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000be, 0x00000002, 0x00040047, 0x00000119,
    0x00000006, 0x00000004, 0x00050048, 0x0000011a, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x0000011a, 0x00000002, 0x00040047, 0x0000011c, 0x00000022, 0x00000000, 0x00040047, 0x0000011c,
    0x00000021, 0x00000002, 0x00040047, 0x00000135, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000c, 0x00000020, 0x0004002b, 0x00000006, 0x00000014, 0x00000003, 0x0004002b, 0x00000006,
    0x00000016, 0x00000008, 0x00040015, 0x0000001a, 0x00000020, 0x00000001, 0x0004002b, 0x0000001a,
    0x0000001b, 0x00000002, 0x0004002b, 0x00000006, 0x0000001e, 0x00000000, 0x00020014, 0x0000001f,
    0x0003001d, 0x00000024, 0x00000006, 0x0003001e, 0x00000025, 0x00000024, 0x00040020, 0x00000026,
    0x0000000c, 0x00000025, 0x0004003b, 0x00000026, 0x00000027, 0x0000000c, 0x0004002b, 0x0000001a,
    0x00000028, 0x00000000, 0x00040020, 0x0000002a, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006,
    0x00000034, 0x00000001, 0x0004002b, 0x00000006, 0x00000038, 0x00000020, 0x00040017, 0x00000040,
    0x0000000c, 0x00000002, 0x0004002b, 0x0000000c, 0x00000049, 0x00000000, 0x0004002b, 0x00000006,
    0x00000052, 0x00000004, 0x0003001d, 0x00000071, 0x0000000c, 0x0003001e, 0x00000072, 0x00000071,
    0x00040020, 0x00000073, 0x0000000c, 0x00000072, 0x0004003b, 0x00000073, 0x00000074, 0x0000000c,
    0x00040020, 0x00000076, 0x0000000c, 0x0000000c, 0x0004002b, 0x00000006, 0x0000007b, 0x00000010,
    0x0004002b, 0x00000006, 0x00000080, 0x0000000f, 0x0004002b, 0x0000001a, 0x00000086, 0x00000004,
    0x0004002b, 0x0000001a, 0x00000095, 0x00000001, 0x00040020, 0x000000a5, 0x00000001, 0x00000006,
    0x0004003b, 0x000000a5, 0x000000a6, 0x00000001, 0x00040017, 0x000000ac, 0x00000006, 0x00000003,
    0x00040020, 0x000000ad, 0x00000001, 0x000000ac, 0x0004003b, 0x000000ad, 0x000000ae, 0x00000001,
    0x0004003b, 0x000000ad, 0x000000b1, 0x00000001, 0x0007001e, 0x000000be, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x000000bf, 0x00000009, 0x000000be, 0x0004003b,
    0x000000bf, 0x000000c0, 0x00000009, 0x00040020, 0x000000c1, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x000000d1, 0x00000014, 0x0004002b, 0x00000006, 0x000000eb, 0x00000040, 0x0004001c,
    0x000000ec, 0x0000000c, 0x000000eb, 0x00040020, 0x000000ed, 0x00000004, 0x000000ec, 0x0004003b,
    0x000000ed, 0x000000ee, 0x00000004, 0x00040020, 0x000000f1, 0x00000004, 0x0000000c, 0x0004002b,
    0x00000006, 0x000000f3, 0x00000002, 0x0004002b, 0x00000006, 0x000000f4, 0x00000108, 0x0003001d,
    0x00000119, 0x0000000c, 0x0003001e, 0x0000011a, 0x00000119, 0x00040020, 0x0000011b, 0x0000000c,
    0x0000011a, 0x0004003b, 0x0000011b, 0x0000011c, 0x0000000c, 0x0004002b, 0x0000001a, 0x0000011d,
    0x00000003, 0x0006002c, 0x000000ac, 0x00000135, 0x000000eb, 0x00000034, 0x00000034, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x000000a7, 0x000000a6, 0x00050089, 0x00000006, 0x000000aa, 0x000000a7, 0x00000016, 0x00050041,
    0x000000a5, 0x000000af, 0x000000ae, 0x00000034, 0x0004003d, 0x00000006, 0x000000b0, 0x000000af,
    0x00050041, 0x000000a5, 0x000000b2, 0x000000b1, 0x0000001e, 0x0004003d, 0x00000006, 0x000000b3,
    0x000000b2, 0x00050084, 0x00000006, 0x000000b4, 0x000000b0, 0x000000b3, 0x00050041, 0x000000a5,
    0x000000b5, 0x000000ae, 0x0000001e, 0x0004003d, 0x00000006, 0x000000b6, 0x000000b5, 0x00050080,
    0x00000006, 0x000000b7, 0x000000b4, 0x000000b6, 0x00050084, 0x00000006, 0x000000b8, 0x000000b7,
    0x00000016, 0x00050086, 0x00000006, 0x000000ba, 0x000000a7, 0x00000016, 0x00050080, 0x00000006,
    0x000000bb, 0x000000b8, 0x000000ba, 0x00050041, 0x000000c1, 0x000000c2, 0x000000c0, 0x00000095,
    0x0004003d, 0x00000006, 0x000000c3, 0x000000c2, 0x000500b0, 0x0000001f, 0x000000c4, 0x000000bb,
    0x000000c3, 0x000300f7, 0x000000c6, 0x00000000, 0x000400fa, 0x000000c4, 0x000000c5, 0x000000c6,
    0x000200f8, 0x000000c5, 0x00050041, 0x000000c1, 0x000000c8, 0x000000c0, 0x00000028, 0x0004003d,
    0x00000006, 0x000000c9, 0x000000c8, 0x00050086, 0x00000006, 0x000000ca, 0x000000c9, 0x00000038,
    0x00050041, 0x000000c1, 0x000000cc, 0x000000c0, 0x00000086, 0x0004003d, 0x00000006, 0x000000cd,
    0x000000cc, 0x00050084, 0x00000006, 0x000000d0, 0x000000bb, 0x000000ca, 0x00050084, 0x00000006,
    0x000000d2, 0x000000d0, 0x000000d1, 0x00050080, 0x00000006, 0x000000d3, 0x000000cd, 0x000000d2,
    0x000200f9, 0x000000d6, 0x000200f8, 0x000000d6, 0x000700f5, 0x0000000c, 0x000001d0, 0x00000049,
    0x000000c5, 0x000000e8, 0x000000d9, 0x000700f5, 0x00000006, 0x000001ce, 0x000000aa, 0x000000c5,
    0x000000ea, 0x000000d9, 0x000500b0, 0x0000001f, 0x000000dd, 0x000001ce, 0x000000ca, 0x000400f6,
    0x000000d8, 0x000000d9, 0x00000000, 0x000400fa, 0x000000dd, 0x000000d7, 0x000000d8, 0x000200f8,
    0x000000d7, 0x00050084, 0x00000006, 0x000000e0, 0x000001ce, 0x000000d1, 0x00050080, 0x00000006,
    0x000000e1, 0x000000d3, 0x000000e0, 0x00050084, 0x00000006, 0x000000e3, 0x000001ce, 0x00000038,
    0x000500c7, 0x00000006, 0x00000192, 0x000000e1, 0x00000014, 0x00050084, 0x00000006, 0x00000193,
    0x00000192, 0x00000016, 0x000500c2, 0x00000006, 0x00000195, 0x000000e1, 0x0000001b, 0x000500aa,
    0x0000001f, 0x00000197, 0x00000193, 0x0000001e, 0x000300f7, 0x000001aa, 0x00000000, 0x000400fa,
    0x00000197, 0x00000198, 0x0000019c, 0x000200f8, 0x00000198, 0x00060041, 0x0000002a, 0x0000019a,
    0x00000027, 0x00000028, 0x00000195, 0x0004003d, 0x00000006, 0x0000019b, 0x0000019a, 0x000200f9,
    0x000001aa, 0x000200f8, 0x0000019c, 0x00060041, 0x0000002a, 0x0000019e, 0x00000027, 0x00000028,
    0x00000195, 0x0004003d, 0x00000006, 0x0000019f, 0x0000019e, 0x000500c2, 0x00000006, 0x000001a1,
    0x0000019f, 0x00000193, 0x00050080, 0x00000006, 0x000001a3, 0x00000195, 0x00000034, 0x00060041,
    0x0000002a, 0x000001a4, 0x00000027, 0x00000028, 0x000001a3, 0x0004003d, 0x00000006, 0x000001a5,
    0x000001a4, 0x00050082, 0x00000006, 0x000001a7, 0x00000038, 0x00000193, 0x000500c4, 0x00000006,
    0x000001a8, 0x000001a5, 0x000001a7, 0x000500c5, 0x00000006, 0x000001a9, 0x000001a1, 0x000001a8,
    0x000200f9, 0x000001aa, 0x000200f8, 0x000001aa, 0x000700f5, 0x00000006, 0x000001d4, 0x0000019b,
    0x00000198, 0x000001a9, 0x0000019c, 0x0006000c, 0x00000040, 0x00000146, 0x00000001, 0x0000003e,
    0x000001d4, 0x000200f9, 0x00000147, 0x000200f8, 0x00000147, 0x000700f5, 0x0000000c, 0x000001d7,
    0x00000049, 0x000001aa, 0x000001e2, 0x0000017f, 0x000700f5, 0x0000000c, 0x000001d6, 0x00000049,
    0x000001aa, 0x000001e0, 0x0000017f, 0x000700f5, 0x00000006, 0x000001d5, 0x0000001e, 0x000001aa,
    0x00000181, 0x0000017f, 0x000500b0, 0x0000001f, 0x0000014a, 0x000001d5, 0x00000052, 0x000400f6,
    0x00000182, 0x0000017f, 0x00000000, 0x000400fa, 0x0000014a, 0x0000014b, 0x00000182, 0x000200f8,
    0x0000014b, 0x00050080, 0x00000006, 0x0000014d, 0x000000e1, 0x00000052, 0x00050084, 0x00000006,
    0x0000014f, 0x00000052, 0x000001d5, 0x00050080, 0x00000006, 0x00000150, 0x0000014d, 0x0000014f,
    0x000500c7, 0x00000006, 0x000001b2, 0x00000150, 0x00000014, 0x00050084, 0x00000006, 0x000001b3,
    0x000001b2, 0x00000016, 0x000500c2, 0x00000006, 0x000001b5, 0x00000150, 0x0000001b, 0x000500aa,
    0x0000001f, 0x000001b7, 0x000001b3, 0x0000001e, 0x000300f7, 0x000001ca, 0x00000000, 0x000400fa,
    0x000001b7, 0x000001b8, 0x000001bc, 0x000200f8, 0x000001b8, 0x00060041, 0x0000002a, 0x000001ba,
    0x00000027, 0x00000028, 0x000001b5, 0x0004003d, 0x00000006, 0x000001bb, 0x000001ba, 0x000200f9,
    0x000001ca, 0x000200f8, 0x000001bc, 0x00060041, 0x0000002a, 0x000001be, 0x00000027, 0x00000028,
    0x000001b5, 0x0004003d, 0x00000006, 0x000001bf, 0x000001be, 0x000500c2, 0x00000006, 0x000001c1,
    0x000001bf, 0x000001b3, 0x00050080, 0x00000006, 0x000001c3, 0x000001b5, 0x00000034, 0x00060041,
    0x0000002a, 0x000001c4, 0x00000027, 0x00000028, 0x000001c3, 0x0004003d, 0x00000006, 0x000001c5,
    0x000001c4, 0x00050082, 0x00000006, 0x000001c7, 0x00000038, 0x000001b3, 0x000500c4, 0x00000006,
    0x000001c8, 0x000001c5, 0x000001c7, 0x000500c5, 0x00000006, 0x000001c9, 0x000001c1, 0x000001c8,
    0x000200f9, 0x000001ca, 0x000200f8, 0x000001ca, 0x000700f5, 0x00000006, 0x000001dc, 0x000001bb,
    0x000001b8, 0x000001c9, 0x000001bc, 0x000200f9, 0x00000152, 0x000200f8, 0x00000152, 0x000700f5,
    0x0000000c, 0x000001e2, 0x000001d7, 0x000001ca, 0x0000017a, 0x00000156, 0x000700f5, 0x0000000c,
    0x000001e0, 0x000001d6, 0x000001ca, 0x00000175, 0x00000156, 0x000700f5, 0x00000006, 0x000001dd,
    0x0000001e, 0x000001ca, 0x0000017d, 0x00000156, 0x000500b0, 0x0000001f, 0x00000155, 0x000001dd,
    0x00000052, 0x000400f6, 0x0000017e, 0x00000156, 0x00000000, 0x000400fa, 0x00000155, 0x00000156,
    0x0000017e, 0x000200f8, 0x00000156, 0x00050084, 0x00000006, 0x00000159, 0x00000016, 0x000001dd,
    0x000500c2, 0x00000006, 0x0000015a, 0x000001dc, 0x00000159, 0x00050080, 0x00000006, 0x0000015e,
    0x000000e3, 0x0000014f, 0x00050080, 0x00000006, 0x00000160, 0x0000015e, 0x000001dd, 0x00060041,
    0x00000076, 0x00000162, 0x00000074, 0x00000028, 0x00000160, 0x0004003d, 0x0000000c, 0x00000163,
    0x00000162, 0x00050080, 0x00000006, 0x00000165, 0x00000160, 0x0000007b, 0x00060041, 0x00000076,
    0x00000166, 0x00000074, 0x00000028, 0x00000165, 0x0004003d, 0x0000000c, 0x00000167, 0x00000166,
    0x000500c7, 0x00000006, 0x00000169, 0x0000015a, 0x00000080, 0x00040070, 0x0000000c, 0x0000016a,
    0x00000169, 0x000500c2, 0x00000006, 0x0000016e, 0x0000015a, 0x00000086, 0x000500c7, 0x00000006,
    0x0000016f, 0x0000016e, 0x00000080, 0x00040070, 0x0000000c, 0x00000170, 0x0000016f, 0x00050085,
    0x0000000c, 0x00000172, 0x00000170, 0x00000167, 0x0008000c, 0x0000000c, 0x00000173, 0x00000001,
    0x00000032, 0x0000016a, 0x00000163, 0x00000172, 0x00050081, 0x0000000c, 0x00000175, 0x000001e0,
    0x00000173, 0x00050081, 0x0000000c, 0x00000178, 0x00000163, 0x00000167, 0x00050081, 0x0000000c,
    0x0000017a, 0x000001e2, 0x00000178, 0x00050080, 0x00000006, 0x0000017d, 0x000001dd, 0x00000095,
    0x000200f9, 0x00000152, 0x000200f8, 0x0000017e, 0x000200f9, 0x0000017f, 0x000200f8, 0x0000017f,
    0x00050080, 0x00000006, 0x00000181, 0x000001d5, 0x00000095, 0x000200f9, 0x00000147, 0x000200f8,
    0x00000182, 0x00050051, 0x0000000c, 0x00000184, 0x00000146, 0x00000000, 0x00050051, 0x0000000c,
    0x00000188, 0x00000146, 0x00000001, 0x00050085, 0x0000000c, 0x0000018a, 0x00000188, 0x000001d7,
    0x0008000c, 0x0000000c, 0x0000018b, 0x00000001, 0x00000032, 0x00000184, 0x000001d6, 0x0000018a,
    0x00050081, 0x0000000c, 0x000000e8, 0x000001d0, 0x0000018b, 0x000200f9, 0x000000d9, 0x000200f8,
    0x000000d9, 0x00050080, 0x00000006, 0x000000ea, 0x000001ce, 0x00000016, 0x000200f9, 0x000000d6,
    0x000200f8, 0x000000d8, 0x000200f9, 0x000000c6, 0x000200f8, 0x000000c6, 0x000700f5, 0x0000000c,
    0x000001cf, 0x00000049, 0x00000005, 0x000001d0, 0x000000d8, 0x00050041, 0x000000f1, 0x000000f2,
    0x000000ee, 0x000000a7, 0x0003003e, 0x000000f2, 0x000001cf, 0x000400e0, 0x000000f3, 0x000000f3,
    0x000000f4, 0x000200f9, 0x000000f6, 0x000200f8, 0x000000f6, 0x000700f5, 0x00000006, 0x000001d1,
    0x00000052, 0x000000c6, 0x0000010d, 0x000000f9, 0x000500ac, 0x0000001f, 0x000000fc, 0x000001d1,
    0x0000001e, 0x000400f6, 0x000000f8, 0x000000f9, 0x00000000, 0x000400fa, 0x000000fc, 0x000000f7,
    0x000000f8, 0x000200f8, 0x000000f7, 0x000500b0, 0x0000001f, 0x000000ff, 0x000000aa, 0x000001d1,
    0x000300f7, 0x00000101, 0x00000000, 0x000400fa, 0x000000ff, 0x00000100, 0x00000101, 0x000200f8,
    0x00000100, 0x00050080, 0x00000006, 0x00000105, 0x000000a7, 0x000001d1, 0x00050041, 0x000000f1,
    0x00000106, 0x000000ee, 0x00000105, 0x0004003d, 0x0000000c, 0x00000107, 0x00000106, 0x0004003d,
    0x0000000c, 0x00000109, 0x000000f2, 0x00050081, 0x0000000c, 0x0000010a, 0x00000109, 0x00000107,
    0x0003003e, 0x000000f2, 0x0000010a, 0x000200f9, 0x00000101, 0x000200f8, 0x00000101, 0x000400e0,
    0x000000f3, 0x000000f3, 0x000000f4, 0x000200f9, 0x000000f9, 0x000200f8, 0x000000f9, 0x000500c2,
    0x00000006, 0x0000010d, 0x000001d1, 0x00000034, 0x000200f9, 0x000000f6, 0x000200f8, 0x000000f8,
    0x000500aa, 0x0000001f, 0x0000010f, 0x000000aa, 0x0000001e, 0x000300f7, 0x00000111, 0x00000000,
    0x000400fa, 0x0000010f, 0x00000110, 0x00000111, 0x000200f8, 0x00000110, 0x000200f9, 0x00000111,
    0x000200f8, 0x00000111, 0x000700f5, 0x0000001f, 0x00000116, 0x0000010f, 0x000000f8, 0x000000c4,
    0x00000110, 0x000300f7, 0x00000118, 0x00000000, 0x000400fa, 0x00000116, 0x00000117, 0x00000118,
    0x000200f8, 0x00000117, 0x00050041, 0x000000c1, 0x0000011e, 0x000000c0, 0x0000011d, 0x0004003d,
    0x00000006, 0x0000011f, 0x0000011e, 0x00050080, 0x00000006, 0x00000121, 0x0000011f, 0x000000bb,
    0x00050041, 0x000000c1, 0x00000122, 0x000000c0, 0x0000001b, 0x0004003d, 0x00000006, 0x00000123,
    0x00000122, 0x000500ab, 0x0000001f, 0x00000124, 0x00000123, 0x0000001e, 0x000300f7, 0x00000127,
    0x00000000, 0x000400fa, 0x00000124, 0x00000126, 0x0000012e, 0x000200f8, 0x00000126, 0x00060041,
    0x00000076, 0x0000012c, 0x0000011c, 0x00000028, 0x00000121, 0x0004003d, 0x0000000c, 0x0000012d,
    0x0000012c, 0x000200f9, 0x00000127, 0x000200f8, 0x0000012e, 0x000200f9, 0x00000127, 0x000200f8,
    0x00000127, 0x000700f5, 0x0000000c, 0x000001d2, 0x0000012d, 0x00000126, 0x00000049, 0x0000012e,
    0x0004003d, 0x0000000c, 0x00000132, 0x000000f2, 0x00050081, 0x0000000c, 0x00000133, 0x000001d2,
    0x00000132, 0x00060041, 0x00000076, 0x00000134, 0x0000011c, 0x00000028, 0x00000121, 0x0003003e,
    0x00000134, 0x00000133, 0x000200f9, 0x00000118, 0x000200f8, 0x00000118, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q4_k[2008] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000398, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x0000012e, 0x00000136, 0x00000139,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001d,
    0x00000006, 0x00000004, 0x00040048, 0x0000001e, 0x00000000, 0x00000018, 0x00050048, 0x0000001e,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001e, 0x00000002, 0x00040047, 0x00000020,
    0x00000022, 0x00000000, 0x00040047, 0x00000020, 0x00000021, 0x00000000, 0x00040047, 0x000000cf,
    0x00000006, 0x00000004, 0x00040048, 0x000000d0, 0x00000000, 0x00000018, 0x00050048, 0x000000d0,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000d0, 0x00000002, 0x00040047, 0x000000d2,
    0x00000022, 0x00000000, 0x00040047, 0x000000d2, 0x00000021, 0x00000001, 0x00040047, 0x0000012e,
    0x0000000b, 0x0000001d, 0x00040047, 0x00000136, 0x0000000b, 0x0000001a, 0x00040047, 0x00000139,
    0x0000000b, 0x00000018, 0x00050048, 0x00000146, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000146, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000146, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000146, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000146,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000146, 0x00000002, 0x00040047, 0x000001a0,
    0x00000006, 0x00000004, 0x00050048, 0x000001a1, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000001a1, 0x00000002, 0x00040047, 0x000001a3, 0x00000022, 0x00000000, 0x00040047, 0x000001a3,
    0x00000021, 0x00000002, 0x00040047, 0x000001bc, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x0000001d, 0x00000006, 0x0003001e, 0x0000001e, 0x0000001d,
    0x00040020, 0x0000001f, 0x0000000c, 0x0000001e, 0x0004003b, 0x0000001f, 0x00000020, 0x0000000c,
    0x00040015, 0x00000021, 0x00000020, 0x00000001, 0x0004002b, 0x00000021, 0x00000022, 0x00000000,
    0x0004002b, 0x00000021, 0x00000024, 0x00000002, 0x00040020, 0x00000026, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x0000002a, 0x00000003, 0x0004002b, 0x00000006, 0x0000002c, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002f, 0x000000ff, 0x0004002b, 0x00000006, 0x0000003b, 0x00000000,
    0x00020014, 0x0000003c, 0x0004002b, 0x00000006, 0x0000004b, 0x00000001, 0x0004002b, 0x00000006,
    0x0000004f, 0x00000020, 0x0004002b, 0x00000006, 0x00000058, 0x00000004, 0x0004002b, 0x00000006,
    0x00000062, 0x0000003f, 0x0004002b, 0x00000006, 0x00000076, 0x0000000f, 0x0004002b, 0x00000021,
    0x0000007d, 0x00000006, 0x0004002b, 0x00000021, 0x0000007f, 0x00000004, 0x00040017, 0x0000008f,
    0x0000000f, 0x00000002, 0x0004002b, 0x0000000f, 0x00000097, 0x00000000, 0x0004002b, 0x00000006,
    0x000000ae, 0x00000010, 0x0004002b, 0x00000006, 0x000000c6, 0x00000040, 0x0003001d, 0x000000cf,
    0x0000000f, 0x0003001e, 0x000000d0, 0x000000cf, 0x00040020, 0x000000d1, 0x0000000c, 0x000000d0,
    0x0004003b, 0x000000d1, 0x000000d2, 0x0000000c, 0x00040020, 0x000000d4, 0x0000000c, 0x0000000f,
    0x0004002b, 0x00000021, 0x000000f2, 0x00000001, 0x0004002b, 0x00000006, 0x000000f6, 0x00000002,
    0x00040020, 0x0000012d, 0x00000001, 0x00000006, 0x0004003b, 0x0000012d, 0x0000012e, 0x00000001,
    0x00040017, 0x00000134, 0x00000006, 0x00000003, 0x00040020, 0x00000135, 0x00000001, 0x00000134,
    0x0004003b, 0x00000135, 0x00000136, 0x00000001, 0x0004003b, 0x00000135, 0x00000139, 0x00000001,
    0x0007001e, 0x00000146, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x00000147, 0x00000009, 0x00000146, 0x0004003b, 0x00000147, 0x00000148, 0x00000009, 0x00040020,
    0x00000149, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x00000152, 0x00000100, 0x0004002b,
    0x00000006, 0x0000015a, 0x00000090, 0x0004001c, 0x00000174, 0x0000000f, 0x000000c6, 0x00040020,
    0x00000175, 0x00000004, 0x00000174, 0x0004003b, 0x00000175, 0x00000176, 0x00000004, 0x00040020,
    0x00000179, 0x00000004, 0x0000000f, 0x0004002b, 0x00000006, 0x0000017b, 0x00000108, 0x0003001d,
    0x000001a0, 0x0000000f, 0x0003001e, 0x000001a1, 0x000001a0, 0x00040020, 0x000001a2, 0x0000000c,
    0x000001a1, 0x0004003b, 0x000001a2, 0x000001a3, 0x0000000c, 0x0004002b, 0x00000021, 0x000001a4,
    0x00000003, 0x0006002c, 0x00000134, 0x000001bc, 0x000000c6, 0x0000004b, 0x0000004b, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x0000012f, 0x0000012e, 0x00050089, 0x00000006, 0x00000132, 0x0000012f, 0x0000002c, 0x00050041,
    0x0000012d, 0x00000137, 0x00000136, 0x0000004b, 0x0004003d, 0x00000006, 0x00000138, 0x00000137,
    0x00050041, 0x0000012d, 0x0000013a, 0x00000139, 0x0000003b, 0x0004003d, 0x00000006, 0x0000013b,
    0x0000013a, 0x00050084, 0x00000006, 0x0000013c, 0x00000138, 0x0000013b, 0x00050041, 0x0000012d,
    0x0000013d, 0x00000136, 0x0000003b, 0x0004003d, 0x00000006, 0x0000013e, 0x0000013d, 0x00050080,
    0x00000006, 0x0000013f, 0x0000013c, 0x0000013e, 0x00050084, 0x00000006, 0x00000140, 0x0000013f,
    0x0000002c, 0x00050086, 0x00000006, 0x00000142, 0x0000012f, 0x0000002c, 0x00050080, 0x00000006,
    0x00000143, 0x00000140, 0x00000142, 0x00050041, 0x00000149, 0x0000014a, 0x00000148, 0x000000f2,
    0x0004003d, 0x00000006, 0x0000014b, 0x0000014a, 0x000500b0, 0x0000003c, 0x0000014c, 0x00000143,
    0x0000014b, 0x000300f7, 0x0000014e, 0x00000000, 0x000400fa, 0x0000014c, 0x0000014d, 0x0000014e,
    0x000200f8, 0x0000014d, 0x00050041, 0x00000149, 0x00000150, 0x00000148, 0x00000022, 0x0004003d,
    0x00000006, 0x00000151, 0x00000150, 0x00050086, 0x00000006, 0x00000153, 0x00000151, 0x00000152,
    0x00050041, 0x00000149, 0x00000155, 0x00000148, 0x0000007f, 0x0004003d, 0x00000006, 0x00000156,
    0x00000155, 0x00050084, 0x00000006, 0x00000159, 0x00000143, 0x00000153, 0x00050084, 0x00000006,
    0x0000015b, 0x00000159, 0x0000015a, 0x00050080, 0x00000006, 0x0000015c, 0x00000156, 0x0000015b,
    0x000200f9, 0x0000015f, 0x000200f8, 0x0000015f, 0x000700f5, 0x0000000f, 0x00000369, 0x00000097,
    0x0000014d, 0x00000171, 0x00000162, 0x000700f5, 0x00000006, 0x00000367, 0x00000132, 0x0000014d,
    0x00000173, 0x00000162, 0x000500b0, 0x0000003c, 0x00000166, 0x00000367, 0x00000153, 0x000400f6,
    0x00000161, 0x00000162, 0x00000000, 0x000400fa, 0x00000166, 0x00000160, 0x00000161, 0x000200f8,
    0x00000160, 0x00050084, 0x00000006, 0x00000169, 0x00000367, 0x0000015a, 0x00050080, 0x00000006,
    0x0000016a, 0x0000015c, 0x00000169, 0x00050084, 0x00000006, 0x0000016c, 0x00000367, 0x00000152,
    0x000500c7, 0x00000006, 0x00000254, 0x0000016a, 0x0000002a, 0x00050084, 0x00000006, 0x00000255,
    0x00000254, 0x0000002c, 0x000500c2, 0x00000006, 0x00000257, 0x0000016a, 0x00000024, 0x000500aa,
    0x0000003c, 0x00000259, 0x00000255, 0x0000003b, 0x000300f7, 0x0000026c, 0x00000000, 0x000400fa,
    0x00000259, 0x0000025a, 0x0000025e, 0x000200f8, 0x0000025a, 0x00060041, 0x00000026, 0x0000025c,
    0x00000020, 0x00000022, 0x00000257, 0x0004003d, 0x00000006, 0x0000025d, 0x0000025c, 0x000200f9,
    0x0000026c, 0x000200f8, 0x0000025e, 0x00060041, 0x00000026, 0x00000260, 0x00000020, 0x00000022,
    0x00000257, 0x0004003d, 0x00000006, 0x00000261, 0x00000260, 0x000500c2, 0x00000006, 0x00000263,
    0x00000261, 0x00000255, 0x00050080, 0x00000006, 0x00000265, 0x00000257, 0x0000004b, 0x00060041,
    0x00000026, 0x00000266, 0x00000020, 0x00000022, 0x00000265, 0x0004003d, 0x00000006, 0x00000267,
    0x00000266, 0x00050082, 0x00000006, 0x00000269, 0x0000004f, 0x00000255, 0x000500c4, 0x00000006,
    0x0000026a, 0x00000267, 0x00000269, 0x000500c5, 0x00000006, 0x0000026b, 0x00000263, 0x0000026a,
    0x000200f9, 0x0000026c, 0x000200f8, 0x0000026c, 0x000700f5, 0x00000006, 0x0000036d, 0x0000025d,
    0x0000025a, 0x0000026b, 0x0000025e, 0x0006000c, 0x0000008f, 0x000001dd, 0x00000001, 0x0000003e,
    0x0000036d, 0x000200f9, 0x000001de, 0x000200f8, 0x000001de, 0x000700f5, 0x0000000f, 0x0000036f,
    0x00000097, 0x0000026c, 0x00000248, 0x00000249, 0x000700f5, 0x00000006, 0x0000036e, 0x0000003b,
    0x0000026c, 0x0000024b, 0x00000249, 0x000500b0, 0x0000003c, 0x000001e1, 0x0000036e, 0x00000058,
    0x000400f6, 0x0000024c, 0x00000249, 0x00000000, 0x000400fa, 0x000001e1, 0x000001e2, 0x0000024c,
    0x000200f8, 0x000001e2, 0x000200f9, 0x000001e3, 0x000200f8, 0x000001e3, 0x000700f5, 0x0000000f,
    0x00000386, 0x00000097, 0x000001e2, 0x00000397, 0x00000221, 0x000700f5, 0x0000000f, 0x00000383,
    0x00000097, 0x000001e2, 0x00000395, 0x00000221, 0x000700f5, 0x0000000f, 0x00000380, 0x00000097,
    0x000001e2, 0x00000393, 0x00000221, 0x000700f5, 0x0000000f, 0x0000037d, 0x00000097, 0x000001e2,
    0x00000391, 0x00000221, 0x000700f5, 0x00000006, 0x00000374, 0x0000003b, 0x000001e2, 0x00000223,
    0x00000221, 0x000500b0, 0x0000003c, 0x000001e6, 0x00000374, 0x0000004f, 0x000400f6, 0x00000224,
    0x00000221, 0x00000000, 0x000400fa, 0x000001e6, 0x000001e7, 0x00000224, 0x000200f8, 0x000001e7,
    0x00050080, 0x00000006, 0x000001e9, 0x0000016a, 0x000000ae, 0x00050084, 0x00000006, 0x000001eb,
    0x0000004f, 0x0000036e, 0x00050080, 0x00000006, 0x000001ec, 0x000001e9, 0x000001eb, 0x00050080,
    0x00000006, 0x000001ee, 0x000001ec, 0x00000374, 0x000500c7, 0x00000006, 0x00000274, 0x000001ee,
    0x0000002a, 0x00050084, 0x00000006, 0x00000275, 0x00000274, 0x0000002c, 0x000500c2, 0x00000006,
    0x00000277, 0x000001ee, 0x00000024, 0x000500aa, 0x0000003c, 0x00000279, 0x00000275, 0x0000003b,
    0x000300f7, 0x0000028c, 0x00000000, 0x000400fa, 0x00000279, 0x0000027a, 0x0000027e, 0x000200f8,
    0x0000027a, 0x00060041, 0x00000026, 0x0000027c, 0x00000020, 0x00000022, 0x00000277, 0x0004003d,
    0x00000006, 0x0000027d, 0x0000027c, 0x000200f9, 0x0000028c, 0x000200f8, 0x0000027e, 0x00060041,
    0x00000026, 0x00000280, 0x00000020, 0x00000022, 0x00000277, 0x0004003d, 0x00000006, 0x00000281,
    0x00000280, 0x000500c2, 0x00000006, 0x00000283, 0x00000281, 0x00000275, 0x00050080, 0x00000006,
    0x00000285, 0x00000277, 0x0000004b, 0x00060041, 0x00000026, 0x00000286, 0x00000020, 0x00000022,
    0x00000285, 0x0004003d, 0x00000006, 0x00000287, 0x00000286, 0x00050082, 0x00000006, 0x00000289,
    0x0000004f, 0x00000275, 0x000500c4, 0x00000006, 0x0000028a, 0x00000287, 0x00000289, 0x000500c5,
    0x00000006, 0x0000028b, 0x00000283, 0x0000028a, 0x000200f9, 0x0000028c, 0x000200f8, 0x0000028c,
    0x000700f5, 0x00000006, 0x0000038b, 0x0000027d, 0x0000027a, 0x0000028b, 0x0000027e, 0x000200f9,
    0x000001f0, 0x000200f8, 0x000001f0, 0x000700f5, 0x0000000f, 0x00000397, 0x00000386, 0x0000028c,
    0x0000021c, 0x000001f4, 0x000700f5, 0x0000000f, 0x00000395, 0x00000383, 0x0000028c, 0x00000219,
    0x000001f4, 0x000700f5, 0x0000000f, 0x00000393, 0x00000380, 0x0000028c, 0x00000216, 0x000001f4,
    0x000700f5, 0x0000000f, 0x00000391, 0x0000037d, 0x0000028c, 0x0000020e, 0x000001f4, 0x000700f5,
    0x00000006, 0x0000038c, 0x0000003b, 0x0000028c, 0x0000021f, 0x000001f4, 0x000500b0, 0x0000003c,
    0x000001f3, 0x0000038c, 0x00000058, 0x000400f6, 0x00000220, 0x000001f4, 0x00000000, 0x000400fa,
    0x000001f3, 0x000001f4, 0x00000220, 0x000200f8, 0x000001f4, 0x00050084, 0x00000006, 0x000001f7,
    0x0000002c, 0x0000038c, 0x000500c2, 0x00000006, 0x000001f8, 0x0000038b, 0x000001f7, 0x00050084,
    0x00000006, 0x000001fb, 0x000000c6, 0x0000036e, 0x00050080, 0x00000006, 0x000001fc, 0x0000016c,
    0x000001fb, 0x00050080, 0x00000006, 0x000001fe, 0x000001fc, 0x00000374, 0x00050080, 0x00000006,
    0x00000200, 0x000001fe, 0x0000038c, 0x00060041, 0x000000d4, 0x00000202, 0x000000d2, 0x00000022,
    0x00000200, 0x0004003d, 0x0000000f, 0x00000203, 0x00000202, 0x00050080, 0x00000006, 0x00000205,
    0x00000200, 0x0000004f, 0x00060041, 0x000000d4, 0x00000206, 0x000000d2, 0x00000022, 0x00000205,
    0x0004003d, 0x0000000f, 0x00000207, 0x00000206, 0x000500c7, 0x00000006, 0x00000209, 0x000001f8,
    0x00000076, 0x00040070, 0x0000000f, 0x0000020a, 0x00000209, 0x0008000c, 0x0000000f, 0x0000020e,
    0x00000001, 0x00000032, 0x0000020a, 0x00000203, 0x00000391, 0x000500c2, 0x00000006, 0x00000210,
    0x000001f8, 0x0000007f, 0x000500c7, 0x00000006, 0x00000211, 0x00000210, 0x00000076, 0x00040070,
    0x0000000f, 0x00000212, 0x00000211, 0x0008000c, 0x0000000f, 0x00000216, 0x00000001, 0x00000032,
    0x00000212, 0x00000207, 0x00000393, 0x00050081, 0x0000000f, 0x00000219, 0x00000395, 0x00000203,
    0x00050081, 0x0000000f, 0x0000021c, 0x00000397, 0x00000207, 0x00050080, 0x00000006, 0x0000021f,
    0x0000038c, 0x000000f2, 0x000200f9, 0x000001f0, 0x000200f8, 0x00000220, 0x000200f9, 0x00000221,
    0x000200f8, 0x00000221, 0x00050080, 0x00000006, 0x00000223, 0x00000374, 0x00000058, 0x000200f9,
    0x000001e3, 0x000200f8, 0x00000224, 0x00050084, 0x00000006, 0x00000226, 0x000000f6, 0x0000036e,
    0x000500b0, 0x0000003c, 0x00000296, 0x00000226, 0x00000058, 0x000300f7, 0x000002c1, 0x00000000,
    0x000400fa, 0x00000296, 0x00000297, 0x000002a6, 0x000200f8, 0x00000297, 0x00050080, 0x00000006,
    0x00000299, 0x0000016a, 0x00000058, 0x00050080, 0x00000006, 0x0000029b, 0x00000299, 0x00000226,
    0x000500c2, 0x00000006, 0x000002c5, 0x0000029b, 0x00000024, 0x00060041, 0x00000026, 0x000002c6,
    0x00000020, 0x00000022, 0x000002c5, 0x0004003d, 0x00000006, 0x000002c7, 0x000002c6, 0x000500c7,
    0x00000006, 0x000002c9, 0x0000029b, 0x0000002a, 0x00050084, 0x00000006, 0x000002ca, 0x000002c9,
    0x0000002c, 0x000500c2, 0x00000006, 0x000002cb, 0x000002c7, 0x000002ca, 0x000500c7, 0x00000006,
    0x000002cc, 0x000002cb, 0x0000002f, 0x000500c7, 0x00000006, 0x0000029d, 0x000002cc, 0x00000062,
    0x00040070, 0x0000000f, 0x0000029e, 0x0000029d, 0x00050080, 0x00000006, 0x000002a0, 0x0000016a,
    0x0000002c, 0x00050080, 0x00000006, 0x000002a2, 0x000002a0, 0x00000226, 0x000500c2, 0x00000006,
    0x000002d0, 0x000002a2, 0x00000024, 0x00060041, 0x00000026, 0x000002d1, 0x00000020, 0x00000022,
    0x000002d0, 0x0004003d, 0x00000006, 0x000002d2, 0x000002d1, 0x000500c7, 0x00000006, 0x000002d4,
    0x000002a2, 0x0000002a, 0x00050084, 0x00000006, 0x000002d5, 0x000002d4, 0x0000002c, 0x000500c2,
    0x00000006, 0x000002d6, 0x000002d2, 0x000002d5, 0x000500c7, 0x00000006, 0x000002d7, 0x000002d6,
    0x0000002f, 0x000500c7, 0x00000006, 0x000002a4, 0x000002d7, 0x00000062, 0x00040070, 0x0000000f,
    0x000002a5, 0x000002a4, 0x000200f9, 0x000002c1, 0x000200f8, 0x000002a6, 0x00050080, 0x00000006,
    0x000002a8, 0x0000016a, 0x0000002c, 0x00050080, 0x00000006, 0x000002aa, 0x000002a8, 0x00000226,
    0x000500c2, 0x00000006, 0x000002db, 0x000002aa, 0x00000024, 0x00060041, 0x00000026, 0x000002dc,
    0x00000020, 0x00000022, 0x000002db, 0x0004003d, 0x00000006, 0x000002dd, 0x000002dc, 0x000500c7,
    0x00000006, 0x000002df, 0x000002aa, 0x0000002a, 0x00050084, 0x00000006, 0x000002e0, 0x000002df,
    0x0000002c, 0x000500c2, 0x00000006, 0x000002e1, 0x000002dd, 0x000002e0, 0x000500c7, 0x00000006,
    0x000002e2, 0x000002e1, 0x0000002f, 0x000500c7, 0x00000006, 0x000002ad, 0x000002e2, 0x00000076,
    0x00050080, 0x00000006, 0x000002b0, 0x0000016a, 0x00000226, 0x000500c2, 0x00000006, 0x000002e6,
    0x000002b0, 0x00000024, 0x00060041, 0x00000026, 0x000002e7, 0x00000020, 0x00000022, 0x000002e6,
    0x0004003d, 0x00000006, 0x000002e8, 0x000002e7, 0x000500c7, 0x00000006, 0x000002ea, 0x000002b0,
    0x0000002a, 0x00050084, 0x00000006, 0x000002eb, 0x000002ea, 0x0000002c, 0x000500c2, 0x00000006,
    0x000002ec, 0x000002e8, 0x000002eb, 0x000500c7, 0x00000006, 0x000002ed, 0x000002ec, 0x0000002f,
    0x000500c2, 0x00000006, 0x000002b2, 0x000002ed, 0x0000007d, 0x000500c4, 0x00000006, 0x000002b3,
    0x000002b2, 0x0000007f, 0x000500c5, 0x00000006, 0x000002b4, 0x000002ad, 0x000002b3, 0x00040070,
    0x0000000f, 0x000002b5, 0x000002b4, 0x000500c2, 0x00000006, 0x000002b7, 0x000002e2, 0x0000007f,
    0x00050080, 0x00000006, 0x000002b9, 0x0000016a, 0x00000058, 0x00050080, 0x00000006, 0x000002bb,
    0x000002b9, 0x00000226, 0x000500c2, 0x00000006, 0x000002f1, 0x000002bb, 0x00000024, 0x00060041,
    0x00000026, 0x000002f2, 0x00000020, 0x00000022, 0x000002f1, 0x0004003d, 0x00000006, 0x000002f3,
    0x000002f2, 0x000500c7, 0x00000006, 0x000002f5, 0x000002bb, 0x0000002a, 0x00050084, 0x00000006,
    0x000002f6, 0x000002f5, 0x0000002c, 0x000500c2, 0x00000006, 0x000002f7, 0x000002f3, 0x000002f6,
    0x000500c7, 0x00000006, 0x000002f8, 0x000002f7, 0x0000002f, 0x000500c2, 0x00000006, 0x000002bd,
    0x000002f8, 0x0000007d, 0x000500c4, 0x00000006, 0x000002be, 0x000002bd, 0x0000007f, 0x000500c5,
    0x00000006, 0x000002bf, 0x000002b7, 0x000002be, 0x00040070, 0x0000000f, 0x000002c0, 0x000002bf,
    0x000200f9, 0x000002c1, 0x000200f8, 0x000002c1, 0x000700f5, 0x0000000f, 0x00000377, 0x000002a5,
    0x00000297, 0x000002c0, 0x000002a6, 0x000700f5, 0x0000000f, 0x00000376, 0x0000029e, 0x00000297,
    0x000002b5, 0x000002a6, 0x00050080, 0x00000006, 0x0000022d, 0x00000226, 0x0000004b, 0x000500b0,
    0x0000003c, 0x00000301, 0x0000022d, 0x00000058, 0x000300f7, 0x0000032c, 0x00000000, 0x000400fa,
    0x00000301, 0x00000302, 0x00000311, 0x000200f8, 0x00000302, 0x00050080, 0x00000006, 0x00000304,
    0x0000016a, 0x00000058, 0x00050080, 0x00000006, 0x00000306, 0x00000304, 0x0000022d, 0x000500c2,
    0x00000006, 0x00000330, 0x00000306, 0x00000024, 0x00060041, 0x00000026, 0x00000331, 0x00000020,
    0x00000022, 0x00000330, 0x0004003d, 0x00000006, 0x00000332, 0x00000331, 0x000500c7, 0x00000006,
    0x00000334, 0x00000306, 0x0000002a, 0x00050084, 0x00000006, 0x00000335, 0x00000334, 0x0000002c,
    0x000500c2, 0x00000006, 0x00000336, 0x00000332, 0x00000335, 0x000500c7, 0x00000006, 0x00000337,
    0x00000336, 0x0000002f, 0x000500c7, 0x00000006, 0x00000308, 0x00000337, 0x00000062, 0x00040070,
    0x0000000f, 0x00000309, 0x00000308, 0x00050080, 0x00000006, 0x0000030b, 0x0000016a, 0x0000002c,
    0x00050080, 0x00000006, 0x0000030d, 0x0000030b, 0x0000022d, 0x000500c2, 0x00000006, 0x0000033b,
    0x0000030d, 0x00000024, 0x00060041, 0x00000026, 0x0000033c, 0x00000020, 0x00000022, 0x0000033b,
    0x0004003d, 0x00000006, 0x0000033d, 0x0000033c, 0x000500c7, 0x00000006, 0x0000033f, 0x0000030d,
    0x0000002a, 0x00050084, 0x00000006, 0x00000340, 0x0000033f, 0x0000002c, 0x000500c2, 0x00000006,
    0x00000341, 0x0000033d, 0x00000340, 0x000500c7, 0x00000006, 0x00000342, 0x00000341, 0x0000002f,
    0x000500c7, 0x00000006, 0x0000030f, 0x00000342, 0x00000062, 0x00040070, 0x0000000f, 0x00000310,
    0x0000030f, 0x000200f9, 0x0000032c, 0x000200f8, 0x00000311, 0x00050080, 0x00000006, 0x00000313,
    0x0000016a, 0x0000002c, 0x00050080, 0x00000006, 0x00000315, 0x00000313, 0x0000022d, 0x000500c2,
    0x00000006, 0x00000346, 0x00000315, 0x00000024, 0x00060041, 0x00000026, 0x00000347, 0x00000020,
    0x00000022, 0x00000346, 0x0004003d, 0x00000006, 0x00000348, 0x00000347, 0x000500c7, 0x00000006,
    0x0000034a, 0x00000315, 0x0000002a, 0x00050084, 0x00000006, 0x0000034b, 0x0000034a, 0x0000002c,
    0x000500c2, 0x00000006, 0x0000034c, 0x00000348, 0x0000034b, 0x000500c7, 0x00000006, 0x0000034d,
    0x0000034c, 0x0000002f, 0x000500c7, 0x00000006, 0x00000318, 0x0000034d, 0x00000076, 0x00050080,
    0x00000006, 0x0000031b, 0x0000016a, 0x0000022d, 0x000500c2, 0x00000006, 0x00000351, 0x0000031b,
    0x00000024, 0x00060041, 0x00000026, 0x00000352, 0x00000020, 0x00000022, 0x00000351, 0x0004003d,
    0x00000006, 0x00000353, 0x00000352, 0x000500c7, 0x00000006, 0x00000355, 0x0000031b, 0x0000002a,
    0x00050084, 0x00000006, 0x00000356, 0x00000355, 0x0000002c, 0x000500c2, 0x00000006, 0x00000357,
    0x00000353, 0x00000356, 0x000500c7, 0x00000006, 0x00000358, 0x00000357, 0x0000002f, 0x000500c2,
    0x00000006, 0x0000031d, 0x00000358, 0x0000007d, 0x000500c4, 0x00000006, 0x0000031e, 0x0000031d,
    0x0000007f, 0x000500c5, 0x00000006, 0x0000031f, 0x00000318, 0x0000031e, 0x00040070, 0x0000000f,
    0x00000320, 0x0000031f, 0x000500c2, 0x00000006, 0x00000322, 0x0000034d, 0x0000007f, 0x00050080,
    0x00000006, 0x00000324, 0x0000016a, 0x00000058, 0x00050080, 0x00000006, 0x00000326, 0x00000324,
    0x0000022d, 0x000500c2, 0x00000006, 0x0000035c, 0x00000326, 0x00000024, 0x00060041, 0x00000026,
    0x0000035d, 0x00000020, 0x00000022, 0x0000035c, 0x0004003d, 0x00000006, 0x0000035e, 0x0000035d,
    0x000500c7, 0x00000006, 0x00000360, 0x00000326, 0x0000002a, 0x00050084, 0x00000006, 0x00000361,
    0x00000360, 0x0000002c, 0x000500c2, 0x00000006, 0x00000362, 0x0000035e, 0x00000361, 0x000500c7,
    0x00000006, 0x00000363, 0x00000362, 0x0000002f, 0x000500c2, 0x00000006, 0x00000328, 0x00000363,
    0x0000007d, 0x000500c4, 0x00000006, 0x00000329, 0x00000328, 0x0000007f, 0x000500c5, 0x00000006,
    0x0000032a, 0x00000322, 0x00000329, 0x00040070, 0x0000000f, 0x0000032b, 0x0000032a, 0x000200f9,
    0x0000032c, 0x000200f8, 0x0000032c, 0x000700f5, 0x0000000f, 0x0000037a, 0x00000310, 0x00000302,
    0x0000032b, 0x00000311, 0x000700f5, 0x0000000f, 0x00000379, 0x00000309, 0x00000302, 0x00000320,
    0x00000311, 0x00050051, 0x0000000f, 0x00000233, 0x000001dd, 0x00000000, 0x00050085, 0x0000000f,
    0x00000239, 0x00000379, 0x00000380, 0x0008000c, 0x0000000f, 0x0000023a, 0x00000001, 0x00000032,
    0x00000376, 0x0000037d, 0x00000239, 0x00050051, 0x0000000f, 0x0000023d, 0x000001dd, 0x00000001,
    0x00050085, 0x0000000f, 0x00000243, 0x0000037a, 0x00000386, 0x0008000c, 0x0000000f, 0x00000244,
    0x00000001, 0x00000032, 0x00000377, 0x00000383, 0x00000243, 0x00050085, 0x0000000f, 0x00000245,
    0x0000023d, 0x00000244, 0x0004007f, 0x0000000f, 0x00000366, 0x00000245, 0x0008000c, 0x0000000f,
    0x00000246, 0x00000001, 0x00000032, 0x00000233, 0x0000023a, 0x00000366, 0x00050081, 0x0000000f,
    0x00000248, 0x0000036f, 0x00000246, 0x000200f9, 0x00000249, 0x000200f8, 0x00000249, 0x00050080,
    0x00000006, 0x0000024b, 0x0000036e, 0x000000f2, 0x000200f9, 0x000001de, 0x000200f8, 0x0000024c,
    0x00050081, 0x0000000f, 0x00000171, 0x00000369, 0x0000036f, 0x000200f9, 0x00000162, 0x000200f8,
    0x00000162, 0x00050080, 0x00000006, 0x00000173, 0x00000367, 0x0000002c, 0x000200f9, 0x0000015f,
    0x000200f8, 0x00000161, 0x000200f9, 0x0000014e, 0x000200f8, 0x0000014e, 0x000700f5, 0x0000000f,
    0x00000368, 0x00000097, 0x00000005, 0x00000369, 0x00000161, 0x00050041, 0x00000179, 0x0000017a,
    0x00000176, 0x0000012f, 0x0003003e, 0x0000017a, 0x00000368, 0x000400e0, 0x000000f6, 0x000000f6,
    0x0000017b, 0x000200f9, 0x0000017d, 0x000200f8, 0x0000017d, 0x000700f5, 0x00000006, 0x0000036a,
    0x00000058, 0x0000014e, 0x00000194, 0x00000180, 0x000500ac, 0x0000003c, 0x00000183, 0x0000036a,
    0x0000003b, 0x000400f6, 0x0000017f, 0x00000180, 0x00000000, 0x000400fa, 0x00000183, 0x0000017e,
    0x0000017f, 0x000200f8, 0x0000017e, 0x000500b0, 0x0000003c, 0x00000186, 0x00000132, 0x0000036a,
    0x000300f7, 0x00000188, 0x00000000, 0x000400fa, 0x00000186, 0x00000187, 0x00000188, 0x000200f8,
    0x00000187, 0x00050080, 0x00000006, 0x0000018c, 0x0000012f, 0x0000036a, 0x00050041, 0x00000179,
    0x0000018d, 0x00000176, 0x0000018c, 0x0004003d, 0x0000000f, 0x0000018e, 0x0000018d, 0x0004003d,
    0x0000000f, 0x00000190, 0x0000017a, 0x00050081, 0x0000000f, 0x00000191, 0x00000190, 0x0000018e,
    0x0003003e, 0x0000017a, 0x00000191, 0x000200f9, 0x00000188, 0x000200f8, 0x00000188, 0x000400e0,
    0x000000f6, 0x000000f6, 0x0000017b, 0x000200f9, 0x00000180, 0x000200f8, 0x00000180, 0x000500c2,
    0x00000006, 0x00000194, 0x0000036a, 0x0000004b, 0x000200f9, 0x0000017d, 0x000200f8, 0x0000017f,
    0x000500aa, 0x0000003c, 0x00000196, 0x00000132, 0x0000003b, 0x000300f7, 0x00000198, 0x00000000,
    0x000400fa, 0x00000196, 0x00000197, 0x00000198, 0x000200f8, 0x00000197, 0x000200f9, 0x00000198,
    0x000200f8, 0x00000198, 0x000700f5, 0x0000003c, 0x0000019d, 0x00000196, 0x0000017f, 0x0000014c,
    0x00000197, 0x000300f7, 0x0000019f, 0x00000000, 0x000400fa, 0x0000019d, 0x0000019e, 0x0000019f,
    0x000200f8, 0x0000019e, 0x00050041, 0x00000149, 0x000001a5, 0x00000148, 0x000001a4, 0x0004003d,
    0x00000006, 0x000001a6, 0x000001a5, 0x00050080, 0x00000006, 0x000001a8, 0x000001a6, 0x00000143,
    0x00050041, 0x00000149, 0x000001a9, 0x00000148, 0x00000024, 0x0004003d, 0x00000006, 0x000001aa,
    0x000001a9, 0x000500ab, 0x0000003c, 0x000001ab, 0x000001aa, 0x0000003b, 0x000300f7, 0x000001ae,
    0x00000000, 0x000400fa, 0x000001ab, 0x000001ad, 0x000001b5, 0x000200f8, 0x000001ad, 0x00060041,
    0x000000d4, 0x000001b3, 0x000001a3, 0x00000022, 0x000001a8, 0x0004003d, 0x0000000f, 0x000001b4,
    0x000001b3, 0x000200f9, 0x000001ae, 0x000200f8, 0x000001b5, 0x000200f9, 0x000001ae, 0x000200f8,
    0x000001ae, 0x000700f5, 0x0000000f, 0x0000036b, 0x000001b4, 0x000001ad, 0x00000097, 0x000001b5,
    0x0004003d, 0x0000000f, 0x000001b9, 0x0000017a, 0x00050081, 0x0000000f, 0x000001ba, 0x0000036b,
    0x000001b9, 0x00060041, 0x000000d4, 0x000001bb, 0x000001a3, 0x00000022, 0x000001a8, 0x0003003e,
    0x000001bb, 0x000001ba, 0x000200f9, 0x0000019f, 0x000200f8, 0x0000019f, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q5_0[1292] = {
    0x07230203, 0x00010300, 0x0008000b, 0x0000021d, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000cb, 0x000000d3, 0x000000d6,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000019,
    0x00000006, 0x00000004, 0x00040048, 0x0000001a, 0x00000000, 0x00000018, 0x00050048, 0x0000001a,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001a, 0x00000002, 0x00040047, 0x0000001c,
    0x00000022, 0x00000000, 0x00040047, 0x0000001c, 0x00000021, 0x00000000, 0x00040047, 0x000000a4,
    0x00000006, 0x00000004, 0x00040048, 0x000000a5, 0x00000000, 0x00000018, 0x00050048, 0x000000a5,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000a5, 0x00000002, 0x00040047, 0x000000a7,
    0x00000022, 0x00000000, 0x00040047, 0x000000a7, 0x00000021, 0x00000001, 0x00040047, 0x000000cb,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000d3, 0x0000000b, 0x0000001a, 0x00040047, 0x000000d6,
    0x0000000b, 0x00000018, 0x00050048, 0x000000e3, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000e3, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000e3, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000e3, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000e3,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000e3, 0x00000002, 0x00040047, 0x0000013d,
    0x00000006, 0x00000004, 0x00050048, 0x0000013e, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x0000013e, 0x00000002, 0x00040047, 0x00000140, 0x00000022, 0x00000000, 0x00040047, 0x00000140,
    0x00000021, 0x00000002, 0x00040047, 0x00000159, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x00000019, 0x00000006, 0x0003001e, 0x0000001a, 0x00000019,
    0x00040020, 0x0000001b, 0x0000000c, 0x0000001a, 0x0004003b, 0x0000001b, 0x0000001c, 0x0000000c,
    0x00040015, 0x0000001d, 0x00000020, 0x00000001, 0x0004002b, 0x0000001d, 0x0000001e, 0x00000000,
    0x0004002b, 0x0000001d, 0x00000020, 0x00000002, 0x00040020, 0x00000022, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000026, 0x00000002, 0x0004002b, 0x00000006, 0x00000028, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002b, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000031, 0x00000003,
    0x0004002b, 0x00000006, 0x00000038, 0x00000000, 0x00020014, 0x00000039, 0x0004002b, 0x00000006,
    0x00000048, 0x00000001, 0x0004002b, 0x00000006, 0x0000004c, 0x00000020, 0x00040017, 0x00000057,
    0x0000000f, 0x00000002, 0x0004002b, 0x0000000f, 0x00000063, 0x00000000, 0x0004002b, 0x00000006,
    0x0000006b, 0x00000004, 0x0004002b, 0x00000006, 0x0000006f, 0x00000006, 0x0004002b, 0x00000006,
    0x0000008a, 0x0000000f, 0x0004002b, 0x0000001d, 0x00000090, 0x00000004, 0x0004002b, 0x00000006,
    0x00000099, 0x00000010, 0x0004002b, 0x0000001d, 0x000000a1, 0x00000010, 0x0003001d, 0x000000a4,
    0x0000000f, 0x0003001e, 0x000000a5, 0x000000a4, 0x00040020, 0x000000a6, 0x0000000c, 0x000000a5,
    0x0004003b, 0x000000a6, 0x000000a7, 0x0000000c, 0x00040020, 0x000000ab, 0x0000000c, 0x0000000f,
    0x0004002b, 0x0000001d, 0x000000be, 0x00000001, 0x00040020, 0x000000ca, 0x00000001, 0x00000006,
    0x0004003b, 0x000000ca, 0x000000cb, 0x00000001, 0x00040017, 0x000000d1, 0x00000006, 0x00000003,
    0x00040020, 0x000000d2, 0x00000001, 0x000000d1, 0x0004003b, 0x000000d2, 0x000000d3, 0x00000001,
    0x0004003b, 0x000000d2, 0x000000d6, 0x00000001, 0x0007001e, 0x000000e3, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x000000e4, 0x00000009, 0x000000e3, 0x0004003b,
    0x000000e4, 0x000000e5, 0x00000009, 0x00040020, 0x000000e6, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x000000f6, 0x00000016, 0x0004002b, 0x00000006, 0x00000110, 0x00000040, 0x0004001c,
    0x00000111, 0x0000000f, 0x00000110, 0x00040020, 0x00000112, 0x00000004, 0x00000111, 0x0004003b,
    0x00000112, 0x00000113, 0x00000004, 0x00040020, 0x00000116, 0x00000004, 0x0000000f, 0x0004002b,
    0x00000006, 0x00000118, 0x00000108, 0x0003001d, 0x0000013d, 0x0000000f, 0x0003001e, 0x0000013e,
    0x0000013d, 0x00040020, 0x0000013f, 0x0000000c, 0x0000013e, 0x0004003b, 0x0000013f, 0x00000140,
    0x0000000c, 0x0004002b, 0x0000001d, 0x00000141, 0x00000003, 0x0006002c, 0x000000d1, 0x00000159,
    0x00000110, 0x00000048, 0x00000048, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x000000cc, 0x000000cb, 0x00050089, 0x00000006,
    0x000000cf, 0x000000cc, 0x00000028, 0x00050041, 0x000000ca, 0x000000d4, 0x000000d3, 0x00000048,
    0x0004003d, 0x00000006, 0x000000d5, 0x000000d4, 0x00050041, 0x000000ca, 0x000000d7, 0x000000d6,
    0x00000038, 0x0004003d, 0x00000006, 0x000000d8, 0x000000d7, 0x00050084, 0x00000006, 0x000000d9,
    0x000000d5, 0x000000d8, 0x00050041, 0x000000ca, 0x000000da, 0x000000d3, 0x00000038, 0x0004003d,
    0x00000006, 0x000000db, 0x000000da, 0x00050080, 0x00000006, 0x000000dc, 0x000000d9, 0x000000db,
    0x00050084, 0x00000006, 0x000000dd, 0x000000dc, 0x00000028, 0x00050086, 0x00000006, 0x000000df,
    0x000000cc, 0x00000028, 0x00050080, 0x00000006, 0x000000e0, 0x000000dd, 0x000000df, 0x00050041,
    0x000000e6, 0x000000e7, 0x000000e5, 0x000000be, 0x0004003d, 0x00000006, 0x000000e8, 0x000000e7,
    0x000500b0, 0x00000039, 0x000000e9, 0x000000e0, 0x000000e8, 0x000300f7, 0x000000eb, 0x00000000,
    0x000400fa, 0x000000e9, 0x000000ea, 0x000000eb, 0x000200f8, 0x000000ea, 0x00050041, 0x000000e6,
    0x000000ed, 0x000000e5, 0x0000001e, 0x0004003d, 0x00000006, 0x000000ee, 0x000000ed, 0x00050086,
    0x00000006, 0x000000ef, 0x000000ee, 0x0000004c, 0x00050041, 0x000000e6, 0x000000f1, 0x000000e5,
    0x00000090, 0x0004003d, 0x00000006, 0x000000f2, 0x000000f1, 0x00050084, 0x00000006, 0x000000f5,
    0x000000e0, 0x000000ef, 0x00050084, 0x00000006, 0x000000f7, 0x000000f5, 0x000000f6, 0x00050080,
    0x00000006, 0x000000f8, 0x000000f2, 0x000000f7, 0x000200f9, 0x000000fb, 0x000200f8, 0x000000fb,
    0x000700f5, 0x0000000f, 0x0000020d, 0x00000063, 0x000000ea, 0x0000010d, 0x000000fe, 0x000700f5,
    0x00000006, 0x0000020b, 0x000000cf, 0x000000ea, 0x0000010f, 0x000000fe, 0x000500b0, 0x00000039,
    0x00000102, 0x0000020b, 0x000000ef, 0x000400f6, 0x000000fd, 0x000000fe, 0x00000000, 0x000400fa,
    0x00000102, 0x000000fc, 0x000000fd, 0x000200f8, 0x000000fc, 0x00050084, 0x00000006, 0x00000105,
    0x0000020b, 0x000000f6, 0x00050080, 0x00000006, 0x00000106, 0x000000f8, 0x00000105, 0x00050084,
    0x00000006, 0x00000108, 0x0000020b, 0x0000004c, 0x00050080, 0x00000006, 0x00000169, 0x00000106,
    0x00000026, 0x000500c7, 0x00000006, 0x000001bf, 0x00000169, 0x00000031, 0x00050084, 0x00000006,
    0x000001c0, 0x000001bf, 0x00000028, 0x000500c2, 0x00000006, 0x000001c2, 0x00000169, 0x00000020,
    0x000500aa, 0x00000039, 0x000001c4, 0x000001c0, 0x00000038, 0x000300f7, 0x000001d7, 0x00000000,
    0x000400fa, 0x000001c4, 0x000001c5, 0x000001c9, 0x000200f8, 0x000001c5, 0x00060041, 0x00000022,
    0x000001c7, 0x0000001c, 0x0000001e, 0x000001c2, 0x0004003d, 0x00000006, 0x000001c8, 0x000001c7,
    0x000200f9, 0x000001d7, 0x000200f8, 0x000001c9, 0x00060041, 0x00000022, 0x000001cb, 0x0000001c,
    0x0000001e, 0x000001c2, 0x0004003d, 0x00000006, 0x000001cc, 0x000001cb, 0x000500c2, 0x00000006,
    0x000001ce, 0x000001cc, 0x000001c0, 0x00050080, 0x00000006, 0x000001d0, 0x000001c2, 0x00000048,
    0x00060041, 0x00000022, 0x000001d1, 0x0000001c, 0x0000001e, 0x000001d0, 0x0004003d, 0x00000006,
    0x000001d2, 0x000001d1, 0x00050082, 0x00000006, 0x000001d4, 0x0000004c, 0x000001c0, 0x000500c4,
    0x00000006, 0x000001d5, 0x000001d2, 0x000001d4, 0x000500c5, 0x00000006, 0x000001d6, 0x000001ce,
    0x000001d5, 0x000200f9, 0x000001d7, 0x000200f8, 0x000001d7, 0x000700f5, 0x00000006, 0x00000211,
    0x000001c8, 0x000001c5, 0x000001d6, 0x000001c9, 0x000200f9, 0x0000016b, 0x000200f8, 0x0000016b,
    0x000700f5, 0x0000000f, 0x00000213, 0x00000063, 0x000001d7, 0x0000021c, 0x000001b1, 0x000700f5,
    0x00000006, 0x00000212, 0x00000038, 0x000001d7, 0x000001b3, 0x000001b1, 0x000500b0, 0x00000039,
    0x0000016e, 0x00000212, 0x0000006b, 0x000400f6, 0x000001b4, 0x000001b1, 0x00000000, 0x000400fa,
    0x0000016e, 0x0000016f, 0x000001b4, 0x000200f8, 0x0000016f, 0x00050080, 0x00000006, 0x00000171,
    0x00000106, 0x0000006f, 0x00050084, 0x00000006, 0x00000173, 0x0000006b, 0x00000212, 0x00050080,
    0x00000006, 0x00000174, 0x00000171, 0x00000173, 0x000500c7, 0x00000006, 0x000001df, 0x00000174,
    0x00000031, 0x00050084, 0x00000006, 0x000001e0, 0x000001df, 0x00000028, 0x000500c2, 0x00000006,
    0x000001e2, 0x00000174, 0x00000020, 0x000500aa, 0x00000039, 0x000001e4, 0x000001e0, 0x00000038,
    0x000300f7, 0x000001f7, 0x00000000, 0x000400fa, 0x000001e4, 0x000001e5, 0x000001e9, 0x000200f8,
    0x000001e5, 0x00060041, 0x00000022, 0x000001e7, 0x0000001c, 0x0000001e, 0x000001e2, 0x0004003d,
    0x00000006, 0x000001e8, 0x000001e7, 0x000200f9, 0x000001f7, 0x000200f8, 0x000001e9, 0x00060041,
    0x00000022, 0x000001eb, 0x0000001c, 0x0000001e, 0x000001e2, 0x0004003d, 0x00000006, 0x000001ec,
    0x000001eb, 0x000500c2, 0x00000006, 0x000001ee, 0x000001ec, 0x000001e0, 0x00050080, 0x00000006,
    0x000001f0, 0x000001e2, 0x00000048, 0x00060041, 0x00000022, 0x000001f1, 0x0000001c, 0x0000001e,
    0x000001f0, 0x0004003d, 0x00000006, 0x000001f2, 0x000001f1, 0x00050082, 0x00000006, 0x000001f4,
    0x0000004c, 0x000001e0, 0x000500c4, 0x00000006, 0x000001f5, 0x000001f2, 0x000001f4, 0x000500c5,
    0x00000006, 0x000001f6, 0x000001ee, 0x000001f5, 0x000200f9, 0x000001f7, 0x000200f8, 0x000001f7,
    0x000700f5, 0x00000006, 0x00000218, 0x000001e8, 0x000001e5, 0x000001f6, 0x000001e9, 0x000200f9,
    0x00000176, 0x000200f8, 0x00000176, 0x000700f5, 0x0000000f, 0x0000021c, 0x00000213, 0x000001f7,
    0x000001ac, 0x0000017a, 0x000700f5, 0x00000006, 0x00000219, 0x00000038, 0x000001f7, 0x000001af,
    0x0000017a, 0x000500b0, 0x00000039, 0x00000179, 0x00000219, 0x0000006b, 0x000400f6, 0x000001b0,
    0x0000017a, 0x00000000, 0x000400fa, 0x00000179, 0x0000017a, 0x000001b0, 0x000200f8, 0x0000017a,
    0x00050080, 0x00000006, 0x0000017e, 0x00000173, 0x00000219, 0x00050084, 0x00000006, 0x00000181,
    0x00000028, 0x00000219, 0x000500c2, 0x00000006, 0x00000182, 0x00000218, 0x00000181, 0x000500c7,
    0x00000006, 0x00000184, 0x00000182, 0x0000008a, 0x000500c2, 0x00000006, 0x00000187, 0x00000211,
    0x0000017e, 0x000500c7, 0x00000006, 0x00000188, 0x00000187, 0x00000048, 0x000500c4, 0x00000006,
    0x00000189, 0x00000188, 0x00000090, 0x000500c5, 0x00000006, 0x0000018a, 0x00000184, 0x00000189,
    0x000500c2, 0x00000006, 0x0000018c, 0x00000182, 0x00000090, 0x000500c7, 0x00000006, 0x0000018d,
    0x0000018c, 0x0000008a, 0x00050080, 0x00000006, 0x00000190, 0x0000017e, 0x00000099, 0x000500c2,
    0x00000006, 0x00000191, 0x00000211, 0x00000190, 0x000500c7, 0x00000006, 0x00000192, 0x00000191,
    0x00000048, 0x000500c4, 0x00000006, 0x00000193, 0x00000192, 0x00000090, 0x000500c5, 0x00000006,
    0x00000194, 0x0000018d, 0x00000193, 0x0004007c, 0x0000001d, 0x00000196, 0x0000018a, 0x00050082,
    0x0000001d, 0x00000197, 0x00000196, 0x000000a1, 0x0004006f, 0x0000000f, 0x00000198, 0x00000197,
    0x00050080, 0x00000006, 0x0000019b, 0x00000108, 0x0000017e, 0x00060041, 0x000000ab, 0x0000019c,
    0x000000a7, 0x0000001e, 0x0000019b, 0x0004003d, 0x0000000f, 0x0000019d, 0x0000019c, 0x0004007c,
    0x0000001d, 0x000001a0, 0x00000194, 0x00050082, 0x0000001d, 0x000001a1, 0x000001a0, 0x000000a1,
    0x0004006f, 0x0000000f, 0x000001a2, 0x000001a1, 0x00050080, 0x00000006, 0x000001a6, 0x0000019b,
    0x00000099, 0x00060041, 0x000000ab, 0x000001a7, 0x000000a7, 0x0000001e, 0x000001a6, 0x0004003d,
    0x0000000f, 0x000001a8, 0x000001a7, 0x00050085, 0x0000000f, 0x000001a9, 0x000001a2, 0x000001a8,
    0x0008000c, 0x0000000f, 0x000001aa, 0x00000001, 0x00000032, 0x00000198, 0x0000019d, 0x000001a9,
    0x00050081, 0x0000000f, 0x000001ac, 0x0000021c, 0x000001aa, 0x00050080, 0x00000006, 0x000001af,
    0x00000219, 0x000000be, 0x000200f9, 0x00000176, 0x000200f8, 0x000001b0, 0x000200f9, 0x000001b1,
    0x000200f8, 0x000001b1, 0x00050080, 0x00000006, 0x000001b3, 0x00000212, 0x000000be, 0x000200f9,
    0x0000016b, 0x000200f8, 0x000001b4, 0x000500c2, 0x00000006, 0x00000203, 0x00000106, 0x00000020,
    0x00060041, 0x00000022, 0x00000204, 0x0000001c, 0x0000001e, 0x00000203, 0x0004003d, 0x00000006,
    0x00000205, 0x00000204, 0x000500c7, 0x00000006, 0x00000207, 0x00000106, 0x00000026, 0x00050084,
    0x00000006, 0x00000208, 0x00000207, 0x00000028, 0x000500c2, 0x00000006, 0x00000209, 0x00000205,
    0x00000208, 0x000500c7, 0x00000006, 0x0000020a, 0x00000209, 0x0000002b, 0x0006000c, 0x00000057,
    0x000001fe, 0x00000001, 0x0000003e, 0x0000020a, 0x00050051, 0x0000000f, 0x000001ff, 0x000001fe,
    0x00000000, 0x0008000c, 0x0000000f, 0x0000010d, 0x00000001, 0x00000032, 0x000001ff, 0x00000213,
    0x0000020d, 0x000200f9, 0x000000fe, 0x000200f8, 0x000000fe, 0x00050080, 0x00000006, 0x0000010f,
    0x0000020b, 0x00000028, 0x000200f9, 0x000000fb, 0x000200f8, 0x000000fd, 0x000200f9, 0x000000eb,
    0x000200f8, 0x000000eb, 0x000700f5, 0x0000000f, 0x0000020c, 0x00000063, 0x00000005, 0x0000020d,
    0x000000fd, 0x00050041, 0x00000116, 0x00000117, 0x00000113, 0x000000cc, 0x0003003e, 0x00000117,
    0x0000020c, 0x000400e0, 0x00000026, 0x00000026, 0x00000118, 0x000200f9, 0x0000011a, 0x000200f8,
    0x0000011a, 0x000700f5, 0x00000006, 0x0000020e, 0x0000006b, 0x000000eb, 0x00000131, 0x0000011d,
    0x000500ac, 0x00000039, 0x00000120, 0x0000020e, 0x00000038, 0x000400f6, 0x0000011c, 0x0000011d,
    0x00000000, 0x000400fa, 0x00000120, 0x0000011b, 0x0000011c, 0x000200f8, 0x0000011b, 0x000500b0,
    0x00000039, 0x00000123, 0x000000cf, 0x0000020e, 0x000300f7, 0x00000125, 0x00000000, 0x000400fa,
    0x00000123, 0x00000124, 0x00000125, 0x000200f8, 0x00000124, 0x00050080, 0x00000006, 0x00000129,
    0x000000cc, 0x0000020e, 0x00050041, 0x00000116, 0x0000012a, 0x00000113, 0x00000129, 0x0004003d,
    0x0000000f, 0x0000012b, 0x0000012a, 0x0004003d, 0x0000000f, 0x0000012d, 0x00000117, 0x00050081,
    0x0000000f, 0x0000012e, 0x0000012d, 0x0000012b, 0x0003003e, 0x00000117, 0x0000012e, 0x000200f9,
    0x00000125, 0x000200f8, 0x00000125, 0x000400e0, 0x00000026, 0x00000026, 0x00000118, 0x000200f9,
    0x0000011d, 0x000200f8, 0x0000011d, 0x000500c2, 0x00000006, 0x00000131, 0x0000020e, 0x00000048,
    0x000200f9, 0x0000011a, 0x000200f8, 0x0000011c, 0x000500aa, 0x00000039, 0x00000133, 0x000000cf,
    0x00000038, 0x000300f7, 0x00000135, 0x00000000, 0x000400fa, 0x00000133, 0x00000134, 0x00000135,
    0x000200f8, 0x00000134, 0x000200f9, 0x00000135, 0x000200f8, 0x00000135, 0x000700f5, 0x00000039,
    0x0000013a, 0x00000133, 0x0000011c, 0x000000e9, 0x00000134, 0x000300f7, 0x0000013c, 0x00000000,
    0x000400fa, 0x0000013a, 0x0000013b, 0x0000013c, 0x000200f8, 0x0000013b, 0x00050041, 0x000000e6,
    0x00000142, 0x000000e5, 0x00000141, 0x0004003d, 0x00000006, 0x00000143, 0x00000142, 0x00050080,
    0x00000006, 0x00000145, 0x00000143, 0x000000e0, 0x00050041, 0x000000e6, 0x00000146, 0x000000e5,
    0x00000020, 0x0004003d, 0x00000006, 0x00000147, 0x00000146, 0x000500ab, 0x00000039, 0x00000148,
    0x00000147, 0x00000038, 0x000300f7, 0x0000014b, 0x00000000, 0x000400fa, 0x00000148, 0x0000014a,
    0x00000152, 0x000200f8, 0x0000014a, 0x00060041, 0x000000ab, 0x00000150, 0x00000140, 0x0000001e,
    0x00000145, 0x0004003d, 0x0000000f, 0x00000151, 0x00000150, 0x000200f9, 0x0000014b, 0x000200f8,
    0x00000152, 0x000200f9, 0x0000014b, 0x000200f8, 0x0000014b, 0x000700f5, 0x0000000f, 0x0000020f,
    0x00000151, 0x0000014a, 0x00000063, 0x00000152, 0x0004003d, 0x0000000f, 0x00000156, 0x00000117,
    0x00050081, 0x0000000f, 0x00000157, 0x0000020f, 0x00000156, 0x00060041, 0x000000ab, 0x00000158,
    0x00000140, 0x0000001e, 0x00000145, 0x0003003e, 0x00000158, 0x00000157, 0x000200f9, 0x0000013c,
    0x000200f8, 0x0000013c, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q5_1[1365] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000236, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000be, 0x000000c6, 0x000000c9,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000024,
    0x00000006, 0x00000004, 0x00040048, 0x00000025, 0x00000000, 0x00000018, 0x00050048, 0x00000025,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000025, 0x00000002, 0x00040047, 0x00000027,
    0x00000022, 0x00000000, 0x00040047, 0x00000027, 0x00000021, 0x00000000, 0x00040047, 0x0000008b,
    0x00000006, 0x00000004, 0x00040048, 0x0000008c, 0x00000000, 0x00000018, 0x00050048, 0x0000008c,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000008c, 0x00000002, 0x00040047, 0x0000008e,
    0x00000022, 0x00000000, 0x00040047, 0x0000008e, 0x00000021, 0x00000001, 0x00040047, 0x000000be,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000c6, 0x0000000b, 0x0000001a, 0x00040047, 0x000000c9,
    0x0000000b, 0x00000018, 0x00050048, 0x000000d6, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000d6, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000d6, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000d6, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000d6,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000d6, 0x00000002, 0x00040047, 0x00000131,
    0x00000006, 0x00000004, 0x00050048, 0x00000132, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000132, 0x00000002, 0x00040047, 0x00000134, 0x00000022, 0x00000000, 0x00040047, 0x00000134,
    0x00000021, 0x00000002, 0x00040047, 0x0000014d, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000c, 0x00000020, 0x0004002b, 0x00000006, 0x00000014, 0x00000003, 0x0004002b, 0x00000006,
    0x00000016, 0x00000008, 0x00040015, 0x0000001a, 0x00000020, 0x00000001, 0x0004002b, 0x0000001a,
    0x0000001b, 0x00000002, 0x0004002b, 0x00000006, 0x0000001e, 0x00000000, 0x00020014, 0x0000001f,
    0x0003001d, 0x00000024, 0x00000006, 0x0003001e, 0x00000025, 0x00000024, 0x00040020, 0x00000026,
    0x0000000c, 0x00000025, 0x0004003b, 0x00000026, 0x00000027, 0x0000000c, 0x0004002b, 0x0000001a,
    0x00000028, 0x00000000, 0x00040020, 0x0000002a, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006,
    0x00000034, 0x00000001, 0x0004002b, 0x00000006, 0x00000038, 0x00000020, 0x00040017, 0x00000040,
    0x0000000c, 0x00000002, 0x0004002b, 0x00000006, 0x00000049, 0x00000004, 0x0004002b, 0x0000000c,
    0x0000004f, 0x00000000, 0x0004002b, 0x00000006, 0x00000075, 0x0000000f, 0x0004002b, 0x0000001a,
    0x0000007b, 0x00000004, 0x0004002b, 0x00000006, 0x00000084, 0x00000010, 0x0003001d, 0x0000008b,
    0x0000000c, 0x0003001e, 0x0000008c, 0x0000008b, 0x00040020, 0x0000008d, 0x0000000c, 0x0000008c,
    0x0004003b, 0x0000008d, 0x0000008e, 0x0000000c, 0x00040020, 0x00000092, 0x0000000c, 0x0000000c,
    0x0004002b, 0x0000001a, 0x000000ad, 0x00000001, 0x00040020, 0x000000bd, 0x00000001, 0x00000006,
    0x0004003b, 0x000000bd, 0x000000be, 0x00000001, 0x00040017, 0x000000c4, 0x00000006, 0x00000003,
    0x00040020, 0x000000c5, 0x00000001, 0x000000c4, 0x0004003b, 0x000000c5, 0x000000c6, 0x00000001,
    0x0004003b, 0x000000c5, 0x000000c9, 0x00000001, 0x0007001e, 0x000000d6, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x000000d7, 0x00000009, 0x000000d6, 0x0004003b,
    0x000000d7, 0x000000d8, 0x00000009, 0x00040020, 0x000000d9, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x000000e9, 0x00000018, 0x0004002b, 0x00000006, 0x00000103, 0x00000040, 0x0004001c,
    0x00000104, 0x0000000c, 0x00000103, 0x00040020, 0x00000105, 0x00000004, 0x00000104, 0x0004003b,
    0x00000105, 0x00000106, 0x00000004, 0x00040020, 0x00000109, 0x00000004, 0x0000000c, 0x0004002b,
    0x00000006, 0x0000010b, 0x00000002, 0x0004002b, 0x00000006, 0x0000010c, 0x00000108, 0x0003001d,
    0x00000131, 0x0000000c, 0x0003001e, 0x00000132, 0x00000131, 0x00040020, 0x00000133, 0x0000000c,
    0x00000132, 0x0004003b, 0x00000133, 0x00000134, 0x0000000c, 0x0004002b, 0x0000001a, 0x00000135,
    0x00000003, 0x0006002c, 0x000000c4, 0x0000014d, 0x00000103, 0x00000034, 0x00000034, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x000000bf, 0x000000be, 0x00050089, 0x00000006, 0x000000c2, 0x000000bf, 0x00000016, 0x00050041,
    0x000000bd, 0x000000c7, 0x000000c6, 0x00000034, 0x0004003d, 0x00000006, 0x000000c8, 0x000000c7,
    0x00050041, 0x000000bd, 0x000000ca, 0x000000c9, 0x0000001e, 0x0004003d, 0x00000006, 0x000000cb,
    0x000000ca, 0x00050084, 0x00000006, 0x000000cc, 0x000000c8, 0x000000cb, 0x00050041, 0x000000bd,
    0x000000cd, 0x000000c6, 0x0000001e, 0x0004003d, 0x00000006, 0x000000ce, 0x000000cd, 0x00050080,
    0x00000006, 0x000000cf, 0x000000cc, 0x000000ce, 0x00050084, 0x00000006, 0x000000d0, 0x000000cf,
    0x00000016, 0x00050086, 0x00000006, 0x000000d2, 0x000000bf, 0x00000016, 0x00050080, 0x00000006,
    0x000000d3, 0x000000d0, 0x000000d2, 0x00050041, 0x000000d9, 0x000000da, 0x000000d8, 0x000000ad,
    0x0004003d, 0x00000006, 0x000000db, 0x000000da, 0x000500b0, 0x0000001f, 0x000000dc, 0x000000d3,
    0x000000db, 0x000300f7, 0x000000de, 0x00000000, 0x000400fa, 0x000000dc, 0x000000dd, 0x000000de,
    0x000200f8, 0x000000dd, 0x00050041, 0x000000d9, 0x000000e0, 0x000000d8, 0x00000028, 0x0004003d,
    0x00000006, 0x000000e1, 0x000000e0, 0x00050086, 0x00000006, 0x000000e2, 0x000000e1, 0x00000038,
    0x00050041, 0x000000d9, 0x000000e4, 0x000000d8, 0x0000007b, 0x0004003d, 0x00000006, 0x000000e5,
    0x000000e4, 0x00050084, 0x00000006, 0x000000e8, 0x000000d3, 0x000000e2, 0x00050084, 0x00000006,
    0x000000ea, 0x000000e8, 0x000000e9, 0x00050080, 0x00000006, 0x000000eb, 0x000000e5, 0x000000ea,
    0x000200f9, 0x000000ee, 0x000200f8, 0x000000ee, 0x000700f5, 0x0000000c, 0x00000220, 0x0000004f,
    0x000000dd, 0x00000100, 0x000000f1, 0x000700f5, 0x00000006, 0x0000021e, 0x000000c2, 0x000000dd,
    0x00000102, 0x000000f1, 0x000500b0, 0x0000001f, 0x000000f5, 0x0000021e, 0x000000e2, 0x000400f6,
    0x000000f0, 0x000000f1, 0x00000000, 0x000400fa, 0x000000f5, 0x000000ef, 0x000000f0, 0x000200f8,
    0x000000ef, 0x00050084, 0x00000006, 0x000000f8, 0x0000021e, 0x000000e9, 0x00050080, 0x00000006,
    0x000000f9, 0x000000eb, 0x000000f8, 0x00050084, 0x00000006, 0x000000fb, 0x0000021e, 0x00000038,
    0x000500c7, 0x00000006, 0x000001c2, 0x000000f9, 0x00000014, 0x00050084, 0x00000006, 0x000001c3,
    0x000001c2, 0x00000016, 0x000500c2, 0x00000006, 0x000001c5, 0x000000f9, 0x0000001b, 0x000500aa,
    0x0000001f, 0x000001c7, 0x000001c3, 0x0000001e, 0x000300f7, 0x000001da, 0x00000000, 0x000400fa,
    0x000001c7, 0x000001c8, 0x000001cc, 0x000200f8, 0x000001c8, 0x00060041, 0x0000002a, 0x000001ca,
    0x00000027, 0x00000028, 0x000001c5, 0x0004003d, 0x00000006, 0x000001cb, 0x000001ca, 0x000200f9,
    0x000001da, 0x000200f8, 0x000001cc, 0x00060041, 0x0000002a, 0x000001ce, 0x00000027, 0x00000028,
    0x000001c5, 0x0004003d, 0x00000006, 0x000001cf, 0x000001ce, 0x000500c2, 0x00000006, 0x000001d1,
    0x000001cf, 0x000001c3, 0x00050080, 0x00000006, 0x000001d3, 0x000001c5, 0x00000034, 0x00060041,
    0x0000002a, 0x000001d4, 0x00000027, 0x00000028, 0x000001d3, 0x0004003d, 0x00000006, 0x000001d5,
    0x000001d4, 0x00050082, 0x00000006, 0x000001d7, 0x00000038, 0x000001c3, 0x000500c4, 0x00000006,
    0x000001d8, 0x000001d5, 0x000001d7, 0x000500c5, 0x00000006, 0x000001d9, 0x000001d1, 0x000001d8,
    0x000200f9, 0x000001da, 0x000200f8, 0x000001da, 0x000700f5, 0x00000006, 0x00000224, 0x000001cb,
    0x000001c8, 0x000001d9, 0x000001cc, 0x0006000c, 0x00000040, 0x00000162, 0x00000001, 0x0000003e,
    0x00000224, 0x00050080, 0x00000006, 0x00000164, 0x000000f9, 0x00000049, 0x000500c7, 0x00000006,
    0x000001e2, 0x00000164, 0x00000014, 0x00050084, 0x00000006, 0x000001e3, 0x000001e2, 0x00000016,
    0x000500c2, 0x00000006, 0x000001e5, 0x00000164, 0x0000001b, 0x000500aa, 0x0000001f, 0x000001e7,
    0x000001e3, 0x0000001e, 0x000300f7, 0x000001fa, 0x00000000, 0x000400fa, 0x000001e7, 0x000001e8,
    0x000001ec, 0x000200f8, 0x000001e8, 0x00060041, 0x0000002a, 0x000001ea, 0x00000027, 0x00000028,
    0x000001e5, 0x0004003d, 0x00000006, 0x000001eb, 0x000001ea, 0x000200f9, 0x000001fa, 0x000200f8,
    0x000001ec, 0x00060041, 0x0000002a, 0x000001ee, 0x00000027, 0x00000028, 0x000001e5, 0x0004003d,
    0x00000006, 0x000001ef, 0x000001ee, 0x000500c2, 0x00000006, 0x000001f1, 0x000001ef, 0x000001e3,
    0x00050080, 0x00000006, 0x000001f3, 0x000001e5, 0x00000034, 0x00060041, 0x0000002a, 0x000001f4,
    0x00000027, 0x00000028, 0x000001f3, 0x0004003d, 0x00000006, 0x000001f5, 0x000001f4, 0x00050082,
    0x00000006, 0x000001f7, 0x00000038, 0x000001e3, 0x000500c4, 0x00000006, 0x000001f8, 0x000001f5,
    0x000001f7, 0x000500c5, 0x00000006, 0x000001f9, 0x000001f1, 0x000001f8, 0x000200f9, 0x000001fa,
    0x000200f8, 0x000001fa, 0x000700f5, 0x00000006, 0x00000225, 0x000001eb, 0x000001e8, 0x000001f9,
    0x000001ec, 0x000200f9, 0x00000166, 0x000200f8, 0x00000166, 0x000700f5, 0x0000000c, 0x00000228,
    0x0000004f, 0x000001fa, 0x00000235, 0x000001af, 0x000700f5, 0x0000000c, 0x00000227, 0x0000004f,
    0x000001fa, 0x00000233, 0x000001af, 0x000700f5, 0x00000006, 0x00000226, 0x0000001e, 0x000001fa,
    0x000001b1, 0x000001af, 0x000500b0, 0x0000001f, 0x00000169, 0x00000226, 0x00000049, 0x000400f6,
    0x000001b2, 0x000001af, 0x00000000, 0x000400fa, 0x00000169, 0x0000016a, 0x000001b2, 0x000200f8,
    0x0000016a, 0x00050080, 0x00000006, 0x0000016c, 0x000000f9, 0x00000016, 0x00050084, 0x00000006,
    0x0000016e, 0x00000049, 0x00000226, 0x00050080, 0x00000006, 0x0000016f, 0x0000016c, 0x0000016e,
    0x000500c7, 0x00000006, 0x00000202, 0x0000016f, 0x00000014, 0x00050084, 0x00000006, 0x00000203,
    0x00000202, 0x00000016, 0x000500c2, 0x00000006, 0x00000205, 0x0000016f, 0x0000001b, 0x000500aa,
    0x0000001f, 0x00000207, 0x00000203, 0x0000001e, 0x000300f7, 0x0000021a, 0x00000000, 0x000400fa,
    0x00000207, 0x00000208, 0x0000020c, 0x000200f8, 0x00000208, 0x00060041, 0x0000002a, 0x0000020a,
    0x00000027, 0x00000028, 0x00000205, 0x0004003d, 0x00000006, 0x0000020b, 0x0000020a, 0x000200f9,
    0x0000021a, 0x000200f8, 0x0000020c, 0x00060041, 0x0000002a, 0x0000020e, 0x00000027, 0x00000028,
    0x00000205, 0x0004003d, 0x00000006, 0x0000020f, 0x0000020e, 0x000500c2, 0x00000006, 0x00000211,
    0x0000020f, 0x00000203, 0x00050080, 0x00000006, 0x00000213, 0x00000205, 0x00000034, 0x00060041,
    0x0000002a, 0x00000214, 0x00000027, 0x00000028, 0x00000213, 0x0004003d, 0x00000006, 0x00000215,
    0x00000214, 0x00050082, 0x00000006, 0x00000217, 0x00000038, 0x00000203, 0x000500c4, 0x00000006,
    0x00000218, 0x00000215, 0x00000217, 0x000500c5, 0x00000006, 0x00000219, 0x00000211, 0x00000218,
    0x000200f9, 0x0000021a, 0x000200f8, 0x0000021a, 0x000700f5, 0x00000006, 0x0000022f, 0x0000020b,
    0x00000208, 0x00000219, 0x0000020c, 0x000200f9, 0x00000171, 0x000200f8, 0x00000171, 0x000700f5,
    0x0000000c, 0x00000235, 0x00000228, 0x0000021a, 0x000001aa, 0x00000175, 0x000700f5, 0x0000000c,
    0x00000233, 0x00000227, 0x0000021a, 0x000001a5, 0x00000175, 0x000700f5, 0x00000006, 0x00000230,
    0x0000001e, 0x0000021a, 0x000001ad, 0x00000175, 0x000500b0, 0x0000001f, 0x00000174, 0x00000230,
    0x00000049, 0x000400f6, 0x000001ae, 0x00000175, 0x00000000, 0x000400fa, 0x00000174, 0x00000175,
    0x000001ae, 0x000200f8, 0x00000175, 0x00050080, 0x00000006, 0x00000179, 0x0000016e, 0x00000230,
    0x00050084, 0x00000006, 0x0000017c, 0x00000016, 0x00000230, 0x000500c2, 0x00000006, 0x0000017d,
    0x0000022f, 0x0000017c, 0x000500c7, 0x00000006, 0x0000017f, 0x0000017d, 0x00000075, 0x000500c2,
    0x00000006, 0x00000182, 0x00000225, 0x00000179, 0x000500c7, 0x00000006, 0x00000183, 0x00000182,
    0x00000034, 0x000500c4, 0x00000006, 0x00000184, 0x00000183, 0x0000007b, 0x000500c5, 0x00000006,
    0x00000185, 0x0000017f, 0x00000184, 0x000500c2, 0x00000006, 0x00000187, 0x0000017d, 0x0000007b,
    0x000500c7, 0x00000006, 0x00000188, 0x00000187, 0x00000075, 0x00050080, 0x00000006, 0x0000018b,
    0x00000179, 0x00000084, 0x000500c2, 0x00000006, 0x0000018c, 0x00000225, 0x0000018b, 0x000500c7,
    0x00000006, 0x0000018d, 0x0000018c, 0x00000034, 0x000500c4, 0x00000006, 0x0000018e, 0x0000018d,
    0x0000007b, 0x000500c5, 0x00000006, 0x0000018f, 0x00000188, 0x0000018e, 0x00050080, 0x00000006,
    0x00000192, 0x000000fb, 0x00000179, 0x00060041, 0x00000092, 0x00000193, 0x0000008e, 0x00000028,
    0x00000192, 0x0004003d, 0x0000000c, 0x00000194, 0x00000193, 0x00050080, 0x00000006, 0x00000198,
    0x00000192, 0x00000084, 0x00060041, 0x00000092, 0x00000199, 0x0000008e, 0x00000028, 0x00000198,
    0x0004003d, 0x0000000c, 0x0000019a, 0x00000199, 0x00040070, 0x0000000c, 0x0000019c, 0x00000185,
    0x00040070, 0x0000000c, 0x000001a0, 0x0000018f, 0x00050085, 0x0000000c, 0x000001a2, 0x000001a0,
    0x0000019a, 0x0008000c, 0x0000000c, 0x000001a3, 0x00000001, 0x00000032, 0x0000019c, 0x00000194,
    0x000001a2, 0x00050081, 0x0000000c, 0x000001a5, 0x00000233, 0x000001a3, 0x00050081, 0x0000000c,
    0x000001a8, 0x00000194, 0x0000019a, 0x00050081, 0x0000000c, 0x000001aa, 0x00000235, 0x000001a8,
    0x00050080, 0x00000006, 0x000001ad, 0x00000230, 0x000000ad, 0x000200f9, 0x00000171, 0x000200f8,
    0x000001ae, 0x000200f9, 0x000001af, 0x000200f8, 0x000001af, 0x00050080, 0x00000006, 0x000001b1,
    0x00000226, 0x000000ad, 0x000200f9, 0x00000166, 0x000200f8, 0x000001b2, 0x00050051, 0x0000000c,
    0x000001b4, 0x00000162, 0x00000000, 0x00050051, 0x0000000c, 0x000001b8, 0x00000162, 0x00000001,
    0x00050085, 0x0000000c, 0x000001ba, 0x000001b8, 0x00000228, 0x0008000c, 0x0000000c, 0x000001bb,
    0x00000001, 0x00000032, 0x000001b4, 0x00000227, 0x000001ba, 0x00050081, 0x0000000c, 0x00000100,
    0x00000220, 0x000001bb, 0x000200f9, 0x000000f1, 0x000200f8, 0x000000f1, 0x00050080, 0x00000006,
    0x00000102, 0x0000021e, 0x00000016, 0x000200f9, 0x000000ee, 0x000200f8, 0x000000f0, 0x000200f9,
    0x000000de, 0x000200f8, 0x000000de, 0x000700f5, 0x0000000c, 0x0000021f, 0x0000004f, 0x00000005,
    0x00000220, 0x000000f0, 0x00050041, 0x00000109, 0x0000010a, 0x00000106, 0x000000bf, 0x0003003e,
    0x0000010a, 0x0000021f, 0x000400e0, 0x0000010b, 0x0000010b, 0x0000010c, 0x000200f9, 0x0000010e,
    0x000200f8, 0x0000010e, 0x000700f5, 0x00000006, 0x00000221, 0x00000049, 0x000000de, 0x00000125,
    0x00000111, 0x000500ac, 0x0000001f, 0x00000114, 0x00000221, 0x0000001e, 0x000400f6, 0x00000110,
    0x00000111, 0x00000000, 0x000400fa, 0x00000114, 0x0000010f, 0x00000110, 0x000200f8, 0x0000010f,
    0x000500b0, 0x0000001f, 0x00000117, 0x000000c2, 0x00000221, 0x000300f7, 0x00000119, 0x00000000,
    0x000400fa, 0x00000117, 0x00000118, 0x00000119, 0x000200f8, 0x00000118, 0x00050080, 0x00000006,
    0x0000011d, 0x000000bf, 0x00000221, 0x00050041, 0x00000109, 0x0000011e, 0x00000106, 0x0000011d,
    0x0004003d, 0x0000000c, 0x0000011f, 0x0000011e, 0x0004003d, 0x0000000c, 0x00000121, 0x0000010a,
    0x00050081, 0x0000000c, 0x00000122, 0x00000121, 0x0000011f, 0x0003003e, 0x0000010a, 0x00000122,
    0x000200f9, 0x00000119, 0x000200f8, 0x00000119, 0x000400e0, 0x0000010b, 0x0000010b, 0x0000010c,
    0x000200f9, 0x00000111, 0x000200f8, 0x00000111, 0x000500c2, 0x00000006, 0x00000125, 0x00000221,
    0x00000034, 0x000200f9, 0x0000010e, 0x000200f8, 0x00000110, 0x000500aa, 0x0000001f, 0x00000127,
    0x000000c2, 0x0000001e, 0x000300f7, 0x00000129, 0x00000000, 0x000400fa, 0x00000127, 0x00000128,
    0x00000129, 0x000200f8, 0x00000128, 0x000200f9, 0x00000129, 0x000200f8, 0x00000129, 0x000700f5,
    0x0000001f, 0x0000012e, 0x00000127, 0x00000110, 0x000000dc, 0x00000128, 0x000300f7, 0x00000130,
    0x00000000, 0x000400fa, 0x0000012e, 0x0000012f, 0x00000130, 0x000200f8, 0x0000012f, 0x00050041,
    0x000000d9, 0x00000136, 0x000000d8, 0x00000135, 0x0004003d, 0x00000006, 0x00000137, 0x00000136,
    0x00050080, 0x00000006, 0x00000139, 0x00000137, 0x000000d3, 0x00050041, 0x000000d9, 0x0000013a,
    0x000000d8, 0x0000001b, 0x0004003d, 0x00000006, 0x0000013b, 0x0000013a, 0x000500ab, 0x0000001f,
    0x0000013c, 0x0000013b, 0x0000001e, 0x000300f7, 0x0000013f, 0x00000000, 0x000400fa, 0x0000013c,
    0x0000013e, 0x00000146, 0x000200f8, 0x0000013e, 0x00060041, 0x00000092, 0x00000144, 0x00000134,
    0x00000028, 0x00000139, 0x0004003d, 0x0000000c, 0x00000145, 0x00000144, 0x000200f9, 0x0000013f,
    0x000200f8, 0x00000146, 0x000200f9, 0x0000013f, 0x000200f8, 0x0000013f, 0x000700f5, 0x0000000c,
    0x00000222, 0x00000145, 0x0000013e, 0x0000004f, 0x00000146, 0x0004003d, 0x0000000c, 0x0000014a,
    0x0000010a, 0x00050081, 0x0000000c, 0x0000014b, 0x00000222, 0x0000014a, 0x00060041, 0x00000092,
    0x0000014c, 0x00000134, 0x00000028, 0x00000139, 0x0003003e, 0x0000014c, 0x0000014b, 0x000200f9,
    0x00000130, 0x000200f8, 0x00000130, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q5_k[2166] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000003ed, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000147, 0x0000014f, 0x00000152,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001d,
    0x00000006, 0x00000004, 0x00040048, 0x0000001e, 0x00000000, 0x00000018, 0x00050048, 0x0000001e,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001e, 0x00000002, 0x00040047, 0x00000020,
    0x00000022, 0x00000000, 0x00040047, 0x00000020, 0x00000021, 0x00000000, 0x00040047, 0x000000e0,
    0x00000006, 0x00000004, 0x00040048, 0x000000e1, 0x00000000, 0x00000018, 0x00050048, 0x000000e1,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000e1, 0x00000002, 0x00040047, 0x000000e3,
    0x00000022, 0x00000000, 0x00040047, 0x000000e3, 0x00000021, 0x00000001, 0x00040047, 0x00000147,
    0x0000000b, 0x0000001d, 0x00040047, 0x0000014f, 0x0000000b, 0x0000001a, 0x00040047, 0x00000152,
    0x0000000b, 0x00000018, 0x00050048, 0x0000015f, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x0000015f, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x0000015f, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x0000015f, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x0000015f,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x0000015f, 0x00000002, 0x00040047, 0x000001b9,
    0x00000006, 0x00000004, 0x00050048, 0x000001ba, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x000001ba, 0x00000002, 0x00040047, 0x000001bc, 0x00000022, 0x00000000, 0x00040047, 0x000001bc,
    0x00000021, 0x00000002, 0x00040047, 0x000001d4, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x0000001d, 0x00000006, 0x0003001e, 0x0000001e, 0x0000001d,
    0x00040020, 0x0000001f, 0x0000000c, 0x0000001e, 0x0004003b, 0x0000001f, 0x00000020, 0x0000000c,
    0x00040015, 0x00000021, 0x00000020, 0x00000001, 0x0004002b, 0x00000021, 0x00000022, 0x00000000,
    0x0004002b, 0x00000021, 0x00000024, 0x00000002, 0x00040020, 0x00000026, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x0000002a, 0x00000003, 0x0004002b, 0x00000006, 0x0000002c, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002f, 0x000000ff, 0x0004002b, 0x00000006, 0x0000003b, 0x00000000,
    0x00020014, 0x0000003c, 0x0004002b, 0x00000006, 0x0000004b, 0x00000001, 0x0004002b, 0x00000006,
    0x0000004f, 0x00000020, 0x0004002b, 0x00000006, 0x00000058, 0x00000004, 0x0004002b, 0x00000006,
    0x00000062, 0x0000003f, 0x0004002b, 0x00000006, 0x00000076, 0x0000000f, 0x0004002b, 0x00000021,
    0x0000007d, 0x00000006, 0x0004002b, 0x00000021, 0x0000007f, 0x00000004, 0x00040017, 0x0000008f,
    0x0000000f, 0x00000002, 0x0004002b, 0x0000000f, 0x00000097, 0x00000000, 0x0004002b, 0x00000006,
    0x000000ae, 0x00000030, 0x0004002b, 0x00000006, 0x000000b9, 0x00000010, 0x0004002b, 0x00000006,
    0x000000d0, 0x00000002, 0x0004002b, 0x00000006, 0x000000d7, 0x00000040, 0x0003001d, 0x000000e0,
    0x0000000f, 0x0003001e, 0x000000e1, 0x000000e0, 0x00040020, 0x000000e2, 0x0000000c, 0x000000e1,
    0x0004003b, 0x000000e2, 0x000000e3, 0x0000000c, 0x00040020, 0x000000e5, 0x0000000c, 0x0000000f,
    0x0004002b, 0x00000021, 0x000000fd, 0x00000003, 0x0004002b, 0x00000021, 0x0000010c, 0x00000001,
    0x00040020, 0x00000146, 0x00000001, 0x00000006, 0x0004003b, 0x00000146, 0x00000147, 0x00000001,
    0x00040017, 0x0000014d, 0x00000006, 0x00000003, 0x00040020, 0x0000014e, 0x00000001, 0x0000014d,
    0x0004003b, 0x0000014e, 0x0000014f, 0x00000001, 0x0004003b, 0x0000014e, 0x00000152, 0x00000001,
    0x0007001e, 0x0000015f, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x00000160, 0x00000009, 0x0000015f, 0x0004003b, 0x00000160, 0x00000161, 0x00000009, 0x00040020,
    0x00000162, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x0000016b, 0x00000100, 0x0004002b,
    0x00000006, 0x00000173, 0x000000b0, 0x0004001c, 0x0000018d, 0x0000000f, 0x000000d7, 0x00040020,
    0x0000018e, 0x00000004, 0x0000018d, 0x0004003b, 0x0000018e, 0x0000018f, 0x00000004, 0x00040020,
    0x00000192, 0x00000004, 0x0000000f, 0x0004002b, 0x00000006, 0x00000194, 0x00000108, 0x0003001d,
    0x000001b9, 0x0000000f, 0x0003001e, 0x000001ba, 0x000001b9, 0x00040020, 0x000001bb, 0x0000000c,
    0x000001ba, 0x0004003b, 0x000001bb, 0x000001bc, 0x0000000c, 0x0006002c, 0x0000014d, 0x000001d4,
    0x000000d7, 0x0000004b, 0x0000004b, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x00000148, 0x00000147, 0x00050089, 0x00000006,
    0x0000014b, 0x00000148, 0x0000002c, 0x00050041, 0x00000146, 0x00000150, 0x0000014f, 0x0000004b,
    0x0004003d, 0x00000006, 0x00000151, 0x00000150, 0x00050041, 0x00000146, 0x00000153, 0x00000152,
    0x0000003b, 0x0004003d, 0x00000006, 0x00000154, 0x00000153, 0x00050084, 0x00000006, 0x00000155,
    0x00000151, 0x00000154, 0x00050041, 0x00000146, 0x00000156, 0x0000014f, 0x0000003b, 0x0004003d,
    0x00000006, 0x00000157, 0x00000156, 0x00050080, 0x00000006, 0x00000158, 0x00000155, 0x00000157,
    0x00050084, 0x00000006, 0x00000159, 0x00000158, 0x0000002c, 0x00050086, 0x00000006, 0x0000015b,
    0x00000148, 0x0000002c, 0x00050080, 0x00000006, 0x0000015c, 0x00000159, 0x0000015b, 0x00050041,
    0x00000162, 0x00000163, 0x00000161, 0x0000010c, 0x0004003d, 0x00000006, 0x00000164, 0x00000163,
    0x000500b0, 0x0000003c, 0x00000165, 0x0000015c, 0x00000164, 0x000300f7, 0x00000167, 0x00000000,
    0x000400fa, 0x00000165, 0x00000166, 0x00000167, 0x000200f8, 0x00000166, 0x00050041, 0x00000162,
    0x00000169, 0x00000161, 0x00000022, 0x0004003d, 0x00000006, 0x0000016a, 0x00000169, 0x00050086,
    0x00000006, 0x0000016c, 0x0000016a, 0x0000016b, 0x00050041, 0x00000162, 0x0000016e, 0x00000161,
    0x0000007f, 0x0004003d, 0x00000006, 0x0000016f, 0x0000016e, 0x00050084, 0x00000006, 0x00000172,
    0x0000015c, 0x0000016c, 0x00050084, 0x00000006, 0x00000174, 0x00000172, 0x00000173, 0x00050080,
    0x00000006, 0x00000175, 0x0000016f, 0x00000174, 0x000200f9, 0x00000178, 0x000200f8, 0x00000178,
    0x000700f5, 0x0000000f, 0x000003b8, 0x00000097, 0x00000166, 0x0000018a, 0x0000017b, 0x000700f5,
    0x00000006, 0x000003b6, 0x0000014b, 0x00000166, 0x0000018c, 0x0000017b, 0x000500b0, 0x0000003c,
    0x0000017f, 0x000003b6, 0x0000016c, 0x000400f6, 0x0000017a, 0x0000017b, 0x00000000, 0x000400fa,
    0x0000017f, 0x00000179, 0x0000017a, 0x000200f8, 0x00000179, 0x00050084, 0x00000006, 0x00000182,
    0x000003b6, 0x00000173, 0x00050080, 0x00000006, 0x00000183, 0x00000175, 0x00000182, 0x00050084,
    0x00000006, 0x00000185, 0x000003b6, 0x0000016b, 0x000500c7, 0x00000006, 0x00000283, 0x00000183,
    0x0000002a, 0x00050084, 0x00000006, 0x00000284, 0x00000283, 0x0000002c, 0x000500c2, 0x00000006,
    0x00000286, 0x00000183, 0x00000024, 0x000500aa, 0x0000003c, 0x00000288, 0x00000284, 0x0000003b,
    0x000300f7, 0x0000029b, 0x00000000, 0x000400fa, 0x00000288, 0x00000289, 0x0000028d, 0x000200f8,
    0x00000289, 0x00060041, 0x00000026, 0x0000028b, 0x00000020, 0x00000022, 0x00000286, 0x0004003d,
    0x00000006, 0x0000028c, 0x0000028b, 0x000200f9, 0x0000029b, 0x000200f8, 0x0000028d, 0x00060041,
    0x00000026, 0x0000028f, 0x00000020, 0x00000022, 0x00000286, 0x0004003d, 0x00000006, 0x00000290,
    0x0000028f, 0x000500c2, 0x00000006, 0x00000292, 0x00000290, 0x00000284, 0x00050080, 0x00000006,
    0x00000294, 0x00000286, 0x0000004b, 0x00060041, 0x00000026, 0x00000295, 0x00000020, 0x00000022,
    0x00000294, 0x0004003d, 0x00000006, 0x00000296, 0x00000295, 0x00050082, 0x00000006, 0x00000298,
    0x0000004f, 0x00000284, 0x000500c4, 0x00000006, 0x00000299, 0x00000296, 0x00000298, 0x000500c5,
    0x00000006, 0x0000029a, 0x00000292, 0x00000299, 0x000200f9, 0x0000029b, 0x000200f8, 0x0000029b,
    0x000700f5, 0x00000006, 0x000003bc, 0x0000028c, 0x00000289, 0x0000029a, 0x0000028d, 0x0006000c,
    0x0000008f, 0x000001f8, 0x00000001, 0x0000003e, 0x000003bc, 0x000200f9, 0x000001f9, 0x000200f8,
    0x000001f9, 0x000700f5, 0x0000000f, 0x000003be, 0x00000097, 0x0000029b, 0x00000277, 0x00000278,
    0x000700f5, 0x00000006, 0x000003bd, 0x0000003b, 0x0000029b, 0x0000027a, 0x00000278, 0x000500b0,
    0x0000003c, 0x000001fc, 0x000003bd, 0x00000058, 0x000400f6, 0x0000027b, 0x00000278, 0x00000000,
    0x000400fa, 0x000001fc, 0x000001fd, 0x0000027b, 0x000200f8, 0x000001fd, 0x000200f9, 0x000001fe,
    0x000200f8, 0x000001fe, 0x000700f5, 0x0000000f, 0x000003d5, 0x00000097, 0x000001fd, 0x000003ec,
    0x00000250, 0x000700f5, 0x0000000f, 0x000003d2, 0x00000097, 0x000001fd, 0x000003e9, 0x00000250,
    0x000700f5, 0x0000000f, 0x000003cf, 0x00000097, 0x000001fd, 0x000003e6, 0x00000250, 0x000700f5,
    0x0000000f, 0x000003cc, 0x00000097, 0x000001fd, 0x000003e3, 0x00000250, 0x000700f5, 0x00000006,
    0x000003c3, 0x0000003b, 0x000001fd, 0x00000252, 0x00000250, 0x000500b0, 0x0000003c, 0x00000201,
    0x000003c3, 0x0000004f, 0x000400f6, 0x00000253, 0x00000250, 0x00000000, 0x000400fa, 0x00000201,
    0x00000202, 0x00000253, 0x000200f8, 0x00000202, 0x00050080, 0x00000006, 0x00000204, 0x00000183,
    0x000000ae, 0x00050084, 0x00000006, 0x00000206, 0x0000004f, 0x000003bd, 0x00050080, 0x00000006,
    0x00000207, 0x00000204, 0x00000206, 0x00050080, 0x00000006, 0x00000209, 0x00000207, 0x000003c3,
    0x000500c7, 0x00000006, 0x000002a3, 0x00000209, 0x0000002a, 0x00050084, 0x00000006, 0x000002a4,
    0x000002a3, 0x0000002c, 0x000500c2, 0x00000006, 0x000002a6, 0x00000209, 0x00000024, 0x000500aa,
    0x0000003c, 0x000002a8, 0x000002a4, 0x0000003b, 0x000300f7, 0x000002bb, 0x00000000, 0x000400fa,
    0x000002a8, 0x000002a9, 0x000002ad, 0x000200f8, 0x000002a9, 0x00060041, 0x00000026, 0x000002ab,
    0x00000020, 0x00000022, 0x000002a6, 0x0004003d, 0x00000006, 0x000002ac, 0x000002ab, 0x000200f9,
    0x000002bb, 0x000200f8, 0x000002ad, 0x00060041, 0x00000026, 0x000002af, 0x00000020, 0x00000022,
    0x000002a6, 0x0004003d, 0x00000006, 0x000002b0, 0x000002af, 0x000500c2, 0x00000006, 0x000002b2,
    0x000002b0, 0x000002a4, 0x00050080, 0x00000006, 0x000002b4, 0x000002a6, 0x0000004b, 0x00060041,
    0x00000026, 0x000002b5, 0x00000020, 0x00000022, 0x000002b4, 0x0004003d, 0x00000006, 0x000002b6,
    0x000002b5, 0x00050082, 0x00000006, 0x000002b8, 0x0000004f, 0x000002a4, 0x000500c4, 0x00000006,
    0x000002b9, 0x000002b6, 0x000002b8, 0x000500c5, 0x00000006, 0x000002ba, 0x000002b2, 0x000002b9,
    0x000200f9, 0x000002bb, 0x000200f8, 0x000002bb, 0x000700f5, 0x00000006, 0x000003da, 0x000002ac,
    0x000002a9, 0x000002ba, 0x000002ad, 0x00050080, 0x00000006, 0x0000020c, 0x00000183, 0x000000b9,
    0x00050080, 0x00000006, 0x0000020e, 0x0000020c, 0x000003c3, 0x000500c7, 0x00000006, 0x000002c3,
    0x0000020e, 0x0000002a, 0x00050084, 0x00000006, 0x000002c4, 0x000002c3, 0x0000002c, 0x000500c2,
    0x00000006, 0x000002c6, 0x0000020e, 0x00000024, 0x000500aa, 0x0000003c, 0x000002c8, 0x000002c4,
    0x0000003b, 0x000300f7, 0x000002db, 0x00000000, 0x000400fa, 0x000002c8, 0x000002c9, 0x000002cd,
    0x000200f8, 0x000002c9, 0x00060041, 0x00000026, 0x000002cb, 0x00000020, 0x00000022, 0x000002c6,
    0x0004003d, 0x00000006, 0x000002cc, 0x000002cb, 0x000200f9, 0x000002db, 0x000200f8, 0x000002cd,
    0x00060041, 0x00000026, 0x000002cf, 0x00000020, 0x00000022, 0x000002c6, 0x0004003d, 0x00000006,
    0x000002d0, 0x000002cf, 0x000500c2, 0x00000006, 0x000002d2, 0x000002d0, 0x000002c4, 0x00050080,
    0x00000006, 0x000002d4, 0x000002c6, 0x0000004b, 0x00060041, 0x00000026, 0x000002d5, 0x00000020,
    0x00000022, 0x000002d4, 0x0004003d, 0x00000006, 0x000002d6, 0x000002d5, 0x00050082, 0x00000006,
    0x000002d8, 0x0000004f, 0x000002c4, 0x000500c4, 0x00000006, 0x000002d9, 0x000002d6, 0x000002d8,
    0x000500c5, 0x00000006, 0x000002da, 0x000002d2, 0x000002d9, 0x000200f9, 0x000002db, 0x000200f8,
    0x000002db, 0x000700f5, 0x00000006, 0x000003dc, 0x000002cc, 0x000002c9, 0x000002da, 0x000002cd,
    0x000200f9, 0x00000210, 0x000200f8, 0x00000210, 0x000700f5, 0x0000000f, 0x000003ec, 0x000003d5,
    0x000002db, 0x0000024b, 0x00000214, 0x000700f5, 0x0000000f, 0x000003e9, 0x000003d2, 0x000002db,
    0x00000248, 0x00000214, 0x000700f5, 0x0000000f, 0x000003e6, 0x000003cf, 0x000002db, 0x00000245,
    0x00000214, 0x000700f5, 0x0000000f, 0x000003e3, 0x000003cc, 0x000002db, 0x00000239, 0x00000214,
    0x000700f5, 0x00000006, 0x000003dd, 0x0000003b, 0x000002db, 0x0000024e, 0x00000214, 0x000500b0,
    0x0000003c, 0x00000213, 0x000003dd, 0x00000058, 0x000400f6, 0x0000024f, 0x00000214, 0x00000000,
    0x000400fa, 0x00000213, 0x00000214, 0x0000024f, 0x000200f8, 0x00000214, 0x00050084, 0x00000006,
    0x00000217, 0x0000002c, 0x000003dd, 0x000500c2, 0x00000006, 0x00000218, 0x000003da, 0x00000217,
    0x00050084, 0x00000006, 0x0000021d, 0x000000d0, 0x000003bd, 0x00050080, 0x00000006, 0x0000021e,
    0x00000217, 0x0000021d, 0x000500c2, 0x00000006, 0x0000021f, 0x000003dc, 0x0000021e, 0x00050084,
    0x00000006, 0x00000222, 0x000000d7, 0x000003bd, 0x00050080, 0x00000006, 0x00000223, 0x00000185,
    0x00000222, 0x00050080, 0x00000006, 0x00000225, 0x00000223, 0x000003c3, 0x00050080, 0x00000006,
    0x00000227, 0x00000225, 0x000003dd, 0x00060041, 0x000000e5, 0x00000229, 0x000000e3, 0x00000022,
    0x00000227, 0x0004003d, 0x0000000f, 0x0000022a, 0x00000229, 0x00050080, 0x00000006, 0x0000022c,
    0x00000227, 0x0000004f, 0x00060041, 0x000000e5, 0x0000022d, 0x000000e3, 0x00000022, 0x0000022c,
    0x0004003d, 0x0000000f, 0x0000022e, 0x0000022d, 0x000500c7, 0x00000006, 0x00000230, 0x00000218,
    0x00000076, 0x000500c7, 0x00000006, 0x00000232, 0x0000021f, 0x0000004b, 0x000500c4, 0x00000006,
    0x00000233, 0x00000232, 0x0000007f, 0x000500c5, 0x00000006, 0x00000234, 0x00000230, 0x00000233,
    0x00040070, 0x0000000f, 0x00000235, 0x00000234, 0x0008000c, 0x0000000f, 0x00000239, 0x00000001,
    0x00000032, 0x00000235, 0x0000022a, 0x000003e3, 0x000500c2, 0x00000006, 0x0000023b, 0x00000218,
    0x0000007f, 0x000500c7, 0x00000006, 0x0000023c, 0x0000023b, 0x00000076, 0x000500c7, 0x00000006,
    0x0000023e, 0x0000021f, 0x000000d0, 0x000500c4, 0x00000006, 0x0000023f, 0x0000023e, 0x000000fd,
    0x000500c5, 0x00000006, 0x00000240, 0x0000023c, 0x0000023f, 0x00040070, 0x0000000f, 0x00000241,
    0x00000240, 0x0008000c, 0x0000000f, 0x00000245, 0x00000001, 0x00000032, 0x00000241, 0x0000022e,
    0x000003e6, 0x00050081, 0x0000000f, 0x00000248, 0x000003e9, 0x0000022a, 0x00050081, 0x0000000f,
    0x0000024b, 0x000003ec, 0x0000022e, 0x00050080, 0x00000006, 0x0000024e, 0x000003dd, 0x0000010c,
    0x000200f9, 0x00000210, 0x000200f8, 0x0000024f, 0x000200f9, 0x00000250, 0x000200f8, 0x00000250,
    0x00050080, 0x00000006, 0x00000252, 0x000003c3, 0x00000058, 0x000200f9, 0x000001fe, 0x000200f8,
    0x00000253, 0x00050084, 0x00000006, 0x00000255, 0x000000d0, 0x000003bd, 0x000500b0, 0x0000003c,
    0x000002e5, 0x00000255, 0x00000058, 0x000300f7, 0x00000310, 0x00000000, 0x000400fa, 0x000002e5,
    0x000002e6, 0x000002f5, 0x000200f8, 0x000002e6, 0x00050080, 0x00000006, 0x000002e8, 0x00000183,
    0x00000058, 0x00050080, 0x00000006, 0x000002ea, 0x000002e8, 0x00000255, 0x000500c2, 0x00000006,
    0x00000314, 0x000002ea, 0x00000024, 0x00060041, 0x00000026, 0x00000315, 0x00000020, 0x00000022,
    0x00000314, 0x0004003d, 0x00000006, 0x00000316, 0x00000315, 0x000500c7, 0x00000006, 0x00000318,
    0x000002ea, 0x0000002a, 0x00050084, 0x00000006, 0x00000319, 0x00000318, 0x0000002c, 0x000500c2,
    0x00000006, 0x0000031a, 0x00000316, 0x00000319, 0x000500c7, 0x00000006, 0x0000031b, 0x0000031a,
    0x0000002f, 0x000500c7, 0x00000006, 0x000002ec, 0x0000031b, 0x00000062, 0x00040070, 0x0000000f,
    0x000002ed, 0x000002ec, 0x00050080, 0x00000006, 0x000002ef, 0x00000183, 0x0000002c, 0x00050080,
    0x00000006, 0x000002f1, 0x000002ef, 0x00000255, 0x000500c2, 0x00000006, 0x0000031f, 0x000002f1,
    0x00000024, 0x00060041, 0x00000026, 0x00000320, 0x00000020, 0x00000022, 0x0000031f, 0x0004003d,
    0x00000006, 0x00000321, 0x00000320, 0x000500c7, 0x00000006, 0x00000323, 0x000002f1, 0x0000002a,
    0x00050084, 0x00000006, 0x00000324, 0x00000323, 0x0000002c, 0x000500c2, 0x00000006, 0x00000325,
    0x00000321, 0x00000324, 0x000500c7, 0x00000006, 0x00000326, 0x00000325, 0x0000002f, 0x000500c7,
    0x00000006, 0x000002f3, 0x00000326, 0x00000062, 0x00040070, 0x0000000f, 0x000002f4, 0x000002f3,
    0x000200f9, 0x00000310, 0x000200f8, 0x000002f5, 0x00050080, 0x00000006, 0x000002f7, 0x00000183,
    0x0000002c, 0x00050080, 0x00000006, 0x000002f9, 0x000002f7, 0x00000255, 0x000500c2, 0x00000006,
    0x0000032a, 0x000002f9, 0x00000024, 0x00060041, 0x00000026, 0x0000032b, 0x00000020, 0x00000022,
    0x0000032a, 0x0004003d, 0x00000006, 0x0000032c, 0x0000032b, 0x000500c7, 0x00000006, 0x0000032e,
    0x000002f9, 0x0000002a, 0x00050084, 0x00000006, 0x0000032f, 0x0000032e, 0x0000002c, 0x000500c2,
    0x00000006, 0x00000330, 0x0000032c, 0x0000032f, 0x000500c7, 0x00000006, 0x00000331, 0x00000330,
    0x0000002f, 0x000500c7, 0x00000006, 0x000002fc, 0x00000331, 0x00000076, 0x00050080, 0x00000006,
    0x000002ff, 0x00000183, 0x00000255, 0x000500c2, 0x00000006, 0x00000335, 0x000002ff, 0x00000024,
    0x00060041, 0x00000026, 0x00000336, 0x00000020, 0x00000022, 0x00000335, 0x0004003d, 0x00000006,
    0x00000337, 0x00000336, 0x000500c7, 0x00000006, 0x00000339, 0x000002ff, 0x0000002a, 0x00050084,
    0x00000006, 0x0000033a, 0x00000339, 0x0000002c, 0x000500c2, 0x00000006, 0x0000033b, 0x00000337,
    0x0000033a, 0x000500c7, 0x00000006, 0x0000033c, 0x0000033b, 0x0000002f, 0x000500c2, 0x00000006,
    0x00000301, 0x0000033c, 0x0000007d, 0x000500c4, 0x00000006, 0x00000302, 0x00000301, 0x0000007f,
    0x000500c5, 0x00000006, 0x00000303, 0x000002fc, 0x00000302, 0x00040070, 0x0000000f, 0x00000304,
    0x00000303, 0x000500c2, 0x00000006, 0x00000306, 0x00000331, 0x0000007f, 0x00050080, 0x00000006,
    0x00000308, 0x00000183, 0x00000058, 0x00050080, 0x00000006, 0x0000030a, 0x00000308, 0x00000255,
    0x000500c2, 0x00000006, 0x00000340, 0x0000030a, 0x00000024, 0x00060041, 0x00000026, 0x00000341,
    0x00000020, 0x00000022, 0x00000340, 0x0004003d, 0x00000006, 0x00000342, 0x00000341, 0x000500c7,
    0x00000006, 0x00000344, 0x0000030a, 0x0000002a, 0x00050084, 0x00000006, 0x00000345, 0x00000344,
    0x0000002c, 0x000500c2, 0x00000006, 0x00000346, 0x00000342, 0x00000345, 0x000500c7, 0x00000006,
    0x00000347, 0x00000346, 0x0000002f, 0x000500c2, 0x00000006, 0x0000030c, 0x00000347, 0x0000007d,
    0x000500c4, 0x00000006, 0x0000030d, 0x0000030c, 0x0000007f, 0x000500c5, 0x00000006, 0x0000030e,
    0x00000306, 0x0000030d, 0x00040070, 0x0000000f, 0x0000030f, 0x0000030e, 0x000200f9, 0x00000310,
    0x000200f8, 0x00000310, 0x000700f5, 0x0000000f, 0x000003c6, 0x000002f4, 0x000002e6, 0x0000030f,
    0x000002f5, 0x000700f5, 0x0000000f, 0x000003c5, 0x000002ed, 0x000002e6, 0x00000304, 0x000002f5,
    0x00050080, 0x00000006, 0x0000025c, 0x00000255, 0x0000004b, 0x000500b0, 0x0000003c, 0x00000350,
    0x0000025c, 0x00000058, 0x000300f7, 0x0000037b, 0x00000000, 0x000400fa, 0x00000350, 0x00000351,
    0x00000360, 0x000200f8, 0x00000351, 0x00050080, 0x00000006, 0x00000353, 0x00000183, 0x00000058,
    0x00050080, 0x00000006, 0x00000355, 0x00000353, 0x0000025c, 0x000500c2, 0x00000006, 0x0000037f,
    0x00000355, 0x00000024, 0x00060041, 0x00000026, 0x00000380, 0x00000020, 0x00000022, 0x0000037f,
    0x0004003d, 0x00000006, 0x00000381, 0x00000380, 0x000500c7, 0x00000006, 0x00000383, 0x00000355,
    0x0000002a, 0x00050084, 0x00000006, 0x00000384, 0x00000383, 0x0000002c, 0x000500c2, 0x00000006,
    0x00000385, 0x00000381, 0x00000384, 0x000500c7, 0x00000006, 0x00000386, 0x00000385, 0x0000002f,
    0x000500c7, 0x00000006, 0x00000357, 0x00000386, 0x00000062, 0x00040070, 0x0000000f, 0x00000358,
    0x00000357, 0x00050080, 0x00000006, 0x0000035a, 0x00000183, 0x0000002c, 0x00050080, 0x00000006,
    0x0000035c, 0x0000035a, 0x0000025c, 0x000500c2, 0x00000006, 0x0000038a, 0x0000035c, 0x00000024,
    0x00060041, 0x00000026, 0x0000038b, 0x00000020, 0x00000022, 0x0000038a, 0x0004003d, 0x00000006,
    0x0000038c, 0x0000038b, 0x000500c7, 0x00000006, 0x0000038e, 0x0000035c, 0x0000002a, 0x00050084,
    0x00000006, 0x0000038f, 0x0000038e, 0x0000002c, 0x000500c2, 0x00000006, 0x00000390, 0x0000038c,
    0x0000038f, 0x000500c7, 0x00000006, 0x00000391, 0x00000390, 0x0000002f, 0x000500c7, 0x00000006,
    0x0000035e, 0x00000391, 0x00000062, 0x00040070, 0x0000000f, 0x0000035f, 0x0000035e, 0x000200f9,
    0x0000037b, 0x000200f8, 0x00000360, 0x00050080, 0x00000006, 0x00000362, 0x00000183, 0x0000002c,
    0x00050080, 0x00000006, 0x00000364, 0x00000362, 0x0000025c, 0x000500c2, 0x00000006, 0x00000395,
    0x00000364, 0x00000024, 0x00060041, 0x00000026, 0x00000396, 0x00000020, 0x00000022, 0x00000395,
    0x0004003d, 0x00000006, 0x00000397, 0x00000396, 0x000500c7, 0x00000006, 0x00000399, 0x00000364,
    0x0000002a, 0x00050084, 0x00000006, 0x0000039a, 0x00000399, 0x0000002c, 0x000500c2, 0x00000006,
    0x0000039b, 0x00000397, 0x0000039a, 0x000500c7, 0x00000006, 0x0000039c, 0x0000039b, 0x0000002f,
    0x000500c7, 0x00000006, 0x00000367, 0x0000039c, 0x00000076, 0x00050080, 0x00000006, 0x0000036a,
    0x00000183, 0x0000025c, 0x000500c2, 0x00000006, 0x000003a0, 0x0000036a, 0x00000024, 0x00060041,
    0x00000026, 0x000003a1, 0x00000020, 0x00000022, 0x000003a0, 0x0004003d, 0x00000006, 0x000003a2,
    0x000003a1, 0x000500c7, 0x00000006, 0x000003a4, 0x0000036a, 0x0000002a, 0x00050084, 0x00000006,
    0x000003a5, 0x000003a4, 0x0000002c, 0x000500c2, 0x00000006, 0x000003a6, 0x000003a2, 0x000003a5,
    0x000500c7, 0x00000006, 0x000003a7, 0x000003a6, 0x0000002f, 0x000500c2, 0x00000006, 0x0000036c,
    0x000003a7, 0x0000007d, 0x000500c4, 0x00000006, 0x0000036d, 0x0000036c, 0x0000007f, 0x000500c5,
    0x00000006, 0x0000036e, 0x00000367, 0x0000036d, 0x00040070, 0x0000000f, 0x0000036f, 0x0000036e,
    0x000500c2, 0x00000006, 0x00000371, 0x0000039c, 0x0000007f, 0x00050080, 0x00000006, 0x00000373,
    0x00000183, 0x00000058, 0x00050080, 0x00000006, 0x00000375, 0x00000373, 0x0000025c, 0x000500c2,
    0x00000006, 0x000003ab, 0x00000375, 0x00000024, 0x00060041, 0x00000026, 0x000003ac, 0x00000020,
    0x00000022, 0x000003ab, 0x0004003d, 0x00000006, 0x000003ad, 0x000003ac, 0x000500c7, 0x00000006,
    0x000003af, 0x00000375, 0x0000002a, 0x00050084, 0x00000006, 0x000003b0, 0x000003af, 0x0000002c,
    0x000500c2, 0x00000006, 0x000003b1, 0x000003ad, 0x000003b0, 0x000500c7, 0x00000006, 0x000003b2,
    0x000003b1, 0x0000002f, 0x000500c2, 0x00000006, 0x00000377, 0x000003b2, 0x0000007d, 0x000500c4,
    0x00000006, 0x00000378, 0x00000377, 0x0000007f, 0x000500c5, 0x00000006, 0x00000379, 0x00000371,
    0x00000378, 0x00040070, 0x0000000f, 0x0000037a, 0x00000379, 0x000200f9, 0x0000037b, 0x000200f8,
    0x0000037b, 0x000700f5, 0x0000000f, 0x000003c9, 0x0000035f, 0x00000351, 0x0000037a, 0x00000360,
    0x000700f5, 0x0000000f, 0x000003c8, 0x00000358, 0x00000351, 0x0000036f, 0x00000360, 0x00050051,
    0x0000000f, 0x00000262, 0x000001f8, 0x00000000, 0x00050085, 0x0000000f, 0x00000268, 0x000003c8,
    0x000003cf, 0x0008000c, 0x0000000f, 0x00000269, 0x00000001, 0x00000032, 0x000003c5, 0x000003cc,
    0x00000268, 0x00050051, 0x0000000f, 0x0000026c, 0x000001f8, 0x00000001, 0x00050085, 0x0000000f,
    0x00000272, 0x000003c9, 0x000003d5, 0x0008000c, 0x0000000f, 0x00000273, 0x00000001, 0x00000032,
    0x000003c6, 0x000003d2, 0x00000272, 0x00050085, 0x0000000f, 0x00000274, 0x0000026c, 0x00000273,
    0x0004007f, 0x0000000f, 0x000003b5, 0x00000274, 0x0008000c, 0x0000000f, 0x00000275, 0x00000001,
    0x00000032, 0x00000262, 0x00000269, 0x000003b5, 0x00050081, 0x0000000f, 0x00000277, 0x000003be,
    0x00000275, 0x000200f9, 0x00000278, 0x000200f8, 0x00000278, 0x00050080, 0x00000006, 0x0000027a,
    0x000003bd, 0x0000010c, 0x000200f9, 0x000001f9, 0x000200f8, 0x0000027b, 0x00050081, 0x0000000f,
    0x0000018a, 0x000003b8, 0x000003be, 0x000200f9, 0x0000017b, 0x000200f8, 0x0000017b, 0x00050080,
    0x00000006, 0x0000018c, 0x000003b6, 0x0000002c, 0x000200f9, 0x00000178, 0x000200f8, 0x0000017a,
    0x000200f9, 0x00000167, 0x000200f8, 0x00000167, 0x000700f5, 0x0000000f, 0x000003b7, 0x00000097,
    0x00000005, 0x000003b8, 0x0000017a, 0x00050041, 0x00000192, 0x00000193, 0x0000018f, 0x00000148,
    0x0003003e, 0x00000193, 0x000003b7, 0x000400e0, 0x000000d0, 0x000000d0, 0x00000194, 0x000200f9,
    0x00000196, 0x000200f8, 0x00000196, 0x000700f5, 0x00000006, 0x000003b9, 0x00000058, 0x00000167,
    0x000001ad, 0x00000199, 0x000500ac, 0x0000003c, 0x0000019c, 0x000003b9, 0x0000003b, 0x000400f6,
    0x00000198, 0x00000199, 0x00000000, 0x000400fa, 0x0000019c, 0x00000197, 0x00000198, 0x000200f8,
    0x00000197, 0x000500b0, 0x0000003c, 0x0000019f, 0x0000014b, 0x000003b9, 0x000300f7, 0x000001a1,
    0x00000000, 0x000400fa, 0x0000019f, 0x000001a0, 0x000001a1, 0x000200f8, 0x000001a0, 0x00050080,
    0x00000006, 0x000001a5, 0x00000148, 0x000003b9, 0x00050041, 0x00000192, 0x000001a6, 0x0000018f,
    0x000001a5, 0x0004003d, 0x0000000f, 0x000001a7, 0x000001a6, 0x0004003d, 0x0000000f, 0x000001a9,
    0x00000193, 0x00050081, 0x0000000f, 0x000001aa, 0x000001a9, 0x000001a7, 0x0003003e, 0x00000193,
    0x000001aa, 0x000200f9, 0x000001a1, 0x000200f8, 0x000001a1, 0x000400e0, 0x000000d0, 0x000000d0,
    0x00000194, 0x000200f9, 0x00000199, 0x000200f8, 0x00000199, 0x000500c2, 0x00000006, 0x000001ad,
    0x000003b9, 0x0000004b, 0x000200f9, 0x00000196, 0x000200f8, 0x00000198, 0x000500aa, 0x0000003c,
    0x000001af, 0x0000014b, 0x0000003b, 0x000300f7, 0x000001b1, 0x00000000, 0x000400fa, 0x000001af,
    0x000001b0, 0x000001b1, 0x000200f8, 0x000001b0, 0x000200f9, 0x000001b1, 0x000200f8, 0x000001b1,
    0x000700f5, 0x0000003c, 0x000001b6, 0x000001af, 0x00000198, 0x00000165, 0x000001b0, 0x000300f7,
    0x000001b8, 0x00000000, 0x000400fa, 0x000001b6, 0x000001b7, 0x000001b8, 0x000200f8, 0x000001b7,
    0x00050041, 0x00000162, 0x000001bd, 0x00000161, 0x000000fd, 0x0004003d, 0x00000006, 0x000001be,
    0x000001bd, 0x00050080, 0x00000006, 0x000001c0, 0x000001be, 0x0000015c, 0x00050041, 0x00000162,
    0x000001c1, 0x00000161, 0x00000024, 0x0004003d, 0x00000006, 0x000001c2, 0x000001c1, 0x000500ab,
    0x0000003c, 0x000001c3, 0x000001c2, 0x0000003b, 0x000300f7, 0x000001c6, 0x00000000, 0x000400fa,
    0x000001c3, 0x000001c5, 0x000001cd, 0x000200f8, 0x000001c5, 0x00060041, 0x000000e5, 0x000001cb,
    0x000001bc, 0x00000022, 0x000001c0, 0x0004003d, 0x0000000f, 0x000001cc, 0x000001cb, 0x000200f9,
    0x000001c6, 0x000200f8, 0x000001cd, 0x000200f9, 0x000001c6, 0x000200f8, 0x000001c6, 0x000700f5,
    0x0000000f, 0x000003ba, 0x000001cc, 0x000001c5, 0x00000097, 0x000001cd, 0x0004003d, 0x0000000f,
    0x000001d1, 0x00000193, 0x00050081, 0x0000000f, 0x000001d2, 0x000003ba, 0x000001d1, 0x00060041,
    0x000000e5, 0x000001d3, 0x000001bc, 0x00000022, 0x000001c0, 0x0003003e, 0x000001d3, 0x000001d2,
    0x000200f9, 0x000001b8, 0x000200f8, 0x000001b8, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q6_k[1559] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000002bf, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000117, 0x0000011f, 0x00000122,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001c,
    0x00000006, 0x00000004, 0x00040048, 0x0000001d, 0x00000000, 0x00000018, 0x00050048, 0x0000001d,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001d, 0x00000002, 0x00040047, 0x0000001f,
    0x00000022, 0x00000000, 0x00040047, 0x0000001f, 0x00000021, 0x00000000, 0x00040047, 0x000000d4,
    0x00000006, 0x00000004, 0x00040048, 0x000000d5, 0x00000000, 0x00000018, 0x00050048, 0x000000d5,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000d5, 0x00000002, 0x00040047, 0x000000d7,
    0x00000022, 0x00000000, 0x00040047, 0x000000d7, 0x00000021, 0x00000001, 0x00040047, 0x00000117,
    0x0000000b, 0x0000001d, 0x00040047, 0x0000011f, 0x0000000b, 0x0000001a, 0x00040047, 0x00000122,
    0x0000000b, 0x00000018, 0x00050048, 0x0000012f, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x0000012f, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x0000012f, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x0000012f, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x0000012f,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x0000012f, 0x00000002, 0x00040047, 0x00000189,
    0x00000006, 0x00000004, 0x00050048, 0x0000018a, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x0000018a, 0x00000002, 0x00040047, 0x0000018c, 0x00000022, 0x00000000, 0x00040047, 0x0000018c,
    0x00000021, 0x00000002, 0x00040047, 0x000001a5, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x00000012, 0x00000020, 0x0003001d, 0x0000001c, 0x00000006, 0x0003001e, 0x0000001d, 0x0000001c,
    0x00040020, 0x0000001e, 0x0000000c, 0x0000001d, 0x0004003b, 0x0000001e, 0x0000001f, 0x0000000c,
    0x00040015, 0x00000020, 0x00000020, 0x00000001, 0x0004002b, 0x00000020, 0x00000021, 0x00000000,
    0x0004002b, 0x00000020, 0x00000023, 0x00000002, 0x00040020, 0x00000025, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000029, 0x00000003, 0x0004002b, 0x00000006, 0x0000002b, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002e, 0x000000ff, 0x0004002b, 0x00000006, 0x00000037, 0x00000002,
    0x0004002b, 0x00000006, 0x0000003b, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000047, 0x00000000,
    0x00020014, 0x00000048, 0x0004002b, 0x00000006, 0x00000057, 0x00000001, 0x0004002b, 0x00000006,
    0x0000005b, 0x00000020, 0x00040017, 0x00000066, 0x00000012, 0x00000002, 0x0004002b, 0x00000012,
    0x0000006d, 0x00000000, 0x0004002b, 0x00000006, 0x0000007d, 0x00000004, 0x0004002b, 0x00000006,
    0x00000089, 0x00000010, 0x0004002b, 0x00000006, 0x00000098, 0x00000040, 0x0004002b, 0x00000006,
    0x000000a6, 0x00000080, 0x0004002b, 0x00000006, 0x000000c0, 0x0000000f, 0x0004002b, 0x00000020,
    0x000000cd, 0x00000004, 0x0004002b, 0x00000020, 0x000000d1, 0x00000020, 0x0003001d, 0x000000d4,
    0x00000012, 0x0003001e, 0x000000d5, 0x000000d4, 0x00040020, 0x000000d6, 0x0000000c, 0x000000d5,
    0x0004003b, 0x000000d6, 0x000000d7, 0x0000000c, 0x00040020, 0x000000e3, 0x0000000c, 0x00000012,
    0x0004002b, 0x00000020, 0x000000ea, 0x00000001, 0x0004002b, 0x00000006, 0x000000f7, 0x000000c0,
    0x0004002b, 0x00000020, 0x000000fd, 0x00000018, 0x0004002b, 0x00000006, 0x0000010d, 0x000000d0,
    0x00040020, 0x00000116, 0x00000001, 0x00000006, 0x0004003b, 0x00000116, 0x00000117, 0x00000001,
    0x00040017, 0x0000011d, 0x00000006, 0x00000003, 0x00040020, 0x0000011e, 0x00000001, 0x0000011d,
    0x0004003b, 0x0000011e, 0x0000011f, 0x00000001, 0x0004003b, 0x0000011e, 0x00000122, 0x00000001,
    0x0007001e, 0x0000012f, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x00000130, 0x00000009, 0x0000012f, 0x0004003b, 0x00000130, 0x00000131, 0x00000009, 0x00040020,
    0x00000132, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x0000013b, 0x00000100, 0x0004002b,
    0x00000006, 0x00000143, 0x000000d2, 0x0004001c, 0x0000015d, 0x00000012, 0x00000098, 0x00040020,
    0x0000015e, 0x00000004, 0x0000015d, 0x0004003b, 0x0000015e, 0x0000015f, 0x00000004, 0x00040020,
    0x00000162, 0x00000004, 0x00000012, 0x0004002b, 0x00000006, 0x00000164, 0x00000108, 0x0003001d,
    0x00000189, 0x00000012, 0x0003001e, 0x0000018a, 0x00000189, 0x00040020, 0x0000018b, 0x0000000c,
    0x0000018a, 0x0004003b, 0x0000018b, 0x0000018c, 0x0000000c, 0x0004002b, 0x00000020, 0x0000018d,
    0x00000003, 0x0006002c, 0x0000011d, 0x000001a5, 0x00000098, 0x00000057, 0x00000057, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x00000006,
    0x00000118, 0x00000117, 0x00050089, 0x00000006, 0x0000011b, 0x00000118, 0x0000002b, 0x00050041,
    0x00000116, 0x00000120, 0x0000011f, 0x00000057, 0x0004003d, 0x00000006, 0x00000121, 0x00000120,
    0x00050041, 0x00000116, 0x00000123, 0x00000122, 0x00000047, 0x0004003d, 0x00000006, 0x00000124,
    0x00000123, 0x00050084, 0x00000006, 0x00000125, 0x00000121, 0x00000124, 0x00050041, 0x00000116,
    0x00000126, 0x0000011f, 0x00000047, 0x0004003d, 0x00000006, 0x00000127, 0x00000126, 0x00050080,
    0x00000006, 0x00000128, 0x00000125, 0x00000127, 0x00050084, 0x00000006, 0x00000129, 0x00000128,
    0x0000002b, 0x00050086, 0x00000006, 0x0000012b, 0x00000118, 0x0000002b, 0x00050080, 0x00000006,
    0x0000012c, 0x00000129, 0x0000012b, 0x00050041, 0x00000132, 0x00000133, 0x00000131, 0x000000ea,
    0x0004003d, 0x00000006, 0x00000134, 0x00000133, 0x000500b0, 0x00000048, 0x00000135, 0x0000012c,
    0x00000134, 0x000300f7, 0x00000137, 0x00000000, 0x000400fa, 0x00000135, 0x00000136, 0x00000137,
    0x000200f8, 0x00000136, 0x00050041, 0x00000132, 0x00000139, 0x00000131, 0x00000021, 0x0004003d,
    0x00000006, 0x0000013a, 0x00000139, 0x00050086, 0x00000006, 0x0000013c, 0x0000013a, 0x0000013b,
    0x00050041, 0x00000132, 0x0000013e, 0x00000131, 0x000000cd, 0x0004003d, 0x00000006, 0x0000013f,
    0x0000013e, 0x00050084, 0x00000006, 0x00000142, 0x0000012c, 0x0000013c, 0x00050084, 0x00000006,
    0x00000144, 0x00000142, 0x00000143, 0x00050080, 0x00000006, 0x00000145, 0x0000013f, 0x00000144,
    0x000200f9, 0x00000148, 0x000200f8, 0x00000148, 0x000700f5, 0x00000012, 0x0000029d, 0x0000006d,
    0x00000136, 0x0000015a, 0x0000014b, 0x000700f5, 0x00000006, 0x0000029b, 0x0000011b, 0x00000136,
    0x0000015c, 0x0000014b, 0x000500b0, 0x00000048, 0x0000014f, 0x0000029b, 0x0000013c, 0x000400f6,
    0x0000014a, 0x0000014b, 0x00000000, 0x000400fa, 0x0000014f, 0x00000149, 0x0000014a, 0x000200f8,
    0x00000149, 0x00050084, 0x00000006, 0x00000152, 0x0000029b, 0x00000143, 0x00050080, 0x00000006,
    0x00000153, 0x00000145, 0x00000152, 0x00050084, 0x00000006, 0x00000155, 0x0000029b, 0x0000013b,
    0x000200f9, 0x000001b8, 0x000200f8, 0x000001b8, 0x000700f5, 0x00000012, 0x000002a2, 0x0000006d,
    0x00000149, 0x000002b1, 0x00000235, 0x000700f5, 0x00000006, 0x000002a1, 0x00000047, 0x00000149,
    0x00000237, 0x00000235, 0x000500b0, 0x00000048, 0x000001bb, 0x000002a1, 0x00000037, 0x000400f6,
    0x00000238, 0x00000235, 0x00000000, 0x000400fa, 0x000001bb, 0x000001bc, 0x00000238, 0x000200f8,
    0x000001bc, 0x000200f9, 0x000001bd, 0x000200f8, 0x000001bd, 0x000700f5, 0x00000006, 0x000002a5,
    0x00000047, 0x000001bc, 0x00000233, 0x00000231, 0x000700f5, 0x00000012, 0x000002b1, 0x000002a2,
    0x000001bc, 0x000002b0, 0x00000231, 0x000500b0, 0x00000048, 0x000001c0, 0x000002a5, 0x0000007d,
    0x000400f6, 0x00000234, 0x00000231, 0x00000000, 0x000400fa, 0x000001c0, 0x000001c1, 0x00000234,
    0x000200f8, 0x000001c1, 0x000200f9, 0x000001c2, 0x000200f8, 0x000001c2, 0x000700f5, 0x00000012,
    0x000002b0, 0x000002b1, 0x000001c1, 0x0000022c, 0x0000022d, 0x000700f5, 0x00000006, 0x000002a7,
    0x00000047, 0x000001c1, 0x0000022f, 0x0000022d, 0x000500b0, 0x00000048, 0x000001c5, 0x000002a7,
    0x00000037, 0x000400f6, 0x00000230, 0x0000022d, 0x00000000, 0x000400fa, 0x000001c5, 0x000001c6,
    0x00000230, 0x000200f8, 0x000001c6, 0x00050084, 0x00000006, 0x000001c8, 0x00000089, 0x000002a7,
    0x000200f9, 0x000001c9, 0x000200f8, 0x000001c9, 0x000700f5, 0x00000012, 0x000002ae, 0x0000006d,
    0x000001c6, 0x000002be, 0x00000215, 0x000700f5, 0x00000006, 0x000002a9, 0x000001c8, 0x000001c6,
    0x00000217, 0x00000215, 0x00050080, 0x00000006, 0x000001ce, 0x000001c8, 0x00000089, 0x000500b0,
    0x00000048, 0x000001cf, 0x000002a9, 0x000001ce, 0x000400f6, 0x00000218, 0x00000215, 0x00000000,
    0x000400fa, 0x000001cf, 0x000001d0, 0x00000218, 0x000200f8, 0x000001d0, 0x00050084, 0x00000006,
    0x000001d3, 0x00000098, 0x000002a1, 0x00050080, 0x00000006, 0x000001d4, 0x00000153, 0x000001d3,
    0x000500c7, 0x00000006, 0x000001d6, 0x000002a5, 0x00000057, 0x00050084, 0x00000006, 0x000001d7,
    0x0000005b, 0x000001d6, 0x00050080, 0x00000006, 0x000001d8, 0x000001d4, 0x000001d7, 0x00050080,
    0x00000006, 0x000001da, 0x000001d8, 0x000002a9, 0x000500c7, 0x00000006, 0x00000244, 0x000001da,
    0x00000029, 0x00050084, 0x00000006, 0x00000245, 0x00000244, 0x0000002b, 0x000500c2, 0x00000006,
    0x00000247, 0x000001da, 0x00000023, 0x000500aa, 0x00000048, 0x00000249, 0x00000245, 0x00000047,
    0x000300f7, 0x0000025c, 0x00000000, 0x000400fa, 0x00000249, 0x0000024a, 0x0000024e, 0x000200f8,
    0x0000024a, 0x00060041, 0x00000025, 0x0000024c, 0x0000001f, 0x00000021, 0x00000247, 0x0004003d,
    0x00000006, 0x0000024d, 0x0000024c, 0x000200f9, 0x0000025c, 0x000200f8, 0x0000024e, 0x00060041,
    0x00000025, 0x00000250, 0x0000001f, 0x00000021, 0x00000247, 0x0004003d, 0x00000006, 0x00000251,
    0x00000250, 0x000500c2, 0x00000006, 0x00000253, 0x00000251, 0x00000245, 0x00050080, 0x00000006,
    0x00000255, 0x00000247, 0x00000057, 0x00060041, 0x00000025, 0x00000256, 0x0000001f, 0x00000021,
    0x00000255, 0x0004003d, 0x00000006, 0x00000257, 0x00000256, 0x00050082, 0x00000006, 0x00000259,
    0x0000005b, 0x00000245, 0x000500c4, 0x00000006, 0x0000025a, 0x00000257, 0x00000259, 0x000500c5,
    0x00000006, 0x0000025b, 0x00000253, 0x0000025a, 0x000200f9, 0x0000025c, 0x000200f8, 0x0000025c,
    0x000700f5, 0x00000006, 0x000002b2, 0x0000024d, 0x0000024a, 0x0000025b, 0x0000024e, 0x00050080,
    0x00000006, 0x000001dd, 0x00000153, 0x000000a6, 0x00050084, 0x00000006, 0x000001df, 0x0000005b,
    0x000002a1, 0x00050080, 0x00000006, 0x000001e0, 0x000001dd, 0x000001df, 0x00050080, 0x00000006,
    0x000001e2, 0x000001e0, 0x000002a9, 0x000500c7, 0x00000006, 0x00000264, 0x000001e2, 0x00000029,
    0x00050084, 0x00000006, 0x00000265, 0x00000264, 0x0000002b, 0x000500c2, 0x00000006, 0x00000267,
    0x000001e2, 0x00000023, 0x000500aa, 0x00000048, 0x00000269, 0x00000265, 0x00000047, 0x000300f7,
    0x0000027c, 0x00000000, 0x000400fa, 0x00000269, 0x0000026a, 0x0000026e, 0x000200f8, 0x0000026a,
    0x00060041, 0x00000025, 0x0000026c, 0x0000001f, 0x00000021, 0x00000267, 0x0004003d, 0x00000006,
    0x0000026d, 0x0000026c, 0x000200f9, 0x0000027c, 0x000200f8, 0x0000026e, 0x00060041, 0x00000025,
    0x00000270, 0x0000001f, 0x00000021, 0x00000267, 0x0004003d, 0x00000006, 0x00000271, 0x00000270,
    0x000500c2, 0x00000006, 0x00000273, 0x00000271, 0x00000265, 0x00050080, 0x00000006, 0x00000275,
    0x00000267, 0x00000057, 0x00060041, 0x00000025, 0x00000276, 0x0000001f, 0x00000021, 0x00000275,
    0x0004003d, 0x00000006, 0x00000277, 0x00000276, 0x00050082, 0x00000006, 0x00000279, 0x0000005b,
    0x00000265, 0x000500c4, 0x00000006, 0x0000027a, 0x00000277, 0x00000279, 0x000500c5, 0x00000006,
    0x0000027b, 0x00000273, 0x0000027a, 0x000200f9, 0x0000027c, 0x000200f8, 0x0000027c, 0x000700f5,
    0x00000006, 0x000002b5, 0x0000026d, 0x0000026a, 0x0000027b, 0x0000026e, 0x000200f9, 0x000001e4,
    0x000200f8, 0x000001e4, 0x000700f5, 0x00000012, 0x000002be, 0x000002ae, 0x0000027c, 0x00000210,
    0x000001e8, 0x000700f5, 0x00000006, 0x000002b6, 0x00000047, 0x0000027c, 0x00000213, 0x000001e8,
    0x000500b0, 0x00000048, 0x000001e7, 0x000002b6, 0x0000007d, 0x000400f6, 0x00000214, 0x000001e8,
    0x00000000, 0x000400fa, 0x000001e7, 0x000001e8, 0x00000214, 0x000200f8, 0x000001e8, 0x00050084,
    0x00000006, 0x000001eb, 0x0000002b, 0x000002b6, 0x000500b0, 0x00000048, 0x000001ed, 0x000002a5,
    0x00000037, 0x000600a9, 0x00000006, 0x000001ee, 0x000001ed, 0x00000047, 0x0000007d, 0x00050080,
    0x00000006, 0x000001ef, 0x000001eb, 0x000001ee, 0x000500c2, 0x00000006, 0x000001f0, 0x000002b2,
    0x000001ef, 0x000500c7, 0x00000006, 0x000001f1, 0x000001f0, 0x000000c0, 0x00050084, 0x00000006,
    0x000001f6, 0x00000037, 0x000002a5, 0x00050080, 0x00000006, 0x000001f7, 0x000001eb, 0x000001f6,
    0x000500c2, 0x00000006, 0x000001f8, 0x000002b5, 0x000001f7, 0x000500c7, 0x00000006, 0x000001f9,
    0x000001f8, 0x00000029, 0x000500c4, 0x00000006, 0x000001fc, 0x000001f9, 0x000000cd, 0x000500c5,
    0x00000006, 0x000001fd, 0x000001f1, 0x000001fc, 0x0004007c, 0x00000020, 0x000001fe, 0x000001fd,
    0x00050082, 0x00000020, 0x000001ff, 0x000001fe, 0x000000d1, 0x0004006f, 0x00000012, 0x00000200,
    0x000001ff, 0x00050084, 0x00000006, 0x00000203, 0x000000a6, 0x000002a1, 0x00050080, 0x00000006,
    0x00000204, 0x00000155, 0x00000203, 0x00050084, 0x00000006, 0x00000206, 0x0000005b, 0x000002a5,
    0x00050080, 0x00000006, 0x00000207, 0x00000204, 0x00000206, 0x00050080, 0x00000006, 0x00000209,
    0x00000207, 0x000002a9, 0x00050080, 0x00000006, 0x0000020b, 0x00000209, 0x000002b6, 0x00060041,
    0x000000e3, 0x0000020c, 0x000000d7, 0x00000021, 0x0000020b, 0x0004003d, 0x00000012, 0x0000020d,
    0x0000020c, 0x0008000c, 0x00000012, 0x00000210, 0x00000001, 0x00000032, 0x00000200, 0x0000020d,
    0x000002be, 0x00050080, 0x00000006, 0x00000213, 0x000002b6, 0x000000ea, 0x000200f9, 0x000001e4,
    0x000200f8, 0x00000214, 0x000200f9, 0x00000215, 0x000200f8, 0x00000215, 0x00050080, 0x00000006,
    0x00000217, 0x000002a9, 0x0000007d, 0x000200f9, 0x000001c9, 0x000200f8, 0x00000218, 0x00050084,
    0x00000006, 0x0000021a, 0x0000002b, 0x000002a1, 0x00050084, 0x00000006, 0x0000021c, 0x00000037,
    0x000002a5, 0x00050080, 0x00000006, 0x0000021d, 0x0000021a, 0x0000021c, 0x00050080, 0x00000006,
    0x0000021f, 0x0000021d, 0x000002a7, 0x00050080, 0x00000006, 0x00000221, 0x00000153, 0x000000f7,
    0x00050080, 0x00000006, 0x00000223, 0x00000221, 0x0000021f, 0x000500c2, 0x00000006, 0x00000281,
    0x00000223, 0x00000023, 0x00060041, 0x00000025, 0x00000282, 0x0000001f, 0x00000021, 0x00000281,
    0x0004003d, 0x00000006, 0x00000283, 0x00000282, 0x000500c7, 0x00000006, 0x00000285, 0x00000223,
    0x00000029, 0x00050084, 0x00000006, 0x00000286, 0x00000285, 0x0000002b, 0x000500c2, 0x00000006,
    0x00000287, 0x00000283, 0x00000286, 0x000500c7, 0x00000006, 0x00000288, 0x00000287, 0x0000002e,
    0x000500c4, 0x00000006, 0x00000225, 0x00000288, 0x000000fd, 0x0004007c, 0x00000020, 0x00000226,
    0x00000225, 0x000500c3, 0x00000020, 0x00000227, 0x00000226, 0x000000fd, 0x0004006f, 0x00000012,
    0x00000228, 0x00000227, 0x0008000c, 0x00000012, 0x0000022c, 0x00000001, 0x00000032, 0x00000228,
    0x000002ae, 0x000002b0, 0x000200f9, 0x0000022d, 0x000200f8, 0x0000022d, 0x00050080, 0x00000006,
    0x0000022f, 0x000002a7, 0x000000ea, 0x000200f9, 0x000001c2, 0x000200f8, 0x00000230, 0x000200f9,
    0x00000231, 0x000200f8, 0x00000231, 0x00050080, 0x00000006, 0x00000233, 0x000002a5, 0x000000ea,
    0x000200f9, 0x000001bd, 0x000200f8, 0x00000234, 0x000200f9, 0x00000235, 0x000200f8, 0x00000235,
    0x00050080, 0x00000006, 0x00000237, 0x000002a1, 0x000000ea, 0x000200f9, 0x000001b8, 0x000200f8,
    0x00000238, 0x00050080, 0x00000006, 0x0000023a, 0x00000153, 0x0000010d, 0x000500c2, 0x00000006,
    0x00000293, 0x0000023a, 0x00000023, 0x00060041, 0x00000025, 0x00000294, 0x0000001f, 0x00000021,
    0x00000293, 0x0004003d, 0x00000006, 0x00000295, 0x00000294, 0x000500c7, 0x00000006, 0x00000297,
    0x0000023a, 0x00000037, 0x00050084, 0x00000006, 0x00000298, 0x00000297, 0x0000002b, 0x000500c2,
    0x00000006, 0x00000299, 0x00000295, 0x00000298, 0x000500c7, 0x00000006, 0x0000029a, 0x00000299,
    0x0000003b, 0x0006000c, 0x00000066, 0x0000028e, 0x00000001, 0x0000003e, 0x0000029a, 0x00050051,
    0x00000012, 0x0000028f, 0x0000028e, 0x00000000, 0x0008000c, 0x00000012, 0x0000015a, 0x00000001,
    0x00000032, 0x0000028f, 0x000002a2, 0x0000029d, 0x000200f9, 0x0000014b, 0x000200f8, 0x0000014b,
    0x00050080, 0x00000006, 0x0000015c, 0x0000029b, 0x0000002b, 0x000200f9, 0x00000148, 0x000200f8,
    0x0000014a, 0x000200f9, 0x00000137, 0x000200f8, 0x00000137, 0x000700f5, 0x00000012, 0x0000029c,
    0x0000006d, 0x00000005, 0x0000029d, 0x0000014a, 0x00050041, 0x00000162, 0x00000163, 0x0000015f,
    0x00000118, 0x0003003e, 0x00000163, 0x0000029c, 0x000400e0, 0x00000037, 0x00000037, 0x00000164,
    0x000200f9, 0x00000166, 0x000200f8, 0x00000166, 0x000700f5, 0x00000006, 0x0000029e, 0x0000007d,
    0x00000137, 0x0000017d, 0x00000169, 0x000500ac, 0x00000048, 0x0000016c, 0x0000029e, 0x00000047,
    0x000400f6, 0x00000168, 0x00000169, 0x00000000, 0x000400fa, 0x0000016c, 0x00000167, 0x00000168,
    0x000200f8, 0x00000167, 0x000500b0, 0x00000048, 0x0000016f, 0x0000011b, 0x0000029e, 0x000300f7,
    0x00000171, 0x00000000, 0x000400fa, 0x0000016f, 0x00000170, 0x00000171, 0x000200f8, 0x00000170,
    0x00050080, 0x00000006, 0x00000175, 0x00000118, 0x0000029e, 0x00050041, 0x00000162, 0x00000176,
    0x0000015f, 0x00000175, 0x0004003d, 0x00000012, 0x00000177, 0x00000176, 0x0004003d, 0x00000012,
    0x00000179, 0x00000163, 0x00050081, 0x00000012, 0x0000017a, 0x00000179, 0x00000177, 0x0003003e,
    0x00000163, 0x0000017a, 0x000200f9, 0x00000171, 0x000200f8, 0x00000171, 0x000400e0, 0x00000037,
    0x00000037, 0x00000164, 0x000200f9, 0x00000169, 0x000200f8, 0x00000169, 0x000500c2, 0x00000006,
    0x0000017d, 0x0000029e, 0x00000057, 0x000200f9, 0x00000166, 0x000200f8, 0x00000168, 0x000500aa,
    0x00000048, 0x0000017f, 0x0000011b, 0x00000047, 0x000300f7, 0x00000181, 0x00000000, 0x000400fa,
    0x0000017f, 0x00000180, 0x00000181, 0x000200f8, 0x00000180, 0x000200f9, 0x00000181, 0x000200f8,
    0x00000181, 0x000700f5, 0x00000048, 0x00000186, 0x0000017f, 0x00000168, 0x00000135, 0x00000180,
    0x000300f7, 0x00000188, 0x00000000, 0x000400fa, 0x00000186, 0x00000187, 0x00000188, 0x000200f8,
    0x00000187, 0x00050041, 0x00000132, 0x0000018e, 0x00000131, 0x0000018d, 0x0004003d, 0x00000006,
    0x0000018f, 0x0000018e, 0x00050080, 0x00000006, 0x00000191, 0x0000018f, 0x0000012c, 0x00050041,
    0x00000132, 0x00000192, 0x00000131, 0x00000023, 0x0004003d, 0x00000006, 0x00000193, 0x00000192,
    0x000500ab, 0x00000048, 0x00000194, 0x00000193, 0x00000047, 0x000300f7, 0x00000197, 0x00000000,
    0x000400fa, 0x00000194, 0x00000196, 0x0000019e, 0x000200f8, 0x00000196, 0x00060041, 0x000000e3,
    0x0000019c, 0x0000018c, 0x00000021, 0x00000191, 0x0004003d, 0x00000012, 0x0000019d, 0x0000019c,
    0x000200f9, 0x00000197, 0x000200f8, 0x0000019e, 0x000200f9, 0x00000197, 0x000200f8, 0x00000197,
    0x000700f5, 0x00000012, 0x0000029f, 0x0000019d, 0x00000196, 0x0000006d, 0x0000019e, 0x0004003d,
    0x00000012, 0x000001a2, 0x00000163, 0x00050081, 0x00000012, 0x000001a3, 0x0000029f, 0x000001a2,
    0x00060041, 0x000000e3, 0x000001a4, 0x0000018c, 0x00000021, 0x00000191, 0x0003003e, 0x000001a4,
    0x000001a3, 0x000200f9, 0x00000188, 0x000200f8, 0x00000188, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_q8_0[1087] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000001ba, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000ab, 0x000000b3, 0x000000b6,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001d,
    0x00000006, 0x00000004, 0x00040048, 0x0000001e, 0x00000000, 0x00000018, 0x00050048, 0x0000001e,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001e, 0x00000002, 0x00040047, 0x00000020,
    0x00000022, 0x00000000, 0x00040047, 0x00000020, 0x00000021, 0x00000000, 0x00040047, 0x0000008d,
    0x00000006, 0x00000004, 0x00040048, 0x0000008e, 0x00000000, 0x00000018, 0x00050048, 0x0000008e,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000008e, 0x00000002, 0x00040047, 0x00000090,
    0x00000022, 0x00000000, 0x00040047, 0x00000090, 0x00000021, 0x00000001, 0x00040047, 0x000000ab,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000b3, 0x0000000b, 0x0000001a, 0x00040047, 0x000000b6,
    0x0000000b, 0x00000018, 0x00050048, 0x000000c3, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000c3, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000c3, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000c3, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000c3,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000c3, 0x00000002, 0x00040047, 0x0000011e,
    0x00000006, 0x00000004, 0x00050048, 0x0000011f, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x0000011f, 0x00000002, 0x00040047, 0x00000121, 0x00000022, 0x00000000, 0x00040047, 0x00000121,
    0x00000021, 0x00000002, 0x00040047, 0x0000013a, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x0000001d, 0x00000006, 0x0003001e, 0x0000001e, 0x0000001d,
    0x00040020, 0x0000001f, 0x0000000c, 0x0000001e, 0x0004003b, 0x0000001f, 0x00000020, 0x0000000c,
    0x00040015, 0x00000021, 0x00000020, 0x00000001, 0x0004002b, 0x00000021, 0x00000022, 0x00000000,
    0x0004002b, 0x00000021, 0x00000024, 0x00000002, 0x00040020, 0x00000026, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x0000002a, 0x00000002, 0x0004002b, 0x00000006, 0x0000002c, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002f, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000035, 0x00000003,
    0x0004002b, 0x00000006, 0x0000003c, 0x00000000, 0x00020014, 0x0000003d, 0x0004002b, 0x00000006,
    0x0000004c, 0x00000001, 0x0004002b, 0x00000006, 0x00000050, 0x00000020, 0x00040017, 0x0000005b,
    0x0000000f, 0x00000002, 0x0004002b, 0x00000006, 0x00000061, 0x00000018, 0x0004002b, 0x00000021,
    0x00000067, 0x00000018, 0x0004002b, 0x0000000f, 0x0000006e, 0x00000000, 0x0004002b, 0x00000006,
    0x0000007a, 0x00000004, 0x0003001d, 0x0000008d, 0x0000000f, 0x0003001e, 0x0000008e, 0x0000008d,
    0x00040020, 0x0000008f, 0x0000000c, 0x0000008e, 0x0004003b, 0x0000008f, 0x00000090, 0x0000000c,
    0x00040020, 0x00000097, 0x0000000c, 0x0000000f, 0x0004002b, 0x00000021, 0x0000009e, 0x00000001,
    0x00040020, 0x000000aa, 0x00000001, 0x00000006, 0x0004003b, 0x000000aa, 0x000000ab, 0x00000001,
    0x00040017, 0x000000b1, 0x00000006, 0x00000003, 0x00040020, 0x000000b2, 0x00000001, 0x000000b1,
    0x0004003b, 0x000000b2, 0x000000b3, 0x00000001, 0x0004003b, 0x000000b2, 0x000000b6, 0x00000001,
    0x0007001e, 0x000000c3, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x000000c4, 0x00000009, 0x000000c3, 0x0004003b, 0x000000c4, 0x000000c5, 0x00000009, 0x00040020,
    0x000000c6, 0x00000009, 0x00000006, 0x0004002b, 0x00000021, 0x000000d1, 0x00000004, 0x0004002b,
    0x00000006, 0x000000d7, 0x00000022, 0x0004002b, 0x00000006, 0x000000f1, 0x00000040, 0x0004001c,
    0x000000f2, 0x0000000f, 0x000000f1, 0x00040020, 0x000000f3, 0x00000004, 0x000000f2, 0x0004003b,
    0x000000f3, 0x000000f4, 0x00000004, 0x00040020, 0x000000f7, 0x00000004, 0x0000000f, 0x0004002b,
    0x00000006, 0x000000f9, 0x00000108, 0x0003001d, 0x0000011e, 0x0000000f, 0x0003001e, 0x0000011f,
    0x0000011e, 0x00040020, 0x00000120, 0x0000000c, 0x0000011f, 0x0004003b, 0x00000120, 0x00000121,
    0x0000000c, 0x0004002b, 0x00000021, 0x00000122, 0x00000003, 0x0006002c, 0x000000b1, 0x0000013a,
    0x000000f1, 0x0000004c, 0x0000004c, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x000000ac, 0x000000ab, 0x00050089, 0x00000006,
    0x000000af, 0x000000ac, 0x0000002c, 0x00050041, 0x000000aa, 0x000000b4, 0x000000b3, 0x0000004c,
    0x0004003d, 0x00000006, 0x000000b5, 0x000000b4, 0x00050041, 0x000000aa, 0x000000b7, 0x000000b6,
    0x0000003c, 0x0004003d, 0x00000006, 0x000000b8, 0x000000b7, 0x00050084, 0x00000006, 0x000000b9,
    0x000000b5, 0x000000b8, 0x00050041, 0x000000aa, 0x000000ba, 0x000000b3, 0x0000003c, 0x0004003d,
    0x00000006, 0x000000bb, 0x000000ba, 0x00050080, 0x00000006, 0x000000bc, 0x000000b9, 0x000000bb,
    0x00050084, 0x00000006, 0x000000bd, 0x000000bc, 0x0000002c, 0x00050086, 0x00000006, 0x000000bf,
    0x000000ac, 0x0000002c, 0x00050080, 0x00000006, 0x000000c0, 0x000000bd, 0x000000bf, 0x00050041,
    0x000000c6, 0x000000c7, 0x000000c5, 0x0000009e, 0x0004003d, 0x00000006, 0x000000c8, 0x000000c7,
    0x000500b0, 0x0000003d, 0x000000c9, 0x000000c0, 0x000000c8, 0x000300f7, 0x000000cb, 0x00000000,
    0x000400fa, 0x000000c9, 0x000000ca, 0x000000cb, 0x000200f8, 0x000000ca, 0x00050041, 0x000000c6,
    0x000000cd, 0x000000c5, 0x00000022, 0x0004003d, 0x00000006, 0x000000ce, 0x000000cd, 0x00050086,
    0x00000006, 0x000000cf, 0x000000ce, 0x00000050, 0x00050041, 0x000000c6, 0x000000d2, 0x000000c5,
    0x000000d1, 0x0004003d, 0x00000006, 0x000000d3, 0x000000d2, 0x00050084, 0x00000006, 0x000000d6,
    0x000000c0, 0x000000cf, 0x00050084, 0x00000006, 0x000000d8, 0x000000d6, 0x000000d7, 0x00050080,
    0x00000006, 0x000000d9, 0x000000d3, 0x000000d8, 0x000200f9, 0x000000dc, 0x000200f8, 0x000000dc,
    0x000700f5, 0x0000000f, 0x000001ad, 0x0000006e, 0x000000ca, 0x000000ee, 0x000000df, 0x000700f5,
    0x00000006, 0x000001ab, 0x000000af, 0x000000ca, 0x000000f0, 0x000000df, 0x000500b0, 0x0000003d,
    0x000000e3, 0x000001ab, 0x000000cf, 0x000400f6, 0x000000de, 0x000000df, 0x00000000, 0x000400fa,
    0x000000e3, 0x000000dd, 0x000000de, 0x000200f8, 0x000000dd, 0x00050084, 0x00000006, 0x000000e6,
    0x000001ab, 0x000000d7, 0x00050080, 0x00000006, 0x000000e7, 0x000000d9, 0x000000e6, 0x00050084,
    0x00000006, 0x000000e9, 0x000001ab, 0x00000050, 0x000200f9, 0x00000145, 0x000200f8, 0x00000145,
    0x000700f5, 0x0000000f, 0x000001b2, 0x0000006e, 0x000000dd, 0x000001b9, 0x00000167, 0x000700f5,
    0x00000006, 0x000001b1, 0x0000003c, 0x000000dd, 0x00000169, 0x00000167, 0x000500b0, 0x0000003d,
    0x00000148, 0x000001b1, 0x0000002c, 0x000400f6, 0x0000016a, 0x00000167, 0x00000000, 0x000400fa,
    0x00000148, 0x00000149, 0x0000016a, 0x000200f8, 0x00000149, 0x00050080, 0x00000006, 0x0000014b,
    0x000000e7, 0x0000002a, 0x00050084, 0x00000006, 0x0000014d, 0x0000007a, 0x000001b1, 0x00050080,
    0x00000006, 0x0000014e, 0x0000014b, 0x0000014d, 0x000500c7, 0x00000006, 0x00000175, 0x0000014e,
    0x00000035, 0x00050084, 0x00000006, 0x00000176, 0x00000175, 0x0000002c, 0x000500c2, 0x00000006,
    0x00000178, 0x0000014e, 0x00000024, 0x000500aa, 0x0000003d, 0x0000017a, 0x00000176, 0x0000003c,
    0x000300f7, 0x0000018d, 0x00000000, 0x000400fa, 0x0000017a, 0x0000017b, 0x0000017f, 0x000200f8,
    0x0000017b, 0x00060041, 0x00000026, 0x0000017d, 0x00000020, 0x00000022, 0x00000178, 0x0004003d,
    0x00000006, 0x0000017e, 0x0000017d, 0x000200f9, 0x0000018d, 0x000200f8, 0x0000017f, 0x00060041,
    0x00000026, 0x00000181, 0x00000020, 0x00000022, 0x00000178, 0x0004003d, 0x00000006, 0x00000182,
    0x00000181, 0x000500c2, 0x00000006, 0x00000184, 0x00000182, 0x00000176, 0x00050080, 0x00000006,
    0x00000186, 0x00000178, 0x0000004c, 0x00060041, 0x00000026, 0x00000187, 0x00000020, 0x00000022,
    0x00000186, 0x0004003d, 0x00000006, 0x00000188, 0x00000187, 0x00050082, 0x00000006, 0x0000018a,
    0x00000050, 0x00000176, 0x000500c4, 0x00000006, 0x0000018b, 0x00000188, 0x0000018a, 0x000500c5,
    0x00000006, 0x0000018c, 0x00000184, 0x0000018b, 0x000200f9, 0x0000018d, 0x000200f8, 0x0000018d,
    0x000700f5, 0x00000006, 0x000001b5, 0x0000017e, 0x0000017b, 0x0000018c, 0x0000017f, 0x000200f9,
    0x00000150, 0x000200f8, 0x00000150, 0x000700f5, 0x0000000f, 0x000001b9, 0x000001b2, 0x0000018d,
    0x00000162, 0x00000154, 0x000700f5, 0x00000006, 0x000001b6, 0x0000003c, 0x0000018d, 0x00000165,
    0x00000154, 0x000500b0, 0x0000003d, 0x00000153, 0x000001b6, 0x0000007a, 0x000400f6, 0x00000166,
    0x00000154, 0x00000000, 0x000400fa, 0x00000153, 0x00000154, 0x00000166, 0x000200f8, 0x00000154,
    0x00050084, 0x00000006, 0x00000193, 0x0000002c, 0x000001b6, 0x00050082, 0x00000006, 0x00000194,
    0x00000061, 0x00000193, 0x000500c4, 0x00000006, 0x00000195, 0x000001b5, 0x00000194, 0x0004007c,
    0x00000021, 0x00000196, 0x00000195, 0x000500c3, 0x00000021, 0x00000197, 0x00000196, 0x00000067,
    0x0004006f, 0x0000000f, 0x00000198, 0x00000197, 0x00050080, 0x00000006, 0x0000015b, 0x000000e9,
    0x0000014d, 0x00050080, 0x00000006, 0x0000015d, 0x0000015b, 0x000001b6, 0x00060041, 0x00000097,
    0x0000015e, 0x00000090, 0x00000022, 0x0000015d, 0x0004003d, 0x0000000f, 0x0000015f, 0x0000015e,
    0x0008000c, 0x0000000f, 0x00000162, 0x00000001, 0x00000032, 0x00000198, 0x0000015f, 0x000001b9,
    0x00050080, 0x00000006, 0x00000165, 0x000001b6, 0x0000009e, 0x000200f9, 0x00000150, 0x000200f8,
    0x00000166, 0x000200f9, 0x00000167, 0x000200f8, 0x00000167, 0x00050080, 0x00000006, 0x00000169,
    0x000001b1, 0x0000009e, 0x000200f9, 0x00000145, 0x000200f8, 0x0000016a, 0x000500c2, 0x00000006,
    0x000001a3, 0x000000e7, 0x00000024, 0x00060041, 0x00000026, 0x000001a4, 0x00000020, 0x00000022,
    0x000001a3, 0x0004003d, 0x00000006, 0x000001a5, 0x000001a4, 0x000500c7, 0x00000006, 0x000001a7,
    0x000000e7, 0x0000002a, 0x00050084, 0x00000006, 0x000001a8, 0x000001a7, 0x0000002c, 0x000500c2,
    0x00000006, 0x000001a9, 0x000001a5, 0x000001a8, 0x000500c7, 0x00000006, 0x000001aa, 0x000001a9,
    0x0000002f, 0x0006000c, 0x0000005b, 0x0000019e, 0x00000001, 0x0000003e, 0x000001aa, 0x00050051,
    0x0000000f, 0x0000019f, 0x0000019e, 0x00000000, 0x0008000c, 0x0000000f, 0x000000ee, 0x00000001,
    0x00000032, 0x0000019f, 0x000001b2, 0x000001ad, 0x000200f9, 0x000000df, 0x000200f8, 0x000000df,
    0x00050080, 0x00000006, 0x000000f0, 0x000001ab, 0x0000002c, 0x000200f9, 0x000000dc, 0x000200f8,
    0x000000de, 0x000200f9, 0x000000cb, 0x000200f8, 0x000000cb, 0x000700f5, 0x0000000f, 0x000001ac,
    0x0000006e, 0x00000005, 0x000001ad, 0x000000de, 0x00050041, 0x000000f7, 0x000000f8, 0x000000f4,
    0x000000ac, 0x0003003e, 0x000000f8, 0x000001ac, 0x000400e0, 0x0000002a, 0x0000002a, 0x000000f9,
    0x000200f9, 0x000000fb, 0x000200f8, 0x000000fb, 0x000700f5, 0x00000006, 0x000001ae, 0x0000007a,
    0x000000cb, 0x00000112, 0x000000fe, 0x000500ac, 0x0000003d, 0x00000101, 0x000001ae, 0x0000003c,
    0x000400f6, 0x000000fd, 0x000000fe, 0x00000000, 0x000400fa, 0x00000101, 0x000000fc, 0x000000fd,
    0x000200f8, 0x000000fc, 0x000500b0, 0x0000003d, 0x00000104, 0x000000af, 0x000001ae, 0x000300f7,
    0x00000106, 0x00000000, 0x000400fa, 0x00000104, 0x00000105, 0x00000106, 0x000200f8, 0x00000105,
    0x00050080, 0x00000006, 0x0000010a, 0x000000ac, 0x000001ae, 0x00050041, 0x000000f7, 0x0000010b,
    0x000000f4, 0x0000010a, 0x0004003d, 0x0000000f, 0x0000010c, 0x0000010b, 0x0004003d, 0x0000000f,
    0x0000010e, 0x000000f8, 0x00050081, 0x0000000f, 0x0000010f, 0x0000010e, 0x0000010c, 0x0003003e,
    0x000000f8, 0x0000010f, 0x000200f9, 0x00000106, 0x000200f8, 0x00000106, 0x000400e0, 0x0000002a,
    0x0000002a, 0x000000f9, 0x000200f9, 0x000000fe, 0x000200f8, 0x000000fe, 0x000500c2, 0x00000006,
    0x00000112, 0x000001ae, 0x0000004c, 0x000200f9, 0x000000fb, 0x000200f8, 0x000000fd, 0x000500aa,
    0x0000003d, 0x00000114, 0x000000af, 0x0000003c, 0x000300f7, 0x00000116, 0x00000000, 0x000400fa,
    0x00000114, 0x00000115, 0x00000116, 0x000200f8, 0x00000115, 0x000200f9, 0x00000116, 0x000200f8,
    0x00000116, 0x000700f5, 0x0000003d, 0x0000011b, 0x00000114, 0x000000fd, 0x000000c9, 0x00000115,
    0x000300f7, 0x0000011d, 0x00000000, 0x000400fa, 0x0000011b, 0x0000011c, 0x0000011d, 0x000200f8,
    0x0000011c, 0x00050041, 0x000000c6, 0x00000123, 0x000000c5, 0x00000122, 0x0004003d, 0x00000006,
    0x00000124, 0x00000123, 0x00050080, 0x00000006, 0x00000126, 0x00000124, 0x000000c0, 0x00050041,
    0x000000c6, 0x00000127, 0x000000c5, 0x00000024, 0x0004003d, 0x00000006, 0x00000128, 0x00000127,
    0x000500ab, 0x0000003d, 0x00000129, 0x00000128, 0x0000003c, 0x000300f7, 0x0000012c, 0x00000000,
    0x000400fa, 0x00000129, 0x0000012b, 0x00000133, 0x000200f8, 0x0000012b, 0x00060041, 0x00000097,
    0x00000131, 0x00000121, 0x00000022, 0x00000126, 0x0004003d, 0x0000000f, 0x00000132, 0x00000131,
    0x000200f9, 0x0000012c, 0x000200f8, 0x00000133, 0x000200f9, 0x0000012c, 0x000200f8, 0x0000012c,
    0x000700f5, 0x0000000f, 0x000001af, 0x00000132, 0x0000012b, 0x0000006e, 0x00000133, 0x0004003d,
    0x0000000f, 0x00000137, 0x000000f8, 0x00050081, 0x0000000f, 0x00000138, 0x000001af, 0x00000137,
    0x00060041, 0x00000097, 0x00000139, 0x00000121, 0x00000022, 0x00000126, 0x0003003e, 0x00000139,
    0x00000138, 0x000200f9, 0x0000011d, 0x000200f8, 0x0000011d, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_tq1_0[1389] = {
    0x07230203, 0x00010300, 0x0008000b, 0x0000025a, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000f0, 0x000000f8, 0x000000fb,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000001d,
    0x00000006, 0x00000004, 0x00040048, 0x0000001e, 0x00000000, 0x00000018, 0x00050048, 0x0000001e,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001e, 0x00000002, 0x00040047, 0x00000020,
    0x00000022, 0x00000000, 0x00040047, 0x00000020, 0x00000021, 0x00000000, 0x00040047, 0x00000084,
    0x00000006, 0x00000004, 0x00040048, 0x00000085, 0x00000000, 0x00000018, 0x00050048, 0x00000085,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000085, 0x00000002, 0x00040047, 0x00000087,
    0x00000022, 0x00000000, 0x00040047, 0x00000087, 0x00000021, 0x00000001, 0x00040047, 0x000000f0,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000f8, 0x0000000b, 0x0000001a, 0x00040047, 0x000000fb,
    0x0000000b, 0x00000018, 0x00050048, 0x00000108, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x00000108, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000108, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x00000108, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x00000108,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x00000108, 0x00000002, 0x00040047, 0x00000164,
    0x00000006, 0x00000004, 0x00050048, 0x00000165, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000165, 0x00000002, 0x00040047, 0x00000167, 0x00000022, 0x00000000, 0x00040047, 0x00000167,
    0x00000021, 0x00000002, 0x00040047, 0x00000180, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00040020,
    0x00000007, 0x00000007, 0x00000006, 0x00030016, 0x0000000f, 0x00000020, 0x0003001d, 0x0000001d,
    0x00000006, 0x0003001e, 0x0000001e, 0x0000001d, 0x00040020, 0x0000001f, 0x0000000c, 0x0000001e,
    0x0004003b, 0x0000001f, 0x00000020, 0x0000000c, 0x00040015, 0x00000021, 0x00000020, 0x00000001,
    0x0004002b, 0x00000021, 0x00000022, 0x00000000, 0x0004002b, 0x00000021, 0x00000024, 0x00000002,
    0x00040020, 0x00000026, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006, 0x0000002a, 0x00000003,
    0x0004002b, 0x00000006, 0x0000002c, 0x00000008, 0x0004002b, 0x00000006, 0x0000002f, 0x000000ff,
    0x0004002b, 0x00000006, 0x00000038, 0x00000002, 0x0004002b, 0x00000006, 0x0000003c, 0x0000ffff,
    0x00040017, 0x00000043, 0x0000000f, 0x00000002, 0x0004002b, 0x00000006, 0x00000045, 0x00000000,
    0x0004002b, 0x00000021, 0x0000004e, 0x00000008, 0x0004002b, 0x0000000f, 0x00000055, 0x00000000,
    0x0004002b, 0x00000006, 0x0000005e, 0x00000030, 0x00020014, 0x0000005f, 0x0004002b, 0x00000006,
    0x00000069, 0x00000020, 0x0004002b, 0x00000006, 0x00000078, 0x00000010, 0x0004002b, 0x00000006,
    0x00000081, 0x00000005, 0x0003001d, 0x00000084, 0x0000000f, 0x0003001e, 0x00000085, 0x00000084,
    0x00040020, 0x00000086, 0x0000000c, 0x00000085, 0x0004003b, 0x00000086, 0x00000087, 0x0000000c,
    0x00040020, 0x0000008f, 0x0000000c, 0x0000000f, 0x0004001c, 0x00000092, 0x00000006, 0x00000081,
    0x0004002b, 0x00000006, 0x00000093, 0x00000001, 0x0004002b, 0x00000006, 0x00000094, 0x00000009,
    0x0004002b, 0x00000006, 0x00000095, 0x0000001b, 0x0004002b, 0x00000006, 0x00000096, 0x00000051,
    0x0008002c, 0x00000092, 0x00000097, 0x00000093, 0x0000002a, 0x00000094, 0x00000095, 0x00000096,
    0x00040020, 0x0000009c, 0x00000007, 0x00000092, 0x0004002b, 0x00000021, 0x000000a9, 0x00000001,
    0x0004002b, 0x00000006, 0x000000b4, 0x00000004, 0x0004002b, 0x00000006, 0x000000c7, 0x000000f0,
    0x0004002b, 0x00000006, 0x000000e4, 0x00000034, 0x00040020, 0x000000ef, 0x00000001, 0x00000006,
    0x0004003b, 0x000000ef, 0x000000f0, 0x00000001, 0x00040017, 0x000000f6, 0x00000006, 0x00000003,
    0x00040020, 0x000000f7, 0x00000001, 0x000000f6, 0x0004003b, 0x000000f7, 0x000000f8, 0x00000001,
    0x0004003b, 0x000000f7, 0x000000fb, 0x00000001, 0x0007001e, 0x00000108, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x00000109, 0x00000009, 0x00000108, 0x0004003b,
    0x00000109, 0x0000010a, 0x00000009, 0x00040020, 0x0000010b, 0x00000009, 0x00000006, 0x0004002b,
    0x00000006, 0x00000114, 0x00000100, 0x0004002b, 0x00000021, 0x00000117, 0x00000004, 0x0004002b,
    0x00000006, 0x0000011d, 0x00000036, 0x0004002b, 0x00000006, 0x00000137, 0x00000040, 0x0004001c,
    0x00000138, 0x0000000f, 0x00000137, 0x00040020, 0x00000139, 0x00000004, 0x00000138, 0x0004003b,
    0x00000139, 0x0000013a, 0x00000004, 0x00040020, 0x0000013d, 0x00000004, 0x0000000f, 0x0004002b,
    0x00000006, 0x0000013f, 0x00000108, 0x0003001d, 0x00000164, 0x0000000f, 0x0003001e, 0x00000165,
    0x00000164, 0x00040020, 0x00000166, 0x0000000c, 0x00000165, 0x0004003b, 0x00000166, 0x00000167,
    0x0000000c, 0x0004002b, 0x00000021, 0x00000168, 0x00000003, 0x0006002c, 0x000000f6, 0x00000180,
    0x00000137, 0x00000093, 0x00000093, 0x0004002b, 0x00000006, 0x0000023e, 0x00000080, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003b, 0x0000009c,
    0x0000018d, 0x00000007, 0x0004003b, 0x0000009c, 0x00000195, 0x00000007, 0x0004003d, 0x00000006,
    0x000000f1, 0x000000f0, 0x00050089, 0x00000006, 0x000000f4, 0x000000f1, 0x0000002c, 0x00050041,
    0x000000ef, 0x000000f9, 0x000000f8, 0x00000093, 0x0004003d, 0x00000006, 0x000000fa, 0x000000f9,
    0x00050041, 0x000000ef, 0x000000fc, 0x000000fb, 0x00000045, 0x0004003d, 0x00000006, 0x000000fd,
    0x000000fc, 0x00050084, 0x00000006, 0x000000fe, 0x000000fa, 0x000000fd, 0x00050041, 0x000000ef,
    0x000000ff, 0x000000f8, 0x00000045, 0x0004003d, 0x00000006, 0x00000100, 0x000000ff, 0x00050080,
    0x00000006, 0x00000101, 0x000000fe, 0x00000100, 0x00050084, 0x00000006, 0x00000102, 0x00000101,
    0x0000002c, 0x00050086, 0x00000006, 0x00000104, 0x000000f1, 0x0000002c, 0x00050080, 0x00000006,
    0x00000105, 0x00000102, 0x00000104, 0x00050041, 0x0000010b, 0x0000010c, 0x0000010a, 0x000000a9,
    0x0004003d, 0x00000006, 0x0000010d, 0x0000010c, 0x000500b0, 0x0000005f, 0x0000010e, 0x00000105,
    0x0000010d, 0x000300f7, 0x00000110, 0x00000000, 0x000400fa, 0x0000010e, 0x0000010f, 0x00000110,
    0x000200f8, 0x0000010f, 0x00050041, 0x0000010b, 0x00000112, 0x0000010a, 0x00000022, 0x0004003d,
    0x00000006, 0x00000113, 0x00000112, 0x00050086, 0x00000006, 0x00000115, 0x00000113, 0x00000114,
    0x00050041, 0x0000010b, 0x00000118, 0x0000010a, 0x00000117, 0x0004003d, 0x00000006, 0x00000119,
    0x00000118, 0x00050084, 0x00000006, 0x0000011c, 0x00000105, 0x00000115, 0x00050084, 0x00000006,
    0x0000011e, 0x0000011c, 0x0000011d, 0x00050080, 0x00000006, 0x0000011f, 0x00000119, 0x0000011e,
    0x000200f9, 0x00000122, 0x000200f8, 0x00000122, 0x000700f5, 0x0000000f, 0x00000241, 0x00000055,
    0x0000010f, 0x00000134, 0x00000125, 0x000700f5, 0x00000006, 0x0000023f, 0x000000f4, 0x0000010f,
    0x00000136, 0x00000125, 0x000500b0, 0x0000005f, 0x00000129, 0x0000023f, 0x00000115, 0x000400f6,
    0x00000124, 0x00000125, 0x00000000, 0x000400fa, 0x00000129, 0x00000123, 0x00000124, 0x000200f8,
    0x00000123, 0x00050084, 0x00000006, 0x0000012c, 0x0000023f, 0x0000011d, 0x00050080, 0x00000006,
    0x0000012d, 0x0000011f, 0x0000012c, 0x00050084, 0x00000006, 0x0000012f, 0x0000023f, 0x00000114,
    0x000200f9, 0x00000199, 0x000200f8, 0x00000199, 0x000700f5, 0x0000000f, 0x0000024a, 0x00000055,
    0x00000123, 0x00000259, 0x000001cd, 0x000700f5, 0x0000000f, 0x00000248, 0x00000055, 0x00000123,
    0x00000257, 0x000001cd, 0x000700f5, 0x00000006, 0x00000245, 0x00000045, 0x00000123, 0x000001cf,
    0x000001cd, 0x000500b0, 0x0000005f, 0x0000019c, 0x00000245, 0x0000005e, 0x000400f6, 0x000001d0,
    0x000001cd, 0x00000000, 0x000400fa, 0x0000019c, 0x0000019d, 0x000001d0, 0x000200f8, 0x0000019d,
    0x00050080, 0x00000006, 0x000001a0, 0x0000012d, 0x00000245, 0x000500c2, 0x00000006, 0x00000207,
    0x000001a0, 0x00000024, 0x00060041, 0x00000026, 0x00000208, 0x00000020, 0x00000022, 0x00000207,
    0x0004003d, 0x00000006, 0x00000209, 0x00000208, 0x000500c7, 0x00000006, 0x0000020b, 0x000001a0,
    0x0000002a, 0x00050084, 0x00000006, 0x0000020c, 0x0000020b, 0x0000002c, 0x000500c2, 0x00000006,
    0x0000020d, 0x00000209, 0x0000020c, 0x000500c7, 0x00000006, 0x0000020e, 0x0000020d, 0x0000002f,
    0x000500b0, 0x0000005f, 0x000001a3, 0x00000245, 0x00000069, 0x000300f7, 0x000001aa, 0x00000000,
    0x000400fa, 0x000001a3, 0x000001a4, 0x000001a6, 0x000200f8, 0x000001a4, 0x000200f9, 0x000001aa,
    0x000200f8, 0x000001a6, 0x00050080, 0x00000006, 0x000001a9, 0x00000245, 0x0000023e, 0x000200f9,
    0x000001aa, 0x000200f8, 0x000001aa, 0x000700f5, 0x00000006, 0x00000253, 0x00000245, 0x000001a4,
    0x000001a9, 0x000001a6, 0x000600a9, 0x00000006, 0x000001ae, 0x000001a3, 0x00000069, 0x00000078,
    0x000200f9, 0x000001af, 0x000200f8, 0x000001af, 0x000700f5, 0x0000000f, 0x00000259, 0x0000024a,
    0x000001aa, 0x000001c8, 0x000001b3, 0x000700f5, 0x0000000f, 0x00000257, 0x00000248, 0x000001aa,
    0x000001c5, 0x000001b3, 0x000700f5, 0x00000006, 0x00000255, 0x00000045, 0x000001aa, 0x000001cb,
    0x000001b3, 0x000500b0, 0x0000005f, 0x000001b2, 0x00000255, 0x00000081, 0x000400f6, 0x000001cc,
    0x000001b3, 0x00000000, 0x000400fa, 0x000001b2, 0x000001b3, 0x000001cc, 0x000200f8, 0x000001b3,
    0x00050080, 0x00000006, 0x000001b6, 0x0000012f, 0x00000253, 0x00050084, 0x00000006, 0x000001b9,
    0x000001ae, 0x00000255, 0x00050080, 0x00000006, 0x000001ba, 0x000001b6, 0x000001b9, 0x00060041,
    0x0000008f, 0x000001bb, 0x00000087, 0x00000022, 0x000001ba, 0x0004003d, 0x0000000f, 0x000001bc,
    0x000001bb, 0x0003003e, 0x0000018d, 0x00000097, 0x00050041, 0x00000007, 0x000001bf, 0x0000018d,
    0x00000255, 0x0004003d, 0x00000006, 0x000001c0, 0x000001bf, 0x00050084, 0x00000006, 0x00000213,
    0x0000020e, 0x000001c0, 0x000500c7, 0x00000006, 0x00000214, 0x00000213, 0x0000002f, 0x00050084,
    0x00000006, 0x00000215, 0x00000214, 0x0000002a, 0x000500c2, 0x00000006, 0x00000216, 0x00000215,
    0x0000004e, 0x00040070, 0x0000000f, 0x00000217, 0x00000216, 0x0008000c, 0x0000000f, 0x000001c5,
    0x00000001, 0x00000032, 0x00000217, 0x000001bc, 0x00000257, 0x00050081, 0x0000000f, 0x000001c8,
    0x00000259, 0x000001bc, 0x00050080, 0x00000006, 0x000001cb, 0x00000255, 0x000000a9, 0x000200f9,
    0x000001af, 0x000200f8, 0x000001cc, 0x000200f9, 0x000001cd, 0x000200f8, 0x000001cd, 0x00050080,
    0x00000006, 0x000001cf, 0x00000245, 0x000000a9, 0x000200f9, 0x00000199, 0x000200f8, 0x000001d0,
    0x000200f9, 0x000001d1, 0x000200f8, 0x000001d1, 0x000700f5, 0x0000000f, 0x00000249, 0x0000024a,
    0x000001d0, 0x00000252, 0x000001f9, 0x000700f5, 0x0000000f, 0x00000247, 0x00000248, 0x000001d0,
    0x00000251, 0x000001f9, 0x000700f5, 0x00000006, 0x00000246, 0x00000045, 0x000001d0, 0x000001fb,
    0x000001f9, 0x000500b0, 0x0000005f, 0x000001d4, 0x00000246, 0x000000b4, 0x000400f6, 0x000001fc,
    0x000001f9, 0x00000000, 0x000400fa, 0x000001d4, 0x000001d5, 0x000001fc, 0x000200f8, 0x000001d5,
    0x00050080, 0x00000006, 0x000001d7, 0x0000012d, 0x0000005e, 0x00050080, 0x00000006, 0x000001d9,
    0x000001d7, 0x00000246, 0x000500c2, 0x00000006, 0x0000021b, 0x000001d9, 0x00000024, 0x00060041,
    0x00000026, 0x0000021c, 0x00000020, 0x00000022, 0x0000021b, 0x0004003d, 0x00000006, 0x0000021d,
    0x0000021c, 0x000500c7, 0x00000006, 0x0000021f, 0x000001d9, 0x0000002a, 0x00050084, 0x00000006,
    0x00000220, 0x0000021f, 0x0000002c, 0x000500c2, 0x00000006, 0x00000221, 0x0000021d, 0x00000220,
    0x000500c7, 0x00000006, 0x00000222, 0x00000221, 0x0000002f, 0x000200f9, 0x000001db, 0x000200f8,
    0x000001db, 0x000700f5, 0x0000000f, 0x00000252, 0x00000249, 0x000001d5, 0x000001f4, 0x000001df,
    0x000700f5, 0x0000000f, 0x00000251, 0x00000247, 0x000001d5, 0x000001f1, 0x000001df, 0x000700f5,
    0x00000006, 0x0000024f, 0x00000045, 0x000001d5, 0x000001f7, 0x000001df, 0x000500b0, 0x0000005f,
    0x000001de, 0x0000024f, 0x000000b4, 0x000400f6, 0x000001f8, 0x000001df, 0x00000000, 0x000400fa,
    0x000001de, 0x000001df, 0x000001f8, 0x000200f8, 0x000001df, 0x00050080, 0x00000006, 0x000001e1,
    0x0000012f, 0x000000c7, 0x00050084, 0x00000006, 0x000001e3, 0x000000b4, 0x0000024f, 0x00050080,
    0x00000006, 0x000001e4, 0x000001e1, 0x000001e3, 0x00050080, 0x00000006, 0x000001e6, 0x000001e4,
    0x00000246, 0x00060041, 0x0000008f, 0x000001e7, 0x00000087, 0x00000022, 0x000001e6, 0x0004003d,
    0x0000000f, 0x000001e8, 0x000001e7, 0x0003003e, 0x00000195, 0x00000097, 0x00050041, 0x00000007,
    0x000001eb, 0x00000195, 0x0000024f, 0x0004003d, 0x00000006, 0x000001ec, 0x000001eb, 0x00050084,
    0x00000006, 0x00000227, 0x00000222, 0x000001ec, 0x000500c7, 0x00000006, 0x00000228, 0x00000227,
    0x0000002f, 0x00050084, 0x00000006, 0x00000229, 0x00000228, 0x0000002a, 0x000500c2, 0x00000006,
    0x0000022a, 0x00000229, 0x0000004e, 0x00040070, 0x0000000f, 0x0000022b, 0x0000022a, 0x0008000c,
    0x0000000f, 0x000001f1, 0x00000001, 0x00000032, 0x0000022b, 0x000001e8, 0x00000251, 0x00050081,
    0x0000000f, 0x000001f4, 0x00000252, 0x000001e8, 0x00050080, 0x00000006, 0x000001f7, 0x0000024f,
    0x000000a9, 0x000200f9, 0x000001db, 0x000200f8, 0x000001f8, 0x000200f9, 0x000001f9, 0x000200f8,
    0x000001f9, 0x00050080, 0x00000006, 0x000001fb, 0x00000246, 0x000000a9, 0x000200f9, 0x000001d1,
    0x000200f8, 0x000001fc, 0x00050080, 0x00000006, 0x000001fe, 0x0000012d, 0x000000e4, 0x000500c2,
    0x00000006, 0x00000236, 0x000001fe, 0x00000024, 0x00060041, 0x00000026, 0x00000237, 0x00000020,
    0x00000022, 0x00000236, 0x0004003d, 0x00000006, 0x00000238, 0x00000237, 0x000500c7, 0x00000006,
    0x0000023a, 0x000001fe, 0x00000038, 0x00050084, 0x00000006, 0x0000023b, 0x0000023a, 0x0000002c,
    0x000500c2, 0x00000006, 0x0000023c, 0x00000238, 0x0000023b, 0x000500c7, 0x00000006, 0x0000023d,
    0x0000023c, 0x0000003c, 0x0006000c, 0x00000043, 0x00000231, 0x00000001, 0x0000003e, 0x0000023d,
    0x00050051, 0x0000000f, 0x00000232, 0x00000231, 0x00000000, 0x00050083, 0x0000000f, 0x00000202,
    0x00000247, 0x00000249, 0x0008000c, 0x0000000f, 0x00000134, 0x00000001, 0x00000032, 0x00000232,
    0x00000202, 0x00000241, 0x000200f9, 0x00000125, 0x000200f8, 0x00000125, 0x00050080, 0x00000006,
    0x00000136, 0x0000023f, 0x0000002c, 0x000200f9, 0x00000122, 0x000200f8, 0x00000124, 0x000200f9,
    0x00000110, 0x000200f8, 0x00000110, 0x000700f5, 0x0000000f, 0x00000240, 0x00000055, 0x00000005,
    0x00000241, 0x00000124, 0x00050041, 0x0000013d, 0x0000013e, 0x0000013a, 0x000000f1, 0x0003003e,
    0x0000013e, 0x00000240, 0x000400e0, 0x00000038, 0x00000038, 0x0000013f, 0x000200f9, 0x00000141,
    0x000200f8, 0x00000141, 0x000700f5, 0x00000006, 0x00000242, 0x000000b4, 0x00000110, 0x00000158,
    0x00000144, 0x000500ac, 0x0000005f, 0x00000147, 0x00000242, 0x00000045, 0x000400f6, 0x00000143,
    0x00000144, 0x00000000, 0x000400fa, 0x00000147, 0x00000142, 0x00000143, 0x000200f8, 0x00000142,
    0x000500b0, 0x0000005f, 0x0000014a, 0x000000f4, 0x00000242, 0x000300f7, 0x0000014c, 0x00000000,
    0x000400fa, 0x0000014a, 0x0000014b, 0x0000014c, 0x000200f8, 0x0000014b, 0x00050080, 0x00000006,
    0x00000150, 0x000000f1, 0x00000242, 0x00050041, 0x0000013d, 0x00000151, 0x0000013a, 0x00000150,
    0x0004003d, 0x0000000f, 0x00000152, 0x00000151, 0x0004003d, 0x0000000f, 0x00000154, 0x0000013e,
    0x00050081, 0x0000000f, 0x00000155, 0x00000154, 0x00000152, 0x0003003e, 0x0000013e, 0x00000155,
    0x000200f9, 0x0000014c, 0x000200f8, 0x0000014c, 0x000400e0, 0x00000038, 0x00000038, 0x0000013f,
    0x000200f9, 0x00000144, 0x000200f8, 0x00000144, 0x000500c2, 0x00000006, 0x00000158, 0x00000242,
    0x00000093, 0x000200f9, 0x00000141, 0x000200f8, 0x00000143, 0x000500aa, 0x0000005f, 0x0000015a,
    0x000000f4, 0x00000045, 0x000300f7, 0x0000015c, 0x00000000, 0x000400fa, 0x0000015a, 0x0000015b,
    0x0000015c, 0x000200f8, 0x0000015b, 0x000200f9, 0x0000015c, 0x000200f8, 0x0000015c, 0x000700f5,
    0x0000005f, 0x00000161, 0x0000015a, 0x00000143, 0x0000010e, 0x0000015b, 0x000300f7, 0x00000163,
    0x00000000, 0x000400fa, 0x00000161, 0x00000162, 0x00000163, 0x000200f8, 0x00000162, 0x00050041,
    0x0000010b, 0x00000169, 0x0000010a, 0x00000168, 0x0004003d, 0x00000006, 0x0000016a, 0x00000169,
    0x00050080, 0x00000006, 0x0000016c, 0x0000016a, 0x00000105, 0x00050041, 0x0000010b, 0x0000016d,
    0x0000010a, 0x00000024, 0x0004003d, 0x00000006, 0x0000016e, 0x0000016d, 0x000500ab, 0x0000005f,
    0x0000016f, 0x0000016e, 0x00000045, 0x000300f7, 0x00000172, 0x00000000, 0x000400fa, 0x0000016f,
    0x00000171, 0x00000179, 0x000200f8, 0x00000171, 0x00060041, 0x0000008f, 0x00000177, 0x00000167,
    0x00000022, 0x0000016c, 0x0004003d, 0x0000000f, 0x00000178, 0x00000177, 0x000200f9, 0x00000172,
    0x000200f8, 0x00000179, 0x000200f9, 0x00000172, 0x000200f8, 0x00000172, 0x000700f5, 0x0000000f,
    0x00000243, 0x00000178, 0x00000171, 0x00000055, 0x00000179, 0x0004003d, 0x0000000f, 0x0000017d,
    0x0000013e, 0x00050081, 0x0000000f, 0x0000017e, 0x00000243, 0x0000017d, 0x00060041, 0x0000008f,
    0x0000017f, 0x00000167, 0x00000022, 0x0000016c, 0x0003003e, 0x0000017f, 0x0000017e, 0x000200f9,
    0x00000163, 0x000200f8, 0x00000163, 0x000100fd, 0x00010038,
};
static const uint32_t spv_gemv_tq2_0[1243] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000200, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0008000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x000000c4, 0x000000cc, 0x000000cf,
    0x00060010, 0x00000004, 0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x00000019,
    0x00000006, 0x00000004, 0x00040048, 0x0000001a, 0x00000000, 0x00000018, 0x00050048, 0x0000001a,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000001a, 0x00000002, 0x00040047, 0x0000001c,
    0x00000022, 0x00000000, 0x00040047, 0x0000001c, 0x00000021, 0x00000000, 0x00040047, 0x0000008b,
    0x00000006, 0x00000004, 0x00040048, 0x0000008c, 0x00000000, 0x00000018, 0x00050048, 0x0000008c,
    0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000008c, 0x00000002, 0x00040047, 0x0000008e,
    0x00000022, 0x00000000, 0x00040047, 0x0000008e, 0x00000021, 0x00000001, 0x00040047, 0x000000c4,
    0x0000000b, 0x0000001d, 0x00040047, 0x000000cc, 0x0000000b, 0x0000001a, 0x00040047, 0x000000cf,
    0x0000000b, 0x00000018, 0x00050048, 0x000000dc, 0x00000000, 0x00000023, 0x00000000, 0x00050048,
    0x000000dc, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x000000dc, 0x00000002, 0x00000023,
    0x00000008, 0x00050048, 0x000000dc, 0x00000003, 0x00000023, 0x0000000c, 0x00050048, 0x000000dc,
    0x00000004, 0x00000023, 0x00000010, 0x00030047, 0x000000dc, 0x00000002, 0x00040047, 0x00000137,
    0x00000006, 0x00000004, 0x00050048, 0x00000138, 0x00000000, 0x00000023, 0x00000000, 0x00030047,
    0x00000138, 0x00000002, 0x00040047, 0x0000013a, 0x00000022, 0x00000000, 0x00040047, 0x0000013a,
    0x00000021, 0x00000002, 0x00040047, 0x00000153, 0x0000000b, 0x00000019, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x0000000f, 0x00000020, 0x0003001d, 0x00000019, 0x00000006, 0x0003001e, 0x0000001a, 0x00000019,
    0x00040020, 0x0000001b, 0x0000000c, 0x0000001a, 0x0004003b, 0x0000001b, 0x0000001c, 0x0000000c,
    0x00040015, 0x0000001d, 0x00000020, 0x00000001, 0x0004002b, 0x0000001d, 0x0000001e, 0x00000000,
    0x0004002b, 0x0000001d, 0x00000020, 0x00000002, 0x00040020, 0x00000022, 0x0000000c, 0x00000006,
    0x0004002b, 0x00000006, 0x00000026, 0x00000002, 0x0004002b, 0x00000006, 0x00000028, 0x00000008,
    0x0004002b, 0x00000006, 0x0000002b, 0x0000ffff, 0x0004002b, 0x00000006, 0x00000031, 0x00000003,
    0x0004002b, 0x00000006, 0x00000038, 0x00000000, 0x00020014, 0x00000039, 0x0004002b, 0x00000006,
    0x00000048, 0x00000001, 0x0004002b, 0x00000006, 0x0000004c, 0x00000020, 0x00040017, 0x00000057,
    0x0000000f, 0x00000002, 0x0004002b, 0x0000000f, 0x0000005e, 0x00000000, 0x0004002b, 0x00000006,
    0x00000080, 0x00000004, 0x0003001d, 0x0000008b, 0x0000000f, 0x0003001e, 0x0000008c, 0x0000008b,
    0x00040020, 0x0000008d, 0x0000000c, 0x0000008c, 0x0004003b, 0x0000008d, 0x0000008e, 0x0000000c,
    0x0004002b, 0x00000006, 0x00000090, 0x00000080, 0x00040020, 0x0000009b, 0x0000000c, 0x0000000f,
    0x0004002b, 0x0000001d, 0x000000af, 0x00000001, 0x0004002b, 0x00000006, 0x000000b8, 0x00000040,
    0x00040020, 0x000000c3, 0x00000001, 0x00000006, 0x0004003b, 0x000000c3, 0x000000c4, 0x00000001,
    0x00040017, 0x000000ca, 0x00000006, 0x00000003, 0x00040020, 0x000000cb, 0x00000001, 0x000000ca,
    0x0004003b, 0x000000cb, 0x000000cc, 0x00000001, 0x0004003b, 0x000000cb, 0x000000cf, 0x00000001,
    0x0007001e, 0x000000dc, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020,
    0x000000dd, 0x00000009, 0x000000dc, 0x0004003b, 0x000000dd, 0x000000de, 0x00000009, 0x00040020,
    0x000000df, 0x00000009, 0x00000006, 0x0004002b, 0x00000006, 0x000000e8, 0x00000100, 0x0004002b,
    0x0000001d, 0x000000eb, 0x00000004, 0x0004002b, 0x00000006, 0x000000f1, 0x00000042, 0x0004001c,
    0x0000010b, 0x0000000f, 0x000000b8, 0x00040020, 0x0000010c, 0x00000004, 0x0000010b, 0x0004003b,
    0x0000010c, 0x0000010d, 0x00000004, 0x00040020, 0x00000110, 0x00000004, 0x0000000f, 0x0004002b,
    0x00000006, 0x00000112, 0x00000108, 0x0003001d, 0x00000137, 0x0000000f, 0x0003001e, 0x00000138,
    0x00000137, 0x00040020, 0x00000139, 0x0000000c, 0x00000138, 0x0004003b, 0x00000139, 0x0000013a,
    0x0000000c, 0x0004002b, 0x0000001d, 0x0000013b, 0x00000003, 0x0006002c, 0x000000ca, 0x00000153,
    0x000000b8, 0x00000048, 0x00000048, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003,
    0x000200f8, 0x00000005, 0x0004003d, 0x00000006, 0x000000c5, 0x000000c4, 0x00050089, 0x00000006,
    0x000000c8, 0x000000c5, 0x00000028, 0x00050041, 0x000000c3, 0x000000cd, 0x000000cc, 0x00000048,
    0x0004003d, 0x00000006, 0x000000ce, 0x000000cd, 0x00050041, 0x000000c3, 0x000000d0, 0x000000cf,
    0x00000038, 0x0004003d, 0x00000006, 0x000000d1, 0x000000d0, 0x00050084, 0x00000006, 0x000000d2,
    0x000000ce, 0x000000d1, 0x00050041, 0x000000c3, 0x000000d3, 0x000000cc, 0x00000038, 0x0004003d,
    0x00000006, 0x000000d4, 0x000000d3, 0x00050080, 0x00000006, 0x000000d5, 0x000000d2, 0x000000d4,
    0x00050084, 0x00000006, 0x000000d6, 0x000000d5, 0x00000028, 0x00050086, 0x00000006, 0x000000d8,
    0x000000c5, 0x00000028, 0x00050080, 0x00000006, 0x000000d9, 0x000000d6, 0x000000d8, 0x00050041,
    0x000000df, 0x000000e0, 0x000000de, 0x000000af, 0x0004003d, 0x00000006, 0x000000e1, 0x000000e0,
    0x000500b0, 0x00000039, 0x000000e2, 0x000000d9, 0x000000e1, 0x000300f7, 0x000000e4, 0x00000000,
    0x000400fa, 0x000000e2, 0x000000e3, 0x000000e4, 0x000200f8, 0x000000e3, 0x00050041, 0x000000df,
    0x000000e6, 0x000000de, 0x0000001e, 0x0004003d, 0x00000006, 0x000000e7, 0x000000e6, 0x00050086,
    0x00000006, 0x000000e9, 0x000000e7, 0x000000e8, 0x00050041, 0x000000df, 0x000000ec, 0x000000de,
    0x000000eb, 0x0004003d, 0x00000006, 0x000000ed, 0x000000ec, 0x00050084, 0x00000006, 0x000000f0,
    0x000000d9, 0x000000e9, 0x00050084, 0x00000006, 0x000000f2, 0x000000f0, 0x000000f1, 0x00050080,
    0x00000006, 0x000000f3, 0x000000ed, 0x000000f2, 0x000200f9, 0x000000f6, 0x000200f8, 0x000000f6,
    0x000700f5, 0x0000000f, 0x000001e3, 0x0000005e, 0x000000e3, 0x00000108, 0x000000f9, 0x000700f5,
    0x00000006, 0x000001e1, 0x000000c8, 0x000000e3, 0x0000010a, 0x000000f9, 0x000500b0, 0x00000039,
    0x000000fd, 0x000001e1, 0x000000e9, 0x000400f6, 0x000000f8, 0x000000f9, 0x00000000, 0x000400fa,
    0x000000fd, 0x000000f7, 0x000000f8, 0x000200f8, 0x000000f7, 0x00050084, 0x00000006, 0x00000100,
    0x000001e1, 0x000000f1, 0x00050080, 0x00000006, 0x00000101, 0x000000f3, 0x00000100, 0x00050084,
    0x00000006, 0x00000103, 0x000001e1, 0x000000e8, 0x000200f9, 0x00000160, 0x000200f8, 0x00000160,
    0x000700f5, 0x0000000f, 0x000001e9, 0x0000005e, 0x000000f7, 0x000001ff, 0x000001a4, 0x000700f5,
    0x0000000f, 0x000001e8, 0x0000005e, 0x000000f7, 0x000001fb, 0x000001a4, 0x000700f5, 0x00000006,
    0x000001e7, 0x00000038, 0x000000f7, 0x000001a6, 0x000001a4, 0x000500b0, 0x00000039, 0x00000163,
    0x000001e7, 0x00000026, 0x000400f6, 0x000001a7, 0x000001a4, 0x00000000, 0x000400fa, 0x00000163,
    0x00000164, 0x000001a7, 0x000200f8, 0x00000164, 0x000200f9, 0x00000165, 0x000200f8, 0x00000165,
    0x000700f5, 0x00000006, 0x000001ec, 0x00000038, 0x00000164, 0x000001a2, 0x000001a0, 0x000700f5,
    0x0000000f, 0x000001ff, 0x000001e9, 0x00000164, 0x000001fd, 0x000001a0, 0x000700f5, 0x0000000f,
    0x000001fb, 0x000001e8, 0x00000164, 0x000001f9, 0x000001a0, 0x000500b0, 0x00000039, 0x00000168,
    0x000001ec, 0x0000004c, 0x000400f6, 0x000001a3, 0x000001a0, 0x00000000, 0x000400fa, 0x00000168,
    0x00000169, 0x000001a3, 0x000200f8, 0x00000169, 0x00050084, 0x00000006, 0x0000016c, 0x0000004c,
    0x000001e7, 0x00050080, 0x00000006, 0x0000016d, 0x00000101, 0x0000016c, 0x00050080, 0x00000006,
    0x0000016f, 0x0000016d, 0x000001ec, 0x000500c7, 0x00000006, 0x000001b5, 0x0000016f, 0x00000031,
    0x00050084, 0x00000006, 0x000001b6, 0x000001b5, 0x00000028, 0x000500c2, 0x00000006, 0x000001b8,
    0x0000016f, 0x00000020, 0x000500aa, 0x00000039, 0x000001ba, 0x000001b6, 0x00000038, 0x000300f7,
    0x000001cd, 0x00000000, 0x000400fa, 0x000001ba, 0x000001bb, 0x000001bf, 0x000200f8, 0x000001bb,
    0x00060041, 0x00000022, 0x000001bd, 0x0000001c, 0x0000001e, 0x000001b8, 0x0004003d, 0x00000006,
    0x000001be, 0x000001bd, 0x000200f9, 0x000001cd, 0x000200f8, 0x000001bf, 0x00060041, 0x00000022,
    0x000001c1, 0x0000001c, 0x0000001e, 0x000001b8, 0x0004003d, 0x00000006, 0x000001c2, 0x000001c1,
    0x000500c2, 0x00000006, 0x000001c4, 0x000001c2, 0x000001b6, 0x00050080, 0x00000006, 0x000001c6,
    0x000001b8, 0x00000048, 0x00060041, 0x00000022, 0x000001c7, 0x0000001c, 0x0000001e, 0x000001c6,
    0x0004003d, 0x00000006, 0x000001c8, 0x000001c7, 0x00050082, 0x00000006, 0x000001ca, 0x0000004c,
    0x000001b6, 0x000500c4, 0x00000006, 0x000001cb, 0x000001c8, 0x000001ca, 0x000500c5, 0x00000006,
    0x000001cc, 0x000001c4, 0x000001cb, 0x000200f9, 0x000001cd, 0x000200f8, 0x000001cd, 0x000700f5,
    0x00000006, 0x000001ee, 0x000001be, 0x000001bb, 0x000001cc, 0x000001bf, 0x000200f9, 0x00000171,
    0x000200f8, 0x00000171, 0x000700f5, 0x00000006, 0x000001ef, 0x00000038, 0x000001cd, 0x0000019e,
    0x0000019c, 0x000700f5, 0x0000000f, 0x000001fd, 0x000001ff, 0x000001cd, 0x000001fc, 0x0000019c,
    0x000700f5, 0x0000000f, 0x000001f9, 0x000001fb, 0x000001cd, 0x000001f8, 0x0000019c, 0x000500b0,
    0x00000039, 0x00000174, 0x000001ef, 0x00000080, 0x000400f6, 0x0000019f, 0x0000019c, 0x00000000,
    0x000400fa, 0x00000174, 0x00000175, 0x0000019f, 0x000200f8, 0x00000175, 0x000200f9, 0x00000176,
    0x000200f8, 0x00000176, 0x000700f5, 0x0000000f, 0x000001fc, 0x000001fd, 0x00000175, 0x00000197,
    0x0000017a, 0x000700f5, 0x0000000f, 0x000001f8, 0x000001f9, 0x00000175, 0x00000194, 0x0000017a,
    0x000700f5, 0x00000006, 0x000001f2, 0x00000038, 0x00000175, 0x0000019a, 0x0000017a, 0x000500b0,
    0x00000039, 0x00000179, 0x000001f2, 0x00000080, 0x000400f6, 0x0000019b, 0x0000017a, 0x00000000,
    0x000400fa, 0x00000179, 0x0000017a, 0x0000019b, 0x000200f8, 0x0000017a, 0x00050084, 0x00000006,
    0x0000017d, 0x00000090, 0x000001e7, 0x00050080, 0x00000006, 0x0000017e, 0x00000103, 0x0000017d,
    0x00050084, 0x00000006, 0x00000180, 0x0000004c, 0x000001ef, 0x00050080, 0x00000006, 0x00000181,
    0x0000017e, 0x00000180, 0x00050080, 0x00000006, 0x00000183, 0x00000181, 0x000001ec, 0x00050080,
    0x00000006, 0x00000185, 0x00000183, 0x000001f2, 0x00060041, 0x0000009b, 0x00000186, 0x0000008e,
    0x0000001e, 0x00000185, 0x0004003d, 0x0000000f, 0x00000187, 0x00000186, 0x00050084, 0x00000006,
    0x0000018a, 0x00000028, 0x000001f2, 0x00050084, 0x00000006, 0x0000018c, 0x00000026, 0x000001ef,
    0x00050080, 0x00000006, 0x0000018d, 0x0000018a, 0x0000018c, 0x000500c2, 0x00000006, 0x0000018e,
    0x000001ee, 0x0000018d, 0x000500c7, 0x00000006, 0x0000018f, 0x0000018e, 0x00000031, 0x00040070,
    0x0000000f, 0x00000190, 0x0000018f, 0x0008000c, 0x0000000f, 0x00000194, 0x00000001, 0x00000032,
    0x00000190, 0x00000187, 0x000001f8, 0x00050081, 0x0000000f, 0x00000197, 0x000001fc, 0x00000187,
    0x00050080, 0x00000006, 0x0000019a, 0x000001f2, 0x000000af, 0x000200f9, 0x00000176, 0x000200f8,
    0x0000019b, 0x000200f9, 0x0000019c, 0x000200f8, 0x0000019c, 0x00050080, 0x00000006, 0x0000019e,
    0x000001ef, 0x000000af, 0x000200f9, 0x00000171, 0x000200f8, 0x0000019f, 0x000200f9, 0x000001a0,
    0x000200f8, 0x000001a0, 0x00050080, 0x00000006, 0x000001a2, 0x000001ec, 0x00000080, 0x000200f9,
    0x00000165, 0x000200f8, 0x000001a3, 0x000200f9, 0x000001a4, 0x000200f8, 0x000001a4, 0x00050080,
    0x00000006, 0x000001a6, 0x000001e7, 0x000000af, 0x000200f9, 0x00000160, 0x000200f8, 0x000001a7,
    0x00050080, 0x00000006, 0x000001a9, 0x00000101, 0x000000b8, 0x000500c2, 0x00000006, 0x000001d9,
    0x000001a9, 0x00000020, 0x00060041, 0x00000022, 0x000001da, 0x0000001c, 0x0000001e, 0x000001d9,
    0x0004003d, 0x00000006, 0x000001db, 0x000001da, 0x000500c7, 0x00000006, 0x000001dd, 0x000001a9,
    0x00000026, 0x00050084, 0x00000006, 0x000001de, 0x000001dd, 0x00000028, 0x000500c2, 0x00000006,
    0x000001df, 0x000001db, 0x000001de, 0x000500c7, 0x00000006, 0x000001e0, 0x000001df, 0x0000002b,
    0x0006000c, 0x00000057, 0x000001d4, 0x00000001, 0x0000003e, 0x000001e0, 0x00050051, 0x0000000f,
    0x000001d5, 0x000001d4, 0x00000000, 0x00050083, 0x0000000f, 0x000001ad, 0x000001e8, 0x000001e9,
    0x0008000c, 0x0000000f, 0x00000108, 0x00000001, 0x00000032, 0x000001d5, 0x000001ad, 0x000001e3,
    0x000200f9, 0x000000f9, 0x000200f8, 0x000000f9, 0x00050080, 0x00000006, 0x0000010a, 0x000001e1,
    0x00000028, 0x000200f9, 0x000000f6, 0x000200f8, 0x000000f8, 0x000200f9, 0x000000e4, 0x000200f8,
    0x000000e4, 0x000700f5, 0x0000000f, 0x000001e2, 0x0000005e, 0x00000005, 0x000001e3, 0x000000f8,
    0x00050041, 0x00000110, 0x00000111, 0x0000010d, 0x000000c5, 0x0003003e, 0x00000111, 0x000001e2,
    0x000400e0, 0x00000026, 0x00000026, 0x00000112, 0x000200f9, 0x00000114, 0x000200f8, 0x00000114,
    0x000700f5, 0x00000006, 0x000001e4, 0x00000080, 0x000000e4, 0x0000012b, 0x00000117, 0x000500ac,
    0x00000039, 0x0000011a, 0x000001e4, 0x00000038, 0x000400f6, 0x00000116, 0x00000117, 0x00000000,
    0x000400fa, 0x0000011a, 0x00000115, 0x00000116, 0x000200f8, 0x00000115, 0x000500b0, 0x00000039,
    0x0000011d, 0x000000c8, 0x000001e4, 0x000300f7, 0x0000011f, 0x00000000, 0x000400fa, 0x0000011d,
    0x0000011e, 0x0000011f, 0x000200f8, 0x0000011e, 0x00050080, 0x00000006, 0x00000123, 0x000000c5,
    0x000001e4, 0x00050041, 0x00000110, 0x00000124, 0x0000010d, 0x00000123, 0x0004003d, 0x0000000f,
    0x00000125, 0x00000124, 0x0004003d, 0x0000000f, 0x00000127, 0x00000111, 0x00050081, 0x0000000f,
    0x00000128, 0x00000127, 0x00000125, 0x0003003e, 0x00000111, 0x00000128, 0x000200f9, 0x0000011f,
    0x000200f8, 0x0000011f, 0x000400e0, 0x00000026, 0x00000026, 0x00000112, 0x000200f9, 0x00000117,
    0x000200f8, 0x00000117, 0x000500c2, 0x00000006, 0x0000012b, 0x000001e4, 0x00000048, 0x000200f9,
    0x00000114, 0x000200f8, 0x00000116, 0x000500aa, 0x00000039, 0x0000012d, 0x000000c8, 0x00000038,
    0x000300f7, 0x0000012f, 0x00000000, 0x000400fa, 0x0000012d, 0x0000012e, 0x0000012f, 0x000200f8,
    0x0000012e, 0x000200f9, 0x0000012f, 0x000200f8, 0x0000012f, 0x000700f5, 0x00000039, 0x00000134,
    0x0000012d, 0x00000116, 0x000000e2, 0x0000012e, 0x000300f7, 0x00000136, 0x00000000, 0x000400fa,
    0x00000134, 0x00000135, 0x00000136, 0x000200f8, 0x00000135, 0x00050041, 0x000000df, 0x0000013c,
    0x000000de, 0x0000013b, 0x0004003d, 0x00000006, 0x0000013d, 0x0000013c, 0x00050080, 0x00000006,
    0x0000013f, 0x0000013d, 0x000000d9, 0x00050041, 0x000000df, 0x00000140, 0x000000de, 0x00000020,
    0x0004003d, 0x00000006, 0x00000141, 0x00000140, 0x000500ab, 0x00000039, 0x00000142, 0x00000141,
    0x00000038, 0x000300f7, 0x00000145, 0x00000000, 0x000400fa, 0x00000142, 0x00000144, 0x0000014c,
    0x000200f8, 0x00000144, 0x00060041, 0x0000009b, 0x0000014a, 0x0000013a, 0x0000001e, 0x0000013f,
    0x0004003d, 0x0000000f, 0x0000014b, 0x0000014a, 0x000200f9, 0x00000145, 0x000200f8, 0x0000014c,
    0x000200f9, 0x00000145, 0x000200f8, 0x00000145, 0x000700f5, 0x0000000f, 0x000001e5, 0x0000014b,
    0x00000144, 0x0000005e, 0x0000014c, 0x0004003d, 0x0000000f, 0x00000150, 0x00000111, 0x00050081,
    0x0000000f, 0x00000151, 0x000001e5, 0x00000150, 0x00060041, 0x0000009b, 0x00000152, 0x0000013a,
    0x0000001e, 0x0000013f, 0x0003003e, 0x00000152, 0x00000151, 0x000200f9, 0x00000136, 0x000200f8,
    0x00000136, 0x000100fd, 0x00010038,
};
static const uint32_t spv_rmsnorm[585] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000000bd, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0006000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000010, 0x00060010, 0x00000004,
    0x00000011, 0x00000100, 0x00000001, 0x00000001, 0x00040047, 0x00000010, 0x0000000b, 0x0000001d,
    0x00050048, 0x0000004b, 0x00000000, 0x00000023, 0x00000000, 0x00050048, 0x0000004b, 0x00000001,
    0x00000023, 0x00000004, 0x00030047, 0x0000004b, 0x00000002, 0x00040047, 0x00000052, 0x00000006,
    0x00000004, 0x00040048, 0x00000053, 0x00000000, 0x00000018, 0x00050048, 0x00000053, 0x00000000,
    0x00000023, 0x00000000, 0x00030047, 0x00000053, 0x00000002, 0x00040047, 0x00000055, 0x00000022,
    0x00000000, 0x00040047, 0x00000055, 0x00000021, 0x00000000, 0x00040047, 0x0000007e, 0x00000006,
    0x00000004, 0x00040048, 0x0000007f, 0x00000000, 0x00000019, 0x00050048, 0x0000007f, 0x00000000,
    0x00000023, 0x00000000, 0x00030047, 0x0000007f, 0x00000002, 0x00040047, 0x00000081, 0x00000022,
    0x00000000, 0x00040047, 0x00000081, 0x00000021, 0x00000002, 0x00040047, 0x00000088, 0x00000006,
    0x00000004, 0x00040048, 0x00000089, 0x00000000, 0x00000018, 0x00050048, 0x00000089, 0x00000000,
    0x00000023, 0x00000000, 0x00030047, 0x00000089, 0x00000002, 0x00040047, 0x0000008b, 0x00000022,
    0x00000000, 0x00040047, 0x0000008b, 0x00000021, 0x00000001, 0x00040047, 0x00000094, 0x0000000b,
    0x00000019, 0x00020013, 0x00000002, 0x00030021, 0x00000003, 0x00000002, 0x00030016, 0x00000006,
    0x00000020, 0x00040015, 0x0000000c, 0x00000020, 0x00000000, 0x00040020, 0x0000000f, 0x00000001,
    0x0000000c, 0x0004003b, 0x0000000f, 0x00000010, 0x00000001, 0x0004002b, 0x0000000c, 0x00000012,
    0x00000100, 0x0004001c, 0x00000013, 0x00000006, 0x00000012, 0x00040020, 0x00000014, 0x00000004,
    0x00000013, 0x0004003b, 0x00000014, 0x00000015, 0x00000004, 0x00040020, 0x00000018, 0x00000004,
    0x00000006, 0x0004002b, 0x0000000c, 0x0000001a, 0x00000002, 0x0004002b, 0x0000000c, 0x0000001b,
    0x00000108, 0x0004002b, 0x0000000c, 0x0000001d, 0x00000080, 0x0004002b, 0x0000000c, 0x00000024,
    0x00000000, 0x00020014, 0x00000025, 0x0004002b, 0x0000000c, 0x00000036, 0x00000001, 0x00040015,
    0x0000003a, 0x00000020, 0x00000001, 0x0004002b, 0x0000003a, 0x0000003b, 0x00000000, 0x0004002b,
    0x00000006, 0x00000042, 0x00000000, 0x0004001e, 0x0000004b, 0x0000000c, 0x00000006, 0x00040020,
    0x0000004c, 0x00000009, 0x0000004b, 0x0004003b, 0x0000004c, 0x0000004d, 0x00000009, 0x00040020,
    0x0000004e, 0x00000009, 0x0000000c, 0x0003001d, 0x00000052, 0x00000006, 0x0003001e, 0x00000053,
    0x00000052, 0x00040020, 0x00000054, 0x0000000c, 0x00000053, 0x0004003b, 0x00000054, 0x00000055,
    0x0000000c, 0x00040020, 0x00000057, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006, 0x00000066,
    0x3f800000, 0x0004002b, 0x0000003a, 0x0000006c, 0x00000001, 0x00040020, 0x0000006d, 0x00000009,
    0x00000006, 0x0003001d, 0x0000007e, 0x00000006, 0x0003001e, 0x0000007f, 0x0000007e, 0x00040020,
    0x00000080, 0x0000000c, 0x0000007f, 0x0004003b, 0x00000080, 0x00000081, 0x0000000c, 0x0003001d,
    0x00000088, 0x00000006, 0x0003001e, 0x00000089, 0x00000088, 0x00040020, 0x0000008a, 0x0000000c,
    0x00000089, 0x0004003b, 0x0000008a, 0x0000008b, 0x0000000c, 0x00040017, 0x00000093, 0x0000000c,
    0x00000003, 0x0006002c, 0x00000093, 0x00000094, 0x00000012, 0x00000036, 0x00000036, 0x00050036,
    0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x0000000c,
    0x00000044, 0x00000010, 0x000200f9, 0x00000045, 0x000200f8, 0x00000045, 0x000700f5, 0x00000006,
    0x000000ba, 0x00000042, 0x00000005, 0x0000005f, 0x00000046, 0x000700f5, 0x0000000c, 0x000000b9,
    0x00000044, 0x00000005, 0x00000061, 0x00000046, 0x00050041, 0x0000004e, 0x0000004f, 0x0000004d,
    0x0000003b, 0x0004003d, 0x0000000c, 0x00000050, 0x0000004f, 0x000500b0, 0x00000025, 0x00000051,
    0x000000b9, 0x00000050, 0x000400f6, 0x00000047, 0x00000046, 0x00000000, 0x000400fa, 0x00000051,
    0x00000046, 0x00000047, 0x000200f8, 0x00000046, 0x00060041, 0x00000057, 0x00000058, 0x00000055,
    0x0000003b, 0x000000b9, 0x0004003d, 0x00000006, 0x00000059, 0x00000058, 0x0004003d, 0x00000006,
    0x0000005c, 0x00000058, 0x0008000c, 0x00000006, 0x0000005f, 0x00000001, 0x00000032, 0x00000059,
    0x0000005c, 0x000000ba, 0x00050080, 0x0000000c, 0x00000061, 0x000000b9, 0x00000012, 0x000200f9,
    0x00000045, 0x000200f8, 0x00000047, 0x00050041, 0x00000018, 0x0000009d, 0x00000015, 0x00000044,
    0x0003003e, 0x0000009d, 0x000000ba, 0x000400e0, 0x0000001a, 0x0000001a, 0x0000001b, 0x000200f9,
    0x0000009e, 0x000200f8, 0x0000009e, 0x000700f5, 0x0000000c, 0x000000bb, 0x0000001d, 0x00000047,
    0x000000b4, 0x000000b2, 0x000500ac, 0x00000025, 0x000000a1, 0x000000bb, 0x00000024, 0x000400f6,
    0x000000b5, 0x000000b2, 0x00000000, 0x000400fa, 0x000000a1, 0x000000a2, 0x000000b5, 0x000200f8,
    0x000000a2, 0x000500b0, 0x00000025, 0x000000a5, 0x00000044, 0x000000bb, 0x000300f7, 0x000000b1,
    0x00000000, 0x000400fa, 0x000000a5, 0x000000a6, 0x000000b1, 0x000200f8, 0x000000a6, 0x00050080,
    0x0000000c, 0x000000aa, 0x00000044, 0x000000bb, 0x00050041, 0x00000018, 0x000000ab, 0x00000015,
    0x000000aa, 0x0004003d, 0x00000006, 0x000000ac, 0x000000ab, 0x0004003d, 0x00000006, 0x000000ae,
    0x0000009d, 0x00050081, 0x00000006, 0x000000af, 0x000000ae, 0x000000ac, 0x0003003e, 0x0000009d,
    0x000000af, 0x000200f9, 0x000000b1, 0x000200f8, 0x000000b1, 0x000400e0, 0x0000001a, 0x0000001a,
    0x0000001b, 0x000200f9, 0x000000b2, 0x000200f8, 0x000000b2, 0x000500c2, 0x0000000c, 0x000000b4,
    0x000000bb, 0x00000036, 0x000200f9, 0x0000009e, 0x000200f8, 0x000000b5, 0x00050041, 0x00000018,
    0x000000b6, 0x00000015, 0x0000003b, 0x0004003d, 0x00000006, 0x000000b7, 0x000000b6, 0x000400e0,
    0x0000001a, 0x0000001a, 0x0000001b, 0x00040070, 0x00000006, 0x0000006a, 0x00000050, 0x00050088,
    0x00000006, 0x0000006b, 0x000000b7, 0x0000006a, 0x00050041, 0x0000006d, 0x0000006e, 0x0000004d,
    0x0000006c, 0x0004003d, 0x00000006, 0x0000006f, 0x0000006e, 0x00050081, 0x00000006, 0x00000070,
    0x0000006b, 0x0000006f, 0x0006000c, 0x00000006, 0x00000071, 0x00000001, 0x0000001f, 0x00000070,
    0x00050088, 0x00000006, 0x00000072, 0x00000066, 0x00000071, 0x000200f9, 0x00000075, 0x000200f8,
    0x00000075, 0x000700f5, 0x0000000c, 0x000000bc, 0x00000044, 0x000000b5, 0x00000092, 0x00000076,
    0x000500b0, 0x00000025, 0x0000007d, 0x000000bc, 0x00000050, 0x000400f6, 0x00000077, 0x00000076,
    0x00000000, 0x000400fa, 0x0000007d, 0x00000076, 0x00000077, 0x000200f8, 0x00000076, 0x00060041,
    0x00000057, 0x00000084, 0x00000055, 0x0000003b, 0x000000bc, 0x0004003d, 0x00000006, 0x00000085,
    0x00000084, 0x00050085, 0x00000006, 0x00000087, 0x00000085, 0x00000072, 0x00060041, 0x00000057,
    0x0000008d, 0x0000008b, 0x0000003b, 0x000000bc, 0x0004003d, 0x00000006, 0x0000008e, 0x0000008d,
    0x00050085, 0x00000006, 0x0000008f, 0x00000087, 0x0000008e, 0x00060041, 0x00000057, 0x00000090,
    0x00000081, 0x0000003b, 0x000000bc, 0x0003003e, 0x00000090, 0x0000008f, 0x00050080, 0x0000000c,
    0x00000092, 0x000000bc, 0x00000012, 0x000200f9, 0x00000075, 0x000200f8, 0x00000077, 0x000100fd,
    0x00010038,
};
static const uint32_t spv_rmsnorm_sg[598] = {
    0x07230203, 0x00010300, 0x0008000b, 0x000000b0, 0x00000000, 0x00020011, 0x00000001, 0x00020011,
    0x0000003d, 0x00020011, 0x0000003f, 0x0006000b, 0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e,
    0x00000000, 0x0003000e, 0x00000000, 0x00000001, 0x0008000f, 0x00000005, 0x00000004, 0x6e69616d,
    0x00000000, 0x00000019, 0x0000002b, 0x0000003c, 0x00060010, 0x00000004, 0x00000011, 0x00000100,
    0x00000001, 0x00000001, 0x00040047, 0x00000019, 0x0000000b, 0x00000028, 0x00040047, 0x0000002b,
    0x0000000b, 0x00000026, 0x00040047, 0x0000003c, 0x0000000b, 0x0000001d, 0x00050048, 0x00000044,
    0x00000000, 0x00000023, 0x00000000, 0x00050048, 0x00000044, 0x00000001, 0x00000023, 0x00000004,
    0x00030047, 0x00000044, 0x00000002, 0x00040047, 0x0000004c, 0x00000006, 0x00000004, 0x00040048,
    0x0000004d, 0x00000000, 0x00000018, 0x00050048, 0x0000004d, 0x00000000, 0x00000023, 0x00000000,
    0x00030047, 0x0000004d, 0x00000002, 0x00040047, 0x0000004f, 0x00000022, 0x00000000, 0x00040047,
    0x0000004f, 0x00000021, 0x00000000, 0x00040047, 0x00000077, 0x00000006, 0x00000004, 0x00040048,
    0x00000078, 0x00000000, 0x00000019, 0x00050048, 0x00000078, 0x00000000, 0x00000023, 0x00000000,
    0x00030047, 0x00000078, 0x00000002, 0x00040047, 0x0000007a, 0x00000022, 0x00000000, 0x00040047,
    0x0000007a, 0x00000021, 0x00000002, 0x00040047, 0x00000081, 0x00000006, 0x00000004, 0x00040048,
    0x00000082, 0x00000000, 0x00000018, 0x00050048, 0x00000082, 0x00000000, 0x00000023, 0x00000000,
    0x00030047, 0x00000082, 0x00000002, 0x00040047, 0x00000084, 0x00000022, 0x00000000, 0x00040047,
    0x00000084, 0x00000021, 0x00000001, 0x00040047, 0x0000008e, 0x0000000b, 0x00000019, 0x00020013,
    0x00000002, 0x00030021, 0x00000003, 0x00000002, 0x00030016, 0x00000006, 0x00000020, 0x00040015,
    0x0000000d, 0x00000020, 0x00000000, 0x0004002b, 0x0000000d, 0x0000000e, 0x00000003, 0x00020014,
    0x00000010, 0x0004002b, 0x0000000d, 0x00000014, 0x00000100, 0x0004001c, 0x00000015, 0x00000006,
    0x00000014, 0x00040020, 0x00000016, 0x00000004, 0x00000015, 0x0004003b, 0x00000016, 0x00000017,
    0x00000004, 0x00040020, 0x00000018, 0x00000001, 0x0000000d, 0x0004003b, 0x00000018, 0x00000019,
    0x00000001, 0x00040020, 0x0000001c, 0x00000004, 0x00000006, 0x0004002b, 0x0000000d, 0x0000001e,
    0x00000002, 0x0004002b, 0x0000000d, 0x0000001f, 0x00000108, 0x0004002b, 0x00000006, 0x00000021,
    0x00000000, 0x0004002b, 0x0000000d, 0x00000024, 0x00000000, 0x0004003b, 0x00000018, 0x0000002b,
    0x00000001, 0x00040015, 0x00000034, 0x00000020, 0x00000001, 0x0004002b, 0x00000034, 0x00000035,
    0x00000001, 0x0004003b, 0x00000018, 0x0000003c, 0x00000001, 0x0004001e, 0x00000044, 0x0000000d,
    0x00000006, 0x00040020, 0x00000045, 0x00000009, 0x00000044, 0x0004003b, 0x00000045, 0x00000046,
    0x00000009, 0x0004002b, 0x00000034, 0x00000047, 0x00000000, 0x00040020, 0x00000048, 0x00000009,
    0x0000000d, 0x0003001d, 0x0000004c, 0x00000006, 0x0003001e, 0x0000004d, 0x0000004c, 0x00040020,
    0x0000004e, 0x0000000c, 0x0000004d, 0x0004003b, 0x0000004e, 0x0000004f, 0x0000000c, 0x00040020,
    0x00000051, 0x0000000c, 0x00000006, 0x0004002b, 0x00000006, 0x00000060, 0x3f800000, 0x00040020,
    0x00000066, 0x00000009, 0x00000006, 0x0003001d, 0x00000077, 0x00000006, 0x0003001e, 0x00000078,
    0x00000077, 0x00040020, 0x00000079, 0x0000000c, 0x00000078, 0x0004003b, 0x00000079, 0x0000007a,
    0x0000000c, 0x0003001d, 0x00000081, 0x00000006, 0x0003001e, 0x00000082, 0x00000081, 0x00040020,
    0x00000083, 0x0000000c, 0x00000082, 0x0004003b, 0x00000083, 0x00000084, 0x0000000c, 0x00040017,
    0x0000008c, 0x0000000d, 0x00000003, 0x0004002b, 0x0000000d, 0x0000008d, 0x00000001, 0x0006002c,
    0x0000008c, 0x0000008e, 0x00000014, 0x0000008d, 0x0000008d, 0x00050036, 0x00000002, 0x00000004,
    0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x0004003d, 0x0000000d, 0x0000003d, 0x0000003c,
    0x000200f9, 0x0000003e, 0x000200f8, 0x0000003e, 0x000700f5, 0x00000006, 0x000000ac, 0x00000021,
    0x00000005, 0x00000059, 0x0000003f, 0x000700f5, 0x0000000d, 0x000000ab, 0x0000003d, 0x00000005,
    0x0000005b, 0x0000003f, 0x00050041, 0x00000048, 0x00000049, 0x00000046, 0x00000047, 0x0004003d,
    0x0000000d, 0x0000004a, 0x00000049, 0x000500b0, 0x00000010, 0x0000004b, 0x000000ab, 0x0000004a,
    0x000400f6, 0x00000040, 0x0000003f, 0x00000000, 0x000400fa, 0x0000004b, 0x0000003f, 0x00000040,
    0x000200f8, 0x0000003f, 0x00060041, 0x00000051, 0x00000052, 0x0000004f, 0x00000047, 0x000000ab,
    0x0004003d, 0x00000006, 0x00000053, 0x00000052, 0x0004003d, 0x00000006, 0x00000056, 0x00000052,
    0x0008000c, 0x00000006, 0x00000059, 0x00000001, 0x00000032, 0x00000053, 0x00000056, 0x000000ac,
    0x00050080, 0x0000000d, 0x0000005b, 0x000000ab, 0x00000014, 0x000200f9, 0x0000003e, 0x000200f8,
    0x00000040, 0x0006015e, 0x00000006, 0x00000094, 0x0000000e, 0x00000000, 0x000000ac, 0x0004014d,
    0x00000010, 0x00000095, 0x0000000e, 0x000300f7, 0x0000009a, 0x00000000, 0x000400fa, 0x00000095,
    0x00000096, 0x0000009a, 0x000200f8, 0x00000096, 0x0004003d, 0x0000000d, 0x00000097, 0x00000019,
    0x00050041, 0x0000001c, 0x00000099, 0x00000017, 0x00000097, 0x0003003e, 0x00000099, 0x00000094,
    0x000200f9, 0x0000009a, 0x000200f8, 0x0000009a, 0x000400e0, 0x0000001e, 0x0000001e, 0x0000001f,
    0x000200f9, 0x0000009b, 0x000200f8, 0x0000009b, 0x000700f5, 0x00000006, 0x000000ae, 0x00000021,
    0x0000009a, 0x000000a5, 0x000000a0, 0x000700f5, 0x0000000d, 0x000000ad, 0x00000024, 0x0000009a,
    0x000000a8, 0x000000a0, 0x0004003d, 0x0000000d, 0x0000009e, 0x0000002b, 0x000500b0, 0x00000010,
    0x0000009f, 0x000000ad, 0x0000009e, 0x000400f6, 0x000000a9, 0x000000a0, 0x00000000, 0x000400fa,
    0x0000009f, 0x000000a0, 0x000000a9, 0x000200f8, 0x000000a0, 0x00050041, 0x0000001c, 0x000000a2,
    0x00000017, 0x000000ad, 0x0004003d, 0x00000006, 0x000000a3, 0x000000a2, 0x00050081, 0x00000006,
    0x000000a5, 0x000000ae, 0x000000a3, 0x00050080, 0x0000000d, 0x000000a8, 0x000000ad, 0x00000035,
    0x000200f9, 0x0000009b, 0x000200f8, 0x000000a9, 0x000400e0, 0x0000001e, 0x0000001e, 0x0000001f,
    0x00040070, 0x00000006, 0x00000064, 0x0000004a, 0x00050088, 0x00000006, 0x00000065, 0x000000ae,
    0x00000064, 0x00050041, 0x00000066, 0x00000067, 0x00000046, 0x00000035, 0x0004003d, 0x00000006,
    0x00000068, 0x00000067, 0x00050081, 0x00000006, 0x00000069, 0x00000065, 0x00000068, 0x0006000c,
    0x00000006, 0x0000006a, 0x00000001, 0x0000001f, 0x00000069, 0x00050088, 0x00000006, 0x0000006b,
    0x00000060, 0x0000006a, 0x000200f9, 0x0000006e, 0x000200f8, 0x0000006e, 0x000700f5, 0x0000000d,
    0x000000af, 0x0000003d, 0x000000a9, 0x0000008b, 0x0000006f, 0x000500b0, 0x00000010, 0x00000076,
    0x000000af, 0x0000004a, 0x000400f6, 0x00000070, 0x0000006f, 0x00000000, 0x000400fa, 0x00000076,
    0x0000006f, 0x00000070, 0x000200f8, 0x0000006f, 0x00060041, 0x00000051, 0x0000007d, 0x0000004f,
    0x00000047, 0x000000af, 0x0004003d, 0x00000006, 0x0000007e, 0x0000007d, 0x00050085, 0x00000006,
    0x00000080, 0x0000007e, 0x0000006b, 0x00060041, 0x00000051, 0x00000086, 0x00000084, 0x00000047,
    0x000000af, 0x0004003d, 0x00000006, 0x00000087, 0x00000086, 0x00050085, 0x00000006, 0x00000088,
    0x00000080, 0x00000087, 0x00060041, 0x00000051, 0x00000089, 0x0000007a, 0x00000047, 0x000000af,
    0x0003003e, 0x00000089, 0x00000088, 0x00050080, 0x0000000d, 0x0000008b, 0x000000af, 0x00000014,
    0x000200f9, 0x0000006e, 0x000200f8, 0x00000070, 0x000100fd, 0x00010038,
};
static const uint32_t spv_rope_store[3901] = {
    0x07230203, 0x00010300, 0x0008000b, 0x00000823, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0006000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x00000298, 0x00060010, 0x00000004,
    0x00000011, 0x00000100, 0x00000001, 0x00000001, 0x00050048, 0x00000046, 0x00000000, 0x00000023,
    0x00000000, 0x00050048, 0x00000046, 0x00000001, 0x00000023, 0x00000004, 0x00050048, 0x00000046,
    0x00000002, 0x00000023, 0x00000008, 0x00050048, 0x00000046, 0x00000003, 0x00000023, 0x0000000c,
    0x00050048, 0x00000046, 0x00000004, 0x00000023, 0x00000010, 0x00050048, 0x00000046, 0x00000005,
    0x00000023, 0x00000014, 0x00050048, 0x00000046, 0x00000006, 0x00000023, 0x00000018, 0x00050048,
    0x00000046, 0x00000007, 0x00000023, 0x0000001c, 0x00050048, 0x00000046, 0x00000008, 0x00000023,
    0x00000020, 0x00050048, 0x00000046, 0x00000009, 0x00000023, 0x00000024, 0x00050048, 0x00000046,
    0x0000000a, 0x00000023, 0x00000028, 0x00050048, 0x00000046, 0x0000000b, 0x00000023, 0x0000002c,
    0x00050048, 0x00000046, 0x0000000c, 0x00000023, 0x00000030, 0x00050048, 0x00000046, 0x0000000d,
    0x00000023, 0x00000034, 0x00050048, 0x00000046, 0x0000000e, 0x00000023, 0x00000038, 0x00050048,
    0x00000046, 0x0000000f, 0x00000023, 0x0000003c, 0x00050048, 0x00000046, 0x00000010, 0x00000023,
    0x00000040, 0x00050048, 0x00000046, 0x00000011, 0x00000023, 0x00000044, 0x00050048, 0x00000046,
    0x00000012, 0x00000023, 0x00000048, 0x00050048, 0x00000046, 0x00000013, 0x00000023, 0x0000004c,
    0x00050048, 0x00000046, 0x00000014, 0x00000023, 0x00000050, 0x00050048, 0x00000046, 0x00000015,
    0x00000023, 0x00000054, 0x00030047, 0x00000046, 0x00000002, 0x00040047, 0x00000086, 0x00000006,
    0x00000008, 0x00040048, 0x00000087, 0x00000000, 0x00000018, 0x00050048, 0x00000087, 0x00000000,
    0x00000023, 0x00000000, 0x00030047, 0x00000087, 0x00000002, 0x00040047, 0x00000089, 0x00000022,
    0x00000000, 0x00040047, 0x00000089, 0x00000021, 0x00000003, 0x00040048, 0x0000008b, 0x00000000,
    0x00000018, 0x00050048, 0x0000008b, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x0000008b,
    0x00000002, 0x00040047, 0x0000008d, 0x00000022, 0x00000000, 0x00040047, 0x0000008d, 0x00000021,
    0x00000002, 0x00040047, 0x000000bd, 0x00000006, 0x00000004, 0x00040048, 0x000000be, 0x00000000,
    0x00000017, 0x00050048, 0x000000be, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000be,
    0x00000002, 0x00040047, 0x000000c0, 0x00000022, 0x00000000, 0x00040047, 0x000000c0, 0x00000021,
    0x00000000, 0x00040047, 0x000000e6, 0x00000006, 0x00000004, 0x00040048, 0x000000e7, 0x00000000,
    0x00000017, 0x00050048, 0x000000e7, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000000e7,
    0x00000002, 0x00040047, 0x000000e9, 0x00000022, 0x00000000, 0x00040047, 0x000000e9, 0x00000021,
    0x00000001, 0x00040047, 0x00000298, 0x0000000b, 0x0000001d, 0x00030047, 0x000002d6, 0x0000002a,
    0x00040047, 0x000002ea, 0x00000006, 0x00000004, 0x00040048, 0x000002eb, 0x00000000, 0x00000018,
    0x00050048, 0x000002eb, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x000002eb, 0x00000002,
    0x00040047, 0x000002ed, 0x00000022, 0x00000000, 0x00040047, 0x000002ed, 0x00000021, 0x00000004,
    0x00030047, 0x000002f3, 0x0000002a, 0x00030047, 0x000002f5, 0x0000002a, 0x00030047, 0x00000325,
    0x0000002a, 0x00030047, 0x0000032b, 0x0000002a, 0x00040047, 0x00000415, 0x0000000b, 0x00000019,
    0x00030047, 0x00000470, 0x0000002a, 0x00030047, 0x00000474, 0x0000002a, 0x00030047, 0x00000475,
    0x0000002a, 0x00030047, 0x0000047b, 0x0000002a, 0x00030047, 0x0000047f, 0x0000002a, 0x00030047,
    0x00000480, 0x0000002a, 0x00030047, 0x0000051a, 0x0000002a, 0x00030047, 0x0000051b, 0x0000002a,
    0x00030047, 0x0000051e, 0x0000002a, 0x00030047, 0x00000520, 0x0000002a, 0x00030047, 0x00000529,
    0x0000002a, 0x00030047, 0x0000053a, 0x0000002a, 0x00030047, 0x00000546, 0x0000002a, 0x00030047,
    0x00000548, 0x0000002a, 0x00030047, 0x00000549, 0x0000002a, 0x00030047, 0x0000054c, 0x0000002a,
    0x00030047, 0x0000054e, 0x0000002a, 0x00030047, 0x0000055c, 0x0000002a, 0x00020013, 0x00000002,
    0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020, 0x00000000, 0x00030016,
    0x00000008, 0x00000020, 0x00040017, 0x0000000d, 0x00000006, 0x00000002, 0x0004002b, 0x00000006,
    0x00000034, 0x00000002, 0x00020014, 0x00000035, 0x0004002b, 0x00000008, 0x0000003a, 0x40f00000,
    0x0004002b, 0x00000006, 0x0000003d, 0x00000003, 0x0004002b, 0x00000008, 0x0000003f, 0x3fc00000,
    0x0004002b, 0x00000008, 0x00000040, 0x00000000, 0x0018001e, 0x00000046, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000008, 0x00000006, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00000006,
    0x00000006, 0x00000006, 0x00000006, 0x00000006, 0x00040020, 0x00000047, 0x00000009, 0x00000046,
    0x0004003b, 0x00000047, 0x00000048, 0x00000009, 0x00040015, 0x00000049, 0x00000020, 0x00000001,
    0x0004002b, 0x00000049, 0x0000004a, 0x00000002, 0x00040020, 0x0000004b, 0x00000009, 0x00000006,
    0x0004002b, 0x00000049, 0x0000007b, 0x00000003, 0x00040017, 0x00000083, 0x00000008, 0x00000002,
    0x0003001d, 0x00000086, 0x00000083, 0x0003001e, 0x00000087, 0x00000086, 0x00040020, 0x00000088,
    0x0000000c, 0x00000087, 0x0004003b, 0x00000088, 0x00000089, 0x0000000c, 0x0004002b, 0x00000049,
    0x0000008a, 0x00000000, 0x0003001e, 0x0000008b, 0x00000006, 0x00040020, 0x0000008c, 0x0000000c,
    0x0000008b, 0x0004003b, 0x0000008c, 0x0000008d, 0x0000000c, 0x00040020, 0x0000008e, 0x0000000c,
    0x00000006, 0x00040020, 0x00000097, 0x0000000c, 0x00000083, 0x0004002b, 0x00000049, 0x0000009f,
    0x00000004, 0x0004002b, 0x00000006, 0x000000a2, 0x00000000, 0x0004002b, 0x00000006, 0x000000b9,
    0x00000001, 0x0003001d, 0x000000bd, 0x00000008, 0x0003001e, 0x000000be, 0x000000bd, 0x00040020,
    0x000000bf, 0x0000000c, 0x000000be, 0x0004003b, 0x000000bf, 0x000000c0, 0x0000000c, 0x00040020,
    0x000000c2, 0x0000000c, 0x00000008, 0x0004002b, 0x00000006, 0x000000df, 0x00000048, 0x0004002b,
    0x00000006, 0x000000e0, 0x00000108, 0x0004002b, 0x00000006, 0x000000e4, 0x00000008, 0x0003001d,
    0x000000e6, 0x00000006, 0x0003001e, 0x000000e7, 0x000000e6, 0x00040020, 0x000000e8, 0x0000000c,
    0x000000e7, 0x0004003b, 0x000000e8, 0x000000e9, 0x0000000c, 0x0004002b, 0x00000006, 0x000000ed,
    0x000000ff, 0x0004002b, 0x00000006, 0x000000fd, 0x0000ffff, 0x0004002b, 0x00000008, 0x0000010e,
    0xc2fe0000, 0x0004002b, 0x00000008, 0x0000010f, 0x42fe0000, 0x0004002b, 0x00000008, 0x0000011c,
    0x41700000, 0x0004002b, 0x00000008, 0x0000011d, 0x40400000, 0x0004002b, 0x00000049, 0x00000123,
    0x00000008, 0x0004002b, 0x00000049, 0x0000013e, 0x00000001, 0x0004002b, 0x00000008, 0x0000014f,
    0x7f800000, 0x0004002b, 0x00000006, 0x00000159, 0x00000006, 0x0004002b, 0x00000006, 0x0000015a,
    0x0000000c, 0x0004002b, 0x00000008, 0x00000167, 0x3f800000, 0x0004002b, 0x00000008, 0x00000168,
    0x3d4ccccd, 0x0004002b, 0x00000006, 0x00000221, 0x00000010, 0x0004002b, 0x00000006, 0x0000024f,
    0x00000020, 0x0004002b, 0x00000006, 0x0000026c, 0x00000004, 0x00040020, 0x00000297, 0x00000001,
    0x00000006, 0x0004003b, 0x00000297, 0x00000298, 0x00000001, 0x0004002b, 0x00000006, 0x000002bf,
    0x00000100, 0x0004002b, 0x00000049, 0x000002cc, 0x00000007, 0x0003001d, 0x000002ea, 0x00000008,
    0x0003001e, 0x000002eb, 0x000002ea, 0x00040020, 0x000002ec, 0x0000000c, 0x000002eb, 0x0004003b,
    0x000002ec, 0x000002ed, 0x0000000c, 0x0004002b, 0x00000049, 0x00000340, 0x0000000c, 0x0004002b,
    0x00000049, 0x00000344, 0x00000011, 0x0004002b, 0x00000049, 0x00000354, 0x0000000d, 0x0004002b,
    0x00000049, 0x00000358, 0x00000012, 0x0004002b, 0x00000049, 0x00000362, 0x00000010, 0x0004002b,
    0x00000049, 0x00000366, 0x00000015, 0x0004002b, 0x00000049, 0x0000036c, 0xffffffff, 0x0004002b,
    0x00000049, 0x0000037b, 0x00000009, 0x0004002b, 0x00000049, 0x00000386, 0x0000000e, 0x0004002b,
    0x00000049, 0x0000038a, 0x00000013, 0x0004002b, 0x00000049, 0x00000394, 0x0000000a, 0x0004002b,
    0x00000049, 0x0000039f, 0x0000000f, 0x0004002b, 0x00000049, 0x000003a3, 0x00000014, 0x00040017,
    0x00000414, 0x00000006, 0x00000003, 0x0006002c, 0x00000414, 0x00000415, 0x000002bf, 0x000000b9,
    0x000000b9, 0x00050036, 0x00000002, 0x00000004, 0x00000000, 0x00000003, 0x000200f8, 0x00000005,
    0x0004003d, 0x00000006, 0x00000299, 0x00000298, 0x00050041, 0x0000004b, 0x0000029b, 0x00000048,
    0x0000004a, 0x0004003d, 0x00000006, 0x0000029c, 0x0000029b, 0x00050086, 0x00000006, 0x0000029f,
    0x0000029c, 0x00000034, 0x00050041, 0x0000004b, 0x000002a1, 0x00000048, 0x0000013e, 0x0004003d,
    0x00000006, 0x000002a2, 0x000002a1, 0x00050084, 0x00000006, 0x000002a6, 0x000002a2, 0x0000029c,
    0x00050086, 0x00000006, 0x000002a9, 0x000002a6, 0x00000034, 0x00050041, 0x0000008e, 0x000002ab,
    0x0000008d, 0x0000008a, 0x0004003d, 0x00000006, 0x000002ac, 0x000002ab, 0x000200f9, 0x000002af,
    0x000200f8, 0x000002af, 0x000700f5, 0x00000006, 0x00000763, 0x00000299, 0x00000005, 0x000002c1,
    0x000002b2, 0x00050041, 0x0000004b, 0x000002b5, 0x00000048, 0x0000008a, 0x0004003d, 0x00000006,
    0x000002b6, 0x000002b5, 0x00050080, 0x00000006, 0x000002b8, 0x000002b6, 0x000002a2, 0x00050084,
    0x00000006, 0x000002ba, 0x000002b8, 0x0000029f, 0x000500b0, 0x00000035, 0x000002bb, 0x00000763,
    0x000002ba, 0x000400f6, 0x000002b1, 0x000002b2, 0x00000000, 0x000400fa, 0x000002bb, 0x000002b0,
    0x000002b1, 0x000200f8, 0x000002b0, 0x000300f7, 0x00000482, 0x00000000, 0x000300fb, 0x000000a2,
    0x00000430, 0x000200f8, 0x00000430, 0x00050086, 0x00000006, 0x00000436, 0x00000763, 0x0000029f,
    0x00050089, 0x00000006, 0x00000439, 0x00000763, 0x0000029f, 0x00050041, 0x0000004b, 0x0000043b,
    0x00000048, 0x0000007b, 0x0004003d, 0x00000006, 0x0000043c, 0x0000043b, 0x00050086, 0x00000006,
    0x0000043d, 0x0000043c, 0x00000034, 0x000500ae, 0x00000035, 0x0000043e, 0x00000439, 0x0000043d,
    0x000300f7, 0x00000440, 0x00000000, 0x000400fa, 0x0000043e, 0x0000043f, 0x00000440, 0x000200f8,
    0x0000043f, 0x000200f9, 0x00000482, 0x000200f8, 0x00000440, 0x0004003d, 0x00000006, 0x00000442,
    0x000002ab, 0x00050084, 0x00000006, 0x00000446, 0x00000442, 0x0000043d, 0x00050080, 0x00000006,
    0x00000448, 0x00000446, 0x00000439, 0x00060041, 0x00000097, 0x00000449, 0x00000089, 0x0000008a,
    0x00000448, 0x0004003d, 0x00000083, 0x0000044a, 0x00000449, 0x00050084, 0x00000006, 0x0000044e,
    0x00000436, 0x0000029c, 0x00050041, 0x0000004b, 0x0000044f, 0x00000048, 0x0000009f, 0x0004003d,
    0x00000006, 0x00000450, 0x0000044f, 0x000500ab, 0x00000035, 0x00000451, 0x00000450, 0x000000a2,
    0x000300f7, 0x00000457, 0x00000000, 0x000400fa, 0x00000451, 0x00000452, 0x00000454, 0x000200f8,
    0x00000452, 0x000200f9, 0x00000457, 0x000200f8, 0x00000454, 0x00050084, 0x00000006, 0x00000456,
    0x00000034, 0x00000439, 0x000200f9, 0x00000457, 0x000200f8, 0x00000457, 0x000700f5, 0x00000006,
    0x000007dc, 0x00000439, 0x00000452, 0x00000456, 0x00000454, 0x00050080, 0x00000006, 0x00000459,
    0x0000044e, 0x000007dc, 0x000300f7, 0x00000463, 0x00000000, 0x000400fa, 0x00000451, 0x0000045e,
    0x00000462, 0x000200f8, 0x0000045e, 0x000200f9, 0x00000463, 0x000200f8, 0x00000462, 0x000200f9,
    0x00000463, 0x000200f8, 0x00000463, 0x000700f5, 0x00000006, 0x000007dd, 0x0000043d, 0x0000045e,
    0x000000b9, 0x00000462, 0x00050080, 0x00000006, 0x00000465, 0x00000459, 0x000007dd, 0x00060041,
    0x000000c2, 0x00000467, 0x000000c0, 0x0000008a, 0x00000459, 0x0004003d, 0x00000008, 0x00000468,
    0x00000467, 0x00060041, 0x000000c2, 0x0000046a, 0x000000c0, 0x0000008a, 0x00000465, 0x0004003d,
    0x00000008, 0x0000046b, 0x0000046a, 0x00050051, 0x00000008, 0x0000046f, 0x0000044a, 0x00000000,
    0x00050085, 0x00000008, 0x00000470, 0x00000468, 0x0000046f, 0x00050051, 0x00000008, 0x00000473,
    0x0000044a, 0x00000001, 0x00050085, 0x00000008, 0x00000474, 0x0000046b, 0x00000473, 0x00050083,
    0x00000008, 0x00000475, 0x00000470, 0x00000474, 0x0003003e, 0x00000467, 0x00000475, 0x00050085,
    0x00000008, 0x0000047b, 0x00000468, 0x00000473, 0x00050085, 0x00000008, 0x0000047f, 0x0000046b,
    0x0000046f, 0x00050081, 0x00000008, 0x00000480, 0x0000047b, 0x0000047f, 0x0003003e, 0x0000046a,
    0x00000480, 0x000200f9, 0x00000482, 0x000200f8, 0x00000482, 0x000200f9, 0x000002b2, 0x000200f8,
    0x000002b2, 0x00050080, 0x00000006, 0x000002c1, 0x00000763, 0x000002bf, 0x000200f9, 0x000002af,
    0x000200f8, 0x000002b1, 0x000300e1, 0x000000b9, 0x000000df, 0x000400e0, 0x00000034, 0x00000034,
    0x000000e0, 0x00050084, 0x00000006, 0x000002c7, 0x000002b6, 0x0000029c, 0x00050080, 0x00000006,
    0x000002cb, 0x000002c7, 0x000002a6, 0x00050041, 0x0000004b, 0x000002cd, 0x00000048, 0x000002cc,
    0x0004003d, 0x00000006, 0x000002ce, 0x000002cd, 0x000500ab, 0x00000035, 0x000002cf, 0x000002ce,
    0x000000a2, 0x000300f7, 0x000002d1, 0x00000000, 0x000400fa, 0x000002cf, 0x000002d0, 0x000002d1,
    0x000200f8, 0x000002d0, 0x00040070, 0x00000008, 0x000002d4, 0x0000029c, 0x0006000c, 0x00000008,
    0x000002d5, 0x00000001, 0x0000001f, 0x000002d4, 0x00050088, 0x00000008, 0x000002d6, 0x00000167,
    0x000002d5, 0x000200f9, 0x000002d9, 0x000200f8, 0x000002d9, 0x000700f5, 0x00000006, 0x00000764,
    0x00000299, 0x000002d0, 0x000002f8, 0x000002da, 0x00050084, 0x00000006, 0x000002e0, 0x00000034,
    0x000002a6, 0x000500b0, 0x00000035, 0x000002e1, 0x00000764, 0x000002e0, 0x000400f6, 0x000002db,
    0x000002da, 0x00000000, 0x000400fa, 0x000002e1, 0x000002da, 0x000002db, 0x000200f8, 0x000002da,
    0x00050080, 0x00000006, 0x000002e4, 0x000002c7, 0x00000764, 0x00060041, 0x000000c2, 0x000002e8,
    0x000000c0, 0x0000008a, 0x000002e4, 0x0004003d, 0x00000008, 0x000002e9, 0x000002e8, 0x00050089,
    0x00000006, 0x000002f0, 0x00000764, 0x0000029c, 0x00060041, 0x000000c2, 0x000002f1, 0x000002ed,
    0x0000008a, 0x000002f0, 0x0004003d, 0x00000008, 0x000002f2, 0x000002f1, 0x00050085, 0x00000008,
    0x000002f3, 0x000002e9, 0x000002f2, 0x00050085, 0x00000008, 0x000002f5, 0x000002f3, 0x000002d6,
    0x0003003e, 0x000002e8, 0x000002f5, 0x00050080, 0x00000006, 0x000002f8, 0x00000764, 0x000002bf,
    0x000200f9, 0x000002d9, 0x000200f8, 0x000002db, 0x000300e1, 0x000000b9, 0x000000df, 0x000400e0,
    0x00000034, 0x00000034, 0x000000e0, 0x000200f9, 0x000002fb, 0x000200f8, 0x000002fb, 0x000700f5,
    0x00000006, 0x00000765, 0x000000b9, 0x000002db, 0x00000331, 0x000002fe, 0x000500b0, 0x00000035,
    0x00000302, 0x00000765, 0x0000029c, 0x000400f6, 0x000002fd, 0x000002fe, 0x00000000, 0x000400fa,
    0x00000302, 0x000002fc, 0x000002fd, 0x000200f8, 0x000002fc, 0x000200f9, 0x00000305, 0x000200f8,
    0x00000305, 0x000700f5, 0x00000006, 0x000007da, 0x00000299, 0x000002fc, 0x0000032e, 0x00000306,
    0x000500b0, 0x00000035, 0x0000030c, 0x000007da, 0x000002a6, 0x000400f6, 0x00000307, 0x00000306,
    0x00000000, 0x000400fa, 0x0000030c, 0x00000306, 0x00000307, 0x000200f8, 0x00000306, 0x00050086,
    0x00000006, 0x00000490, 0x000007da, 0x0000029f, 0x00050089, 0x00000006, 0x00000493, 0x000007da,
    0x0000029f, 0x00050084, 0x00000006, 0x00000497, 0x00000490, 0x0000029c, 0x00050086, 0x00000006,
    0x0000049a, 0x00000493, 0x00000765, 0x00050084, 0x00000006, 0x0000049b, 0x0000049a, 0x00000034,
    0x00050084, 0x00000006, 0x0000049d, 0x0000049b, 0x00000765, 0x00050080, 0x00000006, 0x0000049e,
    0x00000497, 0x0000049d, 0x00050089, 0x00000006, 0x000004a1, 0x00000493, 0x00000765, 0x00050080,
    0x00000006, 0x000004a2, 0x0000049e, 0x000004a1, 0x00050080, 0x00000006, 0x000004a6, 0x000004a2,
    0x00000765, 0x00050050, 0x0000000d, 0x000004a7, 0x000004a2, 0x000004a6, 0x00050050, 0x0000000d,
    0x00000315, 0x000002c7, 0x000002c7, 0x00050080, 0x0000000d, 0x00000316, 0x000004a7, 0x00000315,
    0x00050051, 0x00000006, 0x00000319, 0x00000316, 0x00000000, 0x00060041, 0x000000c2, 0x0000031a,
    0x000000c0, 0x0000008a, 0x00000319, 0x0004003d, 0x00000008, 0x0000031b, 0x0000031a, 0x00050051,
    0x00000006, 0x0000031e, 0x00000316, 0x00000001, 0x00060041, 0x000000c2, 0x0000031f, 0x000000c0,
    0x0000008a, 0x0000031e, 0x0004003d, 0x00000008, 0x00000320, 0x0000031f, 0x00050081, 0x00000008,
    0x00000325, 0x0000031b, 0x00000320, 0x0003003e, 0x0000031a, 0x00000325, 0x00050083, 0x00000008,
    0x0000032b, 0x0000031b, 0x00000320, 0x0003003e, 0x0000031f, 0x0000032b, 0x00050080, 0x00000006,
    0x0000032e, 0x000007da, 0x000002bf, 0x000200f9, 0x00000305, 0x000200f8, 0x00000307, 0x000300e1,
    0x000000b9, 0x000000df, 0x000400e0, 0x00000034, 0x00000034, 0x000000e0, 0x000200f9, 0x000002fe,
    0x000200f8, 0x000002fe, 0x00050084, 0x00000006, 0x00000331, 0x00000765, 0x00000034, 0x000200f9,
    0x000002fb, 0x000200f8, 0x000002fd, 0x000200f9, 0x000002d1, 0x000200f8, 0x000002d1, 0x000200f9,
    0x00000333, 0x000200f8, 0x00000333, 0x000700f5, 0x00000006, 0x00000766, 0x000000a2, 0x000002d1,
    0x00000413, 0x00000336, 0x000500b0, 0x00000035, 0x00000339, 0x00000766, 0x00000034, 0x000400f6,
    0x00000335, 0x00000336, 0x00000000, 0x000400fa, 0x00000339, 0x00000334, 0x00000335, 0x000200f8,
    0x00000334, 0x000500aa, 0x00000035, 0x0000033c, 0x00000766, 0x000000a2, 0x000300f7, 0x0000033f,
    0x00000000, 0x000400fa, 0x0000033c, 0x0000033e, 0x00000343, 0x000200f8, 0x0000033e, 0x00050041,
    0x0000004b, 0x00000341, 0x00000048, 0x00000340, 0x0004003d, 0x00000006, 0x00000342, 0x00000341,
    0x000200f9, 0x0000033f, 0x000200f8, 0x00000343, 0x00050041, 0x0000004b, 0x00000345, 0x00000048,
    0x00000344, 0x0004003d, 0x00000006, 0x00000346, 0x00000345, 0x000200f9, 0x0000033f, 0x000200f8,
    0x0000033f, 0x000700f5, 0x00000006, 0x00000767, 0x00000342, 0x0000033e, 0x00000346, 0x00000343,
    0x000600a9, 0x00000006, 0x0000034d, 0x0000033c, 0x000002c7, 0x000002cb, 0x000300f7, 0x00000353,
    0x00000000, 0x000400fa, 0x0000033c, 0x00000352, 0x00000357, 0x000200f8, 0x00000352, 0x00050041,
    0x0000004b, 0x00000355, 0x00000048, 0x00000354, 0x0004003d, 0x00000006, 0x00000356, 0x00000355,
    0x000200f9, 0x00000353, 0x000200f8, 0x00000357, 0x00050041, 0x0000004b, 0x00000359, 0x00000048,
    0x00000358, 0x0004003d, 0x00000006, 0x0000035a, 0x00000359, 0x000200f9, 0x00000353, 0x000200f8,
    0x00000353, 0x000700f5, 0x00000006, 0x00000769, 0x00000356, 0x00000352, 0x0000035a, 0x00000357,
    0x000300f7, 0x00000361, 0x00000000, 0x000400fa, 0x0000033c, 0x00000360, 0x00000365, 0x000200f8,
    0x00000360, 0x00050041, 0x0000004b, 0x00000363, 0x00000048, 0x00000362, 0x0004003d, 0x00000006,
    0x00000364, 0x00000363, 0x000200f9, 0x00000361, 0x000200f8, 0x00000365, 0x00050041, 0x0000004b,
    0x00000367, 0x00000048, 0x00000366, 0x0004003d, 0x00000006, 0x00000368, 0x00000367, 0x000200f9,
    0x00000361, 0x000200f8, 0x00000361, 0x000700f5, 0x00000006, 0x0000076b, 0x00000364, 0x00000360,
    0x00000368, 0x00000365, 0x000500aa, 0x00000035, 0x0000036f, 0x00000767, 0x000000a2, 0x000300f7,
    0x00000371, 0x00000000, 0x000400fa, 0x0000036f, 0x00000370, 0x00000379, 0x000200f8, 0x00000370,
    0x00050086, 0x00000006, 0x00000373, 0x00000769, 0x0000026c, 0x00050084, 0x00000006, 0x00000376,
    0x000002ac, 0x000002a9, 0x00050080, 0x00000006, 0x00000377, 0x00000373, 0x00000376, 0x0004007c,
    0x00000049, 0x00000378, 0x00000377, 0x000200f9, 0x00000371, 0x000200f8, 0x00000379, 0x00050041,
    0x0000004b, 0x0000037c, 0x00000048, 0x0000037b, 0x0004003d, 0x00000006, 0x0000037d, 0x0000037c,
    0x000500b0, 0x00000035, 0x0000037e, 0x000002ac, 0x0000037d, 0x000300f7, 0x00000380, 0x00000000,
    0x000400fa, 0x0000037e, 0x0000037f, 0x00000380, 0x000200f8, 0x0000037f, 0x000300f7, 0x00000385,
    0x00000000, 0x000400fa, 0x0000033c, 0x00000384, 0x00000389, 0x000200f8, 0x00000384, 0x00050041,
    0x0000004b, 0x00000387, 0x00000048, 0x00000386, 0x0004003d, 0x00000006, 0x00000388, 0x00000387,
    0x000200f9, 0x00000385, 0x000200f8, 0x00000389, 0x00050041, 0x0000004b, 0x0000038b, 0x00000048,
    0x0000038a, 0x0004003d, 0x00000006, 0x0000038c, 0x0000038b, 0x000200f9, 0x00000385, 0x000200f8,
    0x00000385, 0x000700f5, 0x00000006, 0x0000076d, 0x00000388, 0x00000384, 0x0000038c, 0x00000389,
    0x00050086, 0x00000006, 0x0000038e, 0x0000076d, 0x0000026c, 0x00050084, 0x00000006, 0x00000391,
    0x000002ac, 0x000002a9, 0x00050080, 0x00000006, 0x00000392, 0x0000038e, 0x00000391, 0x0004007c,
    0x00000049, 0x00000393, 0x00000392, 0x000200f9, 0x00000380, 0x000200f8, 0x00000380, 0x000700f5,
    0x00000049, 0x000007d0, 0x0000036c, 0x00000379, 0x00000393, 0x00000385, 0x00050041, 0x0000004b,
    0x00000395, 0x00000048, 0x00000394, 0x0004003d, 0x00000006, 0x00000396, 0x00000395, 0x000500ab,
    0x00000035, 0x00000397, 0x00000396, 0x000000a2, 0x000300f7, 0x00000399, 0x00000000, 0x000400fa,
    0x00000397, 0x00000398, 0x00000399, 0x000200f8, 0x00000398, 0x000300f7, 0x0000039e, 0x00000000,
    0x000400fa, 0x0000033c, 0x0000039d, 0x000003a2, 0x000200f8, 0x0000039d, 0x00050041, 0x0000004b,
    0x000003a0, 0x00000048, 0x0000039f, 0x0004003d, 0x00000006, 0x000003a1, 0x000003a0, 0x000200f9,
    0x0000039e, 0x000200f8, 0x000003a2, 0x00050041, 0x0000004b, 0x000003a4, 0x00000048, 0x000003a3,
    0x0004003d, 0x00000006, 0x000003a5, 0x000003a4, 0x000200f9, 0x0000039e, 0x000200f8, 0x0000039e,
    0x000700f5, 0x00000006, 0x00000770, 0x000003a1, 0x0000039d, 0x000003a5, 0x000003a2, 0x00050086,
    0x00000006, 0x000003a7, 0x00000770, 0x0000026c, 0x00050089, 0x00000006, 0x000003ab, 0x000002ac,
    0x00000396, 0x00050084, 0x00000006, 0x000003ad, 0x000003ab, 0x000002a9, 0x00050080, 0x00000006,
    0x000003ae, 0x000003a7, 0x000003ad, 0x0004007c, 0x00000049, 0x000003af, 0x000003ae, 0x000200f9,
    0x00000399, 0x000200f8, 0x00000399, 0x000700f5, 0x00000049, 0x000007d5, 0x0000036c, 0x00000380,
    0x000003af, 0x0000039e, 0x000200f9, 0x00000371, 0x000200f8, 0x00000371, 0x000700f5, 0x00000049,
    0x000007d4, 0x0000036c, 0x00000370, 0x000007d5, 0x00000399, 0x000700f5, 0x00000049, 0x000007ce,
    0x00000378, 0x00000370, 0x000007d0, 0x00000399, 0x000200f9, 0x000003b2, 0x000200f8, 0x000003b2,
    0x000700f5, 0x00000006, 0x00000771, 0x00000299, 0x00000371, 0x000003df, 0x000003b5, 0x000500b0,
    0x00000035, 0x000003b9, 0x00000771, 0x000002a9, 0x000400f6, 0x000003b4, 0x000003b5, 0x00000000,
    0x000400fa, 0x000003b9, 0x000003b3, 0x000003b4, 0x000200f8, 0x000003b3, 0x00050084, 0x00000006,
    0x000003bd, 0x00000034, 0x00000771, 0x00050080, 0x00000006, 0x000003be, 0x0000034d, 0x000003bd,
    0x00060041, 0x000000c2, 0x000003bf, 0x000000c0, 0x0000008a, 0x000003be, 0x0004003d, 0x00000008,
    0x000003c0, 0x000003bf, 0x00050080, 0x00000006, 0x000003c5, 0x000003be, 0x000000b9, 0x00060041,
    0x000000c2, 0x000003c6, 0x000000c0, 0x0000008a, 0x000003c5, 0x0004003d, 0x00000008, 0x000003c7,
    0x000003c6, 0x00050050, 0x00000083, 0x000003c8, 0x000003c0, 0x000003c7, 0x0006000c, 0x00000006,
    0x000003c9, 0x00000001, 0x0000003a, 0x000003c8, 0x000500af, 0x00000035, 0x000003cb, 0x000007ce,
    0x0000008a, 0x000300f7, 0x000003cd, 0x00000000, 0x000400fa, 0x000003cb, 0x000003cc, 0x000003cd,
    0x000200f8, 0x000003cc, 0x0004007c, 0x00000006, 0x000003cf, 0x000007ce, 0x00050080, 0x00000006,
    0x000003d1, 0x000003cf, 0x00000771, 0x00060041, 0x0000008e, 0x000003d3, 0x000000e9, 0x0000008a,
    0x000003d1, 0x0003003e, 0x000003d3, 0x000003c9, 0x000200f9, 0x000003cd, 0x000200f8, 0x000003cd,
    0x000500af, 0x00000035, 0x000003d5, 0x000007d4, 0x0000008a, 0x000300f7, 0x000003d7, 0x00000000,
    0x000400fa, 0x000003d5, 0x000003d6, 0x000003d7, 0x000200f8, 0x000003d6, 0x0004007c, 0x00000006,
    0x000003d9, 0x000007d4, 0x00050080, 0x00000006, 0x000003db, 0x000003d9, 0x00000771, 0x00060041,
    0x0000008e, 0x000003dd, 0x000000e9, 0x0000008a, 0x000003db, 0x0003003e, 0x000003dd, 0x000003c9,
    0x000200f9, 0x000003d7, 0x000200f8, 0x000003d7, 0x000200f9, 0x000003b5, 0x000200f8, 0x000003b5,
    0x00050080, 0x00000006, 0x000003df, 0x00000771, 0x000002bf, 0x000200f9, 0x000003b2, 0x000200f8,
    0x000003b4, 0x000500ab, 0x00000035, 0x000003e1, 0x00000767, 0x000000a2, 0x000300f7, 0x000003e3,
    0x00000000, 0x000400fa, 0x000003e1, 0x000003e2, 0x000003e3, 0x000200f8, 0x000003e2, 0x00050041,
    0x0000004b, 0x000003e6, 0x00000048, 0x00000123, 0x0004003d, 0x00000006, 0x000003e7, 0x000003e6,
    0x00050086, 0x00000006, 0x000003e8, 0x0000029c, 0x000003e7, 0x000200f9, 0x000003eb, 0x000200f8,
    0x000003eb, 0x000700f5, 0x00000006, 0x00000772, 0x00000299, 0x000003e2, 0x00000411, 0x000003ee,
    0x00050084, 0x00000006, 0x000003f3, 0x000002a2, 0x000003e8, 0x000500b0, 0x00000035, 0x000003f4,
    0x00000772, 0x000003f3, 0x000400f6, 0x000003ed, 0x000003ee, 0x00000000, 0x000400fa, 0x000003f4,
    0x000003ec, 0x000003ed, 0x000200f8, 0x000003ec, 0x00050086, 0x00000006, 0x000003f8, 0x00000772,
    0x000003e8, 0x00050084, 0x00000006, 0x000003fc, 0x000003f8, 0x0000029c, 0x00050080, 0x00000006,
    0x000003fd, 0x0000034d, 0x000003fc, 0x00050084, 0x00000006, 0x00000401, 0x000002ac, 0x000002a2,
    0x00050080, 0x00000006, 0x00000403, 0x00000401, 0x000003f8, 0x00050084, 0x00000006, 0x00000405,
    0x00000403, 0x0000076b, 0x00050080, 0x00000006, 0x00000406, 0x00000769, 0x00000405, 0x00050089,
    0x00000006, 0x00000409, 0x00000772, 0x000003e8, 0x00050084, 0x00000006, 0x000004eb, 0x00000409,
    0x000003e7, 0x00050080, 0x00000006, 0x000004ed, 0x000003fd, 0x000004eb, 0x000200f9, 0x000004ee,
    0x000200f8, 0x000004ee, 0x000700f5, 0x00000008, 0x0000077a, 0x00000040, 0x000003ec, 0x000004fb,
    0x000004f3, 0x000700f5, 0x00000006, 0x00000779, 0x000000a2, 0x000003ec, 0x000004fe, 0x000004f3,
    0x000500b0, 0x00000035, 0x000004f2, 0x00000779, 0x000003e7, 0x000400f6, 0x000004ff, 0x000004f3,
    0x00000000, 0x000400fa, 0x000004f2, 0x000004f3, 0x000004ff, 0x000200f8, 0x000004f3, 0x00050080,
    0x00000006, 0x000004f7, 0x000004ed, 0x00000779, 0x00060041, 0x000000c2, 0x000004f8, 0x000000c0,
    0x0000008a, 0x000004f7, 0x0004003d, 0x00000008, 0x000004f9, 0x000004f8, 0x0006000c, 0x00000008,
    0x000004fa, 0x00000001, 0x00000004, 0x000004f9, 0x0007000c, 0x00000008, 0x000004fb, 0x00000001,
    0x00000028, 0x0000077a, 0x000004fa, 0x00050080, 0x00000006, 0x000004fe, 0x00000779, 0x0000013e,
    0x000200f9, 0x000004ee, 0x000200f8, 0x000004ff, 0x000500ba, 0x00000035, 0x00000501, 0x0000077a,
    0x00000040, 0x000300f7, 0x0000055e, 0x00000000, 0x000400fa, 0x00000501, 0x00000502, 0x0000055e,
    0x000200f8, 0x00000502, 0x000500aa, 0x00000035, 0x00000617, 0x00000767, 0x00000034, 0x000300f7,
    0x0000061d, 0x00000000, 0x000400fa, 0x00000617, 0x00000618, 0x00000619, 0x000200f8, 0x00000618,
    0x000200f9, 0x0000061d, 0x000200f8, 0x00000619, 0x000500aa, 0x00000035, 0x0000061b, 0x00000767,
    0x0000003d, 0x000600a9, 0x00000008, 0x0000061c, 0x0000061b, 0x0000003f, 0x00000040, 0x000200f9,
    0x0000061d, 0x000200f8, 0x0000061d, 0x000700f5, 0x00000008, 0x0000077b, 0x0000003a, 0x00000618,
    0x0000061c, 0x00000619, 0x000500aa, 0x00000035, 0x00000506, 0x00000767, 0x000000b9, 0x000600a9,
    0x00000008, 0x00000508, 0x00000506, 0x0000010f, 0x0000077b, 0x000300f7, 0x00000510, 0x00000000,
    0x000400fa, 0x00000506, 0x0000050b, 0x0000050c, 0x000200f8, 0x0000050b, 0x000200f9, 0x00000510,
    0x000200f8, 0x0000050c, 0x000600a9, 0x00000006, 0x0000050f, 0x00000617, 0x00000159, 0x0000015a,
    0x000200f9, 0x00000510, 0x000200f8, 0x00000510, 0x000700f5, 0x00000006, 0x0000077c, 0x000000b9,
    0x0000050b, 0x0000050f, 0x0000050c, 0x000200f9, 0x00000512, 0x000200f8, 0x00000512, 0x000700f5,
    0x00000008, 0x000007bc, 0x0000014f, 0x00000510, 0x00000819, 0x0000055a, 0x000700f5, 0x00000006,
    0x0000077f, 0x000000a2, 0x00000510, 0x000007ff, 0x0000055a, 0x000700f5, 0x00000006, 0x0000077d,
    0x000000a2, 0x00000510, 0x0000055c, 0x0000055a, 0x000500b0, 0x00000035, 0x00000516, 0x0000077d,
    0x0000077c, 0x000400f6, 0x0000055d, 0x0000055a, 0x00000000, 0x000400fa, 0x00000516, 0x00000517,
    0x0000055d, 0x000200f8, 0x00000517, 0x00040070, 0x00000008, 0x00000519, 0x0000077d, 0x00050085,
    0x00000008, 0x0000051a, 0x00000168, 0x00000519, 0x00050083, 0x00000008, 0x0000051b, 0x00000167,
    0x0000051a, 0x00050085, 0x00000008, 0x0000051e, 0x0000077a, 0x0000051b, 0x00050088, 0x00000008,
    0x00000520, 0x0000051e, 0x00000508, 0x00050050, 0x00000083, 0x00000622, 0x00000520, 0x00000040,
    0x0006000c, 0x00000006, 0x00000623, 0x00000001, 0x0000003a, 0x00000622, 0x000500c7, 0x00000006,
    0x00000624, 0x00000623, 0x000000fd, 0x0006000c, 0x00000083, 0x00000628, 0x00000001, 0x0000003e,
    0x00000624, 0x00050051, 0x00000008, 0x00000629, 0x00000628, 0x00000000, 0x000500b4, 0x00000035,
    0x00000525, 0x00000629, 0x00000040, 0x000300f7, 0x00000527, 0x00000000, 0x000400fa, 0x00000525,
    0x00000526, 0x00000527, 0x000200f8, 0x00000526, 0x000200f9, 0x0000055a, 0x000200f8, 0x00000527,
    0x00050088, 0x00000008, 0x00000529, 0x00000167, 0x00000629, 0x000200f9, 0x0000052a, 0x000200f8,
    0x0000052a, 0x000700f5, 0x00000008, 0x000007ba, 0x00000040, 0x00000527, 0x0000054e, 0x0000054f,
    0x000700f5, 0x00000006, 0x000007b9, 0x000000a2, 0x00000527, 0x00000551, 0x0000054f, 0x000500b0,
    0x00000035, 0x0000052e, 0x000007b9, 0x000003e7, 0x000400f6, 0x00000552, 0x0000054f, 0x00000000,
    0x000400fa, 0x0000052e, 0x0000052f, 0x00000552, 0x000200f8, 0x0000052f, 0x00050080, 0x00000006,
    0x00000532, 0x000004ed, 0x000007b9, 0x00060041, 0x000000c2, 0x00000533, 0x000000c0, 0x0000008a,
    0x00000532, 0x0004003d, 0x00000008, 0x00000534, 0x00000533, 0x000300f7, 0x00000541, 0x00000000,
    0x000400fa, 0x00000506, 0x00000537, 0x0000053c, 0x000200f8, 0x00000537, 0x00050085, 0x00000008,
    0x0000053a, 0x00000534, 0x00000529, 0x0006000c, 0x00000008, 0x0000053b, 0x00000001, 0x00000002,
    0x0000053a, 0x000200f9, 0x00000541, 0x000200f8, 0x0000053c, 0x000300f7, 0x00000644, 0x00000000,
    0x000300fb, 0x000000a2, 0x0000062f, 0x000200f8, 0x0000062f, 0x000300f7, 0x00000638, 0x00000000,
    0x000400fa, 0x00000506, 0x00000632, 0x00000638, 0x000200f8, 0x00000632, 0x00050085, 0x00000008,
    0x00000635, 0x00000534, 0x00000529, 0x0006000c, 0x00000008, 0x00000636, 0x00000001, 0x00000002,
    0x00000635, 0x0008000c, 0x00000008, 0x00000637, 0x00000001, 0x0000002b, 0x00000636, 0x0000010e,
    0x0000010f, 0x000200f9, 0x00000644, 0x000200f8, 0x00000638, 0x000300f7, 0x00000650, 0x00000000,
    0x000400fa, 0x00000617, 0x0000064b, 0x0000064c, 0x000200f8, 0x0000064b, 0x000200f9, 0x00000650,
    0x000200f8, 0x0000064c, 0x000500aa, 0x00000035, 0x0000064e, 0x00000767, 0x0000003d, 0x000600a9,
    0x00000008, 0x0000064f, 0x0000064e, 0x0000003f, 0x00000040, 0x000200f9, 0x00000650, 0x000200f8,
    0x00000650, 0x000700f5, 0x00000008, 0x000007be, 0x0000003a, 0x0000064b, 0x0000064f, 0x0000064c,
    0x0008000c, 0x00000008, 0x0000063e, 0x00000001, 0x00000032, 0x00000534, 0x00000529, 0x000007be,
    0x0006000c, 0x00000008, 0x0000063f, 0x00000001, 0x00000002, 0x0000063e, 0x000600a9, 0x00000008,
    0x00000642, 0x00000617, 0x0000011c, 0x0000011d, 0x0008000c, 0x00000008, 0x00000643, 0x00000001,
    0x0000002b, 0x0000063f, 0x00000040, 0x00000642, 0x000200f9, 0x00000644, 0x000200f8, 0x00000644,
    0x000700f5, 0x00000008, 0x000007bf, 0x00000637, 0x00000632, 0x00000643, 0x00000650, 0x000200f9,
    0x00000541, 0x000200f8, 0x00000541, 0x000700f5, 0x00000008, 0x000007c0, 0x0000053b, 0x00000537,
    0x000007bf, 0x00000644, 0x00050083, 0x00000008, 0x00000546, 0x000007c0, 0x0000077b, 0x00050085,
    0x00000008, 0x00000548, 0x00000546, 0x00000629, 0x00050083, 0x00000008, 0x00000549, 0x00000534,
    0x00000548, 0x00050085, 0x00000008, 0x0000054c, 0x00000549, 0x00000549, 0x00050081, 0x00000008,
    0x0000054e, 0x000007ba, 0x0000054c, 0x000200f9, 0x0000054f, 0x000200f8, 0x0000054f, 0x00050080,
    0x00000006, 0x00000551, 0x000007b9, 0x0000013e, 0x000200f9, 0x0000052a, 0x000200f8, 0x00000552,
    0x000500b8, 0x00000035, 0x00000555, 0x000007ba, 0x000007bc, 0x000200f9, 0x00000559, 0x000200f8,
    0x00000559, 0x000600a9, 0x00000008, 0x00000821, 0x00000555, 0x000007ba, 0x000007bc, 0x000600a9,
    0x00000006, 0x00000822, 0x00000555, 0x00000624, 0x0000077f, 0x000200f9, 0x0000055a, 0x000200f8,
    0x0000055a, 0x000700f5, 0x00000008, 0x00000819, 0x000007bc, 0x00000526, 0x00000821, 0x00000559,
    0x000700f5, 0x00000006, 0x000007ff, 0x0000077f, 0x00000526, 0x00000822, 0x00000559, 0x00050080,
    0x00000006, 0x0000055c, 0x0000077d, 0x0000013e, 0x000200f9, 0x00000512, 0x000200f8, 0x0000055d,
    0x000200f9, 0x0000055e, 0x000200f8, 0x0000055e, 0x000700f5, 0x00000006, 0x0000077e, 0x000000a2,
    0x000004ff, 0x0000077f, 0x0000055d, 0x00050084, 0x00000006, 0x00000561, 0x00000034, 0x00000409,
    0x00050080, 0x00000006, 0x00000562, 0x00000406, 0x00000561, 0x000500c7, 0x00000006, 0x00000655,
    0x00000562, 0x0000003d, 0x00050084, 0x00000006, 0x00000656, 0x00000655, 0x000000e4, 0x000500c2,
    0x00000006, 0x00000658, 0x00000562, 0x0000004a, 0x00060041, 0x0000008e, 0x00000659, 0x000000e9,
    0x0000008a, 0x00000658, 0x000500c4, 0x00000006, 0x0000065b, 0x000000ed, 0x00000656, 0x000400c8,
    0x00000006, 0x0000065c, 0x0000065b, 0x000700f0, 0x00000006, 0x0000065d, 0x00000659, 0x000000b9,
    0x000000a2, 0x0000065c, 0x000500c7, 0x00000006, 0x00000662, 0x0000077e, 0x000000ed, 0x000500c4,
    0x00000006, 0x00000664, 0x00000662, 0x00000656, 0x000700f1, 0x00000006, 0x00000665, 0x00000659,
    0x000000b9, 0x000000a2, 0x00000664, 0x00050080, 0x00000006, 0x00000569, 0x00000562, 0x000000b9,
    0x000500c2, 0x00000006, 0x0000056b, 0x0000077e, 0x00000123, 0x000500c7, 0x00000006, 0x00000669,
    0x00000569, 0x0000003d, 0x00050084, 0x00000006, 0x0000066a, 0x00000669, 0x000000e4, 0x000500c2,
    0x00000006, 0x0000066c, 0x00000569, 0x0000004a, 0x00060041, 0x0000008e, 0x0000066d, 0x000000e9,
    0x0000008a, 0x0000066c, 0x000500c4, 0x00000006, 0x0000066f, 0x000000ed, 0x0000066a, 0x000400c8,
    0x00000006, 0x00000670, 0x0000066f, 0x000700f0, 0x00000006, 0x00000671, 0x0000066d, 0x000000b9,
    0x000000a2, 0x00000670, 0x000500c7, 0x00000006, 0x00000676, 0x0000056b, 0x000000ed, 0x000500c4,
    0x00000006, 0x00000678, 0x00000676, 0x0000066a, 0x000700f1, 0x00000006, 0x00000679, 0x0000066d,
    0x000000b9, 0x000000a2, 0x00000678, 0x0006000c, 0x00000083, 0x0000067d, 0x00000001, 0x0000003e,
    0x0000077e, 0x00050051, 0x00000008, 0x0000067e, 0x0000067d, 0x00000000, 0x000500ba, 0x00000035,
    0x00000570, 0x0000067e, 0x00000040, 0x000300f7, 0x00000575, 0x00000000, 0x000400fa, 0x00000570,
    0x00000571, 0x00000574, 0x000200f8, 0x00000571, 0x00050088, 0x00000008, 0x00000573, 0x00000167,
    0x0000067e, 0x000200f9, 0x00000575, 0x000200f8, 0x00000574, 0x000200f9, 0x00000575, 0x000200f8,
    0x00000575, 0x000700f5, 0x00000008, 0x00000782, 0x00000573, 0x00000571, 0x00000040, 0x00000574,
    0x00050084, 0x00000006, 0x0000057c, 0x000003e8, 0x00000034, 0x00050080, 0x00000006, 0x0000057d,
    0x00000406, 0x0000057c, 0x000500aa, 0x00000035, 0x00000582, 0x00000767, 0x000000b9, 0x000300f7,
    0x00000612, 0x00000000, 0x000400fa, 0x00000582, 0x00000583, 0x0000059e, 0x000200f8, 0x00000583,
    0x000200f9, 0x00000584, 0x000200f8, 0x00000584, 0x000700f5, 0x00000006, 0x0000079d, 0x000000a2,
    0x00000583, 0x0000059c, 0x0000059a, 0x000500b0, 0x00000035, 0x00000588, 0x0000079d, 0x000003e7,
    0x000400f6, 0x0000059d, 0x0000059a, 0x00000000, 0x000400fa, 0x00000588, 0x00000589, 0x0000059d,
    0x000200f8, 0x00000589, 0x00050080, 0x00000006, 0x0000058c, 0x0000057d, 0x000004eb, 0x00050080,
    0x00000006, 0x0000058e, 0x0000058c, 0x0000079d, 0x00050080, 0x00000006, 0x00000591, 0x000004ed,
    0x0000079d, 0x00060041, 0x000000c2, 0x00000593, 0x000000c0, 0x0000008a, 0x00000591, 0x0004003d,
    0x00000008, 0x00000594, 0x00000593, 0x000300f7, 0x00000699, 0x00000000, 0x000300fb, 0x000000a2,
    0x00000684, 0x000200f8, 0x00000684, 0x000300f7, 0x0000068d, 0x00000000, 0x000400fa, 0x00000582,
    0x00000687, 0x0000068d, 0x000200f8, 0x00000687, 0x00050085, 0x00000008, 0x0000068a, 0x00000594,
    0x00000782, 0x0006000c, 0x00000008, 0x0000068b, 0x00000001, 0x00000002, 0x0000068a, 0x0008000c,
    0x00000008, 0x0000068c, 0x00000001, 0x0000002b, 0x0000068b, 0x0000010e, 0x0000010f, 0x000200f9,
    0x00000699, 0x000200f8, 0x0000068d, 0x000500aa, 0x00000035, 0x0000069f, 0x00000767, 0x00000034,
    0x000300f7, 0x000006a5, 0x00000000, 0x000400fa, 0x0000069f, 0x000006a0, 0x000006a1, 0x000200f8,
    0x000006a0, 0x000200f9, 0x000006a5, 0x000200f8, 0x000006a1, 0x000500aa, 0x00000035, 0x000006a3,
    0x00000767, 0x0000003d, 0x000600a9, 0x00000008, 0x000006a4, 0x000006a3, 0x0000003f, 0x00000040,
    0x000200f9, 0x000006a5, 0x000200f8, 0x000006a5, 0x000700f5, 0x00000008, 0x000007b2, 0x0000003a,
    0x000006a0, 0x000006a4, 0x000006a1, 0x0008000c, 0x00000008, 0x00000693, 0x00000001, 0x00000032,
    0x00000594, 0x00000782, 0x000007b2, 0x0006000c, 0x00000008, 0x00000694, 0x00000001, 0x00000002,
    0x00000693, 0x000600a9, 0x00000008, 0x00000697, 0x0000069f, 0x0000011c, 0x0000011d, 0x0008000c,
    0x00000008, 0x00000698, 0x00000001, 0x0000002b, 0x00000694, 0x00000040, 0x00000697, 0x000200f9,
    0x00000699, 0x000200f8, 0x00000699, 0x000700f5, 0x00000008, 0x000007b3, 0x0000068c, 0x00000687,
    0x00000698, 0x000006a5, 0x0004006e, 0x00000049, 0x00000597, 0x000007b3, 0x0004007c, 0x00000006,
    0x00000598, 0x00000597, 0x000500c7, 0x00000006, 0x000006aa, 0x0000058e, 0x0000003d, 0x00050084,
    0x00000006, 0x000006ab, 0x000006aa, 0x000000e4, 0x000500c2, 0x00000006, 0x000006ad, 0x0000058e,
    0x0000004a, 0x00060041, 0x0000008e, 0x000006ae, 0x000000e9, 0x0000008a, 0x000006ad, 0x000500c4,
    0x00000006, 0x000006b0, 0x000000ed, 0x000006ab, 0x000400c8, 0x00000006, 0x000006b1, 0x000006b0,
    0x000700f0, 0x00000006, 0x000006b2, 0x000006ae, 0x000000b9, 0x000000a2, 0x000006b1, 0x000500c7,
    0x00000006, 0x000006b7, 0x00000598, 0x000000ed, 0x000500c4, 0x00000006, 0x000006b9, 0x000006b7,
    0x000006ab, 0x000700f1, 0x00000006, 0x000006ba, 0x000006ae, 0x000000b9, 0x000000a2, 0x000006b9,
    0x000200f9, 0x0000059a, 0x000200f8, 0x0000059a, 0x00050080, 0x00000006, 0x0000059c, 0x0000079d,
    0x0000013e, 0x000200f9, 0x00000584, 0x000200f8, 0x0000059d, 0x000200f9, 0x00000612, 0x000200f8,
    0x0000059e, 0x000500aa, 0x00000035, 0x000005a0, 0x00000767, 0x00000034, 0x000300f7, 0x00000611,
    0x00000000, 0x000400fa, 0x000005a0, 0x000005a1, 0x000005d7, 0x000200f8, 0x000005a1, 0x000200f9,
    0x000005a2, 0x000200f8, 0x000005a2, 0x000700f5, 0x00000006, 0x00000790, 0x000000a2, 0x000005a1,
    0x000005d5, 0x000005d3, 0x000500b0, 0x00000035, 0x000005a6, 0x00000790, 0x000003e7, 0x000400f6,
    0x000005d6, 0x000005d3, 0x00000000, 0x000400fa, 0x000005a6, 0x000005a7, 0x000005d6, 0x000200f8,
    0x000005a7, 0x000200f9, 0x000005a8, 0x000200f8, 0x000005a8, 0x000700f5, 0x00000006, 0x00000791,
    0x000000a2, 0x000005a7, 0x000005d1, 0x000005cf, 0x000500b0, 0x00000035, 0x000005ab, 0x00000791,
    0x00000221, 0x000400f6, 0x000005d2, 0x000005cf, 0x00000000, 0x000400fa, 0x000005ab, 0x000005ac,
    0x000005d2, 0x000200f8, 0x000005ac, 0x00050080, 0x00000006, 0x000005b0, 0x000004eb, 0x00000790,
    0x00050086, 0x00000006, 0x000005b1, 0x000005b0, 0x00000034, 0x00050080, 0x00000006, 0x000005b2,
    0x0000057d, 0x000005b1, 0x00050080, 0x00000006, 0x000005b4, 0x000005b2, 0x00000791, 0x00050080,
    0x00000006, 0x000005b7, 0x000004ed, 0x00000790, 0x00050080, 0x00000006, 0x000005b9, 0x000005b7,
    0x00000791, 0x00060041, 0x000000c2, 0x000005bb, 0x000000c0, 0x0000008a, 0x000005b9, 0x0004003d,
    0x00000008, 0x000005bc, 0x000005bb, 0x000300f7, 0x000006d5, 0x00000000, 0x000300fb, 0x000000a2,
    0x000006c0, 0x000200f8, 0x000006c0, 0x000300f7, 0x000006c9, 0x00000000, 0x000400fa, 0x00000582,
    0x000006c3, 0x000006c9, 0x000200f8, 0x000006c3, 0x00050085, 0x00000008, 0x000006c6, 0x000005bc,
    0x00000782, 0x0006000c, 0x00000008, 0x000006c7, 0x00000001, 0x00000002, 0x000006c6, 0x0008000c,
    0x00000008, 0x000006c8, 0x00000001, 0x0000002b, 0x000006c7, 0x0000010e, 0x0000010f, 0x000200f9,
    0x000006d5, 0x000200f8, 0x000006c9, 0x000300f7, 0x000006e1, 0x00000000, 0x000400fa, 0x000005a0,
    0x000006dc, 0x000006dd, 0x000200f8, 0x000006dc, 0x000200f9, 0x000006e1, 0x000200f8, 0x000006dd,
    0x000500aa, 0x00000035, 0x000006df, 0x00000767, 0x0000003d, 0x000600a9, 0x00000008, 0x000006e0,
    0x000006df, 0x0000003f, 0x00000040, 0x000200f9, 0x000006e1, 0x000200f8, 0x000006e1, 0x000700f5,
    0x00000008, 0x00000793, 0x0000003a, 0x000006dc, 0x000006e0, 0x000006dd, 0x0008000c, 0x00000008,
    0x000006cf, 0x00000001, 0x00000032, 0x000005bc, 0x00000782, 0x00000793, 0x0006000c, 0x00000008,
    0x000006d0, 0x00000001, 0x00000002, 0x000006cf, 0x000600a9, 0x00000008, 0x000006d3, 0x000005a0,
    0x0000011c, 0x0000011d, 0x0008000c, 0x00000008, 0x000006d4, 0x00000001, 0x0000002b, 0x000006d0,
    0x00000040, 0x000006d3, 0x000200f9, 0x000006d5, 0x000200f8, 0x000006d5, 0x000700f5, 0x00000008,
    0x00000794, 0x000006c8, 0x000006c3, 0x000006d4, 0x000006e1, 0x0004006d, 0x00000006, 0x000005bf,
    0x00000794, 0x00050080, 0x00000006, 0x000005c5, 0x000005b9, 0x00000221, 0x00060041, 0x000000c2,
    0x000005c7, 0x000000c0, 0x0000008a, 0x000005c5, 0x0004003d, 0x00000008, 0x000005c8, 0x000005c7,
    0x000300f7, 0x000006fd, 0x00000000, 0x000300fb, 0x000000a2, 0x000006e8, 0x000200f8, 0x000006e8,
    0x000300f7, 0x000006f1, 0x00000000, 0x000400fa, 0x00000582, 0x000006eb, 0x000006f1, 0x000200f8,
    0x000006eb, 0x00050085, 0x00000008, 0x000006ee, 0x000005c8, 0x00000782, 0x0006000c, 0x00000008,
    0x000006ef, 0x00000001, 0x00000002, 0x000006ee, 0x0008000c, 0x00000008, 0x000006f0, 0x00000001,
    0x0000002b, 0x000006ef, 0x0000010e, 0x0000010f, 0x000200f9, 0x000006fd, 0x000200f8, 0x000006f1,
    0x000300f7, 0x00000709, 0x00000000, 0x000400fa, 0x000005a0, 0x00000704, 0x00000705, 0x000200f8,
    0x00000704, 0x000200f9, 0x00000709, 0x000200f8, 0x00000705, 0x000500aa, 0x00000035, 0x00000707,
    0x00000767, 0x0000003d, 0x000600a9, 0x00000008, 0x00000708, 0x00000707, 0x0000003f, 0x00000040,
    0x000200f9, 0x00000709, 0x000200f8, 0x00000709, 0x000700f5, 0x00000008, 0x00000799, 0x0000003a,
    0x00000704, 0x00000708, 0x00000705, 0x0008000c, 0x00000008, 0x000006f7, 0x00000001, 0x00000032,
    0x000005c8, 0x00000782, 0x00000799, 0x0006000c, 0x00000008, 0x000006f8, 0x00000001, 0x00000002,
    0x000006f7, 0x000600a9, 0x00000008, 0x000006fb, 0x000005a0, 0x0000011c, 0x0000011d, 0x0008000c,
    0x00000008, 0x000006fc, 0x00000001, 0x0000002b, 0x000006f8, 0x00000040, 0x000006fb, 0x000200f9,
    0x000006fd, 0x000200f8, 0x000006fd, 0x000700f5, 0x00000008, 0x0000079a, 0x000006f0, 0x000006eb,
    0x000006fc, 0x00000709, 0x0004006d, 0x00000006, 0x000005cb, 0x0000079a, 0x000500c4, 0x00000006,
    0x000005cc, 0x000005cb, 0x0000009f, 0x000500c5, 0x00000006, 0x000005cd, 0x000005bf, 0x000005cc,
    0x000500c7, 0x00000006, 0x0000070e, 0x000005b4, 0x0000003d, 0x00050084, 0x00000006, 0x0000070f,
    0x0000070e, 0x000000e4, 0x000500c2, 0x00000006, 0x00000711, 0x000005b4, 0x0000004a, 0x00060041,
    0x0000008e, 0x00000712, 0x000000e9, 0x0000008a, 0x00000711, 0x000500c4, 0x00000006, 0x00000714,
    0x000000ed, 0x0000070f, 0x000400c8, 0x00000006, 0x00000715, 0x00000714, 0x000700f0, 0x00000006,
    0x00000716, 0x00000712, 0x000000b9, 0x000000a2, 0x00000715, 0x000500c7, 0x00000006, 0x0000071b,
    0x000005cd, 0x000000ed, 0x000500c4, 0x00000006, 0x0000071d, 0x0000071b, 0x0000070f, 0x000700f1,
    0x00000006, 0x0000071e, 0x00000712, 0x000000b9, 0x000000a2, 0x0000071d, 0x000200f9, 0x000005cf,
    0x000200f8, 0x000005cf, 0x00050080, 0x00000006, 0x000005d1, 0x00000791, 0x0000013e, 0x000200f9,
    0x000005a8, 0x000200f8, 0x000005d2, 0x000200f9, 0x000005d3, 0x000200f8, 0x000005d3, 0x00050080,
    0x00000006, 0x000005d5, 0x00000790, 0x0000024f, 0x000200f9, 0x000005a2, 0x000200f8, 0x000005d6,
    0x000200f9, 0x00000611, 0x000200f8, 0x000005d7, 0x000200f9, 0x000005d8, 0x000200f8, 0x000005d8,
    0x000700f5, 0x00000006, 0x00000783, 0x000000a2, 0x000005d7, 0x0000060f, 0x0000060d, 0x000500b0,
    0x00000035, 0x000005dc, 0x00000783, 0x000003e7, 0x000400f6, 0x00000610, 0x0000060d, 0x00000000,
    0x000400fa, 0x000005dc, 0x000005dd, 0x00000610, 0x000200f8, 0x000005dd, 0x000200f9, 0x000005de,
    0x000200f8, 0x000005de, 0x000700f5, 0x00000006, 0x00000784, 0x000000a2, 0x000005dd, 0x0000060b,
    0x00000609, 0x000500b0, 0x00000035, 0x000005e1, 0x00000784, 0x000000e4, 0x000400f6, 0x0000060c,
    0x00000609, 0x00000000, 0x000400fa, 0x000005e1, 0x000005e2, 0x0000060c, 0x000200f8, 0x000005e2,
    0x000200f9, 0x000005e3, 0x000200f8, 0x000005e3, 0x000700f5, 0x00000006, 0x00000789, 0x000000a2,
    0x000005e2, 0x000005fa, 0x000005fb, 0x000700f5, 0x00000006, 0x00000786, 0x000000a2, 0x000005e2,
    0x000005fd, 0x000005fb, 0x000500b0, 0x00000035, 0x000005e6, 0x00000786, 0x0000026c, 0x000400f6,
    0x000005fe, 0x000005fb, 0x00000000, 0x000400fa, 0x000005e6, 0x000005e7, 0x000005fe, 0x000200f8,
    0x000005e7, 0x00050080, 0x00000006, 0x000005ea, 0x000004ed, 0x00000783, 0x00050080, 0x00000006,
    0x000005ec, 0x000005ea, 0x00000784, 0x00050084, 0x00000006, 0x000005ee, 0x000000e4, 0x00000786,
    0x00050080, 0x00000006, 0x000005ef, 0x000005ec, 0x000005ee, 0x00060041, 0x000000c2, 0x000005f1,
    0x000000c0, 0x0000008a, 0x000005ef, 0x0004003d, 0x00000008, 0x000005f2, 0x000005f1, 0x000300f7,
    0x00000739, 0x00000000, 0x000300fb, 0x000000a2, 0x00000724, 0x000200f8, 0x00000724, 0x000300f7,
    0x0000072d, 0x00000000, 0x000400fa, 0x00000582, 0x00000727, 0x0000072d, 0x000200f8, 0x00000727,
    0x00050085, 0x00000008, 0x0000072a, 0x000005f2, 0x00000782, 0x0006000c, 0x00000008, 0x0000072b,
    0x00000001, 0x00000002, 0x0000072a, 0x0008000c, 0x00000008, 0x0000072c, 0x00000001, 0x0000002b,
    0x0000072b, 0x0000010e, 0x0000010f, 0x000200f9, 0x00000739, 0x000200f8, 0x0000072d, 0x000300f7,
    0x00000745, 0x00000000, 0x000400fa, 0x000005a0, 0x00000740, 0x00000741, 0x000200f8, 0x00000740,
    0x000200f9, 0x00000745, 0x000200f8, 0x00000741, 0x000500aa, 0x00000035, 0x00000743, 0x00000767,
    0x0000003d, 0x000600a9, 0x00000008, 0x00000744, 0x00000743, 0x0000003f, 0x00000040, 0x000200f9,
    0x00000745, 0x000200f8, 0x00000745, 0x000700f5, 0x00000008, 0x0000078a, 0x0000003a, 0x00000740,
    0x00000744, 0x00000741, 0x0008000c, 0x00000008, 0x00000733, 0x00000001, 0x00000032, 0x000005f2,
    0x00000782, 0x0000078a, 0x0006000c, 0x00000008, 0x00000734, 0x00000001, 0x00000002, 0x00000733,
    0x000600a9, 0x00000008, 0x00000737, 0x000005a0, 0x0000011c, 0x0000011d, 0x0008000c, 0x00000008,
    0x00000738, 0x00000001, 0x0000002b, 0x00000734, 0x00000040, 0x00000737, 0x000200f9, 0x00000739,
    0x000200f8, 0x00000739, 0x000700f5, 0x00000008, 0x0000078b, 0x0000072c, 0x00000727, 0x00000738,
    0x00000745, 0x0004006d, 0x00000006, 0x000005f5, 0x0000078b, 0x00050084, 0x00000006, 0x000005f7,
    0x00000034, 0x00000786, 0x000500c4, 0x00000006, 0x000005f8, 0x000005f5, 0x000005f7, 0x000500c5,
    0x00000006, 0x000005fa, 0x00000789, 0x000005f8, 0x000200f9, 0x000005fb, 0x000200f8, 0x000005fb,
    0x00050080, 0x00000006, 0x000005fd, 0x00000786, 0x0000013e, 0x000200f9, 0x000005e3, 0x000200f8,
    0x000005fe, 0x00050080, 0x00000006, 0x00000602, 0x000004eb, 0x00000783, 0x00050086, 0x00000006,
    0x00000603, 0x00000602, 0x0000026c, 0x00050080, 0x00000006, 0x00000604, 0x0000057d, 0x00000603,
    0x00050080, 0x00000006, 0x00000606, 0x00000604, 0x00000784, 0x000500c7, 0x00000006, 0x0000074a,
    0x00000606, 0x0000003d, 0x00050084, 0x00000006, 0x0000074b, 0x0000074a, 0x000000e4, 0x000500c2,
    0x00000006, 0x0000074d, 0x00000606, 0x0000004a, 0x00060041, 0x0000008e, 0x0000074e, 0x000000e9,
    0x0000008a, 0x0000074d, 0x000500c4, 0x00000006, 0x00000750, 0x000000ed, 0x0000074b, 0x000400c8,
    0x00000006, 0x00000751, 0x00000750, 0x000700f0, 0x00000006, 0x00000752, 0x0000074e, 0x000000b9,
    0x000000a2, 0x00000751, 0x000500c7, 0x00000006, 0x00000757, 0x00000789, 0x000000ed, 0x000500c4,
    0x00000006, 0x00000759, 0x00000757, 0x0000074b, 0x000700f1, 0x00000006, 0x0000075a, 0x0000074e,
    0x000000b9, 0x000000a2, 0x00000759, 0x000200f9, 0x00000609, 0x000200f8, 0x00000609, 0x00050080,
    0x00000006, 0x0000060b, 0x00000784, 0x0000013e, 0x000200f9, 0x000005de, 0x000200f8, 0x0000060c,
    0x000200f9, 0x0000060d, 0x000200f8, 0x0000060d, 0x00050080, 0x00000006, 0x0000060f, 0x00000783,
    0x0000024f, 0x000200f9, 0x000005d8, 0x000200f8, 0x00000610, 0x000200f9, 0x00000611, 0x000200f8,
    0x00000611, 0x000200f9, 0x00000612, 0x000200f8, 0x00000612, 0x000200f9, 0x000003ee, 0x000200f8,
    0x000003ee, 0x00050080, 0x00000006, 0x00000411, 0x00000772, 0x000002bf, 0x000200f9, 0x000003eb,
    0x000200f8, 0x000003ed, 0x000200f9, 0x000003e3, 0x000200f8, 0x000003e3, 0x000200f9, 0x00000336,
    0x000200f8, 0x00000336, 0x00050080, 0x00000006, 0x00000413, 0x00000766, 0x0000013e, 0x000200f9,
    0x00000333, 0x000200f8, 0x00000335, 0x000100fd, 0x00010038,
};
static const uint32_t spv_swiglu[259] = {
    0x07230203, 0x00010300, 0x0008000b, 0x0000003a, 0x00000000, 0x00020011, 0x00000001, 0x0006000b,
    0x00000001, 0x4c534c47, 0x6474732e, 0x3035342e, 0x00000000, 0x0003000e, 0x00000000, 0x00000001,
    0x0006000f, 0x00000005, 0x00000004, 0x6e69616d, 0x00000000, 0x0000000b, 0x00060010, 0x00000004,
    0x00000011, 0x00000040, 0x00000001, 0x00000001, 0x00040047, 0x0000000b, 0x0000000b, 0x0000001c,
    0x00050048, 0x00000011, 0x00000000, 0x00000023, 0x00000000, 0x00030047, 0x00000011, 0x00000002,
    0x00040047, 0x0000001e, 0x00000006, 0x00000004, 0x00050048, 0x0000001f, 0x00000000, 0x00000023,
    0x00000000, 0x00030047, 0x0000001f, 0x00000002, 0x00040047, 0x00000021, 0x00000022, 0x00000000,
    0x00040047, 0x00000021, 0x00000021, 0x00000000, 0x00040047, 0x00000039, 0x0000000b, 0x00000019,
    0x00020013, 0x00000002, 0x00030021, 0x00000003, 0x00000002, 0x00040015, 0x00000006, 0x00000020,
    0x00000000, 0x00040017, 0x00000009, 0x00000006, 0x00000003, 0x00040020, 0x0000000a, 0x00000001,
    0x00000009, 0x0004003b, 0x0000000a, 0x0000000b, 0x00000001, 0x0004002b, 0x00000006, 0x0000000c,
    0x00000000, 0x00040020, 0x0000000d, 0x00000001, 0x00000006, 0x0003001e, 0x00000011, 0x00000006,
    0x00040020, 0x00000012, 0x00000009, 0x00000011, 0x0004003b, 0x00000012, 0x00000013, 0x00000009,
    0x00040015, 0x00000014, 0x00000020, 0x00000001, 0x0004002b, 0x00000014, 0x00000015, 0x00000000,
    0x00040020, 0x00000016, 0x00000009, 0x00000006, 0x00020014, 0x00000019, 0x00030016, 0x0000001d,
    0x00000020, 0x0003001d, 0x0000001e, 0x0000001d, 0x0003001e, 0x0000001f, 0x0000001e, 0x00040020,
    0x00000020, 0x0000000c, 0x0000001f, 0x0004003b, 0x00000020, 0x00000021, 0x0000000c, 0x00040020,
    0x00000024, 0x0000000c, 0x0000001d, 0x0004002b, 0x0000001d, 0x00000027, 0x3f800000, 0x0004002b,
    0x00000006, 0x00000037, 0x00000040, 0x0004002b, 0x00000006, 0x00000038, 0x00000001, 0x0006002c,
    0x00000009, 0x00000039, 0x00000037, 0x00000038, 0x00000038, 0x00050036, 0x00000002, 0x00000004,
    0x00000000, 0x00000003, 0x000200f8, 0x00000005, 0x00050041, 0x0000000d, 0x0000000e, 0x0000000b,
    0x0000000c, 0x0004003d, 0x00000006, 0x0000000f, 0x0000000e, 0x00050041, 0x00000016, 0x00000017,
    0x00000013, 0x00000015, 0x0004003d, 0x00000006, 0x00000018, 0x00000017, 0x000500b0, 0x00000019,
    0x0000001a, 0x0000000f, 0x00000018, 0x000300f7, 0x0000001c, 0x00000000, 0x000400fa, 0x0000001a,
    0x0000001b, 0x0000001c, 0x000200f8, 0x0000001b, 0x00060041, 0x00000024, 0x00000025, 0x00000021,
    0x00000015, 0x0000000f, 0x0004003d, 0x0000001d, 0x00000026, 0x00000025, 0x0004003d, 0x0000001d,
    0x0000002a, 0x00000025, 0x0004007f, 0x0000001d, 0x0000002b, 0x0000002a, 0x0006000c, 0x0000001d,
    0x0000002c, 0x00000001, 0x0000001b, 0x0000002b, 0x00050081, 0x0000001d, 0x0000002d, 0x00000027,
    0x0000002c, 0x00050088, 0x0000001d, 0x0000002e, 0x00000026, 0x0000002d, 0x00050080, 0x00000006,
    0x00000032, 0x00000018, 0x0000000f, 0x00060041, 0x00000024, 0x00000033, 0x00000021, 0x00000015,
    0x00000032, 0x0004003d, 0x0000001d, 0x00000034, 0x00000033, 0x00050085, 0x0000001d, 0x00000035,
    0x0000002e, 0x00000034, 0x0003003e, 0x00000025, 0x00000035, 0x000200f9, 0x0000001c, 0x000200f8,
    0x0000001c, 0x000100fd, 0x00010038,
};

// ---- the subset of vulkan_core.h this backend uses ----------------------------------------
// Declared here so that compiling quantlm.h never needs Vulkan headers. Layouts and values
// are those of the Vulkan 1.1 specification; only what the calls below touch is declared.
namespace vk {
typedef struct Instance_T* Instance;
typedef struct PhysicalDevice_T* PhysicalDevice;
typedef struct Device_T* Device;
typedef struct Queue_T* Queue;
typedef struct CommandBuffer_T* CommandBuffer;
typedef uint64_t Buffer, DeviceMemory, ShaderModule, Pipeline, PipelineLayout, DescriptorSetLayout,
    DescriptorPool, DescriptorSet, CommandPool, Fence, PipelineCache;
typedef uint32_t Flags, Bool32;
typedef uint64_t DeviceSize;
typedef int32_t Result;
typedef void (QLMI_VKAPI* VoidFunction)(void);

enum : uint32_t {
    ST_APPLICATION_INFO = 0, ST_INSTANCE_CREATE_INFO = 1, ST_DEVICE_QUEUE_CREATE_INFO = 2,
    ST_DEVICE_CREATE_INFO = 3, ST_SUBMIT_INFO = 4, ST_MEMORY_ALLOCATE_INFO = 5, ST_FENCE_CREATE_INFO = 8,
    ST_BUFFER_CREATE_INFO = 12, ST_SHADER_MODULE_CREATE_INFO = 16, ST_PIPELINE_SHADER_STAGE_CREATE_INFO = 18,
    ST_COMPUTE_PIPELINE_CREATE_INFO = 29, ST_PIPELINE_LAYOUT_CREATE_INFO = 30,
    ST_DESCRIPTOR_SET_LAYOUT_CREATE_INFO = 32, ST_DESCRIPTOR_POOL_CREATE_INFO = 33,
    ST_DESCRIPTOR_SET_ALLOCATE_INFO = 34, ST_WRITE_DESCRIPTOR_SET = 35, ST_COMMAND_POOL_CREATE_INFO = 39,
    ST_COMMAND_BUFFER_ALLOCATE_INFO = 40, ST_COMMAND_BUFFER_BEGIN_INFO = 42, ST_MEMORY_BARRIER = 46,
    ST_PHYSICAL_DEVICE_PROPERTIES_2 = 1000059001, ST_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES = 1000094000,
};
enum : uint32_t {
    API_1_1 = (1u << 22) | (1u << 12),
    QUEUE_COMPUTE = 0x2,
    MEM_DEVICE_LOCAL = 0x1, MEM_HOST_VISIBLE = 0x2, MEM_HOST_COHERENT = 0x4,
    BUF_TRANSFER_SRC = 0x1, BUF_TRANSFER_DST = 0x2, BUF_STORAGE = 0x20,
    DESC_STORAGE_BUFFER = 7, STAGE_COMPUTE = 0x20, BIND_COMPUTE = 1, CMD_LEVEL_PRIMARY = 0,
    PIPE_STAGE_TRANSFER = 0x1000, PIPE_STAGE_COMPUTE = 0x800, PIPE_STAGE_HOST = 0x4000,
    ACCESS_SHADER_READ = 0x20, ACCESS_SHADER_WRITE = 0x40, ACCESS_TRANSFER_READ = 0x800,
    ACCESS_TRANSFER_WRITE = 0x1000, ACCESS_HOST_READ = 0x2000,
    SUBGROUP_BASIC = 0x1, SUBGROUP_ARITHMETIC = 0x4,
    DEVICE_OTHER = 0, DEVICE_INTEGRATED = 1, DEVICE_DISCRETE = 2, DEVICE_VIRTUAL = 3, DEVICE_CPU = 4,
};

struct ApplicationInfo {
    uint32_t sType; const void* pNext; const char* pApplicationName; uint32_t applicationVersion;
    const char* pEngineName; uint32_t engineVersion; uint32_t apiVersion;
};
struct InstanceCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; const ApplicationInfo* pApplicationInfo;
    uint32_t enabledLayerCount; const char* const* ppEnabledLayerNames;
    uint32_t enabledExtensionCount; const char* const* ppEnabledExtensionNames;
};
// Only the head of VkPhysicalDeviceProperties is named: the rest (the 500-byte limits
// struct, of which we read maxStorageBufferRange, its 8th word) is room for the driver.
struct PhysicalDeviceProperties {
    uint32_t apiVersion, driverVersion, vendorID, deviceID, deviceType;
    char deviceName[256];
    uint8_t pipelineCacheUUID[16];
    alignas(8) uint32_t limits_head[8]; // ..., maxUniformBufferRange, maxStorageBufferRange
    uint8_t rest[1024];
};
struct PhysicalDeviceProperties2 { uint32_t sType; void* pNext; PhysicalDeviceProperties properties; };
struct PhysicalDeviceSubgroupProperties {
    uint32_t sType; void* pNext; uint32_t subgroupSize; Flags supportedStages, supportedOperations;
    Bool32 quadOperationsInAllStages;
};
struct QueueFamilyProperties { Flags queueFlags; uint32_t queueCount, timestampValidBits, granularity[3]; };
struct MemoryType { Flags propertyFlags; uint32_t heapIndex; };
struct MemoryHeap { DeviceSize size; Flags flags; };
struct PhysicalDeviceMemoryProperties {
    uint32_t memoryTypeCount; MemoryType memoryTypes[32]; uint32_t memoryHeapCount; MemoryHeap memoryHeaps[16];
};
struct DeviceQueueCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex, queueCount;
    const float* pQueuePriorities;
};
struct DeviceCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t queueCreateInfoCount;
    const DeviceQueueCreateInfo* pQueueCreateInfos; uint32_t enabledLayerCount;
    const char* const* ppEnabledLayerNames; uint32_t enabledExtensionCount;
    const char* const* ppEnabledExtensionNames; const void* pEnabledFeatures;
};
struct BufferCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; DeviceSize size; Flags usage; uint32_t sharingMode;
    uint32_t queueFamilyIndexCount; const uint32_t* pQueueFamilyIndices;
};
struct MemoryRequirements { DeviceSize size, alignment; uint32_t memoryTypeBits; };
struct MemoryAllocateInfo { uint32_t sType; const void* pNext; DeviceSize allocationSize; uint32_t memoryTypeIndex; };
struct ShaderModuleCreateInfo { uint32_t sType; const void* pNext; Flags flags; size_t codeSize; const uint32_t* pCode; };
struct DescriptorSetLayoutBinding {
    uint32_t binding, descriptorType, descriptorCount; Flags stageFlags; const void* pImmutableSamplers;
};
struct DescriptorSetLayoutCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t bindingCount; const DescriptorSetLayoutBinding* pBindings;
};
struct PushConstantRange { Flags stageFlags; uint32_t offset, size; };
struct PipelineLayoutCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t setLayoutCount; const DescriptorSetLayout* pSetLayouts;
    uint32_t pushConstantRangeCount; const PushConstantRange* pPushConstantRanges;
};
struct SpecializationMapEntry { uint32_t constantID, offset; size_t size; };
struct SpecializationInfo { uint32_t mapEntryCount; const SpecializationMapEntry* pMapEntries; size_t dataSize; const void* pData; };
struct PipelineShaderStageCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t stage; ShaderModule module; const char* pName;
    const SpecializationInfo* pSpecializationInfo;
};
struct ComputePipelineCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; PipelineShaderStageCreateInfo stage; PipelineLayout layout;
    Pipeline basePipelineHandle; int32_t basePipelineIndex;
};
struct DescriptorPoolSize { uint32_t type, descriptorCount; };
struct DescriptorPoolCreateInfo {
    uint32_t sType; const void* pNext; Flags flags; uint32_t maxSets, poolSizeCount; const DescriptorPoolSize* pPoolSizes;
};
struct DescriptorSetAllocateInfo {
    uint32_t sType; const void* pNext; DescriptorPool descriptorPool; uint32_t descriptorSetCount;
    const DescriptorSetLayout* pSetLayouts;
};
struct DescriptorBufferInfo { Buffer buffer; DeviceSize offset, range; };
struct WriteDescriptorSet {
    uint32_t sType; const void* pNext; DescriptorSet dstSet; uint32_t dstBinding, dstArrayElement, descriptorCount,
        descriptorType; const void* pImageInfo; const DescriptorBufferInfo* pBufferInfo; const void* pTexelBufferView;
};
struct CommandPoolCreateInfo { uint32_t sType; const void* pNext; Flags flags; uint32_t queueFamilyIndex; };
struct CommandBufferAllocateInfo {
    uint32_t sType; const void* pNext; CommandPool commandPool; uint32_t level, commandBufferCount;
};
struct CommandBufferBeginInfo { uint32_t sType; const void* pNext; Flags flags; const void* pInheritanceInfo; };
struct MemoryBarrier { uint32_t sType; const void* pNext; Flags srcAccessMask, dstAccessMask; };
struct BufferCopy { DeviceSize srcOffset, dstOffset, size; };
struct SubmitInfo {
    uint32_t sType; const void* pNext; uint32_t waitSemaphoreCount; const void* pWaitSemaphores;
    const Flags* pWaitDstStageMask; uint32_t commandBufferCount; const CommandBuffer* pCommandBuffers;
    uint32_t signalSemaphoreCount; const void* pSignalSemaphores;
};
struct FenceCreateInfo { uint32_t sType; const void* pNext; Flags flags; };

// X(name, return type, parameters): every entry point, fetched by name.
#define QLMI_VK_FUNCS(X)                                                                                        \
    X(CreateInstance, Result, (const InstanceCreateInfo*, const void*, Instance*))                            \
    X(DestroyInstance, void, (Instance, const void*))                                                          \
    X(EnumeratePhysicalDevices, Result, (Instance, uint32_t*, PhysicalDevice*))                                \
    X(GetPhysicalDeviceProperties2, void, (PhysicalDevice, PhysicalDeviceProperties2*))                        \
    X(GetPhysicalDeviceQueueFamilyProperties, void, (PhysicalDevice, uint32_t*, QueueFamilyProperties*))       \
    X(GetPhysicalDeviceMemoryProperties, void, (PhysicalDevice, PhysicalDeviceMemoryProperties*))              \
    X(CreateDevice, Result, (PhysicalDevice, const DeviceCreateInfo*, const void*, Device*))                   \
    X(DestroyDevice, void, (Device, const void*))                                                              \
    X(GetDeviceQueue, void, (Device, uint32_t, uint32_t, Queue*))                                              \
    X(CreateBuffer, Result, (Device, const BufferCreateInfo*, const void*, Buffer*))                           \
    X(DestroyBuffer, void, (Device, Buffer, const void*))                                                      \
    X(GetBufferMemoryRequirements, void, (Device, Buffer, MemoryRequirements*))                                \
    X(AllocateMemory, Result, (Device, const MemoryAllocateInfo*, const void*, DeviceMemory*))                 \
    X(FreeMemory, void, (Device, DeviceMemory, const void*))                                                   \
    X(BindBufferMemory, Result, (Device, Buffer, DeviceMemory, DeviceSize))                                    \
    X(MapMemory, Result, (Device, DeviceMemory, DeviceSize, DeviceSize, Flags, void**))                        \
    X(CreateShaderModule, Result, (Device, const ShaderModuleCreateInfo*, const void*, ShaderModule*))         \
    X(DestroyShaderModule, void, (Device, ShaderModule, const void*))                                          \
    X(CreateDescriptorSetLayout, Result,                                                                       \
      (Device, const DescriptorSetLayoutCreateInfo*, const void*, DescriptorSetLayout*))                       \
    X(DestroyDescriptorSetLayout, void, (Device, DescriptorSetLayout, const void*))                            \
    X(CreatePipelineLayout, Result, (Device, const PipelineLayoutCreateInfo*, const void*, PipelineLayout*))   \
    X(DestroyPipelineLayout, void, (Device, PipelineLayout, const void*))                                      \
    X(CreateComputePipelines, Result,                                                                          \
      (Device, PipelineCache, uint32_t, const ComputePipelineCreateInfo*, const void*, Pipeline*))             \
    X(DestroyPipeline, void, (Device, Pipeline, const void*))                                                  \
    X(CreateDescriptorPool, Result, (Device, const DescriptorPoolCreateInfo*, const void*, DescriptorPool*))   \
    X(DestroyDescriptorPool, void, (Device, DescriptorPool, const void*))                                      \
    X(AllocateDescriptorSets, Result, (Device, const DescriptorSetAllocateInfo*, DescriptorSet*))              \
    X(UpdateDescriptorSets, void, (Device, uint32_t, const WriteDescriptorSet*, uint32_t, const void*))        \
    X(CreateCommandPool, Result, (Device, const CommandPoolCreateInfo*, const void*, CommandPool*))            \
    X(DestroyCommandPool, void, (Device, CommandPool, const void*))                                            \
    X(AllocateCommandBuffers, Result, (Device, const CommandBufferAllocateInfo*, CommandBuffer*))              \
    X(BeginCommandBuffer, Result, (CommandBuffer, const CommandBufferBeginInfo*))                              \
    X(EndCommandBuffer, Result, (CommandBuffer))                                                               \
    X(CmdBindPipeline, void, (CommandBuffer, uint32_t, Pipeline))                                              \
    X(CmdBindDescriptorSets, void,                                                                             \
      (CommandBuffer, uint32_t, PipelineLayout, uint32_t, uint32_t, const DescriptorSet*, uint32_t,            \
       const uint32_t*))                                                                                       \
    X(CmdPushConstants, void, (CommandBuffer, PipelineLayout, Flags, uint32_t, uint32_t, const void*))        \
    X(CmdDispatch, void, (CommandBuffer, uint32_t, uint32_t, uint32_t))                                        \
    X(CmdPipelineBarrier, void,                                                                                \
      (CommandBuffer, Flags, Flags, Flags, uint32_t, const MemoryBarrier*, uint32_t, const void*, uint32_t,    \
       const void*))                                                                                           \
    X(CmdCopyBuffer, void, (CommandBuffer, Buffer, Buffer, uint32_t, const BufferCopy*))                       \
    X(QueueSubmit, Result, (Queue, uint32_t, const SubmitInfo*, Fence))                                        \
    X(CreateFence, Result, (Device, const FenceCreateInfo*, const void*, Fence*))                              \
    X(DestroyFence, void, (Device, Fence, const void*))                                                        \
    X(WaitForFences, Result, (Device, uint32_t, const Fence*, Bool32, uint64_t))                               \
    X(ResetFences, Result, (Device, uint32_t, const Fence*))

struct fns {
    VoidFunction(QLMI_VKAPI* GetInstanceProcAddr)(Instance, const char*) = nullptr;
#define QLMI_X(name, ret, args) ret(QLMI_VKAPI* name) args = nullptr;
    QLMI_VK_FUNCS(QLMI_X)
#undef QLMI_X
};
} // namespace vk

// ---- backend state --------------------------------------------------------------------------

struct vk_buffer {
    vk::Buffer buf = 0;
    vk::DeviceMemory mem = 0;
    vk::DeviceSize size = 0;
    void* map = nullptr; // host-visible buffers stay mapped
};
struct vk_range { // a binding: part of a buffer
    vk::Buffer buf;
    vk::DeviceSize off, size;
};

// Shaders; GEMV ones are picked by weight type (vk_gemv_shader). quantlm's own formats
// share one module (gemv_lowbit.comp) specialized per type: ids VS_GEMV_LOWBIT + (type -
// QT_LOWBIT_FIRST) are its pipelines.
enum vk_shader_id {
    VS_GEMV_F32, VS_GEMV_F16, VS_GEMV_Q4_0, VS_GEMV_Q4_1, VS_GEMV_Q5_0, VS_GEMV_Q5_1, VS_GEMV_Q8_0, VS_GEMV_Q4_K,
    VS_GEMV_Q6_K, VS_GEMV_BF16, VS_GEMV_Q2_K, VS_GEMV_Q3_K, VS_GEMV_Q5_K, VS_GEMV_TQ1_0, VS_GEMV_TQ2_0, VS_RMSNORM,
    VS_ROPE_STORE, VS_ATTN, VS_SWIGLU, VS_GEMV_LOWBIT,
    VS_COUNT = VS_GEMV_LOWBIT + (QT_LOWBIT_END - QT_LOWBIT_FIRST)
};
struct vk_shader_info {
    const uint32_t *code, *code_sg; // shared-memory and subgroup variants
    size_t bytes, bytes_sg;
    uint32_t n_bind, push_bytes;
};
#define QLMI_VK_SHADER(name, nb, pb) {spv_##name, spv_##name##_sg, sizeof spv_##name, sizeof spv_##name##_sg, nb, pb}
// Shaders without workgroup reductions have one variant (the Makefile's SG_SHADERS).
#define QLMI_VK_SHADER1(name, nb, pb) {spv_##name, spv_##name, sizeof spv_##name, sizeof spv_##name, nb, pb}
constexpr uint32_t VK_KV_PUSH = 22 * 4; // shaders/kv.glsl's push constants
inline const vk_shader_info& vk_shader(int id) {
    static const vk_shader_info t[VS_GEMV_LOWBIT + 1] = {
        QLMI_VK_SHADER1(gemv_f32, 3, 20),   QLMI_VK_SHADER1(gemv_f16, 3, 20),   QLMI_VK_SHADER1(gemv_q4_0, 3, 20),
        QLMI_VK_SHADER1(gemv_q4_1, 3, 20),  QLMI_VK_SHADER1(gemv_q5_0, 3, 20),  QLMI_VK_SHADER1(gemv_q5_1, 3, 20),
        QLMI_VK_SHADER1(gemv_q8_0, 3, 20),  QLMI_VK_SHADER1(gemv_q4_k, 3, 20),  QLMI_VK_SHADER1(gemv_q6_k, 3, 20),
        QLMI_VK_SHADER1(gemv_bf16, 3, 20),  QLMI_VK_SHADER1(gemv_q2_k, 3, 20),  QLMI_VK_SHADER1(gemv_q3_k, 3, 20),
        QLMI_VK_SHADER1(gemv_q5_k, 3, 20),  QLMI_VK_SHADER1(gemv_tq1_0, 3, 20), QLMI_VK_SHADER1(gemv_tq2_0, 3, 20),
        QLMI_VK_SHADER(rmsnorm, 3, 8),      QLMI_VK_SHADER1(rope_store, 5, VK_KV_PUSH),
        QLMI_VK_SHADER(attn, 6, VK_KV_PUSH), QLMI_VK_SHADER1(swiglu, 1, 4), QLMI_VK_SHADER1(gemv_lowbit, 3, 20),
    };
    return t[std::min(id, (int)VS_GEMV_LOWBIT)];
}
#undef QLMI_VK_SHADER
#undef QLMI_VK_SHADER1

// The GEMV shader for a weight type and the row length it needs to divide, or -1.
inline int vk_gemv_shader(uint32_t type, int64_t* block) {
    switch (type) {
    case QT_F32: *block = 1; return VS_GEMV_F32;
    case QT_F16: *block = 2; return VS_GEMV_F16;
    case QT_Q4_0: *block = 32; return VS_GEMV_Q4_0;
    case QT_Q4_1: *block = 32; return VS_GEMV_Q4_1;
    case QT_Q5_0: *block = 32; return VS_GEMV_Q5_0;
    case QT_Q5_1: *block = 32; return VS_GEMV_Q5_1;
    case QT_Q8_0: *block = 32; return VS_GEMV_Q8_0;
    case QT_Q4_K: *block = 256; return VS_GEMV_Q4_K;
    case QT_Q6_K: *block = 256; return VS_GEMV_Q6_K;
    case QT_BF16: *block = 2; return VS_GEMV_BF16;
    case QT_Q2_K: *block = 256; return VS_GEMV_Q2_K;
    case QT_Q3_K: *block = 256; return VS_GEMV_Q3_K;
    case QT_Q5_K: *block = 256; return VS_GEMV_Q5_K;
    case QT_TQ1_0: *block = 256; return VS_GEMV_TQ1_0;
    case QT_TQ2_0: *block = 256; return VS_GEMV_TQ2_0;
    default:
        if (const lb_format* f = lb_fmt(type)) {
            *block = f->group; // int2-g16's rows are whole 16-groups; the type table's blocks are 32
            return VS_GEMV_LOWBIT + (int)(type - QT_LOWBIT_FIRST);
        }
        return -1;
    }
}

struct vk_pipe {
    vk::Pipeline pipe = 0;
    vk::PipelineLayout layout = 0;
    vk::DescriptorSetLayout dsl = 0;
};

struct vk_layer_ranges {
    vk_range attn_norm, ffn_norm, wo, w_down; // weights
    vk_range wqkv, wgu;                       // wq|wk|wv and w_gate|w_up back to back
    vk_range part[2][3]; // KV cache: [K|V][main|sink|ring] as in shaders/kv.glsl
    vk_range kv;         // all six, back to back: the shaders' one binding
};

// shaders/kv.glsl's push constants (their order).
struct vk_kv_push {
    uint32_t n_head, n_head_kv, head_dim, n_rot, neox, n_ctx;
    float scale;
    uint32_t rot, G, n_sink, n_ring, window;
    uint32_t k_type, k_main, k_sink, k_ring, k_row;
    uint32_t v_type, v_main, v_sink, v_ring, v_row;
};
static_assert(sizeof(vk_kv_push) == VK_KV_PUSH, "kv.glsl push constants");

struct vk_state {
#if defined(_WIN32)
    HMODULE lib = nullptr;
#else
    void* lib = nullptr;
#endif
    vk::fns f;
    vk::Instance inst = nullptr;
    vk::PhysicalDevice pd = nullptr;
    vk::Device dev = nullptr;
    vk::Queue queue = nullptr;
    uint32_t qfam = 0;
    vk::PhysicalDeviceMemoryProperties memp{};
    uint32_t max_range = 0; // maxStorageBufferRange
    bool subgroup = false;
    char name[256] = {0};

    vk_buffer weights, kv, scratch, host, staging;
    vk_kv_push kvp{};
    std::vector<vk_layer_ranges> layers;
    vk_range out_norm{}, output{}, rope_tab{}, signs{};
    vk_range x{}, xn{}, qkv{}, att{}, gu{}, scores{}; // scratch: qkv = q|k|v, gu = gate|up
    vk_range x_in{}, params{}, logits{};                              // host-visible
    vk_pipe pipes[VS_COUNT];
    vk::DescriptorPool dpool = 0;
    vk::CommandPool cpool = 0;
    vk::CommandBuffer cmd_logits = nullptr, cmd_nologits = nullptr, cmd_once = nullptr;
    vk::Fence fence = 0;
    size_t staging_used = 0;
    std::vector<vk::BufferCopy> pending; // staging -> `pending_dst` copies not yet submitted
    vk::Buffer pending_dst = 0;
};

#define QLMI_VK_CHECK(call, what)                                                                           \
    do {                                                                                                    \
        vk::Result r_ = (call);                                                                             \
        if (r_ != 0) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %s failed (VkResult %d)", what, \
                                 (int)r_);                                                          \
    } while (0)

// ---- setup ----------------------------------------------------------------------------------

inline qlm_result vk_load(qlm_context* c, vk_state& s, qlm_error* err) {
#if defined(_WIN32)
    s.lib = LoadLibraryA("vulkan-1.dll");
    if (s.lib)
        s.f.GetInstanceProcAddr = reinterpret_cast<decltype(s.f.GetInstanceProcAddr)>(
            reinterpret_cast<void*>(GetProcAddress(s.lib, "vkGetInstanceProcAddr")));
#else
#if defined(__APPLE__)
    const char* names[] = {"libvulkan.1.dylib", "libMoltenVK.dylib"};
#else
    const char* names[] = {"libvulkan.so.1", "libvulkan.so"};
#endif
    for (const char* n : names)
        if (!s.lib) s.lib = dlopen(n, RTLD_NOW | RTLD_LOCAL);
    if (s.lib) {
        void* sym = dlsym(s.lib, "vkGetInstanceProcAddr");
        memcpy(&s.f.GetInstanceProcAddr, &sym, sizeof sym); // object to function pointer
    }
#endif
    if (!s.f.GetInstanceProcAddr)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no Vulkan loader (libvulkan.so.1 / vulkan-1.dll)");
    s.f.CreateInstance =
        reinterpret_cast<decltype(s.f.CreateInstance)>(s.f.GetInstanceProcAddr(nullptr, "vkCreateInstance"));
    if (!s.f.CreateInstance) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: the loader has no vkCreateInstance");
    vk::ApplicationInfo app{vk::ST_APPLICATION_INFO, nullptr, "quantlm", 1, "quantlm", 1, vk::API_1_1};
    vk::InstanceCreateInfo ici{vk::ST_INSTANCE_CREATE_INFO, nullptr, 0, &app, 0, nullptr, 0, nullptr};
    vk::Result r = s.f.CreateInstance(&ici, nullptr, &s.inst);
    if (r == -9) // VK_ERROR_INCOMPATIBLE_DRIVER: the loader found no driver for Vulkan 1.1
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no Vulkan 1.1 driver is installed");
    QLMI_VK_CHECK(r, "vkCreateInstance (Vulkan 1.1)");
#define QLMI_X(name, ret, args)                                                                           \
    s.f.name = reinterpret_cast<decltype(s.f.name)>(s.f.GetInstanceProcAddr(s.inst, "vk" #name));          \
    if (!s.f.name) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: the loader has no vk%s", #name);
    QLMI_VK_FUNCS(QLMI_X)
#undef QLMI_X
    return QLM_OK;
}

// Picks the device: params.device (1-based, in enumeration order) or the best type.
inline qlm_result vk_pick_device(qlm_context* c, vk_state& s, qlm_error* err) {
    uint32_t n = 0;
    QLMI_VK_CHECK(s.f.EnumeratePhysicalDevices(s.inst, &n, nullptr), "vkEnumeratePhysicalDevices");
    std::vector<vk::PhysicalDevice> pds(n);
    if (n) QLMI_VK_CHECK(s.f.EnumeratePhysicalDevices(s.inst, &n, pds.data()), "vkEnumeratePhysicalDevices");
    static const int rank[] = {0, 3, 4, 2, 1}; // other, integrated, discrete, virtual, CPU
    int best = -1, best_rank = -1;
    for (uint32_t i = 0; i < n; i++) {
        vk::PhysicalDeviceProperties2 p2{};
        p2.sType = vk::ST_PHYSICAL_DEVICE_PROPERTIES_2;
        s.f.GetPhysicalDeviceProperties2(pds[i], &p2);
        const vk::PhysicalDeviceProperties& p = p2.properties;
        p2.properties.deviceName[255] = 0;
        int r = p.apiVersion >= vk::API_1_1 ? rank[p.deviceType <= 4 ? p.deviceType : 0] : -1;
        c->log.logf(QLM_LOG_INFO, "vulkan device %u: %s (type %u, Vulkan %u.%u)%s", i + 1, p.deviceName,
                    p.deviceType, p.apiVersion >> 22, (p.apiVersion >> 12) & 0x3ff, r < 0 ? " - needs 1.1" : "");
        if (c->p.device ? i + 1 == c->p.device : r > best_rank) {
            best = (int)i;
            best_rank = r;
        }
    }
    if (best < 0 || best_rank < 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    c->p.device ? "vulkan: device %u does not exist or lacks Vulkan 1.1 (%u devices)"
                                : "vulkan: no Vulkan 1.1 device (%u devices)",
                    c->p.device, n);
    s.pd = pds[(size_t)best];
    vk::PhysicalDeviceSubgroupProperties sg{};
    sg.sType = vk::ST_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES;
    vk::PhysicalDeviceProperties2 p2{};
    p2.sType = vk::ST_PHYSICAL_DEVICE_PROPERTIES_2;
    p2.pNext = &sg;
    s.f.GetPhysicalDeviceProperties2(s.pd, &p2);
    memcpy(s.name, p2.properties.deviceName, sizeof s.name - 1);
    s.max_range = p2.properties.limits_head[7];
    const uint32_t need = vk::SUBGROUP_BASIC | vk::SUBGROUP_ARITHMETIC;
    s.subgroup = (sg.supportedStages & vk::STAGE_COMPUTE) && (sg.supportedOperations & need) == need;
    s.f.GetPhysicalDeviceMemoryProperties(s.pd, &s.memp);

    uint32_t nq = 0;
    s.f.GetPhysicalDeviceQueueFamilyProperties(s.pd, &nq, nullptr);
    std::vector<vk::QueueFamilyProperties> qf(nq);
    s.f.GetPhysicalDeviceQueueFamilyProperties(s.pd, &nq, qf.data());
    uint32_t fam = UINT32_MAX;
    for (uint32_t i = 0; i < nq && fam == UINT32_MAX; i++)
        if (qf[i].queueFlags & vk::QUEUE_COMPUTE) fam = i;
    if (fam == UINT32_MAX) return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %s has no compute queue", s.name);
    s.qfam = fam;
    const float prio = 1.0f;
    vk::DeviceQueueCreateInfo qci{vk::ST_DEVICE_QUEUE_CREATE_INFO, nullptr, 0, fam, 1, &prio};
    vk::DeviceCreateInfo dci{vk::ST_DEVICE_CREATE_INFO, nullptr, 0, 1, &qci, 0, nullptr, 0, nullptr, nullptr};
    QLMI_VK_CHECK(s.f.CreateDevice(s.pd, &dci, nullptr, &s.dev), "vkCreateDevice");
    s.f.GetDeviceQueue(s.dev, fam, 0, &s.queue);
    return QLM_OK;
}

inline qlm_result vk_alloc(qlm_context* c, vk_state& s, vk_buffer* b, vk::DeviceSize size, bool host, qlm_error* err) {
    vk::BufferCreateInfo bci{vk::ST_BUFFER_CREATE_INFO, nullptr, 0, size,
                             vk::BUF_STORAGE | vk::BUF_TRANSFER_SRC | vk::BUF_TRANSFER_DST, 0, 0, nullptr};
    QLMI_VK_CHECK(s.f.CreateBuffer(s.dev, &bci, nullptr, &b->buf), "vkCreateBuffer");
    b->size = size;
    vk::MemoryRequirements req{};
    s.f.GetBufferMemoryRequirements(s.dev, b->buf, &req);
    const uint32_t want = host ? vk::MEM_HOST_VISIBLE | vk::MEM_HOST_COHERENT : vk::MEM_DEVICE_LOCAL;
    uint32_t type = UINT32_MAX;
    for (uint32_t i = 0; i < s.memp.memoryTypeCount && type == UINT32_MAX; i++)
        if ((req.memoryTypeBits >> i & 1) && (s.memp.memoryTypes[i].propertyFlags & want) == want) type = i;
    if (type == UINT32_MAX)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no %s memory type for a buffer",
                    host ? "host-visible" : "device-local");
    vk::MemoryAllocateInfo mai{vk::ST_MEMORY_ALLOCATE_INFO, nullptr, req.size, type};
    vk::Result r = s.f.AllocateMemory(s.dev, &mai, nullptr, &b->mem);
    if (r != 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: cannot allocate %.1f MiB of %s memory (VkResult %d)",
                    (double)size / 1048576.0, host ? "host-visible" : "device", (int)r);
    QLMI_VK_CHECK(s.f.BindBufferMemory(s.dev, b->buf, b->mem, 0), "vkBindBufferMemory");
    if (host) QLMI_VK_CHECK(s.f.MapMemory(s.dev, b->mem, 0, size, 0, &b->map), "vkMapMemory");
    return QLM_OK;
}

inline void vk_free_buffer(vk_state& s, vk_buffer& b) {
    if (b.buf) s.f.DestroyBuffer(s.dev, b.buf, nullptr);
    if (b.mem) s.f.FreeMemory(s.dev, b.mem, nullptr); // unmaps too
    b = vk_buffer();
}

// Hands out 256-byte aligned parts of a buffer (256 is the largest
// minStorageBufferOffsetAlignment the specification allows).
struct vk_layout {
    vk::DeviceSize size = 0;
    vk_range take(vk::DeviceSize bytes) {
        vk_range r{0, size, bytes};
        size += (bytes + 255) / 256 * 256;
        return r;
    }
};
inline void vk_bind(vk_range* r, const vk_buffer& b) { r->buf = b.buf; }

inline qlm_result vk_submit_wait(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, qlm_error* err) {
    vk::SubmitInfo si{vk::ST_SUBMIT_INFO, nullptr, 0, nullptr, nullptr, 1, &cmd, 0, nullptr};
    QLMI_VK_CHECK(s.f.QueueSubmit(s.queue, 1, &si, s.fence), "vkQueueSubmit");
    QLMI_VK_CHECK(s.f.WaitForFences(s.dev, 1, &s.fence, 1, UINT64_MAX), "vkWaitForFences");
    QLMI_VK_CHECK(s.f.ResetFences(s.dev, 1, &s.fence), "vkResetFences");
    return QLM_OK;
}

inline void vk_barrier(vk_state& s, vk::CommandBuffer cmd, uint32_t src_stage, uint32_t src_access, uint32_t dst_stage,
                       uint32_t dst_access) {
    vk::MemoryBarrier mb{vk::ST_MEMORY_BARRIER, nullptr, src_access, dst_access};
    s.f.CmdPipelineBarrier(cmd, src_stage, dst_stage, 0, 1, &mb, 0, nullptr, 0, nullptr);
}

// Runs the copies queued in the staging buffer (to pending_dst, or from `src` when
// reading back) and empties it.
inline qlm_result vk_flush_copies(qlm_context* c, vk_state& s, vk::Buffer src, vk::Buffer dst, qlm_error* err) {
    if (s.pending.empty()) return QLM_OK;
    vk::CommandBufferBeginInfo bi{vk::ST_COMMAND_BUFFER_BEGIN_INFO, nullptr, 1 /* one time */, nullptr};
    QLMI_VK_CHECK(s.f.BeginCommandBuffer(s.cmd_once, &bi), "vkBeginCommandBuffer");
    s.f.CmdCopyBuffer(s.cmd_once, src, dst, (uint32_t)s.pending.size(), s.pending.data());
    vk_barrier(s, s.cmd_once, vk::PIPE_STAGE_TRANSFER, vk::ACCESS_TRANSFER_WRITE,
               vk::PIPE_STAGE_COMPUTE | vk::PIPE_STAGE_HOST, vk::ACCESS_SHADER_READ | vk::ACCESS_HOST_READ);
    QLMI_VK_CHECK(s.f.EndCommandBuffer(s.cmd_once), "vkEndCommandBuffer");
    s.pending.clear();
    s.staging_used = 0;
    return vk_submit_wait(c, s, s.cmd_once, err);
}

// Copies host bytes to a device range through the staging buffer.
inline qlm_result vk_upload(qlm_context* c, vk_state& s, const vk_range& dst, vk::DeviceSize dst_off, const void* src,
                            size_t bytes, qlm_error* err) {
    const uint8_t* p = static_cast<const uint8_t*>(src);
    while (bytes) {
        if (s.pending_dst != dst.buf || s.staging_used == s.staging.size) {
            qlm_result r = vk_flush_copies(c, s, s.staging.buf, s.pending_dst, err);
            if (r != QLM_OK) return r;
            s.pending_dst = dst.buf;
        }
        size_t k = std::min<size_t>(bytes, (size_t)(s.staging.size - s.staging_used));
        memcpy(static_cast<uint8_t*>(s.staging.map) + s.staging_used, p, k);
        s.pending.push_back({s.staging_used, dst.off + dst_off, k});
        s.staging_used += (k + 15) / 16 * 16;
        if (s.staging_used > s.staging.size) s.staging_used = s.staging.size;
        p += k;
        dst_off += k;
        bytes -= k;
    }
    return QLM_OK;
}

inline qlm_result vk_pipeline(qlm_context* c, vk_state& s, int id, qlm_error* err) {
    vk_pipe& P = s.pipes[id];
    if (P.pipe) return QLM_OK;
    const vk_shader_info& sh = vk_shader(id);
    vk::DescriptorSetLayoutBinding b[8];
    for (uint32_t i = 0; i < sh.n_bind; i++) b[i] = {i, vk::DESC_STORAGE_BUFFER, 1, vk::STAGE_COMPUTE, nullptr};
    vk::DescriptorSetLayoutCreateInfo dci{vk::ST_DESCRIPTOR_SET_LAYOUT_CREATE_INFO, nullptr, 0, sh.n_bind, b};
    QLMI_VK_CHECK(s.f.CreateDescriptorSetLayout(s.dev, &dci, nullptr, &P.dsl), "vkCreateDescriptorSetLayout");
    vk::PushConstantRange pcr{vk::STAGE_COMPUTE, 0, sh.push_bytes};
    vk::PipelineLayoutCreateInfo lci{vk::ST_PIPELINE_LAYOUT_CREATE_INFO, nullptr, 0, 1, &P.dsl, 1, &pcr};
    QLMI_VK_CHECK(s.f.CreatePipelineLayout(s.dev, &lci, nullptr, &P.layout), "vkCreatePipelineLayout");
    vk::ShaderModuleCreateInfo mci{vk::ST_SHADER_MODULE_CREATE_INFO, nullptr, 0, s.subgroup ? sh.bytes_sg : sh.bytes,
                                   s.subgroup ? sh.code_sg : sh.code};
    vk::ShaderModule mod = 0;
    QLMI_VK_CHECK(s.f.CreateShaderModule(s.dev, &mci, nullptr, &mod), "vkCreateShaderModule");
    // gemv_lowbit.comp: constant 0 is the family (lb_family), 1 the group size.
    uint32_t spec_data[2] = {0, 0};
    const vk::SpecializationMapEntry spec_map[2] = {{0, 0, 4}, {1, 4, 4}};
    const vk::SpecializationInfo spec{2, spec_map, sizeof spec_data, spec_data};
    const bool lowbit = id >= VS_GEMV_LOWBIT;
    if (lowbit) {
        const lb_format* lf = lb_fmt(QT_LOWBIT_FIRST + (uint32_t)(id - VS_GEMV_LOWBIT));
        spec_data[0] = (uint32_t)lf->fam;
        spec_data[1] = (uint32_t)lf->group;
    }
    vk::ComputePipelineCreateInfo pci{};
    pci.sType = vk::ST_COMPUTE_PIPELINE_CREATE_INFO;
    pci.stage = {vk::ST_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, vk::STAGE_COMPUTE, mod, "main",
                 lowbit ? &spec : nullptr};
    pci.layout = P.layout;
    pci.basePipelineIndex = -1;
    vk::Result r = s.f.CreateComputePipelines(s.dev, 0, 1, &pci, nullptr, &P.pipe);
    s.f.DestroyShaderModule(s.dev, mod, nullptr);
    QLMI_VK_CHECK(r, "vkCreateComputePipelines");
    return QLM_OK;
}

// Records one dispatch: binds the pipeline, a fresh descriptor set for `bufs`, the push
// constants, then a barrier so that the next dispatch sees what this one wrote.
inline qlm_result vk_dispatch(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, int id,
                              std::initializer_list<vk_range> bufs, const void* push, uint32_t gx, uint32_t gy,
                              bool barrier, qlm_error* err) {
    qlm_result r = vk_pipeline(c, s, id, err);
    if (r != QLM_OK) return r;
    const vk_pipe& P = s.pipes[id];
    vk::DescriptorSet set = 0;
    vk::DescriptorSetAllocateInfo ai{vk::ST_DESCRIPTOR_SET_ALLOCATE_INFO, nullptr, s.dpool, 1, &P.dsl};
    QLMI_VK_CHECK(s.f.AllocateDescriptorSets(s.dev, &ai, &set), "vkAllocateDescriptorSets");
    vk::DescriptorBufferInfo bi[8];
    vk::WriteDescriptorSet w[8];
    uint32_t n = 0;
    for (const vk_range& b : bufs) {
        bi[n] = {b.buf, b.off, (b.size + 3) / 4 * 4}; // whole words: shaders read bytes through uints
        w[n] = {vk::ST_WRITE_DESCRIPTOR_SET, nullptr, set, n, 0, 1, vk::DESC_STORAGE_BUFFER, nullptr, &bi[n], nullptr};
        n++;
    }
    QLM_ASSERT(n == vk_shader(id).n_bind);
    s.f.UpdateDescriptorSets(s.dev, n, w, 0, nullptr);
    s.f.CmdBindPipeline(cmd, vk::BIND_COMPUTE, P.pipe);
    s.f.CmdBindDescriptorSets(cmd, vk::BIND_COMPUTE, P.layout, 0, 1, &set, 0, nullptr);
    s.f.CmdPushConstants(cmd, P.layout, vk::STAGE_COMPUTE, 0, vk_shader(id).push_bytes, push);
    s.f.CmdDispatch(cmd, gx, gy, 1);
    if (barrier)
        vk_barrier(s, cmd, vk::PIPE_STAGE_COMPUTE, vk::ACCESS_SHADER_WRITE, vk::PIPE_STAGE_COMPUTE,
                   vk::ACCESS_SHADER_READ | vk::ACCESS_SHADER_WRITE);
    return QLM_OK;
}

// y[y_off + r] (+)= W.row(r) . x for the matrices `ws`, stored back to back from the start
// of `wr` and written back to back into y: one dispatch when they share a type and row
// length (Q/K/V and gate/up usually do), one each otherwise.
inline qlm_result vk_gemv(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, std::initializer_list<const qtensor*> ws,
                          const vk_range& wr, const vk_range& x, const vk_range& y, bool accumulate, qlm_error* err) {
    const qtensor* const* mats = ws.begin();
    const size_t n = ws.size();
    size_t i = 0;
    uint32_t w_off = 0, y_off = 0;
    while (i < n) {
        const qtensor& w = *mats[i];
        int64_t rows = 0;
        size_t j = i;
        for (; j < n && mats[j]->type == w.type && mats[j]->ne0 == w.ne0; j++) rows += mats[j]->ne1;
        int64_t block = 0;
        const int id = vk_gemv_shader(w.type, &block);
        const uint32_t push[5] = {(uint32_t)w.ne0, (uint32_t)rows, accumulate ? 1u : 0u, y_off, w_off};
        const int64_t groups = (rows + 7) / 8; // 8 rows per workgroup (shaders/gemv_main.glsl)
        const uint32_t gx = (uint32_t)std::min<int64_t>(groups, 65535), gy = (uint32_t)((groups + gx - 1) / gx);
        qlm_result r = vk_dispatch(c, s, cmd, id, {wr, x, y}, push, gx, gy, j == n, err);
        if (r != QLM_OK) return r;
        w_off += (uint32_t)(w.row_bytes * (size_t)rows);
        y_off += (uint32_t)rows;
        i = j;
    }
    return QLM_OK;
}

// Records the whole token step into cmd (see the file comment). The host has written the
// token's embedding into x_in and its position into params. `parts` (VK_REC_*) leaves out
// the GEMVs or the other dispatches: examples/vulkan_profile.cpp times the step with and
// without them (docs/VULKAN.md, Speed); a forward pass records everything.
enum : uint32_t { VK_REC_GEMV = 1, VK_REC_OTHER = 2, VK_REC_ALL = 3 };
inline qlm_result vk_record(qlm_context* c, vk_state& s, vk::CommandBuffer cmd, bool logits, qlm_error* err,
                            uint32_t parts = VK_REC_ALL) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    const uint32_t E = (uint32_t)h.n_embd, NH = (uint32_t)h.n_head, FF = (uint32_t)h.n_ff;
    vk::CommandBufferBeginInfo bi{vk::ST_COMMAND_BUFFER_BEGIN_INFO, nullptr, 0, nullptr};
    QLMI_VK_CHECK(s.f.BeginCommandBuffer(cmd, &bi), "vkBeginCommandBuffer");
    vk::BufferCopy cp{s.x_in.off, s.x.off, s.x.size};
    s.f.CmdCopyBuffer(cmd, s.host.buf, s.scratch.buf, 1, &cp);
    vk_barrier(s, cmd, vk::PIPE_STAGE_TRANSFER, vk::ACCESS_TRANSFER_WRITE, vk::PIPE_STAGE_COMPUTE,
               vk::ACCESS_SHADER_READ | vk::ACCESS_SHADER_WRITE);
    struct { uint32_t n; float eps; } norm_pc{E, h.eps};
    const uint32_t swiglu_pc = FF;
    qlm_result r = QLM_OK;
#define QLMI_TRY(x) \
    if ((r = (x)) != QLM_OK) return r
#define QLMI_GEMV(...) \
    if (parts & VK_REC_GEMV) QLMI_TRY(vk_gemv(__VA_ARGS__))
#define QLMI_OTHER(...) \
    if (parts & VK_REC_OTHER) QLMI_TRY(vk_dispatch(__VA_ARGS__))
    for (size_t l = 0; l < m.layers.size(); l++) {
        const layer_weights& L = m.layers[l];
        const vk_layer_ranges& R = s.layers[l];
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, R.attn_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.wq, &L.wk, &L.wv}, R.wqkv, s.xn, s.qkv, false, err);
        QLMI_OTHER(c, s, cmd, VS_ROPE_STORE, {s.qkv, R.kv, s.params, s.rope_tab, s.signs}, &s.kvp, 1, 1, true, err);
        QLMI_OTHER(c, s, cmd, VS_ATTN, {s.qkv, R.kv, s.att, s.scores, s.params, s.signs}, &s.kvp, NH, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.wo}, R.wo, s.att, s.x, true, err);
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, R.ffn_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.w_gate, &L.w_up}, R.wgu, s.xn, s.gu, false, err);
        QLMI_OTHER(c, s, cmd, VS_SWIGLU, {s.gu}, &swiglu_pc, (FF + 63) / 64, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&L.w_down}, R.w_down, s.gu, s.x, true, err);
    }
    if (logits) {
        QLMI_OTHER(c, s, cmd, VS_RMSNORM, {s.x, s.out_norm, s.xn}, &norm_pc, 1, 1, true, err);
        QLMI_GEMV(c, s, cmd, {&m.output}, s.output, s.xn, s.logits, false, err);
        vk_barrier(s, cmd, vk::PIPE_STAGE_COMPUTE, vk::ACCESS_SHADER_WRITE, vk::PIPE_STAGE_HOST, vk::ACCESS_HOST_READ);
    }
#undef QLMI_TRY
#undef QLMI_GEMV
#undef QLMI_OTHER
    QLMI_VK_CHECK(s.f.EndCommandBuffer(cmd), "vkEndCommandBuffer");
    return QLM_OK;
}

inline qlm_result vk_init_state(qlm_context* c, vk_state& s, qlm_error* err) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    qlm_result r = vk_load(c, s, err);
    if (r == QLM_OK) r = vk_pick_device(c, s, err);
    if (r != QLM_OK) return r;

    // The KV cache: every type (F16, INT8, INT4, INT2, keys and values apart), groups,
    // window and sinks, and the rotations none and Hadamard; calibrated rotations (a matrix
    // per layer and head) stay on the CPU.
    const kv_cache& kvc = c->kv;
    if (kvc.rot.kind != QLM_KV_ROT_NONE && kvc.rot.kind != QLM_KV_ROT_HADAMARD)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                    "vulkan: the calibrated KV rotation has no shader (none and hadamard do)");
    if (kvc.kp.T)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: per-channel keys (kv_k_channel) have no shader");
    // Every matrix must have a shader and fit one binding.
    std::vector<const qtensor*> mats = {&m.output};
    for (const layer_weights& L : m.layers)
        for (const qtensor* t : {&L.wq, &L.wk, &L.wv, &L.wo, &L.w_gate, &L.w_up, &L.w_down}) mats.push_back(t);
    for (const qtensor* t : mats) {
        int64_t block = 1;
        if (vk_gemv_shader(t->type, &block) < 0 || t->ne0 % block != 0)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: no shader for %s weights with rows of %lld",
                        type_info(t->type)->name, (long long)t->ne0);
    }
    if (h.head_dim > 1024 || (uint32_t)h.n_head * c->n_ctx * 4ull > s.max_range)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: head_dim %d or n_ctx %u too large", h.head_dim, c->n_ctx);

    // Buffer layouts.
    const vk::DeviceSize E = (vk::DeviceSize)h.n_embd, HD = (vk::DeviceSize)h.head_dim;
    const vk::DeviceSize Q = (vk::DeviceSize)h.n_head * HD, KV = (vk::DeviceSize)h.n_head_kv * HD;
    vk_layout wl, kl, sl, hl;
    auto bytes = [](const qtensor& t) { return (vk::DeviceSize)t.row_bytes * (vk::DeviceSize)t.ne1; };
    auto mat = [&](const qtensor& t) { return wl.take(bytes(t)); };
    s.layers.resize(m.layers.size());
    for (size_t l = 0; l < m.layers.size(); l++) {
        const layer_weights& L = m.layers[l];
        vk_layer_ranges& R = s.layers[l];
        R.attn_norm = wl.take(E * 4);
        R.ffn_norm = wl.take(E * 4);
        R.wqkv = wl.take(bytes(L.wq) + bytes(L.wk) + bytes(L.wv));
        R.wo = mat(L.wo);
        R.wgu = wl.take(bytes(L.w_gate) + bytes(L.w_up));
        R.w_down = mat(L.w_down);
        // The host cache's parts, same sizes and row layout (src/kv.h), so that
        // kv_download/kv_upload copy bytes.
        for (int which = 0; which < 2; which++) {
            const kv_plane& pl = which ? kvc.vp : kvc.kp;
            const vk::DeviceSize main_bytes =
                pl.type < 0 ? (vk::DeviceSize)c->n_ctx * KV * 2
                            : (vk::DeviceSize)c->n_ctx * (vk::DeviceSize)h.n_head_kv * pl.row_bytes;
            R.part[which][0] = kl.take(main_bytes);
            R.part[which][1] = kl.take((vk::DeviceSize)pl.n_sink * KV * 2);
            R.part[which][2] = kl.take((vk::DeviceSize)pl.n_ring * KV * 2);
        }
        R.kv = {0, R.part[0][0].off, R.part[1][2].off + R.part[1][2].size - R.part[0][0].off};
        if (R.kv.size > s.max_range)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX,
                        "vulkan: a layer's KV cache (%.1f MiB) exceeds the device's binding limit of %u bytes",
                        (double)R.kv.size / 1048576.0, s.max_range);
    }
    {
        const vk_layer_ranges& R0 = s.layers[0];
        auto rel = [&](int which, int part) { return (uint32_t)(R0.part[which][part].off - R0.kv.off); };
        auto typ = [](const kv_plane& pl) { return pl.type < 0 ? 0u : (uint32_t)pl.type + 1u; }; // qlm_kv_type
        s.kvp = {(uint32_t)h.n_head, (uint32_t)h.n_head_kv, (uint32_t)h.head_dim, (uint32_t)h.n_rot,
                 h.rope == ROPE_NEOX ? 1u : 0u, c->n_ctx, 1.0f / std::sqrt((float)h.head_dim),
                 kvc.rot.kind == QLM_KV_ROT_HADAMARD ? 1u : 0u, (uint32_t)std::max(kvc.kp.G, 1),
                 std::max(kvc.kp.n_sink, kvc.vp.n_sink), std::max(kvc.kp.n_ring, kvc.vp.n_ring), kvc.window,
                 typ(kvc.kp), rel(0, 0), rel(0, 1), rel(0, 2), (uint32_t)kvc.kp.row_bytes,
                 typ(kvc.vp), rel(1, 0), rel(1, 1), rel(1, 2), (uint32_t)kvc.vp.row_bytes};
    }
    s.out_norm = wl.take(E * 4);
    s.output = mat(m.output);
    const vk::DeviceSize half_rot = (vk::DeviceSize)h.n_rot / 2;
    s.rope_tab = wl.take((vk::DeviceSize)c->n_ctx * half_rot * 8);
    s.signs = wl.take(HD * 4);
    s.x = sl.take(E * 4), s.xn = sl.take(std::max(E, Q) * 4), s.qkv = sl.take((Q + 2 * KV) * 4);
    s.att = sl.take(Q * 4), s.gu = sl.take((vk::DeviceSize)h.n_ff * 8);
    s.scores = sl.take((vk::DeviceSize)h.n_head * c->n_ctx * 4);
    s.x_in = hl.take(E * 4), s.params = hl.take(16), s.logits = hl.take((vk::DeviceSize)h.n_vocab * 4);
    vk::DeviceSize biggest = s.output.size;
    for (const vk_layer_ranges& R : s.layers) biggest = std::max({biggest, R.wqkv.size, R.wgu.size, R.w_down.size, R.wo.size});
    if (biggest > s.max_range)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "vulkan: %.1f MiB of weights exceed the device's binding limit of %u bytes",
                    (double)biggest / 1048576.0, s.max_range);

    if ((r = vk_alloc(c, s, &s.weights, wl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.kv, kl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.scratch, sl.size, false, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.host, hl.size, true, err)) != QLM_OK) return r;
    if ((r = vk_alloc(c, s, &s.staging, std::min<vk::DeviceSize>(wl.size, 16u << 20), true, err)) != QLM_OK) return r;
    for (vk_layer_ranges& R : s.layers) {
        for (vk_range* w : {&R.attn_norm, &R.ffn_norm, &R.wqkv, &R.wo, &R.wgu, &R.w_down})
            vk_bind(w, s.weights);
        vk_bind(&R.kv, s.kv);
        for (auto& pl : R.part)
            for (vk_range& part : pl) vk_bind(&part, s.kv);
    }
    for (vk_range* w : {&s.out_norm, &s.output, &s.rope_tab, &s.signs}) vk_bind(w, s.weights);
    for (vk_range* w : {&s.x, &s.xn, &s.qkv, &s.att, &s.gu, &s.scores}) vk_bind(w, s.scratch);
    for (vk_range* w : {&s.x_in, &s.params, &s.logits}) vk_bind(w, s.host);

    // Command pool, fence, descriptor pool (one set per dispatch of both command buffers).
    vk::CommandPoolCreateInfo cpi{vk::ST_COMMAND_POOL_CREATE_INFO, nullptr, 0, s.qfam};
    QLMI_VK_CHECK(s.f.CreateCommandPool(s.dev, &cpi, nullptr, &s.cpool), "vkCreateCommandPool");
    vk::CommandBuffer cmds[3];
    vk::CommandBufferAllocateInfo cai{vk::ST_COMMAND_BUFFER_ALLOCATE_INFO, nullptr, s.cpool, vk::CMD_LEVEL_PRIMARY, 3};
    QLMI_VK_CHECK(s.f.AllocateCommandBuffers(s.dev, &cai, cmds), "vkAllocateCommandBuffers");
    s.cmd_logits = cmds[0], s.cmd_nologits = cmds[1], s.cmd_once = cmds[2];
    vk::FenceCreateInfo fci{vk::ST_FENCE_CREATE_INFO, nullptr, 0};
    QLMI_VK_CHECK(s.f.CreateFence(s.dev, &fci, nullptr, &s.fence), "vkCreateFence");
    const uint32_t n_sets = 2 * (12 * (uint32_t)h.n_layer + 2); // at most 12 dispatches per layer
    vk::DescriptorPoolSize ps{vk::DESC_STORAGE_BUFFER, n_sets * 6};
    vk::DescriptorPoolCreateInfo dpi{vk::ST_DESCRIPTOR_POOL_CREATE_INFO, nullptr, 0, n_sets, 1, &ps};
    QLMI_VK_CHECK(s.f.CreateDescriptorPool(s.dev, &dpi, nullptr, &s.dpool), "vkCreateDescriptorPool");

    // Upload: norms (already F32 on the host), matrices as stored, the RoPE table.
    for (size_t l = 0; l < m.layers.size() && r == QLM_OK; l++) {
        const layer_weights& L = m.layers[l];
        const vk_layer_ranges& R = s.layers[l];
        r = vk_upload(c, s, R.attn_norm, 0, L.attn_norm.data(), (size_t)E * 4, err);
        if (r == QLM_OK) r = vk_upload(c, s, R.ffn_norm, 0, L.ffn_norm.data(), (size_t)E * 4, err);
        const struct { const qtensor* t; const vk_range* r; vk::DeviceSize off; } ws[] = {
            {&L.wq, &R.wqkv, 0}, {&L.wk, &R.wqkv, bytes(L.wq)}, {&L.wv, &R.wqkv, bytes(L.wq) + bytes(L.wk)},
            {&L.wo, &R.wo, 0}, {&L.w_gate, &R.wgu, 0}, {&L.w_up, &R.wgu, bytes(L.w_gate)}, {&L.w_down, &R.w_down, 0}};
        for (const auto& w : ws)
            if (r == QLM_OK) r = vk_upload(c, s, *w.r, w.off, w.t->data, (size_t)bytes(*w.t), err);
    }
    if (r == QLM_OK) r = vk_upload(c, s, s.out_norm, 0, m.output_norm.data(), (size_t)E * 4, err);
    if (r == QLM_OK) r = vk_upload(c, s, s.output, 0, m.output.data, (size_t)s.output.size, err);
    if (r == QLM_OK) { // the Hadamard sign flips (unused without rotation)
        std::vector<float> sg = c->kv.rot.sign;
        sg.resize((size_t)HD, 1.0f);
        r = vk_upload(c, s, s.signs, 0, sg.data(), sg.size() * 4, err);
    }
    // cos/sin of pos * inv_freq[i], computed exactly as the CPU's rope_apply does.
    std::vector<float> tab((size_t)(half_rot * 2));
    for (uint32_t pos = 0; pos < c->n_ctx && r == QLM_OK; pos++) {
        for (size_t i = 0; i < (size_t)half_rot; i++) {
            float theta = (float)pos * m.rope_inv_freq[i];
            tab[2 * i] = std::cos(theta);
            tab[2 * i + 1] = std::sin(theta);
        }
        r = vk_upload(c, s, s.rope_tab, (vk::DeviceSize)pos * half_rot * 8, tab.data(), tab.size() * 4, err);
    }
    if (r == QLM_OK) r = vk_flush_copies(c, s, s.staging.buf, s.pending_dst, err);
    if (r == QLM_OK) r = vk_record(c, s, s.cmd_logits, true, err);
    if (r == QLM_OK) r = vk_record(c, s, s.cmd_nologits, false, err);
    return r;
}

// ---- the backend_ops table ---------------------------------------------------------------------

inline void vk_be_free(qlm_context* c) {
    vk_state* s = static_cast<vk_state*>(c->be_state);
    if (!s) return;
    if (s->dev) {
        for (vk_pipe& P : s->pipes) {
            if (P.pipe) s->f.DestroyPipeline(s->dev, P.pipe, nullptr);
            if (P.layout) s->f.DestroyPipelineLayout(s->dev, P.layout, nullptr);
            if (P.dsl) s->f.DestroyDescriptorSetLayout(s->dev, P.dsl, nullptr);
        }
        if (s->dpool) s->f.DestroyDescriptorPool(s->dev, s->dpool, nullptr);
        if (s->fence) s->f.DestroyFence(s->dev, s->fence, nullptr);
        if (s->cpool) s->f.DestroyCommandPool(s->dev, s->cpool, nullptr);
        for (vk_buffer* b : {&s->weights, &s->kv, &s->scratch, &s->host, &s->staging}) vk_free_buffer(*s, *b);
        s->f.DestroyDevice(s->dev, nullptr);
    }
    if (s->inst) s->f.DestroyInstance(s->inst, nullptr);
#if defined(_WIN32)
    if (s->lib) FreeLibrary(s->lib);
#else
    if (s->lib) dlclose(s->lib);
#endif
    delete s;
    c->be_state = nullptr;
}

inline qlm_result vk_be_init(qlm_context* c, qlm_error* err) {
    vk_state* s = new (std::nothrow) vk_state();
    if (!s) return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    c->be_state = s;
    qlm_result r = vk_init_state(c, *s, err);
    if (r != QLM_OK) {
        vk_be_free(c);
        return r;
    }
    c->log.logf(QLM_LOG_INFO, "vulkan: running on %s (%s reductions), %.1f MiB of weights, %.1f MiB KV cache", s->name,
                s->subgroup ? "subgroup" : "shared-memory", (double)s->weights.size / 1048576.0,
                (double)s->kv.size / 1048576.0);
    return QLM_OK;
}

inline qlm_result vk_be_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err) {
    vk_state& s = *static_cast<vk_state*>(c->be_state);
    const qlm_model& m = *c->model;
    for (int t = 0; t < n; t++) {
        if (c->p.cancel && c->p.cancel(c->p.cancel_user))
            return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        type_info(m.tok_embd.type)
            ->to_float(m.tok_embd.row(toks[t]), reinterpret_cast<float*>(static_cast<uint8_t*>(s.host.map) + s.x_in.off),
                       m.hp.n_embd);
        uint32_t pos = (uint32_t)(pos0 + t);
        memcpy(static_cast<uint8_t*>(s.host.map) + s.params.off, &pos, 4);
        const bool all = c->p.logits_all != 0, want = logits && (all || t == n - 1);
        qlm_result r = vk_submit_wait(c, s, want ? s.cmd_logits : s.cmd_nologits, err);
        if (r != QLM_OK) return r;
        if (want)
            memcpy(c->logits.p + (all ? (size_t)t * m.hp.n_vocab : 0), static_cast<uint8_t*>(s.host.map) + s.logits.off,
                   (size_t)m.hp.n_vocab * sizeof(float));
    }
    return QLM_OK;
}

// The KV cache between the device and c->kv (same parts, same row layout), through the
// staging buffer in chunks: of the main parts the rows of positions [0, n_pos), the sinks
// and the window ring whole (the ring is indexed by position modulo its size).
inline qlm_result vk_kv_copy(qlm_context* c, uint32_t n_pos, bool down) {
    vk_state& s = *static_cast<vk_state*>(c->be_state);
    qlm_error* err = nullptr;
    kv_cache& kv = c->kv;
    for (size_t l = 0; l < s.layers.size(); l++)
        for (int which = 0; which < 2; which++) {
            kv_plane& pl = which ? kv.vp : kv.kp;
            const size_t row = pl.type < 0 ? (size_t)kv.kv_dim * 2 : (size_t)kv.n_head_kv * pl.row_bytes;
            struct { uint8_t* host; size_t bytes; } parts[3] = {
                {pl.type < 0 ? reinterpret_cast<uint8_t*>(pl.f16_row((int)l, 0)) : pl.q_row((int)l, 0, 0),
                 (size_t)n_pos * row},
                {pl.n_sink ? reinterpret_cast<uint8_t*>(pl.sink_row((int)l, 0)) : nullptr,
                 (size_t)pl.n_sink * kv.kv_dim * 2},
                {pl.n_ring ? reinterpret_cast<uint8_t*>(pl.ring_row((int)l, 0)) : nullptr,
                 (size_t)pl.n_ring * kv.kv_dim * 2},
            };
            for (int k = 0; k < 3; k++) {
                const vk_range& R = s.layers[l].part[which][k];
                for (size_t o = 0; o < parts[k].bytes; o += (size_t)s.staging.size) {
                    const size_t n = std::min(parts[k].bytes - o, (size_t)s.staging.size);
                    s.pending.push_back({0, 0, n});
                    if (down) {
                        s.pending.back().srcOffset = R.off + o;
                        qlm_result r = vk_flush_copies(c, s, s.kv.buf, s.staging.buf, err);
                        if (r != QLM_OK) return r;
                        memcpy(parts[k].host + o, s.staging.map, n);
                    } else {
                        memcpy(s.staging.map, parts[k].host + o, n);
                        s.pending.back().dstOffset = R.off + o;
                        qlm_result r = vk_flush_copies(c, s, s.staging.buf, s.kv.buf, err);
                        if (r != QLM_OK) return r;
                    }
                }
            }
        }
    return QLM_OK;
}
inline qlm_result vk_be_kv_download(qlm_context* c, uint32_t n_pos) { return vk_kv_copy(c, n_pos, true); }
inline qlm_result vk_be_kv_upload(qlm_context* c, uint32_t n_pos) { return vk_kv_copy(c, n_pos, false); }

inline const backend_ops& vulkan_backend() {
    static const backend_ops ops = {"vulkan", vk_be_init, vk_be_forward, vk_be_kv_download, vk_be_kv_upload, vk_be_free};
    return ops;
}
#undef QLMI_VK_CHECK
#undef QLMI_VK_FUNCS
#undef QLMI_VKAPI
#endif // QLM_HAS_VULKAN

// backend_attach(), which picks among the backends, is at the end of cuda.h.

} // namespace qlm_detail
#endif
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
    if (kv.kp.T)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "cuda: per-channel keys (kv_k_channel) run on the CPU only");
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

inline qlm_result cuda_be_forward(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err) {
    cuda_state& s = *static_cast<cuda_state*>(c->be_state);
    const qlm_model& m = *c->model;
    const bool all = c->p.logits_all != 0;
    char msg[512] = {0};
    for (int t = 0; t < n; t++) {
        if (c->p.cancel && c->p.cancel(c->p.cancel_user))
            return fail(err, &c->log, MSG_CANCELLED, UINT64_MAX, "decode: cancelled");
        type_info(m.tok_embd.type)->to_float(m.tok_embd.row(toks[t]), s.x.data(), m.hp.n_embd);
        const bool want = logits && (all || t == n - 1);
        float* out = want ? c->logits.p + (all ? (size_t)t * m.hp.n_vocab : 0) : nullptr;
        if (s.lib.api->step(s.dev, s.x.data(), (uint32_t)(pos0 + t), out, nullptr, msg, sizeof msg) != 0)
            return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
    }
    return QLM_OK;
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
    static const backend_ops ops = {"cuda", cuda_be_init, cuda_be_forward, cuda_be_kv_download, cuda_be_kv_upload,
                                    cuda_be_free};
    return ops;
}

// One token through the GPU at pos, returning the index of the largest logit without
// copying the logits back (argmax on the device; ties go to the lowest index, as the
// greedy sampler). The hook for a greedy fast path: decode() (model.h) owns n_past, the
// token history and the logits buffer, so wiring this into qlm_gen/step needs a
// "greedy, no bias, no penalties" flag passed down to backend_ops::forward there; until
// then the tests drive it directly. The caller keeps n_past and kv.tokens in step.
inline qlm_result cuda_step_argmax(qlm_context* c, qlm_token tok, uint32_t pos, int32_t* out, qlm_error* err) {
    if (c->be != &cuda_backend() || !c->be_state)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "cuda_step_argmax: the context is not on the GPU");
    cuda_state& s = *static_cast<cuda_state*>(c->be_state);
    const qlm_model& m = *c->model;
    if (tok < 0 || tok >= m.hp.n_vocab)
        return fail(err, &c->log, MSG_BAD_TOKEN, UINT64_MAX, "cuda_step_argmax: token %d is not in the vocabulary", tok);
    type_info(m.tok_embd.type)->to_float(m.tok_embd.row(tok), s.x.data(), m.hp.n_embd);
    char msg[512] = {0};
    if (s.lib.api->step(s.dev, s.x.data(), pos, nullptr, out, msg, sizeof msg) != 0)
        return fail(err, &c->log, MSG_BACKEND, UINT64_MAX, "%s", msg);
    return QLM_OK;
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
// ==== [qlm:kv-io] KV cache setup, save and restore ======================================
// Turns the context params into a kv_cache (validating them), and writes and reads a
// context's state. State file, little-endian:
//   "QLMKVST1", u32 version (1)
//   u32 n_layer n_head_kv head_dim n_vocab k_channel; u64 model n_params, weight_bytes
//   u32 type_k type_v rot group window sinks; u32 n_past have_logits
//   i32 tokens[n_past]; f32 logits[n_vocab] if have_logits
//   per plane (keys, then values), per layer:
//     F16 plane: rows [0, n_past) as stored; quantized plane: quantized rows [0, n_past)
//     (per-channel keys: the codes of the filled groups' positions [0, nq), nq = n_past
//     rounded down to k_channel, their steps and minima, and the F16 rows [nq, n_past)),
//     then the sink rows min(sinks, n_past), then the window's rows, the last
//     min(window, n_past) positions in order (the ring's slots depend on n_batch, which
//     may differ between the saving and the loading context).
#ifndef QLM_KV_IO_H
#define QLM_KV_IO_H

namespace qlm_detail {

inline bool kv_calib_name(char* buf, size_t cap, int l, const char* what) {
    return snprintf(buf, cap, "kv_calib.blk.%d.%s", l, what) < (int)cap;
}

// Validates the KV params of c->p and allocates c->kv. Called by qlm_context_create.
inline qlm_result kv_context_init(qlm_context* c, qlm_error* err) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    const qlm_context_params& p = c->p;
    const int hd = h.head_dim;
    if ((unsigned)p.kv_type_k > QLM_KV_INT2 || (unsigned)p.kv_type_v > QLM_KV_INT2 || (unsigned)p.kv_rot > QLM_KV_ROT_CALIBRATED)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "kv: unknown kv_type_k, kv_type_v or kv_rot");
    const bool quant = p.kv_type_k != QLM_KV_F16 || p.kv_type_v != QLM_KV_F16;
    const int group = p.kv_group ? (int)p.kv_group : std::min(64, hd);
    if (quant && (group % 32 || group > 128 || hd % group || hd > KV_MAX_HEAD_DIM))
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "kv: group %d does not suit head_dim %d (a multiple of 32, at most 128, dividing head_dim <= %d)",
                    group, hd, KV_MAX_HEAD_DIM);
    if (p.kv_rot != QLM_KV_ROT_NONE && (hd > KV_MAX_HEAD_DIM || (hd & (hd - 1))))
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "kv: rotation needs head_dim a power of two <= %d, not %d",
                    KV_MAX_HEAD_DIM, hd);
    const uint32_t chan = p.kv_k_channel;
    if (chan && ((p.kv_type_k != QLM_KV_INT4 && p.kv_type_k != QLM_KV_INT2) || (chan != 32 && chan != 64 && chan != 128) ||
                 chan > c->n_ctx))
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "kv: kv_k_channel %u needs int4 or int2 keys and groups of 32, 64 or 128 positions, at most n_ctx (%u)",
                    chan, c->n_ctx);
    kv_rotation& r = c->kv.rot;
    r.hd = hd;
    r.n_head_kv = h.n_head_kv;
    if (p.kv_rot == QLM_KV_ROT_HADAMARD) r.init_hadamard(hd);
    if (p.kv_rot == QLM_KV_ROT_CALIBRATED) {
        r.kind = QLM_KV_ROT_CALIBRATED;
        const size_t per = (size_t)h.n_head_kv * hd * hd;
        std::vector<float>* mats[4] = {&r.kf, &r.qf, &r.vf, &r.vinv};
        const char* names[4] = {"k", "q", "v", "vinv"};
        for (int i = 0; i < 4; i++) {
            mats[i]->resize(per * (size_t)h.n_layer);
            for (int l = 0; l < h.n_layer; l++) {
                char name[64];
                kv_calib_name(name, sizeof name, l, names[i]);
                const gguf_tensor* t = gguf_find_tensor(m.gf, name);
                if (!t || !t->data)
                    return fail(err, &c->log, MSG_KV_CALIB_MISSING, UINT64_MAX,
                                "kv: the model has no %s; make a calibrated copy with build/calibrate_kv", name);
                if (t->type != QT_F32 || t->ne[0] != hd || t->ne[1] != hd || t->ne[2] != h.n_head_kv || t->ne[3] != 1)
                    return fail(err, &c->log, MSG_MODEL_TENSOR_SHAPE, t->info_offset,
                                "kv: %s must be F32 [%d, %d, %d]", name, hd, hd, h.n_head_kv);
                memcpy(mats[i]->data() + per * (size_t)l, t->data, per * sizeof(float));
            }
        }
    }
    if (!c->kv.init(&c->al, h.n_layer, c->n_ctx, h.n_head_kv, hd, p.kv_type_k, p.kv_type_v, group,
                    quant ? p.kv_window : 0, quant ? p.kv_sinks : 0, c->n_batch, chan))
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory allocating the KV cache of %u tokens", c->n_ctx);
    return QLM_OK;
}

struct kv_state_header {
    char magic[8];
    uint32_t version, n_layer, n_head_kv, head_dim, n_vocab, k_channel;
    uint64_t n_params, weight_bytes;
    uint32_t type_k, type_v, rot, group, window, sinks, n_past, have_logits;
};

inline kv_state_header kv_state_header_of(const qlm_context* c) {
    const hparams& h = c->model->hp;
    kv_state_header s;
    memset(&s, 0, sizeof s);
    memcpy(s.magic, "QLMKVST1", 8);
    s.version = 1;
    s.n_layer = (uint32_t)h.n_layer;
    s.n_head_kv = (uint32_t)h.n_head_kv;
    s.head_dim = (uint32_t)h.head_dim;
    s.n_vocab = (uint32_t)h.n_vocab;
    s.k_channel = c->kv.kp.T;
    s.n_params = c->model->n_params;
    s.weight_bytes = c->model->weight_bytes;
    s.type_k = (uint32_t)c->p.kv_type_k;
    s.type_v = (uint32_t)c->p.kv_type_v;
    s.rot = (uint32_t)c->p.kv_rot;
    s.group = (uint32_t)c->kv.kp.G;
    s.window = c->kv.window;
    s.sinks = std::max(c->kv.kp.n_sink, c->kv.vp.n_sink);
    s.n_past = c->n_past;
    s.have_logits = c->have_logits ? 1 : 0;
    return s;
}

// Visits the byte ranges of the state after the header, in file order; f(ptr, bytes).
template <typename F>
inline void kv_state_ranges(qlm_context* c, uint32_t n_past, bool logits, F f) {
    kv_cache& kv = c->kv;
    f(kv.tokens.p, (size_t)n_past * sizeof(int32_t));
    // The last token's logits (the last row of them with logits_all).
    const size_t nv = (size_t)c->model->hp.n_vocab;
    if (logits) f(c->logits.p + (c->n_logits > 1 ? (size_t)(c->n_logits - 1) * nv : 0), nv * sizeof(float));
    kv_plane* planes[2] = {&kv.kp, &kv.vp};
    const size_t row16 = (size_t)kv.kv_dim * sizeof(uint16_t);
    for (kv_plane* pl : planes)
        for (int l = 0; l < kv.n_layer; l++) {
            if (pl->type < 0) {
                if (n_past) f(pl->f16_row(l, 0), n_past * row16);
                continue;
            }
            // Per-channel keys: the filled groups' codes and scales, then the F16 rows of the
            // group not yet filled.
            const uint32_t nq = pl->T ? n_past / pl->T * pl->T : n_past;
            if (nq) f(pl->q_row(l, 0, 0), (size_t)nq * kv.n_head_kv * pl->row_bytes);
            if (pl->T && nq) f(pl->cs_row(l, 0, 0), (size_t)nq / pl->T * kv.kv_dim * 2 * sizeof(uint16_t));
            for (uint32_t p = nq; p < n_past; p++) f(pl->stage_row(l, p), row16);
            uint32_t ns = std::min(pl->n_sink, n_past);
            if (ns) f(pl->sink_row(l, 0), ns * row16);
            for (uint32_t p = n_past - std::min(kv.window, n_past); p < n_past; p++) f(pl->ring_row(l, p), row16);
        }
}

} // namespace qlm_detail

extern "C" {

QLM_API size_t qlm_context_kv_bytes(const qlm_context* c) { return c ? c->kv.bytes() : 0; }
QLM_API const qlm_token* qlm_context_tokens(const qlm_context* c) { return c ? c->kv.tokens.p : nullptr; }

QLM_API qlm_result qlm_kv_type_parse(const char* name, qlm_kv_type* out) {
    static const char* names[] = {"f16", "int8", "int4", "int2"};
    for (int i = 0; name && out && i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (qlm_kv_type)i;
            return QLM_OK;
        }
    return QLM_ERR_INVALID_ARG;
}
QLM_API qlm_result qlm_kv_rot_parse(const char* name, qlm_kv_rot* out) {
    static const char* names[] = {"none", "hadamard", "calibrated"};
    for (int i = 0; name && out && i < 3; i++)
        if (!strcmp(name, names[i])) {
            *out = (qlm_kv_rot)i;
            return QLM_OK;
        }
    return QLM_ERR_INVALID_ARG;
}

QLM_API qlm_result qlm_context_save(const qlm_context* cc, const char* path, qlm_error* err) {
    using namespace qlm_detail;
    if (!cc || !path) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_save: NULL argument");
    qlm_context* c = const_cast<qlm_context*>(cc); // the visitor is shared with load; nothing is written
    FILE* f = fopen(path, "wb");
    if (!f) return fail(err, &c->log, MSG_IO_OPEN, UINT64_MAX, "qlm_context_save: cannot create %s", path);
    // A GPU backend keeps the live cache on the device: bring it to the host copy first.
    if (c->be) c->be->kv_download(c, c->n_past);
    kv_state_header h = kv_state_header_of(c);
    bool ok = fwrite(&h, sizeof h, 1, f) == 1;
    kv_state_ranges(c, h.n_past, h.have_logits != 0, [&](const void* p, size_t n) { ok = ok && fwrite(p, 1, n, f) == n; });
    ok = (fclose(f) == 0) && ok;
    if (!ok) return fail(err, &c->log, MSG_IO_READ, UINT64_MAX, "qlm_context_save: writing %s failed", path);
    return QLM_OK;
}

QLM_API qlm_result qlm_context_load(qlm_context* c, const char* path, qlm_error* err) {
    using namespace qlm_detail;
    if (!c || !path) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_load: NULL argument");
    FILE* f = fopen(path, "rb");
    if (!f) return fail(err, &c->log, MSG_IO_OPEN, UINT64_MAX, "qlm_context_load: cannot open %s", path);
    std::vector<uint8_t> bytes;
    uint8_t buf[1 << 16];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0) bytes.insert(bytes.end(), buf, buf + k);
    fclose(f);
    kv_state_header want = kv_state_header_of(c), got;
    if (bytes.size() < sizeof got)
        return fail(err, &c->log, MSG_KV_STATE, 0, "qlm_context_load: %s is too short for a state file", path);
    memcpy(&got, bytes.data(), sizeof got);
    want.n_past = got.n_past;
    want.have_logits = got.have_logits;
    if (memcmp(&want, &got, sizeof got) != 0 || got.have_logits > 1)
        return fail(err, &c->log, MSG_KV_STATE, 0,
                    "qlm_context_load: %s was saved from another model or with other KV settings", path);
    if (got.n_past > c->n_ctx)
        return fail(err, &c->log, MSG_KV_STATE, 0, "qlm_context_load: %s holds %u tokens; the context has room for %u",
                    path, got.n_past, c->n_ctx);
    size_t need = sizeof got;
    kv_state_ranges(c, got.n_past, got.have_logits != 0, [&](const void*, size_t n) { need += n; });
    if (bytes.size() != need)
        return fail(err, &c->log, MSG_KV_STATE, UINT64_MAX, "qlm_context_load: %s has %zu bytes, expected %zu", path,
                    bytes.size(), need);
    for (uint32_t i = 0; i < got.n_past; i++) {
        int32_t t;
        memcpy(&t, bytes.data() + sizeof got + 4 * (size_t)i, 4);
        if (t < 0 || t >= c->model->hp.n_vocab)
            return fail(err, &c->log, MSG_KV_STATE, sizeof got + 4 * (uint64_t)i, "qlm_context_load: bad token %d", t);
    }
    size_t off = sizeof got;
    c->n_logits = got.have_logits ? 1 : 0; // the saved logits land in row 0
    kv_state_ranges(c, got.n_past, got.have_logits != 0, [&](void* p, size_t n) {
        memcpy(p, bytes.data() + off, n);
        off += n;
    });
    c->n_past = got.n_past;
    c->have_logits = got.have_logits != 0;
    if (c->kv.kp.T) c->kv.kp.stage_g.assign((size_t)c->kv.n_layer, got.n_past / c->kv.kp.T * c->kv.kp.T);
    if (c->be) c->be->kv_upload(c, c->n_past);
    return QLM_OK;
}

} // extern "C"
#endif
// ==== [qlm:kv-calib] calibrated KV rotations ============================================
// qlm_calibrate_kv runs the model over a calibration text with the cache in F16, gathers
// per layer and KV head the second moments of keys (as stored, after RoPE), of values
// and of the queries that read them, and derives fixed transforms from them.
//
// Why not just an eigenbasis. A per-token quantizer after a Hadamard rotation makes an
// error that is close to isotropic, with a size set by the energy of the stored vector.
// For keys what counts is the logit error q . e, so the best linear transform T (keys
// stored as T k, queries as T^-T q, which keeps q . k) minimises
//     tr(T Sk T^T) * tr(T^-T Sq T^-1)
// over T. The minimum is reached at T^T T = M with
//     M = Sk^-1/2 (Sk^1/2 Sq Sk^1/2)^1/2 Sk^-1/2
// (a matrix geometric mean of Sk^-1 and Sq), and T = H M^1/2: the Hadamard H then
// spreads the result over all channels, as the per-token groups need. When Sq is a
// multiple of Sk the best T is plain H, so this never does worse than the Hadamard
// rotation on the calibration data. Values: the error of the attention output reaches
// the residual stream through W_o, so the same formula with Sq replaced by the sum over
// the KV head's query heads of W_o,h^T W_o,h gives the value transform.
// Clipping: each group's scale is still chosen at run time by the least-squares search in
// kvq_quantize_row, which adapts per token and beats a fixed calibrated threshold.
//
// The output file is the input GGUF with four F32 tensors [hd, hd, n_head_kv] per layer:
// kv_calib.blk.N.{k,q,v,vinv} (row-major matrices, y = M x).
#ifndef QLM_KV_CALIB_H
#define QLM_KV_CALIB_H

namespace qlm_detail {

// Eigen-decomposition of the symmetric n x n matrix a (destroyed) by cyclic Jacobi:
// a = V diag(w) V^T, V's columns the eigenvectors. Plenty for n <= 256, once per head.
inline void sym_eig(std::vector<double>& a, int n, std::vector<double>* w, std::vector<double>* v) {
    v->assign((size_t)n * n, 0.0);
    for (int i = 0; i < n; i++) (*v)[(size_t)i * n + i] = 1.0;
    auto A = [&](int i, int j) -> double& { return a[(size_t)i * n + j]; };
    for (int sweep = 0; sweep < 60; sweep++) {
        double off = 0.0, tot = 0.0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) (i == j ? tot : off) += A(i, j) * A(i, j);
        if (off <= 1e-22 * (tot + off)) break;
        for (int p = 0; p < n; p++)
            for (int q = p + 1; q < n; q++) {
                if (std::fabs(A(p, q)) < 1e-300) continue;
                double theta = (A(q, q) - A(p, p)) / (2.0 * A(p, q));
                double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1.0));
                double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (int k = 0; k < n; k++) { // columns p, q
                    double akp = A(k, p), akq = A(k, q);
                    A(k, p) = c * akp - s * akq;
                    A(k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; k++) { // rows p, q
                    double apk = A(p, k), aqk = A(q, k);
                    A(p, k) = c * apk - s * aqk;
                    A(q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; k++) {
                    double vkp = (*v)[(size_t)k * n + p], vkq = (*v)[(size_t)k * n + q];
                    (*v)[(size_t)k * n + p] = c * vkp - s * vkq;
                    (*v)[(size_t)k * n + q] = s * vkp + c * vkq;
                }
            }
    }
    w->resize((size_t)n);
    for (int i = 0; i < n; i++) (*w)[(size_t)i] = A(i, i);
}

// f(S) for symmetric positive semi-definite S, eigenvalues floored at floor_rel * max.
template <typename F>
inline std::vector<double> sym_fn(const std::vector<double>& s, int n, F f, double floor_rel = 1e-6) {
    std::vector<double> a = s, w, v, out((size_t)n * n, 0.0);
    sym_eig(a, n, &w, &v);
    double mx = 0.0;
    for (double x : w) mx = std::max(mx, x);
    for (int k = 0; k < n; k++) {
        double fk = f(std::max(w[(size_t)k], floor_rel * mx));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) out[(size_t)i * n + j] += v[(size_t)i * n + k] * fk * v[(size_t)j * n + k];
    }
    return out;
}

inline std::vector<double> mat_mul(const std::vector<double>& a, const std::vector<double>& b, int n) {
    std::vector<double> c((size_t)n * n, 0.0);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[(size_t)i * n + k];
            for (int j = 0; j < n; j++) c[(size_t)i * n + j] += aik * b[(size_t)k * n + j];
        }
    return c;
}

// The transform pair for data with second moment sx read through metric sm:
// fwd = H M^1/2 and its inverse-transpose H M^-1/2 (H symmetric-orthogonal up to signs,
// so inv = M^-1/2 H^T is returned too).
inline void calib_transform(const std::vector<double>& sx, const std::vector<double>& sm, int n, const kv_rotation& had,
                            std::vector<float>* fwd, std::vector<float>* inv_t, std::vector<float>* inv) {
    std::vector<double> sh = sym_fn(sx, n, [](double x) { return std::sqrt(x); });
    std::vector<double> shi = sym_fn(sx, n, [](double x) { return 1.0 / std::sqrt(x); });
    std::vector<double> mid = sym_fn(mat_mul(mat_mul(sh, sm, n), sh, n), n, [](double x) { return std::sqrt(x); });
    std::vector<double> mm = mat_mul(mat_mul(shi, mid, n), shi, n);
    std::vector<double> mh = sym_fn(mm, n, [](double x) { return std::sqrt(x); });
    std::vector<double> mhi = sym_fn(mm, n, [](double x) { return 1.0 / std::sqrt(x); });
    // Hadamard as a matrix: column j = had(e_j).
    std::vector<double> hm((size_t)n * n);
    std::vector<float> e((size_t)n), col((size_t)n);
    for (int j = 0; j < n; j++) {
        std::fill(e.begin(), e.end(), 0.0f);
        e[(size_t)j] = 1.0f;
        had.apply(0, 0, 0, e.data(), col.data());
        for (int i = 0; i < n; i++) hm[(size_t)i * n + j] = col[(size_t)i];
    }
    std::vector<double> f = mat_mul(hm, mh, n), ft = mat_mul(hm, mhi, n);
    fwd->assign(f.begin(), f.end());
    if (inv_t) inv_t->assign(ft.begin(), ft.end());
    if (inv) { // (H M^1/2)^-1 = M^-1/2 H^T
        std::vector<double> ht((size_t)n * n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) ht[(size_t)i * n + j] = hm[(size_t)j * n + i];
        std::vector<double> iv = mat_mul(mhi, ht, n);
        inv->assign(iv.begin(), iv.end());
    }
}

// Appends a key/value pair of f to w byte for byte. kv.data is the value, or an array's
// first element (its element type and count are the 12 bytes before).
inline void gguf_copy_kv(gguf_writer& w, const gguf_file& f, const gguf_kv& kv) {
    const uint8_t* a = kv.type == GGUF_ARRAY ? kv.data - 12 : kv.data;
    const uint8_t* b;
    if (kv.type == GGUF_STRING) {
        uint64_t n;
        memcpy(&n, a, 8);
        b = a + 8 + n;
    } else if (kv.type != GGUF_ARRAY) {
        b = a + gguf_scalar_size(kv.type);
    } else if (kv.arr_type == GGUF_STRING) {
        b = kv.strs.empty() ? kv.data : (const uint8_t*)kv.strs.back().p + kv.strs.back().n;
    } else {
        b = kv.data + kv.arr_n * gguf_scalar_size(kv.arr_type);
    }
    std::string key = kv.key.str();
    gguf_put_key(w, key.c_str(), kv.type);
    gguf_put(w.kv_bytes, a, (size_t)(b - a));
    if (key == "general.alignment") w.alignment = f.alignment;
}

} // namespace qlm_detail

extern "C" {
QLM_API qlm_result qlm_calibrate_kv(const qlm_model* m, const qlm_token* tokens, size_t n, uint32_t n_ctx,
                                    const char* out_path, qlm_error* err) {
    using namespace qlm_detail;
    if (!m || !tokens || !out_path || n < 2)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_calibrate_kv: NULL argument or fewer than 2 tokens");
    const hparams& h = m->hp;
    const int hd = h.head_dim, NKV = h.n_head_kv, group = h.n_head / h.n_head_kv;
    if (hd > KV_MAX_HEAD_DIM || (hd & (hd - 1)))
        return fail(err, &m->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_calibrate_kv: head_dim %d is not a power of two", hd);
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = n_ctx ? n_ctx : 512;
    qlm_context* c = nullptr;
    qlm_result r = qlm_context_create(m, &cp, &c, err);
    if (r != QLM_OK) return r;
    kv_calib_stats st;
    st.init(h.n_layer, NKV, hd);
    c->kv.calib = &st;
    for (size_t i = 0; i < n && r == QLM_OK; i += c->n_ctx) {
        qlm_context_reset(c);
        r = decode(c, tokens + i, std::min<size_t>(n - i, c->n_ctx), err);
    }
    qlm_context_free(c);
    if (r != QLM_OK) return r;

    kv_rotation had;
    had.init_hadamard(hd);
    const size_t hh = (size_t)hd * hd;
    std::vector<std::vector<float>> out[4]; // k, q, v, vinv per layer: [NKV][hd][hd]
    for (auto& o : out) o.assign((size_t)h.n_layer, std::vector<float>(hh * NKV));
    for (int l = 0; l < h.n_layer; l++) {
        const qtensor& wo = m->layers[(size_t)l].wo;
        std::vector<double> gm((size_t)NKV * hh, 0.0); // W_o metric per KV head
        std::vector<float> row((size_t)wo.ne0);
        for (int64_t rr = 0; rr < wo.ne1; rr++) {
            type_info(wo.type)->to_float(wo.row(rr), row.data(), wo.ne0);
            for (int qh = 0; qh < h.n_head; qh++)
                kv_calib_stats::add_outer(gm.data() + (size_t)(qh / group) * hh, row.data() + (size_t)qh * hd, hd);
        }
        for (int kh = 0; kh < NKV; kh++) {
            auto moment = [&](std::vector<double>& m2, double cnt) {
                std::vector<double> s(m2.begin() + (std::ptrdiff_t)(((size_t)l * NKV + kh) * hh),
                                      m2.begin() + (std::ptrdiff_t)(((size_t)l * NKV + kh + 1) * hh));
                double tr = 0.0;
                for (int i = 0; i < hd; i++) tr += s[(size_t)i * hd + i];
                for (double& x : s) x /= std::max(cnt, 1.0);
                for (int i = 0; i < hd; i++) s[(size_t)i * hd + i] += 1e-4 * tr / std::max(cnt, 1.0) / hd;
                return s;
            };
            std::vector<double> sk = moment(st.kk, st.n_k[(size_t)l]), sv = moment(st.vv, st.n_k[(size_t)l]);
            std::vector<double> sq = moment(st.qq, st.n_q[(size_t)l]);
            std::vector<double> sg(gm.begin() + (std::ptrdiff_t)(kh * hh), gm.begin() + (std::ptrdiff_t)((kh + 1) * hh));
            std::vector<float> f, ft, fi;
            calib_transform(sk, sq, hd, had, &f, &ft, nullptr);
            std::copy(f.begin(), f.end(), out[0][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            std::copy(ft.begin(), ft.end(), out[1][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            calib_transform(sv, sg, hd, had, &f, nullptr, &fi);
            std::copy(f.begin(), f.end(), out[2][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            std::copy(fi.begin(), fi.end(), out[3][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
        }
    }

    gguf_writer w;
    const gguf_file& f = m->gf;
    for (const gguf_kv& kv : f.kvs) gguf_copy_kv(w, f, kv);
    for (const gguf_tensor& t : f.tensors) {
        std::string name = t.name.str();
        if (name.compare(0, 9, "kv_calib.") == 0) continue; // replaced below
        w.add_tensor(name.c_str(), t.type, (int)t.n_dims, t.ne, t.data, (size_t)t.size);
    }
    const char* names[4] = {"k", "q", "v", "vinv"};
    const int64_t ne[3] = {hd, hd, NKV};
    for (int l = 0; l < h.n_layer; l++)
        for (int i = 0; i < 4; i++) {
            char name[64];
            kv_calib_name(name, sizeof name, l, names[i]);
            w.add_tensor(name, QT_F32, 3, ne, out[i][(size_t)l].data(), out[i][(size_t)l].size() * sizeof(float));
        }
    if (!w.write_file(out_path))
        return fail(err, &m->log, MSG_IO_OPEN, UINT64_MAX, "qlm_calibrate_kv: cannot write %s", out_path);
    return QLM_OK;
}
} // extern "C"
#endif
// ==== [qlm:api-impl] the public C functions =============================================
#ifndef QLM_API_IMPL_H
#define QLM_API_IMPL_H

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
    c->act_row_max = act_row_bytes_max(std::max<int64_t>(h.n_ff, (int64_t)XN));
    bool ok = c->x.init(&c->al, B * h.n_embd) &&
              c->xn.init(&c->al, B * XN) && c->q.init(&c->al, B * Q) && c->k.init(&c->al, B * KV) &&
              c->v.init(&c->al, B * KV) && c->gate.init(&c->al, B * h.n_ff) && c->up.init(&c->al, B * h.n_ff) && c->blk.init(&c->al, B * h.n_embd) &&
              c->scores.init(&c->al, (size_t)nt * c->n_ctx) && c->qtmp.init(&c->al, (size_t)nt * h.head_dim) && c->logits.init(&c->al, (size_t)h.n_vocab * (c->p.logits_all ? B : 1));
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
    // Per-channel keys keep F16 rows only for the group not yet filled.
    const uint32_t T = c->kv.kp.T;
    if (T && n_past < c->n_past / T * T)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "qlm_context_truncate: with per-channel keys (kv_k_channel %u) only the last %u tokens can be "
                    "dropped, not %u",
                    T, c->n_past % T, c->n_past - n_past);
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
// ==== [qlm:step] generation in steps (frame loops) and on a worker thread ===============
// qlm_gen is qlm_generate's loop turned inside out: the state that the loop kept in local
// variables (prompt position, UTF-8 tail, text held back for stop strings, counters) lives
// in the object, and qlm_gen_step runs as many loop iterations as the caller's time budget
// allows. qlm_generate is a loop over qlm_gen_step, so both behave identically.
// qlm_stream runs the same steps on a std::thread and hands the text over under a mutex.
#ifndef QLM_STEP_H
#define QLM_STEP_H

#include <atomic>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <vector>
#ifndef QLM_NO_THREADS
#include <thread>
#endif

namespace qlm_detail {
struct spec_state; // src/spec.h: the draft context and its scratch, when params.draft is set
} // namespace qlm_detail

struct qlm_gen {
    qlm_context* c = nullptr;
    qlm_sampler* s = nullptr;
    qlm_generate_params p{};
    std::vector<qlm_token> prompt;      // copied at begin
    size_t n_prefilled = 0;             // prompt tokens decoded so far
    size_t n_prefill = 0;               // prompt tokens the prefill decodes (speculative: all but the last)
    bool prefilled = false;             // the prompt is in and the sampler has seen it
    qlm_detail::spec_state* spec = nullptr; // non-null with a draft (src/spec.h)
    std::vector<std::string> stop_text; // copied stop strings; p.stop points into them
    std::vector<const char*> stop;
    int32_t limit = 0;                  // n_predict, or INT32_MAX for "until the context is full"
    qlm_detail::utf8_stream u8;
    std::string pending;                // held back while it may be the start of a stop string
    std::string text;                   // released by the last step
    qlm_generate_stats st{};
    bool done = false;
    qlm_result result = QLM_OK;
    qlm_error error{};                  // what ended the generation; repeated to later steps
    // Measured cost (ms) of one prompt token inside a chunk and of one generated token:
    // they size the prompt chunks and decide whether another unit fits in the budget.
    double ms_prompt_tok = 0, ms_token = 0;
};

namespace qlm_detail {

// Defined in src/spec.h (the part after this one).
inline qlm_result spec_begin(qlm_gen& g, qlm_error* err);
inline void spec_free(spec_state* sp);
inline void spec_prefill_done(qlm_gen& g);
inline void spec_step(qlm_gen& g);
inline qlm_result spec_finish(qlm_gen& g, qlm_result r);

inline void gen_emit(qlm_gen& g, const std::string& t, qlm_token tok) {
    if (t.empty()) return;
    g.text += t;
    if (g.p.on_text && g.p.on_text(t.data(), t.size(), tok, g.p.user) != 0) g.st.stopped_by = 3;
}

// Ends the generation. Like qlm_generate always did, whatever is still held back is
// released unless a stop string or the callback ended it.
inline void gen_finish(qlm_gen& g, qlm_result r) {
    if (g.spec) r = spec_finish(g, r); // records the last token, which the target has not run yet
    if (g.st.stopped_by != 2 && g.st.stopped_by != 3) gen_emit(g, g.pending + g.u8.flush(), -1);
    g.pending.clear();
    g.done = true;
    g.result = r;
}

inline double ema(double old, double x) { return old > 0 ? 0.7 * old + 0.3 * x : x; }

// One chunk of the prompt: max_tokens of it (at least 1, at most n_batch).
inline void gen_prefill(qlm_gen& g, size_t max_tokens) {
    size_t left = g.n_prefill - g.n_prefilled;
    if (left > 0) {
        size_t k = std::max<size_t>(1, std::min<size_t>({max_tokens, left, (size_t)g.c->n_batch}));
        // Speculative: the last prompt token is left for the first verify pass, which needs
        // its logits anyway; the prefill computes none.
        bool last = k == left, logits = last && !g.spec;
        double t0 = now_ms();
        qlm_result r = decode(g.c, g.prompt.data() + g.n_prefilled, k, &g.error, logits);
        double dt = now_ms() - t0;
        g.st.prompt_ms += dt;
        if (r != QLM_OK) return gen_finish(g, r);
        g.n_prefilled += k;
        g.ms_prompt_tok = ema(g.ms_prompt_tok, dt / (double)k);
        if (!last) return;
    }
    g.prefilled = true;
    for (qlm_token t : g.prompt) qlm_sampler_accept(g.s, t);
    if (g.spec) spec_prefill_done(g); // the draft decodes the prompt too (timed as prompt)
    if (g.done) return;
    if (g.limit == 0) gen_finish(g, QLM_OK);
}

// Records one sampled token: counters, end of generation, stop strings, and the text it
// releases. Returns true when the generation ends with it. Shared by the plain and the
// speculative step, so both stop and stream identically.
inline bool gen_push(qlm_gen& g, qlm_token tok) {
    const qlm_model& m = *g.c->model;
    qlm_sampler_accept(g.s, tok);
    g.st.n_generated++;
    g.st.last_token = tok;
    bool last = (int32_t)g.st.n_generated >= g.limit;
    if (token_is_eog(m.voc, tok)) {
        g.st.stopped_by = 1;
        return true;
    }
    g.pending += g.u8.push(token_bytes(m.voc, tok, g.p.render_special != 0));
    size_t cut = std::string::npos;
    for (const char* s : g.stop) cut = std::min(cut, g.pending.find(s));
    if (cut != std::string::npos) {
        g.pending.resize(cut);
        g.st.stopped_by = 2;
    }
    size_t hold = g.st.stopped_by == 2 ? 0 : stop_holdback(g.pending, g.stop.data(), g.stop.size());
    gen_emit(g, g.pending.substr(0, g.pending.size() - hold), tok);
    g.pending.erase(0, g.pending.size() - hold);
    return last || g.st.stopped_by >= 2;
}

// One generated token: sample, release its text, decode it. Every kept token is decoded,
// the last one and an end-of-generation token included, so the context holds the whole
// reply and a next turn can simply be appended.
inline void gen_token(qlm_gen& g) {
    qlm_context* c = g.c;
    const qlm_model& m = *c->model;
    if (g.p.cancel && *g.p.cancel)
        return gen_finish(g, fail(&g.error, &c->log, MSG_CANCELLED, UINT64_MAX, "generation cancelled"));
    if (g.spec) return spec_step(g);
    double t0 = now_ms();
    qlm_token tok = qlm_sampler_sample(g.s, qlm_get_logits(c), m.hp.n_vocab);
    bool last = gen_push(g, tok);
    qlm_result r = QLM_OK;
    // A stop string or the callback ends the reply without decoding the token; so does a
    // full context with no room to record the final one.
    bool record = g.st.stopped_by < 2 && !(last && c->n_past >= c->n_ctx);
    if (record) r = decode(c, &tok, 1, &g.error);
    double dt = now_ms() - t0;
    g.st.gen_ms += dt;
    if (record) g.ms_token = ema(g.ms_token, dt);
    if (r != QLM_OK || last) gen_finish(g, r);
}

} // namespace qlm_detail

extern "C" {

QLM_API qlm_result qlm_gen_begin(qlm_context* c, qlm_sampler* s, const qlm_token* prompt, size_t n_prompt,
                                 const qlm_generate_params* params, qlm_gen** out, qlm_error* err) {
    using namespace qlm_detail;
    if (out) *out = nullptr;
    if (!c || !s || !out || (!prompt && n_prompt))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_gen_begin: NULL argument");
    qlm_generate_params p = params ? *params : qlm_generate_params_default();
    if (p.n_stop && !p.stop) return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_gen_begin: stop is NULL");
    for (size_t i = 0; i < p.n_stop; i++)
        if (!p.stop[i] || !p.stop[i][0])
            return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_gen_begin: stop string %zu is empty", i);
    if (c->model->vocab_only)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_gen_begin: the model was loaded with vocab_only");
    const bool spec = p.draft || p.draft_ngram;
    if (n_prompt == 0 && !c->have_logits && !(spec && c->n_past > 0))
        return fail(err, &c->log, MSG_CTX_EMPTY_PROMPT, UINT64_MAX, "qlm_gen_begin: the prompt is empty");
    if (n_prompt + c->n_past > c->n_ctx && (c->p.ctx_full == QLM_CTX_FULL_ERROR || n_prompt > c->n_ctx))
        return fail(err, &c->log, MSG_CTX_FULL, UINT64_MAX,
                    "qlm_gen_begin: the prompt (%zu tokens) does not fit in the context (%u of %u used)", n_prompt,
                    c->n_past, c->n_ctx);
    for (size_t i = 0; i < n_prompt; i++)
        if (prompt[i] < 0 || prompt[i] >= c->model->hp.n_vocab)
            return fail(err, &c->log, MSG_BAD_TOKEN, UINT64_MAX,
                        "qlm_gen_begin: token %d at index %zu is not in the vocabulary", prompt[i], i);
    qlm_gen* g = new (std::nothrow) qlm_gen();
    if (!g) return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    try {
        g->prompt.assign(prompt, prompt + n_prompt);
        g->stop_text.assign(p.stop, p.stop + p.n_stop);
        for (const std::string& t : g->stop_text) g->stop.push_back(t.c_str());
    } catch (const std::bad_alloc&) {
        delete g;
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    }
    p.stop = g->stop.data();
    g->c = c;
    g->s = s;
    g->p = p;
    g->limit = p.n_predict < 0 ? INT32_MAX : p.n_predict;
    g->st.n_prompt = (uint32_t)n_prompt;
    g->st.last_token = -1;
    g->n_prefill = n_prompt;
    if (spec) {
        qlm_result r = spec_begin(*g, err);
        if (r != QLM_OK) {
            qlm_gen_end(g);
            return r;
        }
    }
    *out = g;
    return QLM_OK;
}

QLM_API qlm_result qlm_gen_step(qlm_gen* g, double budget_ms, qlm_error* err) {
    using namespace qlm_detail;
    if (!g) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_gen_step: gen is NULL");
    g->text.clear();
    double t0 = now_ms();
    while (!g->done) {
        double elapsed = now_ms() - t0;
        if (g->n_prefilled < g->n_prefill) {
            // Size the chunk to what is left of the budget; with no measurement yet, 1 token.
            size_t k = g->c->n_batch;
            if (budget_ms > 0)
                k = g->ms_prompt_tok > 0 ? (size_t)(std::max(0.0, budget_ms - elapsed) / g->ms_prompt_tok) : 1;
            gen_prefill(*g, k);
        } else {
            // Nothing (more) to prefill: an empty prompt, or a one-token one with a draft.
            if (!g->prefilled) gen_prefill(*g, 0);
            if (!g->done) gen_token(*g); // (n_predict = 0 finished in gen_prefill)
        }
        if (budget_ms <= 0) break;
        double next = !g->prefilled ? g->ms_prompt_tok : g->ms_token;
        if (next <= 0 || now_ms() - t0 + next > budget_ms) break;
    }
    if (g->result != QLM_OK && err) *err = g->error;
    return g->result;
}

QLM_API int qlm_gen_done(const qlm_gen* g) { return !g || g->done; }

QLM_API const char* qlm_gen_text(const qlm_gen* g, size_t* len) {
    if (len) *len = g ? g->text.size() : 0;
    return g ? g->text.c_str() : "";
}

QLM_API qlm_generate_stats qlm_gen_stats(const qlm_gen* g) {
    qlm_generate_stats st{};
    st.last_token = -1;
    return g ? g->st : st;
}

QLM_API void qlm_gen_end(qlm_gen* g) {
    if (g) qlm_detail::spec_free(g->spec);
    delete g;
}

} // extern "C"

// ---- worker thread -----------------------------------------------------------------------

struct qlm_stream {
    qlm_gen* g = nullptr;
    std::mutex mu;          // guards everything below it
    std::string queue;      // text produced and not yet read
    qlm_generate_stats stats{};
    bool finished = false;
    std::atomic<int> cancel{0};
    // The context's own cancel callback, chained behind the stream's flag while it runs.
    qlm_cancel_fn ctx_cancel = nullptr;
    void* ctx_cancel_user = nullptr;
#ifndef QLM_NO_THREADS
    std::thread worker;
#endif
};

namespace qlm_detail {

inline int stream_cancel_cb(void* user) {
    qlm_stream* s = static_cast<qlm_stream*>(user);
    return s->cancel.load(std::memory_order_relaxed) || (s->ctx_cancel && s->ctx_cancel(s->ctx_cancel_user));
}

inline void stream_run(qlm_stream* s) {
    qlm_gen* g = s->g;
    while (!g->done) {
        if (s->cancel.load(std::memory_order_relaxed)) {
            gen_finish(*g, fail(&g->error, &g->c->log, MSG_CANCELLED, UINT64_MAX, "generation cancelled"));
        } else {
            // One unit per step: each token reaches the queue as soon as it exists.
            qlm_gen_step(g, 0, nullptr);
        }
        std::lock_guard<std::mutex> lock(s->mu);
        s->queue += g->text;
        s->stats = g->st;
        s->finished = g->done;
    }
}

} // namespace qlm_detail

extern "C" {

QLM_API qlm_result qlm_stream_start(qlm_context* c, qlm_sampler* smp, const qlm_token* prompt, size_t n_prompt,
                                    const qlm_generate_params* params, qlm_stream** out, qlm_error* err) {
    using namespace qlm_detail;
    if (out) *out = nullptr;
    if (!out) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_stream_start: out is NULL");
#ifdef QLM_NO_THREADS
    (void)c, (void)smp, (void)prompt, (void)n_prompt, (void)params;
    return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_stream_start: built with QLM_NO_THREADS");
#else
    qlm_gen* g = nullptr;
    qlm_result r = qlm_gen_begin(c, smp, prompt, n_prompt, params, &g, err);
    if (r != QLM_OK) return r;
    qlm_stream* s = new (std::nothrow) qlm_stream();
    if (!s) {
        qlm_gen_end(g);
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    }
    s->g = g;
    s->ctx_cancel = c->p.cancel;
    s->ctx_cancel_user = c->p.cancel_user;
    c->p.cancel = stream_cancel_cb;
    c->p.cancel_user = s;
    try {
        s->worker = std::thread(stream_run, s);
    } catch (const std::system_error&) {
        c->p.cancel = s->ctx_cancel;
        c->p.cancel_user = s->ctx_cancel_user;
        delete s;
        qlm_gen_end(g);
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "qlm_stream_start: could not start a thread");
    }
    *out = s;
    return QLM_OK;
#endif
}

QLM_API size_t qlm_stream_read(qlm_stream* s, char* buf, size_t cap, qlm_stream_status* status) {
    if (!s) return 0;
    std::lock_guard<std::mutex> lock(s->mu);
    size_t n = buf ? std::min(cap, s->queue.size()) : 0;
    // Never split a UTF-8 character: back off over continuation bytes.
    while (n > 0 && n < s->queue.size() && ((unsigned char)s->queue[n] & 0xC0) == 0x80) n--;
    if (n) {
        memcpy(buf, s->queue.data(), n);
        s->queue.erase(0, n);
    }
    if (status) {
        status->done = s->finished && s->queue.empty();
        status->result = s->finished ? s->g->result : QLM_OK;
        status->stats = s->stats;
    }
    return n;
}

QLM_API void qlm_stream_cancel(qlm_stream* s) {
    if (s) s->cancel.store(1);
}

QLM_API qlm_result qlm_stream_free(qlm_stream* s, qlm_generate_stats* stats, qlm_error* err) {
    if (!s) return QLM_OK;
    s->cancel.store(1);
#ifndef QLM_NO_THREADS
    if (s->worker.joinable()) s->worker.join();
#endif
    qlm_gen* g = s->g;
    g->c->p.cancel = s->ctx_cancel;
    g->c->p.cancel_user = s->ctx_cancel_user;
    qlm_result r = g->result;
    if (stats) *stats = g->st;
    if (r != QLM_OK && err) *err = g->error;
    qlm_gen_end(g);
    delete s;
    return r;
}

} // extern "C"
#endif
// ==== [qlm:spec] speculative decoding ===================================================
// With qlm_generate_params.draft set, one generation step is:
//   1. the draft context catches up with the target's tokens (plus the pending token, see
//      below) and proposes k tokens x1..xk, one single-token pass each, each drawn from q_i:
//      the draft's logits through the target sampler's own chain;
//   2. the target runs [pending, x1..xk] in one batched pass with logits_all, which gives
//      its logits at all k + 1 positions for little more than the price of one token
//      (decode reads the weights once per pass, and on a small model reading them is most
//      of a token's cost);
//   3. x1, x2, ... are checked in order against p_i, the target's logits through the same
//      chain, with the history the sampler would have had in plain decoding (the accepted
//      tokens before x_i); the first rejection is replaced by a token of the target's own,
//      and when all k pass the target adds one more from p_{k+1}. That last token is not
//      yet run by the target: it becomes the next step's pending token.
// The check is the standard speculative sampling rule: accept x with probability
// min(1, p(x) / q(x)); on rejection draw from norm(max(0, p - q)). Every emitted token is
// then distributed exactly as p, the distribution plain decoding samples from. p and q are
// the full chain's final distributions (logit bias, penalties, temperature, top-k, top-p,
// min-p, renormalised): sampler_candidates(), the function qlm_sampler_sample draws from.
// Greedy (temperature <= 0) makes p and q one-hot, and the rule reduces to "accept while
// the proposal is the target's argmax, else emit the argmax": no random number is drawn,
// and the tokens are those of plain greedy decoding as long as a batched pass gives the
// same logits as single-token passes (it does bit for bit on the CPU: each token's
// activations are quantized alone, and the tiled kernels add in the same order).
// Rejected proposals are dropped from the target's KV cache with qlm_context_truncate; the
// draft is brought in line lazily, by comparing its token history with the target's
// before it next proposes, so reused contexts, a context shift or a chat's next turn need
// no special case.
#ifndef QLM_SPEC_H
#define QLM_SPEC_H

namespace qlm_detail {

struct spec_state {
    qlm_context* d = nullptr; // the draft context (borrowed); null: n-gram lookup
    uint32_t ngram = 0;       // lookup: the longest suffix matched
    uint32_t k = 4;           // proposals per step
    qlm_token pending = -1;   // emitted, not yet run by the target: the first token of the next pass
    qlm_sampler ds;           // the target sampler's chain and history plus this step's proposals (RNG unused)
    std::vector<qlm_token> batch;                   // pending + proposals
    std::vector<std::vector<qlm_sampler::cand>> q;  // the draft's distribution at each proposal
    std::vector<float> dense;                       // [n_vocab] zeros: q spread out while a residual is formed
    std::vector<qlm_token> catchup;                 // tokens the draft lacks
};

inline float spec_prob(const std::vector<qlm_sampler::cand>& c, qlm_token t) {
    for (const auto& x : c)
        if (x.id == t) return x.p;
    return 0.0f;
}

// The accept/reject rule for one proposal x drawn from q, with p the target's distribution
// (both candidate lists summing to 1). Returns x when accepted, else a token drawn from
// norm(max(0, p - q)). dense: zeros of at least the vocabulary's size, left as zeros.
// A one-hot p (greedy) draws no random number.
inline qlm_token spec_accept(qlm_sampler* s, const std::vector<qlm_sampler::cand>& p,
                             const std::vector<qlm_sampler::cand>& q, qlm_token x, std::vector<float>& dense,
                             bool* accepted) {
    const float px = spec_prob(p, x), qx = spec_prob(q, x);
    *accepted = true;
    if (px > 0.0f && px >= qx) return x;
    if (px > 0.0f && rng_uniform(s) < (double)px / (double)qx) return x;
    *accepted = false;
    for (const auto& e : q) dense[(size_t)e.id] = e.p;
    double sum = 0.0;
    size_t n_pos = 0;
    qlm_token only = -1;
    for (const auto& e : p) {
        float w = e.p - dense[(size_t)e.id];
        if (w > 0.0f) sum += w, n_pos++, only = e.id;
    }
    qlm_token y = -1;
    if (n_pos == 1) {
        y = only;
    } else if (n_pos > 1) {
        double r = rng_uniform(s) * sum, cum = 0.0;
        for (const auto& e : p) {
            float w = e.p - dense[(size_t)e.id];
            if (w <= 0.0f) continue;
            cum += w;
            y = e.id;
            if (r < cum) break;
        }
    }
    for (const auto& e : q) dense[(size_t)e.id] = 0.0f;
    // p <= q everywhere only happens through rounding when p equals q: draw from p.
    return y >= 0 ? y : sampler_draw(s, p);
}

// Brings the draft's KV cache to the target's tokens, then `extra` (the pending token;
// -1 = none): keeps the longest common prefix and decodes the rest. logits: compute the
// last token's logits (the draft then proposes from them).
inline qlm_result spec_sync_draft(qlm_gen& g, qlm_token extra, bool logits) {
    spec_state& sp = *g.spec;
    qlm_context *c = g.c, *d = sp.d;
    const qlm_token *tt = qlm_context_tokens(c), *dt = qlm_context_tokens(d);
    uint32_t n = 0, nt = c->n_past, nd = d->n_past;
    while (n < nt && n < nd && tt[n] == dt[n]) n++;
    // Logits are needed and nothing is left to decode: run the last common token again.
    if (logits && extra < 0 && n == nt && n > 0) n--;
    if (n < nd && qlm_context_truncate(d, n, nullptr) != QLM_OK) { // a KV window refuses long cuts
        qlm_context_reset(d);
        n = 0;
    }
    sp.catchup.assign(tt + n, tt + nt);
    if (extra >= 0) sp.catchup.push_back(extra);
    for (size_t done = 0; done < sp.catchup.size();) {
        size_t nb = std::min<size_t>(sp.catchup.size() - done, d->n_batch);
        bool last = done + nb == sp.catchup.size();
        qlm_result r = decode(d, sp.catchup.data() + done, nb, &g.error, logits && last);
        if (r != QLM_OK) return r;
        done += nb;
    }
    return QLM_OK;
}

// Lookup drafting: the history is the target's tokens plus the pending one. Finds the
// latest earlier occurrence of its last n tokens (n from ngram down to 1) and proposes up
// to k of the tokens that followed it. Text that repeats itself (code, lists, quoting the
// prompt, a small model's loops) is then predicted for free. The proposal is certain, so
// q is one-hot: accepted with probability p(x), and on rejection the token is drawn from p
// without x.
inline void spec_lookup(qlm_gen& g, int64_t k) {
    spec_state& sp = *g.spec;
    const qlm_token* ct = qlm_context_tokens(g.c);
    const int64_t len = (int64_t)g.c->n_past + 1;
    auto h = [&](int64_t i) { return i == len - 1 ? sp.pending : ct[i]; };
    for (int64_t n = std::min<int64_t>(sp.ngram, len - 1); n >= 1; n--) {
        for (int64_t j = len - n - 1; j >= 0; j--) { // j: start of an earlier occurrence
            int64_t m = 0;
            while (m < n && h(j + m) == h(len - n + m)) m++;
            if (m < n) continue;
            for (int64_t i = j + n; i < len && (int64_t)sp.batch.size() <= k; i++) {
                sp.q[sp.batch.size() - 1].assign(1, qlm_sampler::cand{h(i), 0.0f, 1.0f});
                sp.batch.push_back(h(i));
            }
            return;
        }
    }
}

inline qlm_result spec_begin(qlm_gen& g, qlm_error* err) {
    qlm_context *c = g.c, *d = g.p.draft;
    const int32_t nv = c->model->hp.n_vocab;
    if (!c->p.logits_all || c->n_batch < 2)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "speculative decoding: create the target context with logits_all = 1 and n_batch >= 2 "
                    "(it verifies the draft's tokens in one pass)");
    if (d) { // a draft model: it must speak the target's vocabulary and hold as many tokens
        const qlm_model* dm = d->model;
        if (d == c)
            return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "speculative decoding: the draft is the target context");
        if (dm->vocab_only)
            return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                        "speculative decoding: the draft model was loaded vocab_only");
        if (dm->hp.n_vocab != nv || dm->voc.eos != c->model->voc.eos || dm->voc.bos != c->model->voc.bos)
            return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                        "speculative decoding: the draft's vocabulary (%d tokens) is not the target's (%d tokens)",
                        dm->hp.n_vocab, nv);
        if (d->n_ctx < c->n_ctx)
            return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                        "speculative decoding: the draft context (n_ctx %u) must be at least as long as the target's (%u)",
                        d->n_ctx, c->n_ctx);
    }
    spec_state* sp = new (std::nothrow) spec_state();
    if (!sp) return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    sp->d = d;
    sp->ngram = g.p.draft_ngram;
    sp->k = std::min(g.p.n_draft ? g.p.n_draft : 4u, c->n_batch - 1);
    try {
        sp->dense.assign((size_t)nv, 0.0f);
        sp->q.resize(sp->k);
        sp->batch.reserve(sp->k + 1);
    } catch (const std::bad_alloc&) {
        delete sp;
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory");
    }
    g.spec = sp;
    g.n_prefill = g.prompt.empty() ? 0 : g.prompt.size() - 1; // the last one starts the first pass
    return QLM_OK;
}

inline void spec_free(spec_state* sp) { delete sp; }

// After the target's prefill: the pending token is the prompt's last (or, continuing with
// no prompt, the context's last, run again), and the draft decodes what it lacks.
inline void spec_prefill_done(qlm_gen& g) {
    spec_state& sp = *g.spec;
    qlm_context* c = g.c;
    qlm_result r = QLM_OK;
    double t0 = now_ms();
    if (!g.prompt.empty()) {
        sp.pending = g.prompt.back();
    } else {
        sp.pending = qlm_context_tokens(c)[c->n_past - 1];
        r = qlm_context_truncate(c, c->n_past - 1, &g.error);
    }
    if (r == QLM_OK && g.limit != 0 && sp.d) r = spec_sync_draft(g, -1, false);
    g.st.prompt_ms += now_ms() - t0;
    if (r != QLM_OK) gen_finish(g, r);
}

// One speculative step: propose, verify, emit 1..k+1 tokens, drop what was rejected.
inline void spec_step(qlm_gen& g) {
    spec_state& sp = *g.spec;
    qlm_context *c = g.c, *d = sp.d;
    qlm_sampler* s = g.s;
    const int32_t nv = c->model->hp.n_vocab;
    const double t0 = now_ms();
    // Proposals: no more than the tokens still wanted (a pass emits up to k + 1), and no
    // more than both caches hold without a shift (target: pending + k; draft: the same
    // minus the last proposal, which it never runs).
    int64_t k = std::min<int64_t>(sp.k, (int64_t)g.limit - (int64_t)g.st.n_generated - 1);
    if (c->p.ctx_full == QLM_CTX_FULL_ERROR) k = std::min<int64_t>(k, (int64_t)c->n_ctx - c->n_past - 1);
    if (d && d->p.ctx_full == QLM_CTX_FULL_ERROR) k = std::min<int64_t>(k, (int64_t)d->n_ctx - c->n_past);
    k = std::max<int64_t>(k, 0);
    sp.batch.assign(1, sp.pending);
    qlm_result r = QLM_OK;
    if (k > 0 && !d) {
        spec_lookup(g, k);
        k = (int64_t)sp.batch.size() - 1;
    }
    if (k > 0 && d) r = spec_sync_draft(g, sp.pending, true);
    if (k > 0 && d && r == QLM_OK) {
        sp.ds.p = s->p;
        sp.ds.bias = s->bias;
        sp.ds.history = s->history;
        sp.ds.hist_pos = s->hist_pos;
        for (int64_t i = 0; i < k && r == QLM_OK; i++) {
            sampler_candidates(&sp.ds, qlm_get_logits(d), nv);
            sp.q[(size_t)i] = sp.ds.cands;
            qlm_token x = sampler_draw(s, sp.q[(size_t)i]);
            sp.batch.push_back(x);
            qlm_sampler_accept(&sp.ds, x);
            if (i + 1 < k) r = decode(d, &x, 1, &g.error);
        }
    }
    if (r == QLM_OK) r = decode(c, sp.batch.data(), sp.batch.size(), &g.error); // logits at every position
    if (r != QLM_OK) {
        g.st.gen_ms += now_ms() - t0;
        return gen_finish(g, r);
    }
    // Verify in order; y is the target's own token (after a rejection, or the extra one).
    uint32_t n_acc = 0, n_checked = 0;
    qlm_token y = -1;
    bool end = false;
    for (int64_t i = 0; i <= k && !end; i++) {
        const float* logits = qlm_get_logits_ith(c, (int32_t)i);
        if (i == k) {
            y = qlm_sampler_sample(s, logits, nv);
            end = gen_push(g, y);
            break;
        }
        sampler_candidates(s, logits, nv);
        bool acc = false;
        n_checked++;
        qlm_token t = spec_accept(s, s->cands, sp.q[(size_t)i], sp.batch[(size_t)i + 1], sp.dense, &acc);
        if (acc) {
            n_acc++;
        } else {
            y = t;
        }
        end = gen_push(g, t);
        if (!acc) break;
    }
    g.st.n_drafted += n_checked; // proposals left unchecked by a stop are not counted
    g.st.n_accepted += n_acc;
    g.st.n_steps++;
    // The target keeps pending + the accepted proposals; a stop string or the callback
    // also takes back the token that ended the reply (plain decoding never runs it).
    uint32_t drop = (uint32_t)k - n_acc;
    const bool keep_last = g.st.stopped_by < 2;
    if (end && !keep_last && y < 0) drop++;
    sp.pending = (y >= 0 && keep_last) ? y : -1;
    r = qlm_context_truncate(c, c->n_past - drop, &g.error);
    double dt = now_ms() - t0;
    g.st.gen_ms += dt;
    g.ms_token = ema(g.ms_token, dt);
    if (r != QLM_OK || end) gen_finish(g, r);
}

// From gen_finish: runs the pending token, so that the context holds the whole reply as
// in plain decoding (unless the context is full, as there). Errors keep their result.
inline qlm_result spec_finish(qlm_gen& g, qlm_result r) {
    spec_state& sp = *g.spec;
    qlm_context* c = g.c;
    if (r == QLM_OK && sp.pending >= 0 && c->n_past < c->n_ctx) {
        double t0 = now_ms();
        r = decode(c, &sp.pending, 1, &g.error);
        g.st.gen_ms += now_ms() - t0;
    }
    sp.pending = -1;
    return r;
}

} // namespace qlm_detail
#endif
// ==== [qlm:unscope] internal macros end here ============================================
#undef QLMI_MESSAGES
#undef QLMI_PRINTF
#undef QLMI_TARGET_AVX2
#undef QLMI_X86
#endif /* QUANTLM_IMPLEMENTATION */

/*
MIT License. Copyright (c) 2026 the quantlm authors.
Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
to whom the Software is furnished to do so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
*/
