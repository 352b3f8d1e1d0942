// Unit scores (`bureau score --quarter Q`): a quarter picker and the core's table (rank,
// unit, base, gained, deducted, score, how it was reached); export HTML, CSV or XLSX.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_scores(ViewCtx& v) {
    const ScoresModel& m = v.desk.scores();
    if (button(v, "scores.prev", v.t("reports.quarter_prev"))) v.emit(intent::ShiftQuarter{-1});
    ImGui::SameLine();
    text(v, std::string(v.t("reports.quarter")) + " " + bureau::format_quarter(m.quarter()));
    ImGui::SameLine();
    if (button(v, "scores.next", v.t("reports.quarter_next"))) v.emit(intent::ShiftQuarter{+1});
    ReportFormat fmt{};
    if (m.table() && export_buttons(v, "scores.", fmt)) v.emit(intent::ExportScores{fmt});
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    const auto& t = m.table();
    if (!t) return;
    heading(v, t->title);
    ImGui::BeginChild("scores", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar);
    text_table(v, "scores", t->header, t->rows, t->numeric);
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
