// chat: interactive streaming chat with a GGUF model, using only the public API.
//
//   build/chat -m MODEL [-s SYSTEM] [--template NAME] [-c N_CTX] [-t THREADS] [-n N]
//              [--temp T] [--top-k K] [--top-p P] [--min-p P] [--repeat-penalty R] [--seed S]
//              [--backend cpu|vulkan|cuda] [--device N]   (QLM_DEVICE=N also picks the GPU)
//   build/chat -m MODEL -p TEXT [-n N] [--raw] ...   one prompt, no interaction
//   build/chat -m MODEL --draft DRAFT [--n-draft K] ...  speculative decoding (README)
//   build/chat -m MODEL --lookup N [--n-draft K] ...     the same, drafting by n-gram lookup
//
// Interactive commands: /reset forgets the conversation, /quit leaves. Ctrl-C stops the
// current reply (not the program). -n N caps a reply at N tokens (default: the context's
// size). With -p, only the generated text goes to stdout and
// statistics go to stderr.
#include "quantlm.h"
#include "kv_args.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

static volatile int g_cancel = 0; // set by SIGINT while a reply streams
static volatile int g_generating = 0;

static void on_sigint(int) {
    if (g_generating) {
        g_cancel = 1;
    } else {
        std::_Exit(130);
    }
}

static void log_stderr(qlm_log_level level, const char* text, void*) {
    if (level <= QLM_LOG_WARN) fprintf(stderr, "quantlm: %s\n", text);
}

static void usage(const char* argv0) {
    fprintf(stderr,
            "usage: %s -m MODEL [-p PROMPT [--raw]] [-n N] [-s SYSTEM] [--template NAME]\n"
            "          [-c N_CTX] [-t THREADS] [--temp T] [--top-k K] [--top-p P] [--min-p P]\n"
            "          [--repeat-penalty R] [--seed S] [--backend cpu|vulkan|cuda] [--device N]\n"
            "          [--no-repack]\n"
            "          [--draft DRAFT.gguf | --lookup N] [--n-draft K]\n"
            "          " KV_ARGS_USAGE "\n"
            "templates: auto chatml llama2 llama3 gemma mistral phi3 zephyr\n",
            argv0);
}

struct chat_state {
    qlm_model* model = nullptr;
    qlm_context* ctx = nullptr;
    qlm_sampler* smp = nullptr;
    qlm_model* draft_model = nullptr; // --draft: speculative decoding
    qlm_context* draft = nullptr;
    uint32_t n_draft = 0;
    uint32_t lookup = 0; // --lookup: n-gram lookup drafting, no draft model
    qlm_chat_template tmpl = QLM_CHAT_AUTO;
    std::vector<qlm_chat_message> msgs;
    std::vector<std::string> texts; // storage behind msgs
    std::string rendered;           // template output already in the context
};

// Renders the conversation and returns the part not yet in the context.
static bool render_new(chat_state& st, std::string* out) {
    st.msgs.clear();
    for (size_t i = 0; i < st.texts.size(); i += 2)
        st.msgs.push_back({st.texts[i].c_str(), st.texts[i + 1].c_str()});
    size_t n = 0;
    qlm_error err{};
    if (qlm_chat_apply(st.model, st.tmpl, st.msgs.data(), st.msgs.size(), 1, nullptr, 0, &n, &err) != QLM_OK) {
        fprintf(stderr, "chat template: %s\n", err.text);
        return false;
    }
    std::string full(n + 1, '\0');
    qlm_chat_apply(st.model, st.tmpl, st.msgs.data(), st.msgs.size(), 1, &full[0], full.size(), &n, nullptr);
    full.resize(n);
    if (full.compare(0, st.rendered.size(), st.rendered) == 0) {
        *out = full.substr(st.rendered.size());
    } else { // the template rewrote history: start again
        qlm_context_reset(st.ctx);
        *out = full;
    }
    st.rendered = full;
    return true;
}

static bool tokenize(qlm_model* m, const std::string& text, bool add_special, std::vector<qlm_token>* toks) {
    size_t n = 0;
    qlm_error err{};
    toks->resize(text.size() + 8);
    if (qlm_tokenize(m, text.data(), text.size(), add_special, 1, toks->data(), toks->size(), &n, &err) != QLM_OK) {
        fprintf(stderr, "tokenize: %s\n", err.text);
        return false;
    }
    toks->resize(n);
    return true;
}

// Generates one reply to the tokens, streaming it to stdout; the text goes to *text.
static bool reply(chat_state& st, const std::vector<qlm_token>& toks, int n_predict, std::string* text,
                  qlm_generate_stats* gs) {
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = n_predict;
    gp.on_text = [](const char* t, size_t len, qlm_token, void* user) -> int {
        static_cast<std::string*>(user)->append(t, len);
        fwrite(t, 1, len, stdout);
        fflush(stdout);
        return 0;
    };
    gp.user = text;
    gp.cancel = &g_cancel;
    gp.draft = st.draft;
    gp.n_draft = st.n_draft;
    gp.draft_ngram = st.lookup;
    qlm_error err{};
    g_cancel = 0;
    g_generating = 1;
    qlm_result r = qlm_generate(st.ctx, st.smp, toks.data(), toks.size(), &gp, gs, &err);
    g_generating = 0;
    if (r == QLM_ERR_CANCELLED) {
        fprintf(stderr, "\n[stopped]");
    } else if (r != QLM_OK) {
        fprintf(stderr, "\ngenerate: %s\n", err.text);
        return false;
    }
    fprintf(stderr, "\n[prompt %u tok, %.1f tok/s | reply %u tok, %.1f tok/s", gs->n_prompt,
            gs->prompt_ms > 0 ? gs->n_prompt * 1000.0 / gs->prompt_ms : 0.0, gs->n_generated,
            gs->gen_ms > 0 ? gs->n_generated * 1000.0 / gs->gen_ms : 0.0);
    if (st.draft || st.lookup)
        fprintf(stderr, " | draft accepted %u of %u (%.0f%%), %.2f tok/pass", gs->n_accepted, gs->n_drafted,
                gs->n_drafted ? 100.0 * gs->n_accepted / gs->n_drafted : 0.0,
                gs->n_steps ? (double)gs->n_generated / gs->n_steps : 0.0);
    fprintf(stderr, "]\n");
    return true;
}

int main(int argc, char** argv) {
    const char* model_path = nullptr;
    const char* prompt = nullptr;
    const char* system = nullptr;
    const char* tmpl_name = "auto";
    const char* draft_path = nullptr;
    uint32_t n_draft = 0, lookup = 0;
    bool raw = false;
    int n_predict = -1;
    qlm_context_params cp = qlm_context_params_default();
    qlm_model_params mp = qlm_model_params_default();
    qlm_sampler_params sp = qlm_sampler_params_default();
    if (const char* d = getenv("QLM_DEVICE")) cp.device = (uint32_t)atoi(d); // --device wins
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        bool has = i + 1 < argc;
        if (a == "-m" && has) model_path = argv[++i];
        else if (a == "-p" && has) prompt = argv[++i];
        else if (a == "-s" && has) system = argv[++i];
        else if (a == "-n" && has) n_predict = atoi(argv[++i]);
        else if (a == "-c" && has) cp.n_ctx = (uint32_t)atoi(argv[++i]);
        else if (a == "-t" && has) cp.n_threads = (uint32_t)atoi(argv[++i]);
        else if (a == "--backend" && has) {
            std::string b = argv[++i];
            cp.backend = b == "vulkan" ? QLM_BACKEND_VULKAN
                         : b == "cuda" ? QLM_BACKEND_CUDA
                         : b == "cpu"  ? QLM_BACKEND_CPU
                                       : QLM_BACKEND_FORCE_32;
            if (cp.backend == QLM_BACKEND_FORCE_32) {
                usage(argv[0]);
                return 2;
            }
        } else if (a == "--no-repack") mp.no_repack = 1;
        else if (a == "--device" && has) cp.device = (uint32_t)atoi(argv[++i]); // GPU N as logged, from 1
        else if (a == "--template" && has) tmpl_name = argv[++i];
        else if (a == "--draft" && has) draft_path = argv[++i];
        else if (a == "--n-draft" && has) n_draft = (uint32_t)atoi(argv[++i]);
        else if (a == "--lookup" && has) lookup = (uint32_t)atoi(argv[++i]);
        else if (a == "--temp" && has) sp.temperature = (float)atof(argv[++i]);
        else if (a == "--top-k" && has) sp.top_k = atoi(argv[++i]);
        else if (a == "--top-p" && has) sp.top_p = (float)atof(argv[++i]);
        else if (a == "--min-p" && has) sp.min_p = (float)atof(argv[++i]);
        else if (a == "--repeat-penalty" && has) sp.repeat_penalty = (float)atof(argv[++i]);
        else if (a == "--seed" && has) {
            sp.seed = strtoull(argv[++i], nullptr, 10);
            sp.seed_set = 1;
        } else if (a == "--raw") raw = true;
        else if (int kr = kv_arg(&cp, argv[i], has ? argv[i + 1] : nullptr)) { // kv_args.h
            if (kr < 0) {
                usage(argv[0]);
                return 2;
            }
            i++;
        } else {
            usage(argv[0]);
            return 2;
        }
    }
    if (!model_path) {
        usage(argv[0]);
        return 2;
    }

    chat_state st;
    qlm_error err{};
    mp.log = log_stderr;
    if (cp.backend == QLM_BACKEND_VULKAN || cp.backend == QLM_BACKEND_CUDA) mp.no_repack = 1; // the GPU reads the stored rows
    if (qlm_model_load_file(model_path, &mp, &st.model, &err) != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    if (qlm_chat_template_parse(tmpl_name, &st.tmpl) != QLM_OK) {
        fprintf(stderr, "error: unknown template '%s'\n", tmpl_name);
        return 1;
    }
    cp.ctx_full = QLM_CTX_FULL_SHIFT;
    st.n_draft = n_draft;
    st.lookup = draft_path ? 0 : lookup;
    if (st.lookup) cp.logits_all = 1;
    if (draft_path) {
        // The draft runs on the same threads and cache settings; the target keeps every
        // token's logits so that one pass verifies all the draft's proposals.
        qlm_context_params dp = cp;
        cp.logits_all = 1;
        if (qlm_model_load_file(draft_path, &mp, &st.draft_model, &err) != QLM_OK ||
            qlm_context_create(st.draft_model, &dp, &st.draft, &err) != QLM_OK) {
            fprintf(stderr, "error: draft: %s\n", err.text);
            return 1;
        }
    }
    if (qlm_context_create(st.model, &cp, &st.ctx, &err) != QLM_OK ||
        qlm_sampler_create(&sp, &st.smp, &err) != QLM_OK) {
        fprintf(stderr, "error: %s\n", err.text);
        return 1;
    }
    if (cp.backend != QLM_BACKEND_AUTO) fprintf(stderr, "[backend %s]\n", qlm_context_backend(st.ctx));
    // Without -n a reply ends at its end-of-turn token or after one context's worth of
    // tokens: with the context shifting, a sampled reply that falls into a loop (seen with
    // SmolLM2-135M: "A." line after line) would otherwise never end.
    if (n_predict < 0) n_predict = (int)qlm_context_n_ctx(st.ctx);
    qlm_model_info info = qlm_model_get_info(st.model);
    std::signal(SIGINT, on_sigint);

    int rc = 0;
    if (prompt) { // one-shot mode
        std::string text;
        if (raw) {
            text = prompt;
        } else {
            if (system) st.texts = {"system", system};
            st.texts.push_back("user");
            st.texts.push_back(prompt);
            if (!render_new(st, &text)) return 1;
        }
        std::vector<qlm_token> toks;
        std::string out;
        qlm_generate_stats gs{};
        rc = tokenize(st.model, text, true, &toks) && reply(st, toks, n_predict, &out, &gs) ? 0 : 1;
        fflush(stdout);
    } else {
        fprintf(stderr, "quantlm %s | %s | %d layers | kernels %s | context %u\n", qlm_version(), info.name,
                info.n_layer, qlm_cpu_kernels(), qlm_context_n_ctx(st.ctx));
        fprintf(stderr, "type a message; /reset forgets the conversation, /quit leaves, Ctrl-C stops a reply\n");
        auto start = [&] {
            st.texts.clear();
            st.rendered.clear();
            qlm_context_reset(st.ctx);
            qlm_sampler_reset(st.smp);
            if (system) st.texts = {"system", system};
        };
        start();
        char line[8192];
        for (;;) {
            fprintf(stdout, "\n> ");
            fflush(stdout);
            if (!fgets(line, sizeof line, stdin)) break;
            std::string in = line;
            while (!in.empty() && (in.back() == '\n' || in.back() == '\r')) in.pop_back();
            if (in.empty()) continue;
            if (in == "/quit") break;
            if (in == "/reset") {
                start();
                fprintf(stderr, "[conversation forgotten]\n");
                continue;
            }
            st.texts.push_back("user");
            st.texts.push_back(in);
            std::string text;
            std::vector<qlm_token> toks;
            if (!render_new(st, &text) || !tokenize(st.model, text, qlm_context_n_past(st.ctx) == 0, &toks)) {
                st.texts.resize(st.texts.size() - 2);
                continue;
            }
            std::string out;
            qlm_generate_stats gs{};
            if (!reply(st, toks, n_predict, &out, &gs)) break;
            st.texts.push_back("assistant");
            st.texts.push_back(out);
            // The context now holds the rendered prompt, the reply and, when the model
            // ended its turn, the end-of-turn token. Remember exactly that text, so the
            // next turn feeds only what the template adds after it.
            st.rendered += out;
            if (gs.stopped_by == 1) {
                char eog[64];
                int32_t k = qlm_token_to_bytes(st.model, gs.last_token, 1, eog, sizeof eog);
                if (k > 0 && k <= (int32_t)sizeof eog) st.rendered.append(eog, (size_t)k);
            }
        }
    }
    qlm_sampler_free(st.smp);
    qlm_context_free(st.ctx);
    qlm_model_free(st.model);
    qlm_context_free(st.draft);
    qlm_model_free(st.draft_model);
    return rc;
}
