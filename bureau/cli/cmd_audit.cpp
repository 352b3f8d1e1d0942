// bureau audit list/verify (docs/BUREAU.md "Users and the audit log").
#include <CLI/CLI.hpp>

#include <iostream>
#include <regex>

#include "cli_util.hpp"
#include "sk/bureau/store/audit.hpp"
#include "table_out.hpp"

namespace sk::bureau::cli {

void add_audit_commands(CLI::App& app, Globals& g) {
    auto* audit = app.add_subcommand("audit", "the audit log: who changed what, when");
    audit->require_subcommand(1);

    auto* list = audit->add_subcommand("list", "list audit rows, oldest first");
    static std::string user, since, format = "table", lang = "zh", list_out;
    // Not --user: that is the global option naming who is acting.
    list->add_option("--by", user, "only rows of this user");
    list->add_option("--since", since,
                     "only rows at or after this time (YYYY-MM, YYYY-MM-DD, ...)");
    list->add_option("--format", format, "table (default), json, csv or xlsx")
        ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
    list->add_option("--out", list_out, "file to write (default: standard output; xlsx needs it)");
    list->add_option("--lang", lang, "zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
    list->callback([&g] {
        Session s = open_session(g, Permission::read_audit);
        store::AuditFilter f;
        if (!user.empty()) f.user = user;
        if (!since.empty()) {
            static const std::regex kTime(
                R"(\d{4}(-\d{2}(-\d{2}([T ]\d{2}(:\d{2}(:\d{2}Z?)?)?)?)?)?)");
            if (!std::regex_match(since, kTime))
                throw CliError(
                    "--since: 须为 YYYY、YYYY-MM 或 YYYY-MM-DD[THH:MM] (expected YYYY, "
                    "YYYY-MM or YYYY-MM-DD[THH:MM]), got " +
                    since);
            f.since = since;
        }
        TableOut t;
        t.keys = {"seq", "at", "user", "action", "object_kind", "object", "before", "after"};
        t.zh = {"序号", "时间", "用户", "操作", "对象类型", "对象", "变更前", "变更后"};
        t.en = {"seq", "time", "user", "action", "kind", "object", "before", "after"};
        t.numeric = {true};  // seq
        for (const auto& r : fail_on(store::list_audit(s.store, f))) {
            const auto& e = r.event;
            t.rows.push_back({std::to_string(r.seq), e.at, e.user, e.action, e.object_kind,
                              e.object_id, e.before, e.after});
        }
        t.sheet = lang == "en" ? "Audit log" : "审计日志";
        emit_table_out(t, format, lang, list_out);
    });

    auto* verify = audit->add_subcommand("verify", "check the audit log's hash chain");
    static std::string anchor;
    verify->add_option(
        "--anchor", anchor,
        "COUNT:HASH printed by an earlier verify: the log must still pass through it");
    verify->callback([&g] {
        Session s = open_session(g, Permission::read_audit);
        std::optional<store::AuditAnchor> a;
        if (!anchor.empty()) {
            a = store::parse_audit_anchor(anchor);
            if (!a) throw CliError("--anchor: expected COUNT:HASH (64 hex digits), got " + anchor);
        }
        auto c = fail_on(store::verify_audit(s.store, a));
        if (!c.ok) throw CliError(c.problem, 4);
        std::cout << "审计日志完好：" << c.rows << " 条 (audit log intact: " << c.rows
                  << " rows)\nhead " << store::format_audit_anchor(c.head)
                  << "  (记下此值，日后用 --anchor 核对; keep it elsewhere and check later with "
                     "--anchor)\n";
    });
}

}  // namespace sk::bureau::cli
