// The unit page: details, the quarter's score with its calculation, linked cases, current
// and past absences, staff. A click selects a row, Enter or a double click opens it (case
// page, person file); Esc goes back (desk_ui.cpp).
#include "../view_kit.hpp"

#include <algorithm>
#include <string>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::desk::ui {
namespace {

const char* core_lang(const ViewCtx& v) {
    return v.lang() == Lang::zh ? "zh-CN" : "en";
}

// A selectable row spanning the table; click selects, double click opens.
void row_selectable(ViewCtx& v, DeskTable table, size_t i, const std::string& label,
                    const std::string& id) {
    const bool selected = v.desk.selected(table) == i;
    ImGui::PushID(int(i));
    if (ImGui::Selectable(
            label.c_str(), selected,
            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
        v.emit(intent::SelectRow{table, i});
        if (ImGui::IsMouseDoubleClicked(0)) v.emit(intent::OpenSelected{table});
    }
    ImGui::PopID();
    record(v, id);
    if (v.hits) v.hits->add_text(label);
}

// The unit page's tables: scrolling, striped, the shared header row of view_kit.
bool unit_table(ViewCtx& v, const char* id, const std::vector<const char*>& headers, float height) {
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV;
    return begin_table(v, id, headers, flags, ImVec2(0, height));
}

void draw_score(ViewCtx& v, const UnitPage& p) {
    heading(v, std::string(v.t("unit.score")) + "  " + bureau::format_quarter(p.quarter));
    if (button(v, "unit.quarter_prev", v.t("unit.quarter_prev")))
        v.emit(intent::SetUnitQuarter{p.quarter.previous()});
    ImGui::SameLine();
    if (button(v, "unit.quarter_next", v.t("unit.quarter_next")))
        v.emit(intent::SetUnitQuarter{p.quarter.next()});
    if (!p.score) {
        text_colored(v, color::kError, std::string(v.t("unit.no_score")) + "：" + p.score_error);
        return;
    }
    const auto& s = p.score->score;
    ImGui::PushFont(v.fonts.title);
    text(v, std::to_string(s.total));
    ImGui::PopFont();
    ImGui::SameLine();
    text(v, std::string(v.t("unit.rank")) + " " + std::to_string(p.rank) + " / " +
                std::to_string(p.units_scored));
    text(v, std::string(v.t("unit.base")) + " " + std::to_string(s.base) + " · " +
                v.t("unit.gained") + " " + std::to_string(s.gain) +
                (s.gain_capped() ? v.t("unit.capped") : "") + " · " + v.t("unit.deducted") + " " +
                std::to_string(s.loss) + (s.loss_capped() ? v.t("unit.capped") : ""));
    ImGui::PushTextWrapPos(0);
    text(v, std::string(v.t("unit.how")) + "：" + p.score->explanation);
    ImGui::PopTextWrapPos();
}

void draw_cases(ViewCtx& v, const UnitPage& p, float height) {
    heading(v, std::string(v.t("unit.cases")) + "  " + std::to_string(p.cases.size()));
    if (!p.cases_readable) return text(v, v.t("unit.cases_hidden"));
    if (p.cases.empty()) return text(v, v.t("unit.no_cases"));
    if (!unit_table(v, "unit.cases",
                    {"cases.no", "unit.channel", "unit.received", "cases.category", "cases.status"},
                    height))
        return;
    for (size_t i = 0; i < p.cases.size(); ++i) {
        const auto& c = p.cases[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        row_selectable(v, DeskTable::unit_cases, i, c.case_no, "unit.case#" + std::to_string(i));
        auto ch = bureau::parse_channel(c.channel);
        auto st = bureau::parse_case_state(c.status);
        const auto* cat = v.desk.categories().find(c.category);
        const std::string cells[] = {
            ch ? std::string(bureau::channel_label(*ch, core_lang(v))) : c.channel,
            bureau::day_to_iso(c.received_day), cat ? cat->label.in(core_lang(v)) : c.category,
            st ? std::string(bureau::case_state_label(*st, core_lang(v))) : c.status};
        for (const auto& cell : cells) {
            ImGui::TableNextColumn();
            text(v, cell);
        }
    }
    ImGui::EndTable();
}

void draw_absences(ViewCtx& v, const char* title, const std::vector<bureau::AbsenceListRow>& rows) {
    heading(v, std::string(v.t(title)) + "  " + std::to_string(rows.size()));
    if (rows.empty()) return text(v, v.t("unit.none"));
    const auto l = v.lang() == Lang::zh ? bureau::Lang::zh : bureau::Lang::en;
    for (const auto& r : rows) {
        const auto& e = r.entry;
        std::string line =
            e.staff_no + "  " + r.name + "  " + std::string(bureau::label(e.category, l));
        if (!e.category_text.empty()) line += "（" + e.category_text + "）";
        line += "  " + bureau::day_to_iso(e.since);
        if (e.returned_on) line += " → " + bureau::day_to_iso(e.returned_on);
        line += "  " + std::string(bureau::label(e.handling, l));
        if (e.deadline)
            line +=
                " " + std::string(v.t("absence.deadline")) + " " + bureau::day_to_iso(e.deadline);
        if (r.overdue)
            text_colored(v, color::kError, line + "  " + v.t("absence.overdue"));
        else
            text(v, line);
    }
}

void draw_staff(ViewCtx& v, const UnitPage& p) {
    heading(v, std::string(v.t("unit.staff")) + "  " + std::to_string(p.staff.size()));
    if (!unit_table(v, "unit.staff",
                    {"absence.staff_no", "absence.name", "unit.post", "unit.employment"}, 0))
        return;
    for (size_t i = 0; i < p.staff.size(); ++i) {
        const auto& s = p.staff[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        row_selectable(v, DeskTable::unit_staff, i, s.staff_no, "unit.staff#" + std::to_string(i));
        for (const auto* cell : {&s.name, &s.post, &s.employment}) {
            ImGui::TableNextColumn();
            text(v, *cell);
        }
    }
    ImGui::EndTable();
}

}  // namespace

void draw_unit(ViewCtx& v) {
    const UnitPage* p = v.desk.unit_page();
    if (!p) return;
    if (button(v, "unit.back", v.t("unit.back"))) v.emit(intent::Back{});
    ImGui::SameLine();
    heading(v, p->unit.name + "（" + p->unit.code + "）");
    text(v, std::string(v.t("unit.kind")) + "：" + p->unit.kind + "    " + v.t("unit.township") +
                "：" + p->unit.township);
    text(v, v.t("unit.keys"));
    if (!v.desk.message().empty()) {
        text_colored(v, v.desk.message_is_error() ? color::kError : color::kOk, v.desk.message());
    }
    const float half = ImGui::GetContentRegionAvail().x * 0.5f;
    ImGui::BeginChild("unit.left", ImVec2(half, 0), true);
    draw_score(v, *p);
    ImGui::Separator();
    // Up to eight rows without scrolling, then the table scrolls.
    const float row_h = ImGui::GetTextLineHeightWithSpacing() + 4;
    draw_cases(v, *p, row_h * float(std::min<size_t>(p->cases.size(), 8) + 1) + 8);
    ImGui::Separator();
    draw_absences(v, "unit.absences_current", p->current);
    draw_absences(v, "unit.absences_past", p->past);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("unit.right", ImVec2(0, 0), true);
    draw_staff(v, *p);
    ImGui::EndChild();
}

}  // namespace sk::desk::ui
