/* simple.c: the smallest complete quantlm program, in C. Usage: simple MODEL "prompt" */
#include "quantlm.h"

#include <stdio.h>

static int print_text(const char* text, size_t len, qlm_token token, void* user) {
    (void)token, (void)user;
    fwrite(text, 1, len, stdout);
    fflush(stdout);
    return 0; /* nonzero would stop generation */
}

int main(int argc, char** argv) {
    qlm_model* model = NULL;
    qlm_context* ctx = NULL;
    qlm_sampler* smp = NULL;
    qlm_error err = {0};
    qlm_chat_message msg;
    char prompt[4096];
    qlm_token tokens[1024];
    size_t n_prompt = 0, n_tokens = 0;
    qlm_generate_params gen = qlm_generate_params_default();
    if (argc < 3) {
        fprintf(stderr, "usage: %s MODEL PROMPT\n", argv[0]);
        return 2;
    }
    msg.role = "user";
    msg.content = argv[2];
    if (qlm_model_load_file(argv[1], NULL, &model, &err) != QLM_OK ||
        qlm_context_create(model, NULL, &ctx, &err) != QLM_OK ||
        qlm_sampler_create(NULL, &smp, &err) != QLM_OK ||
        qlm_chat_apply(model, QLM_CHAT_AUTO, &msg, 1, 1, prompt, sizeof prompt, &n_prompt, &err) != QLM_OK ||
        qlm_tokenize(model, prompt, n_prompt, 1, 1, tokens, 1024, &n_tokens, &err) != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    gen.n_predict = 128;
    gen.on_text = print_text;
    if (qlm_generate(ctx, smp, tokens, n_tokens, &gen, NULL, &err) != QLM_OK)
        fprintf(stderr, "error: %s\n", err.text);
    printf("\n");
    qlm_sampler_free(smp);
    qlm_context_free(ctx);
    qlm_model_free(model);
    return 0;
}
