#include "zinnia_engine.hpp"

#include <zinnia.h>

#include <cmath>
#include <cstring>
#include <new>
#include <system_error>

namespace sk::kiosk::ime {
namespace {

namespace fs = std::filesystem;

// Zinnia normalises by the character's width/height; any fixed square works. 1000 keeps the
// rounding of normalised touch points well below a pixel of a real pad.
constexpr int kPadSize = 1000;
constexpr size_t kSlotBytes = kMaxCandidateBytes + 1;
// A Zinnia model starts with a magic word, a version and a count; anything shorter is not one.
constexpr std::uintmax_t kMinModelBytes = 16;

int to_pad(float v) {
    const int p = static_cast<int>(v * static_cast<float>(kPadSize));
    if (p < 0) return 0;
    return p >= kPadSize ? kPadSize - 1 : p;
}

Result<void> check_strokes(const StrokeView* strokes, size_t stroke_count) {
    if (stroke_count > kMaxStrokes) return {Errc::invalid_argument, "too many strokes"};
    if (stroke_count > 0 && strokes == nullptr) {
        return {Errc::invalid_argument, "no stroke array"};
    }
    size_t points = 0;
    for (size_t s = 0; s < stroke_count; ++s) {
        const StrokeView& v = strokes[s];
        if (v.count > 0 && v.points == nullptr) {
            return {Errc::invalid_argument, "stroke without points array"};
        }
        points += v.count;
        if (points > kMaxStrokePoints) return {Errc::invalid_argument, "too many stroke points"};
        for (size_t i = 0; i < v.count; ++i) {
            if (!std::isfinite(v.points[i].x) || !std::isfinite(v.points[i].y)) {
                return {Errc::invalid_argument, "stroke point is not a number"};
            }
        }
    }
    return ok();
}

}  // namespace

Result<void> ZinniaEngine::check_model_file(const fs::path& model) {
    std::error_code ec;
    if (!fs::exists(model, ec)) {
        return {Errc::not_found,
                "no model at " + model.string() + " (install tegaki-zinnia-simplified-chinese)"};
    }
    if (!fs::is_regular_file(model, ec)) {
        return {Errc::bad_format, model.string() + " is not a model file"};
    }
    if (fs::file_size(model, ec) < kMinModelBytes || ec) {
        return {Errc::bad_format, "model " + model.string() + " is truncated"};
    }
    return ok();
}

Result<std::unique_ptr<ZinniaEngine>> ZinniaEngine::open(const fs::path& model) {
    SK_TRY(check_model_file(model));
    zinnia_recognizer_t* recognizer = zinnia_recognizer_new();
    if (recognizer == nullptr) return {Errc::internal, "zinnia could not allocate a recognizer"};
    // Zinnia checks the model's magic word (derived from the file size) and version, so a
    // truncated or foreign file is refused here rather than read out of bounds later.
    if (!zinnia_recognizer_open(recognizer, model.string().c_str())) {
        std::string why = zinnia_recognizer_strerror(recognizer);
        zinnia_recognizer_destroy(recognizer);
        return {Errc::bad_format, "cannot load model " + model.string() + ": " + why};
    }
    if (zinnia_recognizer_size(recognizer) == 0) {
        zinnia_recognizer_destroy(recognizer);
        return {Errc::bad_format, "model " + model.string() + " has no characters"};
    }
    zinnia_character_t* character = zinnia_character_new();
    if (character == nullptr) {
        zinnia_recognizer_destroy(recognizer);
        return {Errc::internal, "zinnia could not allocate a character"};
    }
    try {
        // The candidate arena is sodium_malloc'd and may be refused (mlock limits).
        return std::unique_ptr<ZinniaEngine>(new ZinniaEngine(recognizer, character));
    } catch (const std::bad_alloc&) {
        zinnia_character_destroy(character);
        zinnia_recognizer_destroy(recognizer);
        return {Errc::internal, "out of (secure) memory for the candidates"};
    }
}

ZinniaEngine::ZinniaEngine(zinnia_recognizer_t* recognizer, zinnia_character_t* character)
    : recognizer_(recognizer),
      character_(character),
      candidates_(kMaxHandwritingCandidates * kSlotBytes) {}

ZinniaEngine::~ZinniaEngine() {
    wipe();
    zinnia_character_destroy(character_);
    zinnia_recognizer_destroy(recognizer_);
}

char* ZinniaEngine::slot(size_t i) const {
    return reinterpret_cast<char*>(const_cast<uint8_t*>(candidates_.data())) + i * kSlotBytes;
}

Result<void> ZinniaEngine::fill_character(const StrokeView* strokes, size_t stroke_count) {
    zinnia_character_clear(character_);
    zinnia_character_set_width(character_, kPadSize);
    zinnia_character_set_height(character_, kPadSize);
    size_t id = 0;  // Zinnia's stroke ids are dense; a stroke without points gets none
    for (size_t s = 0; s < stroke_count; ++s) {
        const StrokeView& v = strokes[s];
        if (v.count == 0) continue;
        for (size_t i = 0; i < v.count; ++i) {
            if (!zinnia_character_add(character_, id, to_pad(v.points[i].x),
                                      to_pad(v.points[i].y))) {
                return {Errc::internal, "zinnia refused a stroke point"};
            }
        }
        ++id;
    }
    return ok();
}

void ZinniaEngine::scrub_character() {
    const size_t n = zinnia_character_strokes_size(character_);
    size_t shape[kMaxStrokes] = {};
    for (size_t s = 0; s < n && s < kMaxStrokes; ++s) {
        shape[s] = zinnia_character_stroke_size(character_, s);
    }
    zinnia_character_clear(character_);
    for (size_t s = 0; s < n && s < kMaxStrokes; ++s) {
        for (size_t i = 0; i < shape[s]; ++i) zinnia_character_add(character_, s, 0, 0);
    }
    zinnia_character_clear(character_);
}

Result<void> ZinniaEngine::recognize(const StrokeView* strokes, size_t stroke_count,
                                     size_t max_candidates) {
    wipe();
    SK_TRY(check_strokes(strokes, stroke_count));
    if (max_candidates > kMaxHandwritingCandidates) max_candidates = kMaxHandwritingCandidates;
    if (stroke_count == 0 || max_candidates == 0) return ok();

    Result<void> filled = fill_character(strokes, stroke_count);
    if (!filled.ok() || zinnia_character_strokes_size(character_) == 0) {
        scrub_character();
        return filled;
    }
    zinnia_result_t* result = zinnia_recognizer_classify(recognizer_, character_, max_candidates);
    scrub_character();
    if (result == nullptr) return {Errc::internal, "zinnia could not classify the strokes"};

    const size_t n = zinnia_result_size(result);
    for (size_t i = 0; i < n && count_ < max_candidates; ++i) {
        const char* value = zinnia_result_value(result, i);
        if (value == nullptr) continue;
        const size_t len = std::strlen(value);
        if (len == 0 || len > kMaxCandidateBytes) continue;
        std::memcpy(slot(count_), value, len + 1);
        ++count_;
    }
    zinnia_result_destroy(result);
    return ok();
}

size_t ZinniaEngine::copy_candidate(size_t i, char* out, size_t cap) const {
    if (i >= count_ || out == nullptr) return 0;
    const char* s = slot(i);
    const size_t len = strnlen(s, kSlotBytes);
    if (len + 1 > cap) return 0;
    std::memcpy(out, s, len + 1);
    return len;
}

std::vector<std::string> ZinniaEngine::characters() const {
    const size_t n = zinnia_recognizer_size(recognizer_);
    std::vector<std::string> out;
    out.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const char* v = zinnia_recognizer_value(recognizer_, i);
        if (v != nullptr && *v != '\0') out.emplace_back(v);
    }
    return out;
}

void ZinniaEngine::wipe() {
    if (!candidates_.empty()) crypto::wipe(candidates_.data(), candidates_.size());
    count_ = 0;
    // character_ is scrubbed after every classification; nothing else holds the strokes.
}

}  // namespace sk::kiosk::ime
