// Anonymous tip: pages, required fields, contact confirm step, review, submit -> receipt
// code (in the sealed record), confirmation, wipe; anti-flood refusal keeps the text.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk_test_util.hpp"
#include "sk/crypto/receipt.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;
using nlohmann::json;

namespace {

const std::string kUnit = "某某镇中心小学";
const std::string kPerson = "三年级数学老师";
const std::string kWhat = "开学以来多次不到岗，课由学生自习代替。";
const std::string kEvidence = "课表与实际上课不符；考勤表在教务处。";

const FieldView* find_field(const App& app, FieldId id) {
    for (const auto& f : app.view().tip.fields)
        if (f.id == id) return &f;
    return nullptr;
}

// Fills the whole form up to the review page; returns the UI's pointers.
std::vector<char*> fill_tip(App& app, bool with_contact) {
    go_home(app);
    app.dispatch(intent::StartTip{});
    REQUIRE(app.view().screen == Screen::tip_intro);
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::tip_category);
    CHECK(app.view().tip.page == 1);
    CHECK(app.view().tip.page_count == 5);
    app.dispatch(intent::Next{});  // no category
    CHECK(app.view().screen == Screen::tip_category);
    CHECK(app.view().tip.error == "请选择问题类型。");
    REQUIRE(app.view().tip.categories.size() >= 5);
    app.dispatch(intent::ChooseTipCategory{1});  // muddling-through teacher
    app.dispatch(intent::ChooseTipSubcategory{0});
    CHECK(app.view().tip.error.empty());
    app.dispatch(intent::Next{});

    REQUIRE(app.view().screen == Screen::tip_subject);
    REQUIRE(find_field(app, field::tip_unit));
    CHECK(find_field(app, field::tip_unit)->required);
    CHECK_FALSE(find_field(app, field::tip_person)->required);
    app.dispatch(intent::Next{});
    CHECK(app.view().screen == Screen::tip_subject);
    CHECK(find_field(app, field::tip_unit)->error == "此题必须作答。");
    std::vector<char*> ptrs;
    ptrs.push_back(type_into(app, field::tip_unit, kUnit));
    CHECK(find_field(app, field::tip_unit)->error.empty());
    ptrs.push_back(type_into(app, field::tip_person, kPerson));
    app.dispatch(intent::Next{});

    REQUIRE(app.view().screen == Screen::tip_details);
    CHECK(app.view().tip.frequency_labels.size() == 6);
    ptrs.push_back(type_into(app, field::tip_what, kWhat));
    ptrs.push_back(type_into(app, field::tip_since, "2025年9月"));
    app.dispatch(intent::ChooseTipFrequency{3});  // weekly
    app.dispatch(intent::Next{});

    REQUIRE(app.view().screen == Screen::tip_evidence);
    ptrs.push_back(type_into(app, field::tip_evidence, kEvidence));
    app.dispatch(intent::Next{});

    REQUIRE(app.view().screen == Screen::tip_contact);
    CHECK_FALSE(app.view().tip.contact_wanted);  // off by default
    CHECK(find_field(app, field::tip_contact) == nullptr);
    if (with_contact) {
        app.dispatch(intent::SetContactWanted{true});
        REQUIRE(app.view().screen == Screen::tip_contact_confirm);
        CHECK(app.view().tip.contact_warning.find("不再是匿名") != std::string::npos);
        app.dispatch(intent::CancelContact{});
        CHECK(app.view().screen == Screen::tip_contact);
        CHECK_FALSE(app.view().tip.contact_wanted);
        app.dispatch(intent::SetContactWanted{true});
        app.dispatch(intent::ConfirmContact{});
        REQUIRE(app.view().tip.contact_wanted);
        REQUIRE(find_field(app, field::tip_contact));
        app.dispatch(intent::Next{});  // switched on but empty: required
        CHECK(find_field(app, field::tip_contact)->error == "此题必须作答。");
        ptrs.push_back(type_into(app, field::tip_contact, "138 0000 0000"));
    }
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::tip_review);
    return ptrs;
}

}  // namespace

TEST_CASE("tip: full form, receipt code shown once and sealed in the tip", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    auto ptrs = fill_tip(app, false);

    const auto& review = app.view().tip.review;
    REQUIRE(review.size() == 8);
    CHECK(review[0].summary.find("浑水摸鱼") != std::string::npos);
    CHECK(review.back().summary == "不留联系方式（匿名）");

    uint64_t gen = app.wipe_generation();
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    CHECK(app.wipe_generation() > gen);
    std::string code(app.view().receipt.code);
    std::string grouped(app.view().receipt.code_grouped);
    CHECK(code.size() == sk::crypto::kReceiptSymbols);
    CHECK(grouped == sk::crypto::format_receipt(code));
    CHECK(sk::crypto::normalize_receipt(code).ok());
    // Typed text is gone already; only the code remains until confirmed.
    for (char* p : ptrs) CHECK(all_zero(p, 64));

    auto recs = open_all_records(app);
    REQUIRE(recs.size() == 1);
    auto j = json::parse(recs[0]);
    CHECK(j["type"] == "tip");
    CHECK(j["category"] == "muddling_teacher");
    CHECK(j["subcategory"] == "perfunctory_lessons");
    CHECK(j["unit"] == kUnit);
    CHECK(j["person"] == kPerson);
    CHECK(j["what"] == kWhat);
    CHECK(j["since"] == "2025年9月");
    CHECK(j["how_often"] == "weekly");
    CHECK(j["evidence"] == kEvidence);
    CHECK(j["contact"] == "");
    CHECK(j["receipt"] == code);
    CHECK(j["lang"] == "zh-CN");

    app.dispatch(intent::ConfirmCodeNoted{});
    CHECK(app.view().screen == Screen::attract);
    CHECK(app.view().receipt.code.empty());
    CHECK(app.store().counts()->tips == 1);
}

TEST_CASE("tip: contact details only after the warning was confirmed", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    fill_tip(app, true);
    CHECK(app.view().tip.review.back().field == field::tip_contact);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    auto j = json::parse(open_all_records(app).at(0));
    CHECK(j["contact"] == "138 0000 0000");
}

TEST_CASE("tip: switching contact off again zeroes what was typed", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    auto ptrs = fill_tip(app, true);
    char* contact = ptrs.back();
    app.dispatch(intent::EditTipPage{int(Screen::tip_contact)});
    REQUIRE(app.view().screen == Screen::tip_contact);
    app.dispatch(intent::SetContactWanted{false});
    CHECK(all_zero(contact, app.text_capacity(field::tip_contact)));
    app.dispatch(intent::Review{});
    REQUIRE(app.view().screen == Screen::tip_review);
    app.dispatch(intent::Submit{});
    auto j = json::parse(open_all_records(app).at(0));
    CHECK(j["contact"] == "");
}

TEST_CASE("tip: anti-flood refuses a second tip too soon and keeps the text", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    fill_tip(app, false);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    app.dispatch(intent::ConfirmCodeNoted{});

    advance(app, clock, std::chrono::seconds(30));
    auto ptrs = fill_tip(app, false);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::submit_error);
    const auto& err = app.view().submit_error;
    CHECK(err.retry_after_seconds > 0);
    CHECK(err.retry_after_seconds <= 120);
    CHECK(err.message.find(std::to_string(err.retry_after_seconds) + " 秒") != std::string::npos);
    CHECK(std::string(ptrs[0]) == kUnit);  // kept
    CHECK(std::string(app.text_buffer(field::tip_what)) == kWhat);
    CHECK(app.store().counts()->tips == 1);

    app.dispatch(intent::Back{});
    CHECK(app.view().screen == Screen::tip_review);
    // Wait past the interval (the person kept tapping, so no idle wipe), then retry.
    for (int i = 0; i < 4; ++i) {
        advance(app, clock, std::chrono::seconds(30));
        app.dispatch(intent::TouchAnywhere{});
    }
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_shown);
    CHECK(app.store().counts()->tips == 2);
}

TEST_CASE(
    "tip: the anti-flood clock is in memory: wall clock jumps do not matter, a restart "
    "on a tip's day counts as a tip just now, the next day it does not",
    "[flow][tip][anonymity]") {
    TempDir dir;
    FakeClock clock;
    auto cfg = demo_config(dir, clock);
    auto submit_tip = [](App& app) {
        fill_tip(app, false);
        app.dispatch(intent::Submit{});
        const Screen s = app.view().screen;
        if (s == Screen::receipt_shown) app.dispatch(intent::ConfirmCodeNoted{});
        if (s == Screen::submit_error) exit_session(app);
        return s;
    };
    {
        App app = open_app(cfg);
        REQUIRE(submit_tip(app) == Screen::receipt_shown);
        // Someone sets the wall clock an hour ahead: still too soon (the steady clock says so).
        clock.s->wall += std::chrono::hours(1);
        CHECK(submit_tip(app) == Screen::submit_error);
        clock.s->wall -= std::chrono::hours(1);
    }
    {
        // Restart 10 minutes later on the same day: counts as a tip just now.
        clock.advance(std::chrono::minutes(10));
        App app = open_app(cfg);
        CHECK(submit_tip(app) == Screen::submit_error);
        advance(app, clock, std::chrono::minutes(3));
        CHECK(submit_tip(app) == Screen::receipt_shown);
    }
    // Restart the next day: no tip today, none refused.
    clock.advance(std::chrono::hours(24));
    App app = open_app(cfg);
    CHECK(submit_tip(app) == Screen::receipt_shown);
    CHECK(app.store().counts()->tips == 3);
}

TEST_CASE("tip: home needs a bureau key (not provisioned)", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock, /*demo=*/false));
    go_home(app);
    CHECK_FALSE(app.view().provisioned);
    CHECK(app.view().not_provisioned_msg.find("尚未配置") != std::string::npos);
    CHECK(app.view().surveys.empty());
    app.dispatch(intent::StartTip{});
    CHECK(app.view().screen == Screen::home);
}

TEST_CASE("tip: ignore_tip_interval lifts anti-flood for that instance only", "[flow][tip]") {
    TempDir dir;
    FakeClock clock;
    {
        AppConfig cfg = demo_config(dir, clock);
        cfg.ignore_tip_interval = true;  // what kioskctl simulate uses
        App app = open_app(cfg);
        for (int i = 0; i < 2; ++i) {
            fill_tip(app, false);
            app.dispatch(intent::Submit{});
            REQUIRE(app.view().screen == Screen::receipt_shown);
            app.dispatch(intent::ConfirmCodeNoted{});
        }
        CHECK(app.store().counts()->tips == 2);
        // The stored setting was never written.
        CHECK_FALSE(app.store().setting("kiosk.tip_min_interval_s")->has_value());
    }
    // A normal instance on the same data still refuses a tip straight after.
    App app = open_app(demo_config(dir, clock));
    fill_tip(app, false);
    app.dispatch(intent::Submit{});
    CHECK(app.view().screen == Screen::submit_error);
    CHECK(app.store().counts()->tips == 2);
}
