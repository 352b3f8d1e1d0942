#include "case_view.hpp"

#include "cli_util.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/due_list.hpp"
#include "sk/survey/tip.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau::cli {

namespace {

std::string iso(uint32_t day) {
    return day ? sync::iso_from_day_number(day) : "";
}

std::string channel_text(const std::string& name, const std::string& lang) {
    auto c = parse_channel(name);
    return c ? std::string(channel_label(*c, lang)) : name;
}

std::string status_text(const std::string& name, const std::string& lang) {
    auto s = parse_case_state(name);
    return s ? std::string(case_state_label(*s, lang)) : name;
}

}  // namespace

std::string CaseLabels::category(const std::string& id) const {
    if (categories) {
        if (const auto* c = categories->find(id)) return c->label.in(lang);
    }
    return id;
}

OutTable case_table(const std::vector<store::CaseRow>& rows, const CaseLabels& l, uint32_t today) {
    const bool en = l.lang == "en";
    OutTable t;
    t.title = en ? "cases" : "案件";
    t.header = en ? std::vector<std::string>{"case",   "channel",  "category", "unit", "person",
                                             "status", "received", "assignee", "due",  "overdue"}
                  : std::vector<std::string>{"案件编号", "来源渠道", "类别",   "单位",     "人员",
                                             "状态",     "收到日期", "经办人", "办理期限", "逾期"};
    t.keys = {"case",   "channel",  "category", "unit", "person",
              "status", "received", "assignee", "due",  "overdue"};
    for (const auto& c : rows) {
        const bool overdue = c.status != "closed" && is_overdue(c.due_day, today);
        t.rows.push_back({c.case_no, channel_text(c.channel, l.lang), l.category(c.category),
                          c.unit_code, c.staff_no, status_text(c.status, l.lang),
                          iso(c.received_day), c.assignee, iso(c.due_day),
                          overdue ? (en ? "overdue" : "逾期") : ""});
    }
    return t;
}

std::string case_page(Session& s, const store::CaseRow& c, const CaseLabels& l) {
    const bool en = l.lang == "en";
    std::string out;
    auto line = [&](const char* zh, const char* eng, const std::string& v) {
        if (!v.empty()) out += std::string(en ? eng : zh) + "  " + v + "\n";
    };
    line("案件编号", "case     ", c.case_no);
    line("来源渠道", "channel  ", channel_text(c.channel, l.lang));
    line("类别    ", "category ", l.category(c.category));
    line("状态    ", "status   ", status_text(c.status, l.lang));
    line("核查结论", "finding  ", c.finding.empty() ? "" : status_text(c.finding, l.lang));
    line("收到日期", "received ", iso(c.received_day));
    line("单位    ", "unit     ",
         c.unit_code.empty() ? (en ? "(not linked)" : "（未关联）") : c.unit_code);
    line("人员    ", "person   ", c.staff_no);
    line("经办人  ", "assignee ",
         c.assignee.empty() ? "" : c.assignee + " " + (en ? "due " : "期限 ") + iso(c.due_day));
    // Who reported is tipster data: only roles that may export identifiable data see it.
    const bool may_see_source = allowed(s.actor.role, Permission::export_identifiable);
    if (!c.body.empty()) out += std::string(en ? "text:\n" : "内容：\n") + c.body + "\n";
    if (c.tip_id) {
        auto tip = fail_on(s.store.tip(c.case_no));
        if (tip) {
            auto pt = fail_on(s.store.record_plaintext(tip->record_id));
            if (pt) {
                auto parsed = survey::parse_tip(pt->view());
                if (parsed) {
                    auto field = [&](const char* zh, const char* eng, const survey::SecretText& v) {
                        if (!v.empty())
                            out += std::string(en ? eng : zh) + "  " + std::string(v.view()) + "\n";
                    };
                    field("举报单位", "tip unit ", parsed->unit);
                    field("被举报人", "tip names", parsed->person);
                    field("问题    ", "what     ", parsed->what);
                    field("起始时间", "since    ", parsed->since);
                    field("频次    ", "how often", parsed->how_often);
                    field("证据    ", "evidence ", parsed->evidence);
                    if (may_see_source) {
                        out += std::string(en ? "contact    " : "联系方式  ") +
                               (parsed->anonymous() ? (en ? "(anonymous)" : "（匿名）")
                                                    : std::string(parsed->contact.view())) +
                               "\n";
                    }
                }
            }
            if (!tip->reply.empty()) line("答复    ", "reply    ", tip->reply);
        }
    }
    if (may_see_source) line("举报人  ", "source   ", c.source);
    line("答复    ", "reply    ", c.reply);
    line("回执码  ", "receipt  ", c.receipt_lookup || c.tip_id ? (en ? "issued" : "已发放") : "");
    out += en ? "history:\n" : "办理记录：\n";
    for (const auto& h : fail_on(store::case_history(s.store, c.id))) {
        out += "  " + h.at + "  " + (h.user.empty() ? "-" : h.user) + "  " + h.action;
        if (!h.to_status.empty()) {
            out += " " +
                   (h.from_status.empty() ? std::string()
                                          : status_text(h.from_status, l.lang) + " -> ") +
                   status_text(h.to_status, l.lang);
        }
        if (!h.note.empty()) out += "  " + h.note;
        out += "\n";
    }
    return out;
}

}  // namespace sk::bureau::cli
