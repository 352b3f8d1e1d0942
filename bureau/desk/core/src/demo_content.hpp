// The demo data set's content: schools, units and people (some with hanzi outside GB2312,
// e.g. 喆 堃 昇, as real names have), tip texts, survey answers and a worked ledger.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "sk/bureau/role.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"
#include "sk/survey/survey.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::desk {

std::string demo_school(size_t k);
Result<crypto::SecureBuffer> demo_tip_plaintext(size_t i, std::mt19937_64& rng,
                                                const survey::TipCategories& cats);
// Answers every visible question (skip rules applied in question order) except dates.
Result<crypto::SecureBuffer> demo_response_plaintext(const survey::Survey& s, std::mt19937_64& rng);
// Moves the first `n` cases along the ledger with notes, and replies to some.
Result<void> work_demo_cases(storage::BureauStore& store, const bureau::Actor& a,
                             const std::vector<storage::TipRow>& tips, size_t n,
                             const std::string& now);

}  // namespace sk::desk
