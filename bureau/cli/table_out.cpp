#include "table_out.hpp"

#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/table_output.hpp"

namespace sk::bureau::cli {

namespace {

// The core's table (table_output.hpp) writes CSV and XLSX for both; the terminal table and
// JSON keep this file's layout (unpadded, "-" for empty; indent 2, all text), which scripts
// already read.
OutTable to_out_table(const TableOut& t, std::string_view lang) {
    OutTable x;
    x.title = t.sheet;
    x.keys = t.keys;
    x.header = lang == "en" ? t.en : t.zh;
    x.numeric = t.numeric;
    x.numeric.resize(x.header.size(), false);
    x.rows = t.rows;
    return x;
}

}  // namespace

std::string render_table(const TableOut& t, std::string_view format, std::string_view lang) {
    const auto& head = lang == "en" ? t.en : t.zh;
    std::string out;
    if (format == "json") {
        nlohmann::json arr = nlohmann::json::array();
        for (const auto& r : t.rows) {
            nlohmann::json o = nlohmann::json::object();
            for (size_t i = 0; i < t.keys.size() && i < r.size(); ++i) o[t.keys[i]] = r[i];
            arr.push_back(std::move(o));
        }
        return arr.dump(2) + "\n";
    }
    if (format == "csv") return out_table_csv(to_out_table(t, lang), false);
    auto line = [&out](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i) out += "  ";
            out += fields[i].empty() ? "-" : fields[i];
        }
        out += "\n";
    };
    line(head);
    for (const auto& r : t.rows) line(r);
    return out;
}

void emit_table_out(const TableOut& t, std::string_view format, std::string_view lang,
                    const std::string& out) {
    if (format != "xlsx") return write_output(out, render_table(t, format, lang));
    if (out.empty() || out == "-") throw CliError("--format xlsx needs --out FILE.xlsx");
    fail_on(out_table_xlsx(to_out_table(t, lang), out));
}

}  // namespace sk::bureau::cli
