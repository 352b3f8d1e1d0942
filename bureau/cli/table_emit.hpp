// The casework commands' --format table|json|csv|xlsx, --out, --bom options and their text
// inputs (--text-file, --note-file, --summary-file).
#pragma once

#include <string>

#include "register_cli.hpp"
#include "sk/bureau/table_output.hpp"

namespace CLI {
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
// A list with names or case details: register_cli's emit_table (an export off the screen is
// role-checked and audited).
void emit_identifiable(Session& s, const std::string& what, const TableFormat& f,
                       const OutTable& t);
// Aggregates (unit scores): every role may export them; nothing is audited.
void emit_aggregate(const TableFormat& f, const OutTable& t);

// The whole of a UTF-8 text file (case text, notes, summaries), or a CliError naming the
// option. Trailing newlines are dropped.
std::string read_text_option(const std::string& option, const std::string& path);

}  // namespace sk::bureau::cli
