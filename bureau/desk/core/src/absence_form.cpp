#include "sk/desk/absence_form.hpp"

#include <unordered_map>

#include "sk/bureau/store/registers.hpp"
#include "sk/bureau/table_import.hpp"

namespace sk::desk {

const std::string& FormProblems::at(bureau::AbsenceField f) const {
    return at(f, Lang::en);
}

const std::string& FormProblems::at(bureau::AbsenceField f, Lang lang) const {
    static const std::string kNone;
    auto it = by_field.find(f);
    if (it == by_field.end()) return kNone;
    return lang == Lang::zh ? it->second.zh : it->second.en;
}

void FormProblems::add(bureau::AbsenceField f, std::string en, std::string zh) {
    by_field.emplace(f, Line{std::move(en), std::move(zh)});
}

std::string FormProblems::first() const {
    if (!by_field.empty()) return by_field.begin()->second.en;
    return general;
}

std::optional<uint32_t> typed_day(std::string_view text, bureau::AbsenceField field,
                                  std::string_view label, FormProblems& problems) {
    if (text.empty()) return 0u;
    auto day = bureau::parse_table_date(text);
    if (!day) {
        problems.add(
            field,
            "'" + std::string(label) + "' '" + std::string(text) + "' is not a date (YYYY-MM-DD)",
            "“" + std::string(text) + "”不是日期，请按 YYYY-MM-DD 填写");
        return std::nullopt;
    }
    return *day;
}

Result<void> check_absence_entry(storage::BureauStore& s, const bureau::AbsenceEntry& e,
                                 uint32_t today, FormProblems& problems) {
    auto units = bureau::store::list_units(s);
    if (!units) return units.error();
    auto person = bureau::store::find_staff(s, e.staff_no);
    if (!person) return person.error();
    const std::optional<bureau::StaffMember> p = std::move(*person);
    bureau::AbsenceLookups lk;
    lk.person = [&](const std::string&) -> const bureau::StaffMember* { return p ? &*p : nullptr; };
    lk.unit_known = [&](const std::string& code) {
        for (const auto& u : *units) {
            if (u.code == code) return true;
        }
        return false;
    };
    bureau::AbsenceEntry checked = e;
    if (checked.unit_code.empty() && p) checked.unit_code = p->unit_code;
    // A field's first problem is the one to fix first; later ones follow once it is fixed.
    for (auto& pr : bureau::absence_problems(checked, lk, today)) {
        problems.add(pr.field, std::move(pr.message), std::move(pr.message_zh));
    }
    return ok();
}

}  // namespace sk::desk
