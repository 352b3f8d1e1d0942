// HandwritingEngine on Zinnia with Debian's tegaki Simplified Chinese model. The model is
// loaded (mmapped) once; each recognize() builds a Zinnia character on a fixed-size pad from
// the normalised points and keeps the best candidates in sodium-allocated memory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/input_engines.hpp"
#include "sk/result.hpp"

// Zinnia's opaque handles (zinnia.h).
struct zinnia_recognizer_t;
struct zinnia_character_t;

namespace sk::kiosk::ime {

// More than a candidate row can usefully show; recognize() clamps max_candidates to it.
constexpr size_t kMaxHandwritingCandidates = 32;

class ZinniaEngine final : public HandwritingEngine {
  public:
    static Result<std::unique_ptr<ZinniaEngine>> open(const std::filesystem::path& model);
    // What open() checks of the file before Zinnia reads it.
    static Result<void> check_model_file(const std::filesystem::path& model);
    ~ZinniaEngine() override;
    ZinniaEngine(const ZinniaEngine&) = delete;
    ZinniaEngine& operator=(const ZinniaEngine&) = delete;

    Result<void> recognize(const StrokeView* strokes, size_t stroke_count,
                           size_t max_candidates) override;
    size_t candidate_count() const override { return count_; }
    size_t copy_candidate(size_t i, char* out, size_t cap) const override;
    std::vector<std::string> characters() const override;
    void wipe() override;

  private:
    ZinniaEngine(zinnia_recognizer_t* recognizer, zinnia_character_t* character);
    Result<void> fill_character(const StrokeView* strokes, size_t stroke_count);
    // Zinnia frees its point vectors without zeroing them: re-add as many zero points in
    // the same strokes first so the allocator hands the same chunks back and they get
    // overwritten, then clear. Best effort, like the pinyin engine's wipe.
    void scrub_character();
    char* slot(size_t i) const;

    zinnia_recognizer_t* recognizer_ = nullptr;
    zinnia_character_t* character_ = nullptr;  // reused; empty between calls
    crypto::SecureBuffer candidates_;          // kMaxHandwritingCandidates NUL-terminated slots
    size_t count_ = 0;
};

}  // namespace sk::kiosk::ime
