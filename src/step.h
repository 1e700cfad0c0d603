// ==== [qlm:step] generation in steps (frame loops) and on a worker thread ===============
// qlm_gen is qlm_generate's loop turned inside out: the state that the loop kept in local
// variables (prompt position, UTF-8 tail, text held back for stop strings, counters) lives
// in the object, and qlm_gen_step runs as many loop iterations as the caller's time budget
// allows. qlm_generate is a loop over qlm_gen_step, so both behave identically.
// qlm_stream runs the same steps on a std::thread and hands the text over under a mutex.
#ifndef QLM_STEP_H
#define QLM_STEP_H
#include "api_impl.h"

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
    qlm_token next = -1;                // the greedy pick, when the last decode computed only it
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
    qlm_token tok = g.next >= 0 ? g.next : qlm_sampler_sample(g.s, qlm_get_logits(c), m.hp.n_vocab);
    g.next = -1;
    bool last = gen_push(g, tok);
    qlm_result r = QLM_OK;
    // A stop string or the callback ends the reply without decoding the token; so does a
    // full context with no room to record the final one.
    bool record = g.st.stopped_by < 2 && !(last && c->n_past >= c->n_ctx);
    // A greedy sampler needs only the argmax, which a backend can compute without sending
    // the logits to the host; the last token keeps its logits for the caller.
    const bool argmax = !last && sampler_is_argmax(g.s) && decode_argmax_ok(c);
    if (record) r = decode(c, &tok, 1, &g.error, true, argmax ? &g.next : nullptr);
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
        return fail(err, &c->log, MSG_CTX_EMPTY_PROMPT, UINT64_MAX,
                    c->n_past ? "qlm_gen_begin: the prompt is empty and the context holds no logits to continue from "
                                "(a greedy generation on a GPU backend that stopped early leaves them on the device)"
                              : "qlm_gen_begin: the prompt is empty");
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
