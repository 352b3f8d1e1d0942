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
// Writes the tables (xlsx: one sheet each, to --out; other formats: one after another).
void emit_tables(const TableFormat& f, const std::vector<OutTable>& tables);

// "2026-03-14" -> 20260314, or a CliError naming the option.
uint32_t parse_day_option(const std::string& option, const std::string& iso);
// The whole of a UTF-8 text file (notes, case text, summaries), or a CliError.
std::string read_text_option(const std::string& option, const std::string& path);

}  // namespace sk::bureau::cli
