/* Generate a reply with the model's chat template. Build: cc -c example.c; link with a
 * C++ file that defines QUANTLM_IMPLEMENTATION and includes quantlm.h. */
#include "quantlm.h"

#include <stdio.h>
#include <string.h>

static int print_text(const char* text, size_t len, qlm_token token, void* user) {
    (void)token;
    (void)user;
    fwrite(text, 1, len, stdout);
    return 0; /* nonzero stops */
}

int main(int argc, char** argv) {
    qlm_model* model = NULL;
    qlm_context* ctx = NULL;
    qlm_sampler* sampler = NULL;
    qlm_error err;
    qlm_model_params mp = qlm_model_params_default();
    if (argc < 2) {
        fprintf(stderr, "usage: %s model.gguf\n", argv[0]);
        return 2;
    }
    if (qlm_model_load_file(argv[1], &mp, &model, &err) != QLM_OK) {
        fprintf(stderr, "%s: %s\n", qlm_error_string(err.code), err.text);
        return 1;
    }
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 512;
    qlm_sampler_params sp = qlm_sampler_params_default();
    sp.seed = 42;
    sp.seed_set = 1;
    if (qlm_context_create(model, &cp, &ctx, &err) == QLM_OK && qlm_sampler_create(&sp, &sampler, &err) == QLM_OK) {
        qlm_chat_message msg = {"user", "Name three colours."};
        char prompt[512];
        qlm_token tokens[256];
        size_t n = 0;
        qlm_generate_params gp = qlm_generate_params_default();
        gp.n_predict = 32;
        gp.on_text = print_text;
        if (qlm_chat_apply(NULL, QLM_CHAT_CHATML, &msg, 1, 1, prompt, sizeof prompt, &n, &err) == QLM_OK &&
            qlm_tokenize(model, prompt, strlen(prompt), 1, 1, tokens, 256, &n, &err) == QLM_OK &&
            qlm_generate(ctx, sampler, tokens, n, &gp, NULL, &err) == QLM_OK)
            printf("\n");
        else
            fprintf(stderr, "%s: %s\n", qlm_error_string(err.code), err.text);
    } else {
        fprintf(stderr, "%s: %s\n", qlm_error_string(err.code), err.text);
    }
    qlm_sampler_free(sampler);
    qlm_context_free(ctx);
    qlm_model_free(model);
    return 0;
}
