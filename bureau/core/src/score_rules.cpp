#include "sk/bureau/score_rules.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

namespace sk::bureau {

namespace {

Result<int> points(const nlohmann::json& j, const std::string& key) {
    if (!j.is_number_integer()) {
        return Error{Errc::invalid_argument, "score rules: \"" + key + "\" must be a whole number"};
    }
    const auto v = j.get<int64_t>();
    if (v < 0 || v > kMaxScorePoints) {
        return Error{Errc::invalid_argument,
                     "score rules: \"" + key + "\" must be 0.." + std::to_string(kMaxScorePoints)};
    }
    return static_cast<int>(v);
}

}  // namespace

Result<ScoreRules> parse_score_rules(std::string_view text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return Error{Errc::bad_format, "score rules: not a JSON object"};
    }
    if (j.value("format", "") != "sk-score-rules-1") {
        return Error{Errc::bad_format, "score rules: \"format\" must be \"sk-score-rules-1\""};
    }
    static const std::set<std::string> kKeys = {
        "format",         "base",     "only_substantiated", "proactive_points",
        "passive_points", "max_gain", "max_loss",           "comment"};
    for (const auto& [k, v] : j.items()) {
        if (!kKeys.count(k))
            return Error{Errc::invalid_argument, "score rules: unknown key \"" + k + "\""};
    }
    ScoreRules r;
    for (const char* key : {"base", "proactive_points", "passive_points"}) {
        if (!j.contains(key)) {
            return Error{Errc::invalid_argument,
                         std::string("score rules: \"") + key + "\" is missing"};
        }
    }
    auto base = points(j["base"], "base");
    if (!base) return base.error();
    r.base = *base;
    auto pro = points(j["proactive_points"], "proactive_points");
    if (!pro) return pro.error();
    r.proactive_points = *pro;
    if (j.contains("only_substantiated")) {
        if (!j["only_substantiated"].is_boolean()) {
            return Error{Errc::invalid_argument,
                         "score rules: \"only_substantiated\" must be true or false"};
        }
        r.only_substantiated = j["only_substantiated"].get<bool>();
    }
    const auto& pp = j["passive_points"];
    if (!pp.is_object()) {
        return Error{Errc::invalid_argument, "score rules: \"passive_points\" must be an object"};
    }
    for (const auto& [k, v] : pp.items()) {
        auto ch = parse_channel(k);
        if (!ch)
            return Error{Errc::invalid_argument,
                         "score rules: passive_points: " + ch.error().message};
        if (is_proactive(*ch)) {
            return Error{Errc::invalid_argument,
                         "score rules: unit-report is proactive, not a passive channel"};
        }
        auto p = points(v, "passive_points." + k);
        if (!p) return p.error();
        r.passive_points[*ch] = *p;
    }
    for (Channel c : all_channels()) {
        if (!is_proactive(c) && !r.passive_points.count(c)) {
            return Error{Errc::invalid_argument, "score rules: passive_points lacks \"" +
                                                     std::string(channel_name(c)) + "\""};
        }
    }
    for (const char* key : {"max_gain", "max_loss"}) {
        if (!j.contains(key) || j[key].is_null()) continue;
        auto cap = points(j[key], key);
        if (!cap) return cap.error();
        (std::string(key) == "max_gain" ? r.max_gain : r.max_loss) = *cap;
    }
    return r;
}

std::vector<UnitScore> score_units(const ScoreRules& rules, const std::vector<std::string>& units,
                                   const std::vector<ScoreCase>& cases, const Quarter& q) {
    // unit -> channel -> count of counting cases
    std::map<std::string, std::map<Channel, int>> counts;
    for (const auto& u : units) counts[u];
    for (const auto& c : cases) {
        if (!q.contains(c.received_day) || c.unit.empty()) continue;
        if (rules.only_substantiated ? c.finding != Finding::substantiated
                                     : c.finding == Finding::not_substantiated) {
            continue;
        }
        counts[c.unit][c.channel] += 1;
    }
    std::vector<UnitScore> out;
    for (const auto& [unit, by_channel] : counts) {
        UnitScore s;
        s.unit = unit;
        s.base = rules.base;
        for (Channel ch : all_channels()) {
            auto it = by_channel.find(ch);
            if (it == by_channel.end() || it->second == 0) continue;
            ScoreTerm t{ch, it->second, 0, 0};
            if (is_proactive(ch)) {
                t.points_each = rules.proactive_points;
                t.subtotal = t.count * t.points_each;
                s.gain_raw += t.subtotal;
                s.gains.push_back(t);
            } else {
                t.points_each = rules.passive_points.at(ch);
                t.subtotal = -t.count * t.points_each;
                s.loss_raw += -t.subtotal;
                s.losses.push_back(t);
            }
        }
        s.gain = rules.max_gain ? std::min(s.gain_raw, *rules.max_gain) : s.gain_raw;
        s.loss = rules.max_loss ? std::min(s.loss_raw, *rules.max_loss) : s.loss_raw;
        s.total = s.base + s.gain - s.loss;
        out.push_back(std::move(s));
    }
    return out;
}

std::string explain_score(const UnitScore& s, std::string_view lang) {
    const bool en = lang == "en";
    std::string out = std::to_string(s.base);
    auto term = [&](const ScoreTerm& t, const char* sign) {
        out += std::string(" ") + sign + " " + std::string(channel_label(t.channel, lang)) + " " +
               std::to_string(t.count) + "×" + std::to_string(t.points_each) + "=" +
               std::to_string(t.subtotal < 0 ? -t.subtotal : t.subtotal);
    };
    for (const auto& t : s.gains) term(t, "+");
    if (s.gain_capped()) {
        out += en ? " (gain capped at " + std::to_string(s.gain) + ")"
                  : "（加分封顶 " + std::to_string(s.gain) + "）";
    }
    for (const auto& t : s.losses) term(t, "−");
    if (s.loss_capped()) {
        out += en ? " (deduction capped at " + std::to_string(s.loss) + ")"
                  : "（扣分封顶 " + std::to_string(s.loss) + "）";
    }
    return out + " = " + std::to_string(s.total);
}

}  // namespace sk::bureau
