// bureau score --quarter Q, bureau due [--user]: the unit score table and what each user must
// do this week.
#include <CLI/CLI.hpp>

#include <iostream>

#include "assets.hpp"
#include "cli_util.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/due_report.hpp"
#include "sk/bureau/html.hpp"
#include "sk/bureau/unit_scores.hpp"
#include "sk/sync/dates.hpp"
#include "table_emit.hpp"

namespace sk::bureau::cli {

void add_score_due_commands(CLI::App& app, Globals& g) {
    auto* sc =
        app.add_subcommand("score", "unit scores for a quarter (主动上报加分、被动发现扣分)");
    static std::string quarter, lang = "zh-CN",
                                rules = default_asset_path("bureau/score-rules.json");
    static TableFormat fmt;
    sc->add_option("--quarter", quarter, "e.g. 2026Q4")->required();
    sc->add_option("--rules", rules, "score rules (JSON, docs/BUREAU.md)");
    sc->add_option("--lang", lang, "zh-CN (default) or en")
        ->check(CLI::IsMember({"zh", "zh-CN", "en"}));
    sc->add_option("--format", fmt.format, "table (default), html, json, csv or xlsx")
        ->check(CLI::IsMember({"table", "html", "json", "csv", "xlsx"}));
    sc->add_option("--out", fmt.out, "file to write (default: standard output; xlsx needs it)");
    sc->add_flag("--bom", fmt.bom, "csv: start with a UTF-8 byte order mark (Excel)");
    sc->callback([&g] {
        const Quarter q = fail_on(parse_quarter(quarter));
        const ScoreRules r = fail_on(load_score_rules(rules));
        Session s = open_session(g);
        auto rows = fail_on(unit_score_table(s.store, s.actor, r, q, lang));
        OutTable t = unit_score_out_table(rows, q, lang == "en");
        if (fmt.format == "html") {
            write_output(fmt.out, unit_score_html(t));
        } else {
            emit_aggregate(fmt, t);
        }
    });

    auto* due = app.add_subcommand("due", "what each user must do this week");
    static std::string user, due_lang = "zh-CN";
    static bool mine = false;
    static int days = kDueHorizonDays;
    static TableFormat due_fmt;
    due->add_option("--for", user, "only this user's items (default: everyone's)");
    due->add_flag("--mine", mine, "only the acting user's items (--user)");
    due->add_option("--days", days, "look this many days ahead (default 7)")
        ->check(CLI::Range(0, 366));
    due->add_option("--lang", due_lang, "zh-CN (default) or en")
        ->check(CLI::IsMember({"zh", "zh-CN", "en"}));
    add_table_format(due, due_fmt);
    due->callback([&g] {
        Session s = open_session(g);
        const uint32_t today = today_day();
        if (mine) user = s.actor.user;
        auto items = fail_on(
            due_report(s.store, s.actor, today,
                       user.empty() ? std::nullopt : std::optional<std::string>(user), days));
        const bool en = due_lang == "en";
        OutTable t;
        t.title = en ? "due" : "待办事项";
        t.header = en ? std::vector<std::string>{"owner", "kind", "ref", "what", "due", "overdue"}
                      : std::vector<std::string>{"负责人", "事项", "编号", "内容", "期限", "逾期"};
        t.keys = {"owner", "kind", "ref", "what", "due", "overdue"};
        t.numeric.assign(t.keys.size(), false);
        for (const auto& d : items) {
            t.rows.push_back({d.owner.empty() ? (en ? "(unassigned)" : "（未分派）") : d.owner,
                              due_kind_label(d.kind, en), d.ref, d.what,
                              sync::iso_from_day_number(d.due_day),
                              d.overdue ? (en ? "overdue" : "逾期") : ""});
        }
        emit_identifiable(s, "due list", due_fmt, t);
    });
}

}  // namespace sk::bureau::cli
