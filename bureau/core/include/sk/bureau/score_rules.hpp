// Unit scores (seed 000: "主动上报加分、被动发现扣分"): per quarter, a unit gains points for
// cases it reported itself and loses points for cases others found about it (tips, hotline,
// inspection, ...). The numbers are the bureau's policy, so they live in a small JSON file
// (assets/bureau/score-rules.json; docs/BUREAU.md "Unit scores"):
//
//   {"format": "sk-score-rules-1", "base": 100, "only_substantiated": true,
//    "proactive_points": 2,
//    "passive_points": {"kiosk": 2, "hotline": 2, "mailbox": 2, "letter": 2, "visit": 2,
//                       "inspection": 3, "survey": 1},
//    "max_gain": 10, "max_loss": 30}
//
// A case counts in the quarter of the day it was received; with only_substantiated, only
// cases whose verification found them substantiated count. max_gain / max_loss cap the
// quarter's points (omitted: no cap).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/quarter.hpp"
#include "sk/result.hpp"

namespace sk::bureau {

constexpr int kMaxScorePoints = 1000;  // bound on every number in the rules

struct ScoreRules {
    int base = 100;
    bool only_substantiated = true;
    int proactive_points = 2;
    std::map<Channel, int> passive_points;  // every channel but unit-report
    std::optional<int> max_gain, max_loss;
};

// Errc::invalid_argument / bad_format with the offending key: unknown keys, wrong types,
// numbers outside 0..kMaxScorePoints, a passive channel missing, unit-report listed as
// passive.
Result<ScoreRules> parse_score_rules(std::string_view json);

struct ScoreCase {
    std::string case_no;
    std::string unit;
    Channel channel = Channel::kiosk;
    uint32_t received_day = 0;
    Finding finding = Finding::none;
};

// One line of the explanation: `count` cases of one channel at `points_each`.
struct ScoreTerm {
    Channel channel = Channel::kiosk;
    int count = 0;
    int points_each = 0;
    int subtotal = 0;  // signed: + for proactive, - for passive
};

struct UnitScore {
    std::string unit;
    int base = 0;
    std::vector<ScoreTerm> gains, losses;  // channel order, only non-empty terms
    int gain_raw = 0, gain = 0;            // before and after max_gain
    int loss_raw = 0, loss = 0;            // positive numbers; before and after max_loss
    int total = 0;                         // base + gain - loss
    bool gain_capped() const { return gain != gain_raw; }
    bool loss_capped() const { return loss != loss_raw; }
};

// One row per unit in `units` (plus any unit that only appears in cases), in unit order.
std::vector<UnitScore> score_units(const ScoreRules& rules, const std::vector<std::string>& units,
                                   const std::vector<ScoreCase>& cases, const Quarter& q);

// "100 + 主动上报 3×2=6 − 举报电话 2×2=4 − 督导检查发现 1×3=3 = 99" (lang en: English labels).
std::string explain_score(const UnitScore& s, std::string_view lang);

}  // namespace sk::bureau
