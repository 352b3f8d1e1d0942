#include "e2e_compare.hpp"

#include <sstream>

namespace sk::e2e {

nlohmann::json parse_tip_show(const std::string& text) {
    nlohmann::json t = {{"unit", ""},  {"person", ""},   {"what", ""},
                        {"since", ""}, {"evidence", ""}, {"contact", ""}};
    const std::pair<const char*, const char*> labels[] = {
        {"unit      ", "unit"},    {"person    ", "person"},   {"what      ", "what"},
        {"since     ", "since"},   {"evidence  ", "evidence"}, {"contact   ", "contact"},
        {"category  ", "category"}};
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        for (const auto& [prefix, key] : labels) {
            if (line.rfind(prefix, 0) == 0) t[key] = line.substr(std::string(prefix).size());
        }
    }
    if (t["contact"] == "(anonymous)") t["contact"] = "";
    return t;
}

nlohmann::json tip_fields(const nlohmann::json& e) {
    const std::string sub = e["subcategory"];
    return {{"unit", e["unit"]},
            {"person", e["person"]},
            {"what", e["what"]},
            {"since", e["since"]},
            {"evidence", e["evidence"]},
            {"contact", e["contact"]},
            {"category", e["category"].get<std::string>() + (sub.empty() ? "" : " / " + sub)}};
}

nlohmann::json answers_of_row(const nlohmann::json& row) {
    nlohmann::json a = nlohmann::json::object();
    for (const auto& [k, v] : row.items()) {
        if (k.empty() || k[0] == '_' || v.is_null()) continue;
        a[k] = v;
    }
    return a;
}

bool same_multiset(std::vector<nlohmann::json> a, std::vector<nlohmann::json> b,
                   std::string* first_missing) {
    if (a.size() != b.size()) {
        if (first_missing) *first_missing = "sizes differ";
        return false;
    }
    for (const auto& x : a) {
        auto it = std::find(b.begin(), b.end(), x);
        if (it == b.end()) {
            if (first_missing) *first_missing = x.dump();
            return false;
        }
        b.erase(it);
    }
    return true;
}

}  // namespace sk::e2e
