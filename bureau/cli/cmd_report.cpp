// report survey / report monthly / export. Output goes to --out FILE or standard output.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "assets.hpp"
#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/export_table.hpp"
#include "sk/bureau/file_io.hpp"
#include "register_cli.hpp"
#include "sk/bureau/monthly_casework.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/xlsx_writer.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::cli {

void add_report_commands(CLI::App& app, Globals& g) {
    auto* report = app.add_subcommand("report", "survey and monthly reports");
    report->require_subcommand(1);
    static int min_group = kDefaultMinGroup;
    static std::string out;

    auto* sv = report->add_subcommand("survey", "statistics of one survey");
    static std::string survey_id, sv_format = "html";
    sv->add_option("ID", survey_id, "survey id")->required();
    sv->add_option("--format", sv_format, "csv, json or html (default)")
        ->check(CLI::IsMember({"csv", "json", "html"}));
    sv->add_option("--min-group", min_group, "hide groups with fewer respondents (default 5)")
        ->check(CLI::Range(1, 1000));
    sv->add_option("--out", out, "file to write (default: standard output)");
    sv->callback([&g] {
        Session s = open_session(g);
        fail_on(authorize_report(s.actor, min_group));
        auto reg = fail_on(SurveyRegistry::load(s.store));
        auto stats = fail_on(survey_stats(s.store, reg, survey_id, min_group));
        write_output(out, sv_format == "csv"    ? survey_report_csv(stats)
                          : sv_format == "json" ? survey_report_json(stats)
                                                : survey_report_html(stats));
    });

    auto* mo = report->add_subcommand("monthly", "the month's tips, participation and changes");
    static std::string month, mo_format = "html", mo_lang, campaign_start;
    static std::string categories = default_asset_path("tips/categories.json");
    mo->add_option("--month", month, "YYYY-MM")->required();
    mo->add_option("--format", mo_format,
                   "html (default) or json; csv and xlsx: the clean-up tables")
        ->check(CLI::IsMember({"json", "html", "csv", "xlsx"}));
    mo->add_option("--lang", mo_lang, "clean-up section: zh (default) or en");
    mo->add_option("--campaign-start", campaign_start,
                   "clean-up running totals from this day (default: the first entry)");
    mo->add_option("--min-group", min_group, "hide groups with fewer respondents (default 5)")
        ->check(CLI::Range(1, 1000));
    auto* cat_opt = mo->add_option("--categories", categories, "tip category labels (JSON)");
    mo->add_option("--out", out, "file to write (default: standard output)");
    mo->callback([&g, cat_opt] {
        auto cats = load_categories(categories, cat_opt->count() > 0);
        Session s = open_session(g);
        fail_on(authorize_report(s.actor, min_group));
        auto r = fail_on(monthly_report(s.store, month, min_group, cats ? &*cats : nullptr));
        // The absence register's clean-up (docs/BUREAU.md): aggregates, every role.
        auto cleanup = fail_on(load_cleanup_report(
            s.store, s.actor, parse_day_option(month + "-01", "--month"),
            campaign_start.empty() ? 0 : parse_day_option(campaign_start, "--campaign-start"),
            parse_lang_option(mo_lang)));
        // The casework (docs/BUREAU.md "Casework"): counts and published summaries.
        auto casework = fail_on(monthly_casework(s.store, month));
        const bool en = parse_lang_option(mo_lang) == Lang::en;
        if (mo_format == "xlsx") {
            if (out.empty() || out == "-") throw CliError("--format xlsx needs --out FILE.xlsx");
            auto sheets = cleanup_xlsx_sheets(cleanup);
            for (auto& sh : casework_xlsx_sheets(casework, en)) sheets.push_back(std::move(sh));
            fail_on(write_xlsx(out, XlsxWorkbook{sheets}));
        } else if (mo_format == "csv") {
            write_output(out, cleanup_csv(cleanup, true));
        } else {
            write_output(
                out, mo_format == "json"
                         ? add_casework_to_json(
                               add_cleanup_to_json(monthly_report_json(r), cleanup), casework)
                         : add_casework_to_html(
                               add_cleanup_to_html(monthly_report_html(r), cleanup), casework, en));
        }
    });

    auto* ex = app.add_subcommand("export", "all decrypted responses, one row per response");
    static std::string ex_format = "csv", ex_survey;
    static bool bom = false;
    ex->add_option("--format", ex_format, "csv (default) or json")
        ->check(CLI::IsMember({"csv", "json"}));
    ex->add_option("--survey", ex_survey, "only this survey");
    ex->add_flag("--bom", bom, "start the CSV with a UTF-8 byte order mark (Excel)");
    ex->add_option("--out", out, "file to write (default: standard output)");
    ex->callback([&g] {
        Session s = open_session(g, Permission::export_identifiable);
        auto reg = fail_on(SurveyRegistry::load(s.store));
        auto t = fail_on(build_export(s.store, reg, ex_survey));
        fail_on(record_export(s, "responses",
                              (ex_survey.empty() ? std::string("all surveys") : ex_survey) + ", " +
                                  std::to_string(t.rows.size()) + " rows, " + ex_format + " -> " +
                                  (out.empty() ? std::string("stdout") : out),
                              now_rfc3339()));
        write_output(out, ex_format == "json" ? export_json(t) : export_csv(t, bom));
        if (t.unreadable > 0) {
            std::cerr << "note: " << t.unreadable
                      << " response(s) skipped: their survey version is not registered\n";
        }
        if (!out.empty() && out != "-") {
            std::cerr << t.rows.size() << " responses -> " << out << "\n";
        }
    });
}

}  // namespace sk::bureau::cli
