#include "sk/bureau/case_flow.hpp"

#include <algorithm>

namespace sk::bureau {

namespace {

struct StateInfo {
    CaseState s;
    const char* name;
    const char* zh;
    const char* en;
};

const StateInfo kStates[] = {
    {CaseState::new_case, "new", "新收", "new"},
    {CaseState::under_verification, "under_verification", "核查中", "under verification"},
    {CaseState::substantiated, "substantiated", "属实", "substantiated"},
    {CaseState::not_substantiated, "not_substantiated", "不属实", "not substantiated"},
    {CaseState::talk_held, "talk_held", "已谈话", "talk held"},
    {CaseState::sanction_proposed, "sanction_proposed", "拟处分", "sanction proposed"},
    {CaseState::closed, "closed", "已办结", "closed"},
};

const StateInfo& info(CaseState s) {
    for (const auto& i : kStates) {
        if (i.s == s) return i;
    }
    return kStates[0];
}

std::string join_names(const std::vector<CaseState>& v) {
    std::string out;
    for (CaseState s : v) {
        if (!out.empty()) out += ", ";
        out += case_state_name(s);
    }
    return out;
}

}  // namespace

const std::vector<CaseState>& all_case_states() {
    static const std::vector<CaseState> kAll = [] {
        std::vector<CaseState> v;
        for (const auto& i : kStates) v.push_back(i.s);
        return v;
    }();
    return kAll;
}

std::string_view case_state_name(CaseState s) {
    return info(s).name;
}

std::string_view case_state_label(CaseState s, std::string_view lang) {
    return lang == "en" ? info(s).en : info(s).zh;
}

Result<CaseState> parse_case_state(std::string_view name) {
    for (const auto& i : kStates) {
        if (name == i.name) return i.s;
    }
    return Error{Errc::invalid_argument, "unknown status \"" + std::string(name) +
                                             "\" (one of: " + join_names(all_case_states()) + ")"};
}

std::vector<CaseState> next_case_states(CaseState from) {
    switch (from) {
        case CaseState::new_case:
            return {CaseState::under_verification};
        case CaseState::under_verification:
            return {CaseState::substantiated, CaseState::not_substantiated};
        case CaseState::substantiated:
            return {CaseState::talk_held, CaseState::sanction_proposed, CaseState::closed};
        case CaseState::talk_held:
            return {CaseState::sanction_proposed, CaseState::closed};
        case CaseState::sanction_proposed:
        case CaseState::not_substantiated:
            return {CaseState::closed};
        case CaseState::closed:
            return {};
    }
    return {};
}

Result<void> check_case_transition(CaseState from, CaseState to) {
    const auto next = next_case_states(from);
    if (std::find(next.begin(), next.end(), to) != next.end()) return ok();
    std::string msg = "cannot go from " + std::string(case_state_name(from)) + " to " +
                      std::string(case_state_name(to)) + " (allowed: ";
    msg += next.empty() ? "none; new facts: case reopen" : join_names(next);
    return Error{Errc::invalid_argument, msg + ")"};
}

Result<void> check_reopen(CaseState from) {
    if (from == CaseState::closed || from == CaseState::not_substantiated) return ok();
    return Error{Errc::invalid_argument,
                 "only a closed or not substantiated case can be "
                 "reopened; this one is " +
                     std::string(case_state_name(from))};
}

Finding finding_after(Finding before, CaseState to) {
    switch (to) {
        case CaseState::substantiated:
            return Finding::substantiated;
        case CaseState::not_substantiated:
            return Finding::not_substantiated;
        case CaseState::new_case:
        case CaseState::under_verification:
            return Finding::none;
        default:
            return before;
    }
}

std::string_view finding_name(Finding f) {
    switch (f) {
        case Finding::substantiated:
            return "substantiated";
        case Finding::not_substantiated:
            return "not_substantiated";
        case Finding::none:
            break;
    }
    return "";
}

Finding parse_finding(std::string_view name) {
    if (name == "substantiated") return Finding::substantiated;
    if (name == "not_substantiated") return Finding::not_substantiated;
    return Finding::none;
}

bool is_open(CaseState s) {
    return s != CaseState::closed;
}

sync::CaseStatus board_status(CaseState s) {
    switch (s) {
        case CaseState::new_case:
            return sync::CaseStatus::new_case;
        case CaseState::under_verification:
            return sync::CaseStatus::under_verification;
        case CaseState::substantiated:
        case CaseState::talk_held:
        case CaseState::sanction_proposed:
            return sync::CaseStatus::substantiated;
        case CaseState::not_substantiated:
            return sync::CaseStatus::not_substantiated;
        case CaseState::closed:
            return sync::CaseStatus::closed;
    }
    return sync::CaseStatus::new_case;
}

}  // namespace sk::bureau
