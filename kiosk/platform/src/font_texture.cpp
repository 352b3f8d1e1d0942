#include "sk/kiosk/platform/font_texture.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <GL/gl.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace sk::kiosk::platform {
namespace {

// GL_TEXTURE_SWIZZLE_RGBA is core from 3.3; before that an extension may offer it. R8
// textures (ARB_texture_rg) are core from 3.0, which every swizzle-capable context has.
bool have_swizzle() {
    const char* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    int major = 0, minor = 0;
    if (!version || std::sscanf(version, "%d.%d", &major, &minor) != 2) return false;
    if (major > 3 || (major == 3 && minor >= 3)) return true;
    if (major < 3) return false;
    const char* ext = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return ext && (std::strstr(ext, "GL_ARB_texture_swizzle") != nullptr ||
                   std::strstr(ext, "GL_EXT_texture_swizzle") != nullptr);
}

}  // namespace

Result<FontTexture> FontTexture::upload(ImFontAtlas& atlas) {
    if (!atlas.IsBuilt() || !atlas.TexPixelsAlpha8)
        return Error{Errc::invalid_argument, "font texture: the atlas has no alpha-8 pixels"};
    const int w = atlas.TexWidth, h = atlas.TexHeight;
    const unsigned char* px = atlas.TexPixelsAlpha8;
    const size_t pixels = static_cast<size_t>(w) * static_cast<size_t>(h);

    GLint last_texture = 0, last_alignment = 4;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &last_alignment);
    while (glGetError() != GL_NO_ERROR) {
    }
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of one byte per pixel, any width
    const bool swizzled = have_swizzle();
    size_t bytes = pixels;
    if (swizzled) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, px);
        // The backend's shader multiplies the vertex colour by the texel: white, glyph alpha.
        const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    } else {
        std::vector<unsigned char> la(pixels * 2);
        for (size_t i = 0; i < pixels; ++i) {
            la[2 * i] = 255;
            la[2 * i + 1] = px[i];
        }
        bytes = la.size();
        glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE_ALPHA, w, h, 0, GL_LUMINANCE_ALPHA,
                     GL_UNSIGNED_BYTE, la.data());
    }
    const GLenum err = glGetError();
    glPixelStorei(GL_UNPACK_ALIGNMENT, last_alignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    if (err != GL_NO_ERROR) {
        glDeleteTextures(1, &id);
        char msg[96];
        std::snprintf(msg, sizeof msg, "font texture: OpenGL refused a %dx%d texture (0x%x)", w, h,
                      err);
        return Error{Errc::internal, msg};
    }
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(id)));
    // The GL texture is the only copy from now on; IsBuilt() stays true (TexReady is kept).
    atlas.ClearTexData();
    return FontTexture(id, bytes, swizzled);
}

FontTexture::~FontTexture() {
    if (id_ != 0) {
        const GLuint id = id_;
        glDeleteTextures(1, &id);
    }
}

void create_backend_objects_keeping_font_texture() {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* shared = io.Fonts;
    // The backend makes its shaders and buffers and then always uploads io.Fonts's RGBA
    // pixels (which would rebuild our cleared atlas). It gets a 1x1 stand-in atlas for
    // that, and its stand-in texture is dropped at once.
    static unsigned int white = 0xFFFFFFFFu;
    ImFontAtlas stand_in;
    stand_in.TexPixelsRGBA32 = &white;
    stand_in.TexWidth = stand_in.TexHeight = 1;
    io.Fonts = &stand_in;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    stand_in.TexPixelsRGBA32 = nullptr;  // static, not the atlas's to free
    io.Fonts = shared;
}

}  // namespace sk::kiosk::platform
