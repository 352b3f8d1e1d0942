#include "sk/kiosk/platform/font_atlas.hpp"

#include <imgui_freetype.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>

namespace sk::kiosk::platform {
namespace {

// Read-only mapping of the font file for the duration of the build.
class MappedFile {
  public:
    ~MappedFile() {
        if (data_) munmap(data_, size_);
    }
    Result<void> open(const std::string& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return Error{Errc::io_error, "cannot open font " + path + ": " + std::strerror(errno)};
        struct stat st {};
        if (fstat(fd, &st) != 0 || st.st_size <= 0) {
            ::close(fd);
            return Error{Errc::io_error, "cannot read font " + path};
        }
        size_ = static_cast<size_t>(st.st_size);
        void* p = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (p == MAP_FAILED) return Error{Errc::io_error, "cannot map font " + path};
        data_ = p;
        return ok();
    }
    void* data() const { return data_; }
    size_t size() const { return size_; }

  private:
    void* data_ = nullptr;
    size_t size_ = 0;
};

// ImGui copies font data it does not own (AddFont: one copy of the whole 19 MB collection
// per size, three sizes, 58 MB of memcpy and page faults at every start). So the atlas is
// told it owns the mapping (no copy) and is told otherwise by this guard before it could
// free it: before ClearInputData and before an atlas whose build failed is destroyed.
class DisownFontData {
  public:
    explicit DisownFontData(ImFontAtlas& atlas) : atlas_(atlas) {}
    ~DisownFontData() { now(); }
    void now() {
        for (ImFontConfig& c : atlas_.ConfigData) {
            c.FontDataOwnedByAtlas = false;
            c.FontData = nullptr;
        }
    }
    DisownFontData(const DisownFontData&) = delete;
    DisownFontData& operator=(const DisownFontData&) = delete;

  private:
    ImFontAtlas& atlas_;
};

ImFont* add_font(ImFontAtlas& atlas, const MappedFile& file, int face, float px,
                 const ImWchar* ranges) {
    ImFontConfig cfg;
    cfg.FontNo = face;
    // The mapping is ours: "owned" only so that ImGui does not copy it (DisownFontData).
    cfg.FontDataOwnedByAtlas = true;
    // Horizontal oversampling triples the width of every CJK glyph for no visible gain.
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    return atlas.AddFontFromMemoryTTF(file.data(), static_cast<int>(file.size()), px, &cfg, ranges);
}

}  // namespace

FontSizes font_sizes_for_height(int screen_height) {
    const float h = static_cast<float>(std::max(screen_height, 480));
    FontSizes s;
    s.body = std::round(h / 22.0f);
    s.title = std::round(h / 15.0f);
    s.code = std::round(h / 10.0f);
    return s;
}

Result<BuiltAtlas> build_font_atlas(const AtlasRequest& request) {
    const auto start = std::chrono::steady_clock::now();
    MappedFile file;
    SK_TRY(file.open(request.font.path));

    BuiltAtlas out;
    out.atlas = std::make_unique<ImFontAtlas>();
    ImFontAtlas& atlas = *out.atlas;
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight | ImFontAtlasFlags_NoMouseCursors;
    if (request.freetype) atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();

    GlyphSet code_glyphs;
    code_glyphs.add_range(0x20, 0x7E);
    // Ranges must stay alive until Build() has run.
    const std::vector<ImWchar> body_ranges = request.body_glyphs.ranges();
    const std::vector<ImWchar> title_ranges = request.title_glyphs.ranges();
    const std::vector<ImWchar> code_ranges = code_glyphs.ranges();
    const int face = request.font.face_index;
    DisownFontData disown(atlas);  // destroyed before `out` on every return
    out.body = add_font(atlas, file, face, request.sizes.body, body_ranges.data());
    out.title = add_font(atlas, file, face, request.sizes.title, title_ranges.data());
    out.code = add_font(atlas, file, face, request.sizes.code, code_ranges.data());
    if (!out.body || !out.title || !out.code || !atlas.Build()) {
        return Error{Errc::internal, "font atlas build failed (" + request.font.path + ")"};
    }
    unsigned char* pixels = nullptr;
    if (request.pixels == AtlasPixels::alpha8) {
        atlas.GetTexDataAsAlpha8(&pixels, &out.stats.tex_width, &out.stats.tex_height);
        out.stats.bytes_per_pixel = 1;
    } else {
        atlas.GetTexDataAsRGBA32(&pixels, &out.stats.tex_width, &out.stats.tex_height);
        out.stats.bytes_per_pixel = 4;
        // The GL backend uploads from the RGBA copy; the alpha-only original is dead weight.
        if (atlas.TexPixelsAlpha8) {
            IM_FREE(atlas.TexPixelsAlpha8);
            atlas.TexPixelsAlpha8 = nullptr;
        }
    }
    // Drops the font configs that point into the mapping before it is unmapped; the
    // mapping is not the atlas's to free.
    disown.now();
    atlas.ClearInputData();

    out.stats.body_glyphs = static_cast<size_t>(out.body->Glyphs.Size);
    out.stats.title_glyphs = static_cast<size_t>(out.title->Glyphs.Size);
    out.stats.build_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace sk::kiosk::platform
