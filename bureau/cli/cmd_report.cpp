// report survey / report monthly / export. Output goes to --out FILE or standard output.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "assets.hpp"
#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "report_output.hpp"
#include "sk/bureau/export_table.hpp"
#include "sk/bureau/export_xlsx.hpp"
#include "sk/bureau/file_io.hpp"
#include "register_cli.hpp"
#include "sk/bureau/monthly_full.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::cli {

void add_report_commands(CLI::App& app, Globals& g) {
    auto* report = app.add_subcommand("report", "survey and monthly reports");
    report->require_subcommand(1);
    static int min_group = kDefaultMinGroup;
    static std::string out, lang = "zh-CN";
    auto lang_option = [](CLI::App* c) {
        c->add_option("--lang", lang, "language of titles, labels and notes: zh-CN (default), en")
            ->check(CLI::IsMember({"zh-CN", "en"}));
    };

    auto* sv = report->add_subcommand("survey", "statistics of one survey, with charts");
    static std::string survey_id, sv_format = "html";
    static SurveyReportOptions sv_opt;
    sv->add_option("ID", survey_id, "survey id")->required();
    sv->add_option("--format", sv_format, "html (default), xlsx, pdf (needs chromium), csv, json")
        ->check(CLI::IsMember({"csv", "json", "html", "xlsx", "pdf"}));
    sv->add_option("--min-group", min_group, "hide groups with fewer respondents (default 5)")
        ->check(CLI::Range(1, 1000));
    lang_option(sv);
    sv->add_flag("--ids", sv_opt.ids, "show question ids");
    sv->add_flag("--free-text", sv_opt.free_text,
                 "list written answers (groups above the threshold only; they can identify "
                 "people)");
    sv->add_option("--out", out, "file to write (default: standard output)");
    sv->callback([&g] {
        Session s = open_session(g);
        fail_on(authorize_report(s.actor, min_group));
        auto reg = fail_on(SurveyRegistry::load(s.store));
        auto stats = fail_on(survey_stats(s.store, reg, survey_id, min_group, {}, {}, lang));
        sv_opt.generated = today_iso();
        write_report(out, sv_format,
                     {[&] {
                          return sv_format == "csv"    ? survey_report_csv(stats, sv_opt)
                                 : sv_format == "json" ? survey_report_json(stats, sv_opt)
                                                       : survey_report_html(stats, sv_opt);
                      },
                      [&] { return survey_report_html(stats, sv_opt); },
                      [&] { return report_tables_workbook(survey_report_tables(stats, sv_opt)); }});
    });

    auto* mo = report->add_subcommand(
        "monthly", "the month's tips, survey participation and the absence clean-up");
    static std::string month, mo_format = "html", campaign_start;
    static std::string categories = default_asset_path("tips/categories.json");
    static MonthlyReportOptions mo_opt;
    mo->add_option("--month", month, "YYYY-MM")->required();
    mo->add_option("--format", mo_format,
                   "html (default), xlsx, pdf (needs chromium), json; csv: the clean-up table")
        ->check(CLI::IsMember({"json", "html", "xlsx", "pdf", "csv"}));
    mo->add_option("--campaign-start", campaign_start,
                   "clean-up running totals from this day (default: the first entry)");
    mo->add_option("--min-group", min_group, "hide groups with fewer respondents (default 5)")
        ->check(CLI::Range(1, 1000));
    lang_option(mo);
    mo->add_flag("--appendix", mo_opt.appendix, "append the month's ledger changes");
    auto* cat_opt = mo->add_option("--categories", categories, "tip category labels (JSON)");
    mo->add_option("--out", out, "file to write (default: standard output)");
    mo->callback([&g, cat_opt] {
        auto cats = load_categories(categories, cat_opt->count() > 0);
        const uint32_t start =
            campaign_start.empty() ? 0 : parse_day_option(campaign_start, "--campaign-start");
        Session s = open_session(g);
        auto full = fail_on(full_monthly_report(s.store, s.actor, month, min_group,
                                                cats ? &*cats : nullptr, lang, start));
        mo_opt.generated = today_iso();
        if (mo_format == "csv") return write_output(out, cleanup_csv(full.cleanup, true));
        const MonthlyReport& r = full.report;
        write_report(out, mo_format,
                     {[&] {
                          return mo_format == "json" ? monthly_report_json(r, mo_opt)
                                                     : monthly_report_html(r, mo_opt);
                      },
                      [&] { return monthly_report_html(r, mo_opt); },
                      [&] { return report_tables_workbook(monthly_report_tables(r, mo_opt)); }});
    });

    auto* ex = app.add_subcommand("export", "all decrypted responses, one row per response");
    static std::string ex_format = "csv", ex_survey;
    static bool bom = false;
    ex->add_option("--format", ex_format, "csv (default), json or xlsx")
        ->check(CLI::IsMember({"csv", "json", "xlsx"}));
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
        const int64_t unreadable = t.unreadable;
        const size_t rows = t.rows.size();
        write_report(out, ex_format,
                     {[&] { return ex_format == "json" ? export_json(t) : export_csv(t, bom); },
                      {},
                      [&] { return export_workbook(std::move(t)); }});
        if (unreadable > 0) {
            std::cerr << "note: " << unreadable
                      << " response(s) skipped: their survey version is not registered\n";
        }
        if (!out.empty() && out != "-") std::cerr << rows << " responses -> " << out << "\n";
    });
}

}  // namespace sk::bureau::cli
