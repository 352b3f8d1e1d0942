#include "bureau_fixture.hpp"

#include <catch2/catch.hpp>
#include <stdlib.h>

#include <fstream>
#include <stdexcept>

#include "sk/bureau/file_io.hpp"
#include "sk/bureau/survey_registry.hpp"
#include "sk/crypto/init.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/survey/response.hpp"
#include "sk/survey/tip.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::bureau::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string templ = std::string(base ? base : "/tmp") + "/sk-bureau-test-XXXXXX";
    if (::mkdtemp(templ.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path = templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
}

Bytes SimKiosk::batch_at(uint64_t s, const crypto::Hash& p, const std::vector<Bytes>& envelopes,
                         uint32_t day) const {
    sync::BatchHeader h;
    h.seq = s;
    h.prev_hash = p;
    h.day = day;
    auto b = sync::build_batch(h, std::vector<ByteView>(envelopes.begin(), envelopes.end()), key);
    if (!b) throw std::runtime_error("build_batch: " + b.error().message);
    return std::move(b).value();
}

Bytes SimKiosk::next_batch(const std::vector<Bytes>& envelopes, uint32_t day) {
    Bytes file = batch_at(seq + 1, prev, envelopes, day);
    ++seq;
    prev = sync::batch_hash(file);
    return file;
}

const survey::TipCategories& categories() {
    static const survey::TipCategories cats = [] {
        auto bytes = read_file(fs::path(SK_SOURCE_DIR) / "assets/tips/categories.json");
        if (!bytes) throw std::runtime_error(bytes.error().message);
        auto c = survey::parse_tip_categories(bytes.value());
        if (!c) throw std::runtime_error(c.error().message);
        return std::move(c).value();
    }();
    return cats;
}

namespace {

Sealed seal(crypto::RecordKind kind, ByteView plaintext, const crypto::SealPublicKey& to) {
    Sealed s;
    s.id = crypto::new_record_id();
    s.kind = kind;
    s.plaintext = plaintext.to_bytes();
    auto env = crypto::seal_record(kind, s.id, plaintext, {to});
    if (!env) throw std::runtime_error("seal_record: " + env.error().message);
    s.envelope = std::move(env).value();
    return s;
}

}  // namespace

Sealed make_tip(const crypto::SealPublicKey& to, const std::string& unit,
                const std::string& category, std::string* receipt_out) {
    survey::TipRecord t;
    t.category = category;
    t.unit.assign(unit);
    t.what.assign("长期不到岗，课程由他人代上。");
    t.receipt = crypto::new_receipt_code();
    if (receipt_out) *receipt_out = t.receipt;
    auto pt = survey::serialize_tip(t, categories());
    if (!pt) throw std::runtime_error("serialize_tip: " + pt.error().message);
    return seal(crypto::RecordKind::tip, pt->view(), to);
}

Sealed make_response(const crypto::SealPublicKey& to, const survey::Answers& answers) {
    auto pt = survey::serialize_response(test_survey(), answers, "zh-CN");
    if (!pt) throw std::runtime_error("serialize_response: " + pt.error().message);
    return seal(crypto::RecordKind::survey_response, pt->view(), to);
}

std::string test_survey_json() {
    return R"({
  "format": "sk-survey-1", "id": "test-survey", "version": 1, "expires": "2027-07-31",
  "audience": "staff",
  "title": {"zh-CN": "测试问卷", "en": "Test survey"},
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
    {"id": "comment", "type": "short_text", "text": {"zh-CN": "意见, \"建议\""}}
  ]
})";
}

const survey::Survey& test_survey() {
    static const survey::Survey s = [] {
        auto r = survey::parse_survey(test_survey_json());
        if (!r) throw std::runtime_error("test survey: " + r.error().message);
        return std::move(r).value();
    }();
    return s;
}

Bureau::Bureau() {
    REQUIRE(crypto::init().ok());
    home = tmp.path / "home";
    auto pub = keygen(home, kPass, crypto::pwhash_min());
    REQUIRE(pub.ok());
    auto s = unlock(home, kPass);
    if (!s) FAIL(s.error().message);
    session.emplace(std::move(s.value()));
    REQUIRE(register_survey(store(), test_survey_json(), kNow).ok());
}

SimKiosk Bureau::add_kiosk(const std::string& name) {
    SimKiosk k;
    k.key = crypto::generate_sign_keypair();
    auto added = store().add_kiosk(k.key.pk, name, kNow);
    REQUIRE(added.ok());
    return k;
}

std::unique_ptr<Importer> Bureau::importer() {
    ImportOptions opt;
    opt.now = kNow;
    auto im = Importer::create(store(), keys(), opt);
    REQUIRE(im.ok());
    return std::move(im.value());
}

BatchOutcome Bureau::import(const Bytes& file) {
    return importer()->import_bytes(file, "test");
}

fs::path Bureau::write(const std::string& name, const Bytes& data) {
    fs::path p = tmp.path / name;
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data.data()), static_cast<long>(data.size()));
    return p;
}

}  // namespace sk::bureau::test
