// Idle handling and the wipe. After idle_timeout without input a "Still there?" countdown
// runs for 15 s; then everything typed is zeroed and the attract screen returns.
#include "app_impl.hpp"
#include "pin_lock.hpp"

namespace sk::kiosk {

namespace {
int ceil_seconds(Clock::duration d) {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}
}  // namespace

void AppImpl::activity() {
    last_activity = now();
}

void AppImpl::tick(Clock::time_point t) {
    if (screen == Screen::attract) return;
    if (screen == Screen::survey_thanks && t >= thanks_deadline) {
        end_session();
        return;
    }
    if (overlay == Overlay::still_there) {
        if (t >= overlay_deadline) {
            end_session();
            return;
        }
        int s = ceil_seconds(overlay_deadline - t);
        if (s != still_there_seconds) {
            still_there_seconds = s;
            dirty = true;
        }
        return;
    }
    if (t >= last_activity + idle_timeout) {
        overlay = Overlay::still_there;
        overlay_deadline = t + kStillThereCountdown;
        still_there_seconds = int(kStillThereCountdown.count());
        dirty = true;
        return;
    }
    // The lock-out countdown on the PIN pad changes every second.
    if (screen == Screen::admin_pin && pin_locked_seconds() != view.admin.locked_seconds)
        dirty = true;
}

std::optional<Clock::time_point> AppImpl::next_deadline() const {
    if (screen == Screen::attract) return std::nullopt;
    Clock::time_point t = now();
    if (overlay == Overlay::still_there) {
        // Next whole second of the countdown, or the end.
        auto left = overlay_deadline - t;
        auto frac = left % std::chrono::seconds(1);
        auto next = frac > Clock::duration::zero() ? t + frac : t + std::chrono::seconds(1);
        return next < overlay_deadline ? next : overlay_deadline;
    }
    Clock::time_point d = last_activity + idle_timeout;
    if (screen == Screen::survey_thanks && thanks_deadline < d) d = thanks_deadline;
    if (screen == Screen::admin_pin && pin_locked_seconds() > 0) {
        auto second = t + std::chrono::seconds(1);
        if (second < d) d = second;
    }
    return d;
}

void AppImpl::wipe_typed() {
    if (runner) runner->wipe();
    if (tip) tip->wipe();
    keyboard.wipe();
    pool.wipe_all();
    crypto::wipe(pin_entry.data(), pin_entry.size());
    pin_len = 0;
    crypto::wipe(pin_first.data(), pin_first.size());
    pin_first_len = 0;
    change_stage = 0;
    // Review summaries in the view name the choices someone made.
    for (auto& r : view.survey.review) crypto::wipe(r.summary);
    for (auto& r : view.tip.review) crypto::wipe(r.summary);
    view.survey.review.clear();
    view.tip.review.clear();
    ++wipe_gen;
    dirty = true;
}

void AppImpl::wipe_all() {
    wipe_typed();
    runner.reset();
    tip.reset();
    if (!receipt.empty()) crypto::wipe(receipt.data(), receipt.size());
    if (!receipt_grouped.empty()) crypto::wipe(receipt_grouped.data(), receipt_grouped.size());
    receipt.reset();
    receipt_grouped.reset();
    lookup_error = {};
    lookup_board = lookup_found = false;
    crypto::wipe(lookup_reply_zh);
    crypto::wipe(lookup_reply_en);
    lookup_status_key.clear();
    lookup_updated.clear();
    submit_msg = {};
    submit_detail.clear();
    submit_retry_after = 0;
    admin_authed = false;
    admin_msg = {};
    admin_counts.clear();
}

bool AppImpl::session_has_input() const {
    if (pool.any_text() || keyboard.has_pending()) return true;
    if (runner && !runner->answers().empty()) return true;
    return tip && (tip->category >= 0 || tip->frequency >= 0 || tip->contact_wanted);
}

void AppImpl::end_session() {
    wipe_all();
    thanks_text.clear();
    overlay = Overlay::none;
    lang = cfg.lang;  // the next person starts in the default language
    i18n.set_lang(lang);
    go(Screen::attract);
}

}  // namespace sk::kiosk
