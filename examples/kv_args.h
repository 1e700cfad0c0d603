// Command-line options of the KV cache (docs/KV.md), shared by chat, perplexity and bench:
//   --kv-type f16|int8|int4|int2   keys and values    --kv-type-k T / --kv-type-v T  one of them
//   --kv-rot none|hadamard|calibrated                  --kv-group 32|64|128
//   --kv-window N  recent tokens also kept in F16      --kv-sinks N  first tokens kept in F16
//   --kv-k-channel N  keys scaled per channel over groups of N (32, 64, 128) positions (KIVI)
//   --kv-v-channel N  values likewise
#ifndef QLM_EXAMPLES_KV_ARGS_H
#define QLM_EXAMPLES_KV_ARGS_H
#include "quantlm.h"

#include <stdlib.h>
#include <string.h>

#define KV_ARGS_USAGE                                                                          \
    "[--kv-type f16|int8|int4|int2] [--kv-type-k T] [--kv-type-v T] [--kv-rot none|hadamard|calibrated]\n" \
    "          [--kv-window N] [--kv-sinks N] [--kv-group N] [--kv-k-channel N] [--kv-v-channel N]"

/* Option a with value v (NULL when a is the last argument). Returns 0 when a is not a KV
 * option, 1 when it was applied (the caller skips v), -1 when its value is missing or bad. */
static inline int kv_arg(qlm_context_params* p, const char* a, const char* v) {
    if (strncmp(a, "--kv-", 5) != 0) return 0;
    if (!v) return -1;
    const char* o = a + 5;
    if (!strcmp(o, "type")) {
        if (qlm_kv_type_parse(v, &p->kv_type_k) != QLM_OK) return -1;
        p->kv_type_v = p->kv_type_k;
    } else if (!strcmp(o, "type-k")) {
        if (qlm_kv_type_parse(v, &p->kv_type_k) != QLM_OK) return -1;
    } else if (!strcmp(o, "type-v")) {
        if (qlm_kv_type_parse(v, &p->kv_type_v) != QLM_OK) return -1;
    } else if (!strcmp(o, "rot")) {
        if (qlm_kv_rot_parse(v, &p->kv_rot) != QLM_OK) return -1;
    } else if (!strcmp(o, "window")) p->kv_window = (uint32_t)atoi(v);
    else if (!strcmp(o, "sinks")) p->kv_sinks = (uint32_t)atoi(v);
    else if (!strcmp(o, "group")) p->kv_group = (uint32_t)atoi(v);
    else if (!strcmp(o, "k-channel")) p->kv_k_channel = (uint32_t)atoi(v);
    else if (!strcmp(o, "v-channel")) p->kv_v_channel = (uint32_t)atoi(v);
    else return 0;
    return 1;
}

/* Copies the KV fields of src into dst. */
static inline void kv_args_apply(qlm_context_params* dst, const qlm_context_params* src) {
    dst->kv_type_k = src->kv_type_k;
    dst->kv_type_v = src->kv_type_v;
    dst->kv_rot = src->kv_rot;
    dst->kv_group = src->kv_group;
    dst->kv_window = src->kv_window;
    dst->kv_sinks = src->kv_sinks;
    dst->kv_k_channel = src->kv_k_channel;
    dst->kv_v_channel = src->kv_v_channel;
}
#endif
