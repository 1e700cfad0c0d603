// Thread safety: a model is immutable after load, so contexts on different threads may
// share it. Three contexts (each with its own 2-thread pool) decode three prompts at the
// same time and must give exactly the greedy tokens they give one after another. Run
// under ThreadSanitizer by `make test-tsan`.
#include "test_util.h"

#include <thread>

namespace {

// Greedy continuation: decode the prompt, then n_gen times argmax -> decode.
std::vector<qlm_token> greedy(const qlm_model* m, const char* text, int n_gen) {
    std::vector<qlm_token> out;
    qlm_context_params p = qlm_context_params_default();
    p.n_ctx = 64;
    p.n_threads = 2;
    qlm_context* c = nullptr;
    if (qlm_context_create(m, &p, &c, nullptr) != QLM_OK) return out;
    std::vector<qlm_token> toks = qlm_test::tokens_of(m, text);
    for (int i = 0; i < n_gen && !toks.empty(); i++) {
        if (qlm_decode(c, toks.data(), toks.size(), nullptr) != QLM_OK) break;
        const float* lg = qlm_get_logits(c);
        qlm_token best = 0;
        for (qlm_token t = 1; t < qlm_n_vocab(m); t++)
            if (lg[t] > lg[best]) best = t;
        out.push_back(best);
        toks.assign(1, best);
    }
    qlm_context_free(c);
    return out;
}

} // namespace

TEST_CASE("threads: one model shared by three contexts on three threads gives the sequential tokens") {
    const qlm_model* model = qlm_test::shared_model();
    if (!model) {
        MESSAGE("skipped: model missing (make model)");
        return;
    }
    const char* prompts[3] = {"The capital of France is", "def fibonacci(n):", "Water boils at"};
    const int n_gen = 12;
    std::vector<qlm_token> seq[3], par[3];
    for (int i = 0; i < 3; i++) seq[i] = greedy(model, prompts[i], n_gen);
    std::vector<std::thread> th;
    for (int i = 0; i < 3; i++) th.emplace_back([&, i] { par[i] = greedy(model, prompts[i], n_gen); });
    for (auto& t : th) t.join();
    for (int i = 0; i < 3; i++) {
        CAPTURE(prompts[i]);
        CHECK(seq[i].size() == (size_t)n_gen);
        CHECK(par[i] == seq[i]);
    }
    // Tokenizing on several threads at once is read-only on the shared vocabulary too.
    std::vector<qlm_token> tk[3];
    th.clear();
    for (int i = 0; i < 3; i++) th.emplace_back([&, i] { tk[i] = qlm_test::tokens_of(model, prompts[i]); });
    for (auto& t : th) t.join();
    for (int i = 0; i < 3; i++) CHECK(tk[i] == qlm_test::tokens_of(model, prompts[i]));
}
