// ==== [qlm:kv] the KV cache and attention over it ========================================
// Keys and values of every layer and position. Keys and values each have their own type:
// F16 (the default, as in llama.cpp) or INT8/INT4/INT2 (see attn.h for the row formats),
// quantized per token and head in groups of G values along head_dim. Attention reads the
// cache in place: no dequantized copy is made.
//
// Rotation. Per-token groups fail on raw keys, whose few outlier channels set every
// group's scale; an orthogonal rotation of head_dim spreads them out (QuaRot, SpinQuant).
// Keys are stored rotated, k' = R k, and the query is rotated the same way in attend, so
// q'.k' = q.k. Values are stored rotated, v' = R_v v, and the output is rotated back:
// sum p v = R_v^-1 sum p v'. Rotations:
//   none       identity
//   hadamard   R = H diag(s) / sqrt(hd): a fast Walsh-Hadamard transform after fixed
//              pseudo-random sign flips; needs hd a power of two.
//   calibrated per layer and KV head, matrices computed offline from a calibration text
//              and stored in the model file (kv_calib.h): keys get a transform T with
//              the query transform T^-T, which may be non-orthogonal.
// Full precision where it matters most (KIVI, StreamingLLM): the last `window` positions
// before the attending token and the first `sinks` positions are also kept as F16 and
// read from there; every position is still quantized, so the window needs no flush.
// Keys per channel (KIVI): with k_channel N, a key channel's levels are shared by a group
// of N positions (a step and a minimum per channel, head and group), which suits keys,
// whose channels keep their sign and size from token to token. A group is quantized
// when it fills; until then its positions are kept in F16 (kv_plane::stage). Values can
// be stored the same way (v_channel): after a rotation their channels keep their size
// too, and at 2 bits per channel beats per token by far (docs/KV.md, the oracle of
// 2026-12-03).
//
// Layout (token-major, so appending a token writes one contiguous row per layer):
//   F16 plane:       f16  [n_layer][n_ctx][n_head_kv * head_dim]
//   quantized plane: q    [n_layer][n_ctx][n_head_kv][row_bytes]
//                    sink [n_layer][sinks][n_head_kv * head_dim]  F16
//                    ring [n_layer][window + n_batch][n_head_kv * head_dim]  F16, slot pos % size
//   per-channel planes: q holds the codes only, plus cs, stage and batch (see kv_plane)
// The ring has n_batch spare slots because a batch stores all its tokens before any of
// them attends: the first token's window must survive the batch's later writes.
#ifndef QLM_KV_H
#define QLM_KV_H
#include "attn.h"

#include <memory>
#include <mutex>

namespace qlm_detail {

// In-place fast Walsh-Hadamard transform, unnormalised; n a power of two.
inline void fwht(float* x, int n) {
    for (int h = 1; h < n; h *= 2)
        for (int i = 0; i < n; i += 2 * h)
            for (int j = i; j < i + h; j++) {
                float a = x[j], b = x[j + h];
                x[j] = a + b;
                x[j + h] = a - b;
            }
}

// The rotation of keys/queries and values, per layer and KV head.
struct kv_rotation {
    qlm_kv_rot kind = QLM_KV_ROT_NONE;
    int hd = 0, n_head_kv = 0;
    std::vector<float> sign; // [hd] hadamard sign flips
    // calibrated: [n_layer][n_head_kv][hd][hd] row-major, y = M x
    std::vector<float> kf, qf, vf, vinv;

    void init_hadamard(int head_dim) {
        kind = QLM_KV_ROT_HADAMARD;
        hd = head_dim;
        sign.resize((size_t)hd);
        uint32_t s = 0x9e3779b9u; // fixed: a cache written by one run must read in another
        for (int i = 0; i < hd; i++) {
            s = s * 1664525u + 1013904223u;
            sign[(size_t)i] = (s >> 31) ? -1.0f : 1.0f;
        }
    }
    static void matvec(const float* m, const float* x, float* y, int n) {
        for (int i = 0; i < n; i++) {
            float a = 0.0f;
            for (int j = 0; j < n; j++) a += m[(size_t)i * n + j] * x[j];
            y[i] = a;
        }
    }
    const float* mat(const std::vector<float>& m, int l, int h) const {
        return m.data() + ((size_t)l * n_head_kv + h) * (size_t)hd * hd;
    }
    // which: 0 key, 1 query, 2 value, 3 value inverse. x and y hold hd floats; may alias
    // only for hadamard and none.
    void apply(int which, int l, int h, const float* x, float* y) const {
        if (kind == QLM_KV_ROT_NONE) {
            if (y != x) memcpy(y, x, (size_t)hd * sizeof(float));
        } else if (kind == QLM_KV_ROT_HADAMARD) {
            const float sc = 1.0f / std::sqrt((float)hd);
            if (which == 3) { // inverse: diag(s) H / sqrt(hd)
                if (y != x) memcpy(y, x, (size_t)hd * sizeof(float));
                fwht(y, hd);
                for (int i = 0; i < hd; i++) y[i] *= sc * sign[(size_t)i];
            } else {
                for (int i = 0; i < hd; i++) y[i] = x[i] * sign[(size_t)i] * sc;
                fwht(y, hd);
            }
        } else {
            const std::vector<float>& m = which == 0 ? kf : which == 1 ? qf : which == 2 ? vf : vinv;
            matvec(mat(m, l, h), x, y, hd);
        }
    }
};

// Second moments gathered while calibrating (kv_calib.h): sums of x x^T per layer and KV
// head for keys, values (as stored, before rotation) and queries (all query heads of a
// KV head together), plus the token counts.
struct kv_calib_stats {
    int n_layer = 0, n_head_kv = 0, hd = 0;
    std::vector<double> kk, vv, qq; // [n_layer][n_head_kv][hd][hd]
    std::vector<double> n_k, n_q;   // [n_layer]
    std::mutex mu;
    void init(int layers, int heads, int head_dim) {
        n_layer = layers;
        n_head_kv = heads;
        hd = head_dim;
        size_t n = (size_t)layers * heads * head_dim * head_dim;
        kk.assign(n, 0.0);
        vv.assign(n, 0.0);
        qq.assign(n, 0.0);
        n_k.assign((size_t)layers, 0.0);
        n_q.assign((size_t)layers, 0.0);
    }
    static void add_outer(double* m, const float* x, int n) {
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) m[(size_t)i * n + j] += (double)x[i] * x[j];
    }
    double* at(std::vector<double>& m, int l, int h) { return m.data() + ((size_t)l * n_head_kv + h) * (size_t)hd * hd; }
};

// One of the two halves of the cache (keys or values).
struct kv_plane {
    int type = -1; // -1 F16, else kv_qtype
    int n_layer = 0, n_head_kv = 0, hd = 0, kv_dim = 0, G = 0;
    uint32_t n_ctx = 0, n_sink = 0, n_ring = 0;
    uint32_t T = 0;       // per-channel groups of T positions; 0 = per token
    size_t row_bytes = 0; // one head's quantized row (per channel: its codes only)
    buffer<uint16_t> f16;
    buffer<uint8_t> q;
    buffer<uint16_t> sink, ring;
    // Per channel: cs [n_layer][n_ctx / T][n_head_kv][2][hd] F16 steps then minima; stage [n_layer][T - 1]
    // [kv_dim] F16, the positions of the group not yet filled (slot p % T); batch
    // [T - 1 + n_batch][kv_dim] F16, the positions from the start of the unfilled group to
    // the end of the batch being stored, for the layer being run (so for one layer at a time).
    buffer<uint16_t> cs, stage, batch;
    std::vector<uint32_t> stage_g;                  // [n_layer] the group whose positions stage holds
    std::unique_ptr<std::atomic<uint32_t>[]> n_put; // [n_layer] positions of the batch stored so far
    uint32_t b_pos = 0, b_n = 0, n_batch = 0;       // the batch being stored; its largest size

    bool init(const allocator* al, int t, int layers, uint32_t ctx, int heads, int head_dim, int group,
              uint32_t sinks, uint32_t ring_size, uint32_t chan, uint32_t max_batch) {
        type = t;
        n_layer = layers;
        n_ctx = ctx;
        n_head_kv = heads;
        hd = head_dim;
        kv_dim = heads * head_dim;
        G = group;
        const size_t rows = (size_t)layers * ctx;
        if (type < 0) return f16.init(al, rows * (size_t)kv_dim);
        n_sink = std::min(sinks, ctx);
        n_ring = ring_size;
        T = chan;
        n_batch = max_batch;
        row_bytes = T ? (size_t)hd * kvq_bits(type) / 8 : kvq_row_bytes(type, hd, G);
        if (T) {
            stage_g.assign((size_t)layers, 0);
            n_put.reset(new std::atomic<uint32_t>[(size_t)layers]);
            if (!cs.init(al, (size_t)layers * (ctx / T) * kv_dim * 2) || !stage.init(al, (size_t)layers * (T - 1) * kv_dim) ||
                !batch.init(al, (size_t)(T - 1 + max_batch) * kv_dim))
                return false;
        }
        return q.init(al, rows * heads * row_bytes) && (!n_sink || sink.init(al, (size_t)layers * n_sink * kv_dim)) &&
               (!n_ring || ring.init(al, (size_t)layers * n_ring * kv_dim));
    }
    size_t bytes() const { return f16.n * 2 + q.n + (sink.n + ring.n + cs.n + stage.n + batch.n) * 2; }
    uint16_t* f16_row(int l, uint32_t p) { return f16.p + ((size_t)l * n_ctx + p) * (size_t)kv_dim; }
    uint8_t* q_row(int l, uint32_t p, int h) { return q.p + (((size_t)l * n_ctx + p) * n_head_kv + h) * row_bytes; }
    uint16_t* sink_row(int l, uint32_t p) { return sink.p + ((size_t)l * n_sink + p) * (size_t)kv_dim; }
    uint16_t* ring_row(int l, uint32_t p) { return ring.p + ((size_t)l * n_ring + p % n_ring) * (size_t)kv_dim; }
    // Per channel: the steps and minima of head h of the group holding position p; position p's
    // staged row; position p's row in the batch area.
    uint16_t* cs_row(int l, uint32_t p, int h) {
        return cs.p + (((size_t)l * (n_ctx / T) + p / T) * n_head_kv + h) * (size_t)hd * 2;
    }
    uint16_t* stage_row(int l, uint32_t p) { return stage.p + ((size_t)l * (T - 1) + p % T) * (size_t)kv_dim; }
    uint16_t* batch_row(uint32_t p) { return batch.p + (size_t)(p - b_pos / T * T) * kv_dim; }

    // Writes head h of position p (hd floats, already rotated).
    void write(int l, uint32_t p, int h, const float* x) {
        const attn_kernels& ak = attn_kernels_get();
        if (type < 0) {
            ak.store_f16(f16_row(l, p) + (size_t)h * hd, x, hd);
            return;
        }
        if (T) ak.store_f16(batch_row(p) + (size_t)h * hd, x, hd); // quantized when its group fills
        else kvq_quantize_row(type, x, q_row(l, p, h), hd, G);
        if (p < n_sink) ak.store_f16(sink_row(l, p) + (size_t)h * hd, x, hd);
        if (n_ring) ak.store_f16(ring_row(l, p) + (size_t)h * hd, x, hd);
    }
    // The most precise copy of head h of position p into y, while n_valid positions are
    // stored (the ring holds the last n_ring of them). Not during a batch.
    void read(int l, uint32_t p, int h, uint32_t n_valid, float* y) {
        const uint16_t* r = nullptr;
        if (type < 0) r = f16_row(l, p);
        else if (p < n_sink) r = sink_row(l, p);
        else if (n_ring && p + n_ring >= n_valid && p < n_valid) r = ring_row(l, p);
        else if (T && p >= n_valid / T * T) r = stage_row(l, p);
        if (r) {
            for (int i = 0; i < hd; i++) y[i] = fp16_to_fp32(r[(size_t)h * hd + i]);
            return;
        }
        if (T) dequantize_chan(l, p, h, y);
        else kvq_dequantize_row(type, q_row(l, p, h), y, hd, G);
    }
    void dequantize_chan(int l, uint32_t p, int h, float* y) {
        const uint8_t* codes = q_row(l, p, h);
        const uint16_t* d = cs_row(l, p, h);
        for (int i = 0; i < hd; i++) y[i] = fp16_to_fp32(d[hd + i]) + (float)kvq_code(type, codes, i) * fp16_to_fp32(d[i]);
    }

    // Per channel. Called (single-threaded) before a batch of n positions from pos is stored.
    void begin_batch(uint32_t pos, uint32_t n) {
        b_pos = pos;
        b_n = n;
        for (int l = 0; l < n_layer; l++) n_put[(size_t)l].store(0);
    }
    // Per channel: counts one stored position of layer l; the thread that stores the
    // batch's last one quantizes the groups the batch filled. Threads store positions in
    // any order, so no group can be quantized before all of the batch is there.
    void put_done(int l) {
        if (n_put[(size_t)l].fetch_add(1, std::memory_order_acq_rel) + 1 == b_n) end_batch(l);
    }
    void end_batch(int l) {
        const uint32_t g0 = b_pos / T * T, end = b_pos + b_n, g_end = end / T * T;
        const size_t row16 = (size_t)kv_dim * sizeof(uint16_t);
        // The unfilled group's earlier positions, into the batch area. A cancelled batch
        // may have quantized their group already: then they come from there.
        for (uint32_t p = g0; p < b_pos; p++) {
            if (stage_g[(size_t)l] == g0) {
                memcpy(batch_row(p), stage_row(l, p), row16);
                continue;
            }
            float y[KV_MAX_HEAD_DIM];
            for (int h = 0; h < n_head_kv; h++) {
                dequantize_chan(l, p, h, y);
                store_f16_ref(batch_row(p) + (size_t)h * hd, y, hd);
            }
        }
        for (uint32_t g = g0; g < g_end; g += T) quantize_group(l, g);
        for (uint32_t p = g_end; p < end; p++) memcpy(stage_row(l, p), batch_row(p), row16);
        stage_g[(size_t)l] = g_end;
    }
    // Each channel of positions [g, g + T), from the batch area: one step and minimum per
    // channel, chosen without the sink positions (read from their F16 copies).
    void quantize_group(int l, uint32_t g) {
        const uint32_t s0 = std::min(std::max(n_sink, g) - g, T);
        float x[128]; // T <= 128 (kv_context_init)
        for (uint32_t t = 0; t < T; t++) memset(q_row(l, g + t, 0), 0, (size_t)n_head_kv * row_bytes);
        for (int h = 0; h < n_head_kv; h++)
            for (int i = 0; i < hd; i++) {
                for (uint32_t t = 0; t < T; t++) x[t] = fp16_to_fp32(batch_row(g + t)[(size_t)h * hd + i]);
                uint16_t* dm = cs_row(l, g, h);
                kvq_pick_range(type, x + s0, (int)(T - s0), &dm[i], &dm[hd + i]);
                const float d = fp16_to_fp32(dm[i]), m = fp16_to_fp32(dm[hd + i]);
                for (uint32_t t = 0; t < T; t++) kvq_set_code(type, q_row(l, g + t, h), i, kvq_level_range(type, x[t], d, m));
            }
    }
};

struct kv_cache {
    kv_plane kp, vp;
    kv_rotation rot;
    buffer<int32_t> tokens; // [n_ctx] the token at each position, for save/restore
    uint32_t n_ctx = 0, window = 0;
    int n_layer = 0, n_head_kv = 0, head_dim = 0, kv_dim = 0;
    kv_calib_stats* calib = nullptr; // set only while calibrating

    // type_k/type_v: QLM_KV_*; group: values per scale (a multiple of 32 dividing hd);
    // window: recent positions also kept as F16; sinks: first positions kept as F16;
    // n_batch: the most tokens one forward pass stores. r: the rotation, already set up.
    // k_chan, v_chan: keys, values per channel in groups of that many positions (0 = per token).
    bool init(const allocator* al, int layers, uint32_t ctx, int heads_kv, int hd, qlm_kv_type type_k,
              qlm_kv_type type_v, int group, uint32_t win, uint32_t sinks, uint32_t n_batch, uint32_t k_chan = 0,
              uint32_t v_chan = 0) {
        n_layer = layers;
        n_ctx = ctx;
        n_head_kv = heads_kv;
        head_dim = hd;
        kv_dim = heads_kv * hd;
        window = win;
        uint32_t ring = win ? std::min(win + n_batch, ctx) : 0;
        auto qt = [](qlm_kv_type t) { return t == QLM_KV_F16 ? -1 : (int)t - 1; };
        return kp.init(al, qt(type_k), layers, ctx, heads_kv, hd, group, sinks, ring, k_chan, n_batch) &&
               vp.init(al, qt(type_v), layers, ctx, heads_kv, hd, group, sinks, ring, v_chan, n_batch) && tokens.init(al, ctx);
    }
    size_t bytes() const { return kp.bytes() + vp.bytes(); }

    // Writes the keys and values of one token (kv_dim floats each) at pos.
    void store(int l, uint32_t pos, const float* kf, const float* vf) {
        if (calib) {
            std::lock_guard<std::mutex> lock(calib->mu);
            for (int h = 0; h < n_head_kv; h++) {
                kv_calib_stats::add_outer(calib->at(calib->kk, l, h), kf + (size_t)h * head_dim, head_dim);
                kv_calib_stats::add_outer(calib->at(calib->vv, l, h), vf + (size_t)h * head_dim, head_dim);
            }
            calib->n_k[(size_t)l] += 1.0;
        }
        float tmp[KV_MAX_HEAD_DIM];
        for (int h = 0; h < n_head_kv; h++) {
            rot.apply(0, l, h, kf + (size_t)h * head_dim, tmp);
            kp.write(l, pos, h, tmp);
            rot.apply(2, l, h, vf + (size_t)h * head_dim, tmp);
            vp.write(l, pos, h, tmp);
        }
        if (kp.T) kp.put_done(l);
        if (vp.T) vp.put_done(l);
    }
    // Called before each batch of n tokens from pos is run: keeps the history (for
    // qlm_context_save) and tells per-channel keys which positions are coming.
    void note_tokens(uint32_t pos, const int32_t* toks, uint32_t n) {
        memcpy(tokens.p + pos, toks, (size_t)n * sizeof(int32_t));
        if (kp.T) kp.begin_batch(pos, n);
        if (vp.T) vp.begin_batch(pos, n);
    }

    // First quantized position and first window position for a token attending to
    // [0, n_pos) of a quantized plane: [0, a) sinks, [a, b) quantized, [b, n_pos) window.
    void regions(const kv_plane& pl, uint32_t n_pos, uint32_t* a, uint32_t* b) const {
        *a = std::min(pl.n_sink, n_pos);
        *b = std::max(*a, n_pos > window ? n_pos - window : 0u);
    }

    // out[head_dim] = softmax(q . K[0..n_pos) * scale) . V[0..n_pos) for KV head kvh.
    // sc: n_ctx floats of scratch; qtmp: head_dim floats of scratch.
    void attend(int l, int kvh, uint32_t n_pos, const float* q, float scale, float* out, float* sc, float* qtmp) {
        attend_from(l, kvh, 0, n_pos, q, 1, scale, out, sc, qtmp);
    }
    // The same for nq <= KV_MAX_REP query heads of KV head kvh at once (q and out: [nq][head_dim]),
    // over positions [p0, n_pos) only (a sliding-window layer's view). Every row is read once
    // for all nq heads. sc: nq * n_ctx floats of scratch; qtmp: nq * head_dim floats.
    void attend_from(int l, int kvh, uint32_t p0, uint32_t n_pos, const float* q, int nq, float scale, float* out, float* sc,
                     float* qtmp) {
        const attn_kernels& ak = attn_kernels_get();
        const int HD = head_dim;
        const size_t ss = n_ctx; // scores of head h at sc + h * n_ctx, indexed by position
        if (calib) {
            std::lock_guard<std::mutex> lock(calib->mu);
            for (int h = 0; h < nq; h++) kv_calib_stats::add_outer(calib->at(calib->qq, l, kvh), q + (size_t)h * HD, HD);
            calib->n_q[(size_t)l] += nq;
        }
        for (int h = 0; h < nq; h++) rot.apply(1, l, kvh, q + (size_t)h * HD, qtmp + (size_t)h * HD);
        // Runs of F16 rows: contiguous, or the ring's, split where it wraps.
        auto f16_keys = [&](const uint16_t* first, uint32_t from, uint32_t to) {
            if (from < to) ak.dot_f16(first, kv_dim, (int)(to - from), qtmp, nq, HD, sc + from, ss);
        };
        auto ring_runs = [&](kv_plane& pl, uint32_t from, uint32_t to, auto f) {
            for (uint32_t p = from; p < to;) {
                const uint32_t n = std::min(to - p, pl.n_ring - p % pl.n_ring);
                f(pl.ring_row(l, p) + (size_t)kvh * HD, p, p + n);
                p += n;
            }
        };
        if (kp.type < 0) {
            // Queries and probabilities are rounded to F16 before they meet the F16 cache, as
            // llama.cpp's F16-cache path does: it halves our mean logit difference to it.
            ak.round_f16(qtmp, nq * HD);
            f16_keys(kp.f16_row(l, p0) + (size_t)kvh * HD, p0, n_pos);
        } else {
            uint32_t a, b;
            regions(kp, n_pos, &a, &b);
            if (p0 < a) f16_keys(kp.sink_row(l, p0) + (size_t)kvh * HD, p0, a);
            const size_t qstride = (size_t)n_head_kv * kp.row_bytes;
            kvq_query qq;
            if (kp.T) {
                // Filled groups [a, e): per group, the query times each channel's step,
                // and q . minima, one term for the group. Positions of the unfilled
                // group are read in F16 from the batch area: every token sees the
                // positions after the last group it could see filled at full precision,
                // however the tokens were split into batches.
                const uint32_t e = std::max(a, std::min(b, n_pos / kp.T * kp.T));
                float qd[KV_MAX_REP * KV_MAX_HEAD_DIM], bias[KV_MAX_REP], dm[2 * KV_MAX_HEAD_DIM];
                for (uint32_t p = std::max(a, p0); p < e;) {
                    const uint32_t end = std::min(e, (p / kp.T + 1) * kp.T);
                    const uint16_t* d = kp.cs_row(l, p, kvh);
                    for (int i = 0; i < 2 * HD; i++) dm[i] = fp16_to_fp32(d[i]); // once for all heads
                    for (int h = 0; h < nq; h++) {
                        const float* qh = qtmp + (size_t)h * HD;
                        bias[h] = 0.0f;
                        for (int i = 0; i < HD; i++) {
                            qd[(size_t)h * HD + i] = qh[i] * dm[i];
                            bias[h] += qh[i] * dm[HD + i];
                        }
                    }
                    kvq_query_init(&qq, kp.type, qd, nq, HD, 0);
                    ak.dot_kvq(kp.type, kp.q_row(l, p, kvh), qstride, (int)(end - p), qq, 0, sc + p, ss);
                    for (int h = 0; h < nq; h++)
                        for (uint32_t r = p; r < end; r++) sc[(size_t)h * ss + r] += bias[h];
                    p = end;
                }
                const uint32_t f = std::max(e, p0);
                if (f < b) f16_keys(kp.batch_row(f) + (size_t)kvh * HD, f, b);
            } else if (std::max(a, p0) < b) {
                const uint32_t f = std::max(a, p0);
                kvq_query_init(&qq, kp.type, qtmp, nq, HD, kp.G);
                ak.dot_kvq(kp.type, kp.q_row(l, f, kvh), qstride, (int)(b - f), qq, kp.G, sc + f, ss);
            }
            ring_runs(kp, std::max(b, p0), n_pos, f16_keys);
        }
        for (int h = 0; h < nq; h++) {
            float* s = sc + (size_t)h * ss;
            float mx = -INFINITY, sum = 0.0f;
            for (uint32_t p = p0; p < n_pos; p++) {
                s[p] *= scale;
                mx = std::max(mx, s[p]);
            }
            for (uint32_t p = p0; p < n_pos; p++) {
                s[p] = std::exp(s[p] - mx);
                sum += s[p];
            }
            const float inv = 1.0f / sum;
            for (uint32_t p = p0; p < n_pos; p++) s[p] *= inv;
            if (vp.type < 0) ak.round_f16(s + p0, (int)(n_pos - p0));
        }
        float acc[KV_MAX_REP * KV_MAX_HEAD_DIM];
        float* o = rot.kind == QLM_KV_ROT_NONE ? out : acc;
        for (int i = 0; i < nq * HD; i++) o[i] = 0.0f;
        auto f16_values = [&](const uint16_t* first, uint32_t from, uint32_t to) {
            if (from < to) ak.axpy_f16(o, first, kv_dim, (int)(to - from), sc + from, ss, nq, HD);
        };
        if (vp.type < 0) {
            f16_values(vp.f16_row(l, p0) + (size_t)kvh * HD, p0, n_pos);
        } else {
            uint32_t a, b;
            regions(vp, n_pos, &a, &b);
            if (p0 < a) f16_values(vp.sink_row(l, p0) + (size_t)kvh * HD, p0, a);
            const size_t vstride = (size_t)n_head_kv * vp.row_bytes;
            if (vp.T) {
                // Filled groups [a, e), as for per-channel keys: per group, the probabilities
                // times the codes, then per channel y += d * that + m * (sum of the group's
                // probabilities). The unfilled group from the batch area in F16.
                const uint32_t e = std::max(a, std::min(b, n_pos / vp.T * vp.T));
                float u[KV_MAX_REP * KV_MAX_HEAD_DIM], dm[2 * KV_MAX_HEAD_DIM];
                for (uint32_t p = std::max(a, p0); p < e;) {
                    const uint32_t end = std::min(e, (p / vp.T + 1) * vp.T);
                    const uint16_t* d = vp.cs_row(l, p, kvh);
                    for (int i = 0; i < 2 * HD; i++) dm[i] = fp16_to_fp32(d[i]);
                    for (int i = 0; i < nq * HD; i++) u[i] = 0.0f;
                    ak.axpy_kvq(vp.type, u, vp.q_row(l, p, kvh), vstride, (int)(end - p), sc + p, ss, nq, HD, 0);
                    for (int h = 0; h < nq; h++) {
                        float ps = 0.0f;
                        for (uint32_t r = p; r < end; r++) ps += sc[(size_t)h * ss + r];
                        for (int i = 0; i < HD; i++) o[(size_t)h * HD + i] += dm[i] * u[(size_t)h * HD + i] + dm[HD + i] * ps;
                    }
                    p = end;
                }
                const uint32_t f = std::max(e, p0);
                if (f < b) f16_values(vp.batch_row(f) + (size_t)kvh * HD, f, b);
            } else if (std::max(a, p0) < b) {
                const uint32_t f = std::max(a, p0);
                ak.axpy_kvq(vp.type, o, vp.q_row(l, f, kvh), vstride, (int)(b - f), sc + f, ss, nq, HD, vp.G);
            }
            ring_runs(vp, std::max(b, p0), n_pos, f16_values);
        }
        if (o != out)
            for (int h = 0; h < nq; h++) rot.apply(3, l, kvh, acc + (size_t)h * HD, out + (size_t)h * HD);
    }

    // Moves positions [from, from + n) to [to, to + n) (to < from, n > 0; from + n positions are
    // stored), passing each moved key, unrotated, through fix_key(layer, key) (which
    // re-rotates it for its new position). Quantized values move as bytes; keys are quantized again.
    template <typename F>
    void move(uint32_t from, uint32_t to, uint32_t n, F fix_key) {
        const int HD = head_dim;
        const uint32_t n_valid = from + n;
        std::vector<float> ks((size_t)n * kv_dim), vs((size_t)n * kv_dim), tmp((size_t)kv_dim);
        for (int l = 0; l < n_layer; l++) {
            // Read everything first: the ring slots being written may hold rows not yet read.
            for (uint32_t i = 0; i < n; i++)
                for (int h = 0; h < n_head_kv; h++) {
                    float* kd = ks.data() + (size_t)i * kv_dim + (size_t)h * HD;
                    kp.read(l, from + i, h, n_valid, tmp.data());
                    if (rot.kind == QLM_KV_ROT_CALIBRATED) memcpy(kd, tmp.data(), (size_t)HD * sizeof(float));
                    else rot.apply(3, l, h, tmp.data(), kd); // orthogonal: the value inverse undoes it
                    vp.read(l, from + i, h, n_valid, vs.data() + (size_t)i * kv_dim + (size_t)h * HD);
                }
            // Per-channel keys and values go through the batch area in chunks of at most
            // n_batch, as decoding would store them; the group holding `to` is quantized again.
            const uint32_t chunk = kp.T ? kp.n_batch : vp.T ? vp.n_batch : n;
            for (uint32_t i = 0; i < n; i++) {
                for (kv_plane* pl : {&kp, &vp})
                    if (pl->T && i % chunk == 0) {
                        pl->b_pos = to + i;
                        pl->b_n = std::min(chunk, n - i);
                    }
                float* kd = ks.data() + (size_t)i * kv_dim;
                if (rot.kind == QLM_KV_ROT_CALIBRATED) unrotate_keys(l, kd, tmp.data());
                fix_key(l, kd);
                float r[KV_MAX_HEAD_DIM];
                for (int h = 0; h < n_head_kv; h++) {
                    rot.apply(0, l, h, kd + (size_t)h * HD, r);
                    kp.write(l, to + i, h, r);
                    const float* vd = vs.data() + (size_t)i * kv_dim + (size_t)h * HD;
                    if (vp.type < 0 || vp.T) {
                        vp.write(l, to + i, h, vd);
                        continue;
                    }
                    memcpy(vp.q_row(l, to + i, h), vp.q_row(l, from + i, h), vp.row_bytes);
                    if (to + i < vp.n_sink) attn_kernels_get().store_f16(vp.sink_row(l, to + i) + (size_t)h * HD, vd, HD);
                    if (vp.n_ring) attn_kernels_get().store_f16(vp.ring_row(l, to + i) + (size_t)h * HD, vd, HD);
                }
                for (kv_plane* pl : {&kp, &vp})
                    if (pl->T && (i + 1 == n || (i + 1) % chunk == 0)) pl->end_batch(l);
            }
        }
        memmove(tokens.p + to, tokens.p + from, (size_t)n * sizeof(int32_t));
    }

    // Calibrated keys are stored as T k with T possibly not orthogonal; its inverse is the
    // transpose of the query transform (q' = T^-T q).
    void unrotate_keys(int l, float* k, float* tmp) const {
        const int HD = head_dim;
        for (int h = 0; h < n_head_kv; h++) {
            float* x = k + (size_t)h * HD;
            const float* qf = rot.mat(rot.qf, l, h);
            for (int j = 0; j < HD; j++) {
                float a = 0.0f;
                for (int i = 0; i < HD; i++) a += qf[(size_t)i * HD + j] * x[i];
                tmp[j] = a;
            }
            memcpy(x, tmp, (size_t)HD * sizeof(float));
        }
    }
};

} // namespace qlm_detail
#endif
