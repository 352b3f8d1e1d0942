// case add / link / unlink / assign / status / reopen / reply / list / show: the campaign's case
// ledger over every channel (docs/BUREAU.md "Casework").
#include <CLI/CLI.hpp>

#include <iostream>

#include "assets.hpp"
#include "case_view.hpp"
#include "cli_util.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/casework_replay.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"
#include "table_emit.hpp"

namespace sk::bureau::cli {

namespace {

struct AddOpts {
    std::string channel, unit, person, category, text_file, source, source_file, received;
    bool issue_receipt = false;
    std::string categories = default_asset_path("tips/categories.json");
};

struct ListOpts {
    std::string status, channel, unit, person, assignee, search, lang = "zh-CN";
    bool overdue = false;
    TableFormat fmt;
};

void add_case_add(CLI::App* c, Globals& g) {
    static AddOpts o;
    auto* add = c->add_subcommand("add", "a case typed in by a clerk (hotline, mailbox, ...)");
    add->add_option("--channel", o.channel,
                    "hotline, mailbox, letter, visit, unit-report, inspection or survey")
        ->required();
    add->add_option("--unit", o.unit, "unit code the case is about")->required();
    add->add_option("--person", o.person, "staff number, when the clerk has checked who it is");
    add->add_option("--category", o.category, "category id (assets/tips/categories.json)")
        ->required();
    add->add_option("--text-file", o.text_file, "UTF-8 file with what was reported")->required();
    add->add_option("--source", o.source, "who called or wrote, how to reach them (kept apart)");
    add->add_option("--source-file", o.source_file, "the same, from a file");
    add->add_option("--received", o.received, "day received, YYYY-MM-DD (default today)");
    add->add_flag("--issue-receipt", o.issue_receipt,
                  "print a receipt code for the caller to check progress at a kiosk");
    add->add_option("--categories", o.categories, "category file (JSON)");
    add->callback([&g] {
        NewCaseInput in;
        in.channel = fail_on(parse_channel(o.channel));
        in.unit = o.unit;
        in.staff_no = o.person;
        in.category = o.category;
        in.text = read_text_option("--text-file", o.text_file);
        in.source =
            o.source_file.empty() ? o.source : read_text_option("--source-file", o.source_file);
        in.received_day = o.received.empty() ? 0 : parse_day_option(o.received, "--received");
        in.issue_receipt = o.issue_receipt;
        const auto ids = category_ids(o.categories);
        Session s = open_session(g);
        const auto pk = s.keys.pub.sign_pk;
        auto made = fail_on(add_case(s.store, s.actor, in, ids, &pk, now_rfc3339(), today_day()));
        std::cout << made.case_no << "\n";
        if (!made.receipt_code.empty()) {
            std::cout << "回执码 (receipt code, give it to the caller; it is not kept): "
                      << made.receipt_code << "\n";
        }
    });
}

void add_case_changes(CLI::App* c, Globals& g) {
    auto* link = c->add_subcommand("link", "link a case to a person and/or a unit");
    static std::string link_id, link_person, link_unit, link_reason;
    link->add_option("ID", link_id, "case number")->required();
    link->add_option("--person", link_person, "staff number");
    link->add_option("--unit", link_unit, "unit code");
    link->add_option("--reason", link_reason, "why (kept in the case history)")->required();
    link->callback([&g] {
        Session s = open_session(g);
        auto opt = [](const std::string& v) {
            return v.empty() ? std::nullopt : std::optional<std::string>(v);
        };
        fail_on(link_case(s.store, s.actor, link_id, opt(link_unit), opt(link_person), link_reason,
                          now_rfc3339()));
        std::cout << normalize_any_case_no(link_id) << ": linked\n";
    });

    auto* unlink = c->add_subcommand("unlink", "undo a link: clear the case's person and/or unit");
    static std::string ul_id, ul_reason;
    static bool ul_person = false, ul_unit = false;
    unlink->add_option("ID", ul_id, "case number")->required();
    unlink->add_flag("--person", ul_person, "clear the linked person");
    unlink->add_flag("--unit", ul_unit, "clear the linked unit");
    unlink->add_option("--reason", ul_reason, "why (kept in the case history)")->required();
    unlink->callback([&g] {
        Session s = open_session(g);
        fail_on(unlink_case(s.store, s.actor, ul_id, ul_unit, ul_person, ul_reason, now_rfc3339()));
        std::cout << normalize_any_case_no(ul_id) << ": unlinked\n";
    });

    auto* assign = c->add_subcommand("assign", "give a case to a user with a deadline");
    static std::string as_id, as_to, as_due, as_note;
    assign->add_option("ID", as_id, "case number")->required();
    assign->add_option("--to", as_to, "user name")->required();
    assign->add_option("--due", as_due, "deadline, YYYY-MM-DD")->required();
    assign->add_option("--note", as_note, "instructions");
    assign->callback([&g] {
        const uint32_t due = parse_day_option(as_due, "--due");
        Session s = open_session(g);
        fail_on(
            assign_case(s.store, s.actor, as_id, as_to, due, as_note, now_rfc3339(), today_day()));
        std::cout << normalize_any_case_no(as_id) << " -> " << as_to << " (" << as_due << ")\n";
    });

    auto* st = c->add_subcommand("status", "move a case to its next status");
    static std::string st_id, st_to, st_note;
    st->add_option("ID", st_id, "case number")->required();
    st->add_option("STATUS", st_to,
                   "under_verification, substantiated, not_substantiated, talk_held, "
                   "sanction_proposed or closed")
        ->required();
    st->add_option("--note", st_note, "why (kept in the case history)")->required();
    st->callback([&g] {
        Session s = open_session(g);
        fail_on(change_case_status(s.store, s.actor, st_id, st_to, st_note, now_rfc3339()));
        std::cout << normalize_any_case_no(st_id) << " -> " << st_to << "\n";
    });

    auto* re = c->add_subcommand("reopen", "new facts: a closed case back to verification");
    static std::string re_id, re_note;
    re->add_option("ID", re_id, "case number")->required();
    re->add_option("--note", re_note, "the new facts")->required();
    re->callback([&g] {
        Session s = open_session(g);
        fail_on(reopen_case(s.store, s.actor, re_id, re_note, now_rfc3339()));
        std::cout << normalize_any_case_no(re_id) << " -> under_verification\n";
    });

    auto* reply = c->add_subcommand("reply", "the reply shown with the case's receipt code");
    static std::string rp_id, rp_text, rp_lang = "zh-CN";
    reply->add_option("ID", rp_id, "case number")->required();
    reply->add_option("TEXT", rp_text, "reply text (at most 500 characters)")->required();
    reply->add_option("--lang", rp_lang, "zh-CN (default) or en");
    reply->callback([&g] {
        Session s = open_session(g);
        fail_on(reply_case(s.store, s.actor, rp_id, rp_text, rp_lang, now_rfc3339()));
        std::cout << normalize_any_case_no(rp_id)
                  << ": reply saved; publish it with bureau status-board\n";
    });
}

void add_case_reads(CLI::App* c, Globals& g) {
    static ListOpts o;
    static std::string categories = default_asset_path("tips/categories.json");
    auto* list = c->add_subcommand("list", "list cases");
    list->add_option("--status", o.status, "only this status");
    list->add_option("--channel", o.channel, "only this channel");
    list->add_option("--unit", o.unit, "only this unit code");
    list->add_option("--person", o.person, "only cases linked to this staff number");
    list->add_option("--assignee", o.assignee, "only cases assigned to this user");
    list->add_flag("--overdue", o.overdue, "only open cases past their deadline");
    list->add_option("--search", o.search, "text in the case number, category or typed text");
    list->add_option("--lang", o.lang, "zh-CN (default) or en")
        ->check(CLI::IsMember({"zh", "zh-CN", "en"}));
    add_table_format(list, o.fmt);
    list->callback([&g] {
        store::CaseFilter f;
        auto opt = [](const std::string& v) {
            return v.empty() ? std::nullopt : std::optional<std::string>(v);
        };
        if (!o.status.empty()) fail_on(parse_case_state(o.status));
        if (!o.channel.empty()) fail_on(parse_channel(o.channel));
        f.status = opt(o.status);
        f.channel = opt(o.channel);
        f.unit_code = opt(o.unit);
        f.staff_no = opt(o.person);
        f.assignee = opt(o.assignee);
        f.search = opt(o.search);
        if (o.overdue) f.due_before = today_day();
        CaseLabels l{o.lang, load_categories(categories, false)};
        Session s = open_session(g);
        auto rows = fail_on(find_cases(s.store, s.actor, f));
        emit_identifiable(s, "case list", o.fmt, case_table(rows, l, today_day()));
        if (o.fmt.format == "table")
            std::cerr << rows.size() << (o.lang == "en" ? " case(s)\n" : " 件\n");
    });

    auto* show = c->add_subcommand("show", "one case with its history");
    static std::string show_id, show_lang = "zh-CN";
    show->add_option("ID", show_id, "case number, e.g. H-2026-0001")->required();
    show->add_option("--lang", show_lang, "zh-CN (default) or en")
        ->check(CLI::IsMember({"zh", "zh-CN", "en"}));
    show->callback([&g] {
        CaseLabels l{show_lang, load_categories(categories, false)};
        Session s = open_session(g);
        auto c = fail_on(get_case(s.store, s.actor, show_id));
        std::cout << case_page(s, c, l);
    });
}

}  // namespace

void add_case_commands(CLI::App& app, Globals& g) {
    auto* c = app.add_subcommand("case", "the case ledger: every channel, one file per case");
    c->require_subcommand(1);
    add_case_add(c, g);
    add_case_changes(c, g);
    add_case_reads(c, g);
}

}  // namespace sk::bureau::cli

namespace sk::bureau::cli {

void load_demo_casework(Session& s, const std::filesystem::path& events_file) {
    // The demo's handlers: rows in the users table (audited) without a key slot, so they
    // author the demo's records but cannot log in until given a passphrase.
    for (const char* name : {"zhang", "li", "wang"}) {
        if (fail_on(store::find_user(s.store, name))) continue;
        store::AuditEvent e{now_rfc3339(),
                            s.actor.user,
                            "user.add",
                            "user",
                            name,
                            "",
                            "role handler (demo, no passphrase)"};
        fail_on(store::audited(s.store, e, [&]() -> Result<void> {
            auto u = store::insert_user(s.store, name, Role::handler, s.actor.user, now_rfc3339());
            if (!u) return u.error();
            return ok();
        }));
    }
    const auto ids = category_ids(default_asset_path("tips/categories.json"));
    auto events = fail_on(read_casework_events(events_file));
    auto counts = fail_on(replay_casework(s.store, events, ids));
    std::cout << "casework:";
    for (const auto& [action, n] : counts) std::cout << " " << action << " " << n << ";";
    std::cout << "\n";
}

}  // namespace sk::bureau::cli
