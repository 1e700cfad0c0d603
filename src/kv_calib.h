// ==== [qlm:kv-calib] calibrated KV rotations ============================================
// qlm_calibrate_kv runs the model over a calibration text with the cache in F16, gathers
// per layer and KV head the second moments of keys (as stored, after RoPE), of values
// and of the queries that read them, and derives fixed transforms from them.
//
// Why not just an eigenbasis. A per-token quantizer after a Hadamard rotation makes an
// error that is close to isotropic, with a size set by the energy of the stored vector.
// For keys what counts is the logit error q . e, so the best linear transform T (keys
// stored as T k, queries as T^-T q, which keeps q . k) minimises
//     tr(T Sk T^T) * tr(T^-T Sq T^-1)
// over T. The minimum is reached at T^T T = M with
//     M = Sk^-1/2 (Sk^1/2 Sq Sk^1/2)^1/2 Sk^-1/2
// (a matrix geometric mean of Sk^-1 and Sq), and T = H M^1/2: the Hadamard H then
// spreads the result over all channels, as the per-token groups need. When Sq is a
// multiple of Sk the best T is plain H, so this never does worse than the Hadamard
// rotation on the calibration data. Values: the error of the attention output reaches
// the residual stream through W_o, so the same formula with Sq replaced by the sum over
// the KV head's query heads of W_o,h^T W_o,h gives the value transform.
// Clipping: each group's scale is still chosen at run time by the least-squares search in
// kvq_quantize_row, which adapts per token and beats a fixed calibrated threshold.
//
// The output file is the input GGUF with four F32 tensors [hd, hd, n_head_kv] per layer:
// kv_calib.blk.N.{k,q,v,vinv} (row-major matrices, y = M x).
#ifndef QLM_KV_CALIB_H
#define QLM_KV_CALIB_H
#include "kv_io.h"

namespace qlm_detail {

// Eigen-decomposition of the symmetric n x n matrix a (destroyed) by cyclic Jacobi:
// a = V diag(w) V^T, V's columns the eigenvectors. Plenty for n <= 256, once per head.
inline void sym_eig(std::vector<double>& a, int n, std::vector<double>* w, std::vector<double>* v) {
    v->assign((size_t)n * n, 0.0);
    for (int i = 0; i < n; i++) (*v)[(size_t)i * n + i] = 1.0;
    auto A = [&](int i, int j) -> double& { return a[(size_t)i * n + j]; };
    for (int sweep = 0; sweep < 60; sweep++) {
        double off = 0.0, tot = 0.0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) (i == j ? tot : off) += A(i, j) * A(i, j);
        if (off <= 1e-22 * (tot + off)) break;
        for (int p = 0; p < n; p++)
            for (int q = p + 1; q < n; q++) {
                if (std::fabs(A(p, q)) < 1e-300) continue;
                double theta = (A(q, q) - A(p, p)) / (2.0 * A(p, q));
                double t = (theta >= 0 ? 1.0 : -1.0) / (std::fabs(theta) + std::sqrt(theta * theta + 1.0));
                double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (int k = 0; k < n; k++) { // columns p, q
                    double akp = A(k, p), akq = A(k, q);
                    A(k, p) = c * akp - s * akq;
                    A(k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; k++) { // rows p, q
                    double apk = A(p, k), aqk = A(q, k);
                    A(p, k) = c * apk - s * aqk;
                    A(q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; k++) {
                    double vkp = (*v)[(size_t)k * n + p], vkq = (*v)[(size_t)k * n + q];
                    (*v)[(size_t)k * n + p] = c * vkp - s * vkq;
                    (*v)[(size_t)k * n + q] = s * vkp + c * vkq;
                }
            }
    }
    w->resize((size_t)n);
    for (int i = 0; i < n; i++) (*w)[(size_t)i] = A(i, i);
}

// f(S) for symmetric positive semi-definite S, eigenvalues floored at floor_rel * max.
template <typename F>
inline std::vector<double> sym_fn(const std::vector<double>& s, int n, F f, double floor_rel = 1e-6) {
    std::vector<double> a = s, w, v, out((size_t)n * n, 0.0);
    sym_eig(a, n, &w, &v);
    double mx = 0.0;
    for (double x : w) mx = std::max(mx, x);
    for (int k = 0; k < n; k++) {
        double fk = f(std::max(w[(size_t)k], floor_rel * mx));
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) out[(size_t)i * n + j] += v[(size_t)i * n + k] * fk * v[(size_t)j * n + k];
    }
    return out;
}

inline std::vector<double> mat_mul(const std::vector<double>& a, const std::vector<double>& b, int n) {
    std::vector<double> c((size_t)n * n, 0.0);
    for (int i = 0; i < n; i++)
        for (int k = 0; k < n; k++) {
            double aik = a[(size_t)i * n + k];
            for (int j = 0; j < n; j++) c[(size_t)i * n + j] += aik * b[(size_t)k * n + j];
        }
    return c;
}

// The transform pair for data with second moment sx read through metric sm:
// fwd = H M^1/2 and its inverse-transpose H M^-1/2 (H symmetric-orthogonal up to signs,
// so inv = M^-1/2 H^T is returned too).
inline void calib_transform(const std::vector<double>& sx, const std::vector<double>& sm, int n, const kv_rotation& had,
                            std::vector<float>* fwd, std::vector<float>* inv_t, std::vector<float>* inv) {
    std::vector<double> sh = sym_fn(sx, n, [](double x) { return std::sqrt(x); });
    std::vector<double> shi = sym_fn(sx, n, [](double x) { return 1.0 / std::sqrt(x); });
    std::vector<double> mid = sym_fn(mat_mul(mat_mul(sh, sm, n), sh, n), n, [](double x) { return std::sqrt(x); });
    std::vector<double> mm = mat_mul(mat_mul(shi, mid, n), shi, n);
    std::vector<double> mh = sym_fn(mm, n, [](double x) { return std::sqrt(x); });
    std::vector<double> mhi = sym_fn(mm, n, [](double x) { return 1.0 / std::sqrt(x); });
    // Hadamard as a matrix: column j = had(e_j).
    std::vector<double> hm((size_t)n * n);
    std::vector<float> e((size_t)n), col((size_t)n);
    for (int j = 0; j < n; j++) {
        std::fill(e.begin(), e.end(), 0.0f);
        e[(size_t)j] = 1.0f;
        had.apply(0, 0, 0, e.data(), col.data());
        for (int i = 0; i < n; i++) hm[(size_t)i * n + j] = col[(size_t)i];
    }
    std::vector<double> f = mat_mul(hm, mh, n), ft = mat_mul(hm, mhi, n);
    fwd->assign(f.begin(), f.end());
    if (inv_t) inv_t->assign(ft.begin(), ft.end());
    if (inv) { // (H M^1/2)^-1 = M^-1/2 H^T
        std::vector<double> ht((size_t)n * n);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) ht[(size_t)i * n + j] = hm[(size_t)j * n + i];
        std::vector<double> iv = mat_mul(mhi, ht, n);
        inv->assign(iv.begin(), iv.end());
    }
}

// Appends a key/value pair of f to w byte for byte. kv.data is the value, or an array's
// first element (its element type and count are the 12 bytes before).
inline void gguf_copy_kv(gguf_writer& w, const gguf_file& f, const gguf_kv& kv) {
    const uint8_t* a = kv.type == GGUF_ARRAY ? kv.data - 12 : kv.data;
    const uint8_t* b;
    if (kv.type == GGUF_STRING) {
        uint64_t n;
        memcpy(&n, a, 8);
        b = a + 8 + n;
    } else if (kv.type != GGUF_ARRAY) {
        b = a + gguf_scalar_size(kv.type);
    } else if (kv.arr_type == GGUF_STRING) {
        b = kv.strs.empty() ? kv.data : (const uint8_t*)kv.strs.back().p + kv.strs.back().n;
    } else {
        b = kv.data + kv.arr_n * gguf_scalar_size(kv.arr_type);
    }
    std::string key = kv.key.str();
    gguf_put_key(w, key.c_str(), kv.type);
    gguf_put(w.kv_bytes, a, (size_t)(b - a));
    if (key == "general.alignment") w.alignment = f.alignment;
}

} // namespace qlm_detail

extern "C" {
QLM_API qlm_result qlm_calibrate_kv(const qlm_model* m, const qlm_token* tokens, size_t n, uint32_t n_ctx,
                                    const char* out_path, qlm_error* err) {
    using namespace qlm_detail;
    if (!m || !tokens || !out_path || n < 2)
        return fail(err, nullptr, MSG_INVALID_ARG, UINT64_MAX, "qlm_calibrate_kv: NULL argument or fewer than 2 tokens");
    const hparams& h = m->hp;
    const int hd = h.head_dim, NKV = h.n_head_kv, group = h.n_head / h.n_head_kv;
    if (hd > KV_MAX_HEAD_DIM || (hd & (hd - 1)))
        return fail(err, &m->log, MSG_INVALID_ARG, UINT64_MAX, "qlm_calibrate_kv: head_dim %d is not a power of two", hd);
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = n_ctx ? n_ctx : 512;
    qlm_context* c = nullptr;
    qlm_result r = qlm_context_create(m, &cp, &c, err);
    if (r != QLM_OK) return r;
    kv_calib_stats st;
    st.init(h.n_layer, NKV, hd);
    c->kv.calib = &st;
    for (size_t i = 0; i < n && r == QLM_OK; i += c->n_ctx) {
        qlm_context_reset(c);
        r = decode(c, tokens + i, std::min<size_t>(n - i, c->n_ctx), err);
    }
    qlm_context_free(c);
    if (r != QLM_OK) return r;

    kv_rotation had;
    had.init_hadamard(hd);
    const size_t hh = (size_t)hd * hd;
    std::vector<std::vector<float>> out[4]; // k, q, v, vinv per layer: [NKV][hd][hd]
    for (auto& o : out) o.assign((size_t)h.n_layer, std::vector<float>(hh * NKV));
    for (int l = 0; l < h.n_layer; l++) {
        const qtensor& wo = m->layers[(size_t)l].wo;
        std::vector<double> gm((size_t)NKV * hh, 0.0); // W_o metric per KV head
        std::vector<float> row((size_t)wo.ne0);
        for (int64_t rr = 0; rr < wo.ne1; rr++) {
            type_info(wo.type)->to_float(wo.row(rr), row.data(), wo.ne0);
            for (int qh = 0; qh < h.n_head; qh++)
                kv_calib_stats::add_outer(gm.data() + (size_t)(qh / group) * hh, row.data() + (size_t)qh * hd, hd);
        }
        for (int kh = 0; kh < NKV; kh++) {
            auto moment = [&](std::vector<double>& m2, double cnt) {
                std::vector<double> s(m2.begin() + (std::ptrdiff_t)(((size_t)l * NKV + kh) * hh),
                                      m2.begin() + (std::ptrdiff_t)(((size_t)l * NKV + kh + 1) * hh));
                double tr = 0.0;
                for (int i = 0; i < hd; i++) tr += s[(size_t)i * hd + i];
                for (double& x : s) x /= std::max(cnt, 1.0);
                for (int i = 0; i < hd; i++) s[(size_t)i * hd + i] += 1e-4 * tr / std::max(cnt, 1.0) / hd;
                return s;
            };
            std::vector<double> sk = moment(st.kk, st.n_k[(size_t)l]), sv = moment(st.vv, st.n_k[(size_t)l]);
            std::vector<double> sq = moment(st.qq, st.n_q[(size_t)l]);
            std::vector<double> sg(gm.begin() + (std::ptrdiff_t)(kh * hh), gm.begin() + (std::ptrdiff_t)((kh + 1) * hh));
            std::vector<float> f, ft, fi;
            calib_transform(sk, sq, hd, had, &f, &ft, nullptr);
            std::copy(f.begin(), f.end(), out[0][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            std::copy(ft.begin(), ft.end(), out[1][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            calib_transform(sv, sg, hd, had, &f, nullptr, &fi);
            std::copy(f.begin(), f.end(), out[2][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
            std::copy(fi.begin(), fi.end(), out[3][(size_t)l].begin() + (std::ptrdiff_t)(kh * hh));
        }
    }

    gguf_writer w;
    const gguf_file& f = m->gf;
    for (const gguf_kv& kv : f.kvs) gguf_copy_kv(w, f, kv);
    for (const gguf_tensor& t : f.tensors) {
        std::string name = t.name.str();
        if (name.compare(0, 9, "kv_calib.") == 0) continue; // replaced below
        w.add_tensor(name.c_str(), t.type, (int)t.n_dims, t.ne, t.data, (size_t)t.size);
    }
    const char* names[4] = {"k", "q", "v", "vinv"};
    const int64_t ne[3] = {hd, hd, NKV};
    for (int l = 0; l < h.n_layer; l++)
        for (int i = 0; i < 4; i++) {
            char name[64];
            kv_calib_name(name, sizeof name, l, names[i]);
            w.add_tensor(name, QT_F32, 3, ne, out[i][(size_t)l].data(), out[i][(size_t)l].size() * sizeof(float));
        }
    if (!w.write_file(out_path))
        return fail(err, &m->log, MSG_IO_OPEN, UINT64_MAX, "qlm_calibrate_kv: cannot write %s", out_path);
    return QLM_OK;
}
} // extern "C"
#endif
