// quantize: rewrites a GGUF model with its weight matrices in one of quantlm's low-bit
// formats (src/lowbit.h, docs/FORMATS.md). Metadata and tokenizer are copied unchanged;
// the file gains quantlm.format_version.
//   build/quantize IN.gguf OUT.gguf TYPE [--group N] [--all] [--norm-weights] [-t N]
//                  [--imatrix TEXT [--imatrix-tokens N] [--gptq]] [--tensor-type PATTERN=TYPE ...]
//                  [--layers LIST] [--calibrate-kv TEXT [--kv-ctx N] [--kv-tokens N]]
//   build/quantize --list
// TYPE: int4 (int4-g64), int4s (int4s-g64), int2 (int2-g32), tern (tern-g64), tern16,
// bin (bin-g64), binm (binm-g64), a full name such as int4-g128 (see --list), or copy
// (keep every tensor's type unless a --tensor-type rule says otherwise: with --layers,
// a pure layer cut).
// --layers LIST keeps only the listed blocks (e.g. 0-9,20-29), renumbered from 0, and
// sets the block count to match: a shallower copy of the model, which speculative
// decoding can use as a draft (README, "Speculative decoding").
// --imatrix TEXT runs IN over the first N tokens of TEXT (default 4096, chunks of 512) and
// weighs each weight's error by the mean square of the activations its input channel
// meets (an importance matrix), instead of uniformly (or --norm-weights' RMSNorm gains).
// --gptq also gathers each block input's full second moment sum x x^T and rounds every
// block matrix with error feedback (lb_quantize_gptq in src/lowbit.h): the error of each
// rounded input channel is compensated on the channels after it, as the correlations of
// the inputs allow. Same file format; slower to make (and ~0.4 GB more memory for SmolLM2).
// --tensor-type PATTERN=TYPE gives the tensors whose name contains PATTERN another type
// (a type name, or `keep` for the stored one); the first matching rule wins, e.g.
// --tensor-type ffn_down=int4 --tensor-type attn_v=int4 for a 2-bit model. A PATTERN
// blk.LIST.REST, LIST in the --layers syntax, picks blocks by number: the tensors of the
// listed blocks whose name after "blk.N." contains REST (blk.0-3,28-29.ffn_down=int4s).
// Every 2-D matrix is quantized except token_embd and output (tied to the embeddings in
// small models), which keep their type unless --all. A matrix whose rows are not a whole
// number of groups gets the largest smaller group of the family, or keeps its type.
// --norm-weights: weight each input column's squared error by the square of the RMSNorm
// gain in front of the matrix (attn_norm for q/k/v, ffn_norm for gate/up): a data-free
// stand-in for activation statistics. The output is written to OUT.tmp, then renamed.
// --calibrate-kv TEXT then runs OUT, the model as quantized, over TEXT in windows of
// --kv-ctx tokens (default 2048: calibrate on the context length the cache will hold,
// docs/KV.md) and stores the calibrated KV rotations in OUT (qlm_calibrate_kv, what
// build/calibrate_kv does on its own), for --kv-rot calibrated; --kv-tokens N uses the
// first N tokens of TEXT (default: all).
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace qlm_detail;

namespace {

const char* const kAliases[][2] = {
    {"int4", "int4-g64"}, {"int4s", "int4s-g64"}, {"int2", "int2-g32"}, {"tern", "tern-g64"},
    {"tern16", "tern16-g64"}, {"bin", "bin-g64"}, {"binm", "binm-g64"},
};

void usage(const char* argv0) {
    fprintf(stderr,
            "usage: %s IN.gguf OUT.gguf TYPE|copy [--group N] [--all] [--norm-weights] [-t THREADS]\n"
            "          [--imatrix TEXT [--imatrix-tokens N] [--gptq]] [--tensor-type PATTERN=TYPE ...] [--layers LIST]\n"
            "          [--calibrate-kv TEXT [--kv-ctx N] [--kv-tokens N]]\n"
            "       %s --list\n",
            argv0, argv0);
}

// The family name of a type ("int4-g64" -> "int4") with group g, or 0.
uint32_t with_group(uint32_t type, int g) {
    std::string name = lb_fmt(type)->name;
    name = name.substr(0, name.find("-g")) + "-g" + std::to_string(g);
    return lowbit_type_by_name(name.c_str());
}

std::vector<uint8_t> read_file(const char* path) {
    std::vector<uint8_t> b;
    FILE* f = fopen(path, "rb");
    if (!f) return b;
    char buf[1 << 16];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0) b.insert(b.end(), buf, buf + k);
    fclose(f);
    return b;
}

// "0-9,20,25-29" -> the listed indices, each below n; false on a malformed list.
bool parse_layers(const char* s, int n, std::vector<bool>* keep) {
    keep->assign((size_t)n, false);
    while (*s) {
        char* e;
        long a = strtol(s, &e, 10), b = a;
        if (e == s) return false;
        s = e;
        if (*s == '-') {
            b = strtol(s + 1, &e, 10);
            if (e == s + 1) return false;
            s = e;
        }
        if (a < 0 || b < a || b >= n) return false;
        for (long i = a; i <= b; i++) (*keep)[(size_t)i] = true;
        if (*s == ',') s++;
        else if (*s) return false;
    }
    return true;
}

// One --tensor-type rule. With a layer list (blk.LIST.REST), `pattern` is REST and only
// blocks in `blocks` match; without, `pattern` is matched anywhere in the name.
struct tensor_rule {
    std::string pattern, type_name, list;
    uint32_t type = 0; // 0: keep the stored type
    std::vector<bool> blocks;
};

// "blk.LIST.REST" -> LIST and REST, when the part after "blk." up to the next dot is a
// layer list (digits, commas, dashes); false for a plain substring pattern.
bool split_block_list(const std::string& p, std::string* list, std::string* rest) {
    if (p.compare(0, 4, "blk.") != 0) return false;
    const size_t dot = p.find('.', 4);
    const std::string l = p.substr(4, dot == std::string::npos ? std::string::npos : dot - 4);
    if (l.empty() || l.find_first_not_of("0123456789,-") != std::string::npos) return false;
    *list = l;
    *rest = dot == std::string::npos ? "" : p.substr(dot + 1);
    return true;
}

bool rule_matches(const tensor_rule& r, const std::string& name) {
    if (r.list.empty()) return name.find(r.pattern) != std::string::npos;
    char* e = nullptr;
    const long l = name.compare(0, 4, "blk.") == 0 ? strtol(name.c_str() + 4, &e, 10) : -1;
    if (l < 0 || l >= (long)r.blocks.size() || !r.blocks[(size_t)l] || *e != '.') return false;
    return name.find(r.pattern, (size_t)(e + 1 - name.c_str())) != std::string::npos;
}

bool ends_with(const std::string& s, const char* t) {
    const size_t n = strlen(t);
    return s.size() >= n && s.compare(s.size() - n, n, t) == 0;
}

} // namespace

// --calibrate-kv: the model at `path` over the text (read before the quantization), its KV
// statistics added to a copy of the file that then replaces it.
bool calibrate_kv(const char* path, const std::vector<uint8_t>& text, uint32_t n_ctx, size_t n_tokens) {
    qlm_error err{};
    qlm_model* m = nullptr;
    if (qlm_model_load_file(path, nullptr, &m, &err) != QLM_OK)
        return fprintf(stderr, "error: --calibrate-kv: %s: %s\n", path, err.text), false;
    std::vector<qlm_token> toks(text.size() + 8);
    size_t nt = 0;
    const std::string tmp = std::string(path) + ".kv.tmp";
    bool ok = qlm_tokenize(m, reinterpret_cast<const char*>(text.data()), text.size(), 1, 0, toks.data(), toks.size(),
                           &nt, &err) == QLM_OK;
    if (ok) {
        if (n_tokens && nt > n_tokens) nt = n_tokens;
        fprintf(stderr, "calibrating the KV cache on %zu tokens in windows of %u\n", nt, n_ctx);
        ok = qlm_calibrate_kv(m, toks.data(), nt, n_ctx, tmp.c_str(), &err) == QLM_OK;
    }
    qlm_model_free(m);
    if (!ok) {
        remove(tmp.c_str());
        return fprintf(stderr, "error: --calibrate-kv: %s (%s was written without KV calibration)\n", err.text, path), false;
    }
    if (rename(tmp.c_str(), path) != 0) {
        remove(tmp.c_str());
        return fprintf(stderr, "error: cannot write %s\n", path), false;
    }
    return true;
}

// Runs the model in `path` over the first n_tokens of the text in `text_path` (chunks of
// 512, each from an empty context) with importance gathering on (full: with the second
// moments for --gptq).
bool gather_imatrix(const char* path, const char* text_path, size_t n_tokens, int threads, bool full,
                    imatrix_stats* imx) {
    std::vector<uint8_t> text = read_file(text_path);
    if (text.empty()) return fprintf(stderr, "error: cannot read %s\n", text_path), false;
    qlm_error err{};
    qlm_model* m = nullptr;
    if (qlm_model_load_file(path, nullptr, &m, &err) != QLM_OK)
        return fprintf(stderr, "error: --imatrix needs a model quantlm can run: %s\n", err.text), false;
    std::vector<qlm_token> toks(text.size() + 8);
    size_t nt = 0;
    bool ok = qlm_tokenize(m, reinterpret_cast<const char*>(text.data()), text.size(), 0, 0, toks.data(), toks.size(),
                           &nt, &err) == QLM_OK;
    const uint32_t C = 512;
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = C;
    cp.n_threads = (uint32_t)threads;
    cp.logits_all = 1; // the output matrix's importance comes from every position
    qlm_context* c = nullptr;
    ok = ok && qlm_context_create(m, &cp, &c, &err) == QLM_OK;
    if (ok) {
        const hparams& h = m->hp;
        imx->init(h.n_layer, h.n_embd, h.n_head * h.head_dim, h.n_ff, full);
        c->imx = imx;
        nt = std::min(nt, n_tokens);
        if (nt == 0) {
            fprintf(stderr, "error: --imatrix: no tokens to run (empty text or --imatrix-tokens 0)\n");
            qlm_context_free(c);
            qlm_model_free(m);
            return false;
        }
        for (size_t pos = 0; ok && pos < nt; pos += C) {
            qlm_context_reset(c);
            const size_t n = std::min<size_t>(C, nt - pos);
            for (size_t i = 0; ok && i < n; i += c->n_batch)
                ok = qlm_decode(c, toks.data() + pos + i, std::min<size_t>(c->n_batch, n - i), &err) == QLM_OK;
            fprintf(stderr, "imatrix: %zu/%zu tokens\r", pos + n, nt);
        }
        fprintf(stderr, "\n");
        imx->finish();
    }
    if (!ok) fprintf(stderr, "error: --imatrix: %s\n", err.text);
    qlm_context_free(c);
    qlm_model_free(m);
    return ok;
}

// Which gathered input a tensor reads (kind and layer); false when none applies.
bool imatrix_input(const imatrix_stats& imx, const std::string& name, imatrix_kind* k, int* l) {
    if (name == "output.weight") return *k = IMX_OUTPUT, *l = 0, true;
    if (sscanf(name.c_str(), "blk.%d.", l) != 1 || *l < 0 || *l >= imx.n_layer) return false;
    if (ends_with(name, "attn_q.weight") || ends_with(name, "attn_k.weight") || ends_with(name, "attn_v.weight"))
        *k = IMX_ATTN_IN;
    else if (ends_with(name, "attn_output.weight")) *k = IMX_ATTN_OUT;
    else if (ends_with(name, "ffn_gate.weight") || ends_with(name, "ffn_up.weight")) *k = IMX_FFN_IN;
    else if (ends_with(name, "ffn_down.weight")) *k = IMX_FFN_MID;
    else return false;
    return true;
}

// The importance vector for a tensor from the gathered statistics; empty when none applies.
std::vector<float> imatrix_for(const imatrix_stats& imx, const std::string& name) {
    imatrix_kind k;
    int l;
    return imatrix_input(imx, name, &k, &l) ? imx.mean(k, l) : std::vector<float>();
}

int main(int argc, char** argv) {
    if (argc == 2 && !strcmp(argv[1], "--list")) {
        printf("%-12s %6s %5s  (bits per weight for a row of 1536)\n", "type", "group", "bpw");
        for (uint32_t t = QT_LOWBIT_FIRST; t < QT_LOWBIT_END; t++)
            printf("%-12s %6d %5.3f\n", lb_fmt(t)->name, lb_fmt(t)->group, 8.0 * (double)row_bytes(t, 1536) / 1536);
        printf("aliases:");
        for (const auto& a : kAliases) printf(" %s=%s", a[0], a[1]);
        printf("\n");
        return 0;
    }
    if (argc < 4) return usage(argv[0]), 2;
    const char *in = argv[1], *out = argv[2], *tname = argv[3];
    int group = 0, threads = 1;
    bool all = false, norm_weights = false, gptq = false;
    const char* layers = nullptr;
    const char* imatrix_text = nullptr;
    size_t imatrix_tokens = 4096;
    const char* kv_text = nullptr; // --calibrate-kv
    uint32_t kv_ctx = 2048;
    size_t kv_tokens = 0;
    bool kv_opts = false; // --kv-ctx or --kv-tokens given
    std::vector<tensor_rule> rules;
    for (int i = 4; i < argc; i++) {
        if (!strcmp(argv[i], "--group") && i + 1 < argc) group = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--imatrix") && i + 1 < argc) imatrix_text = argv[++i];
        else if (!strcmp(argv[i], "--imatrix-tokens") && i + 1 < argc) imatrix_tokens = (size_t)atol(argv[++i]);
        else if (!strcmp(argv[i], "--tensor-type") && i + 1 < argc && strchr(argv[i + 1], '=')) {
            const std::string rule = argv[++i];
            tensor_rule r;
            r.pattern = rule.substr(0, rule.find('='));
            r.type_name = rule.substr(rule.find('=') + 1);
            rules.push_back(r);
        }
        else if (!strcmp(argv[i], "-t") && i + 1 < argc) threads = std::max(1, atoi(argv[++i]));
        else if (!strcmp(argv[i], "--all")) all = true;
        else if (!strcmp(argv[i], "--norm-weights")) norm_weights = true;
        else if (!strcmp(argv[i], "--gptq")) gptq = true;
        else if (!strcmp(argv[i], "--layers") && i + 1 < argc) layers = argv[++i];
        else if (!strcmp(argv[i], "--calibrate-kv") && i + 1 < argc) kv_text = argv[++i];
        else if (!strcmp(argv[i], "--kv-ctx") && i + 1 < argc) kv_ctx = (uint32_t)std::max(0, atoi(argv[++i])), kv_opts = true;
        else if (!strcmp(argv[i], "--kv-tokens") && i + 1 < argc) kv_tokens = (size_t)atoll(argv[++i]), kv_opts = true;
        else return usage(argv[0]), 2;
    }
    for (const auto& a : kAliases)
        if (!strcmp(tname, a[0])) tname = a[1];
    const bool copy = !strcmp(tname, "copy");
    uint32_t type = copy ? 0 : lowbit_type_by_name(tname);
    if (type && group) type = with_group(type, group);
    if (!type && !copy) {
        fprintf(stderr, "error: unknown type '%s'%s (see --list)\n", argv[3],
                group ? (" with --group " + std::to_string(group)).c_str() : "");
        return 2;
    }

    if (!kv_text && kv_opts) return fprintf(stderr, "error: --kv-ctx and --kv-tokens need --calibrate-kv TEXT\n"), 2;
    std::vector<uint8_t> kv_text_bytes; // read before the quantization, which can take minutes
    if (kv_text && (kv_text_bytes = read_file(kv_text)).empty())
        return fprintf(stderr, "error: --calibrate-kv: cannot read %s\n", kv_text), 2;
    if (gptq && !imatrix_text) return fprintf(stderr, "error: --gptq needs --imatrix TEXT (its inputs' statistics)\n"), 2;

    std::vector<uint8_t> buf = read_file(in);
    if (buf.empty()) return fprintf(stderr, "error: cannot read %s\n", in), 1;
    gguf_file gf;
    qlm_error err{};
    if (gguf_parse(buf.data(), buf.size(), gguf_limits{}, false, &gf, &err) != QLM_OK)
        return fprintf(stderr, "error: %s: %s\n", in, err.text), 1;

    // --layers: which blocks stay, and their new numbers.
    gguf_str arch_s;
    const std::string arch = gguf_get_str(gf, "general.architecture", &arch_s) ? arch_s.str() : "";
    const std::string count_key = arch + ".block_count";
    uint32_t n_layer = 0;
    std::vector<bool> keep;
    std::vector<int> renumber;
    if (layers) {
        if (!gguf_get_u32(gf, count_key.c_str(), &n_layer) || !parse_layers(layers, (int)n_layer, &keep))
            return fprintf(stderr, "error: --layers %s: not a list of blocks 0..%u of %s\n", layers, n_layer ? n_layer - 1 : 0, in), 2;
        renumber.assign(keep.size(), -1);
        int next = 0;
        for (size_t l = 0; l < keep.size(); l++) renumber[l] = keep[l] ? next++ : -1;
    }

    // The rules' types and block lists, checked before the slow calibration pass.
    gguf_get_u32(gf, count_key.c_str(), &n_layer);
    for (tensor_rule& r : rules) {
        const char* n = r.type_name.c_str();
        for (const auto& a : kAliases)
            if (r.type_name == a[0]) n = a[1];
        r.type = r.type_name == "keep" ? 0 : lowbit_type_by_name(n);
        std::string rest;
        const bool listed = split_block_list(r.pattern, &r.list, &rest);
        if ((r.type_name != "keep" && !r.type) || (listed && !parse_layers(r.list.c_str(), (int)n_layer, &r.blocks)))
            return fprintf(stderr, "error: --tensor-type %s=%s: %s\n", r.pattern.c_str(), r.type_name.c_str(),
                           r.type || r.type_name == "keep" ? "blocks not in the model" : "unknown type (see --list)"),
                   2;
        if (listed) r.pattern = rest;
    }

    imatrix_stats imx;
    if (imatrix_text && !gather_imatrix(in, imatrix_text, imatrix_tokens, threads, gptq, &imx)) return 1;
    // --gptq: the factor of each block input's H, kept while the matrices of one layer
    // that share it (q, k, v; gate, up) are quantized; one per damping (INT2's, the
    // others', lb_gptq_damping), as a mixed recipe may give them different families.
    int u_layer = -1;
    std::vector<float> u_cache[IMX_OUTPUT][2];

    // Metadata: every key/value copied byte for byte (they are contiguous in the file,
    // each ending where the next begins and the last where the tensor infos begin).
    gguf_writer w;
    for (size_t i = 0; i < gf.kvs.size(); i++) {
        const gguf_kv& kv = gf.kvs[i];
        if (kv.key.eq("quantlm.format_version")) continue;
        if (layers && kv.key.eq(count_key.c_str())) continue; // rewritten below
        const uint64_t end = i + 1 < gf.kvs.size() ? gf.kvs[i + 1].offset
                             : gf.tensors.empty()   ? gf.data_offset
                                                    : gf.tensors[0].info_offset;
        w.kv_bytes.insert(w.kv_bytes.end(), buf.begin() + (ptrdiff_t)kv.offset, buf.begin() + (ptrdiff_t)end);
        w.n_kv++;
        if (kv.key.eq("general.alignment")) w.has_alignment_key = true, w.alignment = gf.alignment;
    }
    w.set_u32("quantlm.format_version", LOWBIT_FORMAT_VERSION);
    if (layers) w.set_u32(count_key.c_str(), (uint32_t)std::count(keep.begin(), keep.end(), true));

    uint64_t n_in = 0, n_out = 0, bytes_q = 0, weights_q = 0;
    for (size_t ti = 0; ti < gf.tensors.size(); ti++) {
        const gguf_tensor& t = gf.tensors[ti];
        const std::string name = t.name.str();
        std::string out_name = name; // the input's name for every lookup, this one in the output
        if (layers && name.compare(0, 4, "blk.") == 0) { // blk.N.rest -> blk.renumber[N].rest, or dropped
            size_t dot = name.find('.', 4);
            int l = atoi(name.c_str() + 4);
            if (dot == std::string::npos || l < 0 || l >= (int)n_layer || renumber[(size_t)l] < 0) continue;
            out_name = "blk." + std::to_string(renumber[(size_t)l]) + name.substr(dot);
        }
        const int64_t ne0 = t.ne[0], nrows = (int64_t)(t.size / row_bytes(t.type, ne0));
        uint32_t to = t.type;
        const bool matrix = t.n_dims == 2 && ends_with(name, ".weight");
        const bool embd = name == "token_embd.weight" || name == "output.weight";
        int rule = -1;
        for (size_t k = 0; k < rules.size() && rule < 0; k++)
            if (rule_matches(rules[k], name)) rule = (int)k;
        if (matrix && (all || !embd || rule >= 0) && (rule < 0 || rules[(size_t)rule].type) && (rule >= 0 || !copy)) {
            to = rule >= 0 ? rules[(size_t)rule].type : type;
            while (to && ne0 % lb_fmt(to)->group) to = lb_fmt(to)->group > 16 ? with_group(to, lb_fmt(to)->group / 2) : 0;
            if (!to || row_bytes(to, ne0) == 0) to = t.type;
        }
        std::vector<uint8_t> data;
        if (to == t.type) {
            data.assign(t.data, t.data + t.size);
        } else {
            // importance per input column: the squared RMSNorm gain feeding this matrix
            // A tied embedding table is the output matrix: it gets the output's importance.
            const bool tied_out = name == "token_embd.weight" && !gguf_find_tensor(gf, "output.weight");
            std::vector<float> imp =
                imatrix_text ? imatrix_for(imx, tied_out ? std::string("output.weight") : name) : std::vector<float>();
            if (imp.size() != (size_t)ne0) imp.clear();
            for (float& v : imp) v += 1e-8f; // no channel entirely free
            const size_t dot = name.find(".attn_"), dotf = name.find(".ffn_");
            const bool after_attn_norm = ends_with(name, "attn_q.weight") || ends_with(name, "attn_k.weight") ||
                                         ends_with(name, "attn_v.weight");
            const bool after_ffn_norm = ends_with(name, "ffn_gate.weight") || ends_with(name, "ffn_up.weight");
            if (!imatrix_text && norm_weights && (after_attn_norm || after_ffn_norm)) {
                const std::string norm = name.substr(0, after_attn_norm ? dot : dotf) +
                                         (after_attn_norm ? ".attn_norm.weight" : ".ffn_norm.weight");
                const gguf_tensor* nt = gguf_find_tensor(gf, norm.c_str());
                if (nt && nt->ne[0] == ne0 && type_info(nt->type)->to_float) {
                    imp.resize((size_t)ne0);
                    type_info(nt->type)->to_float(nt->data, imp.data(), ne0);
                    for (float& v : imp) v = v * v + 1e-8f;
                }
            }
            data.resize(row_bytes(to, ne0) * (size_t)nrows);
            const size_t in_rb = row_bytes(t.type, ne0), out_rb = row_bytes(to, ne0);
            imatrix_kind kind;
            int layer;
            const float* U = nullptr;
            if (gptq && imatrix_input(imx, name, &kind, &layer) && imx.covariance(kind, layer) && imx.width[kind] == ne0) {
                if (layer != u_layer)
                    for (auto& per_kind : u_cache)
                        for (std::vector<float>& u : per_kind) u.clear();
                u_layer = layer;
                const double damp = lb_gptq_damping(to);
                std::vector<float>& u = u_cache[kind][damp == lb_gptq_damping(QT_INT2_G32)];
                if (u.empty() && !lb_gptq_factor(imx.covariance(kind, layer), (int)ne0, damp, &u))
                    fprintf(stderr, "\nwarning: %s: its inputs' second moment is singular; plain rounding\n", name.c_str());
                if (!u.empty()) U = u.data();
            }
            // With U, tiles of rows go through the error feedback together (the factor's rows
            // are read once per tile); without, one row at a time.
            const int64_t tile = U ? 16 : 1;
            std::atomic<int64_t> next{0};
            auto work = [&] {
                std::vector<float> rows((size_t)(tile * ne0));
                for (int64_t r; (r = next.fetch_add(tile)) < nrows;) {
                    const int64_t nr = std::min(tile, nrows - r);
                    for (int64_t i = 0; i < nr; i++)
                        type_info(t.type)->to_float(t.data + (size_t)(r + i) * in_rb, rows.data() + i * ne0, ne0);
                    uint8_t* dst = data.data() + (size_t)r * out_rb;
                    if (U) lb_quantize_gptq(to, U, ne0, rows.data(), nr, imp.empty() ? nullptr : imp.data(), dst);
                    else lb_quantize(to, rows.data(), dst, ne0, imp.empty() ? nullptr : imp.data());
                }
            };
            std::vector<std::thread> pool;
            for (int k = 1; k < threads; k++) pool.emplace_back(work);
            work();
            for (std::thread& th : pool) th.join();
            bytes_q += data.size();
            weights_q += (uint64_t)(ne0 * nrows);
        }
        fprintf(stderr, "[%3zu/%3zu] %-28s %-6s -> %-10s %8.2f MB\r%s", ti + 1, gf.tensors.size(), out_name.c_str(),
                type_info(t.type)->name, type_info(to)->name, data.size() / 1e6, to != t.type ? "\n" : "");
        n_in += t.size;
        n_out += data.size();
        w.add_tensor(out_name.c_str(), to, (int)t.n_dims, t.ne, data.data(), data.size());
    }
    fprintf(stderr, "\n");

    const std::string tmp = std::string(out) + ".tmp";
    if (!w.write_file(tmp.c_str()) || rename(tmp.c_str(), out) != 0) {
        remove(tmp.c_str());
        return fprintf(stderr, "error: cannot write %s\n", out), 1;
    }
    printf("%s: %s, quantized matrices %.3f bits per weight (%.2f MB); tensors %.2f MB -> %.2f MB\n", out,
           copy ? "copy" : lb_fmt(type)->name, weights_q ? 8.0 * (double)bytes_q / (double)weights_q : 0.0, bytes_q / 1e6, n_in / 1e6,
           n_out / 1e6);
    if (kv_text) {
        if (!calibrate_kv(out, kv_text_bytes, kv_ctx, kv_tokens)) return 1;
        printf("%s: calibrated KV rotations added (--kv-rot calibrated)\n", out);
    }
    return 0;
}
