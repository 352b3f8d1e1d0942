#include "sk/desk/people.hpp"

#include "sk/bureau/authorize.hpp"
#include "sk/bureau/store/registers.hpp"

namespace sk::desk {

Result<std::vector<bureau::StaffMember>> find_people(storage::BureauStore& s,
                                                     const bureau::Actor& a, std::string_view query,
                                                     size_t limit) {
    SK_TRY(bureau::authorize(a, bureau::Permission::read_files));
    std::vector<bureau::StaffMember> out;
    if (query.empty()) return out;
    auto staff = bureau::store::list_staff(s);
    if (!staff) return staff.error();
    for (auto& p : *staff) {
        if (out.size() >= limit) break;
        const bool by_no = p.staff_no.compare(0, query.size(), query) == 0;
        if (by_no || p.name.find(query) != std::string::npos) out.push_back(std::move(p));
    }
    return out;
}

Result<std::string> person_file_text(storage::BureauStore& s, const bureau::Actor& a,
                                     std::string_view staff_no, uint32_t today, bool zh,
                                     const bureau::WorkCalendar& cal, std::string_view now) {
    auto f = bureau::load_person_file(s, a, staff_no, today,
                                      zh ? bureau::Lang::zh : bureau::Lang::en, cal, {}, now);
    if (!f) return f.error();
    return bureau::person_file_text(*f);
}

}  // namespace sk::desk
