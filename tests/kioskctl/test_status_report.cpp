// Status: counts and versions only.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/status_report.hpp"

using namespace sk;

TEST_CASE("status counts records by kind and batches by state", "[status]") {
    testing::KioskFixture f;
    f.add_records(2);
    f.add_records(3, 100, crypto::RecordKind::survey_response);
    REQUIRE(kiosk_sync::BatchWriter(f.store, 20260314).export_to(f.out));
    f.add_records(1);

    auto r = kiosk_sync::gather_status(f.store);
    REQUIRE(r);
    CHECK(r->kiosk_id == kiosk_sync::kiosk_id_hex(f.kiosk.id()));
    CHECK(r->bureau_keys);
    CHECK(r->tips == 3);
    CHECK(r->responses == 3);
    CHECK(r->responses_by_survey.at("staff-workstyle-2026") == 3);
    CHECK(r->unbatched == 1);
    CHECK(r->batches_pending == 1);
    CHECK(r->batches_acked == 0);

    auto j = nlohmann::json::parse(kiosk_sync::status_json(*r));
    CHECK(j["records"]["sealed"] == 6);
    CHECK(j["batches"]["pending"] == 1);
    CHECK(kiosk_sync::status_text(*r).find("sealed records:    6") != std::string::npos);
}
