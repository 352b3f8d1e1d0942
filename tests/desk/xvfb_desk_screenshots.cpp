// Opens a REAL window (run under xvfb-run by ctest) on a demo bureau, shows every screen
// in Chinese through the GLFW + OpenGL3 backends, saves each as DIR/<screen>.png and checks
// (1) every character drawn had a glyph in the baked atlas and (2) contrast: the darkest
// text pixels against the background reach WCAG AA (4.5:1) on every screen.
#include <catch2/catch.hpp>
#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "desk_fixture.hpp"
#include "sk/bureau/file_io.hpp"
#include "sk/crypto/init.hpp"
#include "sk/desk/ui/desk_runtime.hpp"
#include "sk/kiosk/platform/app_fonts.hpp"
#include "sk/kiosk/ui/zero_alloc.hpp"

using namespace sk;
using namespace sk::desk;

namespace {

void fail(const std::string& m) {
    FAIL_CHECK(m);
}

double luminance(const unsigned char* px) {
    auto lin = [](unsigned char c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(px[0]) + 0.7152 * lin(px[1]) + 0.0722 * lin(px[2]);
}

// Reads the back buffer, writes the PNG, returns the WCAG contrast ratio between the
// text's and the background's luminance.
double capture(const std::string& path, int w, int h) {
    std::vector<unsigned char> px(size_t(w) * size_t(h) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px.data());
    stbi_flip_vertically_on_write(1);
    if (!stbi_write_png(path.c_str(), w, h, 3, px.data(), w * 3)) fail("cannot write " + path);
    std::vector<double> lum;
    lum.reserve(size_t(w) * size_t(h));
    for (size_t i = 0; i + 2 < px.size(); i += 3) lum.push_back(luminance(&px[i]));
    std::sort(lum.begin(), lum.end());
    // Text covers well under 1 % of a sparse screen: the 50th darkest pixel stands for the
    // text (robust to a stray pixel), the median for the background.
    const double dark = lum[std::min<size_t>(50, lum.size() - 1)], bg = lum[lum.size() / 2];
    return (bg + 0.05) / (dark + 0.05);
}

}  // namespace

TEST_CASE("desk screens under Xvfb: every glyph baked, readable contrast", "[desk_xvfb]") {
    const char* dir = std::getenv("SK_DESK_SCREENS");
    const std::filesystem::path out = dir && *dir ? dir : "desk-screens";
    std::filesystem::create_directories(out);
    REQUIRE(kiosk::platform::have_display());
    REQUIRE(crypto::init().ok());
    kiosk::ui::install_zero_on_free_allocator();
    test::DeskFixture fx;
    Desk& d = *fx.desk;
    kiosk::platform::WindowOptions wo;
    wo.windowed = true;
    wo.width = 1366;
    wo.height = 768;
    auto rt = ui::DeskRuntime::open(d, wo);
    if (!rt) FAIL(rt.error().message);
    kiosk::ui::HitRegistry hits;
    auto shoot = [&](const std::string& name) {
        // Two frames to settle (layout, atlas swap), the third is captured.
        for (int i = 0; i < 2; ++i) (*rt)->frame(&hits);
        double contrast = 0;
        const std::string path = (out / (name + ".png")).string();
        (*rt)->frame(&hits, [&](int w, int h) { contrast = capture(path, w, h); });
        const auto fonts = (*rt)->fonts();
        for (const ImFont* f : {fonts.body, fonts.title}) {
            for (uint32_t cp : kiosk::platform::missing_glyphs(f, hits.texts())) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%s: missing glyph U+%04X", name.c_str(), cp);
                fail(buf);
            }
        }
        CHECK(hits.texts().size() > 3);
        if (contrast < 4.5) fail(name + ": contrast " + std::to_string(contrast) + " < 4.5");
        std::printf("%s: %zu strings, contrast %.1f:1 -> %s\n", name.c_str(), hits.texts().size(),
                    contrast, path.c_str());
    };
    shoot("login");
    fx.login();
    REQUIRE(d.screen() == Screen::today);
    shoot("today");
    d.dispatch(intent::Navigate{Screen::import});
    shoot("import");
    d.dispatch(intent::Navigate{Screen::cases});
    shoot("cases");
    d.dispatch(intent::OpenCase{*d.cases()->row(0).case_no});
    REQUIRE(d.screen() == Screen::case_file);
    shoot("case");
    d.dispatch(intent::Navigate{Screen::absences});
    REQUIRE(d.screen() == Screen::absences);
    shoot("absences");
    d.dispatch(intent::Navigate{Screen::people});
    std::strcpy(d.buffer(Field::person_search), "5100");
    d.dispatch(intent::SearchPeople{});
    REQUIRE_FALSE(d.people().empty());
    d.dispatch(intent::OpenPerson{d.people().front().staff_no});
    shoot("people");
    // The unit page (from the People search), the person file after an export, the
    // absence edit form with a refusal beside its field.
    d.dispatch(intent::ExportPerson{PersonExportKind::print});
    REQUIRE_FALSE(d.message_is_error());
    shoot("people_print");
    std::strcpy(d.buffer(Field::person_search), "城关镇");
    d.dispatch(intent::SearchPeople{});
    REQUIRE_FALSE(d.units_found().empty());
    d.dispatch(intent::OpenUnit{d.units_found().front().code});
    REQUIRE(d.screen() == Screen::unit);
    shoot("unit");
    d.dispatch(intent::Navigate{Screen::absences});
    d.dispatch(intent::SelectRow{DeskTable::absences, 0});
    d.dispatch(intent::OpenSelected{DeskTable::absences});
    REQUIRE(d.absence_edit().active());
    std::strcpy(d.buffer(Field::edit_deadline), "2026-02-30");
    d.dispatch(intent::SaveAbsenceEdit{});
    REQUIRE_FALSE(d.absence_edit().problems().empty());
    shoot("absence_edit");
    d.dispatch(intent::Navigate{Screen::reports});
    d.dispatch(intent::SelectSurvey{1});
    shoot("reports");
    d.dispatch(intent::SetLang{Lang::en});
    shoot("reports_en");
    // The Admin screen (lead role), each tab, in Chinese; its first tab in English too.
    d.dispatch(intent::SetLang{Lang::zh});
    d.dispatch(intent::Navigate{Screen::admin});
    REQUIRE(d.screen() == Screen::admin);
    shoot("admin_users");
    const auto admin = [&](AdminIntent i) { d.dispatch(intent::Admin{std::move(i)}); };
    admin(admin::ShowTab{AdminTab::kiosks});
    admin(admin::SelectKiosk{d.admin().kiosks().front().id});
    std::strcpy(d.buffer(Field::admin_kiosk_name), "\t");
    admin(admin::RenameKiosk{});  // the name rule's refusal beside the field
    shoot("admin_kiosks");
    REQUIRE(bureau::write_file(fx.demo.stick / "survey.json", ByteView(std::string("{\"id\": 1}")),
                               false)
                .ok());
    admin(admin::ShowTab{AdminTab::surveys});
    const auto& entries = d.admin().browser().entries();
    for (size_t i = 0; i < entries.size(); ++i)
        if (entries[i].name == "survey.json") admin(admin::PickFile{i});
    admin(admin::ValidateSurvey{});
    shoot("admin_surveys");
    admin(admin::ShowTab{AdminTab::keys});
    admin(admin::ArmRotation{});
    shoot("admin_keys");
    admin(admin::ShowTab{AdminTab::audit});
    admin(admin::VerifyAudit{});
    shoot("admin_audit");
    d.dispatch(intent::SetLang{Lang::en});
    admin(admin::ShowTab{AdminTab::users});
    shoot("admin_users_en");
    // The case page's ledger forms and the Reports screen's monthly report and unit scores.
    d.dispatch(intent::SetLang{Lang::zh});
    d.dispatch(intent::Navigate{Screen::cases});
    d.dispatch(intent::OpenCase{*d.cases()->row(0).case_no});
    d.dispatch(intent::ShowCaseSection{intent::CaseSection::links});
    shoot("case_links");
    d.dispatch(intent::ShowCaseSection{intent::CaseSection::talk});
    d.dispatch(intent::AddTalk{});  // no person linked: the message beside the form
    shoot("case_talk");
    d.dispatch(intent::ShowCaseSection{intent::CaseSection::sanction});
    shoot("case_sanction");
    d.dispatch(intent::Navigate{Screen::reports});
    d.dispatch(intent::ShowReportsTab{intent::ReportsTab::monthly});
    REQUIRE(d.monthly().report());
    shoot("reports_monthly");
    d.dispatch(intent::ShowReportsTab{intent::ReportsTab::scores});
    REQUIRE(d.scores().table());
    shoot("reports_scores");
    std::printf("%zu glyphs baked, %d atlas builds\n", (*rt)->baker().glyphs(),
                (*rt)->baker().builds());
}
