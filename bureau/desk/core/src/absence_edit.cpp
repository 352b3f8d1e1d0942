#include "sk/desk/absence_edit.hpp"

#include <cstring>

#include "sk/bureau/payroll_check.hpp"
#include "sk/bureau/report_cleanup.hpp"

namespace sk::desk {

namespace {

constexpr size_t kCapacity[kEditTexts] = {256, 32, 32, 32, 32, 32, 32, 32, 1024};

std::string day_or_empty(uint32_t day) {
    return day ? bureau::day_text(day) : std::string();
}

}  // namespace

AbsenceEdit::AbsenceEdit() {
    for (size_t i = 0; i < kEditTexts; ++i) bufs_[i] = crypto::SecureBuffer(kCapacity[i]);
}

char* AbsenceEdit::buffer(EditText f) {
    return reinterpret_cast<char*>(bufs_[size_t(f)].data());
}

size_t AbsenceEdit::capacity(EditText f) const {
    return bufs_[size_t(f)].size();
}

std::string_view AbsenceEdit::text(EditText f) const {
    const char* p = const_cast<AbsenceEdit*>(this)->buffer(f);
    return std::string_view(p, strnlen(p, capacity(f) - 1));
}

void AbsenceEdit::set(EditText f, std::string_view v) {
    crypto::wipe(buffer(f), capacity(f));
    std::memcpy(buffer(f), v.data(), std::min(v.size(), capacity(f) - 1));
}

void AbsenceEdit::open(const bureau::AbsenceEntry& e) {
    close();
    original_ = e;
    category = e.category;
    found_by = e.found_by;
    handling = e.handling;
    outcome = e.outcome;
    set(EditText::reason_text, e.category_text);
    set(EditText::since, day_or_empty(e.since));
    set(EditText::deadline, day_or_empty(e.deadline));
    set(EditText::returned_on, day_or_empty(e.returned_on));
    set(EditText::closed_on, day_or_empty(e.closed_on));
    set(EditText::salary_stopped_on, day_or_empty(e.salary_stopped_on));
    set(EditText::recovered, e.recovered_fen ? bureau::yuan_text(e.recovered_fen) : "");
    set(EditText::recovered_on, day_or_empty(e.recovered_on));
    set(EditText::note, e.note);
}

void AbsenceEdit::close() {
    for (auto& b : bufs_) crypto::wipe(b.data(), b.size());
    crypto::wipe(original_.note);
    crypto::wipe(original_.category_text);
    original_ = bureau::AbsenceEntry{};
    original_.id = 0;
    problems_.clear();
}

std::optional<bureau::AbsenceEntry> AbsenceEdit::entry() {
    using F = bureau::AbsenceField;
    bureau::AbsenceEntry e = original_;
    e.category = category;
    // Only "other" keeps its text: the core stores none for the named categories.
    e.category_text = category == bureau::AbsenceCategory::other
                          ? std::string(text(EditText::reason_text))
                          : std::string();
    e.found_by = found_by;
    e.handling = handling;
    e.outcome = outcome;
    e.note = std::string(text(EditText::note));
    bool readable = true;
    auto day = [&](EditText t, F f, const char* label, uint32_t& out) {
        auto d = typed_day(text(t), f, label, problems_);
        if (d)
            out = *d;
        else
            readable = false;
    };
    day(EditText::since, F::since, "since", e.since);
    day(EditText::deadline, F::deadline, "deadline", e.deadline);
    day(EditText::returned_on, F::returned_on, "returned", e.returned_on);
    day(EditText::closed_on, F::closed_on, "closed", e.closed_on);
    day(EditText::salary_stopped_on, F::salary_stopped_on, "salary stopped", e.salary_stopped_on);
    day(EditText::recovered_on, F::recovered_on, "recovered on", e.recovered_on);
    const std::string_view sum = text(EditText::recovered);
    e.recovered_fen = 0;
    if (!sum.empty() && !bureau::parse_yuan(sum, e.recovered_fen)) {
        problems_.add(F::recovered, "recovered '" + std::string(sum) + "' is not a sum in 元",
                      "“" + std::string(sum) + "”不是金额（元）");
        readable = false;
    }
    if (!readable) return std::nullopt;
    return e;
}

Result<bureau::AbsenceEntry> AbsenceEdit::save(storage::BureauStore& s, const bureau::Actor& a,
                                               uint32_t today, std::string_view now) {
    problems_.clear();
    auto e = entry();
    if (e) SK_TRY(check_absence_entry(s, *e, today, problems_));
    if (!problems_.empty()) return Error{Errc::invalid_argument, problems_.first()};
    auto saved = bureau::set_absence(s, a, original_.id, absence_update(original_, *e), today, now);
    if (!saved) {
        problems_.general = saved.error().message;
        return saved.error();
    }
    close();
    return saved;
}

bureau::AbsenceUpdate absence_update(const bureau::AbsenceEntry& b, const bureau::AbsenceEntry& a) {
    bureau::AbsenceUpdate u;
    auto put = [](auto& slot, const auto& before, const auto& after) {
        if (before != after) slot = after;
    };
    put(u.category, b.category, a.category);
    put(u.category_text, b.category_text, a.category_text);
    put(u.since, b.since, a.since);
    put(u.found_by, b.found_by, a.found_by);
    put(u.handling, b.handling, a.handling);
    put(u.deadline, b.deadline, a.deadline);
    put(u.returned_on, b.returned_on, a.returned_on);
    put(u.outcome, b.outcome, a.outcome);
    put(u.closed_on, b.closed_on, a.closed_on);
    put(u.salary_stopped_on, b.salary_stopped_on, a.salary_stopped_on);
    put(u.recovered_fen, b.recovered_fen, a.recovered_fen);
    put(u.recovered_on, b.recovered_on, a.recovered_on);
    put(u.note, b.note, a.note);
    return u;
}

}  // namespace sk::desk
