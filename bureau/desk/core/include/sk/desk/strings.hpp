// The desk's display strings, Chinese first with English beside them. Views look labels up
// by key; the font atlas bakes every string of both languages (all_strings()).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sk::desk {

enum class Lang { zh, en };

// The label for `key` in `lang`; the key itself when unknown (tests check every key used).
const char* tr(Lang lang, std::string_view key);
bool has_string(std::string_view key);
// Every string of both languages (glyph baking, coverage tests).
std::vector<std::string> all_strings();

// "new" -> "新收" / "new"; unknown names come back unchanged.
std::string status_label(Lang lang, std::string_view status);

}  // namespace sk::desk
