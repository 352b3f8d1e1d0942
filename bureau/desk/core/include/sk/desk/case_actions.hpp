// The case page's ledger actions besides status and reply: assign, link or unlink a person
// or unit, reopen. Each reads what was typed (a date that does not parse or a required field
// left empty becomes a message beside the field), then calls the same casework function as
// `bureau case assign|link|reopen` (role, rules and audit row are the core's), then re-reads
// the case. A refusal changes nothing and is kept as one line in `errors.refusal`.
#pragma once

#include <string>

#include "sk/bureau/bureau_home.hpp"
#include "sk/desk/case_file.hpp"
#include "sk/desk/form_errors.hpp"

namespace sk::desk {

struct AssignForm {
    std::string to;   // user name
    std::string due;  // YYYY-MM-DD
    std::string note;
};

struct LinkForm {
    std::string staff_no;  // empty: not linked now
    std::string unit;      // unit code; empty: the person's unit (or unchanged)
    std::string reason;
};

// Errc::invalid_argument with `errors` filled when the desk's checks fail; the core's error
// (also in errors.refusal) when it refuses.
Result<void> assign_case(bureau::Session& s, CaseFile& file, const AssignForm& form,
                         std::string_view now, uint32_t today, FormErrors& errors);
Result<void> link_case(bureau::Session& s, CaseFile& file, const LinkForm& form,
                       std::string_view now, FormErrors& errors);
Result<void> unlink_case(bureau::Session& s, CaseFile& file, bool unit, bool person,
                         std::string_view reason, std::string_view now, FormErrors& errors);
Result<void> reopen_case(bureau::Session& s, CaseFile& file, std::string_view note,
                         std::string_view now, FormErrors& errors);

// "2026-11-30" -> 20261130; nullopt for anything else (the desk's one date reader).
std::optional<uint32_t> parse_form_day(std::string_view typed);

// The error a form returns when its fields carry messages.
Error form_invalid();
// Keeps the core's error as the form's refusal line and returns it.
Error refused(FormErrors& errors, Error e);

}  // namespace sk::desk
