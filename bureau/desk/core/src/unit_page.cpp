#include "sk/desk/unit_page.hpp"

#include <algorithm>
#include <cctype>

#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/authorize.hpp"
#include "sk/bureau/store/registers.hpp"
#include "sk/crypto/secure_buffer.hpp"

namespace sk::desk {

namespace {

std::string upper_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

Result<std::optional<bureau::Unit>> find_unit(storage::BureauStore& s, std::string_view code) {
    auto units = bureau::store::list_units(s);
    if (!units) return units.error();
    for (auto& u : *units) {
        if (u.code == code) return std::optional<bureau::Unit>(std::move(u));
    }
    return std::optional<bureau::Unit>();
}

// The quarter's score of `code` and its place; the page still opens without it.
void load_score(UnitPage& page, storage::BureauStore& s, const bureau::Actor& a,
                const std::filesystem::path& rules_file, bool zh) {
    auto rules = bureau::load_score_rules(rules_file);
    if (!rules) {
        page.score_error = rules.error().message;
        return;
    }
    auto table = bureau::unit_score_table(s, a, *rules, page.quarter, zh ? "zh-CN" : "en");
    if (!table) {
        page.score_error = table.error().message;
        return;
    }
    // Ranked as `bureau score` ranks: ties share the place of the first of them.
    int rank = 0, i = 0, prev = 0;
    for (auto& row : *table) {
        ++i;
        if (i == 1 || row.score.total != prev) rank = i;
        prev = row.score.total;
        if (row.score.unit == page.unit.code) {
            page.rank = rank;
            page.score = std::move(row);
        }
    }
    page.units_scored = i;
}

}  // namespace

Result<UnitPage> load_unit_page(storage::BureauStore& s, const bureau::Actor& a,
                                std::string_view code, const bureau::Quarter& quarter,
                                uint32_t today, const bureau::WorkCalendar& cal,
                                const std::filesystem::path& score_rules, bool zh) {
    SK_TRY(bureau::authorize(a, bureau::Permission::read_files));
    auto unit = find_unit(s, code);
    if (!unit) return unit.error();
    if (!*unit) return Error{Errc::not_found, "unknown unit code " + std::string(code)};
    UnitPage page;
    page.unit = std::move(**unit);
    page.quarter = quarter;

    page.cases_readable = bureau::allowed(a.role, bureau::Permission::read_tips);
    if (page.cases_readable) {
        bureau::store::CaseFilter f;
        f.unit_code = page.unit.code;
        auto cases = bureau::find_cases(s, a, f);
        if (!cases) return cases.error();
        page.cases = std::move(*cases);
        // The page lists cases, it shows no case text: what a caller said and who they are
        // do not stay in the desk's memory.
        for (auto& c : page.cases) {
            crypto::wipe(c.body);
            crypto::wipe(c.source);
        }
        std::reverse(page.cases.begin(), page.cases.end());  // the store lists oldest first
    }

    bureau::AbsenceListQuery q;
    q.unit_code = page.unit.code;
    q.as_of = today;
    auto absences = bureau::list_absence_register(s, a, q, cal, {});
    if (!absences) return absences.error();
    for (auto& r : *absences) {
        (bureau::is_open_on(r.entry, today) ? page.current : page.past).push_back(std::move(r));
    }

    auto staff = bureau::store::list_staff(s);
    if (!staff) return staff.error();
    for (auto& p : *staff) {
        if (p.unit_code == page.unit.code) page.staff.push_back(std::move(p));
    }
    load_score(page, s, a, score_rules, zh);
    return page;
}

Result<std::vector<bureau::Unit>> find_units(storage::BureauStore& s, const bureau::Actor& a,
                                             std::string_view query, size_t limit) {
    SK_TRY(bureau::authorize(a, bureau::Permission::read_files));
    std::vector<bureau::Unit> out;
    if (query.empty()) return out;
    auto units = bureau::store::list_units(s);
    if (!units) return units.error();
    const std::string q = upper_ascii(query);
    for (auto& u : *units) {
        if (out.size() >= limit) break;
        const bool by_code = upper_ascii(u.code).compare(0, q.size(), q) == 0;
        if (by_code || u.name.find(query) != std::string::npos) out.push_back(std::move(u));
    }
    return out;
}

Result<std::string> case_unit_code(storage::BureauStore& s, const bureau::Actor& a,
                                   std::string_view case_no) {
    auto c = bureau::get_case(s, a, case_no);
    if (!c) return c.error();
    return c->unit_code;
}

}  // namespace sk::desk
