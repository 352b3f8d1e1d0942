#include "sk/kiosk/ui/context_cycler.hpp"

#include <chrono>

#include "sk/kiosk/ui/zero_alloc.hpp"

namespace sk::kiosk::ui {
namespace {

const char* no_clipboard_get(void*) {
    return "";
}
void no_clipboard_set(void*, const char*) {}

}  // namespace

void configure_io(ImGuiIO& io) {
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.GetClipboardTextFn = no_clipboard_get;
    io.SetClipboardTextFn = no_clipboard_set;
    io.ClipboardUserData = nullptr;
    io.ConfigInputTextCursorBlink = false;  // a blinking cursor would need frames when idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.MouseDrawCursor = false;
}

ContextCycler::ContextCycler(ImFontAtlas* atlas, ImFont* default_font, ContextHooks hooks)
    : atlas_(atlas), default_font_(default_font), hooks_(std::move(hooks)) {
    IM_ASSERT(zero_on_free_allocator_installed());
}

ContextCycler::~ContextCycler() {
    destroy();
}

ImGuiContext* ContextCycler::create() {
    if (ctx_) return ctx_;
    ctx_ = ImGui::CreateContext(atlas_);
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    configure_io(io);
    io.FontDefault = default_font_;
    if (hooks_.attach) hooks_.attach(ctx_);
    // Backends install their own clipboard handlers; ours win.
    configure_io(io);
    ++generation_;
    return ctx_;
}

void ContextCycler::destroy() {
    if (!ctx_) return;
    ImGui::SetCurrentContext(ctx_);
    if (hooks_.detach) hooks_.detach(ctx_);
    ImGui::DestroyContext(ctx_);  // shared atlas: not freed (not owned by the context)
    ctx_ = nullptr;
}

void ContextCycler::set_fonts(ImFontAtlas* atlas, ImFont* default_font) {
    atlas_ = atlas;
    default_font_ = default_font;
    if (!ctx_) return;
    ImGui::SetCurrentContext(ctx_);
    // NewFrame takes the font and the atlas's white pixel and line UVs from these; no
    // other state of the context points into an atlas between frames.
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts = atlas;
    io.FontDefault = default_font;
    if (hooks_.fonts_changed) hooks_.fonts_changed(ctx_);
}

void ContextCycler::recycle() {
    const auto start = std::chrono::steady_clock::now();
    destroy();
    create();
    last_recycle_ms_ =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace sk::kiosk::ui
