// Each workgroup takes WG/TPR rows (a 2-D grid when there are more than 65535 groups);
// TPR threads share a row, taking its blocks in turn, and their partial sums meet in
// shared memory. Few threads per row keep the workgroup count low, which is what costs
// on CPU implementations such as lavapipe, and still give a GPU WG/TPR independent rows.
void main() {
    uint t = gl_LocalInvocationIndex, lane = t % TPR;
    uint row = (gl_WorkGroupID.y * gl_NumWorkGroups.x + gl_WorkGroupID.x) * (WG / TPR) + t / TPR;
    float s = 0.0;
    if (row < p.nrows) {
        uint nb = p.ncols / BLOCK, rb = p.w_off + row * nb * BLOCK_BYTES;
        for (uint i = lane; i < nb; i += TPR) s += block_dot(rb + i * BLOCK_BYTES, i * BLOCK);
    }
    red_[t] = s;
    barrier();
    for (uint k = TPR / 2u; k > 0u; k >>= 1u) {
        if (lane < k) red_[t] += red_[t + k];
        barrier();
    }
    if (lane == 0u && row < p.nrows) y[p.y_off + row] = (p.accumulate != 0u ? y[p.y_off + row] : 0.0) + red_[t];
}
