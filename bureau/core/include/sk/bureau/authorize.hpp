// What each role may do, enforced by the core (the CLI and the desk call the same checks).
// Every core function that reads identifiable data or changes anything takes an Actor and
// calls authorize() first; a refusal is Errc::permission_denied with one line, Chinese first
// with the English in parentheses, naming the role and the action.
#pragma once

#include <string_view>

#include "sk/bureau/role.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

enum class Permission {
    read_reports,         // thresholded aggregate reports (monthly, survey): every role
    read_tips,            // tip/case text, ledger lists, tip history: inspector, handler, lead
    read_files,           // registers and person files (一人一档): inspector, handler, lead
    read_audit,           // audit list/verify: inspector, lead
    edit_cases,           // tip status/reply, case edits, status board: handler, lead
    edit_registers,       // unit, staff, absence registers, payroll check: handler, lead
    import_batches,       // import and ack kiosk batches, surveys in: handler, lead
    export_identifiable,  // exports with tip text or names: handler, lead
    manage_kiosks,        // kiosk add, provisioning: lead
    manage_keys,          // key rotation, signing surveys: lead
    manage_users,         // user add/disable, another user's passphrase: lead
};

bool allowed(Role r, Permission p);
// ok() or Errc::permission_denied, e.g. "权限不足：统计员不能查看举报内容 (permission denied:
// role statistician may not read tip text)".
Result<void> authorize(const Actor& a, Permission p);
// read_reports, and below the default group threshold (kDefaultMinGroup) only for roles
// that may read tips anyway: a statistician's reports are always thresholded.
Result<void> authorize_report(const Actor& a, int min_group);
// The action's words in the refusal line ("查看举报内容", "read tip text").
std::string_view permission_label_zh(Permission p);
std::string_view permission_label_en(Permission p);

}  // namespace sk::bureau
