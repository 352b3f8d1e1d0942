#include "sk/bureau/monthly_casework.hpp"

#include <map>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/sanction_kind.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/bureau/store/followups.hpp"

namespace sk::bureau {

Result<MonthlyCasework> monthly_casework(storage::BureauStore& s, std::string_view month) {
    if (month.size() != 7) return Error{Errc::invalid_argument, "month must be YYYY-MM"};
    const uint32_t first =
        static_cast<uint32_t>(std::stoi(std::string(month.substr(0, 4))) * 10000 +
                              std::stoi(std::string(month.substr(5, 2))) * 100 + 1);
    const uint32_t last = first + 30;  // YYYYMM31: day numbers compare within the month
    auto in_month = [&](uint32_t d) { return d >= first && d <= last; };
    MonthlyCasework m;
    auto cases = store::list_cases(s, {});
    if (!cases) return cases.error();
    std::map<std::string, int64_t> channels, statuses;
    for (const auto& c : cases.value()) {
        if (c.received_day <= last) m.received_to_date += 1;
        if (!in_month(c.received_day)) continue;
        m.received += 1;
        channels[c.channel] += 1;
        statuses[c.status] += 1;
    }
    for (Channel ch : all_channels()) {
        auto it = channels.find(std::string(channel_name(ch)));
        if (it == channels.end()) continue;
        m.by_channel.push_back({it->first, std::string(channel_label(ch, "zh-CN")),
                                std::string(channel_label(ch, "en")), it->second});
    }
    for (CaseState st : all_case_states()) {
        auto it = statuses.find(std::string(case_state_name(st)));
        if (it == statuses.end()) continue;
        m.by_status.push_back({it->first, std::string(case_state_label(st, "zh-CN")),
                               std::string(case_state_label(st, "en")), it->second});
    }
    auto closed = store::count_status_changes(s, "closed", month);
    if (!closed) return closed.error();
    m.closed = closed.value();
    auto talks = store::talks_of(s, "");
    if (!talks) return talks.error();
    for (const auto& t : talks.value()) m.talks += in_month(t.day);
    auto notes = store::quarterly_of(s, "");
    if (!notes) return notes.error();
    for (const auto& q : notes.value()) m.quarterly_notes += q.created_at.compare(0, 7, month) == 0;
    auto sanctions = store::sanctions_of(s, "");
    if (!sanctions) return sanctions.error();
    std::map<std::string, int64_t> kinds;
    for (const auto& x : sanctions.value()) {
        if (x.day <= last) m.sanctions_to_date += 1;
        if (!in_month(x.day)) continue;
        m.sanctions += 1;
        kinds[x.kind] += 1;
    }
    for (SanctionKind k : all_sanction_kinds()) {
        auto it = kinds.find(std::string(sanction_kind_name(k)));
        if (it == kinds.end()) continue;
        m.sanctions_by_kind.push_back({it->first, std::string(sanction_kind_label(k, "zh-CN")),
                                       std::string(sanction_kind_label(k, "en")), it->second});
    }
    auto pubs = store::published_cases(s, first, last);
    if (!pubs) return pubs.error();
    for (const auto& p : pubs.value())
        m.published.push_back({p.case_no, p.published_day, p.summary});
    return m;
}

namespace {

ReportTable count_table(const char* key, std::string title, const std::vector<LabelCount>& rows,
                        bool en) {
    ReportTable t;
    t.key = key;
    t.title = std::move(title);
    t.header = {en ? "item" : "项目", en ? "count" : "件数"};
    for (const auto& r : rows) {
        t.rows.push_back(
            {XlsxCell::text(en ? r.label_en : r.label_zh), XlsxCell::integer(r.count)});
    }
    return t;
}

}  // namespace

std::vector<ReportTable> casework_report_tables(const MonthlyCasework& m, bool en) {
    ReportTable fig;
    fig.key = "casework_figures";
    fig.title = en ? "Casework this month" : "本月案件办理情况";
    fig.header = {en ? "item" : "项目", en ? "count" : "数量"};
    auto row = [&](const char* zh, const char* e, int64_t v) {
        fig.rows.push_back({XlsxCell::text(en ? e : zh), XlsxCell::integer(v)});
    };
    row("本月收到案件", "cases received", m.received);
    row("累计收到案件", "cases received to date", m.received_to_date);
    row("本月办结", "cases closed", m.closed);
    row("谈心谈话、座谈、访谈", "talks, symposia, interviews", m.talks);
    row("季度动态档案", "quarterly notes", m.quarterly_notes);
    row("提醒和处分", "reminders and sanctions", m.sanctions);
    row("累计提醒和处分", "reminders and sanctions to date", m.sanctions_to_date);
    std::vector<ReportTable> out;
    out.push_back(std::move(fig));
    out.push_back(count_table("casework_by_channel", en ? "Cases by channel" : "案件来源渠道",
                              m.by_channel, en));
    out.push_back(count_table("casework_by_status", en ? "Cases by status now" : "案件目前状态",
                              m.by_status, en));
    out.push_back(count_table("casework_sanctions", en ? "Reminders and sanctions" : "提醒和处分",
                              m.sanctions_by_kind, en));
    ReportTable pub;
    pub.key = "casework_published";
    pub.title = en ? "Typical cases published" : "典型案例通报";
    pub.header = {en ? "case" : "案件编号", en ? "summary" : "摘要"};
    for (const auto& p : m.published) {
        pub.rows.push_back({XlsxCell::text(p.case_no), XlsxCell::text(p.summary)});
    }
    if (m.published.empty()) pub.note = en ? "None this month." : "本月无。";
    out.push_back(std::move(pub));
    return out;
}

}  // namespace sk::bureau
