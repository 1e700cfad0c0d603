// Sampler chain: each truncation rule keeps exactly the set it specifies; seeds repeat.
#include <doctest/doctest.h>

#include "sampler.h"

#include <map>
#include <set>

namespace {

struct sampler_holder {
    qlm_sampler* s = nullptr;
    explicit sampler_holder(qlm_sampler_params p) { REQUIRE(qlm_sampler_create(&p, &s, nullptr) == QLM_OK); }
    ~sampler_holder() { qlm_sampler_free(s); }
};

qlm_sampler_params plain(float temp) {
    qlm_sampler_params p{}; // zeroed: no truncation, no penalties
    p.temperature = temp;
    p.seed = 1234;
    p.seed_set = 1;
    return p;
}

std::set<int32_t> candidate_ids(qlm_sampler* s) {
    std::set<int32_t> ids;
    for (const auto& c : s->cands) ids.insert(c.id);
    return ids;
}

const std::vector<float> kLogits = {1.0f, 3.0f, 2.0f, 0.5f, 2.5f, -1.0f, 0.0f, 1.5f};

} // namespace

TEST_CASE("sampler greedy picks the argmax") {
    sampler_holder h(plain(0.0f));
    CHECK(qlm_sampler_sample(h.s, kLogits.data(), (int32_t)kLogits.size()) == 1);
}

TEST_CASE("sampler top-k keeps exactly the k most likely tokens") {
    qlm_sampler_params p = plain(1.0f);
    p.top_k = 3;
    sampler_holder h(p);
    qlm_detail::sampler_candidates(h.s, kLogits.data(), (int32_t)kLogits.size());
    CHECK(candidate_ids(h.s) == std::set<int32_t>{1, 4, 2});
}

TEST_CASE("sampler top-p keeps the smallest prefix reaching p") {
    // softmax of {3, 2.5, 2, 1.5, 1, 0.5, 0, -1}: compute the cumulative mass ourselves.
    std::vector<std::pair<float, int32_t>> sorted;
    for (size_t i = 0; i < kLogits.size(); i++) sorted.push_back({kLogits[i], (int32_t)i});
    std::sort(sorted.rbegin(), sorted.rend());
    double z = 0;
    for (auto& x : sorted) z += std::exp(x.first);
    for (float top_p : {0.3f, 0.6f, 0.9f}) {
        std::set<int32_t> want;
        double cum = 0;
        for (auto& x : sorted) {
            want.insert(x.second);
            cum += std::exp(x.first) / z;
            if (cum >= top_p) break;
        }
        qlm_sampler_params p = plain(1.0f);
        p.top_p = top_p;
        sampler_holder h(p);
        qlm_detail::sampler_candidates(h.s, kLogits.data(), (int32_t)kLogits.size());
        CHECK(candidate_ids(h.s) == want);
        double mass = 0;
        for (const auto& c : h.s->cands) mass += c.p;
        CHECK(mass == doctest::Approx(1.0).epsilon(1e-5));
    }
}

TEST_CASE("sampler min-p drops tokens below min_p times the best probability") {
    qlm_sampler_params p = plain(1.0f);
    p.min_p = 0.3f; // p_i / p_max = exp(l_i - 3) >= 0.3  <=>  l_i >= 3 + ln 0.3 = 1.796
    sampler_holder h(p);
    qlm_detail::sampler_candidates(h.s, kLogits.data(), (int32_t)kLogits.size());
    CHECK(candidate_ids(h.s) == std::set<int32_t>{1, 2, 4});
}

TEST_CASE("sampler temperature sharpens and flattens the distribution") {
    sampler_holder cold(plain(0.5f)), hot(plain(2.0f));
    qlm_detail::sampler_candidates(cold.s, kLogits.data(), (int32_t)kLogits.size());
    qlm_detail::sampler_candidates(hot.s, kLogits.data(), (int32_t)kLogits.size());
    CHECK(cold.s->cands[0].id == 1);
    CHECK(cold.s->cands[0].p > hot.s->cands[0].p);
    // p(best)/p(second) = exp((3 - 2.5) / T)
    CHECK(cold.s->cands[0].p / cold.s->cands[1].p == doctest::Approx(std::exp(1.0)).epsilon(1e-4));
    CHECK(hot.s->cands[0].p / hot.s->cands[1].p == doctest::Approx(std::exp(0.25)).epsilon(1e-4));
}

TEST_CASE("sampler with the same seed repeats the same tokens") {
    std::vector<float> logits(1000);
    for (size_t i = 0; i < logits.size(); i++) logits[i] = (float)std::sin((double)i * 0.37) * 3.0f;
    qlm_sampler_params p = qlm_sampler_params_default();
    p.seed = 42;
    p.seed_set = 1;
    std::vector<int32_t> a, b, c;
    {
        sampler_holder h(p);
        for (int i = 0; i < 200; i++) a.push_back(qlm_sampler_sample(h.s, logits.data(), 1000));
        qlm_sampler_reset(h.s);
        for (int i = 0; i < 200; i++) c.push_back(qlm_sampler_sample(h.s, logits.data(), 1000));
    }
    {
        sampler_holder h(p);
        for (int i = 0; i < 200; i++) b.push_back(qlm_sampler_sample(h.s, logits.data(), 1000));
    }
    CHECK(a == b);
    CHECK(a == c); // reset reseeds
    CHECK(std::set<int32_t>(a.begin(), a.end()).size() > 5); // it really samples
}

TEST_CASE("sampler draws follow the candidate probabilities") {
    qlm_sampler_params p = plain(1.0f);
    p.top_k = 3;
    sampler_holder h(p);
    std::map<int32_t, int> count;
    const int N = 20000;
    for (int i = 0; i < N; i++) count[qlm_sampler_sample(h.s, kLogits.data(), (int32_t)kLogits.size())]++;
    double z = std::exp(3.0) + std::exp(2.5) + std::exp(2.0);
    CHECK(count.size() == 3);
    CHECK((double)count[1] / N == doctest::Approx(std::exp(3.0) / z).epsilon(0.05));
    CHECK((double)count[2] / N == doctest::Approx(std::exp(2.0) / z).epsilon(0.08));
}

TEST_CASE("sampler penalties lower the logits of recent tokens") {
    qlm_sampler_params p = plain(0.0f);
    p.repeat_penalty = 2.0f;
    p.frequency_penalty = 0.1f;
    p.presence_penalty = 0.2f;
    sampler_holder h(p);
    qlm_sampler_accept(h.s, 1);
    qlm_sampler_accept(h.s, 1);
    qlm_sampler_accept(h.s, 5);
    // token 1: 3 / 2 - 2*0.1 - 0.2 = 1.1  -> the best is now token 4 (2.5)
    CHECK(qlm_sampler_sample(h.s, kLogits.data(), (int32_t)kLogits.size()) == 4);
    qlm_sampler_params q = plain(1.0f);
    q.repeat_penalty = 2.0f;
    sampler_holder g(q);
    qlm_sampler_accept(g.s, 5); // negative logit: multiplied
    qlm_detail::sampler_candidates(g.s, kLogits.data(), (int32_t)kLogits.size());
    for (const auto& c : g.s->cands)
        if (c.id == 5) CHECK(c.logit == doctest::Approx(-2.0f));
}

TEST_CASE("sampler logit bias of -inf bans a token") {
    qlm_logit_bias ban[2] = {{1, -INFINITY}, {4, -INFINITY}};
    qlm_sampler_params p = plain(0.0f);
    p.logit_bias = ban;
    p.n_logit_bias = 2;
    sampler_holder h(p);
    CHECK(qlm_sampler_sample(h.s, kLogits.data(), (int32_t)kLogits.size()) == 2);
    qlm_sampler_params q = plain(1.0f);
    q.logit_bias = ban;
    q.n_logit_bias = 2;
    sampler_holder g(q);
    for (int i = 0; i < 500; i++) {
        int32_t t = qlm_sampler_sample(g.s, kLogits.data(), (int32_t)kLogits.size());
        CHECK((t != 1 && t != 4));
    }
}

TEST_CASE("sampler rejects out-of-range parameters") {
    qlm_sampler_params p = plain(1.0f);
    p.min_p = 2.0f;
    qlm_sampler* s = nullptr;
    qlm_error err{};
    CHECK(qlm_sampler_create(&p, &s, &err) == QLM_ERR_INVALID_ARG);
    CHECK(s == nullptr);
    CHECK(err.msg_id == qlm_detail::MSG_INVALID_ARG);
}
