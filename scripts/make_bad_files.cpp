// Writes the hostile GGUF files of tests/data/bad/ and the GGUF seeds of fuzz/corpus/gguf/.
//   make bad-files      (builds build/make_bad_files and runs it from the repo root)
// Every bad file starts from a tiny valid llama model made with gguf_writer (one layer,
// 8-dim embeddings, 8 tokens) and breaks exactly one thing, either through the writer or
// by patching bytes at a field found in the serialised file. tests/test_bad_files.cpp
// lists the message id each file must be rejected with. Output is deterministic.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace qlm_detail;
using bytes = std::vector<uint8_t>;

namespace {

// The hyperparameters of the tiny model; `skip` leaves one key or tensor out, `over`
// replaces one tensor's shape (rows) so shapes can contradict the metadata.
struct tiny {
    uint32_t n_embd = 8, n_head = 2, n_head_kv = 1, n_ff = 16, n_layer = 1, n_ctx = 32, layers_written = 1;
    std::string arch = "llama", tok_model = "gpt2", skip;
    std::string shape_tensor;
    int64_t shape_ne0 = 0, shape_ne1 = 0;
    uint32_t q_type = QT_F32; // blk.0.attn_q.weight
    bool scores_mismatch = false;
};

const std::vector<std::string> kTokens = {"a", "b", "c", "ab", "\xc4\xa0", "!", "<|im_start|>", "<|im_end|>"};

gguf_writer tiny_writer(const tiny& t) {
    gguf_writer w;
    auto key = [&](const char* k) { return t.skip != k; };
    if (key("general.architecture")) w.set_str("general.architecture", t.arch);
    w.set_str("general.name", "tiny");
    const std::string a = t.arch + ".";
    if (key("context_length")) w.set_u32((a + "context_length").c_str(), t.n_ctx);
    if (key("embedding_length")) w.set_u32((a + "embedding_length").c_str(), t.n_embd);
    if (key("block_count")) w.set_u32((a + "block_count").c_str(), t.n_layer);
    if (key("feed_forward_length")) w.set_u32((a + "feed_forward_length").c_str(), t.n_ff);
    if (key("attention.head_count")) w.set_u32((a + "attention.head_count").c_str(), t.n_head);
    w.set_u32((a + "attention.head_count_kv").c_str(), t.n_head_kv);
    w.set_u32((a + "attention.key_length").c_str(), 4);
    w.set_u32((a + "attention.value_length").c_str(), 4);
    w.set_f32((a + "attention.layer_norm_rms_epsilon").c_str(), 1e-5f);
    if (key("tokenizer.ggml.model")) w.set_str("tokenizer.ggml.model", t.tok_model);
    w.set_str("tokenizer.ggml.pre", "smollm");
    if (key("tokenizer.ggml.tokens")) w.set_arr_str("tokenizer.ggml.tokens", kTokens);
    std::vector<int32_t> types = {1, 1, 1, 1, 1, 1, 3, 3};
    w.set_arr("tokenizer.ggml.token_type", GGUF_I32, types.data(), types.size());
    std::vector<float> scores(kTokens.size() - (t.scores_mismatch ? 1 : 0), 0.0f);
    w.set_arr("tokenizer.ggml.scores", GGUF_F32, scores.data(), scores.size());
    w.set_arr_str("tokenizer.ggml.merges", {"a b"});
    w.set_u32("tokenizer.ggml.bos_token_id", 6);
    w.set_u32("tokenizer.ggml.eos_token_id", 7);
    w.set_str("tokenizer.chat_template", "{% for m in messages %}<|im_start|>...{% endfor %}");

    const int64_t E = t.n_embd, V = (int64_t)kTokens.size(), F = t.n_ff;
    const int64_t HD = 4, Q = 2 * HD, KV = t.n_head_kv * HD;
    auto add = [&](const std::string& name, int64_t ne0, int64_t ne1, uint32_t type) {
        if (t.skip == name) return;
        if (t.shape_tensor == name) {
            ne0 = t.shape_ne0;
            ne1 = t.shape_ne1;
        }
        int64_t ne[2] = {ne0, ne1};
        size_t n = (size_t)(row_bytes(type, ne0) * (size_t)ne1);
        std::vector<uint8_t> data(n);
        // Small deterministic weights: the file must be valid, not meaningful.
        for (size_t i = 0; i < n; i++) data[i] = (uint8_t)(i * 37 + 11) & 0x3f;
        if (type == QT_F32)
            for (size_t i = 0; i + 4 <= n; i += 4) {
                float f = 0.01f * (float)((i / 4) % 7) - 0.03f;
                memcpy(&data[i], &f, 4);
            }
        w.add_tensor(name.c_str(), type, ne1 == 1 ? 1 : 2, ne, data.data(), data.size());
    };
    add("token_embd.weight", E, V, QT_F32);
    add("output_norm.weight", E, 1, QT_F32);
    for (uint32_t l = 0; l < t.layers_written; l++) {
        std::string p = "blk." + std::to_string(l) + ".";
        add(p + "attn_norm.weight", E, 1, QT_F32);
        add(p + "ffn_norm.weight", E, 1, QT_F32);
        add(p + "attn_q.weight", E, Q, t.q_type);
        add(p + "attn_k.weight", E, KV, QT_F32);
        add(p + "attn_v.weight", E, KV, QT_F32);
        add(p + "attn_output.weight", Q, E, QT_F32);
        add(p + "ffn_gate.weight", E, F, QT_F32);
        add(p + "ffn_up.weight", E, F, QT_F32);
        add(p + "ffn_down.weight", F, E, QT_F32);
    }
    return w;
}

bytes tiny_file(const tiny& t = tiny()) { return tiny_writer(t).finish(); }

size_t find(const bytes& b, const std::string& s, size_t from = 0) {
    for (size_t i = from; i + s.size() <= b.size(); i++)
        if (memcmp(&b[i], s.data(), s.size()) == 0) return i;
    fprintf(stderr, "make_bad_files: '%s' not found\n", s.c_str());
    exit(1);
}
// Offset just past a key's (or tensor's) name string, i.e. of the field that follows it.
size_t after_name(const bytes& b, const std::string& name) { return find(b, name) + name.size(); }
void put32(bytes& b, size_t at, uint32_t v) { memcpy(&b[at], &v, 4); }
void put64(bytes& b, size_t at, uint64_t v) { memcpy(&b[at], &v, 8); }
uint64_t get64(const bytes& b, size_t at) {
    uint64_t v;
    memcpy(&v, &b[at], 8);
    return v;
}
// Tensor info fields: name, n_dims (u32), ne[n_dims] (u64), type (u32), offset (u64).
size_t tensor_dims_at(const bytes& b, const std::string& name) { return after_name(b, name); }
size_t tensor_type_at(const bytes& b, const std::string& name) {
    size_t at = after_name(b, name);
    uint32_t nd;
    memcpy(&nd, &b[at], 4);
    return at + 4 + 8 * nd;
}
size_t tensor_offset_at(const bytes& b, const std::string& name) { return tensor_type_at(b, name) + 4; }

int written = 0;
void write(const std::string& path, const bytes& b) {
    FILE* f = fopen(path.c_str(), "wb");
    if (!f || fwrite(b.data(), 1, b.size(), f) != b.size() || fclose(f) != 0) {
        fprintf(stderr, "make_bad_files: cannot write %s\n", path.c_str());
        exit(1);
    }
    written++;
}
void bad(const char* name, const bytes& b) { write(std::string("tests/data/bad/") + name + ".gguf", b); }
bytes patched(std::function<void(bytes&)> fn) {
    bytes b = tiny_file();
    fn(b);
    return b;
}
tiny with(std::function<void(tiny&)> fn) {
    tiny t;
    fn(t);
    return t;
}

} // namespace

int main() {
    const bytes good = tiny_file();
    // Seeds for the loader fuzzer: the valid model and its first bytes (vocab-only view).
    write("fuzz/corpus/gguf/tiny_model.gguf", good);
    write("fuzz/corpus/gguf/tiny_header.gguf", bytes(good.begin(), good.begin() + 24));
    {
        gguf_writer w = tiny_writer(tiny());
        w.tensors.clear();
        write("fuzz/corpus/gguf/tiny_vocab.gguf", w.finish());
    }

    // ---- header ----
    bad("empty", {});
    bad("truncated_magic", bytes(good.begin(), good.begin() + 3));
    bad("truncated_header", bytes(good.begin(), good.begin() + 20));
    bad("wrong_magic", patched([](bytes& b) { memcpy(&b[0], "GGML", 4); }));
    bad("version_1", patched([](bytes& b) { put32(b, 4, 1); }));
    bad("version_4", patched([](bytes& b) { put32(b, 4, 4); }));
    bad("version_big_endian", patched([](bytes& b) { put32(b, 4, 0x03000000u); }));
    bad("huge_n_tensors", patched([](bytes& b) { put64(b, 8, 1ull << 62); }));
    bad("huge_n_kv", patched([](bytes& b) { put64(b, 16, 1ull << 62); }));
    bad("counts_exceed_file", patched([](bytes& b) { put64(b, 16, 100000); }));
    // ---- key/value pairs ----
    bad("truncated_in_kv", bytes(good.begin(), good.begin() + (long)after_name(good, "tokenizer.chat_template") + 2));
    bad("key_length_past_end", patched([](bytes& b) { put64(b, 24, b.size()); }));
    bad("key_length_huge", patched([](bytes& b) { put64(b, 24, ~0ull); }));
    bad("empty_key", patched([](bytes& b) { put64(b, 24, 0); }));
    bad("unknown_value_type", patched([](bytes& b) { put32(b, after_name(b, "general.name"), 13); }));
    bad("unknown_array_type", patched([](bytes& b) { put32(b, after_name(b, "tokenizer.ggml.scores") + 4, 77); }));
    bad("nested_array", patched([](bytes& b) { put32(b, after_name(b, "tokenizer.ggml.scores") + 4, GGUF_ARRAY); }));
    bad("array_bytes_overflow", patched([](bytes& b) { put64(b, after_name(b, "tokenizer.ggml.scores") + 8, 1ull << 62); }));
    bad("string_array_past_end",
        patched([](bytes& b) { put64(b, after_name(b, "tokenizer.ggml.merges") + 8, 1ull << 29); }));
    bad("string_value_past_end", patched([](bytes& b) { put64(b, after_name(b, "general.name") + 4, 1ull << 20); }));
    {
        gguf_writer w = tiny_writer(tiny());
        w.set_str("general.name", "again");
        bad("duplicate_key", w.finish());
    }
    {
        gguf_writer w = tiny_writer(tiny());
        w.set_u32("general.alignment", 0);
        bad("alignment_zero", w.finish());
        gguf_writer w3 = tiny_writer(tiny());
        w3.set_u32("general.alignment", 3);
        bad("alignment_not_power_of_two", w3.finish());
    }
    // ---- tensor infos ----
    bad("truncated_in_tensor_info", bytes(good.begin(), good.begin() + (long)after_name(good, "blk.0.ffn_up.weight") + 6));
    bad("n_dims_zero", patched([](bytes& b) { put32(b, tensor_dims_at(b, "output_norm.weight"), 0); }));
    bad("n_dims_five", patched([](bytes& b) { put32(b, tensor_dims_at(b, "output_norm.weight"), 5); }));
    bad("dim_zero", patched([](bytes& b) { put64(b, tensor_dims_at(b, "token_embd.weight") + 4, 0); }));
    bad("dim_negative", patched([](bytes& b) { put64(b, tensor_dims_at(b, "token_embd.weight") + 4, ~0ull); }));
    bad("elements_overflow", patched([](bytes& b) {
            size_t at = tensor_dims_at(b, "token_embd.weight");
            put64(b, at + 4, 1ull << 40);
            put64(b, at + 12, 1ull << 40);
        }));
    bad("unknown_tensor_type", patched([](bytes& b) { put32(b, tensor_type_at(b, "token_embd.weight"), 4); }));
    bad("row_not_block_multiple", patched([](bytes& b) { put32(b, tensor_type_at(b, "token_embd.weight"), QT_Q4_0); }));
    bad("misaligned_offset", patched([](bytes& b) {
            size_t at = tensor_offset_at(b, "output_norm.weight");
            put64(b, at, get64(b, at) + 4);
        }));
    bad("data_outside_file", patched([](bytes& b) { put64(b, tensor_offset_at(b, "output_norm.weight"), 1ull << 32); }));
    bad("offset_overflow", patched([](bytes& b) { put64(b, tensor_offset_at(b, "output_norm.weight"), ~0ull - 31); }));
    bad("data_truncated", bytes(good.begin(), good.end() - 64));
    bad("overlapping_tensors", patched([](bytes& b) {
            put64(b, tensor_offset_at(b, "output_norm.weight"), get64(b, tensor_offset_at(b, "token_embd.weight")));
        }));
    {
        gguf_writer w = tiny_writer(tiny());
        w.tensors.push_back(w.tensors[1]);
        bad("duplicate_tensor", w.finish());
    }
    // ---- the model: metadata and tensors against each other ----
    bad("no_architecture", tiny_file(with([](tiny& t) { t.skip = "general.architecture"; })));
    bad("unknown_architecture", tiny_file(with([](tiny& t) { t.arch = "gptj"; })));
    bad("missing_block_count", tiny_file(with([](tiny& t) { t.skip = "block_count"; })));
    bad("block_count_huge", tiny_file(with([](tiny& t) { t.n_layer = 1u << 24; })));
    bad("zero_head_count", tiny_file(with([](tiny& t) { t.n_head = 0; })));
    bad("head_count_kv_not_divisor", tiny_file(with([](tiny& t) { t.n_head_kv = 3; })));
    bad("missing_tensor", tiny_file(with([](tiny& t) { t.skip = "blk.0.ffn_down.weight"; })));
    bad("missing_layer", tiny_file(with([](tiny& t) { t.n_layer = 2; })));
    bad("shape_contradicts_embd", tiny_file(with([](tiny& t) {
            t.shape_tensor = "blk.0.attn_q.weight";
            t.shape_ne0 = 16;
            t.shape_ne1 = 8;
        })));
    bad("shape_contradicts_vocab", tiny_file(with([](tiny& t) {
            t.shape_tensor = "token_embd.weight";
            t.shape_ne0 = 8;
            t.shape_ne1 = 9;
        })));
    bad("matrix_type_not_multipliable", tiny_file(with([](tiny& t) { // Q8_1 is an activation type
            t.n_embd = 32;
            t.q_type = QT_Q8_1;
        })));
    bad("no_tokenizer_tokens", tiny_file(with([](tiny& t) { t.skip = "tokenizer.ggml.tokens"; })));
    bad("unknown_tokenizer", tiny_file(with([](tiny& t) { t.tok_model = "wordpiece"; })));
    bad("scores_count_mismatch", tiny_file(with([](tiny& t) { t.scores_mismatch = true; })));
    printf("make_bad_files: wrote %d files\n", written);
    return 0;
}
