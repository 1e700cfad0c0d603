// Speculative decoding (src/spec.h). Uses test_forward.cpp's helpers (shared_model,
// ctx_holder, ctx_params, NEED_MODEL).
//
// The draft in the model tests is the target file with some layers' feed-forward output
// matrices replaced by their neighbours' (same type and shape), loaded from memory: a
// model that agrees with the target often but not always, so both the accept and the
// reject paths run, without a second large file or a run of build/quantize.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

namespace {

// Bytes of the default model with blk.L.ffn_down replaced by blk.(L+1).ffn_down; empty
// when the file is missing.
const std::vector<uint8_t>& perturbed_bytes() {
    static std::vector<uint8_t> buf;
    static bool done = false;
    if (done) return buf;
    done = true;
    if (!qlm_test::read_file(qlm_test::model_path(), &buf)) return buf;
    qlm_detail::gguf_file gf;
    REQUIRE(qlm_detail::gguf_parse(buf.data(), buf.size(), qlm_detail::gguf_limits{}, false, &gf, nullptr) == QLM_OK);
    for (int l : {20}) { // one layer: about 40% of greedy proposals accepted (four: 5%)
        std::string a = "blk." + std::to_string(l) + ".ffn_down.weight", b = "blk." + std::to_string(l + 1) + ".ffn_down.weight";
        const qlm_detail::gguf_tensor *ta = qlm_detail::gguf_find_tensor(gf, a.c_str()),
                                      *tb = qlm_detail::gguf_find_tensor(gf, b.c_str());
        REQUIRE(ta);
        REQUIRE(tb);
        REQUIRE(ta->size == tb->size);
        memcpy(buf.data() + (ta->data - buf.data()), tb->data, ta->size);
    }
    return buf;
}

qlm_model* draft_model() {
    static qlm_model* m = nullptr;
    static bool tried = false;
    if (!tried) {
        tried = true;
        const std::vector<uint8_t>& b = perturbed_bytes();
        if (!b.empty()) REQUIRE(qlm_model_load_memory(b.data(), b.size(), nullptr, &m, nullptr) == QLM_OK);
    }
    return m;
}

std::vector<int32_t> spec_prompt(qlm_model* m, const char* text) {
    std::vector<int32_t> ids(256);
    size_t n = 0;
    REQUIRE(qlm_tokenize(m, text, strlen(text), 1, 0, ids.data(), ids.size(), &n, nullptr) == QLM_OK);
    ids.resize(n);
    return ids;
}

int spec_append(const char* t, size_t len, qlm_token, void* u) {
    static_cast<std::string*>(u)->append(t, len);
    return 0;
}

struct gen_out {
    std::string text;
    std::vector<int32_t> ctx_tokens; // what the context holds afterwards
    qlm_generate_stats st{};
    std::vector<float> logits;       // the context's last logits afterwards
};

// One generation on c (reset first unless keep), with an optional draft.
gen_out spec_run(qlm_context* c, qlm_context* draft, uint32_t k, const std::vector<int32_t>& prompt, int n_predict,
                 const qlm_sampler_params& sp, const char* stop = nullptr, bool keep = false) {
    if (!keep) qlm_context_reset(c);
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &s, nullptr) == QLM_OK);
    gen_out o;
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = n_predict;
    gp.on_text = spec_append;
    gp.user = &o.text;
    gp.draft = draft;
    gp.n_draft = k;
    if (stop) {
        gp.stop = &stop;
        gp.n_stop = 1;
    }
    qlm_error err{};
    qlm_result r = qlm_generate(c, s, prompt.data(), prompt.size(), &gp, &o.st, &err);
    qlm_sampler_free(s);
    REQUIRE_MESSAGE(r == QLM_OK, err.text);
    const qlm_token* t = qlm_context_tokens(c);
    o.ctx_tokens.assign(t, t + qlm_context_n_past(c));
    if (const float* l = qlm_get_logits(c)) o.logits.assign(l, l + qlm_n_vocab(shared_model()));
    return o;
}

qlm_context_params target_params(uint32_t n_ctx = 512) {
    qlm_context_params p = ctx_params(n_ctx, 1, 16);
    p.logits_all = 1;
    return p;
}

const char* const kSpecPrompts[] = {
    "The three primary colours are",
    "<|im_start|>user\nWrite a short poem about the sea.<|im_end|>\n<|im_start|>assistant\n",
    "def fibonacci(n):",
};

// Pearson's chi-square of observed counts against probabilities (over the cells with p > 0;
// a count in a cell with p = 0 makes it infinite).
double chi_square(const std::vector<int>& obs, const std::vector<double>& p, int n) {
    double x = 0;
    for (size_t i = 0; i < p.size(); i++) {
        if (p[i] <= 0) {
            if (obs[i] > 0) return 1e30;
            continue;
        }
        double e = p[i] * n;
        x += (obs[i] - e) * (obs[i] - e) / e;
    }
    return x;
}

} // namespace

TEST_SUITE("spec") {

TEST_CASE("greedy speculative output equals plain greedy, token for token") {
    NEED_MODEL();
    qlm_model* dm = draft_model();
    REQUIRE(dm);
    ctx_holder plain(model, ctx_params(512, 1, 16)), target(model, target_params()), draft(dm, ctx_params(512, 1, 16));
    qlm_sampler_params greedy{};
    uint32_t drafted = 0, accepted = 0;
    for (const char* text : kSpecPrompts) {
        std::vector<int32_t> prompt = spec_prompt(model, text);
        gen_out ref = spec_run(plain.c, nullptr, 0, prompt, 40, greedy);
        for (uint32_t k : {1u, 2u, 4u, 7u}) {
            CAPTURE(text);
            CAPTURE(k);
            gen_out o = spec_run(target.c, draft.c, k, prompt, 40, greedy);
            CHECK(o.text == ref.text);
            CHECK(o.ctx_tokens == ref.ctx_tokens);
            CHECK(o.st.n_generated == ref.st.n_generated);
            CHECK(o.st.stopped_by == ref.st.stopped_by);
            CHECK(o.st.n_accepted <= o.st.n_drafted);
            drafted += o.st.n_drafted;
            accepted += o.st.n_accepted;
        }
    }
    MESSAGE("perturbed draft: accepted " << accepted << " of " << drafted);
    // Both paths ran: some proposals accepted, some rejected.
    CHECK(accepted > 0);
    CHECK(accepted < drafted);
}

TEST_CASE("stop strings, n_predict = 0 and 1, and a continuation behave as in plain decoding") {
    NEED_MODEL();
    qlm_model* dm = draft_model();
    REQUIRE(dm);
    ctx_holder plain(model, ctx_params(512, 1, 16)), target(model, target_params()), draft(dm, ctx_params(512, 1, 16));
    qlm_sampler_params greedy{};
    std::vector<int32_t> prompt = spec_prompt(model, kSpecPrompts[0]);
    gen_out ref = spec_run(plain.c, nullptr, 0, prompt, 40, greedy);
    REQUIRE(ref.text.size() > 12);
    // A stop string taken from the middle of the reference reply.
    std::string stop = ref.text.substr(ref.text.size() / 2, 4);
    for (uint32_t k : {1u, 4u}) {
        CAPTURE(k);
        gen_out a = spec_run(plain.c, nullptr, 0, prompt, 40, greedy, stop.c_str());
        gen_out b = spec_run(target.c, draft.c, k, prompt, 40, greedy, stop.c_str());
        CHECK(a.st.stopped_by == 2);
        CHECK(b.text == a.text);
        CHECK(b.st.stopped_by == a.st.stopped_by);
        CHECK(b.ctx_tokens == a.ctx_tokens);
        for (int n : {0, 1, 2}) {
            CAPTURE(n);
            gen_out x = spec_run(plain.c, nullptr, 0, prompt, n, greedy);
            gen_out y = spec_run(target.c, draft.c, k, prompt, n, greedy);
            CHECK(y.text == x.text);
            CHECK(y.ctx_tokens == x.ctx_tokens);
        }
        // A second turn appended to the first (the draft catches up by itself), then an
        // empty prompt continuing from the context's last token.
        std::vector<int32_t> turn2 = spec_prompt(model, " And the secondary ones?");
        turn2.erase(turn2.begin()); // no BOS mid-conversation
        gen_out x1 = spec_run(plain.c, nullptr, 0, prompt, 12, greedy);
        gen_out x2 = spec_run(plain.c, nullptr, 0, turn2, 12, greedy, nullptr, true);
        gen_out x3 = spec_run(plain.c, nullptr, 0, {}, 12, greedy, nullptr, true);
        gen_out y1 = spec_run(target.c, draft.c, k, prompt, 12, greedy);
        gen_out y2 = spec_run(target.c, draft.c, k, turn2, 12, greedy, nullptr, true);
        gen_out y3 = spec_run(target.c, draft.c, k, {}, 12, greedy, nullptr, true);
        CHECK(y1.text == x1.text);
        CHECK(y2.text == x2.text);
        CHECK(y3.text == x3.text);
        CHECK(y3.ctx_tokens == x3.ctx_tokens);
    }
}

TEST_CASE("n-gram lookup drafting: greedy output equals plain greedy") {
    NEED_MODEL();
    ctx_holder plain(model, ctx_params(512, 1, 16)), target(model, target_params());
    qlm_sampler_params greedy{};
    uint32_t drafted = 0, accepted = 0;
    for (const char* text : {"1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,", kSpecPrompts[1], kSpecPrompts[2]}) {
        std::vector<int32_t> prompt = spec_prompt(model, text);
        gen_out ref = spec_run(plain.c, nullptr, 0, prompt, 40, greedy);
        for (uint32_t ngram : {1u, 3u}) {
            CAPTURE(text);
            CAPTURE(ngram);
            qlm_context_reset(target.c);
            qlm_sampler* s = nullptr;
            REQUIRE(qlm_sampler_create(&greedy, &s, nullptr) == QLM_OK);
            std::string txt;
            qlm_generate_params gp = qlm_generate_params_default();
            gp.n_predict = 40;
            gp.on_text = spec_append;
            gp.user = &txt;
            gp.n_draft = 4;
            gp.draft_ngram = ngram;
            qlm_generate_stats st{};
            REQUIRE(qlm_generate(target.c, s, prompt.data(), prompt.size(), &gp, &st, nullptr) == QLM_OK);
            qlm_sampler_free(s);
            const qlm_token* t = qlm_context_tokens(target.c);
            CHECK(txt == ref.text);
            CHECK(std::vector<int32_t>(t, t + qlm_context_n_past(target.c)) == ref.ctx_tokens);
            drafted += st.n_drafted;
            accepted += st.n_accepted;
        }
    }
    MESSAGE("lookup: accepted " << accepted << " of " << drafted);
    CHECK(accepted > 0);
    CHECK(accepted < drafted);
}

TEST_CASE("the KV cache after speculative decoding equals plain decoding of the same tokens") {
    NEED_MODEL();
    qlm_model* dm = draft_model();
    REQUIRE(dm);
    ctx_holder target(model, target_params()), draft(dm, ctx_params(512, 1, 16)), fresh(model, ctx_params(512, 1, 16));
    qlm_sampler_params greedy{};
    std::vector<int32_t> prompt = spec_prompt(model, kSpecPrompts[1]);
    gen_out o = spec_run(target.c, draft.c, 5, prompt, 48, greedy);
    REQUIRE(o.st.n_accepted < o.st.n_drafted); // rejections were truncated away
    REQUIRE(o.logits.size() == 49152);
    // The same tokens decoded one by one in a fresh context.
    for (int32_t t : o.ctx_tokens) REQUIRE(qlm_decode(fresh.c, &t, 1, nullptr) == QLM_OK);
    const float* ref = qlm_get_logits(fresh.c);
    float md = 0;
    for (size_t i = 0; i < o.logits.size(); i++) md = std::max(md, std::fabs(o.logits[i] - ref[i]));
    MESSAGE("max |speculative - plain| logit after " << o.ctx_tokens.size() << " tokens = " << md);
    CHECK(md < 1e-3f);
    // One more token through both: the cache below it must agree too (its attention reads
    // every cached row, rejected positions included if they were left behind).
    int32_t next = 1000;
    REQUIRE(qlm_decode(target.c, &next, 1, nullptr) == QLM_OK);
    REQUIRE(qlm_decode(fresh.c, &next, 1, nullptr) == QLM_OK);
    const float *a = qlm_get_logits(target.c), *b = qlm_get_logits(fresh.c);
    md = 0;
    for (int32_t i = 0; i < 49152; i++) md = std::max(md, std::fabs(a[i] - b[i]));
    CHECK(md < 1e-3f);
    // The draft holds a prefix of the target's tokens (it catches up before proposing).
    const qlm_token* dt = qlm_context_tokens(draft.c);
    uint32_t nd = qlm_context_n_past(draft.c);
    REQUIRE(nd <= o.ctx_tokens.size());
    CHECK(std::vector<int32_t>(dt, dt + nd) == std::vector<int32_t>(o.ctx_tokens.begin(), o.ctx_tokens.begin() + nd));
}

TEST_CASE("a draft identical to the target is always accepted, greedy and sampled") {
    NEED_MODEL();
    // Same weights: the draft's single-token logits equal the target's batched ones, so
    // q = p at every position and the rule min(1, p/q) accepts everything.
    ctx_holder target(model, target_params()), draft(model, ctx_params(512, 1, 16));
    std::vector<int32_t> prompt = spec_prompt(model, kSpecPrompts[1]);
    qlm_sampler_params greedy{};
    qlm_sampler_params sampled = qlm_sampler_params_default();
    sampled.seed = 7;
    sampled.seed_set = 1;
    for (const qlm_sampler_params* sp : {&greedy, &sampled}) {
        gen_out o = spec_run(target.c, draft.c, 4, prompt, 30, *sp);
        CAPTURE(sp->temperature);
        CHECK(o.st.n_drafted > 0);
        CHECK(o.st.n_accepted == o.st.n_drafted);
    }
}

TEST_CASE("sampled speculative decoding repeats with a seed and emits what the context holds") {
    NEED_MODEL();
    qlm_model* dm = draft_model();
    REQUIRE(dm);
    ctx_holder target(model, target_params()), draft(dm, ctx_params(512, 1, 16));
    std::vector<int32_t> prompt = spec_prompt(model, kSpecPrompts[1]);
    qlm_sampler_params sp = qlm_sampler_params_default();
    sp.seed = 42;
    sp.seed_set = 1;
    sp.repeat_penalty = 1.1f; // penalties are part of p and q
    gen_out a = spec_run(target.c, draft.c, 4, prompt, 40, sp);
    gen_out b = spec_run(target.c, draft.c, 4, prompt, 40, sp);
    CHECK(a.text == b.text);
    CHECK(a.ctx_tokens == b.ctx_tokens);
    CHECK(a.ctx_tokens.size() == prompt.size() + a.st.n_generated);
    MESSAGE("sampled, perturbed draft: accepted " << a.st.n_accepted << " of " << a.st.n_drafted);
}

TEST_CASE("the accept/reject rule preserves the target distribution (chi-square)") {
    // A small vocabulary: the target and draft chains applied to fixed logits. q differs
    // from p in every way that matters: tokens p has and q lacks (q's top-k cuts them),
    // tokens q proposes that p has cut (p's min-p), and reordered mass.
    const int32_t nv = 8;
    const float target_logits[nv] = {2.0f, 1.5f, 1.2f, 0.3f, 0.0f, -0.5f, -3.0f, -4.0f};
    const float draft_logits[nv] = {0.5f, 2.2f, -1.0f, 1.0f, 0.2f, 1.4f, 0.9f, -5.0f};
    qlm_sampler_params pp{};
    pp.temperature = 0.9f;
    pp.min_p = 0.02f; // cuts tokens 6 and 7 from p
    pp.seed = 1234;
    pp.seed_set = 1;
    qlm_sampler_params qp = pp;
    qp.top_k = 5; // q never proposes tokens 2 and 7
    qp.min_p = 0;
    qlm_sampler *s = nullptr, *sq = nullptr;
    REQUIRE(qlm_sampler_create(&pp, &s, nullptr) == QLM_OK);
    REQUIRE(qlm_sampler_create(&qp, &sq, nullptr) == QLM_OK);
    qlm_detail::sampler_candidates(sq, draft_logits, nv);
    const std::vector<qlm_sampler::cand> q = sq->cands;
    qlm_detail::sampler_candidates(s, target_logits, nv);
    const std::vector<qlm_sampler::cand> p = s->cands;
    std::vector<double> pd(nv, 0.0), qd(nv, 0.0);
    for (const auto& c : p) pd[(size_t)c.id] = c.p;
    for (const auto& c : q) qd[(size_t)c.id] = c.p;
    REQUIRE(pd[2] > 0.1);  // p has mass q lacks
    REQUIRE(qd[6] > 0.05); // q proposes what p never emits
    REQUIRE(pd[6] == 0.0);

    const int n = 40000;
    std::vector<int> out(nv, 0), raw(nv, 0);
    std::vector<float> dense(nv, 0.0f);
    int acc_n = 0;
    for (int i = 0; i < n; i++) {
        qlm_token x = qlm_detail::sampler_draw(s, q);
        raw[(size_t)x]++;
        bool acc = false;
        qlm_token y = qlm_detail::spec_accept(s, p, q, x, dense, &acc);
        acc_n += acc;
        out[(size_t)y]++;
    }
    for (float v : dense) CHECK(v == 0.0f); // scratch left clean
    // 5 cells with p > 0 -> 5 degrees of freedom; 20.5 is the 0.001 critical value. With
    // the fixed seed the test is deterministic; a biased rule (e.g. accepting every
    // proposal, or resampling from p instead of max(0, p - q)) lands far above it, as the
    // raw proposals show.
    int df = 0;
    for (double v : pd) df += v > 0;
    df -= 1;
    double x2 = chi_square(out, pd, n), x2_raw = chi_square(raw, pd, n);
    double expected_acc = 0;
    for (int i = 0; i < nv; i++) expected_acc += std::min(pd[(size_t)i], qd[(size_t)i]);
    MESSAGE("chi-square " << x2 << " (df " << df << "), raw draft " << x2_raw << ", acceptance "
                          << (double)acc_n / n << " (expected " << expected_acc << ")");
    CHECK(df == 5);
    CHECK(x2 < 20.5);
    CHECK(x2_raw > 1000);
    CHECK(std::fabs((double)acc_n / n - expected_acc) < 0.01); // sum_x min(p, q)

    // Resampling from p itself on rejection (a common mistake) would fail the same bound.
    std::fill(out.begin(), out.end(), 0);
    for (int i = 0; i < n; i++) {
        qlm_token x = qlm_detail::sampler_draw(s, q);
        bool acc = false;
        qlm_token y = qlm_detail::spec_accept(s, p, q, x, dense, &acc);
        out[(size_t)(acc ? y : qlm_detail::sampler_draw(s, p))]++;
    }
    CHECK(chi_square(out, pd, n) > 20.5);

    // Lookup drafting: a certain proposal (q one-hot) of a token p likes, and of one p cut.
    for (qlm_token fixed : {1, 6}) {
        CAPTURE(fixed);
        const std::vector<qlm_sampler::cand> q1 = {{fixed, 0.0f, 1.0f}};
        std::fill(out.begin(), out.end(), 0);
        for (int i = 0; i < n; i++) {
            bool acc = false;
            out[(size_t)qlm_detail::spec_accept(s, p, q1, fixed, dense, &acc)]++;
        }
        CHECK(chi_square(out, pd, n) < 20.5);
    }

    // Greedy: one-hot p and q; no random number is drawn either way.
    qlm_sampler_params g{};
    qlm_sampler* sg = nullptr;
    REQUIRE(qlm_sampler_create(&g, &sg, nullptr) == QLM_OK);
    qlm_detail::sampler_candidates(sg, target_logits, nv);
    const std::vector<qlm_sampler::cand> pg = sg->cands;
    qlm_detail::sampler_candidates(sg, draft_logits, nv);
    const std::vector<qlm_sampler::cand> qg = sg->cands;
    uint64_t rng_before[4];
    memcpy(rng_before, sg->rng, sizeof rng_before);
    bool acc = true;
    CHECK(qlm_detail::spec_accept(sg, pg, qg, qg[0].id, dense, &acc) == 0); // argmax of the target
    CHECK_FALSE(acc);
    CHECK(qlm_detail::spec_accept(sg, pg, pg, 0, dense, &acc) == 0);
    CHECK(acc);
    CHECK(memcmp(rng_before, sg->rng, sizeof rng_before) == 0);
    qlm_sampler_free(sg);
    qlm_sampler_free(s);
    qlm_sampler_free(sq);
}

TEST_CASE("the sampled path's first token follows the target's distribution on the real model") {
    NEED_MODEL();
    qlm_model* dm = draft_model();
    REQUIRE(dm);
    // Top-k 4 keeps the vocabulary small enough for a chi-square with few runs. The first
    // token is emitted after one verify pass with 2 proposals, from the prompt's logits.
    ctx_holder target(model, target_params(64)), draft(dm, ctx_params(64, 1, 16)), plain(model, ctx_params(64, 1, 16));
    std::vector<int32_t> prompt = spec_prompt(model, "My favourite animal is the");
    qlm_sampler_params sp{};
    sp.temperature = 1.5f;
    sp.top_k = 4;
    REQUIRE(qlm_decode(plain.c, prompt.data(), prompt.size(), nullptr) == QLM_OK);
    qlm_sampler* ref = nullptr;
    REQUIRE(qlm_sampler_create(&sp, &ref, nullptr) == QLM_OK);
    qlm_detail::sampler_candidates(ref, qlm_get_logits(plain.c), qlm_n_vocab(model));
    std::map<int32_t, double> p;
    for (const auto& c : ref->cands) p[c.id] = c.p;
    qlm_sampler_free(ref);
    REQUIRE(p.size() == 4);
    const int n = 300;
    std::map<int32_t, int> seen;
    uint32_t drafted = 0, accepted = 0;
    for (int i = 0; i < n; i++) {
        sp.seed = 1000 + (uint64_t)i;
        sp.seed_set = 1;
        gen_out o = spec_run(target.c, draft.c, 2, prompt, 2, sp); // one proposal (n_predict caps it)
        REQUIRE(o.ctx_tokens.size() > prompt.size());
        seen[o.ctx_tokens[prompt.size()]]++;
        drafted += o.st.n_drafted;
        accepted += o.st.n_accepted;
    }
    std::vector<int> obs;
    std::vector<double> pr;
    int outside = 0;
    for (const auto& kv : seen)
        if (!p.count(kv.first)) outside += kv.second;
    for (const auto& kv : p) {
        obs.push_back(seen.count(kv.first) ? seen[kv.first] : 0);
        pr.push_back(kv.second);
    }
    double x2 = chi_square(obs, pr, n);
    MESSAGE("first token chi-square " << x2 << " (df 3), accepted " << accepted << " of " << drafted);
    CHECK(outside == 0);
    CHECK(x2 < 16.3); // 0.001 critical value for 3 degrees of freedom
    CHECK(accepted < drafted);
}

TEST_CASE("speculative decoding refuses contexts it cannot use") {
    NEED_MODEL();
    ctx_holder target(model, target_params()), no_all(model, ctx_params(512, 1, 16)), draft(model, ctx_params(512, 1, 16)),
        short_draft(model, ctx_params(64, 1, 16));
    qlm_sampler* s = nullptr;
    REQUIRE(qlm_sampler_create(nullptr, &s, nullptr) == QLM_OK);
    std::vector<int32_t> prompt = spec_prompt(model, kSpecPrompts[0]);
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = 4;
    qlm_error err{};
    gp.draft = draft.c;
    CHECK(qlm_generate(no_all.c, s, prompt.data(), prompt.size(), &gp, nullptr, &err) == QLM_ERR_INVALID_ARG);
    CHECK(std::string(err.text).find("logits_all") != std::string::npos);
    gp.draft = target.c;
    CHECK(qlm_generate(target.c, s, prompt.data(), prompt.size(), &gp, nullptr, &err) == QLM_ERR_INVALID_ARG);
    gp.draft = short_draft.c;
    CHECK(qlm_generate(target.c, s, prompt.data(), prompt.size(), &gp, nullptr, &err) == QLM_ERR_INVALID_ARG);
    // The step API with a draft, one unit per call, gives qlm_generate's text.
    gp.draft = draft.c;
    gp.n_draft = 3;
    gp.n_predict = 20;
    std::string a, b;
    gp.on_text = spec_append;
    gp.user = &a;
    qlm_sampler_free(s);
    qlm_sampler_params greedy{};
    REQUIRE(qlm_sampler_create(&greedy, &s, nullptr) == QLM_OK);
    REQUIRE(qlm_generate(target.c, s, prompt.data(), prompt.size(), &gp, nullptr, &err) == QLM_OK);
    qlm_context_reset(target.c);
    qlm_sampler_reset(s);
    gp.user = &b;
    qlm_gen* g = nullptr;
    REQUIRE(qlm_gen_begin(target.c, s, prompt.data(), prompt.size(), &gp, &g, &err) == QLM_OK);
    int steps = 0;
    while (!qlm_gen_done(g) && steps < 100) {
        REQUIRE(qlm_gen_step(g, 0, &err) == QLM_OK);
        steps++;
    }
    qlm_generate_stats st = qlm_gen_stats(g);
    qlm_gen_end(g);
    CHECK(a == b);
    CHECK(st.n_steps > 0);
    CHECK(st.n_steps < st.n_generated); // a perfect draft: several tokens per pass
    qlm_sampler_free(s);
}

} // TEST_SUITE
