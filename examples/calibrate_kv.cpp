// calibrate_kv: makes a copy of a model with calibrated KV rotations (docs/KV.md), for
// contexts created with kv_rot = QLM_KV_ROT_CALIBRATED (--kv-rot calibrated).
//   build/calibrate_kv -m MODEL -f TEXT -o OUT [-c N_CTX] [-n MAX_TOKENS]
// The text is run through the model in windows of N_CTX tokens (default 512).
#include "quantlm.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    const char *model_path = nullptr, *text_path = nullptr, *out_path = nullptr;
    uint32_t n_ctx = 512;
    size_t max_tokens = 0;
    for (int i = 1; i < argc; i++) {
        bool has = i + 1 < argc;
        if (!strcmp(argv[i], "-m") && has) model_path = argv[++i];
        else if (!strcmp(argv[i], "-f") && has) text_path = argv[++i];
        else if (!strcmp(argv[i], "-o") && has) out_path = argv[++i];
        else if (!strcmp(argv[i], "-c") && has) n_ctx = (uint32_t)atoi(argv[++i]);
        else if (!strcmp(argv[i], "-n") && has) max_tokens = (size_t)atoll(argv[++i]);
        else {
            model_path = nullptr;
            break;
        }
    }
    if (!model_path || !text_path || !out_path) {
        fprintf(stderr, "usage: %s -m MODEL -f TEXT -o OUT [-c N_CTX] [-n MAX_TOKENS]\n", argv[0]);
        return 2;
    }
    FILE* f = fopen(text_path, "rb");
    if (!f) {
        fprintf(stderr, "error: cannot open %s\n", text_path);
        return 1;
    }
    std::string text;
    char buf[65536];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, k);
    fclose(f);

    qlm_model* m = nullptr;
    qlm_error err{};
    if (qlm_model_load_file(model_path, nullptr, &m, &err) != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    std::vector<qlm_token> toks(text.size() + 8);
    size_t n = 0;
    qlm_result r = qlm_tokenize(m, text.data(), text.size(), 1, 0, toks.data(), toks.size(), &n, &err);
    if (r == QLM_OK) {
        if (max_tokens && n > max_tokens) n = max_tokens;
        fprintf(stderr, "calibrating on %zu tokens in windows of %u\n", n, n_ctx);
        r = qlm_calibrate_kv(m, toks.data(), n, n_ctx, out_path, &err);
    }
    qlm_model_free(m);
    if (r != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    fprintf(stderr, "wrote %s\n", out_path);
    return 0;
}
