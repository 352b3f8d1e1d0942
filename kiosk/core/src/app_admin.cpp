// Admin: PIN pad with exponential back-off (count on disk, timing in memory), counts-only overview,
// export / import through SyncActions, PIN change. Nothing here can show a record's content.
#include <algorithm>

#include "app_impl.hpp"
#include "pin_lock.hpp"
#include "sk/crypto/pin.hpp"

namespace sk::kiosk {

namespace {
std::string_view digits(const crypto::SecureBuffer& b, size_t n) {
    return {reinterpret_cast<const char*>(b.data()), n};
}
}  // namespace

int64_t AppImpl::pin_locked_seconds() const {
    return pin_lock_remaining(pin_attempts.failed, pin_lock_start, now());
}

// The stored count may have reached a lock without this process seeing the failure (it was
// charged before a crash, or by an earlier run): the lock then starts now, never unlocked.
void AppImpl::take_pin_attempts(const storage::PinAttempts& stored) {
    pin_attempts = stored;
    if (pin_lock_seconds(stored.failed) > 0 && !pin_lock_start) pin_lock_start = now();
}

void AppImpl::admin_open() {
    wipe_all();
    pool.release_all();
    if (auto a = store.pin_attempts()) take_pin_attempts(*a);
    admin_msg = {};
    admin_authed = false;
    go(Screen::admin_pin);
}

void AppImpl::pin_digit(char d) {
    if (d < '0' || d > '9' || pin_len >= crypto::kMaxPinDigits) return;
    pin_entry.data()[pin_len++] = uint8_t(d);
    if (screen == Screen::admin_pin || !admin_msg.key.empty()) admin_msg = {};
}

void AppImpl::pin_backspace() {
    if (pin_len == 0) return;
    pin_entry.data()[--pin_len] = 0;
}

void AppImpl::pin_submit() {
    auto clear_entry = [&] {
        crypto::wipe(pin_entry.data(), pin_entry.size());
        pin_len = 0;
    };
    // Fails closed: the counter is read, then charged with this attempt as a failure, before
    // the PIN is checked. If either cannot be done (full disk, database error) the attempt is
    // refused unchecked, so no guess is ever tested without being counted (not even across
    // a crash during the check); a correct PIN takes the charge back.
    auto stored = store.pin_attempts();
    if (!stored) {
        clear_entry();
        admin_msg = {"admin.pin_unavailable", {}};
        return;
    }
    take_pin_attempts(*stored);
    if (int64_t rem = pin_locked_seconds(); rem > 0) {
        clear_entry();
        admin_msg = {"admin.locked", {{"seconds", std::to_string(rem)}}};
        return;
    }
    auto hash = store.pin_hash();
    if (!hash || !hash->has_value()) {
        clear_entry();
        admin_msg = {"admin.no_pin", {}};
        return;
    }
    auto charged = store.record_pin_failure();
    if (!charged) {
        clear_entry();
        log(storage::EventLevel::error, storage::EventCode::storage_error);
        admin_msg = {"admin.pin_unavailable", {}};
        return;
    }
    bool good = crypto::verify_pin(digits(pin_entry, pin_len), **hash);
    clear_entry();
    if (good) {
        (void)store.reset_pin_failures();  // if this fails the admin is in, the lock is early
        pin_attempts = {};
        pin_lock_start.reset();
        log(storage::EventLevel::info, storage::EventCode::admin_login_ok);
        admin_authed = true;
        admin_msg = {};
        admin_refresh_counts();
        go(Screen::admin_home);
        return;
    }
    pin_attempts = *charged;
    pin_lock_start = now();
    log(storage::EventLevel::warning, storage::EventCode::admin_login_failed,
        int64_t(pin_attempts.failed));
    if (int64_t rem = pin_locked_seconds(); rem > 0) {
        log(storage::EventLevel::warning, storage::EventCode::admin_locked_out, rem);
        admin_msg = {"admin.locked", {{"seconds", std::to_string(rem)}}};
    } else {
        admin_msg = {"admin.pin_wrong", {}};
    }
}

void AppImpl::admin_refresh_counts() {
    admin_usb_drives.clear();
    if (sync)
        for (const auto& d : sync->usb_drives()) admin_usb_drives.push_back(d.string());
    admin_counts.clear();
    auto c = store.counts();
    if (!c) {
        admin_msg = {"error.db_error", {}};
        return;
    }
    // Per installed survey (zero included), then surveys no longer installed.
    for (const auto& s : content.surveys) {
        auto it = c->responses_by_survey.find(s.id);
        admin_counts.push_back({"admin.count.survey", s.id,
                                int64_t(it == c->responses_by_survey.end() ? 0 : it->second)});
    }
    for (const auto& [id, n] : c->responses_by_survey)
        if (std::none_of(content.surveys.begin(), content.surveys.end(),
                         [&](const survey::Survey& s) { return s.id == id; }))
            admin_counts.push_back({"admin.count.survey", id, int64_t(n)});
    admin_counts.push_back({"admin.count.tips", "", int64_t(c->tips)});
    admin_counts.push_back({"admin.count.unbatched", "", int64_t(c->unbatched)});
    auto pending = store.pending_batches();
    admin_counts.push_back(
        {"admin.count.pending_batches", "", pending ? int64_t(pending->size()) : 0});
    auto acks = store.acks();
    admin_counts.push_back({"admin.count.acks", "", acks ? int64_t(acks->size()) : 0});
    admin_counts.push_back({"admin.count.total_tips", "", int64_t(c->submitted_tips_total)});
    admin_counts.push_back(
        {"admin.count.total_responses", "", int64_t(c->submitted_responses_total)});
}

void AppImpl::admin_export(const std::string& dir) {
    if (!sync->available()) {
        admin_msg = {"admin.sync_unavailable", {}};
        return;
    }
    auto r = sync->export_to(dir);
    if (!r) {
        log(storage::EventLevel::error, storage::EventCode::export_failed);
        admin_msg = {"admin.export_failed", {{"reason", r.error().message}}};
    } else {
        admin_msg = {
            "admin.export_done",
            {{"batches", std::to_string(r->batches)}, {"records", std::to_string(r->records)}}};
    }
    admin_refresh_counts();
}

void AppImpl::admin_import(const std::string& dir) {
    if (!sync->available()) {
        admin_msg = {"admin.sync_unavailable", {}};
        return;
    }
    auto r = sync->import_from(dir);
    if (!r) {
        admin_msg = {"admin.import_failed", {{"reason", r.error().message}}};
    } else {
        admin_msg = {"admin.import_done",
                     {{"batches", std::to_string(r->batches)},
                      {"records", std::to_string(r->records)},
                      {"surveys", std::to_string(r->surveys)},
                      {"boards", std::to_string(r->boards)}}};
        if (auto c = reload_content(); !c) admin_msg = {"error.db_error", {}};
    }
    admin_refresh_counts();
}

void AppImpl::change_pin_submit() {
    std::string_view entered = digits(pin_entry, pin_len);
    if (change_stage == 0) {
        if (auto p = crypto::check_pin_policy(entered); !p) {
            admin_msg = {"admin.pin_policy",
                         {{"min", std::to_string(crypto::kMinPinDigits)},
                          {"max", std::to_string(crypto::kMaxPinDigits)}}};
        } else {
            crypto::wipe(pin_first.data(), pin_first.size());
            std::copy(entered.begin(), entered.end(), pin_first.data());
            pin_first_len = pin_len;
            change_stage = 1;
            admin_msg = {};
        }
    } else {
        bool same = crypto::equal_ct(ByteView(pin_first.data(), pin_first_len),
                                     ByteView(pin_entry.data(), pin_len));
        if (!same) {
            admin_msg = {"admin.pin_mismatch", {}};
        } else if (auto h = crypto::hash_pin(entered); !h) {
            admin_msg = {"error.crypto_error", {}};
        } else if (auto s = store.set_pin_hash(*h); !s) {
            admin_msg = {"error.db_error", {}};
        } else {
            log(storage::EventLevel::info, storage::EventCode::pin_changed);
            admin_msg = {"admin.pin_changed", {}};
            go(Screen::admin_home);
        }
        change_stage = 0;
        crypto::wipe(pin_first.data(), pin_first.size());
        pin_first_len = 0;
    }
    crypto::wipe(pin_entry.data(), pin_entry.size());
    pin_len = 0;
}

void AppImpl::admin_leave() {
    end_session();
}

}  // namespace sk::kiosk
