// tips list / show / set-status / reply: kept as an alias of the case ledger for kiosk tips
// (docs/BUREAU.md "Casework"). Since schema 5 every kiosk tip is a case; these commands call
// the same core functions as `case list --channel kiosk`, `case show`, `case status` and
// `case reply`, so old scripts keep working and every change is role-checked and audited.
#include <CLI/CLI.hpp>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/survey/tip.hpp"
#include "sk/untrusted_text.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau::cli {

namespace {

// The layout `tips show` always had (scripts and the e2e test read it): the tip's fields
// under fixed English labels, then the case history.
void show_tip(Session& s, const store::CaseRow& c) {
    auto row = fail_on(s.store.tip(c.case_no));
    if (!row) throw CliError("no case " + c.case_no);
    const storage::TipRow& t = *row;
    std::cout << "case      " << t.case_no << "\n"
              << "status    " << c.status << "\n"
              << "school    " << printable_excerpt(t.kiosk_name, 1024) << " (received "
              << day_to_iso(t.day) << ")\n"
              << "category  " << t.category << (t.subcategory.empty() ? "" : " / " + t.subcategory)
              << "\n";
    if (!c.unit_code.empty() || !c.staff_no.empty()) {
        std::cout << "linked    " << (c.unit_code.empty() ? "-" : c.unit_code) << " "
                  << (c.staff_no.empty() ? "-" : c.staff_no) << "\n";
    }
    auto pt = fail_on(s.store.record_plaintext(t.record_id));
    if (pt) {
        auto tip = survey::parse_tip(pt->view());
        if (tip) {
            auto field = [](const char* label, const survey::SecretText& v) {
                if (!v.empty()) std::cout << label << v.view() << "\n";
            };
            field("unit      ", tip->unit);
            field("person    ", tip->person);
            field("what      ", tip->what);
            field("since     ", tip->since);
            field("how often ", tip->how_often);
            field("evidence  ", tip->evidence);
            // A tipster's contact is tipster data: handlers and the lead only.
            if (allowed(s.actor.role, Permission::export_identifiable)) {
                std::cout << "contact   "
                          << (tip->anonymous() ? "(anonymous)" : tip->contact.view()) << "\n";
            }
        }
    }
    if (!t.reply.empty()) std::cout << "reply     [" << t.reply_lang << "] " << t.reply << "\n";
    std::cout << "history:\n";
    for (const auto& h : fail_on(store::case_history(s.store, c.id))) {
        std::cout << "  " << h.at << "  " << (h.user.empty() ? "-" : h.user) << "  " << h.action;
        if (!h.from_status.empty()) std::cout << " " << h.from_status << " -> " << h.to_status;
        if (!h.note.empty()) std::cout << "  " << h.note;
        std::cout << "\n";
    }
}

}  // namespace

void add_tips_commands(CLI::App& app, Globals& g) {
    auto* tips = app.add_subcommand("tips", "kiosk tips (alias of `case ... --channel kiosk`)");
    tips->require_subcommand(1);

    auto* list = tips->add_subcommand("list", "list kiosk cases");
    static std::string status;
    static bool as_json = false;
    list->add_option("--status", status, "only cases with this status");
    list->add_flag("--json", as_json, "JSON output");
    list->callback([&g] {
        store::CaseFilter f;
        f.channel = "kiosk";
        if (!status.empty()) {
            fail_on(parse_case_state(status));
            f.status = status;
        }
        Session s = open_session(g);
        auto rows = fail_on(find_cases(s.store, s.actor, f));
        if (as_json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& c : rows) {
                arr.push_back({{"case", c.case_no},
                               {"status", c.status},
                               {"category", c.category},
                               {"unit", c.unit_code},
                               {"received", sync::iso_from_day_number(c.received_day)},
                               {"updated", c.updated_at}});
            }
            // Any stored bytes (a name from before names were validated): replaced, not fatal.
            std::cout << arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
            return;
        }
        for (const auto& c : rows) {
            std::cout << c.case_no << "  " << c.status << "  " << c.category << "  "
                      << (c.unit_code.empty() ? "-" : printable_excerpt(c.unit_code, 1024)) << "  "
                      << sync::iso_from_day_number(c.received_day) << "\n";
        }
        std::cout << rows.size() << " case(s)\n";
    });

    auto* show = tips->add_subcommand("show", "show one case with its history");
    static std::string show_id;
    show->add_option("ID", show_id, "case number, e.g. T-2026-0001")->required();
    show->callback([&g] {
        Session s = open_session(g);
        auto c = fail_on(get_case(s.store, s.actor, show_id));
        if (!c.tip_id) throw CliError(c.case_no + " is not a kiosk tip; use bureau case show");
        show_tip(s, c);
    });

    auto* set = tips->add_subcommand("set-status", "move a case to its next status");
    static std::string set_id, set_status, note;
    set->add_option("ID", set_id, "case number")->required();
    set->add_option("STATUS", set_status,
                    "under_verification, substantiated, not_substantiated, talk_held, "
                    "sanction_proposed or closed")
        ->required();
    set->add_option("--note", note, "why (kept in the case history)")->required();
    set->callback([&g] {
        Session s = open_session(g);
        fail_on(change_case_status(s.store, s.actor, set_id, set_status, note, now_rfc3339()));
        std::cout << normalize_any_case_no(set_id) << " -> " << set_status << "\n";
    });

    auto* reply = tips->add_subcommand("reply", "set the reply shown with the receipt code");
    static std::string reply_id, text, lang = "zh-CN";
    reply->add_option("ID", reply_id, "case number")->required();
    reply->add_option("TEXT", text, "reply text (at most 500 characters)")->required();
    reply->add_option("--lang", lang, "zh-CN (default) or en");
    reply->callback([&g] {
        Session s = open_session(g);
        fail_on(reply_case(s.store, s.actor, reply_id, text, lang, now_rfc3339()));
        std::cout << normalize_any_case_no(reply_id)
                  << ": reply saved; publish it with bureau status-board\n";
    });
}

}  // namespace sk::bureau::cli
