#include "admin_controller.hpp"

#include <algorithm>

#include "pin_lock.hpp"
#include "sealer.hpp"

namespace sk::kiosk {

namespace {
std::string_view digits(const crypto::SecureBuffer& b, size_t n) {
    return {reinterpret_cast<const char*>(b.data()), n};
}
}  // namespace

int64_t AdminController::locked_seconds() const {
    return pin_lock_remaining(attempts_.failed, lock_start_, s_.clock.now());
}

// The stored count may have reached a lock without this process seeing the failure (it was
// charged before a crash, or by an earlier run): the lock then starts now, never unlocked.
void AdminController::take_pin_attempts(const storage::PinAttempts& stored) {
    attempts_ = stored;
    if (pin_lock_seconds(stored.failed) > 0 && !lock_start_) lock_start_ = s_.clock.now();
}

void AdminController::enter(const Intent& in) {
    const auto* hold = std::get_if<intent::AdminCornerHold>(&in);
    if (!hold || hold->held < kAdminHold) return;
    s_.host.new_session();
    if (auto a = s_.store.pin_attempts()) take_pin_attempts(*a);
    message_ = {};
    authed_ = false;
    s_.host.go(Screen::admin_pin);
}

void AdminController::handle(Screen on, const Intent& in) {
    const bool home = on == Screen::admin_home;
    if (const auto* d = std::get_if<intent::PinDigit>(&in)) {
        if (!home) digit(on, d->digit);
    } else if (std::holds_alternative<intent::PinBackspace>(in)) {
        if (!home) backspace();
    } else if (std::holds_alternative<intent::PinSubmit>(in)) {
        if (on == Screen::admin_pin) pin_submit();
        if (on == Screen::admin_change_pin) change_pin_submit();
    } else if (std::holds_alternative<intent::Back>(in)) {
        if (on == Screen::admin_change_pin) {
            message_ = {};
            s_.host.go(Screen::admin_home);
        } else {
            s_.host.leave_session(Screen::attract);
        }
    } else if (std::holds_alternative<intent::AdminLeave>(in)) {
        if (home) s_.host.leave_session(Screen::attract);
    } else if (!home || !authed_) {
        return;  // everything below needs the PIN
    } else if (const auto* e = std::get_if<intent::AdminExport>(&in)) {
        sync_step(true, e->dir);
    } else if (const auto* i = std::get_if<intent::AdminImport>(&in)) {
        sync_step(false, i->dir);
    } else if (std::holds_alternative<intent::AdminChangePin>(in)) {
        change_stage_ = 0;
        entry_len_ = first_len_ = 0;
        message_ = {};
        s_.host.go(Screen::admin_change_pin);
    } else if (std::holds_alternative<intent::AdminQuit>(in)) {
        s_.host.quit();
    }
}

void AdminController::digit(Screen on, char d) {
    if (d < '0' || d > '9' || entry_len_ >= crypto::kMaxPinDigits) return;
    entry_.data()[entry_len_++] = uint8_t(d);
    if (on == Screen::admin_pin || !message_.key.empty()) message_ = {};
}

void AdminController::backspace() {
    if (entry_len_ == 0) return;
    entry_.data()[--entry_len_] = 0;
}

void AdminController::clear_entry() {
    crypto::wipe(entry_.data(), entry_.size());
    entry_len_ = 0;
}

void AdminController::pin_submit() {
    // Fails closed: the counter is read, then charged with this attempt as a failure, before
    // the PIN is checked. If either cannot be done (full disk, database error) the attempt is
    // refused unchecked, so no guess is ever tested without being counted (not even across
    // a crash during the check); a correct PIN takes the charge back.
    auto stored = s_.store.pin_attempts();
    if (!stored) {
        clear_entry();
        message_ = {"admin.pin_unavailable", {}};
        return;
    }
    take_pin_attempts(*stored);
    if (int64_t rem = locked_seconds(); rem > 0) {
        clear_entry();
        message_ = {"admin.locked", {{"seconds", std::to_string(rem)}}};
        return;
    }
    auto hash = s_.store.pin_hash();
    if (!hash || !hash->has_value()) {
        clear_entry();
        message_ = {"admin.no_pin", {}};
        return;
    }
    auto charged = s_.store.record_pin_failure();
    if (!charged) {
        clear_entry();
        log_event(s_.store, storage::EventLevel::error, storage::EventCode::storage_error);
        message_ = {"admin.pin_unavailable", {}};
        return;
    }
    bool good = crypto::verify_pin(digits(entry_, entry_len_), **hash);
    clear_entry();
    if (good) {
        (void)s_.store.reset_pin_failures();  // if this fails the admin is in, the lock is early
        attempts_ = {};
        lock_start_.reset();
        log_event(s_.store, storage::EventLevel::info, storage::EventCode::admin_login_ok);
        authed_ = true;
        message_ = {};
        refresh_counts();
        s_.host.go(Screen::admin_home);
        return;
    }
    attempts_ = *charged;
    lock_start_ = s_.clock.now();
    log_event(s_.store, storage::EventLevel::warning, storage::EventCode::admin_login_failed,
              int64_t(attempts_.failed));
    if (int64_t rem = locked_seconds(); rem > 0) {
        log_event(s_.store, storage::EventLevel::warning, storage::EventCode::admin_locked_out,
                  rem);
        message_ = {"admin.locked", {{"seconds", std::to_string(rem)}}};
    } else {
        message_ = {"admin.pin_wrong", {}};
    }
}

void AdminController::refresh_counts() {
    usb_drives_.clear();
    for (const auto& d : s_.sync.usb_drives()) usb_drives_.push_back(d.string());
    counts_.clear();
    auto c = s_.store.counts();
    if (!c) {
        message_ = {"error.db_error", {}};
        return;
    }
    // Per installed survey (zero included), then surveys no longer installed.
    const auto& surveys = s_.content.surveys;
    for (const auto& s : surveys) {
        auto it = c->responses_by_survey.find(s.id);
        counts_.push_back({"admin.count.survey", s.id,
                           int64_t(it == c->responses_by_survey.end() ? 0 : it->second)});
    }
    for (const auto& [id, n] : c->responses_by_survey)
        if (std::none_of(surveys.begin(), surveys.end(),
                         [&](const survey::Survey& s) { return s.id == id; }))
            counts_.push_back({"admin.count.survey", id, int64_t(n)});
    counts_.push_back({"admin.count.tips", "", int64_t(c->tips)});
    counts_.push_back({"admin.count.unbatched", "", int64_t(c->unbatched)});
    auto pending = s_.store.pending_batches();
    counts_.push_back({"admin.count.pending_batches", "", pending ? int64_t(pending->size()) : 0});
    auto acks = s_.store.acks();
    counts_.push_back({"admin.count.acks", "", acks ? int64_t(acks->size()) : 0});
    counts_.push_back({"admin.count.total_tips", "", int64_t(c->submitted_tips_total)});
    counts_.push_back({"admin.count.total_responses", "", int64_t(c->submitted_responses_total)});
}

void AdminController::sync_step(bool do_export, const std::string& dir) {
    if (!s_.sync.available()) {
        message_ = {"admin.sync_unavailable", {}};
        return;
    }
    if (do_export) {
        auto r = s_.sync.export_to(dir);
        if (!r) {
            log_event(s_.store, storage::EventLevel::error, storage::EventCode::export_failed);
            message_ = {"admin.export_failed", {{"reason", r.error().message}}};
        } else {
            message_ = {
                "admin.export_done",
                {{"batches", std::to_string(r->batches)}, {"records", std::to_string(r->records)}}};
        }
    } else {
        auto r = s_.sync.import_from(dir);
        if (!r) {
            message_ = {"admin.import_failed", {{"reason", r.error().message}}};
        } else {
            message_ = {"admin.import_done",
                        {{"batches", std::to_string(r->batches)},
                         {"records", std::to_string(r->records)},
                         {"surveys", std::to_string(r->surveys)},
                         {"boards", std::to_string(r->boards)}}};
            if (auto c = s_.host.reload_content(); !c) message_ = {"error.db_error", {}};
        }
    }
    refresh_counts();
}

void AdminController::change_pin_submit() {
    std::string_view entered = digits(entry_, entry_len_);
    if (change_stage_ == 0) {
        if (auto p = crypto::check_pin_policy(entered); !p) {
            message_ = {"admin.pin_policy",
                        {{"min", std::to_string(crypto::kMinPinDigits)},
                         {"max", std::to_string(crypto::kMaxPinDigits)}}};
        } else {
            crypto::wipe(first_.data(), first_.size());
            std::copy(entered.begin(), entered.end(), first_.data());
            first_len_ = entry_len_;
            change_stage_ = 1;
            message_ = {};
        }
    } else {
        bool same = crypto::equal_ct(ByteView(first_.data(), first_len_),
                                     ByteView(entry_.data(), entry_len_));
        if (!same) {
            message_ = {"admin.pin_mismatch", {}};
        } else if (auto h = crypto::hash_pin(entered); !h) {
            message_ = {"error.crypto_error", {}};
        } else if (auto s = s_.store.set_pin_hash(*h); !s) {
            message_ = {"error.db_error", {}};
        } else {
            log_event(s_.store, storage::EventLevel::info, storage::EventCode::pin_changed);
            message_ = {"admin.pin_changed", {}};
            s_.host.go(Screen::admin_home);
        }
        change_stage_ = 0;
        crypto::wipe(first_.data(), first_.size());
        first_len_ = 0;
    }
    clear_entry();
}

void AdminController::fill_view(Screen current, AppView& v) const {
    const I18n& i18n = s_.i18n;
    AdminView& ad = v.admin;
    ad.pin_digits = int(entry_len_);
    ad.pin_min_digits = int(crypto::kMinPinDigits);
    ad.pin_max_digits = int(crypto::kMaxPinDigits);
    ad.locked_seconds = current == Screen::admin_pin ? int(locked_seconds()) : 0;
    ad.failed_attempts = int(attempts_.failed);
    ad.message = localize(i18n, message_);
    if (ad.locked_seconds > 0) {
        ad.message = i18n.tr("admin.locked", {{"seconds", std::to_string(ad.locked_seconds)}});
    } else if (message_.key == "admin.locked") {
        ad.message.clear();  // the lock-out is over: "try again in 30 s" would be a lie
    }
    ad.sync_available = s_.sync.available();
    ad.usb_drives = usb_drives_;
    ad.change_stage = change_stage_;
    ad.notices = s_.notices;
    const std::string lc = lang_code(i18n.lang());
    for (const auto& c : counts_) {
        std::string label;
        if (!c.survey_id.empty()) {
            std::string title = c.survey_id;
            for (const auto& s : s_.content.surveys)
                if (s.id == c.survey_id) title = s.title.in(lc);
            label = i18n.tr(c.key, {{"title", title}});
        } else {
            label = i18n.tr(c.key);
        }
        ad.counts.push_back({std::move(label), c.count});
    }
}

void AdminController::wipe_typed() {
    clear_entry();
    crypto::wipe(first_.data(), first_.size());
    first_len_ = 0;
    change_stage_ = 0;
}

void AdminController::reset() {
    authed_ = false;
    message_ = {};
    counts_.clear();
}

std::optional<Clock::time_point> AdminController::deadline(Screen current) const {
    if (current != Screen::admin_pin || locked_seconds() <= 0) return std::nullopt;
    return s_.clock.now() + std::chrono::seconds(1);  // the countdown changes every second
}

bool AdminController::on_time(Screen current, Clock::time_point, const AppView& shown) {
    return current == Screen::admin_pin && locked_seconds() != shown.admin.locked_seconds;
}

}  // namespace sk::kiosk
