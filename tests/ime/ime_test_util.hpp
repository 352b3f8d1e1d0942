// Helpers for the input engine tests: read an engine's candidates the way the keyboard does
// (copy_candidate into a caller buffer).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "sk/kiosk/input_engines.hpp"

namespace sk::testing {

template <typename Engine>
std::vector<std::string> candidates(const Engine& e, size_t max = 1000) {
    std::vector<std::string> out;
    char buf[kiosk::kMaxCandidateBytes + 1];
    for (size_t i = 0; i < e.candidate_count() && i < max; ++i) {
        const size_t n = e.copy_candidate(i, buf, sizeof buf);
        out.emplace_back(buf, n);
    }
    return out;
}

// Position of `word` in the list, or -1.
inline int rank_of(const std::vector<std::string>& list, const std::string& word) {
    auto it = std::find(list.begin(), list.end(), word);
    return it == list.end() ? -1 : static_cast<int>(it - list.begin());
}

}  // namespace sk::testing
