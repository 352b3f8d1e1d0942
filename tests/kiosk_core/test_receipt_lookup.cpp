// Receipt lookup: typed code normalised (errors shown), looked up in the latest signed status
// board from the store; no board -> "no update yet".
#include <catch2/catch.hpp>

#include "demo_assets.hpp"
#include "kiosk_test_util.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/sync/status_board.hpp"

using namespace sk::kiosk;
using namespace sk::kiosk::testing;

namespace {

void open_lookup(App& app) {
    go_home(app);
    app.dispatch(intent::StartReceiptLookup{});
    REQUIRE(app.view().screen == Screen::receipt_lookup);
    REQUIRE(app.text_buffer(field::receipt_code) != nullptr);
}

sk::Bytes board_with(const std::string& code, const sk::crypto::SignKeyPair& signer,
                     uint64_t version) {
    sk::sync::StatusBoard b;
    b.version = version;
    b.issued = "2026-03-09T08:00:00Z";
    sk::sync::BoardEntry e;
    e.lookup = sk::crypto::receipt_lookup_hash(code, signer.pk);
    e.status = sk::sync::CaseStatus::under_verification;
    e.updated = "2026-03-08";
    e.reply = {{"zh-CN", "已转交督查组核实。"}, {"en", "Passed to the inspection team."}};
    b.entries.push_back(e);
    auto bytes = sk::sync::build_status_board(b, signer);
    REQUIRE(bytes.ok());
    return *bytes;
}

}  // namespace

TEST_CASE("receipt lookup: no board installed -> no update yet", "[receipt]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    open_lookup(app);
    app.dispatch(intent::Submit{});
    CHECK(app.view().receipt.error == "请输入回执码。");
    type_into(app, field::receipt_code, "ABC-DEF-0");
    CHECK(app.view().receipt.error.empty());  // editing clears the message
    app.dispatch(intent::Submit{});
    CHECK(app.view().receipt.error.find("0") != std::string::npos);
    CHECK(app.view().screen == Screen::receipt_lookup);
    type_into(app, field::receipt_code, sk::crypto::new_receipt_code());
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_result);
    CHECK_FALSE(app.view().receipt.board_installed);
    CHECK_FALSE(app.view().receipt.found);
    CHECK(app.view().receipt.result_text.find("暂无更新") != std::string::npos);
}

TEST_CASE("receipt lookup: status and reply from a signed board", "[receipt]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    auto keys = sk::demo::demo_bureau_keys();
    auto signer = sk::crypto::bureau_sign_pair(keys);
    const std::string code = sk::crypto::new_receipt_code();
    REQUIRE(app.store().put_status_board(1, board_with(code, signer, 1)).ok());

    open_lookup(app);
    app.dispatch(intent::SetLanguage{Lang::en});
    std::string typed = sk::crypto::format_receipt(code);
    for (auto& c : typed) c = char(std::tolower(static_cast<unsigned char>(c)));
    type_into(app, field::receipt_code, typed);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_result);
    const auto& r = app.view().receipt;
    CHECK(r.board_installed);
    REQUIRE(r.found);
    CHECK(r.status == "Being checked");
    CHECK(r.reply == "Passed to the inspection team.");
    CHECK(r.board_date == "2026-03-08");
    app.dispatch(intent::SetLanguage{Lang::zh_CN});
    CHECK(app.view().receipt.status == "正在核查");
    CHECK(app.view().receipt.reply == "已转交督查组核实。");

    // Another valid code is not on the board.
    app.dispatch(intent::Back{});
    CHECK(app.view().screen == Screen::home);
    open_lookup(app);
    type_into(app, field::receipt_code, sk::crypto::new_receipt_code());
    app.dispatch(intent::Next{});
    REQUIRE(app.view().screen == Screen::receipt_result);
    CHECK(app.view().receipt.board_installed);
    CHECK_FALSE(app.view().receipt.found);
    CHECK(app.view().receipt.result_text.find("暂无更新") != std::string::npos);
}

TEST_CASE("receipt lookup: a board signed by another key is not believed", "[receipt]") {
    TempDir dir;
    FakeClock clock;
    App app = open_app(demo_config(dir, clock));
    auto other = sk::crypto::generate_sign_keypair();
    const std::string code = sk::crypto::new_receipt_code();
    REQUIRE(app.store().put_status_board(1, board_with(code, other, 1)).ok());
    open_lookup(app);
    type_into(app, field::receipt_code, code);
    app.dispatch(intent::Submit{});
    REQUIRE(app.view().screen == Screen::receipt_result);
    CHECK_FALSE(app.view().receipt.board_installed);
    CHECK_FALSE(app.view().receipt.found);
}
