// The rows of the bureau's registers (units, staff, the absence register), as plain values
// shared by the domain rules, the store and the reports. Days are YYYYMMDD (0 = not set);
// money is in fen (1/100 元) so sums are exact.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sk/bureau/absence_types.hpp"

namespace sk::bureau {

struct Unit {
    std::string code;  // "U001": what every other row refers to
    std::string name;
    std::string kind;      // school, kindergarten, central school, office (free text)
    std::string township;  // 乡镇/街道
};

struct StaffMember {
    std::string staff_no;
    std::string name;
    std::string unit_code;
    std::string post;        // 专任教师 / 管理人员 / 工勤
    std::string employment;  // 在编 / 聘用 / 临聘
    bool on_payroll = true;
};

struct AbsenceEntry {
    int64_t id = 0;
    std::string staff_no;
    std::string unit_code;  // the person's unit when the entry was made
    AbsenceCategory category = AbsenceCategory::other;
    std::string category_text;  // "other": what the reason is
    uint32_t since = 0;
    FoundBy found_by = FoundBy::self_report;
    Handling handling = Handling::none;
    uint32_t handled_on = 0;   // when the handling was last set
    uint32_t deadline = 0;     // 限期返岗: back by this day
    uint32_t returned_on = 0;  // back at post
    Outcome outcome = Outcome::open;
    uint32_t closed_on = 0;  // when the outcome (other than "returned") was decided
    uint32_t salary_stopped_on = 0;
    int64_t recovered_fen = 0;  // wrongly paid salary recovered (追缴)
    uint32_t recovered_on = 0;
    std::string note;
    uint32_t recorded_on = 0;  // day the entry was registered
    std::string recorded_by;
};

// One change of an absence entry: who, when, and a before/after summary.
struct AbsenceChange {
    int64_t entry_id = 0;
    std::string at;  // RFC 3339 UTC
    std::string user;
    std::string summary;  // "handling: none -> ordered_back; deadline: - -> 2026-03-31"
};

}  // namespace sk::bureau
