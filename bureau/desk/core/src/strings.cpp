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
    // The unit page, person file exports, the absence edit form (s15b).
    {"unit.title", "单位", "Unit"},
    {"unit.code", "单位代码", "Unit code"},
    {"unit.kind", "类型", "Kind"},
    {"unit.township", "乡镇（街道）", "Township"},
    {"unit.cases", "关联案件", "Linked cases"},
    {"unit.absences_current", "当前离岗", "Absent now"},
    {"unit.absences_past", "既往离岗", "Past absences"},
    {"unit.staff", "在册人员", "Staff"},
    {"unit.score", "季度考核得分", "Quarterly score"},
    {"unit.quarter_prev", "上一季度", "Previous quarter"},
    {"unit.quarter_next", "下一季度", "Next quarter"},
    {"unit.rank", "名次", "Rank"},
    {"unit.how", "计算过程", "Calculation"},
    {"unit.base", "基础分", "Base"},
    {"unit.gained", "加分", "Gained"},
    {"unit.deducted", "扣分", "Deducted"},
    {"unit.capped", "（已封顶）", " (capped)"},
    {"unit.no_score", "无法计算得分", "No score"},
    {"unit.no_cases", "无关联案件", "No linked cases"},
    {"unit.cases_hidden", "本角色无权查看案件", "This role may not read cases"},
    {"unit.none", "无", "None"},
    {"unit.no_link", "此案件尚未关联单位", "This case is not linked to a unit"},
    {"unit.link", "所属单位", "Unit page"},
    {"unit.back", "返回（Esc）", "Back (Esc)"},
    {"unit.post", "岗位", "Post"},
    {"unit.employment", "用工类型", "Employment"},
    {"unit.channel", "渠道", "Channel"},
    {"unit.received", "收件日期", "Received"},
    {"unit.keys", "单击选中，回车打开，Esc 返回", "Click selects, Enter opens, Esc goes back"},
    {"people.units", "单位", "Units"},
    {"people.staff", "人员", "Staff"},
    {"people.export_html", "导出 HTML", "Export HTML"},
    {"people.export_xlsx", "导出 XLSX", "Export XLSX"},
    {"people.print", "打印", "Print"},
    {"people.print_ready", "已生成打印文件（请在浏览器中打开并打印）：",
     "Print file written (open it in a browser and print):"},
    {"people.none_open", "请先打开一份档案", "Open a person's file first"},
    {"absence.reason_text", "其他原因（类别为“其他”时必填）", "Reason (required for \"other\")"},
    {"absence.edit", "修改", "Edit"},
    {"absence.edit_title", "修改离岗登记", "Edit absence entry"},
    {"absence.save", "保存", "Save"},
    {"absence.cancel", "取消（Esc）", "Cancel (Esc)"},
    {"absence.saved", "已保存", "Saved"},
    {"absence.found_by", "发现途径", "Found by"},
    {"absence.outcome", "处理结果", "Outcome"},
    {"absence.returned", "返岗日期", "Back at post"},
    {"absence.closed", "结案日期", "Closed on"},
    {"absence.salary_stopped", "停发工资日期", "Salary stopped"},
    {"absence.recovered", "追缴金额（元）", "Recovered (元)"},
    {"absence.recovered_on", "追缴日期", "Recovered on"},
    {"absence.date_hint", "日期格式：YYYY-MM-DD，留空表示未填",
     "Dates as YYYY-MM-DD; empty means not set"},
    {"absence.id", "登记号", "Entry"},
    // The Admin screen (lead role).
    {"nav.admin", "系统管理", "Admin"},
    {"admin.title", "系统管理", "Administration"},
    {"admin.tab.users", "用户与角色", "Users & roles"},
    {"admin.tab.kiosks", "终端", "Kiosks"},
    {"admin.tab.surveys", "问卷签发", "Surveys"},
    {"admin.tab.keys", "密钥轮换", "Key rotation"},
    {"admin.tab.audit", "审计日志", "Audit log"},
    {"admin.user", "用户", "User"},
    {"admin.role", "角色", "Role"},
    {"admin.state", "状态", "State"},
    {"admin.active", "在用", "active"},
    {"admin.disabled", "已停用", "disabled"},
    {"admin.created", "创建时间", "Created"},
    {"admin.add_user_title", "新增用户", "New user"},
    {"admin.user_name", "登录名（字母、数字、. _ -）", "Login name (a-z 0-9 . _ -)"},
    {"admin.passphrase", "口令（至少 8 个字符）", "Passphrase (at least 8 characters)"},
    {"admin.repeat", "再次输入口令", "Repeat the passphrase"},
    {"admin.add_user", "添加用户", "Add user"},
    {"admin.disable", "停用", "Disable"},
    {"admin.reset", "重设口令", "Reset passphrase"},
    {"admin.reset_hint", "重设口令或重新启用：先在右侧输入两次新口令，再点该用户的按钮",
     "To reset or enable: type the new passphrase twice on the right, then the user's button"},
    {"admin.user_added", "已添加用户", "Added user"},
    {"admin.user_disabled", "已停用用户", "Disabled user"},
    {"admin.passphrase_set", "已重设口令：", "Passphrase reset for"},
    {"admin.kiosk_name", "终端名称", "Kiosk name"},
    {"admin.key_id", "密钥编号", "Key id"},
    {"admin.last_import", "最近导入", "Last import"},
    {"admin.batches", "批次", "Batches"},
    {"admin.added", "登记时间", "Registered"},
    {"admin.select", "选择", "Select"},
    {"admin.register_title", "登记新终端（选择 kiosk-名称.pub）",
     "Register a kiosk (choose kiosk-NAME.pub)"},
    {"admin.register", "登记终端", "Register kiosk"},
    {"admin.rename", "改名", "Rename"},
    {"admin.name_field", "名称（1–64 个字符，不含控制字符）",
     "Name (1–64 characters, no control characters)"},
    {"admin.kiosk_registered", "已登记终端", "Registered kiosk"},
    {"admin.kiosk_renamed", "终端已改名为", "Kiosk renamed to"},
    {"admin.picked", "已选文件", "Picked file"},
    {"admin.pick", "选中", "Pick"},
    {"admin.validate", "检查", "Validate"},
    {"admin.sign", "签名并发布", "Sign and publish"},
    {"admin.survey_valid", "问卷检查通过", "The survey checks out"},
    {"admin.survey_errors", "问题", "Problems"},
    {"admin.survey_published", "已签名并发布", "Signed and published"},
    {"admin.questions", "题", "questions"},
    {"admin.version", "版本", "version"},
    {"admin.rotate_explain",
     "生成新的局密钥。旧封装密钥保留，旧记录仍可打开；其他用户须由负责人重设口令；"
     "轮换声明须带到每台终端。",
     "Creates a new bureau key set. The old seal key is kept, so old records still open; "
     "other users need a new passphrase from a lead; carry the statement to every kiosk."},
    {"admin.rotate_start", "开始轮换……", "Start rotation…"},
    {"admin.rotate_confirm", "输入您的口令以确认", "Type your passphrase to confirm"},
    {"admin.rotate_now", "确认轮换", "Rotate now"},
    {"admin.cancel", "取消", "Cancel"},
    {"admin.rotated", "密钥已轮换", "Keys rotated"},
    {"admin.old_keys", "旧密钥（封装 / 签名）", "Old keys (seal / sign)"},
    {"admin.new_keys", "新密钥（封装 / 签名）", "New keys (seal / sign)"},
    {"admin.statement", "轮换声明", "Statement"},
    {"admin.needs_passphrase", "须重设口令的用户", "Users who need a new passphrase"},
    {"admin.audit_time", "时间", "Time"},
    {"admin.audit_actor", "操作人", "Actor"},
    {"admin.audit_action", "操作", "Action"},
    {"admin.audit_target", "对象", "Target"},
    {"admin.audit_filter", "筛选", "Filter"},
    {"admin.audit_action_hint", "操作（前缀，如 user.）", "Action (prefix, e.g. user.)"},
    {"admin.verify", "校验哈希链", "Verify chain"},
    {"admin.audit_ok", "审计日志完好", "Audit log intact"},
    {"admin.audit_rows", "条", "rows"},
    {"admin.audit_broken", "审计日志被改动，第一处问题：", "Audit log altered, first problem:"},
    {"admin.enable", "重新启用", "Enable"},
    {"admin.user_enabled", "已重新启用用户", "Enabled user"},
    {"admin.role_changed", "已更改角色：", "Role changed for"},
    {"admin.revoke", "吊销", "Revoke"},
    {"admin.revoke_confirm", "确认吊销此终端？此后它的批次一律拒收，不可撤销：",
     "Revoke this kiosk? Its batches are refused from then on; this cannot be undone:"},
    {"admin.revoke_now", "确认吊销", "Revoke now"},
    {"admin.kiosk_revoked", "终端已吊销", "Kiosk revoked"},
    {"admin.revoked", "已吊销", "revoked"},
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
    // The audit log's actions by name (the table shows the label and the action itself).
    {"audit.absence.add", "登记离岗", "Absence added"},
    {"audit.absence.import", "导入离岗登记", "Absences imported"},
    {"audit.absence.set", "修改离岗登记", "Absence changed"},
    {"audit.board.publish", "发布状态公告", "Board published"},
    {"audit.case.add", "录入案件", "Case added"},
    {"audit.case.assign", "分派案件", "Case assigned"},
    {"audit.case.link", "关联人员或单位", "Case linked"},
    {"audit.case.publish", "通报典型案例", "Case published"},
    {"audit.case.reopen", "重新核查", "Case reopened"},
    {"audit.case.reply", "答复举报人", "Reply to tipster"},
    {"audit.case.status", "变更案件状态", "Case status"},
    {"audit.keys.rotate", "密钥轮换", "Keys rotated"},
    {"audit.kiosk.add", "登记终端", "Kiosk registered"},
    {"audit.kiosk.provision", "制作终端", "Kiosk provisioned"},
    {"audit.kiosk.rekey", "终端换钥", "Kiosk re-keyed"},
    {"audit.kiosk.rename", "终端改名", "Kiosk renamed"},
    {"audit.kiosk.revoke", "吊销终端", "Kiosk revoked"},
    {"audit.payroll.check", "工资比对", "Payroll check"},
    {"audit.person.export", "导出人员档案", "Person file exported"},
    {"audit.person.show", "查阅人员档案", "Person file read"},
    {"audit.quarterly.add", "季度记实", "Quarterly note"},
    {"audit.sanction.add", "处理处分", "Sanction"},
    {"audit.staff.import", "导入人员", "Staff imported"},
    {"audit.survey.sign", "签发问卷", "Survey signed"},
    {"audit.talk.add", "谈话记录", "Talk recorded"},
    {"audit.unit.import", "导入单位", "Units imported"},
    {"audit.user.add", "新增用户", "User added"},
    {"audit.user.disable", "停用用户", "User disabled"},
    {"audit.user.enable", "启用用户", "User enabled"},
    {"audit.user.passwd", "重设口令", "Passphrase reset"},
    {"audit.user.role", "变更角色", "Role changed"},
};

// A linear scan: ~150 keys, a few hundred look-ups per frame, no ordering rule to break.
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
