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
#include "step.h"

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
    std::vector<int32_t> picks;                     // greedy: the target's argmax at each position of batch
    std::vector<int32_t> dpicks;                    // greedy: the draft's argmaxes of its last decode
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
// last token's logits (the draft then proposes from them), or with `argmax` only their
// argmax, left in *argmax.
inline qlm_result spec_sync_draft(qlm_gen& g, qlm_token extra, bool logits, qlm_token* argmax = nullptr) {
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
        sp.dpicks.resize(nb); // decode's argmax rows: one, or one per token with logits_all
        qlm_result r = decode(d, sp.catchup.data() + done, nb, &g.error, logits && last,
                              argmax && last ? sp.dpicks.data() : nullptr);
        if (r != QLM_OK) return r;
        if (argmax && last) *argmax = sp.dpicks[d->p.logits_all ? nb - 1 : 0];
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
    // A greedy sampler makes each proposal the draft's argmax: a backend computes it.
    const bool d_argmax = d && sampler_is_argmax(s) && decode_argmax_ok(d);
    qlm_token dnext = -1;
    if (k > 0 && d) r = spec_sync_draft(g, sp.pending, true, d_argmax ? &dnext : nullptr);
    if (k > 0 && d && r == QLM_OK) {
        sp.ds.p = s->p;
        sp.ds.bias = s->bias;
        sp.ds.history = s->history;
        sp.ds.hist_pos = s->hist_pos;
        for (int64_t i = 0; i < k && r == QLM_OK; i++) {
            if (d_argmax) sp.ds.cands.assign(1, qlm_sampler::cand{dnext, 0.0f, 1.0f}); // q one-hot
            else sampler_candidates(&sp.ds, qlm_get_logits(d), nv);
            sp.q[(size_t)i] = sp.ds.cands;
            qlm_token x = sampler_draw(s, sp.q[(size_t)i]);
            sp.batch.push_back(x);
            qlm_sampler_accept(&sp.ds, x);
            if (i + 1 < k) r = decode(d, &x, 1, &g.error, true, d_argmax ? &dnext : nullptr);
        }
    }
    // Logits at every position; a greedy sampler needs only their argmaxes, which a backend
    // computes on the device (decode's argmax).
    const bool by_argmax = sampler_is_argmax(s) && decode_argmax_ok(c);
    sp.picks.resize(sp.batch.size());
    if (r == QLM_OK) r = decode(c, sp.batch.data(), sp.batch.size(), &g.error, true, by_argmax ? sp.picks.data() : nullptr);
    if (r != QLM_OK) {
        g.st.gen_ms += now_ms() - t0;
        return gen_finish(g, r);
    }
    // Verify in order; y is the target's own token (after a rejection, or the extra one).
    uint32_t n_acc = 0, n_checked = 0;
    qlm_token y = -1;
    bool end = false;
    for (int64_t i = 0; i <= k && !end; i++) {
        const float* logits = by_argmax ? nullptr : qlm_get_logits_ith(c, (int32_t)i);
        if (i == k) {
            y = by_argmax ? sp.picks[(size_t)i] : qlm_sampler_sample(s, logits, nv);
            end = gen_push(g, y);
            break;
        }
        if (by_argmax) s->cands.assign(1, qlm_sampler::cand{sp.picks[(size_t)i], 0.0f, 1.0f}); // p one-hot
        else sampler_candidates(s, logits, nv);
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
