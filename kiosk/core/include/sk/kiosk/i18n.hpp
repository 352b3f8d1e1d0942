// User-visible strings: assets/i18n/<lang>.json (zh-CN first, en second).
//
// KEY NAMING SCHEME (kiosk/core and kiosk/ui share the files; add keys to BOTH files):
//   <area>.<item>[.<detail>]      lower_snake_case segments separated by dots.
//   areas:  lang.*      language names ("lang.zh_cn" = 简体中文, "lang.en" = English)
//           common.*    buttons and words used on many screens (common.next, common.back,
//                       common.submit, common.exit, common.review, common.edit, common.yes...)
//           attract.*   attract screen            home.*      home screen
//           survey.*    questionnaire runner      validation.*  answer/field problems
//           tip.*       anonymous tip form        receipt.*   code shown / code lookup
//           idle.*      "still there?"            submit.*    submit results
//           error.*     Errc -> message (error.<errc_name>, e.g. error.disk_full)
//           admin.*     admin PIN pad and admin screens
//           ui.*        purely presentational strings only the UI uses (tooltips, a11y)
//   Parameters are written {name} in the text and substituted by I18n::tr(key, params):
//   validation.* use {min} {max} {actual}; idle.* {seconds}; admin.locked {seconds}, ...
//   A missing key renders as the visible marker "⟨key⟩" and is logged once (never crashes),
//   so a forgotten key shows up in screenshots and in tests (tests/kiosk_core checks that
//   both files have the same key set and the same {params} per key).
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sk/result.hpp"

namespace sk::kiosk {

enum class Lang { zh_CN, en };

// "zh-CN" / "en" (file names, record "lang" fields, sk::survey::kLangZh / kLangEn).
const char* lang_code(Lang l);
// Accepts "zh-CN", "zh_CN", "zh", "en"; nullopt-like false for anything else.
bool parse_lang(std::string_view code, Lang& out);

using Params = std::vector<std::pair<std::string, std::string>>;

class I18n {
  public:
    I18n() = default;

    // Loads assets/i18n/zh-CN.json and assets/i18n/en.json from `assets_dir`. Each file is a
    // flat JSON object {"key": "text", ...}; a "_comment" key is ignored.
    // Errc::io_error / bad_format (with the file name) if a file is missing or malformed.
    static Result<I18n> load(const std::filesystem::path& assets_dir);
    // From JSON text (tests).
    static Result<I18n> from_json(std::string_view zh_cn_json, std::string_view en_json);

    void set_lang(Lang l) { lang_ = l; }
    Lang lang() const { return lang_; }

    // Text for `key` in the current language with {param} substituted. Unknown {param}s are
    // left as written. Missing key -> "⟨key⟩" (logged once to stderr, key only).
    std::string tr(std::string_view key, const Params& params = {}) const;
    std::string tr_in(Lang l, std::string_view key, const Params& params = {}) const;
    bool has(std::string_view key, Lang l) const;

    // Every string of every language (for the font's glyph ranges).
    std::vector<std::string> all_strings() const;
    std::vector<std::string> keys(Lang l) const;
    // Keys looked up but missing so far (tests).
    std::set<std::string> missing_keys() const;

  private:
    Lang lang_ = Lang::zh_CN;
    std::map<std::string, std::string, std::less<>> strings_[2];
    // Logged-once set; mutable because lookup is logically const.
    mutable std::set<std::string, std::less<>> missing_;
};

// Substitutes {name} in `text` (exposed for tests).
std::string substitute(std::string_view text, const Params& params);

}  // namespace sk::kiosk
