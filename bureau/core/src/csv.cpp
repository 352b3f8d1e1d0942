#include "sk/bureau/csv.hpp"

namespace sk::bureau {

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_text_field(std::string_view s) {
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
                       s[0] == '\r')) {
        return csv_field("'" + std::string(s));
    }
    return csv_field(s);
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += fields[i];  // already escaped by csv_field / csv_text_field
    }
    out += "\r\n";
}

}  // namespace sk::bureau
