// The real kiosk in this process for the benchmark: App (demo assets) + KioskUi + the
// shared font atlas + a real GLFW window, stepped the way the platform frame loop does it
// (tick, recycle the ImGui context after a wipe, render). Also draws an empty ImGui frame
// in the same window: the baseline for the kiosk's frame time.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "sk/kiosk/app.hpp"
#include "sk/kiosk/platform/font_atlas.hpp"
#include "sk/kiosk/platform/window.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"
#include "sk/result.hpp"

namespace sk::bench {

class KioskScene {
  public:
    // data_dir is created; the anti-flood interval is set to 0 there before App::open so
    // 100 tips in a row are accepted (a benchmark, not a respondent).
    static Result<std::unique_ptr<KioskScene>> open(const std::filesystem::path& data_dir,
                                                    const std::filesystem::path& assets_dir);
    ~KioskScene();

    kiosk::App& app() { return *app_; }
    const kiosk::AppView& view() const { return app_->view(); }
    bool have_pinyin() const { return have_pinyin_; }

    // Dispatches an intent and renders one frame as the frame loop would.
    void act(const kiosk::Intent& intent);
    // One frame of the kiosk UI (tick, recycle after a wipe, NewFrame..swap).
    void frame();
    // One frame as the platform frame loop draws it: built always, rasterised only when it
    // differs from the last one shown (or always, with skip_identical false). Returns
    // whether it was rasterised.
    bool loop_frame(bool skip_identical);
    // One frame with no widgets at all in the same window and context.
    void empty_frame();

  private:
    KioskScene() = default;
    std::optional<kiosk::App> app_;
    std::optional<kiosk::platform::Window> window_;
    std::optional<kiosk::platform::BuiltAtlas> atlas_;
    std::unique_ptr<kiosk::ui::KioskUi> ui_;
    std::unique_ptr<kiosk::ui::ContextCycler> contexts_;
    uint64_t seen_wipe_ = 0;
    uint64_t shown_ = 0;  // fingerprint of the last frame loop_frame rasterised
    bool have_pinyin_ = false;
};

}  // namespace sk::bench
