// Status: counts and versions only.
#include <catch2/catch.hpp>

#include <ctime>

#include <nlohmann/json.hpp>

#include "kiosk_fixture.hpp"
#include "sk/kiosk_sync/batch_writer.hpp"
#include "sk/kiosk_sync/kiosk_keys.hpp"
#include "sk/kiosk_sync/last_sync.hpp"
#include "sk/kiosk_sync/status_report.hpp"
#include "sk/sync/dates.hpp"

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

TEST_CASE("the last sync is stored as its day only", "[status][anonymity]") {
    testing::KioskFixture f;
    std::tm tm{};
    tm.tm_year = 2026 - 1900;
    tm.tm_mon = 2;
    tm.tm_mday = 14;
    tm.tm_hour = 10;
    tm.tm_min = 47;
    tm.tm_sec = 17;
    tm.tm_isdst = -1;
    const std::time_t at = std::mktime(&tm);
    kiosk_sync::note_sync(f.store, kiosk_sync::SyncEvent::exported, int64_t(at));
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    const std::time_t midnight = std::mktime(&tm);
    auto stored = f.store.setting("sync.last_export");
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(**stored == sync::format_rfc3339_utc(int64_t(midnight)));
    CHECK(kiosk_sync::last_sync(f.store).exported == **stored);
}
