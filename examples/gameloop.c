/* gameloop: a fixed 60 Hz frame loop in plain C that updates a toy game (bouncing
 * particles) and advances an NPC's reply with qlm_gen_step inside a per-frame budget,
 * then prints frame-time percentiles.
 *
 *   build/gameloop [-m MODEL] [-p PROMPT] [-n N_PREDICT] [-t THREADS] [--budget MS]
 *
 * Frame time is the work of one frame (game update + generation step), measured from the
 * frame's start to the end of its work; the loop then sleeps until the next 1/60 s tick.
 * A frame whose work exceeds 16.7 ms misses its tick. One token's forward pass is the
 * smallest unit of work, so a budget below its cost still runs one token per frame. */
#define _POSIX_C_SOURCE 200809L
#include "quantlm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N_PARTICLES 4096
#define MAX_FRAMES 36000 /* 10 minutes at 60 Hz */

typedef struct particle {
    float x, y, vx, vy;
} particle;

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void sleep_until(double t_ms) {
    double d = t_ms - now_ms();
    if (d <= 0) return;
    struct timespec ts;
    ts.tv_sec = (time_t)(d / 1e3);
    ts.tv_nsec = (long)((d - ts.tv_sec * 1e3) * 1e6);
    nanosleep(&ts, NULL);
}

/* The toy game: particles bounce in a unit box. */
static void game_update(particle* p, int n, float dt) {
    for (int i = 0; i < n; i++) {
        p[i].x += p[i].vx * dt;
        p[i].y += p[i].vy * dt;
        if (p[i].x < 0 || p[i].x > 1) p[i].vx = -p[i].vx;
        if (p[i].y < 0 || p[i].y > 1) p[i].vy = -p[i].vy;
    }
}

static int cmp_double(const void* a, const void* b) {
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

static double pct(const double* sorted, int n, double q) {
    int i = (int)(q * (n - 1) + 0.5);
    return n ? sorted[i] : 0.0;
}

int main(int argc, char** argv) {
    const char* model_path = "models/SmolLM2-135M-Instruct.Q4_1.gguf";
    const char* prompt = "You are a dragon guarding a castle. A knight asks you to let him pass. "
                         "Tell him in three sentences why you will not.";
    int n_predict = 96, n_threads = 2;
    double budget_ms = 4.0;
    for (int i = 1; i < argc; i++) {
        int has = i + 1 < argc;
        if (!strcmp(argv[i], "-m") && has) model_path = argv[++i];
        else if (!strcmp(argv[i], "-p") && has) prompt = argv[++i];
        else if (!strcmp(argv[i], "-n") && has) n_predict = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-t") && has) n_threads = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--budget") && has) budget_ms = atof(argv[++i]);
        else {
            fprintf(stderr, "usage: %s [-m MODEL] [-p PROMPT] [-n N_PREDICT] [-t THREADS] [--budget MS]\n", argv[0]);
            return 2;
        }
    }

    qlm_error err;
    qlm_model* model = NULL;
    qlm_context* ctx = NULL;
    qlm_sampler* smp = NULL;
    if (qlm_model_load_file(model_path, NULL, &model, &err) != QLM_OK) {
        fprintf(stderr, "gameloop: %s\n", err.text);
        return 1;
    }
    qlm_context_params cp = qlm_context_params_default();
    cp.n_ctx = 1024;
    cp.n_threads = (uint32_t)n_threads;
    qlm_sampler_params sp = qlm_sampler_params_default();
    sp.seed = 42;
    sp.seed_set = 1;
    if (qlm_context_create(model, &cp, &ctx, &err) != QLM_OK || qlm_sampler_create(&sp, &smp, &err) != QLM_OK) {
        fprintf(stderr, "gameloop: %s\n", err.text);
        return 1;
    }

    /* The NPC's prompt, in the model's chat template. */
    qlm_chat_message msg = {"user", prompt};
    char text[4096];
    size_t len = 0, n_tok = 0;
    qlm_token toks[1024];
    if (qlm_chat_apply(model, QLM_CHAT_AUTO, &msg, 1, 1, text, sizeof text, &len, &err) != QLM_OK ||
        qlm_tokenize(model, text, len, 1, 1, toks, 1024, &n_tok, &err) != QLM_OK) {
        fprintf(stderr, "gameloop: %s\n", err.text);
        return 1;
    }
    qlm_generate_params gp = qlm_generate_params_default();
    gp.n_predict = n_predict;
    qlm_gen* gen = NULL;
    if (qlm_gen_begin(ctx, smp, toks, n_tok, &gp, &gen, &err) != QLM_OK) {
        fprintf(stderr, "gameloop: %s\n", err.text);
        return 1;
    }

    static particle parts[N_PARTICLES];
    srand(1);
    for (int i = 0; i < N_PARTICLES; i++) {
        parts[i].x = (float)rand() / RAND_MAX;
        parts[i].y = (float)rand() / RAND_MAX;
        parts[i].vx = (float)rand() / RAND_MAX - 0.5f;
        parts[i].vy = (float)rand() / RAND_MAX - 0.5f;
    }

    static double frame_ms[MAX_FRAMES];
    const double tick = 1000.0 / 60.0;
    int frames = 0, missed = 0;
    qlm_result r = QLM_OK;
    double t_next = now_ms();
    /* Runs while the reply streams: those are the frames that matter. */
    while (gen && frames < MAX_FRAMES) {
        double t0 = now_ms();
        game_update(parts, N_PARTICLES, (float)(tick / 1000.0));
        r = qlm_gen_step(gen, budget_ms, &err);
        size_t n;
        const char* t = qlm_gen_text(gen, &n);
        fwrite(t, 1, n, stdout);
        fflush(stdout);
        if (r != QLM_OK || qlm_gen_done(gen)) {
            qlm_generate_stats st = qlm_gen_stats(gen);
            printf("\n\n[reply: %u prompt tokens in %.0f ms, %u tokens in %.0f ms = %.1f tok/s]\n", st.n_prompt,
                   st.prompt_ms, st.n_generated, st.gen_ms, st.n_generated * 1000.0 / (st.gen_ms + 1e-9));
            qlm_gen_end(gen);
            gen = NULL;
        }
        double dt = now_ms() - t0;
        frame_ms[frames++] = dt;
        if (dt > tick) missed++;
        t_next += tick;
        if (t_next < now_ms()) t_next = now_ms(); /* a late frame does not cause a burst */
        sleep_until(t_next);
    }
    if (r != QLM_OK) fprintf(stderr, "gameloop: %s\n", err.text);

    qsort(frame_ms, (size_t)frames, sizeof(double), cmp_double);
    printf("frames %d  budget %.1f ms  frame time ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f  missed 60 Hz ticks: %d\n",
           frames, budget_ms, pct(frame_ms, frames, 0.50), pct(frame_ms, frames, 0.90), pct(frame_ms, frames, 0.99),
           frame_ms[frames - 1], missed);
    qlm_sampler_free(smp);
    qlm_context_free(ctx);
    qlm_model_free(model);
    return r == QLM_OK ? 0 : 1;
}
