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

}  // namespace sk::bureau
