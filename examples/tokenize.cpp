// tokenize: reads raw text from stdin (no newline stripping) and prints the token ids
// separated by spaces on one line. Works with vocab-only GGUF files.
//   build/tokenize -m MODEL [--no-special] [--no-bos]
// --no-special: text like "<|im_start|>" stays plain text. --no-bos: no BOS/EOS added.
#include "quantlm.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const char* path = nullptr;
    int parse_special = 1, add_special = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-m") && i + 1 < argc) path = argv[++i];
        else if (!strcmp(argv[i], "--no-special")) parse_special = 0;
        else if (!strcmp(argv[i], "--no-bos")) add_special = 0;
        else {
            fprintf(stderr, "usage: %s -m MODEL [--no-special] [--no-bos] < text\n", argv[0]);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "usage: %s -m MODEL [--no-special] [--no-bos] < text\n", argv[0]);
        return 2;
    }
    std::string text;
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, k);

    qlm_model_params mp = qlm_model_params_default();
    mp.vocab_only = 1;
    qlm_model* m = nullptr;
    qlm_error err{};
    if (qlm_model_load_file(path, &mp, &m, &err) != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    std::vector<qlm_token> toks(text.size() + 8);
    size_t n = 0;
    if (qlm_tokenize(m, text.data(), text.size(), add_special, parse_special, toks.data(), toks.size(), &n, &err) !=
        QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        qlm_model_free(m);
        return 1;
    }
    for (size_t i = 0; i < n; i++) printf(i ? " %d" : "%d", toks[i]);
    printf("\n");
    qlm_model_free(m);
    return 0;
}
