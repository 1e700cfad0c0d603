// Writes the tiny random-weight family models of tests/family_models.h into a folder, so
// that scripts/make_fixtures.py can run llama.cpp on exactly the bytes the tests build.
//   build/family_models DIR      writes DIR/<family>.gguf for each family
#define QUANTLM_IMPLEMENTATION
#include "quantlm.h"

#include "../tests/family_models.h"

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    for (const char* fam : qlm_test::kFamilies) {
        std::vector<uint8_t> bytes = qlm_test::family_model(fam);
        std::string path = std::string(argv[1]) + "/" + fam + ".gguf";
        FILE* f = fopen(path.c_str(), "wb");
        if (!f || fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || fclose(f) != 0) {
            fprintf(stderr, "family_models: cannot write %s\n", path.c_str());
            return 1;
        }
        printf("%s %zu bytes fnv1a64 %016llx\n", path.c_str(), bytes.size(),
               (unsigned long long)qlm_test::fnv1a64(bytes.data(), bytes.size()));
    }
    return 0;
}
