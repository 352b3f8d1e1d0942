// kioskctl simulate: realistic random tips and responses through the kiosk core's own
// submit path (see sk/kiosk_sync/simulator.hpp), for demos, load tests and benchmarks.
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "cli_util.hpp"
#include "commands.hpp"
#include "sk/kiosk_sync/assets_dir.hpp"
#include "sk/kiosk_sync/simulator.hpp"

namespace sk::kioskctl {

namespace {

struct SimulateOptions {
    std::string data, assets, emit_json;
    uint64_t tips = 0, responses = 0;
    std::optional<uint64_t> seed;
};

std::string default_assets() {
    if (const char* env = std::getenv("SK_ASSETS_DIR")) return env;
    return kiosk_sync::default_assets_dir(SK_KIOSKCTL_ASSETS_DIR).string();
}

int run_simulate(const SimulateOptions& o) {
    kiosk_sync::SimulationOptions so;
    so.data_dir = o.data;
    so.assets_dir = o.assets.empty() ? default_assets() : o.assets;
    so.tips = o.tips;
    so.responses = o.responses;
    so.seed = o.seed ? *o.seed : std::random_device{}();
    so.emit_json = o.emit_json;
    std::fprintf(stderr, "simulating %llu tip(s) and %llu response(s), seed %llu\n",
                 static_cast<unsigned long long>(o.tips),
                 static_cast<unsigned long long>(o.responses),
                 static_cast<unsigned long long>(so.seed));
    Progress progress("submitted");
    auto r = kiosk_sync::simulate(so, [&](uint64_t d, uint64_t t) { progress.update(d, t); });
    if (!r) return fail(r.error());
    std::printf("submitted %llu tip(s) and %llu response(s) in %.2f s\n",
                static_cast<unsigned long long>(r->tips),
                static_cast<unsigned long long>(r->responses), r->seconds);
    return 0;
}

}  // namespace

void add_simulate_command(CLI::App& app, int& rc) {
    auto o = std::make_shared<SimulateOptions>();
    auto* cmd = app.add_subcommand(
        "simulate", "Submit random tips and responses through the UI's submit path (demo/load)");
    cmd->footer(
        "The anti-flood interval between tips is bypassed for this run only "
        "(docs/KIOSKCTL.md). Never run on a production kiosk.");
    cmd->add_option("--data", o->data, "Kiosk data directory")->required();
    // Checked as signed numbers: "-1" must be refused, not wrap to 2^64 - 1.
    const auto max = static_cast<int64_t>(kiosk_sync::kMaxSimulatedRecords);
    cmd->add_option("--tips", o->tips, "Number of tips")
        ->default_val(0)
        ->check(CLI::Range(int64_t{0}, max));
    cmd->add_option("--responses", o->responses,
                    "Number of survey responses (over the installed surveys)")
        ->default_val(0)
        ->check(CLI::Range(int64_t{0}, max));
    cmd->add_option("--seed", o->seed, "Random seed (default: random, printed)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--assets", o->assets,
                    "Kiosk assets directory (default: $SK_ASSETS_DIR or the build's assets/)");
    cmd->add_option("--emit-json", o->emit_json,
                    "TESTS ONLY: write the plaintext of everything submitted to FILE (0600)");
    cmd->callback([o, &rc] { rc = run_simulate(*o); });
}

}  // namespace sk::kioskctl
