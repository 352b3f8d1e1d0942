// The tip ledger (the seeds' "one file per case, one record per matter"): status changes
// and replies on cases, each kept with its time and note in the case history.
#pragma once

#include <string_view>

#include "sk/bureau/case_status.hpp"
#include "sk/result.hpp"
#include "sk/storage/bureau_store.hpp"

namespace sk::bureau {

// Longest reply shown on a kiosk's status screen, in code points.
constexpr size_t kMaxReplyChars = 500;

// Checks the transition (Errc::invalid_argument naming the allowed next statuses), then
// records it. A note is required: every matter on a file says why.
Result<void> set_case_status(storage::BureauStore& store, std::string_view case_no,
                             std::string_view status, std::string_view note, std::string_view now);

// The reply a tipster sees on the status board with their receipt code. lang: "zh-CN"
// or "en". Errc::invalid_argument for empty, non-UTF-8 or over-long text.
Result<void> set_case_reply(storage::BureauStore& store, std::string_view case_no,
                            std::string_view text, std::string_view lang, std::string_view now);

// "t-2026-1" and "T-2026-0001" both name case T-2026-0001.
std::string normalize_case_no(std::string_view typed);

}  // namespace sk::bureau
