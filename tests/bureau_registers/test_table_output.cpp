// --format table|json|csv|xlsx for register lists.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "sk/bureau/table_import.hpp"
#include "sk/bureau/table_output.hpp"

using namespace sk::bureau;

TEST_CASE("table output: aligned text with CJK widths, CSV, JSON and XLSX", "[output]") {
    OutTable t;
    t.title = "教职工";
    t.keys = {"no", "name", "amount"};
    t.header = {"工号", "姓名", "金额"};
    t.numeric = {false, false, true};
    t.rows = {{"510006", "闫喆雨", "5200.50"}, {"9", "=cmd", "12"}};
    CHECK(display_width("王喆a") == 5);
    auto text = out_table_text(t);
    CHECK(text ==
          "工号    姓名       金额\n"
          "510006  闫喆雨  5200.50\n"
          "9       =cmd         12\n");
    auto csv = out_table_csv(t, false);
    CHECK(csv == "工号,姓名,金额\r\n510006,闫喆雨,5200.50\r\n9,'=cmd,12\r\n");
    auto j = nlohmann::json::parse(out_table_json(t));
    CHECK(j[0]["amount"] == 5200.5);
    CHECK(j[1]["name"] == "=cmd");
    auto p = std::filesystem::temp_directory_path() /
             ("sk_out_table_" + std::to_string(::getpid()) + ".xlsx");
    REQUIRE(out_table_xlsx(t, p).ok());
    auto back = read_table_file(p);
    REQUIRE(back.ok());
    CHECK(back->header == t.header);
    CHECK(back->rows[0].cells[1] == "闫喆雨");
    CHECK(back->rows[0].cells[2] == "5200.5");
    std::filesystem::remove(p);
}
