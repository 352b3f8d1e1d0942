#include "register_cli.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "sk/bureau/actions.hpp"
#include "sk/bureau/clock.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

void TableOptions::add_to(CLI::App* cmd) {
    cmd->add_option("--format", format, "table (default), json, csv or xlsx")
        ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
    cmd->add_option("--out", out, "write to FILE (required for xlsx)");
    cmd->add_option("--lang", lang, "zh (default) or en");
}

Lang parse_lang_option(const std::string& s) {
    if (s.empty() || s == "zh" || s == "zh-CN") return Lang::zh;
    if (s == "en") return Lang::en;
    throw CliError("--lang must be zh or en, not '" + s + "'");
}

uint32_t parse_day_option(const std::string& s, const char* option) {
    auto d = parse_table_date(s);
    if (!d) throw CliError(std::string(option) + " '" + s + "' is not a date (YYYY-MM-DD)");
    return *d;
}

void emit_table(Session& s, const std::string& what, const OutTable& t, const std::string& format,
                const std::string& out, bool bom) {
    if (format != "table" && format != "json" && format != "csv" && format != "xlsx")
        throw CliError("--format must be table, json, csv or xlsx");
    if (format == "xlsx" && (out.empty() || out == "-"))
        throw CliError("--format xlsx needs --out FILE.xlsx");
    bool to_screen = format == "table" && (out.empty() || out == "-");
    if (!to_screen)
        fail_on(record_export(s, what,
                              std::to_string(t.rows.size()) + " rows, " + format + " -> " +
                                  (out.empty() || out == "-" ? std::string("stdout") : out),
                              now_rfc3339()));
    if (format == "xlsx") return fail_on(out_table_xlsx(t, out));
    if (format == "csv") return write_output(out, out_table_csv(t, bom));
    if (format == "json") return write_output(out, out_table_json(t));
    write_output(out, out_table_text(t));
}

void report_import(const std::string& what, const RegisterImport& r, bool verbose) {
    for (auto& e : r.errors) std::cerr << what << ": " << e << "\n";
    if (!r.errors.empty())
        throw CliError(what + ": " + std::to_string(r.errors.size()) +
                       " row(s) refused, nothing imported");
    if (verbose)
        for (auto& d : r.details) std::cout << d << "\n";
    std::cout << what << ": " << r.rows << " rows, " << r.added << " added, " << r.changed
              << " changed, " << r.removed << " removed, " << r.unchanged << " unchanged\n";
}

WorkCalendar load_work_calendar(const std::string& file) {
    std::filesystem::path p = file.empty()
                                  ? std::filesystem::path(SK_ASSETS_DIR) / "bureau/workdays.txt"
                                  : std::filesystem::path(file);
    if (file.empty() && !std::filesystem::exists(p)) return WorkCalendar{};
    auto data = fail_on(read_file(p, 1u << 20));
    return fail_on(WorkCalendar::parse(
        std::string_view(reinterpret_cast<const char*>(data.data()), data.size())));
}

}  // namespace sk::bureau::cli
