#include "table_emit.hpp"

#include <CLI/CLI.hpp>

#include "sk/bureau/file_io.hpp"

namespace sk::bureau::cli {

void add_table_format(CLI::App* cmd, TableFormat& f) {
    cmd->add_option("--format", f.format, "table (default), json, csv or xlsx")
        ->check(CLI::IsMember({"table", "json", "csv", "xlsx"}));
    cmd->add_option("--out", f.out, "file to write (default: standard output; xlsx needs it)");
    cmd->add_flag("--bom", f.bom, "csv: start with a UTF-8 byte order mark (Excel)");
}

void emit_identifiable(Session& s, const std::string& what, const TableFormat& f,
                       const OutTable& t) {
    emit_table(s, what, t, f.format, f.out, f.bom);
}

void emit_aggregate(const TableFormat& f, const OutTable& t) {
    if (f.format == "xlsx") {
        if (f.out.empty() || f.out == "-") throw CliError("--format xlsx needs --out FILE.xlsx");
        fail_on(out_table_xlsx(t, f.out));
        return;
    }
    write_output(f.out, f.format == "json"  ? out_table_json(t)
                        : f.format == "csv" ? out_table_csv(t, f.bom)
                                            : out_table_text(t));
}

std::string read_text_option(const std::string& option, const std::string& path) {
    auto bytes = read_file(path, 1u << 20);
    if (!bytes) throw CliError(option + ": " + bytes.error().message);
    std::string s(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

}  // namespace sk::bureau::cli
