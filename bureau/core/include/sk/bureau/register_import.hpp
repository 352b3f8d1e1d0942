// From an imported table to register rows: the unit list, the staff register and the
// absence register's bulk form (the demo data set, a unit's own list). Pure: nothing is
// stored here. Every bad row becomes one line ("row 7: unknown unit code 'U999'"); callers
// store nothing when there is any.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "sk/bureau/register_types.hpp"
#include "sk/bureau/table_import.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

// Columns: 单位代码/code, 单位名称/name, 类型/kind (optional), 乡镇/township (optional).
std::vector<Unit> units_from_table(const Table& t, std::vector<std::string>& errors);

// Columns: 工号/staff_no, 姓名/name, 单位代码/unit_code, 岗位/post, 用工类型/employment,
// 是否在工资册/on_payroll (是/否, y/n). `unit_known` says whether a unit code is registered.
std::vector<StaffMember> staff_from_table(const Table& t,
                                          const std::function<bool(const std::string&)>& unit_known,
                                          std::vector<std::string>& errors);

// What a re-import changes. Removal only within the units the file covers, so a file of
// one school does not remove every other school's staff.
struct StaffChange {
    std::string staff_no;
    std::string summary;  // "unit: U003 -> U007; on_payroll: yes -> no"
};
struct StaffDiff {
    std::vector<StaffMember> added;
    std::vector<StaffChange> changed;
    std::vector<StaffMember> changed_rows;  // the new values of `changed`, same order
    std::vector<StaffMember> removed;
};
StaffDiff diff_staff(const std::unordered_map<std::string, StaffMember>& current,
                     const std::vector<StaffMember>& incoming);

// Who the absence rules ask about.
struct AbsenceLookups {
    std::function<const StaffMember*(const std::string&)> person;
    std::function<bool(const std::string&)> unit_known;
};

// Validation shared by `absence add`, `absence set` and the bulk import: one line naming
// what is wrong (unknown person or unit, since in the future, return before since, a
// deadline missing for "ordered back", no text for "other", ...). `today` is YYYYMMDD.
Result<void> validate_absence(const AbsenceEntry& e, const AbsenceLookups& lookups, uint32_t today);

// Which field of an entry a problem is about (the desk shows each beside its field).
enum class AbsenceField {
    staff_no,
    unit,
    category_text,
    since,
    handling,
    deadline,
    returned_on,
    outcome,
    closed_on,
    salary_stopped_on,
    recovered,
    recovered_on
};
struct AbsenceProblem {
    AbsenceField field;
    std::string message;     // the line validate_absence would give
    std::string message_zh;  // the same for a clerk's form in Chinese (the desk)
};
// Every problem of the entry, in validate_absence's order (validate_absence is the first).
std::vector<AbsenceProblem> absence_problems(const AbsenceEntry& e, const AbsenceLookups& lookups,
                                             uint32_t today);

// Columns as assets/demo/bureau/absences.csv (docs/BUREAU.md): 工号, 离岗类别, 其他原因,
// 离岗日期, 发现途径, 处理方式, 返岗期限, 返岗日期, 处理结果, 结案日期, 停发工资日期,
// 追缴金额(元), 追缴日期, 登记日期, 备注; English names accepted too.
std::vector<AbsenceEntry> absences_from_table(const Table& t, const AbsenceLookups& lookups,
                                              uint32_t today, std::vector<std::string>& errors);

// "2026-03-05", or "" for 0.
std::string day_text(uint32_t day);

}  // namespace sk::bureau
