// Who is acting: a bureau user and the role the lead gave them (docs/BUREAU.md "Users").
// The store keeps roles as their English names; labels for clerks are Chinese first.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::bureau {

// lead: everything, incl. users and keys. handler: edits cases and registers (the
// casework issue narrows this to cases assigned or open to them). inspector: reads cases,
// tips and person files, and the audit log; changes nothing. statistician: thresholded
// reports only, never tip text or names.
enum class Role { lead, handler, inspector, statistician };

// "lead", "handler", "inspector", "statistician": stored form and CLI spelling.
std::string_view role_name(Role r);
// Chinese label for clerks: 负责人, 经办人, 检查员, 统计员.
std::string_view role_label_zh(Role r);
std::optional<Role> parse_role(std::string_view s);

// The acting user as the core sees it. Obtained only from unlock() (bureau_home.hpp), so
// holding one means the user's passphrase opened the bureau and the user is enabled.
struct Actor {
    std::string user;
    Role role = Role::statistician;
};

}  // namespace sk::bureau
