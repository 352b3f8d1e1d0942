#include "pinyin_supplement.hpp"

#include <pinyin.h>

#include <iterator>

namespace sk::kiosk::ime {
namespace {

// Each entry is missing from libpinyin-data 2.8.1 (checked: no 2-character phrase candidate
// for its pinyin). Keep the list short and about school life and tips.
constexpr SupplementPhrase kSupplement[] = {
    {"霸凌", "ba'ling"},  // bullying - the word a tip is most likely to need
    {"校园霸凌", "xiao'yuan'ba'ling"},
    {"网暴", "wang'bao"},     // online abuse
    {"网课", "wang'ke"},      // online lessons
    {"躺平", "tang'ping"},    // "lying flat"
    {"双减", "shuang'jian"},  // the 2021 homework/tutoring policy
};

// Same weight libpinyin gives a phrase a user adds by hand (its default import count is 5).
constexpr gint kSupplementCount = 5;

}  // namespace

int add_pinyin_supplement(_pinyin_context_t* context) {
    int added = 0;
    // The in-memory user dictionary: libpinyin creates it empty when there is no user dir,
    // and it is only ever written to disk by pinyin_save, which the kiosk never calls.
    import_iterator_t* iter = pinyin_begin_add_phrases(context, USER_DICTIONARY);
    if (iter == nullptr) return 0;
    for (const auto& p : kSupplement) {
        if (pinyin_iterator_add_phrase(iter, p.phrase, p.pinyin, kSupplementCount)) ++added;
    }
    pinyin_end_add_phrases(iter);
    return added;
}

}  // namespace sk::kiosk::ime
