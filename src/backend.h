// ==== [qlm:backend] the table of operations a compute backend provides ==================
// The CPU forward pass in model.h is the reference and needs no table. Another backend
// (Vulkan in vulkan.h; CUDA in cuda.h, through quantlm_cuda.cu) fills one backend_ops and
// hangs its state off the context. decode() sends tokens to `forward` when a context has
// a backend; context_shift() brings the KV cache to the host (kv_download), moves it with
// the CPU code, and sends it back (kv_upload), so a backend needs no shift kernel.
#ifndef QLM_BACKEND_H
#define QLM_BACKEND_H
#include "internal.h"

struct qlm_context;

namespace qlm_detail {

struct backend_ops {
    const char* name;
    // Creates the backend's state for c (device, weights, KV cache); on failure the
    // context falls back to the CPU, so the error only explains why.
    qlm_result (*init)(qlm_context* c, qlm_error* err);
    // Runs n tokens at positions pos0.. through the model; with logits, leaves the last
    // token's logits in c->logits, or with c->p.logits_all every token's (row t at
    // c->logits + t * n_vocab; n <= n_batch then).
    qlm_result (*forward)(qlm_context* c, const qlm_token* toks, int n, int pos0, bool logits, qlm_error* err);
    // forward with logits, except that only their argmax comes back (ties to the lowest
    // index, as the greedy sampler), in out[0], or with c->p.logits_all in out[t] for
    // every token; c->logits is left alone. For the callers that need no more than the
    // greedy pick (decode's `argmax`), so that a device need not send the vocabulary's
    // logits to the host per token. Null: the backend has none, and they read the logits.
    qlm_result (*forward_argmax)(qlm_context* c, const qlm_token* toks, int n, int pos0, int32_t* out, qlm_error* err);
    // Copies positions [0, n_pos) of the device KV cache into c->kv, and back.
    qlm_result (*kv_download)(qlm_context* c, uint32_t n_pos);
    qlm_result (*kv_upload)(qlm_context* c, uint32_t n_pos);
    void (*free)(qlm_context* c);
};

} // namespace qlm_detail
#endif
