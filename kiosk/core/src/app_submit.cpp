// Submit: serialise into secure memory, seal at once, store in one transaction, and only
// then say "thank you". On any failure nothing typed is lost: the error screen leads back to
// the review page with every field intact.
#include <cstring>

#include "app_impl.hpp"
#include "local_date.hpp"
#include "sk/crypto/hash.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/crypto/seal.hpp"

namespace sk::kiosk {

namespace {

Message error_message(Errc c) {
    switch (c) {
        case Errc::disk_full:
            return {"error.disk_full", {}};
        case Errc::db_error:
        case Errc::db_wrong_key:
        case Errc::db_not_a_database:
        case Errc::db_newer_schema:
            return {"error.db_error", {}};
        case Errc::io_error:
            return {"error.io_error", {}};
        case Errc::crypto_error:
        case Errc::decrypt_failed:
        case Errc::wrong_key:
            return {"error.crypto_error", {}};
        case Errc::invalid_argument:
        case Errc::bad_format:
            return {"error.invalid_input", {}};
        default:
            return {"error.internal", {}};
    }
}

}  // namespace

void AppImpl::show_submit_error(Message m, std::string detail, Screen back_to, int retry_after) {
    submit_msg = std::move(m);
    submit_detail = std::move(detail);
    submit_back = back_to;
    submit_retry_after = retry_after;
    go(Screen::submit_error);
}

Result<void> AppImpl::seal_and_store(crypto::RecordKind kind, const std::string& survey_id,
                                     const crypto::SecureBuffer& plaintext) {
    if (content.recipients.empty()) return Error{Errc::wrong_key, "no bureau key installed"};
    storage::NewRecord r;
    r.id = crypto::new_record_id();
    r.kind = kind;
    r.survey_id = survey_id;
    r.day = day_number(today());
    auto env = crypto::seal_record(kind, r.id, plaintext.view(), content.recipients);
    if (!env) return env.error();
    r.envelope = std::move(*env);
    return store.insert_record(r);
}

void AppImpl::submit() {
    Screen target = screen == Screen::submit_error ? submit_back : screen;
    if (target == Screen::survey_review && runner)
        submit_survey();
    else if (target == Screen::tip_review && tip)
        submit_tip();
}

void AppImpl::submit_survey() {
    if (auto bad = runner->validate_all(today())) {
        runner->go_to(*bad);
        go(Screen::survey_question);
        return;
    }
    auto pt = runner->serialize(lang_code_now());
    if (!pt) {
        // Only a bug can get here (validate_all passed); the message carries no answer text.
        show_submit_error(error_message(pt.error().code), pt.error().message,
                          Screen::survey_review);
        return;
    }
    const survey::Survey& s = runner->survey();
    auto r = seal_and_store(crypto::RecordKind::survey_response, s.id, *pt);
    pt->reset();
    if (!r) {
        log(storage::EventLevel::error, storage::EventCode::storage_error);
        show_submit_error(error_message(r.error().code), r.error().message, Screen::survey_review);
        return;
    }
    thanks_text = s.thanks.in(lang_code_now());
    wipe_all();
    thanks_deadline = now() + kThanksTimeout;
    go(Screen::survey_thanks);
}

void AppImpl::submit_tip() {
    // Anti-flood: only the kiosk's single in-memory "last tip" instant is consulted (steady
    // clock, so setting the wall clock changes nothing), nothing about who is at the screen.
    if (last_tip_at && tip_min_interval.count() > 0) {
        auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(now() - *last_tip_at);
        if (elapsed < tip_min_interval) {
            int64_t wait = (tip_min_interval - elapsed).count();
            // Not logged: a row per refusal would date a tip to within the interval.
            show_submit_error({"submit.too_soon", {{"seconds", std::to_string(wait)}}},
                              "anti-flood interval", Screen::tip_review, int(wait));
            return;
        }
    }
    if (!tip->validate(Screen::tip_review)) {
        go(tip->first_invalid_page());
        return;
    }
    // The code is made once per tip and kept across a failed attempt: the sealed record and
    // the code shown afterwards must match.
    if (receipt.empty()) {
        std::string code = crypto::new_receipt_code();
        receipt = crypto::SecureBuffer(code.size() + 1);
        std::memcpy(receipt.data(), code.data(), code.size());
        crypto::wipe(code);
    }
    std::string_view code(reinterpret_cast<const char*>(receipt.data()), receipt.size() - 1);
    auto pt = tip->serialize(code, lang_code_now());
    if (!pt) {
        show_submit_error(error_message(pt.error().code), pt.error().message, Screen::tip_review);
        return;
    }
    auto r = seal_and_store(crypto::RecordKind::tip, "", *pt);
    pt->reset();
    if (!r) {
        log(storage::EventLevel::error, storage::EventCode::storage_error);
        show_submit_error(error_message(r.error().code), r.error().message, Screen::tip_review);
        return;
    }
    last_tip_at = now();
    std::string grouped = crypto::format_receipt(code);
    receipt_grouped = crypto::SecureBuffer(grouped.size() + 1);
    std::memcpy(receipt_grouped.data(), grouped.data(), grouped.size());
    crypto::wipe(grouped);
    wipe_typed();  // the tip's text is gone now; only the code stays until confirmed
    go(Screen::receipt_shown);
}

}  // namespace sk::kiosk
