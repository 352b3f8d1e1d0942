#include "sk/bureau/monthly_casework.hpp"

#include <map>
#include <nlohmann/json.hpp>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/html.hpp"
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

std::string count_table(const std::vector<LabelCount>& rows, bool en, const char* zh_head,
                        const char* en_head) {
    std::string h = "<table><tr><th>" + html_escape(en ? en_head : zh_head) + "</th><th>" +
                    (en ? "count" : "件数") + "</th></tr>\n";
    for (const auto& r : rows) {
        h += "<tr><td>" + html_escape(en ? r.label_en : r.label_zh) + "</td><td>" +
             std::to_string(r.count) + "</td></tr>\n";
    }
    return h + "</table>\n";
}

}  // namespace

std::string add_casework_to_html(std::string html, const MonthlyCasework& m, bool en) {
    std::string sec = std::string("<section class=\"casework\"><h2>") +
                      (en ? "Casework" : "案件办理情况") + "</h2>\n<p>";
    auto fig = [&](const char* zh, const char* e, int64_t v) {
        sec += html_escape(en ? e : zh) + " " + std::to_string(v) + (en ? "; " : "；");
    };
    fig("本月收到案件", "cases received", m.received);
    fig("累计收到", "received to date", m.received_to_date);
    fig("本月办结", "closed", m.closed);
    fig("谈心谈话", "talks", m.talks);
    fig("季度动态档案", "quarterly notes", m.quarterly_notes);
    fig("提醒和处分", "reminders and sanctions", m.sanctions);
    fig("累计提醒和处分", "to date", m.sanctions_to_date);
    sec += "</p>\n";
    sec += count_table(m.by_channel, en, "来源渠道", "channel");
    sec += count_table(m.by_status, en, "目前状态", "status now");
    sec += count_table(m.sanctions_by_kind, en, "提醒和处分", "reminders and sanctions");
    sec += std::string("<h3>") + (en ? "Typical cases published" : "典型案例通报") + "</h3>\n";
    if (m.published.empty()) sec += en ? "<p>None this month.</p>\n" : "<p>本月无。</p>\n";
    for (const auto& p : m.published) {
        sec += "<p><b>" + html_escape(p.case_no) + "</b> " + html_escape(p.summary) + "</p>\n";
    }
    sec += "</section>\n";
    size_t at = html.rfind("</body>");
    if (at == std::string::npos) at = html.size();
    html.insert(at, sec);
    return html;
}

std::string add_casework_to_json(const std::string& monthly_json, const MonthlyCasework& m) {
    auto j = nlohmann::json::parse(monthly_json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) j = nlohmann::json::object();
    auto counts = [](const std::vector<LabelCount>& rows) {
        nlohmann::json o = nlohmann::json::object();
        for (const auto& r : rows) o[r.key] = r.count;
        return o;
    };
    nlohmann::json pub = nlohmann::json::array();
    for (const auto& p : m.published) pub.push_back({{"case", p.case_no}, {"summary", p.summary}});
    j["casework"] = {{"received", m.received},
                     {"received_to_date", m.received_to_date},
                     {"closed", m.closed},
                     {"talks", m.talks},
                     {"quarterly_notes", m.quarterly_notes},
                     {"sanctions", m.sanctions},
                     {"sanctions_to_date", m.sanctions_to_date},
                     {"by_channel", counts(m.by_channel)},
                     {"by_status", counts(m.by_status)},
                     {"sanctions_by_kind", counts(m.sanctions_by_kind)},
                     {"published", pub}};
    return j.dump(1);
}

std::vector<XlsxSheet> casework_xlsx_sheets(const MonthlyCasework& m, bool en) {
    auto sheet = [&](const char* zh, const char* e, const std::vector<LabelCount>& rows) {
        XlsxSheet s;
        s.name = en ? e : zh;
        s.header = {en ? "item" : "项目", en ? "count" : "件数"};
        for (const auto& r : rows) {
            s.rows.push_back(
                {XlsxCell::text(en ? r.label_en : r.label_zh), XlsxCell::integer(r.count)});
        }
        return s;
    };
    std::vector<XlsxSheet> out = {sheet("案件来源渠道", "cases by channel", m.by_channel),
                                  sheet("案件状态", "cases by status", m.by_status),
                                  sheet("提醒和处分", "sanctions", m.sanctions_by_kind)};
    XlsxSheet pub;
    pub.name = en ? "typical cases" : "典型案例";
    pub.header = {en ? "case" : "案件编号", en ? "summary" : "摘要"};
    for (const auto& p : m.published)
        pub.rows.push_back({XlsxCell::text(p.case_no), XlsxCell::text(p.summary)});
    out.push_back(std::move(pub));
    return out;
}

}  // namespace sk::bureau
