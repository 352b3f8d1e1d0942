// The core's on-screen keyboard, drawn: a candidate bar (composition, candidates, pages)
// over four rows of keys, or over the handwriting pad. Every key emits an intent; the
// core decides what it does (keyboard.hpp). Keys are at least 64 px high.
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "keyboard_pad.hpp"
#include "sk/kiosk/ui/osk.hpp"
#include "sk/kiosk/ui/widgets.hpp"

namespace sk::kiosk::ui {
namespace {

constexpr int kKeyRows = 4;  // under the candidate bar
constexpr float kModeUnits = 1.6f;

enum class Act { chr, backspace, space, shift, symbols, hide, mode, undo, clear };

struct Key {
    std::string id;
    std::string label;
    float units = 1.0f;
    Act act = Act::chr;
    KeyboardMode mode = KeyboardMode::abc;  // Act::mode
    bool on = false;
    bool enabled = true;
};

char32_t first_code_point(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (s.empty()) return 0;
    if (p[0] < 0x80) return p[0];
    if ((p[0] & 0xE0) == 0xC0 && s.size() >= 2) return char32_t((p[0] & 0x1F) << 6 | (p[1] & 0x3F));
    if ((p[0] & 0xF0) == 0xE0 && s.size() >= 3)
        return char32_t((p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
    if (s.size() >= 4)
        return char32_t((p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 |
                        (p[3] & 0x3F));
    return 0;
}

Key chr(const std::string& label, float units = 1.0f) {
    return Key{"osk#" + label, label, units};
}

std::vector<Key> chars(std::string_view labels_utf8) {
    std::vector<Key> out;
    size_t i = 0;
    while (i < labels_utf8.size()) {
        size_t n = 1;
        const auto c = static_cast<unsigned char>(labels_utf8[i]);
        if (c >= 0xF0)
            n = 4;
        else if (c >= 0xE0)
            n = 3;
        else if (c >= 0xC0)
            n = 2;
        out.push_back(chr(std::string(labels_utf8.substr(i, n))));
        i += n;
    }
    return out;
}

void emit_key(ViewContext& ctx, const Key& k) {
    switch (k.act) {
        case Act::chr:
            ctx.emit(intent::KeyPress{first_code_point(k.label)});
            break;
        case Act::backspace:
            ctx.emit(intent::KeyBackspace{});
            break;
        case Act::space:
            ctx.emit(intent::KeySpace{});
            break;
        case Act::shift:
            ctx.emit(intent::KeyShift{});
            break;
        case Act::symbols:
            ctx.emit(intent::KeySymbols{});
            break;
        case Act::hide:
            ctx.emit(intent::KeyboardClose{});
            break;
        case Act::mode:
            ctx.emit(intent::KeyboardSetMode{k.mode});
            break;
        case Act::undo:
            ctx.emit(intent::StrokeUndo{});
            break;
        case Act::clear:
            ctx.emit(intent::PadClear{});
            break;
    }
}

// One row of keys across `width`, widths in proportion to their units.
void key_row(ViewContext& ctx, const std::vector<Key>& keys, float width) {
    const Metrics& m = ctx.m();
    const float s = key_spacing(m);
    float units = 0;
    for (const Key& k : keys) units += k.units;
    const float unit_w = (width - s * static_cast<float>(keys.size() - 1)) / units;
    for (size_t i = 0; i < keys.size(); ++i) {
        const Key& k = keys[i];
        ButtonOpts o;
        o.width = std::max(64.0f, std::floor(unit_w * k.units));
        o.height = key_height(m);
        o.kind = ButtonKind::secondary;
        o.on = k.on;
        o.enabled = k.enabled;
        if (touch_button(ctx, k.id, k.label, o)) emit_key(ctx, k);
        if (i + 1 < keys.size()) ImGui::SameLine();
    }
}

Key special(ViewContext& ctx, const char* key, Act act, float units, bool on = false) {
    return Key{key, ctx.tr(key), units, act, KeyboardMode::abc, on};
}

std::vector<Key> bottom_row(ViewContext& ctx, const KeyboardView& kb) {
    std::vector<Key> row;
    const struct {
        KeyboardMode mode;
        const char* key;
        const char* id;
    } modes[] = {{KeyboardMode::pinyin, "ui.osk_mode_pinyin", "osk.mode#pinyin"},
                 {KeyboardMode::handwriting, "ui.osk_mode_handwriting", "osk.mode#handwriting"},
                 {KeyboardMode::abc, "ui.osk_mode_abc", "osk.mode#abc"}};
    for (const auto& md : modes) {
        Key k{md.id, ctx.tr(md.key), kModeUnits, Act::mode, md.mode, kb.mode == md.mode};
        k.enabled = kb.available[static_cast<int>(md.mode)];
        row.push_back(k);
    }
    if (kb.mode == KeyboardMode::abc)
        row.push_back(
            special(ctx, kb.symbols ? "ui.osk_letters" : "ui.osk_symbols", Act::symbols, 1.3f));
    row.push_back(
        special(ctx, "ui.osk_space", Act::space, kb.mode == KeyboardMode::abc ? 2.5f : 3.8f));
    row.push_back(special(ctx, "ui.osk_hide", Act::hide, 1.3f));
    return row;
}

void letter_rows(ViewContext& ctx, const KeyboardView& kb, float width) {
    const bool upper = kb.mode == KeyboardMode::abc && kb.shift;
    auto letters = [&](std::string_view lower) {
        std::string s(lower);
        if (upper)
            std::transform(s.begin(), s.end(), s.begin(),
                           [](char c) { return char(c - 'a' + 'A'); });
        return chars(s);
    };
    Key back = special(ctx, "ui.osk_backspace", Act::backspace, 1.6f);
    key_row(ctx, letters("qwertyuiop"), width);
    auto r2 = letters("asdfghjkl");
    r2.push_back(back);
    key_row(ctx, r2, width);
    std::vector<Key> r3;
    if (kb.mode == KeyboardMode::abc) {
        r3.push_back(special(ctx, "ui.osk_shift", Act::shift, 1.5f, kb.shift));
    } else {
        r3.push_back(chr("'"));  // syllable separator: xi'an
    }
    for (Key& k : letters("zxcvbnm")) r3.push_back(k);
    for (Key& k : chars("，。？")) r3.push_back(k);
    key_row(ctx, r3, width);
    key_row(ctx, bottom_row(ctx, kb), width);
}

void symbol_rows(ViewContext& ctx, const KeyboardView& kb, float width) {
    key_row(ctx, chars("1234567890"), width);
    auto r2 = chars("，。？！、：；");
    r2.push_back(special(ctx, "ui.osk_backspace", Act::backspace, 1.6f));
    key_row(ctx, r2, width);
    key_row(ctx, chars("“”（）-@./"), width);
    key_row(ctx, bottom_row(ctx, kb), width);
}

void receipt_rows(ViewContext& ctx, float width) {
    key_row(ctx, chars("1234567890"), width);
    key_row(ctx, chars("QWERTYUIOP"), width);
    auto r3 = chars("ASDFGHJKL");
    r3.push_back(special(ctx, "ui.osk_backspace", Act::backspace, 1.6f));
    key_row(ctx, r3, width);
    auto r4 = chars("ZXCVBNM-");
    r4.push_back(special(ctx, "ui.osk_hide", Act::hide, 1.6f));
    key_row(ctx, r4, width);
}

void handwriting_rows(ViewContext& ctx, const KeyboardView& kb, float width) {
    const Metrics& m = ctx.m();
    const float s = key_spacing(m);
    const float side = kKeyRows * key_height(m) + (kKeyRows - 1) * s;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    handwriting_pad(ctx, kb, side);
    const float right_w = width - side - s * 2;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + side + s * 2, origin.y));
    ImGui::BeginGroup();
    key_row(ctx,
            {special(ctx, "ui.osk_undo_stroke", Act::undo, 1.0f),
             special(ctx, "ui.osk_clear_pad", Act::clear, 1.0f)},
            right_w);
    key_row(ctx, chars("，。？！、：；"), right_w);
    auto r3 = chars("“”（）");
    r3.push_back(special(ctx, "ui.osk_backspace", Act::backspace, 2.0f));
    key_row(ctx, r3, right_w);
    key_row(ctx, bottom_row(ctx, kb), right_w);
    ImGui::EndGroup();
}

// Composition, the page of candidates, previous / next page.
void candidate_bar(ViewContext& ctx, const KeyboardView& kb, float width) {
    const Metrics& m = ctx.m();
    const float kh = key_height(m);
    const float s = key_spacing(m);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + kh), color::kPanel,
                      m.body * 0.2f);
    float x = origin.x;
    const bool paged = kb.page_count > 1;
    // Page buttons as wide as their labels need (上页 / 下页 never spill out of them).
    float page_w = 0;
    if (paged) {
        for (const char* k : {"ui.osk_prev", "ui.osk_next"})
            page_w = std::max(page_w, ImGui::CalcTextSize(ctx.tr(k).c_str()).x + m.body * 2.0f);
        page_w = std::max({64.0f, m.touch * 1.2f, page_w});
    }
    const float right = origin.x + width - (paged ? 2 * (page_w + s) : 0.0f);
    if (!kb.composition.empty()) {
        // The letters being composed (the person's input: drawn, not recorded). At most a
        // fifth of the bar: a long composition shows ".." and its end (where typing
        // happens); the field above shows it whole.
        ImFont* f = ImGui::GetFont();
        const float fsz = ImGui::GetFontSize();
        const float limit = width * 0.2f - m.body * 0.6f;
        const char* b = kb.composition.data();
        const char* e = b + kb.composition.size();
        const char* dots = "..";
        const float dots_w = f->CalcTextSizeA(fsz, FLT_MAX, 0, dots).x;
        bool cut = false;
        while (b < e && f->CalcTextSizeA(fsz, FLT_MAX, 0, b, e).x + (cut ? dots_w : 0) > limit) {
            ++b;  // pinyin letters and ' are one byte each
            cut = true;
        }
        float tx = x + m.body * 0.3f;
        const float ty = origin.y + (kh - fsz) * 0.5f;
        if (cut) {
            dl->AddText(f, fsz, ImVec2(tx, ty), color::kPrimary, dots);
            tx += dots_w;
        }
        dl->AddText(f, fsz, ImVec2(tx, ty), color::kPrimary, b, e);
        x = tx + f->CalcTextSizeA(fsz, FLT_MAX, 0, b, e).x + m.body * 0.3f;
    }
    // Tiles as wide as their candidate (a long phrase is not cut into look-alike stubs);
    // the font shrinks a little before a tile is left out.
    ImFont* tf = ctx.fonts().body;
    float fs = std::min(tf->FontSize * 1.25f, kh * 0.7f);
    const float pad = m.body * 0.5f;
    const auto tiles_width = [&](float size) {
        float w = 0;
        for (std::string_view c : kb.candidates)
            w += std::max(64.0f,
                          tf->CalcTextSizeA(size, FLT_MAX, 0, c.data(), c.data() + c.size()).x +
                              2 * pad) +
                 s;
        return w;
    };
    while (fs > tf->FontSize * 0.8f && x + tiles_width(fs) > right) fs -= 2.0f;
    for (size_t i = 0; i < kb.candidates.size(); ++i) {
        // Candidates are what the engine made of the person's input: never recorded.
        const std::string label(kb.candidates[i]);
        const ImVec2 ts = tf->CalcTextSizeA(fs, FLT_MAX, 0, label.c_str());
        const float cand_w = std::max(64.0f, ts.x + 2 * pad);
        if (x + cand_w > right) break;  // rare (long phrases): more letters narrow it down
        ImGui::SetCursorScreenPos(ImVec2(x, origin.y));
        const std::string id = "osk.cand#" + std::to_string(i);
        const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(cand_w, kh));
        const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
        if (ctx.hits()) ctx.hits()->add(id, a, b);
        dl->AddRectFilled(a, b, ImGui::IsItemActive() ? color::kPrimaryActive : color::kPrimary,
                          m.body * 0.25f);
        // The body font: it carries every character the engines can offer (app_fonts.hpp).
        dl->AddText(tf, fs, ImVec2(a.x + (cand_w - ts.x) * 0.5f, a.y + (kh - ts.y) * 0.5f),
                    color::kOnPrimary, label.c_str());
        if (pressed) ctx.emit(intent::CandidatePick{static_cast<int>(i)});
        x += cand_w + s;
    }
    // A sideways swipe along the candidates turns the page (a tap still picks): right to
    // left shows the next page, as on a phone.
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 bar_max(right, origin.y + kh);
    const bool from_bar = io.MouseClickedPos[0].x >= origin.x && io.MouseClickedPos[0].x < right &&
                          io.MouseClickedPos[0].y >= origin.y &&
                          io.MouseClickedPos[0].y < bar_max.y;
    const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
    if (paged && from_bar && std::fabs(dx) > m.body) {
        if (io.MouseDown[0]) ImGui::ClearActiveID();  // not a pick any more
        if (io.MouseReleased[0]) {
            if (dx < 0 && kb.page + 1 < kb.page_count) ctx.emit(intent::CandidatePage{+1});
            if (dx > 0 && kb.page > 0) ctx.emit(intent::CandidatePage{-1});
        }
    }
    if (paged) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - 2 * page_w - s, origin.y));
        if (big_button(ctx, "osk.page#prev", ctx.tr("ui.osk_prev"), page_w, ButtonKind::secondary,
                       kb.page > 0, kh))
            ctx.emit(intent::CandidatePage{-1});
        ImGui::SameLine();
        if (big_button(ctx, "osk.page#next", ctx.tr("ui.osk_next"), page_w, ButtonKind::secondary,
                       kb.page + 1 < kb.page_count, kh))
            ctx.emit(intent::CandidatePage{+1});
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + kh + s));
}

}  // namespace

float keyboard_height(const ViewContext& ctx) {
    const KeyboardView& kb = ctx.view().keyboard;
    if (!kb.open) return 0.0f;
    const float s = key_spacing(ctx.m());
    const int rows = kb.field_kind == FieldKind::receipt_code ? kKeyRows : kKeyRows + 1;
    return static_cast<float>(rows) * (key_height(ctx.m()) + s) + s;
}

void onscreen_keyboard(ViewContext& ctx) {
    const KeyboardView& kb = ctx.view().keyboard;
    if (!kb.open) return;
    const float s = key_spacing(ctx.m());
    ImGui::PushID("osk");
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(s, s));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    if (kb.field_kind != FieldKind::receipt_code) candidate_bar(ctx, kb, width);
    if (kb.field_kind == FieldKind::receipt_code) {
        receipt_rows(ctx, width);
    } else if (kb.mode == KeyboardMode::handwriting) {
        handwriting_rows(ctx, kb, width);
    } else if (kb.mode == KeyboardMode::abc && kb.symbols) {
        symbol_rows(ctx, kb, width);
    } else {
        letter_rows(ctx, kb, width);
    }
    ImGui::EndGroup();
    if (ctx.hits())
        ctx.hits()->add("osk.keyboard", top, ImVec2(top.x + width, ImGui::GetItemRectMax().y));
    ImGui::PopStyleVar();
    ImGui::PopID();
}

}  // namespace sk::kiosk::ui
