// App's private state, shared by the app_*.cpp files (one concern each: dispatch, submit,
// admin, timers, view).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "content.hpp"
#include "keyboard.hpp"
#include "sk/crypto/pin.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/app.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "sk/survey/tip_categories.hpp"
#include "survey_runner.hpp"
#include "text_pool.hpp"
#include "tip_form.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

// Store setting names (text values, seconds).
constexpr const char* kSettingIdleTimeout = "kiosk.idle_timeout_s";
constexpr const char* kSettingTipMinInterval = "kiosk.tip_min_interval_s";
constexpr std::chrono::seconds kThanksTimeout{10};

class AppImpl {
  public:
    AppImpl(AppConfig c, I18n t, storage::KioskStore s, survey::TipCategories cats)
        : cfg(std::move(c)), i18n(std::move(t)), store(std::move(s)), tip_cats(std::move(cats)) {}
    ~AppImpl() { wipe_all(); }

    // --- app.cpp
    void load_settings();
    Result<void> reload_content();

    // --- app_dispatch.cpp
    void dispatch(const Intent& i);
    void go(Screen s);
    void start_survey(const std::string& id);
    void start_tip();
    void start_lookup();
    void survey_next();
    void survey_back();
    void survey_review();
    void tip_next();
    void tip_back();
    void tip_review();
    void lookup_check();

    // --- app_submit.cpp
    void submit();
    void submit_survey();
    void submit_tip();
    Result<void> seal_and_store(crypto::RecordKind kind, const std::string& survey_id,
                                const crypto::SecureBuffer& plaintext);
    void show_submit_error(Message m, std::string detail, Screen back_to, int retry_after = 0);

    // --- app_admin.cpp
    void admin_open();
    void pin_digit(char d);
    void pin_backspace();
    void pin_submit();
    void admin_refresh_counts();
    void admin_export(const std::string& dir);
    void admin_import(const std::string& dir);
    void admin_leave();
    void change_pin_submit();
    int64_t pin_locked_seconds() const;
    void take_pin_attempts(const storage::PinAttempts& stored);

    // --- app_timers.cpp
    void activity();
    void tick(Clock::time_point now);
    std::optional<Clock::time_point> next_deadline() const;
    // Zeroes typed text (fields, answers, tip form, PIN entry) but keeps the receipt code:
    // after a tip the code is shown until the person confirms.
    void wipe_typed();
    // Everything, then attract.
    void wipe_all();
    void end_session();  // wipe_all + attract
    // An answer, a choice or typed text (composition included) exists in this session.
    bool session_has_input() const;

    // --- app_keyboard.cpp
    // Calls cfg.make_input_engines (if any); problems go to `notices` and stderr.
    void load_input_engines();
    // The field if a person may type into it on the current screen, with its limits.
    std::optional<KeyboardTarget> keyboard_target(FieldId f);
    // Handles the keyboard's intents; false for every other intent.
    bool keyboard_dispatch(const Intent& i);
    // Closes the keyboard when its field left the screen (page change, contact off).
    void keyboard_follow_screen();
    // A field's text changed (ImGui or the keyboard): clear its error.
    void text_edited(FieldId f);

    // --- app_view.cpp
    void rebuild_view();
    std::string tr(const Message& m) const;

    // Helpers.
    Clock::time_point now() const { return cfg.clocks.now(); }
    survey::Date today() const;
    const char* lang_code_now() const { return lang_code(lang); }
    void log(storage::EventLevel lvl, storage::EventCode code, int64_t n = 0);

    AppConfig cfg;
    I18n i18n;
    storage::KioskStore store;
    survey::TipCategories tip_cats;
    Content content;
    std::unique_ptr<SyncActions> sync;
    std::chrono::seconds idle_timeout = kDefaultIdleTimeout;
    std::chrono::seconds tip_min_interval = kDefaultTipMinInterval;
    // Anti-flood clock: in memory only, never on disk (threat model 3 and 10).
    std::optional<Clock::time_point> last_tip_at;

    // Screen state.
    Screen screen = Screen::attract;
    Overlay overlay = Overlay::none;
    Lang lang = Lang::zh_CN;
    Clock::time_point last_activity{};
    Clock::time_point overlay_deadline{};
    Clock::time_point thanks_deadline{};
    int still_there_seconds = 0;

    // The respondent's session.
    TextPool pool;
    Keyboard keyboard{pool};
    std::vector<std::string> notices;  // start-up problems for the admin screen
    std::optional<SurveyRunner> runner;
    std::optional<TipForm> tip;
    Screen tip_return = Screen::tip_category;  // page to go back to from the contact confirm
    crypto::SecureBuffer receipt;              // canonical code + NUL (kept across a failed submit)
    crypto::SecureBuffer receipt_grouped;
    std::string thanks_text;  // survey thanks (not secret; the survey's own text)

    // Receipt lookup.
    Message lookup_error;
    bool lookup_board = false;
    bool lookup_found = false;
    std::string lookup_status_key;
    std::string lookup_reply_zh, lookup_reply_en;
    std::string lookup_updated;

    // Submit error.
    Message submit_msg;
    std::string submit_detail;
    Screen submit_back = Screen::home;
    int submit_retry_after = 0;

    // Admin.
    crypto::SecureBuffer pin_entry{crypto::kMaxPinDigits + 1};
    size_t pin_len = 0;
    crypto::SecureBuffer pin_first{crypto::kMaxPinDigits + 1};  // change PIN: first entry
    size_t pin_first_len = 0;
    int change_stage = 0;
    Message admin_msg;
    storage::PinAttempts pin_attempts;
    // Start of the current PIN lock-out: in memory only, on the steady clock (threat model:
    // no time finer than a day on disk). Set by each failure and by a start-up after failures.
    std::optional<Clock::time_point> pin_lock_start;
    struct AdminCount {
        std::string key;        // i18n label key
        std::string survey_id;  // admin.count.survey: {title} from the survey
        int64_t count = 0;
    };
    std::vector<AdminCount> admin_counts;
    std::vector<std::string> admin_usb_drives;  // refreshed with admin_counts
    bool admin_authed = false;

    uint64_t wipe_gen = 0;
    bool dirty = true;
    bool quit = false;
    AppView view;
};

}  // namespace sk::kiosk
