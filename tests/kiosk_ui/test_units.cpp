// The UI/platform pieces on their own: glyph set and common characters, the zero-on-free
// allocator, context recycling on a shared atlas, QR codes, option parsing.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <cstring>
#include <string>

#include "sk/crypto/init.hpp"
#include "sk/crypto/receipt.hpp"
#include "sk/kiosk/platform/common_chars.hpp"
#include "sk/kiosk/platform/font_discovery.hpp"
#include "sk/kiosk/platform/glyph_set.hpp"
#include "sk/kiosk/platform/options.hpp"
#include "sk/kiosk/ui/context_cycler.hpp"
#include "sk/kiosk/ui/qr.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

using namespace sk::kiosk;

namespace {
bool in_imgui_chinese_range(ImWchar c) {
    ImFontAtlas atlas;
    for (const ImWchar* r = atlas.GetGlyphRangesChineseSimplifiedCommon(); r[0]; r += 2) {
        if (c >= r[0] && c <= r[1]) return true;
    }
    return false;
}
}  // namespace

TEST_CASE("GB2312 level 1 has 3,755 distinct hanzi", "[kiosk_ui][glyphs]") {
    platform::GlyphSet set;
    set.add_common_hanzi();
    CHECK(platform::gb2312_level1_count() == 3755);
    CHECK(set.size() == 3755);
    CHECK(set.contains(0x554A));  // 啊, the first
    CHECK(set.contains(0x5EA7));  // 座, the last
}

TEST_CASE("glyph set: ImGui's built-in Chinese range misses 匿, ours has it",
          "[kiosk_ui][glyphs]") {
    CHECK_FALSE(in_imgui_chinese_range(0x533F));  // why the ranges are built from the strings
    platform::GlyphSet set;
    set.add_utf8("匿名举报");
    CHECK(set.contains(0x533F));
    CHECK(set.size() == 4);
    const auto ranges = set.ranges();
    REQUIRE(ranges.size() % 2 == 1);
    CHECK(ranges.back() == 0);
    for (size_t i = 0; i + 1 < ranges.size(); i += 2) CHECK(ranges[i] <= ranges[i + 1]);
}

TEST_CASE("glyph set: punctuation, invalid UTF-8 and ranges merge", "[kiosk_ui][glyphs]") {
    platform::GlyphSet set;
    set.add_basic_and_punctuation();
    for (const char* s : {"，", "。", "“", "”", "—", "…", "《", "》", "（", "）", "·", "⟨"}) {
        size_t i = 0;
        CHECK(set.contains(platform::next_code_point(s, i)));
    }
    platform::GlyphSet bad;
    bad.add_utf8(
        std::string("a\xff\xfe"
                    "b\xe4",
                    5));
    CHECK(bad.contains('a'));
    CHECK(bad.contains('b'));
    CHECK(bad.size() == 2);
    platform::GlyphSet run;
    run.add_range('a', 'z');
    CHECK(run.ranges() == std::vector<ImWchar>{'a', 'z', 0});
}

TEST_CASE("Noto Sans CJK SC is found", "[kiosk_ui][fonts]") {
    auto f = platform::find_cjk_font();
    REQUIRE(f.ok());
    CHECK(f->path.find("NotoSansCJK") != std::string::npos);
}

TEST_CASE("zero-on-free allocator wipes every block ImGui frees", "[kiosk_ui][alloc]") {
    ui::install_zero_on_free_allocator();
    struct Scan {
        size_t seen = 0, dirty = 0, before_nonzero = 0;
    } scan;
    ui::FreeProbe p;
    p.user = &scan;
    p.before_wipe = [](const unsigned char* b, size_t n, void* u) {
        auto* s = static_cast<Scan*>(u);
        for (size_t i = 0; i < n; ++i) {
            if (b[i]) {
                s->before_nonzero++;
                break;
            }
        }
    };
    p.after_wipe = [](const unsigned char* b, size_t n, void* u) {
        auto* s = static_cast<Scan*>(u);
        s->seen++;
        for (size_t i = 0; i < n; ++i) {
            if (b[i]) {
                s->dirty++;
                break;
            }
        }
    };
    ui::set_free_probe(p);
    const auto before = ui::zero_alloc_stats();
    void* m = ImGui::MemAlloc(100);
    std::memset(m, 'x', 100);
    CHECK(ui::zero_alloc_stats().live_blocks == before.live_blocks + 1);
    ImGui::MemFree(m);
    ui::clear_free_probe();
    CHECK(ui::zero_alloc_stats().live_blocks == before.live_blocks);
    CHECK(scan.seen == 1);
    CHECK(scan.before_nonzero == 1);
    CHECK(scan.dirty == 0);
}

TEST_CASE("context recycling keeps the shared atlas and the kiosk io settings",
          "[kiosk_ui][alloc]") {
    ui::install_zero_on_free_allocator();
    ImFontAtlas atlas;
    ImFont* font = atlas.AddFontDefault();
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    atlas.GetTexDataAsRGBA32(&px, &w, &h);
    int attached = 0, detached = 0;
    ui::ContextHooks hooks;
    hooks.attach = [&](ImGuiContext*) { ++attached; };
    hooks.detach = [&](ImGuiContext*) { ++detached; };
    ui::ContextCycler cycler(&atlas, font, hooks);
    ImGuiContext* first = cycler.create();
    CHECK(ImGui::GetIO().IniFilename == nullptr);
    CHECK(ImGui::GetIO().LogFilename == nullptr);
    CHECK(ImGui::GetIO().Fonts == &atlas);
    cycler.recycle();
    CHECK(cycler.current() != nullptr);
    CHECK(ImGui::GetCurrentContext() == cycler.current());
    CHECK(ImGui::GetIO().Fonts == &atlas);
    CHECK(ImGui::GetIO().FontDefault == font);
    CHECK(atlas.IsBuilt());  // not rebuilt, not freed
    CHECK(attached == 2);
    CHECK(detached == 1);
    CHECK(cycler.generation() == 2);
    (void)first;
    cycler.destroy();
    CHECK(detached == 2);
}

TEST_CASE("QR code of a receipt code", "[kiosk_ui][qr]") {
    REQUIRE(sk::crypto::init().ok());
    const std::string code = sk::crypto::new_receipt_code();
    const ui::QrMatrix qr = ui::qr_encode(code);
    REQUIRE(qr.width >= 21);
    CHECK((qr.width - 17) % 4 == 0);  // a valid QR version size
    // Finder pattern in the top-left corner: a dark 7x7 ring.
    CHECK(qr.dark(0, 0));
    CHECK(qr.dark(6, 6));
    CHECK_FALSE(qr.dark(1, 1));
    CHECK(ui::qr_encode("").width == 0);
    CHECK(ui::qr_encode(sk::crypto::format_receipt(code)).width >= 21);  // with dashes

    ui::install_zero_on_free_allocator();
    ImFontAtlas atlas;
    atlas.AddFontDefault();
    ImGuiContext* ctx = ImGui::CreateContext(&atlas);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(400, 400);
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    ImGui::NewFrame();
    ImGui::Begin("qr");
    const int rects = ui::draw_qr(ImGui::GetWindowDrawList(), qr, ImVec2(0, 0), 300);
    ImGui::End();
    ImGui::EndFrame();
    CHECK(rects > qr.width);                                // at least one run per row
    CHECK(ui::draw_qr(nullptr, qr, ImVec2(0, 0), 2) == 0);  // too small to draw: nothing
    ImGui::DestroyContext(ctx);
}

TEST_CASE("kiosk command line", "[kiosk_ui][options]") {
    const auto parse = [](std::vector<const char*> args) {
        args.insert(args.begin(), "kiosk");
        return platform::parse_options(static_cast<int>(args.size()),
                                       const_cast<char**>(args.data()));
    };
    auto o = parse({"--data", "/tmp/x", "--windowed", "--lang", "en", "--demo", "--assets", "/a"});
    REQUIRE(o.ok());
    CHECK(o->data_dir == "/tmp/x");
    CHECK(o->windowed);
    CHECK(o->lang == Lang::en);
    CHECK(o->demo);
    CHECK(o->assets_dir == "/a");
    CHECK_FALSE(parse({"--data", "/tmp/x", "--lang", "fr"}).ok());
    CHECK_FALSE(parse({"--windowed"}).ok());  // --data is required
    CHECK_FALSE(parse({"--data"}).ok());
    CHECK_FALSE(parse({"--data", "d", "--bogus"}).ok());
    auto t = parse({"--data", "d", "--print-timing", "--exit-after-first-frame", "--verbose"});
    REQUIRE(t.ok());
    CHECK(t->print_timing);
    CHECK(t->exit_after_first_frame);
    CHECK(t->verbose);
}
