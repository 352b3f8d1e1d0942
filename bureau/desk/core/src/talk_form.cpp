#include "sk/desk/talk_form.hpp"

#include "sk/desk/case_actions.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::desk {

Result<int64_t> record_talk(bureau::Session& s, CaseFile& file, const TalkForm& form,
                            std::string_view now, uint32_t today, FormErrors& errors) {
    errors.clear();
    const std::string staff = linked_person(file);
    if (staff.empty()) errors.add("talk.person", "form.link_person_first");
    const auto day = parse_form_day(form.day);
    if (!day) errors.add("talk.date", "form.bad_date");
    if (survey::is_blank(form.by)) errors.add("talk.by", "form.required");
    if (survey::is_blank(form.note)) errors.add("talk.note", "form.required");
    if (!errors.empty()) return form_invalid();
    bureau::TalkInput in;
    in.staff_no = staff;
    in.kind = form.kind;
    in.day = *day;
    in.by = form.by;
    in.note = form.note;
    in.case_no = file.row.case_no;
    auto id = bureau::add_talk(s.store, s.actor, in, now, today);
    if (!id) return refused(errors, id.error());
    SK_TRY(reload_case(s.store, file));
    return id;
}

}  // namespace sk::desk
