#include "keyboard_memory.hpp"

#include <cmath>
#include <cstring>

namespace sk::kiosk {

KeyboardMemory::KeyboardMemory()
    : comp_(kMaxCompositionLetters + 1),
      cands_(kCandidatesPerPage * candidate_slot_size()),
      points_(kMaxStrokePoints * sizeof(StrokePoint)),
      ends_(kMaxStrokes * sizeof(size_t)) {}

// --- composition

std::string_view KeyboardMemory::composition() const {
    return {reinterpret_cast<const char*>(comp_.data()), comp_len_};
}

bool KeyboardMemory::push_letter(char c) {
    if (comp_len_ >= kMaxCompositionLetters) return false;
    comp_.data()[comp_len_++] = static_cast<uint8_t>(c);
    return true;
}

void KeyboardMemory::pop_letter() {
    if (comp_len_ > 0) comp_.data()[--comp_len_] = 0;
}

void KeyboardMemory::drop_front(size_t n) {
    if (n > comp_len_) n = comp_len_;
    uint8_t* c = comp_.data();
    // The separator after a consumed syllable means nothing on its own.
    while (n < comp_len_ && c[n] == '\'') ++n;
    std::memmove(c, c + n, comp_len_ - n);
    crypto::wipe(c + (comp_len_ - n), n);
    comp_len_ -= n;
}

void KeyboardMemory::clear_composition() {
    crypto::wipe(comp_.data(), comp_.size());
    comp_len_ = 0;
}

// --- candidates

char* KeyboardMemory::candidate_slot(size_t i) {
    return reinterpret_cast<char*>(cands_.data() + i * candidate_slot_size());
}

std::string_view KeyboardMemory::candidate(size_t i) const {
    if (i >= cand_count_) return {};
    const char* p = reinterpret_cast<const char*>(cands_.data() + i * candidate_slot_size());
    return {p, strnlen(p, candidate_slot_size() - 1)};
}

void KeyboardMemory::clear_candidates() {
    crypto::wipe(cands_.data(), cands_.size());
    cand_count_ = 0;
}

// --- strokes

StrokePoint* KeyboardMemory::points() {
    return reinterpret_cast<StrokePoint*>(points_.data());
}
const StrokePoint* KeyboardMemory::points() const {
    return reinterpret_cast<const StrokePoint*>(points_.data());
}
size_t* KeyboardMemory::stroke_ends() {
    return reinterpret_cast<size_t*>(ends_.data());
}
const size_t* KeyboardMemory::stroke_ends() const {
    return reinterpret_cast<const size_t*>(ends_.data());
}
size_t KeyboardMemory::stroke_start(size_t i) const {
    return i == 0 ? 0 : stroke_ends()[i - 1];
}

bool KeyboardMemory::begin_stroke(StrokePoint p) {
    if (open_stroke_) end_stroke(p);
    if (stroke_count_ >= kMaxStrokes || point_count_ >= kMaxStrokePoints) return false;
    points()[point_count_++] = p;
    open_stroke_ = true;
    return true;
}

void KeyboardMemory::add_point(StrokePoint p) {
    if (!open_stroke_ || point_count_ >= kMaxStrokePoints) return;
    const StrokePoint& last = points()[point_count_ - 1];
    if (std::fabs(p.x - last.x) < kMinStrokeStep && std::fabs(p.y - last.y) < kMinStrokeStep)
        return;
    points()[point_count_++] = p;
}

void KeyboardMemory::end_stroke(StrokePoint p) {
    if (!open_stroke_) return;
    add_point(p);
    stroke_ends()[stroke_count_++] = point_count_;
    open_stroke_ = false;
}

void KeyboardMemory::undo_stroke() {
    if (open_stroke_) {
        // Drop the unfinished stroke first.
        const size_t start = stroke_start(stroke_count_);
        crypto::wipe(points() + start, (point_count_ - start) * sizeof(StrokePoint));
        point_count_ = start;
        open_stroke_ = false;
        return;
    }
    if (stroke_count_ == 0) return;
    const size_t start = stroke_start(stroke_count_ - 1);
    crypto::wipe(points() + start, (point_count_ - start) * sizeof(StrokePoint));
    point_count_ = start;
    stroke_ends()[--stroke_count_] = 0;
}

void KeyboardMemory::clear_strokes() {
    crypto::wipe(points_.data(), points_.size());
    crypto::wipe(ends_.data(), ends_.size());
    point_count_ = stroke_count_ = 0;
    open_stroke_ = false;
}

std::vector<StrokeView> KeyboardMemory::strokes() const {
    std::vector<StrokeView> out;
    out.reserve(stroke_count());
    for (size_t i = 0; i < stroke_count_; ++i) {
        const size_t start = stroke_start(i);
        out.push_back({points() + start, stroke_ends()[i] - start});
    }
    if (open_stroke_) {
        const size_t start = stroke_start(stroke_count_);
        out.push_back({points() + start, point_count_ - start});
    }
    return out;
}

void KeyboardMemory::wipe() {
    clear_composition();
    clear_candidates();
    clear_strokes();
}

bool KeyboardMemory::all_zero() const {
    for (const crypto::SecureBuffer* b : {&comp_, &cands_, &points_, &ends_}) {
        for (size_t i = 0; i < b->size(); ++i)
            if (b->data()[i] != 0) return false;
    }
    return comp_len_ == 0 && cand_count_ == 0 && point_count_ == 0 && stroke_count_ == 0;
}

}  // namespace sk::kiosk
