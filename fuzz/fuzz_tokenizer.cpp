// libFuzzer target: any bytes through qlm_tokenize on the real SmolLM2 vocabulary (loaded
// once, vocab_only; path from QLM_FUZZ_MODEL, default the repo's model). Invalid UTF-8
// must give QLM_ERR_TOKENIZE; valid UTF-8 must tokenize, and without special-token
// parsing the token bytes must concatenate back to the input exactly, provided every
// input byte has a token of its own: SmolLM2's vocabulary lacks 21 of the 256 byte
// tokens (0x04, 0x06, 0x13, 0x14, 0x16, 0x1d, 0xc0, 0xc1, 0xf1, 0xf2, 0xf5..0xff), and a
// byte without a token is dropped, as llama.cpp does (found by this fuzzer on its first
// run; see docs/FUZZING.md).
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <cstdlib>
#include <string>
#include <vector>

static bool has_byte_token[256];

static const qlm_model* vocab_model() {
    static qlm_model* m = [] {
        const char* path = getenv("QLM_FUZZ_MODEL");
        qlm_model_params p = qlm_model_params_default();
        p.vocab_only = 1;
        qlm_model* r = nullptr;
        qlm_error err;
        if (qlm_model_load_file(path ? path : "models/SmolLM2-135M-Instruct.Q4_1.gguf", &p, &r, &err) != QLM_OK) {
            fprintf(stderr, "fuzz_tokenizer: %s\n", err.text);
            abort();
        }
        char b[8];
        for (qlm_token t = 0; t < qlm_n_vocab(r); t++)
            if (qlm_token_to_bytes(r, t, 0, b, sizeof b) == 1) has_byte_token[(unsigned char)b[0]] = true;
        return r;
    }();
    return m;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const qlm_model* m = vocab_model();
    const char* text = reinterpret_cast<const char*>(data);
    std::vector<qlm_token> toks(size + 2);
    bool round_trips = true;
    for (size_t i = 0; i < size; i++) round_trips = round_trips && has_byte_token[data[i]];
    for (int plain = 0; plain <= 1; plain++) {
        size_t n = 0;
        qlm_error err;
        qlm_result r = qlm_tokenize(m, text, size, !plain, !plain, toks.data(), toks.size(), &n, &err);
        if (r == QLM_ERR_TOKENIZE) return 0; // invalid UTF-8: the only allowed failure
        if (r != QLM_OK || n > toks.size()) __builtin_trap();
        if (!plain || !round_trips) continue;
        std::string back;
        char buf[256];
        for (size_t i = 0; i < n; i++) {
            int32_t k = qlm_token_to_bytes(m, toks[i], 1, buf, sizeof buf);
            if (k < 0 || (size_t)k > sizeof buf) __builtin_trap();
            back.append(buf, (size_t)k);
        }
        if (back.size() != size || (size && memcmp(back.data(), data, size) != 0)) __builtin_trap();
    }
    return 0;
}
