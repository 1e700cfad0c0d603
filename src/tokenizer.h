// ==== [qlm:tokenizer] byte-level BPE and SentencePiece, from GGUF metadata ==============
// llama.cpp's tokenizer is the reference for behaviour (same ids for the same file and
// flags); the code here is our own. Pipeline of tokenize():
//   1. the input must be valid UTF-8;
//   2. special tokens are cut out of the text (longest token text first, as llama.cpp);
//   3. BPE: each remaining piece is split into words by the pre-tokenizer of
//      tokenizer.ggml.pre (hand-written versions of llama.cpp's regexes, Unicode classes
//      from unicode_tables.h), each word's bytes are mapped to GPT-2's byte-level
//      alphabet and merged by tokenizer.ggml.merges rank;
//      SPM: spaces become U+2581, pieces are merged by score, leftovers fall back to
//      <0xNN> byte tokens;
//   4. BOS/EOS when add_special and the vocab asks for them.
#ifndef QLM_TOKENIZER_H
#define QLM_TOKENIZER_H
#include "gguf.h"
#include "unicode_tables.h"

#include <queue>
#include <string_view>
#include <unordered_map>

namespace qlm_detail {

enum vocab_kind { VOCAB_BPE, VOCAB_SPM };
// Pre-tokenizer (split) rules of byte-level BPE, from tokenizer.ggml.pre. PRE_DEFAULT is
// llama.cpp's fallback for "default" or a missing key.
enum pretok_kind { PRE_GPT2, PRE_LLAMA3, PRE_QWEN2, PRE_SMOLLM, PRE_DEFAULT };
// tokenizer.ggml.token_type values.
enum token_attr { TOK_NORMAL = 1, TOK_UNKNOWN = 2, TOK_CONTROL = 3, TOK_USER = 4, TOK_UNUSED = 5, TOK_BYTE = 6 };

struct vocab {
    vocab_kind kind = VOCAB_BPE;
    pretok_kind pre = PRE_GPT2;
    std::vector<std::string> tokens; // as stored (BPE: byte-level unicode form; SPM: ▁ for space)
    std::vector<float> scores;       // SPM merge priorities
    std::vector<int32_t> types;      // token_attr per token
    int32_t bos = -1, eos = -1, eot = -1, eom = -1, unk = -1, pad = -1, nl = -1;
    bool add_bos = false, add_eos = false, add_space_prefix = false;
    std::vector<int32_t> eog; // end-of-generation tokens (eos, eot, <|im_end|>, <end_of_turn>, ...)

    // ---- lookups, built by vocab_finish() ----
    bool ignore_merges = false; // BPE (llama3): a word that is a whole token skips merging
    std::unordered_map<std::string, int32_t> token_id;   // text -> id (the last id wins)
    std::unordered_map<std::string, int32_t> merge_rank; // "left right" -> rank (first wins)
    std::vector<int32_t> special; // control, user-defined, unknown ids; longest text first
    int32_t byte_token[256] = {}; // SPM: byte -> <0xNN> token (or the 1-byte token), -1
    std::string byte_text[256];   // BPE: byte -> its byte-level character (UTF-8)
    int16_t text_byte[324] = {};  // BPE: byte-level code point (< 324) -> byte, -1
};

// Reads tokenizer.ggml.* keys. Unknown tokenizer.ggml.model or .pre -> QLM_ERR_UNSUPPORTED
// with a message naming the value.
qlm_result vocab_load(const gguf_file& f, vocab* v, const logger* log, qlm_error* err);

// Builds the lookups (token_id, special, byte maps, eog, eot when unset) from tokens,
// types and the ids. vocab_load calls it; an in-memory vocab (tests) calls it after
// filling the fields. Tokens whose text says end-of-turn ("<|im_end|>", ...) become
// control tokens, as in llama.cpp. BPE merges are added before with vocab_add_merge.
void vocab_finish(vocab* v);
// Adds one merge "left right" (split at the first space after the first byte) with the
// next rank; a pair seen before keeps its first rank.
void vocab_add_merge(vocab* v, const char* s, size_t n);

// Tokenizes UTF-8 text (invalid UTF-8 -> QLM_ERR_TOKENIZE). add_special: BOS/EOS as the
// vocab says. parse_special: control/user-defined token texts in the input become those
// tokens. Matches llama.cpp's llama_tokenize for the same file and flags; as there,
// user-defined tokens are matched even without parse_special. Thread-safe (const vocab).
qlm_result tokenize(const vocab& v, const char* text, size_t len, bool add_special,
                    bool parse_special, std::vector<int32_t>* out, qlm_error* err);

// The raw bytes a token stands for (BPE: byte-level decoded; SPM: ▁ -> ' ', <0xNN> ->
// byte). Control tokens give "" unless render_special. Empty for invalid ids.
std::string token_bytes(const vocab& v, int32_t id, bool render_special);

bool token_is_eog(const vocab& v, int32_t id);

// Streams bytes out in whole UTF-8 characters: push() returns the prefix that is complete
// and keeps an incomplete tail (at most 3 bytes) for the next call. Invalid sequences
// are replaced with U+FFFD rather than held forever.
struct utf8_stream {
    std::string pending;
    std::string push(const std::string& bytes);
    std::string flush(); // whatever is left, invalid tails replaced with U+FFFD
};

// True when s[0..n) is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool utf8_valid(const char* s, size_t n);

// =========================================================================================
// Implementation
// =========================================================================================

// ---- UTF-8 --------------------------------------------------------------------------------

// Looks at the sequence starting at s[0] (n >= 1 bytes available). Returns its length
// (1..4) and sets *cp when it is a whole valid character; 0 when the n bytes are a valid
// but incomplete start; -k when invalid, k being the bytes to replace by one U+FFFD (the
// lead plus the continuation bytes that were still acceptable, Unicode's "maximal subpart").
inline int utf8_scan(const unsigned char* s, size_t n, uint32_t* cp) {
    const unsigned char b = s[0];
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    int need;
    uint32_t c;
    unsigned char lo = 0x80, hi = 0xBF; // range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        c = b & 0x1Fu;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        c = b & 0x0Fu;
        if (b == 0xE0) lo = 0xA0; // overlong
        if (b == 0xED) hi = 0x9F; // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        c = b & 0x07u;
        if (b == 0xF0) lo = 0x90; // overlong
        if (b == 0xF4) hi = 0x8F; // > U+10FFFF
    } else {
        return -1; // continuation byte, C0/C1 overlong lead, F5..FF
    }
    for (int k = 1; k <= need; k++) {
        if ((size_t)k >= n) return 0;
        const unsigned char x = s[k];
        if (x < lo || x > hi) return -k;
        lo = 0x80;
        hi = 0xBF;
        c = (c << 6) | (x & 0x3Fu);
    }
    *cp = c;
    return need + 1;
}

inline bool utf8_valid(const char* s, size_t n) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) { // ASCII run
            i++;
            continue;
        }
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, n - i, &cp);
        if (r <= 0) return false;
        i += (size_t)r;
    }
    return true;
}

inline void utf8_append(std::string* s, uint32_t cp) {
    if (cp < 0x80) {
        s->push_back((char)cp);
    } else if (cp < 0x800) {
        s->push_back((char)(0xC0 | (cp >> 6)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        s->push_back((char)(0xE0 | (cp >> 12)));
        s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    } else {
        s->push_back((char)(0xF0 | (cp >> 18)));
        s->push_back((char)(0x80 | ((cp >> 12) & 0x3F)));
        s->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
        s->push_back((char)(0x80 | (cp & 0x3F)));
    }
}

inline std::string utf8_stream::push(const std::string& bytes) {
    pending += bytes;
    std::string out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(pending.data());
    const size_t n = pending.size();
    size_t i = 0;
    while (i < n) {
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, n - i, &cp);
        if (r == 0) break; // incomplete: keep for the next push
        if (r > 0) {
            out.append(pending, i, (size_t)r);
            i += (size_t)r;
        } else {
            out += "\xEF\xBF\xBD";
            i += (size_t)-r;
        }
    }
    pending.erase(0, i);
    return out;
}

inline std::string utf8_stream::flush() {
    std::string out = push(std::string());
    if (!pending.empty()) out += "\xEF\xBF\xBD"; // a valid but unfinished start
    pending.clear();
    return out;
}

// ---- Unicode classes ----------------------------------------------------------------------

inline uint8_t ucd_flags(uint32_t cp) {
    if (cp < 128) return unicode_ascii_flags[cp];
    size_t lo = 0, hi = sizeof unicode_runs / sizeof unicode_runs[0];
    while (hi - lo > 1) { // last run starting at or before cp
        const size_t mid = (lo + hi) / 2;
        if ((unicode_runs[mid] >> 8) <= cp) lo = mid;
        else hi = mid;
    }
    return (uint8_t)(unicode_runs[lo] & 0xFF);
}

// ---- vocab --------------------------------------------------------------------------------

inline void vocab_add_merge(vocab* v, const char* s, size_t n) {
    const int32_t rank = (int32_t)v->merge_rank.size();
    const std::string m(s, n);
    const size_t sp = n > 1 ? m.find(' ', 1) : std::string::npos;
    if (sp == std::string::npos) return; // not a pair: can never match
    v->merge_rank.emplace(m, rank);
}

inline void vocab_finish(vocab* v) {
    const int32_t n = (int32_t)v->tokens.size();
    v->types.resize((size_t)n, TOK_NORMAL);
    v->scores.resize((size_t)n, 0.0f);
    v->token_id.clear();
    v->token_id.reserve((size_t)n);
    for (int32_t i = 0; i < n; i++) v->token_id[v->tokens[(size_t)i]] = i;
    auto find = [&](const std::string& s) -> int32_t {
        auto it = v->token_id.find(s);
        return it == v->token_id.end() ? -1 : it->second;
    };

    // End of generation: the ids the file names, plus tokens whose text says so (llama.cpp
    // keeps the same list and makes those tokens control tokens).
    static const char* const eot_texts[] = {"<|eot_id|>", "<|im_end|>", "<|end|>", "<end_of_turn>",
                                            "<|endoftext|>", "<|end_of_text|>", "<EOT>", "_<EOT>",
                                            "<end_of_utterance>"};
    v->eog.clear();
    auto add_eog = [&](int32_t id) {
        if (id >= 0 && id < n && std::find(v->eog.begin(), v->eog.end(), id) == v->eog.end())
            v->eog.push_back(id);
    };
    add_eog(v->eos);
    add_eog(v->eot);
    add_eog(v->eom);
    for (const char* t : eot_texts) {
        const int32_t id = find(t);
        if (id < 0) continue;
        if (v->eot < 0) v->eot = id;
        v->types[(size_t)id] = TOK_CONTROL;
        add_eog(id);
    }
    const int32_t eom = find("<|eom_id|>");
    if (eom >= 0) {
        if (v->eom < 0) v->eom = eom;
        v->types[(size_t)eom] = TOK_CONTROL;
        add_eog(eom);
    }
    add_eog(find("</s>"));

    // Special tokens, cut out of the text before anything else, longest first.
    v->special.clear();
    for (int32_t i = 0; i < n; i++) {
        const int32_t t = v->types[(size_t)i];
        if ((t == TOK_CONTROL || t == TOK_USER || t == TOK_UNKNOWN) && !v->tokens[(size_t)i].empty())
            v->special.push_back(i);
    }
    std::stable_sort(v->special.begin(), v->special.end(), [&](int32_t a, int32_t b) {
        return v->tokens[(size_t)a].size() > v->tokens[(size_t)b].size();
    });

    // GPT-2's byte-level alphabet: printable Latin-1 bytes stand for themselves, the other
    // 68 bytes take U+0100.. in byte order.
    for (int i = 0; i < 324; i++) v->text_byte[i] = -1;
    int next = 256;
    for (int b = 0; b < 256; b++) {
        const bool self = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        const int cp = self ? b : next++;
        v->byte_text[b].clear();
        utf8_append(&v->byte_text[b], (uint32_t)cp);
        v->text_byte[cp] = (int16_t)b;
    }

    // SPM byte fallback: <0xNN>, else the 1-byte token.
    static const char hex[] = "0123456789ABCDEF";
    for (int b = 0; b < 256; b++) {
        const char buf[7] = {'<', '0', 'x', hex[b >> 4], hex[b & 15], '>', 0};
        int32_t id = find(buf);
        if (id < 0) id = find(std::string(1, (char)b));
        v->byte_token[b] = id;
    }
    v->nl = v->kind == VOCAB_SPM ? v->byte_token[0x0A] : find(v->byte_text[0x0A]);
}

inline qlm_result vocab_load(const gguf_file& f, vocab* v, const logger* log, qlm_error* err) {
    *v = vocab();
    gguf_str s;
    if (!gguf_get_str(f, "tokenizer.ggml.model", &s))
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.model is missing");
    const std::string model = s.str();
    if (model == "gpt2") {
        v->kind = VOCAB_BPE;
        v->bos = 11; // llama.cpp's defaults for a BPE vocab without the keys
        v->eos = 11;
    } else if (model == "llama") {
        v->kind = VOCAB_SPM;
        v->bos = 1;
        v->eos = 2;
        v->unk = 0;
        v->add_bos = true;
        v->add_space_prefix = true;
    } else {
        return fail(err, log, MSG_VOCAB_UNSUPPORTED, UINT64_MAX,
                    "vocab: unsupported tokenizer.ggml.model \"%.64s\"", model.c_str());
    }

    if (v->kind == VOCAB_BPE) {
        std::string pre;
        if (gguf_get_str(f, "tokenizer.ggml.pre", &s)) pre = s.str();
        if (pre.empty() || pre == "default") {
            v->pre = PRE_DEFAULT;
        } else if (pre == "gpt-2" || pre == "phi-2") {
            v->pre = PRE_GPT2;
        } else if (pre == "llama3" || pre == "llama-v3" || pre == "llama-bpe" || pre == "falcon3") {
            v->pre = PRE_LLAMA3;
            v->ignore_merges = true;
            v->add_bos = true;
        } else if (pre == "qwen2" || pre == "deepseek-r1-qwen" || pre == "megrez") {
            v->pre = PRE_QWEN2;
        } else if (pre == "smollm" || pre == "starcoder" || pre == "refact" || pre == "codeshell") {
            v->pre = PRE_SMOLLM;
        } else {
            return fail(err, log, MSG_VOCAB_UNSUPPORTED, UINT64_MAX,
                        "vocab: unsupported pre-tokenizer tokenizer.ggml.pre \"%.64s\"", pre.c_str());
        }
    }

    const gguf_kv* kt = gguf_get_arr(f, "tokenizer.ggml.tokens", GGUF_STRING);
    if (!kt || kt->strs.empty())
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.tokens is missing or empty");
    if (kt->strs.size() > (size_t)INT32_MAX)
        return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: too many tokens (%zu)", kt->strs.size());
    const size_t n = kt->strs.size();
    v->tokens.reserve(n);
    for (const gguf_str& t : kt->strs) v->tokens.push_back(t.str());

    if (const gguf_kv* ks = gguf_get_arr(f, "tokenizer.ggml.scores", GGUF_F32)) {
        if (ks->arr_n != n)
            return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: %llu scores for %zu tokens",
                        (unsigned long long)ks->arr_n, n);
        v->scores.resize(n);
        for (size_t i = 0; i < n; i++) v->scores[i] = (float)gguf_arr_num(*ks, i);
    }
    const gguf_kv* ky = nullptr;
    for (uint32_t et : {GGUF_I32, GGUF_U32, GGUF_I8, GGUF_U8, GGUF_I16, GGUF_U16})
        if (!ky) ky = gguf_get_arr(f, "tokenizer.ggml.token_type", et);
    if (ky) {
        if (ky->arr_n != n)
            return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: %llu token types for %zu tokens",
                        (unsigned long long)ky->arr_n, n);
        v->types.resize(n);
        for (size_t i = 0; i < n; i++) { // a u32/i32 array may hold any value (found by fuzzing)
            const double t = gguf_arr_num(*ky, i);
            v->types[i] = t >= INT32_MIN && t <= INT32_MAX ? (int32_t)t : 0; // 0: undefined type
        }
    }

    if (v->kind == VOCAB_BPE) {
        const gguf_kv* km = gguf_get_arr(f, "tokenizer.ggml.merges", GGUF_STRING);
        if (!km) return fail(err, log, MSG_VOCAB, UINT64_MAX, "vocab: tokenizer.ggml.merges is missing");
        v->merge_rank.reserve(km->strs.size());
        for (const gguf_str& m : km->strs) vocab_add_merge(v, m.p, (size_t)m.n);
    }

    // Special ids: a value outside the vocabulary keeps the default (as llama.cpp).
    const struct {
        const char* key;
        int32_t* id;
    } ids[] = {{"tokenizer.ggml.bos_token_id", &v->bos},     {"tokenizer.ggml.eos_token_id", &v->eos},
               {"tokenizer.ggml.eot_token_id", &v->eot},     {"tokenizer.ggml.eom_token_id", &v->eom},
               {"tokenizer.ggml.unknown_token_id", &v->unk}, {"tokenizer.ggml.padding_token_id", &v->pad}};
    for (const auto& k : ids) {
        uint32_t id;
        if (!gguf_get_u32(f, k.key, &id)) continue;
        if (id < n) *k.id = (int32_t)id;
        else if (log) log->logf(QLM_LOG_WARN, "vocab: %s = %u is out of range; ignored", k.key, id);
    }
    for (const auto& k : ids)
        if (*k.id >= (int32_t)n) *k.id = -1; // a default the vocabulary is too small for

    bool b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_bos_token", &b)) v->add_bos = b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_eos_token", &b)) v->add_eos = b;
    if (gguf_get_bool(f, "tokenizer.ggml.add_space_prefix", &b)) v->add_space_prefix = b;
    if (v->add_bos && v->bos < 0) {
        if (log) log->logf(QLM_LOG_WARN, "vocab: no BOS token; add_bos_token ignored");
        v->add_bos = false;
    }
    if (v->add_eos && v->eos < 0) {
        if (log) log->logf(QLM_LOG_WARN, "vocab: no EOS token; add_eos_token ignored");
        v->add_eos = false;
    }

    vocab_finish(v);
    return QLM_OK;
}

inline bool token_is_eog(const vocab& v, int32_t id) {
    return id >= 0 && std::find(v.eog.begin(), v.eog.end(), id) != v.eog.end();
}

inline std::string token_bytes(const vocab& v, int32_t id, bool render_special) {
    if (id < 0 || (size_t)id >= v.tokens.size()) return std::string();
    const std::string& t = v.tokens[(size_t)id];
    const int32_t type = v.types[(size_t)id];
    if (type == TOK_CONTROL || type == TOK_UNKNOWN) return render_special ? t : std::string();
    if (type == TOK_USER) return t;
    std::string out;
    if (v.kind == VOCAB_SPM) {
        if (type == TOK_BYTE) {
            unsigned b = 0;
            if (t.size() == 6 && sscanf(t.c_str(), "<0x%2X>", &b) == 1) out.push_back((char)b);
            return out;
        }
        if (type != TOK_NORMAL) return out;
        for (size_t i = 0; i < t.size(); i++) { // U+2581 -> ' '
            if (i + 2 < t.size() && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x96 &&
                (unsigned char)t[i + 2] == 0x81) {
                out.push_back(' ');
                i += 2;
            } else {
                out.push_back(t[i]);
            }
        }
        return out;
    }
    if (type != TOK_NORMAL) return out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(t.data());
    size_t i = 0;
    while (i < t.size()) { // byte-level characters -> bytes; anything else passes through
        uint32_t cp = 0;
        const int r = utf8_scan(p + i, t.size() - i, &cp);
        if (r <= 0) {
            out.push_back(t[i++]);
            continue;
        }
        if (cp < 324 && v.text_byte[cp] >= 0) out.push_back((char)v.text_byte[cp]);
        else out.append(t, i, (size_t)r);
        i += (size_t)r;
    }
    return out;
}

// ---- pre-tokenizers -----------------------------------------------------------------------
// Each splitter refines a list of pieces [begin, end) of code point indices; a piece is
// never merged with its neighbours, so later splitters work inside the earlier pieces.
// Regex pieces are written beside the code that implements them.

struct pretok_text {
    std::vector<uint32_t> cp;    // code points
    std::vector<uint8_t> fl;     // ucd_flags per code point
    std::vector<uint32_t> off;   // byte offset of each code point, plus the end
};
struct pretok_piece {
    uint32_t a, b;
};

// Flag value for a position outside the piece (lookahead past its end).
constexpr uint8_t UCD_OUT = 0x80;

// Splits every piece into the runs matching `match` (a piece each) and the gaps between.
// run_max: longest match (1 for "\p{N}", UINT32_MAX for "\p{N}+").
template <typename F>
void pretok_runs(const std::vector<pretok_piece>& in, uint32_t run_max, F match, std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        uint32_t gap = p.a, i = p.a;
        while (i < p.b) {
            if (!match(i)) {
                i++;
                continue;
            }
            if (i > gap) out->push_back({gap, i});
            uint32_t j = i + 1;
            while (j < p.b && j - i < run_max && match(j)) j++;
            out->push_back({i, j});
            gap = i = j;
        }
        if (p.b > gap) out->push_back({gap, p.b});
    }
}

// [0-9][0-9][0-9]: groups of three ASCII digits, from the left; the rest are gaps.
inline void pretok_digit3(const pretok_text& t, const std::vector<pretok_piece>& in,
                          std::vector<pretok_piece>* out) {
    auto dig = [&](uint32_t i) { return t.cp[i] >= '0' && t.cp[i] <= '9'; };
    out->clear();
    for (const pretok_piece& p : in) {
        uint32_t gap = p.a, i = p.a;
        while (i < p.b) {
            if (i + 3 <= p.b && dig(i) && dig(i + 1) && dig(i + 2)) {
                if (i > gap) out->push_back({gap, i});
                out->push_back({i, i + 3});
                gap = i = i + 3;
            } else {
                i++;
            }
        }
        if (p.b > gap) out->push_back({gap, p.b});
    }
}

// GPT-2: 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)
// (llama.cpp's form, without a final |\s+; a lone whitespace before a non-space is then
// a piece by itself, which is what the trailing \s+ branch below produces).
inline void pretok_gpt2(const pretok_text& t, const std::vector<pretok_piece>& in,
                        std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        auto fl = [&](uint32_t i) -> uint8_t { return i < p.b ? t.fl[i] : UCD_OUT; };
        auto other = [](uint8_t f) { return !(f & (UCD_LETTER | UCD_NUMBER | UCD_SPACE | UCD_OUT)); };
        uint32_t i = p.a;
        while (i < p.b) {
            const uint32_t c = t.cp[i];
            uint32_t j;
            if (c == '\'' && i + 1 < p.b) { // contractions (lower case only)
                const uint32_t c1 = t.cp[i + 1];
                const uint32_t c2 = i + 2 < p.b ? t.cp[i + 2] : 0;
                if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') {
                    out->push_back({i, i + 2});
                    i += 2;
                    continue;
                }
                if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) {
                    out->push_back({i, i + 3});
                    i += 3;
                    continue;
                }
            }
            const uint32_t s = (c == ' ') ? 1 : 0; // the optional leading space
            const uint8_t f = fl(i + s);
            if (f & UCD_LETTER) { // ' ?\p{L}+'
                for (j = i + s; fl(j) & UCD_LETTER; j++) {}
            } else if (f & UCD_NUMBER) { // ' ?\p{N}+'
                for (j = i + s; fl(j) & UCD_NUMBER; j++) {}
            } else if (other(f)) { // ' ?[^\s\p{L}\p{N}]+'
                for (j = i + s; other(fl(j)); j++) {}
            } else {
                uint32_t w = 0;
                while (fl(i + w) & UCD_SPACE) w++;
                if (w > 1 && i + w < p.b) j = i + w - 1; // '\s+(?!\S)': leave one for the next word
                else if (w > 0) j = i + w;               // trailing whitespace
                else j = i + 1;                          // unreachable: every class is covered
            }
            out->push_back({i, j});
            i = j;
        }
    }
}

// Llama 3 (max_digits 3) and Qwen2 (max_digits 1):
// (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
// |\s*[\r\n]+|\s+(?!\S)|\s+
inline void pretok_llama3(const pretok_text& t, const std::vector<pretok_piece>& in, uint32_t max_digits,
                          std::vector<pretok_piece>* out) {
    out->clear();
    for (const pretok_piece& p : in) {
        auto fl = [&](uint32_t i) -> uint8_t { return i < p.b ? t.fl[i] : UCD_OUT; };
        auto other = [](uint8_t f) { return !(f & (UCD_LETTER | UCD_NUMBER | UCD_SPACE | UCD_OUT)); };
        auto lower = [](uint32_t c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
        auto crlf = [&](uint32_t i) { return i < p.b && (t.cp[i] == '\r' || t.cp[i] == '\n'); };
        uint32_t i = p.a;
        while (i < p.b) {
            const uint32_t c = t.cp[i];
            const uint8_t f = t.fl[i];
            uint32_t j;
            if (c == '\'' && i + 1 < p.b) { // contractions, any case
                const uint32_t c1 = lower(t.cp[i + 1]);
                const uint32_t c2 = i + 2 < p.b ? lower(t.cp[i + 2]) : 0;
                if (c1 == 's' || c1 == 't' || c1 == 'm' || c1 == 'd') {
                    out->push_back({i, i + 2});
                    i += 2;
                    continue;
                }
                if ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') || (c1 == 'l' && c2 == 'l')) {
                    out->push_back({i, i + 3});
                    i += 3;
                    continue;
                }
            }
            if (c != '\r' && c != '\n' && !(f & UCD_NUMBER) && ((f & UCD_LETTER) || (fl(i + 1) & UCD_LETTER))) {
                for (j = i + 1; fl(j) & UCD_LETTER; j++) {} // '[^\r\n\p{L}\p{N}]?\p{L}+'
            } else if (f & UCD_NUMBER) { // '\p{N}{1,max}'
                for (j = i + 1; j - i < max_digits && (fl(j) & UCD_NUMBER); j++) {}
            } else if (other(c == ' ' ? fl(i + 1) : f)) { // ' ?[^\s\p{L}\p{N}]+[\r\n]*'
                for (j = i + (c == ' '); other(fl(j)); j++) {}
                while (crlf(j)) j++;
            } else {
                uint32_t w = 0, last_nl = 0;
                while (fl(i + w) & UCD_SPACE) {
                    if (crlf(i + w)) last_nl = i + w + 1;
                    w++;
                }
                if (last_nl) j = last_nl;                     // '\s*[\r\n]+'
                else if (w > 1 && i + w < p.b) j = i + w - 1; // '\s+(?!\S)'
                else if (w > 0) j = i + w;                    // '\s+'
                else j = i + 1;                               // a lone space at the end
            }
            out->push_back({i, j});
            i = j;
        }
    }
}

// Splits text[0..n) (valid UTF-8) into words, as byte ranges, by the vocab's rules.
inline void pretokenize(const vocab& v, const char* text, size_t n, pretok_text* t,
                        std::vector<pretok_piece>* words, std::vector<pretok_piece>* tmp) {
    t->cp.clear();
    t->fl.clear();
    t->off.clear();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(text);
    size_t i = 0;
    while (i < n) {
        uint32_t c = 0;
        int r = utf8_scan(p + i, n - i, &c);
        if (r <= 0) { // not reached: the input was validated
            c = 0xFFFD;
            r = 1;
        }
        t->cp.push_back(c);
        t->fl.push_back(ucd_flags(c));
        t->off.push_back((uint32_t)i);
        i += (size_t)r;
    }
    t->off.push_back((uint32_t)n);
    words->assign(1, pretok_piece{0, (uint32_t)t->cp.size()});
    if (t->cp.empty()) {
        words->clear();
        return;
    }
    auto number = [&](uint32_t k) { return (t->fl[k] & UCD_NUMBER) != 0; };
    // Stages alternate between *words and *tmp; every case leaves its result in *words.
    switch (v.pre) {
    case PRE_GPT2:
        pretok_gpt2(*t, *words, tmp);
        words->swap(*tmp);
        break;
    case PRE_LLAMA3:
        pretok_llama3(*t, *words, 3, tmp);
        words->swap(*tmp);
        break;
    case PRE_QWEN2:
        pretok_llama3(*t, *words, 1, tmp);
        words->swap(*tmp);
        break;
    case PRE_SMOLLM: // \p{N}, then GPT-2
        pretok_runs(*words, 1, number, tmp);
        pretok_gpt2(*t, *tmp, words);
        break;
    case PRE_DEFAULT: { // [\p{P}\$\+<=>\^~\|]+, GPT-2, \p{N}+, [0-9][0-9][0-9]
        auto punct = [&](uint32_t k) {
            const uint32_t c = t->cp[k];
            return (t->fl[k] & UCD_PUNCT) || c == '$' || c == '+' || c == '<' || c == '=' || c == '>' ||
                   c == '^' || c == '~' || c == '|';
        };
        pretok_runs(*words, UINT32_MAX, punct, tmp);
        pretok_gpt2(*t, *tmp, words);
        pretok_runs(*words, UINT32_MAX, number, tmp);
        pretok_digit3(*t, *tmp, words);
        break;
    }
    }
    for (pretok_piece& w : *words) { // code point indices -> byte offsets
        w.a = t->off[w.a];
        w.b = t->off[w.b];
    }
}

// ---- merging ------------------------------------------------------------------------------

struct tok_symbol {
    int32_t start, n; // bytes of the word; n == 0 once merged into its left neighbour
    int32_t prev, next;
};
struct tok_bigram {
    float score;      // BPE: -rank; SPM: token score. Higher merges first.
    int32_t left, right;
    int32_t size;     // bytes of the pair when queued; a different sum means it is stale
    bool operator<(const tok_bigram& o) const { // priority_queue pops the largest
        return score < o.score || (score == o.score && left > o.left);
    }
};

// Splits w into UTF-8 characters (symbols) linked in order.
inline void tok_chars(const std::string& w, std::vector<tok_symbol>* sym) {
    sym->clear();
    size_t i = 0;
    while (i < w.size()) {
        const unsigned char b = (unsigned char)w[i];
        size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        if (len > w.size() - i) len = w.size() - i;
        const int32_t k = (int32_t)sym->size();
        sym->push_back({(int32_t)i, (int32_t)len, k - 1, k + 1});
        i += len;
    }
    if (!sym->empty()) sym->back().next = -1;
}

// Merges the symbols of w in place: repeatedly the best adjacent pair that `pair` scores
// (returning false when the pair may not merge), ties to the leftmost pair.
template <typename F>
void tok_merge(std::vector<tok_symbol>* sym, F pair) {
    std::priority_queue<tok_bigram> q;
    std::string key;
    auto add = [&](int32_t l, int32_t r) {
        if (l < 0 || r < 0) return;
        const tok_symbol& a = (*sym)[(size_t)l];
        const tok_symbol& b = (*sym)[(size_t)r];
        float score;
        if (pair(a, b, &key, &score)) q.push({score, l, r, a.n + b.n});
    };
    for (size_t i = 1; i < sym->size(); i++) add((int32_t)i - 1, (int32_t)i);
    while (!q.empty()) {
        const tok_bigram g = q.top();
        q.pop();
        tok_symbol& a = (*sym)[(size_t)g.left];
        tok_symbol& b = (*sym)[(size_t)g.right];
        if (a.n == 0 || b.n == 0 || a.n + b.n != g.size) continue; // stale
        a.n += b.n;
        b.n = 0;
        a.next = b.next;
        if (b.next >= 0) (*sym)[(size_t)b.next].prev = g.left;
        add(a.prev, g.left);
        add(g.left, a.next);
    }
}

inline int32_t token_find(const vocab& v, const std::string& s) {
    auto it = v.token_id.find(s);
    return it == v.token_id.end() ? -1 : it->second;
}

// Byte-level BPE on one raw-text fragment.
inline void tokenize_bpe(const vocab& v, const char* text, size_t n, std::vector<int32_t>* out) {
    pretok_text t;
    std::vector<pretok_piece> words, tmp;
    pretokenize(v, text, n, &t, &words, &tmp);
    std::string w, piece;
    std::vector<tok_symbol> sym;
    for (const pretok_piece& wd : words) {
        w.clear();
        for (uint32_t i = wd.a; i < wd.b; i++) w += v.byte_text[(unsigned char)text[i]];
        if (v.ignore_merges) {
            const int32_t id = token_find(v, w);
            if (id >= 0) {
                out->push_back(id);
                continue;
            }
        }
        tok_chars(w, &sym);
        tok_merge(&sym, [&](const tok_symbol& a, const tok_symbol& b, std::string* key, float* score) {
            key->assign(w, (size_t)a.start, (size_t)a.n);
            key->push_back(' ');
            key->append(w, (size_t)b.start, (size_t)b.n);
            auto it = v.merge_rank.find(*key);
            if (it == v.merge_rank.end()) return false;
            *score = -(float)it->second; // ranks < 2^24: exact in a float
            return true;
        });
        for (int32_t i = sym.empty() ? -1 : 0; i >= 0; i = sym[(size_t)i].next) {
            piece.assign(w, (size_t)sym[(size_t)i].start, (size_t)sym[(size_t)i].n);
            const int32_t id = token_find(v, piece);
            if (id >= 0) {
                out->push_back(id);
                continue;
            }
            for (char c : piece) { // as llama.cpp: single bytes that happen to be tokens
                const int32_t b = token_find(v, std::string(1, c));
                if (b >= 0) out->push_back(b);
            }
        }
    }
}

// SentencePiece (BPE by score) on one raw-text fragment.
inline void tokenize_spm(const vocab& v, const char* text, size_t n, bool space_prefix,
                         std::vector<int32_t>* out) {
    std::string w;
    w.reserve(n + 3);
    if (space_prefix) w += "\xE2\x96\x81";
    for (size_t i = 0; i < n; i++) {
        if (text[i] == ' ') w += "\xE2\x96\x81";
        else w.push_back(text[i]);
    }
    std::vector<tok_symbol> sym;
    tok_chars(w, &sym);
    tok_merge(&sym, [&](const tok_symbol& a, const tok_symbol& b, std::string* key, float* score) {
        key->assign(w, (size_t)a.start, (size_t)(a.n + b.n));
        const int32_t id = token_find(v, *key);
        if (id < 0) return false;
        *score = v.scores[(size_t)id];
        return true;
    });
    std::string piece;
    for (int32_t i = sym.empty() ? -1 : 0; i >= 0; i = sym[(size_t)i].next) {
        piece.assign(w, (size_t)sym[(size_t)i].start, (size_t)sym[(size_t)i].n);
        const int32_t id = token_find(v, piece);
        if (id >= 0) {
            out->push_back(id);
            continue;
        }
        for (char c : piece) { // byte fallback
            const int32_t b = v.byte_token[(unsigned char)c];
            if (b >= 0) out->push_back(b);
            else if (v.unk >= 0) out->push_back(v.unk);
        }
    }
}

inline qlm_result tokenize(const vocab& v, const char* text, size_t len, bool add_special, bool parse_special,
                           std::vector<int32_t>* out, qlm_error* err) {
    out->clear();
    if (len > 0 && !text) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "tokenize: NULL text");
    if (len > (size_t)UINT32_MAX - 1)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "tokenize: text too long (%zu bytes)", len);
    if (!utf8_valid(text, len)) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(text);
        size_t at = 0;
        uint32_t cp = 0;
        int r;
        while (at < len && (r = utf8_scan(p + at, len - at, &cp)) > 0) at += (size_t)r;
        return fail(err, nullptr, MSG_TOKENIZE_UTF8, UINT64_MAX, "tokenize: invalid UTF-8 at byte %zu", at);
    }

    // Cut special tokens out: for each (longest first), split every raw fragment at its
    // occurrences. tok >= 0: that token; tok < 0: raw text [off, off + n).
    struct frag {
        int32_t tok;
        size_t off, n;
    };
    std::vector<frag> frags, next;
    if (len > 0) frags.push_back({-1, 0, len});
    for (int32_t id : v.special) {
        const int32_t type = v.types[(size_t)id];
        if (!parse_special && (type == TOK_CONTROL || type == TOK_UNKNOWN)) continue;
        const std::string& s = v.tokens[(size_t)id];
        next.clear();
        bool found = false;
        for (const frag& fr : frags) {
            if (fr.tok >= 0) {
                next.push_back(fr);
                continue;
            }
            size_t pos = fr.off;
            const size_t end = fr.off + fr.n;
            while (pos < end) {
                const size_t m = std::string_view(text, end).find(s, pos);
                if (m == std::string_view::npos) break;
                if (m > pos) next.push_back({-1, pos, m - pos});
                next.push_back({id, 0, 0});
                pos = m + s.size();
                found = true;
            }
            if (pos < end) next.push_back({-1, pos, end - pos});
        }
        if (found) frags.swap(next);
    }

    if (add_special && v.add_bos && v.bos >= 0) out->push_back(v.bos);
    bool prev_special = true; // SPM: a space prefix at the start and after a special token
    for (const frag& fr : frags) {
        if (fr.tok >= 0) {
            out->push_back(fr.tok);
            prev_special = true;
            continue;
        }
        if (v.kind == VOCAB_SPM) tokenize_spm(v, text + fr.off, fr.n, v.add_space_prefix && prev_special, out);
        else tokenize_bpe(v, text + fr.off, fr.n, out);
        prev_special = false;
    }
    if (add_special && v.add_eos && v.eos >= 0) out->push_back(v.eos);
    return QLM_OK;
}

} // namespace qlm_detail
#endif
