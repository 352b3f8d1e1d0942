#include "sk/kiosk/i18n.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

namespace sk::kiosk {

const char* lang_code(Lang l) {
    return l == Lang::en ? "en" : "zh-CN";
}

bool parse_lang(std::string_view code, Lang& out) {
    if (code == "zh-CN" || code == "zh_CN" || code == "zh" || code == "zh-cn") {
        out = Lang::zh_CN;
        return true;
    }
    if (code == "en" || code == "en-US" || code == "en_US") {
        out = Lang::en;
        return true;
    }
    return false;
}

namespace {

Result<std::map<std::string, std::string, std::less<>>> parse_strings(std::string_view text,
                                                                      std::string_view name) {
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error{Errc::bad_format, std::string(name) + ": not a JSON object"};
    std::map<std::string, std::string, std::less<>> out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key().rfind("_", 0) == 0) continue;  // "_comment" etc.
        if (!it.value().is_string())
            return Error{Errc::bad_format,
                         std::string(name) + ": value of '" + it.key() + "' is not a string"};
        out.emplace(it.key(), it.value().get<std::string>());
    }
    return out;
}

Result<std::string> read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Error{Errc::io_error, "cannot read " + p.string()};
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<I18n> I18n::from_json(std::string_view zh_cn_json, std::string_view en_json) {
    auto zh = parse_strings(zh_cn_json, "zh-CN.json");
    if (!zh) return zh.error();
    auto en = parse_strings(en_json, "en.json");
    if (!en) return en.error();
    I18n t;
    t.strings_[0] = std::move(*zh);
    t.strings_[1] = std::move(*en);
    return t;
}

Result<I18n> I18n::load(const std::filesystem::path& assets_dir) {
    auto zh = read_file(assets_dir / "i18n" / "zh-CN.json");
    if (!zh) return zh.error();
    auto en = read_file(assets_dir / "i18n" / "en.json");
    if (!en) return en.error();
    return from_json(*zh, *en);
}

std::string substitute(std::string_view text, const Params& params) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            size_t close = text.find('}', i + 1);
            if (close != std::string_view::npos) {
                std::string_view name = text.substr(i + 1, close - i - 1);
                bool done = false;
                for (const auto& [k, v] : params) {
                    if (k == name) {
                        out += v;
                        done = true;
                        break;
                    }
                }
                if (done) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

std::string I18n::tr_in(Lang l, std::string_view key, const Params& params) const {
    const auto& m = strings_[l == Lang::en ? 1 : 0];
    auto it = m.find(key);
    if (it == m.end()) {
        std::string tagged = std::string(lang_code(l)) + ":" + std::string(key);
        if (missing_.insert(tagged).second)
            std::fprintf(stderr, "kiosk: missing i18n key %s\n", tagged.c_str());
        return "\xE2\x9F\xA8" + std::string(key) + "\xE2\x9F\xA9";  // ⟨key⟩
    }
    return params.empty() ? it->second : substitute(it->second, params);
}

std::string I18n::tr(std::string_view key, const Params& params) const {
    return tr_in(lang_, key, params);
}

bool I18n::has(std::string_view key, Lang l) const {
    const auto& m = strings_[l == Lang::en ? 1 : 0];
    return m.find(key) != m.end();
}

std::vector<std::string> I18n::all_strings() const {
    std::vector<std::string> out;
    for (const auto& m : strings_)
        for (const auto& [k, v] : m) out.push_back(v);
    return out;
}

std::vector<std::string> I18n::keys(Lang l) const {
    std::vector<std::string> out;
    for (const auto& [k, v] : strings_[l == Lang::en ? 1 : 0]) out.push_back(k);
    return out;
}

std::set<std::string> I18n::missing_keys() const {
    return std::set<std::string>(missing_.begin(), missing_.end());
}

}  // namespace sk::kiosk
