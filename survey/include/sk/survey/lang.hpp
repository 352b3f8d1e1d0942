// Languages the kiosk speaks and text localised into them. Simplified Chinese is the
// primary language and is always present; English is optional and falls back to Chinese,
// so a survey author who only writes Chinese still produces a complete kiosk.
#pragma once

#include <string>
#include <string_view>

namespace sk::survey {

constexpr std::string_view kLangZh = "zh-CN";
constexpr std::string_view kLangEn = "en";

bool is_supported_lang(std::string_view lang);

struct LocalizedText {
    std::string zh_cn;  // required, non-empty
    std::string en;     // optional

    // The text for `lang`, falling back to zh-CN when English is missing or the
    // language is unknown.
    const std::string& in(std::string_view lang) const;
    bool empty() const { return zh_cn.empty() && en.empty(); }
};

}  // namespace sk::survey
