#include "table_out.hpp"

#include <nlohmann/json.hpp>

#include "sk/bureau/csv.hpp"

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

}  // namespace sk::bureau::cli
