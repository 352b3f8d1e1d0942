#include "sk/bureau/person_casework.hpp"

#include <algorithm>
#include <tuple>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/bureau/sanction_kind.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/bureau/store/followups.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::string iso(uint32_t d) {
    return d ? sync::iso_from_day_number(d) : "";
}

}  // namespace

Result<std::vector<CaseworkFileEntry>> person_casework(storage::BureauStore& s, const Actor& a,
                                                       std::string_view staff_no,
                                                       std::string_view lang, uint32_t today) {
    SK_TRY(authorize(a, Permission::read_files));
    const bool en = lang == "en";
    std::vector<CaseworkFileEntry> out;
    store::CaseFilter f;
    f.staff_no = std::string(staff_no);
    auto cases = store::list_cases(s, f);
    if (!cases) return cases.error();
    for (const auto& c : cases.value()) {
        auto ch = parse_channel(c.channel);
        auto st = parse_case_state(c.status);
        CaseworkFileEntry e;
        e.day = c.received_day;
        e.kind = "case";
        e.title = (en ? "case " : "案件 ") + c.case_no + " " +
                  (ch ? std::string(channel_label(*ch, lang)) : c.channel) + " " + c.category;
        e.detail = (en ? "status: " : "状态：") +
                   (st ? std::string(case_state_label(*st, lang)) : c.status) +
                   (c.assignee.empty() ? "" : (en ? ", handled by " : "，经办人 ") + c.assignee);
        e.by = c.created_by;
        out.push_back(std::move(e));
    }
    auto talks = store::talks_of(s, staff_no);
    if (!talks) return talks.error();
    for (const auto& t : talks.value()) {
        auto k = parse_talk_kind(t.kind);
        out.push_back({t.day, "talk",
                       (k ? std::string(talk_kind_label(*k, lang)) : t.kind) +
                           (en ? " by " : "，谈话人 ") + t.by_user +
                           (t.case_no.empty() ? "" : (en ? ", case " : "，案件 ") + t.case_no),
                       t.note, t.created_by});
    }
    auto notes = store::quarterly_of(s, staff_no);
    if (!notes) return notes.error();
    for (const auto& q : notes.value()) {
        auto quarter = parse_quarter(q.quarter);
        auto r = parse_rating(q.rating);
        out.push_back({quarter ? quarter->last_day() : 0, "quarterly",
                       (en ? "quarterly file " : "季度动态档案 ") + q.quarter + " " +
                           (r ? std::string(rating_label(*r, lang)) : q.rating),
                       q.note, q.created_by});
    }
    auto sanctions = store::sanctions_of(s, staff_no);
    if (!sanctions) return sanctions.error();
    for (const auto& x : sanctions.value()) {
        auto k = parse_sanction_kind(x.kind);
        std::string detail =
            (en ? "decision " : "文号 ") + x.decision_no + (en ? ", case " : "，案件 ") + x.case_no;
        if (k && is_permanent(*k)) {
            detail += en ? ", permanent" : "，永久";
        } else if (x.end_day) {
            const bool active = k && in_effect(*k, x.day, today);
            detail += (en ? ", in effect until " : "，影响期至 ") + iso(x.end_day) +
                      (active ? (en ? " (in effect)" : "（影响期内）") : "");
        }
        if (!x.override_reason.empty()) {
            detail +=
                (en ? "; without prior reminder: " : "；未经提醒，理由：") + x.override_reason;
        }
        out.push_back({x.day, "sanction", k ? std::string(sanction_kind_label(*k, lang)) : x.kind,
                       detail, x.created_by});
    }
    for (const auto& c : cases.value()) {
        auto p = store::published_case(s, c.case_no);
        if (!p) return p.error();
        if (p.value()) {
            out.push_back(
                {p.value()->published_day, "published",
                 (en ? "published as a typical case: " : "作为典型案例通报：") + c.case_no, "",
                 p.value()->published_by});
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& x, const auto& y) { return x.day < y.day; });
    return out;
}

}  // namespace sk::bureau
