// tips list / show / set-status / reply: the ledger, one file per case.
#include <CLI/CLI.hpp>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/ledger.hpp"
#include "sk/survey/tip.hpp"

namespace sk::bureau::cli {

namespace {

void show_tip(Session& s, const std::string& id) {
    const std::string case_no = normalize_case_no(id);
    auto row = fail_on(s.store.tip(case_no));
    if (!row) throw CliError("no case " + case_no);
    const storage::TipRow& t = *row;
    std::cout << "case      " << t.case_no << "\n"
              << "status    " << t.status << "\n"
              << "school    " << t.kiosk_name << " (received " << day_to_iso(t.day) << ")\n"
              << "category  " << t.category << (t.subcategory.empty() ? "" : " / " + t.subcategory)
              << "\n";
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
            std::cout << "contact   " << (tip->anonymous() ? "(anonymous)" : tip->contact.view())
                      << "\n";
        }
    }
    if (!t.reply.empty()) std::cout << "reply     [" << t.reply_lang << "] " << t.reply << "\n";
    std::cout << "history:\n";
    for (const auto& h : fail_on(s.store.tip_history(case_no))) {
        std::cout << "  " << h.at << "  " << h.action;
        if (h.action == "status") std::cout << " " << h.from_status << " -> " << h.to_status;
        if (!h.note.empty()) std::cout << "  " << h.note;
        std::cout << "\n";
    }
}

}  // namespace

void add_tips_commands(CLI::App& app, Globals& g) {
    auto* tips = app.add_subcommand("tips", "the tip ledger");
    tips->require_subcommand(1);

    auto* list = tips->add_subcommand("list", "list cases");
    static std::string status;
    static bool as_json = false;
    list->add_option("--status", status, "only cases with this status");
    list->add_flag("--json", as_json, "JSON output");
    list->callback([&g] {
        storage::TipFilter f;
        if (!status.empty()) {
            fail_on(parse_status(status));
            f.status = status;
        }
        Session s = open_session(g, Permission::read_tips);
        auto rows = fail_on(s.store.tips(f));
        if (as_json) {
            nlohmann::json arr = nlohmann::json::array();
            for (const auto& t : rows) {
                arr.push_back({{"case", t.case_no},
                               {"status", t.status},
                               {"category", t.category},
                               {"subcategory", t.subcategory},
                               {"unit", t.unit},
                               {"school", t.kiosk_name},
                               {"received", day_to_iso(t.day)},
                               {"updated", t.updated_at}});
            }
            std::cout << arr.dump(2) << "\n";
            return;
        }
        for (const auto& t : rows) {
            std::cout << t.case_no << "  " << t.status << "  " << t.category << "  " << t.unit
                      << "  " << t.kiosk_name << "  " << day_to_iso(t.day) << "\n";
        }
        std::cout << rows.size() << " case(s)\n";
    });

    auto* show = tips->add_subcommand("show", "show one case with its history");
    static std::string show_id;
    show->add_option("ID", show_id, "case number, e.g. T-2026-0001")->required();
    show->callback([&g] {
        Session s = open_session(g, Permission::read_tips);
        show_tip(s, show_id);
    });

    auto* set = tips->add_subcommand("set-status", "move a case to its next status");
    static std::string set_id, set_status, note;
    set->add_option("ID", set_id, "case number")->required();
    set->add_option("STATUS", set_status,
                    "under_verification, substantiated, not_substantiated or closed")
        ->required();
    set->add_option("--note", note, "why (kept in the case history)")->required();
    set->callback([&g] {
        Session s = open_session(g);
        fail_on(change_case_status(s, set_id, set_status, note, now_rfc3339()));
        std::cout << normalize_case_no(set_id) << " -> " << set_status << "\n";
    });

    auto* reply = tips->add_subcommand("reply", "set the reply shown with the receipt code");
    static std::string reply_id, text, lang = "zh-CN";
    reply->add_option("ID", reply_id, "case number")->required();
    reply->add_option("TEXT", text, "reply text (at most 500 characters)")->required();
    reply->add_option("--lang", lang, "zh-CN (default) or en");
    reply->callback([&g] {
        Session s = open_session(g);
        fail_on(change_case_reply(s, reply_id, text, lang, now_rfc3339()));
        std::cout << normalize_case_no(reply_id)
                  << ": reply saved; publish it with bureau status-board\n";
    });
}

}  // namespace sk::bureau::cli
