#include "sk/survey/lang.hpp"

namespace sk::survey {

bool is_supported_lang(std::string_view lang) {
    return lang == kLangZh || lang == kLangEn;
}

const std::string& LocalizedText::in(std::string_view lang) const {
    if (lang == kLangEn && !en.empty()) return en;
    return zh_cn;
}

}  // namespace sk::survey
