#include "sk/bureau/casework_replay.hpp"

#include "sk/bureau/followups.hpp"
#include "sk/bureau/store/users.hpp"
#include "sk/bureau/table_import.hpp"
#include "sk/sync/dates.hpp"

namespace sk::bureau {

namespace {

std::string field(const CaseworkEvent& e, const char* k) {
    auto it = e.find(k);
    return it == e.end() ? std::string() : it->second;
}

std::optional<std::string> opt(const std::string& v) {
    return v.empty() ? std::nullopt : std::optional<std::string>(v);
}

Result<void> replay_one(storage::BureauStore& s, const CaseworkEvent& e, const Actor& a,
                        uint32_t day, const std::string& now, const CategoryIds& categories) {
    const std::string action = field(e, "action"), no = field(e, "case");
    const std::string person = field(e, "person"), kind = field(e, "kind");
    const std::string value = field(e, "value"), text = field(e, "text");
    if (action == "case.add") {
        NewCaseInput in;
        auto ch = parse_channel(kind);
        if (!ch) return ch.error();
        in.channel = *ch;
        in.unit = field(e, "unit");
        in.staff_no = person;
        in.category = field(e, "category");
        in.text = text;
        in.source = value;
        in.received_day = day;
        auto made = add_case(s, a, in, categories, nullptr, now, day);
        if (!made) return made.error();
        if (made->case_no != no) {
            return Error{Errc::conflict,
                         "expected " + no + ", the store numbered it " + made->case_no};
        }
        return ok();
    }
    if (action == "case.assign") {
        auto due = sync::day_number_from_iso(kind);
        if (!due) return Error{Errc::invalid_argument, "bad due date " + kind};
        return assign_case(s, a, no, value, *due, text, now, day);
    }
    if (action == "case.status") return change_case_status(s, a, no, value, text, now);
    if (action == "case.reopen") return reopen_case(s, a, no, text, now);
    if (action == "case.link")
        return link_case(s, a, no, opt(field(e, "unit")), opt(person), text, now);
    if (action == "talk.add") {
        auto k = parse_talk_kind(kind);
        if (!k) return k.error();
        auto r = add_talk(s, a, {person, *k, day, value, text, no}, now, day);
        if (!r) return r.error();
        return ok();
    }
    if (action == "quarterly.add") {
        auto q = parse_quarter(value);
        if (!q) return q.error();
        auto rating = parse_rating(kind);
        if (!rating) return rating.error();
        auto r = add_quarterly(s, a, {person, *q, *rating, text}, now, day);
        if (!r) return r.error();
        return ok();
    }
    if (action == "sanction.add") {
        auto k = parse_sanction_kind(kind);
        if (!k) return k.error();
        auto r = add_sanction(s, a, {person, *k, no, day, value, text}, now, day);
        if (!r) return r.error();
        return ok();
    }
    if (action == "case.publish") return publish_case(s, a, {no, text, false, false}, now, day);
    return Error{Errc::invalid_argument, "unknown action \"" + action + "\""};
}

}  // namespace

Result<std::map<std::string, int>> replay_casework(storage::BureauStore& s,
                                                   const std::vector<CaseworkEvent>& events,
                                                   const CategoryIds& categories) {
    std::map<std::string, int> counts;
    std::map<std::string, Actor> actors;
    int line = 1;  // the header
    for (const auto& e : events) {
        ++line;
        auto fail = [&](const Error& err) {
            return Error{err.code, "casework event line " + std::to_string(line) + " (" +
                                       field(e, "action") + " " + field(e, "case") +
                                       "): " + err.message};
        };
        const std::string user = field(e, "user");
        if (!actors.count(user)) {
            auto u = store::find_user(s, user);
            if (!u) return fail(u.error());
            if (!u.value() || u.value()->disabled) {
                return fail({Errc::not_found, "no enabled user " + user + " (bureau user add)"});
            }
            actors[user] = Actor{user, u.value()->role};
        }
        auto day = sync::day_number_from_iso(field(e, "date"));
        if (!day) return fail({Errc::invalid_argument, "bad date"});
        const std::string now = field(e, "date") + "T09:00:00Z";
        auto r = replay_one(s, e, actors[user], *day, now, categories);
        if (!r) return fail(r.error());
        counts[field(e, "action")] += 1;
    }
    return counts;
}

Result<std::vector<CaseworkEvent>> read_casework_events(const std::filesystem::path& file) {
    auto t = read_table_file(file);
    if (!t) return t.error();
    std::vector<CaseworkEvent> out;
    for (const auto& row : t->rows) {
        CaseworkEvent e;
        for (size_t i = 0; i < t->header.size() && i < row.cells.size(); ++i) {
            e[t->header[i]] = row.cells[i];
        }
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace sk::bureau
