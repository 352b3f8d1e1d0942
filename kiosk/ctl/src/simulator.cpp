#include "sk/kiosk_sync/simulator.hpp"

#include <chrono>

#include "sim_driver.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/kiosk_sync/files.hpp"
#include "sk/kiosk_sync/kiosk_data.hpp"
#include "sk/kiosk_sync/local_day.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/sync/survey_bundle.hpp"
#include "sk/crypto/key_files.hpp"

namespace sk::kiosk_sync {

namespace fs = std::filesystem;

namespace {

// The anti-flood interval is off for this App instance only (AppConfig), so a real kiosk
// reading the same store keeps its own setting.
Result<kiosk::App> open_app_without_flood_interval(const SimulationOptions& opt) {
    kiosk::AppConfig cfg;
    cfg.data_dir = opt.data_dir;
    cfg.assets_dir = opt.assets_dir;
    cfg.ignore_tip_interval = true;
    return kiosk::App::open(cfg);
}

// The surveys on the home screen, as definitions (the driver needs option values).
Result<std::vector<survey::Survey>> home_surveys(kiosk::App& app) {
    auto keys = app.store().bureau_public();
    if (!keys) return keys.error();
    auto bureau = crypto::decode_bureau_public(*keys);
    if (!bureau) return bureau.error();
    std::vector<survey::Survey> out;
    for (const auto& card : app.view().surveys) {
        auto b = app.store().survey_bundle(card.id);
        if (!b) return b.error();
        auto info = sync::verify_survey_bundle(b->signed_bytes, bureau->sign_pk,
                                               local_iso_date(std::time(nullptr)));
        if (!info) return info.error();
        auto s = survey::parse_survey(info->payload);
        if (!s) return s.error();
        out.push_back(std::move(*s));
    }
    return out;
}

}  // namespace

Result<SimulationResult> simulate(const SimulationOptions& opt,
                                  const SimulationProgress& progress) {
    const auto t0 = std::chrono::steady_clock::now();
    if (opt.tips > kMaxSimulatedRecords || opt.responses > kMaxSimulatedRecords)
        return Error{Errc::invalid_argument,
                     "at most " + std::to_string(kMaxSimulatedRecords) + " tips and " +
                         std::to_string(kMaxSimulatedRecords) + " responses per run"};
    // The kiosk App would create a missing directory and a fresh database with a new key:
    // simulate only ever adds to a kiosk that exists.
    std::error_code ec;
    if (!fs::exists(kiosk_db_path(opt.data_dir), ec))
        return Error{Errc::not_found,
                     "no kiosk database in " + opt.data_dir.string() + " (run kioskctl init)"};
    auto cats_file = read_file(opt.assets_dir / "tips" / "categories.json", 1 << 20);
    if (!cats_file) return cats_file.error();
    auto cats = survey::parse_tip_categories(*cats_file);
    if (!cats) return cats.error();

    auto app = open_app_without_flood_interval(opt);
    if (!app) return app.error();
    auto surveys = home_surveys(*app);
    if (!surveys) return surveys.error();
    if (opt.responses > 0 && surveys->empty())
        return Error{Errc::not_found, "no survey installed: import a survey bundle first"};

    sim::Rng rng(opt.seed);
    const bool record = !opt.emit_json.empty();
    sim::AppDriver driver(*app, *cats, rng, record);
    nlohmann::json emitted = {{"tips", nlohmann::json::array()},
                              {"responses", nlohmann::json::array()}};

    // Interleave tips and responses in random order, as a real day would.
    SimulationResult res;
    const uint64_t total = opt.tips + opt.responses;
    while (res.tips + res.responses < total) {
        const uint64_t tips_left = opt.tips - res.tips;
        const uint64_t left = total - res.tips - res.responses;
        const bool tip = std::uniform_int_distribution<uint64_t>(1, left)(rng) <= tips_left;
        if (tip) {
            auto r = driver.submit_tip();
            if (!r) return r.error();
            if (record) emitted["tips"].push_back(std::move(*r));
            ++res.tips;
        } else {
            const auto& s =
                (*surveys)[std::uniform_int_distribution<size_t>(0, surveys->size() - 1)(rng)];
            auto r = driver.submit_response(s);
            if (!r) return r.error();
            if (record) emitted["responses"].push_back(std::move(*r));
            ++res.responses;
        }
        if (progress) progress(res.tips + res.responses, total);
    }
    if (record) {
        const std::string text = emitted.dump(2) + "\n";
        SK_TRY(write_file_atomic(opt.emit_json, text, 0600));
    }
    res.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return res;
}

}  // namespace sk::kiosk_sync
