// unit import/list, staff import/list, payroll check, person show, demo load.
#include <CLI/CLI.hpp>

#include <iostream>

#include "assets.hpp"
#include "register_cli.hpp"
#include "sk/bureau/person_file_export.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/store/registers.hpp"

namespace sk::bureau::cli {

namespace {

void add_unit_commands(CLI::App& app, Globals& g) {
    auto* unit = app.add_subcommand("unit", "the unit register (单位)");
    unit->require_subcommand(1);
    auto* imp = unit->add_subcommand("import", "import units from CSV or XLSX");
    static std::string file;
    static bool verbose = false;
    imp->add_option("FILE", file, "columns 单位代码/code, 单位名称/name, 类型/kind, 乡镇/township")
        ->required();
    imp->add_flag("--verbose", verbose, "list every added/changed unit");
    imp->callback([&g] {
        Session s = open_session(g);
        report_import("unit import", fail_on(import_units(s.store, s.actor, file, now_rfc3339())),
                      verbose);
    });
    auto* list = unit->add_subcommand("list", "list units");
    static TableOptions topt;
    topt.add_to(list);
    list->callback([&g] {
        Lang l = parse_lang_option(topt.lang);
        Session s = open_session(g);
        fail_on(authorize(s.actor, Permission::read_files));
        OutTable t;
        t.title = l == Lang::zh ? "单位" : "Units";
        t.keys = {"code", "name", "kind", "township"};
        t.header = l == Lang::zh ? std::vector<std::string>{"单位代码", "单位名称", "类型", "乡镇"}
                                 : std::vector<std::string>{"code", "name", "kind", "township"};
        for (auto& u : fail_on(store::list_units(s.store)))
            t.rows.push_back({u.code, u.name, u.kind, u.township});
        emit_table(s, "units", t, topt.format, topt.out, true);
    });
}

void add_staff_commands(CLI::App& app, Globals& g) {
    auto* staff = app.add_subcommand("staff", "the staff register (教职工)");
    staff->require_subcommand(1);
    auto* imp = staff->add_subcommand(
        "import", "import or re-import staff (CSV or XLSX); reports added/changed/removed");
    static std::string file;
    static bool dry_run = false, verbose = false;
    imp->add_option("FILE", file,
                    "columns 工号, 姓名, 单位代码, 岗位, 用工类型, 是否在工资册 (or English)")
        ->required();
    imp->add_flag("--dry-run", dry_run, "report what would change, store nothing");
    imp->add_flag("--verbose", verbose, "list every added/changed/removed person");
    imp->callback([&g] {
        Session s = open_session(g);
        auto r = fail_on(import_staff(s.store, s.actor, file, now_rfc3339(), dry_run));
        report_import(dry_run ? "staff import (dry run)" : "staff import", r, verbose);
    });
    auto* list = staff->add_subcommand("list", "list staff");
    static std::string unit_code;
    static TableOptions topt;
    list->add_option("--unit", unit_code, "only this unit");
    topt.add_to(list);
    list->callback([&g] {
        Lang l = parse_lang_option(topt.lang);
        Session s = open_session(g);
        fail_on(authorize(s.actor, Permission::read_files));
        OutTable t;
        t.title = l == Lang::zh ? "教职工" : "Staff";
        t.keys = {"staff_no", "name", "unit_code", "post", "employment", "on_payroll"};
        t.header = l == Lang::zh ? std::vector<std::string>{"工号", "姓名",     "单位代码",
                                                            "岗位", "用工类型", "是否在工资册"}
                                 : t.keys;
        for (auto& p : fail_on(store::list_staff(s.store))) {
            if (!unit_code.empty() && p.unit_code != unit_code) continue;
            t.rows.push_back(
                {p.staff_no, p.name, p.unit_code, p.post, p.employment,
                 p.on_payroll ? (l == Lang::zh ? "是" : "yes") : (l == Lang::zh ? "否" : "no")});
        }
        emit_table(s, "staff", t, topt.format, topt.out, true);
    });
}

void add_payroll_commands(CLI::App& app, Globals& g) {
    auto* payroll = app.add_subcommand("payroll", "payroll cross-check (大数据比对)");
    payroll->require_subcommand(1);
    auto* check = payroll->add_subcommand(
        "check", "compare a payroll list (CSV/XLSX) with the staff and absence registers");
    static std::string file, pay_day;
    static TableOptions topt;
    check->add_option("FILE", file, "columns 工号, 姓名, 单位代码/发放单位代码, 实发金额(元)")
        ->required();
    check->add_option("--pay-day", pay_day, "the day the payroll is for (default: today)");
    topt.add_to(check);
    check->callback([&g] {
        Lang l = parse_lang_option(topt.lang);
        uint32_t day = pay_day.empty() ? today_day() : parse_day_option(pay_day, "--pay-day");
        Session s = open_session(g);
        std::vector<std::string> errors;
        auto r = fail_on(check_payroll_file(s.store, s.actor, file, PayrollPolicy{}, day,
                                            now_rfc3339(), errors));
        for (auto& e : errors) std::cerr << "payroll check: " << e << "\n";
        if (!errors.empty()) throw CliError("payroll check: the file has errors, nothing checked");
        bool zh = l == Lang::zh;
        OutTable t;
        t.title = zh ? "工资比对" : "Payroll check";
        t.keys = {"row",           "issue",       "staff_no",   "name",
                  "register_unit", "paying_unit", "amount_yuan"};
        t.header =
            zh ? std::vector<std::string>{"行号",     "问题",     "工号",    "姓名",
                                          "在册单位", "发放单位", "金额(元)"}
               : std::vector<std::string>{"row",           "issue",       "staff no.",    "name",
                                          "register unit", "paying unit", "amount (yuan)"};
        t.numeric = {true, false, false, false, false, false, true};
        for (auto& f : r.findings)
            t.rows.push_back({std::to_string(f.row_number), std::string(label(f.issue, l)),
                              f.staff_no, f.name, f.register_unit, f.paying_unit,
                              yuan_text(f.amount_fen)});
        emit_table(s, "payroll", t, topt.format, topt.out, true);
        if (topt.format == "table")
            std::cout << (zh ? "共 " : "") << r.rows << (zh ? " 行，发现问题 " : " rows, ")
                      << r.findings.size() << (zh ? " 条\n" : " findings\n");
    });
}

void add_person_commands(CLI::App& app, Globals& g) {
    auto* person = app.add_subcommand("person", "one file per person (一人一档)");
    person->require_subcommand(1);
    auto* show = person->add_subcommand("show", "a person's file: basic data and every record");
    static std::string staff_no, format = "text", out, lang, as_of, workdays;
    static std::string categories = default_asset_path("tips/categories.json");
    show->add_option("STAFFNO", staff_no, "staff number")->required();
    show->add_option("--format", format, "text (default), html, json or xlsx (needs --out)")
        ->check(CLI::IsMember({"text", "html", "json", "xlsx"}));
    show->add_option("--out", out, "write to FILE");
    show->add_option("--lang", lang, "zh (default) or en");
    show->add_option("--as-of", as_of, "flags as of this day (default: today)");
    show->add_option("--workdays", workdays, "working-day calendar file (docs/BUREAU.md)");
    auto* cat_opt = show->add_option("--categories", categories, "case category labels (JSON)");
    show->callback([&g, cat_opt] {
        Lang l = parse_lang_option(lang);
        uint32_t day = as_of.empty() ? today_day() : parse_day_option(as_of, "--as-of");
        if (format == "xlsx" && out.empty()) throw CliError("--format xlsx needs --out FILE");
        auto cal = load_work_calendar(workdays);
        // Case categories by their labels in the file's language (ids if the file is missing).
        auto cats = load_categories(categories, cat_opt->count() > 0);
        Session s = open_session(g);
        auto f = fail_on(load_person_file(s.store, s.actor, staff_no, day, l, cal, {},
                                          now_rfc3339(), cats ? &*cats : nullptr));
        if (format == "xlsx") {
            fail_on(write_xlsx(out, person_file_workbook(f)));
            return;
        }
        write_output(out, format == "html"   ? person_file_html(f)
                          : format == "json" ? person_file_json(f)
                                             : person_file_text(f));
    });
}

void add_demo_commands(CLI::App& app, Globals& g) {
    auto* demo = app.add_subcommand("demo", "the demo data set (assets/demo/bureau)");
    demo->require_subcommand(1);
    auto* load = demo->add_subcommand(
        "load", "import the demo units, staff and absence register into this bureau home");
    static std::string from, today = "2026-12-01";
    load->add_option("--from", from, "the demo directory (default: the installed assets)");
    load->add_option("--today", today,
                     "the data set's 'today' for date checks (default 2026-12-01, when the "
                     "demo was taken)");
    load->callback([&g] {
        std::filesystem::path dir = from.empty()
                                        ? std::filesystem::path(SK_ASSETS_DIR) / "demo/bureau"
                                        : std::filesystem::path(from);
        uint32_t day = parse_day_option(today, "--today");
        Session s = open_session(g);
        report_import("unit import",
                      fail_on(import_units(s.store, s.actor, dir / "units.csv", now_rfc3339())),
                      false);
        report_import(
            "staff import",
            fail_on(import_staff(s.store, s.actor, dir / "staff.xlsx", now_rfc3339(), false)),
            false);
        report_import(
            "absence import",
            fail_on(import_absences(s.store, s.actor, dir / "absences.csv", day, now_rfc3339())),
            false);
        load_demo_casework(s, dir / "casework-events.csv");
        std::cout << "next: bureau payroll check " << (dir / "payroll-2026-11.csv").string()
                  << " --pay-day 2026-11-30\n";
    });
}

}  // namespace

void add_register_commands(CLI::App& app, Globals& g) {
    add_unit_commands(app, g);
    add_staff_commands(app, g);
    add_payroll_commands(app, g);
    add_person_commands(app, g);
    add_demo_commands(app, g);
}

}  // namespace sk::bureau::cli
