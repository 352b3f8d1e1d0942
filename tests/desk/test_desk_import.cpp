// Import and sync: the demo stick through the real Importer on the job's thread, the
// per-batch results, and acks + status board + survey bundles written back.
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>

#include "desk_fixture.hpp"
#include "sk/desk/today.hpp"

using namespace sk;
using namespace sk::desk;
using namespace sk::desk::test;
namespace fs = std::filesystem;

namespace {
// The test's "job reached its end" signal: join the worker, then the desk's tick.
void finish_import(Desk& d) {
    const_cast<ImportJob&>(d.import_job()).wait();
    d.tick();
}
}  // namespace

TEST_CASE("desk import: a stick imports once, then writes acks, board and surveys back", "[desk]") {
    DeskFixture f;
    f.login();
    const size_t before = f.desk->cases()->total();
    f.desk->dispatch(intent::Navigate{Screen::import});
    REQUIRE(f.desk->browser().dir() == fs::absolute(f.demo.stick).lexically_normal());
    f.desk->dispatch(intent::StartImport{});
    finish_import(*f.desk);
    const auto& sum = f.desk->import_job().summary();
    REQUIRE(sum);
    CHECK(sum->imported == f.demo.stick_batches);
    CHECK(sum->rejected == 0);
    CHECK(f.desk->cases()->total() >= before);  // the table reloaded
    CHECK(f.desk->cases()->total() == before + size_t(f.desk->today()->cases_total - before));

    // Again: every batch is "already imported", nothing new.
    f.desk->dispatch(intent::StartImport{});
    finish_import(*f.desk);
    CHECK(f.desk->import_job().summary()->duplicate == f.demo.stick_batches);
    CHECK(f.desk->import_job().summary()->records_new == 0);

    f.desk->dispatch(intent::WriteBack{});
    REQUIRE_FALSE(f.desk->message_is_error());
    const auto& w = f.desk->written_back();
    REQUIRE(w);
    size_t acks = 0, boards = 0, surveys = 0;
    for (const auto& name : w->files) {
        CHECK(fs::exists(f.demo.stick / name));
        acks += name.rfind("ack-", 0) == 0;
        boards += name.find(".skboard") != std::string::npos;
        surveys += name.find(".sksurvey") != std::string::npos;
    }
    CHECK(acks == 3);  // every demo kiosk had unacknowledged batches
    CHECK(boards == 1);
    CHECK(surveys == 2);
    // A second write-back has nothing left to acknowledge (a new board, the surveys).
    f.desk->dispatch(intent::WriteBack{});
    for (const auto& name : f.desk->written_back()->files) CHECK(name.rfind("ack-", 0) != 0);
}

TEST_CASE("desk import: a folder that does not exist is one clear error", "[desk]") {
    DeskFixture f;
    f.login();
    std::strcpy(f.desk->buffer(Field::path), "/nonexistent/stick");
    f.desk->dispatch(intent::BrowseTo{});
    CHECK(f.desk->message_is_error());
    CHECK(f.desk->message().find("/nonexistent/stick") != std::string::npos);
}

TEST_CASE("desk today: new since last login, silent kiosks flagged", "[desk]") {
    DeskFixture f;
    f.login();
    CHECK(f.desk->today()->new_since_login == f.desk->today()->cases_total);  // first login
    // Counts in the order of a case's life, adding up to the total.
    const auto& by = f.desk->today()->by_status;
    REQUIRE(by.size() >= 2);
    CHECK(by.front().first == "new");
    size_t sum = 0;
    for (const auto& [name, n] : by) sum += n;
    CHECK(sum == f.desk->today()->cases_total);
    CHECK(days_between("2026-11-30T08:00:00Z", 20261201) == 1);
    CHECK(days_between("2025-12-31T23:00:00Z", 20260101) == 1);
    // Demo batches were imported on 2026-11-30; a month later every kiosk is stale.
    f.desk->dispatch(intent::Lock{});
    f.clock.s->today = 20261231;
    f.clock.s->now = "2026-12-31T09:00:00Z";
    f.login();
    CHECK(f.desk->today()->new_since_login == 0);  // nothing arrived since the last login
    REQUIRE(f.desk->today()->kiosks.size() == 3);
    for (const auto& k : f.desk->today()->kiosks) CHECK(k.stale);
}
