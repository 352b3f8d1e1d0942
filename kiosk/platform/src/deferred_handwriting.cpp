#include "sk/kiosk/platform/deferred_handwriting.hpp"

#include <chrono>
#include <cstdio>

namespace sk::kiosk::platform {

DeferredHandwriting::DeferredHandwriting(Loader load) : load_(std::move(load)) {}

DeferredHandwriting::~DeferredHandwriting() {
    if (done_.valid()) done_.wait();
}

void DeferredHandwriting::start() {
    std::call_once(started_, [this] {
        // The future's shared state orders the load's writes before every read after wait().
        done_ = std::async(std::launch::async, [this] {
            auto r = open_engine_guarded(load_);
            if (r) {
                engine_ = std::move(r).value();
            } else {
                error_ = r.error();
            }
        });
    });
}

bool DeferredHandwriting::ready() const {
    return done_.valid() && done_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

HandwritingEngine* DeferredHandwriting::wait() const {
    const_cast<DeferredHandwriting*>(this)->start();
    done_.wait();
    if (!engine_ && !reported_) {
        reported_ = true;
        std::fprintf(stderr, "kiosk: handwriting: %s\n", error_.message.c_str());
    }
    return engine_.get();
}

Result<void> DeferredHandwriting::recognize(const StrokeView* strokes, size_t stroke_count,
                                            size_t max_candidates) {
    HandwritingEngine* e = wait();
    if (!e) return error_;
    return e->recognize(strokes, stroke_count, max_candidates);
}

size_t DeferredHandwriting::candidate_count() const {
    return ready() && engine_ ? engine_->candidate_count() : 0;
}

size_t DeferredHandwriting::copy_candidate(size_t i, char* out, size_t cap) const {
    return ready() && engine_ ? engine_->copy_candidate(i, out, cap) : 0;
}

std::vector<std::string> DeferredHandwriting::characters() const {
    HandwritingEngine* e = wait();
    return e ? e->characters() : std::vector<std::string>{};
}

void DeferredHandwriting::wipe() {
    if (ready() && engine_) engine_->wipe();
}

}  // namespace sk::kiosk::platform
