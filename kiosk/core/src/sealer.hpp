// Sealing and storing one record: seal the plaintext to the bureau's recipients at once
// (crypto::seal_record), then one store transaction (KioskStore::insert_record, which
// checkpoints the WAL). Shared by the survey and tip controllers.
#pragma once

#include <string>

#include "content.hpp"
#include "flow_host.hpp"
#include "kiosk_clock.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/storage/kiosk_store.hpp"
#include "validation_text.hpp"

namespace sk::kiosk {

class Sealer {
  public:
    Sealer(storage::KioskStore& store, const Content& content, const KioskClock& clock)
        : store_(&store), content_(&content), clock_(&clock) {}

    // The record carries only today's date. Errc::wrong_key without an installed bureau key.
    // A failure is logged as a storage error (the event carries no record content).
    Result<void> seal_and_store(crypto::RecordKind kind, const std::string& survey_id,
                                const crypto::SecureBuffer& plaintext);

  private:
    storage::KioskStore* store_;
    const Content* content_;
    const KioskClock* clock_;
};

// What the submit error screen shows for a failed serialise / seal / store (the detail is
// the error's one-line reason, never user text).
SubmitFailure submit_failure(const Error& e, Screen back_to);

// Best effort: a failed event row never blocks a flow.
void log_event(storage::KioskStore& store, storage::EventLevel lvl, storage::EventCode code,
               int64_t n = 0);

}  // namespace sk::kiosk
