// The case ledger, every channel: filters, search (Ctrl+F), a sortable table that draws only the
// visible rows (ImGuiListClipper asks the core for one page), the arrows move a row cursor, Enter
// or a click opens a case.
#include "../view_kit.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/clock.hpp"

namespace sk::desk::ui {
namespace {

// One filter combo over `values`; "" means all. Returns the new value when changed.
bool combo(ViewCtx& v, const char* id, const char* label, const std::string& current,
           const std::vector<std::string>& values, const std::vector<std::string>& shown,
           std::string& out) {
    ImGui::SetNextItemWidth(180);
    const std::string preview =
        current.empty()
            ? v.t("cases.all")
            : shown[size_t(std::find(values.begin(), values.end(), current) - values.begin()) %
                    std::max<size_t>(1, shown.size())];
    bool changed = false;
    if (ImGui::BeginCombo((std::string(label) + "##" + id).c_str(), preview.c_str())) {
        if (ImGui::Selectable(v.t("cases.all"), current.empty())) {
            out.clear();
            changed = true;
        }
        for (size_t i = 0; i < values.size(); ++i) {
            if (ImGui::Selectable(shown[i].c_str(), values[i] == current)) {
                out = values[i];
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    record(v, id);
    if (v.hits) v.hits->add_text(preview);
    return changed;
}

constexpr CaseColumn kColumns[kCaseColumns] = {
    CaseColumn::case_no,  CaseColumn::channel, CaseColumn::day,    CaseColumn::school,
    CaseColumn::category, CaseColumn::unit,    CaseColumn::status, CaseColumn::updated};
constexpr const char* kHeaders[kCaseColumns] = {"cases.no",     "cases.channel",  "cases.day",
                                                "cases.school", "cases.category", "cases.unit",
                                                "cases.status", "cases.updated"};

// The casework core's label of a channel name in the desk's language (the name if unknown).
std::string channel_label(const ViewCtx& v, const std::string& name) {
    auto c = bureau::parse_channel(name);
    if (!c) return name;
    return std::string(bureau::channel_label(*c, v.lang() == Lang::zh ? "zh-CN" : "en"));
}

}  // namespace

void draw_cases(ViewCtx& v) {
    const CaseIndex* ix = v.desk.cases();
    if (!ix) return;
    CaseFilter f = ix->filter();
    bool changed = false;
    std::vector<std::string> statuses, status_labels;
    for (auto s : bureau::all_case_states()) {  // the case ledger's, talk_held included
        statuses.emplace_back(bureau::case_state_name(s));
        status_labels.push_back(status_label(v.lang(), statuses.back()));
    }
    changed |=
        combo(v, "cases.status", v.t("cases.status"), f.status, statuses, status_labels, f.status);
    ImGui::SameLine();
    // Channels: Chinese labels, English ones when the desk speaks English.
    const std::vector<std::string> channels = ix->channels();
    std::vector<std::string> channel_labels;
    for (const auto& name : channels) channel_labels.push_back(channel_label(v, name));
    changed |= combo(v, "cases.channel", v.t("cases.channel"), f.channel, channels, channel_labels,
                     f.channel);
    ImGui::SameLine();
    changed |= combo(v, "cases.school", v.t("cases.school"), f.school, ix->schools(), ix->schools(),
                     f.school);
    ImGui::SameLine();
    std::vector<std::string> cat_labels;
    for (const auto& id : ix->category_ids()) {
        const auto* c = v.desk.categories().find(id);
        cat_labels.push_back(c ? c->label.in(v.lang() == Lang::zh ? "zh-CN" : "en") : id);
    }
    changed |= combo(v, "cases.category", v.t("cases.category"), f.category, ix->category_ids(),
                     cat_labels, f.category);
    if (changed) v.emit(intent::FilterCases{f});

    const ImGuiIO& io = ImGui::GetIO();
    // Whether a text field had the keys as the frame began (the search box's Enter is its own).
    const bool typing = ImGui::IsAnyItemActive();
    // ImGui 1.86 has no ImGuiKey_F: letters are the backend's key codes (GLFW: ASCII).
    if (io.KeyCtrl && ImGui::IsKeyPressed('F')) ImGui::SetKeyboardFocusHere();
    if (input(v, "cases.search", v.t("cases.search"), Field::search, 0, 400)) {
        v.emit(intent::SearchEdited{});
    }
    ImGui::SameLine();
    text(v, std::to_string(ix->shown()) + " / " + std::to_string(ix->total()) + " " +
                v.t("cases.count"));

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("cases", kCaseColumns, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // PageUp/PageDown scroll a page; the runtime may request a scroll too.
    float scroll = v.scroll_px;
    const float page = ImGui::GetWindowHeight() * 0.8f;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) scroll += page;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) scroll -= page;
    if (scroll != 0) ImGui::SetScrollY(ImGui::GetScrollY() + scroll);
    for (int c = 0; c < kCaseColumns; ++c) {
        ImGuiTableColumnFlags cf = ImGuiTableColumnFlags_None;
        if (kColumns[c] == ix->sort_column()) {
            cf |= ImGuiTableColumnFlags_DefaultSort |
                  (ix->ascending() ? ImGuiTableColumnFlags_PreferSortAscending
                                   : ImGuiTableColumnFlags_PreferSortDescending);
        }
        ImGui::TableSetupColumn(v.t(kHeaders[c]), cf);
        if (v.hits) v.hits->add_text(v.t(kHeaders[c]));
    }
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
        specs && specs->SpecsDirty && specs->SpecsCount > 0) {
        const auto& s = specs->Specs[0];
        const CaseColumn col = kColumns[s.ColumnIndex];
        const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
        if (col != ix->sort_column() || asc != ix->ascending()) {
            v.emit(intent::SortCases{col, asc});
        }
        specs->SpecsDirty = false;
    }
    // Keyboard: outside a text field the arrows move the desk's row cursor and Enter opens
    // its row. The row it moves to this frame is scrolled into view now (the desk moves the
    // cursor when the intent is dispatched after the frame).
    const auto cursor = v.desk.case_cursor();
    std::optional<size_t> scroll_to;
    if (!typing && !ImGui::IsAnyItemActive() && ix->shown() > 0) {
        int by = 0;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) by = 1;
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) by = -1;
        if (by != 0) {
            v.emit(intent::MoveCaseCursor{by});
            const int64_t next = cursor ? int64_t(*cursor) + by : 0;
            scroll_to = size_t(std::clamp<int64_t>(next, 0, int64_t(ix->shown()) - 1));
        } else if (cursor && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false)) {
            v.emit(intent::OpenCaseAtCursor{});
        }
    }
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(ix->shown()));
    if (scroll_to) clipper.ForceDisplayRangeByIndices(int(*scroll_to), int(*scroll_to) + 1);
    while (clipper.Step()) {
        const auto rows = ix->page(size_t(clipper.DisplayStart),
                                   size_t(clipper.DisplayEnd - clipper.DisplayStart));
        for (size_t k = 0; k < rows.size(); ++k) {
            const CaseListRow& r = rows[k];
            const size_t index = size_t(clipper.DisplayStart) + k;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(static_cast<int>(index));
            if (ImGui::Selectable(r.case_no->c_str(), cursor == index,
                                  ImGuiSelectableFlags_SpanAllColumns)) {
                v.emit(intent::OpenCase{*r.case_no});
            }
            if (scroll_to == index) ImGui::SetScrollHereY();
            ImGui::PopID();
            // The row's hit box is its case number (as a clerk clicks it): the centre of the
            // whole row can fall on a column border, which resizes instead of opening.
            if (v.hits) {
                const ImVec2 lo = ImGui::GetItemRectMin();
                const float w = ImGui::CalcTextSize(r.case_no->c_str()).x;
                v.hits->add("cases.row#" + std::to_string(index), lo,
                            ImVec2(lo.x + w, ImGui::GetItemRectMax().y), true);
            }
            const std::string day = bureau::day_to_iso(r.day);
            const std::string channel = channel_label(v, *r.channel);
            const std::string status = status_label(v.lang(), *r.status);
            const std::string* cat = v.lang() == Lang::zh ? r.category_zh : r.category_en;
            for (const std::string* s :
                 {&channel, &day, r.school, cat, r.unit, &status, r.updated}) {
                ImGui::TableNextColumn();
                text(v, s == r.updated ? s->substr(0, 10) : *s);
            }
            if (v.hits) v.hits->add_text(*r.case_no);
        }
    }
    ImGui::EndTable();
}

}  // namespace sk::desk::ui
