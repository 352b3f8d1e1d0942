// Words a school tip kiosk needs that libpinyin-data 2.8 does not know as phrases (it dates
// from before they became common), added to the context's in-memory user dictionary at start.
// This is fixed data shipped with the kiosk, not learning: nothing a person types is added.
#pragma once

struct _pinyin_context_t;

namespace sk::kiosk::ime {

struct SupplementPhrase {
    const char* phrase;  // UTF-8, Simplified
    const char* pinyin;  // full pinyin, syllables separated by '
};

// Returns how many of the supplement phrases libpinyin accepted.
int add_pinyin_supplement(_pinyin_context_t* context);

}  // namespace sk::kiosk::ime
