// Property 8 (THREAT_MODEL): what a person typed into ImGui is gone after submit and after
// an idle wipe - not only from the core's buffers but from ImGui's own copies (the
// InputText edit state, undo buffer, temp buffers), which die with the recycled context
// through the zero-on-free allocator.
#include <catch2/catch.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "sk/kiosk/ui/zero_alloc.hpp"
#include "ui_harness.hpp"

using namespace sk::kiosk;
using sk::kiosk::uitest::UiHarness;

namespace {

const std::string kSecret = "Ms-Zhang-LIED-7f3a9举报内容机密";

std::vector<uint8_t> utf16le(const std::string& utf8) {
    std::vector<uint8_t> out;
    ImWchar buf[128];
    const int n = ImTextStrFromUtf8(buf, 128, utf8.c_str(), nullptr);
    for (int i = 0; i < n; ++i) {
        out.push_back(static_cast<uint8_t>(buf[i] & 0xFF));
        out.push_back(static_cast<uint8_t>(buf[i] >> 8));
    }
    return out;
}

bool contains(const void* hay, size_t n, const void* needle, size_t m) {
    if (m == 0 || n < m) return false;
    const auto* h = static_cast<const uint8_t*>(hay);
    return std::search(h, h + n, static_cast<const uint8_t*>(needle),
                       static_cast<const uint8_t*>(needle) + m) != h + n;
}

// The test allocator wrapper: before a block is wiped, note whether it held the secret;
// right before it goes back to malloc, check that it is all zero.
struct FreedScan {
    std::vector<uint8_t> wide = utf16le(kSecret);
    size_t blocks_with_secret = 0;
    size_t freed = 0;
    size_t not_zeroed = 0;
};

void before_wipe(const unsigned char* p, size_t n, void* user) {
    auto* s = static_cast<FreedScan*>(user);
    if (contains(p, n, kSecret.data(), kSecret.size()) ||
        contains(p, n, s->wide.data(), s->wide.size())) {
        s->blocks_with_secret++;
    }
}

void after_wipe(const unsigned char* p, size_t n, void* user) {
    auto* s = static_cast<FreedScan*>(user);
    s->freed++;
    if (std::any_of(p, p + n, [](unsigned char c) { return c != 0; })) s->not_zeroed++;
}

struct ProbeGuard {
    explicit ProbeGuard(FreedScan& s) {
        ui::FreeProbe p;
        p.before_wipe = before_wipe;
        p.after_wipe = after_wipe;
        p.user = &s;
        ui::set_free_probe(p);
    }
    ~ProbeGuard() { ui::clear_free_probe(); }
};

// Searches the live ImGui context's text copies for the secret.
bool secret_in_imgui_state(const FreedScan& s) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiInputTextState& st = g.InputTextState;
    const auto in = [&](const auto& vec) {
        return contains(vec.Data, static_cast<size_t>(vec.Size) * sizeof(vec.Data[0]),
                        kSecret.data(), kSecret.size()) ||
               contains(vec.Data, static_cast<size_t>(vec.Size) * sizeof(vec.Data[0]),
                        s.wide.data(), s.wide.size());
    };
    const bool undo = contains(st.Stb.undostate.undo_char, sizeof st.Stb.undostate.undo_char,
                               s.wide.data(), s.wide.size());
    const bool temp = contains(g.TempBuffer, sizeof g.TempBuffer, kSecret.data(), kSecret.size());
    return in(st.TextW) || in(st.TextA) || in(st.InitialTextA) || undo || temp;
}

void start_tip_and_type_secret(UiHarness& h) {
    h.click("attract");
    h.click("home.tip");
    h.click("tip.intro.start");
    h.click("category#0");
    h.click("common.next");
    h.click("field#1");
    h.type("某某镇中心小学");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_details);
    h.click("field#3");
    h.type(kSecret);
    // Typed on a physical keyboard: the characters passed through ImGui's input queue into
    // the core's buffer (the on-screen keyboard's field is a display box, not an InputText).
    REQUIRE(std::string(h.app().text_buffer(field::tip_what)) == kSecret);
}

void check_gone(UiHarness& h, const FreedScan& scan) {
    CHECK(scan.blocks_with_secret > 0);  // ImGui did hold copies, and freed them
    CHECK(scan.freed > 0);
    CHECK(scan.not_zeroed == 0);  // every freed block was zero before free()
    CHECK_FALSE(secret_in_imgui_state(scan));
    for (const std::string& t : h.hits().texts()) CHECK(t.find(kSecret) == std::string::npos);
}

}  // namespace

TEST_CASE("a typed secret is gone from ImGui after submit", "[kiosk_ui][secret]") {
    FreedScan scan;
    UiHarness h;
    ProbeGuard guard(scan);
    start_tip_and_type_secret(h);
    // The field is a display box: ImGui has no edit state or undo copy of the text at all.
    CHECK_FALSE(secret_in_imgui_state(scan));
    h.click("common.next");
    h.click("common.next");
    h.click("common.next");
    REQUIRE(h.screen() == Screen::tip_review);
    h.click("common.submit");
    REQUIRE(h.screen() == Screen::receipt_shown);
    const int wipes = h.wipes_seen();
    h.click("receipt.shown.noted");
    REQUIRE(h.screen() == Screen::attract);
    REQUIRE(h.wipes_seen() > wipes);
    check_gone(h, scan);
}

TEST_CASE("a typed secret is gone from ImGui after the idle wipe", "[kiosk_ui][secret]") {
    FreedScan scan;
    UiHarness h;
    ProbeGuard guard(scan);
    start_tip_and_type_secret(h);
    CHECK_FALSE(secret_in_imgui_state(scan));
    h.idle(std::chrono::seconds(61));
    REQUIRE(h.view().overlay == Overlay::still_there);
    h.idle(std::chrono::seconds(16));
    REQUIRE(h.screen() == Screen::attract);
    check_gone(h, scan);
}

TEST_CASE("Exit wipes at once, ImGui's copies included", "[kiosk_ui][secret]") {
    FreedScan scan;
    UiHarness h;
    ProbeGuard guard(scan);
    start_tip_and_type_secret(h);
    h.exit_session();
    REQUIRE(h.screen() == Screen::attract);
    check_gone(h, scan);
}
