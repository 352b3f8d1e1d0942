// XLSX reading: a workbook written by libxlsxwriter (shared strings, and inline strings in
// its constant-memory mode) is read back cell for cell, and xlsx2csv, a second reader,
// agrees on the same file.
#include <xlsxwriter.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "sk/bureau/table_import.hpp"
#include "sk/bureau/xlsx_reader.hpp"
#include "sk/bureau/xlsx_writer.hpp"

namespace fs = std::filesystem;
using namespace sk::bureau;

namespace {

fs::path temp_path(const std::string& name) {
    auto dir = fs::temp_directory_path() / ("sk_xlsx_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

const char* kNames[] = {"王喆", "李堃", "张昇", "赵\"引号\", 逗号"};

// The same rows through the project's writer (shared strings, real dates).
void write_with_writer(const fs::path& p) {
    XlsxWorkbook wb;
    XlsxSheet s;
    s.name = "教职工";
    s.header = {"工号", "姓名", "单位代码", "在册", "入职日期", "备注"};
    for (int r = 1; r <= 4; ++r) {
        s.rows.push_back({XlsxCell::integer(20240000 + r), XlsxCell::text(kNames[r - 1]),
                          XlsxCell::text("U003"), XlsxCell::integer(r % 2),
                          XlsxCell::date(sk::survey::Date{2026, 3, 1 + r})});
    }
    s.rows.back().push_back(XlsxCell::text("多行\n备注"));
    s.rows.push_back({});  // row 6 empty
    s.rows.push_back({XlsxCell::real(2.5)});
    wb.sheets.push_back(std::move(s));
    XlsxSheet second;
    second.name = "Sheet2";
    second.header = {"second"};
    wb.sheets.push_back(std::move(second));
    auto w = write_xlsx(p, wb);
    REQUIRE(w.ok());
}

// Staff-like rows with names outside GB2312 (喆 堃 昇), a number, a date and a gap, written
// with libxlsxwriter's constant-memory mode, which uses inline strings.
void write_workbook(const fs::path& p, bool constant_memory) {
    lxw_workbook_options opt = {};
    opt.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(p.c_str(), &opt);
    REQUIRE(wb);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "教职工");
    const char* header[] = {"工号", "姓名", "单位代码", "在册", "入职日期", "备注"};
    for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
    for (int r = 1; r <= 4; ++r) {
        worksheet_write_number(ws, r, 0, 20240000 + r, nullptr);
        worksheet_write_string(ws, r, 1, kNames[r - 1], nullptr);
        worksheet_write_string(ws, r, 2, "U003", nullptr);
        worksheet_write_boolean(ws, r, 3, r % 2, nullptr);
        worksheet_write_number(ws, r, 4, xlsx_day_to_serial(20260301 + r), nullptr);
        // column F left empty on purpose except in the last row
    }
    worksheet_write_string(ws, 4, 5, "多行\n备注", nullptr);
    worksheet_write_number(ws, 6, 0, 2.5, nullptr);  // row 7 after an empty row 6
    lxw_worksheet* ws2 = workbook_add_worksheet(wb, "Sheet2");
    worksheet_write_string(ws2, 0, 0, "second", nullptr);
    REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
}

std::string run(const std::string& cmd) {
    std::string out;
    FILE* f = ::popen(cmd.c_str(), "r");
    REQUIRE(f);
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    REQUIRE(::pclose(f) == 0);
    return out;
}

}  // namespace

TEST_CASE("xlsx: column references", "[xlsx]") {
    CHECK(xlsx_column_index("A1") == 0);
    CHECK(xlsx_column_index("Z9") == 25);
    CHECK(xlsx_column_index("AA12") == 26);
    CHECK(xlsx_column_index("XFD1") == 16383);
    CHECK(xlsx_column_index("XFE1") == -1);
    CHECK(xlsx_column_index("a1") == -1);
    CHECK(xlsx_column_index("A1B") == -1);
}

TEST_CASE("xlsx: date serials", "[xlsx]") {
    CHECK(xlsx_serial_to_day(25569) == 19700101);
    CHECK(xlsx_serial_to_day(46082.75) == 20260301);  // time of day ignored
    CHECK(xlsx_day_to_serial(20280229) == 46812);
    CHECK(xlsx_serial_to_day(46812) == 20280229);
    CHECK(xlsx_serial_to_day(60) == 0);  // Excel's fictitious 1900-02-29
    CHECK(xlsx_serial_to_day(-5) == 0);
}

TEST_CASE("xlsx: what libxlsxwriter writes reads back", "[xlsx]") {
    for (int variant = 0; variant < 3; ++variant) {
        INFO("variant " << variant << ": 0 project writer, 1 libxlsxwriter, 2 inline strings");
        auto p = temp_path("v" + std::to_string(variant) + ".xlsx");
        if (variant == 0) {
            write_with_writer(p);
        } else {
            write_workbook(p, variant == 2);
        }
        auto names = [&] {
            std::ifstream f(p, std::ios::binary);
            std::stringstream ss;
            ss << f.rdbuf();
            return xlsx_sheet_names(sk::ByteView(ss.str()));
        }();
        REQUIRE(names.ok());
        CHECK(*names == std::vector<std::string>{"教职工", "Sheet2"});

        auto s = read_xlsx_file(p);
        REQUIRE(s.ok());
        CHECK(s->name == "教职工");
        REQUIRE(s->rows.size() == 6);
        CHECK(s->rows[0].cells[1].text == "姓名");
        CHECK(s->rows[1].row_number == 2);
        CHECK(s->rows[1].cells[0].kind == XlsxValue::Kind::number);
        CHECK(s->rows[1].cells[0].text == "20240001");
        CHECK(s->rows[1].cells[1].text == "王喆");
        CHECK(s->rows[2].cells[1].text == "李堃");
        CHECK(s->rows[3].cells[1].text == "张昇");
        CHECK(s->rows[4].cells[1].text == "赵\"引号\", 逗号");
        if (variant > 0) {
            CHECK(s->rows[1].cells[3].kind == XlsxValue::Kind::boolean);
            CHECK(s->rows[1].cells[3].text == "TRUE");
        }
        CHECK(xlsx_serial_to_day(s->rows[2].cells[4].number) == 20260303);
        CHECK(s->rows[1].cells.size() == 5);  // empty trailing cell dropped
        CHECK(s->rows[4].cells[5].text == "多行\n备注");
        CHECK(s->rows[5].row_number == 7);
        CHECK(s->rows[5].cells[0].text == "2.5");

        auto second = read_xlsx_file(p, "Sheet2");
        REQUIRE(second.ok());
        CHECK(second->rows.at(0).cells.at(0).text == "second");
        auto missing = read_xlsx_file(p, "nope");
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().code == sk::Errc::not_found);

        // The same workbook through the table layer, then through xlsx2csv.
        auto t = read_table_file(p);
        REQUIRE(t.ok());
        auto other = table_from_csv(run("xlsx2csv --dateformat '%Y-%m-%d' " + p.string()));
        REQUIRE(other.ok());
        CHECK(other->header == t->header);
        REQUIRE(other->rows.size() >= 4);
        for (size_t r = 0; r < 4; ++r) {
            CHECK(other->rows[r].cells[1] == t->rows[r].cells[1]);
            CHECK(other->rows[r].cells[2] == t->rows[r].cells[2]);
        }
        fs::remove(p);
    }
}

TEST_CASE("xlsx: what is not a workbook is refused with one line", "[xlsx]") {
    auto r = read_xlsx_sheet(sk::ByteView(std::string("PK\x03\x04 not really a zip")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == sk::Errc::bad_format);
    CHECK(r.error().message.find('\n') == std::string::npos);
    auto empty = read_xlsx_sheet(sk::ByteView(std::string()));
    REQUIRE_FALSE(empty.ok());
}
