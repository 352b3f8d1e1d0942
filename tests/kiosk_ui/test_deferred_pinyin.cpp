// The kiosk's pinyin engine opened after the first frame (issue 17): the stand-in behaves
// as the opened engine would, before and after the open, and when the open fails. The
// open is a plain call (the frame loop's first idle): no threads, no timing.
#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "sk/kiosk/platform/deferred_pinyin.hpp"

using sk::Errc;
using sk::Error;
using sk::Result;
using sk::kiosk::PinyinEngine;
using sk::kiosk::platform::DeferredPinyin;

namespace {

// "ni" -> 你 (2 letters), 泥; counts its wipes.
class FakePinyin final : public PinyinEngine {
  public:
    explicit FakePinyin(int* wipes) : wipes_(wipes) {}
    Result<void> set_composition(std::string_view letters) override {
        count_ = letters == "ni" ? 2 : 0;
        return {};
    }
    size_t candidate_count() const override { return count_; }
    size_t copy_candidate(size_t i, char* out, size_t cap) const override {
        static const char* const kCands[] = {"你", "泥"};
        if (i >= count_ || cap <= std::strlen(kCands[i])) return 0;
        std::strcpy(out, kCands[i]);
        return std::strlen(kCands[i]);
    }
    size_t candidate_letters(size_t i) const override { return i < count_ ? 2 : 0; }
    void wipe() override {
        count_ = 0;
        ++*wipes_;
    }

  private:
    int* wipes_;
    size_t count_ = 0;
};

std::string candidate(const PinyinEngine& e, size_t i) {
    char buf[16];
    const size_t n = e.copy_candidate(i, buf, sizeof buf);
    return std::string(buf, n);
}

}  // namespace

TEST_CASE("kiosk deferred pinyin: nothing opens before load, then it is the engine",
          "[kiosk_ui][pinyin]") {
    int opens = 0, wipes = 0;
    DeferredPinyin p([&]() -> Result<std::unique_ptr<PinyinEngine>> {
        ++opens;
        return std::unique_ptr<PinyinEngine>(new FakePinyin(&wipes));
    });
    // A reset before the first frame: nothing to wipe, and it must not open the engine.
    p.wipe();
    CHECK(p.candidate_count() == 0);
    CHECK(p.candidate_letters(0) == 0);
    CHECK(candidate(p, 0).empty());
    CHECK_FALSE(p.attempted());
    CHECK(opens == 0);
    CHECK(wipes == 0);

    p.load();
    p.load();  // once only
    CHECK(opens == 1);
    CHECK(p.loaded());
    CHECK(p.candidate_count() == 0);  // nothing composed yet
    REQUIRE(p.set_composition("ni").ok());
    CHECK(p.candidate_count() == 2);
    CHECK(candidate(p, 0) == "你");
    CHECK(p.candidate_letters(1) == 2);
    p.wipe();
    CHECK(wipes == 1);
    CHECK(p.candidate_count() == 0);
}

TEST_CASE("kiosk deferred pinyin: the first letter opens the engine if load never ran",
          "[kiosk_ui][pinyin]") {
    int opens = 0, wipes = 0;
    DeferredPinyin p([&]() -> Result<std::unique_ptr<PinyinEngine>> {
        ++opens;
        return std::unique_ptr<PinyinEngine>(new FakePinyin(&wipes));
    });
    REQUIRE(p.set_composition("ni").ok());
    CHECK(opens == 1);
    CHECK(candidate(p, 1) == "泥");
    p.load();  // the frame loop's idle comes later: no second open
    CHECK(opens == 1);
}

TEST_CASE("kiosk deferred pinyin: a failed open leaves no candidates and returns its error",
          "[kiosk_ui][pinyin]") {
    int opens = 0;
    DeferredPinyin p([&]() -> Result<std::unique_ptr<PinyinEngine>> {
        ++opens;
        return Error{Errc::bad_format, "libpinyin cannot read the data at /nowhere"};
    });
    p.load();
    CHECK(p.attempted());
    CHECK_FALSE(p.loaded());
    const Result<void> r = p.set_composition("ni");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::bad_format);
    CHECK(r.error().message.find("/nowhere") != std::string::npos);
    CHECK(p.candidate_count() == 0);
    p.wipe();           // nothing to wipe, no crash
    CHECK(opens == 1);  // not retried at every letter
}

TEST_CASE("kiosk deferred pinyin: a library that throws while opening is an error, not a crash",
          "[kiosk_ui][pinyin]") {
    DeferredPinyin p([]() -> Result<std::unique_ptr<PinyinEngine>> { throw std::bad_alloc(); });
    p.load();
    CHECK_FALSE(p.loaded());
    const Result<void> r = p.set_composition("ni");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Errc::internal);
    CHECK(r.error().message.rfind("failed to start (", 0) == 0);
    CHECK(p.candidate_count() == 0);
}
