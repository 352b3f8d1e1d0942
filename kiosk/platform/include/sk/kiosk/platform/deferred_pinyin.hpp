// The pinyin engine opened after the kiosk's first frame (issue 17). libpinyin reads its
// tables at open (about a twentieth of the start); nobody types before the first screen is
// up. The core gets this stand-in at start and the frame loop opens the real engine at its
// first idle moment, on the main thread: libpinyin's open mutes stderr with dup2, which is
// not safe while another thread may write there, so it is opened before the kiosk starts
// any thread of its own (the handwriting load starts after it). The stand-in behaves as
// the real engine would:
//   - set_composition() opens the engine first if load() was not called yet (the first
//     letter always works);
//   - before the open nothing was composed: no candidates, and wipe() has nothing to
//     forget (neither opens the engine: a wipe at start must not load it);
//   - a failed open leaves no candidates, set_composition() returns the open's error, and
//     the error is printed once on stderr (the data directory checks are made at start by
//     the caller, so missing data is still an admin notice from the start).
// Single-threaded, like every engine.
#pragma once

#include <functional>
#include <memory>

#include "sk/kiosk/input_engines.hpp"
#include "sk/result.hpp"

namespace sk::kiosk::platform {

class DeferredPinyin final : public PinyinEngine {
  public:
    using Opener = std::function<Result<std::unique_ptr<PinyinEngine>>()>;
    explicit DeferredPinyin(Opener open);

    // Opens the engine now; later calls do nothing.
    void load();
    bool attempted() const { return attempted_; }
    bool loaded() const { return engine_ != nullptr; }

    Result<void> set_composition(std::string_view letters) override;
    size_t candidate_count() const override;
    size_t copy_candidate(size_t i, char* out, size_t cap) const override;
    size_t candidate_letters(size_t i) const override;
    void wipe() override;

  private:
    Opener open_;
    bool attempted_ = false;
    std::unique_ptr<PinyinEngine> engine_;
    Error error_{Errc::internal, "pinyin: not loaded"};
};

}  // namespace sk::kiosk::platform
