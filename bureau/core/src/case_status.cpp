#include "sk/bureau/case_status.hpp"

#include <algorithm>

namespace sk::bureau {

const std::vector<CaseStatus>& all_statuses() {
    static const std::vector<CaseStatus> kAll = {
        CaseStatus::new_case, CaseStatus::under_verification, CaseStatus::substantiated,
        CaseStatus::not_substantiated, CaseStatus::closed};
    return kAll;
}

std::vector<CaseStatus> next_statuses(CaseStatus from) {
    switch (from) {
        case CaseStatus::new_case:
            return {CaseStatus::under_verification};
        case CaseStatus::under_verification:
            return {CaseStatus::substantiated, CaseStatus::not_substantiated};
        case CaseStatus::substantiated:
        case CaseStatus::not_substantiated:
            return {CaseStatus::closed};
        case CaseStatus::closed:
            return {};
    }
    return {};
}

bool transition_allowed(CaseStatus from, CaseStatus to) {
    const auto next = next_statuses(from);
    return std::find(next.begin(), next.end(), to) != next.end();
}

Result<void> check_transition(CaseStatus from, CaseStatus to) {
    if (transition_allowed(from, to)) return ok();
    std::string allowed;
    for (CaseStatus s : next_statuses(from)) {
        if (!allowed.empty()) allowed += ", ";
        allowed += sync::case_status_name(s);
    }
    return Error{Errc::invalid_argument,
                 std::string("cannot go from ") + sync::case_status_name(from) + " to " +
                     sync::case_status_name(to) + " (allowed: " +
                     (allowed.empty() ? "none, the case is closed" : allowed) + ")"};
}

Result<CaseStatus> parse_status(std::string_view name) {
    if (auto s = sync::case_status_from_name(name)) return *s;
    std::string names;
    for (CaseStatus s : all_statuses()) {
        if (!names.empty()) names += ", ";
        names += sync::case_status_name(s);
    }
    return Error{Errc::invalid_argument,
                 "unknown status \"" + std::string(name) + "\" (one of: " + names + ")"};
}

const char* status_label_zh(CaseStatus s) {
    switch (s) {
        case CaseStatus::new_case:
            return "新收";
        case CaseStatus::under_verification:
            return "核查中";
        case CaseStatus::substantiated:
            return "属实";
        case CaseStatus::not_substantiated:
            return "不属实";
        case CaseStatus::closed:
            return "已办结";
    }
    return "";
}

}  // namespace sk::bureau
