// The raw baseline programs of the kiosk benchmark, run as child processes of
// sk_kiosk_bench: a GLFW window of the kiosk's size with a bare ImGui context (default
// font, no kiosk code) that draws empty frames.
#pragma once

namespace sk::bench {

// Opens the window, draws one empty frame and prints "first frame ... RSS N KiB" (the
// kiosk's --print-timing words). continuous: then redraws at 60 Hz until killed (the naive
// render loop the kiosk's event-driven loop avoids); else exits.
int run_empty_window(bool continuous);

}  // namespace sk::bench
