#include "sk/bureau/register_import.hpp"

#include <algorithm>
#include <set>

#include "sk/bureau/payroll_check.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::string text(std::string_view s) {
    return std::string(s);
}

void note_change(std::string& summary, const char* field, const std::string& from,
                 const std::string& to) {
    if (from == to) return;
    if (!summary.empty()) summary += "; ";
    summary +=
        std::string(field) + ": " + (from.empty() ? "-" : from) + " -> " + (to.empty() ? "-" : to);
}

// A date column: empty -> 0, unreadable -> an error line.
bool read_day(const ColumnMap& m, const TableRow& r, size_t col, const char* what, uint32_t& out,
              std::vector<std::string>& errors) {
    auto cell = m.has(col) ? m.get(r, col) : std::string_view();
    out = 0;
    if (cell.empty()) return true;
    auto d = parse_table_date(cell);
    if (!d) {
        errors.push_back(row_error(
            r.row_number, std::string(what) + " '" + text(cell) + "' is not a date (YYYY-MM-DD)"));
        return false;
    }
    out = *d;
    return true;
}

}  // namespace

std::string day_text(uint32_t day) {
    return day ? sync::iso_from_day_number(day) : std::string();
}

std::vector<Unit> units_from_table(const Table& t, std::vector<std::string>& errors) {
    static const std::vector<ColumnSpec> specs = {
        {"code", {"单位代码", "代码", "code", "unit_code"}, true},
        {"name", {"单位名称", "名称", "name", "unit_name"}, true},
        {"kind", {"类型", "单位类型", "kind", "type"}, false},
        {"township", {"乡镇", "乡镇街道", "township", "district"}, false},
    };
    std::vector<Unit> out;
    auto m = map_columns(t.header, specs);
    if (!m) {
        errors.push_back(m.error().message);
        return out;
    }
    std::set<std::string> seen;
    for (auto& r : t.rows) {
        Unit u{text(m->get(r, 0)), text(m->get(r, 1)), text(m->get(r, 2)), text(m->get(r, 3))};
        if (u.code.empty()) {
            errors.push_back(row_error(r.row_number, "no unit code"));
        } else if (u.name.empty()) {
            errors.push_back(row_error(r.row_number, "unit " + u.code + " has no name"));
        } else if (!seen.insert(u.code).second) {
            errors.push_back(row_error(r.row_number, "unit code " + u.code + " appears twice"));
        } else {
            out.push_back(std::move(u));
        }
    }
    return out;
}

std::vector<StaffMember> staff_from_table(const Table& t,
                                          const std::function<bool(const std::string&)>& unit_known,
                                          std::vector<std::string>& errors) {
    static const std::vector<ColumnSpec> specs = {
        {"staff_no", {"工号", "职工编号", "人员编号", "staff_no", "staff no"}, true},
        {"name", {"姓名", "name"}, true},
        {"unit_code", {"单位代码", "unit_code", "unit code", "unit"}, true},
        {"post", {"岗位", "岗位类别", "post"}, false},
        {"employment", {"用工类型", "用工形式", "编制", "employment"}, false},
        {"on_payroll", {"是否在工资册", "在工资册", "on_payroll", "on payroll"}, false},
    };
    std::vector<StaffMember> out;
    auto m = map_columns(t.header, specs);
    if (!m) {
        errors.push_back(m.error().message);
        return out;
    }
    std::set<std::string> seen;
    for (auto& r : t.rows) {
        StaffMember s{text(m->get(r, 0)), text(m->get(r, 1)), text(m->get(r, 2)),
                      text(m->get(r, 3)), text(m->get(r, 4)), true};
        auto pay = m->get(r, 5);
        if (s.staff_no.empty()) {
            errors.push_back(row_error(r.row_number, "no staff number"));
        } else if (s.name.empty()) {
            errors.push_back(row_error(r.row_number, "staff " + s.staff_no + " has no name"));
        } else if (!unit_known(s.unit_code)) {
            errors.push_back(row_error(r.row_number, "unknown unit code '" + s.unit_code + "'"));
        } else if (!seen.insert(s.staff_no).second) {
            errors.push_back(
                row_error(r.row_number, "staff number " + s.staff_no + " appears twice"));
        } else if (!pay.empty() && !parse_table_bool(pay)) {
            errors.push_back(
                row_error(r.row_number, "on payroll '" + text(pay) + "' is not 是/否"));
        } else {
            if (!pay.empty()) s.on_payroll = *parse_table_bool(pay);
            out.push_back(std::move(s));
        }
    }
    return out;
}

StaffDiff diff_staff(const std::unordered_map<std::string, StaffMember>& current,
                     const std::vector<StaffMember>& incoming) {
    StaffDiff d;
    std::set<std::string> units, nos;
    for (auto& s : incoming) {
        units.insert(s.unit_code);
        nos.insert(s.staff_no);
        auto it = current.find(s.staff_no);
        if (it == current.end()) {
            d.added.push_back(s);
            continue;
        }
        auto& o = it->second;
        std::string summary;
        note_change(summary, "name", o.name, s.name);
        note_change(summary, "unit", o.unit_code, s.unit_code);
        note_change(summary, "post", o.post, s.post);
        note_change(summary, "employment", o.employment, s.employment);
        note_change(summary, "on_payroll", o.on_payroll ? "yes" : "no",
                    s.on_payroll ? "yes" : "no");
        if (!summary.empty()) {
            d.changed.push_back({s.staff_no, summary});
            d.changed_rows.push_back(s);
        }
    }
    for (auto& [no, s] : current)
        if (units.count(s.unit_code) && !nos.count(no)) d.removed.push_back(s);
    std::sort(d.removed.begin(), d.removed.end(),
              [](auto& a, auto& b) { return a.staff_no < b.staff_no; });
    return d;
}

std::vector<AbsenceEntry> absences_from_table(const Table& t, const AbsenceLookups& lookups,
                                              uint32_t today, std::vector<std::string>& errors) {
    enum {
        kNo,
        kCat,
        kCatText,
        kSince,
        kFound,
        kHandling,
        kDeadline,
        kReturned,
        kOutcome,
        kClosed,
        kStopped,
        kRecovered,
        kRecoveredOn,
        kRecorded,
        kNote
    };
    static const std::vector<ColumnSpec> specs = {
        {"staff_no", {"工号", "staff_no", "person"}, true},
        {"category", {"离岗类别", "类别", "category", "reason"}, true},
        {"category_text", {"其他原因", "category_text", "reason_text"}, false},
        {"since", {"离岗日期", "since"}, true},
        {"found_by", {"发现途径", "found_by"}, false},
        {"handling", {"处理方式", "handling"}, false},
        {"deadline", {"返岗期限", "deadline"}, false},
        {"returned_on", {"返岗日期", "returned_on", "returned"}, false},
        {"outcome", {"处理结果", "outcome"}, false},
        {"closed_on", {"结案日期", "closed_on"}, false},
        {"salary_stopped_on", {"停发工资日期", "salary_stopped_on"}, false},
        {"recovered", {"追缴金额", "recovered"}, false},
        {"recovered_on", {"追缴日期", "recovered_on"}, false},
        {"recorded_on", {"登记日期", "recorded_on"}, false},
        {"note", {"备注", "note"}, false},
    };
    std::vector<AbsenceEntry> out;
    auto m = map_columns(t.header, specs);
    if (!m) {
        errors.push_back(m.error().message);
        return out;
    }
    for (auto& r : t.rows) {
        size_t before = errors.size();
        AbsenceEntry e;
        e.staff_no = text(m->get(r, kNo));
        auto cat = parse_category(m->get(r, kCat));
        if (!cat) {
            errors.push_back(
                row_error(r.row_number, "unknown category '" + text(m->get(r, kCat)) + "'"));
            continue;
        }
        e.category = *cat;
        e.category_text = text(m->get(r, kCatText));
        auto opt = [&](size_t col, auto parse, auto& field, const char* what) {
            auto cell = m->get(r, col);
            if (cell.empty()) return;
            auto v = parse(cell);
            if (!v) {
                errors.push_back(row_error(
                    r.row_number, std::string("unknown ") + what + " '" + text(cell) + "'"));
            } else {
                field = *v;
            }
        };
        opt(kFound, parse_found_by, e.found_by, "found-by");
        opt(kHandling, parse_handling, e.handling, "handling");
        opt(kOutcome, parse_outcome, e.outcome, "outcome");
        read_day(*m, r, kSince, "since", e.since, errors);
        read_day(*m, r, kDeadline, "deadline", e.deadline, errors);
        read_day(*m, r, kReturned, "return date", e.returned_on, errors);
        read_day(*m, r, kClosed, "closing date", e.closed_on, errors);
        read_day(*m, r, kStopped, "salary stop date", e.salary_stopped_on, errors);
        read_day(*m, r, kRecoveredOn, "recovery date", e.recovered_on, errors);
        read_day(*m, r, kRecorded, "registration date", e.recorded_on, errors);
        if (auto cell = m->get(r, kRecovered); !cell.empty() && !parse_yuan(cell, e.recovered_fen))
            errors.push_back(row_error(r.row_number,
                                       "recovered amount '" + text(cell) + "' is not a sum in 元"));
        e.note = text(m->get(r, kNote));
        if (errors.size() != before) continue;
        if (const StaffMember* p = lookups.person(e.staff_no)) e.unit_code = p->unit_code;
        if (!e.recorded_on) e.recorded_on = today;
        // The bulk form has no separate date for the handling: it was decided on registration.
        if (e.handling != Handling::none) e.handled_on = e.recorded_on;
        auto ok = validate_absence(e, lookups, today);
        if (!ok) {
            errors.push_back(row_error(r.row_number, ok.error().message));
            continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace sk::bureau
