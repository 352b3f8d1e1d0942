// `kioskctl simulate`: realistic random tips and survey responses for demos, load tests and
// benchmarks, submitted through the kiosk core exactly as a person at the screen would:
// the simulator opens sk::kiosk::App and drives it with the UI's intents, typing into the
// core's text buffers. Every page validation, skip rule, serialisation, seal and store
// transaction is therefore the UI's own code, not a copy of it.
//
// The one deliberate difference: the anti-flood minimum interval between tips is switched
// off for the simulating App instance only (see Simulator::run and docs/KIOSKCTL.md); the
// stored setting that a real kiosk reads is left as it was.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "sk/result.hpp"

namespace sk::kiosk_sync {

// At most this many tips, and this many responses, per run: a typo must not flood the store.
constexpr uint64_t kMaxSimulatedRecords = 100000;

struct SimulationOptions {
    std::filesystem::path data_dir;
    std::filesystem::path assets_dir;  // i18n/ and tips/categories.json, as for the kiosk
    uint64_t tips = 0;
    uint64_t responses = 0;  // spread over the installed, unexpired surveys
    uint64_t seed = 0;
    // Plaintext of everything submitted, as JSON (tests only: never on a real kiosk).
    std::filesystem::path emit_json;
};

struct SimulationResult {
    uint64_t tips = 0;
    uint64_t responses = 0;
    double seconds = 0;
};

// (done, total) after each submission. Counts only.
using SimulationProgress = std::function<void(uint64_t done, uint64_t total)>;

// Errc::invalid_argument for more than kMaxSimulatedRecords tips or responses, Errc::not_found
// when data_dir holds no kiosk database; both before anything is created or written.
Result<SimulationResult> simulate(const SimulationOptions& opt,
                                  const SimulationProgress& progress = nullptr);

}  // namespace sk::kiosk_sync
