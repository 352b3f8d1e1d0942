// Text input engines behind the on-screen keyboard (issue 7): pinyin and handwriting.
//
// The core only sees these interfaces; kiosk/ime implements them with Debian's libpinyin
// and Zinnia (sk_kiosk_ime), tests may pass fakes. Both engines hold what a person is
// writing, so:
//  - candidates are copied out into caller-owned (secure) memory, libsodium style;
//  - wipe() forgets the composition / strokes and overwrites the engine's own buffers as
//    far as the library allows; nothing is ever written to an engine's user dictionary or
//    learning file on disk (learning is off, user data stays in memory).
// Single-threaded: call from the UI thread.
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sk/result.hpp"

namespace sk::kiosk {

// Upper bounds the keyboard's secure arenas are sized for.
constexpr size_t kMaxCompositionLetters = 64;  // a-z and '
constexpr size_t kMaxCandidateBytes = 64;      // one candidate, UTF-8, without NUL
constexpr size_t kMaxStrokes = 64;
constexpr size_t kMaxStrokePoints = 4096;  // all strokes together

class PinyinEngine {
  public:
    virtual ~PinyinEngine() = default;

    // Replaces the composition with `letters` (lower-case a-z and the syllable separator
    // '\''; anything else -> Errc::invalid_argument) and recomputes the candidates:
    // Simplified characters and whole phrases, best first ("nihao" -> 你好 near the top).
    // Empty letters clears the composition and the candidates.
    virtual Result<void> set_composition(std::string_view letters) = 0;

    virtual size_t candidate_count() const = 0;
    // Copies candidate i (UTF-8, NUL-terminated) into out[0..cap). Returns its length in
    // bytes, or 0 when i is out of range or it does not fit.
    virtual size_t copy_candidate(size_t i, char* out, size_t cap) const = 0;
    // How many letters of the composition candidate i consumes (choosing 你 of "nihao"
    // consumes 2; the keyboard keeps "hao" composing). 0 when i is out of range.
    virtual size_t candidate_letters(size_t i) const = 0;

    // Forget the composition and candidates; overwrite internal buffers best effort.
    virtual void wipe() = 0;
};

// Pad coordinates: x, y in [0, 1) across the square writing pad, origin top-left.
struct StrokePoint {
    float x = 0, y = 0;
};

struct StrokeView {
    const StrokePoint* points = nullptr;
    size_t count = 0;
};

class HandwritingEngine {
  public:
    virtual ~HandwritingEngine() = default;

    // Recognises the character drawn as `strokes` (in writing order) and keeps up to
    // `max_candidates` results, best first. No strokes -> no candidates.
    virtual Result<void> recognize(const StrokeView* strokes, size_t stroke_count,
                                   size_t max_candidates) = 0;

    virtual size_t candidate_count() const = 0;
    // Same contract as PinyinEngine::copy_candidate.
    virtual size_t copy_candidate(size_t i, char* out, size_t cap) const = 0;

    // Every character the model can return (UTF-8, one per entry): the platform makes sure
    // the font atlas can draw them.
    virtual std::vector<std::string> characters() const = 0;

    virtual void wipe() = 0;
};

// What the kiosk has at run time. A missing engine is not an error for the app: the
// keyboard offers the modes that work and the admin screen lists `problems`.
struct InputEngines {
    std::unique_ptr<PinyinEngine> pinyin;            // null when unavailable
    std::unique_ptr<HandwritingEngine> handwriting;  // null when unavailable
    std::vector<std::string> problems;  // one line each, e.g. "pinyin: no data at <dir>"
};

using InputEnginesFactory = std::function<InputEngines()>;

// Calls `open` (returning Result<std::unique_ptr<Engine>>). The engines return errors; an
// exception can only be an allocation failure inside a library, and becomes
// Errc::internal "failed to start (...)": a broken input library never takes the kiosk.
template <typename Open>
auto open_engine_guarded(Open&& open) -> decltype(open()) {
    try {
        return open();
    } catch (const std::exception& e) {
        return Error{Errc::internal, std::string("failed to start (") + e.what() + ")"};
    }
}

}  // namespace sk::kiosk
