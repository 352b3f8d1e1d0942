// ZinniaEngine with Debian's tegaki zh_CN model: characters written as point lists in pad
// coordinates (0..1, origin top-left), in the usual stroke order and direction.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "default_paths.hpp"
#include "ime_test_util.hpp"
#include "zinnia_engine.hpp"

using sk::Errc;
using sk::kiosk::StrokePoint;
using sk::kiosk::StrokeView;
using sk::kiosk::ime::default_zinnia_model;
using sk::kiosk::ime::ZinniaEngine;
using sk::testing::candidates;
using sk::testing::rank_of;

namespace {

constexpr size_t kAskFor = 10;
constexpr int kTopFive = 5;
// A finger on a touch screen reports a point every few pixels: sample the polyline like that.
constexpr float kSampleStep = 0.02f;

using Stroke = std::vector<StrokePoint>;

// The corners of a stroke, sampled densely along its segments.
Stroke stroke(std::initializer_list<StrokePoint> corners) {
    Stroke out;
    const StrokePoint* prev = nullptr;
    for (const StrokePoint& p : corners) {
        if (prev != nullptr) {
            const float len = std::hypot(p.x - prev->x, p.y - prev->y);
            const int steps = std::max(1, static_cast<int>(len / kSampleStep));
            for (int i = 1; i < steps; ++i) {
                const float t = static_cast<float>(i) / static_cast<float>(steps);
                out.push_back({prev->x + t * (p.x - prev->x), prev->y + t * (p.y - prev->y)});
            }
        }
        out.push_back(p);
        prev = &p;
    }
    return out;
}

struct Written {
    const char* character;
    std::vector<Stroke> strokes;
};

std::vector<Written> test_characters() {
    return {
        {"一", {stroke({{0.12f, 0.50f}, {0.88f, 0.48f}})}},
        {"十",
         {stroke({{0.12f, 0.45f}, {0.88f, 0.44f}}), stroke({{0.50f, 0.10f}, {0.50f, 0.92f}})}},
        {"人",
         {stroke({{0.50f, 0.10f}, {0.46f, 0.40f}, {0.32f, 0.68f}, {0.10f, 0.90f}}),
          stroke({{0.47f, 0.42f}, {0.66f, 0.68f}, {0.90f, 0.90f}})}},
        // 口 as people write it, about half the pad: drawn as large as the pad the model reads
        // it as the enclosure radical 囗 first (Zinnia's features are not size-normalised).
        {"口",
         {stroke({{0.25f, 0.30f}, {0.25f, 0.70f}}),
          stroke({{0.25f, 0.30f}, {0.75f, 0.30f}, {0.75f, 0.70f}}),
          stroke({{0.25f, 0.69f}, {0.75f, 0.69f}})}},
        {"中",
         {stroke({{0.20f, 0.28f}, {0.20f, 0.62f}}),
          stroke({{0.20f, 0.28f}, {0.80f, 0.28f}, {0.80f, 0.62f}}),
          stroke({{0.20f, 0.60f}, {0.80f, 0.60f}}), stroke({{0.50f, 0.06f}, {0.50f, 0.95f}})}},
    };
}

std::vector<StrokeView> views(const std::vector<Stroke>& strokes) {
    std::vector<StrokeView> v;
    for (const Stroke& s : strokes) v.push_back({s.data(), s.size()});
    return v;
}

std::unique_ptr<ZinniaEngine> open_engine() {
    auto r = ZinniaEngine::open(default_zinnia_model());
    if (!r.ok()) FAIL("zinnia engine: " << r.error().message);
    return std::move(r.value());
}

}  // namespace

TEST_CASE("handwriting recognises simple characters among the first five", "[ime][handwriting]") {
    auto e = open_engine();
    for (const Written& w : test_characters()) {
        auto v = views(w.strokes);
        REQUIRE(e->recognize(v.data(), v.size(), kAskFor).ok());
        auto list = candidates(*e);
        INFO(w.character << " -> " << (list.empty() ? "(none)" : list[0]));
        CHECK(list.size() <= kAskFor);
        const int rank = rank_of(list, w.character);
        CHECK(rank >= 0);
        CHECK(rank < kTopFive);
    }
}

TEST_CASE("handwriting after each stroke shows the best matches so far", "[ime][handwriting]") {
    // The pad recognises after every stroke: 中's first three strokes are 口.
    auto e = open_engine();
    const Written zhong = test_characters().back();
    std::vector<Stroke> partial(zhong.strokes.begin(), zhong.strokes.begin() + 3);
    auto v = views(partial);
    REQUIRE(e->recognize(v.data(), v.size(), kAskFor).ok());
    const int kou = rank_of(candidates(*e), "口");
    CHECK(kou >= 0);
    CHECK(kou < kTopFive);
}

TEST_CASE("handwriting model lists thousands of characters including 中", "[ime][handwriting]") {
    auto e = open_engine();
    const auto chars = e->characters();
    CHECK(chars.size() > 3000);
    CHECK(rank_of(chars, "中") >= 0);
    CHECK(rank_of(chars, "教") >= 0);
}

TEST_CASE("handwriting without strokes has no candidates and wipe clears them",
          "[ime][handwriting]") {
    auto e = open_engine();
    const auto written = test_characters();  // owns the points the views refer to
    auto v = views(written.front().strokes);
    REQUIRE(e->recognize(v.data(), v.size(), kAskFor).ok());
    REQUIRE(e->candidate_count() > 0);
    e->wipe();
    CHECK(e->candidate_count() == 0);
    char buf[sk::kiosk::kMaxCandidateBytes + 1];
    CHECK(e->copy_candidate(0, buf, sizeof buf) == 0);

    REQUIRE(e->recognize(v.data(), v.size(), kAskFor).ok());
    REQUIRE(e->candidate_count() > 0);
    REQUIRE(e->recognize(nullptr, 0, kAskFor).ok());
    CHECK(e->candidate_count() == 0);
    const StrokeView empty_stroke{nullptr, 0};
    REQUIRE(e->recognize(&empty_stroke, 1, kAskFor).ok());
    CHECK(e->candidate_count() == 0);
}

TEST_CASE("handwriting keeps at most the candidates asked for", "[ime][handwriting]") {
    auto e = open_engine();
    const auto written = test_characters();
    auto v = views(written[1].strokes);
    REQUIRE(e->recognize(v.data(), v.size(), 3).ok());
    CHECK(e->candidate_count() == 3);
    REQUIRE(e->recognize(v.data(), v.size(), 0).ok());
    CHECK(e->candidate_count() == 0);
}

TEST_CASE("handwriting rejects malformed strokes", "[ime][handwriting]") {
    auto e = open_engine();
    Stroke bad = stroke({{0.1f, 0.5f}, {0.9f, 0.5f}});
    bad[3].x = std::numeric_limits<float>::quiet_NaN();
    StrokeView v{bad.data(), bad.size()};
    auto r = e->recognize(&v, 1, kAskFor);
    REQUIRE(!r.ok());
    CHECK(r.error().code == Errc::invalid_argument);

    std::vector<StrokeView> too_many(sk::kiosk::kMaxStrokes + 1, StrokeView{bad.data(), 2});
    r = e->recognize(too_many.data(), too_many.size(), kAskFor);
    REQUIRE(!r.ok());
    CHECK(r.error().code == Errc::invalid_argument);

    const StrokeView no_points{nullptr, 5};
    r = e->recognize(&no_points, 1, kAskFor);
    REQUIRE(!r.ok());
    CHECK(r.error().code == Errc::invalid_argument);

    // Points off the pad are clamped to its edge, not rejected.
    Stroke off = stroke({{-0.5f, 0.5f}, {1.5f, 0.5f}});
    StrokeView ov{off.data(), off.size()};
    REQUIRE(e->recognize(&ov, 1, kAskFor).ok());
    CHECK(rank_of(candidates(*e), "一") >= 0);
}
