// The kiosk's handwriting engine loaded after the first frame (issue 17): the stand-in
// behaves as the loaded engine would, before, during and after the load, and when the load
// fails. The loads here are held on a gate the test opens: no sleeps, no timing.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstring>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "sk/kiosk/platform/deferred_handwriting.hpp"

using sk::Errc;
using sk::Error;
using sk::Result;
using sk::kiosk::HandwritingEngine;
using sk::kiosk::StrokePoint;
using sk::kiosk::StrokeView;
using sk::kiosk::platform::DeferredHandwriting;

namespace {

// Recognises any strokes as 中 then 人; counts its wipes.
class FakeHandwriting final : public HandwritingEngine {
  public:
    explicit FakeHandwriting(std::atomic<int>* wipes) : wipes_(wipes) {}
    Result<void> recognize(const StrokeView*, size_t stroke_count, size_t) override {
        count_ = stroke_count > 0 ? 2 : 0;
        return {};
    }
    size_t candidate_count() const override { return count_; }
    size_t copy_candidate(size_t i, char* out, size_t cap) const override {
        static const char* const kCands[] = {"中", "人"};
        if (i >= count_ || cap <= std::strlen(kCands[i])) return 0;
        std::strcpy(out, kCands[i]);
        return std::strlen(kCands[i]);
    }
    std::vector<std::string> characters() const override { return {"中", "人"}; }
    void wipe() override {
        count_ = 0;
        ++*wipes_;
    }

  private:
    std::atomic<int>* wipes_;
    size_t count_ = 0;
};

const StrokePoint kLine[] = {{0.1f, 0.5f}, {0.9f, 0.5f}};
const StrokeView kStroke{kLine, 2};

}  // namespace

TEST_CASE(
    "kiosk deferred handwriting: nothing loads before start, the first stroke waits for "
    "the load and then works",
    "[kiosk_ui][handwriting]") {
    std::promise<void> gate;
    std::shared_future<void> open = gate.get_future().share();
    std::atomic<int> loads{0}, wipes{0};
    DeferredHandwriting hw([&]() -> Result<std::unique_ptr<HandwritingEngine>> {
        ++loads;
        open.wait();  // held until the test lets the load finish
        return std::unique_ptr<HandwritingEngine>(new FakeHandwriting(&wipes));
    });
    // A reset before the first frame: nothing to wipe, and it must not load the model.
    hw.wipe();
    CHECK(hw.candidate_count() == 0);
    CHECK_FALSE(hw.ready());
    CHECK(loads == 0);

    hw.start();
    hw.start();                        // once only
    CHECK(hw.candidate_count() == 0);  // nothing recognised yet, and no waiting for it
    gate.set_value();
    REQUIRE(hw.recognize(&kStroke, 1, 10).ok());
    CHECK(hw.ready());
    CHECK(hw.loaded());
    CHECK(loads == 1);
    REQUIRE(hw.candidate_count() == 2);
    char out[16];
    REQUIRE(hw.copy_candidate(0, out, sizeof out) == std::strlen("中"));
    CHECK(std::string(out) == "中");
    CHECK(hw.characters() == std::vector<std::string>{"中", "人"});
    hw.wipe();
    CHECK(wipes == 1);
    CHECK(hw.candidate_count() == 0);
}

TEST_CASE("kiosk deferred handwriting: without start the first use loads it",
          "[kiosk_ui][handwriting]") {
    std::atomic<int> wipes{0};
    DeferredHandwriting hw([&]() -> Result<std::unique_ptr<HandwritingEngine>> {
        return std::unique_ptr<HandwritingEngine>(new FakeHandwriting(&wipes));
    });
    CHECK(hw.characters().size() == 2);
    CHECK(hw.ready());
    REQUIRE(hw.recognize(&kStroke, 1, 10).ok());
    CHECK(hw.candidate_count() == 2);
}

TEST_CASE("kiosk deferred handwriting: a failed load gives no candidates and says why",
          "[kiosk_ui][handwriting]") {
    DeferredHandwriting hw([]() -> Result<std::unique_ptr<HandwritingEngine>> {
        return Error{Errc::bad_format, "cannot load model m: broken"};
    });
    hw.start();
    auto r = hw.recognize(&kStroke, 1, 10);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("broken") != std::string::npos);
    CHECK(hw.ready());
    CHECK_FALSE(hw.loaded());
    CHECK(hw.candidate_count() == 0);
    char out[16];
    CHECK(hw.copy_candidate(0, out, sizeof out) == 0);
    CHECK(hw.characters().empty());
    hw.wipe();  // nothing to wipe, no crash
}

TEST_CASE("kiosk deferred handwriting: a throwing loader does not take the kiosk down",
          "[kiosk_ui][handwriting]") {
    DeferredHandwriting hw([]() -> Result<std::unique_ptr<HandwritingEngine>> {
        throw std::runtime_error("no memory");
    });
    auto r = hw.recognize(&kStroke, 1, 10);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("no memory") != std::string::npos);
}
