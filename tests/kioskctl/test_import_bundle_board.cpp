// Survey bundles and status boards: signed, not expired, never older than installed.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/bureau_file_importer.hpp"
#include "sk/sync/status_board.hpp"
#include "sk/sync/survey_bundle.hpp"

using namespace sk;
using sk::testing::KioskFixture;

namespace {

const std::time_t kNow = 1773500000;  // 2026-03-14

Bytes survey_json(int64_t version, const std::string& expires) {
    const auto raw =
        testing::read_all(std::string(SK_SOURCE_DIR) + "/assets/surveys/staff-workstyle.json");
    auto j = nlohmann::json::parse(raw.begin(), raw.end());
    j["version"] = version;
    j["expires"] = expires;
    const std::string s = j.dump();
    return Bytes(s.begin(), s.end());
}

Bytes bundle(const KioskFixture& f, int64_t version, const std::string& expires = "2027-07-31") {
    auto b = sync::sign_survey_bundle(survey_json(version, expires), f.bureau_signer());
    REQUIRE(b);
    return *b;
}

Bytes board(const KioskFixture& f, uint64_t version,
            const std::string& issued = "2026-03-14T10:00:00Z") {
    sync::StatusBoard b;
    b.version = version;
    b.issued = issued;
    auto file = sync::build_status_board(b, f.bureau_signer());
    REQUIRE(file);
    return *file;
}

uint64_t installed_version(KioskFixture& f) {
    auto list = f.store.list_survey_bundles();
    REQUIRE(list);
    for (const auto& s : *list)
        if (s.survey_id == "staff-workstyle-2026") return s.version;
    return 0;
}

}  // namespace

TEST_CASE("a signed survey bundle installs; older and replayed ones do not", "[import][bundle]") {
    KioskFixture f;
    kiosk_sync::BureauFileImporter imp(f.store, kNow);
    auto v2 = imp.import_bytes("v2.bundle", bundle(f, 2));
    INFO(v2.message);
    CHECK(v2.action == kiosk_sync::ImportAction::survey_installed);
    CHECK(installed_version(f) == 2);

    auto v1 = imp.import_bytes("v1.bundle", bundle(f, 1));
    CHECK(v1.refused());
    CHECK_THAT(v1.message, Catch::Contains("not newer"));
    CHECK(installed_version(f) == 2);

    auto same = imp.import_bytes("v2.bundle", bundle(f, 2));
    CHECK_FALSE(same.refused());
    CHECK(installed_version(f) == 2);

    CHECK(imp.import_bytes("v3.bundle", bundle(f, 3)).action ==
          kiosk_sync::ImportAction::survey_installed);
    CHECK(installed_version(f) == 3);
}

TEST_CASE("expired, unsigned and badly signed bundles are refused; the survey stays",
          "[import][bundle]") {
    KioskFixture f;
    kiosk_sync::BureauFileImporter imp(f.store, kNow);
    REQUIRE_FALSE(imp.import_bytes("v1.bundle", bundle(f, 1)).refused());

    auto expired = imp.import_bytes("old.bundle", bundle(f, 5, "2026-01-31"));
    CHECK(expired.refused());
    CHECK_THAT(expired.message, Catch::Contains("expired"));

    auto unsigned_json = imp.import_bytes("raw.json", survey_json(6, "2027-07-31"));
    CHECK(unsigned_json.refused());

    auto forged =
        sync::sign_survey_bundle(survey_json(7, "2027-07-31"), crypto::generate_sign_keypair());
    REQUIRE(forged);
    CHECK(imp.import_bytes("forged.bundle", *forged).refused());

    Bytes flipped = bundle(f, 8);
    flipped[flipped.size() / 2] ^= 1;
    CHECK(imp.import_bytes("flipped.bundle", flipped).refused());

    CHECK(installed_version(f) == 1);
}

TEST_CASE("a signed bundle that is not a valid survey is refused", "[import][bundle]") {
    KioskFixture f;
    auto j = nlohmann::json::parse(survey_json(4, "2027-07-31"));
    j["questions"][0]["type"] = "no_such_type";
    const std::string s = j.dump();
    auto b = sync::sign_survey_bundle(Bytes(s.begin(), s.end()), f.bureau_signer());
    REQUIRE(b);
    auto o = kiosk_sync::BureauFileImporter(f.store, kNow).import_bytes("bad.bundle", *b);
    CHECK(o.refused());
    CHECK(installed_version(f) == 0);
}

TEST_CASE("status boards install only when newer", "[import][board]") {
    KioskFixture f;
    kiosk_sync::BureauFileImporter imp(f.store, kNow);
    CHECK(imp.import_bytes("b2", board(f, 2)).action == kiosk_sync::ImportAction::board_installed);
    CHECK(imp.import_bytes("b1", board(f, 1)).refused());
    CHECK(imp.import_bytes("b2-same", board(f, 2)).action ==
          kiosk_sync::ImportAction::already_installed);
    // Same version, other content: a replay or a bureau bug, never installed.
    CHECK(imp.import_bytes("b2-other", board(f, 2, "2026-03-15T10:00:00Z")).refused());
    auto forged = sync::build_status_board(sync::StatusBoard{9, "2026-03-14T10:00:00Z", {}},
                                           crypto::generate_sign_keypair());
    REQUIRE(forged);
    CHECK(imp.import_bytes("forged", *forged).refused());
    auto b = f.store.status_board();
    REQUIRE(b);
    CHECK(b->version == 2);
}
