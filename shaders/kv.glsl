// The KV cache of one layer as rope_store.comp writes it and attn.comp reads it: one
// binding `kv` (a uint array) holding, back to back, the key plane's main part, sinks and
// ring, then the value plane's; the byte offsets of each part are push constants. The
// parts mirror src/kv.h byte for byte, so the host copies them unchanged:
//   F16 plane:       main = f16 [n_ctx][n_head_kv * head_dim]
//   quantized plane: main = [n_ctx][n_head_kv][row] rows of src/attn.h (the groups' f16
//                    scales, then the codes), sink = f16 [n_sink][kv_dim],
//                    ring = f16 [n_ring][kv_dim], slot pos % n_ring.
// Types are qlm_kv_type: 0 F16, 1 INT8, 2 INT4, 3 INT2. rot: 0 none, 1 Hadamard (the
// `rm` binding holds the head_dim sign flips), 2 calibrated (`rm` holds the layer's
// matrices, [key|query|value|value inverse][n_head_kv][head_dim][head_dim] row-major,
// y = M x, as kv_rotation stores them).
layout(push_constant) uniform Pc {
    uint n_head, n_head_kv, head_dim, n_rot, neox, n_ctx;
    float scale;
    uint rot, G, n_sink, n_ring, window;
    uint k_type, k_main, k_sink, k_ring, k_row; // byte offsets in `kv`; k_row: bytes of a row
    uint v_type, v_main, v_sink, v_ring, v_row;
} p;

// Offset in `rm` of calibrated matrix `which` (0 key, 1 query, 2 value, 3 value inverse)
// of KV head h.
uint rot_mat(uint which, uint h) { return (which * p.n_head_kv + h) * p.head_dim * p.head_dim; }

// Levels of the symmetric 4- and 2-bit codes sit at (code - offset) * d.
float kv_offset(uint t) { return t == 2u ? 7.5 : t == 3u ? 1.5 : 0.0; }

// Sinks [0, a), quantized [a, b), window [b, n_pos) of a token attending to n_pos
// positions (kv_cache::regions).
void kv_regions(uint n_pos, out uint a, out uint b) {
    a = min(p.n_sink, n_pos);
    b = max(a, n_pos > p.window ? n_pos - p.window : 0u);
}

// The fast Walsh-Hadamard transform's butterfly i of stage h (a power of two) over
// vectors of n = head_dim values: the pair (j, j + h) of vector i / (n/2).
uvec2 fwht_pair(uint i, uint h) {
    uint half_ = p.head_dim / 2u, v = i / half_, r = i % half_;
    uint j = v * p.head_dim + (r / h) * 2u * h + r % h;
    return uvec2(j, j + h);
}
