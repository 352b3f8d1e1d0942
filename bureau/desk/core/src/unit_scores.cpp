#include "sk/desk/unit_scores.hpp"

namespace sk::desk {

Result<void> ScoresModel::load(storage::BureauStore& store, const bureau::Actor& actor,
                               const std::filesystem::path& rules_file, Lang lang) {
    auto rules = bureau::load_score_rules(rules_file);
    if (!rules) return rules.error();
    const char* l = lang == Lang::en ? "en" : "zh-CN";
    auto rows = bureau::unit_score_table(store, actor, *rules, quarter_, l);
    if (!rows) return rows.error();
    rows_ = std::move(*rows);
    table_ = bureau::unit_score_out_table(rows_, quarter_, lang == Lang::en);
    return ok();
}

void ScoresModel::clear() {
    rows_.clear();
    table_.reset();
}

}  // namespace sk::desk
