// ==== [qlm:kv-io] KV cache setup, save and restore ======================================
// Turns the context params into a kv_cache (validating them), and writes and reads a
// context's state. State file, little-endian:
//   "QLMKVST1", u32 version (2)
//   u32 n_layer n_head_kv head_dim n_vocab k_channel v_channel, u32 0; u64 model n_params, weight_bytes
//   u32 type_k type_v rot group window sinks; u32 n_past have_logits
//   i32 tokens[n_past]; f32 logits[n_vocab] if have_logits
//   per plane (keys, then values), per layer:
//     F16 plane: rows [0, n_past) as stored; quantized plane: quantized rows [0, n_past)
//     (per channel: the codes of the filled groups' positions [0, nq), nq = n_past
//     rounded down to k_channel / v_channel, their steps and minima, and the F16 rows
//     [nq, n_past)),
//     then the sink rows min(sinks, n_past), then the window's rows, the last
//     min(window, n_past) positions in order (the ring's slots depend on n_batch, which
//     may differ between the saving and the loading context).
#ifndef QLM_KV_IO_H
#define QLM_KV_IO_H
#include "model.h"

namespace qlm_detail {

inline bool kv_calib_name(char* buf, size_t cap, int l, const char* what) {
    return snprintf(buf, cap, "kv_calib.blk.%d.%s", l, what) < (int)cap;
}

// Validates the KV params of c->p and allocates c->kv. Called by qlm_context_create.
inline qlm_result kv_context_init(qlm_context* c, qlm_error* err) {
    const qlm_model& m = *c->model;
    const hparams& h = m.hp;
    const qlm_context_params& p = c->p;
    const int hd = h.head_dim;
    if ((unsigned)p.kv_type_k > QLM_KV_INT2 || (unsigned)p.kv_type_v > QLM_KV_INT2 || (unsigned)p.kv_rot > QLM_KV_ROT_CALIBRATED)
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "kv: unknown kv_type_k, kv_type_v or kv_rot");
    const bool quant = p.kv_type_k != QLM_KV_F16 || p.kv_type_v != QLM_KV_F16;
    const int group = p.kv_group ? (int)p.kv_group : std::min(64, hd);
    if (quant && (group % 32 || group > 128 || hd % group || hd > KV_MAX_HEAD_DIM))
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "kv: group %d does not suit head_dim %d (a multiple of 32, at most 128, dividing head_dim <= %d)",
                    group, hd, KV_MAX_HEAD_DIM);
    if (p.kv_rot != QLM_KV_ROT_NONE && (hd > KV_MAX_HEAD_DIM || (hd & (hd - 1))))
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX, "kv: rotation needs head_dim a power of two <= %d, not %d",
                    KV_MAX_HEAD_DIM, hd);
    const uint32_t chan = p.kv_k_channel, vchan = p.kv_v_channel;
    // Per channel: int4 or int2 codes, groups of 32, 64 or 128 positions that fit the context.
    auto check_chan = [&](uint32_t n, qlm_kv_type t, const char* which, const char* what) -> qlm_result {
        if (!n || ((t == QLM_KV_INT4 || t == QLM_KV_INT2) && (n == 32 || n == 64 || n == 128) && n <= c->n_ctx)) return QLM_OK;
        return fail(err, &c->log, MSG_INVALID_ARG, UINT64_MAX,
                    "kv: kv_%s_channel %u needs int4 or int2 %s and groups of 32, 64 or 128 positions, at most n_ctx (%u)",
                    which, n, what, c->n_ctx);
    };
    if (qlm_result r = check_chan(chan, p.kv_type_k, "k", "keys")) return r;
    if (qlm_result r = check_chan(vchan, p.kv_type_v, "v", "values")) return r;
    kv_rotation& r = c->kv.rot;
    r.hd = hd;
    r.n_head_kv = h.n_head_kv;
    if (p.kv_rot == QLM_KV_ROT_HADAMARD) r.init_hadamard(hd);
    if (p.kv_rot == QLM_KV_ROT_CALIBRATED) {
        r.kind = QLM_KV_ROT_CALIBRATED;
        const size_t per = (size_t)h.n_head_kv * hd * hd;
        std::vector<float>* mats[4] = {&r.kf, &r.qf, &r.vf, &r.vinv};
        const char* names[4] = {"k", "q", "v", "vinv"};
        for (int i = 0; i < 4; i++) {
            mats[i]->resize(per * (size_t)h.n_layer);
            for (int l = 0; l < h.n_layer; l++) {
                char name[64];
                kv_calib_name(name, sizeof name, l, names[i]);
                const gguf_tensor* t = gguf_find_tensor(m.gf, name);
                if (!t || !t->data)
                    return fail(err, &c->log, MSG_KV_CALIB_MISSING, UINT64_MAX,
                                "kv: the model has no %s; make a calibrated copy with build/quantize --calibrate-kv or build/calibrate_kv", name);
                if (t->type != QT_F32 || t->ne[0] != hd || t->ne[1] != hd || t->ne[2] != h.n_head_kv || t->ne[3] != 1)
                    return fail(err, &c->log, MSG_MODEL_TENSOR_SHAPE, t->info_offset,
                                "kv: %s must be F32 [%d, %d, %d]", name, hd, hd, h.n_head_kv);
                memcpy(mats[i]->data() + per * (size_t)l, t->data, per * sizeof(float));
            }
        }
    }
    if (!c->kv.init(&c->al, h.n_layer, c->n_ctx, h.n_head_kv, hd, p.kv_type_k, p.kv_type_v, group,
                    quant ? p.kv_window : 0, quant ? p.kv_sinks : 0, c->n_batch, chan, vchan))
        return fail(err, &c->log, MSG_OOM, UINT64_MAX, "out of memory allocating the KV cache of %u tokens", c->n_ctx);
    return QLM_OK;
}

struct kv_state_header {
    char magic[8];
    uint32_t version, n_layer, n_head_kv, head_dim, n_vocab, k_channel, v_channel, zero; // zero: no padding before the u64s
    uint64_t n_params, weight_bytes;
    uint32_t type_k, type_v, rot, group, window, sinks, n_past, have_logits;
};
static_assert(sizeof(kv_state_header) == 88, "the state header is written as is: no padding");

inline kv_state_header kv_state_header_of(const qlm_context* c) {
    const hparams& h = c->model->hp;
    kv_state_header s;
    memset(&s, 0, sizeof s);
    memcpy(s.magic, "QLMKVST1", 8);
    s.version = 2;
    s.n_layer = (uint32_t)h.n_layer;
    s.n_head_kv = (uint32_t)h.n_head_kv;
    s.head_dim = (uint32_t)h.head_dim;
    s.n_vocab = (uint32_t)h.n_vocab;
    s.k_channel = c->kv.kp.T;
    s.v_channel = c->kv.vp.T;
    s.n_params = c->model->n_params;
    s.weight_bytes = c->model->weight_bytes;
    s.type_k = (uint32_t)c->p.kv_type_k;
    s.type_v = (uint32_t)c->p.kv_type_v;
    s.rot = (uint32_t)c->p.kv_rot;
    s.group = (uint32_t)c->kv.kp.G;
    s.window = c->kv.window;
    s.sinks = std::max(c->kv.kp.n_sink, c->kv.vp.n_sink);
    s.n_past = c->n_past;
    s.have_logits = c->have_logits ? 1 : 0;
    return s;
}

// Visits the byte ranges of the state after the header, in file order; f(ptr, bytes).
template <typename F>
inline void kv_state_ranges(qlm_context* c, uint32_t n_past, bool logits, F f) {
    kv_cache& kv = c->kv;
    f(kv.tokens.p, (size_t)n_past * sizeof(int32_t));
    // The last token's logits (the last row of them with logits_all).
    const size_t nv = (size_t)c->model->hp.n_vocab;
    if (logits) f(c->logits.p + (c->n_logits > 1 ? (size_t)(c->n_logits - 1) * nv : 0), nv * sizeof(float));
    kv_plane* planes[2] = {&kv.kp, &kv.vp};
    const size_t row16 = (size_t)kv.kv_dim * sizeof(uint16_t);
    for (kv_plane* pl : planes)
        for (int l = 0; l < kv.n_layer; l++) {
            if (pl->type < 0) {
                if (n_past) f(pl->f16_row(l, 0), n_past * row16);
                continue;
            }
            // Per channel: the filled groups' codes and scales, then the F16 rows of the
            // group not yet filled.
            const uint32_t nq = pl->T ? n_past / pl->T * pl->T : n_past;
            if (nq) f(pl->q_row(l, 0, 0), (size_t)nq * kv.n_head_kv * pl->row_bytes);
            if (pl->T && nq) f(pl->cs_row(l, 0, 0), (size_t)nq / pl->T * kv.kv_dim * 2 * sizeof(uint16_t));
            for (uint32_t p = nq; p < n_past; p++) f(pl->stage_row(l, p), row16);
            uint32_t ns = std::min(pl->n_sink, n_past);
            if (ns) f(pl->sink_row(l, 0), ns * row16);
            for (uint32_t p = n_past - std::min(kv.window, n_past); p < n_past; p++) f(pl->ring_row(l, p), row16);
        }
}

} // namespace qlm_detail

extern "C" {

QLM_API size_t qlm_context_kv_bytes(const qlm_context* c) { return c ? c->kv.bytes() : 0; }
QLM_API const qlm_token* qlm_context_tokens(const qlm_context* c) { return c ? c->kv.tokens.p : nullptr; }

QLM_API qlm_result qlm_kv_type_parse(const char* name, qlm_kv_type* out) {
    static const char* names[] = {"f16", "int8", "int4", "int2"};
    for (int i = 0; name && out && i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (qlm_kv_type)i;
            return QLM_OK;
        }
    return QLM_ERR_INVALID_ARG;
}
QLM_API qlm_result qlm_kv_rot_parse(const char* name, qlm_kv_rot* out) {
    static const char* names[] = {"none", "hadamard", "calibrated"};
    for (int i = 0; name && out && i < 3; i++)
        if (!strcmp(name, names[i])) {
            *out = (qlm_kv_rot)i;
            return QLM_OK;
        }
    return QLM_ERR_INVALID_ARG;
}

QLM_API qlm_result qlm_context_save(const qlm_context* cc, const char* path, qlm_error* err) {
    using namespace qlm_detail;
    if (!cc || !path) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_save: NULL argument");
    qlm_context* c = const_cast<qlm_context*>(cc); // the visitor is shared with load; nothing is written
    FILE* f = fopen(path, "wb");
    if (!f) return fail(err, &c->log, MSG_IO_OPEN, UINT64_MAX, "qlm_context_save: cannot create %s", path);
    // A GPU backend keeps the live cache on the device: bring it to the host copy first.
    if (c->be) c->be->kv_download(c, c->n_past);
    kv_state_header h = kv_state_header_of(c);
    bool ok = fwrite(&h, sizeof h, 1, f) == 1;
    kv_state_ranges(c, h.n_past, h.have_logits != 0, [&](const void* p, size_t n) { ok = ok && fwrite(p, 1, n, f) == n; });
    ok = (fclose(f) == 0) && ok;
    if (!ok) return fail(err, &c->log, MSG_IO_READ, UINT64_MAX, "qlm_context_save: writing %s failed", path);
    return QLM_OK;
}

QLM_API qlm_result qlm_context_load(qlm_context* c, const char* path, qlm_error* err) {
    using namespace qlm_detail;
    if (!c || !path) return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_context_load: NULL argument");
    FILE* f = fopen(path, "rb");
    if (!f) return fail(err, &c->log, MSG_IO_OPEN, UINT64_MAX, "qlm_context_load: cannot open %s", path);
    std::vector<uint8_t> bytes;
    uint8_t buf[1 << 16];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0) bytes.insert(bytes.end(), buf, buf + k);
    fclose(f);
    kv_state_header want = kv_state_header_of(c), got;
    if (bytes.size() < sizeof got)
        return fail(err, &c->log, MSG_KV_STATE, 0, "qlm_context_load: %s is too short for a state file", path);
    memcpy(&got, bytes.data(), sizeof got);
    if (memcmp(got.magic, want.magic, 8) != 0)
        return fail(err, &c->log, MSG_KV_STATE, 0, "qlm_context_load: %s is not a quantlm state file", path);
    if (got.version != want.version)
        return fail(err, &c->log, MSG_KV_STATE, 0,
                    "qlm_context_load: %s is a state file of format %u; this build reads format %u", path, got.version,
                    want.version);
    want.n_past = got.n_past;
    want.have_logits = got.have_logits;
    if (memcmp(&want, &got, sizeof got) != 0 || got.have_logits > 1)
        return fail(err, &c->log, MSG_KV_STATE, 0,
                    "qlm_context_load: %s was saved from another model or with other KV settings", path);
    if (got.n_past > c->n_ctx)
        return fail(err, &c->log, MSG_KV_STATE, 0, "qlm_context_load: %s holds %u tokens; the context has room for %u",
                    path, got.n_past, c->n_ctx);
    size_t need = sizeof got;
    kv_state_ranges(c, got.n_past, got.have_logits != 0, [&](const void*, size_t n) { need += n; });
    if (bytes.size() != need)
        return fail(err, &c->log, MSG_KV_STATE, UINT64_MAX, "qlm_context_load: %s has %zu bytes, expected %zu", path,
                    bytes.size(), need);
    for (uint32_t i = 0; i < got.n_past; i++) {
        int32_t t;
        memcpy(&t, bytes.data() + sizeof got + 4 * (size_t)i, 4);
        if (t < 0 || t >= c->model->hp.n_vocab)
            return fail(err, &c->log, MSG_KV_STATE, sizeof got + 4 * (uint64_t)i, "qlm_context_load: bad token %d", t);
    }
    size_t off = sizeof got;
    c->n_logits = got.have_logits ? 1 : 0; // the saved logits land in row 0
    kv_state_ranges(c, got.n_past, got.have_logits != 0, [&](void* p, size_t n) {
        memcpy(p, bytes.data() + off, n);
        off += n;
    });
    c->n_past = got.n_past;
    c->have_logits = got.have_logits != 0;
    for (kv_plane* pl : {&c->kv.kp, &c->kv.vp})
        if (pl->T) pl->stage_g.assign((size_t)c->kv.n_layer, got.n_past / pl->T * pl->T);
    if (c->be) c->be->kv_upload(c, c->n_past);
    return QLM_OK;
}

} // extern "C"
#endif
