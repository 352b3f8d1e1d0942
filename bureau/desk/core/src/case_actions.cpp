#include "sk/desk/case_actions.hpp"

#include "sk/bureau/casework.hpp"
#include "sk/survey/utf8.hpp"
#include "sk/sync/dates.hpp"

namespace sk::desk {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

Error form_invalid() {
    return Error{Errc::invalid_argument, "see the messages beside the fields"};
}

namespace {

// Runs the core's change; a refusal goes to the form's line, a success re-reads the case.
Result<void> through_core(bureau::Session& s, CaseFile& file, FormErrors& errors,
                          Result<void> done) {
    if (!done) return refused(errors, done.error());
    return reload_case(s.store, file);
}

}  // namespace

std::optional<uint32_t> parse_form_day(std::string_view typed) {
    return sync::day_number_from_iso(trimmed(typed));
}

Error refused(FormErrors& errors, Error e) {
    errors.refusal = e.message;
    return e;
}

Result<void> assign_case(bureau::Session& s, CaseFile& file, const AssignForm& form,
                         std::string_view now, uint32_t today, FormErrors& errors) {
    errors.clear();
    const auto due = parse_form_day(form.due);
    if (trimmed(form.to).empty()) errors.add("assign.to", "form.required");
    if (!due) errors.add("assign.due", "form.bad_date");
    if (!errors.empty()) return form_invalid();
    return through_core(s, file, errors,
                        bureau::assign_case(s.store, s.actor, file.row.case_no, trimmed(form.to),
                                            *due, form.note, now, today));
}

Result<void> link_case(bureau::Session& s, CaseFile& file, const LinkForm& form,
                       std::string_view now, FormErrors& errors) {
    errors.clear();
    const auto staff = trimmed(form.staff_no);
    const auto unit = trimmed(form.unit);
    if (staff.empty() && unit.empty()) {
        errors.add("link.staff", "form.person_or_unit");
        errors.add("link.unit", "form.person_or_unit");
    }
    if (survey::is_blank(form.reason)) errors.add("link.reason", "form.required");
    if (!errors.empty()) return form_invalid();
    auto opt = [](std::string_view v) {
        return v.empty() ? std::nullopt : std::optional<std::string>(v);
    };
    return through_core(s, file, errors,
                        bureau::link_case(s.store, s.actor, file.row.case_no, opt(unit), opt(staff),
                                          form.reason, now));
}

Result<void> unlink_case(bureau::Session& s, CaseFile& file, bool unit, bool person,
                         std::string_view reason, std::string_view now, FormErrors& errors) {
    errors.clear();
    if (survey::is_blank(reason)) {
        errors.add("link.reason", "form.required");
        return form_invalid();
    }
    return through_core(
        s, file, errors,
        bureau::unlink_case(s.store, s.actor, file.row.case_no, unit, person, reason, now));
}

Result<void> reopen_case(bureau::Session& s, CaseFile& file, std::string_view note,
                         std::string_view now, FormErrors& errors) {
    errors.clear();
    if (survey::is_blank(note)) {
        errors.add("case.note", "form.required");
        return form_invalid();
    }
    return through_core(s, file, errors,
                        bureau::reopen_case(s.store, s.actor, file.row.case_no, note, now));
}

}  // namespace sk::desk
