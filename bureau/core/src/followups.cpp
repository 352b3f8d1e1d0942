#include "sk/bureau/followups.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/case_refs.hpp"
#include "sk/bureau/casework.hpp"
#include "sk/bureau/store/audit.hpp"
#include "sk/bureau/store/cases.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

// Runs an insert that returns the new row's id inside the change's audited transaction.
template <typename Insert>
Result<int64_t> audited_insert(storage::BureauStore& s, const store::AuditEvent& e, Insert insert) {
    int64_t id = 0;
    SK_TRY(store::audited(s, e, [&]() -> Result<void> {
        auto r = insert();
        if (!r) return r.error();
        id = r.value();
        return ok();
    }));
    return id;
}

Result<void> check_day(std::string_view what, uint32_t day, uint32_t today) {
    if (!sync::is_valid_day_number(day)) {
        return Error{Errc::invalid_argument, std::string(what) + ": invalid date"};
    }
    if (day > today) {
        return Error{Errc::invalid_argument, std::string(what) + " " +
                                                 sync::iso_from_day_number(day) +
                                                 " is in the future (日期不能晚于今天)"};
    }
    return ok();
}

Result<store::CaseRow> case_about(storage::BureauStore& s, std::string_view typed,
                                  const std::string& staff_no) {
    const std::string no = normalize_any_case_no(typed);
    auto c = store::find_case(s, no);
    if (!c) return c.error();
    if (!c.value()) return Error{Errc::not_found, "没有案件 " + no + " (no case " + no + ")"};
    if (c.value()->staff_no != staff_no) {
        return Error{Errc::invalid_argument, no + " is not linked to " + staff_no + " (case link " +
                                                 no + " --person first)"};
    }
    return std::move(*c.value());
}

template <typename E>
struct Named {
    E value;
    const char* name;
    const char* zh;
    const char* en;
};

const Named<TalkKind> kTalkKinds[] = {{TalkKind::talk, "talk", "谈心谈话", "heart-to-heart talk"},
                                      {TalkKind::symposium, "symposium", "座谈会", "symposium"},
                                      {TalkKind::interview, "interview", "个别访谈", "interview"}};
const Named<Rating> kRatings[] = {{Rating::good, "good", "好", "good"},
                                  {Rating::fair, "fair", "一般", "fair"},
                                  {Rating::poor, "poor", "差", "poor"}};

template <typename E, size_t N>
Result<E> parse_named(const Named<E> (&table)[N], std::string_view s, const char* what) {
    std::string names;
    for (const auto& n : table) {
        if (s == n.name) return n.value;
        names += (names.empty() ? "" : ", ") + std::string(n.name);
    }
    return Error{Errc::invalid_argument, "unknown " + std::string(what) + " \"" + std::string(s) +
                                             "\" (one of: " + names + ")"};
}

template <typename E, size_t N>
const Named<E>& find_named(const Named<E> (&table)[N], E v) {
    for (const auto& n : table) {
        if (n.value == v) return n;
    }
    return table[0];
}

}  // namespace

Result<TalkKind> parse_talk_kind(std::string_view s) {
    return parse_named(kTalkKinds, s, "talk kind");
}
std::string_view talk_kind_name(TalkKind k) {
    return find_named(kTalkKinds, k).name;
}
std::string_view talk_kind_label(TalkKind k, std::string_view lang) {
    return lang == "en" ? find_named(kTalkKinds, k).en : find_named(kTalkKinds, k).zh;
}
Result<Rating> parse_rating(std::string_view s) {
    return parse_named(kRatings, s, "rating");
}
std::string_view rating_name(Rating r) {
    return find_named(kRatings, r).name;
}
std::string_view rating_label(Rating r, std::string_view lang) {
    return lang == "en" ? find_named(kRatings, r).en : find_named(kRatings, r).zh;
}

Result<int64_t> add_talk(storage::BureauStore& s, const Actor& a, const TalkInput& in,
                         std::string_view now, uint32_t today) {
    SK_TRY(authorize(a, Permission::edit_cases));
    auto unit = require_person(s, in.staff_no);
    if (!unit) return unit.error();
    SK_TRY(check_day("the talk date", in.day, today));
    SK_TRY(require_case_user(s, in.by));
    SK_TRY(check_text("the note", in.note));
    std::optional<int64_t> case_id;
    store::TalkRow row;
    if (!in.case_no.empty()) {
        auto c = case_about(s, in.case_no, in.staff_no);
        if (!c) return c.error();
        case_id = c->id;
        row.case_no = c->case_no;
    }
    row.staff_no = in.staff_no;
    row.kind = std::string(talk_kind_name(in.kind));
    row.day = in.day;
    row.by_user = in.by;
    row.note = in.note;
    row.created_at = std::string(now);
    row.created_by = a.user;
    store::AuditEvent e{std::string(now),
                        a.user,
                        "talk.add",
                        "person",
                        in.staff_no,
                        "",
                        row.kind + " " + sync::iso_from_day_number(in.day) + " by " + in.by +
                            (row.case_no.empty() ? "" : ", case " + row.case_no)};
    return audited_insert(s, e, [&] { return store::insert_talk(s, row, case_id); });
}

Result<int64_t> add_quarterly(storage::BureauStore& s, const Actor& a, const QuarterlyInput& in,
                              std::string_view now, uint32_t today) {
    SK_TRY(authorize(a, Permission::edit_cases));
    auto unit = require_person(s, in.staff_no);
    if (!unit) return unit.error();
    if (in.quarter.first_day() > today) {
        return Error{Errc::invalid_argument,
                     format_quarter(in.quarter) + " has not started yet (季度尚未开始)"};
    }
    SK_TRY(check_text("the note", in.note));
    store::QuarterlyRow row;
    row.staff_no = in.staff_no;
    row.quarter = format_quarter(in.quarter);
    row.rating = std::string(rating_name(in.rating));
    row.note = in.note;
    row.created_at = std::string(now);
    row.created_by = a.user;
    store::AuditEvent e{std::string(now),
                        a.user,
                        "quarterly.add",
                        "person",
                        in.staff_no,
                        "",
                        row.quarter + " " + row.rating};
    return audited_insert(s, e, [&] { return store::insert_quarterly(s, row); });
}

Result<int64_t> add_sanction(storage::BureauStore& s, const Actor& a, const SanctionInput& in,
                             std::string_view now, uint32_t today) {
    SK_TRY(authorize(a, Permission::edit_cases));
    auto unit = require_person(s, in.staff_no);
    if (!unit) return unit.error();
    SK_TRY(check_day("the decision date", in.day, today));
    SK_TRY(check_text("the decision number", in.decision_no, 100));
    if (!in.override_reason.empty())
        SK_TRY(check_text("the override reason", in.override_reason, 2000));
    auto c = case_about(s, in.case_no, in.staff_no);
    if (!c) return c.error();
    if (c->finding != "substantiated") {
        return Error{
            Errc::invalid_argument,
            c->case_no + " is not found substantiated; a sanction needs a substantiated case"};
    }
    std::vector<PriorMeasure> prior;
    auto talks = store::talks_of(s, in.staff_no);
    if (!talks) return talks.error();
    for (const auto& t : talks.value()) prior.push_back({t.day, "talk"});
    auto earlier = store::sanctions_of(s, in.staff_no);
    if (!earlier) return earlier.error();
    for (const auto& x : earlier.value()) {
        if (x.kind == sanction_kind_name(SanctionKind::reminder))
            prior.push_back({x.day, "reminder"});
    }
    // An override is only recorded when it was needed.
    const bool needed = !check_reminder_first(in.kind, in.day, prior, "");
    SK_TRY(check_reminder_first(in.kind, in.day, prior, in.override_reason));
    store::SanctionRow row;
    row.staff_no = in.staff_no;
    row.kind = std::string(sanction_kind_name(in.kind));
    row.case_no = c->case_no;
    row.day = in.day;
    row.decision_no = in.decision_no;
    row.end_day = effect_end_day(in.kind, in.day).value_or(0);
    row.override_reason = needed ? in.override_reason : "";
    row.created_at = std::string(now);
    row.created_by = a.user;
    store::AuditEvent e{
        std::string(now),
        a.user,
        "sanction.add",
        "person",
        in.staff_no,
        "",
        row.kind + " " + row.decision_no + ", case " + row.case_no +
            (row.override_reason.empty() ? "" : ", override: " + row.override_reason)};
    return audited_insert(s, e, [&] { return store::insert_sanction(s, row, c->id); });
}

Result<void> publish_case(storage::BureauStore& s, const Actor& a, const PublishInput& in,
                          std::string_view now, uint32_t today) {
    SK_TRY(authorize(a, Permission::edit_cases));
    if (a.role != Role::lead) {
        return Error{Errc::permission_denied,
                     "权限不足：只有负责人可以公开典型案例 (permission denied: only the lead "
                     "publishes cases)"};
    }
    const std::string no = normalize_any_case_no(in.case_no);
    auto c = store::find_case(s, no);
    if (!c) return c.error();
    if (!c.value()) return Error{Errc::not_found, "没有案件 " + no + " (no case " + no + ")"};
    const store::CaseRow& row = *c.value();
    if (row.status != "closed" || row.finding != "substantiated") {
        return Error{Errc::invalid_argument,
                     no + ": only a closed, substantiated case can be published"};
    }
    SK_TRY(check_text("the summary", in.summary, 2000));
    auto contains = [&](const std::string& needle) {
        return needle.size() >= 2 && in.summary.find(needle) != std::string::npos;
    };
    if (contains(row.source)) {
        return Error{Errc::invalid_argument,
                     "the summary contains who reported the case; it must never name them"};
    }
    const std::string name = person_name(s, row.staff_no);
    if (!in.show_name && contains(name)) {
        return Error{Errc::invalid_argument,
                     "the summary names the person; only with --show-name (the lead's decision)"};
    }
    store::PublishedRow p;
    p.case_no = no;
    p.summary = in.summary;
    p.show_name = in.show_name;
    p.on_board = in.on_board;
    p.published_day = today;
    p.published_at = std::string(now);
    p.published_by = a.user;
    store::AuditEvent e{
        std::string(now),
        a.user,
        "case.publish",
        "case",
        no,
        "",
        std::string(in.show_name ? "named" : "anonymised") + (in.on_board ? ", board notice" : "")};
    return store::audited(s, e, [&] { return store::insert_published(s, row.id, p); });
}

Result<std::vector<WatchCandidate>> quarterly_missing(storage::BureauStore& s, const Actor& a,
                                                      const Quarter& q) {
    SK_TRY(authorize(a, Permission::read_files));
    auto rows = store::watch_rows(s);
    if (!rows) return rows.error();
    auto entries = store::quarterly_of(s, "");
    if (!entries) return entries.error();
    const std::string qs = format_quarter(q);
    std::vector<WatchCandidate> people;
    for (const auto& r : rows.value()) {
        WatchCandidate w;
        w.staff_no = r.staff_no;
        w.watched_since = r.since;
        w.dismissed = r.dismissed;
        w.owner = r.owner;
        for (const auto& e : entries.value()) {
            if (e.staff_no == r.staff_no && e.quarter == qs) w.has_entry = true;
        }
        people.push_back(std::move(w));
    }
    auto due = quarterly_due(std::move(people), q);
    for (auto& w : due) {
        w.name = person_name(s, w.staff_no);
        auto unit = require_person(s, w.staff_no);
        if (unit) w.unit = unit.value();
    }
    return due;
}

}  // namespace sk::bureau
