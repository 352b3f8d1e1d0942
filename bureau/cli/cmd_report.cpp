// report survey / report monthly / export. Output goes to --out FILE or standard output.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "cli_util.hpp"
#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/export_table.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/bureau/report_monthly.hpp"
#include "sk/bureau/report_survey.hpp"
#include "sk/bureau/survey_stats.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::cli {

namespace {

// bureau-tools installs the labels in <prefix>/share/bureau-tools; a build-tree binary
// reads the source tree's assets/.
std::string default_categories_path() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    const auto installed =
        exe.parent_path().parent_path() / "share" / "bureau-tools" / "tips" / "categories.json";
    if (!ec && std::filesystem::is_regular_file(installed, ec)) return installed.string();
    return std::string(SK_ASSETS_DIR) + "/tips/categories.json";
}

std::optional<survey::TipCategories> load_categories(const std::string& path, bool explicit_path) {
    auto bytes = read_file(path, 1u << 20);
    if (!bytes) {
        if (explicit_path) throw CliError("--categories: " + bytes.error().message);
        return std::nullopt;  // the default file is optional: ids are shown instead
    }
    auto c = survey::parse_tip_categories(bytes.value());
    if (!c) throw CliError(path + ": " + c.error().message);
    return std::move(c.value());
}

}  // namespace

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
    static std::string month, mo_format = "html";
    static std::string categories = default_categories_path();
    mo->add_option("--month", month, "YYYY-MM")->required();
    mo->add_option("--format", mo_format, "html (default) or json")
        ->check(CLI::IsMember({"json", "html"}));
    mo->add_option("--min-group", min_group, "hide groups with fewer respondents (default 5)")
        ->check(CLI::Range(1, 1000));
    auto* cat_opt = mo->add_option("--categories", categories, "tip category labels (JSON)");
    mo->add_option("--out", out, "file to write (default: standard output)");
    mo->callback([&g, cat_opt] {
        auto cats = load_categories(categories, cat_opt->count() > 0);
        Session s = open_session(g);
        fail_on(authorize_report(s.actor, min_group));
        auto r = fail_on(monthly_report(s.store, month, min_group, cats ? &*cats : nullptr));
        write_output(out, mo_format == "json" ? monthly_report_json(r) : monthly_report_html(r));
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
