// Small helpers shared by the test suites: fixture files are TSV with '#' comments.
#ifndef QLM_TEST_UTIL_H
#define QLM_TEST_UTIL_H
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace qlm_test {

inline const char* model_path() { return "models/SmolLM2-135M-Instruct.Q4_1.gguf"; }

inline bool read_file(const std::string& path, std::vector<uint8_t>* out) {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return false;
    out->clear();
    uint8_t buf[1 << 16];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, f)) > 0) out->insert(out->end(), buf, buf + k);
    fclose(f);
    return true;
}

// Rows of tab-separated fields; '#' lines and empty lines skipped.
inline std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
    std::vector<std::vector<std::string>> rows;
    std::vector<uint8_t> bytes;
    if (!read_file(path, &bytes)) return rows;
    std::string text(bytes.begin(), bytes.end()), line;
    std::istringstream in(text);
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        size_t a = 0, b;
        while ((b = line.find('\t', a)) != std::string::npos) {
            f.push_back(line.substr(a, b - a));
            a = b + 1;
        }
        f.push_back(line.substr(a));
        rows.push_back(f);
    }
    return rows;
}

inline std::vector<int32_t> parse_ids(const std::string& s) {
    std::vector<int32_t> ids;
    std::istringstream in(s);
    long v;
    while (in >> v) ids.push_back((int32_t)v);
    return ids;
}

inline std::vector<float> parse_floats(const std::string& s) {
    std::vector<float> v;
    std::istringstream in(s);
    float x;
    while (in >> x) v.push_back(x);
    return v;
}

inline std::string hex_decode(const std::string& h) {
    std::string out;
    for (size_t i = 0; i + 1 < h.size(); i += 2) out.push_back((char)std::stoi(h.substr(i, 2), nullptr, 16));
    return out;
}

} // namespace qlm_test
#endif
