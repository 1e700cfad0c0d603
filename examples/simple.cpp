// simple.cpp: the smallest complete quantlm program, in C++. Usage: simple MODEL "prompt"
#include "quantlm.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s MODEL PROMPT\n", argv[0]);
        return 2;
    }
    qlm_error err{};
    qlm_model* m = nullptr;
    qlm_context* c = nullptr;
    qlm_sampler* s = nullptr;
    if (qlm_model_load_file(argv[1], nullptr, &m, &err) != QLM_OK) return fprintf(stderr, "%s\n", err.text), 1;
    std::unique_ptr<qlm_model, decltype(&qlm_model_free)> model(m, qlm_model_free);
    if (qlm_context_create(m, nullptr, &c, &err) != QLM_OK) return fprintf(stderr, "%s\n", err.text), 1;
    std::unique_ptr<qlm_context, decltype(&qlm_context_free)> ctx(c, qlm_context_free);
    if (qlm_sampler_create(nullptr, &s, &err) != QLM_OK) return fprintf(stderr, "%s\n", err.text), 1;
    std::unique_ptr<qlm_sampler, decltype(&qlm_sampler_free)> smp(s, qlm_sampler_free);

    qlm_chat_message msg{"user", argv[2]};
    size_t n = 0;
    qlm_chat_apply(m, QLM_CHAT_AUTO, &msg, 1, 1, nullptr, 0, &n, nullptr); // size query
    std::string prompt(n + 1, '\0');
    if (qlm_chat_apply(m, QLM_CHAT_AUTO, &msg, 1, 1, &prompt[0], prompt.size(), &n, &err) != QLM_OK)
        return fprintf(stderr, "%s\n", err.text), 1;
    std::vector<qlm_token> toks(n + 8);
    if (qlm_tokenize(m, prompt.data(), n, 1, 1, toks.data(), toks.size(), &n, &err) != QLM_OK)
        return fprintf(stderr, "%s\n", err.text), 1;

    qlm_generate_params gen = qlm_generate_params_default();
    gen.n_predict = 128;
    gen.on_text = [](const char* text, size_t len, qlm_token, void*) {
        fwrite(text, 1, len, stdout);
        return fflush(stdout);
    };
    if (qlm_generate(c, s, toks.data(), n, &gen, nullptr, &err) != QLM_OK) fprintf(stderr, "%s\n", err.text);
    printf("\n");
}
