// Admin: PIN pad with exponential back-off (count on disk, timing in memory), counts-only
// overview, export / import through SyncActions, PIN change. Nothing here can show a
// record's content. The PIN digits live in secure memory; the view gets only their count.
#pragma once

#include <string>
#include <vector>

#include "content.hpp"
#include "flow_controller.hpp"
#include "flow_host.hpp"
#include "kiosk_clock.hpp"
#include "sk/crypto/pin.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/app_config.hpp"
#include "sk/kiosk/sync_actions.hpp"
#include "sk/storage/kiosk_store.hpp"

namespace sk::kiosk {

class AdminController final : public FlowController {
  public:
    struct Services {
        FlowHost& host;
        storage::KioskStore& store;
        const Content& content;
        const I18n& i18n;
        const KioskClock& clock;
        SyncActions& sync;
        const std::vector<std::string>& notices;  // start-up problems, shown to the admin
    };
    explicit AdminController(Services s) : s_(s) {}

    // The stored failure count (start-up, and before every attempt).
    void take_pin_attempts(const storage::PinAttempts& stored);

    void enter(const Intent& in) override;
    void handle(Screen on, const Intent& in) override;
    void fill_view(Screen current, AppView& v) const override;
    void wipe_typed() override;
    void reset() override;
    std::optional<Clock::time_point> deadline(Screen current) const override;
    bool on_time(Screen current, Clock::time_point t, const AppView& shown) override;

  private:
    int64_t locked_seconds() const;
    void digit(Screen on, char d);
    void backspace();
    void pin_submit();
    void change_pin_submit();
    void refresh_counts();
    void sync_step(bool do_export, const std::string& dir);
    void clear_entry();

    Services s_;
    crypto::SecureBuffer entry_{crypto::kMaxPinDigits + 1};
    size_t entry_len_ = 0;
    crypto::SecureBuffer first_{crypto::kMaxPinDigits + 1};  // change PIN: first entry
    size_t first_len_ = 0;
    int change_stage_ = 0;
    Message message_;
    storage::PinAttempts attempts_;
    // Start of the current PIN lock-out: in memory only, on the steady clock (threat model:
    // no time finer than a day on disk). Set by each failure and by a start-up after failures.
    std::optional<Clock::time_point> lock_start_;
    struct Count {
        std::string key;        // i18n label key
        std::string survey_id;  // admin.count.survey: {title} from the survey
        int64_t count = 0;
    };
    std::vector<Count> counts_;
    std::vector<std::string> usb_drives_;  // refreshed with the counts
    bool authed_ = false;
};

}  // namespace sk::kiosk
