#include "demo_content.hpp"

#include <cstdio>

#include "sk/bureau/case_refs.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/skip_logic.hpp"
#include "sk/survey/tip.hpp"

namespace sk::desk {
namespace {

const char* const kSchools[] = {"城关第一小学",   "城关第二中学", "堃华乡中心小学",
                                "昇平镇初级中学", "河西实验学校", "北山乡九年一贯制学校",
                                "县第一高级中学", "东湖幼儿园"};
const char* const kUnits[] = {"城关第一小学",   "城关第二中学",  "堃华乡中心小学",
                              "昇平镇初级中学", "河西实验学校",  "县教育局基础教育股",
                              "北山乡中心校",   "县第一高级中学"};
const char* const kPeople[] = {"王喆（数学教师）", "李堃",     "张昇", "赵老师",
                               "副校长",           "后勤主任", ""};
const char* const kWhat[] = {
    "长期不到岗，课程由他人代上，已有一个多学期。", "上课时间经常玩手机，作业从不批改。",
    "考勤表上每天签到，但人实际在外地做生意。",     "办事推诿拖延，家长反映的问题三个月没有答复。",
    "在校外有偿补课，课堂上只讲一半内容。",         "请病假期间在县城经营店铺。",
};
const char* const kSince[] = {"今年开学以来", "去年九月", "两个月前", ""};
const char* const kComments[] = {"希望加强管理，提高效率。", "老师很负责，谢谢。",
                                 "希望学校多和家长沟通。", "食堂饭菜需要改进。"};

template <size_t N>
const char* pick(const char* const (&a)[N], std::mt19937_64& rng) {
    return a[rng() % N];
}

}  // namespace

std::string demo_school(size_t k) {
    const size_t n = std::size(kSchools);
    return k < n ? kSchools[k] : std::string(kSchools[k % n]) + " " + std::to_string(k / n + 1);
}

Result<crypto::SecureBuffer> demo_tip_plaintext(size_t i, std::mt19937_64& rng,
                                                const survey::TipCategories& cats) {
    survey::TipRecord t;
    const auto& c = cats.categories[i % cats.categories.size()];
    t.category = c.id;
    if (!c.subcategories.empty() && rng() % 2) {
        t.subcategory = c.subcategories[rng() % c.subcategories.size()].id;
    }
    t.unit.assign(pick(kUnits, rng));
    t.person.assign(pick(kPeople, rng));
    t.what.assign(pick(kWhat, rng));
    t.since.assign(pick(kSince, rng));
    if (rng() % 5 == 0) t.contact.assign("手机 139 0000 " + std::to_string(1000 + rng() % 9000));
    t.receipt = crypto::new_receipt_code();
    return survey::serialize_tip(t, cats);
}

Result<crypto::SecureBuffer> demo_response_plaintext(const survey::Survey& s,
                                                     std::mt19937_64& rng) {
    survey::Answers a;
    for (const auto& q : s.questions) {
        if (!survey::is_visible(s, q, a)) continue;
        using T = survey::QuestionType;
        switch (q.type) {
            case T::single:
                a.set(q.id, survey::Answer::of_choice(q.options[rng() % q.options.size()].value));
                break;
            case T::multi: {
                const size_t lo = std::max<size_t>(1, q.min_choices);
                const size_t hi = q.max_choices ? q.max_choices : q.options.size();
                const size_t n = lo + rng() % (hi - lo + 1);
                std::vector<std::string> v;
                for (size_t k = 0; k < n && k < q.options.size(); ++k) {
                    v.push_back(q.options[(k * 2 + rng() % 2) % q.options.size()].value);
                }
                std::sort(v.begin(), v.end());
                v.erase(std::unique(v.begin(), v.end()), v.end());
                a.set(q.id, survey::Answer::of_choices(std::move(v)));
                break;
            }
            case T::likert5:
                // Skewed towards agreement, as real staff surveys are.
                a.set(q.id, survey::Answer::of_integer(1 + int64_t(rng() % 3 + rng() % 3)));
                break;
            case T::rating10:
                a.set(q.id, survey::Answer::of_integer(int64_t(3 + rng() % 8)));
                break;
            case T::number: {
                const double lo = q.min.value_or(0), hi = q.max.value_or(40);
                a.set(q.id, survey::Answer::of_integer(int64_t(lo) +
                                                       int64_t(rng() % 10) % int64_t(hi - lo + 1)));
                break;
            }
            case T::short_text:
            case T::long_text:
                if (rng() % 3 == 0) a.set(q.id, survey::Answer::of_text(pick(kComments, rng)));
                break;
            case T::date:
                break;
        }
    }
    return survey::serialize_response(s, a, "zh-CN");
}

Result<void> work_demo_cases(storage::BureauStore& store, const bureau::Actor& a,
                             const std::vector<storage::TipRow>& tips, size_t n,
                             const std::string& now) {
    // Through the case ledger (casework.hpp), which mirrors the board status into the tips
    // row: the case page and the table then agree.
    for (size_t i = 0; i < n && i < tips.size(); ++i) {
        const std::string& no = tips[i].case_no;
        SK_TRY(bureau::change_case_status(store, a, no, "under_verification", "已转交督导组核查",
                                          now));
        if (i % 2 == 0) continue;
        const bool found = i % 3 != 0;
        // A substantiated case about a registered unit costs it points (passively found).
        char unit[8];
        std::snprintf(unit, sizeof unit, "U%03zu", 3 + i % 20);
        if (found && bureau::require_unit(store, unit)) {
            SK_TRY(bureau::link_case(store, a, no, std::string(unit), std::nullopt,
                                     "核查确认被反映单位", now));
        }
        SK_TRY(bureau::change_case_status(store, a, no,
                                          found ? "substantiated" : "not_substantiated",
                                          found ? "经核查情况属实" : "经核查未发现问题", now));
        if (i % 4 == 1) {
            SK_TRY(bureau::reply_case(store, a, no, "您反映的问题已核查并按规定处理，感谢监督。",
                                      "zh-CN", now));
        }
        if (i % 5 == 1)
            SK_TRY(bureau::change_case_status(store, a, no, "closed", "已办结归档", now));
    }
    return ok();
}

Result<void> add_demo_typed_cases(storage::BureauStore& store, const bureau::Actor& a, size_t n,
                                  const std::string& now, uint32_t day) {
    struct Typed {
        bureau::Channel channel;
        const char* category;
        const char* text;
        const char* source;
    };
    static const Typed kTyped[] = {
        {bureau::Channel::hotline, "inaction", "来电反映：办事窗口推诿，材料齐全仍要求反复补交",
         "匿名来电"},
        {bureau::Channel::mailbox, "slow_action", "信箱来件：职称材料审核拖延两个月未答复",
         "举报信箱 2026 第 12 号"},
        {bureau::Channel::letter, "inaction", "来信反映：学校食堂问题多次反映无人处理",
         "家长来信（署名）"},
        {bureau::Channel::unit_report, "slow_action", "单位自查：值班人员脱岗，已谈话提醒",
         "本单位纪检员"},
        {bureau::Channel::inspection, "lying_flat_cadre", "督导检查发现：工作日上午办公室无人",
         "第二督导组"},
    };
    const bureau::CategoryIds ids = {"inaction", "slow_action", "lying_flat_cadre"};
    for (size_t i = 0; i < n; ++i) {
        const Typed& t = kTyped[i % (sizeof kTyped / sizeof kTyped[0])];
        bureau::NewCaseInput in;
        in.channel = t.channel;
        char unit[8];
        std::snprintf(unit, sizeof unit, "U%03zu", 3 + i % 20);
        in.unit = unit;
        in.category = t.category;
        in.text = t.text;
        in.source = t.source;
        in.received_day = day;
        auto c = bureau::add_case(store, a, in, ids, nullptr, now, day);
        if (!c) return c.error();
    }
    return ok();
}

}  // namespace sk::desk
