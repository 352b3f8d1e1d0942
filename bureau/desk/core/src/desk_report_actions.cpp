// The Reports screen's tabs: the monthly report and the unit scores (the core's reports, as
// the CLI makes them) and the export folder every export button writes into.
#include "sk/bureau/clock.hpp"
#include "sk/desk/desk.hpp"
#include "sk/desk/report_export.hpp"

namespace sk::desk {

namespace {
std::string exported(Lang lang, const std::filesystem::path& p) {
    return std::string(tr(lang, "reports.exported")) + " " + p.string();
}
}  // namespace

void Desk::reports_after_unlock() {
    forms_.set(FormField::month, previous_month(clock_.today()));
    scores_.set_quarter(bureau::quarter_of(clock_.today()));
    // The export folder: made on first use, so the browser opens somewhere real.
    std::error_code ec;
    std::filesystem::create_directories(config_.export_dir, ec);
    (void)export_browser_.open(config_.export_dir);
    forms_.set(FormField::export_dir, export_browser_.dir().string());
}

void Desk::load_scores() {
    auto r = scores_.load(session_->store, session_->actor,
                          config_.assets / "bureau" / "score-rules.json", lang());
    ++data_generation_;
    if (!r) return set_error(r.error().message);
    set_ok("");
}

void Desk::on(const intent::ShowReportsTab& i) {
    if (!authorized(bureau::Permission::read_reports)) return;
    reports_tab_ = i.tab;
    set_ok("");
    if (i.tab == intent::ReportsTab::monthly && !monthly_.report()) on(intent::LoadMonthly{});
    if (i.tab == intent::ReportsTab::scores && !scores_.table()) load_scores();
}

void Desk::on(const intent::LoadMonthly&) {
    if (!authorized(bureau::Permission::read_reports)) return;
    auto r = monthly_.load(session_->store, session_->actor, text(FormField::month), categories_,
                           lang());
    ++data_generation_;
    if (!r) return set_error(r.error().message);
    set_ok("");
}

void Desk::on(const intent::ShiftQuarter& i) {
    if (!authorized(bureau::Permission::read_reports)) return;
    auto q = scores_.quarter();
    for (int n = 0; n < i.by; ++n) q = q.next();
    for (int n = 0; n > i.by; --n) q = q.previous();
    scores_.set_quarter(q);
    load_scores();
}

void Desk::on(const intent::ExportMonthly& i) {
    if (!authorized(bureau::Permission::read_reports)) return;
    if (!monthly_.report()) return set_error(tr(lang(), "reports.load_first"));
    auto p = export_monthly_report(*monthly_.report(), export_browser_.dir(), i.format,
                                   bureau::day_to_iso(clock_.today()));
    if (!p) return set_error(p.error().message);
    set_ok(exported(lang(), *p));
}

void Desk::on(const intent::ExportScores& i) {
    if (!authorized(bureau::Permission::read_reports)) return;
    if (!scores_.table()) return set_error(tr(lang(), "reports.load_first"));
    auto p = export_unit_scores(*scores_.table(), bureau::format_quarter(scores_.quarter()),
                                export_browser_.dir(), i.format);
    if (!p) return set_error(p.error().message);
    set_ok(exported(lang(), *p));
}

void Desk::on(const intent::ExportDirTo&) {
    if (auto r = export_browser_.open(std::string(text(FormField::export_dir))); !r) {
        return set_error(r.error().message);
    }
    ++data_generation_;
    set_ok("");
}

void Desk::on(const intent::ExportDirUp&) {
    if (auto r = export_browser_.up(); !r) return set_error(r.error().message);
    forms_.set(FormField::export_dir, export_browser_.dir().string());
    ++data_generation_;
}

void Desk::on(const intent::ExportDirEnter& i) {
    if (auto r = export_browser_.enter(i.entry); !r) return set_error(r.error().message);
    forms_.set(FormField::export_dir, export_browser_.dir().string());
    ++data_generation_;
}

}  // namespace sk::desk
