// Model families beyond Llama, against llama.cpp (tests/fixtures, scripts/make_fixtures.py):
//   - Gemma-3-270M, the real Q4_K_M file (scripts/get-model.sh gemma3): greedy continuations
//     token for token;
//   - tiny random-weight Qwen2, Qwen3, Mistral-shaped Llama and Gemma 3 models
//     (tests/family_models.h, rebuilt here byte for byte): last-position logits and 16
//     greedy steps.
// The bounds are test_forward.cpp's (kLogitBound, kMeanBound, kTieBound): llama.cpp's own
// variation between its batched and single-token kernels on SmolLM2 (docs/ACCURACY.md).
#include <doctest/doctest.h>

#include "family_models.h"
#include "test_util.h"

namespace {

struct gemma_loaded {
    qlm_model* m = nullptr;
    gemma_loaded() {
        if (qlm_model_load_file("models/gemma-3-270m-Q4_K_M.gguf", nullptr, &m, nullptr) != QLM_OK) m = nullptr;
    }
    ~gemma_loaded() { qlm_model_free(m); }
};

} // namespace

TEST_SUITE("families") {

TEST_CASE("Gemma-3-270M greedy continuations equal llama.cpp token for token") {
    static gemma_loaded g;
    if (!g.m) {
        MESSAGE("skipped: models/gemma-3-270m-Q4_K_M.gguf is missing (scripts/get-model.sh gemma3)");
        return;
    }
    auto rows = qlm_test::read_tsv("tests/fixtures/gemma3_greedy.tsv");
    REQUIRE(rows.size() >= 5);
    int ties = 0;
    for (const auto& r : rows) {
        REQUIRE(r.size() >= 4);
        ties += check_greedy_row(g.m, "gemma3 " + r[0], qlm_test::parse_ids(r[1]), qlm_test::parse_ids(r[2]),
                                 qlm_test::parse_floats(r[3]), 512);
    }
    MESSAGE(ties << " tie(s) in " << rows.size() << " prompts x 64 steps");
}

TEST_CASE("Gemma-3-270M chats with its own template") {
    static gemma_loaded g;
    if (!g.m) {
        MESSAGE("skipped: models/gemma-3-270m-Q4_K_M.gguf is missing (scripts/get-model.sh gemma3)");
        return;
    }
    // The packaged file has no tokenizer.chat_template: AUTO picks Gemma's by architecture.
    qlm_chat_message msg = {"user", "Hi"};
    char buf[256];
    size_t n = 0;
    REQUIRE(qlm_chat_apply(g.m, QLM_CHAT_AUTO, &msg, 1, 1, buf, sizeof buf, &n, nullptr) == QLM_OK);
    CHECK(std::string(buf, n) == "<start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\n");
}

TEST_CASE("random-weight Qwen2, Qwen3, Mistral and Gemma 3 models match llama.cpp") {
    for (const char* fam : qlm_test::kFamilies) {
        const std::string fixture = std::string("tests/fixtures/family_") + fam + ".tsv";
        std::vector<uint8_t> bytes = qlm_test::family_model(fam);
        // The fixture's first comment line names the hash of the file llama.cpp ran.
        std::vector<uint8_t> text;
        REQUIRE(qlm_test::read_file(fixture, &text));
        char want_hash[40];
        snprintf(want_hash, sizeof want_hash, "# fnv1a64 %016llx",
                 (unsigned long long)qlm_test::fnv1a64(bytes.data(), bytes.size()));
        REQUIRE_MESSAGE(std::string(text.begin(), text.begin() + (long)strlen(want_hash)) == want_hash,
                        fam << ": the model tests/family_models.h builds is not the one in " << fixture);

        qlm_model* model = nullptr;
        qlm_error err{};
        REQUIRE_MESSAGE(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &model, &err) == QLM_OK, err.text);
        const int32_t nv = qlm_n_vocab(model);
        auto rows = qlm_test::read_tsv(fixture);
        REQUIRE(rows.size() == 3);
        for (const auto& r : rows) {
            REQUIRE(r.size() >= 5);
            std::vector<int32_t> ids = qlm_test::parse_ids(r[1]);
            std::vector<float> ref = qlm_test::parse_floats(r[2]);
            REQUIRE(ref.size() == (size_t)nv);
            ctx_holder c(model, ctx_params(256, 2, 64));
            REQUIRE(qlm_decode(c.c, ids.data(), ids.size(), nullptr) == QLM_OK);
            const float* lg = qlm_get_logits(c.c);
            double max_diff = 0, sum_diff = 0, range = 0;
            for (int32_t i = 0; i < nv; i++) {
                double d = std::fabs((double)lg[i] - ref[(size_t)i]);
                max_diff = std::max(max_diff, d);
                sum_diff += d;
                range = std::max(range, std::fabs((double)ref[(size_t)i]));
            }
            std::vector<float> sorted(ref);
            std::partial_sort(sorted.begin(), sorted.begin() + 2, sorted.end(), std::greater<float>());
            const int32_t ours = argmax(lg, nv), theirs = argmax(ref.data(), nv);
            MESSAGE(std::string(fam) << " " << r[0] << " (" << ids.size() << " tokens): max |diff| " << max_diff << ", mean |diff| "
                        << sum_diff / nv << ", max |logit| " << range);
            CHECK(max_diff < kLogitBound);
            CHECK(sum_diff / nv < kMeanBound);
            if (ours != theirs) CHECK_MESSAGE(sorted[0] - sorted[1] < kTieBound, "top-1 differs and it is not a tie");
            check_greedy_row(model, std::string(fam) + " " + r[0], ids, qlm_test::parse_ids(r[3]),
                             qlm_test::parse_floats(r[4]), 256);
        }
        qlm_model_free(model);
    }
}

TEST_CASE("a sliding-window layer ignores what lies beyond its window") {
    // Gemma 3's layers 0-4 slide (window 8); layer 5 is global. Changing the first token
    // of a long prompt must change the logits (through layer 5), and a model whose every
    // layer slides must not see it at all once it is more than a window per layer away.
    std::vector<uint8_t> bytes = qlm_test::family_model("gemma3");
    qlm_model* model = nullptr;
    REQUIRE(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &model, nullptr) == QLM_OK);
    const int32_t nv = qlm_n_vocab(model);
    std::vector<int32_t> a(60), b;
    for (size_t i = 0; i < a.size(); i++) a[i] = (int32_t)(3 + (i * 53) % 500);
    b = a;
    b[1] = 7;
    auto last_logits = [&](qlm_model* m, const std::vector<int32_t>& ids) {
        ctx_holder c(m, ctx_params(128, 2, 16));
        REQUIRE(qlm_decode(c.c, ids.data(), ids.size(), nullptr) == QLM_OK);
        const float* lg = qlm_get_logits(c.c);
        return std::vector<float>(lg, lg + nv);
    };
    CHECK(last_logits(model, a) != last_logits(model, b));
    // Every layer windowed: token 1 reaches position p only through 6 layers of window 8,
    // i.e. up to position 1 + 6 * 7 = 43 < 59.
    qlm_model* all_swa = nullptr;
    REQUIRE(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &all_swa, nullptr) == QLM_OK);
    for (auto& L : all_swa->layers) {
        L.swa = true;
        L.inv_freq = all_swa->rope_inv_freq_swa.data();
    }
    CHECK(last_logits(all_swa, a) == last_logits(all_swa, b));
    qlm_model_free(all_swa);
    qlm_model_free(model);
}

TEST_CASE("a head size beyond what attention supports is refused with a clear error") {
    // Attention keeps a head's scratch on the stack (KV_MAX_HEAD_DIM floats): a file that
    // claims longer heads must fail to load, not overflow it.
    std::vector<uint8_t> bytes = qlm_test::family_model("qwen3", 512);
    qlm_model* model = nullptr;
    qlm_error err{};
    CHECK(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &model, &err) == QLM_ERR_BAD_FILE);
    CHECK(err.msg_id == qlm_detail::MSG_MODEL_HPARAMS);
    CHECK(std::string(err.text).find("head dim 512 (at most 256)") != std::string::npos);
    CHECK(model == nullptr);
    bytes = qlm_test::family_model("qwen3", 256); // the largest allowed loads and runs
    REQUIRE(qlm_model_load_memory(bytes.data(), bytes.size(), nullptr, &model, &err) == QLM_OK);
    {
        ctx_holder c(model, ctx_params(32, 1, 8));
        const qlm_token ids[3] = {1, 40, 41};
        CHECK(qlm_decode(c.c, ids, 3, nullptr) == QLM_OK);
    }
    qlm_model_free(model);
}

} // TEST_SUITE
