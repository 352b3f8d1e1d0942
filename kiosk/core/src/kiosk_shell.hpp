// The shell behind App: owns the shared services (store, clock, i18n, text pool, keyboard,
// sealer, idle timer, content) and one controller per flow, and routes each intent to the
// controller of the current screen (screen_table.hpp). What every screen shares stays here:
// the overlays (still there?, leave?), the language, the keyboard, wipes and the view's
// frame. See docs/ARCHITECTURE.md ("A tip from touch to sealed row").
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "admin_controller.hpp"
#include "content.hpp"
#include "flow_host.hpp"
#include "home_controller.hpp"
#include "idle_timer.hpp"
#include "keyboard.hpp"
#include "kiosk_clock.hpp"
#include "receipt_lookup_controller.hpp"
#include "sealer.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/survey/tip_categories.hpp"
#include "submit_error_controller.hpp"
#include "survey_controller.hpp"
#include "text_pool.hpp"
#include "tip_controller.hpp"

namespace sk::kiosk {

// Store setting names (text values, seconds); kioskctl writes them.
constexpr const char* kSettingIdleTimeout = "kiosk.idle_timeout_s";
constexpr const char* kSettingTipMinInterval = "kiosk.tip_min_interval_s";

class KioskShell final : public FlowHost {
  public:
    KioskShell(AppConfig cfg, I18n i18n, storage::KioskStore store,
               survey::TipCategories categories);
    ~KioskShell();
    KioskShell(const KioskShell&) = delete;
    KioskShell& operator=(const KioskShell&) = delete;

    // After construction: content, settings, engines, the in-memory clocks from the store.
    Result<void> start();

    void dispatch(const Intent& in);
    void tick(Clock::time_point now);
    std::optional<Clock::time_point> next_deadline() const;
    void rebuild_view();

    const AppView& view() const { return view_; }
    bool dirty() const { return dirty_; }
    void mark_drawn() { dirty_ = false; }
    TextPool& pool() { return pool_; }
    uint64_t wipe_generation() const { return wipe_gen_; }
    const I18n& i18n() const { return i18n_; }
    std::vector<std::string> all_display_strings() const;
    const Keyboard& keyboard() const { return keyboard_; }
    bool quit_requested() const { return quit_; }
    storage::KioskStore& store() { return store_; }
    FlowController& controller(Flow f) { return *flows_[size_t(f)]; }

    // FlowHost.
    Screen screen() const override { return screen_; }
    Lang lang() const override { return lang_; }
    void go(Screen s) override;
    void enter(Flow f, const Intent& in) override;
    void new_session() override;
    void wipe_typed() override;
    void leave_session(Screen s) override;
    void open_keyboard(FieldId f) override;
    void show_submit_error(SubmitFailure f) override;
    void retry_submit(Screen review) override;
    Result<void> reload_content() override;
    void quit() override;

  private:
    FlowController& current() { return controller_of(screen_); }
    FlowController& controller_of(Screen s);
    const FlowController& controller_of(Screen s) const;
    bool overlay_intent(const Intent& in);
    void set_lang(Lang l);
    void load_settings();
    void text_edited(FieldId f);
    std::optional<KeyboardTarget> keyboard_target(FieldId f) const;
    void wipe_all();
    void end_session();
    bool session_has_input() const;

    AppConfig cfg_;
    KioskClock clock_;
    I18n i18n_;
    storage::KioskStore store_;
    survey::TipCategories categories_;
    Content content_;
    std::unique_ptr<SyncActions> sync_;
    TextPool pool_;
    Keyboard keyboard_{pool_};
    std::vector<std::string> notices_;  // start-up problems for the admin screen
    Sealer sealer_{store_, content_, clock_};
    IdleTimer idle_;

    HomeController home_;
    SurveyController survey_;
    TipController tip_;
    ReceiptLookupController lookup_;
    SubmitErrorController submit_error_;
    AdminController admin_;
    std::array<FlowController*, kFlowCount> flows_{};

    Screen screen_ = Screen::attract;
    Overlay overlay_ = Overlay::none;
    Lang lang_ = Lang::zh_CN;
    uint64_t wipe_gen_ = 0;
    bool dirty_ = true;
    bool quit_ = false;
    AppView view_;
};

}  // namespace sk::kiosk
