// A 64-bit fingerprint of what a frame would put on screen: ImGui's draw data (vertices,
// indices, commands with their clip rectangles and textures) and the framebuffer size. Two
// frames with the same fingerprint rasterise to the same picture, so the frame loop can
// leave the second one out (issue 17: on the kiosk's software renderer rasterising is
// almost all of a frame's cost, and ImGui settles every tap over frames that often draw
// the same picture again).
#pragma once

#include <imgui.h>

#include <cstdint>

namespace sk::kiosk::platform {

uint64_t frame_fingerprint(const ImDrawData& draw_data, int fb_width, int fb_height);

}  // namespace sk::kiosk::platform
