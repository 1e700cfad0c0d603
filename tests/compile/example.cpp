// The implementation lives in exactly one C++ file of the program: this one.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

// Handles freed by unique_ptr; errors as exceptions are the caller's choice, not the API's.
using model_ptr = std::unique_ptr<qlm_model, decltype(&qlm_model_free)>;
using context_ptr = std::unique_ptr<qlm_context, decltype(&qlm_context_free)>;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s model.gguf\n", argv[0]);
        return 2;
    }
    qlm_error err{};
    qlm_model_params mp = qlm_model_params_default();
    mp.log = [](qlm_log_level level, const char* text, void*) {
        if (level <= QLM_LOG_WARN) std::fprintf(stderr, "quantlm: %s\n", text);
    };
    qlm_model* m = nullptr;
    if (qlm_model_load_file(argv[1], &mp, &m, &err) != QLM_OK) return 1;
    model_ptr model(m, qlm_model_free);

    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 256;
    qlm_context* c = nullptr;
    if (qlm_context_create(model.get(), &cp, &c, &err) != QLM_OK) return 1;
    context_ptr ctx(c, qlm_context_free);

    // Greedy decoding by hand: decode, take the argmax of the logits, repeat.
    const std::string text = "The capital of France is";
    std::vector<qlm_token> tokens(text.size() + 2);
    size_t n = 0;
    if (qlm_tokenize(model.get(), text.data(), text.size(), 1, 0, tokens.data(), tokens.size(), &n, &err) != QLM_OK)
        return 1;
    tokens.resize(n);
    std::string out;
    for (int i = 0; i < 16 && !tokens.empty(); i++) {
        if (qlm_decode(ctx.get(), tokens.data(), tokens.size(), &err) != QLM_OK) {
            std::fprintf(stderr, "%s: %s\n", qlm_result_str(err.code), err.text);
            return 1;
        }
        const float* logits = qlm_get_logits(ctx.get());
        qlm_token best = 0;
        for (qlm_token t = 1; t < qlm_n_vocab(model.get()); t++)
            if (logits[t] > logits[best]) best = t;
        if (qlm_token_is_eog(model.get(), best)) break;
        char piece[64];
        int32_t len = qlm_token_to_bytes(model.get(), best, 0, piece, sizeof piece);
        if (len > 0) out.append(piece, (size_t)std::min<int32_t>(len, (int32_t)sizeof piece));
        tokens.assign(1, best);
    }
    std::printf("%s%s\n", text.c_str(), out.c_str());
    return 0;
}
