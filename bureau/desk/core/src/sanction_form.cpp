#include "sk/desk/sanction_form.hpp"

#include "sk/desk/case_actions.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::desk {

Result<int64_t> record_sanction(bureau::Session& s, CaseFile& file, const SanctionForm& form,
                                std::string_view now, uint32_t today, FormErrors& errors) {
    errors.clear();
    const std::string staff = linked_person(file);
    if (staff.empty()) errors.add("sanction.person", "form.link_person_first");
    const auto day = parse_form_day(form.day);
    if (!day) errors.add("sanction.date", "form.bad_date");
    if (survey::is_blank(form.decision_no)) errors.add("sanction.decision", "form.required");
    if (!errors.empty()) return form_invalid();
    bureau::SanctionInput in;
    in.staff_no = staff;
    in.kind = form.kind;
    in.case_no = file.row.case_no;
    in.day = *day;
    in.decision_no = form.decision_no;
    in.override_reason = form.override_reason;
    auto id = bureau::add_sanction(s.store, s.actor, in, now, today);
    if (!id) return refused(errors, id.error());
    SK_TRY(reload_case(s.store, file));
    return id;
}

}  // namespace sk::desk
