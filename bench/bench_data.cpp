#include "bench_data.hpp"

#include <atomic>
#include <mutex>

#include "sk/bureau/file_io.hpp"
#include "sk/bureau/parallel.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/key_files.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bench {

namespace {
constexpr const char* kPassphrase = "bench passphrase, not a secret";
constexpr const char* kNow = "2026-03-14T09:30:00Z";
}  // namespace

const char* bench_survey_json() {
    return R"({
  "format": "sk-survey-1", "id": "bench-survey", "version": 1, "expires": "2027-07-31",
  "audience": "staff",
  "title": {"zh-CN": "工作作风问卷", "en": "Work style survey"},
  "questions": [
    {"id": "role", "type": "single", "required": true, "text": {"zh-CN": "岗位"},
     "options": [{"value": "teacher", "label": {"zh-CN": "教师"}},
                 {"value": "cadre", "label": {"zh-CN": "干部"}}]},
    {"id": "issues", "type": "multi", "text": {"zh-CN": "存在的问题"},
     "options": [{"value": "late", "label": {"zh-CN": "迟到"}},
                 {"value": "absent", "label": {"zh-CN": "缺勤"}},
                 {"value": "phone", "label": {"zh-CN": "玩手机"}}]},
    {"id": "attitude", "type": "likert5", "text": {"zh-CN": "工作态度"}},
    {"id": "score", "type": "rating10", "text": {"zh-CN": "总体评分"}},
    {"id": "hours", "type": "number", "min": 0, "max": 100, "text": {"zh-CN": "每周加班小时"}},
    {"id": "comment", "type": "short_text", "text": {"zh-CN": "意见和建议"}}
  ]
})";
}

const survey::Survey& bench_survey() {
    static const survey::Survey s = [] {
        auto r = survey::parse_survey(ByteView(std::string_view(bench_survey_json())));
        if (!r) std::abort();  // the literal above is fixed: only a parser change gets here
        return std::move(r).value();
    }();
    return s;
}

Result<crypto::SecureBuffer> response_plaintext(size_t i) {
    static const char* const kIssues[] = {"late", "absent", "phone"};
    survey::Answers a;
    a.set("role", survey::Answer::of_choice(i % 3 ? "teacher" : "cadre"));
    a.set("issues", survey::Answer::of_choices({kIssues[i % 3], kIssues[(i + 1) % 3]}));
    a.set("attitude", survey::Answer::of_integer(1 + int(i % 5)));
    a.set("score", survey::Answer::of_integer(int(i % 11)));
    a.set("hours", survey::Answer::of_number(double(i % 40)));
    if (i % 4 == 0) a.set("comment", survey::Answer::of_text("希望加强管理，提高效率。"));
    return survey::serialize_response(bench_survey(), a, "zh-CN");
}

Result<crypto::SecureBuffer> tip_plaintext(size_t i) {
    static const Result<survey::TipCategories> cats = []() -> Result<survey::TipCategories> {
        auto bytes =
            bureau::read_file(std::filesystem::path(SK_SOURCE_DIR) / "assets/tips/categories.json");
        if (!bytes) return bytes.error();
        return survey::parse_tip_categories(bytes.value());
    }();
    if (!cats) return cats.error();
    survey::TipRecord t;
    t.category = cats->categories[i % cats->categories.size()].id;
    t.unit.assign(i % 2 ? "城关第一小学" : "第二中学");
    t.what.assign("长期不到岗，课程由他人代上，已有一个多学期。");
    t.receipt = crypto::new_receipt_code();
    return survey::serialize_tip(t, *cats);
}

Result<std::vector<SealedRecord>> seal_records(size_t n, const crypto::SealPublicKey& to) {
    std::vector<SealedRecord> out(n);
    std::atomic<bool> failed{false};
    std::mutex m;
    Error first{Errc::ok, ""};
    bureau::parallel_for(n, bureau::default_threads(), [&](size_t i) {
        SealedRecord& r = out[i];
        r.id = crypto::new_record_id();
        r.kind = i % kTipEvery == 0 ? crypto::RecordKind::tip : crypto::RecordKind::survey_response;
        auto pt = r.kind == crypto::RecordKind::tip ? tip_plaintext(i) : response_plaintext(i);
        Result<Bytes> env =
            pt ? crypto::seal_record(r.kind, r.id, pt->view(), {to}) : Result<Bytes>(pt.error());
        if (!env) {
            std::lock_guard<std::mutex> lock(m);
            if (!failed.exchange(true)) first = env.error();
            return;
        }
        r.envelope = std::move(env).value();
    });
    if (failed) return first;
    return out;
}

Result<bureau::Session> open_bench_bureau(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    auto pub = bureau::keygen(dir, kPassphrase, crypto::pwhash_min());
    if (!pub) return pub.error();
    auto s = bureau::unlock(dir, kPassphrase);
    if (!s) return s.error();
    SK_TRY(
        bureau::register_survey(s->store, ByteView(std::string_view(bench_survey_json())), kNow));
    return s;
}

}  // namespace sk::bench
