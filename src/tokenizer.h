// ==== [qlm:tokenizer] byte-level BPE and SentencePiece, from GGUF metadata ==============
// INTERFACE ONLY (implementation being written): see the contract comments.
#ifndef QLM_TOKENIZER_H
#define QLM_TOKENIZER_H
#include "gguf.h"

#include <unordered_map>

namespace qlm_detail {

enum vocab_kind { VOCAB_BPE, VOCAB_SPM };
// Pre-tokenizer (split) rules of byte-level BPE, from tokenizer.ggml.pre.
enum pretok_kind { PRE_GPT2, PRE_LLAMA3, PRE_QWEN2, PRE_SMOLLM };
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
    // ... lookup structures of the implementation's choice (token text -> id, merge ranks,
    // special tokens sorted for matching, byte -> token for SPM byte fallback).
};

// Reads tokenizer.ggml.* keys. Unknown tokenizer.ggml.model or .pre -> QLM_ERR_UNSUPPORTED
// with a message naming the value.
qlm_result vocab_load(const gguf_file& f, vocab* v, const logger* log, qlm_error* err);

// Tokenizes UTF-8 text (invalid UTF-8 -> QLM_ERR_TOKENIZE). add_special: BOS/EOS as the
// vocab says. parse_special: control/user-defined token texts in the input become those
// tokens. Matches llama.cpp's llama_tokenize for the same file and flags.
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

} // namespace qlm_detail
#endif
