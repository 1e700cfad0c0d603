// ==== [qlm:kv] the KV cache and attention over it ========================================
// Keys and values of every layer and position, stored as F16 (the default, as in
// llama.cpp). Attention reads the cache in place: no dequantized copy is made.
// Layout: k, v [n_layer][n_ctx][n_head_kv * head_dim], token-major so that appending a
// token writes one contiguous row per layer.
#ifndef QLM_KV_H
#define QLM_KV_H
#include "attn.h"

namespace qlm_detail {

struct kv_cache {
    buffer<uint16_t> k, v;
    uint32_t n_ctx = 0;
    int n_layer = 0, n_head_kv = 0, head_dim = 0, kv_dim = 0;

    bool init(const allocator* al, int layers, uint32_t ctx, int heads_kv, int hd) {
        n_layer = layers;
        n_ctx = ctx;
        n_head_kv = heads_kv;
        head_dim = hd;
        kv_dim = heads_kv * hd;
        size_t n = (size_t)layers * ctx * (size_t)kv_dim;
        return k.init(al, n) && v.init(al, n);
    }
    size_t bytes() const { return (k.n + v.n) * sizeof(uint16_t); }
    uint16_t* k_row(int l, uint32_t pos) { return k.p + ((size_t)l * n_ctx + pos) * (size_t)kv_dim; }
    uint16_t* v_row(int l, uint32_t pos) { return v.p + ((size_t)l * n_ctx + pos) * (size_t)kv_dim; }

    // Writes the keys and values of one token (kv_dim floats each) at pos.
    void store(int l, uint32_t pos, const float* kf, const float* vf) {
        const attn_kernels& ak = attn_kernels_get();
        ak.store_f16(k_row(l, pos), kf, kv_dim);
        ak.store_f16(v_row(l, pos), vf, kv_dim);
    }

    // out[head_dim] = softmax(q . K[0..n_pos) * scale) . V[0..n_pos) for KV head kvh.
    // sc: n_pos floats of scratch; qtmp: head_dim floats of scratch.
    void attend(int l, int kvh, uint32_t n_pos, const float* q, float scale, float* out, float* sc, float* qtmp) {
        const attn_kernels& ak = attn_kernels_get();
        const int HD = head_dim;
        // Queries and probabilities are rounded to F16 before they meet the F16 cache, as
        // llama.cpp's F16-cache path does: it halves our mean logit difference to it.
        memcpy(qtmp, q, (size_t)HD * sizeof(float));
        ak.round_f16(qtmp, HD);
        const uint16_t* kb = k_row(l, 0) + (size_t)kvh * HD;
        const uint16_t* vb = v_row(l, 0) + (size_t)kvh * HD;
        float mx = -INFINITY;
        for (uint32_t p = 0; p < n_pos; p++) {
            sc[p] = ak.dot_f16_f32(kb + (size_t)p * kv_dim, qtmp, HD) * scale;
            mx = std::max(mx, sc[p]);
        }
        float sum = 0.0f;
        for (uint32_t p = 0; p < n_pos; p++) {
            sc[p] = std::exp(sc[p] - mx);
            sum += sc[p];
        }
        float inv = 1.0f / sum;
        for (uint32_t p = 0; p < n_pos; p++) sc[p] *= inv;
        ak.round_f16(sc, (int)n_pos);
        for (int d = 0; d < HD; d++) out[d] = 0.0f;
        for (uint32_t p = 0; p < n_pos; p++) ak.axpy_f16(out, vb + (size_t)p * kv_dim, sc[p], HD);
    }

    // Moves positions [from, from + n) to [to, to + n) (to < from), passing each moved
    // key through fix_key (which re-rotates it for its new position).
    template <typename F>
    void move(uint32_t from, uint32_t to, uint32_t n, F fix_key) {
        std::vector<float> tmp((size_t)kv_dim);
        for (int l = 0; l < n_layer; l++)
            for (uint32_t i = 0; i < n; i++) {
                const uint16_t* ks = k_row(l, from + i);
                for (int j = 0; j < kv_dim; j++) tmp[(size_t)j] = fp16_to_fp32(ks[j]);
                fix_key(tmp.data());
                attn_kernels_get().store_f16(k_row(l, to + i), tmp.data(), kv_dim);
                memcpy(v_row(l, to + i), v_row(l, from + i), (size_t)kv_dim * sizeof(uint16_t));
            }
    }
};

} // namespace qlm_detail
#endif
