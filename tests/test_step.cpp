// The step API (qlm_gen_*) and the worker-thread stream (qlm_stream_*), on the default
// model. qlm_generate is the reference: it is the path checked against llama.cpp in
// test_forward.cpp. Uses test_forward.cpp's helpers (shared_model, ctx_holder, ctx_params).
// One thread per context: the results do not depend on it, and it keeps the suite fast on
// a busy machine, where a spinning pool waits for descheduled peers.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace {

std::vector<int32_t> step_prompt(qlm_model* m) {
    const char* text = "The three primary colours are";
    std::vector<int32_t> ids(64);
    size_t n = 0;
    REQUIRE(qlm_tokenize(m, text, strlen(text), 1, 0, ids.data(), ids.size(), &n, nullptr) == QLM_OK);
    ids.resize(n);
    return ids;
}

int append_text(const char* t, size_t len, qlm_token, void* u) {
    static_cast<std::string*>(u)->append(t, len);
    return 0;
}

// Greedy reference text and stats from qlm_generate.
std::string generate_text(qlm_model* m, const std::vector<int32_t>& prompt, int n_predict, qlm_generate_stats* st) {
    ctx_holder c(m, ctx_params(256, 1, 64));
    qlm_sampler_params sp{};
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
    std::string out;
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = n_predict;
    gp.on_text = append_text;
    gp.user = &out;
    REQUIRE(qlm_generate(c.c, s, prompt.data(), prompt.size(), &gp, st, nullptr) == QLM_OK);
    qlm_sampler_free(s);
    return out;
}

} // namespace

TEST_CASE("stepping with a zero or small budget gives qlm_generate's text, one token per zero-budget step") {
    NEED_MODEL();
    std::vector<int32_t> prompt = step_prompt(model);
    qlm_generate_stats ref_st{};
    std::string ref = generate_text(model, prompt, 16, &ref_st);
    REQUIRE(!ref.empty());
    // n_batch 4 makes a zero-budget prefill take several steps; 0.5 ms is below one
    // token's cost, so the prefill goes one token per step there.
    for (double budget : {0.0, 0.5, 30.0}) {
        CAPTURE(budget);
        ctx_holder c(model, ctx_params(256, 1, 4));
        qlm_sampler_params sp{};
        qlm_sampler* s = nullptr;
        REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
        qlm_generate_params gp = qlm_generate_params_default();
        gp.n_predict = 16;
        qlm_gen* g = nullptr;
        REQUIRE(qlm_gen_begin(c.c, s, prompt.data(), prompt.size(), &gp, &g, nullptr) == QLM_OK);
        std::string out;
        int steps = 0;
        uint32_t prev = 0;
        while (!qlm_gen_done(g)) {
            REQUIRE(qlm_gen_step(g, budget, nullptr) == QLM_OK);
            size_t n = 0;
            const char* t = qlm_gen_text(g, &n);
            out.append(t, n);
            uint32_t now = qlm_gen_stats(g).n_generated;
            if (budget == 0.0) CHECK(now - prev <= 1);
            prev = now;
            REQUIRE(++steps < 1000);
        }
        qlm_generate_stats st = qlm_gen_stats(g);
        CHECK(out == ref);
        CHECK(st.n_generated == ref_st.n_generated);
        CHECK(st.stopped_by == ref_st.stopped_by);
        // Every kept token is in the context, as with qlm_generate.
        CHECK(qlm_context_n_past(c.c) == prompt.size() + st.n_generated - (st.stopped_by >= 2 ? 1 : 0));
        if (budget == 0.0) CHECK(steps >= (int)(prompt.size() / 4 + st.n_generated));
        qlm_gen_end(g);
        qlm_sampler_free(s);
    }
}

TEST_CASE("ending a step generation early leaves the decoded tokens in the context") {
    NEED_MODEL();
    std::vector<int32_t> prompt = step_prompt(model);
    ctx_holder c(model, ctx_params(256, 1, 64));
    qlm_sampler_params sp{};
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
    qlm_gen* g = nullptr;
    REQUIRE(qlm_gen_begin(c.c, s, prompt.data(), prompt.size(), nullptr, &g, nullptr) == QLM_OK);
    CHECK(qlm_context_n_past(c.c) == 0); // begin does no model work
    for (int i = 0; i < 4; i++) REQUIRE(qlm_gen_step(g, 0, nullptr) == QLM_OK); // prompt + 3 tokens
    CHECK(!qlm_gen_done(g));
    CHECK(qlm_gen_stats(g).n_generated == 3);
    qlm_gen_end(g);
    CHECK(qlm_context_n_past(c.c) == prompt.size() + 3);
    qlm_sampler_free(s);
}

TEST_CASE("step and stream calls reject bad arguments with an error") {
    NEED_MODEL();
    ctx_holder c(model, ctx_params(64, 1, 16));
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(nullptr, &s, nullptr) == QLM_OK);
    qlm_gen* g = nullptr;
    qlm_error err{};
    int32_t bad = qlm_n_vocab(model);
    CHECK(qlm_gen_begin(c.c, s, &bad, 1, nullptr, &g, &err) == QLM_ERR_INVALID_ARG);
    CHECK(err.msg_id == qlm_detail::MSG_BAD_TOKEN);
    CHECK(g == nullptr);
    CHECK(qlm_gen_begin(c.c, s, nullptr, 0, nullptr, &g, &err) == QLM_ERR_INVALID_ARG);
    CHECK(err.msg_id == qlm_detail::MSG_CTX_EMPTY_PROMPT);
    std::vector<int32_t> big(65, 28);
    CHECK(qlm_gen_begin(c.c, s, big.data(), big.size(), nullptr, &g, &err) == QLM_ERR_CONTEXT_FULL);
    CHECK(qlm_gen_step(nullptr, 0, &err) == QLM_ERR_INVALID_ARG);
    qlm_stream* st = nullptr;
    CHECK(qlm_stream_start(c.c, s, nullptr, 0, nullptr, &st, &err) == QLM_ERR_INVALID_ARG);
    CHECK(st == nullptr);
    CHECK(qlm_stream_free(nullptr, nullptr, nullptr) == QLM_OK);
    qlm_sampler_free(s);
}

TEST_CASE("a stream delivers qlm_generate's text through its queue and stops when cancelled") {
    NEED_MODEL();
    std::vector<int32_t> prompt = step_prompt(model);
    qlm_generate_stats ref_st{};
    std::string ref = generate_text(model, prompt, 16, &ref_st);

    ctx_holder c(model, ctx_params(256, 1, 64));
    qlm_sampler_params sp{};
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = 16;
    qlm_stream* st = nullptr;
    REQUIRE(qlm_stream_start(c.c, s, prompt.data(), prompt.size(), &gp, &st, nullptr) == QLM_OK);
    std::string out;
    qlm_stream_status ss{};
    char buf[5]; // small on purpose: reads must not split a UTF-8 character
    // A deadline by the clock, not a count of 1 ms naps: under ThreadSanitizer on a busy
    // machine 16 tokens take minutes. On timeout the stream is stopped before the REQUIRE
    // unwinds, so the context is never freed under its running worker.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(30);
    while (std::chrono::steady_clock::now() < deadline) {
        size_t n = qlm_stream_read(st, buf, sizeof buf, &ss);
        out.append(buf, n);
        if (ss.done) break;
        if (n == 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!ss.done) {
        qlm_stream_cancel(st);
        qlm_stream_free(st, nullptr, nullptr);
    }
    REQUIRE(ss.done);
    CHECK(ss.result == QLM_OK);
    CHECK(out == ref);
    CHECK(ss.stats.n_generated == ref_st.n_generated);
    qlm_generate_stats fs{};
    CHECK(qlm_stream_free(st, &fs, nullptr) == QLM_OK);
    CHECK(fs.n_generated == ref_st.n_generated);

    // Cancelled while it runs: free returns promptly with QLM_ERR_CANCELLED, and the
    // context's own cancel callback is back in place.
    qlm_context_reset(c.c);
    gp.n_predict = 200;
    REQUIRE(qlm_stream_start(c.c, s, prompt.data(), prompt.size(), &gp, &st, nullptr) == QLM_OK);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    qlm_stream_cancel(st);
    qlm_error err{};
    CHECK(qlm_stream_free(st, &fs, &err) == QLM_ERR_CANCELLED);
    CHECK(err.msg_id == qlm_detail::MSG_CANCELLED);
    CHECK(fs.n_generated < 200);
    CHECK(!c.c->p.cancel);
    qlm_sampler_free(s);
}
