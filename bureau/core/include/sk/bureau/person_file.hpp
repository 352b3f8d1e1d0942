// One file per person (一人一档, seed 004): basic data, then every record about the person
// in date order, each with who recorded it. Records come from several sources (today the
// absence register; cases, talks, quarterly notes and sanctions add their own with
// add_records), so the file is a list of dated entries, not one table per source.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sk/bureau/absence_rules.hpp"
#include "sk/bureau/register_types.hpp"

namespace sk::bureau {

struct FileRecord {
    uint32_t day = 0;    // the matter's date (YYYYMMDD)
    std::string source;  // "absence", "absence_change"; later "case", "talk", "sanction", ...
    std::string title;   // one line in the file's language
    std::vector<std::pair<std::string, std::string>> details;  // label, value
    std::string recorded_by;
    std::string recorded_at;  // RFC 3339 UTC of the record's entry, "" if unknown
};

struct PersonFile {
    StaffMember person;
    Unit unit;
    Lang lang = Lang::zh;
    uint32_t as_of = 0;               // flags (overdue) are as of this day
    std::vector<FileRecord> records;  // kept in date order by add_records
};

// Appends and re-sorts by day (stable: a source's own order is kept within a day).
void add_records(PersonFile& f, std::vector<FileRecord> records);
// The absence register's records: one per entry (category, since, handling, deadline,
// outcome, overdue and 15/30 working-day flags as of `as_of`) and one per recorded change.
std::vector<FileRecord> absence_records(const std::vector<AbsenceEntry>& entries,
                                        const std::vector<AbsenceChange>& changes, Lang lang,
                                        uint32_t as_of, const WorkCalendar& cal,
                                        const AbsenteeismRule& rule);

std::string person_file_text(const PersonFile& f);
// Self-contained HTML with A4 print CSS (page margins, no split records, repeated header).
std::string person_file_html(const PersonFile& f);
std::string person_file_json(const PersonFile& f);

}  // namespace sk::bureau
