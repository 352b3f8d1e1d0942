// bureau user add/list/disable/role/enable/passwd (docs/BUREAU.md "Users and the audit log").
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli_util.hpp"
#include "passphrase.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/user_admin.hpp"
#include "table_out.hpp"

namespace sk::bureau::cli {

namespace {

// The new user's passphrase: from --new-passphrase-file, else typed twice.
crypto::SecureBuffer new_passphrase(const std::string& file, const std::string& user) {
    if (!file.empty()) return passphrase_from_file(file);
    return passphrase_from_tty(
        "用户 " + user + " 的新口令 (new passphrase, at least 8 characters): ", true);
}

}  // namespace

void add_user_commands(CLI::App& app, Globals& g) {
    auto* user = app.add_subcommand("user", "bureau users and their roles");
    user->require_subcommand(1);
    static std::string name, role, new_pass_file, format = "table", lang = "zh", list_out;

    auto* add = user->add_subcommand("add", "add a user with a role and their own passphrase");
    add->add_option("NAME", name, "login name: 1-32 of a-z A-Z 0-9 . _ -")->required();
    add->add_option("--role", role, "lead, handler, inspector or statistician")
        ->required()
        ->check(CLI::IsMember({"lead", "handler", "inspector", "statistician"}));
    add->add_option("--new-passphrase-file", new_pass_file,
                    "the new user's passphrase from the first line of FILE (default: prompt)");
    add->callback([&g] {
        Session s = open_session(g, Permission::manage_users);
        crypto::SecureBuffer pass = new_passphrase(new_pass_file, name);
        auto u = fail_on(add_user(s, g.dir, name, *parse_role(role), pass.str(), now_rfc3339()));
        std::cout << "已添加用户 " << u.name << "（" << role_label_zh(u.role) << "） (added user "
                  << u.name << ", role " << role_name(u.role) << ")\n";
    });

    auto* list = user->add_subcommand("list", "list users");
    list->add_option("--format", format, "table (default), json, csv or xlsx")
        ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
    list->add_option("--out", list_out, "file to write (default: standard output; xlsx needs it)");
    list->add_option("--lang", lang, "zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
    list->callback([&g] {
        Session s = open_session(g);
        TableOut t;
        t.keys = {"name", "role", "status", "created", "created_by"};
        t.zh = {"用户", "角色", "状态", "创建时间", "创建人"};
        t.en = {"user", "role", "status", "created", "created by"};
        for (const auto& u : fail_on(users(s))) {
            const bool en = lang == "en" || format == "json";
            t.rows.push_back(
                {u.name, en ? std::string(role_name(u.role)) : std::string(role_label_zh(u.role)),
                 u.disabled ? (en ? "disabled" : "已停用") : (en ? "active" : "在用"), u.created_at,
                 u.created_by});
        }
        t.sheet = lang == "en" ? "Users" : "用户";
        emit_table_out(t, format, lang, list_out);
    });

    auto* disable = user->add_subcommand("disable", "disable a user and remove their key slot");
    disable->add_option("NAME", name, "user to disable")->required();
    disable->callback([&g] {
        Session s = open_session(g, Permission::manage_users);
        fail_on(disable_user(s, g.dir, name, now_rfc3339()));
        std::cout << "已停用用户 " << name << " (user " << name
                  << " disabled; their passphrase no longer opens the bureau)\n";
    });

    auto* role_cmd = user->add_subcommand("role", "give a user another role");
    static std::string role_name_arg, new_role;
    role_cmd->add_option("NAME", role_name_arg, "user")->required();
    role_cmd->add_option("--role", new_role, "lead, handler, inspector or statistician")
        ->required()
        ->check(CLI::IsMember({"lead", "handler", "inspector", "statistician"}));
    role_cmd->callback([&g] {
        Session s = open_session(g, Permission::manage_users);
        const Role r = *parse_role(new_role);
        fail_on(set_user_role(s, role_name_arg, r, now_rfc3339()));
        std::cout << "用户 " << role_name_arg << " 的角色：" << role_label_zh(r) << " (user "
                  << role_name_arg << " now has role " << role_name(r) << ")\n";
    });

    auto* enable =
        user->add_subcommand("enable", "re-enable a disabled user with a new passphrase");
    static std::string enable_name;
    enable->add_option("NAME", enable_name, "user to re-enable")->required();
    enable->add_option("--new-passphrase-file", new_pass_file,
                       "their new passphrase from the first line of FILE (default: prompt)");
    enable->callback([&g] {
        Session s = open_session(g, Permission::manage_users);
        crypto::SecureBuffer pass = new_passphrase(new_pass_file, enable_name);
        fail_on(enable_user(s, g.dir, enable_name, pass.str(), now_rfc3339()));
        std::cout << "已重新启用用户 " << enable_name << " (user " << enable_name
                  << " enabled again with a new passphrase)\n";
    });

    auto* passwd =
        user->add_subcommand("passwd", "set a new passphrase (yours, or a lead resets another's)");
    static std::string passwd_name;
    passwd->add_option("NAME", passwd_name, "user (default: yourself)");
    passwd->add_option("--new-passphrase-file", new_pass_file,
                       "the new passphrase from the first line of FILE (default: prompt)");
    passwd->callback([&g] {
        Session s = open_session(g);
        const std::string who = passwd_name.empty() ? s.actor.user : passwd_name;
        crypto::SecureBuffer pass = new_passphrase(new_pass_file, who);
        fail_on(set_user_passphrase(s, g.dir, who, pass.str(), now_rfc3339()));
        std::cout << "用户 " << who << " 的口令已更新 (passphrase of " << who << " updated)\n";
    });
}

}  // namespace sk::bureau::cli
