#include "sk/desk/ui/desk_context.hpp"

#include "sk/kiosk/ui/zero_alloc.hpp"

namespace sk::desk::ui {

DeskContext::DeskContext(ImFontAtlas* atlas, ImFont* default_font, kiosk::ui::ContextHooks hooks)
    : atlas_(atlas), font_(default_font), hooks_(std::move(hooks)) {
    IM_ASSERT(kiosk::ui::zero_on_free_allocator_installed());
    create();
}

DeskContext::~DeskContext() {
    destroy();
}

void DeskContext::create() {
    ctx_ = ImGui::CreateContext(atlas_);
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    kiosk::ui::configure_io(io);
    io.FontDefault = font_;
    if (hooks_.attach) hooks_.attach(ctx_);
    kiosk::ui::configure_io(io);  // backends install clipboard handlers; ours win
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    ++generation_;
}

void DeskContext::destroy() {
    if (!ctx_) return;
    ImGui::SetCurrentContext(ctx_);
    if (hooks_.detach) hooks_.detach(ctx_);
    ImGui::DestroyContext(ctx_);
    ctx_ = nullptr;
}

void DeskContext::recycle() {
    destroy();
    create();
}

void DeskContext::swap_atlas(ImFontAtlas* atlas, ImFont* default_font) {
    // Simplest correct way: a fresh context on the new atlas (the backends re-create the
    // font texture in their init). Widget state is lost; rebuilds are rare (new data).
    destroy();
    atlas_ = atlas;
    font_ = default_font;
    create();
}

}  // namespace sk::desk::ui
