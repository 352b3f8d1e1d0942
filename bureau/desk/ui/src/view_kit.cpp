#include "view_kit.hpp"

namespace sk::desk::ui {

void record(ViewCtx& v, std::string_view id) {
    if (!v.hits) return;
    v.hits->add(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), true);
}

void text(ViewCtx& v, std::string_view s) {
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    if (v.hits) v.hits->add_text(s);
}

void text_colored(ViewCtx& v, ImU32 col, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    text(v, s);
    ImGui::PopStyleColor();
}

void heading(ViewCtx& v, std::string_view s) {
    ImGui::PushFont(v.fonts.title);
    text(v, s);
    ImGui::PopFont();
    ImGui::Spacing();
}

bool button(ViewCtx& v, std::string_view id, std::string_view label, bool enabled) {
    const std::string l = std::string(label) + "##" + std::string(id);
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(l.c_str());
    if (!enabled) ImGui::EndDisabled();
    if (v.hits) {
        v.hits->add(id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), enabled);
        v.hits->add_text(label);
    }
    return pressed && enabled;
}

namespace {
// "label" above an InputText on `buf`; capacity-1: the last byte stays zero (Desk::text
// relies on it).
bool input_on(ViewCtx& v, std::string_view id, std::string_view label, char* buf, size_t cap,
              ImGuiInputTextFlags flags, float width, bool multiline, float lines_px) {
    text(v, label);
    const std::string l = "##" + std::string(id);
    if (width > 0) ImGui::SetNextItemWidth(width);
    const bool edited =
        multiline ? ImGui::InputTextMultiline(l.c_str(), buf, cap - 1,
                                              ImVec2(width > 0 ? width : -1, lines_px), flags)
                  : ImGui::InputText(l.c_str(), buf, cap - 1, flags);
    record(v, id);
    return edited;
}
}  // namespace

bool input(ViewCtx& v, std::string_view id, std::string_view label, Field f,
           ImGuiInputTextFlags flags, float width, bool multiline) {
    return input_on(v, id, label, v.desk.buffer(f), v.desk.capacity(f), flags, width, multiline,
                    90);
}

bool input(ViewCtx& v, std::string_view id, std::string_view label, FormField f,
           ImGuiInputTextFlags flags, float width, bool multiline) {
    return input_on(v, id, label, v.desk.buffer(f), v.desk.capacity(f), flags, width, multiline,
                    70);
}

bool export_buttons(ViewCtx& v, std::string_view prefix, ReportFormat& chosen) {
    const std::pair<ReportFormat, const char*> formats[] = {
        {ReportFormat::html, "reports.export_html"},
        {ReportFormat::csv, "reports.export_csv"},
        {ReportFormat::xlsx, "reports.export_xlsx"}};
    bool pressed = false;
    for (const auto& [fmt, key] : formats) {
        ImGui::SameLine();
        if (button(v, std::string(prefix) + key, v.t(key))) {
            chosen = fmt;
            pressed = true;
        }
    }
    return pressed;
}

void field_error(ViewCtx& v, const FormErrors& e, std::string_view field) {
    if (const char* key = e.field(field)) text_colored(v, color::kError, v.t(key));
}

void text_table(ViewCtx& v, std::string_view id, const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows,
                const std::vector<bool>& numeric) {
    if (header.empty()) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_BordersV | ImGuiTableFlags_SizingFixedFit;
    const std::string tid(id);
    if (!ImGui::BeginTable(tid.c_str(), static_cast<int>(header.size()), flags)) return;
    for (const auto& h : header) {
        ImGui::TableSetupColumn(h.c_str());
        if (v.hits) v.hits->add_text(h);
    }
    ImGui::TableHeadersRow();
    for (const auto& r : rows) {
        ImGui::TableNextRow();
        for (size_t c = 0; c < r.size() && c < header.size(); ++c) {
            ImGui::TableSetColumnIndex(static_cast<int>(c));
            if (c < numeric.size() && numeric[c]) {
                const float w = ImGui::CalcTextSize(r[c].c_str()).x;
                const float room = ImGui::GetContentRegionAvail().x;
                if (room > w) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - w);
            }
            text(v, r[c]);
        }
    }
    ImGui::EndTable();
}

bool begin_table(ViewCtx& v, const char* id, const std::vector<const char*>& keys,
                 ImGuiTableFlags flags, ImVec2 size) {
    if (!ImGui::BeginTable(id, static_cast<int>(keys.size()), flags, size)) return false;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* k : keys) {
        const char* label = *k ? v.t(k) : "";
        ImGui::TableSetupColumn(label);
        if (v.hits && *k) v.hits->add_text(label);
    }
    ImGui::TableHeadersRow();
    return true;
}

}  // namespace sk::desk::ui
