// The Reports screen: three tabs (survey reports, the monthly report, unit scores) over one
// export folder. Survey reports: pick a survey, read its statistics as charts (groups under
// the threshold hidden by the bureau core, as in `bureau report survey`), export HTML, CSV
// or XLSX.
#include "../charts.hpp"

#include <string>

namespace sk::desk::ui {

namespace {

void draw_tabs(ViewCtx& v) {
    using intent::ReportsTab;
    const std::pair<ReportsTab, const char*> tabs[] = {{ReportsTab::survey, "reports.tab_survey"},
                                                       {ReportsTab::monthly, "reports.tab_monthly"},
                                                       {ReportsTab::scores, "reports.tab_scores"}};
    for (const auto& [tab, key] : tabs) {
        const bool current = v.desk.reports_tab() == tab;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 70, 150, 255));
        if (current) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
        if (button(v, key, v.t(key))) v.emit(intent::ShowReportsTab{tab});
        if (current) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    ImGui::NewLine();
    draw_export_folder(v);
    ImGui::Separator();
}

void draw_survey_reports(ViewCtx& v) {
    const ReportsModel& m = v.desk.reports();
    if (m.surveys().empty()) {
        text(v, v.t("reports.none"));
        return;
    }
    for (size_t i = 0; i < m.surveys().size(); ++i) {
        const auto& s = m.surveys()[i];
        if (button(v, "reports.survey#" + std::to_string(i),
                   v.lang() == Lang::zh ? s.title_zh : s.title_en)) {
            v.emit(intent::SelectSurvey{i});
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const auto& st = m.stats();
    if (!st) return;
    if (button(v, "reports.export_html", v.t("reports.export_html"))) {
        v.emit(intent::ExportReport{ReportFormat::html});
    }
    ImGui::SameLine();
    if (button(v, "reports.export_csv", v.t("reports.export_csv"))) {
        v.emit(intent::ExportReport{ReportFormat::csv});
    }
    ImGui::SameLine();
    if (button(v, "reports.export_xlsx", v.t("reports.export_xlsx"))) {
        v.emit(intent::ExportReport{ReportFormat::xlsx});
    }
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    heading(v, st->title);
    text(v,
         std::string(v.t("reports.respondents")) + "：" + std::to_string(st->overall.respondents));
    ImGui::BeginChild("report", ImVec2(0, 0), false);
    const float width = ImGui::GetContentRegionAvail().x;
    if (st->overall.hidden) text(v, v.t("reports.hidden"));
    for (size_t qi = 0; qi < st->overall.questions.size(); ++qi) {
        const auto& q = st->overall.questions[qi];
        if (q.is_text() || q.type == survey::QuestionType::number ||
            q.type == survey::QuestionType::date) {
            continue;  // free texts and numbers: in the exported report
        }
        ImGui::Separator();
        ImGui::PushTextWrapPos(0);
        text(v, q.text + "  (" + v.t("reports.answered") + " " + std::to_string(q.answered) + ")");
        ImGui::PopTextWrapPos();
        if (q.hidden) {
            text(v, v.t("reports.hidden"));
            continue;
        }
        if (q.type == survey::QuestionType::likert5) {
            draw_likert_row(v, st->overall.name, q, width);
            for (const auto& g : st->schools) {
                if (g.hidden || qi >= g.questions.size()) {
                    ImGui::PushID(g.name.c_str());
                    text(v, g.name + "  " + v.t("reports.hidden"));
                    ImGui::PopID();
                    continue;
                }
                draw_likert_row(v, g.name, g.questions[qi], width);
            }
        } else {
            draw_option_bars(v, q, width);
        }
    }
    ImGui::EndChild();
}

}  // namespace

void draw_reports(ViewCtx& v) {
    draw_tabs(v);
    switch (v.desk.reports_tab()) {
        case intent::ReportsTab::survey:
            draw_survey_reports(v);
            break;
        case intent::ReportsTab::monthly:
            draw_monthly(v);
            break;
        case intent::ReportsTab::scores:
            draw_scores(v);
            break;
    }
}

}  // namespace sk::desk::ui
