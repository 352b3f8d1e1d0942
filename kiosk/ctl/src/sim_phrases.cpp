#include "sim_phrases.hpp"

#include <cstdio>
#include <vector>

namespace sk::kiosk_sync::sim {

namespace {

const std::string& pick(Rng& rng, const std::vector<std::string>& v) {
    return v[std::uniform_int_distribution<size_t>(0, v.size() - 1)(rng)];
}

const std::vector<std::string> kTowns = {"城关镇", "河东乡",   "石桥镇", "青山乡",
                                         "柳湾镇", "新华街道", "东岭乡", "南坪镇"};
const std::vector<std::string> kSchools = {"中心小学",   "第一小学",       "第二小学", "初级中学",
                                           "中心幼儿园", "九年一贯制学校", "中学"};
const std::vector<std::string> kOffices = {"县教育体育局人事股", "县教育体育局基础教育股",
                                           "县教研室", "县教育体育局财务股"};

const std::vector<std::string> kPersons = {
    "某副校长", "教务处主任",     "三年级数学老师", "初二英语老师",   "后勤主任",   "某班主任",
    "体育老师", "总务处工作人员", "某中层干部",     "六年级语文老师", "股室负责人", "值班人员"};

const std::vector<std::string> kWhatGeneric = {
    "上班时间经常不在办公室，电话也联系不上，学校有事找不到人。",
    "布置的工作一拖再拖，群众反映的问题几个月没有答复。",
    "对家长和学生的合理诉求推诿扯皮，让去找别的部门。",
    "开会时玩手机，安排的任务从不落实，只会应付检查。"};
const std::vector<std::string> kWhatTeacher = {
    "上课经常让学生自习，自己在讲台上玩手机，作业很少批改。",
    "课堂内容照着课本念，没有备课，学生提问也不回答。",
    "把批改作业的任务交给家长，在家长群里要求家长签字代批。",
    "经常迟到早退，课上到一半就离开教室。"};
const std::vector<std::string> kWhatAbsent = {
    "在编在册，但本学期一直没有到校上课，课由代课老师上，工资照常发放。",
    "长期在校外经营生意，学校安排别人顶岗，本人只在检查时露面。",
    "以病假名义长期不上班，但有人看到其在外地打工。"};
const std::vector<std::string> kWhatAttendance = {
    "让同事代为打卡，实际上午经常不来。", "考勤表上每天都是全勤，但学生说一周只见到两三次。",
    "请假条的日期和实际不一致，补办的手续是事后填写的。"};
const std::vector<std::string> kSince = {
    "2025年9月开学以来", "去年下半年开始", "最近两个月", "本学期", "大约一年了", "上个月起"};
const std::vector<std::string> kEvidence = {"学校考勤机记录可以查到。",
                                            "家长群的聊天记录里有。",
                                            "课程表和实际上课情况对不上，学生都知道。",
                                            "办公室其他老师都看到过。",
                                            "可以调取学校门口的签到簿。",
                                            ""};
const std::vector<std::string> kShort = {"数学",       "英语", "数学、英语", "语文",
                                         "科学、美术", "体育", "音乐"};
const std::vector<std::string> kLong = {"希望加强日常巡查，不要只在检查前突击整改。",
                                        "建议公开考勤情况，让家长也能监督。",
                                        "大部分老师都很负责，希望对个别人严肃处理。",
                                        "希望减少形式主义的材料和报表，让老师把精力放在教学上。",
                                        "建议建立家长反馈渠道，问题能及时得到答复。"};

}  // namespace

std::string unit(Rng& rng) {
    if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) return pick(rng, kOffices);
    return pick(rng, kTowns) + pick(rng, kSchools);
}

std::string person(Rng& rng) {
    if (std::uniform_int_distribution<int>(0, 4)(rng) == 0) return "";  // optional
    return pick(rng, kPersons);
}

std::string what(Rng& rng, const std::string& category_id) {
    if (category_id == "muddling_teacher") return pick(rng, kWhatTeacher);
    if (category_id == "absent_from_post") return pick(rng, kWhatAbsent);
    if (category_id == "attendance_fraud") return pick(rng, kWhatAttendance);
    return pick(rng, kWhatGeneric);
}

std::string since(Rng& rng) {
    return pick(rng, kSince);
}
std::string evidence(Rng& rng) {
    return pick(rng, kEvidence);
}

std::string contact(Rng& rng) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "电话 139%08u",
                  unsigned(std::uniform_int_distribution<unsigned>(0, 99999999)(rng)));
    return buf;
}

std::string short_answer(Rng& rng) {
    return pick(rng, kShort);
}
std::string long_answer(Rng& rng) {
    return pick(rng, kLong);
}

std::string cut_code_points(const std::string& s, size_t max_cp) {
    size_t cp = 0, i = 0;
    while (i < s.size()) {
        if (cp == max_cp) return s.substr(0, i);
        const unsigned char c = static_cast<unsigned char>(s[i]);
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        ++cp;
    }
    return s;
}

}  // namespace sk::kiosk_sync::sim
