#include "casework_fixture.hpp"

#include <catch2/catch.hpp>

#include "sk/bureau/store/registers.hpp"
#include "sk/bureau/store/users.hpp"

namespace sk::bureau::test {

CaseworkBureau::CaseworkBureau() {
    auto& s = store();
    for (const auto& [name, role] :
         std::vector<std::pair<std::string, Role>>{{"li", Role::handler},
                                                   {"wang", Role::handler},
                                                   {"insp", Role::inspector},
                                                   {"stat", Role::statistician}}) {
        REQUIRE(store::insert_user(s, name, role, "lead", kCwNow));
    }
    lead.user = session->actor.user;
    REQUIRE(store::upsert_units(s,
                                {{"U001", "城关镇第一小学", "小学", "城关镇"},
                                 {"U002", "东塘镇中学", "初级中学", "东塘镇"}},
                                kCwNow));
    StaffMember a{teacher, teacher_name, teacher_unit, "专任教师", "在编", true};
    StaffMember b{other_teacher, "李娜", "U002", "专任教师", "在编", true};
    REQUIRE(store::apply_staff_changes(s, {a, b}, {}, kCwNow));
}

std::string CaseworkBureau::substantiated_case_about(const std::string& staff_no) {
    auto& s = store();
    NewCaseInput in;
    in.channel = Channel::hotline;
    auto person = store::find_staff(s, staff_no);
    REQUIRE(person);
    REQUIRE(person.value());
    in.unit = person.value()->unit_code;
    in.staff_no = staff_no;
    in.category = "muddling_teacher";
    in.text = "上课时间经常不在教室";
    in.source = "家长王先生 13900001111";
    in.received_day = 20261115;
    auto c = add_case(s, lead, in, categories, nullptr, kCwNow, kToday);
    REQUIRE(c);
    REQUIRE(change_case_status(s, lead, c->case_no, "under_verification", "核查", kCwNow));
    REQUIRE(change_case_status(s, lead, c->case_no, "substantiated", "属实", kCwNow));
    return c->case_no;
}

}  // namespace sk::bureau::test
