// spec-bench: speculative decoding against plain decoding, public API only.
//
//   build/spec-bench -m TARGET -d DRAFT [-d DRAFT2 ...] [-k 1,2,4] [-n 64] [-r 3] [-t 2]
//                    [--temp T --seed S]
// A DRAFT of the form lookup:N is no model: n-gram lookup drafting with draft_ngram = N.
//
// For each of a few fixed chat prompts, generates n tokens with plain decoding and with
// each draft at each k (tokens proposed per pass), r times, in alternation so that a
// machine busy with other work slows every row alike. Prints per row: generation speed
// (median over the repetitions of the tokens of all prompts / their generation time,
// prefill excluded; the draft's prefill is counted as prefill), speedup over plain,
// acceptance rate (accepted / proposed draft tokens), tokens emitted per target pass, and,
// greedy (the default), whether every token equals plain decoding's. Then the cost of
// one target pass over 1 + k tokens (what a verify pass runs) relative to one token,
// and of one draft token relative to one target token: with acceptance a per proposal,
// a pass emits (1 - a^(k+1)) / (1 - a) tokens on average and costs
// k * draft + verify(k + 1), which is why a draft must be both cheap and right.
#include "quantlm.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

const char* const kPrompts[] = {
    "What is the capital of France? Answer in one sentence, then say something about its history.",
    "Write a short poem about the sea.",
    "Explain what a hash table is to a beginner programmer.",
    "List five fruits and one fact about each.",
};

struct run_result {
    std::vector<std::vector<qlm_token>> tokens; // per prompt
    double gen_ms = 0;
    uint32_t n_gen = 0, n_drafted = 0, n_accepted = 0, n_steps = 0;
};

[[noreturn]] void die(const char* what, const qlm_error& e) {
    fprintf(stderr, "spec-bench: %s: %s\n", what, e.text);
    exit(1);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

} // namespace

int main(int argc, char** argv) {
    const char* target_path = nullptr;
    std::vector<const char*> drafts;
    std::vector<uint32_t> ks = {1, 2, 4};
    int n_gen = 64, reps = 3;
    uint32_t threads = 2;
    qlm_sampler_params spp{}; // zeroed: greedy
    spp.seed_set = 1;
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        bool has = i + 1 < argc;
        if (a == "-m" && has) target_path = argv[++i];
        else if (a == "-d" && has) drafts.push_back(argv[++i]);
        else if (a == "-n" && has) n_gen = atoi(argv[++i]);
        else if (a == "-r" && has) reps = std::max(1, atoi(argv[++i]));
        else if (a == "-t" && has) threads = (uint32_t)atoi(argv[++i]);
        else if (a == "--temp" && has) spp.temperature = (float)atof(argv[++i]);
        else if (a == "--seed" && has) spp.seed = strtoull(argv[++i], nullptr, 10);
        else if (a == "-k" && has) {
            ks.clear();
            for (char* p = argv[++i]; *p;) {
                ks.push_back((uint32_t)strtoul(p, &p, 10));
                if (*p == ',') p++;
                else if (*p) break;
            }
        } else {
            fprintf(stderr, "usage: %s -m TARGET -d DRAFT|lookup:N [-d ...] [-k 1,2,4] [-n 64] [-r 3] [-t 2] [--temp T --seed S]\n",
                    argv[0]);
            return 2;
        }
    }
    if (!target_path || drafts.empty() || ks.empty()) {
        fprintf(stderr, "spec-bench: need -m TARGET and at least one -d DRAFT\n");
        return 2;
    }
    const bool greedy = spp.temperature <= 0;
    qlm_error err{};
    qlm_model* tm = nullptr;
    if (qlm_model_load_file(target_path, nullptr, &tm, &err) != QLM_OK) die(target_path, err);
    std::vector<qlm_model*> dms(drafts.size());
    std::vector<uint32_t> ngrams(drafts.size(), 0);
    for (size_t i = 0; i < drafts.size(); i++) {
        if (!strncmp(drafts[i], "lookup:", 7)) ngrams[i] = (uint32_t)atoi(drafts[i] + 7);
        else if (qlm_model_load_file(drafts[i], nullptr, &dms[i], &err) != QLM_OK) die(drafts[i], err);
    }

    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 1024;
    cp.n_threads = threads;
    cp.logits_all = 1; // the same target context for both: logits_all costs plain decoding nothing
    cp.n_batch = 16;
    qlm_context* tc = nullptr;
    if (qlm_context_create(tm, &cp, &tc, &err) != QLM_OK) die("target context", err);
    qlm_context_params dp = cp;
    dp.logits_all = 0;
    std::vector<qlm_context*> dcs(drafts.size());
    for (size_t i = 0; i < drafts.size(); i++)
        if (dms[i] && qlm_context_create(dms[i], &dp, &dcs[i], &err) != QLM_OK) die("draft context", err);

    // Prompts in the model's chat template, tokenized once.
    std::vector<std::vector<qlm_token>> prompts;
    for (const char* p : kPrompts) {
        qlm_chat_message msg = {"user", p};
        char buf[4096];
        size_t n = 0;
        if (qlm_chat_apply(tm, QLM_CHAT_AUTO, &msg, 1, 1, buf, sizeof buf, &n, &err) != QLM_OK) die("template", err);
        std::vector<qlm_token> t(n + 8);
        if (qlm_tokenize(tm, buf, n, 1, 1, t.data(), t.size(), &n, &err) != QLM_OK) die("tokenize", err);
        t.resize(n);
        prompts.push_back(t);
    }

    auto run = [&](qlm_context* draft, uint32_t k, uint32_t ngram) {
        run_result rr;
        for (const auto& pr : prompts) {
            qlm_context_reset(tc);
            if (draft) qlm_context_reset(draft);
            qlm_sampler* s = nullptr;
            if (qlm_sampler_create(&spp, &s, &err) != QLM_OK) die("sampler", err);
            qlm_generate_params gp = qlm_generate_params_default();
            gp.n_predict = n_gen;
            gp.draft = draft;
            gp.n_draft = k;
            gp.draft_ngram = ngram;
            qlm_generate_stats st{};
            if (qlm_generate(tc, s, pr.data(), pr.size(), &gp, &st, &err) != QLM_OK) die("generate", err);
            qlm_sampler_free(s);
            // The reply as the context holds it: what is compared with plain decoding.
            const qlm_token* ct = qlm_context_tokens(tc);
            rr.tokens.emplace_back(ct + pr.size(), ct + qlm_context_n_past(tc));
            rr.gen_ms += st.gen_ms;
            rr.n_gen += st.n_generated;
            rr.n_drafted += st.n_drafted;
            rr.n_accepted += st.n_accepted;
            rr.n_steps += st.n_steps;
        }
        return rr;
    };

    // Rows: plain, then every (draft, k). Repetitions alternate over the rows.
    struct row {
        int draft;
        uint32_t k;
        std::vector<double> tps;
        run_result last;
    };
    std::vector<row> rows;
    rows.push_back({-1, 0, {}, {}});
    for (size_t d = 0; d < drafts.size(); d++)
        for (uint32_t k : ks) rows.push_back({(int)d, k, {}, {}});
    run(nullptr, 0, 0); // warm-up: page in the weights
    for (int r = 0; r < reps; r++)
        for (auto& rw : rows) {
            rw.last = run(rw.draft < 0 ? nullptr : dcs[(size_t)rw.draft], rw.k, rw.draft < 0 ? 0 : ngrams[(size_t)rw.draft]);
            rw.tps.push_back(rw.last.n_gen * 1000.0 / rw.last.gen_ms);
            fprintf(stderr, "rep %d: %s k=%u %.1f tok/s, accepted %u of %u\n", r + 1,
                    rw.draft < 0 ? "plain" : drafts[(size_t)rw.draft], rw.k, rw.tps.back(), rw.last.n_accepted,
                    rw.last.n_drafted);
        }

    const double base = median(rows[0].tps);
    printf("target %s, %d prompts x %d tokens, %s, %u threads, median of %d\n", target_path, (int)prompts.size(), n_gen,
           greedy ? "greedy" : "sampled", threads, reps);
    printf("| draft | k | tok/s | speedup | acceptance | tok/pass |%s\n", greedy ? " same tokens |" : "");
    printf("|---|---|---|---|---|---|%s\n", greedy ? "---|" : "");
    for (const auto& rw : rows) {
        const run_result& x = rw.last;
        double tps = median(rw.tps);
        const char* name = rw.draft < 0 ? "(plain)" : drafts[(size_t)rw.draft];
        if (const char* slash = strrchr(name, '/')) name = slash + 1;
        printf("| %s | %u | %.1f | %.2fx | %s | %s |", name, rw.k, tps, tps / base,
               rw.draft < 0 ? "-" : (std::to_string((int)(100.0 * x.n_accepted / std::max(1u, x.n_drafted) + 0.5)) + "%").c_str(),
               rw.draft < 0 ? "1.00" : std::to_string((double)x.n_gen / std::max(1u, x.n_steps)).substr(0, 4).c_str());
        if (greedy) printf(" %s |", x.tokens == rows[0].last.tokens ? "yes" : "NO");
        printf("\n");
    }
    // Pass costs at the first prompt's length, with the draft's and target's own contexts:
    // the fastest of 15, since other work on the machine only ever adds time.
    auto pass_ms = [&](qlm_context* c, size_t n) {
        double best = 1e30;
        std::vector<qlm_token> toks(n, prompts[0].back());
        for (int r = 0; r < 15; r++) {
            qlm_context_reset(c);
            for (size_t i = 0; i < prompts[0].size(); i += 16) // logits_all: at most n_batch per call
                if (qlm_decode(c, prompts[0].data() + i, std::min<size_t>(16, prompts[0].size() - i), &err) != QLM_OK)
                    die("decode", err);
            auto t0 = std::chrono::steady_clock::now();
            if (qlm_decode(c, toks.data(), n, &err) != QLM_OK) die("decode", err);
            best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        return best;
    };
    const double one = pass_ms(tc, 1);
    printf("\ntarget: one token %.2f ms (fastest of 15); a pass over 1+k tokens, relative to it:", one);
    for (uint32_t k : ks) printf("  k=%u %.2fx", k, pass_ms(tc, k + 1) / one);
    printf("\n");
    for (size_t d = 0; d < drafts.size(); d++) {
        if (!dcs[d]) continue;
        const char* name = strrchr(drafts[d], '/') ? strrchr(drafts[d], '/') + 1 : drafts[d];
        printf("draft %s: one token %.2fx a target token\n", name, pass_ms(dcs[d], 1) / one);
    }
    bool same = true;
    for (const auto& rw : rows) same = same && (!greedy || rw.last.tokens == rows[0].last.tokens);
    for (auto* d : dcs) qlm_context_free(d);
    for (auto* m : dms) qlm_model_free(m);
    qlm_context_free(tc);
    qlm_model_free(tm);
    return same ? 0 : 1;
}
