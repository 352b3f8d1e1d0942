// make_default_input_engines: both engines with Debian's data; missing or damaged data leaves
// that engine null with one problem line, and never crashes.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <string>

#include "../common/temp_dir.hpp"
#include "default_paths.hpp"
#include "sk/kiosk/ime/default_engines.hpp"

using sk::kiosk::InputEngines;
using sk::kiosk::ime::default_zinnia_model;
using sk::kiosk::ime::ImeConfig;
using sk::kiosk::ime::make_default_input_engines;
using sk::testing::TempDir;

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& p, const std::string& bytes) {
    std::ofstream f(p, std::ios::binary);
    f << bytes;
}

std::string random_bytes(size_t n) {
    std::mt19937 rng(7);
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xff);
    return s;
}

std::string head_of(const fs::path& p, size_t n) {
    std::ifstream f(p, std::ios::binary);
    std::string s(n, '\0');
    f.read(s.data(), static_cast<std::streamsize>(n));
    s.resize(static_cast<size_t>(f.gcount()));
    return s;
}

bool mentions(const InputEngines& e, const std::string& prefix, const std::string& what) {
    for (const auto& line : e.problems) {
        if (line.rfind(prefix, 0) == 0 && line.find(what) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("default input engines load with Debian's data", "[ime]") {
    InputEngines e = make_default_input_engines();
    INFO((e.problems.empty() ? std::string() : e.problems.front()));
    CHECK(e.problems.empty());
    REQUIRE(e.pinyin != nullptr);
    REQUIRE(e.handwriting != nullptr);
    REQUIRE(e.pinyin->set_composition("nihao").ok());
    CHECK(e.pinyin->candidate_count() > 0);
}

TEST_CASE("missing pinyin data leaves pinyin null with one problem", "[ime]") {
    TempDir tmp("sk-ime-data");
    ImeConfig cfg;
    cfg.pinyin_data_dir = tmp.path() / "no-such-dir";
    InputEngines e = make_default_input_engines(cfg);
    CHECK(e.pinyin == nullptr);
    CHECK(e.handwriting != nullptr);
    REQUIRE(e.problems.size() == 1);
    CHECK(mentions(e, "pinyin: ", cfg.pinyin_data_dir.string()));

    cfg.pinyin_data_dir = tmp.path();  // exists, but empty
    e = make_default_input_engines(cfg);
    CHECK(e.pinyin == nullptr);
    REQUIRE(e.problems.size() == 1);
    CHECK(mentions(e, "pinyin: ", "table.conf"));
}

TEST_CASE("unreadable pinyin table config leaves pinyin null", "[ime]") {
    TempDir tmp("sk-ime-data");
    for (const char* name :
         {"table.conf", "pinyin_index.bin", "phrase_index.bin", "gb_char.bin", "bigram.db"}) {
        write_file(tmp / name, "not libpinyin data\n");
    }
    ImeConfig cfg;
    cfg.pinyin_data_dir = tmp.path();
    InputEngines e = make_default_input_engines(cfg);
    CHECK(e.pinyin == nullptr);
    REQUIRE(e.problems.size() == 1);
    CHECK(mentions(e, "pinyin: ", tmp.path().string()));
}

TEST_CASE("missing or damaged handwriting model leaves handwriting null", "[ime]") {
    TempDir tmp("sk-ime-model");
    const fs::path real = default_zinnia_model();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"empty.model", ""},
        {"text.model", "this is not a zinnia model\n"},
        {"random.model", random_bytes(1 << 20)},
        {"truncated.model", head_of(real, 1 << 20)},
    };
    ImeConfig cfg;
    cfg.zinnia_model = tmp / "absent.model";
    InputEngines e = make_default_input_engines(cfg);
    CHECK(e.handwriting == nullptr);
    CHECK(e.pinyin != nullptr);
    REQUIRE(e.problems.size() == 1);
    CHECK(mentions(e, "handwriting: ", "absent.model"));

    for (const auto& [name, bytes] : cases) {
        write_file(tmp / name, bytes);
        cfg.zinnia_model = tmp / name;
        e = make_default_input_engines(cfg);
        INFO(name);
        CHECK(e.handwriting == nullptr);
        REQUIRE(e.problems.size() == 1);
        CHECK(mentions(e, "handwriting: ", name));
    }
    cfg.zinnia_model = tmp.path();  // a directory
    e = make_default_input_engines(cfg);
    CHECK(e.handwriting == nullptr);
    CHECK(e.problems.size() == 1);
}

TEST_CASE("the handwriting engine on its own, for a load after the first frame", "[ime]") {
    ImeConfig no_handwriting;
    no_handwriting.handwriting = false;
    InputEngines e = make_default_input_engines(no_handwriting);
    CHECK(e.problems.empty());
    CHECK(e.pinyin != nullptr);
    CHECK(e.handwriting == nullptr);

    REQUIRE(sk::kiosk::ime::check_handwriting_model().ok());
    auto hw = sk::kiosk::ime::open_handwriting_engine();
    REQUIRE(hw.ok());
    CHECK(hw.value()->characters().size() > 3000);

    // A missing model: the early check says what the full open would say.
    TempDir dir;
    ImeConfig missing;
    missing.zinnia_model = dir.path() / "none.model";
    const InputEngines full = make_default_input_engines(missing);
    auto checked = sk::kiosk::ime::check_handwriting_model(missing.zinnia_model);
    REQUIRE_FALSE(checked.ok());
    CHECK(mentions(full, "handwriting: ", checked.error().message));
    CHECK_FALSE(sk::kiosk::ime::open_handwriting_engine(missing.zinnia_model).ok());
}
