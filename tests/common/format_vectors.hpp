// Reads the test vectors embedded in docs/FORMAT.md, so the spec and the tests cannot drift.
// A vector is a fenced block whose info string is `vector`:
//
//   ```vector
//   name: seal/ok/one-recipient
//   expect: ok
//   plaintext: 68656c6c6f
//   ```
//
// Each line is `key: value`; values are hex unless the key's checker says otherwise.
// Long hex values may continue on following lines that start with whitespace.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sk::testing {

struct Vector {
    std::map<std::string, std::string> fields;
    const std::string& at(const std::string& k) const {
        auto it = fields.find(k);
        if (it == fields.end()) throw std::runtime_error("vector " + name() + " lacks field " + k);
        return it->second;
    }
    bool has(const std::string& k) const { return fields.count(k) != 0; }
    std::string name() const {
        auto it = fields.find("name");
        return it == fields.end() ? "?" : it->second;
    }
};

inline std::string format_md_path() {
#ifdef SK_SOURCE_DIR
    return std::string(SK_SOURCE_DIR) + "/docs/FORMAT.md";
#else
    return "docs/FORMAT.md";
#endif
}

inline std::vector<Vector> load_vectors(const std::string& name_prefix) {
    std::ifstream in(format_md_path());
    if (!in) throw std::runtime_error("cannot open " + format_md_path());
    std::vector<Vector> out;
    std::string line, last_key;
    bool inside = false;
    Vector cur;
    while (std::getline(in, line)) {
        if (!inside) {
            if (line.rfind("```vector", 0) == 0) {
                inside = true;
                cur = Vector{};
                last_key.clear();
            }
            continue;
        }
        if (line.rfind("```", 0) == 0) {
            inside = false;
            if (cur.name().rfind(name_prefix, 0) == 0) out.push_back(cur);
            continue;
        }
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !last_key.empty()) {
            std::string cont = line.substr(line.find_first_not_of(" \t"));
            cur.fields[last_key] += cont;
            continue;
        }
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string key = line.substr(0, colon);
        std::string val = line.substr(colon + 1);
        auto b = val.find_first_not_of(' ');
        val = b == std::string::npos ? "" : val.substr(b);
        cur.fields[key] = val;
        last_key = key;
    }
    return out;
}

}  // namespace sk::testing
