// The shared font atlas as one OpenGL texture of one byte per pixel, uploaded once and kept
// for the life of the window (issue 17). ImGui's OpenGL3 backend (Debian 1.86) only knows
// RGBA32: it would keep a 4-byte-per-pixel copy of the atlas on the CPU (21 MiB for the
// kiosk's 2048x2697 atlas) and upload it again for every respondent's new context. Here
// the alpha-8 pixels go up once as GL_R8 read through a swizzle as (1, 1, 1, r), which is
// what the backend's shader expects of its white RGBA texture; without swizzle support
// (GL < 3.3 and no ARB/EXT_texture_swizzle) as GL_LUMINANCE_ALPHA (255, a). After the
// upload the CPU copy is released (ClearTexData): the kiosk never adds glyphs to an atlas
// after its build (it swaps in a whole new one, staged_fonts.hpp), so nothing needs those
// pixels again.
#pragma once

#include <imgui.h>

#include <cstddef>

#include "sk/result.hpp"

namespace sk::kiosk::platform {

class FontTexture {
  public:
    // Uploads `atlas`'s alpha-8 pixels (Errc::invalid_argument when it has none: build it
    // with AtlasPixels::alpha8), sets its TexID and frees its CPU pixels. The window's GL
    // context must be current; Errc::internal when GL refuses the texture.
    static Result<FontTexture> upload(ImFontAtlas& atlas);

    FontTexture(FontTexture&& o) noexcept : id_(o.id_), bytes_(o.bytes_), swizzled_(o.swizzled_) {
        o.id_ = 0;
    }
    FontTexture& operator=(FontTexture&&) = delete;
    FontTexture(const FontTexture&) = delete;
    ~FontTexture();  // deletes the texture (the GL context must still be current)

    unsigned id() const { return id_; }
    size_t gpu_bytes() const { return bytes_; }  // what the texture takes in GL memory
    bool swizzled() const { return swizzled_; }  // GL_R8 + swizzle, else GL_LUMINANCE_ALPHA

  private:
    FontTexture(unsigned id, size_t bytes, bool swizzled)
        : id_(id), bytes_(bytes), swizzled_(swizzled) {}
    unsigned id_ = 0;
    size_t bytes_ = 0;
    bool swizzled_ = false;
};

// Creates the OpenGL3 backend's shaders and buffers for the current context without letting
// it read the atlas's pixels or make its own font texture (the atlas's TexID, set by
// FontTexture, is what every draw command samples). Call right after ImGui_ImplOpenGL3_Init.
void create_backend_objects_keeping_font_texture();

}  // namespace sk::kiosk::platform
