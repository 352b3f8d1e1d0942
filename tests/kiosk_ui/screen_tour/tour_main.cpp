// The kiosk screenshot tour (issue 11): every screen, for two respondents in a row, in a
// real GLFW window under Xvfb at the size given. Every shot is kept (argv[1]) and checked:
// Home's background, WCAG AA contrast of every glyph, no cut or overflowing text, no
// missing glyph. Exit status 1 with one line per problem.
//   kiosk_screen_tour OUT_DIR WIDTH HEIGHT
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "gl_tour.hpp"
#include "sk/crypto/init.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/platform/renderer.hpp"
#include "sk/kiosk/platform/staged_fonts.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"
#ifdef SK_HAVE_IME
#include "sk/kiosk/ime/default_engines.hpp"
#endif

using namespace sk::kiosk;
using sk::kiosk::tour::GlTour;

namespace {

int usage(const std::string& m) {
    std::fprintf(stderr, "kiosk_screen_tour: %s\n", m.c_str());
    return 2;
}

const char* kind_name(QuestionKind k) {
    switch (k) {
        case QuestionKind::single:
            return "single";
        case QuestionKind::multi:
            return "multi";
        case QuestionKind::likert5:
            return "likert5";
        case QuestionKind::rating10:
            return "rating10";
        case QuestionKind::short_text:
            return "short-text";
        case QuestionKind::long_text:
            return "long-text";
        case QuestionKind::number:
            return "number";
        case QuestionKind::date:
            return "date";
    }
    return "?";
}

void answer(GlTour& t, std::set<QuestionKind>& shot_kinds) {
    const QuestionView q = t.view().survey.question;
    const bool first_of_kind = shot_kinds.insert(q.kind).second;
    if (first_of_kind) t.shot(std::string("question-") + kind_name(q.kind));
    switch (q.kind) {
        case QuestionKind::single:
            t.tap("option#0");
            break;
        case QuestionKind::multi:
            t.tap("option#0");
            t.tap("option#1");
            break;
        case QuestionKind::likert5:
            t.tap("option#3");
            break;
        case QuestionKind::rating10:
            t.tap("option#7");
            break;
        case QuestionKind::short_text:
        case QuestionKind::long_text:
            t.tap("field#" + std::to_string(q.field.value));
            t.type(U"duotingtingyixianlaoshideyijian");  // a long composition: the bar's worst case
            if (first_of_kind) t.shot("keyboard-pinyin");
            t.type(U"。");  // commits the best candidate
            break;
        case QuestionKind::number:
            t.tap("osk#3");
            break;
        case QuestionKind::date:
            t.tap("ui.date_use");
            if (first_of_kind) t.shot("date-picker");
            break;
    }
}

void staff_survey(GlTour& t) {
    t.tap("survey#staff-workstyle-2026");
    if (t.screen() == Screen::survey_intro) {
        t.shot("survey-intro");
        t.tap("survey.start");
    }
    t.tap("common.next");  // nothing chosen: the required-answer message
    t.shot("validation-error");
    std::set<QuestionKind> kinds;
    for (int guard = 0; guard < 40 && t.screen() == Screen::survey_question; ++guard) {
        const bool last = t.view().survey.is_last;
        answer(t, kinds);
        if (!t.tap(last ? "common.review" : "common.next")) return;
    }
    t.shot("survey-review");
    t.tap("common.submit");
    t.shot("survey-thanks");
    t.tap("common.done");
}

void parent_survey_left(GlTour& t) {
    t.tap("attract");
    t.tap("survey#parent-satisfaction-2026");
    if (t.screen() == Screen::survey_intro) {
        t.shot("parent-intro");
        t.tap("survey.start");
    }
    t.tap("option#0");
    t.tap("common.exit");
    t.shot("confirm-exit", {true});
    t.tap("exit.confirm");
}

std::string tip(GlTour& t, bool full) {
    t.tap("attract");
    t.tap("home.tip");
    if (full) t.shot("tip-intro");
    t.tap("tip.intro.start");
    if (full) t.shot("tip-category");
    t.tap("category#0");
    if (t.has("subcategory#0")) t.tap("subcategory#0");
    t.tap("common.next");
    t.tap("field#1");
    t.type(U"某某镇中心小学");
    if (full) t.shot("tip-subject-keyboard");
    t.tap("common.next");
    t.tap("field#3");
    t.type(U"上课时间经常不在岗，学生自习。");
    t.tap("frequency#1");
    if (full) t.shot("tip-details");
    t.tap("common.next");
    if (full) t.shot("tip-evidence");
    t.tap("common.next");
    if (full) {
        t.shot("tip-contact");
        t.tap("tip.contact.toggle");
        t.shot("tip-contact-confirm");
        t.tap("tip.contact.confirm_no");
    }
    t.tap("common.next");
    if (full) t.shot("tip-review");
    t.tap("common.submit");
    std::string code;
    if (t.screen() == Screen::receipt_shown) {
        code = std::string(t.view().receipt.code);
        t.shot("receipt");
        t.tap("receipt.shown.noted");
    } else {
        t.shot("submit-error");
        t.tap("common.exit");
        if (t.view().overlay == Overlay::confirm_exit) t.tap("exit.confirm");
    }
    return code;
}

void lookup(GlTour& t, const std::string& code) {
    t.tap("attract");
    t.tap("home.lookup");
    t.shot("lookup");
    std::u32string u;
    for (char c : code) u.push_back(static_cast<char32_t>(c));
    t.type(u);
    t.tap("receipt.lookup.check");
    t.shot("lookup-result");
    t.tap("common.exit");
    if (t.view().overlay == Overlay::confirm_exit) t.tap("exit.confirm");
}

void still_there(GlTour& t) {
    t.tap("attract");
    t.tap("home.tip");
    t.tap("tip.intro.start");
    t.tap("category#0");
    t.advance(std::chrono::seconds(61));
    if (t.view().overlay != Overlay::still_there) t.fail("no still-there overlay after 61 s");
    t.shot("still-there", {true});
    t.tap("idle.keep_going");
    t.tap("common.exit");
    if (t.view().overlay == Overlay::confirm_exit) t.tap("exit.confirm");
}

void admin(GlTour& t) {
    // The corner hold takes five real seconds: the gesture is the headless tests' job.
    t.dispatch(intent::AdminCornerHold{std::chrono::milliseconds(6000)});
    t.shot("admin-pin");
    for (int i = 0; i < 4; ++i) t.tap("pin#1");
    t.tap("admin.pin.ok");
    t.shot("admin-pin-wrong");
    for (const char* p = kDemoAdminPin; *p; ++p) t.tap(std::string("pin#") + *p);
    t.tap("admin.pin.ok");
    t.shot("admin-home");
    t.tap("admin.change_pin");
    t.shot("admin-change-pin");
    t.tap("common.back");
    t.tap("admin.leave");
}

void respondent(GlTour& t, int r) {
    t.set_respondent(r);
    if (t.screen() != Screen::attract) t.fail("the tour does not start on attract");
    t.shot("attract");
    t.tap("attract");
    t.shot("home");
    t.tap("lang.en");
    t.shot("home-en");
    t.tap("lang.zh_cn");
    staff_survey(t);
    // The first respondent starts on the kiosk's display atlas (the pinyin candidates are
    // only those it can draw); the tip below types characters outside it, so the full
    // atlas comes in here, between frames, as the frame loop swaps it in after start.
    if (r == 1) t.swap_in_full_atlas();
    parent_survey_left(t);
    const std::string code = tip(t, true);
    if (code.empty()) t.fail("the tip was not accepted");
    tip(t, false);  // at once again: the anti-flood refusal
    lookup(t, code);
    still_there(t);
    admin(t);
    // Between respondents the kiosk waits on attract long enough for the next tip.
    t.advance(std::chrono::hours(2));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) return usage("usage: kiosk_screen_tour OUT_DIR WIDTH HEIGHT");
    const std::filesystem::path out = argv[1];
    const int width = std::atoi(argv[2]), height = std::atoi(argv[3]);
    if (width < 640 || height < 480) return usage("WIDTH x HEIGHT at least 640 x 480");
    if (!platform::have_display()) return usage(platform::no_display_message());
    if (!sk::crypto::init().ok()) return usage("crypto init");
    ui::install_zero_on_free_allocator();
    std::filesystem::create_directories(out);
    for (const auto& e : std::filesystem::directory_iterator(out))
        if (e.path().extension() == ".png") std::filesystem::remove(e.path());

    char tmpl[] = "/tmp/sk-kiosk-tour-XXXXXX";
    if (!mkdtemp(tmpl)) return usage("mkdtemp");
    const std::filesystem::path dir = tmpl;
    int rc = 0;
    {
        auto clock = std::make_shared<tour::TourClock>();
        AppConfig cfg;
        cfg.data_dir = dir / "data";
        const char* src = std::getenv("SK_SOURCE_DIR");
        cfg.assets_dir = std::filesystem::path(src && *src ? src : SK_SOURCE_DIR) / "assets";
        cfg.demo = true;
        cfg.lang = Lang::zh_CN;
        cfg.clocks.now = [clock] { return clock->steady; };
        cfg.clocks.wall_now = [clock] { return clock->wall; };
        // As the kiosk: candidates only from the atlas in use (staged_fonts.hpp).
        std::unique_ptr<platform::StagedFonts> fonts;
        cfg.can_display = [&fonts](char32_t c) { return !fonts || fonts->can_display(c); };
#ifdef SK_HAVE_IME
        // The kiosk's own keyboard: pinyin first, its candidate bar in the shots.
        cfg.make_input_engines = [] { return ime::make_default_input_engines(); };
#endif
        auto app = App::open(cfg);
        if (!app) return usage("App::open: " + app.error().message);

        platform::WindowOptions wo;
        wo.windowed = true;
        wo.width = width;
        wo.height = height;
        auto window = platform::Window::open(wo);
        if (!window) return usage(window.error().message);
        auto font = platform::find_cjk_font();
        if (!font) return usage(font.error().message);
        auto staged = platform::StagedFonts::build_display(*font, window->framebuffer_height(),
                                                           app->all_display_strings());
        if (!staged) return usage(staged.error().message);
        fonts = std::move(staged).value();

        ui::KioskUi kui(*app, fonts->fonts());
        ui::ContextCycler contexts(fonts->in_use().atlas.get(), fonts->in_use().body,
                                   platform::backend_hooks(*window));
        contexts.create();
        GlTour t(*window, *app, kui, contexts, *fonts, clock, out);
        t.frames(2);
        respondent(t, 1);
        respondent(t, 2);
        std::printf(
            "%dx%d: %d shots in %s, %d glyphs checked, lowest contrast %.2f:1, %zu problems\n",
            width, height, t.shots(), out.c_str(), t.glyphs_checked(), t.min_contrast(),
            t.failures().size());
        rc = t.failures().empty() ? 0 : 1;
        contexts.destroy();
    }
    std::filesystem::remove_all(dir);
    return rc;
}
