// The case page's talk entry (谈心谈话 / 座谈会 / 个别访谈, as the core's TalkKind defines
// them): a talk with the person the case is linked to, recorded through the same
// sk::bureau::add_talk as `bureau talk add --case` (role, date not in the future, "by" an
// existing user, audit row: the core's).
#pragma once

#include <cstdint>
#include <string>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/desk/case_file.hpp"
#include "sk/desk/form_errors.hpp"

namespace sk::desk {

struct TalkForm {
    bureau::TalkKind kind = bureau::TalkKind::talk;
    std::string day;  // YYYY-MM-DD
    std::string by;   // user who held it
    std::string note;
};

// The new talk's id. A case not linked to a person, a date that does not parse or an empty
// "by" or note: messages beside the fields; the core's refusal: errors.refusal.
Result<int64_t> record_talk(bureau::Session& s, CaseFile& file, const TalkForm& form,
                            std::string_view now, uint32_t today, FormErrors& errors);

}  // namespace sk::desk
