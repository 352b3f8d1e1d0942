// The payroll cross-check (大数据比对 with 人社/财政): a payroll list from HR or finance
// compared with the staff register and the absence register. Pure: the caller loads the
// registers and the file; the findings say which row of the payroll each one comes from.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "sk/bureau/register_types.hpp"
#include "sk/bureau/table_import.hpp"

namespace sk::bureau {

struct PayrollRow {
    int64_t row_number = 0;
    std::string staff_no;
    std::string name;
    std::string unit_code;  // the paying unit
    int64_t amount_fen = 0;
};

// Columns: 工号/staff_no, 姓名/name, 单位代码/unit_code, 实发金额/amount (optional, 元).
// Bad rows become one-line errors ("row 7: ..."); the caller refuses the file if any.
std::vector<PayrollRow> payroll_from_table(const Table& t, std::vector<std::string>& errors);
// "1234.5" / "1,234.50" -> 123450 fen; false for anything else.
bool parse_yuan(std::string_view s, int64_t& fen);

enum class PayrollIssue {
    absent_unapproved,  // paid while an open absence entry has no paid reason
    unknown_person,     // paid, but not in the staff register
    other_unit,         // in the register at one unit, paid by another
    not_on_payroll,     // the register says not on the payroll, yet paid
    paid_twice,         // two payroll rows for one person
};
std::string_view slug(PayrollIssue i);
std::string_view label(PayrollIssue i, Lang lang);

// Which absence categories keep their pay: a policy of the bureau (default: sick leave,
// maternity, study and secondment; unpaid leave, absenteeism and "other" do not).
struct PayrollPolicy {
    std::set<AbsenceCategory> paid_categories = {AbsenceCategory::sick_leave,
                                                 AbsenceCategory::maternity, AbsenceCategory::study,
                                                 AbsenceCategory::secondment};
};

struct PayrollFinding {
    PayrollIssue issue = PayrollIssue::unknown_person;
    int64_t row_number = 0;
    std::string staff_no;
    std::string name;           // as paid
    std::string register_unit;  // "" when unknown
    std::string paying_unit;
    int64_t entry_id = 0;  // absent_unapproved: the absence entry
    int64_t amount_fen = 0;
};

struct PayrollCheck {
    std::vector<PayrollFinding> findings;  // in payroll row order
    int64_t rows = 0;
    int64_t total_fen = 0;
};

// `pay_day`: the day the payroll is for (entries open on it count as absent).
PayrollCheck check_payroll(const std::vector<PayrollRow>& payroll,
                           const std::unordered_map<std::string, StaffMember>& staff,
                           const std::vector<AbsenceEntry>& entries, const PayrollPolicy& policy,
                           uint32_t pay_day);

}  // namespace sk::bureau
