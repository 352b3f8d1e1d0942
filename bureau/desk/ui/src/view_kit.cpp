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

bool input(ViewCtx& v, std::string_view id, std::string_view label, Field f,
           ImGuiInputTextFlags flags, float width, bool multiline) {
    text(v, label);
    const std::string l = "##" + std::string(id);
    if (width > 0) ImGui::SetNextItemWidth(width);
    // capacity-1: the last byte stays zero (Desk::text relies on it).
    const bool edited =
        multiline ? ImGui::InputTextMultiline(l.c_str(), v.desk.buffer(f), v.desk.capacity(f) - 1,
                                              ImVec2(width > 0 ? width : -1, 90), flags)
                  : ImGui::InputText(l.c_str(), v.desk.buffer(f), v.desk.capacity(f) - 1, flags);
    record(v, id);
    return edited;
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
