// ==== [qlm:sampler] sampling chain ======================================================
// Order: logit bias -> penalties (repetition, frequency, presence over the last
// penalty_last_n accepted tokens) -> greedy if temperature <= 0, else
// temperature -> top-k -> softmax -> top-p -> min-p -> renormalise -> draw.
// The sampler owns its RNG (xoshiro256**, seeded by splitmix64) so a seed repeats.
#ifndef QLM_SAMPLER_H
#define QLM_SAMPLER_H
#include "internal.h"

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
