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
// `n` cases typed in through the casework core (as `bureau case add`), spread over the
// channels other than the kiosk and over the demo units U003..U022, received on `day`.
Result<void> add_demo_typed_cases(storage::BureauStore& store, const bureau::Actor& a, size_t n,
                                  const std::string& now, uint32_t day);

}  // namespace sk::desk
