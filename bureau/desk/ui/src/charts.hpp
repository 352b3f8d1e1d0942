// Report charts drawn with ImDrawList (ImPlot is not in Debian 12): horizontal bars per
// option, and one stacked 100 % bar per group for Likert questions.
#pragma once

#include "sk/bureau/survey_stats.hpp"
#include "view_kit.hpp"

namespace sk::desk::ui {

// Bar per option (label, bar, count and percent). Returns nothing: draw-only.
void draw_option_bars(ViewCtx& v, const bureau::QuestionStat& q, float width);
// One row: group label, a stacked bar of the five Likert answers (1..5), the mean.
void draw_likert_row(ViewCtx& v, const std::string& group, const bureau::QuestionStat& q,
                     float width);
// The fill of Likert answer k (1..5), diverging red -> grey -> blue.
ImU32 likert_color(int k);

}  // namespace sk::desk::ui
