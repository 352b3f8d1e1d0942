#include "sealer.hpp"

#include "local_date.hpp"

namespace sk::kiosk {

namespace {

Result<void> seal_then_insert(storage::KioskStore& store, const Content& content,
                              const survey::Date& today, crypto::RecordKind kind,
                              const std::string& survey_id, const crypto::SecureBuffer& plaintext) {
    if (content.recipients.empty()) return Error{Errc::wrong_key, "no bureau key installed"};
    storage::NewRecord r;
    r.id = crypto::new_record_id();
    r.kind = kind;
    r.survey_id = survey_id;
    r.day = day_number(today);
    auto env = crypto::seal_record(kind, r.id, plaintext.view(), content.recipients);
    if (!env) return env.error();
    r.envelope = std::move(*env);
    return store.insert_record(r);
}

}  // namespace

Result<void> Sealer::seal_and_store(crypto::RecordKind kind, const std::string& survey_id,
                                    const crypto::SecureBuffer& plaintext) {
    auto r = seal_then_insert(*store_, *content_, clock_->today(), kind, survey_id, plaintext);
    if (!r) log_event(*store_, storage::EventLevel::error, storage::EventCode::storage_error);
    return r;
}

namespace {

Message submit_error_message(Errc c) {
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

SubmitFailure submit_failure(const Error& e, Screen back_to) {
    return {submit_error_message(e.code), e.message, back_to, 0};
}

void log_event(storage::KioskStore& store, storage::EventLevel lvl, storage::EventCode code,
               int64_t n) {
    (void)store.log_event(lvl, code, n);
}

}  // namespace sk::kiosk
