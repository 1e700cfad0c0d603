// quantlm_cuda.cu: optional CUDA backend, built by `make cuda` into build/libquantlm_cuda.so.
// quantlm.h never links CUDA: it opens this library at run time and asks it for a table of
// functions (qlm_cuda_get_api). Until the CUDA backend lands (issue: CUDA backend for
// batch-size-1 decoding) the table holds the probe only, so the build and the ABI check
// are exercised on every CI run.
#include <cuda_runtime.h>

#include <cstdio>
#include <cstring>

#define QLM_CUDA_ABI_VERSION 1

extern "C" {

typedef struct qlm_cuda_api {
    int abi_version;
    // Number of usable devices (0 when there is no GPU or driver); name of device 0.
    int (*probe)(char* name, size_t cap);
} qlm_cuda_api;

static int qlm_cuda_probe(char* name, size_t cap) {
    int n = 0;
    if (cudaGetDeviceCount(&n) != cudaSuccess || n <= 0) {
        cudaGetLastError(); // clear the sticky "no device" error
        return 0;
    }
    cudaDeviceProp prop;
    if (name && cap && cudaGetDeviceProperties(&prop, 0) == cudaSuccess) {
        snprintf(name, cap, "%s (sm_%d%d, %.1f GiB)", prop.name, prop.major, prop.minor,
                 (double)prop.totalGlobalMem / (1024.0 * 1024.0 * 1024.0));
    }
    return n;
}

__attribute__((visibility("default"))) const qlm_cuda_api* qlm_cuda_get_api(int abi_version) {
    static const qlm_cuda_api api = {QLM_CUDA_ABI_VERSION, qlm_cuda_probe};
    return abi_version == QLM_CUDA_ABI_VERSION ? &api : nullptr;
}

} // extern "C"
