#include "sk/kiosk/platform/frame_loop.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "sk/kiosk/platform/renderer.hpp"

namespace sk::kiosk::platform {
namespace {
// ImGui settles a click over two frames (press state, then the result).
constexpr int kSettleFrames = 2;
}  // namespace

LoopStats run_frame_loop(const Window& window, App& app, ui::ContextCycler& contexts,
                         ui::KioskUi& ui, const LoopOptions& opts) {
    LoopStats stats;
    uint64_t seen_wipe = app.wipe_generation();
    unsigned long seen_input = input_event_count();
    int frames_due = kSettleFrames;
    uint64_t shown = 0;  // fingerprint of the frame on screen
    bool idle_done = !opts.on_first_idle;
    while (!app.quit_requested() && !glfwWindowShouldClose(window.handle())) {
        if (frames_due == 0 && !idle_done) {
            // Between frames, before sleeping; input that came meanwhile is polled next.
            idle_done = true;
            opts.on_first_idle();
        }
        if (frames_due > 0) {
            glfwPollEvents();
        } else {
            // Sleep until input, the core's next deadline, or the UI's own need for a frame.
            std::optional<double> wait;
            if (auto deadline = app.next_deadline()) {
                wait =
                    std::max(0.0, std::chrono::duration<double>(*deadline - Clock::now()).count());
            }
            if (auto ui_wait = ui.wants_frame_in())
                wait = std::min(wait.value_or(*ui_wait), *ui_wait);
            if (opts.watchdog) wait = opts.watchdog->cap_wait(wait);
            if (wait) {
                glfwWaitEventsTimeout(std::max(*wait, 0.001));
            } else {
                glfwWaitEvents();
            }
            ++stats.wakeups;
            if (ui.wants_frame_in()) frames_due = 1;
        }
        if (input_event_count() != seen_input) {
            seen_input = input_event_count();
            frames_due = std::max(frames_due, kSettleFrames);
        }
        if (opts.watchdog) opts.watchdog->ping(std::chrono::steady_clock::now());
        app.tick(Clock::now());
        if (app.wipe_generation() != seen_wipe) {
            // A respondent's session ended: ImGui's copies of their text go with the context.
            seen_wipe = app.wipe_generation();
            contexts.recycle();
            ++stats.recycles;
            if (opts.verbose)
                std::fprintf(stderr, "kiosk: new ImGui context in %.1f ms\n",
                             contexts.last_recycle_ms());
            frames_due = std::max(frames_due, kSettleFrames);
        }
        if (app.needs_redraw()) frames_due = std::max(frames_due, kSettleFrames);
        if (frames_due == 0) continue;

        const BuiltFrame built = build_frame(window, ui);
        // A settle frame often draws the picture already on screen: not rasterised again
        // (the front buffer keeps showing it). The first frame is always drawn.
        if (stats.frames == 0 || built.fingerprint != shown) {
            present_frame(window, built);
            shown = built.fingerprint;
            ++stats.presented;
        }
        app.mark_drawn();
        --frames_due;
        const int intents = built.intents;
        if (intents > 0) frames_due = std::max(frames_due, kSettleFrames);
        if (stats.frames++ == 0) {
            if (opts.watchdog) opts.watchdog->ready();
            if (opts.on_first_frame) opts.on_first_frame();
            if (opts.exit_after_first_frame) break;
        }
    }
    return stats;
}

}  // namespace sk::kiosk::platform
