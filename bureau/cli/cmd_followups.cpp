// talk add, quarterly add / due, sanction add, publish case: the follow-up records of the
// person file (docs/BUREAU.md "Casework").
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli_util.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/sync/dates.hpp"
#include "table_emit.hpp"

namespace sk::bureau::cli {

namespace {

void add_talk_command(CLI::App& app, Globals& g) {
    auto* talk = app.add_subcommand("talk", "talks, symposia and interviews (谈心谈话)");
    talk->require_subcommand(1);
    auto* add = talk->add_subcommand("add", "record a talk with a person");
    static std::string person, kind = "talk", date, by, note_file, case_no;
    add->add_option("--person", person, "staff number")->required();
    add->add_option("--kind", kind, "talk (default), symposium or interview")
        ->check(CLI::IsMember({"talk", "symposium", "interview"}));
    add->add_option("--date", date, "YYYY-MM-DD")->required();
    add->add_option("--by", by, "user who held it")->required();
    add->add_option("--note-file", note_file, "UTF-8 file with the record")->required();
    add->add_option("--case", case_no, "the case it was about");
    add->callback([&g] {
        TalkInput in;
        in.staff_no = person;
        in.kind = fail_on(parse_talk_kind(kind));
        in.day = parse_day_option(date, "--date");
        in.by = by;
        in.note = read_text_option("--note-file", note_file);
        in.case_no = case_no;
        Session s = open_session(g);
        fail_on(add_talk(s.store, s.actor, in, now_rfc3339(), today_day()));
        std::cout << person << ": " << talk_kind_label(in.kind, "zh-CN") << " " << date
                  << " recorded\n";
    });
}

void add_quarterly_command(CLI::App& app, Globals& g) {
    auto* q = app.add_subcommand("quarterly", "the quarterly dynamic file (动态档案)");
    q->require_subcommand(1);
    auto* add = q->add_subcommand("add", "a person's entry for a quarter");
    static std::string person, quarter, rating, note_file;
    add->add_option("--person", person, "staff number")->required();
    add->add_option("--quarter", quarter, "e.g. 2026Q4")->required();
    add->add_option("--rating", rating, "good, fair or poor")
        ->required()
        ->check(CLI::IsMember({"good", "fair", "poor"}));
    add->add_option("--note-file", note_file, "UTF-8 file: thought and work style")->required();
    add->callback([&g] {
        QuarterlyInput in;
        in.staff_no = person;
        in.quarter = fail_on(parse_quarter(quarter));
        in.rating = fail_on(parse_rating(rating));
        in.note = read_text_option("--note-file", note_file);
        Session s = open_session(g);
        fail_on(add_quarterly(s.store, s.actor, in, now_rfc3339(), today_day()));
        std::cout << person << ": " << format_quarter(in.quarter) << " recorded\n";
    });

    auto* due = q->add_subcommand("due", "people on the watch list without this quarter's entry");
    static std::string due_quarter, lang = "zh-CN";
    static TableFormat fmt;
    due->add_option("--quarter", due_quarter, "e.g. 2026Q4")->required();
    due->add_option("--lang", lang, "zh-CN (default) or en")
        ->check(CLI::IsMember({"zh", "zh-CN", "en"}));
    add_table_format(due, fmt);
    due->callback([&g] {
        const Quarter qq = fail_on(parse_quarter(due_quarter));
        Session s = open_session(g);
        auto rows = fail_on(quarterly_missing(s.store, s.actor, qq));
        const bool en = lang == "en";
        OutTable t;
        t.title = en ? "quarterly due " + format_quarter(qq) : format_quarter(qq) + " 待填动态档案";
        t.header =
            en ? std::vector<std::string>{"staff no.", "name", "unit", "watched since", "owner"}
               : std::vector<std::string>{"工号", "姓名", "单位", "关注起始", "负责人"};
        t.keys = {"staff_no", "name", "unit", "watched_since", "owner"};
        t.numeric.assign(t.keys.size(), false);
        for (const auto& w : rows) {
            t.rows.push_back(
                {w.staff_no, w.name, w.unit, sync::iso_from_day_number(w.watched_since), w.owner});
        }
        emit_identifiable(s, "quarterly due", fmt, t);
    });
}

void add_sanction_command(CLI::App& app, Globals& g) {
    auto* sc = app.add_subcommand("sanction", "measures and sanctions (提醒、警告、记过 ...)");
    sc->require_subcommand(1);
    auto* add = sc->add_subcommand("add", "record a reminder or sanction decision");
    static std::string person, kind, case_no, date, decision_no, override_reason;
    add->add_option("--person", person, "staff number")->required();
    add->add_option("--kind", kind,
                    "reminder, warning, demerit, major-demerit, demotion, removal or dismissal")
        ->required();
    add->add_option("--case", case_no, "the substantiated case it decides")->required();
    add->add_option("--date", date, "decision date, YYYY-MM-DD")->required();
    add->add_option("--decision-no", decision_no, "decision document number")->required();
    add->add_option("--override", override_reason,
                    "why a sanction comes without a prior reminder or talk (recorded)");
    add->callback([&g] {
        SanctionInput in;
        in.staff_no = person;
        in.kind = fail_on(parse_sanction_kind(kind));
        in.case_no = case_no;
        in.day = parse_day_option(date, "--date");
        in.decision_no = decision_no;
        in.override_reason = override_reason;
        Session s = open_session(g);
        fail_on(add_sanction(s.store, s.actor, in, now_rfc3339(), today_day()));
        auto end = effect_end_day(in.kind, in.day);
        std::cout << person << ": " << sanction_kind_label(in.kind, "zh-CN") << " " << decision_no;
        if (end) std::cout << ", 影响期至 (in effect until) " << sync::iso_from_day_number(*end);
        std::cout << "\n";
    });
}

void add_publish_command(CLI::App& app, Globals& g) {
    auto* pub = app.add_subcommand("publish", "typical cases for warning education (典型案例)");
    pub->require_subcommand(1);
    auto* pc = pub->add_subcommand("case", "publish a concluded, substantiated case");
    static std::string case_no, summary_file;
    static bool show_name = false, board = false;
    pc->add_option("ID", case_no, "case number")->required();
    pc->add_option("--summary-file", summary_file, "UTF-8 file: the anonymised summary")
        ->required();
    pc->add_flag("--show-name", show_name, "the lead decided the person may be named");
    pc->add_flag("--board", board, "also a notice on the kiosks' status board");
    pc->callback([&g] {
        PublishInput in;
        in.case_no = case_no;
        in.summary = read_text_option("--summary-file", summary_file);
        in.show_name = show_name;
        in.on_board = board;
        Session s = open_session(g);
        fail_on(publish_case(s.store, s.actor, in, now_rfc3339(), today_day()));
        std::cout << case_no << ": published\n";
    });
}

}  // namespace

void add_followup_commands(CLI::App& app, Globals& g) {
    add_talk_command(app, g);
    add_quarterly_command(app, g);
    add_sanction_command(app, g);
    add_publish_command(app, g);
}

}  // namespace sk::bureau::cli
