// The kiosk's main loop, short like Dear ImGui's examples but event driven: it sleeps in
// glfwWaitEventsTimeout until input arrives or the core's next timer is due, so an idle
// kiosk uses next to no CPU. After input (or a change of the core's view) it draws two
// frames, because an ImGui widget needs a second frame to show the result of a click; a
// frame that would show the picture already on screen is built but not rasterised.
#pragma once

#include <functional>

#include "sk/kiosk/app.hpp"
#include "sk/kiosk/platform/watchdog.hpp"
#include "sk/kiosk/platform/window.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/kiosk_ui.hpp"

namespace sk::kiosk::platform {

struct LoopOptions {
    bool exit_after_first_frame = false;
    bool verbose = false;
    std::function<void()> on_first_frame;  // start-up measurement
    // Once, the first time the loop is idle after the first frame (all frames due drawn,
    // about to sleep): the work deferred past the first frame (the full font atlas).
    std::function<void()> on_first_idle;
    Watchdog* watchdog = nullptr;  // systemd READY=1 / WATCHDOG=1 (may be null)
};

struct LoopStats {
    long frames = 0;     // built
    long presented = 0;  // rasterised and swapped (the rest showed the same picture)
    long wakeups = 0;
    long recycles = 0;
};

LoopStats run_frame_loop(const Window& window, App& app, ui::ContextCycler& contexts,
                         ui::KioskUi& ui, const LoopOptions& opts);

}  // namespace sk::kiosk::platform
