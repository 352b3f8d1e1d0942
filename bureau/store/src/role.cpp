#include "sk/bureau/role.hpp"

namespace sk::bureau {

std::string_view role_name(Role r) {
    switch (r) {
        case Role::lead:
            return "lead";
        case Role::handler:
            return "handler";
        case Role::inspector:
            return "inspector";
        case Role::statistician:
            return "statistician";
    }
    return "statistician";
}

std::string_view role_label_zh(Role r) {
    switch (r) {
        case Role::lead:
            return "负责人";
        case Role::handler:
            return "经办人";
        case Role::inspector:
            return "检查员";
        case Role::statistician:
            return "统计员";
    }
    return "统计员";
}

std::optional<Role> parse_role(std::string_view s) {
    for (Role r : {Role::lead, Role::handler, Role::inspector, Role::statistician})
        if (s == role_name(r)) return r;
    return std::nullopt;
}

}  // namespace sk::bureau
