// CSV parsing and the header/row layer every register import uses.
#include <catch2/catch.hpp>

#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/csv_reader.hpp"
#include "sk/bureau/table_import.hpp"

using namespace sk::bureau;

TEST_CASE("csv: BOM, quotes, embedded line breaks and line numbers", "[csv]") {
    std::string text =
        "\xEF\xBB\xBF"
        "工号,姓名,备注\r\n"
        "001,王喆,\"说 \"\"你好\"\", 再见\"\r\n"
        "\r\n"
        "002,李堃,\"两行\n备注\"\n"
        "003,张昇,";
    auto r = parse_csv(text);
    REQUIRE(r.ok());
    REQUIRE(r->size() == 4);
    CHECK((*r)[0].fields[0] == "工号");  // BOM gone
    CHECK((*r)[1].fields[2] == "说 \"你好\", 再见");
    CHECK((*r)[2].line == 4);  // blank line 3 skipped, numbering kept
    CHECK((*r)[2].fields[2] == "两行\n备注");
    CHECK((*r)[3].line == 6);
    CHECK((*r)[3].fields.size() == 3);
    CHECK((*r)[3].fields[2].empty());
}

TEST_CASE("csv: broken files are refused with the line", "[csv]") {
    auto open = parse_csv("a,b\n1,\"never closed\n2,3\n");
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.find("line 2") != std::string::npos);
    auto after = parse_csv("a,b\n\"x\"y,2\n");
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().message.find("line 2") != std::string::npos);
    // 王 in GBK: what Excel's plain "CSV" writes on a Chinese Windows.
    auto gbk = parse_csv("name\n\xCD\xF5\n");
    REQUIRE_FALSE(gbk.ok());
    CHECK(gbk.error().message.find("UTF-8") != std::string::npos);
}

TEST_CASE("columns are found by Chinese or English name, in any order", "[table]") {
    std::vector<ColumnSpec> specs = {{"no", {"工号", "staff_no"}, true},
                                     {"name", {"姓名", "name"}, true},
                                     {"amount", {"金额", "amount"}, false}};
    auto t = table_from_csv("Name , STAFF NO\nA,1\n");
    REQUIRE(t.ok());
    auto m = map_columns(t->header, specs);
    REQUIRE(m.ok());
    CHECK(m->index == std::vector<int>{1, 0, -1});
    CHECK(m->get(t->rows[0], 1) == "A");
    CHECK(m->get(t->rows[0], 2).empty());
    auto zh = map_columns({"姓名", "工号", "金额（元）"}, specs);
    REQUIRE(zh.ok());
    CHECK(zh->index == std::vector<int>{1, 0, 2});
    auto missing = map_columns({"姓名"}, specs);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == "row 1: missing column 工号 / staff_no");
    auto twice = map_columns({"工号", "staff_no", "姓名"}, specs);
    REQUIRE_FALSE(twice.ok());
}

TEST_CASE("date and yes/no cells in the spellings clerks type", "[table]") {
    CHECK(parse_table_date("2026-03-05") == 20260305u);
    CHECK(parse_table_date(" 2026/3/5 ") == 20260305u);
    CHECK(parse_table_date("2026.03.05") == 20260305u);
    CHECK(parse_table_date("2026年3月5日") == 20260305u);
    CHECK(parse_table_date("46086") == 20260305u);  // an XLSX date serial
    CHECK_FALSE(parse_table_date("2026-02-30"));
    CHECK_FALSE(parse_table_date("2026/3"));
    CHECK_FALSE(parse_table_date("3/5/2026"));
    CHECK_FALSE(parse_table_date("12"));
    CHECK(parse_table_bool("是") == true);
    CHECK(parse_table_bool("N") == false);
    CHECK_FALSE(parse_table_bool("maybe"));
    CHECK(row_error(12, "unknown unit") == "row 12: unknown unit");
}

TEST_CASE("absence vocabularies parse from slug, Chinese and English", "[absence]") {
    CHECK(parse_category("sick-leave") == AbsenceCategory::sick_leave);
    CHECK(parse_category("擅自离岗/旷工") == AbsenceCategory::unauthorised);
    CHECK(parse_category("Unauthorized") == AbsenceCategory::unauthorised);
    CHECK(parse_category("maternity") == AbsenceCategory::maternity);
    CHECK_FALSE(parse_category("holiday"));
    CHECK(parse_handling("限期返岗") == Handling::ordered_back);
    CHECK(parse_outcome("returned") == Outcome::returned);
    CHECK(parse_found_by("payroll_check") == FoundBy::payroll_check);
    for (auto c : all_categories()) {
        CHECK(parse_category(slug(c)) == c);
        CHECK(parse_category(label(c, Lang::zh)) == c);
        CHECK(parse_category(label(c, Lang::en)) == c);
    }
}
