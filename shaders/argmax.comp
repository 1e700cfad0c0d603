#version 450
// The index of the largest of n logits, ties to the lowest index, exactly as the CPU's
// greedy sampler picks (its first maximum; a NaN at index 0 stays the pick, any other NaN
// never wins), so that greedy decoding reads back 4 bytes instead of the vocabulary's
// logits. One workgroup: each thread keeps the first maximum of its strided slice, then a
// tree in shared memory keeps the larger value, or of equal values the lower index.
#define WG 256
layout(local_size_x = WG) in;
layout(std430, binding = 0) readonly buffer Lb { float logits[]; };
layout(std430, binding = 1) writeonly buffer Ob { uint best; } O;
layout(push_constant) uniform Pc { uint n; } p;
shared float sv[WG];
shared uint si[WG];

void main() {
    const uint NONE = 0xffffffffu;
    uint t = gl_LocalInvocationIndex, idx = NONE;
    float v = 0.0;
    for (uint i = t; i < p.n; i += WG) {
        float x = logits[i];
        if (!isnan(x) && (idx == NONE || x > v)) {
            v = x;
            idx = i;
        }
    }
    sv[t] = v;
    si[t] = idx;
    barrier();
    for (uint k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) {
            float ov = sv[t + k];
            uint oi = si[t + k];
            if (oi != NONE && (si[t] == NONE || ov > sv[t] || (ov == sv[t] && oi < si[t]))) {
                sv[t] = ov;
                si[t] = oi;
            }
        }
        barrier();
    }
    if (t == 0u) O.best = isnan(logits[0]) || si[0] == NONE ? 0u : si[0];
}
