// Tiny random-weight models of the families no packaged file covers (Qwen2, Qwen3, a
// Mistral-shaped Llama) and of Gemma 3's graph with a short sliding window, written with
// quantlm's GGUF writer. The same bytes come out on every run: the weights are drawn from
// a fixed splitmix64 stream, so scripts/make_fixtures.py (through build/family_models) and
// the tests (tests/test_families.cpp) see one file, whose FNV-1a hash the fixture records.
//
// Each family keeps what makes its graph differ from Llama's:
//   qwen2    Q/K/V biases, NEOX RoPE, tied output
//   qwen3    per-head Q/K RMSNorm, head_dim (64) that is not n_embd / n_head (32), NEOX RoPE
//   mistral  arch "llama" with one KV head for four query heads, RoPE base 1e6
//   gemma3   embeddings scaled by sqrt(n_embd), Q/K norms, post-attention and post-FFN
//            norms, GELU, layers 0-4 sliding (window 8, RoPE base 10000) and layer 5
//            global (RoPE base 1e6), tied output
// Matrices and embeddings are Q8_0 (llama.cpp then also multiplies Q8_0 activations, the
// closest match of the two engines' kernels), norms and biases F32. The vocabulary is a
// 512-piece SentencePiece list that both engines load; the tests feed token ids directly.
#ifndef QLM_TEST_FAMILY_MODELS_H
#define QLM_TEST_FAMILY_MODELS_H
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace qlm_test {

inline const char* const kFamilies[] = {"qwen2", "qwen3", "mistral", "gemma3"};

// FNV-1a, 64 bits: the fixture's check that both sides saw the same file.
inline uint64_t fnv1a64(const uint8_t* p, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
}

struct family_rng {
    uint64_t s;
    explicit family_rng(uint64_t seed) : s(seed) {}
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return ((double)(next() >> 11) + 0.5) / 9007199254740992.0; } // (0, 1)
    // Box-Muller, one value per call, rounded to a multiple of 2^-20: libm's log and cos
    // and the compiler's fma contraction (aarch64 GCC contracts by default) move the last
    // bit of the double from machine to machine, and the file's bytes, which the fixtures'
    // hashes pin, must not move (a last-bit change crosses a 2^-20 boundary about once in
    // 2^32 values).
    float normal() {
        const double v = std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
        return (float)std::ldexp(std::nearbyint(std::ldexp(v, 20)), -20);
    }
};

// The GGUF bytes of one family's model; empty for an unknown name. head_dim > 0 replaces
// the family's head size (the tests' hostile variant).
inline std::vector<uint8_t> family_model(const std::string& fam, int64_t head_dim = 0) {
    using namespace qlm_detail;
    struct shape {
        const char* arch;
        int64_t E, H, HKV, HD, FF, L;
        float rope, eps;
        bool tied, bias, qk_norm, post_norms;
        uint32_t swa;
    };
    shape s;
    if (fam == "qwen2") s = {"qwen2", 128, 4, 2, 32, 384, 2, 1e6f, 1e-6f, true, true, false, false, 0};
    else if (fam == "qwen3") s = {"qwen3", 128, 4, 2, 64, 384, 2, 1e6f, 1e-6f, false, false, true, false, 0};
    else if (fam == "mistral") s = {"llama", 128, 4, 1, 32, 384, 2, 1e6f, 1e-5f, false, false, false, false, 0};
    else if (fam == "gemma3") s = {"gemma3", 128, 2, 1, 64, 384, 6, 1e6f, 1e-6f, true, false, true, true, 8};
    else return {};
    if (head_dim > 0) s.HD = head_dim;
    const int64_t V = 512;
    family_rng rng(fnv1a64(reinterpret_cast<const uint8_t*>(fam.data()), fam.size()));

    gguf_writer w;
    const std::string a = s.arch;
    w.set_str("general.architecture", a);
    w.set_str("general.name", "random " + fam);
    w.set_u32((a + ".context_length").c_str(), 256);
    w.set_u32((a + ".embedding_length").c_str(), (uint32_t)s.E);
    w.set_u32((a + ".block_count").c_str(), (uint32_t)s.L);
    w.set_u32((a + ".feed_forward_length").c_str(), (uint32_t)s.FF);
    w.set_u32((a + ".attention.head_count").c_str(), (uint32_t)s.H);
    w.set_u32((a + ".attention.head_count_kv").c_str(), (uint32_t)s.HKV);
    w.set_u32((a + ".attention.key_length").c_str(), (uint32_t)s.HD);
    w.set_u32((a + ".attention.value_length").c_str(), (uint32_t)s.HD);
    w.set_f32((a + ".rope.freq_base").c_str(), s.rope);
    w.set_f32((a + ".attention.layer_norm_rms_epsilon").c_str(), s.eps);
    if (s.swa) w.set_u32((a + ".attention.sliding_window").c_str(), s.swa);

    // SentencePiece vocabulary: <unk> <s> </s>, the 256 byte tokens, then letter pieces.
    std::vector<std::string> toks = {"<unk>", "<s>", "</s>"};
    std::vector<float> scores = {0, 0, 0};
    std::vector<int32_t> types = {2, 3, 3};
    for (int b = 0; b < 256; b++) {
        char buf[8];
        snprintf(buf, sizeof buf, "<0x%02X>", b);
        toks.push_back(buf);
        scores.push_back(0);
        types.push_back(6);
    }
    for (int i = 0; (int64_t)toks.size() < V; i++) {
        std::string p;
        for (int k = i;; k = k / 26 - 1) {
            p.insert(p.begin(), (char)('a' + k % 26));
            if (k < 26) break;
        }
        for (const std::string& piece : {"\xE2\x96\x81" + p, p})
            if ((int64_t)toks.size() < V) {
                toks.push_back(piece);
                scores.push_back(-(float)toks.size());
                types.push_back(1);
            }
    }
    w.set_str("tokenizer.ggml.model", "llama");
    w.set_arr_str("tokenizer.ggml.tokens", toks);
    w.set_arr("tokenizer.ggml.scores", GGUF_F32, scores.data(), scores.size());
    w.set_arr("tokenizer.ggml.token_type", GGUF_I32, types.data(), types.size());
    w.set_u32("tokenizer.ggml.bos_token_id", 1);
    w.set_u32("tokenizer.ggml.eos_token_id", 2);
    w.set_u32("tokenizer.ggml.unknown_token_id", 0);

    // Scales keep activations near 1 through every layer and logits at a few units.
    auto matrix = [&](const std::string& name, int64_t ne0, int64_t ne1, float sd) {
        std::vector<float> f((size_t)(ne0 * ne1));
        for (float& x : f) x = rng.normal() * sd;
        const size_t rb = row_bytes(QT_Q8_0, ne0);
        std::vector<uint8_t> q(rb * (size_t)ne1);
        for (int64_t r = 0; r < ne1; r++) type_info(QT_Q8_0)->quantize_ref(f.data() + r * ne0, q.data() + (size_t)r * rb, ne0);
        const int64_t ne[2] = {ne0, ne1};
        w.add_tensor(name.c_str(), QT_Q8_0, 2, ne, q.data(), q.size());
    };
    auto vec = [&](const std::string& name, int64_t n, float mean, float sd) {
        std::vector<float> f((size_t)n);
        // In double, where sd * x (24 + 24 bits) is exact, so fused or not gives one sum.
        for (float& x : f) x = (float)((double)mean + (double)sd * (double)rng.normal());
        const int64_t ne[1] = {n};
        w.add_tensor(name.c_str(), QT_F32, 1, ne, f.data(), f.size() * 4);
    };
    const int64_t Q = s.H * s.HD, KV = s.HKV * s.HD;
    const float in_sd = 1.0f / std::sqrt((float)s.E);
    matrix("token_embd.weight", s.E, V, 3.0f * in_sd); // tied output: logits of a few units
    vec("output_norm.weight", s.E, 1.0f, 0.1f);
    if (!s.tied) matrix("output.weight", s.E, V, 3.0f * in_sd);
    for (int64_t l = 0; l < s.L; l++) {
        const std::string p = "blk." + std::to_string(l) + ".";
        vec(p + "attn_norm.weight", s.E, 1.0f, 0.1f);
        matrix(p + "attn_q.weight", s.E, Q, in_sd);
        matrix(p + "attn_k.weight", s.E, KV, in_sd);
        matrix(p + "attn_v.weight", s.E, KV, in_sd);
        if (s.bias) {
            vec(p + "attn_q.bias", Q, 0.0f, 0.5f);
            vec(p + "attn_k.bias", KV, 0.0f, 0.5f);
            vec(p + "attn_v.bias", KV, 0.0f, 0.5f);
        }
        if (s.qk_norm) {
            vec(p + "attn_q_norm.weight", s.HD, 1.0f, 0.1f);
            vec(p + "attn_k_norm.weight", s.HD, 1.0f, 0.1f);
        }
        matrix(p + "attn_output.weight", Q, s.E, 1.0f / std::sqrt((float)Q));
        if (s.post_norms) vec(p + "post_attention_norm.weight", s.E, 1.0f, 0.1f);
        vec(p + "ffn_norm.weight", s.E, 1.0f, 0.1f);
        matrix(p + "ffn_gate.weight", s.E, s.FF, in_sd);
        matrix(p + "ffn_up.weight", s.E, s.FF, in_sd);
        matrix(p + "ffn_down.weight", s.FF, s.E, 1.0f / std::sqrt((float)s.FF));
        if (s.post_norms) vec(p + "post_ffw_norm.weight", s.E, 1.0f, 0.1f);
    }
    return w.finish();
}

} // namespace qlm_test
#endif
