// Realistic records for the benchmarks: a small staff survey (the same shape as the bureau
// tests' survey), tip and response plaintexts from the survey library's own writers, sealing
// on all cores, and a fresh bureau home. Shared by the export, import and report sections.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "sk/bureau/bureau_home.hpp"
#include "sk/bytes.hpp"
#include "sk/crypto/keys.hpp"
#include "sk/crypto/seal.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/survey/survey.hpp"

namespace sk::bench {

constexpr const char* kBenchSurveyId = "bench-survey";
// Every kTipEvery-th record is a tip, the rest are survey responses.
constexpr size_t kTipEvery = 5;

const char* bench_survey_json();
const survey::Survey& bench_survey();

// Respondent i's answers, serialised (varied by i so statistics have something to count).
Result<crypto::SecureBuffer> response_plaintext(size_t i);
// A tip with a fresh receipt code (categories from the source tree's assets/).
Result<crypto::SecureBuffer> tip_plaintext(size_t i);

struct SealedRecord {
    crypto::RecordId id{};
    crypto::RecordKind kind = crypto::RecordKind::tip;
    Bytes envelope;
};

// n records (every kTipEvery-th a tip) sealed to `to`, on all cores.
Result<std::vector<SealedRecord>> seal_records(size_t n, const crypto::SealPublicKey& to);

// A new bureau home in `dir` (minimal Argon2 cost) with the bench survey registered.
Result<bureau::Session> open_bench_bureau(const std::filesystem::path& dir);

inline double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace sk::bench
