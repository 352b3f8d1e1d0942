// absence add / list / set / import: the register of staff absent from their posts.
#include <CLI/CLI.hpp>

#include <iostream>

#include "register_cli.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::bureau::cli {

namespace {

template <typename T, typename F>
T parse_or_fail(const std::string& s, F parse, const char* option, const char* listing) {
    auto v = parse(s);
    if (!v) throw CliError(std::string(option) + " '" + s + "' is not one of: " + listing);
    return *v;
}

constexpr const char* kCategories =
    "sick_leave maternity study secondment unpaid_leave unauthorised ghost other (or the "
    "Chinese labels)";
constexpr const char* kHandlings =
    "none arranged ordered_back salary_stopped sanction_proposed contract_ended transferred";
constexpr const char* kOutcomes = "open returned transferred contract_ended retired other";
constexpr const char* kFoundBy = "self_report inspection tip payroll_check";

// "" leaves a day unset; "-" clears it (absence set).
std::optional<uint32_t> day_update(const std::string& s, const char* option) {
    if (s.empty()) return std::nullopt;
    if (s == "-") return 0u;
    return parse_day_option(s, option);
}

OutTable absence_table(const std::vector<AbsenceListRow>& rows, Lang l) {
    bool zh = l == Lang::zh;
    OutTable t;
    t.title = zh ? "离岗登记" : "Absence register";
    t.keys = {"id",       "staff_no", "name",        "unit",    "category", "since",
              "handling", "deadline", "returned_on", "outcome", "overdue",  "flag"};
    t.header = zh ? std::vector<std::string>{"登记号",   "工号",     "姓名",     "单位",
                                             "离岗类别", "离岗日期", "处理方式", "返岗期限",
                                             "返岗日期", "处理结果", "逾期",     "提示"}
                  : std::vector<std::string>{"id",           "staff no.", "name",     "unit",
                                             "category",     "since",     "handling", "deadline",
                                             "back at post", "outcome",   "overdue",  "flag"};
    t.numeric = {true};
    for (auto& r : rows) {
        auto& e = r.entry;
        std::string cat(label(e.category, l));
        if (!e.category_text.empty()) cat += "（" + e.category_text + "）";
        std::string flag;
        if (r.flag.over_consecutive) flag = zh ? "连续旷工超15个工作日" : "over 15 consecutive";
        if (r.flag.over_yearly)
            flag += std::string(flag.empty() ? "" : "; ") +
                    (zh ? "年度旷工超30个工作日" : "over 30 this year");
        t.rows.push_back(
            {std::to_string(e.id), e.staff_no, r.name, r.unit_name, cat, day_text(e.since),
             std::string(label(e.handling, l)), day_text(e.deadline), day_text(e.returned_on),
             std::string(label(e.outcome, l)), r.overdue ? (zh ? "是" : "yes") : "", flag});
    }
    return t;
}

}  // namespace

void add_absence_commands(CLI::App& app, Globals& g) {
    auto* absence = app.add_subcommand("absence", "the absence register (在编不在岗/离岗教师)");
    absence->require_subcommand(1);

    auto* add = absence->add_subcommand("add", "register a person absent from their post");
    static std::string person, reason, reason_text, since, found_by, note;
    add->add_option("--person", person, "staff number")->required();
    add->add_option("--reason", reason, kCategories)->required();
    add->add_option("--reason-text", reason_text, "what the reason is (required for 'other')");
    add->add_option("--since", since, "absent since (YYYY-MM-DD, not in the future)")->required();
    add->add_option("--found-by", found_by, kFoundBy);
    add->add_option("--note", note, "free text");
    add->callback([&g] {
        AbsenceEntry e;
        e.staff_no = person;
        e.category =
            parse_or_fail<AbsenceCategory>(reason, parse_category, "--reason", kCategories);
        e.category_text = reason_text;
        e.since = parse_day_option(since, "--since");
        if (!found_by.empty())
            e.found_by = parse_or_fail<FoundBy>(found_by, parse_found_by, "--found-by", kFoundBy);
        e.note = note;
        Session s = open_session(g);
        auto id = fail_on(add_absence(s.store, s.actor, e, today_day(), now_rfc3339()));
        std::cout << "absence entry #" << id << " registered\n";
    });

    auto* set = absence->add_subcommand("set", "change an entry: handling, deadline, return...");
    static int64_t id = 0;
    static std::string s_reason, s_reason_text, s_since, s_found, s_handling, s_deadline,
        s_returned, s_outcome, s_closed, s_stopped, s_recovered, s_recovered_on, s_note;
    set->add_option("ID", id, "entry number (登记号)")->required()->check(CLI::Range(1, 1 << 30));
    set->add_option("--reason", s_reason, kCategories);
    set->add_option("--reason-text", s_reason_text, "text for 'other'");
    set->add_option("--since", s_since, "absent since");
    set->add_option("--found-by", s_found, kFoundBy);
    set->add_option("--handling", s_handling, kHandlings);
    set->add_option("--deadline", s_deadline, "back by this day (限期返岗); '-' clears");
    set->add_option("--returned", s_returned, "back at post on this day; '-' clears");
    set->add_option("--outcome", s_outcome, kOutcomes);
    set->add_option("--closed", s_closed, "day the outcome was decided; '-' clears");
    set->add_option("--salary-stopped", s_stopped, "salary stopped on this day; '-' clears");
    set->add_option("--recovered", s_recovered, "wrongly paid salary recovered (元)");
    set->add_option("--recovered-on", s_recovered_on, "day of the recovery");
    set->add_option("--note", s_note, "free text (replaces the note)");
    set->callback([&g] {
        AbsenceUpdate u;
        if (!s_reason.empty())
            u.category =
                parse_or_fail<AbsenceCategory>(s_reason, parse_category, "--reason", kCategories);
        if (!s_reason_text.empty()) u.category_text = s_reason_text;
        if (!s_since.empty()) u.since = parse_day_option(s_since, "--since");
        if (!s_found.empty())
            u.found_by = parse_or_fail<FoundBy>(s_found, parse_found_by, "--found-by", kFoundBy);
        if (!s_handling.empty())
            u.handling =
                parse_or_fail<Handling>(s_handling, parse_handling, "--handling", kHandlings);
        if (!s_outcome.empty())
            u.outcome = parse_or_fail<Outcome>(s_outcome, parse_outcome, "--outcome", kOutcomes);
        u.deadline = day_update(s_deadline, "--deadline");
        u.returned_on = day_update(s_returned, "--returned");
        u.closed_on = day_update(s_closed, "--closed");
        u.salary_stopped_on = day_update(s_stopped, "--salary-stopped");
        u.recovered_on = day_update(s_recovered_on, "--recovered-on");
        if (!s_recovered.empty()) {
            int64_t fen = 0;
            if (!parse_yuan(s_recovered, fen))
                throw CliError("--recovered '" + s_recovered + "' is not a sum in 元");
            u.recovered_fen = fen;
        }
        if (!s_note.empty()) u.note = s_note;
        Session s = open_session(g);
        auto e = fail_on(set_absence(s.store, s.actor, id, u, today_day(), now_rfc3339()));
        std::cout << "absence entry #" << e.id << " changed\n";
    });

    auto* list = absence->add_subcommand("list", "list the register");
    static std::string l_unit, l_category, as_of, workdays;
    static TableOptions topt;
    static bool overdue = false;
    list->add_option("--unit", l_unit, "only this unit code");
    list->add_option("--category", l_category, kCategories);
    list->add_flag("--overdue", overdue, "only entries past their deadline and not back");
    list->add_option("--as-of", as_of, "overdue and flags as of this day (default: today)");
    list->add_option("--workdays", workdays, "working-day calendar file");
    topt.add_to(list);
    list->callback([&g] {
        Lang l = parse_lang_option(topt.lang);
        AbsenceListQuery q;
        if (!l_unit.empty()) q.unit_code = l_unit;
        if (!l_category.empty())
            q.category = parse_or_fail<AbsenceCategory>(l_category, parse_category, "--category",
                                                        kCategories);
        q.overdue_only = overdue;
        q.as_of = as_of.empty() ? today_day() : parse_day_option(as_of, "--as-of");
        auto cal = load_work_calendar(workdays);
        Session s = open_session(g);
        auto rows = fail_on(list_absence_register(s.store, s.actor, q, cal, {}));
        emit_table(s, "absence", absence_table(rows, l), topt.format, topt.out, true);
    });

    auto* imp = absence->add_subcommand("import", "add entries in bulk from CSV or XLSX");
    static std::string file;
    imp->add_option("FILE", file, "columns as assets/demo/bureau/absences.csv")->required();
    imp->callback([&g] {
        Session s = open_session(g);
        report_import("absence import",
                      fail_on(import_absences(s.store, s.actor, file, today_day(), now_rfc3339())),
                      false);
    });
}

}  // namespace sk::bureau::cli
