// The test suite is one translation unit: it compiles the amalgamated implementation
// (so the tests see qlm_detail) and then every suite. Suites mirror the parts of src/.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include "test_gguf.cpp"
#include "test_quant.cpp"
#include "test_tokenizer.cpp"
#include "test_chat.cpp"
#include "test_sampler.cpp"
#include "test_forward.cpp"
#include "test_step.cpp" // after test_forward.cpp: uses its helpers
#include "test_spec.cpp" // after test_forward.cpp: uses its helpers
#include "test_families.cpp" // after test_forward.cpp: uses its helpers
#include "test_bad_files.cpp"
#include "test_api_errors.cpp"
#include "test_threads.cpp"
#include "test_vulkan.cpp"
#include "test_cuda.cpp" // after test_vulkan.cpp: uses its tiny_model
#include "test_kv.cpp"
#include "test_lowbit.cpp"
#include "test_packed.cpp"
