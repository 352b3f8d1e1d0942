// A bureau with what casework needs: users of every role, two units with staff, the tip
// categories, and a helper that makes a substantiated case about a person.
#pragma once

#include <string>
#include <vector>

#include "bureau_fixture.hpp"
#include "sk/bureau/casework.hpp"

namespace sk::bureau::test {

constexpr const char* kCwNow = "2026-11-30T09:00:00Z";
constexpr uint32_t kToday = 20261130;

struct CaseworkBureau : Bureau {
    Actor lead{"lead", Role::lead};
    Actor handler{"li", Role::handler};
    Actor handler2{"wang", Role::handler};
    Actor inspector{"insp", Role::inspector};
    Actor statistician{"stat", Role::statistician};
    CategoryIds categories{"lying_flat_cadre", "muddling_teacher", "absent_from_post",
                           "attendance_fraud", "other"};
    std::string teacher = "510001", teacher_name = "王喆明", teacher_unit = "U001";
    std::string other_teacher = "510002";

    CaseworkBureau();
    // A hotline case about `staff_no`, received 2026-11-15, verified substantiated.
    std::string substantiated_case_about(const std::string& staff_no);
};

}  // namespace sk::bureau::test
