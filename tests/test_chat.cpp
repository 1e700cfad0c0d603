#include <doctest/doctest.h>
#include "chat.h"
// Chat templates (src/chat.h). SmolLM2's ChatML is checked against tests/fixtures/
// chat_smollm2.tsv, rendered by jinja2 from the template stored in the model file
// (scripts/make_fixtures.py). The other families are checked against their documented prompt
// formats, written out by hand below (cross-checked with jinja2 and each family's template
// while they were written).
#include "test_util.h"

namespace qlm_test_chat {

using qlm_detail::chat_render;

struct conv {
    std::vector<std::string> roles, contents;
    // Points into this conv: calling it on a temporary would dangle, hence the && overload.
    std::vector<qlm_chat_message> msgs() const& {
        std::vector<qlm_chat_message> m;
        for (size_t i = 0; i < roles.size(); i++) m.push_back({roles[i].c_str(), contents[i].c_str()});
        return m;
    }
    std::vector<qlm_chat_message> msgs() const&& = delete;
};

inline conv make(std::initializer_list<std::pair<const char*, const char*>> turns) {
    conv c;
    for (const auto& t : turns) {
        c.roles.push_back(t.first);
        c.contents.push_back(t.second);
    }
    return c;
}

// Renders c with template t; "ERROR" when chat_render refuses.
inline std::string render(qlm_chat_template t, const conv& c, bool add_assistant) {
    std::vector<qlm_chat_message> m = c.msgs();
    std::string out;
    qlm_error err{};
    if (chat_render(t, m.data(), m.size(), add_assistant, &out, &err) != QLM_OK) return "ERROR";
    return out;
}

// SmolLM2's template inserts this when the first message is not a system message; our
// generic ChatML does not, so a caller passes it explicitly (as examples/chat.cpp does).
const char* const smollm2_default_system = "You are a helpful AI assistant named SmolLM, trained by Hugging Face";

// The template stored in SmolLM2-135M-Instruct.Q4_1.gguf (tokenizer.chat_template).
const char* const smollm2_jinja =
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\\nYou are a helpful AI assistant named SmolLM, trained by Hugging "
    "Face<|im_end|>\\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\\n' + "
    "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|im_start|>assistant\\n' }}{% endif %}";

const qlm_chat_template all_templates[] = {QLM_CHAT_CHATML, QLM_CHAT_LLAMA2,  QLM_CHAT_LLAMA3, QLM_CHAT_GEMMA,
                                           QLM_CHAT_MISTRAL, QLM_CHAT_PHI3, QLM_CHAT_ZEPHYR};

inline conv standard() {
    return make({{"system", "You are kind."},
                 {"user", "Hi!"},
                 {"assistant", "Hello, how can I help?"},
                 {"user", "Tell me a joke."}});
}

} // namespace qlm_test_chat

TEST_SUITE("chat") {

TEST_CASE("chatml render equals SmolLM2's own Jinja template on the fixture conversations") {
    using namespace qlm_test_chat;
    auto rows = qlm_test::read_tsv("tests/fixtures/chat_smollm2.tsv");
    REQUIRE_MESSAGE(rows.size() >= 10, "tests/fixtures/chat_smollm2.tsv missing or short");
    for (const auto& r : rows) {
        REQUIRE(r.size() == 4);
        CAPTURE(r[0]);
        conv c;
        std::istringstream in(r[2]);
        std::string item;
        while (in >> item) {
            size_t colon = item.find(':');
            REQUIRE(colon != std::string::npos);
            c.roles.push_back(item.substr(0, colon));
            c.contents.push_back(qlm_test::hex_decode(item.substr(colon + 1)));
        }
        if (!c.roles.empty() && c.roles[0] != "system") { // what the template does by itself
            c.roles.insert(c.roles.begin(), "system");
            c.contents.insert(c.contents.begin(), smollm2_default_system);
        }
        CHECK(render(QLM_CHAT_CHATML, c, r[1] == "1") == qlm_test::hex_decode(r[3]));
    }
}

TEST_CASE("chat templates are recognised by their markers") {
    using namespace qlm_test_chat;
    struct {
        const char* jinja;
        qlm_chat_template want;
    } cases[] = {
        {smollm2_jinja, QLM_CHAT_CHATML},
        {"{{ bos_token }}{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
         "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}",
         QLM_CHAT_CHATML},
        {"{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + "
         "system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% endif %}"
         "{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}",
         QLM_CHAT_LLAMA2},
        {"{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ "
         "message['content'] | trim + '<|eot_id|>' %}",
         QLM_CHAT_LLAMA3},
        {"{{ '<start_of_turn>' + role + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}"
         "{% if add_generation_prompt %}{{'<start_of_turn>model\\n'}}{% endif %}",
         QLM_CHAT_GEMMA},
        {"{{ bos_token }}{% for message in messages %}{% if message['role'] == 'user' %}"
         "{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}"
         "{{ message['content'] + eos_token}}{% endif %}{% endfor %}",
         QLM_CHAT_MISTRAL},
        {"{% for message in messages %}{% if message['role'] == 'user' %}{{'<|user|>\\n' + "
         "message['content'] + '<|end|>\\n'}}{% endif %}{% endfor %}{% if add_generation_prompt %}"
         "{{ '<|assistant|>\\n' }}{% else %}{{ eos_token }}{% endif %}",
         QLM_CHAT_PHI3},
        {"{{ bos_token }}{% for message in messages %}{{'<|' + message['role'] + '|>' + '\\n' + "
         "message['content'] + '<|end|>\\n' }}{% endfor %}{% if add_generation_prompt %}"
         "{{ '<|assistant|>\\n' }}{% endif %}",
         QLM_CHAT_PHI3},
        {"{% for message in messages %}\n{% if message['role'] == 'user' %}\n{{ '<|user|>\\n' + "
         "message['content'] + eos_token }}\n{% endif %}\n{% if loop.last and add_generation_prompt %}\n"
         "{{ '<|assistant|>' }}\n{% endif %}\n{% endfor %}",
         QLM_CHAT_ZEPHYR},
    };
    for (const auto& c : cases) {
        CAPTURE(c.jinja);
        qlm_chat_template t = QLM_CHAT_AUTO;
        CHECK(qlm_detail::chat_detect(c.jinja, &t));
        CHECK(t == c.want);
    }
}

TEST_CASE("chat_detect refuses templates it cannot render exactly") {
    qlm_chat_template t = QLM_CHAT_LLAMA2;
    CHECK_FALSE(qlm_detail::chat_detect("", &t));
    CHECK_FALSE(qlm_detail::chat_detect(nullptr, &t));
    CHECK_FALSE(qlm_detail::chat_detect("{% for m in messages %}{{ m['role'] }}: {{ m['content'] }}\n{% endfor %}", &t));
    CHECK_FALSE(qlm_detail::chat_detect("{{ '### Instruction:\\n' + message['content'] }}", &t));
    // Mistral v7: [SYSTEM_PROMPT] and a different spacing than the v0.1 layout we render.
    CHECK_FALSE(qlm_detail::chat_detect("{{ '[SYSTEM_PROMPT]' + m + '[/SYSTEM_PROMPT]' }}{{ '[INST]' + u + '[/INST]' }}", &t));
    CHECK(t == QLM_CHAT_LLAMA2); // untouched on failure
}

TEST_CASE("chat template names round-trip and unknown names are refused") {
    using namespace qlm_test_chat;
    const char* names[] = {"chatml", "llama2", "llama3", "gemma", "mistral", "phi3", "zephyr"};
    for (size_t i = 0; i < 7; i++) {
        CAPTURE(names[i]);
        REQUIRE(qlm_detail::chat_name(all_templates[i]) != nullptr);
        CHECK(std::string(qlm_detail::chat_name(all_templates[i])) == names[i]);
        qlm_chat_template t = QLM_CHAT_AUTO;
        CHECK(qlm_detail::chat_parse_name(names[i], &t));
        CHECK(t == all_templates[i]);
    }
    qlm_chat_template t = QLM_CHAT_GEMMA;
    CHECK_FALSE(qlm_detail::chat_parse_name("ChatML", &t));
    CHECK_FALSE(qlm_detail::chat_parse_name("vicuna", &t));
    CHECK_FALSE(qlm_detail::chat_parse_name("", &t));
    CHECK_FALSE(qlm_detail::chat_parse_name(nullptr, &t));
    CHECK(t == QLM_CHAT_GEMMA);
    CHECK(qlm_detail::chat_name(QLM_CHAT_AUTO) == nullptr);
    CHECK(qlm_detail::chat_name((qlm_chat_template)99) == nullptr);
}

TEST_CASE("chatml renders any role order and keeps contents verbatim") {
    using namespace qlm_test_chat;
    CHECK(render(QLM_CHAT_CHATML, standard(), true) ==
          "<|im_start|>system\nYou are kind.<|im_end|>\n<|im_start|>user\nHi!<|im_end|>\n"
          "<|im_start|>assistant\nHello, how can I help?<|im_end|>\n<|im_start|>user\nTell me a joke."
          "<|im_end|>\n<|im_start|>assistant\n");
    CHECK(render(QLM_CHAT_CHATML, make({{"user", " a \n"}, {"system", "late"}}), false) ==
          "<|im_start|>user\n a \n<|im_end|>\n<|im_start|>system\nlate<|im_end|>\n");
    CHECK(render(QLM_CHAT_CHATML, make({}), true) == "<|im_start|>assistant\n");
    CHECK(render(QLM_CHAT_CHATML, make({}), false) == "");
}

TEST_CASE("llama2 folds the system message into the first [INST] and strips turns") {
    using namespace qlm_test_chat;
    // Llama-2-chat: <s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{user} [/INST] {answer} </s><s>[INST] ...
    // without the first <s>, which the tokenizer adds.
    const char* want = "[INST] <<SYS>>\nYou are kind.\n<</SYS>>\n\nHi! [/INST] Hello, how can I help? </s>"
                       "<s>[INST] Tell me a joke. [/INST]";
    CHECK(render(QLM_CHAT_LLAMA2, standard(), true) == want);
    CHECK(render(QLM_CHAT_LLAMA2, standard(), false) == want); // the prompt ends with [/INST]
    CHECK(render(QLM_CHAT_LLAMA2, make({{"user", "  Hi \n"}, {"assistant", "\tYo "}, {"user", "x"}}), true) ==
          "[INST] Hi [/INST] Yo </s><s>[INST] x [/INST]");
    CHECK(render(QLM_CHAT_LLAMA2, make({{"system", "S"}}), true) == ""); // no user turn, as Jinja
}

TEST_CASE("llama3 renders header blocks and trims contents") {
    using namespace qlm_test_chat;
    CHECK(render(QLM_CHAT_LLAMA3, standard(), true) ==
          "<|start_header_id|>system<|end_header_id|>\n\nYou are kind.<|eot_id|>"
          "<|start_header_id|>user<|end_header_id|>\n\nHi!<|eot_id|>"
          "<|start_header_id|>assistant<|end_header_id|>\n\nHello, how can I help?<|eot_id|>"
          "<|start_header_id|>user<|end_header_id|>\n\nTell me a joke.<|eot_id|>"
          "<|start_header_id|>assistant<|end_header_id|>\n\n");
    CHECK(render(QLM_CHAT_LLAMA3, make({{"user", "\n hello \t"}}), false) ==
          "<|start_header_id|>user<|end_header_id|>\n\nhello<|eot_id|>");
}

TEST_CASE("gemma folds the system message into the first user turn and names the assistant model") {
    using namespace qlm_test_chat;
    CHECK(render(QLM_CHAT_GEMMA, standard(), true) ==
          "<start_of_turn>user\nYou are kind.\n\nHi!<end_of_turn>\n"
          "<start_of_turn>model\nHello, how can I help?<end_of_turn>\n"
          "<start_of_turn>user\nTell me a joke.<end_of_turn>\n<start_of_turn>model\n");
    CHECK(render(QLM_CHAT_GEMMA, make({{"user", " Hi "}, {"assistant", "Yo\n"}}), false) ==
          "<start_of_turn>user\nHi<end_of_turn>\n<start_of_turn>model\nYo<end_of_turn>\n");
}

TEST_CASE("mistral puts the system text before the first user message, without <<SYS>>") {
    using namespace qlm_test_chat;
    const char* want = "[INST] You are kind.\n\nHi! [/INST]Hello, how can I help?</s>[INST] Tell me a joke. [/INST]";
    CHECK(render(QLM_CHAT_MISTRAL, standard(), true) == want);
    CHECK(render(QLM_CHAT_MISTRAL, standard(), false) == want);
    CHECK(render(QLM_CHAT_MISTRAL, make({{"user", " Hi "}}), true) == "[INST]  Hi  [/INST]");
}

TEST_CASE("phi3 renders <|role|> blocks and ends with <|endoftext|> without the assistant header") {
    using namespace qlm_test_chat;
    const char* body = "<|system|>\nYou are kind.<|end|>\n<|user|>\nHi!<|end|>\n"
                       "<|assistant|>\nHello, how can I help?<|end|>\n<|user|>\nTell me a joke.<|end|>\n";
    CHECK(render(QLM_CHAT_PHI3, standard(), true) == std::string(body) + "<|assistant|>\n");
    CHECK(render(QLM_CHAT_PHI3, standard(), false) == std::string(body) + "<|endoftext|>");
}

TEST_CASE("zephyr ends every turn with </s> and a newline") {
    using namespace qlm_test_chat;
    const char* body = "<|system|>\nYou are kind.</s>\n<|user|>\nHi!</s>\n"
                       "<|assistant|>\nHello, how can I help?</s>\n<|user|>\nTell me a joke.</s>\n";
    CHECK(render(QLM_CHAT_ZEPHYR, standard(), true) == std::string(body) + "<|assistant|>\n");
    CHECK(render(QLM_CHAT_ZEPHYR, standard(), false) == body);
    CHECK(render(QLM_CHAT_ZEPHYR, make({}), true) == ""); // the header is emitted by the last turn
}

TEST_CASE("an unknown template is QLM_ERR_TEMPLATE") {
    using namespace qlm_test_chat;
    conv c = standard(); // owns the strings m points into
    std::vector<qlm_chat_message> m = c.msgs();
    for (int t : {(int)QLM_CHAT_AUTO, 99, -1}) {
        CAPTURE(t);
        std::string out = "unchanged";
        qlm_error err{};
        CHECK(chat_render((qlm_chat_template)t, m.data(), m.size(), true, &out, &err) == QLM_ERR_TEMPLATE);
        CHECK(err.code == QLM_ERR_TEMPLATE);
        CHECK(err.msg_id == qlm_detail::MSG_TEMPLATE_UNKNOWN);
        CHECK(out == "unchanged");
    }
}

TEST_CASE("an unknown role is QLM_ERR_TEMPLATE in every family") {
    using namespace qlm_test_chat;
    conv bad[] = {make({{"user", "Hi"}, {"tool", "42"}}), make({{"User", "Hi"}}), make({{"", "Hi"}})};
    for (qlm_chat_template t : all_templates) {
        for (const conv& c : bad) {
            CAPTURE(qlm_detail::chat_name(t));
            CAPTURE(c.roles.back());
            std::vector<qlm_chat_message> m = c.msgs();
            std::string out = "unchanged";
            qlm_error err{};
            CHECK(chat_render(t, m.data(), m.size(), true, &out, &err) == QLM_ERR_TEMPLATE);
            CHECK(err.msg_id == qlm_detail::MSG_TEMPLATE_ROLE);
            CHECK(out == "unchanged");
        }
        qlm_chat_message null_role = {nullptr, "Hi"};
        std::string out;
        CHECK(chat_render(t, &null_role, 1, true, &out, nullptr) == QLM_ERR_TEMPLATE);
    }
}

TEST_CASE("paired families refuse turns that do not alternate user/assistant") {
    using namespace qlm_test_chat;
    conv bad[] = {
        make({{"assistant", "first"}}),
        make({{"system", "S"}, {"assistant", "A"}}),
        make({{"user", "a"}, {"user", "b"}}),
        make({{"user", "a"}, {"assistant", "b"}, {"assistant", "c"}}),
        make({{"user", "a"}, {"system", "late"}}),
        make({{"system", "S"}, {"system", "T"}, {"user", "u"}}),
    };
    for (qlm_chat_template t : {QLM_CHAT_LLAMA2, QLM_CHAT_GEMMA, QLM_CHAT_MISTRAL}) {
        for (const conv& c : bad) {
            CAPTURE(qlm_detail::chat_name(t));
            std::vector<qlm_chat_message> m = c.msgs();
            std::string out;
            qlm_error err{};
            CHECK(chat_render(t, m.data(), m.size(), true, &out, &err) == QLM_ERR_TEMPLATE);
            CHECK(err.msg_id == qlm_detail::MSG_TEMPLATE_ROLE);
        }
    }
    // The same conversations are fine where the template takes any order.
    for (qlm_chat_template t : {QLM_CHAT_CHATML, QLM_CHAT_LLAMA3, QLM_CHAT_PHI3, QLM_CHAT_ZEPHYR})
        for (const conv& c : bad) CHECK(render(t, c, true) != "ERROR");
}

TEST_CASE("a NULL content renders as empty") {
    qlm_chat_message m = {"user", nullptr};
    std::string out;
    CHECK(qlm_detail::chat_render(QLM_CHAT_CHATML, &m, 1, false, &out, nullptr) == QLM_OK);
    CHECK(out == "<|im_start|>user\n<|im_end|>\n");
}

#ifdef QUANTLM_IMPLEMENTATION
TEST_CASE("qlm_chat_apply with QLM_CHAT_AUTO uses the model's template") {
    using namespace qlm_test_chat;
    FILE* f = fopen(qlm_test::model_path(), "rb");
    if (!f) {
        MESSAGE("skipped: no ", qlm_test::model_path(), " (make model)");
        return;
    }
    fclose(f);
    qlm_model* model = nullptr;
    REQUIRE(qlm_model_load_file(qlm_test::model_path(), nullptr, &model, nullptr) == QLM_OK);
    conv c = standard(); // owns the strings m points into
    std::vector<qlm_chat_message> m = c.msgs();
    size_t n = 0;
    char buf[512];
    REQUIRE(qlm_chat_apply(model, QLM_CHAT_AUTO, m.data(), m.size(), 1, buf, sizeof buf, &n, nullptr) == QLM_OK);
    CHECK(n == strlen(buf));
    CHECK(std::string(buf) == render(QLM_CHAT_CHATML, standard(), true));
    qlm_model_free(model);
}
#endif

} // TEST_SUITE
