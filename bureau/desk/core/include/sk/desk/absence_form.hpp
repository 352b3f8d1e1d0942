// What the absence forms (add and edit) show beside their fields: each problem of the
// entry as the core's absence_problems names it, dates that are no date, and the core's
// own refusal when it names nothing a form shows (`general`).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "sk/bureau/register_import.hpp"
#include "sk/desk/strings.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::desk {

struct FormProblems {
    struct Line {
        std::string en;  // the CLI's words
        std::string zh;  // the Chinese form's
    };
    std::map<bureau::AbsenceField, Line> by_field;
    std::string general;
    bool empty() const { return by_field.empty() && general.empty(); }
    // Records a field's problem in both languages (a field keeps its first problem).
    void add(bureau::AbsenceField f, std::string en, std::string zh);
    // The problem beside `f`, "" when none: in English (the CLI's words), or in `lang`.
    const std::string& at(bureau::AbsenceField f) const;
    const std::string& at(bureau::AbsenceField f, Lang lang) const;
    // The first problem (fields in form order, then general): the one-line refusal.
    std::string first() const;
    void clear() {
        by_field.clear();
        general.clear();
    }
};

// A typed day: "" -> 0 (not set), "2026-11-03" -> 20261103; a text that is no date is
// recorded against `field` and gives nullopt.
std::optional<uint32_t> typed_day(std::string_view text, bureau::AbsenceField field,
                                  std::string_view label, FormProblems& problems);

// The core's checks of `e` with the registers as they are now (the person's unit, removed
// people included), recorded field by field into `problems`. Only store errors fail.
Result<void> check_absence_entry(storage::BureauStore& s, const bureau::AbsenceEntry& e,
                                 uint32_t today, FormProblems& problems);

}  // namespace sk::desk
