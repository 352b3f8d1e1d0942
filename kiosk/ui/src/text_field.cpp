// Fields on the core's secure buffers (text_fields.hpp). Text is a display box edited by
// the core's on-screen keyboard, so ImGui never holds an edit state (or undo copy) of
// what a person writes; numbers keep an InputText for the digit pad.
#include <algorithm>
#include <cstring>

#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {

int number_filter(ImGuiInputTextCallbackData* data) {
    const ImWchar c = data->EventChar;
    return ((c >= '0' && c <= '9') || c == '.' || c == '-') ? 0 : 1;
}

// Where wrapped text ends, relative to its top-left (x of the end, y of the last line).
ImVec2 wrapped_end(ImFont* font, float size, float wrap_w, const char* b, const char* e) {
    ImVec2 pos(0, 0);
    const float line_h = size;
    const float scale = size / font->FontSize;
    while (b < e) {
        const char* brk = font->CalcWordWrapPositionA(scale, b, e, wrap_w);
        if (brk == b) brk = b + 1;  // a glyph wider than the box: take it anyway
        const char* nl = static_cast<const char*>(std::memchr(b, '\n', size_t(brk - b)));
        const char* line_end = nl ? nl : brk;
        pos.x = font->CalcTextSizeA(size, FLT_MAX, 0, b, line_end).x;
        if (nl || brk < e) {
            b = nl ? nl + 1 : brk;
            while (!nl && b < e && *b == ' ') ++b;
            if (b < e || nl) {
                pos.y += line_h;
                pos.x = 0;
            }
        } else {
            b = e;
        }
    }
    return pos;
}

void display_box(ViewContext& ctx, FieldId id, FieldKind kind, const char* text) {
    const Metrics& m = ctx.m();
    const KeyboardView& kb = ctx.view().keyboard;
    const bool editing = kb.open && kb.field == id;
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize();
    const float pad = m.body * 0.4f;
    const float w = ImGui::GetContentRegionAvail().x;
    float h = kind == FieldKind::long_text ? m.touch * 2.2f : m.touch;
    if (editing && kind == FieldKind::long_text) {
        // The area above the keyboard is small: never taller than it.
        h = std::max(m.touch, std::min(h, ImGui::GetWindowHeight() - m.gap * 2));
    }
    const std::string imgui_id = "field#" + std::to_string(id.value);
    if (ImGui::InvisibleButton(imgui_id.c_str(), ImVec2(w, h))) {
        ctx.emit(intent::KeyboardOpen{id});
    }
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    if (ctx.hits()) ctx.hits()->add(imgui_id, a, b);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, b, color::kBackground, m.body * 0.15f);
    dl->AddRect(a, b, editing ? color::kPrimary : color::kBorder, m.body * 0.15f, 0,
                editing ? 5.0f : 3.0f);

    // The person's own words: drawn, never recorded (HitRegistry texts).
    const float wrap_w = std::max(1.0f, w - 2 * pad - fs * 0.3f);
    const bool multiline = kind == FieldKind::long_text;
    const char* end = text + std::strlen(text);
    const std::string_view comp = editing ? kb.composition : std::string_view();
    ImVec2 end_pos = multiline ? wrapped_end(font, fs, wrap_w, text, end)
                               : ImVec2(font->CalcTextSizeA(fs, FLT_MAX, 0, text, end).x, 0);
    const float comp_w =
        comp.empty()
            ? 0.0f
            : font->CalcTextSizeA(fs, FLT_MAX, 0, comp.data(), comp.data() + comp.size()).x;
    if (multiline && end_pos.x + comp_w > wrap_w) end_pos = ImVec2(0, end_pos.y + fs);
    // Show the end of the text (where typing happens) when it does not fit.
    const float inner_h = h - 2 * pad;
    const float inner_w = w - 2 * pad;
    ImVec2 origin(a.x + pad, multiline ? a.y + pad : a.y + (h - fs) * 0.5f);
    if (multiline && end_pos.y + fs > inner_h) origin.y -= end_pos.y + fs - inner_h;
    if (!multiline && end_pos.x + comp_w + fs * 0.3f > inner_w)
        origin.x -= end_pos.x + comp_w + fs * 0.3f - inner_w;
    dl->PushClipRect(ImVec2(a.x + 3, a.y + 3), ImVec2(b.x - 3, b.y - 3), true);
    dl->AddText(font, fs, origin, color::kText, text, end, multiline ? wrap_w : 0.0f);
    ImVec2 caret(origin.x + end_pos.x, origin.y + end_pos.y);
    if (!comp.empty()) {
        const ImVec2 c1(caret.x + comp_w, caret.y + fs);
        dl->AddRectFilled(caret, c1, color::kPanel);
        dl->AddText(font, fs, caret, color::kPrimary, comp.data(), comp.data() + comp.size());
        dl->AddLine(ImVec2(caret.x, c1.y), c1, color::kPrimary, 3.0f);
        caret.x += comp_w;
    }
    if (editing) {
        dl->AddLine(ImVec2(caret.x + 2, caret.y), ImVec2(caret.x + 2, caret.y + fs), color::kText,
                    3.0f);
    }
    dl->PopClipRect();
    UiState& st = ctx.state();
    const size_t edit_size = static_cast<size_t>(end - text) + comp.size();
    if (editing && (st.scrolled_field != id || st.scrolled_size != edit_size)) {
        scroll_into_view(a, b, m.gap * 0.5f);
        st.scrolled_field = id;
        st.scrolled_size = edit_size;
    }
    if (!kb.open) st.scrolled_field = field::none;
}

}  // namespace

void text_field(ViewContext& ctx, FieldId id, FieldKind kind, const std::string& label,
                const std::string& hint, const std::string& error, bool required) {
    char* buf = ctx.app().text_buffer(id);
    const size_t cap = ctx.app().text_capacity(id);
    if (!buf || cap == 0) return;
    const Metrics& m = ctx.m();
    ImGui::PushID(static_cast<int>(id.value));
    if (!label.empty()) text_wrapped(ctx, required ? label + " *" : label);
    if (!hint.empty()) text_wrapped(ctx, hint, color::kMuted);
    if (kind != FieldKind::number) {
        buf[cap - 1] = '\0';
        display_box(ctx, id, kind, buf);
    } else {
        // Inputs as tall as a touch target: pad the frame around one line of text.
        ImGui::PushStyleVar(
            ImGuiStyleVar_FramePadding,
            ImVec2(m.body * 0.4f, std::max(m.body * 0.3f, (m.touch - m.body) * 0.5f)));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f);
        ImGui::SetNextItemWidth(-1.0f);
        const bool edited = ImGui::InputText("##text", buf, cap,
                                             ImGuiInputTextFlags_CallbackCharFilter, number_filter);
        ImGui::PopStyleVar(2);
        if (ctx.hits()) {
            ctx.hits()->add("field#" + std::to_string(id.value), ImGui::GetItemRectMin(),
                            ImGui::GetItemRectMax());
        }
        if (edited) ctx.emit(intent::TextEdited{id});
    }
    error_text(ctx, error);
    ImGui::PopID();
}

}  // namespace sk::kiosk::ui
