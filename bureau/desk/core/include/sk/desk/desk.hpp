// The bureau desk's core: which screen is up, the unlocked bureau, each screen's state, and
// the intents views emit. Knows nothing of ImGui (tests drive it directly). Security rules
// live here: the retry throttle, the idle lock that closes the store and wipes every buffer
// holding case data, and the wipe generation that tells the UI to drop its ImGui context.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/bureau_home.hpp"
#include "sk/crypto/secure_buffer.hpp"
#include "sk/desk/absence_edit.hpp"
#include "sk/desk/absence_register.hpp"
#include "sk/desk/admin.hpp"
#include "sk/desk/case_file.hpp"
#include "sk/desk/case_index.hpp"
#include "sk/desk/desk_clock.hpp"
#include "sk/desk/folder_browser.hpp"
#include "sk/desk/form_buffers.hpp"
#include "sk/desk/form_errors.hpp"
#include "sk/desk/import_job.hpp"
#include "sk/desk/intents.hpp"
#include "sk/desk/login_throttle.hpp"
#include "sk/desk/monthly_report.hpp"
#include "sk/desk/people.hpp"
#include "sk/desk/reports.hpp"
#include "sk/desk/today.hpp"
#include "sk/desk/unit_page.hpp"
#include "sk/desk/unit_scores.hpp"
#include "sk/survey/tip_categories.hpp"

namespace sk::desk {

struct DeskConfig {
    std::filesystem::path home;        // the bureau home (bureau.sec, bureau.db)
    std::filesystem::path assets;      // tips/categories.json
    std::filesystem::path export_dir;  // reports go here
    std::filesystem::path start_dir;   // the import browser's first folder (empty: default)
    int64_t idle_lock_ms = 10 * 60 * 1000;
    ThrottlePolicy throttle;
    Lang lang = Lang::zh;
    unsigned import_threads = 0;
};

// The text fields views edit in place (ImGui::InputText on the desk's own buffers).
enum class Field {
    user,
    passphrase,
    note,
    reply,
    search,
    path,
    staff_no,
    since,
    absence_note,
    person_search,
    reason_text,  // the add form's text for "other"
    edit_reason_text,
    edit_since,
    edit_deadline,
    edit_returned,
    edit_closed,
    edit_salary_stopped,
    edit_recovered,
    edit_recovered_on,
    edit_note,
    admin_user,  // the Admin screen's fields (AdminDesk holds them)
    admin_passphrase,
    admin_repeated,
    admin_kiosk_name,
    admin_rotate_passphrase,
    admin_audit_actor,
    admin_audit_action
};

class Desk {
  public:
    static Result<std::unique_ptr<Desk>> open(DeskConfig config, DeskClock clock);
    ~Desk();

    void dispatch(const Intent& i);
    // Input arrived (key, click, mouse move): the idle timer restarts.
    void note_activity();
    // Once per frame: the idle lock and a finished import.
    void tick();

    // --- the view model ---
    Screen screen() const { return screen_; }
    Lang lang() const { return config_.lang; }
    bool unlocked() const { return session_.has_value(); }
    // Who logged in (nullptr while locked) and what the core lets that role do; views hide
    // what would be refused, the desk's actions ask the core again (authorize()).
    const bureau::Actor* actor() const { return session_ ? &session_->actor : nullptr; }
    bool can(bureau::Permission p) const {
        return session_ && bureau::allowed(session_->actor.role, p);
    }
    bool locked_by_idle() const { return locked_by_idle_; }
    const std::string& message() const { return message_; }
    bool message_is_error() const { return message_error_; }
    int64_t login_wait_ms() const;
    char* buffer(Field f);
    size_t capacity(Field f) const;
    std::string_view text(Field f) const;

    const CaseIndex* cases() const { return cases_ ? &*cases_ : nullptr; }
    const CaseFile* case_file() const { return case_file_ ? &*case_file_ : nullptr; }
    const TodaySummary* today() const { return today_ ? &*today_ : nullptr; }
    const ImportJob& import_job() const { return job_; }
    const FolderBrowser& browser() const { return browser_; }
    const std::optional<WriteBackResult>& written_back() const { return written_; }
    const ReportsModel& reports() const { return reports_; }
    const survey::TipCategories& categories() const { return categories_; }
    const AbsenceRegister* absences() const { return absences_ ? &*absences_ : nullptr; }
    bureau::AbsenceCategory absence_form_category() const { return absence_category_; }
    // The core's refusal of the last add, shown beside the form ("" after a good add).
    const std::string& absence_form_error() const { return absence_error_; }
    // The People screen: staff found by the last search, the open person's file as text.
    const std::vector<bureau::StaffMember>& people() const { return people_; }
    const std::string& person_file() const { return person_file_; }
    // The Admin screen (lead role): users, kiosks, surveys, key rotation, audit log.
    const AdminDesk& admin() const { return admin_; }

    // The unit page (Screen::unit), units found by the People search, the open person's
    // staff number (for Export/Print), the open case's unit link, the absence edit form,
    // the add form's problems beside each field, and each table's selected row.
    const UnitPage* unit_page() const { return unit_page_ ? &*unit_page_ : nullptr; }
    const std::vector<bureau::Unit>& units_found() const { return units_found_; }
    const std::string& person_staff_no() const { return person_staff_no_; }
    const std::string& case_unit() const { return case_unit_; }
    const AbsenceEdit& absence_edit() const { return absence_edit_; }
    const FormProblems& absence_add_problems() const { return add_problems_; }
    std::optional<size_t> selected(DeskTable t) const { return selected_[size_t(t)]; }
    // The table whose row was clicked last (Enter opens its selected row).
    std::optional<DeskTable> active_table() const { return active_table_; }

    // The case page's and Reports screen's forms (form_buffers.hpp), edited in place.
    char* buffer(FormField f) { return forms_.buffer(f); }
    size_t capacity(FormField f) const { return forms_.capacity(f); }
    std::string_view text(FormField f) const;
    // The last case-page action's field messages and the core's refusal ("" after success).
    const FormErrors& case_errors() const { return case_errors_; }
    intent::CaseSection case_section() const { return case_section_; }
    // The Cases table's keyboard cursor: an index into the shown rows (nullopt: none yet).
    std::optional<size_t> case_cursor() const;
    bureau::TalkKind talk_kind() const { return talk_kind_; }
    bureau::SanctionKind sanction_kind() const { return sanction_kind_; }
    intent::ReportsTab reports_tab() const { return reports_tab_; }
    const MonthlyModel& monthly() const { return monthly_; }
    const ScoresModel& scores() const { return scores_; }
    // Where the Reports screen's exports go (a folder browser: up, into, or a typed path).
    const FolderBrowser& export_folder() const { return export_browser_; }

    // Moves when every buffer was wiped (lock): the UI destroys its ImGui context then.
    int wipe_generation() const { return wipe_generation_; }
    // Moves when the data on screen may hold new characters (the atlas may need glyphs).
    int data_generation() const { return data_generation_; }
    // Every string of data the screens can show now (pools, open case, reports).
    std::vector<std::string> data_strings() const;

  private:
    Desk(DeskConfig config, DeskClock clock);
    void login();
    void lock(bool idle);
    void after_unlock();
    void reload_cases();
    void reload_today();
    void reload_absences(std::optional<bureau::AbsenceCategory> category);
    void add_absence();
    void open_case(const std::string& no);
    bool open_admin();  // admin_desk.cpp
    void act_admin(const AdminIntent& i);
    void set_ok(std::string m);
    void set_error(std::string m);
    bool authorized(bureau::Permission p);
    template <class T>
    void act(const T& i);
    // desk_unit_actions.cpp: the unit page, exports, the absence edit form, row keys.
    void handle(const intent::OpenUnit& i);
    void handle(const intent::SetUnitQuarter& i);
    void handle(const intent::OpenCaseUnit& i);
    void handle(const intent::ExportPerson& i);
    void handle(const intent::EditAbsence& i);
    void handle(const intent::SetEditChoice& i);
    void handle(const intent::SaveAbsenceEdit& i);
    void handle(const intent::CancelAbsenceEdit& i);
    void handle(const intent::SelectRow& i);
    void handle(const intent::OpenSelected& i);
    void handle(const intent::Back& i);
    void open_unit(const std::string& code, bureau::Quarter q);
    void load_case_unit();
    void wipe_unit_state();
    std::optional<EditText> edit_text_of(Field f) const;
    // The case page's forms and the Reports screen's monthly/scores/export intents
    // (desk_case_actions.cpp, desk_report_actions.cpp).
    void on(const intent::ReopenCase&);
    void on(const intent::AssignCase&);
    void on(const intent::LinkCase&);
    void on(const intent::UnlinkCase&);
    void on(const intent::SetTalkKind&);
    void on(const intent::AddTalk&);
    void on(const intent::SetSanctionKind&);
    void on(const intent::AddSanction&);
    void on(const intent::ShowReportsTab&);
    void on(const intent::LoadMonthly&);
    void on(const intent::ShiftQuarter&);
    void on(const intent::ExportMonthly&);
    void on(const intent::ExportScores&);
    void on(const intent::ExportDirTo&);
    void on(const intent::ExportDirUp&);
    void on(const intent::ExportDirEnter&);
    void on(const intent::ShowCaseSection&);
    void on(const intent::MoveCaseCursor&);
    void on(const intent::OpenCaseAtCursor&);
    void prefill_case_forms();
    void after_case_change(const char* done_key);
    void load_scores();
    void reports_after_unlock();
    void wipe_forms();

    DeskConfig config_;
    DeskClock clock_;
    survey::TipCategories categories_;
    std::optional<LoginThrottle> throttle_;
    std::optional<bureau::Session> session_;
    Screen screen_ = Screen::login;
    bool locked_by_idle_ = false;
    int64_t last_activity_ms_ = 0;
    std::string message_;
    bool message_error_ = false;
    std::string last_login_;

    crypto::SecureBuffer user_{64}, passphrase_{256}, note_{1024}, reply_{2048}, search_{256},
        path_{1024}, staff_no_{64}, since_{32}, absence_note_{1024}, person_search_{128};

    std::optional<CaseIndex> cases_;
    std::optional<CaseFile> case_file_;
    std::optional<TodaySummary> today_;
    ImportJob job_;
    bool job_seen_ = true;
    FolderBrowser browser_;
    std::optional<WriteBackResult> written_;
    ReportsModel reports_;
    bureau::WorkCalendar work_calendar_;
    std::optional<AbsenceRegister> absences_;
    bureau::AbsenceCategory absence_category_ = bureau::AbsenceCategory::sick_leave;
    std::string absence_error_;
    std::vector<bureau::StaffMember> people_;
    std::string person_file_;
    AdminDesk admin_;
    FormBuffers forms_;
    FormErrors case_errors_;
    intent::CaseSection case_section_ = intent::CaseSection::status;
    std::optional<size_t> case_cursor_;
    bureau::TalkKind talk_kind_ = bureau::TalkKind::talk;
    bureau::SanctionKind sanction_kind_ = bureau::SanctionKind::reminder;
    intent::ReportsTab reports_tab_ = intent::ReportsTab::survey;
    MonthlyModel monthly_;
    ScoresModel scores_;
    FolderBrowser export_browser_;
    int wipe_generation_ = 0;
    int data_generation_ = 0;
    crypto::SecureBuffer reason_text_{256};
    std::optional<UnitPage> unit_page_;
    Screen unit_back_ = Screen::people;
    std::vector<bureau::Unit> units_found_;
    std::string person_staff_no_;
    std::string case_unit_;
    AbsenceEdit absence_edit_;
    FormProblems add_problems_;
    std::optional<size_t> selected_[kDeskTables];
    std::optional<DeskTable> active_table_;
};

}  // namespace sk::desk
