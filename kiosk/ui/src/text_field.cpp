// Text inputs on the core's secure buffers (text_fields.hpp). ImGui edits the buffer in
// place; its own copies (edit state, undo) die with the context at the next wipe.
#include <algorithm>
#include <cstring>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {

int receipt_filter(ImGuiInputTextCallbackData* data) {
    // Receipt codes: Latin letters, digits, dashes and spaces (normalize_receipt accepts
    // these); anything else cannot be part of a code.
    const ImWchar c = data->EventChar;
    const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                    c == '-' || c == ' ';
    if (!ok) return 1;
    if (c >= 'a' && c <= 'z') data->EventChar = static_cast<ImWchar>(c - 'a' + 'A');
    return 0;
}

int number_filter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    return ((c >= '0' && c <= '9') || c == '.' || c == '-') ? 0 : 1;
}

}  // namespace

void text_field(ViewContext& ctx, FieldId id, FieldKind kind, const std::string& label,
                const std::string& hint, const std::string& error, bool required,
                bool keyboard_toggle) {
    char* buf = ctx.app().text_buffer(id);
    const size_t cap = ctx.app().text_capacity(id);
    if (!buf || cap == 0) return;
    const Metrics& m = ctx.m();
    ImGui::PushID(static_cast<int>(id.value));
    if (!label.empty()) {
        text_wrapped(ctx, required ? label + " *" : label);
    }
    if (!hint.empty()) text_wrapped(ctx, hint, color::kMuted);

    ImGuiInputTextFlags flags = 0;
    ImGuiInputTextCallback filter = nullptr;
    if (kind == FieldKind::receipt_code) {
        flags |= ImGuiInputTextFlags_CallbackCharFilter;
        filter = receipt_filter;
    } else if (kind == FieldKind::number) {
        flags |= ImGuiInputTextFlags_CallbackCharFilter;
        filter = number_filter;
    }
    // Inputs as tall as a touch target: pad the frame around one line of text.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                        ImVec2(m.body * 0.4f, std::max(m.body * 0.3f, (m.touch - m.body) * 0.5f)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f);
    bool edited = false;
    if (kind == FieldKind::long_text) {
        const float h = m.touch * 2.2f;
        edited = ImGui::InputTextMultiline("##text", buf, cap, ImVec2(-1, h), flags, filter);
    } else {
        const std::string kb_label = keyboard_toggle ? ctx.tr("ui.keyboard") : std::string();
        const float kb_w =
            keyboard_toggle ? ImGui::CalcTextSize(kb_label.c_str()).x + m.body * 1.2f : 0.0f;
        ImGui::SetNextItemWidth(keyboard_toggle ? -(kb_w + m.gap) : -1.0f);
        edited = ImGui::InputText("##text", buf, cap, flags, filter);
        if (keyboard_toggle) {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::SameLine(0, m.gap);
            const bool shown = ctx.state().osk_field == id;
            if (toggle_button(ctx, "ui.keyboard#" + std::to_string(id.value), kb_label, shown, kb_w,
                              b.y - a.y)) {
                ctx.state().osk_field = shown ? field::none : id;
            }
            // The hit rect below must be the input's, not the toggle's.
            if (ctx.hits()) ctx.hits()->add("field#" + std::to_string(id.value), a, b);
            ImGui::PopStyleVar(2);
            if (edited) ctx.emit(intent::TextEdited{id});
            error_text(ctx, error);
            ImGui::PopID();
            return;
        }
    }
    ImGui::PopStyleVar(2);
    if (ctx.hits()) {
        ctx.hits()->add("field#" + std::to_string(id.value), ImGui::GetItemRectMin(),
                        ImGui::GetItemRectMax());
    }
    if (edited) ctx.emit(intent::TextEdited{id});
    error_text(ctx, error);
    ImGui::PopID();
}

bool field_append(ViewContext& ctx, FieldId id, std::string_view utf8) {
    char* buf = ctx.app().text_buffer(id);
    const size_t cap = ctx.app().text_capacity(id);
    if (!buf || cap == 0) return false;
    const size_t len = strnlen(buf, cap);
    if (len + utf8.size() + 1 > cap) return false;
    std::memcpy(buf + len, utf8.data(), utf8.size());
    buf[len + utf8.size()] = '\0';
    ctx.emit(intent::TextEdited{id});
    return true;
}

bool field_backspace(ViewContext& ctx, FieldId id) {
    char* buf = ctx.app().text_buffer(id);
    const size_t cap = ctx.app().text_capacity(id);
    if (!buf || cap == 0) return false;
    size_t len = strnlen(buf, cap);
    if (len == 0) return false;
    // Remove one whole code point: step back over UTF-8 continuation bytes.
    size_t start = len - 1;
    while (start > 0 && (static_cast<unsigned char>(buf[start]) & 0xC0) == 0x80) --start;
    std::memset(buf + start, 0, len - start);
    ctx.emit(intent::TextEdited{id});
    return true;
}

}  // namespace sk::kiosk::ui
