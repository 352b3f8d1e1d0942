#include "sk/kiosk/platform/frame_fingerprint.hpp"

#include <functional>
#include <string_view>

namespace sk::kiosk::platform {
namespace {

// A collision costs one frame not drawn until the next input; 64 bits make it moot.
uint64_t mix(uint64_t h, uint64_t v) {
    return h ^ (v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2));
}

template <typename T>
uint64_t bytes_hash(const ImVector<T>& v) {
    return std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(v.Data),
                                                          static_cast<size_t>(v.Size) * sizeof(T)));
}

uint64_t float_bits(float f) {
    uint32_t u = 0;
    static_assert(sizeof u == sizeof f);
    __builtin_memcpy(&u, &f, sizeof u);
    return u;
}

}  // namespace

uint64_t frame_fingerprint(const ImDrawData& d, int fb_width, int fb_height) {
    uint64_t h = mix(static_cast<uint64_t>(fb_width), static_cast<uint64_t>(fb_height));
    h = mix(h, float_bits(d.DisplayPos.x));
    h = mix(h, float_bits(d.DisplayPos.y));
    h = mix(h, float_bits(d.FramebufferScale.x));
    h = mix(h, float_bits(d.FramebufferScale.y));
    h = mix(h, static_cast<uint64_t>(d.CmdListsCount));
    for (int i = 0; i < d.CmdListsCount; ++i) {
        const ImDrawList* list = d.CmdLists[i];
        h = mix(h, bytes_hash(list->VtxBuffer));
        h = mix(h, bytes_hash(list->IdxBuffer));
        h = mix(h, static_cast<uint64_t>(list->CmdBuffer.Size));
        for (const ImDrawCmd& c : list->CmdBuffer) {
            h = mix(h, float_bits(c.ClipRect.x));
            h = mix(h, float_bits(c.ClipRect.y));
            h = mix(h, float_bits(c.ClipRect.z));
            h = mix(h, float_bits(c.ClipRect.w));
            h = mix(h, reinterpret_cast<uintptr_t>(c.TextureId));
            h = mix(h, c.VtxOffset);
            h = mix(h, c.IdxOffset);
            h = mix(h, c.ElemCount);
            h = mix(h, reinterpret_cast<uintptr_t>(c.UserCallback));
        }
    }
    return h;
}

}  // namespace sk::kiosk::platform
