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
SRC      := $(wildcard src/*.h src/*.in)
EXAMPLES := build/chat build/simple build/simple_c build/tokenize

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
# The C example proves the public API compiles as C.
build/simple_c.o: examples/simple.c quantlm.h | build
	$(CC) $(CFLAGS) -c $< -o $@
build/simple_c: build/simple_c.o build/qlm_impl.o
	$(CXX) $(CXXFLAGS) $^ -o $@ $(LDLIBS)
build:
	mkdir -p build

# ---- tests -------------------------------------------------------------------------
TESTS := $(wildcard tests/test_*.cpp)
build/tests: tests/main.cpp $(TESTS) quantlm.h | build
	$(CXX) $(CXXFLAGS) -Itests -Isrc tests/main.cpp -o $@ $(LDLIBS)
# The amalgamation check runs first, before any rule can regenerate quantlm.h.
test: amalgamate-check
	@bash scripts/setup.sh test
	@$(MAKE) --no-print-directory build/tests $(EXAMPLES) model
	./build/tests

# ---- model and chat ------------------------------------------------------------------
model: $(MODEL)
$(MODEL):
	bash scripts/get-model.sh
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
cuda: build/libquantlm_cuda.so
build/libquantlm_cuda.so: quantlm_cuda.cu | build
	$(NVCC) -O3 -std=c++17 -shared -Xcompiler -fPIC $(CUDA_ARCHS) $< -o $@

clean:
	rm -rf build
