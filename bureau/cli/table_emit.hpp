// --format table|json|csv|xlsx for every table a casework command prints.
#pragma once

#include <string>
#include <vector>

#include "sk/bureau/table_output.hpp"

namespace CLI {
class Option;
class App;
}  // namespace CLI

namespace sk::bureau::cli {

struct TableFormat {
    std::string format = "table";
    std::string out;  // required for xlsx
    bool bom = false;
};

// Adds --format, --out and --bom to a subcommand.
void add_table_format(CLI::App* cmd, TableFormat& f);
// Writes the table in the chosen format (xlsx: to --out, which it needs).
void emit_table(const TableFormat& f, const OutTable& t);

// "2026-03-14" -> 20260314, or a CliError naming the option.
uint32_t parse_day_option(const std::string& option, const std::string& iso);
// The whole of a UTF-8 text file (notes, case text, summaries), or a CliError.
std::string read_text_option(const std::string& option, const std::string& path);

}  // namespace sk::bureau::cli
