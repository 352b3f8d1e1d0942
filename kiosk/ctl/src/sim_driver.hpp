// Drives sk::kiosk::App screen by screen with the intents the UI would send, reacting to
// whatever screen the core shows (so skip logic and page order are the core's, not ours).
// Any refusal by the core (a validation error on a page, a submit error) is an error here:
// the simulator only ever submits valid input.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sim_phrases.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/result.hpp"
#include "sk/survey/survey.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::kiosk_sync::sim {

class AppDriver {
  public:
    // `record`: build a JSON copy of what was submitted (for --emit-json only).
    AppDriver(kiosk::App& app, const survey::TipCategories& cats, Rng& rng, bool record)
        : app_(app), cats_(cats), rng_(rng), record_(record) {}

    // One tip from home to the receipt; returns what was submitted (or null).
    Result<nlohmann::json> submit_tip();
    // One response to `s` (installed on the kiosk) from home to the thanks page.
    Result<nlohmann::json> submit_response(const survey::Survey& s);

  private:
    Result<void> to_home();
    void type(kiosk::FieldId id, const std::string& text);
    Result<void> answer(const survey::Survey& s, const kiosk::QuestionView& q,
                        nlohmann::json& answers);
    Error stuck(const std::string& where) const;
    const kiosk::AppView& view() const { return app_.view(); }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }

    kiosk::App& app_;
    const survey::TipCategories& cats_;
    Rng& rng_;
    bool record_;
};

}  // namespace sk::kiosk_sync::sim
