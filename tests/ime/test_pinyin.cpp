// LibpinyinEngine with Debian's libpinyin-data: candidates for typed letters, how much of the
// composition a candidate consumes, input checks, wipe.
#include <catch2/catch.hpp>

#include <string>

#include "default_paths.hpp"
#include "ime_test_util.hpp"
#include "libpinyin_engine.hpp"

using sk::Errc;
using sk::kiosk::ime::default_pinyin_data_dir;
using sk::kiosk::ime::LibpinyinEngine;
using sk::testing::candidates;
using sk::testing::rank_of;

namespace {

constexpr int kTopFive = 5;

std::unique_ptr<LibpinyinEngine> open_engine() {
    auto r = LibpinyinEngine::open(default_pinyin_data_dir());
    if (!r.ok()) FAIL("libpinyin engine: " << r.error().message);
    return std::move(r.value());
}

int rank_after_typing(LibpinyinEngine& e, const std::string& letters, const std::string& word) {
    REQUIRE(e.set_composition(letters).ok());
    auto list = candidates(e);
    INFO(letters << " -> first candidates: " << (list.empty() ? "" : list[0]));
    return rank_of(list, word);
}

}  // namespace

TEST_CASE("pinyin whole words are among the first five candidates", "[ime][pinyin]") {
    auto e = open_engine();
    const int nihao = rank_after_typing(*e, "nihao", "你好");
    CHECK(nihao >= 0);
    CHECK(nihao < kTopFive);
    const int jiaoshi = rank_after_typing(*e, "jiaoshi", "教师");
    CHECK(jiaoshi >= 0);
    CHECK(jiaoshi < kTopFive);
    // 躺平 is not in libpinyin-data 2.8; the kiosk's supplement (pinyin_supplement.cpp) adds it.
    const int tangping = rank_after_typing(*e, "tangping", "躺平");
    CHECK(tangping >= 0);
    CHECK(tangping < kTopFive);
    const int baling = rank_after_typing(*e, "baling", "霸凌");
    CHECK(baling >= 0);
    CHECK(baling < kTopFive);
}

TEST_CASE("pinyin lizhi offers 离职 among its phrases", "[ime][pinyin]") {
    // The strict variant of the "contains 离职 or a valid candidate list": 离职 must be
    // there, in the phrase part of the list (before any single character).
    auto e = open_engine();
    REQUIRE(e->set_composition("lizhi").ok());
    auto list = candidates(*e);
    const int rank = rank_of(list, "离职");
    REQUIRE(rank >= 0);
    for (int i = 0; i <= rank; ++i) CHECK(list[static_cast<size_t>(i)].size() > 3);
}

TEST_CASE("pinyin long sentence comes first as one candidate", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("zhonghuarenmingongheguo").ok());
    auto list = candidates(*e, 1);
    REQUIRE(list.size() == 1);
    CHECK(list[0] == "中华人民共和国");
    CHECK(e->candidate_letters(0) == 23);
}

TEST_CASE("pinyin candidate letters say how much of the composition a choice consumes",
          "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("nihao").ok());
    auto list = candidates(*e);
    const int ni = rank_of(list, "你");
    const int nihao = rank_of(list, "你好");
    REQUIRE(ni >= 0);
    REQUIRE(nihao >= 0);
    CHECK(e->candidate_letters(static_cast<size_t>(ni)) == 2);
    CHECK(e->candidate_letters(static_cast<size_t>(nihao)) == 5);
    // Asking does not change the lookup.
    CHECK(candidates(*e) == list);
    CHECK(e->candidate_letters(list.size()) == 0);

    // The separator after a chosen syllable goes with it; a leftover one is skipped.
    REQUIRE(e->set_composition("xi'an").ok());
    list = candidates(*e);
    const int xi = rank_of(list, "西");
    REQUIRE(xi >= 0);
    CHECK(e->candidate_letters(static_cast<size_t>(xi)) == 3);
    REQUIRE(e->set_composition("'an").ok());
    list = candidates(*e);
    const int an = rank_of(list, "安");
    REQUIRE(an >= 0);
    CHECK(e->candidate_letters(static_cast<size_t>(an)) == 3);
}

TEST_CASE("pinyin letters libpinyin cannot parse are left composing", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("nihaoi").ok());
    auto list = candidates(*e);
    const int nihao = rank_of(list, "你好");
    REQUIRE(nihao >= 0);
    CHECK(e->candidate_letters(static_cast<size_t>(nihao)) == 5);
    REQUIRE(e->set_composition("i").ok());
    CHECK(e->candidate_count() == 0);
}

TEST_CASE("pinyin backspace edits the composition", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("jiaoshi").ok());
    REQUIRE(e->candidate_count() > 0);
    const std::string first_full = candidates(*e, 1).at(0);
    REQUIRE(e->set_composition("jiao").ok());
    auto shorter = candidates(*e);
    REQUIRE(!shorter.empty());
    CHECK(shorter[0] != first_full);
    CHECK(e->candidate_letters(0) == 4);
}

TEST_CASE("pinyin rejects letters outside a-z and the separator", "[ime][pinyin]") {
    auto e = open_engine();
    for (const char* bad : {"NIHAO", "ni hao", "ni1", "nǐ", "ni\n"}) {
        auto r = e->set_composition(bad);
        INFO(bad);
        REQUIRE(!r.ok());
        CHECK(r.error().code == Errc::invalid_argument);
    }
    const std::string too_long(sk::kiosk::kMaxCompositionLetters + 1, 'a');
    auto r = e->set_composition(too_long);
    REQUIRE(!r.ok());
    CHECK(r.error().code == Errc::invalid_argument);
    CHECK(e->set_composition(std::string(sk::kiosk::kMaxCompositionLetters, 'a')).ok());
}

TEST_CASE("pinyin empty composition has no candidates", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("nihao").ok());
    REQUIRE(e->candidate_count() > 0);
    REQUIRE(e->set_composition("").ok());
    CHECK(e->candidate_count() == 0);
    char buf[8] = "x";
    CHECK(e->copy_candidate(0, buf, sizeof buf) == 0);
}

TEST_CASE("pinyin copy_candidate respects the caller's capacity", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("nihao").ok());
    char buf[sk::kiosk::kMaxCandidateBytes + 1];
    const size_t n = e->copy_candidate(0, buf, sizeof buf);
    REQUIRE(n > 0);
    CHECK(buf[n] == '\0');
    CHECK(e->copy_candidate(0, buf, n) == 0);  // no room for the NUL
    CHECK(e->copy_candidate(0, nullptr, 100) == 0);
    CHECK(e->copy_candidate(e->candidate_count(), buf, sizeof buf) == 0);
}

TEST_CASE("pinyin wipe forgets the composition and candidates", "[ime][pinyin]") {
    auto e = open_engine();
    REQUIRE(e->set_composition("woxiangjubao").ok());
    REQUIRE(e->candidate_count() > 0);
    e->wipe();
    CHECK(e->candidate_count() == 0);
    char buf[sk::kiosk::kMaxCandidateBytes + 1];
    CHECK(e->copy_candidate(0, buf, sizeof buf) == 0);
    CHECK(e->candidate_letters(0) == 0);
    // Still usable afterwards.
    REQUIRE(e->set_composition("nihao").ok());
    CHECK(e->candidate_count() > 0);
}
