#include "sk/bureau/csv_reader.hpp"

#include "sk/bureau/csv.hpp"
#include "sk/survey/utf8.hpp"

namespace sk::bureau {

namespace {

bool blank_record(const CsvRecord& r) {
    return r.fields.size() == 1 && r.fields[0].empty();
}

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text) {
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    if (!survey::is_valid_utf8(text))
        return Error{Errc::bad_format,
                     "the CSV file is not UTF-8 (save it as \"CSV UTF-8\"; GBK is not read)"};
    std::vector<CsvRecord> out;
    CsvRecord rec;
    std::string field;
    int64_t line = 1;
    rec.line = 1;
    bool quoted = false;       // inside a quoted field
    bool after_quote = false;  // a quoted field just closed
    auto end_record = [&] {
        rec.fields.push_back(std::move(field));
        field.clear();
        if (!blank_record(rec)) out.push_back(std::move(rec));
        rec = CsvRecord{};
        after_quote = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    after_quote = true;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            rec.fields.push_back(std::move(field));
            field.clear();
            after_quote = false;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_record();
            ++line;
            rec.line = line;
        } else if (after_quote) {
            return Error{Errc::bad_format,
                         "line " + std::to_string(line) + ": text after a closing quote"};
        } else if (c == '"' && field.empty()) {
            quoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error{Errc::bad_format,
                     "line " + std::to_string(rec.line) + ": a quoted field is never closed"};
    if (!field.empty() || !rec.fields.empty() || after_quote) end_record();
    return out;
}

}  // namespace sk::bureau
