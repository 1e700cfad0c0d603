// libFuzzer target: any bytes through the public loader, both ways a user loads a file.
// The loader promises a model or an error for every input, never a crash, a read outside
// the buffer or an allocation the input's size does not justify (-rss_limit_mb catches
// the last). A model that does load must answer the info and metadata calls.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    for (int vocab_only = 1; vocab_only >= 0; vocab_only--) {
        qlm_model_params p = qlm_model_params_default();
        p.vocab_only = vocab_only;
        qlm_model* m = nullptr;
        qlm_error err;
        qlm_result r = qlm_model_load_memory(data, size, &p, &m, &err);
        if (r != QLM_OK) {
            // Every failure names itself: a known result code and a message.
            if (m != nullptr || err.code != r || err.text[0] == 0) __builtin_trap();
            continue;
        }
        qlm_model_info info = qlm_model_get_info(m);
        char buf[64];
        qlm_model_meta(m, "general.architecture", buf, sizeof buf);
        for (qlm_token t = 0; t < info.n_vocab && t < 64; t++) qlm_token_to_bytes(m, t, 1, buf, sizeof buf);
        qlm_model_free(m);
    }
    return 0;
}
