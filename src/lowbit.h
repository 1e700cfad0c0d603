// ==== [qlm:lowbit] quantlm's own low-bit weight formats: INT4, INT2, ternary, binary ======
// Formats for 4, 2, 1.6 and 1 bits per weight whose groups are 16 to 128 weights, so that
// they fit rows of any multiple of 32 (llama.cpp's low-bit types need 256-weight blocks,
// which SmolLM2's 576-wide rows cannot hold). docs/FORMATS.md has every byte.
//
// Each format is a sequence of groups; a group is a small header (scale, and a min or
// zero point) followed by the packed codes. Every format is read as
//     w = D * code + M        (D, M per group, code an unsigned integer)
// so one reference dot serves them all: per group and per 32-weight activation block,
// two exact integer sums sum(code*a) and sum(a), then D*d_a and M*d_a. Activations are
// Q8_0 (int8 with an fp16 scale per 32). The AVX2 kernels never make floats of the
// weights: INT4/INT2 multiply codes with maddubs; ternary and binary only flip the sign
// of activations (sign_epi8) and add, as bitnet.cpp/T-MAC do without multiplies.
//
// GGUF type ids 1024..1087 are reserved for these formats (QT_LOWBIT_FIRST..); ggml's own
// ids stay below 64. A file using them carries quantlm.format_version, so other tools
// can say why they cannot read it.
//
// The quantizers search each group's stored scale (and min) for the least weighted
// squared error, rather than deriving it from max|w|; the weights are an optional
// per-element importance (for example per input channel, from a calibration pass).
#ifndef QLM_LOWBIT_H
#define QLM_LOWBIT_H
#include "quant.h"

namespace qlm_detail {

enum lowbit_type : uint32_t {
    QT_INT4S_G32 = QT_LOWBIT_FIRST, QT_INT4S_G64, QT_INT4S_G128, // symmetric, fp16 scale
    QT_INT4_G32, QT_INT4_G64, QT_INT4_G128,                      // fp16 scale + fp16 min
    QT_INT2_G16, QT_INT2_G32, QT_INT2_G64,                       // 8-bit log scale + zero
    QT_TERN_G32, QT_TERN_G64,                                    // {-1,0,1}, 2-bit codes
    QT_TERN16_G64,                                               // {-1,0,1}, 5 per byte
    QT_BIN_G64, QT_BIN_G128,                                     // sign * scale
    QT_BINM_G64, QT_BINM_G128,                                   // sign * scale + mean
    QT_LOWBIT_END
};
constexpr uint32_t LOWBIT_FORMAT_VERSION = 1; // GGUF key quantlm.format_version

enum lb_family { LB_INT4S, LB_INT4, LB_INT2, LB_TERN, LB_TERN16, LB_BIN, LB_BINM };

struct lb_format {
    const char* name; // as the quantize tool spells it
    lb_family fam;
    int group;
};

inline const lb_format* lb_fmt(uint32_t type) {
    static const lb_format f[QT_LOWBIT_END - QT_LOWBIT_FIRST] = {
        {"int4s-g32", LB_INT4S, 32}, {"int4s-g64", LB_INT4S, 64}, {"int4s-g128", LB_INT4S, 128},
        {"int4-g32", LB_INT4, 32},   {"int4-g64", LB_INT4, 64},   {"int4-g128", LB_INT4, 128},
        {"int2-g16", LB_INT2, 16},   {"int2-g32", LB_INT2, 32},   {"int2-g64", LB_INT2, 64},
        {"tern-g32", LB_TERN, 32},   {"tern-g64", LB_TERN, 64},   {"tern16-g64", LB_TERN16, 64},
        {"bin-g64", LB_BIN, 64},     {"bin-g128", LB_BIN, 128},   {"binm-g64", LB_BINM, 64},
        {"binm-g128", LB_BINM, 128},
    };
    return type >= QT_LOWBIT_FIRST && type < QT_LOWBIT_END ? &f[type - QT_LOWBIT_FIRST] : nullptr;
}

// Bytes of a group: the header, then the codes.
constexpr int lb_header_bytes(lb_family f) { return f == LB_INT4 || f == LB_BINM ? 4 : 2; }
constexpr int lb_code_bytes(lb_family f, int g) {
    return f == LB_INT4S || f == LB_INT4 ? g / 2
           : f == LB_INT2 || f == LB_TERN ? g / 4
           : f == LB_TERN16               ? (g + 4) / 5
                                          : g / 8;
}
constexpr int lb_group_bytes(lb_family f, int g) { return lb_header_bytes(f) + lb_code_bytes(f, g); }
// Largest code of the family.
constexpr int lb_levels(lb_family f) {
    return f == LB_INT4S || f == LB_INT4 ? 15 : f == LB_INT2 ? 3 : f == LB_TERN || f == LB_TERN16 ? 2 : 1;
}

// INT2's scale byte: d = 2^((e - 224) / 16), 16 steps per octave from 6.6e-5 (e = 1) to
// 3.8 (e = 255); e = 0 is d = 0. A byte instead of fp16 is what brings the 32-weight
// group to 2.5 bits per weight; the search picks the byte directly, so the coarse grid
// costs little.
inline const float* lb_e8_table() {
    static const struct table {
        float v[256];
        table() {
            v[0] = 0;
            for (int i = 1; i < 256; i++) v[i] = std::exp2((float)(i - 224) / 16.0f);
        }
    } t;
    return t.v;
}
inline float lb_e8(uint8_t e) { return lb_e8_table()[e]; }
inline uint8_t lb_e8_encode(float d) {
    if (!(d > 0)) return 0;
    return (uint8_t)clampi((int)std::lround(16.0 * std::log2((double)d)) + 224, 1, 255);
}

inline uint16_t lb_rd16(const uint8_t* p) {
    uint16_t v;
    memcpy(&v, p, 2);
    return v;
}
inline void lb_wr16(uint8_t* p, uint16_t v) { memcpy(p, &v, 2); }

// TERN16: byte b holds codes 5b..5b+4 as sum(code_k * 3^k); the last byte of a 64-group
// holds 4. A table turns a byte into its five codes minus one (int8 -1/0/1), padded to 8.
inline const uint64_t* lb_trit_lut() {
    static const struct table {
        uint64_t v[256];
        table() {
            for (int b = 0; b < 256; b++) {
                int8_t t[8] = {0, 0, 0, 0, 0, 0, 0, 0};
                for (int k = 0, r = b; k < 5; k++, r /= 3) t[k] = (int8_t)(r % 3 - 1);
                memcpy(&v[b], t, 8);
            }
        }
    } t;
    return t.v;
}

// ---- reference: unpack a group into its codes and float form ---------------------------
inline void lb_unpack(lb_family f, int g, const uint8_t* p, uint8_t* q, float* D, float* M) {
    const uint8_t* c = p + lb_header_bytes(f);
    switch (f) {
    case LB_INT4S:
    case LB_INT4:
        for (int k = 0; k < g / 32; k++)
            for (int j = 0; j < 16; j++) {
                q[32 * k + j] = c[16 * k + j] & 0xF;
                q[32 * k + 16 + j] = c[16 * k + j] >> 4;
            }
        break;
    case LB_INT2:
    case LB_TERN:
        for (int j = 0; j < g / 4; j++)
            for (int k = 0; k < 4; k++) q[j + k * g / 4] = (c[j] >> (2 * k)) & 3;
        break;
    case LB_TERN16:
        for (int i = 0; i < g; i++) {
            int v = c[i / 5];
            for (int k = 0; k < i % 5; k++) v /= 3;
            q[i] = (uint8_t)(v % 3);
        }
        break;
    case LB_BIN:
    case LB_BINM:
        for (int i = 0; i < g; i++) q[i] = (c[i / 8] >> (i % 8)) & 1;
        break;
    }
    const float d = f == LB_INT2 ? lb_e8(p[0]) : f16(lb_rd16(p));
    switch (f) {
    case LB_INT4S: *D = d, *M = -8 * d; break;
    case LB_INT4: *D = d, *M = f16(lb_rd16(p + 2)); break;
    case LB_INT2: *D = d, *M = d * (float)(int8_t)p[1] / 16.0f; break;
    case LB_TERN:
    case LB_TERN16: *D = d, *M = -d; break;
    case LB_BIN: *D = -2 * d, *M = d; break; // a set bit is a negative weight
    case LB_BINM: *D = -2 * d, *M = d + f16(lb_rd16(p + 2)); break;
    }
}

inline void lb_to_float(uint32_t type, const void* vx, float* y, int64_t n) {
    const lb_format& f = *lb_fmt(type);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    uint8_t q[128];
    float D, M;
    for (int64_t i = 0; i < n; i += f.group, p += lb_group_bytes(f.fam, f.group)) {
        lb_unpack(f.fam, f.group, p, q, &D, &M);
        for (int j = 0; j < f.group; j++) y[i + j] = D * q[j] + M;
    }
}

// Per group and per activation block (32, or the group when it is 16): the exact sums
// sum(code*a) and sum(a), weighted by D*d_a and M*d_a.
inline float lb_vec_dot_ref(uint32_t type, int64_t n, const void* vx, const void* va) {
    const lb_format& f = *lb_fmt(type);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const int sub = std::min(f.group, 32);
    uint8_t q[128];
    float D, M, sum = 0;
    for (int64_t i = 0; i < n; i += f.group, p += lb_group_bytes(f.fam, f.group)) {
        lb_unpack(f.fam, f.group, p, q, &D, &M);
        for (int s = 0; s < f.group; s += sub) {
            const block_q8_0& b = a[(i + s) / 32];
            const int8_t* qa = b.qs + (i + s) % 32;
            int isq = 0, isa = 0;
            for (int j = 0; j < sub; j++) {
                isq += q[s + j] * qa[j];
                isa += qa[j];
            }
            sum += f16(b.d) * (D * (float)isq + M * (float)isa);
        }
    }
    return sum;
}

// ---- quantizers ---------------------------------------------------------------------------
// Weighted least squares of x ~ D*q + M over a group; with fixed M (fit_m false) only D.
struct lb_sums {
    double w = 0, q = 0, qq = 0, x = 0, qx = 0;
    void add(double wi, double qi, double xi) {
        w += wi, q += wi * qi, qq += wi * qi * qi, x += wi * xi, qx += wi * qi * xi;
    }
    bool solve(double* D, double* M) const { // false when the codes are all equal
        const double det = w * qq - q * q;
        if (!(det > 1e-30 * (w * qq + 1e-30))) return false;
        *D = (w * qx - q * x) / det;
        *M = (qq * x - q * qx) / det;
        return true;
    }
};

// The stored form of (D, M) for a family, and the header bytes. Writes the nearest
// representable pair to *D, *M.
inline void lb_store(lb_family f, double D, double M, uint8_t* hdr, float* Ds, float* Ms) {
    switch (f) {
    case LB_INT4S: { // D = d, M = -8d
        const uint16_t h = fp32_to_fp16((float)D);
        lb_wr16(hdr, h);
        *Ds = f16(h), *Ms = -8 * f16(h);
        break;
    }
    // INT4 and INT2 can store any min, but the quantizer keeps zero on the grid (the min
    // a whole number of steps). SmolLM2-135M int4-g64, GPL-3, 2 chunks of 128 (base PPL
    // 29.8): free min 57.7, zero on the grid 30.1. Our reading: near-zero weights of the
    // input channels that carry huge activations get an offset error that those
    // activations amplify; on the grid they stay exactly zero.
    case LB_INT4: {
        const uint16_t h = fp32_to_fp16((float)D), m = fp32_to_fp16(f16(h) * -std::round(-M / f16(h)));
        lb_wr16(hdr, h), lb_wr16(hdr + 2, m);
        *Ds = f16(h), *Ms = f16(m);
        break;
    }
    case LB_INT2: {
        const uint8_t e = lb_e8_encode((float)D);
        const float d = lb_e8(e);
        const int z = d > 0 ? 16 * clampi((int)std::lround(M / d), -8, 7) : 0;
        hdr[0] = e, hdr[1] = (uint8_t)(int8_t)z;
        *Ds = d, *Ms = d * (float)z / 16.0f;
        break;
    }
    case LB_TERN:
    case LB_TERN16: {
        const uint16_t h = fp32_to_fp16((float)D);
        lb_wr16(hdr, h);
        *Ds = f16(h), *Ms = -f16(h);
        break;
    }
    case LB_BIN: { // D = -2d, M = d
        const uint16_t h = fp32_to_fp16((float)M);
        lb_wr16(hdr, h);
        *Ds = -2 * f16(h), *Ms = f16(h);
        break;
    }
    case LB_BINM: { // D = -2d, M = d + m
        const float d = (float)(-D / 2);
        const uint16_t h = fp32_to_fp16(d), m = fp32_to_fp16((float)(M - d));
        lb_wr16(hdr, h), lb_wr16(hdr + 2, m);
        *Ds = -2 * f16(h), *Ms = f16(h) + f16(m);
        break;
    }
    }
}

// Codes for x under stored (D, M); returns the squared error weighted by w.
inline double lb_assign(const float* x, const float* w, int g, int L, float D, float M, uint8_t* q) {
    float err = 0; // at most 128 terms: float is enough, and much faster than double
    const float inv = D != 0 ? 1.0f / D : 0.0f;
    for (int i = 0; i < g; i++) {
        // clamp, then round half up: plain arithmetic, no libm call in this hot loop
        const int c = (int)(std::min(std::max((x[i] - M) * inv, 0.0f), (float)L) + 0.5f);
        q[i] = (uint8_t)c;
        const float e = x[i] - (D * (float)c + M);
        err += w[i] * e * e;
    }
    return err;
}

// Packs g codes into a group's code bytes (after its header, which is left as it is).
inline void lb_pack_codes(lb_family f, int g, const uint8_t* q, uint8_t* out) {
    uint8_t* c = out + lb_header_bytes(f);
    memset(c, 0, (size_t)lb_code_bytes(f, g));
    switch (f) {
    case LB_INT4S:
    case LB_INT4:
        for (int k = 0; k < g / 32; k++)
            for (int j = 0; j < 16; j++)
                c[16 * k + j] = (uint8_t)(q[32 * k + j] | (q[32 * k + 16 + j] << 4));
        break;
    case LB_INT2:
    case LB_TERN:
        for (int j = 0; j < g / 4; j++)
            for (int k = 0; k < 4; k++) c[j] = (uint8_t)(c[j] | (q[j + k * g / 4] << (2 * k)));
        break;
    case LB_TERN16:
        for (int b = 0; b < lb_code_bytes(f, g); b++) { // code 5b+k is the k-th base-3 digit
            int v = 0;
            for (int i = std::min(g, 5 * b + 5) - 1; i >= 5 * b; i--) v = v * 3 + q[i];
            c[b] = (uint8_t)v;
        }
        break;
    case LB_BIN:
    case LB_BINM:
        for (int i = 0; i < g; i++) c[i / 8] = (uint8_t)(c[i / 8] | (q[i] << (i % 8)));
        break;
    }
}

// Searches one group: for each candidate grid (a scale and offset derived from the data),
// assign codes, refit D (and M) by least squares, round to the stored form, reassign,
// and keep the least error. Symmetric families keep M tied to D (M = -8D, -D); binary
// ties D = -2M (no mean) or fits both.
inline void lb_quantize_group(lb_family f, int g, const float* x, const float* imp, uint8_t* out) {
    const int L = lb_levels(f);
    // The error of each weight counts in proportion to sigma^2 + x^2: large weights carry
    // large products, and plain squared error would clip them to fit the many small ones.
    // With an importance (the mean square of the input channel's activations, from
    // --imatrix) that is what the output error weighs; the magnitude term is then only
    // softened in, as sqrt(sigma^2 + x^2). Measured on SmolLM2 int4-g64, KLD to the base
    // over 1024 positions (docs/ACCURACY-FORMATS.md): imp * (sigma^2 + x^2) 0.258,
    // imp alone 0.254, imp * sqrt(sigma^2 + x^2) 0.243.
    float w[128], s2 = 0;
    for (int i = 0; i < g; i++) s2 += x[i] * x[i];
    s2 /= (float)g;
    for (int i = 0; i < g; i++) w[i] = imp ? imp[i] * std::sqrt(s2 + x[i] * x[i]) : s2 + x[i] * x[i];
    float mn = x[0], mx = x[0], amax = 0;
    double sw = 0, swx = 0;
    for (int i = 0; i < g; i++) {
        mn = std::min(mn, x[i]), mx = std::max(mx, x[i]), amax = std::max(amax, std::fabs(x[i]));
        sw += w[i], swx += w[i] * x[i];
    }
    uint8_t q[128], best_q[128], hdr[4], best_hdr[4] = {0, 0, 0, 0};
    double best = INFINITY;
    float Ds, Ms;
    auto consider = [&](double D, double M) {
        lb_store(f, D, M, hdr, &Ds, &Ms);
        const double e = lb_assign(x, w, g, L, Ds, Ms, q);
        if (e < best) best = e, memcpy(best_q, q, (size_t)g), memcpy(best_hdr, hdr, 4);
    };
    // refit from codes: the family decides which of D, M are free
    auto refit = [&](const uint8_t* c, double D0, double M0) {
        lb_sums s;
        for (int i = 0; i < g; i++) s.add(w[i], c[i], x[i]);
        double D = D0, M = M0;
        if (f == LB_INT4 || f == LB_INT2 || f == LB_BINM) {
            if (!s.solve(&D, &M)) D = D0, M = s.w > 0 ? s.x / s.w : 0;
        } else { // x ~ D*(c - k) with k = 8, 1 or 1/2 (binary: D*(c - 1/2) = -2d*(c - 1/2))
            const double k = f == LB_INT4S ? 8 : f == LB_BIN ? 0.5 : 1;
            double num = 0, den = 0;
            for (int i = 0; i < g; i++) {
                const double ci = c[i] - k, wi = w[i];
                num += wi * ci * x[i], den += wi * ci * ci;
            }
            if (den > 0) D = num / den;
            M = -k * D;
        }
        return std::make_pair(D, M);
    };
    if (amax == 0) {
        consider(0, 0);
        memcpy(out, best_hdr, (size_t)lb_header_bytes(f));
    } else {
        const int steps = 16;
        for (int s = 0; s <= steps; s++) {
            const double t = (double)s / steps;
            double D = 0, M = 0;
            switch (f) {
            case LB_INT4S: { // the signed extreme on code 0 (-8) or 15 (+7), scaled
                const float smax = std::fabs(mn) > std::fabs(mx) ? mn : mx;
                D = smax / (smax < 0 ? -8.0 : 7.0) * (0.8 + 0.3 * t);
                M = -8 * D;
                break;
            }
            case LB_INT4:
            case LB_INT2: { // a grid over a shrunk range, centred on the data's range
                D = (mx - mn) / L * (0.9 + 0.2 * t);
                M = 0.5 * (mx + mn) - 0.5 * L * D;
                break;
            }
            case LB_TERN:
            case LB_TERN16: D = amax * (0.2 + 0.8 * t), M = -D; break;
            case LB_BIN: D = -2 * amax * (0.2 + 0.8 * t), M = -D / 2; break;
            case LB_BINM: {
                const double mean = sw > 0 ? swx / sw : 0;
                D = -2 * (mx - mn) * 0.5 * (0.2 + 0.8 * t), M = mean - D / 2;
                break;
            }
            }
            lb_store(f, D, M, hdr, &Ds, &Ms);
            lb_assign(x, w, g, L, Ds, Ms, q);
            const std::pair<double, double> dm = refit(q, D, M);
            consider(dm.first, dm.second);
        }
        // one more refit from the best codes
        memcpy(q, best_q, (size_t)g);
        const std::pair<double, double> dm = refit(q, 0, 0);
        consider(dm.first, dm.second);
        memcpy(out, best_hdr, (size_t)lb_header_bytes(f));
    }
    lb_pack_codes(f, g, best_q, out);
}

// Quantizes n weights (a whole number of groups); imp: per-weight importance or NULL.
inline void lb_quantize(uint32_t type, const float* x, void* vy, int64_t n, const float* imp) {
    const lb_format& f = *lb_fmt(type);
    uint8_t* y = static_cast<uint8_t*>(vy);
    for (int64_t i = 0; i < n; i += f.group, y += lb_group_bytes(f.fam, f.group))
        lb_quantize_group(f.fam, f.group, x + i, imp ? imp + i : nullptr, y);
}

// ---- rounding with error feedback (GPTQ) ----------------------------------------------------
// Rounding each weight to its nearest grid point ignores that the inputs are correlated:
// with H = sum x x^T over calibration inputs, the output error of a row is
// e^T H e for its weight error e, and once a weight is rounded, the weights after it can
// be moved to cancel its error as seen through H. This is the GPTQ/OBQ update (Frantar
// et al., 2022): round the columns (input channels) in order; for column j with error
// d = w_j - q_j, subtract (d / U_jj) * U_jk from every later weight k, where U is the
// upper triangular factor of H^-1 = U^T U. Each group's grid (scale, min) is searched as
// lb_quantize_group does, on the weights as the earlier groups' errors have left them.

// The damping lb_gptq_factor uses for a type: 100% of H's mean diagonal for INT2, 10% for
// the others. SmolLM2, KLD to the base on a held-out text (LGPL-2.1, 1024 positions;
// docs/ACCURACY-FORMATS.md): int2-g32 at damping 1% 2.79, 10% 2.44, 30% 2.47, 100% 2.33
// (no feedback 3.44); int4s-g32 0.157, 0.157, 0.159, 0.171 (0.177). The mixed 2-bit
// recipe's INT2 matrices (int2-g32, int2-g64) at 100% instead of 10%: 1.63 -> 1.40 there,
// 1.77 -> 1.57 on GFDL-1.3, 1.46 -> 1.52 on GPL-3. Ternary and binary keep 10% (not
// measured).
inline double lb_gptq_damping(uint32_t type) { return lb_fmt(type)->fam == LB_INT2 ? 1.0 : 0.1; }

// U for an n x n second moment H (row-major): H is damped by `damp` times its mean
// diagonal, then factored as H = R R^T with R upper (Cholesky run from the last index
// back), and U = R^-1, for H^-1 = R^-T R^-1 = U^T U. Doubles for the factorization, floats
// out. False when H is not positive definite even damped. The damping keeps the feedback
// to directions the calibration text measured well: a few thousand tokens leave H's small
// eigenvalues noisy, and a small pivot throws a large correction onto the next weights.
inline bool lb_gptq_factor(const float* H, int n, double damp_frac, std::vector<float>* U) {
    double mean_diag = 0;
    for (int i = 0; i < n; i++) mean_diag += H[(size_t)i * n + i];
    mean_diag /= n;
    const double damp = mean_diag > 0 ? damp_frac * mean_diag : 1.0;
    std::vector<double> R((size_t)n * n, 0.0), V((size_t)n * n, 0.0);
    for (int j = n - 1; j >= 0; j--) {
        const double* rj = &R[(size_t)j * n];
        double d = (double)H[(size_t)j * n + j] + damp;
        for (int k = j + 1; k < n; k++) d -= rj[k] * rj[k];
        if (!(d > 0)) return false;
        R[(size_t)j * n + j] = std::sqrt(d);
        for (int i = 0; i < j; i++) {
            const double* ri = &R[(size_t)i * n];
            double v = H[(size_t)i * n + j];
            for (int k = j + 1; k < n; k++) v -= ri[k] * rj[k];
            R[(size_t)i * n + j] = v / rj[j];
        }
    }
    // R V = I row by row from the last: V_i = (e_i - sum_{k>i} R_ik V_k) / R_ii.
    for (int i = n - 1; i >= 0; i--) {
        double* vi = &V[(size_t)i * n];
        const double* ri = &R[(size_t)i * n];
        vi[i] = 1.0;
        for (int k = i + 1; k < n; k++) {
            const double* vk = &V[(size_t)k * n];
            for (int m = k; m < n; m++) vi[m] -= ri[k] * vk[m];
        }
        for (int m = i; m < n; m++) vi[m] /= ri[i];
    }
    U->assign(V.begin(), V.end());
    return true;
}

// Quantizes `rows` rows of n weights W (row-major, overwritten by the error feedback)
// with the factor U of lb_gptq_factor; imp: per-column importance for the grid search, or
// NULL; out: rows * row_bytes(type, n). Columns go a group at a time: inside the group
// the feedback reaches the group's own later columns at once, the rest of the row gets
// the group's errors as one block update after it (U's rows stay hot for all rows).
inline void lb_quantize_gptq(uint32_t type, const float* U, int64_t n, float* W, int64_t rows, const float* imp,
                             uint8_t* out) {
    const lb_format& fmt = *lb_fmt(type);
    const lb_family f = fmt.fam;
    const int g = fmt.group, L = lb_levels(f), gb = lb_group_bytes(f, g);
    const size_t rb = (size_t)(n / g * gb);
    std::vector<float> err((size_t)rows * (size_t)g); // [row][column of the group] scaled errors
    uint8_t q[128];
    float D, M;
    for (int64_t j0 = 0; j0 < n; j0 += g) {
        for (int64_t r = 0; r < rows; r++) {
            float* w = W + (size_t)(r * n);
            uint8_t* grp = out + (size_t)r * rb + (size_t)(j0 / g * gb);
            lb_quantize_group(f, g, w + j0, imp ? imp + j0 : nullptr, grp);
            lb_unpack(f, g, grp, q, &D, &M);
            const float inv = D != 0 ? 1.0f / D : 0.0f;
            float* e = &err[(size_t)(r * g)];
            for (int t = 0; t < g; t++) {
                const int64_t j = j0 + t;
                // as lb_assign rounds: clamp, then half up
                const int c = (int)(std::min(std::max((w[j] - M) * inv, 0.0f), (float)L) + 0.5f);
                q[t] = (uint8_t)c;
                const float* u = U + (size_t)(j * n);
                e[t] = (w[j] - (D * (float)c + M)) / u[j];
                for (int64_t k = j + 1; k < j0 + g; k++) w[k] -= e[t] * u[k];
            }
            lb_pack_codes(f, g, q, grp);
        }
        // the rest of each row, four of the group's columns at a time (g is a multiple of 16)
        for (int64_t r = 0; r < rows; r++) {
            float* w = W + (size_t)(r * n);
            const float* e = &err[(size_t)(r * g)];
            for (int t = 0; t < g; t += 4) {
                const float *u0 = U + (size_t)((j0 + t) * n), *u1 = u0 + n, *u2 = u1 + n, *u3 = u2 + n;
                for (int64_t k = j0 + g; k < n; k++) w[k] -= e[t] * u0[k] + e[t + 1] * u1[k] + e[t + 2] * u2[k] + e[t + 3] * u3[k];
            }
        }
    }
}

template <uint32_t T> void lb_to_float_t(const void* x, float* y, int64_t n) { lb_to_float(T, x, y, n); }
template <uint32_t T> float lb_vec_dot_ref_t(int64_t n, const void* x, const void* a) {
    return lb_vec_dot_ref(T, n, x, a);
}
template <uint32_t T> void lb_quantize_ref_t(const float* x, void* y, int64_t n) { lb_quantize(T, x, y, n, nullptr); }

// The table entries, one per id from QT_LOWBIT_FIRST. A table block is one group, or two
// for 16-weight groups, so that rows stay a whole number of 32-wide activation blocks.
inline const type_traits* lowbit_type_info(uint32_t type) {
#define QLMI_LB(T)                                                                                       \
    {lb_fmt(T)->name, std::max(lb_fmt(T)->group, 32),                                                     \
     (size_t)(lb_group_bytes(lb_fmt(T)->fam, lb_fmt(T)->group) * std::max(1, 32 / lb_fmt(T)->group)), QT_Q8_0, \
     lb_to_float_t<T>, lb_vec_dot_ref_t<T>, lb_quantize_ref_t<T>}
    static const type_traits table[QT_LOWBIT_END - QT_LOWBIT_FIRST] = {
        QLMI_LB(QT_INT4S_G32), QLMI_LB(QT_INT4S_G64), QLMI_LB(QT_INT4S_G128), QLMI_LB(QT_INT4_G32),
        QLMI_LB(QT_INT4_G64),  QLMI_LB(QT_INT4_G128), QLMI_LB(QT_INT2_G16),   QLMI_LB(QT_INT2_G32),
        QLMI_LB(QT_INT2_G64),  QLMI_LB(QT_TERN_G32),  QLMI_LB(QT_TERN_G64),   QLMI_LB(QT_TERN16_G64),
        QLMI_LB(QT_BIN_G64),   QLMI_LB(QT_BIN_G128),  QLMI_LB(QT_BINM_G64),   QLMI_LB(QT_BINM_G128),
    };
#undef QLMI_LB
    return type >= QT_LOWBIT_FIRST && type < QT_LOWBIT_END ? &table[type - QT_LOWBIT_FIRST] : nullptr;
}

// The type whose quantize-tool name is `name` ("int4-g64", ...), or 0 when none is.
inline uint32_t lowbit_type_by_name(const char* name) {
    for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++)
        if (strcmp(lb_fmt(t)->name, name) == 0) return t;
    return 0;
}

// ==== AVX2 ==================================================================================
#if defined(QLM_HAS_AVX2)

// sum of bytes of a (s8) in 8 x s32, and sum of u8 codes times a
QLMI_TARGET_AVX2 inline __m256i lb_sum_a(__m256i a) { return avx2_dot_us(_mm256_set1_epi8(1), a); }

// INT4: per 32-chunk codes times a through maddubs; the min (or the -8) through sum(a).
template <int G, bool ASYM>
QLMI_TARGET_AVX2 inline float lb_dot_int4_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int H = ASYM ? 4 : 2, GB = H + G / 2;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p)), m = ASYM ? avx2_h16(lb_rd16(p + 2)) : 0.0f;
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const __m256i av = avx2_load(b.qs), q = avx2_nibbles(p + H + 16 * k);
            const float da = avx2_h16(b.d);
            if (ASYM) {
                acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da), _mm256_cvtepi32_ps(avx2_dot_us(q, av)), acc);
                acc = _mm256_fmadd_ps(_mm256_set1_ps(m * da), _mm256_cvtepi32_ps(lb_sum_a(av)), acc);
            } else { // (q - 8)*a = q*a - 8*a, both through maddubs
                const __m256i s = _mm256_sub_epi16(_mm256_maddubs_epi16(q, av),
                                                   _mm256_maddubs_epi16(_mm256_set1_epi8(8), av));
                acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da),
                                      _mm256_cvtepi32_ps(_mm256_madd_epi16(s, _mm256_set1_epi16(1))), acc);
            }
        }
    }
    return avx2_hsum(acc);
}

// INT2: codes shifted out of their bytes with variable shifts; per group the integer
// 16*sum(q*a) + z*sum(a), times d/16 * d_a. q16: 16*codes of a 32-chunk; z per 16-bit
// lane and d/16 per 32-bit lane (a 16-weight group is half the chunk).
QLMI_TARGET_AVX2 inline __m256 lb_int2_chunk(__m256 acc, __m256i q16, __m256i z, __m256 dd, const block_q8_0& b) {
    const __m256i av = avx2_load(b.qs);
    const __m256i t = _mm256_add_epi32(_mm256_madd_epi16(_mm256_maddubs_epi16(q16, av), _mm256_set1_epi16(1)),
                                       _mm256_madd_epi16(_mm256_maddubs_epi16(_mm256_set1_epi8(1), av), z));
    return _mm256_fmadd_ps(_mm256_mul_ps(dd, _mm256_set1_ps(avx2_h16(b.d))), _mm256_cvtepi32_ps(t), acc);
}
template <int G>
QLMI_TARGET_AVX2 inline float lb_dot_int2_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = 2 + G / 4;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i three = _mm256_set1_epi8(3);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += (G < 32 ? 32 : G)) {
        if (G == 16) { // two groups per activation block: low 128 bits one, high the other
            uint32_t c0, c1;
            memcpy(&c0, p + 2, 4), memcpy(&c1, p + GB + 2, 4);
            const __m256i v = _mm256_srlv_epi32(_mm256_setr_epi32((int)c0, (int)c0, (int)c0, (int)c0, (int)c1,
                                                                   (int)c1, (int)c1, (int)c1),
                                                _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6));
            const __m256i q16 = _mm256_slli_epi16(_mm256_and_si256(v, three), 4);
            const __m256i z = _mm256_set_m128i(_mm_set1_epi16((int8_t)p[GB + 1]), _mm_set1_epi16((int8_t)p[1]));
            const __m256 dd = _mm256_set_m128(_mm_set1_ps(lb_e8(p[GB]) / 16), _mm_set1_ps(lb_e8(p[0]) / 16));
            acc = lb_int2_chunk(acc, q16, z, dd, a[i / 32]);
            p += 2 * GB;
        } else if (G == 32) {
            uint64_t c;
            memcpy(&c, p + 2, 8);
            const __m256i v = _mm256_srlv_epi64(_mm256_set1_epi64x((long long)c), _mm256_setr_epi64x(0, 2, 4, 6));
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(v, three), 4),
                                _mm256_set1_epi16((int8_t)p[1]), _mm256_set1_ps(lb_e8(p[0]) / 16), a[i / 32]);
            p += GB;
        } else { // 64: chunk 0 is shifts 0 and 2 of the 16 bytes, chunk 1 shifts 4 and 6
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            const __m256i v = _mm256_set_m128i(_mm_srli_epi16(c, 2), c);
            const __m256i z = _mm256_set1_epi16((int8_t)p[1]);
            const __m256 dd = _mm256_set1_ps(lb_e8(p[0]) / 16);
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(v, three), 4), z, dd, a[i / 32]);
            acc = lb_int2_chunk(acc, _mm256_slli_epi16(_mm256_and_si256(_mm256_srli_epi16(v, 4), three), 4), z, dd,
                                a[i / 32 + 1]);
            p += GB;
        }
    }
    return avx2_hsum(acc);
}

// Ternary: the codes minus one are -1/0/+1; sign_epi8 applies them to the activations
// (negate, zero or keep) and the bytes are summed. No multiplies by weights.
QLMI_TARGET_AVX2 inline __m256i lb_signed_sum(__m256i a, __m256i s) { return lb_sum_a(_mm256_sign_epi8(a, s)); }

template <int G>
QLMI_TARGET_AVX2 inline float lb_dot_tern_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = 2 + G / 4;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i three = _mm256_set1_epi8(3), one = _mm256_set1_epi8(1);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p));
        __m256i s[2];
        if (G == 32) {
            uint64_t c;
            memcpy(&c, p + 2, 8);
            s[0] = _mm256_srlv_epi64(_mm256_set1_epi64x((long long)c), _mm256_setr_epi64x(0, 2, 4, 6));
        } else {
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
            s[0] = _mm256_set_m128i(_mm_srli_epi16(c, 2), c);
            s[1] = _mm256_srli_epi16(s[0], 4);
        }
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const __m256i w = _mm256_sub_epi8(_mm256_and_si256(s[k], three), one);
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * avx2_h16(b.d)),
                                  _mm256_cvtepi32_ps(lb_signed_sum(avx2_load(b.qs), w)), acc);
        }
    }
    return avx2_hsum(acc);
}

// Ternary at 1.6 bits: each byte's five trits come from a 256-entry table as int8 -1/0/1.
QLMI_TARGET_AVX2 inline float lb_dot_tern16_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int GB = lb_group_bytes(LB_TERN16, 64);
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const uint64_t* lut = lb_trit_lut();
    alignas(32) int8_t w[72];
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += 64, p += GB) {
        for (int b = 0; b < 13; b++) memcpy(w + 5 * b, &lut[p[2 + b]], 8);
        const float d = avx2_h16(lb_rd16(p));
        for (int k = 0; k < 2; k++) {
            const block_q8_0& b = a[i / 32 + k];
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * avx2_h16(b.d)),
                                  _mm256_cvtepi32_ps(lb_signed_sum(avx2_load(b.qs), avx2_load(w + 32 * k))), acc);
        }
    }
    return avx2_hsum(acc);
}

// Binary: bit set = negative. The bits become -1/+1 bytes (mask | 1) and flip the signs
// of the activations; the mean (MEAN) adds m*sum(a).
template <int G, bool MEAN>
QLMI_TARGET_AVX2 inline float lb_dot_bin_avx2(int64_t n, const void* vx, const void* va) {
    constexpr int H = MEAN ? 4 : 2, GB = H + G / 8;
    const uint8_t* p = static_cast<const uint8_t*>(vx);
    const block_q8_0* a = static_cast<const block_q8_0*>(va);
    const __m256i one = _mm256_set1_epi8(1);
    __m256 acc = _mm256_setzero_ps();
    for (int64_t i = 0; i < n; i += G, p += GB) {
        const float d = avx2_h16(lb_rd16(p)), m = MEAN ? avx2_h16(lb_rd16(p + 2)) : 0.0f;
        for (int k = 0; k < G / 32; k++) {
            const block_q8_0& b = a[i / 32 + k];
            const float da = avx2_h16(b.d);
            const __m256i av = avx2_load(b.qs);
            const __m256i s = _mm256_or_si256(avx2_bits_to_bytes(p + H + 4 * k), one);
            acc = _mm256_fmadd_ps(_mm256_set1_ps(d * da), _mm256_cvtepi32_ps(lb_signed_sum(av, s)), acc);
            if (MEAN) acc = _mm256_fmadd_ps(_mm256_set1_ps(m * da), _mm256_cvtepi32_ps(lb_sum_a(av)), acc);
        }
    }
    return avx2_hsum(acc);
}

inline void lowbit_kernels_avx2(kernel_table& t) {
    t.vec_dot[QT_INT4S_G32] = lb_dot_int4_avx2<32, false>;
    t.vec_dot[QT_INT4S_G64] = lb_dot_int4_avx2<64, false>;
    t.vec_dot[QT_INT4S_G128] = lb_dot_int4_avx2<128, false>;
    t.vec_dot[QT_INT4_G32] = lb_dot_int4_avx2<32, true>;
    t.vec_dot[QT_INT4_G64] = lb_dot_int4_avx2<64, true>;
    t.vec_dot[QT_INT4_G128] = lb_dot_int4_avx2<128, true>;
    t.vec_dot[QT_INT2_G16] = lb_dot_int2_avx2<16>;
    t.vec_dot[QT_INT2_G32] = lb_dot_int2_avx2<32>;
    t.vec_dot[QT_INT2_G64] = lb_dot_int2_avx2<64>;
    t.vec_dot[QT_TERN_G32] = lb_dot_tern_avx2<32>;
    t.vec_dot[QT_TERN_G64] = lb_dot_tern_avx2<64>;
    t.vec_dot[QT_TERN16_G64] = lb_dot_tern16_avx2;
    t.vec_dot[QT_BIN_G64] = lb_dot_bin_avx2<64, false>;
    t.vec_dot[QT_BIN_G128] = lb_dot_bin_avx2<128, false>;
    t.vec_dot[QT_BINM_G64] = lb_dot_bin_avx2<64, true>;
    t.vec_dot[QT_BINM_G128] = lb_dot_bin_avx2<128, true>;
}

#endif // QLM_HAS_AVX2

} // namespace qlm_detail
#endif // QLM_LOWBIT_H
