#include "sk/desk/strings.hpp"

#include <algorithm>

#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/case_status.hpp"
#include "sk/bureau/followups.hpp"
#include "sk/bureau/sanction_kind.hpp"
#include "sk/bureau/role.hpp"

namespace sk::desk {
namespace {

struct Entry {
    const char* key;
    const char* zh;
    const char* en;
};

constexpr Entry kStrings[] = {
    {"absence.add", "登记", "Register"},
    {"absence.add_title", "新增离岗登记", "New absence entry"},
    {"absence.added", "已登记", "Registered"},
    {"absence.all", "全部类别", "All categories"},
    {"absence.category", "离岗类别", "Category"},
    {"absence.count", "条", "entries"},
    {"absence.deadline", "返岗期限", "Deadline"},
    {"absence.handling", "处理方式", "Handling"},
    {"absence.name", "姓名", "Name"},
    {"absence.note", "备注", "Note"},
    {"absence.overdue", "逾期未返岗", "Overdue"},
    {"absence.since", "离岗日期（YYYY-MM-DD）", "Since (YYYY-MM-DD)"},
    {"absence.since_col", "离岗日期", "Since"},
    {"absence.staff_no", "工号", "Staff no."},
    {"absence.title", "离岗登记", "Absence register"},
    {"absence.unit", "单位", "Unit"},
    {"app.title", "教育局工作台", "Bureau desk"},
    {"case.back", "返回列表", "Back to list"},
    {"case.change_status", "变更状态", "Change status"},
    {"case.history", "办理记录", "History"},
    {"case.note", "办理说明（必填）", "Note (required)"},
    {"case.reply", "给举报人的答复（显示在状态查询中）",
     "Reply to the tipster (shown on the status board)"},
    {"case.save_reply", "保存答复", "Save reply"},
    {"case.text", "举报内容", "Tip"},
    {"case.unreadable", "无法打开此条记录", "This record cannot be opened"},
    {"cases.all", "全部", "All"},
    {"cases.category", "类别", "Category"},
    {"cases.channel", "渠道", "Channel"},
    {"case.source", "举报人及联系方式", "Reported by"},
    {"cases.count", "条", "cases"},
    {"cases.day", "日期", "Date"},
    {"cases.no", "编号", "Case"},
    {"cases.open", "打开", "Open"},
    {"cases.school", "学校（终端）", "School (kiosk)"},
    {"cases.search", "搜索（Ctrl+F）", "Search (Ctrl+F)"},
    {"cases.status", "状态", "Status"},
    {"cases.unit", "被举报单位", "Unit"},
    {"cases.updated", "最后更新", "Updated"},
    {"field.contact", "联系方式", "Contact"},
    {"field.evidence", "证据", "Evidence"},
    {"field.how_often", "频率", "How often"},
    {"field.person", "涉及人员", "Person"},
    {"field.since", "开始时间", "Since"},
    {"field.unit", "单位", "Unit"},
    {"field.what", "事情经过", "What happened"},
    {"history.created", "收件", "received"},
    {"history.reply", "答复", "reply"},
    {"history.status", "状态变更", "status"},
    {"import.choose", "选择文件夹或文件", "Choose a folder or files"},
    {"import.dir_up", "上一级", "Up"},
    {"import.duplicate", "已导入过", "already imported"},
    {"import.gap", "缺批次", "gap"},
    {"import.imported", "已导入", "imported"},
    {"import.path", "路径", "Path"},
    {"import.rejected", "被拒绝", "rejected"},
    {"import.results", "各批次结果", "Per-batch results"},
    {"import.run", "导入", "Import"},
    {"import.running", "正在导入……", "Importing…"},
    {"import.select", "选中", "Select"},
    {"import.selected", "已选", "Selected"},
    {"import.write_back", "写回U盘（回执、状态公告、问卷）",
     "Write back to the stick (acks, status board, surveys)"},
    {"import.written", "已写入", "Written"},
    {"lang.switch", "English", "中文"},
    {"lock.now", "锁定", "Lock"},
    {"login.locked_note", "屏幕已锁定，请重新输入口令",
     "Screen locked: enter the passphrase again"},
    {"login.passphrase", "口令", "Passphrase"},
    {"login.user", "用户名", "User name"},
    {"login.submit", "登录", "Log in"},
    {"login.wait", "请稍候再试（秒）", "Wait before retrying (s)"},
    {"nav.absences", "离岗登记", "Absences"},
    {"nav.cases", "举报台账", "Cases"},
    {"nav.import", "导入与同步", "Import & sync"},
    {"nav.people", "人员档案", "People"},
    {"nav.reports", "统计报告", "Reports"},
    {"nav.today", "今日", "Today"},
    {"people.find", "查找", "Find"},
    {"people.search", "工号或姓名", "Staff no. or name"},
    {"people.title", "人员档案（一人一档）", "People (one file per person)"},
    {"reports.answered", "作答人数", "Answered"},
    {"reports.export_csv", "导出 CSV", "Export CSV"},
    {"reports.export_html", "导出 HTML", "Export HTML"},
    {"reports.exported", "已导出", "Exported"},
    {"reports.group", "范围", "Group"},
    {"reports.hidden", "人数不足，已隐藏", "too few responses: hidden"},
    {"reports.mean", "平均", "Mean"},
    {"reports.none", "尚无问卷", "No surveys yet"},
    {"reports.respondents", "答卷人数", "Respondents"},
    {"reports.survey", "问卷", "Survey"},
    {"today.cases_open", "未办结", "Open"},
    {"today.cases_total", "举报总数", "Cases in total"},
    {"today.kiosks", "各终端最近导入", "Last import per kiosk"},
    {"today.never", "从未导入", "never"},
    {"today.new_since_login", "上次登录以来新增", "New since last login"},
    {"today.stale", "超过14天未导入", "no import for 14 days"},
    {"today.title", "今日概况", "Today"},
    // The case page's forms and the Reports screen's monthly report and unit scores (s15c).
    {"form.required", "必填", "Required"},
    {"form.bad_date", "日期格式应为 YYYY-MM-DD", "Date must be YYYY-MM-DD"},
    {"form.person_or_unit", "请填写工号或单位代码", "Give a staff no. or a unit code"},
    {"form.link_person_first", "请先在“关联”中关联涉及人员", "Link a person to the case first"},
    {"form.not_saved", "未保存，请查看提示", "Not saved: see the messages"},
    {"case.reopen", "重新核查（有新线索）", "Reopen (new facts)"},
    {"case.reopened", "已重新核查", "Reopened"},
    {"case.assign", "分派", "Assign"},
    {"case.assign_to", "经办人（用户名）", "Assign to (user name)"},
    {"case.assign_due", "办理期限（YYYY-MM-DD）", "Due (YYYY-MM-DD)"},
    {"case.assigned", "已分派", "Assigned"},
    {"case.assignee", "经办人", "Assignee"},
    {"case.due", "期限", "Due"},
    {"case.links", "关联人员和单位", "Person and unit"},
    {"case.link_staff", "工号", "Staff no."},
    {"case.link_unit", "单位代码", "Unit code"},
    {"case.link_reason", "理由（必填）", "Reason (required)"},
    {"case.link", "关联", "Link"},
    {"case.unlink_person", "解除人员关联", "Unlink person"},
    {"case.unlink_unit", "解除单位关联", "Unlink unit"},
    {"case.linked", "已关联", "Linked"},
    {"case.unlinked", "已解除关联", "Unlinked"},
    {"case.person", "涉及人员", "Person"},
    {"case.unit", "单位", "Unit"},
    {"case.none", "无", "none"},
    {"case.finding", "核查结论", "Finding"},
    {"history.link", "关联", "link"},
    {"history.assign", "分派", "assign"},
    {"history.reopen", "重新核查", "reopen"},
    {"talk.title", "谈话记录", "Talk"},
    {"talk.kind", "谈话类型", "Kind"},
    {"talk.date", "谈话日期（YYYY-MM-DD）", "Date (YYYY-MM-DD)"},
    {"talk.by", "谈话人（用户名）", "Held by (user name)"},
    {"talk.note", "谈话内容摘要", "Summary"},
    {"talk.add", "记录谈话", "Record talk"},
    {"talk.recorded", "谈话已记录", "Talk recorded"},
    {"sanction.title", "处理和处分", "Measure or sanction"},
    {"sanction.kind", "种类", "Kind"},
    {"sanction.date", "决定日期（YYYY-MM-DD）", "Decision date (YYYY-MM-DD)"},
    {"sanction.decision", "决定文号", "Decision no."},
    {"sanction.override", "未经提醒谈话即处分的理由（需要时填写）",
     "Why without a prior reminder (when needed)"},
    {"sanction.add", "记录处分", "Record sanction"},
    {"sanction.recorded", "处分已记录", "Sanction recorded"},
    {"reports.tab_survey", "问卷报告", "Survey reports"},
    {"reports.tab_monthly", "月报", "Monthly report"},
    {"reports.tab_scores", "单位考核得分", "Unit scores"},
    {"reports.month", "月份（YYYY-MM）", "Month (YYYY-MM)"},
    {"reports.load", "生成", "Make"},
    {"reports.load_first", "请先生成报告", "Make the report first"},
    {"reports.export_xlsx", "导出 XLSX", "Export XLSX"},
    {"reports.export_dir", "导出到文件夹", "Export to folder"},
    {"reports.use_dir", "使用此路径", "Use this path"},
    {"reports.quarter", "季度", "Quarter"},
    {"reports.quarter_prev", "上一季度", "Previous quarter"},
    {"reports.quarter_next", "下一季度", "Next quarter"},
};

// A linear scan: ~70 keys, a few hundred look-ups per frame, no ordering rule to break.
const Entry* find(std::string_view key) {
    for (const Entry& e : kStrings) {
        if (e.key == key) return &e;
    }
    return nullptr;
}

}  // namespace

const char* tr(Lang lang, std::string_view key) {
    const Entry* e = find(key);
    if (!e) {
        // Keys are literals in the views: returning one keeps the screen readable.
        static thread_local std::string fallback;
        fallback.assign(key);
        return fallback.c_str();
    }
    return lang == Lang::zh ? e->zh : e->en;
}

bool has_string(std::string_view key) {
    return find(key) != nullptr;
}

std::vector<std::string> all_strings() {
    std::vector<std::string> out;
    for (const Entry& e : kStrings) {
        out.emplace_back(e.zh);
        out.emplace_back(e.en);
    }
    for (auto r : {bureau::Role::lead, bureau::Role::handler, bureau::Role::inspector,
                   bureau::Role::statistician}) {
        out.emplace_back(bureau::role_label_zh(r));
        out.emplace_back(bureau::role_name(r));
    }
    for (auto s : bureau::all_statuses()) {
        out.emplace_back(bureau::status_label_zh(s));
        out.emplace_back(sync::case_status_name(s));
    }
    for (auto s : bureau::all_case_states()) {
        for (const char* l : {"zh-CN", "en"}) out.emplace_back(bureau::case_state_label(s, l));
    }
    for (auto k :
         {bureau::TalkKind::talk, bureau::TalkKind::symposium, bureau::TalkKind::interview}) {
        for (const char* l : {"zh-CN", "en"}) out.emplace_back(bureau::talk_kind_label(k, l));
    }
    for (auto k : bureau::all_sanction_kinds()) {
        for (const char* l : {"zh-CN", "en"}) out.emplace_back(bureau::sanction_kind_label(k, l));
    }
    for (auto l : {bureau::Lang::zh, bureau::Lang::en}) {
        for (auto c : bureau::all_categories()) out.emplace_back(bureau::label(c, l));
        for (auto h :
             {bureau::Handling::none, bureau::Handling::arranged, bureau::Handling::ordered_back,
              bureau::Handling::salary_stopped, bureau::Handling::sanction_proposed,
              bureau::Handling::contract_ended, bureau::Handling::transferred}) {
            out.emplace_back(bureau::label(h, l));
        }
    }
    return out;
}

std::string status_label(Lang lang, std::string_view status) {
    // The case ledger's statuses (talk_held, sanction_proposed ...) first: the core's labels.
    if (auto c = bureau::parse_case_state(status)) {
        return std::string(bureau::case_state_label(*c, lang == Lang::zh ? "zh-CN" : "en"));
    }
    auto s = bureau::parse_status(status);
    if (!s) return std::string(status);
    if (lang == Lang::zh) return bureau::status_label_zh(*s);
    std::string en = sync::case_status_name(*s);
    std::replace(en.begin(), en.end(), '_', ' ');
    return en;
}

}  // namespace sk::desk
