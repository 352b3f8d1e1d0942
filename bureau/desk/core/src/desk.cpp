// Desk lifecycle: opening, log in, the idle lock and the buffers. Intents: desk_actions.cpp.
#include "sk/desk/desk.hpp"

#include <cstring>

#include "sk/bureau/case_channel.hpp"
#include "sk/bureau/case_flow.hpp"
#include "sk/bureau/file_io.hpp"

namespace sk::desk {

namespace fs = std::filesystem;

namespace {
// The desk's fields that live in the Admin screen's state.
std::optional<AdminField> admin_field(Field f) {
    switch (f) {
        case Field::admin_user:
            return AdminField::user_name;
        case Field::admin_passphrase:
            return AdminField::passphrase;
        case Field::admin_repeated:
            return AdminField::repeated;
        case Field::admin_kiosk_name:
            return AdminField::kiosk_name;
        case Field::admin_rotate_passphrase:
            return AdminField::rotate_passphrase;
        case Field::admin_audit_actor:
            return AdminField::audit_actor;
        case Field::admin_audit_action:
            return AdminField::audit_action;
        default:
            return std::nullopt;
    }
}
constexpr const char* kThrottleFile = "desk-login-failures";
constexpr const char* kLastLoginFile = "desk-last-login";
}  // namespace

Desk::Desk(DeskConfig config, DeskClock clock)
    : config_(std::move(config)), clock_(std::move(clock)) {}

Desk::~Desk() {
    job_.wait();
    lock(false);
}

Result<std::unique_ptr<Desk>> Desk::open(DeskConfig config, DeskClock clock) {
    std::error_code ec;
    if (!fs::is_directory(config.home, ec)) {
        return Error{Errc::not_found, "no bureau home at " + config.home.string()};
    }
    auto cats = bureau::read_file(config.assets / "tips" / "categories.json");
    if (!cats) return cats.error();
    auto parsed = survey::parse_tip_categories(*cats);
    if (!parsed) return parsed.error();
    std::unique_ptr<Desk> d(new Desk(std::move(config), std::move(clock)));
    d->categories_ = std::move(*parsed);
    // The working-day calendar of the absence flags (as the CLI's default); none shipped
    // means Monday to Friday.
    if (auto cal = bureau::read_file(d->config_.assets / "bureau" / "workdays.txt")) {
        auto parsed_cal = bureau::WorkCalendar::parse(
            std::string_view(reinterpret_cast<const char*>(cal->data()), cal->size()));
        if (!parsed_cal) return parsed_cal.error();
        d->work_calendar_ = std::move(*parsed_cal);
    }
    auto t = LoginThrottle::load(d->config_.home / kThrottleFile, d->config_.throttle,
                                 d->clock_.steady_ms());
    if (!t) return t.error();
    d->throttle_.emplace(std::move(*t));
    d->last_activity_ms_ = d->clock_.steady_ms();
    return d;
}

int64_t Desk::login_wait_ms() const {
    return throttle_ ? throttle_->wait_ms(clock_.steady_ms()) : 0;
}

char* Desk::buffer(Field f) {
    if (auto e = edit_text_of(f)) return absence_edit_.buffer(*e);
    if (auto a = admin_field(f)) return admin_.buffer(*a);
    switch (f) {
        case Field::user:
            return reinterpret_cast<char*>(user_.data());
        case Field::passphrase:
            return reinterpret_cast<char*>(passphrase_.data());
        case Field::note:
            return reinterpret_cast<char*>(note_.data());
        case Field::reply:
            return reinterpret_cast<char*>(reply_.data());
        case Field::search:
            return reinterpret_cast<char*>(search_.data());
        case Field::path:
            return reinterpret_cast<char*>(path_.data());
        case Field::staff_no:
            return reinterpret_cast<char*>(staff_no_.data());
        case Field::since:
            return reinterpret_cast<char*>(since_.data());
        case Field::absence_note:
            return reinterpret_cast<char*>(absence_note_.data());
        case Field::person_search:
            return reinterpret_cast<char*>(person_search_.data());
        case Field::reason_text:
            return reinterpret_cast<char*>(reason_text_.data());
        default:  // the Admin and edit fields, above
            break;
    }
    return nullptr;
}

size_t Desk::capacity(Field f) const {
    if (auto e = edit_text_of(f)) return absence_edit_.capacity(*e);
    if (auto a = admin_field(f)) return admin_.capacity(*a);
    switch (f) {
        case Field::user:
            return user_.size();
        case Field::passphrase:
            return passphrase_.size();
        case Field::note:
            return note_.size();
        case Field::reply:
            return reply_.size();
        case Field::search:
            return search_.size();
        case Field::path:
            return path_.size();
        case Field::staff_no:
            return staff_no_.size();
        case Field::since:
            return since_.size();
        case Field::absence_note:
            return absence_note_.size();
        case Field::person_search:
            return person_search_.size();
        case Field::reason_text:
            return reason_text_.size();
        default:
            break;
    }
    return 0;
}

std::string_view Desk::text(Field f) const {
    const char* p = const_cast<Desk*>(this)->buffer(f);
    // The last byte stays zero: InputText is given capacity-1 usable bytes.
    return std::string_view(p, strnlen(p, capacity(f) - 1));
}

void Desk::set_ok(std::string m) {
    message_ = std::move(m);
    message_error_ = false;
}

void Desk::set_error(std::string m) {
    message_ = std::move(m);
    message_error_ = true;
}

void Desk::note_activity() {
    last_activity_ms_ = clock_.steady_ms();
}

void Desk::login() {
    if (session_) return;
    const int64_t now = clock_.steady_ms();
    if (auto r = throttle_->begin_attempt(now); !r) {
        crypto::wipe(passphrase_.data(), passphrase_.size());
        return set_error(r.error().message);
    }
    // An empty user name: the only user with a key slot (a single-user bureau).
    auto s = bureau::unlock(config_.home, text(Field::user), text(Field::passphrase), clock_.now());
    crypto::wipe(passphrase_.data(), passphrase_.size());
    if (!s) {
        throttle_->attempt_failed(clock_.steady_ms());
        return set_error(s.error().message);
    }
    // A reset counter that cannot be written only means the next wrong passphrase waits
    // a little early: log in anyway (this direction cannot fail open).
    (void)throttle_->attempt_succeeded();
    session_.emplace(std::move(*s));
    locked_by_idle_ = false;
    after_unlock();
}

void Desk::after_unlock() {
    const fs::path last = config_.home / kLastLoginFile;
    if (auto b = bureau::read_file(last, 64)) last_login_.assign(b->begin(), b->end());
    const std::string now = clock_.now();
    (void)bureau::write_file(last, ByteView(now), false, 0600);
    reload_cases();
    reload_today();
    if (auto r = reports_.load(session_->store); !r)
        set_error(r.error().message);
    else
        set_ok("");
    reports_after_unlock();
    const fs::path start =
        config_.start_dir.empty() ? FolderBrowser::default_start() : config_.start_dir;
    (void)browser_.open(start);
    last_activity_ms_ = clock_.steady_ms();
    screen_ = Screen::today;
    ++data_generation_;
}

bool Desk::authorized(bureau::Permission p) {
    if (!session_) return false;
    if (auto r = bureau::authorize(session_->actor, p); !r) {
        set_error(r.error().message);
        return false;
    }
    return true;
}

void Desk::reload_cases() {
    if (!can(bureau::Permission::read_tips)) {
        // A role that may not read the ledger gets an empty table, not a refusal per frame.
        cases_.emplace();
        return;
    }
    auto ix = CaseIndex::load(session_->store, categories_);
    if (!ix) return set_error(ix.error().message);
    CaseFilter f = cases_ ? cases_->filter() : CaseFilter{};
    const CaseColumn col = cases_ ? cases_->sort_column() : CaseColumn::case_no;
    const bool asc = cases_ ? cases_->ascending() : false;
    cases_.emplace(std::move(*ix));
    cases_->sort_by(col, asc);
    cases_->set_filter(std::move(f));
    ++data_generation_;
}

void Desk::reload_today() {
    auto t = build_today(session_->store, *cases_, last_login_, clock_.today());
    if (!t) return set_error(t.error().message);
    today_.emplace(std::move(*t));
}

void Desk::reload_absences(std::optional<bureau::AbsenceCategory> category) {
    auto r = AbsenceRegister::load(session_->store, session_->actor, category, clock_.today(),
                                   work_calendar_);
    if (!r) return set_error(r.error().message);
    absences_.emplace(std::move(*r));
    ++data_generation_;
}

void Desk::add_absence() {
    AbsenceForm f;
    f.staff_no = text(Field::staff_no);
    f.since = text(Field::since);
    f.note = text(Field::absence_note);
    f.category_text = text(Field::reason_text);
    f.category = absence_category_;
    auto id = add_absence_entry(session_->store, session_->actor, f, clock_.today(), clock_.now(),
                                &add_problems_);
    ++data_generation_;  // the refusal quotes what was typed
    if (!id) {
        absence_error_ = id.error().message;
        return;
    }
    absence_error_.clear();
    for (Field x : {Field::staff_no, Field::since, Field::absence_note, Field::reason_text}) {
        crypto::wipe(buffer(x), capacity(x));
    }
    reload_absences(absences_ ? absences_->filter() : std::nullopt);
    set_ok(std::string(tr(lang(), "absence.added")) + " #" + std::to_string(*id));
}

void Desk::lock(bool idle) {
    // The user name stays (it is not case data); everything else is wiped.
    // The store stays in use until a running import finishes (the app does not lock
    // mid-import; see tick()).
    job_.wait();
    case_file_.reset();  // wipes the decrypted tip
    cases_.reset();
    today_.reset();
    absences_.reset();
    crypto::wipe(absence_error_);
    for (auto& p : people_) crypto::wipe(p.name);
    people_.clear();
    crypto::wipe(person_file_);
    wipe_unit_state();
    reports_.clear();
    admin_.clear();
    written_.reset();
    wipe_forms();
    session_.reset();  // closes the store, frees the keys (sodium_free zeroes them)
    for (Field f :
         {Field::passphrase, Field::note, Field::reply, Field::search, Field::path, Field::staff_no,
          Field::since, Field::absence_note, Field::person_search, Field::reason_text}) {
        crypto::wipe(buffer(f), capacity(f));
    }
    crypto::wipe(message_);
    locked_by_idle_ = idle;
    screen_ = Screen::login;
    ++wipe_generation_;
    ++data_generation_;
}

void Desk::tick() {
    if (!job_seen_ && !job_.running()) {
        job_.wait();
        job_seen_ = true;
        if (session_) {
            reload_cases();
            reload_today();
            (void)reports_.load(session_->store);
        }
        if (!job_.error().empty()) set_error(job_.error());
    }
    if (!session_ || job_.running()) return;
    if (clock_.steady_ms() - last_activity_ms_ >= config_.idle_lock_ms) lock(true);
}

std::vector<std::string> Desk::data_strings() const {
    std::vector<std::string> out;
    if (cases_) {
        for (const auto* pool : {&cases_->schools(), &cases_->category_labels()}) {
            out.insert(out.end(), pool->begin(), pool->end());
        }
        out.insert(out.end(), cases_->units().begin(), cases_->units().end());
    }
    for (auto c : bureau::all_channels()) out.emplace_back(bureau::channel_label(c, "zh-CN"));
    for (const auto& c : categories_.categories) {
        out.push_back(c.label.zh_cn);
        for (const auto& s : c.subcategories) out.push_back(s.label.zh_cn);
    }
    if (case_file_) {
        const auto& f = *case_file_;
        out.push_back(f.row.kiosk_name + f.row.unit + f.row.reply);
        for (const auto& h : f.history) out.push_back(h.note);
        if (f.tip) {
            for (const auto* t : {&f.tip->unit, &f.tip->person, &f.tip->what, &f.tip->since,
                                  &f.tip->how_often, &f.tip->evidence, &f.tip->contact}) {
                out.emplace_back(t->view());
            }
        }
    }
    for (const auto& s : reports_.surveys()) out.push_back(s.title_zh + s.title_en);
    if (const auto& st = reports_.stats()) {
        out.push_back(st->title + st->overall.name);
        for (const auto& g : st->schools) out.push_back(g.name);
        for (const auto& q : st->overall.questions) {
            out.push_back(q.text);
            for (const auto& o : q.options) out.push_back(o.label);
        }
    }
    if (today_) {
        for (const auto& k : today_->kiosks) out.push_back(k.name);
    }
    if (absences_) {
        for (const auto& r : absences_->rows()) {
            out.push_back(r.name + r.unit_name + r.entry.category_text + r.entry.note);
        }
    }
    out.push_back(absence_error_);
    out.push_back(case_errors_.refusal);
    if (case_file_ && case_file_->ledger) {
        const auto& c = *case_file_->ledger;
        out.push_back(c.unit_code + c.staff_no + c.assignee + c.body + c.source);
    }
    for (const auto& t : monthly_.tables()) {
        out.push_back(t.title + t.note);
        for (const auto& h : t.header) out.push_back(h);
        for (const auto& r : t.rows) {
            for (const auto& c : r) out.push_back(bureau::cell_text(c));
        }
    }
    if (const auto& t = scores_.table()) {
        out.push_back(t->title);
        for (const auto& h : t->header) out.push_back(h);
        for (const auto& r : t->rows) {
            for (const auto& c : r) out.push_back(c);
        }
    }
    for (const auto& e : export_browser_.entries()) out.push_back(e.name);
    out.push_back(export_browser_.dir().string());
    for (const auto& p : people_) out.push_back(p.name);
    out.push_back(person_file_);
    if (unit_page_) {
        const auto& u = *unit_page_;
        out.push_back(u.unit.name + u.unit.kind + u.unit.township + u.score_error);
        if (u.score) out.push_back(u.score->explanation + u.score->unit_name);
        for (const auto& c : u.cases) {
            out.push_back(c.case_no + c.category + c.status);
            // The view shows channel and state by their labels in either language.
            for (const char* l : {"zh-CN", "en"}) {
                if (auto ch = bureau::parse_channel(c.channel))
                    out.emplace_back(bureau::channel_label(*ch, l));
                if (auto st = bureau::parse_case_state(c.status))
                    out.emplace_back(bureau::case_state_label(*st, l));
            }
        }
        for (const auto* rows : {&u.current, &u.past}) {
            for (const auto& r : *rows)
                out.push_back(r.name + r.entry.category_text + r.entry.note);
        }
        for (const auto& p : u.staff) out.push_back(p.name + p.post + p.employment);
    }
    for (const auto& u : units_found_) out.push_back(u.code + u.name);
    out.push_back(case_unit_);
    if (absence_edit_.active()) {
        for (Field x : {Field::edit_reason_text, Field::edit_note, Field::edit_recovered}) {
            out.emplace_back(text(x));
        }
    }
    for (const auto* p : {&add_problems_, &absence_edit_.problems()}) {
        for (const auto& [field, line] : p->by_field) {
            out.push_back(line.en);
            out.push_back(line.zh);
        }
        out.push_back(p->general);
    }
    if (session_) {
        auto a = admin_.data_strings();
        out.insert(out.end(), a.begin(), a.end());
    }
    for (const auto& e : browser_.entries()) out.push_back(e.name);
    out.push_back(browser_.dir().string());
    out.push_back(message_);
    return out;
}

}  // namespace sk::desk
