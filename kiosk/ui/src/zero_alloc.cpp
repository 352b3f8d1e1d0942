#include "sk/kiosk/ui/zero_alloc.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

#include "sk/crypto/secure_buffer.hpp"

namespace sk::kiosk::ui {
namespace {

// 16 bytes keep the user block as aligned as malloc's own result.
constexpr size_t kPrefix = 16;
static_assert(kPrefix >= sizeof(size_t) && kPrefix % alignof(std::max_align_t) == 0);

std::atomic<bool> g_installed{false};
std::atomic<size_t> g_live_blocks{0}, g_live_bytes{0}, g_allocs{0}, g_frees{0};
FreeProbe g_probe;

void* zero_alloc(size_t size, void*) {
    auto* base = static_cast<unsigned char*>(std::malloc(size + kPrefix));
    if (!base) return nullptr;
    std::memcpy(base, &size, sizeof size);
    g_live_blocks++;
    g_live_bytes += size;
    g_allocs++;
    return base + kPrefix;
}

void zero_free(void* ptr, void*) {
    if (!ptr) return;
    auto* user = static_cast<unsigned char*>(ptr);
    auto* base = user - kPrefix;
    size_t size = 0;
    std::memcpy(&size, base, sizeof size);
    if (g_probe.before_wipe) g_probe.before_wipe(user, size, g_probe.user);
    sk::crypto::wipe(base, size + kPrefix);
    if (g_probe.after_wipe) g_probe.after_wipe(user, size, g_probe.user);
    g_live_blocks--;
    g_live_bytes -= size;
    g_frees++;
    std::free(base);
}

}  // namespace

void install_zero_on_free_allocator() {
    if (g_installed.exchange(true)) return;
    ImGui::SetAllocatorFunctions(zero_alloc, zero_free, nullptr);
    // The FreeType builder keeps its own hooks (glyph bitmaps, FT_Memory); route them too.
    ImGuiFreeType::SetAllocatorFunctions(zero_alloc, zero_free, nullptr);
}

bool zero_on_free_allocator_installed() {
    return g_installed.load();
}

AllocStats zero_alloc_stats() {
    return AllocStats{g_live_blocks.load(), g_live_bytes.load(), g_allocs.load(), g_frees.load()};
}

void set_free_probe(const FreeProbe& probe) {
    g_probe = probe;
}
void clear_free_probe() {
    g_probe = FreeProbe{};
}

}  // namespace sk::kiosk::ui
