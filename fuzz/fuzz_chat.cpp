// libFuzzer target: the chat-template side of the API. The input is split at NUL bytes
// into a Jinja string for qlm_chat_template_detect and then messages (the first byte of
// each picks a role, including invalid ones); every built-in template renders them. Each
// call must succeed or return QLM_ERR_TEMPLATE, and the reported length must match what
// a second call with a large enough buffer writes.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<std::string> parts(1);
    for (size_t i = 0; i < size; i++) {
        if (data[i] == 0) parts.emplace_back();
        else parts.back().push_back((char)data[i]);
    }
    qlm_chat_template detected;
    qlm_result r = qlm_chat_template_detect(parts[0].c_str(), &detected);
    if (r != QLM_OK && r != QLM_ERR_TEMPLATE) __builtin_trap();

    static const char* const roles[] = {"system", "user", "assistant", "tool", ""};
    std::vector<qlm_chat_message> msgs;
    for (size_t i = 1; i < parts.size(); i++) {
        const std::string& s = parts[i];
        const char* role = roles[s.empty() ? 0 : (unsigned char)s[0] % 5];
        msgs.push_back({role, s.empty() ? nullptr : s.c_str() + 1});
    }
    for (int t = QLM_CHAT_CHATML; t <= QLM_CHAT_ZEPHYR; t++) {
        for (int add = 0; add <= 1; add++) {
            char small[16];
            size_t n = 0;
            qlm_error err;
            r = qlm_chat_apply(nullptr, (qlm_chat_template)t, msgs.data(), msgs.size(), add, small, sizeof small, &n,
                               &err);
            if (r == QLM_ERR_TEMPLATE) continue;
            if (r != QLM_OK) __builtin_trap();
            std::vector<char> big(n + 1);
            size_t n2 = 0;
            r = qlm_chat_apply(nullptr, (qlm_chat_template)t, msgs.data(), msgs.size(), add, big.data(), big.size(),
                               &n2, &err);
            if (r != QLM_OK || n2 != n || big[n] != 0) __builtin_trap();
            if (memcmp(small, big.data(), std::min(n, sizeof small - 1)) != 0) __builtin_trap();
        }
    }
    return 0;
}
