// `bureau-desk --demo`: a bureau home on the published demo key (derived from the seed in
// kiosk/demo, the key of assets/demo; passphrase "demo") with simulated kiosks whose sealed, signed
// batches went through the real Importer, a worked ledger (statuses, notes, replies), the demo
// surveys with responses, and a "stick" folder holding each kiosk's newest batch, not yet imported,
// to try Import. Insecure by construction: for demonstrations, tests and the benchmark only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "sk/result.hpp"

namespace sk::desk {

// Users: "lead" (role lead, passphrase "demo") and "stats" (statistician, "demo-stats").
constexpr const char* kDemoUser = "lead";
constexpr const char* kDemoPassphrase = "demo";
constexpr const char* kDemoStatsUser = "stats";
constexpr const char* kDemoStatsPassphrase = "demo-stats";

struct DemoOptions {
    size_t kiosks = 6;
    size_t tips = 240;
    size_t responses = 180;        // spread over kiosks and the demo surveys
    size_t worked_cases = 60;      // cases moved along the ledger with notes and replies
    size_t typed_cases = 15;       // hotline, mailbox, letter, unit report, inspection cases
    uint32_t last_day = 20261130;  // the newest batch day (YYYYMMDD)
    std::string now = "2026-11-30T08:00:00Z";
    uint64_t seed = 1;
};

struct DemoSummary {
    size_t tips_imported = 0;
    size_t responses_imported = 0;
    std::filesystem::path stick;  // batches left to import
    size_t stick_batches = 0;
};

// Builds the home in `dir` (must not hold a bureau yet). `assets` is the source tree's or
// the package's assets directory (surveys/, tips/).
Result<DemoSummary> make_demo_bureau(const std::filesystem::path& dir,
                                     const std::filesystem::path& assets,
                                     const DemoOptions& opt = {});

}  // namespace sk::desk
