#include "sk/bureau/payroll_check.hpp"

#include <unordered_set>

#include "sk/bureau/absence_rules.hpp"

namespace sk::bureau {

namespace {

enum Col { kStaffNo, kName, kUnit, kAmount };

const std::vector<ColumnSpec>& payroll_columns() {
    static const std::vector<ColumnSpec> specs = {
        {"staff_no", {"工号", "职工编号", "人员编号", "staff_no", "staff no"}, true},
        {"name", {"姓名", "name"}, true},
        {"unit_code", {"单位代码", "发放单位代码", "unit_code", "unit code", "unit"}, true},
        {"amount", {"实发金额", "实发工资", "金额", "amount", "net pay"}, false},
    };
    return specs;
}

}  // namespace

bool parse_yuan(std::string_view s, int64_t& fen) {
    int64_t whole = 0;
    int frac = 0, frac_digits = 0;
    bool any = false, dot = false;
    for (char c : s) {
        if (c == ',' && !dot) continue;
        if (c == '.' && !dot) {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9') return false;
        any = true;
        if (dot) {
            if (++frac_digits > 2) return false;
            frac = frac * 10 + (c - '0');
        } else {
            if (whole > 1'000'000'000'000LL) return false;
            whole = whole * 10 + (c - '0');
        }
    }
    if (!any) return false;
    if (frac_digits == 1) frac *= 10;
    fen = whole * 100 + frac;
    return true;
}

std::vector<PayrollRow> payroll_from_table(const Table& t, std::vector<std::string>& errors) {
    std::vector<PayrollRow> out;
    auto map = map_columns(t.header, payroll_columns());
    if (!map) {
        errors.push_back(map.error().message);
        return out;
    }
    for (auto& r : t.rows) {
        PayrollRow p;
        p.row_number = r.row_number;
        p.staff_no = std::string(map->get(r, kStaffNo));
        p.name = std::string(map->get(r, kName));
        p.unit_code = std::string(map->get(r, kUnit));
        if (p.staff_no.empty()) {
            errors.push_back(row_error(r.row_number, "no staff number"));
            continue;
        }
        if (p.unit_code.empty()) {
            errors.push_back(row_error(r.row_number, "no unit code"));
            continue;
        }
        if (map->has(kAmount) && !map->get(r, kAmount).empty() &&
            !parse_yuan(map->get(r, kAmount), p.amount_fen)) {
            errors.push_back(
                row_error(r.row_number,
                          "amount '" + std::string(map->get(r, kAmount)) + "' is not a sum in 元"));
            continue;
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::string_view slug(PayrollIssue i) {
    switch (i) {
        case PayrollIssue::absent_unapproved:
            return "absent_unapproved";
        case PayrollIssue::unknown_person:
            return "unknown_person";
        case PayrollIssue::other_unit:
            return "other_unit";
        case PayrollIssue::not_on_payroll:
            return "not_on_payroll";
        case PayrollIssue::paid_twice:
            return "paid_twice";
    }
    return "";
}

std::string_view label(PayrollIssue i, Lang lang) {
    bool zh = lang == Lang::zh;
    switch (i) {
        case PayrollIssue::absent_unapproved:
            return zh ? "离岗无正当理由仍发工资" : "paid while absent without a paid reason";
        case PayrollIssue::unknown_person:
            return zh ? "发工资但不在花名册" : "paid but not in the register";
        case PayrollIssue::other_unit:
            return zh ? "在册单位与发放单位不符" : "paid by another unit";
        case PayrollIssue::not_on_payroll:
            return zh ? "花名册注明不在工资册仍发工资" : "paid but marked off the payroll";
        case PayrollIssue::paid_twice:
            return zh ? "重复发放" : "paid twice";
    }
    return "";
}

PayrollCheck check_payroll(const std::vector<PayrollRow>& payroll,
                           const std::unordered_map<std::string, StaffMember>& staff,
                           const std::vector<AbsenceEntry>& entries, const PayrollPolicy& policy,
                           uint32_t pay_day) {
    // The earliest open, unpaid-reason entry per person.
    std::unordered_map<std::string, const AbsenceEntry*> unpaid_absence;
    for (auto& e : entries) {
        if (!is_open_on(e, pay_day)) continue;
        bool unpaid = !policy.paid_categories.count(e.category) ||
                      (e.salary_stopped_on && e.salary_stopped_on <= pay_day);
        if (!unpaid) continue;
        auto& slot = unpaid_absence[e.staff_no];
        if (!slot || e.id < slot->id) slot = &e;
    }
    PayrollCheck out;
    std::unordered_set<std::string> seen;
    for (auto& p : payroll) {
        ++out.rows;
        out.total_fen += p.amount_fen;
        PayrollFinding f;
        f.row_number = p.row_number;
        f.staff_no = p.staff_no;
        f.name = p.name;
        f.paying_unit = p.unit_code;
        f.amount_fen = p.amount_fen;
        auto add = [&](PayrollIssue i) {
            f.issue = i;
            out.findings.push_back(f);
        };
        if (!seen.insert(p.staff_no).second) {
            auto it = staff.find(p.staff_no);
            if (it != staff.end()) f.register_unit = it->second.unit_code;
            add(PayrollIssue::paid_twice);
            continue;
        }
        auto it = staff.find(p.staff_no);
        if (it == staff.end()) {
            add(PayrollIssue::unknown_person);
            continue;
        }
        f.register_unit = it->second.unit_code;
        if (it->second.unit_code != p.unit_code) add(PayrollIssue::other_unit);
        if (!it->second.on_payroll) add(PayrollIssue::not_on_payroll);
        if (auto a = unpaid_absence.find(p.staff_no); a != unpaid_absence.end()) {
            f.entry_id = a->second->id;
            add(PayrollIssue::absent_unapproved);
        }
    }
    return out;
}

}  // namespace sk::bureau
