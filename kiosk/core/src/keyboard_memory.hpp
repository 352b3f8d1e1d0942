// The on-screen keyboard's secure arenas: what a person is composing (pinyin letters), the
// page of candidates shown, and the handwriting strokes. Fixed sizes (input_engines.hpp),
// sodium memory, zeroed by wipe(); nothing here ever lives in a std::string.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "sk/crypto/secure_buffer.hpp"
#include "sk/kiosk/input_engines.hpp"

namespace sk::kiosk {

constexpr size_t kCandidatesPerPage = 6;
constexpr size_t kHandwritingCandidates = 30;  // kept by the recogniser (5 pages)
// Consecutive pad points closer than this (pad units) add nothing to recognition.
constexpr float kMinStrokeStep = 0.004f;

class KeyboardMemory {
  public:
    KeyboardMemory();

    // --- composition (a-z and ')
    std::string_view composition() const;
    size_t composition_size() const { return comp_len_; }
    bool push_letter(char c);  // false when full
    void pop_letter();
    void drop_front(size_t n);  // letters consumed by a candidate (and a leading ')
    void clear_composition();

    // --- candidate page
    // Slot i (i < kCandidatesPerPage) receives up to kMaxCandidateBytes; returns the
    // buffer to copy into and its capacity (NUL included).
    char* candidate_slot(size_t i);
    static constexpr size_t candidate_slot_size() { return kMaxCandidateBytes + 1; }
    void set_candidate_count(size_t n) { cand_count_ = n; }
    size_t candidate_count() const { return cand_count_; }
    std::string_view candidate(size_t i) const;  // empty if out of range
    void clear_candidates();

    // --- strokes
    bool begin_stroke(StrokePoint p);  // false when full
    void add_point(StrokePoint p);     // to the open stroke; ignored when full or too close
    void end_stroke(StrokePoint p);
    void undo_stroke();
    void clear_strokes();
    bool stroke_open() const { return open_stroke_; }
    size_t stroke_count() const { return stroke_count_ + (open_stroke_ ? 1 : 0); }
    size_t closed_stroke_count() const { return stroke_count_; }
    // Views for the recogniser and the UI (the open stroke last).
    std::vector<StrokeView> strokes() const;

    void wipe();
    bool all_zero() const;  // every arena byte is 0 (tests)

  private:
    StrokePoint* points();
    const StrokePoint* points() const;
    size_t* stroke_ends();  // one past the last point of each closed stroke
    const size_t* stroke_ends() const;
    size_t stroke_start(size_t i) const;

    crypto::SecureBuffer comp_;   // kMaxCompositionLetters + 1
    crypto::SecureBuffer cands_;  // kCandidatesPerPage slots of candidate_slot_size()
    crypto::SecureBuffer points_;
    crypto::SecureBuffer ends_;
    size_t comp_len_ = 0;
    size_t cand_count_ = 0;
    size_t point_count_ = 0;
    size_t stroke_count_ = 0;  // closed strokes
    bool open_stroke_ = false;
};

}  // namespace sk::kiosk
