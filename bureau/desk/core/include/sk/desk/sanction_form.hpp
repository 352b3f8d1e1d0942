// The case page's sanction entry (提醒谈话, 警告, 记过 ... as the core's SanctionKind lists
// them): kind, decision date and decision number for the person the case is linked to,
// through the same sk::bureau::add_sanction as `bureau sanction add --case` (the case must be
// substantiated; the reminder-first rule and its override; the audit row).
#pragma once

#include <cstdint>
#include <string>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/desk/case_file.hpp"
#include "sk/desk/form_errors.hpp"

namespace sk::desk {

struct SanctionForm {
    bureau::SanctionKind kind = bureau::SanctionKind::reminder;
    std::string day;          // decision date, YYYY-MM-DD
    std::string decision_no;  // decision document number (required)
    std::string override_reason;
};

Result<int64_t> record_sanction(bureau::Session& s, CaseFile& file, const SanctionForm& form,
                                std::string_view now, uint32_t today, FormErrors& errors);

}  // namespace sk::desk
