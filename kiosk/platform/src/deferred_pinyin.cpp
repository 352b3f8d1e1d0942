#include "sk/kiosk/platform/deferred_pinyin.hpp"

#include <cstdio>

namespace sk::kiosk::platform {

DeferredPinyin::DeferredPinyin(Opener open) : open_(std::move(open)) {}

void DeferredPinyin::load() {
    if (attempted_) return;
    attempted_ = true;
    auto r = open_engine_guarded(open_);
    if (r) {
        engine_ = std::move(r).value();
    } else {
        error_ = r.error();
    }
    if (!engine_) std::fprintf(stderr, "kiosk: pinyin: %s\n", error_.message.c_str());
}

Result<void> DeferredPinyin::set_composition(std::string_view letters) {
    load();
    if (!engine_) return error_;
    return engine_->set_composition(letters);
}

size_t DeferredPinyin::candidate_count() const {
    return engine_ ? engine_->candidate_count() : 0;
}

size_t DeferredPinyin::copy_candidate(size_t i, char* out, size_t cap) const {
    return engine_ ? engine_->copy_candidate(i, out, cap) : 0;
}

size_t DeferredPinyin::candidate_letters(size_t i) const {
    return engine_ ? engine_->candidate_letters(i) : 0;
}

void DeferredPinyin::wipe() {
    if (engine_) engine_->wipe();
}

}  // namespace sk::kiosk::platform
