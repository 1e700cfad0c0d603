// perplexity: perplexity of a model over a text, and its KL divergence from a base model.
//   build/perplexity -m MODEL -f TEXT [-c CTX] [--chunks N] [-t THREADS] [-b BATCH]
//                    [--save-logits FILE | --kl-base FILE]
// The text is split into chunks of CTX tokens (default 256); each chunk starts from an
// empty context, its first half is context only and every later token is scored (as
// llama.cpp's perplexity does). PPL = exp(mean negative log-likelihood), with the
// standard error of the mean carried through exp.
// --save-logits FILE writes the log-probabilities at every scored position (fp32, the
// whole vocabulary) with the tokens; --kl-base FILE reads such a file made by the base
// model on the same text and reports KL(base || model): mean, 99th percentile, and how
// often both pick the same top token.
// Each chunk runs through the model in batches of BATCH tokens (default 64) with every
// position's logits kept (qlm_context_params.logits_all), the prefill speed, instead of
// one decode per scored token.
#include "quantlm.h"
#include "kv_args.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct options {
    const char* model = nullptr;
    const char* text = nullptr;
    const char* save_logits = nullptr;
    const char* kl_base = nullptr;
    uint32_t n_ctx = 256, n_threads = 0, n_batch = 64;
    long chunks = -1;
    qlm_context_params kv = qlm_context_params_default(); // the --kv-* options (kv_args.h)
};

void usage(const char* argv0) {
    fprintf(stderr,
            "usage: %s -m MODEL -f TEXT [-c CTX] [--chunks N] [-t THREADS] [-b BATCH] [--save-logits FILE | --kl-base FILE]\n"
            "          " KV_ARGS_USAGE "\n",
            argv0);
}

// One option with its value; false (after a message) when unknown or missing a value.
bool parse_arg(options& o, int argc, char** argv, int* i) {
    const char* a = argv[*i];
    const char* v = *i + 1 < argc ? argv[*i + 1] : nullptr;
    auto take = [&](const char** dst) { return v ? (*dst = v, ++*i, true) : false; };
    if (!strcmp(a, "-m")) return take(&o.model);
    if (!strcmp(a, "-f")) return take(&o.text);
    if (!strcmp(a, "--save-logits")) return take(&o.save_logits);
    if (!strcmp(a, "--kl-base")) return take(&o.kl_base);
    if (int kr = kv_arg(&o.kv, a, v)) return kr > 0 && ++*i;
    if (!v) return false;
    if (!strcmp(a, "-c")) return o.n_ctx = (uint32_t)atoi(v), ++*i, o.n_ctx >= 8;
    if (!strcmp(a, "--chunks")) return o.chunks = atol(v), ++*i, o.chunks > 0;
    if (!strcmp(a, "-t")) return o.n_threads = (uint32_t)atoi(v), ++*i, true;
    if (!strcmp(a, "-b")) return o.n_batch = (uint32_t)atoi(v), ++*i, o.n_batch > 0;
    return false;
}

// Logits file: magic, n_vocab, n_ctx, n_chunks, then per chunk its n_ctx tokens and the
// log-probabilities at its scored positions.
const char kMagic[8] = {'Q', 'L', 'M', 'L', 'O', 'G', 'P', '1'};

void log_softmax(const float* x, int n, std::vector<float>& out) {
    float mx = *std::max_element(x, x + n);
    double s = 0;
    for (int i = 0; i < n; i++) s += std::exp((double)x[i] - mx);
    const float lse = mx + (float)std::log(s);
    out.resize((size_t)n);
    for (int i = 0; i < n; i++) out[i] = x[i] - lse;
}

} // namespace

int main(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; i++)
        if (!parse_arg(o, argc, argv, &i)) return usage(argv[0]), 2;
    if (!o.model || !o.text || (o.save_logits && o.kl_base)) return usage(argv[0]), 2;

    std::string text;
    if (FILE* f = fopen(o.text, "rb")) {
        char buf[65536];
        size_t k;
        while ((k = fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, k);
        fclose(f);
    } else {
        return fprintf(stderr, "error: cannot read %s\n", o.text), 1;
    }

    qlm_error err{};
    qlm_model* m = nullptr;
    if (qlm_model_load_file(o.model, nullptr, &m, &err) != QLM_OK) return fprintf(stderr, "error: %s\n", err.text), 1;
    std::vector<qlm_token> toks(text.size() + 8);
    size_t n_tok = 0;
    if (qlm_tokenize(m, text.data(), text.size(), 0, 0, toks.data(), toks.size(), &n_tok, &err) != QLM_OK)
        return fprintf(stderr, "error: %s\n", err.text), 1;
    const int n_vocab = qlm_n_vocab(m);
    const uint32_t C = o.n_ctx;
    long n_chunks = (long)(n_tok / C);
    if (o.chunks > 0) n_chunks = std::min(n_chunks, o.chunks);
    if (n_chunks == 0) return fprintf(stderr, "error: %zu tokens: fewer than one chunk of %u\n", n_tok, C), 1;

    qlm_context_params cp = qlm_context_params_default();
    kv_args_apply(&cp, &o.kv);
    cp.n_ctx = C;
    cp.n_threads = o.n_threads;
    cp.n_batch = std::min(o.n_batch, C);
    cp.logits_all = 1;
    qlm_context* c = nullptr;
    if (qlm_context_create(m, &cp, &c, &err) != QLM_OK) return fprintf(stderr, "error: %s\n", err.text), 1;

    FILE* fs = nullptr;
    FILE* fb = nullptr;
    if (o.save_logits) {
        if (!(fs = fopen(o.save_logits, "wb"))) return fprintf(stderr, "error: cannot write %s\n", o.save_logits), 1;
        const uint32_t hdr[3] = {(uint32_t)n_vocab, C, (uint32_t)n_chunks};
        fwrite(kMagic, 1, 8, fs);
        fwrite(hdr, 4, 3, fs);
    }
    if (o.kl_base) {
        char magic[8];
        uint32_t hdr[3];
        if (!(fb = fopen(o.kl_base, "rb")) || fread(magic, 1, 8, fb) != 8 || fread(hdr, 4, 3, fb) != 3 ||
            memcmp(magic, kMagic, 8) != 0)
            return fprintf(stderr, "error: %s is not a logits file from --save-logits\n", o.kl_base), 1;
        if (hdr[0] != (uint32_t)n_vocab || hdr[1] != C || hdr[2] < (uint32_t)n_chunks)
            return fprintf(stderr, "error: %s has vocab %u, ctx %u, %u chunks; this run needs %d, %u, %ld\n", o.kl_base,
                           hdr[0], hdr[1], hdr[2], n_vocab, C, n_chunks),
                   1;
    }

    const uint32_t first = C / 2; // positions before this are context only
    double nll = 0, nll2 = 0, kl_sum = 0;
    long count = 0, top1_same = 0;
    std::vector<double> kls;
    std::vector<float> lp, base((size_t)n_vocab);
    std::vector<qlm_token> base_toks(C);
    for (long ch = 0; ch < n_chunks; ch++) {
        const qlm_token* t = toks.data() + (size_t)ch * C;
        if (fs) fwrite(t, sizeof(qlm_token), C, fs);
        if (fb && (fread(base_toks.data(), sizeof(qlm_token), C, fb) != C ||
                   memcmp(base_toks.data(), t, C * sizeof(qlm_token)) != 0))
            return fprintf(stderr, "error: %s was made from a different text or tokenizer\n", o.kl_base), 1;
        qlm_context_reset(c);
        // Row i of a batch starting at token `pos` holds the logits after token pos + i,
        // which predict token pos + i + 1; positions from `first` on are scored.
        for (uint32_t pos = 0; pos + 1 < C; pos += cp.n_batch) {
            const uint32_t n = std::min(cp.n_batch, C - 1 - pos);
            if (qlm_decode(c, t + pos, n, &err) != QLM_OK) return fprintf(stderr, "error: %s\n", err.text), 1;
            for (uint32_t i = 0; i < n; i++) {
                const uint32_t p = pos + i + 1;
                if (p < first) continue;
                log_softmax(qlm_get_logits_ith(c, (int32_t)i), n_vocab, lp);
                const double l = -lp[(size_t)t[p]];
                nll += l, nll2 += l * l, count++;
                if (fs) fwrite(lp.data(), sizeof(float), lp.size(), fs);
                if (fb) {
                    if (fread(base.data(), sizeof(float), base.size(), fb) != base.size())
                        return fprintf(stderr, "error: %s is truncated\n", o.kl_base), 1;
                    double kl = 0;
                    for (int v = 0; v < n_vocab; v++) kl += std::exp((double)base[v]) * ((double)base[v] - lp[v]);
                    kls.push_back(std::max(kl, 0.0));
                    kl_sum += kls.back();
                    top1_same += std::max_element(base.begin(), base.end()) - base.begin() ==
                                 std::max_element(lp.begin(), lp.end()) - lp.begin();
                }
            }
        }
        const double mean = nll / (double)count;
        fprintf(stderr, "[%ld/%ld] PPL %.4f\r", ch + 1, n_chunks, std::exp(mean));
    }
    fprintf(stderr, "\n");
    const double mean = nll / (double)count;
    const double se = std::sqrt(std::max(nll2 / (double)count - mean * mean, 0.0) / (double)(count - 1));
    printf("model %s\ntext %s: %zu tokens, %ld chunks of %u, %ld scored\n", o.model, o.text, n_tok, n_chunks, C, count);
    printf("PPL %.4f +/- %.4f\n", std::exp(mean), std::exp(mean) * se);
    if (fb) {
        std::sort(kls.begin(), kls.end());
        printf("KLD mean %.6f  p99 %.6f  top-1 agreement %.2f%%\n", kl_sum / (double)count,
               kls[std::min(kls.size() - 1, (size_t)(0.99 * (double)kls.size()))], 100.0 * top1_same / (double)count);
    }
    if (fs && fclose(fs) != 0) return fprintf(stderr, "error: cannot write %s\n", o.save_logits), 1;
    if (fb) fclose(fb);
    qlm_context_free(c);
    qlm_model_free(m);
    return 0;
}
