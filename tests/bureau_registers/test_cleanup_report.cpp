// The monthly clean-up figures on a hand-worked example, and the person file's order and
// formats.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "sk/bureau/person_file.hpp"
#include "sk/bureau/report_cleanup.hpp"

using namespace sk::bureau;

namespace {

AbsenceEntry e(int64_t id, std::string unit, AbsenceCategory c, uint32_t since, uint32_t rec) {
    AbsenceEntry x;
    x.id = id;
    x.staff_no = "S" + std::to_string(id);
    x.unit_code = std::move(unit);
    x.category = c;
    x.since = since;
    x.recorded_on = rec;
    return x;
}

}  // namespace

TEST_CASE("clean-up report: month figures and running totals, by hand", "[report]") {
    std::vector<AbsenceEntry> v;
    // 1: registered in October, ordered back by 31 Oct, not back: overdue in November.
    v.push_back(e(1, "U1", AbsenceCategory::unauthorised, 20260901, 20261010));
    v[0].handling = Handling::ordered_back;
    v[0].handled_on = 20261010;
    v[0].deadline = 20261031;
    // 2: registered in November, back in November.
    v.push_back(e(2, "U1", AbsenceCategory::secondment, 20260301, 20261103));
    v[1].returned_on = 20261120;
    v[1].outcome = Outcome::returned;
    // 3: ghost, salary stopped and money recovered in November, U2.
    v.push_back(e(3, "U2", AbsenceCategory::ghost, 20240901, 20261002));
    v[2].handling = Handling::salary_stopped;
    v[2].handled_on = 20261105;
    v[2].salary_stopped_on = 20261105;
    v[2].recovered_fen = 3210050;
    v[2].recovered_on = 20261125;
    // 4: contract ended in October.
    v.push_back(e(4, "U2", AbsenceCategory::unauthorised, 20260801, 20260905));
    v[3].outcome = Outcome::contract_ended;
    v[3].closed_on = 20261015;
    // 5: registered in December: not in November's report at all.
    v.push_back(e(5, "U1", AbsenceCategory::sick_leave, 20261101, 20261201));

    auto r = cleanup_report(v, {{"U1", "一小"}, {"U2", "二中"}}, 20261101, 20260601, Lang::zh);
    CHECK(r.month == "2026-11");
    CHECK(r.month_end == 20261130);
    auto& t = r.total;
    CHECK(t.registered == 4);
    CHECK(t.new_in_month == 1);
    CHECK(t.handled_in_month == 1);
    CHECK(t.handled_total == 2);
    CHECK(t.returned_in_month == 1);
    CHECK(t.returned_total == 1);
    CHECK(t.closed_in_month == 0);
    CHECK(t.closed_total == 1);
    CHECK(t.still_absent == 2);  // 1 and 3
    CHECK(t.overdue == 1);
    CHECK(t.salary_stopped_in_month == 1);
    CHECK(t.recovered_fen_in_month == 3210050);
    REQUIRE(r.by_unit.size() == 2);
    CHECK(r.by_unit[0].label == "一小");
    CHECK(r.by_unit[0].c.registered == 2);
    CHECK(r.by_unit[1].c.recovered_fen_total == 3210050);
    CHECK(r.by_category.size() == all_categories().size());

    // October: entry 1's deadline is the month's last day, so not yet overdue.
    auto oct = cleanup_report(v, {}, 20261001, 20260601, Lang::en);
    CHECK(oct.total.overdue == 0);
    CHECK(oct.total.registered == 3);
    CHECK(oct.total.closed_in_month == 1);
    CHECK(oct.by_unit[0].label == "U1");  // no name known: the code

    auto csv = cleanup_csv(r, true);
    CHECK(csv.rfind("\xEF\xBB\xBF表,名称,登记总数", 0) == 0);
    CHECK(csv.find("合计,合计,4,1,1,2,1,1,0,1,2,1,1,1,32100.50,32100.50\r\n") != std::string::npos);
    auto j = nlohmann::json::parse(cleanup_json(r));
    CHECK(j["total"]["overdue"] == 1);
    CHECK(j["by_unit"][1]["counts"]["recovered_yuan_total"] == "32100.50");
    auto html = cleanup_html_section(r);
    CHECK(html.find("逾期未返岗") != std::string::npos);
    CHECK(html.find("S1") == std::string::npos);  // no people in the report
    auto sheets = cleanup_xlsx_sheets(r);
    REQUIRE(sheets.size() == 3);
    CHECK(sheets[1].rows.size() == 3);  // two units and the total
    auto sections = cleanup_report_tables(r);
    REQUIRE(sections.size() == 3);
    CHECK(sections[2].key == "cleanup_by_category");
    CHECK(sections[0].note.find("2026-06-01") != std::string::npos);
}

TEST_CASE("person file: records from several sources in date order", "[person]") {
    PersonFile f;
    f.person = {"510043", "李堃海", "U002", "专任教师", "在编", true};
    f.unit = {"U002", "县教师发展中心", "直属单位", "城关镇"};
    f.as_of = 20261201;
    auto a = e(7, "U002", AbsenceCategory::unauthorised, 20261002, 20261010);
    a.staff_no = "510043";
    a.handling = Handling::ordered_back;
    a.deadline = 20261031;
    a.recorded_by = "handler1";
    AbsenceChange ch{7, "2026-10-20T02:00:00Z", "lead", "handling: none -> ordered_back"};
    add_records(f, absence_records({a}, {ch}, Lang::zh, f.as_of, WorkCalendar{}, {}));
    // Another source (a later issue's talk) slots in by date.
    add_records(f, {FileRecord{20261015, "talk", "提醒谈话", {}, "lead", ""}});
    REQUIRE(f.records.size() == 3);
    CHECK(f.records[0].source == "absence");
    CHECK(f.records[1].source == "talk");
    CHECK(f.records[2].source == "absence_change");
    auto text = person_file_text(f);
    CHECK(text.find("逾期未返岗") != std::string::npos);
    CHECK(text.find("连续旷工超过15个工作日") != std::string::npos);
    CHECK(text.find("记录人 handler1") != std::string::npos);
    CHECK(text.find("处理方式：待处理 → 限期返岗") != std::string::npos);
    auto html = person_file_html(f);
    CHECK(html.find("@page{size:A4") != std::string::npos);
    CHECK(html.find("李堃海") != std::string::npos);
    auto j = nlohmann::json::parse(person_file_json(f));
    CHECK(j["records"].size() == 3);
    CHECK(j["records"][2]["recorded_by"] == "lead");
}
