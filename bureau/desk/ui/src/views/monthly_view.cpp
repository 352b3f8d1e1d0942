// The monthly report (`bureau report monthly`): a month, then every table of the core's
// report in order, with the notes on what is hidden; export HTML, CSV (the clean-up table,
// as the CLI's csv) or XLSX.
#include "../view_kit.hpp"

#include <string>

namespace sk::desk::ui {

void draw_monthly(ViewCtx& v) {
    input(v, "reports.month", v.t("reports.month"), FormField::month, 0, 140);
    ImGui::SameLine();
    if (button(v, "reports.load", v.t("reports.load"))) v.emit(intent::LoadMonthly{});
    const MonthlyModel& m = v.desk.monthly();
    ReportFormat fmt{};
    if (m.report() && export_buttons(v, "monthly.", fmt)) v.emit(intent::ExportMonthly{fmt});
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    if (!m.report()) return;
    ImGui::BeginChild("monthly", ImVec2(0, 0), false);
    for (size_t i = 0; i < m.tables().size(); ++i) {
        const auto& t = m.tables()[i];
        heading(v, t.title);
        std::vector<std::vector<std::string>> rows;
        std::vector<bool> numeric(t.header.size(), false);
        for (const auto& r : t.rows) {
            rows.emplace_back();
            for (size_t c = 0; c < r.size(); ++c) {
                rows.back().push_back(bureau::cell_text(r[c]));
                const auto k = r[c].kind();
                if (c < numeric.size() &&
                    (k == bureau::XlsxCell::Kind::integer || k == bureau::XlsxCell::Kind::real)) {
                    numeric[c] = true;
                }
            }
        }
        text_table(v, "monthly#" + std::to_string(i), t.header, rows, numeric);
        if (!t.note.empty()) {
            ImGui::PushTextWrapPos(0);
            text(v, t.note);
            ImGui::PopTextWrapPos();
        }
        ImGui::Spacing();
    }
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
