// The handwriting engine loaded after the kiosk's first frame (issue 17). Zinnia reads its
// whole 26 MiB model at load; nobody writes a character before the first screen is up, so
// the kiosk hands the core this stand-in at start and loads the real engine on a
// background thread once the first frame is drawn (start()). The stand-in behaves as the
// real engine would:
//   - recognize() and characters() wait for the load (the first stroke always works,
//     however slow the load), starting it if start() was never called;
//   - before the load finished nothing was recognised, so candidate_count() is 0 and
//     wipe() has nothing to forget (neither waits: a wipe at start must not load);
//   - a failed load leaves no candidates, recognize() returns the load's error, and the
//     error is printed once on stderr (the file checks the engine makes are done before
//     start by the caller, so a missing model is still reported at start).
// Single-threaded like every engine: only the load itself runs on the other thread.
#pragma once

#include <functional>
#include <future>
#include <memory>
#include <mutex>

#include "sk/kiosk/input_engines.hpp"
#include "sk/result.hpp"

namespace sk::kiosk::platform {

class DeferredHandwriting final : public HandwritingEngine {
  public:
    using Loader = std::function<Result<std::unique_ptr<HandwritingEngine>>()>;
    explicit DeferredHandwriting(Loader load);
    ~DeferredHandwriting() override;  // waits for a load in progress

    // Begins the load on a background thread; later calls do nothing.
    void start();
    // The load has finished (successfully or not): the "ready" signal for tests and logs.
    bool ready() const;
    // After ready(): whether the engine loaded.
    bool loaded() const { return ready() && engine_ != nullptr; }

    Result<void> recognize(const StrokeView* strokes, size_t stroke_count,
                           size_t max_candidates) override;
    size_t candidate_count() const override;
    size_t copy_candidate(size_t i, char* out, size_t cap) const override;
    std::vector<std::string> characters() const override;
    void wipe() override;

  private:
    HandwritingEngine* wait() const;  // starts if needed, waits, the engine or null

    Loader load_;
    mutable std::once_flag started_;
    mutable std::future<void> done_;
    std::unique_ptr<HandwritingEngine> engine_;  // written by the load, read after done_
    Error error_{Errc::internal, "handwriting: not loaded"};
    mutable bool reported_ = false;
};

}  // namespace sk::kiosk::platform
