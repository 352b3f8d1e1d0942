#include "sk/bureau/authorize.hpp"

#include <string>

#include "sk/bureau/survey_stats.hpp"

namespace sk::bureau {

bool allowed(Role r, Permission p) {
    switch (r) {
        case Role::lead:
            return true;
        case Role::handler:
            return p != Permission::read_audit && p != Permission::manage_kiosks &&
                   p != Permission::manage_keys && p != Permission::manage_users;
        case Role::inspector:
            return p == Permission::read_reports || p == Permission::read_tips ||
                   p == Permission::read_files || p == Permission::read_audit;
        case Role::statistician:
            return p == Permission::read_reports;
    }
    return false;
}

std::string_view permission_label_zh(Permission p) {
    switch (p) {
        case Permission::read_reports:
            return "查看统计报表";
        case Permission::read_tips:
            return "查看举报内容";
        case Permission::read_files:
            return "查看台账和个人档案";
        case Permission::read_audit:
            return "查看审计日志";
        case Permission::edit_cases:
            return "处理案件";
        case Permission::edit_registers:
            return "修改台账";
        case Permission::import_batches:
            return "导入数据";
        case Permission::export_identifiable:
            return "导出可识别个人的数据";
        case Permission::manage_kiosks:
            return "管理终端";
        case Permission::manage_keys:
            return "管理密钥";
        case Permission::manage_users:
            return "管理用户";
    }
    return "";
}

std::string_view permission_label_en(Permission p) {
    switch (p) {
        case Permission::read_reports:
            return "read reports";
        case Permission::read_tips:
            return "read tip text";
        case Permission::read_files:
            return "read registers and person files";
        case Permission::read_audit:
            return "read the audit log";
        case Permission::edit_cases:
            return "handle cases";
        case Permission::edit_registers:
            return "edit registers";
        case Permission::import_batches:
            return "import data";
        case Permission::export_identifiable:
            return "export identifiable data";
        case Permission::manage_kiosks:
            return "manage kiosks";
        case Permission::manage_keys:
            return "manage keys";
        case Permission::manage_users:
            return "manage users";
    }
    return "";
}

Result<void> authorize(const Actor& a, Permission p) {
    if (allowed(a.role, p)) return ok();
    return Error{Errc::permission_denied,
                 "权限不足：" + std::string(role_label_zh(a.role)) + " " + a.user + " 不能" +
                     std::string(permission_label_zh(p)) + " (permission denied: " + a.user +
                     " is a " + std::string(role_name(a.role)) + " and may not " +
                     std::string(permission_label_en(p)) + ")"};
}

Result<void> authorize_report(const Actor& a, int min_group) {
    SK_TRY(authorize(a, Permission::read_reports));
    if (min_group >= kDefaultMinGroup || allowed(a.role, Permission::read_tips)) return ok();
    return Error{Errc::permission_denied,
                 "权限不足：" + std::string(role_label_zh(a.role)) + " " + a.user +
                     " 的报表须按不少于 " + std::to_string(kDefaultMinGroup) +
                     " 人分组 (permission denied: " + a.user + " is a " +
                     std::string(role_name(a.role)) + "; reports need --min-group of at least " +
                     std::to_string(kDefaultMinGroup) + ")"};
}

}  // namespace sk::bureau
