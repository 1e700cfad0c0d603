// Shared by every shader: workgroup size WG (defined by the includer), and workgroup-wide
// sum/max. With -DSUBGROUP (the variant chosen when the device has subgroup arithmetic
// in compute shaders) each subgroup reduces in registers and only the subgroup results
// meet in shared memory; without it, a tree in shared memory. WG is a power of two.
#ifdef SUBGROUP
#extension GL_KHR_shader_subgroup_arithmetic : require
#endif
layout(local_size_x = WG) in;

shared float red_[WG];

float wg_sum(float v) {
#ifdef SUBGROUP
    v = subgroupAdd(v);
    if (subgroupElect()) red_[gl_SubgroupID] = v;
    barrier();
    float s = 0.0;
    for (uint i = 0u; i < gl_NumSubgroups; i++) s += red_[i];
    barrier();
    return s;
#else
    uint t = gl_LocalInvocationIndex;
    red_[t] = v;
    barrier();
    for (uint k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) red_[t] += red_[t + k];
        barrier();
    }
    float s = red_[0];
    barrier();
    return s;
#endif
}

float wg_max(float v) {
#ifdef SUBGROUP
    v = subgroupMax(v);
    if (subgroupElect()) red_[gl_SubgroupID] = v;
    barrier();
    float s = red_[0];
    for (uint i = 1u; i < gl_NumSubgroups; i++) s = max(s, red_[i]);
    barrier();
    return s;
#else
    uint t = gl_LocalInvocationIndex;
    red_[t] = v;
    barrier();
    for (uint k = WG / 2u; k > 0u; k >>= 1u) {
        if (t < k) red_[t] = max(red_[t], red_[t + k]);
        barrier();
    }
    float s = red_[0];
    barrier();
    return s;
#endif
}

// Rounds to the nearest F16 value, as the CPU attention does before meeting the F16 cache.
float round_f16(float x) { return unpackHalf2x16(packHalf2x16(vec2(x, 0.0))).x; }
