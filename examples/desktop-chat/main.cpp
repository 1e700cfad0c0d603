// desktop-chat: a chat window (SDL2, text drawn with stb_truetype) whose replies stream in
// token by token while the window keeps drawing at 60 Hz. Generation runs on a worker
// thread (qlm_stream); each frame drains whatever text is ready, never waiting on the model.
//
//   build/desktop-chat [MODEL] [--font TTF] [-t THREADS (default cores - 1)] [-n N_PREDICT] [--seed S]
//                      [--prompt TEXT] [--exit-after-reply] [--screenshot FILE.png]
//                      [--frame-log FILE]
//
// Keys: Enter sends, Esc stops the reply, Ctrl+L starts a new conversation, wheel scrolls.
// --prompt sends TEXT at start; --exit-after-reply quits when that reply is complete, after
// writing --screenshot. --frame-log writes one line per frame: index, start time, the
// interval since the previous frame started (the frame time a user sees), the frame's own
// work time, whether a reply was streaming, and the tokens generated so far.
#include "quantlm.h"

#include <SDL.h>
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb/stb_truetype.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

const int kAtlas = 512;           // font atlas, kAtlas x kAtlas pixels
const int kFirst = 32, kLast = 255; // baked code points: ASCII and Latin-1
const float kFontPx = 18.0f;
const int kLine = 23;              // line height in pixels
const int kPad = 12;

struct font {
    stbtt_bakedchar ch[kLast - kFirst + 1];
    SDL_Texture* tex = nullptr;

    bool load(SDL_Renderer* r, const char* path) {
        FILE* f = fopen(path, "rb");
        if (!f) return false;
        std::vector<unsigned char> ttf;
        unsigned char buf[1 << 16];
        size_t k;
        while ((k = fread(buf, 1, sizeof buf, f)) > 0) ttf.insert(ttf.end(), buf, buf + k);
        fclose(f);
        std::vector<unsigned char> alpha((size_t)kAtlas * kAtlas);
        if (stbtt_BakeFontBitmap(ttf.data(), 0, kFontPx, alpha.data(), kAtlas, kAtlas, kFirst, kLast - kFirst + 1,
                                 ch) <= 0)
            return false;
        // White glyphs whose coverage is the alpha channel; SDL_SetTextureColorMod tints them.
        std::vector<uint32_t> rgba(alpha.size());
        for (size_t i = 0; i < alpha.size(); i++) rgba[i] = 0x00ffffffu | ((uint32_t)alpha[i] << 24);
        tex = SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, kAtlas, kAtlas);
        if (!tex) return false;
        SDL_UpdateTexture(tex, nullptr, rgba.data(), kAtlas * 4);
        SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        return true;
    }
    const stbtt_bakedchar& glyph(uint32_t cp) const {
        return ch[(cp >= (uint32_t)kFirst && cp <= (uint32_t)kLast ? cp : '?') - kFirst];
    }
};

// Next code point of UTF-8 text at s[*i], advancing *i (invalid bytes give '?').
uint32_t next_cp(const std::string& s, size_t* i) {
    unsigned char c = (unsigned char)s[(*i)++];
    if (c < 0x80) return c;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (n == 0) return '?';
    uint32_t cp = c & (0x3F >> n);
    for (int k = 0; k < n && *i < s.size() && ((unsigned char)s[*i] & 0xC0) == 0x80; k++)
        cp = (cp << 6) | ((unsigned char)s[(*i)++] & 0x3F);
    return cp;
}

float text_width(const font& f, const std::string& s) {
    float w = 0;
    for (size_t i = 0; i < s.size();) w += f.glyph(next_cp(s, &i)).xadvance;
    return w;
}

void draw_text(SDL_Renderer* r, const font& f, const std::string& s, float x, float y, SDL_Color col) {
    SDL_SetTextureColorMod(f.tex, col.r, col.g, col.b);
    float base = y + kFontPx * 0.8f;
    for (size_t i = 0; i < s.size();) {
        stbtt_aligned_quad q;
        uint32_t cp = next_cp(s, &i);
        cp = cp >= (uint32_t)kFirst && cp <= (uint32_t)kLast ? cp : '?';
        stbtt_GetBakedQuad(f.ch, kAtlas, kAtlas, (int)cp - kFirst, &x, &base, &q, 1);
        SDL_Rect src = {(int)(q.s0 * kAtlas + 0.5f), (int)(q.t0 * kAtlas + 0.5f), (int)((q.s1 - q.s0) * kAtlas + 0.5f),
                        (int)((q.t1 - q.t0) * kAtlas + 0.5f)};
        SDL_Rect dst = {(int)q.x0, (int)q.y0, src.w, src.h};
        if (src.w > 0) SDL_RenderCopy(r, f.tex, &src, &dst);
    }
}

// Word-wraps text to lines no wider than width (a word longer than a line is cut).
void wrap(const font& f, const std::string& text, float width, std::vector<std::string>* out) {
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        std::string para = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        std::string line;
        float w = 0;
        size_t last_space = std::string::npos;
        for (size_t i = 0; i < para.size();) {
            size_t i0 = i;
            uint32_t cp = next_cp(para, &i);
            float a = f.glyph(cp).xadvance;
            if (w + a > width && !line.empty()) {
                std::string rest;
                if (last_space != std::string::npos) {
                    rest = line.substr(last_space + 1);
                    line.resize(last_space);
                }
                out->push_back(line);
                line = rest;
                w = text_width(f, line);
                last_space = std::string::npos;
            }
            if (cp == ' ') last_space = line.size();
            line.append(para, i0, i - i0);
            w += a;
        }
        out->push_back(line);
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
}

struct message {
    std::string role, text;
};

struct app {
    qlm_model* model = nullptr;
    qlm_context* ctx = nullptr;
    qlm_sampler* smp = nullptr;
    qlm_stream* stream = nullptr;
    int n_predict = 256;
    std::vector<message> chat;
    std::string input, status;
    qlm_generate_stats last{}; // stats of the reply streaming now, or of the last one

    // Renders the whole conversation, decodes it afresh and starts the reply's worker.
    void send(const std::string& text) {
        chat.push_back({"user", text});
        std::vector<qlm_chat_message> msgs;
        for (const message& m : chat) msgs.push_back({m.role.c_str(), m.text.c_str()});
        size_t n = 0;
        qlm_error err{};
        std::string prompt(4096, '\0');
        qlm_result r = qlm_chat_apply(model, QLM_CHAT_AUTO, msgs.data(), msgs.size(), 1, &prompt[0], prompt.size(),
                                      &n, &err);
        if (r == QLM_OK && n >= prompt.size()) {
            prompt.resize(n + 1);
            r = qlm_chat_apply(model, QLM_CHAT_AUTO, msgs.data(), msgs.size(), 1, &prompt[0], prompt.size(), &n, &err);
        }
        std::vector<qlm_token> toks(n + 8);
        size_t nt = 0;
        if (r == QLM_OK) r = qlm_tokenize(model, prompt.data(), n, 1, 1, toks.data(), toks.size(), &nt, &err);
        chat.push_back({"assistant", ""});
        if (r == QLM_OK) {
            qlm_context_reset(ctx);
            qlm_sampler_reset(smp);
            qlm_generate_params gp = qlm_generate_params_default();
            gp.n_predict = n_predict;
            r = qlm_stream_start(ctx, smp, toks.data(), nt, &gp, &stream, &err);
        }
        status = r == QLM_OK ? "" : std::string("error: ") + err.text;
    }

    // Moves the text the worker produced since the last frame into the chat; never waits.
    // Returns true when the reply finished during this call.
    bool drain() {
        if (!stream) return false;
        char buf[1024];
        qlm_stream_status st{};
        size_t n;
        while ((n = qlm_stream_read(stream, buf, sizeof buf, &st)) > 0) chat.back().text.append(buf, n);
        last = st.stats;
        if (!st.done) return false;
        qlm_error err{};
        qlm_result r = qlm_stream_free(stream, &last, &err);
        stream = nullptr;
        if (r != QLM_OK) status = r == QLM_ERR_CANCELLED ? "stopped" : std::string("error: ") + err.text;
        return true;
    }
};

double pct(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[(size_t)(q * (double)(v.size() - 1) + 0.5)];
}

bool save_png(SDL_Renderer* r, const char* path) {
    int w = 0, h = 0;
    SDL_GetRendererOutputSize(r, &w, &h);
    std::vector<unsigned char> px((size_t)w * h * 4);
    if (SDL_RenderReadPixels(r, nullptr, SDL_PIXELFORMAT_ABGR8888, px.data(), w * 4) != 0) return false;
    for (size_t i = 3; i < px.size(); i += 4) px[i] = 255; // the window has no transparency
    return stbi_write_png(path, w, h, 4, px.data(), w * 4) != 0;
}

void usage(const char* argv0) {
    fprintf(stderr,
            "usage: %s [MODEL] [--font TTF] [-t THREADS] [-n N_PREDICT] [--seed S] [--prompt TEXT]\n"
            "          [--exit-after-reply] [--screenshot FILE.png] [--frame-log FILE]\n",
            argv0);
}

} // namespace

int main(int argc, char** argv) {
    const char* model_path = "models/SmolLM2-135M-Instruct.Q4_1.gguf";
    const char* font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const char *prompt = nullptr, *shot = nullptr, *log_path = nullptr;
    // One core stays free for the UI thread: the context's pool spins at its barriers, so
    // a pool as wide as the machine would fight the UI thread for the CPU every frame.
    int n_threads = std::max(1, std::min(8, SDL_GetCPUCount() - 1)), exit_after = 0;
    uint64_t seed = 42;
    app a;
    for (int i = 1; i < argc; i++) {
        std::string s = argv[i];
        bool has = i + 1 < argc;
        if (s == "--font" && has) font_path = argv[++i];
        else if (s == "-t" && has) n_threads = atoi(argv[++i]);
        else if (s == "-n" && has) a.n_predict = atoi(argv[++i]);
        else if (s == "--seed" && has) seed = strtoull(argv[++i], nullptr, 10);
        else if (s == "--prompt" && has) prompt = argv[++i];
        else if (s == "--exit-after-reply") exit_after = 1;
        else if (s == "--screenshot" && has) shot = argv[++i];
        else if (s == "--frame-log" && has) log_path = argv[++i];
        else if (s[0] != '-') model_path = argv[i];
        else {
            usage(argv[0]);
            return 2;
        }
    }

    qlm_error err{};
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 2048;
    cp.n_threads = (uint32_t)n_threads;
    qlm_sampler_params sp = qlm_sampler_params_default();
    sp.seed = seed;
    sp.seed_set = 1;
    if (qlm_model_load_file(model_path, nullptr, &a.model, &err) != QLM_OK ||
        qlm_context_create(a.model, &cp, &a.ctx, &err) != QLM_OK || qlm_sampler_create(&sp, &a.smp, &err) != QLM_OK) {
        fprintf(stderr, "desktop-chat: %s\n", err.text);
        return 1;
    }
    std::string title = std::string("quantlm desktop-chat - ") + qlm_model_get_info(a.model).name;

    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "desktop-chat: SDL_Init: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window* win = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 900, 640,
                                       SDL_WINDOW_RESIZABLE);
    SDL_Renderer* ren = win ? SDL_CreateRenderer(win, -1, 0) : nullptr;
    font f;
    if (!ren || !f.load(ren, font_path)) {
        fprintf(stderr, "desktop-chat: %s\n", ren ? "cannot load the font (--font TTF)" : SDL_GetError());
        return 1;
    }
    FILE* flog = log_path ? fopen(log_path, "w") : nullptr;
    if (flog) fprintf(flog, "frame\tt_ms\tinterval_ms\twork_ms\tstreaming\tn_generated\n");
    SDL_StartTextInput();

    const SDL_Color c_user = {140, 200, 255, 255}, c_bot = {230, 230, 230, 255}, c_dim = {150, 150, 150, 255},
                    c_hud = {255, 210, 120, 255};
    const double tick = 1000.0 / 60.0, freq = (double)SDL_GetPerformanceFrequency();
    auto now_ms = [&] { return (double)SDL_GetPerformanceCounter() * 1000.0 / freq; };
    std::vector<double> recent; // frame intervals of the last second, for the HUD
    double t_start = now_ms(), t_prev = t_start, t_next = t_start;
    int scroll = 0; // lines scrolled up from the bottom
    bool quit = false, prompt_sent = false;
    std::string reply_done;
    for (long frame = 0; !quit; frame++) {
        double t0 = now_ms(), interval = t0 - t_prev;
        t_prev = t0;
        bool streaming = a.stream != nullptr;

        SDL_Event e;
        while (SDL_PollEvent(&e)) {
            if (e.type == SDL_QUIT) quit = true;
            else if (e.type == SDL_TEXTINPUT) a.input += e.text.text;
            else if (e.type == SDL_MOUSEWHEEL) scroll = std::max(0, scroll + e.wheel.y * 3);
            else if (e.type == SDL_KEYDOWN) {
                SDL_Keycode k = e.key.keysym.sym;
                if (k == SDLK_BACKSPACE && !a.input.empty()) {
                    size_t n = a.input.size() - 1;
                    while (n > 0 && ((unsigned char)a.input[n] & 0xC0) == 0x80) n--; // whole character
                    a.input.resize(n);
                } else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER) && !a.stream && !a.input.empty()) {
                    a.send(a.input);
                    a.input.clear();
                    scroll = 0;
                } else if (k == SDLK_ESCAPE && a.stream) {
                    qlm_stream_cancel(a.stream); // the worker stops within one layer
                } else if (k == SDLK_l && (e.key.keysym.mod & KMOD_CTRL) && !a.stream) {
                    a.chat.clear();
                    a.status = "new conversation";
                }
            }
        }
        if (prompt && !prompt_sent) {
            a.send(prompt);
            prompt_sent = true;
        }
        bool finished = a.drain();

        // ---- draw ----
        int w = 0, h = 0;
        SDL_GetRendererOutputSize(ren, &w, &h);
        SDL_SetRenderDrawColor(ren, 24, 26, 30, 255);
        SDL_RenderClear(ren);
        std::vector<std::string> lines;
        std::vector<SDL_Color> colors;
        for (const message& m : a.chat) {
            bool user = m.role == "user";
            wrap(f, (user ? "You: " : "Bot: ") + m.text + (!user && &m == &a.chat.back() && a.stream ? "_" : ""),
                 (float)(w - 2 * kPad), &lines);
            colors.resize(lines.size(), user ? c_user : c_bot);
            lines.push_back("");
            colors.push_back(c_bot);
        }
        int area_top = kLine + kPad, area_bottom = h - kLine - 2 * kPad;
        int visible = std::max(1, (area_bottom - area_top) / kLine);
        scroll = std::min(scroll, std::max(0, (int)lines.size() - visible));
        int first_line = std::max(0, (int)lines.size() - visible - scroll);
        for (int i = first_line, y = area_top; i < (int)lines.size() && y + kLine <= area_bottom; i++, y += kLine)
            draw_text(ren, f, lines[i], (float)kPad, (float)y, colors[i]);

        // Input line and HUD.
        SDL_Rect box = {kPad / 2, h - kLine - kPad, w - kPad, kLine + kPad / 2};
        SDL_SetRenderDrawColor(ren, 44, 48, 56, 255);
        SDL_RenderFillRect(ren, &box);
        bool blink = (long)((t0 - t_start) / 500.0) % 2 == 0;
        draw_text(ren, f, "> " + a.input + (blink ? "|" : ""), (float)kPad, (float)(h - kLine - kPad / 2),
                  a.stream ? c_dim : c_user);
        recent.push_back(interval);
        if (recent.size() > 60) recent.erase(recent.begin());
        double tps = a.last.gen_ms > 0 ? a.last.n_generated * 1000.0 / a.last.gen_ms : 0.0;
        char hud[256];
        snprintf(hud, sizeof hud, "%.1f tok/s  (%u tokens)   frame %.1f ms  p99 %.1f ms  %s", tps,
                 a.last.n_generated, interval, pct(recent, 0.99),
                 a.status.empty() ? (a.stream ? "streaming - Esc stops" : "Enter sends, Ctrl+L new chat")
                                  : a.status.c_str());
        SDL_SetRenderDrawColor(ren, 34, 36, 42, 255);
        SDL_Rect bar = {0, 0, w, kLine + kPad / 2};
        SDL_RenderFillRect(ren, &bar);
        draw_text(ren, f, hud, (float)kPad, 3.0f, c_hud);

        if (finished) reply_done = a.chat.back().text;
        bool leaving = exit_after && finished;
        if (leaving && shot && !save_png(ren, shot)) fprintf(stderr, "desktop-chat: cannot write %s\n", shot);
        SDL_RenderPresent(ren);
        if (leaving) quit = true;

        double work = now_ms() - t0;
        if (flog)
            fprintf(flog, "%ld\t%.3f\t%.3f\t%.3f\t%d\t%u\n", frame, t0 - t_start, frame ? interval : 0.0, work,
                    streaming ? 1 : 0, a.last.n_generated);
        // Sleep to the next 60 Hz tick; a late frame starts the next one at once.
        t_next += tick;
        double d = t_next - now_ms();
        if (d < 0) t_next = now_ms();
        else if (d > 1) SDL_Delay((Uint32)(d - 1));
        while (now_ms() < t_next) {
        }
    }
    if (exit_after) printf("reply: %s\n", reply_done.c_str());
    if (a.stream) qlm_stream_free(a.stream, nullptr, nullptr);
    if (flog) fclose(flog);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    SDL_Quit();
    qlm_sampler_free(a.smp);
    qlm_context_free(a.ctx);
    qlm_model_free(a.model);
    return exit_after && reply_done.empty() ? 1 : 0;
}
