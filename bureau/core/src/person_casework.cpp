#include "sk/bureau/person_casework.hpp"

#include <algorithm>

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

using Details = std::vector<std::pair<std::string, std::string>>;

}  // namespace

Result<std::vector<FileRecord>> casework_records(storage::BureauStore& s, const Actor& a,
                                                 std::string_view staff_no, Lang lang,
                                                 uint32_t today,
                                                 const survey::TipCategories* categories) {
    SK_TRY(authorize(a, Permission::read_files));
    const bool en = lang == Lang::en;
    const std::string_view tag = en ? "en" : "zh-CN";
    auto L = [en](const char* zh, const char* e) { return std::string(en ? e : zh); };
    auto category = [&](const std::string& id) {
        const survey::TipCategory* c = categories ? categories->find(id) : nullptr;
        return c ? c->label.in(tag) : id;
    };
    std::vector<FileRecord> out;
    store::CaseFilter f;
    f.staff_no = std::string(staff_no);
    auto cases = store::list_cases(s, f);
    if (!cases) return cases.error();
    for (const auto& c : cases.value()) {
        auto ch = parse_channel(c.channel);
        auto st = parse_case_state(c.status);
        FileRecord r;
        r.day = c.received_day;
        r.source = "case";
        r.title = L("案件 ", "case ") + c.case_no + " · " +
                  (ch ? std::string(channel_label(*ch, tag)) : c.channel);
        r.details =
            Details{{L("类别", "category"), category(c.category)},
                    {L("状态", "status"), st ? std::string(case_state_label(*st, tag)) : c.status}};
        if (!c.finding.empty()) {
            auto fs = parse_case_state(c.finding);
            r.details.push_back({L("核查结论", "finding"),
                                 fs ? std::string(case_state_label(*fs, tag)) : c.finding});
        }
        if (!c.assignee.empty()) r.details.push_back({L("经办人", "handled by"), c.assignee});
        r.recorded_by = c.created_by;
        r.recorded_at = c.created_at;
        out.push_back(std::move(r));
    }
    auto talks = store::talks_of(s, staff_no);
    if (!talks) return talks.error();
    for (const auto& t : talks.value()) {
        auto k = parse_talk_kind(t.kind);
        FileRecord r;
        r.day = t.day;
        r.source = "talk";
        r.title = k ? std::string(talk_kind_label(*k, tag)) : t.kind;
        r.details = Details{{L("谈话人", "held by"), t.by_user}, {L("记录", "note"), t.note}};
        if (!t.case_no.empty()) r.details.push_back({L("案件", "case"), t.case_no});
        r.recorded_by = t.created_by;
        r.recorded_at = t.created_at;
        out.push_back(std::move(r));
    }
    auto notes = store::quarterly_of(s, staff_no);
    if (!notes) return notes.error();
    for (const auto& q : notes.value()) {
        auto quarter = parse_quarter(q.quarter);
        auto rating = parse_rating(q.rating);
        FileRecord r;
        // Dated when written (the quarter's own days may still be ahead).
        auto written = sync::day_number_from_iso(q.created_at.substr(0, 10));
        r.day = written ? *written : (quarter ? quarter->last_day() : 0);
        r.source = "quarterly";
        r.title = L("季度动态档案 ", "quarterly file ") + q.quarter;
        r.details = Details{
            {L("评价", "rating"), rating ? std::string(rating_label(*rating, tag)) : q.rating},
            {L("思想作风", "thought and work style"), q.note}};
        r.recorded_by = q.created_by;
        r.recorded_at = q.created_at;
        out.push_back(std::move(r));
    }
    auto sanctions = store::sanctions_of(s, staff_no);
    if (!sanctions) return sanctions.error();
    for (const auto& x : sanctions.value()) {
        auto k = parse_sanction_kind(x.kind);
        FileRecord r;
        r.day = x.day;
        r.source = "sanction";
        r.title = k ? std::string(sanction_kind_label(*k, tag)) : x.kind;
        r.details =
            Details{{L("文号", "decision no."), x.decision_no}, {L("案件", "case"), x.case_no}};
        if (k && is_permanent(*k)) {
            r.details.push_back({L("影响期", "in effect"), L("永久", "permanent")});
        } else if (x.end_day) {
            const bool active = k && in_effect(*k, x.day, today);
            r.details.push_back(
                {L("影响期至", "in effect until"),
                 iso(x.end_day) + (active ? L("（影响期内）", " (in effect)") : "")});
        }
        if (!x.override_reason.empty()) {
            r.details.push_back(
                {L("未经提醒的理由", "without prior reminder, because"), x.override_reason});
        }
        r.recorded_by = x.created_by;
        r.recorded_at = x.created_at;
        out.push_back(std::move(r));
    }
    for (const auto& c : cases.value()) {
        auto p = store::published_case(s, c.case_no);
        if (!p) return p.error();
        if (!p.value()) continue;
        FileRecord r;
        r.day = p.value()->published_day;
        r.source = "published";
        r.title = L("典型案例通报 ", "published as a typical case ") + c.case_no;
        r.details = Details{{L("摘要", "summary"), p.value()->summary}};
        r.recorded_by = p.value()->published_by;
        r.recorded_at = p.value()->published_at;
        out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FileRecord& x, const FileRecord& y) { return x.day < y.day; });
    return out;
}

}  // namespace sk::bureau
