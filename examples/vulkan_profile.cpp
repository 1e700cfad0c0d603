// vulkan_profile: where one decode step's time goes on a Vulkan device (docs/VULKAN.md,
// Speed). Times vkQueueSubmit + vkWaitForFences of command buffers recorded with parts of
// the token step left out, at one position of the cache:
//   empty       a command buffer with nothing in it: the submit and fence round trip
//   full        the step as decode runs it (every layer, the vocabulary GEMV)
//   full+read   full, then what greedy decoding did with it before the device argmax:
//               the logits copied out of the mapped buffer and their argmax on the host
//   argmax      the step ending with the argmax on the device, and its 4 bytes read
//   argmax-only the argmax dispatch alone, over the logits the argmax step left
// full+read's host part (the copy and the scan) is also timed alone.
//   no-logits   the step without the final norm and vocabulary GEMV (prefill's tokens)
//   gemv        only the GEMV dispatches (with logits)
//   other       only the other dispatches (norms, RoPE + KV store, attention, SwiGLU)
//   trivial     as many dispatches as the step has, each one workgroup that does nothing,
//               with the same barriers: the per-dispatch cost of the implementation
//
//   build/vulkan_profile [-m FILE] [-c N_CTX] [-p POS] [-r REPS] [--kv-k TYPE --kv-v TYPE --kv-rot ROT]
// POS positions are decoded first (so attention reads POS+1 positions); each variant runs
// REPS times (after one warm-up round), round-robin, and prints the median and minimum wall
// time and the median CPU time of the process (all threads) in ms.
//
// A development tool: it includes the implementation to reach the backend's state.
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace qlm_detail;

static double wall_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
// CPU time of the whole process, every thread: on a CPU implementation such as lavapipe
// (whose workers are threads of this process) the work done, which the machine's load
// changes far less than the wall time.
static double cpu_ms() {
#if defined(CLOCK_PROCESS_CPUTIME_ID)
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
#else
    return 0.0;
#endif
}

int main(int argc, char** argv) {
    const char* path = "models/SmolLM2-135M-Instruct.Q4_1.gguf";
    uint32_t n_ctx = 256, pos = 32;
    int reps = 5;
    qlm_context_params p = qlm_context_params_default();
    for (int i = 1; i < argc; i++) {
        std::string a = argv[i];
        const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
        if (!v) {
            fprintf(stderr, "%s needs a value\n", a.c_str());
            return 2;
        }
        i++;
        if (a == "-m") path = v;
        else if (a == "-c") n_ctx = (uint32_t)atoi(v);
        else if (a == "-p") pos = (uint32_t)atoi(v);
        else if (a == "-r") reps = atoi(v);
        else if (a == "--kv-k" && qlm_kv_type_parse(v, &p.kv_type_k) == QLM_OK) {
        } else if (a == "--kv-v" && qlm_kv_type_parse(v, &p.kv_type_v) == QLM_OK) {
        } else if (a == "--kv-rot" && qlm_kv_rot_parse(v, &p.kv_rot) == QLM_OK) {
        } else {
            fprintf(stderr, "usage: %s [-m FILE] [-c N_CTX] [-p POS] [-r REPS] [--kv-k T --kv-v T --kv-rot R]\n", argv[0]);
            return 2;
        }
    }
    qlm_model* m = nullptr;
    qlm_error e{};
    if (qlm_model_load_file(path, nullptr, &m, &e) != QLM_OK) {
        fprintf(stderr, "%s\n", e.text);
        return 1;
    }
    p.n_ctx = n_ctx;
    p.backend = QLM_BACKEND_VULKAN;
    qlm_context* c = nullptr;
    if (qlm_context_create(m, &p, &c, &e) != QLM_OK || std::string(qlm_context_backend(c)) != "vulkan") {
        fprintf(stderr, "no Vulkan context (%s)\n", e.text);
        return 1;
    }
    for (uint32_t i = 0; i < pos; i++) { // fill the cache up to pos
        const qlm_token t = (qlm_token)(100 + i);
        if (qlm_decode(c, &t, 1, &e) != QLM_OK) {
            fprintf(stderr, "%s\n", e.text);
            return 1;
        }
    }
    vk_state& s = *static_cast<vk_state*>(c->be_state);
    memcpy(static_cast<uint8_t*>(s.host.map) + s.params.off, &pos, 4);
    // The variants' descriptor sets come from a pool of their own.
    const uint32_t n_sets = 5 * (12 * (uint32_t)m->hp.n_layer + 3) + 1024;
    vk::DescriptorPoolSize ps{vk::DESC_STORAGE_BUFFER, n_sets * 6};
    vk::DescriptorPoolCreateInfo dpi{vk::ST_DESCRIPTOR_POOL_CREATE_INFO, nullptr, 0, n_sets, 1, &ps};
    vk::DescriptorPool own = 0, theirs = s.dpool;
    if (s.f.CreateDescriptorPool(s.dev, &dpi, nullptr, &own) != 0) return 1;
    s.dpool = own;
    enum { V_EMPTY, V_FULL, V_NOLOGITS, V_GEMV, V_OTHER, V_TRIVIAL, V_FULL_READ, V_ARGMAX, V_ARGMAX_ONLY, N_V };
    vk::CommandBuffer cmds[8];
    vk::CommandBufferAllocateInfo cai{vk::ST_COMMAND_BUFFER_ALLOCATE_INFO, nullptr, s.cpool, vk::CMD_LEVEL_PRIMARY, 8};
    if (s.f.AllocateCommandBuffers(s.dev, &cai, cmds) != 0) return 1;
    vk::CommandBufferBeginInfo bi{vk::ST_COMMAND_BUFFER_BEGIN_INFO, nullptr, 0, nullptr};
    s.f.BeginCommandBuffer(cmds[0], &bi); // empty
    s.f.EndCommandBuffer(cmds[0]);
    bool ok = vk_record(c, s, cmds[1], VK_OUT_LOGITS, &e) == QLM_OK &&
              vk_record(c, s, cmds[2], VK_OUT_NONE, &e) == QLM_OK &&
              vk_record(c, s, cmds[3], VK_OUT_LOGITS, &e, VK_REC_GEMV) == QLM_OK &&
              vk_record(c, s, cmds[4], VK_OUT_LOGITS, &e, VK_REC_OTHER) == QLM_OK &&
              vk_record(c, s, cmds[6], VK_OUT_ARGMAX, &e) == QLM_OK;
    // trivial: SwiGLU over 0 elements, one workgroup, as many as the step dispatches.
    int n_dispatch = 0;
    {
        const hparams& h = m->hp;
        for (const layer_weights& L : m->layers) {
            n_dispatch += 6; // 2 norms, RoPE + store, attention, SwiGLU; wo and down
            n_dispatch += L.wq.type == L.wk.type && L.wk.type == L.wv.type ? 1 : 3;
            n_dispatch += L.w_gate.type == L.w_up.type ? 1 : 2;
            n_dispatch += 1;
        }
        n_dispatch += 2;
        (void)h;
        const uint32_t zero = 0;
        s.f.BeginCommandBuffer(cmds[5], &bi);
        for (int i = 0; i < n_dispatch && ok; i++)
            ok = vk_dispatch(c, s, cmds[5], VS_SWIGLU, {s.gu}, &zero, 1, 1, true, &e) == QLM_OK;
        s.f.EndCommandBuffer(cmds[5]);
        const uint32_t n_vocab = (uint32_t)m->hp.n_vocab;
        s.f.BeginCommandBuffer(cmds[7], &bi);
        ok = ok && vk_dispatch(c, s, cmds[7], VS_ARGMAX, {s.dev_logits, s.argmax}, &n_vocab, 1, 1, true, &e) == QLM_OK;
        s.f.EndCommandBuffer(cmds[7]);
    }
    s.dpool = theirs;
    if (!ok) {
        fprintf(stderr, "recording failed: %s\n", e.text);
        return 1;
    }
    const char* names[N_V] = {"empty", "full", "no-logits", "gemv", "other", "trivial", "full+read", "argmax",
                              "argmax-only"};
    const vk::CommandBuffer cmd_of[N_V] = {cmds[0], cmds[1], cmds[2], cmds[3], cmds[4],
                                           cmds[5], cmds[1], cmds[6], cmds[7]};
    std::vector<double> read_ms; // full+read's copy and scan alone
    const int32_t n_vocab = m->hp.n_vocab;
    std::vector<float> logits((size_t)n_vocab);
    int32_t picks[2] = {-1, -2}; // full+read's and argmax's last pick: they must agree
    printf("%s on %s, position %u, %d dispatches per step, %d reps\n", path, s.name, pos, n_dispatch, reps);
    // Round-robin over the variants, so that a change in the machine's load (a shared
    // machine) touches all of them alike.
    std::vector<double> t[N_V], cpu[N_V];
    const uint8_t* host = static_cast<const uint8_t*>(s.host.map);
    for (int r = 0; r <= reps; r++)
        for (int v = 0; v < N_V; v++) {
            double t0 = wall_ms(), c0 = cpu_ms();
            if (vk_submit_wait(c, s, cmd_of[v], &e) != QLM_OK) {
                fprintf(stderr, "%s\n", e.text);
                return 1;
            }
            if (v == V_FULL_READ) { // as vk_be_forward, then the greedy sampler's scan
                const double r0 = wall_ms();
                memcpy(logits.data(), host + s.logits.off, (size_t)n_vocab * sizeof(float));
                int32_t best = 0;
                for (int32_t i = 1; i < n_vocab; i++)
                    if (logits[(size_t)i] > logits[(size_t)best]) best = i;
                picks[0] = best;
                if (r) read_ms.push_back(wall_ms() - r0);
            } else if (v == V_ARGMAX) {
                memcpy(&picks[1], host + s.argmax.off, sizeof(int32_t));
            }
            if (r) { // the first round warms up
                t[v].push_back(wall_ms() - t0);
                cpu[v].push_back(cpu_ms() - c0);
            }
        }
    printf("  %-10s %12s %12s %12s\n", "variant", "wall median", "wall min", "CPU median");
    for (int v = 0; v < N_V; v++) {
        std::sort(t[v].begin(), t[v].end());
        std::sort(cpu[v].begin(), cpu[v].end());
        printf("  %-10s %9.2f ms %9.2f ms %9.2f ms\n", names[v], t[v][t[v].size() / 2], t[v][0],
               cpu[v][cpu[v].size() / 2]);
    }
    std::sort(read_ms.begin(), read_ms.end());
    printf("  full+read's copy and scan alone: %.3f ms median, %.3f ms min\n", read_ms[read_ms.size() / 2], read_ms[0]);
    printf("  argmax picks: host %d, device %d%s; bytes read back per token: %zu (logits) vs 4 (argmax)\n",
           picks[0], picks[1], picks[0] == picks[1] ? "" : " - DIFFER", (size_t)n_vocab * sizeof(float));
    s.f.DestroyDescriptorPool(s.dev, own, nullptr);
    qlm_context_free(c);
    qlm_model_free(m);
    return 0;
}
