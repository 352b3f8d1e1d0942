#include "sk/desk/strings.hpp"

#include <algorithm>

#include "sk/bureau/absence_types.hpp"
#include "sk/bureau/case_status.hpp"
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
    auto s = bureau::parse_status(status);
    if (!s) return std::string(status);
    if (lang == Lang::zh) return bureau::status_label_zh(*s);
    std::string en = sync::case_status_name(*s);
    std::replace(en.begin(), en.end(), '_', ' ');
    return en;
}

}  // namespace sk::desk
