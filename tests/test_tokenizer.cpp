#include <doctest/doctest.h>

#include "tokenizer.h"

// Tokenizer: llama.cpp's ids for the default model (tests/fixtures/smollm2_tokenize.tsv),
// the pre-tokenizer splits of each supported tokenizer.ggml.pre, a hand-built
// SentencePiece vocabulary, UTF-8 validation and streaming. Tests that need the model
// file skip with a message when it is absent.
#include "test_util.h"

#include <chrono>
#include <ctime>
#include <map>
#include <memory>

namespace test_tokenizer {
using namespace qlm_detail;

std::string unhex(const std::string& h) {
    std::string s;
    for (size_t i = 0; i + 1 < h.size(); i += 2) s.push_back((char)std::stoi(h.substr(i, 2), nullptr, 16));
    return s;
}

std::string ids_text(const std::vector<int32_t>& ids) {
    std::string s;
    for (int32_t id : ids) s += (s.empty() ? "" : " ") + std::to_string(id);
    return s;
}

// A model's vocabulary, loaded once per path; NULL (with a message) when the file is absent.
const vocab* load_vocab_once(const char* path) {
    static std::map<std::string, std::unique_ptr<vocab>> cache;
    auto it = cache.find(path);
    if (it == cache.end()) {
        std::unique_ptr<vocab> v;
        std::vector<uint8_t> bytes;
        if (qlm_test::read_file(path, &bytes)) {
            gguf_file f;
            qlm_error err{};
            REQUIRE(gguf_parse(bytes.data(), bytes.size(), gguf_limits(), true, &f, &err) == QLM_OK);
            v.reset(new vocab());
            REQUIRE_MESSAGE(vocab_load(f, v.get(), nullptr, &err) == QLM_OK, err.text);
        }
        it = cache.emplace(path, std::move(v)).first;
    }
    if (!it->second) MESSAGE("skipped: " << path << " is absent (scripts/get-model.sh)");
    return it->second.get();
}

// The default model's vocabulary.
const vocab* model_vocab() { return load_vocab_once(qlm_test::model_path()); }

std::vector<int32_t> tok(const vocab& v, const std::string& s, bool add_special = false,
                         bool parse_special = false) {
    std::vector<int32_t> ids;
    qlm_error err{};
    CHECK_MESSAGE(tokenize(v, s.data(), s.size(), add_special, parse_special, &ids, &err) == QLM_OK, err.text);
    return ids;
}

std::string detok(const vocab& v, const std::vector<int32_t>& ids, bool render_special = false) {
    std::string s;
    for (int32_t id : ids) s += token_bytes(v, id, render_special);
    return s;
}

// Words of s as the vocab's pre-tokenizer splits them.
std::vector<std::string> split(pretok_kind pre, const std::string& s) {
    vocab v;
    v.pre = pre;
    pretok_text t;
    std::vector<pretok_piece> words, tmp;
    pretokenize(v, s.data(), s.size(), &t, &words, &tmp);
    std::vector<std::string> out;
    for (const pretok_piece& w : words) out.push_back(s.substr(w.a, w.b - w.a));
    return out;
}

typedef std::vector<std::string> strs;

// ---- without the model ---------------------------------------------------------------------

TEST_CASE("utf8_valid rejects overlongs, surrogates, truncation and code points past U+10FFFF") {
    auto ok = [](const std::string& s) { return utf8_valid(s.data(), s.size()); };
    CHECK(ok(""));
    CHECK(ok("plain ascii"));
    CHECK(ok("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8D\x95"));  // é € 🍕
    CHECK(ok("\xED\x9F\xBF\xEE\x80\x80\xF4\x8F\xBF\xBF"));  // U+D7FF U+E000 U+10FFFF
    CHECK_FALSE(ok("\xC0\x80"));                             // overlong NUL
    CHECK_FALSE(ok("\xC1\xBF"));                             // overlong
    CHECK_FALSE(ok("\xE0\x80\xAF"));                         // overlong '/'
    CHECK_FALSE(ok("\xF0\x82\x82\xAC"));                     // overlong €
    CHECK_FALSE(ok("\xED\xA0\x80"));                         // U+D800
    CHECK_FALSE(ok("\xED\xBF\xBF"));                         // U+DFFF
    CHECK_FALSE(ok("\xF4\x90\x80\x80"));                     // U+110000
    CHECK_FALSE(ok("\xF5\x80\x80\x80"));
    CHECK_FALSE(ok("\xFF"));
    CHECK_FALSE(ok("\x80"));                                 // lone continuation
    CHECK_FALSE(ok("ab\xE2\x82"));                           // truncated at the end
    CHECK_FALSE(ok("\xE2\x82z"));                            // truncated in the middle
    CHECK_FALSE(ok("\xF0\x9F\x8D"));
}

TEST_CASE("utf8_stream holds back a partial character and replaces invalid bytes") {
    utf8_stream u;
    const std::string pizza = "\xF0\x9F\x8D\x95";
    CHECK(u.push("a" + pizza.substr(0, 1)) == "a");
    CHECK(u.push(pizza.substr(1, 2)).empty());
    CHECK(u.push(pizza.substr(3) + "b") == pizza + "b");
    CHECK(u.flush().empty());

    utf8_stream w;
    CHECK(w.push("x\x80y") == "x\xEF\xBF\xBDy");          // stray continuation
    CHECK(w.push("\xED\xA0\x80!") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD!"); // surrogate
    CHECK(w.push("\xE2\x82").empty());
    CHECK(w.pending.size() == 2);
    CHECK(w.push("z") == "\xEF\xBF\xBDz");               // unfinished, then broken
    CHECK(w.push("\xE2\x82").empty());
    CHECK(w.flush() == "\xEF\xBF\xBD");                   // unfinished at the end
    CHECK(w.pending.empty());
}

TEST_CASE("pre-tokenizers split words like llama.cpp's regexes") {
    // GPT-2: a space joins the next word; of a whitespace run all but the last stand alone.
    CHECK(split(PRE_GPT2, "Hello world  123 it's") == strs{"Hello", " world", " ", " 123", " it", "'s"});
    CHECK(split(PRE_GPT2, "IT'S a\n\nb  ") == strs{"IT", "'", "S", " a", "\n", "\n", "b", "  "});
    CHECK(split(PRE_GPT2, "x += 1;") == strs{"x", " +=", " 1", ";"});
    // SmolLM: every digit alone first, then GPT-2 inside the pieces.
    CHECK(split(PRE_SMOLLM, "abc 123x") == strs{"abc", " ", "1", "2", "3", "x"});
    CHECK(split(PRE_SMOLLM, "v2.0") == strs{"v", "2", ".", "0"});
    // Llama 3: case-blind contractions, up to three digits, newlines kept with whitespace.
    CHECK(split(PRE_LLAMA3, "Hello 12345 DON'T\n\n x") ==
          strs{"Hello", " ", "123", "45", " DON", "'T", "\n\n", " x"});
    CHECK(split(PRE_LLAMA3, "a.\n\nb") == strs{"a", ".\n\n", "b"});
    CHECK(split(PRE_LLAMA3, "(x)  y") == strs{"(x", ")", " ", " y"});
    // Qwen2: as Llama 3 but one digit at a time.
    CHECK(split(PRE_QWEN2, "12345") == strs{"1", "2", "3", "4", "5"});
    // Default: punctuation runs, GPT-2, number runs, groups of three ASCII digits.
    CHECK(split(PRE_DEFAULT, "a+b=12345!!") == strs{"a", "+", "b", "=", "123", "45", "!!"});
    // Non-ASCII letters and numbers come from the Unicode tables.
    CHECK(split(PRE_GPT2, "\xC3\xA9t\xC3\xA9 \xD9\xA3\xD9\xA4") == strs{"\xC3\xA9t\xC3\xA9", " \xD9\xA3\xD9\xA4"});
    CHECK(split(PRE_GPT2, "a\xC2\xA0" "b") == strs{"a", "\xC2\xA0", "b"}); // NBSP is whitespace
}

// A tiny SentencePiece vocabulary, written with gguf_writer and loaded like a model.
struct spm_fixture {
    std::vector<uint8_t> bytes;
    vocab v;
    explicit spm_fixture(bool space_prefix = true) {
        const strs tokens = {"<unk>", "<s>", "</s>", "<0x0A>", "<0xC3>", "<0xA9>", "\xE2\x96\x81", "h", "e", "l",
                             "o", "he", "ll", "hell", "hello", "\xE2\x96\x81hello", "w", "r", "d",
                             "\xE2\x96\x81w", "or", "<user>"};
        std::vector<float> scores(tokens.size(), 0.0f);
        std::vector<int32_t> types(tokens.size(), TOK_NORMAL);
        types[0] = TOK_UNKNOWN;
        types[1] = types[2] = TOK_CONTROL;
        types[3] = types[4] = types[5] = TOK_BYTE;
        types[21] = TOK_USER;
        const float merged[][2] = {{11, -1}, {12, -2}, {13, -3}, {14, -4}, {15, -5}, {19, -6}, {20, -7}};
        for (const auto& m : merged) scores[(size_t)m[0]] = m[1];
        gguf_writer w;
        w.set_str("general.architecture", "llama");
        w.set_str("tokenizer.ggml.model", "llama");
        w.set_arr_str("tokenizer.ggml.tokens", tokens);
        w.set_arr("tokenizer.ggml.scores", GGUF_F32, scores.data(), scores.size());
        w.set_arr("tokenizer.ggml.token_type", GGUF_I32, types.data(), types.size());
        w.set_u32("tokenizer.ggml.bos_token_id", 1);
        w.set_u32("tokenizer.ggml.eos_token_id", 2);
        w.set_u32("tokenizer.ggml.unknown_token_id", 0);
        if (!space_prefix) w.set_bool("tokenizer.ggml.add_space_prefix", false);
        bytes = w.finish();
        gguf_file f;
        qlm_error err{};
        REQUIRE(gguf_parse(bytes.data(), bytes.size(), gguf_limits(), true, &f, &err) == QLM_OK);
        REQUIRE_MESSAGE(vocab_load(f, &v, nullptr, &err) == QLM_OK, err.text);
    }
};

TEST_CASE("SentencePiece merges by score, prefixes a space and falls back to bytes") {
    spm_fixture s;
    const vocab& v = s.v;
    CHECK(v.kind == VOCAB_SPM);
    CHECK(v.add_bos);
    CHECK_FALSE(v.add_eos);
    CHECK(tok(v, "hello world") == std::vector<int32_t>{15, 19, 20, 9, 18});
    CHECK(tok(v, "hello world", true) == std::vector<int32_t>{1, 15, 19, 20, 9, 18});
    CHECK(tok(v, "lll") == std::vector<int32_t>{6, 12, 9});         // equal scores: leftmost first
    CHECK(tok(v, "\xC3\xA9\n") == std::vector<int32_t>{6, 4, 5, 3}); // é and \n as <0xNN>
    CHECK(tok(v, "").empty());
    CHECK(tok(v, "", true) == std::vector<int32_t>{1});
    // Special tokens: control only with parse_special, user-defined always; the text after
    // a special token gets the space prefix again.
    CHECK(tok(v, "<s>hello", false, true) == std::vector<int32_t>{1, 15});
    CHECK(tok(v, "he<user>hello") == std::vector<int32_t>{6, 11, 21, 15});
    // Pieces back to bytes.
    CHECK(token_bytes(v, 15, false) == " hello");
    CHECK(token_bytes(v, 4, false) == "\xC3");
    CHECK(token_bytes(v, 3, false) == "\n");
    CHECK(token_bytes(v, 1, false).empty());
    CHECK(token_bytes(v, 1, true) == "<s>");
    CHECK(token_bytes(v, 21, false) == "<user>");
    CHECK(token_bytes(v, 99, true).empty());
    CHECK(token_bytes(v, -1, true).empty());
    CHECK(detok(v, tok(v, "hello world\xC3\xA9")) == " hello world\xC3\xA9");
    CHECK(token_is_eog(v, 2));
    CHECK_FALSE(token_is_eog(v, 1));

    spm_fixture n(false);
    CHECK(tok(n.v, "hello world") == std::vector<int32_t>{14, 19, 20, 9, 18});
}

// A minimal byte-level BPE file with the given pre-tokenizer (and model) names.
std::vector<uint8_t> bpe_file(const char* pre, const char* model = "gpt2") {
    gguf_writer w;
    w.set_str("tokenizer.ggml.model", model);
    if (pre) w.set_str("tokenizer.ggml.pre", pre);
    w.set_arr_str("tokenizer.ggml.tokens", {"a", "b", "ab", "<|endoftext|>"});
    w.set_arr_str("tokenizer.ggml.merges", {"a b"});
    return w.finish();
}

qlm_result load_bytes(const std::vector<uint8_t>& b, vocab* v, qlm_error* err) {
    gguf_file f;
    REQUIRE(gguf_parse(b.data(), b.size(), gguf_limits(), true, &f, err) == QLM_OK);
    return vocab_load(f, v, nullptr, err);
}

TEST_CASE("vocab_load rejects an unknown pre-tokenizer or tokenizer model, naming it") {
    vocab v;
    qlm_error err{};
    CHECK(load_bytes(bpe_file("no-such-pre"), &v, &err) == QLM_ERR_UNSUPPORTED);
    CHECK(err.msg_id == MSG_VOCAB_UNSUPPORTED);
    CHECK(std::string(err.text).find("no-such-pre") != std::string::npos);

    err = qlm_error{};
    CHECK(load_bytes(bpe_file("gpt-2", "wordpiece-x"), &v, &err) == QLM_ERR_UNSUPPORTED);
    CHECK(err.msg_id == MSG_VOCAB_UNSUPPORTED);
    CHECK(std::string(err.text).find("wordpiece-x") != std::string::npos);

    for (const char* pre : {"gpt-2", "llama-bpe", "qwen2", "smollm", "default"}) {
        err = qlm_error{};
        CHECK_MESSAGE(load_bytes(bpe_file(pre), &v, &err) == QLM_OK, pre);
    }
    CHECK(load_bytes(bpe_file(nullptr), &v, &err) == QLM_OK); // missing: llama.cpp's default
    CHECK(v.pre == PRE_DEFAULT);
    CHECK(tok(v, "abba") == std::vector<int32_t>{2, 1, 0});
    CHECK(token_is_eog(v, 3)); // <|endoftext|> by its text
    CHECK(v.types[3] == TOK_CONTROL);
}

TEST_CASE("tokenize rejects invalid UTF-8 with QLM_ERR_TOKENIZE") {
    vocab v;
    qlm_error err{};
    REQUIRE(load_bytes(bpe_file("gpt-2"), &v, &err) == QLM_OK);
    const char* bad[] = {"\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80", "ab\xE2\x82", "\xF4\x90\x80\x80", "\x80"};
    for (const char* s : bad) {
        std::vector<int32_t> ids{7};
        err = qlm_error{};
        CHECK(tokenize(v, s, strlen(s), false, false, &ids, &err) == QLM_ERR_TOKENIZE);
        CHECK(err.msg_id == MSG_TOKENIZE_UTF8);
        CHECK(ids.empty());
    }
}

// ---- with the model ------------------------------------------------------------------------

TEST_CASE("SmolLM2 vocabulary: keys, end-of-generation tokens, a hand-checked sentence") {
    const vocab* v = model_vocab();
    if (!v) return;
    CHECK(v->kind == VOCAB_BPE);
    CHECK(v->pre == PRE_SMOLLM);
    CHECK(v->tokens.size() == 49152);
    CHECK_FALSE(v->add_bos);
    CHECK(v->bos == 1);
    CHECK(v->eos == 2);
    CHECK(token_is_eog(*v, 2));  // <|im_end|>
    CHECK(token_is_eog(*v, 0));  // <|endoftext|>
    CHECK_FALSE(token_is_eog(*v, 1));
    const std::vector<int32_t> ids = tok(*v, "Hello world");
    REQUIRE(ids.size() == 2);
    CHECK(v->tokens[(size_t)ids[0]] == "Hello");
    CHECK(v->tokens[(size_t)ids[1]] == "\xC4\xA0world"); // Ġworld
    CHECK(token_bytes(*v, ids[1], false) == " world");
    CHECK(token_bytes(*v, 2, false).empty());
    CHECK(token_bytes(*v, 2, true) == "<|im_end|>");
}

// Every line of a tokenizer fixture made by llama.cpp must match, and detokenize back.
void check_tokenize_fixture(const vocab* v, const char* fixture) {
    if (!v) return;
    const auto rows = qlm_test::read_tsv(fixture);
    REQUIRE_MESSAGE(!rows.empty(), std::string(fixture) << " is missing");
    int matched = 0;
    for (const auto& r : rows) {
        REQUIRE(r.size() == 5);
        const std::string text = unhex(r[1]);
        const bool add_special = r[2] == "1", parse_special = r[3] == "1";
        const std::vector<int32_t> want = qlm_test::parse_ids(r[4]);
        const std::vector<int32_t> got = tok(*v, text, add_special, parse_special);
        CHECK_MESSAGE(got == want, r[0] << " text=\"" << text << "\"\n  want " << ids_text(want) << "\n  got  "
                                        << ids_text(got));
        matched += got == want;
        if (!parse_special) CHECK_MESSAGE(detok(*v, got) == text, r[0]); // round trip
    }
    MESSAGE(matched << "/" << rows.size() << " lines of " << std::string(fixture) << " match llama.cpp");
}

TEST_CASE("SmolLM2 tokenization matches llama.cpp on every fixture line") {
    check_tokenize_fixture(model_vocab(), "tests/fixtures/smollm2_tokenize.tsv");
}

TEST_CASE("Gemma 3 SentencePiece tokenization matches llama.cpp on every fixture line") {
    check_tokenize_fixture(load_vocab_once("models/gemma-3-270m-Q4_K_M.gguf"), "tests/fixtures/gemma3_tokenize.tsv");
}

TEST_CASE("SmolLM2 detokenization streams an emoji split across byte tokens") {
    const vocab* v = model_vocab();
    if (!v) return;
    const std::string text = "cat \xF0\x9F\x90\xB1!";
    const std::vector<int32_t> ids = tok(*v, text);
    utf8_stream u;
    std::string out;
    bool held = false;
    for (int32_t id : ids) {
        const std::string b = token_bytes(*v, id, false);
        const std::string s = u.push(b);
        CHECK(utf8_valid(s.data(), s.size()));
        held = held || (s.size() != b.size());
        out += s;
    }
    out += u.flush();
    CHECK(held); // the emoji is more than one token here, so some bytes waited
    CHECK(out == text);
}

TEST_CASE("SmolLM2 tokenizes 100 KB of English quickly") {
    const vocab* v = model_vocab();
    if (!v) return;
    const std::string para =
        "The quick brown fox jumps over the lazy dog. Meanwhile, in a small village between two "
        "mountains, the baker was preparing 1,234 loaves of bread for the annual festival. \"It's "
        "going to be a long day,\" she said, wiping flour from her hands.\n";
    std::string text;
    while (text.size() < 100000) text += para;
    std::vector<int32_t> ids;
    // Processor time, not wall time: a busy shared machine must not fail the test. The
    // tokenizer is single-threaded, so this is the work it does.
    const std::clock_t t0 = std::clock();
    REQUIRE(tokenize(*v, text.data(), text.size(), false, true, &ids, nullptr) == QLM_OK);
    const double ms = 1000.0 * (double)(std::clock() - t0) / CLOCKS_PER_SEC;
    MESSAGE("tokenized " << text.size() << " bytes into " << ids.size() << " tokens in " << ms << " ms of CPU");
    CHECK(detok(*v, ids) == text);
#if defined(__SANITIZE_THREAD__)
    CHECK(ms < 10000.0); // ThreadSanitizer instruments every access: 5-15x slower
#else
    CHECK(ms < 1000.0); // generous: ASan/UBSan builds; ~tens of ms at -O2
#endif
}

} // namespace test_tokenizer
