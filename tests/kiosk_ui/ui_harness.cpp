#include "ui_harness.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "sk/crypto/init.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

namespace sk::kiosk::uitest {

std::filesystem::path source_dir() {
    const char* env = std::getenv("SK_SOURCE_DIR");
    return env && *env ? std::filesystem::path(env) : std::filesystem::path(SK_SOURCE_DIR);
}

Clocks FakeClock::clocks() const {
    Clocks c;
    auto st = s;
    c.now = [st] { return st->steady; };
    c.wall_now = [st] { return st->wall; };
    return c;
}

const TestFonts& test_fonts(const App& app) {
    // Built once per process, like the kiosk: the atlas outlives every context.
    static TestFonts fonts = [&] {
        auto font = platform::find_cjk_font();
        REQUIRE(font.ok());
        // 800 lines: the sizes the 1280x800 kiosk uses. Body without the 3,755 typing
        // characters to keep the test fast; everything the UI shows is in.
        auto req = platform::atlas_request_for(*font, 800, app.all_display_strings());
        req.body_glyphs = req.title_glyphs;
        auto built = platform::build_font_atlas(req);
        REQUIRE(built.ok());
        TestFonts f{built->atlas.release(), platform::ui_fonts(*built)};
        return f;
    }();
    return fonts;
}

UiHarness::UiHarness() : UiHarness(InputEnginesFactory{}) {}

UiHarness::UiHarness(InputEnginesFactory engines) {
    REQUIRE(crypto::init().ok());
    ui::install_zero_on_free_allocator();
    AppConfig cfg;
    cfg.data_dir = dir_.path() / "data";
    cfg.assets_dir = source_dir() / "assets";
    cfg.demo = true;
    cfg.lang = Lang::zh_CN;
    cfg.clocks = clock_.clocks();
    cfg.make_input_engines = std::move(engines);
    auto app = App::open(cfg);
    if (!app) FAIL("App::open: " << app.error().message);
    app_ = std::make_unique<App>(std::move(*app));
    const TestFonts& tf = test_fonts(*app_);
    ui_ = std::make_unique<ui::KioskUi>(*app_, tf.fonts);
    ui::ContextHooks hooks;
    hooks.attach = [](ImGuiContext*) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        // 1.86 keyboard: named keys map into KeysDown[] through KeyMap[].
        for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
    };
    contexts_ = std::make_unique<ui::ContextCycler>(tf.atlas, tf.fonts.body, hooks);
    contexts_->create();
    seen_wipe_ = app_->wipe_generation();
    settle();
}

UiHarness::~UiHarness() {
    contexts_.reset();
    ui_.reset();
    app_.reset();
}

void UiHarness::frame(float dt) {
    ImGui::GetIO().DeltaTime = dt;
    ImGui::NewFrame();
    ui_->frame(&hits_);
    ImGui::Render();
    app_->tick(clock_.now());
    if (app_->wipe_generation() != seen_wipe_) {
        seen_wipe_ = app_->wipe_generation();
        ++wipes_seen_;
        contexts_->recycle();
    }
}

void UiHarness::click(std::string_view id) {
    auto r = hits_.find(id);
    if (!r)
        FAIL("no control '" << std::string(id) << "' on screen " << screen_name(screen())
                            << "; controls: " << ids_of(hits_));
    if (!r->enabled) FAIL("control '" << std::string(id) << "' is disabled");
    // Scrolled out of the body? Tests expect what a person could reach; the body scrolls
    // with the scrollbar, which the harness does not drive.
    // Scrolled out of view: scroll its window with the mouse wheel, as a person would
    // with the scrollbar, until the control can be pressed.
    for (int i = 0; i < 30 && !r->reachable(); ++i) {
        ImGui::GetIO().MousePos = ImVec2(r->center().x, (r->clip_min.y + r->clip_max.y) * 0.5f);
        ImGui::GetIO().MouseWheel = r->center().y > r->clip_max.y ? -1.0f : 1.0f;
        frame();
        frame();
        r = hits_.find(id);
        if (!r) FAIL("control '" << std::string(id) << "' vanished while scrolling");
    }
    INFO("click " << std::string(id));
    REQUIRE(r->reachable());
    tap(r->center());
}

void UiHarness::tap(ImVec2 pos) {
    // Never keep ImGuiIO& across frame(): a frame may end a session and recycle the context.
    ++taps_;
    ImGui::GetIO().MousePos = pos;
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    settle();
}

void UiHarness::drag(const std::vector<ImVec2>& pts) {
    if (pts.empty()) return;
    ImGui::GetIO().MousePos = pts.front();
    ImGui::GetIO().MouseDown[0] = true;
    frame();
    for (size_t i = 1; i < pts.size(); ++i) {
        ImGui::GetIO().MousePos = pts[i];
        frame();
    }
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    settle();
}

void UiHarness::type(std::string_view utf8) {
    const std::string s(utf8);
    ImGui::GetIO().AddInputCharactersUTF8(s.c_str());
    frame();
    settle();
}

void UiHarness::key(ImGuiKey k) {
    ImGui::GetIO().KeysDown[ImGui::GetIO().KeyMap[k]] = true;
    frame();
    ImGui::GetIO().KeysDown[ImGui::GetIO().KeyMap[k]] = false;
    frame();
    settle();
}

void UiHarness::idle(std::chrono::milliseconds d) {
    clock_.advance(d);
    settle();
}

void UiHarness::hold(ImVec2 pos, float seconds, float step) {
    for (float t = 0; t <= seconds; t += step) {
        ImGui::GetIO().MousePos = pos;
        ImGui::GetIO().MouseDown[0] = true;
        clock_.advance(std::chrono::milliseconds(static_cast<long>(step * 1000)));
        frame(step);
    }
    ImGui::GetIO().MouseDown[0] = false;
    frame();
    settle();
}

void UiHarness::exit_session() {
    click("common.exit");
    if (view().overlay == Overlay::confirm_exit) click("exit.confirm");
}

std::string ids_of(const ui::HitRegistry& hits) {
    std::string out;
    for (const auto& r : hits.rects()) out += r.id + " ";
    return out;
}

}  // namespace sk::kiosk::uitest
