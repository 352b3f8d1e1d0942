// Checking what the bureau decrypted against what `kioskctl simulate` submitted.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "e2e_env.hpp"

namespace sk::e2e {

// The fields of `bureau tips show ID` (empty when not printed; "(anonymous)" -> "").
nlohmann::json parse_tip_show(const std::string& text);

// The emitted tip reduced to what `tips show` prints.
nlohmann::json tip_fields(const nlohmann::json& emitted_tip);

// A row of `bureau export --format json` reduced to its answered questions.
nlohmann::json answers_of_row(const nlohmann::json& row);

// True if `b` is a permutation of `a` (element equality, numbers compared by value).
bool same_multiset(std::vector<nlohmann::json> a, std::vector<nlohmann::json> b,
                   std::string* first_missing = nullptr);

}  // namespace sk::e2e
