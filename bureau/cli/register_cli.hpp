// Helpers shared by the register commands (units, staff, absence, payroll, person, demo).
#pragma once

#include <string>

#include "cli_util.hpp"
#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/registers.hpp"
#include "sk/bureau/table_output.hpp"

namespace sk::bureau::cli {

// --format/--out/--lang of every command that prints a table.
struct TableOptions {
    std::string format = "table", out, lang;
    void add_to(CLI::App* cmd);
};

// "zh" (default) or "en"; anything else is a CliError.
Lang parse_lang_option(const std::string& s);
// "YYYY-MM-DD" (or the other spellings parse_table_date takes) -> YYYYMMDD, or CliError
// naming the option.
uint32_t parse_day_option(const std::string& s, const char* option);
// table (stdout), csv/json (--out or stdout), xlsx (--out required). A list leaving the
// screen (any format but a table on stdout) is an export: role-checked and audited first.
void emit_table(Session& s, const std::string& what, const OutTable& t, const std::string& format,
                const std::string& out, bool bom);
// Prints an import's changes (with --verbose) and its errors; throws CliError if any error.
void report_import(const std::string& what, const RegisterImport& r, bool verbose);
// The working calendar (assets/bureau/workdays.txt or --workdays FILE) and the 15/30 rule.
WorkCalendar load_work_calendar(const std::string& file);

void add_register_commands(CLI::App& app, Globals& g);  // unit, staff, payroll, person, demo
void add_absence_commands(CLI::App& app, Globals& g);   // absence add/list/set/import

}  // namespace sk::bureau::cli
