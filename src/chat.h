// ==== [qlm:chat] built-in chat templates ================================================
// quantlm has no Jinja interpreter. It knows a handful of template families, recognises a
// model's tokenizer.chat_template by markers no other family uses, and renders each family
// in C++ so that the text equals what the model's Jinja template produces (transformers'
// settings: trim_blocks, lstrip_blocks), WITHOUT the leading BOS: the tokenizer adds BOS
// when the file asks for it. Special-token texts inside the render ("<|im_end|>", "</s>",
// ...) are plain text; tokenizing with parse_special turns them into their ids.
//
//   name     family (the Jinja the render follows)             system message
//   chatml   <|im_start|>role\n...<|im_end|>\n                 any position
//   llama2   Llama-2-chat: [INST] <<SYS>>\n...\n<</SYS>>\n\n   first only, folded into the
//            ... [/INST] answer </s><s>[INST] ...              first user turn
//   llama3   Llama-3-Instruct: <|start_header_id|>role         any position
//            <|end_header_id|>\n\n...<|eot_id|>
//   gemma    Gemma 3: <start_of_turn>user\n...<end_of_turn>\n,  first only, "system\n\n"
//            the assistant's role is called "model"             prefixed to the first user
//   mistral  Mistral-7B/Mixtral-8x7B-Instruct v0.1:             first only, "system\n\n"
//            [INST] ... [/INST]answer</s>[INST] ... [/INST]     prefixed to the first user
//   phi3     Phi-3: <|role|>\n...<|end|>\n, then <|endoftext|>  any position
//            when no assistant header is asked for
//   zephyr   Zephyr-7B: <|role|>\n...</s>\n                     any position
//
// Per family, as its Jinja does: llama2 strips the whitespace around every turn; llama3 and
// gemma trim each content (gemma not the system text); the others keep contents verbatim.
// llama2, gemma and mistral require user/assistant/user/... after the optional system
// message (QLM_ERR_TEMPLATE otherwise); their prompt ends with [/INST] or the model header.
// Roles are "system", "user" and "assistant"; any other role is QLM_ERR_TEMPLATE. A NULL
// content is an empty one.
//
// Limits, by design:
//   - Text a template inserts on its own is not reproduced. SmolLM2's ChatML template adds
//     "You are a helpful AI assistant named SmolLM, trained by Hugging Face" as a system
//     message when the first message is not a system one; Llama 3.1 adds a dated system
//     header. chat_render renders the generic family, so callers that want the model's
//     default pass it as an explicit system message (examples/chat.cpp takes -s).
//   - mistral is the v0.1 layout with a system extension of our own (the v0.1 Jinja has no
//     system role). Mistral's v3/v7 templates ([AVAILABLE_TOOLS], [SYSTEM_PROMPT]) lay turns
//     out differently; chat_detect refuses them rather than render them wrongly, and
//     choosing "mistral" by name renders the v0.1 layout.
//   - gemma follows Gemma 3, which folds the system message; Gemma 1/2 templates refuse a
//     system message and otherwise render the same.
#ifndef QLM_CHAT_H
#define QLM_CHAT_H
#include "internal.h"

namespace qlm_detail {
// Recognises a Jinja chat template by distinctive markers; false when unknown.
bool chat_detect(const char* jinja, qlm_chat_template* out);
const char* chat_name(qlm_chat_template t);                 // NULL for AUTO/invalid
bool chat_parse_name(const char* name, qlm_chat_template* out);
// Renders like the model's Jinja template would (t is never AUTO here). Unknown roles or
// an unsupported message order -> QLM_ERR_TEMPLATE.
qlm_result chat_render(qlm_chat_template t, const qlm_chat_message* msgs, size_t n,
                       bool add_assistant, std::string* out, qlm_error* err);

// ---- implementation ----------------------------------------------------------------------

struct chat_family {
    qlm_chat_template t;
    const char* name;
};
inline constexpr chat_family chat_families[] = {
    {QLM_CHAT_CHATML, "chatml"}, {QLM_CHAT_LLAMA2, "llama2"}, {QLM_CHAT_LLAMA3, "llama3"},
    {QLM_CHAT_GEMMA, "gemma"},   {QLM_CHAT_MISTRAL, "mistral"}, {QLM_CHAT_PHI3, "phi3"},
    {QLM_CHAT_ZEPHYR, "zephyr"},
};

inline bool chat_detect(const char* jinja, qlm_chat_template* out) {
    if (!jinja || !out) return false;
    auto has = [jinja](const char* marker) { return strstr(jinja, marker) != nullptr; };
    qlm_chat_template t;
    // Most specific markers first: several families share "<|user|>" or "[INST]".
    if (has("<|im_start|>")) {
        t = QLM_CHAT_CHATML;
    } else if (has("<|start_header_id|>")) {
        t = QLM_CHAT_LLAMA3;
    } else if (has("<start_of_turn>")) {
        t = QLM_CHAT_GEMMA;
    } else if (has("[INST]")) {
        if (has("<<SYS>>")) {
            t = QLM_CHAT_LLAMA2;
        } else if (has("[SYSTEM_PROMPT]") || has("[AVAILABLE_TOOLS]")) {
            return false; // Mistral v3/v7: a different layout (see the top of this part)
        } else {
            t = QLM_CHAT_MISTRAL;
        }
    } else if (has("<|end|>") && has("<|assistant|>")) {
        t = QLM_CHAT_PHI3; // some Phi-3 revisions build "<|" + role + "|>" from the role
    } else if (has("<|user|>") && has("<|assistant|>")) {
        t = QLM_CHAT_ZEPHYR;
    } else {
        return false;
    }
    *out = t;
    return true;
}

inline const char* chat_name(qlm_chat_template t) {
    for (const chat_family& f : chat_families)
        if (f.t == t) return f.name;
    return nullptr;
}

inline bool chat_parse_name(const char* name, qlm_chat_template* out) {
    if (!name || !out) return false;
    for (const chat_family& f : chat_families) {
        if (strcmp(f.name, name) == 0) {
            *out = f.t;
            return true;
        }
    }
    return false;
}

// Jinja's trim / Python's str.strip() on the ASCII whitespace that appears in practice.
// (Python also strips Unicode spaces such as U+00A0 and U+3000; we leave those.)
inline std::string chat_trim(const std::string& s) {
    const char* ws = " \t\n\r\v\f";
    size_t a = s.find_first_not_of(ws);
    if (a == std::string::npos) return std::string();
    size_t b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

enum chat_role { CHAT_SYSTEM, CHAT_USER, CHAT_ASSISTANT };

inline qlm_result chat_render(qlm_chat_template t, const qlm_chat_message* msgs, size_t n,
                              bool add_assistant, std::string* out, qlm_error* err) {
    const char* name = chat_name(t);
    if (!name)
        return fail(err, nullptr, MSG_TEMPLATE_UNKNOWN, UINT64_MAX,
                    "chat template %d is not one quantlm knows", (int)t);
    if (!out || (n > 0 && !msgs))
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "chat_render: NULL argument");

    // Roles and order first, so a refused conversation leaves *out untouched.
    std::vector<chat_role> roles(n);
    for (size_t i = 0; i < n; i++) {
        const char* r = msgs[i].role;
        if (r && strcmp(r, "system") == 0) {
            roles[i] = CHAT_SYSTEM;
        } else if (r && strcmp(r, "user") == 0) {
            roles[i] = CHAT_USER;
        } else if (r && strcmp(r, "assistant") == 0) {
            roles[i] = CHAT_ASSISTANT;
        } else {
            return fail(err, nullptr, MSG_TEMPLATE_ROLE, UINT64_MAX,
                        "chat message %zu: unknown role '%.40s' (system, user or assistant)", i,
                        r ? r : "(null)");
        }
    }
    // Families whose turns are pairs: [system] user assistant user assistant ... [user].
    bool paired = t == QLM_CHAT_LLAMA2 || t == QLM_CHAT_GEMMA || t == QLM_CHAT_MISTRAL;
    size_t first = (n > 0 && roles[0] == CHAT_SYSTEM) ? 1 : 0; // first non-system message
    if (paired) {
        for (size_t i = first; i < n; i++) {
            chat_role want = (i - first) % 2 == 0 ? CHAT_USER : CHAT_ASSISTANT;
            if (roles[i] != want)
                return fail(err, nullptr, MSG_TEMPLATE_ROLE, UINT64_MAX,
                            "chat message %zu: template %s needs an optional system message, then "
                            "user and assistant turns alternating, starting with user",
                            i, name);
        }
    }

    static const char* const role_text[] = {"system", "user", "assistant"};
    auto content = [msgs](size_t i) { return std::string(msgs[i].content ? msgs[i].content : ""); };
    std::string system = first ? content(0) : std::string();
    std::string s;
    switch (t) {
    case QLM_CHAT_CHATML:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|im_start|>") + role_text[roles[i]] + "\n" + content(i) + "<|im_end|>\n";
        if (add_assistant) s += "<|im_start|>assistant\n";
        break;
    case QLM_CHAT_LLAMA2:
        // Every user turn opens with BOS except the first (the tokenizer adds that one);
        // the turn text is stripped after the system block is put in front of it.
        for (size_t i = first; i < n; i++) {
            std::string c = content(i);
            if (i == first && first) c = "<<SYS>>\n" + system + "\n<</SYS>>\n\n" + c;
            if (roles[i] == CHAT_USER)
                s += std::string(i == first ? "" : "<s>") + "[INST] " + chat_trim(c) + " [/INST]";
            else
                s += " " + chat_trim(c) + " </s>";
        }
        break; // the prompt already ends with [/INST]: add_assistant changes nothing
    case QLM_CHAT_LLAMA3:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|start_header_id|>") + role_text[roles[i]] + "<|end_header_id|>\n\n" +
                 chat_trim(content(i)) + "<|eot_id|>";
        if (add_assistant) s += "<|start_header_id|>assistant<|end_header_id|>\n\n";
        break;
    case QLM_CHAT_GEMMA:
        for (size_t i = first; i < n; i++) {
            s += roles[i] == CHAT_USER ? "<start_of_turn>user\n" : "<start_of_turn>model\n";
            if (i == first && first) s += system + "\n\n";
            s += chat_trim(content(i)) + "<end_of_turn>\n";
        }
        if (add_assistant) s += "<start_of_turn>model\n";
        break;
    case QLM_CHAT_MISTRAL:
        for (size_t i = first; i < n; i++) {
            if (roles[i] == CHAT_USER)
                s += "[INST] " + (i == first && first ? system + "\n\n" : std::string()) + content(i) +
                     " [/INST]";
            else
                s += content(i) + "</s>";
        }
        break; // the prompt already ends with [/INST]: add_assistant changes nothing
    case QLM_CHAT_PHI3:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|") + role_text[roles[i]] + "|>\n" + content(i) + "<|end|>\n";
        s += add_assistant ? "<|assistant|>\n" : "<|endoftext|>"; // the template's eos_token
        break;
    case QLM_CHAT_ZEPHYR:
        for (size_t i = 0; i < n; i++)
            s += std::string("<|") + role_text[roles[i]] + "|>\n" + content(i) + "</s>\n";
        if (add_assistant && n > 0) s += "<|assistant|>\n"; // emitted inside the loop's last turn
        break;
    default:
        return fail(err, nullptr, MSG_TEMPLATE_UNKNOWN, UINT64_MAX, "chat template %s", name);
    }
    *out = std::move(s);
    return QLM_OK;
}

} // namespace qlm_detail
#endif
