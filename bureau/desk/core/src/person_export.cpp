#include "sk/desk/person_export.hpp"

namespace sk::desk {

Result<std::filesystem::path> export_person(storage::BureauStore& s, const bureau::Actor& a,
                                            std::string_view staff_no, PersonExportKind kind,
                                            const std::filesystem::path& dir, uint32_t today,
                                            bool zh, const bureau::WorkCalendar& cal,
                                            std::string_view now) {
    auto f = bureau::load_person_file(s, a, staff_no, today,
                                      zh ? bureau::Lang::zh : bureau::Lang::en, cal, {}, now);
    if (!f) return f.error();
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{Errc::io_error, dir.string() + ": " + ec.message()};
    const auto fmt = kind == PersonExportKind::xlsx ? bureau::PersonFileFormat::xlsx
                                                    : bureau::PersonFileFormat::html;
    return bureau::export_person_file(s, a, *f, fmt, dir, now);
}

}  // namespace sk::desk
