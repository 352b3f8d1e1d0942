// Shared fixture for the bureau tests: a fresh bureau home in a unique temp directory
// (ctest runs tests in parallel), simulated kiosks that seal and sign real batches, and
// helpers to make tip and response plaintexts through the survey library's writers.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bureau/importer.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/survey/answer.hpp"
#include "sk/survey/survey.hpp"
#include "sk/survey/tip_categories.hpp"
#include "sk/sync/batch.hpp"

namespace sk::bureau::test {

// assets/tips/categories.json, parsed once.
const survey::TipCategories& categories();

constexpr const char* kPass = "correct horse battery staple";
constexpr const char* kNow = "2026-03-14T09:30:00Z";

// mkdtemp under $TMPDIR; removed recursively on destruction.
struct TempDir {
    std::filesystem::path path;
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// A kiosk identity with its own chain.
struct SimKiosk {
    crypto::SignKeyPair key;
    uint64_t seq = 0;
    crypto::Hash prev{};
    // Builds the next batch in the chain from these envelopes.
    Bytes next_batch(const std::vector<Bytes>& envelopes, uint32_t day = 20260314);
    // A batch at an explicit position, without advancing the chain.
    Bytes batch_at(uint64_t seq, const crypto::Hash& prev, const std::vector<Bytes>& envelopes,
                   uint32_t day = 20260314) const;
};

struct Sealed {
    crypto::RecordId id{};
    crypto::RecordKind kind = crypto::RecordKind::tip;
    Bytes plaintext;
    Bytes envelope;
};

// A valid tip plaintext (serialize_tip) with a fresh receipt code, sealed to `to`.
Sealed make_tip(const crypto::SealPublicKey& to, const std::string& unit = "城关第一小学",
                const std::string& category = "absent_from_post",
                std::string* receipt_out = nullptr);
// A response to the test survey (test_survey_json) sealed to `to`.
Sealed make_response(const crypto::SealPublicKey& to, const survey::Answers& answers);

// A small survey: single "role", multi "issues", likert5 "attitude", rating10 "score",
// number "hours", short_text "comment".
std::string test_survey_json();
const survey::Survey& test_survey();

struct Bureau {
    TempDir tmp;
    std::filesystem::path home;
    std::optional<Session> session;
    Bureau();  // keygen (minimal Argon2 cost) + unlock
    storage::BureauStore& store() { return session->store; }
    const crypto::BureauSecretKeys& keys() { return session->keys; }
    // Registers a new simulated kiosk.
    SimKiosk add_kiosk(const std::string& name);
    std::unique_ptr<Importer> importer();
    BatchOutcome import(const Bytes& file);
    // Writes bytes into tmp/<name>; returns the path.
    std::filesystem::path write(const std::string& name, const Bytes& data);
};

}  // namespace sk::bureau::test
