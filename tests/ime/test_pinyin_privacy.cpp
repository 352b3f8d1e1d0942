// Nothing a person types with the pinyin keyboard may reach disk or change later answers:
// the engine never trains, never saves, and leaves even a given user dir untouched.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "../common/temp_dir.hpp"
#include "default_paths.hpp"
#include "ime_test_util.hpp"
#include "libpinyin_engine.hpp"

using sk::kiosk::ime::default_pinyin_data_dir;
using sk::kiosk::ime::LibpinyinEngine;
using sk::testing::candidates;
using sk::testing::rank_of;
using sk::testing::TempDir;

namespace fs = std::filesystem;

namespace {

// Types a few words and "chooses" candidates the way the keyboard does (asking how many
// letters each consumes, which makes libpinyin choose and unchoose them).
void type_a_tip(LibpinyinEngine& e) {
    for (const char* word : {"woxiangjubao", "laoshi", "baling", "tangping", "ni", "nihao"}) {
        REQUIRE(e.set_composition(word).ok());
        REQUIRE(e.candidate_count() > 0);
        for (size_t i = 0; i < e.candidate_count() && i < 8; ++i) {
            CHECK(e.candidate_letters(i) > 0);
        }
    }
    e.wipe();
}

size_t entries_in(const fs::path& dir) {
    size_t n = 0;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("pinyin writes nothing into a given user dir", "[ime][pinyin][privacy]") {
    TempDir tmp("sk-ime-user");
    const fs::path user = tmp.path() / "user";
    fs::create_directories(user);
    const fs::path never_created = tmp.path() / "absent";
    {
        auto r = LibpinyinEngine::open(default_pinyin_data_dir(), user);
        REQUIRE(r.ok());
        type_a_tip(**r);
        auto r2 = LibpinyinEngine::open(default_pinyin_data_dir(), never_created);
        REQUIRE(r2.ok());
        type_a_tip(**r2);
    }  // destroyed: pinyin_fini
    CHECK(entries_in(user) == 0);
    CHECK(!fs::exists(never_created));
}

TEST_CASE("pinyin choices do not change later candidates (no learning in memory)",
          "[ime][pinyin][privacy]") {
    auto r = LibpinyinEngine::open(default_pinyin_data_dir());
    REQUIRE(r.ok());
    LibpinyinEngine& e = **r;
    REQUIRE(e.set_composition("ni").ok());
    const std::vector<std::string> before = candidates(e, 30);
    // A rarely used character, chosen over and over: a learning engine would promote it.
    const int rare = rank_of(before, before.back());
    REQUIRE(rare > 0);
    for (int round = 0; round < 20; ++round) {
        REQUIRE(e.set_composition("ni").ok());
        CHECK(e.candidate_letters(static_cast<size_t>(rare)) == 2);
        e.wipe();
    }
    REQUIRE(e.set_composition("ni").ok());
    CHECK(candidates(e, 30) == before);
}
