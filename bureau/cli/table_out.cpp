#include "table_out.hpp"

#include <nlohmann/json.hpp>

#include "cli_util.hpp"
#include "sk/bureau/csv.hpp"
#include "sk/bureau/table_output.hpp"

namespace sk::bureau::cli {

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
    if (format == "csv") {
        std::vector<std::string> fields;
        for (const auto& h : head) fields.push_back(csv_field(h));
        csv_row(out, fields);
        for (const auto& r : t.rows) {
            fields.clear();
            for (const auto& f : r) fields.push_back(csv_text_field(f));
            csv_row(out, fields);
        }
        return out;
    }
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
    OutTable x;
    x.title = t.sheet;
    x.keys = t.keys;
    x.header = lang == "en" ? t.en : t.zh;
    x.numeric = t.numeric;
    x.numeric.resize(x.header.size(), false);
    x.rows = t.rows;
    fail_on(out_table_xlsx(x, out));
}

}  // namespace sk::bureau::cli
