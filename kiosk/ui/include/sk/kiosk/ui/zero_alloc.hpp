// Zero-on-free allocator for Dear ImGui (THREAT_MODEL property 8). ImGui copies typed text
// into its own buffers (InputText edit state, clipboard, draw lists); zeroing the app's
// buffer is not enough. Every block ImGui frees is wiped first (sk::crypto::wipe), so a
// destroyed context leaves no readable text in the heap. A size prefix lets free() know
// how much to wipe.
#pragma once

#include <cstddef>

namespace sk::kiosk::ui {

struct AllocStats {
    size_t live_blocks = 0;
    size_t live_bytes = 0;
    size_t total_allocs = 0;
    size_t total_frees = 0;
};

// Installs the allocator for every ImGui context and the FreeType font builder.
// Idempotent. Must run before the first ImGui allocation (font atlas, context): a block
// allocated by malloc must never reach the prefixed free().
void install_zero_on_free_allocator();
bool zero_on_free_allocator_installed();

AllocStats zero_alloc_stats();

// Test hook. `before_wipe` is called with the user block just before it is wiped,
// `after_wipe` right before it goes back to the C heap. Either may be null. Not thread
// safe; set it while no ImGui call is running.
struct FreeProbe {
    void (*before_wipe)(const unsigned char* block, size_t size, void* user) = nullptr;
    void (*after_wipe)(const unsigned char* block, size_t size, void* user) = nullptr;
    void* user = nullptr;
};
void set_free_probe(const FreeProbe& probe);
void clear_free_probe();

}  // namespace sk::kiosk::ui
