// The anonymous tip flow: intro, the form pages (category, subject, details, evidence,
// contact with its warning step), review, submit (anti-flood, serialise -> seal -> store)
// and the receipt code shown once afterwards.
#pragma once

#include <optional>

#include "content.hpp"
#include "flow_controller.hpp"
#include "flow_host.hpp"
#include "kiosk_clock.hpp"
#include "sealer.hpp"
#include "sk/kiosk/app_config.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "tip_form.hpp"

namespace sk::kiosk {

class TipController final : public FlowController {
  public:
    struct Services {
        FlowHost& host;
        const Content& content;
        const survey::TipCategories& categories;
        TextPool& pool;
        const I18n& i18n;
        const KioskClock& clock;
        Sealer& sealer;
    };
    explicit TipController(Services s) : s_(s) {}

    // Anti-flood: the least time between two stored tips (0 = off).
    void set_min_interval(std::chrono::seconds s) { min_interval_ = s; }
    // The latest tip "just now" (start-up on a day with a tip: the clock is not on disk).
    void assume_tip_now() { last_tip_at_ = s_.clock.now(); }

    void enter(const Intent& in) override;
    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;
    std::optional<KeyboardTarget> keyboard_target(Screen on, FieldId f) const override;
    void text_edited(FieldId f) override;
    bool has_input() const override;
    void wipe_typed() override;  // keeps the stored tip's receipt code
    void reset() override;

  private:
    void page_intent(Screen on, const Intent& in);
    void next(Screen on);
    void back(Screen on);
    void review();
    void submit();
    bool flood_refused();

    Services s_;
    std::optional<TipForm> tip_;
    crypto::SecureBuffer receipt_;  // canonical code + NUL (kept across a failed submit)
    crypto::SecureBuffer receipt_grouped_;
    std::chrono::seconds min_interval_ = kDefaultTipMinInterval;
    // Anti-flood clock: in memory only, never on disk (threat model 3 and 10).
    std::optional<Clock::time_point> last_tip_at_;
};

}  // namespace sk::kiosk
