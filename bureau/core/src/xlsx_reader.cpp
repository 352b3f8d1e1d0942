#include "sk/bureau/xlsx_reader.hpp"

#include <zip.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <pugixml.hpp>

#include "sk/bureau/file_io.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

// A sheet of a few hundred thousand cells is a few tens of MiB of XML; anything much larger
// is not a register and may be a zip bomb, so the declared size is checked before inflating.
constexpr zip_uint64_t kMaxPartBytes = 256u << 20;
constexpr int kMaxColumns = 16384;  // XFD, Excel's limit

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

Result<ZipPtr> open_zip(ByteView data) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(data.data, data.size, 0, &err);
    if (!src) return Error{Errc::internal, "xlsx: cannot create a zip source"};
    zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!z) {
        zip_source_free(src);
        zip_error_fini(&err);
        return Error{Errc::bad_format, "not an XLSX workbook (not a zip archive)"};
    }
    return ZipPtr(z);
}

// Reads one part; nullopt-like empty result with found=false when the part is absent.
Result<std::string> read_part(zip_t* z, const std::string& name, bool& found) {
    found = false;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name.c_str(), 0, &st) != 0) return std::string();
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > kMaxPartBytes)
        return Error{Errc::bad_format, "xlsx: part " + name + " is too large"};
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    if (!f) return Error{Errc::bad_format, "xlsx: cannot open part " + name};
    std::string out(static_cast<size_t>(st.size), '\0');
    zip_int64_t n = out.empty() ? 0 : zip_fread(f, out.data(), st.size);
    zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
        return Error{Errc::bad_format, "xlsx: part " + name + " is damaged"};
    found = true;
    return out;
}

Result<pugi::xml_document> parse_part(zip_t* z, const std::string& name, bool required) {
    bool found = false;
    auto text = read_part(z, name, found);
    if (!text) return text.error();
    pugi::xml_document doc;
    if (!found) {
        if (required) return Error{Errc::bad_format, "xlsx: missing part " + name};
        return doc;
    }
    auto r =
        doc.load_buffer(text->data(), text->size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!r) return Error{Errc::bad_format, "xlsx: " + name + " is not well-formed XML"};
    return doc;
}

// Element names may carry a namespace prefix ("x:row" from some generators).
bool is(const pugi::xml_node& n, const char* local) {
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    return std::strcmp(colon ? colon + 1 : name, local) == 0;
}

pugi::xml_node child(const pugi::xml_node& n, const char* local) {
    for (auto c : n.children())
        if (is(c, local)) return c;
    return {};
}

// Text of a shared string or inline string: plain <t>, or rich-text runs <r><t>; phonetic
// guides (<rPh>) are not part of the value.
std::string string_item_text(const pugi::xml_node& si) {
    std::string out;
    for (auto c : si.children()) {
        if (is(c, "t")) {
            out += c.text().get();
        } else if (is(c, "r")) {
            auto t = child(c, "t");
            if (t) out += t.text().get();
        }
    }
    return out;
}

struct SheetRef {
    std::string name;
    std::string part;  // "xl/worksheets/sheet1.xml"
};

std::string resolve_target(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    if (target.rfind("xl/", 0) == 0) return target;
    return "xl/" + target;
}

Result<std::vector<SheetRef>> sheet_refs(zip_t* z) {
    auto wb = parse_part(z, "xl/workbook.xml", true);
    if (!wb) return wb.error();
    auto rels = parse_part(z, "xl/_rels/workbook.xml.rels", true);
    if (!rels) return rels.error();
    std::vector<SheetRef> out;
    auto sheets = child(child(*wb, "workbook"), "sheets");
    for (auto s : sheets.children()) {
        if (!is(s, "sheet")) continue;
        std::string rid;
        for (auto a : s.attributes()) {
            std::string an = a.name();
            if (an.size() >= 3 && an.compare(an.size() - 3, 3, ":id") == 0) rid = a.value();
        }
        std::string target;
        for (auto r : child(*rels, "Relationships").children())
            if (rid == r.attribute("Id").value()) target = r.attribute("Target").value();
        if (target.empty())
            return Error{Errc::bad_format, std::string("xlsx: sheet '") +
                                               s.attribute("name").value() + "' has no part"};
        out.push_back({s.attribute("name").value(), resolve_target(target)});
    }
    if (out.empty()) return Error{Errc::bad_format, "xlsx: the workbook has no sheets"};
    return out;
}

Result<std::vector<std::string>> shared_strings(zip_t* z) {
    auto doc = parse_part(z, "xl/sharedStrings.xml", false);
    if (!doc) return doc.error();
    std::vector<std::string> out;
    for (auto si : child(*doc, "sst").children())
        if (is(si, "si")) out.push_back(string_item_text(si));
    return out;
}

std::string number_text(double v) {
    char buf[40];
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else {
        std::snprintf(buf, sizeof buf, "%.15g", v);
    }
    return buf;
}

Result<XlsxValue> read_cell(const pugi::xml_node& c, const std::vector<std::string>& sst) {
    XlsxValue cell;
    std::string type = c.attribute("t").value();
    auto v = child(c, "v");
    if (type == "inlineStr") {
        cell.kind = XlsxValue::Kind::text;
        cell.text = string_item_text(child(c, "is"));
        return cell;
    }
    if (!v) return cell;
    std::string raw = v.text().get();
    if (type == "s") {
        char* end = nullptr;
        unsigned long idx = std::strtoul(raw.c_str(), &end, 10);
        if (raw.empty() || *end || idx >= sst.size())
            return Error{Errc::bad_format, "xlsx: a cell refers to a missing shared string"};
        cell.kind = XlsxValue::Kind::text;
        cell.text = sst[idx];
    } else if (type == "str") {
        cell.kind = XlsxValue::Kind::text;
        cell.text = raw;
    } else if (type == "e") {
        cell.kind = XlsxValue::Kind::error;
        cell.text = raw;
    } else if (type == "b") {
        cell.kind = XlsxValue::Kind::boolean;
        cell.number = raw == "1" ? 1 : 0;
        cell.text = raw == "1" ? "TRUE" : "FALSE";
    } else {  // "n" or absent; "d" (ISO date text) is kept as text
        if (type == "d") {
            cell.kind = XlsxValue::Kind::text;
            cell.text = raw;
            return cell;
        }
        char* end = nullptr;
        double d = std::strtod(raw.c_str(), &end);
        if (raw.empty() || *end)
            return Error{Errc::bad_format, "xlsx: a number cell is not a number"};
        cell.kind = XlsxValue::Kind::number;
        cell.number = d;
        cell.text = number_text(d);
    }
    return cell;
}

}  // namespace

int xlsx_column_index(std::string_view ref) {
    int col = 0;
    size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
        col = col * 26 + (ref[i] - 'A' + 1);
        if (col > kMaxColumns) return -1;
    }
    if (i == 0) return -1;
    for (size_t j = i; j < ref.size(); ++j)
        if (ref[j] < '0' || ref[j] > '9') return -1;
    return col - 1;
}

uint32_t xlsx_serial_to_day(double serial) {
    // Serial 60 is Excel's fictitious 1900-02-29; registers hold no dates that old, so only
    // serials after it are accepted and 25569 is 1970-01-01.
    if (!std::isfinite(serial) || serial < 61 || serial > 2958465) return 0;
    auto days = static_cast<int64_t>(std::floor(serial)) - 25569;
    return sync::day_number_from_epoch_days(days);
}

double xlsx_day_to_serial(uint32_t day) {
    return static_cast<double>(sync::days_since_epoch(day) + 25569);
}

Result<std::vector<std::string>> xlsx_sheet_names(ByteView workbook) {
    auto z = open_zip(workbook);
    if (!z) return z.error();
    auto refs = sheet_refs(z->get());
    if (!refs) return refs.error();
    std::vector<std::string> out;
    for (auto& r : *refs) out.push_back(r.name);
    return out;
}

Result<XlsxReadSheet> read_xlsx_sheet(ByteView workbook, std::string_view sheet) {
    auto z = open_zip(workbook);
    if (!z) return z.error();
    auto refs = sheet_refs(z->get());
    if (!refs) return refs.error();
    const SheetRef* ref = &refs->front();
    if (!sheet.empty()) {
        ref = nullptr;
        for (auto& r : *refs)
            if (r.name == sheet) ref = &r;
        if (!ref)
            return Error{Errc::not_found, "xlsx: no sheet named '" + std::string(sheet) + "'"};
    }
    auto sst = shared_strings(z->get());
    if (!sst) return sst.error();
    auto doc = parse_part(z->get(), ref->part, true);
    if (!doc) return doc.error();

    XlsxReadSheet out;
    out.name = ref->name;
    int64_t next_row = 1;
    for (auto row : child(child(*doc, "worksheet"), "sheetData").children()) {
        if (!is(row, "row")) continue;
        XlsxReadRow r;
        r.row_number = row.attribute("r") ? row.attribute("r").as_llong() : next_row;
        if (r.row_number < next_row)
            return Error{Errc::bad_format, "xlsx: rows out of order in sheet " + out.name};
        next_row = r.row_number + 1;
        for (auto c : row.children()) {
            if (!is(c, "c")) continue;
            int col = c.attribute("r") ? xlsx_column_index(c.attribute("r").value())
                                       : static_cast<int>(r.cells.size());
            if (col < 0 || col < static_cast<int>(r.cells.size()))
                return Error{Errc::bad_format,
                             "xlsx: bad cell reference in row " + std::to_string(r.row_number)};
            auto cell = read_cell(c, *sst);
            if (!cell) return cell.error();
            r.cells.resize(static_cast<size_t>(col));
            r.cells.push_back(std::move(*cell));
        }
        while (!r.cells.empty() && r.cells.back().kind == XlsxValue::Kind::empty)
            r.cells.pop_back();
        if (!r.cells.empty()) out.rows.push_back(std::move(r));
    }
    return out;
}

Result<XlsxReadSheet> read_xlsx_file(const std::filesystem::path& path, std::string_view sheet) {
    auto data = read_file(path, 256u << 20);
    if (!data) return data.error();
    return read_xlsx_sheet(ByteView(*data), sheet);
}

}  // namespace sk::bureau
