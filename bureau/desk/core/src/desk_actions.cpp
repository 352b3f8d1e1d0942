// What each intent does. Everything that touches bureau data goes through the bureau core
// (ledger, importer, acks, board, reports), so the desk and the CLI cannot disagree.
#include <type_traits>

#include "sk/bureau/clock.hpp"
#include "sk/desk/desk.hpp"

namespace sk::desk {

namespace {
// Screens that need an unlocked bureau; the login screen is the only other one.
bool needs_session(Screen s) {
    return s != Screen::login;
}
}  // namespace

void Desk::dispatch(const Intent& i) {
    std::visit([this](const auto& x) { act(x); }, i);
}

template <class T>
void Desk::act(const T& i) {
    using namespace intent;
    if constexpr (std::is_same_v<T, Login>) {
        login();
    } else if constexpr (std::is_same_v<T, Lock>) {
        if (session_) lock(false);
    } else if constexpr (std::is_same_v<T, SetLang>) {
        config_.lang = i.lang;
    } else {
        // Everything below works on an unlocked bureau only, and not while an import owns
        // the store.
        if (!session_) return;
        if (job_.running()) return set_error("import running");
        if constexpr (std::is_same_v<T, Navigate>) {
            if (!needs_session(i.to)) return;
            using bureau::Permission;
            if ((i.to == Screen::cases || i.to == Screen::case_file) &&
                !authorized(Permission::read_tips)) {
                return;
            }
            if (i.to == Screen::import && !authorized(Permission::import_batches)) return;
            if (i.to == Screen::absences) {
                if (!authorized(Permission::read_files)) return;
                absence_error_.clear();
                reload_absences(absences_ ? absences_->filter() : std::nullopt);
                if (!absences_) return;
            }
            if (i.to == Screen::people && !authorized(Permission::read_files)) return;
            // The unit page opens with OpenUnit; navigating there shows the last one opened.
            if (i.to == Screen::unit && (!unit_page_ || !authorized(Permission::read_files)))
                return;
            if (i.to == Screen::admin && !open_admin()) return;
            if (i.to == Screen::case_file && !case_file_) return;
            if (i.to != Screen::case_file) case_file_.reset();
            if (i.to == Screen::today) reload_today();
            screen_ = i.to;
            set_ok("");
        } else if constexpr (std::is_same_v<T, FilterCases>) {
            CaseFilter f = i.filter;
            f.search = std::string(text(Field::search));
            cases_->set_filter(std::move(f));
        } else if constexpr (std::is_same_v<T, SearchEdited>) {
            CaseFilter f = cases_->filter();
            f.search = std::string(text(Field::search));
            cases_->set_filter(std::move(f));
        } else if constexpr (std::is_same_v<T, SortCases>) {
            cases_->sort_by(i.column, i.ascending);
        } else if constexpr (std::is_same_v<T, OpenCase>) {
            if (!authorized(bureau::Permission::read_tips)) return;
            open_case(i.case_no);
        } else if constexpr (std::is_same_v<T, ChangeStatus>) {
            if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
            const std::string note(text(Field::note));
            const std::string now = clock_.now();
            if (auto r = change_status(*session_, *case_file_, i.to, note, now); !r) {
                return set_error(r.error().message);
            }
            crypto::wipe(buffer(Field::note), capacity(Field::note));
            cases_->set_status(case_file_->row.case_no, case_file_->row.status, now);
            ++data_generation_;
            set_ok(status_label(lang(), case_file_->row.status));
        } else if constexpr (std::is_same_v<T, SaveReply>) {
            if (!case_file_ || !authorized(bureau::Permission::edit_cases)) return;
            const char* l = lang() == Lang::zh ? "zh-CN" : "en";
            if (auto r = save_reply(*session_, *case_file_, text(Field::reply), l, clock_.now());
                !r) {
                return set_error(r.error().message);
            }
            ++data_generation_;
            set_ok(tr(lang(), "case.save_reply"));
        } else if constexpr (std::is_same_v<T, BrowseTo>) {
            if (auto r = browser_.open(std::string(text(Field::path))); !r) {
                return set_error(r.error().message);
            }
            ++data_generation_;
        } else if constexpr (std::is_same_v<T, BrowseUp>) {
            if (auto r = browser_.up(); !r) return set_error(r.error().message);
            ++data_generation_;
        } else if constexpr (std::is_same_v<T, BrowseEnter>) {
            if (auto r = browser_.enter(i.entry); !r) return set_error(r.error().message);
            ++data_generation_;
        } else if constexpr (std::is_same_v<T, BrowseToggle>) {
            browser_.toggle(i.entry);
        } else if constexpr (std::is_same_v<T, StartImport>) {
            written_.reset();
            if (!authorized(bureau::Permission::import_batches)) return;
            if (auto r =
                    job_.start(*session_, browser_.chosen(), clock_.now(), config_.import_threads);
                !r) {
                return set_error(r.error().message);
            }
            job_seen_ = false;
            set_ok(tr(lang(), "import.running"));
        } else if constexpr (std::is_same_v<T, WriteBack>) {
            // Acks need the import right, the status board the case right; survey bundles are
            // signed with the bureau key (manage_keys) and left out for other roles.
            if (!authorized(bureau::Permission::import_batches) ||
                !authorized(bureau::Permission::edit_cases)) {
                return;
            }
            const auto dir = browser_.dir();
            auto r = write_back(*session_, dir, clock_.now(), clock_.today(),
                                can(bureau::Permission::manage_keys));
            if (!r) return set_error(r.error().message);
            written_ = std::move(*r);
            (void)browser_.open(dir);  // show the new files
            ++data_generation_;
            set_ok(tr(lang(), "import.written"));
        } else if constexpr (std::is_same_v<T, SelectSurvey>) {
            if (auto r = reports_.select(session_->store, session_->actor, i.index); !r) {
                return set_error(r.error().message);
            }
            ++data_generation_;
            set_ok("");
        } else if constexpr (std::is_same_v<T, ExportReport>) {
            if (!authorized(bureau::Permission::read_reports)) return;
            auto p = reports_.export_to(export_browser_.dir(), i.format,
                                        bureau::day_to_iso(clock_.today()));
            if (!p) return set_error(p.error().message);
            set_ok(std::string(tr(lang(), "reports.exported")) + " " + p->string());
        } else if constexpr (std::is_same_v<T, FilterAbsences>) {
            if (!authorized(bureau::Permission::read_files)) return;
            reload_absences(i.category);
        } else if constexpr (std::is_same_v<T, SetAbsenceCategory>) {
            absence_category_ = i.category;
        } else if constexpr (std::is_same_v<T, AddAbsence>) {
            if (!authorized(bureau::Permission::edit_registers)) return;
            add_absence();
        } else if constexpr (std::is_same_v<T, SearchPeople>) {
            constexpr size_t kShown = 50;  // a name fragment may match hundreds: narrow it
            auto r =
                find_people(session_->store, session_->actor, text(Field::person_search), kShown);
            if (!r) return set_error(r.error().message);
            people_ = std::move(*r);
            auto units =
                find_units(session_->store, session_->actor, text(Field::person_search), kShown);
            if (!units) return set_error(units.error().message);
            units_found_ = std::move(*units);
            ++data_generation_;
            set_ok("");
        } else if constexpr (std::is_same_v<T, OpenPerson>) {
            auto r = person_file_text(session_->store, session_->actor, i.staff_no, clock_.today(),
                                      lang() == Lang::zh, work_calendar_, clock_.now());
            if (!r) return set_error(r.error().message);
            crypto::wipe(person_file_);
            person_file_ = std::move(*r);
            person_staff_no_ = i.staff_no;
            ++data_generation_;
            set_ok("");
        } else if constexpr (kUnitPageIntent<T>) {
            handle(i);
        } else if constexpr (std::is_same_v<T, Admin>) {
            act_admin(i.what);
        } else {
            on(i);  // desk_case_actions.cpp, desk_report_actions.cpp
        }
    }
}

void Desk::open_case(const std::string& no) {
    auto f = desk::open_case(session_->store, no);
    if (!f) return set_error(f.error().message);
    case_file_.emplace(std::move(*f));
    load_case_unit();
    crypto::wipe(buffer(Field::note), capacity(Field::note));
    crypto::wipe(buffer(Field::reply), capacity(Field::reply));
    prefill_case_forms();
    screen_ = Screen::case_file;
    ++data_generation_;
    set_ok("");
}

}  // namespace sk::desk
